"""``bench lookup --gui`` at tiny size: the key-to-paint measurement runs (times not asserted)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.helpers.customers import EVERYONE, add_customers
from ui.lookup_bench_gui import measure_pane
from workstation.roles import Principal, Role
from workstation.services import Services

OPERATOR = Principal(None, "cli:bench", "Замер", frozenset({Role.OPERATOR}))


def test_the_gui_bench_measures_key_to_paint(qtbot: QtBot, services: Services) -> None:
    add_customers(services.database, *EVERYONE)
    queries = {"surname": ["Иванов", "Семенов"], "phone": ["8 914 123-45-67"],
               "typo": ["Иваноф"]}
    result = measure_pane(services, OPERATOR, queries, per_kind=2)
    assert result.count == 4
    assert result.found == 1.5  # the median of 3, 1, 1, 2 matches
    assert 0 < result.p50 <= result.p95 <= result.worst
