"""`python main.py bench answers` at tiny size, so that it cannot rot (times are never asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import URL

from cli.main import main
from workstation.answer_bench import (
    BENCH_PREFIX,
    grow_library,
    remove_bench_entries,
    searchable_entries,
    time_searches,
)
from workstation.bench_stats import percentile
from workstation.clock import FakeClock
from workstation.roles import Principal
from workstation.services import Services

SHIPPED = Path(__file__).resolve().parent.parent / "resources" / "answers" / "library.json"


def test_the_library_grows_is_searched_and_shrinks_back(services: Services,
                                                        clock: FakeClock) -> None:
    before = searchable_entries(services.database)
    assert grow_library(services.database, before + 30, clock) == 30
    assert grow_library(services.database, before + 30, clock) == 0  # already there
    actor = Principal.command_line("bench")
    stats = time_searches(services.answers, actor, 12, before + 30)
    assert (stats.searches, stats.entries) == (12, before + 30)
    assert stats.p50 <= stats.p95 <= stats.worst and stats.found > 0
    found = services.answers.search(actor, "счётчика").items
    assert any(item.code.startswith(BENCH_PREFIX) for item in found)
    assert remove_bench_entries(services.database) == 30
    assert searchable_entries(services.database) == before
    assert not any(item.code.startswith(BENCH_PREFIX)
                   for item in services.answers.search(actor, "счётчика").items)


def test_the_command_prints_percentiles(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    url = URL.create("sqlite", database=str(tmp_path / "bench.sqlite3"))
    code = main(["--database", url.render_as_string(), "bench", "answers", "--entries", "100",
                 "--searches", "5", "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    shipped = len(json.loads(SHIPPED.read_text(encoding="utf-8"))["entries"])
    assert (report["entries"], report["searches"], report["added"], report["removed"]) == (
        100, 5, 100 - shipped, 100 - shipped)
    assert {"p50_ms", "p95_ms", "max_ms"} <= set(report)


def test_percentile_is_the_nearest_rank_shared_by_every_bench() -> None:
    values = [float(v) for v in range(200, 0, -1)]  # 200 … 1, unsorted on purpose
    assert percentile(values, 0.95) == 190.0  # the 190th smallest of 200
    assert percentile(values, 0.5) == 100.0
    assert percentile([7.0], 0.95) == 7.0
    assert percentile([], 0.95) == 0.0
