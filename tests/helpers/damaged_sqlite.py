"""A damaged SQLite file: it opens (the header and the table list are sound), reading fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damaged_sqlite_file(path: Path) -> Path:
    """A SQLite file whose header and table list are sound but whose schema table is not."""
    connection = sqlite3.connect(path)
    try:
        connection.execute(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
        )
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
        connection.commit()
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * page_size)
    return path
