"""Files of appeals kept in the shared database, each content once (addressed by SHA-256).

A desk on a shared PostgreSQL cannot keep files in its own folder: the next desk that opens the
appeal would not have them. So the bytes go into ``attachment_blobs`` keyed by their hash (a
scan attached twice is stored once) and ``appeal_attachments`` names them per appeal.
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import AppealAttachment, AttachmentBlob
from workstation.errors import ValidationError

MAX_SIZE_SETTING = "appeals.attachment_max_mb"
DEFAULT_MAX_MB = 25  # what common mail servers accept per message


@dataclass(frozen=True)
class NewAttachment:
    """A file on its way into an appeal (from the editor, an e-mail, a web form)."""

    file_name: str
    data: bytes
    media_type: str = ""

    @classmethod
    def named(cls, file_name: str, data: bytes, media_type: str = "") -> NewAttachment:
        name = safe_file_name(file_name)
        guessed = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        return cls(name, data, guessed)


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str


def safe_file_name(name: str) -> str:
    """The last part of a path as a sender wrote it, without anything a file system refuses."""
    base = PurePath(name.replace("\\", "/")).name.strip() or "файл"
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in base)
    return cleaned[:255]


def check_sizes(files: list[NewAttachment], max_mb: int) -> None:
    limit = max_mb * 1024 * 1024
    for item in files:
        if len(item.data) > limit:
            raise ValidationError(
                f"Файл «{item.file_name}» больше {max_mb} МБ: так велики бывают только ошибки "
                "сканирования. Уменьшите его или попросите администратора увеличить предел.")


def store(session: Session, appeal_id: uuid.UUID, item: NewAttachment, at: datetime,
          by: str) -> AppealAttachment:
    """Add one file to an appeal in the caller's transaction (its bytes once per hash)."""
    digest = hashlib.sha256(item.data).hexdigest()
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # Two desks storing the same scan at once: the second insert does nothing instead of
    # failing on the key.
    session.execute(insert(AttachmentBlob).values(sha256=digest, size=len(item.data),
                                                  data=item.data, stored_at=at)
                    .on_conflict_do_nothing(index_elements=["sha256"]))
    row = AppealAttachment(appeal_id=appeal_id, sha256=digest, file_name=item.file_name,
                           media_type=item.media_type[:127], size=len(item.data), added_at=at,
                           added_by=by)
    session.add(row)
    return row


def info_of(row: AppealAttachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.file_name, row.media_type, row.size, row.sha256,
                          row.added_at, row.added_by)


def list_attachments(session: Session, appeal_id: uuid.UUID) -> list[AttachmentInfo]:
    rows = session.scalars(select(AppealAttachment).where(AppealAttachment.appeal_id == appeal_id)
                           .order_by(AppealAttachment.added_at, AppealAttachment.file_name))
    return [info_of(row) for row in rows]


def content(session: Session, sha256: str) -> bytes:
    data = session.scalar(select(AttachmentBlob.data).where(AttachmentBlob.sha256 == sha256))
    if data is None:
        raise ValidationError("Содержимое файла не найдено в базе данных.")
    return bytes(data)
