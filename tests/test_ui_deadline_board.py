"""The supervisors' deadline board: counts per unit and person, breaches with who and why,
compliance per rule over a period, a rule changed from the board taking effect, and its lists
fitting a narrow pane with every number in sight."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.deadlines import add_appeal, add_user
from tests.helpers.look import desk_look
from ui.deadline_board_columns import short_name
from ui.models.record_table import Column, RecordTableModel
from ui.panes.base import PaneContext
from ui.panes.deadline_board_pane import DeadlineBoardPane
from ui.tasks import TaskRunner
from workstation.appeal_deadlines import appeal_status_changed
from workstation.appeals import AppealStatus
from workstation.clock import FakeClock
from workstation.deadline_board import BoardRow, Period
from workstation.errors import PermissionDeniedError
from workstation.services import Services

MSK = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)



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

    # People as a list of them is written in Russian: surname and initials; the whole name
    # and the login are in the tooltip.
    assert texts(pane.counts_model) == [
        ["Контакт-центр", "Иванова М.\u00a0С.", "—", "—", "2", "—", "2"],
        ["Отдел сбыта", "Соколов А.\u00a0В.", "2", "—", "—", "—", "2"],
    ]
    assert pane.counts_model.data(pane.counts_model.index(0, 1), Qt.ItemDataRole.ToolTipRole) \
        == "Иванова Мария Сергеевна (ivanova)"
    assert "overdue: 2" in pane.message_label.text()

    breaches = texts(pane.breaches_model)
    # Worst first: by how late.
    assert [(row[1][:11], row[2], row[3]) for row in breaches] == [
        ("2026-000001", "SLA-6", "Иванова М.\u00a0С."),
        ("2026-000003", "SLA-6", "Соколов А.\u00a0В."),
        ("2026-000001", "SLA-7", "Иванова М.\u00a0С."),
        ("2026-000003", "SLA-7", "Соколов А.\u00a0В."),
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


def test_people_are_listed_by_surname_and_initials() -> None:
    assert short_name("Иванова Ольга Сергеевна") == "Иванова О.\u00a0С."
    assert short_name("Кузнецов Игорь") == "Кузнецов И."
    assert short_name("Администратор") == "Администратор"


def test_in_a_narrow_pane_the_numbers_stay_in_sight_and_the_names_give_way(
        qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    """In the right column of a 1280 px window (about 550 px) the unit's long name took the
    width and pushed «Скоро срок» and «Просрочено» out of sight."""
    supervisor = add_user(services, "supervisor")
    with desk_look():
        pane = DeadlineBoardPane(PaneContext(services, supervisor, runner, MSK))
        qtbot.addWidget(pane)
        pane.resize(548, 420)
        pane.show()
        qtbot.waitUntil(lambda: pane.rules_model.rowCount() > 0 and not runner.busy)
        pane.counts_model.set_records([
            BoardRow("Отдел по работе с юридическими лицами", None, f"l{n}",
                     "Новикова Татьяна Павловна", 3, 10, 4, 1) for n in range(3)])
        QApplication.processEvents()
        table, header = pane.counts_table, pane.counts_table.horizontalHeader()

        def fitted() -> bool:
            return sum(header.sectionSize(c) for c in range(7)) == table.viewport().width()

        qtbot.waitUntil(fitted)
        assert not table.horizontalScrollBar().isVisible()
        metrics = table.fontMetrics()
        for column in range(2, 7):  # each number and its header whole
            text = str(pane.counts_model.headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) > metrics.horizontalAdvance(text), text
        assert header.sectionSize(1) > metrics.horizontalAdvance("Новикова Т.\u00a0П.")
        assert 0 < header.sectionSize(0) < metrics.horizontalAdvance(
            "Отдел по работе с юридическими лицами")  # cut with "…", whole in the tooltip
        # A click on a number's header sorts by it: its arrow gets room, the names give it.
        header.setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        QApplication.processEvents()
        qtbot.waitUntil(fitted)
        assert header.sectionSize(4) >= header.sectionSizeHint(4)
        # The actions are beside the tabs, all in sight; the period under the lists it
        # applies to only.
        assert pane.tabs.cornerWidget() is pane.toolbar
        assert not pane.period_row.isVisible()
        for table, shows_period in ((pane.breaches_table, True),
                                    (pane.compliance_table, True),
                                    (pane.rules_table, False), (pane.counts_table, False)):
            pane.tabs.setCurrentWidget(table)
            assert pane.period_row.isVisible() is shows_period
        assert all(pane.toolbar.widgetForAction(action).isVisible()
                   for action in pane.toolbar.actions())
        assert pane.refresh_action.toolTip() == "Обновить (F5)"
