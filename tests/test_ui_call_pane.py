"""The call panel through pytest-qt: opened by the desk's pick-up, the script strip (TEL-1,
TEL-6), phases with one key each timed by the fake clock and driving the countdown (SLA-1…SLA-5),
TEL-3's callback prompt, notes as an insertion target, the draft kept when the panel is closed
early, and the wrap-up registering the appeal (CH-2: E after a specialist)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.deadlines import add_user
from tests.helpers.qt import type_text
from tests.helpers.timers import FakeTimer
from ui.insertion import InsertionTargets
from ui.panes.base import PaneContext
from ui.panes.call_pane import CallPane
from ui.tasks import TaskRunner
from workstation.appeals import AppealStatus, Category
from workstation.call_phases import CallOutcome, CallPhase
from workstation.clock import FakeClock
from workstation.roles import Principal
from workstation.services import Services

SAKHALIN = ZoneInfo("Asia/Sakhalin")



@pytest.fixture
def operator(services: Services) -> Principal:
    return add_user(services, "operator")


class Countdown:
    """Stands for issue 7's SLA pane: records what the panel asks it to count down."""

    def __init__(self) -> None:
        self.phases: list[tuple[str, Any]] = []
        self.ended = 0

    def start_phase(self, rule: str, started_at: Any) -> None:
        self.phases.append((rule, started_at))

    def end_phase(self) -> None:
        self.ended += 1


class Panel:
    def __init__(self, qtbot: QtBot, services: Services, operator: Principal,
                 runner: TaskRunner) -> None:
        self.qtbot, self.services, self.runner = qtbot, services, runner
        self.ticks, self.saves = FakeTimer(), FakeTimer()
        self.targets = InsertionTargets()
        self.countdown = Countdown()
        self.pane = CallPane(PaneContext(services, operator, runner, SAKHALIN),
                             tick_timer=self.ticks, save_timer=self.saves, targets=self.targets)
        self.pane.sla_pane = self.countdown
        self.pane.phase_started.connect(self.pane._drive_countdown)
        self.pane.phase_ended.connect(self.pane._end_countdown)
        qtbot.addWidget(self.pane)
        self.pane.resize(620, 900)
        self.pane.show()
        self.settle()

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.busy)

    def take(self, operator: Principal) -> None:
        offered = self.services.calls.offer(operator, "+7 914 123-45-67", operator.login)
        self.pane.take_call(offered)
        self.qtbot.waitUntil(lambda: self.pane.call is not None)
        self.settle()

    def key(self, phase: CallPhase) -> None:
        self.pane.phase_actions[phase].trigger()
        self.qtbot.waitUntil(lambda: self.pane.call is not None
                             and self.pane.call.phase is phase)
        self.settle()


@pytest.fixture
def panel(qtbot: QtBot, services: Services, operator: Principal,
          runner: TaskRunner) -> Panel:
    return Panel(qtbot, services, operator, runner)


def test_TEL_1_TEL_6_the_script_strip_greets_with_the_recording_warning(panel: Panel) -> None:
    greeting = panel.pane.script_strip.greeting_label.text()
    assert greeting.startswith("Здравствуйте!") and "Мария Иванова" in greeting
    assert "разговор записывается" in greeting  # TEL-6
    assert "Благодарю" in panel.pane.script_strip.closing_label.text()  # TEL-1


