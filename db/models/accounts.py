"""Users of the workstation, their units and their login state."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, SharedRow, UtcDateTime


class Unit(SharedRow, Base):
    """An organisational unit (department) people belong to; appears on letters."""

    __tablename__ = "units"

    name: Mapped[str] = mapped_column(String(200), unique=True)


class User(SharedRow, Base):
    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    # Space-separated role codes: a handful of roles on a small table, validated by the domain.
    roles: Mapped[str] = mapped_column(String(200), default="")
    is_active: Mapped[bool] = mapped_column(Boolean(), default=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("units.id", ondelete="RESTRICT"), nullable=True
    )
    position: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    # WR-7: while absent, incoming work goes to the delegate.
    absent_from: Mapped[date | None] = mapped_column(Date(), nullable=True)
    absent_until: Mapped[date | None] = mapped_column(Date(), nullable=True)
    delegate_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    unit: Mapped[Unit | None] = relationship(lazy="joined")
    delegate: Mapped[User | None] = relationship(remote_side="User.id", lazy="select")


class LoginState(Base):
    """Failed-login counter and lock, kept apart from User.

    A login must not bump the user's version: an administrator editing a user while that user
    logs in would otherwise get a conflict for nothing.
    """

    __tablename__ = "login_states"

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    failed_count: Mapped[int] = mapped_column(Integer(), default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_failure_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
