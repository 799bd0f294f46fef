"""The one crash path: uncaught errors from any thread are logged and shown in one dialog.

Qt's own messages are routed into logging too. Nothing personal is shown or logged: the log
formatter and the dialog mask phone numbers, e-mail addresses, long numbers and the values
PostgreSQL repeats in an error's DETAIL; the error's class and SQLSTATE stay.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workstation.logs import mask_personal_data

log = logging.getLogger("workstation.crash")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class _CrashRelay(QObject):
    """Carries errors from worker threads to the GUI thread, where the dialog may be shown."""

    raised = Signal(object)


class CrashDialog(QDialog):
    def __init__(self, error: BaseException, log_path: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Internal error"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
                       .pixmap(32, 32))
        layout.addWidget(icon)
        where = (self.tr("The details were written to the log: %1").replace("%1", str(log_path))
                 if log_path else "")
        text = QLabel(
            self.tr("The program ran into an internal error. What you already saved is safe; "
                    "if an action did not finish, try it again.") + "\n" + where
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        self.details = QPlainTextEdit(_format(error))
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        toggle = buttons.addButton(self.tr("Details"), QDialogButtonBox.ButtonRole.ActionRole)
        toggle.setCheckable(True)
        toggle.toggled.connect(self.details.setVisible)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.details.toPlainText())
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class _CrashPath:
    def __init__(self) -> None:
        self.log_path: Path | None = None
        self.relay: _CrashRelay | None = None
        self.showing = False

    def report(self, error: BaseException) -> None:
        code = sqlstate(error)
        log.error("Unhandled error%s", f" (SQLSTATE {code})" if code else "",
                  exc_info=(type(error), error, error.__traceback__))
        if self.relay is None:
            return
        if threading.current_thread() is threading.main_thread():
            self.show(error)
        else:
            self.relay.raised.emit(error)

    def show(self, error: BaseException) -> None:
        if self.showing or QApplication.instance() is None:
            return  # one dialog at a time; the rest is in the log
        self.showing = True
        try:
            CrashDialog(error, self.log_path, QApplication.activeWindow()).exec()
        finally:
            self.showing = False


_crash_path = _CrashPath()


def install_crash_handlers(log_path: Path | None) -> Callable[[], None]:
    """Route uncaught exceptions (any thread) and Qt messages to the log and the dialog.

    Call it on the GUI thread, with the application made. Returns a function that puts the
    previous handlers back (for tests; the program keeps them to the end).
    """
    path = _crash_path
    path.log_path = log_path
    path.relay = _CrashRelay()
    path.relay.raised.connect(path.show)
    previous = sys.excepthook, threading.excepthook
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    previous_qt_handler = qInstallMessageHandler(_qt_message_handler)

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous
        qInstallMessageHandler(previous_qt_handler)
        path.relay, path.log_path = None, None  # the relay, unreferenced, goes with its link

    return uninstall


def report_exception(error: BaseException) -> None:
    _crash_path.report(error)


def _excepthook(kind: type[BaseException], error: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    report_exception(error.with_traceback(tb))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        report_exception(args.exc_value)


def _qt_message_handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def sqlstate(error: BaseException) -> str | None:
    """The SQLSTATE of a database error (psycopg's, also wrapped by SQLAlchemy), if any: with
    the DETAIL's values masked, it and the error class say what went wrong."""
    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        code = getattr(current, "sqlstate", None)
        if isinstance(code, str) and code:
            return code
        pending += [getattr(current, "orig", None), getattr(current, "__cause__", None),
                    getattr(current, "__context__", None)]
    return None


def _format(error: BaseException) -> str:
    """The traceback for the dialog's details, masked as the log is."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    code = sqlstate(error)
    return mask_personal_data(f"SQLSTATE {code}\n{text}" if code else text)
