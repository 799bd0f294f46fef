"""Deadlines (issue 7): rules with their history, stored due times, pauses, extensions, and the
administrator's corrections of the production calendar.

The computation is workstation/deadline_math.py; these tables keep its inputs and its result,
so lists sort by due time in SQL and the countdown widget never recomputes from scratch.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, BigIntegerKey, SharedRow, UtcDateTime


class DeadlineRule(SharedRow, Base):
    """One revision of a rule. A change adds a revision; rows are never edited, so the history
    stays and each deadline can name the revision it was computed with."""

    __tablename__ = "deadline_rules"
    __table_args__ = (
        UniqueConstraint("code", "variant", "revision", name="uq_deadline_rules_revision"),
    )

    code: Mapped[str] = mapped_column(String(16))  # SLA-7, CMP-2, TEL-3
    variant: Mapped[str] = mapped_column(String(16), default="")  # "", post, specialist …
    revision: Mapped[int] = mapped_column(Integer())
    title: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(24))  # workstation.deadline_rules.Unit
    amount: Mapped[int] = mapped_column(Integer())
    window_start: Mapped[int | None] = mapped_column(Integer(), nullable=True)
    due_soon_seconds: Mapped[int] = mapped_column(Integer())
    roll_forward: Mapped[bool] = mapped_column(Boolean(), default=False)
    customer_hours: Mapped[bool] = mapped_column(Boolean(), default=False)
    valid_from: Mapped[datetime] = mapped_column(UtcDateTime())
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text(), default="")


class Deadline(SharedRow, Base):
    """A deadline of one subject (an appeal, a call, a callback…) under one rule."""

    __tablename__ = "deadlines"
    __table_args__ = (
        UniqueConstraint("subject_type", "subject_id", "rule_code", "rule_variant",
                         name="uq_deadlines_subject_rule"),
        # The countdown widget: a person's open deadlines, nearest first.
        Index("ix_deadlines_owner_open", "owner_id", "status", "due_at"),
        # The supervisors' board and compliance: open ones by due time, all by due time.
        Index("ix_deadlines_status_due", "status", "due_at"),
        Index("ix_deadlines_due", "due_at"),
    )

    subject_type: Mapped[str] = mapped_column(String(24))  # appeal | call | callback …
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    rule_code: Mapped[str] = mapped_column(String(16))
    rule_variant: Mapped[str] = mapped_column(String(16), default="")
    rule_revision: Mapped[int] = mapped_column(Integer())
    # What a list shows: a journal number and topic, never a customer's personal data.
    title: Mapped[str] = mapped_column(String(160))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    urgent: Mapped[bool] = mapped_column(Boolean(), default=False)  # CMP-2
    customer_zone: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(12))  # running | paused | done
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    window_from: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    due_soon_seconds: Mapped[int] = mapped_column(Integer())
    paused_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    met: Mapped[bool | None] = mapped_column(Boolean(), nullable=True)
    # Why a deadline was missed, in the words of the person responsible or the supervisor.
    note: Mapped[str] = mapped_column(Text(), default="")


class DeadlinePause(Base):
    """Clarification requested (WR-2): the clock stood still from paused_at to resumed_at."""

    __tablename__ = "deadline_pauses"

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    deadline_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("deadlines.id", ondelete="CASCADE"), index=True
    )
    paused_at: Mapped[datetime] = mapped_column(UtcDateTime())
    resumed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    reason: Mapped[str] = mapped_column(String(200), default="")


class DeadlineExtension(Base):
    """SLA-8: consideration extended, with the reason. The customer must be told (CMP-3):
    ``customer_notified_at`` stays empty until the notification has gone out."""

    __tablename__ = "deadline_extensions"
    __table_args__ = (Index("ix_deadline_extensions_unnotified", "customer_notified_at"),)

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    deadline_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("deadlines.id", ondelete="CASCADE"), index=True
    )
    days: Mapped[int] = mapped_column(Integer())
    reason: Mapped[str] = mapped_column(Text())
    extended_at: Mapped[datetime] = mapped_column(UtcDateTime())
    extended_by: Mapped[str] = mapped_column(String(100))
    previous_due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    new_due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    customer_notified_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class CalendarOverride(SharedRow, Base):
    """A day the production calendar gets wrong or does not know yet (a new decree)."""

    __tablename__ = "calendar_overrides"

    day: Mapped[date] = mapped_column(Date(), unique=True)
    working: Mapped[bool] = mapped_column(Boolean())
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
