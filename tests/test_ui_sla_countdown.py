"""The SLA countdown widget: call phases in seconds (SLA-1…SLA-5), written work in days, states
by colour and words, urgent (CMP-2) and overdue on top, ticks from a fake timer, reloads only
when the deadlines changed, a click opens the appeal."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from tests.helpers.deadlines import add_appeal, add_user, default_rule_book
from tests.helpers.look import desk_look
from tests.helpers.passwords import use_cheap_password_hashing
from tests.helpers.timers import FakeTimer
from ui import palette
from ui.call_phase_clock import CallPhaseClock
from ui.models.deadlines_table import STATE_ROLE, DeadlinesTableModel
from ui.panes.base import PaneContext
from ui.panes.sla_pane import SlaPane
from ui.sla_countdown import SlaCountdown
from ui.tasks import TaskRunner
from workstation.appeal_deadlines import appeal_status_changed
from workstation.appeal_fields import Line
from workstation.appeals import AppealStatus
from workstation.call_desk import CallDraft
from workstation.call_phases import CallOutcome
from workstation.clock import FakeClock
from workstation.deadline_math import DeadlineState
from workstation.deadline_service import DeadlineView
from workstation.roles import Principal
from workstation.services import Services

MSK = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # the clock fixture: Monday 12:00 in Moscow



def view(title: str, due_in: timedelta, *, urgent: bool = False, paused: bool = False,
         due_soon: timedelta = timedelta(days=2), rule: str = "SLA-7") -> DeadlineView:
    return DeadlineView(uuid.uuid4(), 1, "appeal", uuid.uuid4(), title, rule, "",
                        "Письменное: рассмотрение и ответ", "paused" if paused else "running",
                        urgent, NOW - timedelta(days=5), NOW + due_in, None,
                        int(due_soon.total_seconds()), NOW if paused else None, None)


# -- the call phase ------------------------------------------------------------------------------
def test_SLA_2_phase_counts_down_in_seconds_and_changes_state(qtbot: QtBot) -> None:
    clock = CallPhaseClock()
    qtbot.addWidget(clock)
    clock.set_rules(default_rule_book())
    breaches: list[str] = []
    clock.breached.connect(breaches.append)
    assert clock.title_label.text() == "No call in progress"
    clock.start_phase("SLA-2", NOW, NOW)
    assert clock.title_label.text() == (
        "SLA-2 · Звонок: поиск информации о потребителе · 45\u00a0с")
    assert (clock.clock_label.text(), clock.state_label.text()) == ("0:45", "On time")
    clock.tick(NOW + timedelta(seconds=36))
    assert (clock.clock_label.text(), clock.state_label.text()) == ("0:09", "Due soon")
    assert palette.WARNING in clock.clock_label.styleSheet()  # colour repeats the words
    clock.tick(NOW + timedelta(seconds=46))
    assert (clock.clock_label.text(), clock.state_label.text()) == ("\u22120:01", "Overdue")
    assert breaches == ["SLA-2"]
    clock.tick(NOW + timedelta(seconds=50))
    assert breaches == ["SLA-2"]  # once per phase
    clock.end_phase()
    assert clock.title_label.text() == "No call in progress"
    assert clock.clock_label.isHidden()


@pytest.mark.parametrize(("name", "digits"), [
    pytest.param("SLA-1", "0:40", id="SLA-1"), pytest.param("SLA-3", "5:00", id="SLA-3"),
    pytest.param("SLA-3/specialist", "10:00", id="SLA-3-specialist"),
    pytest.param("SLA-4", "5:00", id="SLA-4"), pytest.param("SLA-5", "0:40", id="SLA-5"),
])
def test_each_call_phase_starts_from_its_rule(qtbot: QtBot, name: str, digits: str) -> None:
    clock = CallPhaseClock()
    qtbot.addWidget(clock)
    clock.set_rules(default_rule_book())
    clock.start_phase(name, NOW, NOW)
    assert clock.clock_label.text() == digits


def test_a_phase_cannot_be_a_rule_counted_in_days(qtbot: QtBot) -> None:
    clock = CallPhaseClock()
    qtbot.addWidget(clock)
    clock.set_rules(default_rule_book())
    with pytest.raises(ValueError, match="SLA-7"):
        clock.start_phase("SLA-7", NOW, NOW)


# -- the list of written work --------------------------------------------------------------------
def test_the_list_puts_urgent_then_overdue_first_with_words_icons_and_colours(
        qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DeadlinesTableModel(MSK)
    model.set_items([
        view("2026-000004 · paused", timedelta(hours=2), paused=True),
        view("2026-000001 · due in 5 days", timedelta(days=5)),
        view("2026-000002 · overdue", timedelta(hours=-3, minutes=-10)),
        view("2026-000003 · urgent", timedelta(minutes=40), urgent=True,
             due_soon=timedelta(minutes=15), rule="CMP-2"),
        # The same urgent complaint's reply is marked urgent but keeps its place by due time.
        view("2026-000003 · urgent", timedelta(days=10), urgent=True),
        view("2026-000005 · due tomorrow", timedelta(days=1)),
    ], NOW)
    qtmodeltester.check(model)

    def column(number: int) -> list[str]:
        return [model.data(model.index(row, number)) for row in range(model.rowCount())]

    assert [title[:11] for title in column(DeadlinesTableModel.ITEM)] == [
        "2026-000003", "2026-000002", "2026-000005", "2026-000001", "2026-000003",
        "2026-000004"]
    assert column(DeadlinesTableModel.RULE) == ["CMP-2", "SLA-7", "SLA-7", "SLA-7", "SLA-7",
                                                "SLA-7"]
    assert column(DeadlinesTableModel.STATE) == ["On time", "Overdue", "Due soon", "On time",
                                                 "On time", "Paused"]
    assert column(DeadlinesTableModel.LEFT) == ["40\u00a0мин", "\u22123\u00a0ч 10\u00a0мин",
                                                "1\u00a0дн.", "5\u00a0дн.", "10\u00a0дн.",
                                                "2\u00a0ч"]
    assert column(DeadlinesTableModel.DUE)[1] == "02.03 08:50"  # this year: short
    overdue = model.index(1, DeadlinesTableModel.STATE)
    assert model.data(overdue, Qt.ItemDataRole.DecorationRole) is not None  # never colour alone
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole).name() == palette.DANGER
    assert model.data(overdue, STATE_ROLE) == "overdue"
    urgent = model.index(0, DeadlinesTableModel.ITEM)
    assert model.data(urgent, Qt.ItemDataRole.DecorationRole) is not None
    assert "Urgent" in model.data(urgent, Qt.ItemDataRole.ToolTipRole)


def test_a_tick_recounts_and_resorts_only_when_a_state_changes(qtbot: QtBot) -> None:
    model = DeadlinesTableModel(MSK)
    model.set_items([view("A", timedelta(hours=5)), view("B", timedelta(minutes=30))], NOW)
    resets: list[int] = []
    model.layoutChanged.connect(lambda *_: resets.append(1))
    assert model.tick(NOW + timedelta(minutes=10)) == []
    assert resets == []
    assert model.data(model.index(0, DeadlinesTableModel.LEFT)) == "20\u00a0мин"
    breached = model.tick(NOW + timedelta(minutes=31))
    assert [item.title for item in breached] == ["B"]
    assert resets == [1]
    assert model.data(model.index(0, DeadlinesTableModel.STATE)) == "Overdue"


# -- the widget on the database ------------------------------------------------------------------
def open_countdown(qtbot: QtBot, services: Services, principal: Principal, runner: TaskRunner,
                   tick: FakeTimer, check: FakeTimer) -> SlaCountdown:
    widget = SlaCountdown(services, principal, runner, MSK, tick_timer=tick, check_timer=check)
    qtbot.addWidget(widget)
    widget.show()
    widget.start()
    qtbot.waitUntil(lambda: widget.last_refresh_ms is not None)
    return widget


def test_the_widget_shows_my_deadlines_ticks_and_reloads_only_on_change(
        qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock) -> None:
    operator = add_user(services, "operator")
    registry = services.deadlines.registry
    # SLA-7 of a letter received two weeks ago is overdue; SLA-6 of today's is due tomorrow.
    old = add_appeal(services.database, "2026-000001", NOW - timedelta(days=14),
                     assignee_id=operator.user_id, register=registry)
    add_appeal(services.database, "2026-000002", NOW, assignee_id=operator.user_id,
               register=registry, urgency="urgent")
    tick, check = FakeTimer(), FakeTimer()
    widget = open_countdown(qtbot, services, operator, runner, tick, check)
    assert tick.isActive() and check.isActive()
    model = widget.model
    rows = [(model.data(model.index(r, model.ITEM))[:11], model.data(model.index(r, model.RULE)),
             model.data(model.index(r, model.STATE))) for r in range(model.rowCount())]
    # CMP-2 first (the urgent complaint's hour), then the overdue, then by due time.
    assert rows == [("2026-000002", "CMP-2", "On time"), ("2026-000001", "SLA-6", "Overdue"),
                    ("2026-000001", "SLA-7", "Overdue"), ("2026-000002", "SLA-6", "On time"),
                    ("2026-000002", "SLA-7", "On time")]
    assert widget.summary_label.text() == "Overdue: 2 · On time: 3"

    # The urgent complaint's hour runs out: the tick alone notices, no database needed.
    breaches: list[str] = []
    widget.breached.connect(breaches.append)
    clock.advance(timedelta(minutes=61))
    tick.fire()
    assert breaches == ["2026-000002 · Перерасчёт"]
    assert widget.summary_label.text() == "Overdue: 3 · On time: 2"

    # Nothing changed in the database: the check does not reload.
    widget.last_refresh_ms = None
    check.fire()
    qtbot.waitUntil(lambda: not runner.busy)
    assert widget.last_refresh_ms is None
    # Another desk asks the customer for a clarification: the next check reloads.
    with services.database.sessions.begin() as session:
        from db.models import Appeal

        appeal = session.get(Appeal, old)
        assert appeal is not None
        appeal_status_changed(registry, session, appeal, AppealStatus.REGISTERED,
                              AppealStatus.CLARIFICATION)
    check.fire()
    qtbot.waitUntil(lambda: widget.last_refresh_ms is not None)
    states = [model.data(model.index(r, model.STATE)) for r in range(model.rowCount())]
    assert states[-2:] == ["Paused", "Paused"]


def test_a_click_opens_the_appeal(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    operator = add_user(services, "operator")
    appeal_id = add_appeal(services.database, "2026-000003", NOW, assignee_id=operator.user_id,
                           register=services.deadlines.registry)
    widget = open_countdown(qtbot, services, operator, runner, FakeTimer(), FakeTimer())
    rect = widget.table.visualRect(widget.model.index(0, DeadlinesTableModel.ITEM))
    with qtbot.waitSignal(widget.appeal_requested) as opened:
        qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert opened.args == [appeal_id]


def test_the_pane_is_always_there_and_drives_call_phases(
        qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock) -> None:
    operator = add_user(services, "operator")
    tick = FakeTimer()
    pane = SlaPane(PaneContext(services, operator, runner, MSK), tick_timer=tick,
                   check_timer=FakeTimer())
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.countdown.last_refresh_ms is not None)
    assert not pane.features() & pane.DockWidgetFeature.DockWidgetClosable
    pane.toggleViewAction().trigger()  # the pane's shortcut: forward, never hidden
    assert pane.isVisible() and pane.toggleViewAction().isChecked()
    assert pane.countdown.summary_label.text() == "No open deadlines"
    pane.start_phase("SLA-1", clock.now())
    clock.advance(12)
    tick.fire()
    assert pane.countdown.phase.clock_label.text() == "0:28"
    pane.end_phase()
    assert not pane.countdown.phase.active
    assert SlaPane.visible_to(operator)
    assert not SlaPane.visible_to(Principal(None, "x", "x", frozenset()))


def test_TEL_3_a_promised_callback_is_listed_opens_its_appeal_and_is_marked_made(
        qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    use_cheap_password_hashing(monkeypatch)
    operator = add_user(services, "operator")
    call = services.call_desk.take(operator, phone="+79141234567", line=Line.HOT_LINE)
    done = services.call_desk.finish(operator, call.id, CallOutcome.CALLBACK, CallDraft(
        phone="+79141234567", line=Line.HOT_LINE, notes="Нужна справка из архива.",
        callback_at=clock.now() + timedelta(hours=2)))
    widget = open_countdown(qtbot, services, operator, runner, FakeTimer(), FakeTimer())
    model = widget.model
    items = [model.data(model.index(r, model.ITEM)) for r in range(model.rowCount())]
    [row] = [r for r, text in enumerate(items) if text.startswith("Перезвонить")]
    assert items[row] == f"Перезвонить: +7 914 123-45-67 · {done.journal_number}"
    assert model.data(model.index(row, model.RULE)).startswith("TEL-3")
    assert not widget.callback_done_action.isEnabled()  # nothing chosen yet
    rect = widget.table.visualRect(model.index(row, DeadlinesTableModel.ITEM))
    with qtbot.waitSignal(widget.appeal_requested) as opened:  # the call's appeal opens
        qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [done.appeal_id]
    assert widget.callback_done_action.isEnabled()
    assert widget.callback_done_action.shortcut().toString() == "Ctrl+Return"
    widget.last_refresh_ms = None
    widget.callback_done_action.trigger()
    qtbot.waitUntil(lambda: not runner.busy and widget.last_refresh_ms is not None)
    items = [model.data(model.index(r, model.ITEM)) for r in range(model.rowCount())]
    assert not [text for text in items if text.startswith("Перезвонить")]


def shown_text(table: QTableView, index: QModelIndex) -> str:
    """The cell's text as the view paints it: cut with "…" where the column is too narrow."""
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)  # the icon's size, as the view paints the cell
    option.rect = table.visualRect(index)
    delegate = table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    style = table.style()
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return option.fontMetrics.elidedText(option.text, Qt.TextElideMode.ElideRight,
                                         area.width() - 2 * margin)


