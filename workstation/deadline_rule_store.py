"""Deadline rules in the database: reading them, and a supervisor's change with its history.

A change never edits a row: it adds the next revision (unique per rule), records who, when and
why in the rule and in the audit log, and takes effect for deadlines started from then on.
Deadlines already running keep the revision they were computed with: moving a promised date
under the customer's feet would need a notification (CMP-3), which an extension does properly.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import DeadlineRule
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.deadline_rules import UNIT_LIMITS, Rule, RuleBook, Unit, same_family
from workstation.errors import ConflictError, NotFoundError, ValidationError
from workstation.roles import Permission, Principal, require

MAX_DUE_SOON_SECONDS = 30 * 86_400


def rule_from_row(row: DeadlineRule) -> Rule:
    return Rule(code=row.code, variant=row.variant, revision=row.revision, title=row.title,
                unit=Unit(row.unit), amount=row.amount, window_start=row.window_start,
                due_soon_seconds=row.due_soon_seconds, roll_forward=row.roll_forward,
                customer_hours=row.customer_hours, valid_from=row.valid_from,
                changed_by=row.changed_by, reason=row.reason)


def load_rule_book(session: Session) -> RuleBook:
    return RuleBook(rule_from_row(row) for row in session.scalars(select(DeadlineRule)))


def rules_marker(session: Session) -> int:
    """Changes whenever a revision is added (rows are only ever added)."""
    return int(session.scalar(select(func.count()).select_from(DeadlineRule)) or 0)


@dataclass(frozen=True)
class RuleChange:
    """What a supervisor sets; None keeps the current value."""

    amount: int | None = None
    unit: Unit | None = None
    window_start: int | None = None
    due_soon_seconds: int | None = None
    roll_forward: bool | None = None
    customer_hours: bool | None = None


class DeadlineRuleService:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    def rule_book(self) -> RuleBook:
        with self._sessions() as session:
            return load_rule_book(session)

    def current(self) -> list[Rule]:
        return self.rule_book().all_current()

    def history(self, code: str, variant: str = "") -> list[Rule]:
        history = self.rule_book().history(code, variant)
        if not history:
            raise NotFoundError(f"Правило {code} не найдено.")
        return history

    def change(self, actor: Principal, code: str, variant: str, expected_revision: int,
               change: RuleChange, reason: str) -> Rule:
        """Add the next revision. ``expected_revision`` is the one the supervisor looked at:
        if another desk changed the rule meanwhile, the change is refused, not merged."""
        require(actor, Permission.EDIT_DEADLINE_RULES)
        reason = reason.strip()
        if not reason:
            raise ValidationError("Укажите причину изменения правила: она остаётся в истории.")
        with self._sessions() as session:
            book = load_rule_book(session)
            if not book.has(code, variant):
                raise NotFoundError(f"Правило {code} не найдено.")
            old = book.current(code, variant)
            if old.revision != expected_revision:
                raise ConflictError("deadline_rules", f"{code}/{variant}", expected_revision,
                                    old.revision)
            new = _apply(old, change, self._clock, actor, reason)
            row = DeadlineRule(
                code=code, variant=variant, revision=new.revision, title=old.title,
                unit=new.unit.value, amount=new.amount, window_start=new.window_start,
                due_soon_seconds=new.due_soon_seconds, roll_forward=new.roll_forward,
                customer_hours=new.customer_hours, valid_from=new.valid_from,
                changed_by=actor.login, reason=reason)
            session.add(row)
            self._audit.record(
                session, "deadline_rule.change", actor=actor, object_type="deadline_rule",
                object_id=old.name, details={"revision": new.revision, "reason": reason,
                                             "old": _values(old), "new": _values(new)})
            try:
                session.commit()
            except IntegrityError:
                # Two supervisors saving the same revision at once: the unique key decides.
                session.rollback()
                raise ConflictError("deadline_rules", old.name, expected_revision,
                                    expected_revision + 1) from None
            return new


def _values(rule: Rule) -> dict[str, object]:
    return {"unit": rule.unit.value, "amount": rule.amount, "window_start": rule.window_start,
            "due_soon_seconds": rule.due_soon_seconds, "roll_forward": rule.roll_forward,
            "customer_hours": rule.customer_hours}


def _apply(old: Rule, change: RuleChange, clock: Clock, actor: Principal, reason: str) -> Rule:
    unit = change.unit or old.unit
    if not same_family(unit, old.unit):
        raise ValidationError(
            f"Для правила {old.name} единицу «{old.unit.value}» можно заменить только "
            "родственной (секунды на минуты, календарные дни на рабочие).")
    amount = old.amount if change.amount is None else change.amount
    low, high = UNIT_LIMITS[unit]
    if not low <= amount <= high:
        raise ValidationError(f"Срок по правилу {old.name} должен быть от {low} до {high}.")
    window_start = old.window_start if change.window_start is None else change.window_start
    if unit is Unit.AFTER_OPENING and not (window_start is not None
                                           and 0 <= window_start < amount):
        raise ValidationError("Начало окна перезвона должно быть раньше его конца.")
    due_soon = old.due_soon_seconds if change.due_soon_seconds is None else (
        change.due_soon_seconds)
    if not 0 <= due_soon <= MAX_DUE_SOON_SECONDS:
        raise ValidationError("Порог «скоро срок» — от 0 секунд до 30 дней.")
    return Rule(
        code=old.code, variant=old.variant, revision=old.revision + 1, title=old.title,
        unit=unit, amount=amount, window_start=window_start if unit is Unit.AFTER_OPENING
        else None, due_soon_seconds=due_soon,
        roll_forward=old.roll_forward if change.roll_forward is None else change.roll_forward,
        customer_hours=(old.customer_hours if change.customer_hours is None
                        else change.customer_hours),
        valid_from=clock.now(), changed_by=actor.login, reason=reason)
