"""Administrators' pane: the production calendar of a year, and their overrides of it.

Deadlines are counted in working days (SLA-9, and SLA-6/7/8 move off non-working days), so the
calendar is the law the countdowns follow. The ``holidays`` library knows public holidays and
the transfers of the years whose decree it ships; for the others an administrator enters the
decree's days here. Every change goes through CalendarService in a background task, which
recomputes the open deadlines spanning the day; how many moved is said in the pane's message
line. A refusal (an empty basis, missing rights) is shown in the dialog, which keeps what was
typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.calendar_override_dialog import CalendarOverrideDialog
from ui.fitted_columns import Elastic, FittedColumns
from ui.message_line import MessageLine
from ui.models.calendar_days import CalendarDay, CalendarDaysModel, special_days
from ui.panes.base import DeskPane, PaneContext
from workstation.calendar_overrides import OverrideResult
from workstation.errors import DomainError
from workstation.formatting import format_date
from workstation.production_calendar import DayInfo, ProductionCalendar
from workstation.roles import ROLE_PERMISSIONS, Permission

FIRST_YEAR, LAST_YEAR = 2000, 2099


class CalendarPane(DeskPane):
    OBJECT_NAME = "calendar-pane"
    ROLES = frozenset(role for role, allowed in ROLE_PERMISSIONS.items()
                      if Permission.EDIT_CALENDAR in allowed)
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    SHORTCUT = "Ctrl+Shift+Y"
    ICON = "production-calendar"

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = CalendarDaysModel(self)
        self.calendar = ProductionCalendar()  # the library alone until the first load
        self.dialog: CalendarOverrideDialog | None = None  # the open dialog, for tests

        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("calendar-year")
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(min(max(self._today().year, FIRST_YEAR), LAST_YEAR))
        self.year_spin.setKeyboardTracking(False)  # a typed year loads once, when complete
        self.year_spin.valueChanged.connect(lambda _year: self.load())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)
        self.count_label = QLabel()
        self.count_label.setObjectName("calendar-count")
        self.count_label.setToolTip(self.tr(
            "Public holidays, days off moved by decree, Saturdays and Sundays worked in "
            "exchange, and the administrators' overrides. Ordinary weekdays and weekends are "
            "not listed."))

        self.table = QTableView()
        self.table.setObjectName("calendar-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(60)  # the header and a row: the pane shares its place
        self.table.verticalHeader().setVisible(False)
        FittedColumns(self.table, {CalendarDaysModel.WHAT: Elastic(share=0.4)})

        self.message_line = MessageLine("calendar-message")
        self.message_label = self.message_line.label

        self.working_action = self.pane_action(self.tr("Make a &working day…"), "make-working-day",
                                           "Ins", lambda: self.open_dialog(working=True))
        self.day_off_action = self.pane_action(self.tr("Make a day &off…"), "make-day-off",
                                           "Shift+Ins", lambda: self.open_dialog(working=False))
        self.remove_action = self.pane_action(self.tr("&Remove the override"), "remove", "Del",
                                          self.remove_selected)
        self.refresh_action = self.pane_action(self.tr("Re&fresh"), "refresh", "F5", self.load)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.working_action, self.day_off_action, self.remove_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)

        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.year_spin)
        year_row.addWidget(self.count_label, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(toolbar)
        layout.addLayout(year_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_line)
        self.setWidget(body)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Production calendar")

    def focus_target(self) -> QWidget:
        return self.table

    def _today(self) -> date:
        return self.context.services.clock.now().astimezone(self.context.zone).date()

    # -- loading --------------------------------------------------------------------------------
    def year(self) -> int:
        return self.year_spin.value()

    def load(self, select_day: date | None = None) -> None:
        if select_day is None and (selected := self.selected()) is not None:
            select_day = selected.day
        year, service = self.year(), self.context.services.calendar

        def fetch() -> tuple[ProductionCalendar, list[CalendarDay]]:
            calendar = service.calendar()
            return calendar, special_days(calendar, year)

        self.context.runner.run(fetch, lambda loaded: self._loaded(*loaded, select_day),
                                self._show_error, key="calendar-pane-load")

    def _loaded(self, calendar: ProductionCalendar, days: list[CalendarDay],
                select_day: date | None) -> None:
        self.calendar = calendar
        self.model.set_days(days)
        overrides = self.model.overrides()
        text = self.tr("%n day(s) listed", "", len(days))
        if overrides:
            text += ", " + self.tr("%n override(s)", "", overrides)
        self.count_label.setText(text)
        if select_day is not None and (row := self.model.row_of(select_day)) >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- selection ------------------------------------------------------------------------------
    def selected(self) -> CalendarDay | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.day(rows[0].row()) if rows else None

    def select(self, day: date) -> None:
        row = self.model.row_of(day)
        if row >= 0:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        selected = self.selected()
        self.remove_action.setEnabled(selected is not None and selected.is_override)

    # -- changes --------------------------------------------------------------------------------
    def open_dialog(self, working: bool) -> None:
        """The override dialog, its date the selected row's (or today, in the year shown)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        selected = self.selected()
        today = self._today()
        if selected is not None:
            day, note = selected.day, selected.info.name if selected.is_override else ""
        else:
            day, note = (today if today.year == self.year() else date(self.year(), 1, 1)), ""
        dialog = CalendarOverrideDialog(day, working, note, self._describe, self)
        context = self.context

        def save() -> None:
            chosen, worked, basis = dialog.day(), dialog.working(), dialog.note()
            self.context.runner.run(
                lambda: context.services.calendar.set_override(context.principal, chosen,
                                                               worked, basis),
                lambda result: self._saved(dialog, result),
                lambda error: dialog.refused(error.message))

        self.dialog = dialog
        dialog.submitted.connect(save)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()  # not exec(): no nested event loop (the idle lock hides and shows it)

    def _describe(self, day: date) -> DayInfo:
        return self.calendar.describe(day)

    def _closed(self, dialog: CalendarOverrideDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _saved(self, dialog: CalendarOverrideDialog, result: OverrideResult) -> None:
        dialog.done_ok()
        self._report(result)

    def remove_selected(self) -> None:
        selected = self.selected()
        if selected is None or not selected.is_override:
            return
        context, day = self.context, selected.day
        self.context.runner.run(
            lambda: context.services.calendar.remove_override(context.principal, day),
            self._report, self._refused)

    def _refused(self, error: DomainError) -> None:
        """Said in the message line; the list, which was out of date, is fetched again."""
        self._show_error(error)
        self.load()

    def _report(self, result: OverrideResult) -> None:
        """What the day is now and how many open deadlines moved; the list shows it too."""
        day = result.day.day
        self._say(self.tr("%1 is now: %2.").replace("%1", format_date(day))
                  .replace("%2", result.day.describe()) + " "
                  + self.tr("%n open deadline(s) recomputed", "", result.recomputed) + ".",
                  "ok")
        if day.year != self.year():
            self.year_spin.blockSignals(True)  # one load, which selects the day
            self.year_spin.setValue(day.year)
            self.year_spin.blockSignals(False)
        self.load(day)

    # -- messages -------------------------------------------------------------------------------
    def _show_error(self, error: DomainError) -> None:
        self._say(error.message, "warning")

    def _say(self, text: str, meaning: str) -> None:
        self.message_line.say(text, meaning)
