"""Operators' and specialists' SLA countdown: the call phase and the nearest deadlines.

Always there: the pane cannot be closed from its title bar (it can be moved or floated). The
call panel drives the phase through ``start_phase``/``end_phase``; a click on a deadline asks
the shell to open the item (``appeal_requested``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget

from ui.panes.base import DeskPane, PaneContext
from ui.sla_countdown import SlaCountdown
from workstation.deadline_rules import Rule
from workstation.roles import Role


class SlaPane(DeskPane):
    OBJECT_NAME = "sla-pane"
    ROLES = frozenset({Role.OPERATOR, Role.SPECIALIST})
    AREA = Qt.DockWidgetArea.RightDockWidgetArea
    SHORTCUT = "Ctrl+Shift+D"
    ICON = "deadlines"

    appeal_requested = Signal(object)  # appeal id

    def __init__(self, context: PaneContext, parent: QWidget | None = None, *,
                 tick_timer: QTimer | None = None, check_timer: QTimer | None = None) -> None:
        super().__init__(context, parent)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        # Qt disables the view action of a dock that cannot close; its shortcut still has to
        # bring the pane forward (see _toggled_by_user).
        self.toggleViewAction().setEnabled(True)
        self.countdown = SlaCountdown(context.services, context.principal, context.runner,
                                      context.zone, self, tick_timer=tick_timer,
                                      check_timer=check_timer)
        self.countdown.appeal_requested.connect(self.appeal_requested)
        self.setWidget(self.countdown)
        self.sound_action = QAction(self.tr("&Sound when a deadline is missed"), self)
        self.sound_action.setCheckable(True)
        self.sound_action.toggled.connect(self._sound_toggled)
        self.refresh_action = QAction(self.tr("&Refresh deadlines"), self)
        self.refresh_action.triggered.connect(lambda _checked=False: self.countdown.refresh())
        self.countdown.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.countdown.addAction(self.sound_action)
        self.countdown.addAction(self.refresh_action)

    def title(self) -> str:
        return self.tr("Deadlines")

    def load(self) -> None:
        self.countdown.start()

    def focus_target(self) -> QWidget:
        return self.countdown.table

    def start_phase(self, rule: Rule | str, started_at: datetime) -> Rule:
        return self.countdown.start_phase(rule, started_at)

    def end_phase(self) -> None:
        self.countdown.end_phase()

    def refresh(self) -> None:
        """Reload the deadlines now (the call panel: a callback promised or kept, TEL-3)."""
        self.countdown.refresh()

    def _toggled_by_user(self, checked: bool) -> None:
        # The shortcut or the View menu never hides the countdown: it brings it forward.
        if not checked:
            self.show()
            self.toggleViewAction().setChecked(True)
        super()._toggled_by_user(True)

    def _sound_toggled(self, on: bool) -> None:
        self.countdown.sound = on
