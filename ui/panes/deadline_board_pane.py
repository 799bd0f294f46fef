"""Supervisors' deadline board: per unit and person on time / due soon / overdue, the breaches
with who and why, how well each rule was kept over a chosen period, and the rules themselves
(changed here with a reason; every change is a new revision).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.deadline_board_columns import BoardColumns
from ui.desk_menus import tool_tip
from ui.dialogs.rule_dialog import RuleDialog
from ui.fitted_columns import FLOOR_CHARS, Elastic, FittedColumns
from ui.icons import icon
from ui.models.record_table import SORT_ROLE, RecordTableModel
from ui.panes.base import DeskPane, PaneContext
from workstation.deadline_board import BoardRow, Breach, Compliance, Period
from workstation.deadline_rules import Rule
from workstation.errors import DomainError
from workstation.formatting import format_number
from workstation.roles import Permission, Role

T = TypeVar("T")
DEFAULT_PERIOD_DAYS = 30


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DeadlineBoardPane(DeskPane):
    OBJECT_NAME = "deadline-board-pane"
    ROLES = frozenset({Role.SUPERVISOR})
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    SHORTCUT = "Ctrl+Shift+B"
    ICON = "deadline-board"

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        columns = BoardColumns(self)
        zone = context.zone
        self.counts_model: RecordTableModel[BoardRow] = RecordTableModel(columns.counts(), self)
        self.breaches_model: RecordTableModel[Breach] = RecordTableModel(
            columns.breaches(zone), self)
        self.compliance_model: RecordTableModel[Compliance] = RecordTableModel(
            columns.compliance(), self)
        self.rules_model: RecordTableModel[Rule] = RecordTableModel(columns.rules(zone), self)

        today = context.services.clock.now().astimezone(zone).date()
        self.from_edit = self._date_edit("board-from", today - timedelta(days=DEFAULT_PERIOD_DAYS))
        self.until_edit = self._date_edit("board-until", today)
        self.from_edit.dateChanged.connect(lambda _day: self._load_period())
        self.until_edit.dateChanged.connect(lambda _day: self._load_period())

        self.tabs = QTabWidget()
        self.tabs.setObjectName("board-tabs")
        # Each list opens in the order a supervisor reads it: people by unit (the service's
        # order, so no sort arrow takes a header's room), the worst breach first.
        self.counts_table = self._table("board-counts", self.counts_model, -1,
                                        elastic=columns.COUNTS_ELASTIC)
        self.breaches_table = self._table("board-breaches", self.breaches_model, 5,
                                          Qt.SortOrder.DescendingOrder,
                                          elastic=columns.BREACHES_ELASTIC,
                                          floors=columns.BREACHES_FLOORS)
        self.compliance_table = self._table("board-compliance", self.compliance_model, 5,
                                            elastic=columns.COMPLIANCE_ELASTIC)
        self.rules_table = self._table("board-rules", self.rules_model, -1,
                                       elastic=columns.RULES_ELASTIC)
        self.tabs.addTab(self.counts_table, icon("deadlines"), self.tr("&Now"))
        self.tabs.addTab(self.breaches_table, icon("deadline-overdue"), self.tr("&Breaches"))
        self.tabs.addTab(self.compliance_table, icon("deadline-on-time"),
                         self.tr("&Compliance"))
        self.tabs.addTab(self.rules_table, icon("history"), self.tr("R&ules"))

        self.refresh_action = self.pane_action(self.tr("&Refresh"), "refresh", "F5", self.load)
        self.note_action = self.pane_action(self.tr("&Why missed…"), "clarification", "Ctrl+E",
                                        self.note_selected_breach)
        self.change_rule_action = self.pane_action(self.tr("C&hange rule…"), "answer-edit", "F2",
                                               self.change_selected_rule)
        self.history_action = self.pane_action(self.tr("Rule &history"), "history", "Ctrl+H",
                                           self.show_selected_history)
        may_edit = context.principal.may(Permission.EDIT_DEADLINE_RULES)
        self.change_rule_action.setEnabled(may_edit)
        # The board shares its column with the customer card, so every row of height counts
        # for the lists: the actions are icons beside the tabs (their words and keys in the
        # tooltip; nothing folded behind "»" in the board's column of a 1280 px window), and
        # the period shows under the two lists it applies to, breaches and compliance.
        toolbar = QToolBar()
        toolbar.setObjectName("board-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setStyleSheet("QToolBar { border: none; padding: 0; spacing: 2px; }"
                              "QToolBar QToolButton { padding: 1px 4px; }")
        for action in (self.refresh_action, self.note_action, self.change_rule_action,
                       self.history_action):
            toolbar.addAction(action)
            action.setToolTip(tool_tip(action))
        self.toolbar = toolbar
        self.tabs.setCornerWidget(toolbar, Qt.Corner.TopRightCorner)
        since = QLabel(self.tr("Period &from"))
        since.setBuddy(self.from_edit)
        until = QLabel(self.tr("&to"))
        until.setBuddy(self.until_edit)
        self.period_row = QWidget()
        self.period_row.setObjectName("board-period")
        period = QHBoxLayout(self.period_row)
        period.setContentsMargins(0, 0, 0, 0)
        for widget in (since, self.from_edit, until, self.until_edit):
            period.addWidget(widget)
        period.addStretch(1)
        self.tabs.currentChanged.connect(self._tab_chosen)
        self._tab_chosen()
        self._message_icon = QLabel()
        self.message_label = QLabel()
        self.message_label.setObjectName("board-message")
        self.message_label.setWordWrap(True)  # a long refusal wraps rather than widen the pane
        message = QHBoxLayout()
        message.addWidget(self._message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message.addWidget(self.message_label, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.period_row)
        layout.addLayout(message)
        self.setWidget(body)

    def title(self) -> str:
        return self.tr("Deadline board")

    def focus_target(self) -> QWidget:
        return self.tabs

    def _tab_chosen(self, *_args: object) -> None:
        self.period_row.setVisible(
            self.tabs.currentWidget() in (self.breaches_table, self.compliance_table))

    # -- building -----------------------------------------------------------------------------
    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    def _table(self, name: str, model: RecordTableModel[Any], column: int,
               order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, *,
               elastic: tuple[int, ...], floors: Mapping[int, int] | None = None
               ) -> QTableView:
        """A sortable view; ``column`` -1 keeps the service's own order until a header click.
        Its columns fit the pane's width: numbers and dates whole, the ``elastic`` names and
        titles sharing the rest (cut with "…", whole in the tooltip)."""
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = QTableView()
        table.setObjectName(name)
        table.setModel(proxy)
        table.horizontalHeader().setSortIndicator(column, order)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(60)  # the header and a row: the board shares its column
        floors = floors or {}
        FittedColumns(table, {c: Elastic(floor=floors.get(c, FLOOR_CHARS)) for c in elastic})
        return table

    # -- loading ------------------------------------------------------------------------------
    def period(self) -> Period:
        first, last = _pydate(self.from_edit.date()), _pydate(self.until_edit.date())
        return Period(min(first, last), max(first, last))

    def load(self) -> None:
        board, rules, actor = (self.context.services.deadline_board,
                               self.context.services.deadline_rules, self.context.principal)
        self._say(self.tr("Loading…"), "refresh")
        self.context.runner.run(lambda: board.counts(actor), self._counts_loaded, self._failed,
                                key="board-counts")
        self.context.runner.run(rules.current, self.rules_model.set_records, self._failed,
                                key="board-rules")
        self._load_period()

    def _load_period(self) -> None:
        board, actor, period = (self.context.services.deadline_board, self.context.principal,
                                self.period())
        self.context.runner.run(lambda: board.breaches(actor, period),
                                self._breaches_loaded, self._failed, key="board-breaches")
        self.context.runner.run(lambda: board.compliance(actor, period),
                                self.compliance_model.set_records, self._failed,
                                key="board-compliance")

    def _counts_loaded(self, rows: list[BoardRow]) -> None:
        self.counts_model.set_records(rows)
        overdue = sum(row.overdue for row in rows)
        soon = sum(row.due_soon for row in rows)
        text = self.tr("Open: %1; overdue: %2; due soon: %3").replace(
            "%1", format_number(sum(row.open for row in rows))).replace(
            "%2", str(overdue)).replace("%3", str(soon))
        self._say(text, "deadline-overdue" if overdue else "deadline-on-time")

    def _breaches_loaded(self, breaches: list[Breach]) -> None:
        self.breaches_model.set_records(breaches)

    def _failed(self, error: DomainError) -> None:
        self._say(error.message, "warning")

    def _say(self, text: str, meaning: str) -> None:
        self.message_label.setText(text)
        self._message_icon.setPixmap(icon(meaning).pixmap(16, 16))

    # -- actions ------------------------------------------------------------------------------
    def _selected(self, table: QTableView, model: RecordTableModel[T]) -> T | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        proxy = table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return model.record(proxy.mapToSource(rows[0]).row())

    def note_selected_breach(self) -> None:
        breach = self._selected(self.breaches_table, self.breaches_model)
        if breach is None:
            self._say(self.tr("Choose a breach in the list first."), "info")
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Why the deadline was missed"), breach.title, breach.why)
        if not ok:
            return
        deadlines, actor = self.context.services.deadlines, self.context.principal
        self.context.runner.run(
            lambda: deadlines.set_note(actor, breach.deadline_id, breach.version, text),
            lambda _none: self._load_period(), self._failed)

    def change_selected_rule(self) -> RuleDialog | None:
        rule = self._selected(self.rules_table, self.rules_model)
        if rule is None:
            self.tabs.setCurrentWidget(self.rules_table)
            self._say(self.tr("Choose a rule in the list first."), "info")
            return None
        dialog = RuleDialog(rule, self)
        rules, actor = self.context.services.deadline_rules, self.context.principal

        def save() -> None:
            change, reason = dialog.change(), dialog.reason()
            self.context.runner.run(
                lambda: rules.change(actor, rule.code, rule.variant, rule.revision, change,
                                     reason),
                lambda _rule: (dialog.done_ok(), self.load()),
                lambda error: dialog.refused(error.message))

        dialog.submitted.connect(save)
        dialog.open()
        return dialog

    def show_selected_history(self) -> None:
        rule = self._selected(self.rules_table, self.rules_model)
        if rule is None:
            self.tabs.setCurrentWidget(self.rules_table)
            self._say(self.tr("Choose a rule in the list first."), "info")
            return
        rules = self.context.services.deadline_rules
        self.context.runner.run(lambda: rules.history(rule.code, rule.variant),
                                self._history_loaded, self._failed)

    def _history_loaded(self, history: list[Rule]) -> None:
        self.rules_model.set_records(list(reversed(history)))
        self.tabs.setCurrentWidget(self.rules_table)
        if history:
            self._say(self.tr("History of %1: newest first (Refresh shows all rules again)")
                      .replace("%1", history[0].name), "history")
