"""The administrators' production calendar pane, through the real CalendarService, on both
backends: the year's special days, overrides set and removed through the dialog, refusals kept
in the dialog, and the open deadlines the change recomputed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.helpers.deadlines import add_appeal
from tests.helpers.desk import add_person, desk_settings, open_window
from tests.helpers.look import desk_look
from tests.helpers.qt import type_text
from ui.dialogs.calendar_override_dialog import CalendarOverrideDialog
from ui.models.calendar_days import CalendarDaysModel, special_days
from ui.panes.base import PaneContext
from ui.panes.calendar_pane import CalendarPane
from ui.tasks import TaskRunner
from workstation.clock import FakeClock
from workstation.production_calendar import CalendarOverride, ProductionCalendar
from workstation.roles import Principal
from workstation.services import Services

MSK = ZoneInfo("Europe/Moscow")
SATURDAY = date(2026, 10, 31)


@pytest.fixture
def admin(services: Services) -> Principal:
    return add_person(services, "admin")


@pytest.fixture
def pane(qtbot: QtBot, runner: TaskRunner, services: Services, admin: Principal) -> CalendarPane:
    calendar = CalendarPane(PaneContext(services, admin, runner, MSK))
    qtbot.addWidget(calendar)
    calendar.resize(900, 600)
    calendar.show()
    qtbot.waitUntil(lambda: calendar.model.rowCount() > 0)
    return calendar


def texts(pane: CalendarPane, day: date) -> list[str]:
    row = pane.model.row_of(day)
    assert row >= 0, day
    return [pane.model.index(row, column).data() for column in range(pane.model.columnCount())]


def wait_idle(qtbot: QtBot, pane: CalendarPane) -> None:
    qtbot.waitUntil(lambda: not pane.context.runner.busy)


def open_dialog(qtbot: QtBot, pane: CalendarPane, *, working: bool) -> CalendarOverrideDialog:
    (pane.working_action if working else pane.day_off_action).trigger()
    dialog = pane.dialog
    assert isinstance(dialog, CalendarOverrideDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = CalendarDaysModel()
    calendar = ProductionCalendar([CalendarOverride(SATURDAY, True, "Постановление № 1")])
    model.set_days(special_days(calendar, 2026))
    assert model.rowCount() > 10
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_year_of_the_clock_is_listed_with_its_holidays(pane: CalendarPane) -> None:
    assert pane.year() == 2026  # the clock: Monday 2 March 2026
    assert texts(pane, date(2026, 1, 1)) == ["01.01.2026", "четверг", "Day off",
                                             "Новогодние каникулы", "Library"]
    assert texts(pane, date(2026, 3, 9))[3] == "Международный женский день (выходной)"
    assert texts(pane, date(2026, 1, 9))[3] == "transfer from 03.01.2026"
    kind = pane.model.index(pane.model.row_of(date(2026, 1, 1)), CalendarDaysModel.KIND)
    assert kind.data(Qt.ItemDataRole.DecorationRole) is not None  # words and an icon
    assert pane.model.row_of(date(2026, 3, 10)) < 0  # an ordinary Tuesday is not listed
    assert pane.model.row_of(SATURDAY) < 0
    assert not pane.remove_action.isEnabled()


def test_another_year(qtbot: QtBot, pane: CalendarPane) -> None:
    pane.year_spin.setValue(2025)
    qtbot.waitUntil(lambda: pane.model.row_of(date(2025, 11, 1)) >= 0)
    assert texts(pane, date(2025, 11, 1))[2:] == ["Working day", "transfer", "Library"]


def test_a_working_saturday_set_through_the_dialog(
    qtbot: QtBot, pane: CalendarPane, services: Services, clock: FakeClock
) -> None:
    # Voicemail on Thursday 29.10.2026: five working days by phone (SLA-9) span Saturday 31.10.
    clock.set(datetime(2026, 10, 29, 10, 0, tzinfo=MSK))
    add_appeal(services.database, "2026-000101", clock.now(), channel="voicemail",
               register=services.deadlines.registry)
    with desk_look():
        dialog = open_dialog(qtbot, pane, working=True)
        assert dialog.working_button.isChecked()
        dialog.date_edit.setDate(QDate(2026, 10, 31))
        assert "выходной" in dialog.now_label.text()
        type_text(dialog.note_edit, "Постановление Правительства № 1234")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: pane.dialog is None)
        wait_idle(qtbot, pane)
        assert services.calendar.overrides() == [
            CalendarOverride(SATURDAY, True, "Постановление Правительства № 1234")]
        message = pane.message_label.text()
        assert message.startswith("31.10.2026 — теперь рабочий день"), message
        assert "Пересчитан 1 открытый срок" in message, message
    assert texts(pane, SATURDAY) == ["31.10.2026", "суббота", "Working day",
                                     "Постановление Правительства № 1234", "Override"]
    selected = pane.selected()
    assert selected is not None and selected.day == SATURDAY
    assert pane.remove_action.isEnabled()


def test_an_empty_note_keeps_the_dialog_open_with_the_services_message(
    qtbot: QtBot, pane: CalendarPane, services: Services
) -> None:
    pane.select(date(2026, 1, 9))
    dialog = open_dialog(qtbot, pane, working=True)
    assert dialog.day() == date(2026, 1, 9)  # preselected from the row
    dialog.date_edit.setDate(QDate(2026, 11, 7))
    dialog.day_off_button.setChecked(True)
    type_text(dialog.note_edit, "   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "основание" in dialog.message_label.text())
    assert pane.dialog is dialog and dialog.isVisible()
    assert dialog.day() == date(2026, 11, 7) and not dialog.working()
    assert dialog.save_button.isEnabled()
    assert services.calendar.overrides() == []
    type_text(dialog.note_edit, "Указ № 5")  # and now it is accepted
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.dialog is None)
    assert services.calendar.overrides() == [CalendarOverride(date(2026, 11, 7), False,
                                                              "Указ № 5")]


def test_removing_an_override(
    qtbot: QtBot, pane: CalendarPane, services: Services, admin: Principal
) -> None:
    services.calendar.set_override(admin, SATURDAY, True, "Постановление № 1")
    pane.refresh_action.trigger()
    qtbot.waitUntil(lambda: pane.model.row_of(SATURDAY) >= 0)
    pane.select(SATURDAY)
    assert pane.remove_action.isEnabled()
    pane.remove_action.trigger()
    qtbot.waitUntil(lambda: pane.model.row_of(SATURDAY) < 0)
    wait_idle(qtbot, pane)
    assert services.calendar.overrides() == []
    assert pane.message_label.text().startswith("31.10.2026 is now: выходной.")
    assert "0 open deadline(s) recomputed" in pane.message_label.text()
    assert not pane.remove_action.isEnabled()


def test_a_refusal_from_the_service_is_shown(
    qtbot: QtBot, pane: CalendarPane, services: Services, admin: Principal
) -> None:
    services.calendar.set_override(admin, SATURDAY, True, "Постановление № 1")
    pane.load()
    qtbot.waitUntil(lambda: pane.model.row_of(SATURDAY) >= 0)
    pane.select(SATURDAY)
    services.calendar.remove_override(admin, SATURDAY)  # another desk was quicker
    pane.remove_action.trigger()
    qtbot.waitUntil(lambda: "Поправки на 31.10.2026 нет" in pane.message_label.text())
    qtbot.waitUntil(lambda: pane.model.row_of(SATURDAY) < 0)  # the list is fetched again


def test_an_admin_gets_the_pane_beside_the_audit_log_and_an_operator_does_not(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path, admin: Principal
) -> None:
    window = open_window(qtbot, services, admin, runner, desk_settings(tmp_path))
    pane = window.panes[CalendarPane.OBJECT_NAME]
    assert pane in window.tabifiedDockWidgets(window.panes["audit-pane"])
    assert pane.toggleViewAction().shortcut().toString() == "Ctrl+Shift+Y"
    window.close()
    operator = open_window(qtbot, services, add_person(services, "operator"), runner,
                           desk_settings(tmp_path))
    assert CalendarPane.OBJECT_NAME not in operator.panes
    supervisor = open_window(qtbot, services, add_person(services, "supervisor"), runner,
                             desk_settings(tmp_path))
    assert CalendarPane.OBJECT_NAME not in supervisor.panes