def test_every_state_reads_whole_in_russian_at_the_default_width(
        qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    """«Приостановлено», the longest state, was cut to «Приостановл…»: the state is never
    shown by colour alone, so its word must be readable."""
    operator = add_user(services, "operator")
    with desk_look():
        widget = SlaCountdown(services, operator, runner, MSK, tick_timer=FakeTimer(),
                              check_timer=FakeTimer())
        qtbot.addWidget(widget)
        widget.resize(420, 400)  # narrower than the pane ever is: the title column gives way
        widget.show()
        widget.model.set_items([
            view("2026-000001 · paused", timedelta(hours=2), paused=True),
            view("2026-000002 · overdue", timedelta(hours=-3)),
            view("2026-000003 · due soon", timedelta(hours=5)),
            view("2026-000004 · on time", timedelta(days=5))], NOW)
        qtbot.waitExposed(widget)
        table, model = widget.table, widget.model
        shown = {shown_text(table, model.index(row, DeadlinesTableModel.STATE))
                 for row in range(model.rowCount())}
        assert shown == {"Приостановлено", "Просрочено", "Скоро срок", "В срок"}
        paused = next(row for row in range(model.rowCount())
                      if model.state_at(row) is DeadlineState.PAUSED)
        bold = QFont(table.font())
        bold.setBold(True)  # the widest a state word is drawn (an overdue row)
        word = model.index(paused, DeadlinesTableModel.STATE).data()
        assert (QFontMetrics(bold).horizontalAdvance(word)
                < table.columnWidth(DeadlinesTableModel.STATE) - 16)  # the icon beside it
