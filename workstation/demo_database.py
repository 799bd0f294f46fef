"""The demo database of ``make run`` (``--demo``): where it lives, when to fill it, removal."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, select

from db.models import Customer
from workstation.config import AppDirs, DatabaseChoice
from workstation.database import Database

DEMO_DATABASE_FILE = "demo.sqlite3"
DEMO_SOURCE = "--demo"
# What the first start puts in: enough to search and browse, quick enough to wait for.
FIRST_START_CUSTOMERS = 2000
FIRST_START_APPEALS = 400
FIRST_START_SEED = 1


def demo_database_choice(dirs: AppDirs) -> DatabaseChoice:
    """A SQLite file in the user's data folder, apart from a real installation's database."""
    return DatabaseChoice(URL.create("sqlite", database=str(dirs.data / DEMO_DATABASE_FILE)),
                          DEMO_SOURCE)


def needs_demo_data(database: Database) -> bool:
    """True while the database has no customers at all (a first start)."""
    with database.sessions() as session:
        return session.scalar(select(Customer.id).limit(1)) is None


def remove_sqlite_file(path: Path) -> None:
    """Delete a SQLite database with its WAL and shared-memory files (closed beforehand)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
