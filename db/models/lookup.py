"""What the customer lookup keeps beside the customers themselves (issue 4).

``search_index`` is derived data: one row per customer with the text people search for,
normalised in Python (lower case, ё→е) because SQLite's lower() folds ASCII only. It is written
only by workstation/search_index.py and can always be rebuilt from the customers. The full-text
and trigram indexes over it are dialect-specific DDL in revision 0003 (FTS5 on SQLite, pg_trgm
GIN on PostgreSQL), invisible to the metadata on purpose (db/dialect_objects.py).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, BigIntegerKey, SharedRow, UtcDateTime


class SearchEntry(Base):
    __tablename__ = "search_index"
    __table_args__ = (
        # Prefix search of names for fragments under 3 characters. PostgreSQL needs the pattern
        # operator class for LIKE 'ив%' under a non-C collation; SQLite compares in binary.
        Index("ix_search_index_sort_key", "sort_key",
              postgresql_ops={"sort_key": "text_pattern_ops"}),
    )

    # An integer key: the FTS5 external-content table on SQLite addresses rows by rowid.
    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("customers.id", ondelete="CASCADE"), unique=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # person | organisation
    title: Mapped[str] = mapped_column(String(300))  # the name as people read it
    sort_key: Mapped[str] = mapped_column(String(300))  # normalised name, for order and prefix
    # Space-padded normalised words, so that " ив" finds word starts and " 12 " whole numbers.
    name_text: Mapped[str] = mapped_column(Text())
    address_text: Mapped[str] = mapped_column(Text())
    ident_text: Mapped[str] = mapped_column(Text())
    # What a result row shows and highlights: addresses, accounts, phones, e-mails, contracts.
    details: Mapped[dict[str, Any]] = mapped_column(JSON())


class VocabularyWord(Base):
    """Distinct surnames and street names: the small set the typo-tolerant fallback searches."""

    __tablename__ = "lookup_vocabulary"
    __table_args__ = (UniqueConstraint("kind", "word", name="uq_lookup_vocabulary_kind_word"),)

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))  # name | street
    word: Mapped[str] = mapped_column(String(100))  # normalised


class IncomingCall(SharedRow, Base):
    """A call offered to a desk by the telephony (or by ``python main.py call`` for demos)."""

    __tablename__ = "incoming_calls"
    __table_args__ = (Index("ix_incoming_calls_desk", "user_id", "status"),)

    from_number: Mapped[str] = mapped_column(String(32))  # E.164 when it parses
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="CASCADE")
    )
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16))  # ringing | answered | missed
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("customers.id", ondelete="SET NULL"), nullable=True, index=True
    )
    source: Mapped[str] = mapped_column(String(32))  # cli | demo | asterisk …


class Identification(Base):
    """How a caller identified (TEL-5), or that they refused. Records, never edited."""

    __tablename__ = "identifications"
    __table_args__ = (Index("ix_identifications_customer", "customer_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True, default=uuid.uuid4)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("customers.id", ondelete="CASCADE")
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    actor_login: Mapped[str] = mapped_column(String(100))
    method: Mapped[str] = mapped_column(String(16))  # account | address | contract | refused
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    call_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("incoming_calls.id", ondelete="SET NULL"), nullable=True
    )
