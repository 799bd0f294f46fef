"""What registering and clarifying appeals keeps beside the appeals (issue 6)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, BigIntegerKey, UtcDateTime


class JournalCounter(Base):
    """The last journal number given in a year. Its row is the lock every registration of that
    year takes (workstation/journal.py), so two desks never get the same number."""

    __tablename__ = "journal_counters"

    year: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer())


class AppealClarification(Base):
    """WR-2: the customer was asked to clarify — through which channel, by when — and the
    answer. One row per request; ``answered_at`` is empty while the appeal waits."""

    __tablename__ = "appeal_clarifications"

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    appeal_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("appeals.id", ondelete="CASCADE"), index=True
    )
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime())
    requested_by: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(16))  # phone | email | post | chat | sms
    contact: Mapped[str] = mapped_column(String(300), default="")  # the number or address used
    question: Mapped[str] = mapped_column(Text(), default="")
    agreed_on: Mapped[date] = mapped_column(Date())
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    answered_by: Mapped[str] = mapped_column(String(100), default="")
    answer: Mapped[str] = mapped_column(Text(), default="")
