"""A clock in the desk's time zone for the status bar (deadlines are counted in that zone).

The time comes from the services' Clock and the ticking from an injectable timer, so tests
set the time and tick by hand.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.icons import icon
from workstation.clock import Clock
from workstation.formatting import format_date, format_time, short_weekday
from workstation.time_zones import zone_name

TICK_MS = 1000  # a second, so the minute changes on time; the label repaints only when it does


class DeskClock(QWidget):
    day_changed = Signal(object)  # date: the start page shows today's date

    def __init__(self, clock: Clock, zone: tzinfo, parent: QWidget | None = None, *,
                 timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = zone
        self._day: date | None = None
        self._icon = QLabel()
        self._icon.setPixmap(icon("clock").pixmap(16, 16))
        self.label = QLabel()
        self.label.setObjectName("desk-clock")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._icon)
        layout.addWidget(self.label)
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    @property
    def zone(self) -> tzinfo:
        return self._zone

    def today(self) -> date:
        return self._clock.now().astimezone(self._zone).date()

    def tick(self) -> None:
        now = self._clock.now().astimezone(self._zone)
        text = f"{short_weekday(now.date())}, {format_date(now.date())}  {format_time(now)}"
        if text != self.label.text():
            self.label.setText(text)
            self.setToolTip(self.tr("Time in the desk's zone: %1")
                            .replace("%1", zone_name(self._zone, now)))
        if now.date() != self._day:
            self._day = now.date()
            self.day_changed.emit(self._day)

    def stop(self) -> None:
        self._timer.stop()
