"""All tables, imported here so that one metadata knows them (Alembic compares against it)."""

from db.base import Base
from db.models.accounts import LoginState, Unit, User
from db.models.audit import AuditEntry
from db.models.changes import ChangeFeedEntry
from db.models.settings import Setting

metadata = Base.metadata

__all__ = [
    "AuditEntry",
    "Base",
    "ChangeFeedEntry",
    "LoginState",
    "Setting",
    "Unit",
    "User",
    "metadata",
]
