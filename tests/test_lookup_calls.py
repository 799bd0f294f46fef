"""Incoming calls offered to a desk, and the lookup's command-line commands."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import URL, func, select

from cli.main import main
from db.models import AuditEntry, IncomingCall, SearchEntry
from tests.helpers.customers import EVERYONE, IVANOV, add_customers
from tests.helpers.desk import add_person
from workstation.calls import CallStatus, DatabaseCallSource
from workstation.clock import FakeClock
from workstation.errors import NotFoundError, ValidationError
from workstation.roles import Principal
from workstation.services import Services


@pytest.fixture
def operator(services: Services) -> Principal:
    return add_person(services, "operator")


def test_a_call_to_a_desk_is_picked_up_once_with_the_callers_card(
        services: Services, operator: Principal, cli_admin: Principal) -> None:
    ivanov = add_customers(services.database, IVANOV)[0]
    source = DatabaseCallSource(services.calls, operator)
    assert source.poll() == []
    offered = services.calls.offer(cli_admin, "8 914 123-45-67", "ivanova")
    assert offered.customer_ids == (ivanov,)
    polled = source.poll()
    assert [(c.id, c.from_number, c.customer_ids) for c in polled] == [
        (offered.id, "+79141234567", (ivanov,))]
    assert source.poll() == []  # offered once per desk session
    source.answer(polled[0], ivanov)
    with services.database.sessions() as session:
        call = session.get(IncomingCall, offered.id)
        assert call is not None
        assert (call.status, call.customer_id) == (CallStatus.ANSWERED.value, ivanov)


def test_an_unknown_number_is_offered_without_a_customer(services: Services,
                                                         operator: Principal) -> None:
    offered = services.calls.offer(operator, "+7 924 000-00-01", "ivanova", source="demo")
    assert offered.customer_ids == ()
    assert offered.shown_number == "+7 924 000-00-01"


def test_a_call_waiting_longer_than_ten_minutes_is_not_offered_tel_3(
        services: Services, operator: Principal, clock: FakeClock) -> None:
    services.calls.offer(operator, "+79141234567", "ivanova")
    clock.advance(timedelta(minutes=11))
    assert services.calls.ringing(operator) == []


def test_calls_go_only_to_desks_that_take_calls(services: Services, operator: Principal) -> None:
    add_person(services, "admin")
    with pytest.raises(ValidationError, match="не принимает звонки"):
        services.calls.offer(operator, "+79141234567", "petrov")
    with pytest.raises(NotFoundError):
        services.calls.offer(operator, "+79141234567", "nobody")
    with pytest.raises(ValidationError):
        services.calls.offer(operator, "звоните", "ivanova")


# -- the command line ------------------------------------------------------------------------
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], database_url: URL) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--database", database_url.render_as_string(hide_password=False), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_lookup_command_prints_ranked_matches(services: Services, run: Run) -> None:
    add_customers(services.database, *EVERYONE)
    code, out, _ = run("lookup", "Иванов")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("  1. [Иванов] Иван Иванович · Южно-Сахалинск")
    assert "[Иванов]а Мария" in lines[1]


def test_lookup_command_json(services: Services, run: Run) -> None:
    add_customers(services.database, *EVERYONE)
    code, out, _ = run("lookup", "8 914 123-45-67", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["matches"][0]["name"]["text"] == IVANOV.name
    assert data["matches"][0]["matched"] == "phone"
    assert data["matches"][0]["tier"] == "exact"
    with services.database.sessions() as session:  # audited as the command line's user
        assert session.scalar(select(AuditEntry.actor_login)
                              .where(AuditEntry.action == "customer.search")).startswith("cli:")


def test_lookup_command_suggests_spellings(services: Services, run: Run) -> None:
    add_customers(services.database, *EVERYONE)
    _code, out, _ = run("lookup", "Иваноф")
    assert out.splitlines()[0].startswith("Так, как написано, не нашлось. Похожие: Иванов")


def test_call_command_offers_a_call_to_the_desk(services: Services, operator: Principal,
                                                run: Run) -> None:
    add_customers(services.database, IVANOV)
    code, out, _ = run("call", "--from", "+79141234567", "--to-desk", "ivanova")
    assert code == 0
    assert "+7 914 123-45-67" in out and "известный потребитель" in out
    assert [c.from_number for c in services.calls.ringing(operator)] == ["+79141234567"]
    code, _out, err = run("call", "--from", "+79141234567", "--to-desk", "nobody")
    assert (code, err.strip()) == (2, "Ошибка: Нет пользователя «nobody».")


def test_search_index_rebuild_command(services: Services, run: Run) -> None:
    add_customers(services.database, *EVERYONE)
    code, out, _ = run("search-index", "rebuild", "--full")
    assert (code, out.strip()) == (0, f"Проиндексировано потребителей: {len(EVERYONE)}.")
    with services.database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SearchEntry)) == len(EVERYONE)


def test_bench_lookup_smoke_at_tiny_size(run: Run) -> None:
    """The bench cannot rot: it runs end to end on a tiny database (times are not asserted)."""
    code, out, _ = run("bench", "lookup", "--customers", "60", "--queries", "3",
                       "--naive-queries", "2", "--json", "--seed", "2")
    assert code == 0
    data = json.loads(out)
    assert data["customers"] == 60
    kinds = {row["kind"] for row in data["lookup"]}
    assert {"account", "phone", "surname", "prefix", "fragment", "address", "typo"} <= kinds
    assert all(row["queries"] == 3 for row in data["lookup"] if row["kind"] != "organisation")
    assert {row["kind"] for row in data["naive_like"]} == {"fragment", "phone_part", "address"}
    code, out, _ = run("bench", "lookup", "--customers", "60", "--queries", "2",
                       "--naive-queries", "1")
    assert code == 0 and "p95 мс" in out  # reused, not filled again
    assert "добавлено" not in out.splitlines()[0]
