"""Supervisors' and administrators' pane: the audit log, read-only, newest first, paged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.message_line import MessageLine
from ui.models.audit_table import AuditTableModel
from ui.panes.base import DeskPane, PaneContext
from workstation.audit import AuditRecord
from workstation.errors import DomainError
from workstation.roles import Role

PAGE_SIZE = 100


class AuditPane(DeskPane):
    OBJECT_NAME = "audit-pane"
    ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    SHORTCUT = "Ctrl+Shift+J"
    ICON = "audit"

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = AuditTableModel(context.zone, self)
        self.model.more_wanted.connect(self._fetch_older)

        self.actor_edit = QLineEdit()
        self.actor_edit.setObjectName("audit-actor")
        self.actor_edit.setPlaceholderText(self.tr("Login, for example ivanova"))
        self.actor_edit.setClearButtonEnabled(True)
        self.actor_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.actor_edit.returnPressed.connect(self.load)
        self.actor_edit.textChanged.connect(lambda text: text or self.load())
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("audit-kind")
        for text, prefix in self.action_groups():
            self.kind_combo.addItem(text, prefix)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.load())

        self.table = QTableView()
        self.table.setObjectName("audit-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.message_line = MessageLine("audit-message")
        self.message_label = self.message_line.label

        self.refresh_action = self.pane_action(self.tr("&Refresh"), "refresh", "F5", self.load)
        self.filter_action = self.pane_action(self.tr("&Filter by user"), "filter", "Ctrl+F",
                                          self._focus_filter)

        filter_row = QHBoxLayout()
        who = QLabel(self.tr("&User:"))
        who.setBuddy(self.actor_edit)
        what = QLabel(self.tr("&Show:"))
        what.setBuddy(self.kind_combo)
        filter_row.addWidget(who)
        filter_row.addWidget(self.actor_edit, 1)
        filter_row.addWidget(what)
        filter_row.addWidget(self.kind_combo)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_line)
        self.setWidget(body)

    def action_groups(self) -> list[tuple[str, str]]:
        """What a supervisor filters by: a title and the actions' common prefix ("deadline"
        without a dot covers the deadlines and their rules)."""
        return [(self.tr("All actions"), ""), (self.tr("Logins and the desk"), "login."),
                (self.tr("Customers and their data (TEL-5)"), "customer."),
                (self.tr("Appeals"), "appeal."), (self.tr("Calls"), "call."),
                (self.tr("Deadlines and rules"), "deadline"),
                (self.tr("Production calendar"), "calendar."),
                (self.tr("Answer library"), "answer."), (self.tr("Accounts"), "user."),
                (self.tr("Units"), "unit."), (self.tr("Settings"), "setting.")]

    def title(self) -> str:
        return self.tr("Audit log")

    def focus_target(self) -> QWidget:
        return self.table

    # -- loading --------------------------------------------------------------------------------
    def _query(self, before_id: int | None) -> Callable[[], list[AuditRecord]]:
        audit, viewer = self.context.services.audit, self.context.principal
        actor = self.actor_edit.text().strip() or None
        prefix = self.kind_combo.currentData() or None
        # One more than a page tells whether there is another page, without a COUNT query.
        return lambda: audit.recent(viewer, limit=PAGE_SIZE + 1, before_id=before_id,
                                    actor_login=actor, action_prefix=prefix)

    def load(self) -> None:
        self._say(self.tr("Loading…"), "refresh")
        self.context.runner.run(self._query(None), self._loaded, self._failed,
                                key="audit-pane-load")

    def _loaded(self, records: list[AuditRecord]) -> None:
        self.model.set_records(records[:PAGE_SIZE], len(records) > PAGE_SIZE)
        self.table.resizeColumnsToContents()
        self._say_count()

    def _fetch_older(self, before_id: int) -> None:
        self.context.runner.run(self._query(before_id), self._appended, self._failed,
                                key="audit-pane-load")

    def _appended(self, records: list[AuditRecord]) -> None:
        self.model.append_records(records[:PAGE_SIZE], len(records) > PAGE_SIZE)
        self._say_count()

    def _failed(self, error: DomainError) -> None:
        self.model.fetch_failed()
        self._say(error.message, "warning")

    def _say_count(self) -> None:
        shown = self.model.rowCount()
        text = (self.tr("Entries shown: %1 (scroll down for older ones)")
                if self.model.canFetchMore(self.table.rootIndex())
                else self.tr("Entries shown: %1")).replace("%1", str(shown))
        self._say(text, "info")

    def _focus_filter(self) -> None:
        self.actor_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.actor_edit.selectAll()

    def _say(self, text: str, meaning: str) -> None:
        self.message_line.say(text, meaning)
