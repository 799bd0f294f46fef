"""Work queues: "my appeals", "my unit", "awaiting clarification", new unassigned ones, every
desk's for supervisors (DB-2); filters; keyset pages newest or oldest first — both backends."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from db.models import Customer
from tests.helpers.appeals import FILES, complete_draft, later
from tests.helpers.deadlines import add_user
from workstation.appeal_queues import QueueFilter, QueueKind, QueueRow
from workstation.appeal_workflow import ClarificationRequest, ContactChannel
from workstation.appeals import AppealStatus, Category, Channel, Urgency
from workstation.customers import NewCustomer
from workstation.errors import PermissionDeniedError
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails


class Desk:
    """Four people, two units, and appeals of several kinds received a minute apart."""

    def __init__(self, services: Services, cli_admin: Principal) -> None:
        self.services = services
        self.ivanova = add_user(services, "operator")  # Контакт-центр
        self.belova = add_user(services, "operator", login="belova",
                               full_name="Белова Алёна Игоревна")  # Контакт-центр
        self.sokolov = add_user(services, "specialist")  # Отдел сбыта
        self.boss = add_user(services, "supervisor")  # Контакт-центр
        register = services.appeals.register
        self.chat = register(self.ivanova, complete_draft(Channel.CHAT, received_at=later(1)))
        self.letter = register(self.ivanova, complete_draft(Channel.POST, received_at=later(2)),
                               FILES[Channel.POST])
        self.urgent = register(self.belova, complete_draft(
            Channel.CALL, received_at=later(3), urgency=Urgency.URGENT))
        self.other_unit = register(self.sokolov, complete_draft(Channel.EMAIL,
                                                                received_at=later(4)))
        self.imported = register(cli_admin, complete_draft(Channel.WEBFORM, received_at=later(5)),
                                 assign_to_actor=False)
        self.closed = register(self.ivanova, complete_draft(Channel.CALL, received_at=later(6)))
        services.appeal_workflow.close_answered(self.ivanova, self.closed.id, self.closed.version)
        self.waiting = services.appeal_workflow.request_clarification(
            self.belova, self.letter.id, self.letter.version,
            ClarificationRequest(ContactChannel.PHONE, "+79141234567", "Какой лицевой счёт?",
                                 date(2026, 3, 5)))

    def numbers(self, actor: Principal, **wanted: Any) -> list[str]:
        page = self.services.queues.page(actor, QueueFilter(**wanted))
        return [row.journal_number for row in page.rows]


@pytest.fixture
def desk(services: Services, cli_admin: Principal) -> Desk:
    return Desk(services, cli_admin)


def test_each_queue_holds_what_its_name_says(desk: Desk) -> None:
    d = desk
    n = {name: getattr(d, name).journal_number
         for name in ("chat", "letter", "urgent", "other_unit", "imported", "closed")}
    # Newest first; closed appeals leave the queues.
    assert d.numbers(d.ivanova, kind=QueueKind.MINE) == [n["letter"], n["chat"]]
    assert d.numbers(d.ivanova, kind=QueueKind.UNIT) == [n["urgent"], n["letter"], n["chat"]]
    assert d.numbers(d.ivanova, kind=QueueKind.CLARIFICATION) == [n["letter"]]
    assert d.numbers(d.ivanova, kind=QueueKind.INCOMING) == [n["imported"]]
    assert d.numbers(d.sokolov, kind=QueueKind.UNIT) == [n["other_unit"]]
    assert d.numbers(d.sokolov, kind=QueueKind.CLARIFICATION) == []


def test_DB_2_supervisors_see_every_desk_and_others_may_not(desk: Desk) -> None:
    d = desk
    everything = d.numbers(d.boss, kind=QueueKind.ALL)
    assert everything == [d.imported.journal_number, d.other_unit.journal_number,
                          d.urgent.journal_number, d.letter.journal_number,
                          d.chat.journal_number]
    assert d.numbers(d.boss, kind=QueueKind.CLARIFICATION) == [d.letter.journal_number]
    assert QueueKind.ALL in d.services.queues.kinds_for(d.boss)
    assert QueueKind.ALL not in d.services.queues.kinds_for(d.ivanova)
    with pytest.raises(PermissionDeniedError, match="DB-2"):
        d.numbers(d.ivanova, kind=QueueKind.ALL)


def test_filters_by_channel_category_status_and_urgency(desk: Desk) -> None:
    d, boss, every = desk, desk.boss, QueueKind.ALL
    assert d.numbers(boss, kind=every, channels=frozenset({Channel.CALL})) == [
        d.urgent.journal_number]
    assert d.numbers(boss, kind=every, categories=frozenset({Category.A})) == [
        d.chat.journal_number]
    assert d.numbers(boss, kind=every, urgencies=frozenset({Urgency.URGENT})) == [
        d.urgent.journal_number]
    # A chosen status shows it, even a closed one.
    assert d.numbers(boss, kind=every, statuses=frozenset({AppealStatus.CLOSED})) == [
        d.closed.journal_number]
    assert d.numbers(boss, kind=every, channels=frozenset({Channel.CALL, Channel.CHAT}),
                     urgencies=frozenset({Urgency.NORMAL})) == [d.chat.journal_number]
    assert d.services.queues.count(boss, QueueFilter(kind=every)) == 5


def test_keyset_pages_walk_the_whole_queue_either_way(desk: Desk) -> None:
    queues, boss = desk.services.queues, desk.boss
    for newest_first in (True, False):
        wanted = QueueFilter(kind=QueueKind.ALL, newest_first=newest_first)
        seen: list[QueueRow] = []
        page = queues.page(boss, wanted, limit=2)
        while True:
            seen += page.rows
            if page.next_cursor is None:
                break
            page = queues.page(boss, wanted, page.next_cursor, limit=2)
        times = [row.received_at for row in seen]
        assert times == sorted(times, reverse=newest_first)
        assert len(seen) == len({row.id for row in seen}) == 5


def test_a_row_says_who_and_what_at_a_glance(desk: Desk) -> None:
    [row] = desk.services.queues.page(desk.ivanova, QueueFilter(kind=QueueKind.CLARIFICATION)
                                      ).rows
    assert (row.channel, row.status, row.category) == (Channel.POST, AppealStatus.CLARIFICATION,
                                                       Category.B)
    assert row.who == "Иванов И. И."  # no customer matched yet: the sender as given
    assert row.assignee == "Иванова Мария Сергеевна"
    assert row.clarification_due == date(2026, 3, 5)
    assert row.received_at == later(2)
    assert row.received_at - later(1) == timedelta(minutes=1)


def test_the_open_condition_of_the_queue_indexes_names_the_final_statuses() -> None:
    from db.models.appeals import OPEN_CONDITION
    from workstation.appeals import FINAL_STATUSES

    listed = OPEN_CONDITION.split("(")[1].rstrip(")").replace("'", "").split(", ")
    assert set(listed) == {status.value for status in FINAL_STATUSES}


def test_a_queue_follows_the_names_its_rows_show(desk: Desk, cli_admin: Principal) -> None:
    # A row shows its customer's and its assignee's names: a change of either on another desk
    # reloads the queues showing that row, and only those (DB-1).
    services = desk.services
    customer_id = services.customers.create(desk.ivanova, NewCustomer(
        last_name="Петрова", first_name="Алёна", patronymic="Игоревна",
        phone="8 (924) 111-22-33", region="Сахалинская область", locality="Южно-Сахалинск",
        street="ул. Мира", house="7", flat="21", postal_code="693000",
        account_number="6500999001"))
    with_customer = services.appeals.register(desk.ivanova, complete_draft(
        Channel.CHAT, received_at=later(7), customer_id=customer_id))
    queues, wanted = services.queues, QueueFilter(kind=QueueKind.MINE)
    shown = {row.id for row in queues.page(desk.ivanova, wanted).rows}
    assert with_customer.id in shown

    mark = queues.mark()
    services.users.update_user(cli_admin, desk.sokolov.user_id, 1, UserDetails(
        "Соколов Пётр Ильич", [Role.SPECIALIST], unit="Отдел сбыта"))
    mark, changed = queues.changed(desk.ivanova, wanted, mark, shown)
    assert not changed  # nobody in this queue

    ivanova = services.users.get_user("ivanova")
    services.users.update_user(cli_admin, ivanova.id, ivanova.version, UserDetails(
        "Иванова-Белкина Мария Сергеевна", [Role.OPERATOR], unit=ivanova.unit))
    mark, changed = queues.changed(desk.ivanova, wanted, mark, shown)
    assert changed
    assert queues.changed(desk.ivanova, wanted, mark, shown) == (mark, False)

    with services.database.sessions() as session:
        version = session.get_one(Customer, customer_id).version
    services.customers.update_note(desk.ivanova, customer_id, version, "Просит звонить вечером")
    mark, changed = queues.changed(desk.ivanova, wanted, mark, shown)
    assert changed
    assert not queues.changed(desk.ivanova, wanted, mark, shown - {with_customer.id})[1]