def test_SLA_phases_one_key_each_timed_and_counted_down(
        panel: Panel, operator: Principal, clock: FakeClock) -> None:
    pane = panel.pane
    assert not pane.phase_actions[CallPhase.LOOKUP].isEnabled()  # no call yet
    panel.take(operator)
    assert pane.caller_label.text() == "+7 914 123-45-67"
    assert pane.phase_bar.buttons[CallPhase.LOOKUP].isChecked()
    assert [rule for rule, _ in panel.countdown.phases] == ["SLA-2"]
    keys = {phase: action.shortcut().toString() for phase, action in pane.phase_actions.items()}
    assert keys == {CallPhase.WAITING: "Ctrl+1", CallPhase.LOOKUP: "Ctrl+2",
                    CallPhase.INFORMING: "Ctrl+3", CallPhase.WRAP_UP: "Ctrl+4",
                    CallPhase.SPECIALIST: "Ctrl+5"}
    clock.advance(20)
    panel.ticks.fire()
    assert "0:20" in pane.phase_bar.phase_label.text()
    panel.key(CallPhase.INFORMING)
    clock.advance(30)
    pane.form.transfer_radio.setChecked(True)
    panel.key(CallPhase.SPECIALIST)
    clock.advance(15)
    panel.key(CallPhase.WRAP_UP)
    assert [rule for rule, _ in panel.countdown.phases] == ["SLA-2", "SLA-3", "SLA-5", "SLA-4"]
    call = pane.call
    assert call is not None and call.consulted
    lengths = [(s.ended_at - s.started_at).total_seconds() for s in call.spans if s.ended_at]
    assert lengths[1:] == [20, 30, 15]

    pane.form.outcome_combo.setCurrentIndex(
        pane.form.outcome_combo.findData(CallOutcome.TRANSFERRED.value))
    with panel.qtbot.waitSignal(pane.appeal_registered, timeout=10_000) as registered:
        pane.finish_action.trigger()
    panel.settle()
    appeal = panel.services.appeals.view(operator, registered.args[0])
    assert (appeal.category, appeal.status) == (Category.E, AppealStatus.REGISTERED)  # CH-2
    assert panel.countdown.ended == 1
    assert pane.call is None and "registered" in pane.message_label.text()
    assert not pane.phase_actions[CallPhase.INFORMING].isEnabled()


def test_TEL_3_after_two_minutes_of_preparing_the_panel_asks_for_a_callback(
        panel: Panel, operator: Principal, clock: FakeClock) -> None:
    panel.take(operator)
    panel.key(CallPhase.INFORMING)
    clock.advance(119)
    panel.ticks.fire()
    assert panel.pane.tel3_label.isHidden()
    clock.advance(2)
    panel.ticks.fire()
    assert panel.pane.tel3_label.isVisible() and "TEL-3" in panel.pane.tel3_label.text()
    form = panel.pane.form
    form.callback_check.setChecked(True)
    form.set_callback(clock.now() + timedelta(hours=2))
    panel.ticks.fire()
    assert panel.pane.tel3_label.isHidden()
    form.outcome_combo.setCurrentIndex(form.outcome_combo.findData(CallOutcome.CALLBACK.value))
    with panel.qtbot.waitSignal(panel.pane.appeal_registered, timeout=10_000) as registered:
        panel.pane.finish_action.trigger()
    panel.settle()
    appeal = panel.services.appeals.view(operator, registered.args[0])
    assert appeal.details["outcome"] == "callback" and appeal.details["callback_at"]


def test_notes_take_answers_from_the_library(panel: Panel, operator: Principal) -> None:
    panel.take(operator)
    target = next(t for t in panel.targets.targets() if t.name == "call-notes")
    assert target.widget is panel.pane.form.notes_edit
    panel.pane.form.notes_edit.setFocus()
    assert panel.targets.insert("Показания передаются до 25 числа.") is not None
    assert "до 25 числа" in panel.pane.form.notes_edit.toPlainText()


def test_closing_the_panel_early_keeps_the_draft_and_reopening_restores_it(
        qtbot: QtBot, panel: Panel, operator: Principal, services: Services,
        runner: TaskRunner) -> None:
    panel.take(operator)
    type_text(panel.pane.form.notes_edit, "Просит перерасчёт за февраль")
    assert panel.pane.saver.pending  # not saved yet: the pause has not run out
    panel.pane.close()  # closed early, before the pause: saved at once
    panel.settle()
    [draft] = services.call_desk.open_calls(operator)
    assert draft.draft.notes == "Просит перерасчёт за февраль"

    again = Panel(qtbot, services, operator, runner)  # e.g. the next login
    again.pane.load()
    again.settle()
    assert again.pane.call is not None and again.pane.call.id == draft.id
    assert again.pane.form.notes_edit.toPlainText() == "Просит перерасчёт за февраль"
    assert "restored" in again.pane.message_label.text()


def test_typing_is_saved_after_a_pause_one_save_at_a_time(
        panel: Panel, operator: Principal, services: Services) -> None:
    panel.take(operator)
    type_text(panel.pane.form.notes_edit, "Первое")
    panel.saves.fire()
    type_text(panel.pane.form.notes_edit, " и второе")  # while the first save may run
    panel.saves.fire()
    panel.settle()
    panel.saves.fire()
    panel.settle()
    [call] = services.call_desk.open_calls(operator)
    assert call.draft.notes == "Первое и второе"
