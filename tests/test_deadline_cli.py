"""python main.py deadlines: the step-by-step explanation of an appeal's due times, the rules
and the calendar's corrections from the command line."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import URL

from cli.main import EXIT_USER_ERROR, main
from db.models import Appeal
from tests.helpers.deadlines import add_appeal, add_customer_in
from workstation.appeal_deadlines import appeal_status_changed
from workstation.appeals import AppealStatus
from workstation.clock import FakeClock
from workstation.roles import Principal
from workstation.services import Services

MSK = ZoneInfo("Europe/Moscow")


def run(url: URL, *argv: str) -> int:
    return main(["--database", url.render_as_string(hide_password=False), *argv])


def test_explain_shows_start_days_holidays_pause_extension_and_the_result(
        services: Services, database_url: URL, clock: FakeClock,
        capsys: pytest.CaptureFixture[str]) -> None:
    registry = services.deadlines.registry
    customer = add_customer_in(services.database, "Asia/Sakhalin")
    clock.set(datetime(2025, 12, 22, 10, 0, tzinfo=MSK))
    appeal_id = add_appeal(services.database, "2025-000321", clock.now(), customer_id=customer,
                           register=registry)
    for moment, old, new in (
            (datetime(2025, 12, 24, 11, 0, tzinfo=MSK), AppealStatus.REGISTERED,
             AppealStatus.CLARIFICATION),
            (datetime(2025, 12, 26, 15, 0, tzinfo=MSK), AppealStatus.CLARIFICATION,
             AppealStatus.IN_PROGRESS)):
        clock.set(moment)
        with services.database.sessions.begin() as session:
            appeal = session.get(Appeal, appeal_id)
            assert appeal is not None
            appeal_status_changed(registry, session, appeal, old, new)
    [sla7] = [view for view in services.deadlines.for_subject("appeal", appeal_id)
              if view.rule_code == "SLA-7"]
    clock.set(datetime(2026, 1, 12, 9, 0, tzinfo=MSK))
    services.deadlines.extend(Principal.command_line("tester"), sla7.id, sla7.version, 3,
                              "запрошен акт у сетевой организации")

    assert run(database_url, "deadlines", "--appeal", "2025-000321") == 0
    out = capsys.readouterr().out
    assert "Обращение 2025-000321 · Перерасчёт" in out
    assert "Часовой пояс потребителя: Asia/Sakhalin." in out
    sla7_text = out[out.index("SLA-7 — "):]
    for expected in (
        "Начало отсчёта: 22.12.2025 10:00 (Europe/Moscow).",
        "Дни считаются со следующего дня: 23.12.2025 (вт) — 01.01.2026 (чт), "
        "10\u00a0календарных дней",
        "Пауза 24.12.2025 11:00 (Europe/Moscow) — 26.12.2025 15:00 (Europe/Moscow) "
        "(запрошено уточнение (WR-2)): не считается 2\u00a0календарных дня, последний день "
        "03.01.2026 (сб).",
        "ст. 193 ГК РФ",
        "09.01.2026 (пт) — перенесённый выходной: Выходной (перенесено с 03.01.2026)",
        "→ 12.01.2026 (пн).",
        "Продление (SLA-8) 12.01.2026 09:00, cli:tester: +3\u00a0дня — «запрошен акт у "
        "сетевой организации»; последний день 15.01.2026 (чт).",
        "Срок: 15.01.2026 18:00 (Europe/Moscow); у потребителя 16.01.2026 02:00 "
        "(Asia/Sakhalin).",
    ):
        assert expected in sla7_text, expected
    assert "Внимание" not in out  # the stored due time is the one explained
    # SLA-6: one day, moved by the pause, met late when work started.
    assert "Итог: выполнено с опозданием: 26.12.2025 15:00" in out


def test_explain_an_appeal_without_stored_deadlines_and_an_unknown_number(
        services: Services, database_url: URL, capsys: pytest.CaptureFixture[str]) -> None:
    add_appeal(services.database, "2026-000777", datetime(2026, 3, 2, 12, 0, tzinfo=MSK),
               channel="voicemail")
    assert run(database_url, "deadlines", "--appeal", "2026-000777") == 0
    out = capsys.readouterr().out
    assert "ещё не зарегистрированы" in out and "SLA-9/phone" in out
    assert run(database_url, "deadlines", "--appeal", "2026-999999") == EXIT_USER_ERROR
    assert "Обращение 2026-999999 не найдено." in capsys.readouterr().err


def test_rules_and_calendar_from_the_command_line(
        services: Services, database_url: URL, clock: FakeClock,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(database_url, "deadlines", "rules") == 0
    listing = capsys.readouterr().out
    assert "SLA-9/phone" in listing and "5\u00a0рабочих дней" in listing
    clock.advance(timedelta(days=1))
    assert run(database_url, "deadlines", "rules", "set", "SLA-7", "--amount", "15",
               "--reason", "приказ № 12") == 0
    assert "редакция 2" in capsys.readouterr().out
    assert run(database_url, "deadlines", "rules", "history", "sla-7") == 0
    history = capsys.readouterr().out.splitlines()
    assert len(history) == 2 and history[1].endswith("приказ № 12")
    assert run(database_url, "deadlines", "calendar", "set", "2026-10-31", "--working",
               "--note", "Постановление № 1") == 0
    assert "рабочий день (поправка администратора)" in capsys.readouterr().out
    assert run(database_url, "deadlines", "calendar", "list", "2026") == 0
    year = capsys.readouterr().out
    assert "31.10.2026 сб  рабочий день (поправка администратора): Постановление № 1" in year
    assert "09.01.2026 пт  перенесённый выходной" in year
