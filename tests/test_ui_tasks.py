"""ui/tasks.py: work off the GUI thread, results on it, superseded results dropped."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ui.tasks import TaskRunner
from workstation.errors import DomainError, ValidationError


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    unexpected: list[BaseException] = []
    task_runner = TaskRunner(on_unexpected=unexpected.append)
    task_runner.unexpected = unexpected  # type: ignore[attr-defined]
    yield task_runner
    assert task_runner.wait_for_done(5000), "a task was still running after the test"


def test_result_is_delivered_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[tuple[str, bool]] = []
    work_thread: list[threading.Thread] = []

    def work() -> str:
        work_thread.append(threading.current_thread())
        return "done"

    runner.run(work, lambda r: seen.append((r, threading.current_thread() is
                                            threading.main_thread())))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("done", True)]
    assert work_thread[0] is not threading.main_thread()
    assert not runner.busy


def test_user_error_goes_to_the_failure_callback(qtbot: QtBot, runner: TaskRunner) -> None:
    failures: list[DomainError] = []

    def work() -> None:
        raise ValidationError("Неверные данные")

    runner.run(work, lambda _r: pytest.fail("no result expected"), failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0].message == "Неверные данные"
    assert runner.unexpected == []  # type: ignore[attr-defined]


def test_a_bug_goes_to_the_crash_path(qtbot: QtBot, runner: TaskRunner) -> None:
    failures: list[DomainError] = []

    def work() -> None:
        raise ZeroDivisionError("bug")

    runner.run(work, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(runner.unexpected))  # type: ignore[attr-defined]
    assert isinstance(runner.unexpected[0], ZeroDivisionError)  # type: ignore[attr-defined]
    assert failures == []  # a bug is not shown as if it were the user's mistake


def test_a_newer_task_supersedes_an_older_one(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    interrupted: list[str] = []
    results: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "old"

    runner.run(slow, results.append, key="search", interrupt=lambda: interrupted.append("old"))
    runner.run(lambda: "new", results.append, key="search")
    assert interrupted == ["old"]  # the old query is stopped, not merely ignored
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == ["new"]


def test_busy_signal(qtbot: QtBot, runner: TaskRunner) -> None:
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(lambda: 1, lambda _r: None)
    assert states == [True, False]
