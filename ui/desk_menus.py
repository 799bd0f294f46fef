"""The menu bar and the toolbar, built from the shell's actions and the panes present."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QToolBar

from ui.panes.audit_pane import AuditPane
from ui.panes.base import DeskPane
from ui.panes.users_pane import UsersPane
from ui.shell_actions import ShellActions


class DeskMenus(QObject):
    """Файл, Вид, Администрирование (administrators), Справка, and the toolbar."""

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
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

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

        toolbar.addAction(actions.lock)
        if toggles:
            toolbar.addSeparator()
            for toggle in toggles:
                toolbar.addAction(toggle)
        if actions.new_user is not None:
            toolbar.addAction(actions.new_user)
        toolbar.addSeparator()
        toolbar.addAction(actions.shortcuts)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        # Shortcuts keep working with the menu bar or toolbar hidden (full screen).
        window.addActions([*actions.all(), *toggles])
        return toolbar
