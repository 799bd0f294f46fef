"""Python's cycle collector runs on the GUI thread only.

A collection that happens to start in a worker thread may destroy Qt objects there, and Qt
crashes (a segfault "Garbage-collecting" in a pool thread). Automatic collection is switched off
and a timer on the GUI thread collects instead, by the same generation thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):  # the oldest due generation covers the younger ones
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
