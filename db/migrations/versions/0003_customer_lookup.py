"""Customer lookup: search index (FTS5 / pg_trgm), vocabulary, incoming calls, identifications.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:00:00

The full-text side is written by hand per dialect (Alembic cannot describe it) and named by the
convention in db/dialect_objects.py, which keeps it out of the model comparison:
- SQLite: FTS5 tables with the trigram tokenizer over ``search_index`` and
  ``lookup_vocabulary`` (external content: the text is stored once), kept in step by triggers —
  so even a cascaded delete of a customer leaves no stale entry — except inserts into
  ``search_index``, which its only writer indexes set-based (see below).
- PostgreSQL: the pg_trgm extension and GIN trigram indexes for LIKE '%…%' and similarity().
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.base import UtcDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEARCH_COLUMNS = ("name_text", "address_text", "ident_text")
_TRIGRAM_INDEXES = (
    ("ix_search_index_name_trgm", "search_index", "name_text"),
    ("ix_search_index_address_trgm", "search_index", "address_text"),
    ("ix_search_index_ident_trgm", "search_index", "ident_text"),
    ("ix_lookup_vocabulary_word_trgm", "lookup_vocabulary", "word"),
)
# Word indexes for "a word that starts so": far more selective than trigrams for the common
# case (a surname, a street, the start of a number), which trigrams leave to substrings.
_WORD_INDEXES = (
    ("ix_search_index_name_words_fts", "name_text"),
    ("ix_search_index_address_words_fts", "address_text"),
    ("ix_search_index_ident_words_fts", "ident_text"),
)


def _fts5_with_triggers(fts: str, table: str, columns: Sequence[str], options: str, *,
                        insert_trigger: bool) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
    name = fts.removesuffix("_fts")
    statements = [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id', "
        f"{options})",
        f"CREATE TRIGGER {name}_fts_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {name}_fts_update AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
    ]
    if insert_trigger:
        statements.append(
            f"CREATE TRIGGER {name}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END")
    return statements


def upgrade() -> None:
    op.create_table(
        "lookup_vocabulary",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True,
                  nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lookup_vocabulary")),
        sa.UniqueConstraint("kind", "word", name="uq_lookup_vocabulary_kind_word"),
    )
    op.create_table(
        "incoming_calls",
        sa.Column("from_number", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("answered_at", UtcDateTime(), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_incoming_calls_customer_id_customers"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_incoming_calls_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming_calls")),
    )
    with op.batch_alter_table("incoming_calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incoming_calls_customer_id"), ["customer_id"],
                              unique=False)
        batch_op.create_index("ix_incoming_calls_desk", ["user_id", "status"], unique=False)

    op.create_table(
        "search_index",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True,
                  nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.Column("name_text", sa.Text(), nullable=False),
        sa.Column("address_text", sa.Text(), nullable=False),
        sa.Column("ident_text", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_search_index_customer_id_customers"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_index")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_search_index_customer_id")),
    )
    with op.batch_alter_table("search_index", schema=None) as batch_op:
        batch_op.create_index("ix_search_index_sort_key", ["sort_key"], unique=False,
                              postgresql_ops={"sort_key": "text_pattern_ops"})

    op.create_table(
        "identifications",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("actor_login", sa.String(length=100), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("call_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["call_id"], ["incoming_calls.id"],
                                name=op.f("fk_identifications_call_id_incoming_calls"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_identifications_customer_id_customers"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_identifications_user_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identifications")),
    )
    with op.batch_alter_table("identifications", schema=None) as batch_op:
        batch_op.create_index("ix_identifications_customer", ["customer_id", "at"], unique=False)

    # -- dialect-specific search structures (hand-written) --------------------------------------
    if op.get_bind().dialect.name == "sqlite":
        # columnsize=0: no per-row sizes, we never rank by bm25 (ranking is ours, in Python).
        # No insert trigger on search_index: FTS5 flushes its pending terms at every savepoint,
        # and a trigger runs in one per row — a million rows took 7x longer than one set-based
        # INSERT … SELECT, which workstation/search_index.py issues after adding rows. Deletes
        # (cascades from customers included) and updates stay with triggers.
        statements = [
            *_fts5_with_triggers("search_fts", "search_index", _SEARCH_COLUMNS,
                                 "tokenize='trigram', columnsize=0", insert_trigger=False),
            # Words: unicode61 keeps й apart from и (remove_diacritics 0); prefix indexes make
            # "starts with" queries of one to three letters cheap; per column is enough detail.
            *_fts5_with_triggers("search_words_fts", "search_index", _SEARCH_COLUMNS,
                                 "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3', "
                                 "detail=column, columnsize=0", insert_trigger=False),
            *_fts5_with_triggers("lookup_vocabulary_fts", "lookup_vocabulary", ("word",),
                                 "tokenize='trigram'", insert_trigger=True),
        ]
    else:
        statements = [
            # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            *(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops)"
              for name, table, column in _TRIGRAM_INDEXES),
            # 'simple': no stemming or stop words; the text is folded by us already.
            *(f"CREATE INDEX {name} ON search_index USING gin "
              f"(to_tsvector('simple'::regconfig, {column}))" for name, column in _WORD_INDEXES),
        ]
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for fts in ("search_fts", "search_words_fts", "lookup_vocabulary_fts"):
            name = fts.removesuffix("_fts")
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_fts_{event}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    else:
        # The extension stays: other capabilities' indexes may use it.
        for name in [index[0] for index in (*_TRIGRAM_INDEXES, *_WORD_INDEXES)]:
            op.execute(f"DROP INDEX IF EXISTS {name}")

    with op.batch_alter_table("identifications", schema=None) as batch_op:
        batch_op.drop_index("ix_identifications_customer")
    op.drop_table("identifications")
    with op.batch_alter_table("search_index", schema=None) as batch_op:
        batch_op.drop_index("ix_search_index_sort_key",
                            postgresql_ops={"sort_key": "text_pattern_ops"})
    op.drop_table("search_index")
    with op.batch_alter_table("incoming_calls", schema=None) as batch_op:
        batch_op.drop_index("ix_incoming_calls_desk")
        batch_op.drop_index(batch_op.f("ix_incoming_calls_customer_id"))
    op.drop_table("incoming_calls")
    op.drop_table("lookup_vocabulary")
