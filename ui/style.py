"""One look for every window: Fusion, a restrained light palette, PT Sans, a small stylesheet.

Fusion looks the same on Windows and Linux, so screenshots, manuals and training match every
desk. The stylesheet only adds spacing and hairlines; colours come from the palette so that
disabled and selected states stay consistent with Qt's own drawing.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ui import palette
from ui.fonts import UI_FAMILY, load_bundled_fonts

UI_POINT_SIZE = 10


def desk_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: palette.WINDOW,
        role.WindowText: palette.TEXT,
        role.Base: palette.BASE,
        role.AlternateBase: palette.ALTERNATE_BASE,
        role.ToolTipBase: palette.BASE,
        role.ToolTipText: palette.TEXT,
        role.PlaceholderText: palette.SECONDARY_TEXT,
        role.Text: palette.TEXT,
        role.Button: palette.BUTTON,
        role.ButtonText: palette.TEXT,
        role.BrightText: palette.HIGHLIGHTED_TEXT,
        role.Highlight: palette.HIGHLIGHT,
        role.HighlightedText: palette.HIGHLIGHTED_TEXT,
        role.Link: palette.LINK,
        role.Light: "#ffffff",
        role.Midlight: "#e6e9ee",
        role.Mid: palette.BORDER,
        role.Dark: "#aab2bd",
        role.Shadow: "#8a94a1",
    }
    for colour_role, value in colours.items():
        p.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, colour_role, QColor(palette.DISABLED_TEXT))
    p.setColor(disabled, role.Base, QColor(palette.WINDOW))
    # An inactive window keeps its selection visible (an operator switches windows often).
    p.setColor(QPalette.ColorGroup.Inactive, role.Highlight, QColor("#c9d6e6"))
    p.setColor(QPalette.ColorGroup.Inactive, role.HighlightedText, QColor(palette.TEXT))
    return p


STYLESHEET = f"""
QMainWindow::separator {{ width: 5px; height: 5px; background: {palette.WINDOW}; }}
QDockWidget {{ titlebar-close-icon: none; }}
QDockWidget::title {{
    padding: 6px 8px; background: #e8ebf0; border-bottom: 1px solid {palette.BORDER};
}}
QToolBar {{ spacing: 4px; padding: 3px; border: none; border-bottom: 1px solid {palette.BORDER}; }}
QToolBar QToolButton {{ padding: 4px 6px; }}
QStatusBar {{ border-top: 1px solid {palette.BORDER}; }}
QStatusBar::item {{ border: none; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QHeaderView::section {{
    padding: 4px 6px; background: #eef0f4; border: none;
    border-right: 1px solid {palette.BORDER}; border-bottom: 1px solid {palette.BORDER};
}}
QTableView {{ gridline-color: #e6e9ee; selection-background-color: {palette.HIGHLIGHT}; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox {{ padding: 3px 4px; }}
QLabel[role="secondary"] {{ color: {palette.SECONDARY_TEXT}; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: bold; }}
QLabel[role="section"] {{ font-weight: bold; color: {palette.SECONDARY_TEXT}; }}
QPushButton[role="primary"] {{
    background: {palette.HIGHLIGHT}; color: {palette.HIGHLIGHTED_TEXT};
    border: 1px solid #234b76; border-radius: 3px; padding: 5px 16px;
}}
QPushButton[role="primary"]:hover {{ background: #35699f; }}
QPushButton[role="primary"]:disabled {{ background: #9fb3c8; border-color: #9fb3c8; }}
QFrame[role="card"] {{
    background: {palette.BASE}; border: 1px solid {palette.BORDER}; border-radius: 6px;
}}
"""


def apply_style(app: QApplication) -> None:
    """Fonts, style, palette and stylesheet for the whole application (call once at start)."""
    load_bundled_fonts()
    font = QFont(UI_FAMILY, UI_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(desk_palette())
    app.setStyleSheet(STYLESHEET)
