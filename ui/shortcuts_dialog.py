"""F1: the list of keyboard shortcuts, built from the window's registered actions."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui import palette
from ui.shortcuts import ShortcutGroup


def shortcuts_html(groups: list[ShortcutGroup]) -> str:
    """An HTML table per group: the keys in a key-cap style, then what they do."""
    parts = []
    for group in groups:
        parts.append(f"<h3 style='margin-top:12px'>{escape(group.title)}</h3>"
                     "<table cellspacing='0' cellpadding='4' width='100%'>")
        for shortcut in group.shortcuts:
            parts.append(
                "<tr><td width='38%'><span style='font-family: monospace; background:"
                f"{palette.BUTTON}; color:{palette.TEXT}'>&nbsp;{escape(shortcut.keys)}&nbsp;"
                f"</span></td><td>{escape(shortcut.text)}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, groups: list[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        self.groups = groups
        self.browser = QTextBrowser()
        self.browser.setHtml(shortcuts_html(groups))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
