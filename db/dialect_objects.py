"""Schema objects written by hand in revisions, per dialect, and kept out of the metadata.

FTS5 virtual tables (and the shadow tables SQLite makes for them) and pg_trgm GIN indexes cannot
be described portably in SQLAlchemy's metadata, so Alembic's comparison must not see them —
otherwise every autogenerate would propose dropping them. The convention, for every capability:
a full-text table is named ``*_fts`` (its shadow tables ``*_fts_data`` …), a hand-written
trigram or pattern index ``*_trgm``.
"""

from __future__ import annotations

from typing import Any

HAND_WRITTEN_SUFFIXES = ("_fts", "_trgm")
_FTS_SHADOW_SUFFIXES = ("_fts_data", "_fts_idx", "_fts_content", "_fts_docsize", "_fts_config")


def is_hand_written(name: str | None) -> bool:
    if not name:
        return False
    return name.endswith(HAND_WRITTEN_SUFFIXES) or name.endswith(_FTS_SHADOW_SUFFIXES)


def include_object(_obj: Any, name: str | None, type_: str, reflected: bool,
                   compare_to: Any) -> bool:
    """Alembic's ``include_object`` hook: skip what only exists in the database by design."""
    return not (reflected and compare_to is None and type_ in ("table", "index")
                and is_hand_written(name))
