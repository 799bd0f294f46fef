"""ui/gc_guard.py: cycle collection happens on the GUI thread, never in a worker."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from ui.gc_guard import MainThreadGarbageCollector


def test_automatic_collection_is_off_and_the_timer_collects(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    collector = MainThreadGarbageCollector()
    try:
        assert not gc.isenabled()

        class Cycle:
            def __init__(self) -> None:
                self.me = self

        threshold = gc.get_threshold()[0]
        for _ in range(threshold + 10):
            Cycle()
        assert gc.get_count()[0] > threshold
        collector.collect_if_due()
        assert gc.get_count()[0] < threshold
    finally:
        if was_enabled:
            gc.enable()
