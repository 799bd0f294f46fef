"""The audit log as a read-only table, newest first, fetched a page at a time as one scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, tzinfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon

from ui.icons import icon
from ui.models.audit_details import AuditDetails
from ui.models.record_table import AnyIndex, Column, RecordTableModel
from workstation.audit import AuditRecord
from workstation.auth import UNKNOWN_ACTOR_PREFIX
from workstation.formatting import format_datetime

# Actions whose entries deserve a second look get an icon next to their words.
_ATTENTION = {"login.failure", "login.unlock_failure", "login.locked", "login.refused_locked",
              "login.refused_disabled", "user.disable", "customer.identify_failed",
              "customer.confidential_denied"}


class AuditTableModel(RecordTableModel[AuditRecord]):
    TIME, ACTOR, ACTION, OBJECT, DETAILS = range(5)

    # The view scrolled to the end and there is more: the pane fetches the next page.
    more_wanted = Signal(int)  # the id below which to fetch

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._zone = zone
        self._has_more = False
        self._fetching = False
        self._actions = {
            "login.success": self.tr("Logged in"),
            "login.failure": self.tr("Failed login"),
            "login.locked": self.tr("Account locked after failed logins"),
            "login.refused_locked": self.tr("Login refused: account locked"),
            "login.refused_disabled": self.tr("Login refused: account disabled"),
            "login.desk_lock": self.tr("Desk locked"),
            "login.unlock": self.tr("Desk unlocked"),
            "login.unlock_failure": self.tr("Failed attempt to unlock the desk"),
            "login.logout": self.tr("Logged out"),
            "user.add": self.tr("User added"),
            "user.update": self.tr("User changed"),
            "user.password": self.tr("Password set"),
            "user.enable": self.tr("Account enabled"),
            "user.disable": self.tr("Account disabled"),
            "user.absence": self.tr("Absence and delegate set"),
            "unit.add": self.tr("Unit added"),
            "setting.change": self.tr("Setting changed"),
            # Every kind the services write has words here: tests/test_ui_audit_pane.py reads
            # the `audit.record(` calls of workstation/ and fails on a kind without them.
            "answer.new": self.tr("Answer added to the library"),
            "answer.change": self.tr("Answer changed"),
            "answer.retire": self.tr("Answer retired"),
            "answer.approve": self.tr("Answer version approved"),
            "answer.reject": self.tr("Answer version returned for rework"),
            "answer.withdraw": self.tr("Answer version withdrawn"),
            "answer.export": self.tr("Answer library exported"),
            "answer.import": self.tr("Answer library imported"),
            "answer.topics": self.tr("Answer topics changed"),
            "appeal.register": self.tr("Appeal registered"),
            "appeal.update": self.tr("Appeal changed"),
            "appeal.match": self.tr("Appeal matched to a customer"),
            "appeal.files_add": self.tr("Files added to an appeal"),
            "appeal.file_remove": self.tr("File removed from an appeal"),
            "appeal.file_open": self.tr("Appeal file opened"),
            "appeal.transition": self.tr("Appeal status changed"),
            "call.offer": self.tr("Call offered to a desk"),
            "call.answer": self.tr("Call answered"),
            "call.take": self.tr("Call taken"),
            "call.finish": self.tr("Call finished"),
            "call.callback_done": self.tr("Promised callback made (TEL-3)"),
            "customer.search": self.tr("Customers searched"),
            "customer.view": self.tr("Customer card viewed"),
            "customer.create": self.tr("Customer added"),
            "customer.contacts_change": self.tr("Customer contacts changed"),
            "customer.note_change": self.tr("Customer note changed"),
            "customer.identify": self.tr("Caller identified (TEL-5)"),
            "customer.identify_failed": self.tr("Caller identification failed (TEL-5)"),
            "customer.identify_refused": self.tr("Caller refused to identify (TEL-5)"),
            "customer.confidential_view": self.tr("Confidential data shown (TEL-5)"),
            "customer.confidential_denied": self.tr("Confidential data refused (TEL-5)"),
            "deadline.extend": self.tr("Deadline extended (SLA-8)"),
            "deadline.note": self.tr("Reason for a missed deadline noted"),
            "deadline_rule.change": self.tr("Deadline rule changed"),
            "calendar.override": self.tr("Calendar day set"),
            "calendar.override.remove": self.tr("Calendar day override removed"),
            "demo_data.fill": self.tr("Demo data created"),
        }
        self._objects = {"user": self.tr("user"), "unit": self.tr("unit"),
                         "setting": self.tr("setting"), "answer": self.tr("answer"),
                         "appeal": self.tr("appeal"), "call": self.tr("call"),
                         "incoming_call": self.tr("incoming call"),
                         "customer": self.tr("customer"), "deadline": self.tr("deadline"),
                         "deadline_rule": self.tr("deadline rule"),
                         "calendar_day": self.tr("calendar day")}
        # The services write details in English keys; people read them in their language.
        self.details = AuditDetails(self)
        self._declare([
            Column(self.tr("Time"), self._time),
            Column(self.tr("User"), lambda record: self.actor_text(record.actor_login)),
            Column(self.tr("Action"), lambda record: self.action_label(record.action),
                   icon=self._attention_icon),
            Column(self.tr("Object"), self._object, tooltip=lambda record: (
                f"{self._object(record)} {record.object_id}" if record.object_id
                else self._object(record))),
            Column(self.tr("Details"), lambda record: self.details.text(record, self._zone)),
        ], text_tooltips=True, sort_role=None)

    # -- filling ------------------------------------------------------------------------------
    def set_records(self, records: Sequence[AuditRecord], has_more: bool = False) -> None:
        self._has_more = has_more
        self._fetching = False
        super().set_records(records)

    def append_records(self, records: Sequence[AuditRecord], has_more: bool = False) -> None:
        self._fetching = False
        self._has_more = has_more
        super().append_records(records)

    def fetch_failed(self) -> None:
        self._fetching = False

    def action_label(self, action: str) -> str:
        return self._actions.get(action, action)

    def actor_text(self, actor_login: str) -> str:
        """A login that matched no account is stored only as a fingerprint (workstation/auth.py):
        say so, and show the fingerprint, which is the same for the same typed text."""
        if actor_login.startswith(UNKNOWN_ACTOR_PREFIX) and len(actor_login) > 1:
            return self.tr("unknown login #%1").replace(
                "%1", actor_login[len(UNKNOWN_ACTOR_PREFIX):])
        return actor_login

    def action_labels(self) -> dict[str, str]:
        return dict(self._actions)

    def object_labels(self) -> dict[str, str]:
        return dict(self._objects)

    # -- lazy loading ---------------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent) or not self._records:
            return
        self._fetching = True
        self.more_wanted.emit(self._records[-1].id)

    # -- the cells ----------------------------------------------------------------------------
    def _time(self, record: AuditRecord) -> str:
        at = record.at if record.at.tzinfo else record.at.replace(tzinfo=UTC)
        return format_datetime(at, self._zone, seconds=True)

    def _object(self, record: AuditRecord) -> str:
        return self._objects.get(record.object_type or "", record.object_type or "")

    @staticmethod
    def _attention_icon(record: AuditRecord) -> QIcon | None:
        return icon("warning") if record.action in _ATTENTION else None
