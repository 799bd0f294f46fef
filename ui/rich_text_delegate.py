"""Draws a cell's rich text (a model role holding HTML), e.g. search words highlighted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    def __init__(self, html_role: int, parent: object = None, *, wrap: bool = True,
                 style: str = "", selected_style: str = "") -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._role = html_role
        self._wrap = wrap  # without wrapping, lines end at the cell's edge (rows of one height)
        self._style = style  # a stylesheet for classes in the markup
        self._selected_style = selected_style or style

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        document.setDefaultStyleSheet(self._selected_style if selected else self._style)
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setDocumentMargin(3)
        if not self._wrap:
            text_option = document.defaultTextOption()
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            document.setDefaultTextOption(text_option)
        document.setHtml(str(index.data(self._role) or ""))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        document.setTextWidth(max(10, options.rect.width() - options.decorationSize.width() - 8))
        options.text = ""  # the style draws background, focus and icon; we draw the text
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     options.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        width = options.rect.width() if options.rect.width() > 0 else 360
        document.setTextWidth(width)
        return QSize(int(document.idealWidth()) + options.decorationSize.width() + 8,
                     int(document.size().height()))


def plain(html: str) -> str:
    """The text of a bit of markup (for tests and accessibility)."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()

