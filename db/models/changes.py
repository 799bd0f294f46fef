"""The change feed: one row per insert, update or delete of a shared row, in commit order."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String, Uuid, func
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, BigIntegerKey, UtcDateTime


class ChangeFeedEntry(Base):
    __tablename__ = "change_feed"

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    version: Mapped[int] = mapped_column(Integer())
    kind: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    # The server's clock: desks' clocks differ, the feed's order must not.
    changed_at: Mapped[datetime] = mapped_column(
        UtcDateTime(), server_default=func.current_timestamp()
    )
