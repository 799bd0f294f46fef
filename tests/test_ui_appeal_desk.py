"""The call panel, the editor and the queues wired into the desk with issue 4's lookup and card
and issue 7's SLA pane: a call announced by the telephony opens the panel with the caller's
card, the phase keys work from anywhere in the window and drive the countdown, a locked desk
ignores them, and the appeal registered at wrap-up appears in the queue and opens in the
editor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from tests.helpers.appeals import FILES, complete_draft
from tests.helpers.customers import IVANOV, add_customers
from tests.helpers.desk import add_person, desk_settings, open_window
from tests.helpers.qt import type_text
from tests.helpers.timers import FakeTimer
from ui.models.deadlines_table import DeadlinesTableModel
from ui.panes.appeal_editor_pane import AppealEditorPane
from ui.panes.base import DeskPane, PaneContext
from ui.panes.call_pane import CallPane
from ui.panes.customer_card import CustomerCardPane
from ui.panes.lookup_pane import LookupPane
from ui.panes.sla_pane import SlaPane
from ui.panes.work_queues_pane import WorkQueuesPane
from ui.tasks import TaskRunner
from workstation.appeals import Category, Channel
from workstation.call_phases import CallOutcome, CallPhase
from workstation.clock import FakeClock
from workstation.roles import Principal
from workstation.services import Services


@pytest.fixture
def runner(qtbot: QtBot, services: Services) -> Iterator[TaskRunner]:
    unexpected: list[BaseException] = []
    task_runner = TaskRunner(on_unexpected=unexpected.append)
    yield task_runner
    assert task_runner.wait_for_done(10_000)
    assert unexpected == []


class Desk:
    def __init__(self, qtbot: QtBot, services: Services, who: Principal,
                 runner: TaskRunner) -> None:
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        context = PaneContext(services, who, runner, UTC)
        self.call_timer = FakeTimer()
        self.lookup = LookupPane(context, self.window, call_timer=self.call_timer)
        self.card = CustomerCardPane(context, self.window)
        self.sla = SlaPane(context, self.window, tick_timer=FakeTimer(),
                           check_timer=FakeTimer())
        self.calls = CallPane(context, self.window, tick_timer=FakeTimer(),
                              save_timer=FakeTimer())
        self.editor = AppealEditorPane(context, self.window)
        self.queues = WorkQueuesPane(context, self.window)
        panes: dict[str, DeskPane] = {pane.OBJECT_NAME: pane for pane in (
            self.lookup, self.card, self.sla, self.calls, self.editor, self.queues)}
        for pane in panes.values():
            self.window.addDockWidget(pane.AREA, pane)
        for pane in panes.values():
            pane.connect_panes(panes)
        self.window.resize(1500, 1000)
        self.window.show()
        qtbot.waitUntil(lambda: not runner.busy)


def test_a_call_from_pick_up_to_the_queue_and_the_editor(
        qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock) -> None:
    operator = add_person(services, "operator")
    [ivanov] = add_customers(services.database, IVANOV)
    desk = Desk(qtbot, services, operator, runner)
    qtbot.waitUntil(lambda: desk.sla.countdown.phase._rules is not None)

    services.calls.offer(operator, "+79141234567", operator.login)
    clock.advance(10)
    desk.call_timer.fire()  # the desk polls its call source
    qtbot.waitUntil(lambda: desk.calls.call is not None and not runner.busy)
    call = desk.calls.call
    assert call is not None and call.draft.customer_id == ivanov
    assert desk.card.card is not None and desk.card.card.id == ivanov  # issue 4's pop-up
    assert desk.sla.countdown.phase.rule is not None
    assert desk.sla.countdown.phase.rule.code == "SLA-2"

    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow)
    desk.lookup.focus_search()  # typing in the lookup, the phase key still works
    qtbot.keyClick(desk.lookup.search_edit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.calls.call is not None
                    and desk.calls.call.phase is CallPhase.INFORMING and not runner.busy)
    assert desk.sla.countdown.phase.rule is not None
    assert desk.sla.countdown.phase.rule.code == "SLA-3"

    desk.calls.form.notes_edit.setPlainText("Когда придёт счёт за март?")
    desk.calls.form.outcome_combo.setCurrentIndex(
        desk.calls.form.outcome_combo.findData(CallOutcome.FOLLOW_UP.value))
    with qtbot.waitSignal(desk.calls.appeal_registered, timeout=10_000) as registered:
        desk.calls.finish_action.trigger()
    qtbot.waitUntil(lambda: not runner.busy and desk.queues.model.rowCount() == 1)
    assert not desk.sla.countdown.phase.active  # the call is over
    row = desk.queues.model.row_at(0)
    assert row is not None and row.id == registered.args[0]
    assert (row.channel, row.category, row.who) == (Channel.CALL, Category.D,
                                                     "Иванов Иван Иванович")
    desk.queues.table.selectRow(0)
    desk.queues.open_action.trigger()
    qtbot.waitUntil(lambda: desk.editor.view is not None and not runner.busy)
    assert desk.editor.view is not None and desk.editor.view.id == row.id
    assert desk.editor.form.body_edit.toPlainText() == "Когда придёт счёт за март?"


def test_a_locked_desk_ignores_the_phase_keys(
        qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    operator = add_person(services, "operator")
    desk = Desk(qtbot, services, operator, runner)
    desk.calls.new_call()
    qtbot.waitUntil(lambda: desk.calls.call is not None and not runner.busy)
    assert desk.calls.phase_actions[CallPhase.LOOKUP].isEnabled()
    assert desk.calls.phase_actions[CallPhase.WAITING].isEnabled()  # still ringing
    desk.calls.setEnabled(False)  # what the desk lock does to every pane
    assert not desk.calls.phase_actions[CallPhase.LOOKUP].isEnabled()
    desk.calls.setEnabled(True)
    assert desk.calls.phase_actions[CallPhase.LOOKUP].isEnabled()


@pytest.mark.parametrize(("role", "has"), [("operator", True), ("signer", False)])
def test_the_shell_gives_the_panes_to_those_who_work_on_appeals(
        qtbot: QtBot, services: Services, runner: TaskRunner, tmp_path: Path,
        role: str, has: bool) -> None:
    window = open_window(qtbot, services, add_person(services, role), runner,
                         desk_settings(tmp_path))
    for name in ("call-pane", "appeal-editor-pane", "work-queues-pane"):
        assert (name in window.panes) is has, name
    window.close()


def click_deadline_of(qtbot: QtBot, desk: Desk, number: str) -> None:
    countdown = desk.sla.countdown
    model = countdown.model
    qtbot.waitUntil(lambda: any(number in model.data(model.index(r, model.ITEM))
                                for r in range(model.rowCount())))
    row = next(r for r in range(model.rowCount())
               if number in model.data(model.index(r, model.ITEM)))
    rect = countdown.table.visualRect(model.index(row, DeadlinesTableModel.ITEM))
    qtbot.mouseClick(countdown.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer_leave_box(desk: Desk, button: str) -> None:
    box = desk.editor.leave_box
    assert box is not None and box.isVisible()
    [chosen] = [b for b in box.buttons() if b.text().replace("&", "") == button]
    chosen.click()


def test_a_deadline_clicked_in_the_countdown_opens_its_appeal_and_nothing_typed_is_lost(
        qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    operator = add_person(services, "operator")
    first = services.appeals.register(operator, complete_draft(Channel.POST),
                                      FILES[Channel.POST])
    second = services.appeals.register(operator, complete_draft(Channel.POST),
                                       FILES[Channel.POST])
    desk = Desk(qtbot, services, operator, runner)
    editor = desk.editor

    # Nothing typed: the click opens the appeal at once.
    click_deadline_of(qtbot, desk, first.journal_number)
    qtbot.waitUntil(lambda: editor.view is not None and not runner.busy)
    assert editor.view is not None and editor.view.id == first.id
    assert editor.leave_box is None

    # Typed but not saved: the click asks; "stay" keeps the text and the appeal.
    editor.form.body_edit.clear()
    type_text(editor.form.body_edit, "Дополнение от клиента")
    click_deadline_of(qtbot, desk, second.journal_number)
    answer_leave_box(desk, "Stay here")
    assert editor.view.id == first.id
    assert editor.form.body_edit.toPlainText() == "Дополнение от клиента"

    # "Save and continue": the text is saved to the first appeal, then the second opens.
    click_deadline_of(qtbot, desk, second.journal_number)
    answer_leave_box(desk, "Save and continue")
    qtbot.waitUntil(lambda: editor.view is not None and editor.view.id == second.id
                    and not runner.busy)
    assert services.appeals.view(operator, first.id).body == "Дополнение от клиента"
    assert editor.form.body_edit.toPlainText() == second.body

    # "Discard": the change is dropped knowingly, the other appeal opens.
    type_text(editor.form.body_edit, " лишнее")
    click_deadline_of(qtbot, desk, first.journal_number)
    answer_leave_box(desk, "Discard the changes")
    qtbot.waitUntil(lambda: editor.view is not None and editor.view.id == first.id
                    and not runner.busy)
    assert services.appeals.view(operator, second.id).body == second.body


def test_a_refused_save_before_leaving_stays_on_the_appeal_with_the_reason(
        qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    operator = add_person(services, "operator")
    registered = services.appeals.register(operator, complete_draft(Channel.POST),
                                           FILES[Channel.POST])
    desk = Desk(qtbot, services, operator, runner)
    form = desk.editor.form
    form.channel_combo.setCurrentIndex(form.channel_combo.findData(Channel.EMAIL))
    assert not desk.editor.has_edits()  # choosing the channel of a new appeal is no edit
    type_text(form.body_edit, "Письмо без адреса отправителя")
    click_deadline_of(qtbot, desk, registered.journal_number)
    answer_leave_box(desk, "Save and continue")
    qtbot.waitUntil(lambda: not runner.busy and "Saving" not in form.message_label.text())
    assert desk.editor.view is None  # the new appeal is still on screen, with the reason
    assert form.body_edit.toPlainText() == "Письмо без адреса отправителя"
    assert form.message_label.text()
    # The refused save does not open the other appeal later by itself.
    QApplication.processEvents()
    assert not runner.busy and desk.editor.view is None
