"""What every sub-command needs: folders, the chosen database, a clock, prompts."""

from __future__ import annotations

import getpass
import sys
from dataclasses import dataclass

from workstation.clock import Clock
from workstation.config import AppDirs, DatabaseChoice
from workstation.credentials import using_password
from workstation.database import Database, open_database
from workstation.errors import ValidationError
from workstation.services import Services


@dataclass
class CommandContext:
    dirs: AppDirs
    choice: DatabaseChoice
    clock: Clock

    def open_services(self) -> Services:
        # An empty SQLite file is a first start: it gets the schema at once (ARCHITECTURE).
        def action(password: str | None) -> Database:
            return open_database(self.choice.url, password, create=self.choice.is_sqlite)

        database = using_password(self.choice.url, action, ask_database_password)
        return Services.create(database, self.clock)


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_database_password(reason: str) -> str | None:
    """Ask on the terminal, for this run only; None when nobody is there to answer."""
    if not interactive():
        return None
    print(reason, file=sys.stderr)
    return getpass.getpass("Пароль базы данных (только для этого запуска): ") or None


def read_secret(prompt: str, *, confirm: bool = False) -> str:
    """A password from the terminal (hidden), or one line of standard input for scripts."""
    if not interactive():
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise ValidationError("Пароль не передан: ожидалась строка на стандартном входе.")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Повторите: ") != first:
        raise ValidationError("Пароли не совпадают.")
    return first
