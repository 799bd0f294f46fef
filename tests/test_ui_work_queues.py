"""The work queues pane and its lazy model through pytest-qt: queues and filters, pages loaded
as one scrolls, newest/oldest first, supervisors' every-desk queue (DB-2), opening in the
editor; the model passes qtmodeltester."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.helpers.appeals import complete_draft, later
from tests.helpers.deadlines import add_user
from tests.helpers.passwords import use_cheap_password_hashing
from tests.helpers.timers import FakeTimer
from ui.models.appeal_queue import ID_ROLE, AppealQueueModel
from ui.panes.base import PaneContext
from ui.panes.work_queues_pane import CHECK_MS, WorkQueuesPane
from ui.tasks import TaskRunner
from workstation.appeal_queues import QueueFilter, QueueKind, QueueMark, QueuePage, QueueRow
from workstation.appeals import AppealStatus, Category, Channel, Urgency
from workstation.roles import Principal
from workstation.services import Services

SAKHALIN = ZoneInfo("Asia/Sakhalin")


def row(number: int, **changes: object) -> QueueRow:
    values: dict[str, object] = dict(
        id=uuid.uuid4(), version=1, journal_number=f"2026-{number:06d}", channel=Channel.POST,
        category=Category.B, status=AppealStatus.REGISTERED, urgency=Urgency.NORMAL,
        received_at=datetime(2026, 3, 2, 9, number % 60, tzinfo=UTC), topic="Перерасчёт",
        subject="", who="Иванов Иван Иванович", match_needed=False, assignee="Иванова М. С.",
        clarification_due=None)
    values.update(changes)
    return QueueRow(**values)  # type: ignore[arg-type]


def test_the_queue_model_passes_the_model_tester_and_asks_for_the_next_page(
        qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = AppealQueueModel(SAKHALIN)
    rows = [row(1, urgency=Urgency.URGENT), row(2, match_needed=True),
            row(3, status=AppealStatus.CLARIFICATION, clarification_due=date(2026, 3, 5))]
    cursor = (rows[-1].received_at, rows[-1].id)
    model.set_page(QueuePage(rows, cursor))
    asked: list[object] = []
    model.more_wanted.connect(asked.append)
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # it fetches more, as a view would at the end of the list
    assert model.index(2, AppealQueueModel.STATUS).data() == (
        "запрошено уточнение until 05.03.2026")
    assert model.index(0, AppealQueueModel.NUMBER).data(Qt.ItemDataRole.ToolTipRole) == (
        "Urgent (CMP-2): health or safety")
    assert model.index(1, AppealQueueModel.WHO).data(Qt.ItemDataRole.DecorationRole) is not None
    model.fetchMore(QModelIndex())  # one request at a time
    assert asked == [cursor]
    model.append_page(QueuePage([rows[2], row(4)], None))  # a row seen twice is shown once
    assert model.rowCount() == 4 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


# -- the pane ----------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    use_cheap_password_hashing(monkeypatch)


def open_pane(qtbot: QtBot, services: Services, who: Principal,
              runner: TaskRunner) -> WorkQueuesPane:
    pane = WorkQueuesPane(PaneContext(services, who, runner, SAKHALIN))
    qtbot.addWidget(pane)
    pane.resize(1100, 260)  # room for a few rows: the rest is fetched on scrolling
    pane.show()
    qtbot.waitUntil(lambda: not runner.busy and pane.total > 0)
    return pane


def test_queues_filters_order_and_pages_as_one_scrolls(
        qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch,
        cli_admin: Principal) -> None:
    monkeypatch.setattr(WorkQueuesPane, "page_size", 5)
    operator = add_user(services, "operator")
    for minute in range(12):
        channel = Channel.CHAT if minute % 3 == 0 else Channel.EMAIL
        services.appeals.register(operator, complete_draft(channel, received_at=later(minute)))
    services.appeals.register(cli_admin, complete_draft(Channel.WEBFORM), assign_to_actor=False)
    pane = open_pane(qtbot, services, operator, runner)
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == [
        "My appeals", "My unit", "Awaiting clarification", "New, unassigned"]  # not DB-2's
    assert pane.total == 12
    loaded = pane.model.rowCount()  # pages of 5, as many as fill the view
    assert loaded in (5, 10) and pane.model.canFetchMore(QModelIndex())
    assert pane.model.row_at(0).received_at == later(11)  # type: ignore[union-attr]
    assert "scroll for more" in pane.message_label.text()
    pane.table.scrollToBottom()  # the view asks the model for more as it reaches the end
    qtbot.waitUntil(lambda: pane.model.rowCount() > loaded and not runner.busy)
    while pane.model.canFetchMore(QModelIndex()):
        pane.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not runner.busy)
    assert pane.model.rowCount() == 12
    assert pane.message_label.text() == "Appeals: 12"

    pane.channel_combo.setCurrentIndex(pane.channel_combo.findData(Channel.CHAT))
    qtbot.waitUntil(lambda: not runner.busy and pane.total == 4)
    assert {pane.model.index(i, AppealQueueModel.CHANNEL).data() for i in range(4)} == {
        Channel.CHAT.label}
    pane.toggle_order()
    qtbot.waitUntil(lambda: not runner.busy)
    assert pane.model.row_at(0).received_at == later(0)  # type: ignore[union-attr]
    assert pane.order_button.text() == "Oldest first"

    pane.show_queue(QueueKind.INCOMING)
    pane.channel_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not runner.busy and pane.total == 1)
    assert pane.model.row_at(0).channel is Channel.WEBFORM  # type: ignore[union-attr]


def test_DB_2_a_supervisor_has_every_desks_queue_and_enter_opens_an_appeal(
        qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    specialist = add_user(services, "specialist")
    view = services.appeals.register(specialist, complete_draft(Channel.EMAIL))
    boss = add_user(services, "supervisor")
    pane = WorkQueuesPane(PaneContext(services, boss, runner, SAKHALIN))
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: not runner.busy)
    pane.show_queue(QueueKind.ALL)
    qtbot.waitUntil(lambda: not runner.busy and pane.total == 1)
    assert pane.tabs.tabText(pane.tabs.currentIndex()) == "All desks"
    with qtbot.waitSignal(pane.appeal_opened) as opened:
        pane.open_action.trigger()
    assert opened.args == [view.id]
    assert pane.model.index(0, 0).data(ID_ROLE) == view.id


# -- following other desks (DB-1, DB-2) --------------------------------------------------------
def open_watching_pane(qtbot: QtBot, services: Services, who: Principal, runner: TaskRunner,
                       check: FakeTimer, kind: QueueKind = QueueKind.MINE) -> WorkQueuesPane:
    pane = WorkQueuesPane(PaneContext(services, who, runner, SAKHALIN), check_timer=check)
    qtbot.addWidget(pane)
    pane.resize(1100, 260)
    pane.show()
    qtbot.waitUntil(lambda: not runner.busy and pane.reloads == 1)
    if kind is not QueueKind.MINE:
        pane.show_queue(kind)
        qtbot.waitUntil(lambda: not runner.busy and pane.reloads == 2)
    return pane


def fire(qtbot: QtBot, runner: TaskRunner, check: FakeTimer) -> None:
    assert check.isActive()  # the pane started its check timer with its first load
    check.fire()
    qtbot.waitUntil(lambda: not runner.busy)


def test_DB_1_another_desks_registration_appears_after_a_check_keeping_the_selection(
        qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch,
        cli_admin: Principal) -> None:
    monkeypatch.setattr(WorkQueuesPane, "page_size", 5)
    operator = add_user(services, "operator")
    other = add_user(services, "operator", login="petrova", full_name="Петрова Анна Олеговна")
    for minute in range(8):
        services.appeals.register(cli_admin, complete_draft(Channel.EMAIL,
                                                            received_at=later(minute)),
                                  assign_to_actor=False)
    check = FakeTimer()
    pane = open_watching_pane(qtbot, services, operator, runner, check, QueueKind.INCOMING)
    assert check.interval() == CHECK_MS and pane.total == 8
    pane.table.scrollToBottom()
    qtbot.waitUntil(lambda: not runner.busy and pane.model.rowCount() == 8)
    chosen = pane.model.row_at(6)
    assert chosen is not None
    pane.table.selectRow(6)
    pane.table.verticalScrollBar().setValue(1)  # scrolled a little: room above and below
    top_before = pane.model.row_at(pane.table.rowAt(0))
    assert top_before is not None and top_before.id != pane.model.row_at(0).id  # type: ignore[union-attr]
    reloads = pane.reloads

    # Nothing changed: the check asks the feed and nothing is reloaded.
    fire(qtbot, runner, check)
    assert pane.reloads == reloads

    # Another desk registers a new unassigned appeal: it appears after the next check.
    fresh = services.appeals.register(
        other, complete_draft(Channel.CHAT, received_at=later(30)), assign_to_actor=False)
    assert pane.model.row_of(fresh.id) is None  # nothing happens by itself between checks
    fire(qtbot, runner, check)
    assert pane.reloads == reloads + 1
    assert pane.model.row_at(0).id == fresh.id  # type: ignore[union-attr]
    assert pane.total == 9 and pane.model.rowCount() == 9  # as many rows as were loaded, +1
    # What the person was doing is kept: the same appeal selected, the same row on top.
    rows = pane.table.selectionModel().selectedRows()
    assert [pane.model.row_at(r.row()).id for r in rows] == [chosen.id]  # type: ignore[union-attr]
    assert pane.model.row_at(pane.table.rowAt(0)).id == top_before.id  # type: ignore[union-attr]

    # The other desk takes the selected appeal: it leaves "new, unassigned"; nothing else is
    # selected in its place and the person is told.
    services.appeal_workflow.take(other, chosen.id, chosen.version)
    fire(qtbot, runner, check)
    assert pane.model.row_of(chosen.id) is None
    assert pane.table.selectionModel().selectedRows() == []
    assert f"{chosen.journal_number} has left this queue" in pane.message_label.text()


def test_DB_1_a_change_that_does_not_concern_the_queue_reloads_nothing(
        qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    operator = add_user(services, "operator")
    mine = services.appeals.register(operator, complete_draft(Channel.EMAIL))
    specialist = add_user(services, "specialist")  # another unit
    check = FakeTimer()
    pane = open_watching_pane(qtbot, services, operator, runner, check)
    assert pane.model.row_of(mine.id) == 0
    reloads = pane.reloads
    services.appeals.register(specialist, complete_draft(Channel.POST))  # not in "my appeals"
    fire(qtbot, runner, check)
    assert pane.reloads == reloads
    # Hidden, the pane does not check; shown again, it catches up at once.
    pane.hide()
    services.appeals.register(operator, complete_draft(Channel.CHAT, received_at=later(5)))
    check.fire()
    assert not runner.busy and pane.reloads == reloads
    pane.show()
    qtbot.waitUntil(lambda: not runner.busy and pane.reloads == reloads + 1)
    assert pane.model.rowCount() == 2 and pane.total == 2


def test_DB_1_the_change_check_sees_late_commits_and_only_what_the_queue_shows(
        services: Services, cli_admin: Principal) -> None:
    queues = services.queues
    operator = add_user(services, "operator")
    wanted = QueueFilter(QueueKind.INCOMING)
    mark = queues.mark()
    assert queues.changed(operator, wanted, mark, ()) == (mark, False)
    view = services.appeals.register(cli_admin, complete_draft(Channel.EMAIL),
                                     assign_to_actor=False)
    after, changed = queues.changed(operator, wanted, mark, ())
    assert changed and after.position > mark.position
    assert queues.changed(operator, wanted, after, ()) == (after, False)
    # A feed entry that committed below the position already seen (PostgreSQL allocates ids
    # before commit) is still found: the look-back window re-reads it.
    late = QueueMark(after.position, frozenset())
    assert queues.changed(operator, wanted, late, ())[1]
    # My queue does not take unassigned appeals in, unless one of them is shown.
    assert not queues.changed(operator, QueueFilter(QueueKind.MINE), mark, ())[1]
    assert queues.changed(operator, QueueFilter(QueueKind.MINE), mark, {view.id})[1]
