"""The supervisors' deadline board: counts per unit and person, breaches with who and why,
compliance per rule over a period, and a rule changed from the board taking effect."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tests.helpers.deadlines import add_appeal, add_user
from ui.models.record_table import Column, RecordTableModel
from ui.panes.base import PaneContext
from ui.panes.deadline_board_pane import DeadlineBoardPane
from ui.tasks import TaskRunner
from workstation.appeal_deadlines import appeal_status_changed
from workstation.appeals import AppealStatus
from workstation.clock import FakeClock
from workstation.deadline_board import Period
from workstation.errors import PermissionDeniedError
from workstation.services import Services

MSK = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)



@pytest.fixture
def runner(qtbot: QtBot, services: Services) -> Iterator[TaskRunner]:
    unexpected: list[BaseException] = []
    task_runner = TaskRunner(on_unexpected=unexpected.append)
    yield task_runner
    assert task_runner.wait_for_done(5000)
    assert unexpected == []


def texts(model: RecordTableModel[object]) -> list[list[str]]:
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_board_counts_lists_breaches_and_compliance(
        qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock,
        qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    supervisor = add_user(services, "supervisor")
    operator = add_user(services, "operator")
    specialist = add_user(services, "specialist")
    registry = services.deadlines.registry
    # Two weeks old and still open: SLA-6 and SLA-7 overdue. Today's: both on time.
    late = add_appeal(services.database, "2026-000001", NOW - timedelta(days=14),
                      assignee_id=operator.user_id, register=registry)
    add_appeal(services.database, "2026-000002", NOW, assignee_id=specialist.user_id,
               register=registry)
    # Sent a day after its deadline: a breach that is done, with the reason noted.
    answered = add_appeal(services.database, "2026-000003", NOW - timedelta(days=13),
                          assignee_id=specialist.user_id, register=registry)
    with services.database.sessions.begin() as session:
        from db.models import Appeal

        appeal = session.get(Appeal, answered)
        assert appeal is not None
        appeal_status_changed(registry, session, appeal, AppealStatus.APPROVED,
                              AppealStatus.SENT, at=NOW - timedelta(hours=20))
    [sla7] = [v for v in services.deadlines.for_subject("appeal", answered)
              if v.rule_code == "SLA-7"]
    services.deadlines.set_note(specialist, sla7.id, sla7.version, "ждали акт сетевой")
    with pytest.raises(PermissionDeniedError):
        services.deadline_board.counts(operator)

    pane = DeadlineBoardPane(PaneContext(services, supervisor, runner, MSK))
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.counts_model.rowCount() == 2
                    and pane.compliance_model.rowCount() > 0 and pane.rules_model.rowCount() > 0)
    qtbot.waitUntil(lambda: not runner.busy)
    for model in (pane.counts_model, pane.breaches_model, pane.compliance_model,
                  pane.rules_model):
        qtmodeltester.check(model)

    assert texts(pane.counts_model) == [
        ["Контакт-центр", "Иванова Мария Сергеевна", "—", "—", "2", "—", "2"],
        ["Отдел сбыта", "Соколов Андрей Викторович", "2", "—", "—", "—", "2"],
    ]
    assert "overdue: 2" in pane.message_label.text()

    breaches = texts(pane.breaches_model)
    # Worst first: by how late.
    assert [(row[1][:11], row[2], row[3]) for row in breaches] == [
        ("2026-000001", "SLA-6", "Иванова Мария Сергеевна"),
        ("2026-000003", "SLA-6", "Соколов Андрей Викторович"),
        ("2026-000001", "SLA-7", "Иванова Мария Сергеевна"),
        ("2026-000003", "SLA-7", "Соколов Андрей Викторович"),
    ]
    why = {(row[1][:11], row[2]): row[7] for row in breaches}
    assert why[("2026-000003", "SLA-7")] == "ждали акт сетевой"
    assert why[("2026-000001", "SLA-7")] == "состояние: зарегистрировано; не выполнено"
    assert breaches[0][6] == "still open"
    assert breaches[3][6] == "done 01.03.2026 16:00"

    compliance = {row[0]: row[2:] for row in texts(pane.compliance_model)}
    assert compliance["SLA-7"] == ["2", "—", "2", "0,0\u00a0%"]
    assert late is not None

    # A period before anything was due shows no breaches.
    pane.until_edit.setDate(QDate(2026, 1, 31))
    pane.from_edit.setDate(QDate(2026, 1, 1))
    qtbot.waitUntil(lambda: pane.breaches_model.rowCount() == 0)
    assert pane.period() == Period(date(2026, 1, 1), date(2026, 1, 31))


def test_a_rule_changed_from_the_board_takes_effect(
        qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock) -> None:
    supervisor = add_user(services, "supervisor")
    pane = DeadlineBoardPane(PaneContext(services, supervisor, runner, MSK))
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.rules_model.rowCount() == 16)  # 0007 added TEL-3/callback
    names = [pane.rules_model.record(row).name for row in range(pane.rules_model.rowCount())]
    proxy = pane.rules_table.model()
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 0).data() == "SLA-7")
    pane.rules_table.selectRow(row)
    dialog = pane.change_rule_action.isEnabled() and pane.change_selected_rule()
    assert dialog
    assert "SLA-7" in names
    dialog.save_button.click()
    assert "reason" in dialog.message_label.text()  # refused before anything is sent
    dialog.amount_spin.setValue(15)
    dialog.reason_edit.setText("приказ № 12")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not runner.busy)
    assert services.deadline_rules.rule_book().current("SLA-7").amount == 15
    appeal_id = add_appeal(services.database, "2026-000010", NOW,
                           register=services.deadlines.registry)
    [sla7] = [v for v in services.deadlines.for_subject("appeal", appeal_id)
              if v.rule_code == "SLA-7"]
    assert sla7.due_at == datetime(2026, 3, 17, 18, 0, tzinfo=MSK)


def test_the_generic_record_table(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: RecordTableModel[tuple[str, int]] = RecordTableModel([
        Column("Name", lambda r: r[0]), Column("Count", lambda r: str(r[1]), numeric=True)])
    model.set_records([("a", 1), ("b", 2)])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "2"
