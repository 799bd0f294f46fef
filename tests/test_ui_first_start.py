"""First start of the demo desk: the progress dialog fills the database; cancel deletes it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import URL, func, select

from db.engine import make_engine
from db.migrate import alembic_config
from db.models import Customer
from ui.first_start import DemoDatabaseFiller
from ui.tasks import TaskRunner
from workstation.clock import FakeClock
from workstation.config import DatabaseChoice
from workstation.database import connect
from workstation.demo_data import STAGE_CUSTOMERS, DemoReport, fill_demo_data
from workstation.demo_database import DEMO_SOURCE
from workstation.errors import ValidationError


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    unexpected: list[BaseException] = []
    task_runner = TaskRunner(on_unexpected=unexpected.append)
    yield task_runner
    assert task_runner.wait_for_done(10_000)
    assert unexpected == []


@pytest.fixture
def choice(tmp_path: Path) -> DatabaseChoice:
    return DatabaseChoice(URL.create("sqlite", database=str(tmp_path / "demo.sqlite3")),
                          DEMO_SOURCE)


def customers_in(choice: DatabaseChoice) -> int:
    database = connect(choice.url)
    try:
        with database.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(Customer)) or 0)
    finally:
        database.close()


def start(qtbot: QtBot, filler: DemoDatabaseFiller) -> bool:
    qtbot.addWidget(filler.dialog)
    with qtbot.waitSignal(filler.finished, timeout=60_000) as finished:
        filler.start()
    ready: bool = finished.args[0]
    return ready


def test_an_empty_demo_database_is_filled_once(
    qtbot: QtBot, runner: TaskRunner, choice: DatabaseChoice, clock: FakeClock
) -> None:
    filler = DemoDatabaseFiller(runner, choice, clock, customers=30, appeals=10)
    assert start(qtbot, filler) is True
    assert filler.report is not None and filler.report.customers == 30
    assert customers_in(choice) == 30
    again = DemoDatabaseFiller(runner, choice, clock, customers=30, appeals=10)
    assert start(qtbot, again) is True
    assert again.report is None  # it had customers: nothing added
    assert customers_in(choice) == 30


def test_cancel_deletes_the_half_filled_file(
    qtbot: QtBot, runner: TaskRunner, choice: DatabaseChoice, clock: FakeClock
) -> None:
    first_batch_written = threading.Event()
    cancel_clicked = threading.Event()

    def gated_fill(*args: Any, **kwargs: Any) -> DemoReport:
        """The real filling, held after its first batch until the test has clicked Cancel."""
        progress = kwargs["progress"]

        def held(done: int, total: int, stage: str) -> bool:
            if stage == STAGE_CUSTOMERS and done > 0 and not cancel_clicked.is_set():
                first_batch_written.set()
                cancel_clicked.wait(30)
            return bool(progress(done, total, stage))

        kwargs.update(progress=held, batch_size=10)
        return fill_demo_data(*args, **kwargs)

    filler = DemoDatabaseFiller(runner, choice, clock, customers=50, appeals=5,
                                fill=gated_fill)
    qtbot.addWidget(filler.dialog)
    with qtbot.waitSignal(filler.finished, timeout=60_000) as finished:
        filler.start()
        qtbot.waitUntil(first_batch_written.is_set, timeout=30_000)
        qtbot.waitUntil(filler.dialog.isVisible)
        button = filler.dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert "Cancelling" in filler.dialog.labelText()  # said at once, while it finishes
        cancel_clicked.set()
    assert finished.args == [False]
    assert filler.report is not None and filler.report.cancelled
    assert filler.report.customers == 10
    assert "cancelled" in filler.message
    assert not Path(str(choice.url.database)).exists()


def test_a_failure_says_why_and_deletes_the_file(
    qtbot: QtBot, runner: TaskRunner, choice: DatabaseChoice, clock: FakeClock
) -> None:
    def failing_fill(*args: Any, **kwargs: Any) -> DemoReport:
        raise ValidationError("Диск заполнен.")

    filler = DemoDatabaseFiller(runner, choice, clock, fill=failing_fill)
    assert start(qtbot, filler) is False
    assert "Диск заполнен." in filler.message
    assert not Path(str(choice.url.database)).exists()


def test_a_bug_goes_to_the_crash_path_and_the_dialog_still_ends(
    qtbot: QtBot, runner: TaskRunner, choice: DatabaseChoice, clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr("ui.crash.report_exception", reported.append)

    def buggy_fill(*args: Any, **kwargs: Any) -> DemoReport:
        raise ZeroDivisionError("bug")

    filler = DemoDatabaseFiller(runner, choice, clock, fill=buggy_fill)
    assert start(qtbot, filler) is False
    assert [type(error) for error in reported] == [ZeroDivisionError]
    assert not Path(str(choice.url.database)).exists()


def test_an_outdated_demo_database_is_upgraded_not_refused(
    qtbot: QtBot, runner: TaskRunner, choice: DatabaseChoice, clock: FakeClock
) -> None:
    engine = make_engine(choice.url)
    with engine.begin() as connection:  # a demo file made by an older version of the program
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    filler = DemoDatabaseFiller(runner, choice, clock, customers=5, appeals=0)
    assert start(qtbot, filler) is True
    assert customers_in(choice) == 5
