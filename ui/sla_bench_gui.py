"""How long the SLA countdown blocks the GUI thread for a person with many open deadlines.

A reload's database part, and the rows' states, order and texts, run in the TaskRunner
(measured by the bench separately); what the GUI thread does is swap the rows in, recount
them for "now", update the summary and paint the visible rows. That is timed here, offscreen,
and so is a tick (every second). Budget: 16 ms, one frame at 60 Hz.
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from ui.models.deadlines_table import prepare_rows
from ui.sla_countdown import SlaCountdown
from ui.tasks import TaskRunner
from workstation.clock import FakeClock
from workstation.roles import Principal
from workstation.services import Services

BUDGET_MS = 16.0


@dataclass(frozen=True)
class GuiTiming:
    items: int
    refresh_min_ms: float  # the run least disturbed by other processes on a shared machine
    refresh_p50_ms: float
    refresh_max_ms: float
    tick_p50_ms: float  # a second passes: usually no text changes, nothing to paint
    tick_max_ms: float
    minute_tick_p50_ms: float  # a minute passes: every visible "left" changes
    minute_tick_max_ms: float
    plain_table_p50_ms: float  # a plain Qt table of the same size, painted on this machine now

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "refresh_min_ms": round(self.refresh_min_ms, 2),
                "refresh_p50_ms": round(self.refresh_p50_ms, 2),
                "refresh_max_ms": round(self.refresh_max_ms, 2),
                "tick_p50_ms": round(self.tick_p50_ms, 2),
                "tick_max_ms": round(self.tick_max_ms, 2),
                "minute_tick_p50_ms": round(self.minute_tick_p50_ms, 2),
                "minute_tick_max_ms": round(self.minute_tick_max_ms, 2),
                "plain_table_p50_ms": round(self.plain_table_p50_ms, 2), "budget_ms": BUDGET_MS}


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([])


def measure_widget(services: Services, person: Principal, runs: int = 20) -> GuiTiming:
    app = _application()
    runner = TaskRunner()
    # A clock the bench moves by hand, and timers that never fire by themselves.
    clock = FakeClock(services.clock.now())
    zone = ZoneInfo("Europe/Moscow")
    widget = SlaCountdown(replace(services, clock=clock), person, runner, zone,
                          tick_timer=QTimer(), check_timer=QTimer())
    widget.resize(520, 700)
    widget.show()
    app.processEvents()
    views = services.deadlines.open_for(person)
    marker, rules = services.deadlines.marker(person), services.deadline_rules.rule_book()
    refresh, ticks, minute_ticks = [], [], []
    for _ in range(runs):
        # What the background task delivers, made outside the measurement.
        loaded = (marker, prepare_rows(views, clock.now(), zone), rules)
        started = time.perf_counter()
        widget._loaded(loaded)  # the slot the runner calls on the GUI thread
        widget.table.viewport().repaint()  # and the paint it causes, done now
        refresh.append((time.perf_counter() - started) * 1000)
        for step, into in ((1, ticks), (60, minute_ticks)):
            clock.advance(step)
            started = time.perf_counter()
            widget.tick()
            app.processEvents()  # the repaint the tick asked for, if any
            into.append((time.perf_counter() - started) * 1000)
    items = widget.model.rowCount()
    plain = _plain_table(items, runs)
    widget.close()
    runner.wait_for_done()
    widget.deleteLater()
    app.processEvents()
    return GuiTiming(items, min(refresh), statistics.median(refresh), max(refresh),
                     statistics.median(ticks), max(ticks), statistics.median(minute_ticks),
                     max(minute_ticks), plain)


def _plain_table(rows: int, runs: int) -> float:
    """The paint of a QStandardItemModel table of the same size: how fast this machine paints
    a table at all right now (shared machines are noisy; compare against this)."""
    model = QStandardItemModel(rows, 5)
    for row in range(rows):
        for column in range(5):
            model.setItem(row, column, QStandardItem(f"2026-{row:06d} · Перерасчёт {column}"))
    table = QTableView()
    table.setModel(model)
    table.resize(520, 560)
    table.show()
    QApplication.processEvents()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        table.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
    table.close()
    table.deleteLater()
    return statistics.median(times)
