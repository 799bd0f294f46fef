"""Columns that fit their table's width, so that a narrow pane shows every column it can.

Qt's own choices do not: resizing to contents makes a long unit's name as wide as the pane and
pushes the numbers out of sight, and with sorting on it keeps room for the sort arrow in every
header, though only one column shows it. Here the *fixed* columns get what their header and
contents need (the arrow's room only where the arrow is); the *elastic* ones — names and
titles, which elide with "…" and have the whole text in their tooltip — share what is left:
each at most what its contents want, the shorter ones whole first while the others keep a few
characters, and any slack goes to the first elastic column. Only when even the elastic
columns' floors do not fit does the table scroll.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
)

FLOOR_CHARS = 9  # an elastic column keeps about this many characters before the table scrolls
SAMPLE_ROWS = 300  # how many rows are measured for a column's width


class FittedColumns(QObject):
    """Keeps ``view``'s columns fitted to its viewport as it resizes, reloads or re-sorts."""

    def __init__(self, view: QTableView, elastic: Sequence[int],
                 floors: Mapping[int, int] | None = None) -> None:
        """``floors``: for an elastic column that must show more (a title), its characters."""
        super().__init__(view)
        self.view = view
        self.elastic = list(elastic)
        self.floors = dict(floors or {})
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a header's text too
        self._timer = QTimer(self)  # once per burst of resizes, resets and re-sorts
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._contents: dict[int, int] = {}  # measured once per change of the rows
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        header.sortIndicatorChanged.connect(lambda *_args: self._timer.start())
        header.sectionCountChanged.connect(lambda *_args: self._changed())
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(lambda *_args: self._changed())

    def _changed(self) -> None:
        self._contents.clear()
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._timer.start()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._changed()
        return False

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        wanted = {c: max(self.header_width(c), self.contents_width(c)) for c in columns}
        elastic = [c for c in self.elastic if c in wanted]
        room = view.viewport().width() - sum(
            width for c, width in wanted.items() if c not in elastic)
        char = view.fontMetrics().averageCharWidth()
        floors = {c: min(char * self.floors.get(c, FLOOR_CHARS), wanted[c]) for c in elastic}
        widths = dict(wanted)
        # The shortest whole first, as far as the others keep their floors; the longest gets
        # what is left (a name whole reads better than two names cut).
        left = room
        by_length = sorted(elastic, key=lambda c: wanted[c])
        for done, column in enumerate(by_length):
            others = sum(floors[c] for c in by_length[done + 1:])
            widths[column] = max(floors[column], min(wanted[column], left - others))
            left -= widths[column]
        if elastic and left > 0:
            widths[elastic[0]] += left
        for column in columns:
            if header.sectionSize(column) != widths[column]:
                header.resizeSection(column, widths[column])

    def contents_width(self, column: int) -> int:
        """The widest of the column's cells (of the first few hundred rows), laid out or not:
        Qt's sizeHintForColumn counts only the rows in sight, none right after a reset."""
        if column in self._contents:
            return self._contents[column]
        view, model = self.view, self.view.model()
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        widest = 0
        for row in range(min(model.rowCount(), SAMPLE_ROWS)):
            index = model.index(row, column)
            widest = max(widest, view.itemDelegateForIndex(index).sizeHint(option, index).width())
        self._contents[column] = widest + (1 if view.showGrid() else 0)
        return self._contents[column]

    def header_width(self, column: int) -> int:
        """What the header's text needs; room for the sort arrow only where it shows."""
        header = self.view.horizontalHeader()
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            return header.sectionSizeHint(column)
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.orientation = Qt.Orientation.Horizontal
        option.section = column
        option.text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
        option.textAlignment = header.defaultAlignment()
        return header.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, QSize(), header).width()
