"""The services of one open database, built once and handed to the CLI or the UI."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.audit import AuditLog
from workstation.auth import AuthService
from workstation.clock import Clock
from workstation.database import Database
from workstation.settings import SettingsService
from workstation.users import UserService


@dataclass(frozen=True)
class Services:
    database: Database
    clock: Clock
    audit: AuditLog
    auth: AuthService
    users: UserService
    settings: SettingsService

    @classmethod
    def create(cls, database: Database, clock: Clock) -> Services:
        audit = AuditLog(database.sessions, clock)
        return cls(
            database=database,
            clock=clock,
            audit=audit,
            auth=AuthService(database.sessions, clock, audit),
            users=UserService(database.sessions, clock, audit),
            settings=SettingsService(database.sessions, audit),
        )
