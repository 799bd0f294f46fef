"""The lookup pane and the customer card (pytest-qt): results as you type, stale queries
interrupted, the identification gate on screen, calls, new customers (SLA-2, TEL-5, DB-1)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.helpers.customers import EVERYONE, IVANOV, SIVANOV, add_customers
from tests.helpers.desk import add_person
from tests.helpers.qt import type_text
from tests.helpers.slow_query import SlowStatement
from tests.helpers.timers import FakeTimer
from ui.highlight_delegate import SPANS_ROLE, runs
from ui.models.card_tables import MASK, CardTableModel, TableRow
from ui.models.lookup_results import CUSTOMER_ROLE, LookupResultsModel, LookupResultsProxy
from ui.panes.base import PaneContext
from ui.panes.customer_card import CustomerCardPane
from ui.panes.lookup_pane import LookupPane
from ui.tasks import TaskRunner
from workstation.identification import IdentificationMethod
from workstation.lookup_sql import LookupQueries
from workstation.roles import Principal
from workstation.services import Services


@pytest.fixture
def runner(qtbot: QtBot, services: Services) -> Iterator[TaskRunner]:
    unexpected: list[BaseException] = []
    task_runner = TaskRunner(on_unexpected=unexpected.append)
    yield task_runner
    assert task_runner.wait_for_done(10_000)
    assert unexpected == []


@pytest.fixture
def operator(services: Services) -> Principal:
    return add_person(services, "operator")


class Desk:
    def __init__(self, window: QMainWindow, lookup: LookupPane, card: CustomerCardPane,
                 timer: FakeTimer) -> None:
        self.window, self.lookup, self.card, self.timer = window, lookup, card, timer


@pytest.fixture
def desk(qtbot: QtBot, services: Services, operator: Principal, runner: TaskRunner) -> Desk:
    add_customers(services.database, *EVERYONE)
    window = QMainWindow()
    qtbot.addWidget(window)
    context = PaneContext(services, operator, runner, UTC)
    timer = FakeTimer()
    lookup = LookupPane(context, window, call_timer=timer)
    card = CustomerCardPane(context, window)
    window.addDockWidget(lookup.AREA, lookup)
    window.addDockWidget(card.AREA, card)
    lookup.connect_panes({lookup.OBJECT_NAME: lookup, card.OBJECT_NAME: card})
    window.resize(1400, 800)
    window.show()
    qtbot.waitUntil(lambda: not runner.busy)
    return Desk(window, lookup, card, timer)


def shown_names(pane: LookupPane) -> list[str]:
    return [pane.proxy.index(row, 0).data() for row in range(pane.proxy.rowCount())]


# -- models ----------------------------------------------------------------------------------
def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester,
                                      services: Services, operator: Principal) -> None:
    add_customers(services.database, *EVERYONE)
    model = LookupResultsModel()
    model.set_matches(services.lookup.search(operator, "Иванов").matches)
    qtmodeltester.check(model)
    proxy = LookupResultsProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    table = CardTableModel(["A", "B"])
    table.set_rows([TableRow(("1", "2"), masked=frozenset({1})), TableRow(("3", "4"))])
    qtmodeltester.check(table)
    assert table.index(0, 1).data() == MASK


def test_the_model_gives_spans_for_highlighting(qtbot: QtBot, services: Services,
                                                operator: Principal) -> None:
    add_customers(services.database, *EVERYONE)
    model = LookupResultsModel()
    model.set_matches(services.lookup.search(operator, "Семенов").matches)
    index = model.index(0, LookupResultsModel.NAME)
    assert index.data() == "Семёнов Пётр Алексеевич"
    assert index.data(SPANS_ROLE) == ((0, 7),)
    assert runs(index.data(), index.data(SPANS_ROLE)) == [("Семёнов", True),
                                                          (" Пётр Алексеевич", False)]
    assert model.index(0, 0).data(CUSTOMER_ROLE) is not None


# -- searching -------------------------------------------------------------------------------
def test_results_follow_the_keystrokes_sla_2(qtbot: QtBot, desk: Desk) -> None:
    pane = desk.lookup
    pane.focus_search()
    type_text(pane.search_edit, "ивано")
    qtbot.waitUntil(lambda: shown_names(pane)[:2] == [IVANOV.name, "Иванова Мария Петровна"])
    type_text(pane.search_edit, "в и")  # "Иванов И": Иванова Мария Петровна has no И-word
    qtbot.waitUntil(lambda: shown_names(pane) == [IVANOV.name, SIVANOV.name])
    assert "2" in pane.status_label.text()
    pane.search_edit.clear()
    qtbot.waitUntil(lambda: pane.proxy.rowCount() == 0)


def test_f3_focuses_the_search_field_from_anywhere(qtbot: QtBot, desk: Desk) -> None:
    desk.card.tabs.setFocus()
    desk.window.activateWindow()
    desk.lookup.find_action.trigger()
    assert desk.lookup.search_edit.hasFocus() or desk.lookup.search_edit.isVisible()
    assert desk.lookup.find_action.shortcut().toString() == "F3"


def test_a_newer_keystroke_interrupts_the_older_query_in_the_database_sla_2(
        qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch, services: Services) -> None:
    slow = SlowStatement()
    real_probe = LookupQueries.probe

    def probe(self: LookupQueries, session: Any, *args: Any, **kwargs: Any) -> Any:
        if slow.runs == 0:
            slow.run(session)  # the first search is stuck in the database until interrupted
        return real_probe(self, session, *args, **kwargs)

    monkeypatch.setattr(LookupQueries, "probe", probe)
    pane = desk.lookup
    type_text(pane.search_edit, "ива")
    older = pane.searching
    assert older is not None
    slow.wait_until_running(services.database)
    type_text(pane.search_edit, "нов")  # the next keystrokes, while the first query runs
    qtbot.waitUntil(lambda: shown_names(pane)[:1] == [IVANOV.name], timeout=15_000)
    assert older.guard.cancelled
    qtbot.waitUntil(lambda: older.guard.interrupted_in_database, timeout=15_000)
    assert pane.search_edit.isEnabled()  # the GUI never waited


# -- the card and the gate -------------------------------------------------------------------
def open_ivanov(qtbot: QtBot, desk: Desk) -> None:
    type_text(desk.lookup.search_edit, "6500123456")
    qtbot.waitUntil(lambda: shown_names(desk.lookup) == [IVANOV.name])
    qtbot.keyClick(desk.lookup.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.card.card is not None and desk.card.card.name == IVANOV.name)


def test_enter_opens_the_card_with_confidential_fields_masked_tel_5(qtbot: QtBot,
                                                                    desk: Desk) -> None:
    open_ivanov(qtbot, desk)
    accounts = desk.card.accounts_model
    assert accounts.index(0, 0).data() == "6500123456"
    assert accounts.index(0, 3).data() == MASK and accounts.index(0, 4).data() == MASK
    assert desk.card.readings_model.index(0, 1).data() == MASK
    assert "TEL-5" in desk.card.identify_label.text()


def test_identifying_the_caller_unmasks_the_balance_tel_5(qtbot: QtBot, desk: Desk) -> None:
    open_ivanov(qtbot, desk)
    desk.card.identify()
    dialog = desk.card.dialog
    assert dialog is not None
    type_text(dialog.named_edit, "6500123456")  # type: ignore[attr-defined]
    dialog.save_button.click()
    qtbot.waitUntil(lambda: desk.card.secrets is not None)
    assert desk.card.accounts_model.index(0, 3).data().startswith("-1")
    assert desk.card.accounts_model.index(0, 4).data() == "3"
    assert desk.card.payments_model.rowCount() == 1
    assert "1" in desk.card.debt_label.text()


def test_a_wrong_account_number_is_refused_in_the_dialog(qtbot: QtBot, desk: Desk) -> None:
    open_ivanov(qtbot, desk)
    desk.card.identify()
    dialog = desk.card.dialog
    assert dialog is not None
    type_text(dialog.named_edit, "6500000000")  # type: ignore[attr-defined]
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "не совпадает" in dialog.message_label.text())
    assert desk.card.secrets is None


def test_a_refusal_keeps_the_data_masked(qtbot: QtBot, desk: Desk) -> None:
    open_ivanov(qtbot, desk)
    desk.card.identify()
    dialog = desk.card.dialog
    assert dialog is not None
    dialog.buttons[IdentificationMethod.REFUSED].setChecked(True)  # type: ignore[attr-defined]
    dialog.save_button.click()
    qtbot.waitUntil(lambda: desk.card.dialog is None)
    assert desk.card.accounts_model.index(0, 3).data() == MASK


def test_the_note_field_receives_answers_from_the_library(qtbot: QtBot, desk: Desk) -> None:
    from ui.insertion import insertion_targets

    open_ivanov(qtbot, desk)
    desk.card.note_edit.setFocus()
    qtbot.waitUntil(desk.card.note_edit.hasFocus)
    target = insertion_targets().insert("Показания принимаются до 25 числа.")
    assert target is not None and target.name == "customer-notes"
    assert "25 числа" in desk.card.note_edit.toPlainText()


# -- calls and new customers -----------------------------------------------------------------
def test_an_incoming_call_pops_the_callers_card(qtbot: QtBot, desk: Desk, services: Services,
                                                operator: Principal) -> None:
    services.calls.offer(operator, "+79141234567", operator.login)
    desk.timer.fire()
    qtbot.waitUntil(lambda: desk.card.card is not None and desk.card.card.name == IVANOV.name)
    assert desk.lookup.search_edit.text() == "+7 914 123-45-67"
    assert "+7 914 123-45-67" in desk.lookup.call_label.text()
    assert desk.card.call_id is not None
    qtbot.waitUntil(lambda: services.calls.ringing(operator) == [])  # answered


def test_a_call_from_an_unknown_number_opens_the_new_customer_form(
        qtbot: QtBot, desk: Desk, services: Services, operator: Principal) -> None:
    services.calls.offer(operator, "+7 924 555-00-11", operator.login)
    desk.timer.fire()
    qtbot.waitUntil(lambda: desk.lookup.dialog is not None)
    dialog = desk.lookup.dialog
    assert dialog is not None
    assert dialog.phone_edit.text() == "+7 924 555-00-11"
    type_text(dialog.last_edit, "Новикова")
    type_text(dialog.first_edit, "Ольга")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: desk.card.card is not None
                    and desk.card.card.name == "Новикова Ольга")


def test_a_call_waits_while_the_desk_is_locked(qtbot: QtBot, desk: Desk, services: Services,
                                               operator: Principal) -> None:
    desk.lookup.setEnabled(False)  # what the desk lock does to everything under its cover
    services.calls.offer(operator, "+79141234567", operator.login)
    desk.timer.fire()
    qtbot.waitUntil(lambda: desk.lookup._waiting_call is not None)
    assert desk.card.card is None
    desk.lookup.setEnabled(True)
    qtbot.waitUntil(lambda: desk.card.card is not None)


def test_new_customer_warns_about_a_duplicate_then_saves_anyway(qtbot: QtBot,
                                                                desk: Desk) -> None:
    desk.lookup.new_customer()
    qtbot.waitUntil(lambda: desk.lookup.dialog is not None)
    dialog = desk.lookup.dialog
    assert dialog is not None
    type_text(dialog.last_edit, "Иванов")
    type_text(dialog.first_edit, "Иван")
    type_text(dialog.phone_edit, "8 914 123 45 67")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.allow_duplicates)
    assert IVANOV.name in dialog.message_label.text()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: desk.card.card is not None and desk.card.card.name == "Иванов Иван")


def test_the_form_refuses_a_bad_phone_before_sending(qtbot: QtBot, desk: Desk) -> None:
    desk.lookup.new_customer()
    qtbot.waitUntil(lambda: desk.lookup.dialog is not None)
    dialog = desk.lookup.dialog
    assert dialog is not None
    type_text(dialog.last_edit, "Орлов")
    type_text(dialog.first_edit, "Олег")
    type_text(dialog.phone_edit, "12")
    dialog.save_button.click()
    assert dialog.message_label.isVisible() and dialog.save_button.isEnabled()
