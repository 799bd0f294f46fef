"""What every pane declares (name, title, roles, default place) and what it receives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ui.icons import icon
from ui.tasks import TaskRunner
from workstation.roles import Principal, Role
from workstation.services import Services


@dataclass(frozen=True)
class PaneContext:
    """What the shell hands every pane: the services, who is working, and how to run tasks."""

    services: Services
    principal: Principal
    runner: TaskRunner
    zone: tzinfo  # the desk's time zone, for showing times


class DeskPane(QDockWidget):
    """A dock widget the shell places by its declaration; subclasses fill in the class vars.

    ``OBJECT_NAME`` keys the saved layout, so it must never change once released.
    """

    OBJECT_NAME: ClassVar[str]
    ROLES: ClassVar[frozenset[Role]]
    AREA: ClassVar[Qt.DockWidgetArea]
    SHORTCUT: ClassVar[str]  # brings forward (and focuses) or hides the pane; PortableText
    ICON: ClassVar[str]

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._data_requested = False
        self.setObjectName(self.OBJECT_NAME)
        self.setWindowTitle(self.title())
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        toggle = self.toggleViewAction()
        toggle.setShortcut(QKeySequence(self.SHORTCUT))
        toggle.setIcon(icon(self.ICON))
        toggle.setStatusTip(self.title())
        # Before Qt's own handler (it listens to ``triggered``, which QAction emits after
        # ``toggled``): a pane behind another tab is brought forward instead of being closed.
        toggle.toggled.connect(self._keep_if_behind_a_tab)
        toggle.triggered.connect(self._toggled_by_user)

    @classmethod
    def visible_to(cls, principal: Principal) -> bool:
        return bool(cls.ROLES & principal.roles)

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Fetch the pane's data (in the background); called when first shown and on refresh."""

    def connect_panes(self, panes: dict[str, DeskPane]) -> None:
        """Wire this pane's signals to other panes (by OBJECT_NAME); the shell calls it once all
        panes exist. Panes never hold each other otherwise: a missing pane is simply absent."""

    def pane_action(self, text: str, meaning: str, keys: str,
                    slot: Callable[[], Any]) -> QAction:
        """An action of this pane, its keys working only while the focus is inside it: Ins,
        Del, F2 or F5 mean something else in other panes."""
        action = QAction(icon(meaning), text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def focus_target(self) -> QWidget:
        """The widget that takes the keyboard when the pane is opened by its shortcut."""
        return self.widget() or self

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._data_requested:  # a pane the person keeps hidden costs no queries
            self._data_requested = True
            self.load()

    def is_behind_a_tab(self) -> bool:
        """Open but out of sight: another pane of its tab group is in front. Qt does not hide
        such a pane (isHidden() is false, its toggle stays checked), it moves it off screen."""
        if self.isHidden() or self.isFloating():
            return False
        window = self.parentWidget()
        return (isinstance(window, QMainWindow) and window.isVisible()
                and bool(window.tabifiedDockWidgets(self)) and self.visibleRegion().isEmpty())

    def _keep_if_behind_a_tab(self, checked: bool) -> None:
        # The shortcut (or the View menu) on a pane whose tab is not in front means "show me
        # that pane": checking it again keeps Qt from closing it; _toggled_by_user raises it.
        # Qt's own show/hide bookkeeping also unchecks the action, but only once the pane is
        # hidden, which is_behind_a_tab() rules out.
        if not checked and self.is_behind_a_tab():
            self.toggleViewAction().setChecked(True)

    def _toggled_by_user(self, checked: bool) -> None:
        if checked:
            self.raise_()
            self.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)
