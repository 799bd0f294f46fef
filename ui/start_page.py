"""The start page: who is working, today's date, the desk, and the keys this person has.

Real information, not a placeholder. Where the person has panes it is a tab among them
(``StartPageDock``, placed by ``ui/default_layout.py``) rather than a strip squeezed between them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import palette
from ui.shortcuts import ShortcutGroup
from workstation.contacts import format_phone
from workstation.formatting import format_long_date
from workstation.roles import Principal
from workstation.users import UserInfo


class StartPage(QScrollArea):
    def __init__(self, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Beside wide panes the page gets narrow: it wraps its text rather than scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.date_label = QLabel()
        self.date_label.setObjectName("start-date")
        self.date_label.setProperty("role", "secondary")
        self.name_label = QLabel(principal.full_name)
        self.name_label.setObjectName("start-name")
        self.name_label.setProperty("role", "heading")
        self.name_label.setWordWrap(True)
        roles = ", ".join(role.label for role in sorted(principal.roles))
        self.roles_label = QLabel(self.tr("Roles: %1").replace("%1", roles))
        self.roles_label.setObjectName("start-roles")
        self.unit_label = QLabel()
        self.unit_label.setObjectName("start-unit")
        self.unit_label.setProperty("role", "secondary")
        self.unit_label.setWordWrap(True)
        self.unit_label.hide()
        desk_title = QLabel(self.tr("This desk"))
        desk_title.setProperty("role", "section")
        self.database_label = QLabel()
        self.database_label.setObjectName("start-database")
        self.database_label.setWordWrap(True)
        self.zone_label = QLabel()
        self.zone_label.setObjectName("start-zone")
        self.lock_label = QLabel()
        self.lock_label.setObjectName("start-lock")
        self.lock_label.setWordWrap(True)

        keys_title = QLabel(self.tr("Your keyboard shortcuts"))
        keys_title.setProperty("role", "section")
        self.keys_grid = QGridLayout()
        self.keys_grid.setHorizontalSpacing(16)
        self.keys_grid.setVerticalSpacing(4)

        card = QFrame()
        card.setProperty("role", "card")
        card.setMaximumWidth(760)
        card.setMinimumWidth(280)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 22, 28, 24)
        inner.setSpacing(6)
        inner.addWidget(self.date_label)
        inner.addWidget(self.name_label)
        inner.addWidget(self.roles_label)
        inner.addWidget(self.unit_label)
        inner.addSpacing(14)
        inner.addWidget(keys_title)
        inner.addLayout(self.keys_grid)
        inner.addSpacing(14)
        inner.addWidget(desk_title)
        inner.addWidget(self.database_label)
        inner.addWidget(self.zone_label)
        inner.addWidget(self.lock_label)

        # Centred by stretches, not by alignment flags: an aligned item gets its plain size
        # hint, and the word-wrapped labels inside would squeeze the rows around them.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 24, 16, 24)
        outer.addLayout(row)
        outer.addStretch(1)
        self.setWidget(page)

    def show_date(self, day: date) -> None:
        self.date_label.setText(format_long_date(day, weekday=True).capitalize())

    def show_user(self, user: UserInfo) -> None:
        """Unit, position and contacts as stored (they appear on letters, so they matter)."""
        parts = [part for part in (user.position, user.unit) if part]
        contacts = [part for part in (format_phone(user.phone), user.email) if part]
        lines = []
        if parts:
            lines.append(", ".join(parts))
        if contacts:
            lines.append(" · ".join(contacts))
        self.unit_label.setText("\n".join(lines))
        self.unit_label.setVisible(bool(lines))

    def show_desk(self, database: str, zone: str) -> None:
        self.database_label.setText(self.tr("Database: %1").replace("%1", database))
        self.zone_label.setText(self.tr("Time zone: %1").replace("%1", zone))

    def show_idle_lock(self, minutes: int) -> None:
        self.lock_label.setText(
            self.tr("The desk locks after %1 min without keyboard or mouse; Ctrl+L locks it "
                    "now.").replace("%1", str(minutes)))

    def show_shortcuts(self, groups: list[ShortcutGroup]) -> None:
        while self.keys_grid.count():
            item = self.keys_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        row = 0
        for group in groups:
            if len(groups) > 1:
                title = QLabel(group.title)
                title.setProperty("role", "secondary")
                self.keys_grid.addWidget(title, row, 0, 1, 2)
                row += 1
            for shortcut in group.shortcuts:
                keys = QLabel(shortcut.keys)
                keys.setStyleSheet(
                    f"background: {palette.BUTTON}; border: 1px solid {palette.BORDER};"
                    "border-radius: 3px; padding: 1px 6px; font-family: monospace;")
                keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
                keys.setMinimumSize(keys.sizeHint())  # a key cap is never cut
                self.keys_grid.addWidget(keys, row, 0, Qt.AlignmentFlag.AlignLeft)
                self.keys_grid.addWidget(QLabel(shortcut.text), row, 1)
                row += 1
        self.keys_grid.setColumnStretch(1, 1)


class StartPageDock(QDockWidget):
    """The start page as a dock, so it can share a place with panes as a tab.

    Not closable: it has no entry in the View menu to bring it back, and it costs nothing
    behind another tab. ``OBJECT_NAME`` keys the saved layout like a pane's.
    """

    OBJECT_NAME = "start-page-pane"

    def __init__(self, page: StartPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.setWindowTitle(self.tr("Start"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.setWidget(page)
