"""``bench lookup --gui``: from a key event in the lookup field to the first paint of results.

Offscreen, on the real pane with the real services: the field holds the query but its last
character; the clock starts when the key event for that character is sent and stops at the
first paint of the results table after the results arrived. A tool, not a test: it waits.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.panes.base import PaneContext
from ui.panes.lookup_pane import LookupPane
from ui.tasks import TaskRunner
from workstation.lookup_bench import KindStats, stats
from workstation.roles import Principal
from workstation.services import Services

GIVE_UP_MS = 10_000


class _PaintClock(QObject):
    """Notes the first paint of the results after they arrived."""

    painted = Signal()

    def __init__(self, pane: LookupPane) -> None:
        super().__init__(pane)
        self.arrived = False
        self.painted_at: float | None = None
        self.found = 0
        pane.results_shown.connect(self._arrived)
        pane.table.viewport().installEventFilter(self)

    def reset(self) -> None:
        self.arrived, self.painted_at, self.found = False, None, 0

    def _arrived(self, result: Any) -> None:
        self.arrived = True
        self.found = len(result.matches)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.arrived and self.painted_at is None:
            self.painted_at = time.perf_counter()
            self.painted.emit()
        return False


def _wait(signal: Any, ready: Callable[[], bool], limit_ms: int = GIVE_UP_MS) -> None:
    """Run the event loop until ``ready()`` holds, woken by ``signal`` (or the limit).

    Woken by signals, not by polling: a polling timer would compete with the search thread for
    the interpreter and inflate the very time measured.
    """
    deadline = time.perf_counter() + limit_ms / 1000
    while not ready() and time.perf_counter() < deadline:
        loop = QEventLoop()
        limit = QTimer()
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        signal.connect(loop.quit)
        limit.start(max(1, int((deadline - time.perf_counter()) * 1000)))
        loop.exec()
        limit.stop()
        signal.disconnect(loop.quit)


def measure_pane(services: Services, actor: Principal, queries: dict[str, list[str]], *,
                 per_kind: int = 50) -> KindStats:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if app is None:
        from ui.app import create_application

        app = create_application(["bench"])
    runner = TaskRunner()
    window = QMainWindow()
    pane = LookupPane(PaneContext(services, actor, runner, UTC), window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, pane)
    window.resize(1280, 800)
    window.show()
    clock = _PaintClock(pane)
    millis: list[float] = []
    found: list[int] = []
    texts = [text for kind_texts in queries.values() for text in kind_texts[:per_kind]
             if len(text) > 1]
    for text in texts:
        edit = pane.search_edit
        edit.blockSignals(True)  # the field holds all but the last character, no search yet
        edit.setText(text[:-1])
        edit.blockSignals(False)
        pane.model.clear()
        _wait(runner.busy_changed, lambda: not runner.busy)
        QApplication.processEvents()
        clock.reset()
        started = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, text[-1],
                           Qt.KeyboardModifier.NoModifier)
        _wait(clock.painted, lambda: clock.painted_at is not None)
        if clock.painted_at is not None:
            millis.append((clock.painted_at - started) * 1000)
            found.append(clock.found)
    runner.wait_for_done()
    window.close()
    window.deleteLater()
    return replace(stats("gui", millis, found), label="клавиша → отрисовка результатов")
