"""SQLite files the program may read but not write, as for a person without write permission.

Tests may run as root, for whom permission bits mean nothing. SQLite itself opens a file the
user may not write read-only, and fails the first write with "attempt to write a readonly
database"; a missing file in a folder the user may not write fails with "unable to open
database file". Opening the file with ``mode=ro`` gives exactly those errors from SQLite, so
this patches the DB-API ``connect`` SQLAlchemy calls, for files in one folder only.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path
from typing import Any

import pytest


def make_sqlite_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_connect = sqlite3.dbapi2.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        path = Path(str(database))
        if kwargs.get("uri") or not path.is_absolute() or not path.is_relative_to(folder):
            return real_connect(database, *args, **kwargs)
        kwargs["uri"] = True
        read_only = f"file:{urllib.parse.quote(str(path))}?mode=ro"
        return real_connect(read_only, *args, **kwargs)

    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect)
