"""The menu bar and the toolbar, built from the shell's actions and the panes present."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

from ui.panes.audit_pane import AuditPane
from ui.panes.base import DeskPane
from ui.panes.users_pane import UsersPane
from ui.shell_actions import ShellActions


def tool_tip(action: QAction) -> str:
    """What a toolbar button does and its keys, e.g. "Поиск потребителя (Ctrl+Shift+F)"."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text


class DeskMenus(QObject):
    """Файл, Вид, Администрирование (administrators), Справка, and the toolbar.

    The toolbar fits a 1280 px window for every role, nothing folded behind "»": the pane
    toggles are icons (their titles and keys in the tooltip, the View menu lists them in words;
    a pane in sight shows as a pressed button, not by colour alone), the few actions of the
    window itself keep their words.
    """

    def __init__(self, window: QMainWindow, actions: ShellActions,
                 panes: list[DeskPane]) -> None:
        super().__init__(window)
        self.toolbar = self._build(window, actions, panes)

    def _build(self, window: QMainWindow, actions: ShellActions,
               panes: list[DeskPane]) -> QToolBar:
        toggles = [pane.toggleViewAction() for pane in panes]
        by_type = {type(pane): pane for pane in panes}

        file_menu = window.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(actions.lock)
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)

        toolbar = QToolBar(self.tr("Toolbar"), window)
        toolbar.setObjectName("main-toolbar")  # saveState() needs it
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        view_menu = window.menuBar().addMenu(self.tr("&View"))
        for toggle in toggles:
            view_menu.addAction(toggle)
        if toggles:
            view_menu.addSeparator()
        view_menu.addAction(toolbar.toggleViewAction())
        view_menu.addAction(actions.full_screen)
        view_menu.addSeparator()
        view_menu.addAction(actions.reset_layout)

        users = by_type.get(UsersPane)
        if users is not None:
            admin_menu = window.menuBar().addMenu(self.tr("&Administration"))
            admin_menu.addAction(users.toggleViewAction())
            if actions.new_user is not None:
                admin_menu.addAction(actions.new_user)
            audit = by_type.get(AuditPane)
            if audit is not None:
                admin_menu.addSeparator()
                admin_menu.addAction(audit.toggleViewAction())

        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(actions.shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(actions.about)

        worded = [actions.lock]
        toolbar.addAction(actions.lock)
        if toggles:
            toolbar.addSeparator()
            for toggle in toggles:
                toolbar.addAction(toggle)
        if actions.new_user is not None:
            toolbar.addSeparator()
            toolbar.addAction(actions.new_user)
            worded.append(actions.new_user)
        toolbar.addSeparator()
        toolbar.addAction(actions.shortcuts)
        worded.append(actions.shortcuts)
        for action in toolbar.actions():
            if not action.isSeparator():
                action.setToolTip(tool_tip(action))
        for action in worded:
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        # Shortcuts keep working with the menu bar or toolbar hidden (full screen).
        window.addActions([*actions.all(), *toggles])
        return toolbar
