"""The work queues' bench (``python main.py bench queues``) at a tiny size, so it cannot rot.
It measures and prints; nothing here asserts a speed."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import URL

from cli.main import main


def test_bench_queues_smoke(database_url: URL, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    url = database_url.render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--database", url, "bench", "queues", "--appeals", "60", "--depth", "2",
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["appeals"] >= 60
    assert [row["queue"] for row in report["queues"]][:2] == ["мои обращения",
                                                               "моё подразделение"]
    assert all(row["first_page_p50_ms"] >= 0 for row in report["queues"])
    assert main(["--database", url, "bench", "queues", "--appeals", "60", "--depth", "1"]) == 0
    assert "все места (DB-2)" in capsys.readouterr().out  # the same data, reused
