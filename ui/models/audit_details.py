"""The details of an audit entry in words: the services write English keys and values.

Every key the services write has a name here (tests/test_ui_audit_details.py reads the
`audit.record(…, details=…)` calls of workstation/ and cli/ and fails on a key without one).
Values are written for people: yes/no, lists joined, dates and times in the desk's zone, numbers
the Russian way, and the stored codes of statuses, channels, roles … by their names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QObject

from workstation.appeal_fields import Line
from workstation.appeal_workflow import ContactChannel
from workstation.appeals import TRANSITIONS, AppealStatus, Channel
from workstation.audit import AuditRecord
from workstation.call_phases import CallOutcome
from workstation.formatting import format_date, format_datetime, format_number
from workstation.identification import IdentificationMethod
from workstation.roles import Role

# Numbers that name something rather than count it: not grouped by threes.
_IDENTIFIERS = frozenset({"seed", "number", "revision", "code", "rule"})
# Keys whose values are ISO dates or moments.
_WHEN = frozenset({"from", "until", "agreed_on", "previous_due_at", "new_due_at"})
_STEP_LABELS = {step.action: step.label for step in reversed(TRANSITIONS)}


def _label_of(kind: Callable[[str], Any]) -> Callable[[str], str]:
    """A stored enum value by its domain label (the value itself when it is not known)."""
    def label(value: str) -> str:
        try:
            return str(kind(value).label)
        except ValueError:
            return value
    return label


class AuditDetails(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = {
            "action": self.tr("step"),
            "added": self.tr("added"),
            "agreed_on": self.tr("agreed date"),
            "appeal": self.tr("appeal"),
            "call": self.tr("call"),
            "category": self.tr("category"),
            "changed": self.tr("changed"),
            "channel": self.tr("channel"),
            "code": self.tr("code"),
            "contacts": self.tr("contacts"),
            "days": self.tr("days"),
            "delegate": self.tr("delegate"),
            "demo": self.tr("demo account"),
            "desk": self.tr("desk"),
            "during": self.tr("during"),
            "entries": self.tr("answers"),
            "fields": self.tr("fields"),
            "file": self.tr("file"),
            "files": self.tr("files"),
            "found": self.tr("found"),
            "from": self.tr("from"),
            "fuzzy": self.tr("similar words offered"),
            "identified": self.tr("identified"),
            "line": self.tr("line"),
            "login": self.tr("login"),
            "matched_by": self.tr("matched by"),
            "met": self.tr("on time"),
            "method": self.tr("method"),
            "minutes": self.tr("minutes"),
            "name": self.tr("name"),
            "new": self.tr("new value"),
            "new_due_at": self.tr("new deadline"),
            "note": self.tr("basis"),
            "number": self.tr("number"),
            "old": self.tr("old value"),
            "outcome": self.tr("outcome"),
            "previous_due_at": self.tr("previous deadline"),
            "query": self.tr("search text"),
            "reason": self.tr("reason"),
            "recomputed": self.tr("deadlines recomputed"),
            "retired": self.tr("to retire"),
            "revision": self.tr("revision"),
            "roles": self.tr("roles"),
            "rule": self.tr("rule"),
            "skipped": self.tr("skipped"),
            "source": self.tr("source"),
            "to": self.tr("new status"),
            "unchanged": self.tr("unchanged"),
            "until": self.tr("until"),
            "working": self.tr("working day"),
            # What `demo-data` added (workstation/demo_data.py: DemoReport).
            "seed": self.tr("seed"),
            "users": self.tr("users"),
            "other_users": self.tr("other users"),
            "customers": self.tr("customers"),
            "organisations": self.tr("organisations"),
            "addresses": self.tr("addresses"),
            "accounts": self.tr("accounts"),
            "contracts": self.tr("contracts"),
            "contact_points": self.tr("phones and e-mails"),
            "meter_readings": self.tr("meter readings"),
            "payments": self.tr("payments"),
            "appeals": self.tr("appeals"),
            "indexed": self.tr("indexed for search"),
            "cancelled": self.tr("cancelled"),
            # A deadline rule's values, before and after a change.
            "unit": self.tr("unit"),
            "amount": self.tr("limit"),
            "window_start": self.tr("window opens after, min"),
            "due_soon_seconds": self.tr("“due soon” from, s"),
            "roll_forward": self.tr("moved to a working day"),
            "customer_hours": self.tr("by the customer's hours"),
        }
        # Where one key means something else for one kind of entry.
        self._keys_of_action = {
            ("answer.import", "new"): self.tr("new answers"),
            ("answer.import", "changed"): self.tr("changed answers"),
            ("appeal.register", "files"): self.tr("number of files"),
            ("appeal.transition", "from"): self.tr("previous status"),
            ("login.locked", "until"): self.tr("locked until"),
        }
        self._words = {
            "wrong password": self.tr("wrong password"),
            "unknown login": self.tr("unknown login"),
            "idle timeout": self.tr("no input for a while"),
            "by the user": self.tr("by the user"),
            "from the lock screen": self.tr("from the lock screen"),
            "window closed": self.tr("window closed"),
            "desk unlock": self.tr("desk unlock"),
        }
        self._yes, self._no = self.tr("yes"), self.tr("no")
        fields = {  # the appeal's columns an edit changed (workstation/appeal_registration.py)
            "received_at": self.tr("received"), "customer_id": self.tr("customer"),
            "topic_code": self.tr("topic code"), "topic": self.tr("topic"),
            "subject": self.tr("subject"), "body": self.tr("text"),
            "sender": self.tr("sender"), "details": self.tr("channel details"),
            "urgency": self.tr("urgency")}
        matched_by = {"account": self.tr("personal account"), "email": self.tr("e-mail"),
                      "phone": self.tr("phone")}
        sources = {"cli": self.tr("command line"), "demo": self.tr("simulated call")}
        units = {"seconds": self.tr("seconds", "unit of a deadline rule"),
                 "minutes": self.tr("minutes", "unit of a deadline rule"),
                 "calendar_days": self.tr("calendar days", "unit of a deadline rule"),
                 "working_days": self.tr("working days", "unit of a deadline rule"),
                 "after_opening": self.tr("minutes after opening", "unit of a deadline rule")}
        self._values: dict[str, Callable[[str], str]] = {
            "reason": lambda value: self._words.get(value, value),
            "during": lambda value: self._words.get(value, value),
            "roles": _label_of(Role),
            "channel": _label_of(Channel),
            "method": _label_of(IdentificationMethod),
            "identified": _label_of(IdentificationMethod),
            "line": _label_of(Line),
            "outcome": _label_of(CallOutcome),
            "fields": lambda value: fields.get(value, value),
            "matched_by": lambda value: matched_by.get(value, value) if value else "—",
            "source": lambda value: sources.get(value, value),
            "unit": lambda value: units.get(value, value),
        }
        self._values_of_action: dict[tuple[str, str], Callable[[str], str]] = {
            ("appeal.transition", "action"): lambda value: _STEP_LABELS.get(value, value),
            ("appeal.transition", "from"): _label_of(AppealStatus),
            ("appeal.transition", "to"): _label_of(AppealStatus),
            ("appeal.transition", "channel"): _label_of(ContactChannel),
        }

    def key_names(self) -> dict[str, str]:
        return dict(self._keys)

    def value_words(self) -> dict[str, str]:
        """The words for the fixed texts the services write as values (reasons and the like)."""
        return dict(self._words)

    def text(self, record: AuditRecord, zone: tzinfo) -> str:
        return self._pairs(record.action, record.details or {}, zone)

    def _pairs(self, action: str, details: dict[str, Any], zone: tzinfo) -> str:
        return "; ".join(f"{self._name(action, key)}: {self._value(action, key, value, zone)}"
                         for key, value in details.items())

    def _name(self, action: str, key: str) -> str:
        return self._keys_of_action.get((action, key)) or self._keys.get(key, key)

    def _value(self, action: str, key: str, value: Any, zone: tzinfo) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            return self._yes if value else self._no
        if isinstance(value, (list, tuple)):
            return ", ".join(self._value(action, key, item, zone) for item in value)
        if isinstance(value, dict):
            return f"({self._pairs(action, value, zone)})"
        if isinstance(value, int) and key not in _IDENTIFIERS:
            return format_number(value)
        if not isinstance(value, str):
            return str(value)
        worded = self._values_of_action.get((action, key)) or self._values.get(key)
        if worded is not None:
            return worded(value)
        if key in _WHEN:
            return _when(value, zone)
        return value


def _when(value: str, zone: tzinfo) -> str:
    """An ISO date as 02.03.2026, a moment as 02.03.2026 20:15 in the desk's zone."""
    try:
        if "T" not in value:
            return format_date(date.fromisoformat(value))
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return format_datetime(moment if moment.tzinfo else moment.replace(tzinfo=UTC), zone)
