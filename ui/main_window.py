"""The main window: a shell that assembles panes and wires signals, nothing more."""

from __future__ import annotations

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from ui.status_bar import DeskStatusBar
from ui.tasks import TaskRunner
from workstation.roles import Principal
from workstation.services import Services


class MainWindow(QMainWindow):
    def __init__(self, services: Services, principal: Principal, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.principal = principal
        self.runner = runner
        self.setWindowTitle(self.tr("Operator workstation — %1").replace("%1", principal.full_name))
        self.resize(1280, 800)
        self.setDockNestingEnabled(True)
        self.status = DeskStatusBar(principal, services.database, runner, self)
        self.setStatusBar(self.status)
        # Panes are docks added by the capabilities; until then the centre stays calm and empty.
        empty = QLabel()
        empty.setObjectName("centre")
        self.setCentralWidget(empty)
        self._build_menus()
        self.status.check_connection()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About"),
            self.tr("Operator workstation for a utility's remote customer-service desk."),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait_for_done(10_000)
        super().closeEvent(event)
