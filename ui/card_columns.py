"""The customer card's column widths on a narrow pane: the long column (an address) keeps a
fair share, numbers stay whole, the other texts give way and are shortened with "…".

Qt's own choices fail here: with every other column sized to its contents, a long tariff and a
closed account's date leave the stretched address a few letters; with all columns stretched,
balances get cut. ``CardColumns`` sizes the columns itself whenever the table's width or rows
change. ``ElidingDelegate`` shortens a cell's text (in the middle for an address, so that the
house and flat stay in sight) and shows the whole text as a tooltip when it did.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

AnyIndex = QModelIndex | QPersistentModelIndex
SLACK = 2  # pixels beyond a measured text: eliding rounds otherwise than measuring


class ElidingDelegate(QStyledItemDelegate):
    """Shortens text as ``modes`` says per column (the view's own mode for the others), and
    shows a shortened cell's whole text as its tooltip (with the row's tooltip under it)."""

    def __init__(self, modes: Mapping[int, Qt.TextElideMode] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modes = dict(modes or {})

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        mode = self._modes.get(index.column())
        if mode is not None:
            option.textElideMode = mode

    def is_elided(self, view: QAbstractItemView, index: AnyIndex) -> bool:
        """Whether the cell's text is cut at the column's present width."""
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)  # the icon's size and the font, as the view paints
        option.rect = view.visualRect(index)
        self.initStyleOption(option, index)
        if not option.text:
            return False
        style = view.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        return option.fontMetrics.horizontalAdvance(option.text) > area.width() - 2 * margin

    def tooltip(self, view: QAbstractItemView, index: AnyIndex) -> str:
        """What the cell's tooltip says: the whole text if it is cut, and the row's tooltip."""
        own = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if text and text != own and self.is_elided(view, index):
            return f"{text}\n{own}" if own else text
        return own

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem, index: AnyIndex) -> bool:
        if event is None or view is None or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        tip = self.tooltip(view, index)
        if tip:
            QToolTip.showText(event.globalPos(), tip, view, view.visualRect(index))
        else:
            QToolTip.hideText()
            event.ignore()
        return True


class CardColumns(QObject):
    """Column widths for ``table``, kept as it resizes and its rows change.

    ``stretch``: the long column; it takes the room left and, as far as the others can give it,
    at least ``share`` of the width. ``whole``: columns never cut (numbers, money). The rest are
    sized to their contents, and when room is short they give way in ``give_way`` order (the
    least needed first), each no narrower than its header, nor, for the ``first_word``
    columns, than each cell's first word (an account number before its "(closed …)")."""

    def __init__(self, table: QTableView, stretch: int, *, whole: Iterable[int] = (),
                 give_way: Iterable[int] = (), first_word: Iterable[int] = (),
                 share: float = 0.4) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._whole = frozenset(whole)
        self._give_way = list(give_way)
        self._first_word = frozenset(first_word)
        self._share = share
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def widths(self, room: int) -> dict[int, int]:
        """Each column's width for ``room`` pixels of viewport."""
        table, header = self._table, self._table.horizontalHeader()
        columns = range(table.model().columnCount())
        floor = {column: max(header.sectionSizeHint(column), header.minimumSectionSize(),
                             self._first_words(column))
                 for column in columns}
        wanted = {column: max(table.sizeHintForColumn(column), floor[column])
                  for column in columns if column != self._stretch}
        widths = dict(wanted)
        stretch_floor = max(floor.get(self._stretch, 0), int(room * self._share))
        short = stretch_floor - (room - sum(widths.values()))
        order = self._give_way + [column for column in wanted
                                  if column not in self._give_way and column not in self._whole]
        for column in order:
            if short <= 0:
                break
            given = min(short, widths[column] - floor[column])
            if given > 0:
                widths[column] -= given
                short -= given
        widths[self._stretch] = max(room - sum(widths.values()), floor.get(self._stretch, 0))
        return widths

    def fit(self, *_args: object) -> None:
        room = self._table.viewport().width()
        if room <= 0:
            return
        for column, width in self.widths(room).items():
            if self._table.columnWidth(column) != width:
                self._table.setColumnWidth(column, width)

    def _first_words(self, column: int) -> int:
        """The width the column needs to show each cell's first word whole (0 if not asked)."""
        if column not in self._first_word:
            return 0
        table, model = self._table, self._table.model()
        delegate = table.itemDelegate()
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        widest = 0
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            cell = QStyleOptionViewItem(option)
            if isinstance(delegate, QStyledItemDelegate):
                delegate.initStyleOption(cell, index)  # the cell's font, icon and features
            cell.text = text.split()[0].rstrip(",;") + "…"  # the cut text ends with one
            size = table.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, cell,
                                                  QSize(), table)
            widest = max(widest, size.width() + SLACK)
        return widest
