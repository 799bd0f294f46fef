"""Appeal registration: journal counters, attachments, clarifications, call records and phases;
the appeals' topic code, sender, channel details, match flag and queue indexes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 22:23:24.388809

The journal counters start empty: the first registration of a year continues after the highest
journal number of that year already in the table (workstation/journal.py), so appeals written
before this revision (demo data) keep their numbers and are never numbered twice.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.base import UtcDateTime

# Written out, not imported: this revision makes the same index whatever the code says later.
OPEN_CONDITION = "status NOT IN ('closed', 'no_action', 'not_considered', 'spam')"

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blobs")),
    )
    op.create_table(
        "journal_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_journal_counters")),
    )
    op.create_table(
        "appeal_attachments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("appeal_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["appeal_id"],
            ["appeals.id"],
            name=op.f("fk_appeal_attachments_appeal_id_appeals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_blobs.sha256"],
            name=op.f("fk_appeal_attachments_sha256_attachment_blobs"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeal_attachments")),
    )
    with op.batch_alter_table("appeal_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appeal_attachments_appeal_id"), ["appeal_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_appeal_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "appeal_clarifications",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("appeal_id", sa.Uuid(), nullable=False),
        sa.Column("requested_at", UtcDateTime(), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("contact", sa.String(length=300), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("answered_at", UtcDateTime(), nullable=True),
        sa.Column("answered_by", sa.String(length=100), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appeal_id"],
            ["appeals.id"],
            name=op.f("fk_appeal_clarifications_appeal_id_appeals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appeal_clarifications")),
    )
    with op.batch_alter_table("appeal_clarifications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appeal_clarifications_appeal_id"), ["appeal_id"], unique=False
        )

    op.create_table(
        "call_records",
        sa.Column("incoming_call_id", sa.Uuid(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("line", sa.String(length=24), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("answered_at", UtcDateTime(), nullable=True),
        sa.Column("ended_at", UtcDateTime(), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("phase", sa.String(length=16), nullable=False),
        sa.Column("specialist_mode", sa.String(length=16), nullable=False),
        sa.Column("topic_code", sa.String(length=64), nullable=True),
        sa.Column("topic", sa.String(length=100), nullable=False),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("callback_at", UtcDateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("appeal_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appeal_id"],
            ["appeals.id"],
            name=op.f("fk_call_records_appeal_id_appeals"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_call_records_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["incoming_call_id"],
            ["incoming_calls.id"],
            name=op.f("fk_call_records_incoming_call_id_incoming_calls"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_call_records_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_records")),
        sa.UniqueConstraint("incoming_call_id", name=op.f("uq_call_records_incoming_call_id")),
    )
    with op.batch_alter_table("call_records", schema=None) as batch_op:
        batch_op.create_index("ix_call_records_user_status", ["user_id", "status"], unique=False)

    op.create_table(
        "call_phases",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("call_id", sa.Uuid(), nullable=False),
        sa.Column("phase", sa.String(length=16), nullable=False),
        sa.Column("variant", sa.String(length=16), nullable=False),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("ended_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["call_records.id"],
            name=op.f("fk_call_phases_call_id_call_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_phases")),
    )
    with op.batch_alter_table("call_phases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_call_phases_call_id"), ["call_id"], unique=False)

    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("topic_code", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("sender", sa.String(length=300), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("details", sa.JSON(), server_default=sa.text("'{}'"), nullable=False)
        )
        batch_op.add_column(
            sa.Column("match_needed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("clarification_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("external_id", sa.String(length=300), nullable=True))
        batch_op.create_index(
            "ix_appeals_assignee_received", ["assignee_id", "received_at", "id"], unique=False
        )
        batch_op.create_index("ix_appeals_received", ["received_at", "id"], unique=False)
        # The open appeals alone, for the queues' default view (see db/models/appeals.py).
        for name, columns in (
            (
                "ix_appeals_open_received",
                ["received_at", "id", "channel", "category", "urgency", "assignee_id"],
            ),
            ("ix_appeals_open_assignee", ["assignee_id", "received_at", "id"]),
        ):
            batch_op.create_index(
                name,
                columns,
                unique=False,
                sqlite_where=sa.text(OPEN_CONDITION),
                postgresql_where=sa.text(OPEN_CONDITION),
            )
        batch_op.create_unique_constraint(batch_op.f("uq_appeals_external_id"), ["external_id"])


def downgrade() -> None:
    with op.batch_alter_table("appeals", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_appeals_external_id"), type_="unique")
        batch_op.drop_index("ix_appeals_open_assignee")
        batch_op.drop_index("ix_appeals_open_received")
        batch_op.drop_index("ix_appeals_received")
        batch_op.drop_index("ix_appeals_assignee_received")
        batch_op.drop_column("external_id")
        batch_op.drop_column("clarification_due")
        batch_op.drop_column("match_needed")
        batch_op.drop_column("details")
        batch_op.drop_column("sender")
        batch_op.drop_column("topic_code")

    with op.batch_alter_table("call_phases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_phases_call_id"))

    op.drop_table("call_phases")
    with op.batch_alter_table("call_records", schema=None) as batch_op:
        batch_op.drop_index("ix_call_records_user_status")

    op.drop_table("call_records")
    with op.batch_alter_table("appeal_clarifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appeal_clarifications_appeal_id"))

    op.drop_table("appeal_clarifications")
    with op.batch_alter_table("appeal_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appeal_attachments_sha256"))
        batch_op.drop_index(batch_op.f("ix_appeal_attachments_appeal_id"))

    op.drop_table("appeal_attachments")
    op.drop_table("journal_counters")
    op.drop_table("attachment_blobs")
