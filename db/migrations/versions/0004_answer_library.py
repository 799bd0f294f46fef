"""The scripted answer library: topics, entries, versions, uses, the full-text index, the seed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 21:46:05

The data step loads the starting library shipped in resources/answers/library.json, approved
and searchable, so every new database has it exactly once, in the same transaction as its
tables: a fresh SQLite desk on first start, a shared PostgreSQL database when its administrator
runs ``python main.py db upgrade``, and the demo database alike. Later changes of the file reach
existing databases only through the library's import (supervisors approve what changes).
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

import db
from db.answer_index import IndexedText, index_new_entries
from db.base import BigIntegerKey, UtcDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Found from the db package, not from this file: tests run copies of the migrations folder.
SEED_FILE = Path(db.__file__).resolve().parent.parent / "resources" / "answers" / "library.json"
SEED_AUTHOR = "Начальная библиотека"
# Entry ids derive from their codes: the same seed gives the same ids on every database.
SEED_NAMESPACE = uuid.UUID("5f1c9a52-3d4e-4c1b-9b7a-0a6e1d2c3b40")

# PostgreSQL: tsvector of the ``russian`` configuration with a GIN index.
# ``head`` (title and questions) is small and ranks; ``document`` (all of it) finds.
_PG_SEARCH_TABLE = (
    "CREATE TABLE answer_fts ("
    "entry_id uuid PRIMARY KEY REFERENCES answer_entries (id) ON DELETE CASCADE, "
    "head tsvector NOT NULL, document tsvector NOT NULL)"
)
# The library changes rarely and is searched on every key typed: no pending list to scan.
_PG_SEARCH_INDEXES = (
    "CREATE INDEX ix_answer_fts_head ON answer_fts USING gin (head) WITH (fastupdate = off)",
    "CREATE INDEX ix_answer_fts_document ON answer_fts USING gin (document) "
    "WITH (fastupdate = off)",
)
# SQLite: FTS5 over lemmas (db/russian_words.py); prefix indexes make typed beginnings fast.
_SQLITE_SEARCH_TABLE = (
    "CREATE VIRTUAL TABLE answer_fts USING fts5("
    "entry_key UNINDEXED, title, questions, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
)
# Uses are counted from this table: like the audit log, it only ever grows.
_PG_USES_GUARD = """
CREATE FUNCTION answer_uses_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'answer_uses is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    _create_tables()
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute(_PG_SEARCH_TABLE)
        for statement in _PG_SEARCH_INDEXES:
            op.execute(statement)
        op.execute(_PG_USES_GUARD)
        op.execute(
            "CREATE TRIGGER answer_uses_append_only BEFORE UPDATE OR DELETE ON answer_uses "
            "FOR EACH ROW EXECUTE FUNCTION answer_uses_is_append_only()"
        )
        op.execute(
            "CREATE TRIGGER answer_uses_no_truncate BEFORE TRUNCATE ON answer_uses "
            "FOR EACH STATEMENT EXECUTE FUNCTION answer_uses_is_append_only()"
        )
    else:
        op.execute(_SQLITE_SEARCH_TABLE)
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER answer_uses_no_{event.lower()} BEFORE {event} ON answer_uses "
                "BEGIN SELECT RAISE(ABORT, 'answer_uses is append-only'); END"
            )
    _load_seed(op.get_bind())


