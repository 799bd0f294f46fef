"""`python main.py bench deadlines` at tiny size, so that it cannot rot (times never asserted)."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import URL, func, select

from cli.main import main
from db.models import Appeal, Deadline
from workstation.database import connect


def test_the_bench_runs_at_tiny_size_and_cleans_up(
        qtbot: QtBot, database_url: URL, capsys: pytest.CaptureFixture[str]) -> None:
    url = database_url.render_as_string(hide_password=False)
    assert main(["--database", url, "bench", "deadlines", "--appeals", "40", "--items", "10",
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["appeals"] == 40
    assert result["compute"]["count"] >= 40  # every appeal has at least one deadline
    assert result["register"]["count"] >= 40
    assert result["list"]["items"] >= 10
    assert result["gui"]["items"] == result["list"]["items"]
    assert {"refresh_p50_ms", "refresh_max_ms", "tick_p50_ms", "plain_table_p50_ms"} <= set(
        result["gui"])
    database = connect(database_url)
    try:
        with database.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Appeal)) == 0
            assert session.scalar(select(func.count()).select_from(Deadline)) == 0
    finally:
        database.close()
