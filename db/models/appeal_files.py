"""Files of appeals: scanned pages, e-mail attachments, voicemail recordings (issue 6).

Contents are stored once per SHA-256 in the shared database, not in a folder of one desk: every
desk that opens the appeal reads the same bytes, backups and PostgreSQL replication cover them,
and the same scan attached twice costs nothing.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, LargeBinary, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UtcDateTime


class AttachmentBlob(Base):
    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger())
    data: Mapped[bytes] = mapped_column(LargeBinary())
    stored_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AppealAttachment(Base):
    """A file as one appeal names it. Records, not edited: removing one deletes the row and
    changes the appeal's version, so other desks see it."""

    __tablename__ = "appeal_attachments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True, default=uuid.uuid4)
    appeal_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("appeals.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("attachment_blobs.sha256", ondelete="RESTRICT"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(BigInteger())
    added_at: Mapped[datetime] = mapped_column(UtcDateTime())
    added_by: Mapped[str] = mapped_column(String(100))