def _create_tables() -> None:
    op.create_table(
        "answer_topics",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("parent_code", sa.String(length=64), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_code"],
            ["answer_topics.code"],
            name=op.f("fk_answer_topics_parent_code_answer_topics"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_topics")),
        sa.UniqueConstraint("code", name=op.f("uq_answer_topics_code")),
    )
    op.create_table(
        "answer_entries",
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("topic_code", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("spoken", sa.Text(), nullable=False),
        sa.Column("written", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=16), nullable=False),
        sa.Column("specialist_unit", sa.String(length=200), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("published_number", sa.Integer(), nullable=True),
        sa.Column("published_at", UtcDateTime(), nullable=True),
        sa.Column("pending_number", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["topic_code"],
            ["answer_topics.code"],
            name=op.f("fk_answer_entries_topic_code_answer_topics"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_entries")),
        sa.UniqueConstraint("code", name=op.f("uq_answer_entries_code")),
    )
    with op.batch_alter_table("answer_entries", schema=None) as batch_op:
        batch_op.create_index("ix_answer_entries_topic", ["topic_code", "retired"], unique=False)

    op.create_table(
        "answer_uses",
        sa.Column(
            "id",
            BigIntegerKey,
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("entry_id", sa.Uuid(), nullable=False),
        sa.Column("entry_number", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("used_at", UtcDateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("target", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["answer_entries.id"],
            name=op.f("fk_answer_uses_entry_id_answer_entries"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_uses")),
    )
    with op.batch_alter_table("answer_uses", schema=None) as batch_op:
        batch_op.create_index("ix_answer_uses_entry", ["entry_id", "used_at"], unique=False)
        batch_op.create_index("ix_answer_uses_used_at", ["used_at"], unique=False)

    op.create_table(
        "answer_versions",
        sa.Column("entry_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("topic_code", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("spoken", sa.Text(), nullable=False),
        sa.Column("written", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=16), nullable=False),
        sa.Column("specialist_unit", sa.String(length=200), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("change_note", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reviewer_id", sa.Uuid(), nullable=True),
        sa.Column("reviewer_name", sa.String(length=200), nullable=False),
        sa.Column("reviewed_at", UtcDateTime(), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
            name=op.f("fk_answer_versions_author_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["answer_entries.id"],
            name=op.f("fk_answer_versions_entry_id_answer_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["users.id"],
            name=op.f("fk_answer_versions_reviewer_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_versions")),
        sa.UniqueConstraint("entry_id", "number", name="uq_answer_versions_entry_number"),
    )
    with op.batch_alter_table("answer_versions", schema=None) as batch_op:
        batch_op.create_index("ix_answer_versions_status", ["status", "created_at"], unique=False)


# -- the starting library -----------------------------------------------------------------------
# Tables as they are in this revision (not the models, which later revisions may change).
_topics = sa.table(
    "answer_topics",
    sa.column("id", sa.Uuid()),
    sa.column("version", sa.Integer()),
    sa.column("code", sa.String()),
    sa.column("title", sa.String()),
    sa.column("parent_code", sa.String()),
    sa.column("position", sa.Integer()),
)
_CONTENT = (
    "topic_code",
    "title",
    "questions",
    "spoken",
    "written",
    "answered_by",
    "specialist_unit",
    "retired",
)
_entries = sa.table(
    "answer_entries",
    sa.column("id", sa.Uuid()),
    sa.column("version", sa.Integer()),
    sa.column("code", sa.String()),
    *(sa.column(name, sa.Boolean() if name == "retired" else sa.Text()) for name in _CONTENT),
    sa.column("published_number", sa.Integer()),
    sa.column("published_at", UtcDateTime()),
    sa.column("pending_number", sa.Integer()),
    sa.column("created_at", UtcDateTime()),
)
_versions = sa.table(
    "answer_versions",
    sa.column("id", sa.Uuid()),
    sa.column("version", sa.Integer()),
    sa.column("entry_id", sa.Uuid()),
    sa.column("number", sa.Integer()),
    *(sa.column(name, sa.Boolean() if name == "retired" else sa.Text()) for name in _CONTENT),
    sa.column("change_note", sa.Text()),
    sa.column("author_id", sa.Uuid()),
    sa.column("author_name", sa.String()),
    sa.column("created_at", UtcDateTime()),
    sa.column("status", sa.String()),
    sa.column("reviewer_id", sa.Uuid()),
    sa.column("reviewer_name", sa.String()),
    sa.column("reviewed_at", UtcDateTime()),
    sa.column("review_note", sa.Text()),
)


def _load_seed(connection: sa.Connection) -> None:
    library: dict[str, Any] = json.loads(SEED_FILE.read_text(encoding="utf-8"))
    now = datetime.now(UTC)
    connection.execute(
        sa.insert(_topics),
        [
            {
                "id": uuid.uuid5(SEED_NAMESPACE, f"topic:{topic['code']}"),
                "version": 1,
                "code": topic["code"],
                "title": topic["title"],
                "parent_code": topic.get("parent"),
                "position": position,
            }
            for position, topic in enumerate(library["topics"])
        ],
    )
    entries, versions = [], []
    for item in library["entries"]:
        entry_id = uuid.uuid5(SEED_NAMESPACE, f"entry:{item['code']}")
        content = {
            "topic_code": item["topic"],
            "title": item["title"],
            "questions": "\n".join(item["questions"]),
            "spoken": item["spoken"],
            "written": item["written"],
            "answered_by": item.get("answered_by", "operator"),
            "specialist_unit": item.get("specialist_unit", ""),
            "retired": bool(item.get("retired", False)),
        }
        entries.append(
            {
                "id": entry_id,
                "version": 1,
                "code": item["code"],
                **content,
                "published_number": 1,
                "published_at": now,
                "pending_number": None,
                "created_at": now,
            }
        )
        versions.append(
            {
                "id": uuid.uuid5(SEED_NAMESPACE, f"version:{item['code']}:1"),
                "version": 1,
                "entry_id": entry_id,
                "number": 1,
                **content,
                "change_note": SEED_AUTHOR,
                "author_id": None,
                "author_name": SEED_AUTHOR,
                "created_at": now,
                "status": "approved",
                "reviewer_id": None,
                "reviewer_name": SEED_AUTHOR,
                "reviewed_at": now,
                "review_note": "",
            }
        )
    connection.execute(sa.insert(_entries), entries)
    connection.execute(sa.insert(_versions), versions)
    index_new_entries(
        connection,
        [
            (
                row["id"],
                IndexedText(row["title"], row["questions"], row["spoken"] + "\n" + row["written"]),
            )
            for row in entries
            if not row["retired"]
        ],
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS answer_uses_no_truncate ON answer_uses")
        op.execute("DROP TRIGGER IF EXISTS answer_uses_append_only ON answer_uses")
        op.execute("DROP FUNCTION IF EXISTS answer_uses_is_append_only()")
    op.execute("DROP TABLE IF EXISTS answer_fts")
    # SQLite deletes the rows of a dropped table first: sub-topics must not hold their parents.
    op.execute("UPDATE answer_topics SET parent_code = NULL")
    with op.batch_alter_table("answer_versions", schema=None) as batch_op:
        batch_op.drop_index("ix_answer_versions_status")

    op.drop_table("answer_versions")
    with op.batch_alter_table("answer_uses", schema=None) as batch_op:
        batch_op.drop_index("ix_answer_uses_used_at")
        batch_op.drop_index("ix_answer_uses_entry")

    op.drop_table("answer_uses")
    with op.batch_alter_table("answer_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_answer_entries_topic")

    op.drop_table("answer_entries")
    op.drop_table("answer_topics")
