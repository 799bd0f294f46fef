"""The scripted answer library (TEL-2): topics, entries, their versions and every use.

An entry row carries its *published* content, the version a second supervisor approved, so
that operators read (and search) one row per answer. Every proposed change is a full snapshot
in ``answer_versions``; approving one copies it onto the entry. Uses are appended to
``answer_uses``, never counted on the versioned entry (a count there would make every use a
conflicting edit). The full-text index (``answer_fts``) is dialect-specific DDL, not a model:
see ``db/answer_index.py`` and revision 0004.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
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


class AnswerTopic(SharedRow, Base):
    """A branch of the topic tree (billing, meters, …); ``parent_code`` makes the tree."""

    __tablename__ = "answer_topics"

    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    parent_code: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("answer_topics.code", ondelete="RESTRICT"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer(), default=0)


class AnswerEntry(SharedRow, Base):
    """One typical question with its answers, as operators see it now.

    ``published_number`` is None until a first version is approved: until then nobody but
    supervisors sees the entry. ``pending_number`` names the version awaiting approval.
    """

    __tablename__ = "answer_entries"
    __table_args__ = (Index("ix_answer_entries_topic", "topic_code", "retired"),)

    # A stable key for import and export, so a company's file updates the entries it made.
    code: Mapped[str] = mapped_column(String(100), unique=True)
    topic_code: Mapped[str] = mapped_column(
        String(64), ForeignKey("answer_topics.code", ondelete="RESTRICT")
    )
    title: Mapped[str] = mapped_column(String(300))
    questions: Mapped[str] = mapped_column(Text())  # one typical wording per line
    spoken: Mapped[str] = mapped_column(Text())  # short answer read out on a call
    written: Mapped[str] = mapped_column(Text())  # full answer for letters and e-mail
    answered_by: Mapped[str] = mapped_column(String(16))  # operator | specialist
    specialist_unit: Mapped[str] = mapped_column(String(200), default="")
    retired: Mapped[bool] = mapped_column(Boolean(), default=False)
    published_number: Mapped[int | None] = mapped_column(Integer(), nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    pending_number: Mapped[int | None] = mapped_column(Integer(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AnswerVersion(SharedRow, Base):
    """A proposed state of an entry (new, changed or retired) and what became of it."""

    __tablename__ = "answer_versions"
    __table_args__ = (
        UniqueConstraint("entry_id", "number", name="uq_answer_versions_entry_number"),
        Index("ix_answer_versions_status", "status", "created_at"),
    )

    entry_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("answer_entries.id", ondelete="CASCADE")
    )
    number: Mapped[int] = mapped_column(Integer())  # 1, 2, 3 … per entry
    topic_code: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    questions: Mapped[str] = mapped_column(Text())
    spoken: Mapped[str] = mapped_column(Text())
    written: Mapped[str] = mapped_column(Text())
    answered_by: Mapped[str] = mapped_column(String(16))
    specialist_unit: Mapped[str] = mapped_column(String(200), default="")
    retired: Mapped[bool] = mapped_column(Boolean(), default=False)
    change_note: Mapped[str] = mapped_column(Text(), default="")
    # Names are kept beside the ids: the history must read right after an account is gone.
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    author_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16))  # pending|approved|rejected|withdrawn
    reviewer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    reviewer_name: Mapped[str] = mapped_column(String(200), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    review_note: Mapped[str] = mapped_column(Text(), default="")


class AnswerUse(Base):
    """One use of an answer (inserted into a text, read out, or a transfer). Append-only."""

    __tablename__ = "answer_uses"
    __table_args__ = (
        Index("ix_answer_uses_entry", "entry_id", "used_at"),
        Index("ix_answer_uses_used_at", "used_at"),
    )

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    entry_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("answer_entries.id", ondelete="RESTRICT")
    )
    entry_number: Mapped[int] = mapped_column(Integer())  # the version that was used
    # No foreign key: the row must never change, not even to null a deleted user.
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid(), nullable=True)
    used_at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[str] = mapped_column(String(16))  # short | full | transfer
    target: Mapped[str] = mapped_column(String(64), default="")  # where the text went
