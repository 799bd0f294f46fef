"""Deadlines: rules with their history, stored due times, pauses, extensions, calendar overrides.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 22:00:46

The data step writes revision 1 of every deadline rule: the defaults of REGULATIONS.md
(SLA-1…SLA-10, TEL-3, CMP-2) as read in its notes. The values are written out here, not
imported, so that this revision makes the same database whatever the code says later; a
supervisor's change adds revision 2, 3… beside them (workstation/deadline_rule_store.py).
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from db.base import UtcDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Rule ids derive from code and variant: the same defaults give the same ids everywhere.
RULE_NAMESPACE = uuid.UUID("0b6f7a4e-9c1d-4e55-8a43-5d2f1c7e9a05")
REGULATIONS_IN_FORCE = datetime(2000, 1, 1, tzinfo=UTC)
MINUTE, HOUR, DAY = 60, 3600, 86_400

# code, variant, title, unit, amount, window start, due soon (s), roll forward, customer hours
DEFAULT_RULES = (
    ("SLA-1", "", "Звонок: ожидание ответа", "seconds", 40, None, 10, False, False),
    ("SLA-2", "", "Звонок: поиск информации о потребителе", "seconds", 45, None, 10, False, False),
    (
        "SLA-3",
        "",
        "Звонок: предоставление информации",
        "seconds",
        5 * MINUTE,
        None,
        MINUTE,
        False,
        False,
    ),
    (
        "SLA-3",
        "specialist",
        "Звонок: предоставление информации специалистом",
        "seconds",
        10 * MINUTE,
        None,
        MINUTE,
        False,
        False,
    ),
    ("SLA-4", "", "Звонок: постобработка", "seconds", 5 * MINUTE, None, MINUTE, False, False),
    ("SLA-5", "", "Звонок: соединение со специалистом", "seconds", 40, None, 10, False, False),
    (
        "SLA-6",
        "",
        "Письменное: регистрация, классификация и передача специалисту",
        "calendar_days",
        1,
        None,
        4 * HOUR,
        True,
        False,
    ),
    (
        "SLA-7",
        "",
        "Письменное: рассмотрение и ответ",
        "calendar_days",
        10,
        None,
        2 * DAY,
        True,
        False,
    ),
    # The amount is the most an appeal may be extended by, all extensions together.
    (
        "SLA-8",
        "",
        "Письменное: продление рассмотрения (потребитель уведомляется)",
        "calendar_days",
        10,
        None,
        2 * DAY,
        True,
        False,
    ),
    (
        "SLA-9",
        "phone",
        "Автоответчик: ответ по телефону",
        "working_days",
        5,
        None,
        DAY,
        False,
        True,
    ),
    (
        "SLA-9",
        "post",
        "Автоответчик: ответ письмом",
        "working_days",
        30,
        None,
        3 * DAY,
        False,
        False,
    ),
    (
        "SLA-10",
        "",
        "Пропущенный звонок в нерабочее время: перезвон",
        "after_opening",
        3 * 60,
        2 * 60,
        30 * MINUTE,
        False,
        True,
    ),
    (
        "TEL-3",
        "prepare",
        "Звонок: подготовка ответа (дольше — предложить перезвон)",
        "seconds",
        2 * MINUTE,
        None,
        30,
        False,
        False,
    ),
    (
        "TEL-3",
        "hold",
        "Звонок: ожидание на линии",
        "seconds",
        10 * MINUTE,
        None,
        2 * MINUTE,
        False,
        False,
    ),
    (
        "CMP-2",
        "",
        "Жалоба о здоровье и безопасности: немедленно",
        "minutes",
        60,
        None,
        15 * MINUTE,
        False,
        False,
    ),
)


def _seed_rules() -> None:
    rules = sa.table(
        "deadline_rules",
        sa.column("id", sa.Uuid()),
        sa.column("valid_from", UtcDateTime()),
        sa.column("roll_forward", sa.Boolean()),
        sa.column("customer_hours", sa.Boolean()),
        *(
            sa.column(name)
            for name in (
                "version", "code", "variant", "revision", "title", "unit", "amount",
                "window_start", "due_soon_seconds", "changed_by", "reason",
            )
        ),
    )
    op.bulk_insert(
        rules,
        [
            {
                "id": uuid.uuid5(RULE_NAMESPACE, f"{code}/{variant}"),
                "version": 1,
                "code": code,
                "variant": variant,
                "revision": 1,
                "title": title,
                "unit": unit,
                "amount": amount,
                "window_start": window_start,
                "due_soon_seconds": due_soon,
                "roll_forward": roll_forward,
                "customer_hours": customer_hours,
                "valid_from": REGULATIONS_IN_FORCE,
                "changed_by": "",
                "reason": "Значение по умолчанию из регламента",
            }
            for (
                code,
                variant,
                title,
                unit,
                amount,
                window_start,
                due_soon,
                roll_forward,
                customer_hours,
            ) in DEFAULT_RULES
        ],
    )


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        "calendar_overrides",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_overrides")),
        sa.UniqueConstraint("day", name=op.f("uq_calendar_overrides_day")),
    )
    op.create_table(
        "deadline_rules",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("variant", sa.String(length=16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=24), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.Integer(), nullable=True),
        sa.Column("due_soon_seconds", sa.Integer(), nullable=False),
        sa.Column("roll_forward", sa.Boolean(), nullable=False),
        sa.Column("customer_hours", sa.Boolean(), nullable=False),
        sa.Column("valid_from", UtcDateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_rules")),
        sa.UniqueConstraint("code", "variant", "revision", name="uq_deadline_rules_revision"),
    )
    op.create_table(
        "deadlines",
        sa.Column("subject_type", sa.String(length=24), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("rule_code", sa.String(length=16), nullable=False),
        sa.Column("rule_variant", sa.String(length=16), nullable=False),
        sa.Column("rule_revision", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=160), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("customer_zone", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=False),
        sa.Column("window_from", UtcDateTime(), nullable=True),
        sa.Column("due_soon_seconds", sa.Integer(), nullable=False),
        sa.Column("paused_at", UtcDateTime(), nullable=True),
        sa.Column("completed_at", UtcDateTime(), nullable=True),
        sa.Column("met", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_deadlines_owner_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadlines")),
        sa.UniqueConstraint(
            "subject_type",
            "subject_id",
            "rule_code",
            "rule_variant",
            name="uq_deadlines_subject_rule",
        ),
    )
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.create_index("ix_deadlines_due", ["due_at"], unique=False)
        batch_op.create_index(
            "ix_deadlines_owner_open", ["owner_id", "status", "due_at"], unique=False
        )
        batch_op.create_index("ix_deadlines_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "deadline_extensions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("deadline_id", sa.Uuid(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("extended_at", UtcDateTime(), nullable=False),
        sa.Column("extended_by", sa.String(length=100), nullable=False),
        sa.Column("previous_due_at", UtcDateTime(), nullable=False),
        sa.Column("new_due_at", UtcDateTime(), nullable=False),
        sa.Column("customer_notified_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["deadline_id"],
            ["deadlines.id"],
            name=op.f("fk_deadline_extensions_deadline_id_deadlines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_extensions")),
    )
    with op.batch_alter_table("deadline_extensions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadline_extensions_deadline_id"), ["deadline_id"], unique=False
        )
        batch_op.create_index(
            "ix_deadline_extensions_unnotified", ["customer_notified_at"], unique=False
        )

    op.create_table(
        "deadline_pauses",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("deadline_id", sa.Uuid(), nullable=False),
        sa.Column("paused_at", UtcDateTime(), nullable=False),
        sa.Column("resumed_at", UtcDateTime(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["deadline_id"],
            ["deadlines.id"],
            name=op.f("fk_deadline_pauses_deadline_id_deadlines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_pauses")),
    )
    with op.batch_alter_table("deadline_pauses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadline_pauses_deadline_id"), ["deadline_id"], unique=False
        )

    # ### end Alembic commands ###
    _seed_rules()


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("deadline_pauses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_pauses_deadline_id"))

    op.drop_table("deadline_pauses")
    with op.batch_alter_table("deadline_extensions", schema=None) as batch_op:
        batch_op.drop_index("ix_deadline_extensions_unnotified")
        batch_op.drop_index(batch_op.f("ix_deadline_extensions_deadline_id"))

    op.drop_table("deadline_extensions")
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_index("ix_deadlines_status_due")
        batch_op.drop_index("ix_deadlines_owner_open")
        batch_op.drop_index("ix_deadlines_due")

    op.drop_table("deadlines")
    op.drop_table("deadline_rules")
    op.drop_table("calendar_overrides")
    # ### end Alembic commands ###
