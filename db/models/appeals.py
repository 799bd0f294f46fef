"""Appeals from every channel. The state machine and registration rules live in
workstation/appeals.py; later capabilities add their columns in their own revisions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, String, Text, Uuid, false, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SharedRow, UtcDateTime

# The statuses after which an appeal leaves the work queues (workstation.appeals.FINAL_STATUSES;
# a test keeps the two equal). Written as literal SQL because both SQLite and PostgreSQL use a
# partial index only when the query says the very same condition, values included.
OPEN_CONDITION = "status NOT IN ('closed', 'no_action', 'not_considered', 'spam')"


class Appeal(SharedRow, Base):
    __tablename__ = "appeals"
    __table_args__ = (
        Index("ix_appeals_status_received", "status", "received_at"),
        Index("ix_appeals_assignee", "assignee_id", "status"),
        # Work queues (issue 6): newest first, a page at a time by (received_at, id) keys.
        Index("ix_appeals_received", "received_at", "id"),
        Index("ix_appeals_assignee_received", "assignee_id", "received_at", "id"),
        # The open appeals alone (a fraction of a year's): what the queues show by default.
        # The filters' columns ride along, so a rare combination (urgent e-mails) is found in
        # the index without reading every open appeal's row.
        Index("ix_appeals_open_received", "received_at", "id", "channel", "category",
              "urgency", "assignee_id",
              sqlite_where=text(OPEN_CONDITION), postgresql_where=text(OPEN_CONDITION)),
        Index("ix_appeals_open_assignee", "assignee_id", "received_at", "id",
              sqlite_where=text(OPEN_CONDITION), postgresql_where=text(OPEN_CONDITION)),
    )

    journal_number: Mapped[str] = mapped_column(String(20), unique=True)  # 2026-000123
    channel: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(1))  # A–E (CH-2)
    status: Mapped[str] = mapped_column(String(32))
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("customers.id", ondelete="SET NULL"), nullable=True, index=True
    )
    topic: Mapped[str] = mapped_column(String(100), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text(), default="")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime())
    registered_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    # -- registration (issue 6, revision 0006) --------------------------------------------------
    # The answer library's topic the appeal is about; ``topic`` keeps its title as it was.
    topic_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Server defaults too: bulk writers (demo data, COPY) name only the columns they know.
    # Who wrote or called, as they gave it (the queue shows it while no customer is matched).
    sender: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # The channel's own fields (workstation/appeal_fields.py): incoming number, line, …
    details: Mapped[dict[str, Any]] = mapped_column(JSON(), default=dict,
                                                    server_default=text("'{}'"))
    # An imported appeal whose sender matched no single customer: the operator matches it.
    match_needed: Mapped[bool] = mapped_column(Boolean(), default=False, server_default=false())
    # WR-2: the date agreed with the customer while a clarification is awaited.
    clarification_due: Mapped[date | None] = mapped_column(Date(), nullable=True)
    # The message's own id (e-mail Message-ID, web-form submission id): imported once only.
    external_id: Mapped[str | None] = mapped_column(String(300), nullable=True, unique=True)
