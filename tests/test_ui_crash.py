"""One crash path: errors from the GUI thread and from workers end in the log and one dialog."""

from __future__ import annotations

import logging
import threading

import pytest
from pytestqt.qtbot import QtBot

from ui import crash


def test_crash_dialog_hides_personal_data(qtbot: QtBot) -> None:
    try:
        raise ValueError("caller +7 914 123-45-67, e-mail ivanov@example.ru")
    except ValueError as error:
        dialog = crash.CrashDialog(error, None)
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert "ValueError" in details
    assert "914" not in details and "ivanov@example.ru" not in details


def test_worker_thread_errors_reach_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[BaseException, bool]] = []
    path = crash._CrashPath()
    path.relay = crash._CrashRelay()
    monkeypatch.setattr(
        path, "show",
        lambda error: shown.append((error, threading.current_thread() is threading.main_thread())),
    )
    path.relay.raised.connect(path.show)

    def worker() -> None:
        path.report(RuntimeError("from a worker"))

    with caplog.at_level(logging.ERROR, logger="workstation.crash"):
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(shown))
    error, on_main_thread = shown[0]
    assert str(error) == "from a worker" and on_main_thread
    assert "Unhandled error" in caplog.text


def test_qt_messages_go_to_logging(caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    with caplog.at_level(logging.WARNING, logger="qt"):
        crash._qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "qt says hi")
    assert "qt says hi" in caplog.text
