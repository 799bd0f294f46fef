"""Draws a cell's text with the spans that matched the search marked (bold on a highlight).

The model gives the text (DisplayRole) and the spans (``SPANS_ROLE``: (start, length) pairs).
Painting is plain QPainter text runs, not a QTextDocument per cell: the results list repaints on
every keystroke and must stay well inside the lookup's 100 ms from key to paint.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex
SPANS_ROLE = Qt.ItemDataRole.UserRole + 20
MATCH_HIGHLIGHT = "#fff2a8"  # the same marker colour as the answer library (ui/answer_html.py)


def runs(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[str, bool]]:
    """The text cut into (piece, highlighted) runs."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, length in sorted(spans):
        start = max(start, position)
        end = min(len(text), start + length)
        if start >= end:
            continue
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


class HighlightDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        spans = index.data(SPANS_ROLE)
        if not spans:
            super().paint(painter, option, index)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        text = options.text
        options.text = ""  # the style draws background, selection, focus and icon
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, widget)
        area = area.adjusted(3, 0, -3, 0)
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        colour = options.palette.color(QPalette.ColorRole.HighlightedText if selected
                                       else QPalette.ColorRole.Text)
        self._draw_runs(painter, area, options.font, runs(text, tuple(spans)), colour,
                        selected)

    def _draw_runs(self, painter: QPainter, area: QRect, font: QFont,
                   pieces: list[tuple[str, bool]], colour: QColor, selected: bool) -> None:
        bold = QFont(font)
        bold.setBold(True)
        plain_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        x, right = area.left(), area.right()
        painter.save()
        painter.setClipRect(area)
        for piece, marked in pieces:
            metrics = bold_metrics if marked else plain_metrics
            width = metrics.horizontalAdvance(piece)
            if x + width > right:  # the rest does not fit: cut this piece and end with "…"
                piece = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, max(0, right - x))
                width = metrics.horizontalAdvance(piece)
                if not piece:
                    break
            rect = QRect(x, area.top(), width, area.height())
            if marked and not selected:
                painter.fillRect(rect.adjusted(-1, 2, 1, -2), QColor(MATCH_HIGHLIGHT))
            painter.setFont(bold if marked else font)
            painter.setPen(colour)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             piece)
            x += width
            if x >= right:
                break
        painter.restore()
