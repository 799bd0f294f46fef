"""TEL-3 promised callbacks: their deadline rule.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 01:08:30.246780

TEL-3: when an answer takes more than two minutes to prepare, the customer is told the date and
time of a callback. The promise is the deadline: revision 1 of rule ``TEL-3/callback`` counts
from the promised time, and its amount is how late the callback may still be made (our reading,
5 minutes — the regulation names no number; a supervisor changes it like any rule). "Due soon"
starts 20 minutes before the end, i.e. a quarter of an hour before the promised time.

The values are written out here, not imported, so that this revision makes the same database
whatever the code says later (as 0005 does). The downgrade removes the rule and the deadlines
computed with it.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from db.base import UtcDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As in 0005: rule ids derive from code and variant, so the same defaults give the same ids.
RULE_NAMESPACE = uuid.UUID("0b6f7a4e-9c1d-4e55-8a43-5d2f1c7e9a05")
REGULATIONS_IN_FORCE = datetime(2000, 1, 1, tzinfo=UTC)
CODE, VARIANT = "TEL-3", "callback"


def _rules() -> sa.TableClause:
    return sa.table(
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


def upgrade() -> None:
    op.bulk_insert(
        _rules(),
        [
            {
                "id": uuid.uuid5(RULE_NAMESPACE, f"{CODE}/{VARIANT}"),
                "version": 1,
                "code": CODE,
                "variant": VARIANT,
                "revision": 1,
                "title": "Звонок: обещанный обратный звонок — к обещанному времени",
                "unit": "minutes",
                "amount": 5,
                "window_start": None,
                "due_soon_seconds": 20 * 60,
                "roll_forward": False,
                "customer_hours": False,
                "valid_from": REGULATIONS_IN_FORCE,
                "changed_by": "",
                "reason": "Значение по умолчанию из регламента (TEL-3)",
            }
        ],
    )


def downgrade() -> None:
    deadlines = sa.table(
        "deadlines", sa.column("id", sa.Uuid()), sa.column("rule_code", sa.String()),
        sa.column("rule_variant", sa.String()),
    )
    ours = sa.select(deadlines.c.id).where(
        deadlines.c.rule_code == CODE, deadlines.c.rule_variant == VARIANT
    )
    for child in ("deadline_pauses", "deadline_extensions"):
        table = sa.table(child, sa.column("deadline_id", sa.Uuid()))
        op.execute(table.delete().where(table.c.deadline_id.in_(ours)))
    op.execute(
        deadlines.delete().where(
            deadlines.c.rule_code == CODE, deadlines.c.rule_variant == VARIANT
        )
    )
    rules = _rules()
    op.execute(rules.delete().where(rules.c.code == CODE, rules.c.variant == VARIANT))
