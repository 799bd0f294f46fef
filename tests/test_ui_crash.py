"""One crash path: errors from the GUI thread and from workers end in the log and one dialog.

The tests install the real handlers (sys.excepthook, threading.excepthook, Qt's message
handler) with the real log file in the user's (isolated) log folder; only the dialog's modal
loop is replaced, so that nothing waits for a click.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QTimer, QtMsgType, qWarning
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db.engine import make_engine
from tests.conftest import DatabaseFactory
from ui import crash
from workstation.config import user_dirs
from workstation.logs import LOG_FILE_NAME, MASK, configure_logging

PERSONAL = "caller +7 914 123-45-67, e-mail ivanov@example.ru"


def _fail(message: str = PERSONAL) -> None:
    raise ValueError(message)


@dataclass
class Shown:
    dialog: crash.CrashDialog
    on_gui_thread: bool


@dataclass
class CrashPath:
    """The installed crash path: the log file, the dialogs it showed."""

    log_path: Path
    dialogs: list[Shown] = field(default_factory=list)
    # What happens while a dialog is open (in its modal loop, where the GUI thread goes on).
    while_open: Callable[[], object] = lambda: None

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8")

    def logged_errors(self) -> int:
        return self.log().count("Unhandled error")


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The program's log file, as configured at start, in the user's log folder."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    path = configure_logging(user_dirs().logs)
    assert path is not None
    yield path
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.fixture
def crash_path(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
               log_file: Path) -> Iterator[CrashPath]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "_crash_path", crash._CrashPath())  # not the program's own
    installed = CrashPath(log_file)

    def modal_loop(dialog: crash.CrashDialog) -> int:
        qtbot.addWidget(dialog)
        on_gui_thread = threading.current_thread() is threading.main_thread()
        installed.dialogs.append(Shown(dialog, on_gui_thread))
        installed.while_open()
        return int(crash.CrashDialog.DialogCode.Rejected)

    monkeypatch.setattr(crash.CrashDialog, "exec", modal_loop)
    uninstall = crash.install_crash_handlers(log_file)
    yield installed
    uninstall()


def test_installing_takes_over_the_hooks_and_uninstalling_gives_them_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "_crash_path", crash._CrashPath())
    before = sys.excepthook, threading.excepthook
    uninstall = crash.install_crash_handlers(None)
    try:
        assert sys.excepthook is crash._excepthook
        assert threading.excepthook is crash._thread_excepthook
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("qt says hi")
        assert [(r.name, r.levelname, r.message) for r in caplog.records] == [
            ("qt", "WARNING", "qt says hi")
        ]
    finally:
        uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert crash._crash_path.relay is None


def test_a_crash_on_the_gui_thread_is_logged_and_shown(
    qtbot: QtBot, crash_path: CrashPath, tmp_path: Path
) -> None:
    QTimer.singleShot(0, _fail)  # raised in a slot: PySide hands it to sys.excepthook
    qtbot.waitUntil(lambda: bool(crash_path.dialogs))

    [shown] = crash_path.dialogs
    assert shown.on_gui_thread
    details = shown.dialog.details.toPlainText()
    assert "ValueError" in details and MASK in details
    assert "914" not in details and "ivanov@example.ru" not in details

    # The log file is in the user's log folder (this test's, see conftest), and the dialog
    # says where it is.
    assert crash_path.log_path == user_dirs().logs / LOG_FILE_NAME
    assert crash_path.log_path.is_relative_to(tmp_path)
    assert str(crash_path.log_path) in "\n".join(
        label.text() for label in shown.dialog.findChildren(QLabel)
    )
    log = crash_path.log()
    assert re.search(
        r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ERROR workstation\.crash \[MainThread\] "
        r"Unhandled error\n", log, re.MULTILINE)
    assert f"ValueError: caller {MASK}, e-mail {MASK}" in log
    assert "914" not in log and "ivanov@example.ru" not in log


def test_a_worker_thread_crash_is_logged_and_shown_on_the_gui_thread(
    qtbot: QtBot, crash_path: CrashPath
) -> None:
    worker = threading.Thread(target=_fail, name="import-worker")
    worker.start()
    worker.join()
    # threading.excepthook logged it in the worker and sent it to the GUI thread.
    assert crash_path.logged_errors() == 1
    qtbot.waitUntil(lambda: bool(crash_path.dialogs))

    [shown] = crash_path.dialogs
    assert shown.on_gui_thread
    assert "ValueError" in shown.dialog.details.toPlainText()
    log = crash_path.log()
    assert " ERROR workstation.crash [import-worker] Unhandled error" in log
    assert f"ValueError: caller {MASK}, e-mail {MASK}" in log
    assert "914" not in log and "ivanov@example.ru" not in log


def test_two_quick_crashes_on_the_gui_thread_show_one_dialog(
    qtbot: QtBot, crash_path: CrashPath
) -> None:
    # The second comes while the first dialog is open: it is logged, not shown.
    crash_path.while_open = lambda: qtbot.waitUntil(lambda: crash_path.logged_errors() == 2)
    QTimer.singleShot(0, lambda: _fail("first"))
    QTimer.singleShot(0, lambda: _fail("second"))
    qtbot.waitUntil(lambda: bool(crash_path.dialogs))

    [shown] = crash_path.dialogs
    assert "ValueError: first" in shown.dialog.details.toPlainText()
    assert "ValueError: second" in crash_path.log()

    # Once it is closed, the next crash has a dialog of its own.
    crash_path.while_open = lambda: None
    QTimer.singleShot(0, lambda: _fail("third"))
    qtbot.waitUntil(lambda: len(crash_path.dialogs) == 2)
    assert "ValueError: third" in crash_path.dialogs[1].dialog.details.toPlainText()


def test_two_quick_worker_crashes_show_one_dialog(qtbot: QtBot, crash_path: CrashPath) -> None:
    # Both reach the GUI thread while the first dialog's modal loop runs.
    crash_path.while_open = QCoreApplication.processEvents
    workers = [threading.Thread(target=_fail, args=(f"worker {n}",)) for n in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    qtbot.waitUntil(lambda: bool(crash_path.dialogs))
    QCoreApplication.processEvents()  # nothing left to deliver

    assert len(crash_path.dialogs) == 1 and crash_path.dialogs[0].on_gui_thread
    assert crash_path.logged_errors() == 2
    assert "ValueError: worker 1" in crash_path.log()
    assert "ValueError: worker 2" in crash_path.log()


def test_a_database_error_keeps_its_class_and_sqlstate_not_the_values(
    qtbot: QtBot, crash_path: CrashPath, databases: DatabaseFactory
) -> None:
    engine = make_engine(databases.empty())
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE people (id integer PRIMARY KEY, "
                                    "name varchar(100) UNIQUE, address varchar(200))"))

        def add_twice() -> None:
            with engine.begin() as connection:
                for person_id in (1, 2):
                    connection.execute(
                        text("INSERT INTO people VALUES (:id, :name, :address)"),
                        {"id": person_id, "name": "Иванова Анна", "address": "ул. Ленина 5"},
                    )

        QTimer.singleShot(0, add_twice)
        qtbot.waitUntil(lambda: bool(crash_path.dialogs))
    finally:
        engine.dispose()

    details = crash_path.dialogs[0].dialog.details.toPlainText()
    log = crash_path.log()
    for shown_text in (details, log):
        assert f"{IntegrityError.__module__}.IntegrityError" in shown_text
        assert "Иванова" not in shown_text and "Ленина" not in shown_text
        if databases.backend == "postgresql":
            assert "UniqueViolation" in shown_text and "SQLSTATE 23505" in shown_text
            assert f"DETAIL:  Key (name)=({MASK}) already exists." in shown_text
        else:
            assert "UNIQUE constraint failed: people.name" in shown_text


def test_qt_messages_reach_the_log_file_masked(crash_path: CrashPath) -> None:
    qWarning("cannot open ivanov@example.ru.pdf")
    assert f" WARNING qt [MainThread] cannot open {MASK}" in crash_path.log()
    assert "ivanov" not in crash_path.log()


def test_qt_messages_go_to_logging(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="qt"):
        crash._qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "qt says hi")
    assert "qt says hi" in caplog.text
