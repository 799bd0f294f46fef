"""Calls as the operator handled them: the call panel's record and its timed phases (issue 6).

``incoming_calls`` (issue 4) is what the telephony offered a desk; a ``call_records`` row is the
conversation the operator had: notes, phases, outcome. While the call is open the row is the
operator's draft, saved as they type, so closing the panel early loses nothing.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, BigIntegerKey, SharedRow, UtcDateTime


class CallRecord(SharedRow, Base):
    __tablename__ = "call_records"
    __table_args__ = (Index("ix_call_records_user_status", "user_id", "status"),)

    incoming_call_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("incoming_calls.id", ondelete="SET NULL"), nullable=True,
        unique=True
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    phone: Mapped[str] = mapped_column(String(32), default="")
    line: Mapped[str] = mapped_column(String(24), default="")  # workstation.call_phases.Line
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())  # it started ringing
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("customers.id", ondelete="SET NULL"), nullable=True
    )
    phase: Mapped[str] = mapped_column(String(16))  # workstation.call_phases.CallPhase
    specialist_mode: Mapped[str] = mapped_column(String(16), default="")  # consult | transfer
    topic_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    topic: Mapped[str] = mapped_column(String(100), default="")
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    notes: Mapped[str] = mapped_column(Text(), default="")
    callback_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)  # TEL-3
    outcome: Mapped[str] = mapped_column(String(16), default="")
    status: Mapped[str] = mapped_column(String(12))  # open | finished
    appeal_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("appeals.id", ondelete="SET NULL"), nullable=True
    )


class CallPhaseRecord(Base):
    """One phase of a call as it happened (SLA-1…SLA-5). A phase may recur (informing again
    after a consultation); the deadline engine keeps the first of each rule for compliance."""

    __tablename__ = "call_phases"

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    call_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("call_records.id", ondelete="CASCADE"), index=True
    )
    phase: Mapped[str] = mapped_column(String(16))
    variant: Mapped[str] = mapped_column(String(16), default="")
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
