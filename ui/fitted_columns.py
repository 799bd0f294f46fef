"""Columns that fit their table's width, so that a narrow pane shows every column it can.

Qt's own choices do not: resizing to contents makes a long unit's name as wide as the pane and
pushes the numbers out of sight; stretching the last section or every section cuts balances;
and with sorting on, Qt keeps room for the sort arrow in every header, though only one column
shows it. ``FittedColumns`` sizes the columns itself whenever the table's width, rows or sort
change, with one policy for every table:

* a column not named *elastic* is *whole* (numbers, money, dates, kinds): it gets what its
  header and contents need (the arrow's room only where the arrow is) and is never cut;
* the *elastic* columns (names, titles, addresses) share what is left, each at most what its
  contents want. When room is short they give way — first any named in ``give_way``, in that
  order, then the others longest first (a name whole reads better than two names cut) — each
  down to its floor (``Elastic``: a few characters, its header's text, each cell's first word);
* an elastic column with a ``share`` (an address) keeps that share of the width as long as the
  others can give it; it, or else the first elastic column, takes any room to spare.

Only when even the floors do not fit does the table scroll. ``ElidingDelegate`` (installed by
``FittedColumns``) shortens a cut cell's text — in the middle where a column asks for it, so
that an address keeps its house and flat — and shows the whole text as its tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

AnyIndex = QModelIndex | QPersistentModelIndex
FLOOR_CHARS = 9  # an elastic column keeps about this many characters before the table scrolls
SAMPLE_ROWS = 300  # how many rows are measured for a column's width
SLACK = 2  # pixels beyond a measured first word: eliding rounds otherwise than measuring


@dataclass(frozen=True)
class Elastic:
    """How an elastic column gives way: never narrower than ``floor`` average characters, nor,
    with ``whole_header``, than its header's text, nor, with ``first_word``, than each cell's
    first word and "…" (an account's number before its "(closed …)"), unless its contents are
    narrower still. ``share``: the part of the width it keeps while the other elastic columns
    can give way. ``elide``: where its text is cut."""

    floor: int = FLOOR_CHARS
    share: float = 0.0
    whole_header: bool = False
    first_word: bool = False
    elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight


class ElidingDelegate(QStyledItemDelegate):
    """Shortens text as ``modes`` says per column (the view's own mode for the others), and
    shows a shortened cell's whole text as its tooltip (with the cell's own tooltip under it)."""

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
        """What the cell's tooltip says: the whole text if it is cut, and the cell's own."""
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


class FittedColumns(QObject):
    """Keeps ``view``'s columns fitted to its viewport as it resizes, reloads or re-sorts.

    ``elastic``: the columns that give way, by number (each an ``Elastic()``) or with their
    ``Elastic``; ``give_way``: those of them that give way first, in this order. Installs an
    ``ElidingDelegate`` with the elastic columns' elide modes as the view's item delegate."""

    def __init__(self, view: QTableView, elastic: Mapping[int, Elastic] | Iterable[int], *,
                 give_way: Sequence[int] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.elastic: dict[int, Elastic] = (
            dict(elastic) if isinstance(elastic, Mapping) else dict.fromkeys(elastic, Elastic()))
        self.give_way = [column for column in give_way if column in self.elastic]
        self.delegate = ElidingDelegate(
            {column: spec.elide for column, spec in self.elastic.items()}, view)
        view.setItemDelegate(self.delegate)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a header's text too
        self._timer = QTimer(self)  # once per burst of changes
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._contents: dict[int, int] = {}  # measured once per change of the rows
        self._first_words: dict[int, int] = {}
        self._fitting = False
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        header.sortIndicatorChanged.connect(lambda *_args: self._timer.start())
        header.sectionCountChanged.connect(lambda *_args: self._changed())
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged):  # new rows: at once
            signal.connect(lambda *_args: self._changed(now=True))
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(lambda *_args: self._changed())  # once per burst

    def _changed(self, now: bool = False) -> None:
        self._contents.clear()
        self._first_words.clear()
        if now:
            self.fit()
        else:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            # At once, so that no frame shows the old widths, and once more when the view
            # has laid itself out: a scroll bar that comes or goes meanwhile (as a section
            # changes, or as the view is first shown) may resize the viewport unannounced.
            self.fit()
            self._timer.start()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._changed()
        return False

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        if room <= 0 or self._fitting:
            return
        self._fitting = True
        try:
            for column, width in self.widths(room).items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def widths(self, room: int) -> dict[int, int]:
        """Each shown column's width for ``room`` pixels of viewport."""
        header = self.view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        widths = {c: max(self.header_width(c), self.contents_width(c)) for c in columns}
        elastic = [c for c in self.elastic if c in widths]
        floors = {c: min(self.floor(c), widths[c]) for c in elastic}
        shares = [c for c in elastic if self.elastic[c].share > 0]
        # Who gives way, and how far: a share column down to its share, the others down to
        # their floors (the named ones first, then the longest first), the share columns last.
        rest = [c for c in elastic if c not in shares and c not in self.give_way]
        order = [c for c in self.give_way if c in widths and c not in shares] + sorted(
            rest, key=lambda c: widths[c])[::-1]  # of two as long, the later gives way first
        steps = [(c, max(floors[c], int(room * self.elastic[c].share))) for c in shares]
        steps += [(c, floors[c]) for c in order] + [(c, floors[c]) for c in shares]
        short = sum(widths.values()) - room
        for column, least in steps:
            if short <= 0:
                break
            given = min(short, widths[column] - least)
            if given > 0:
                widths[column] -= given
                short -= given
        if short < 0 and elastic:  # room to spare
            widths[(shares or elastic)[0]] -= short
        return widths

    def floor(self, column: int) -> int:
        """The least an elastic column keeps before the table scrolls (its contents may need
        less)."""
        spec, header = self.elastic[column], self.view.horizontalHeader()
        least = max(self.view.fontMetrics().averageCharWidth() * spec.floor,
                    header.minimumSectionSize())
        if spec.whole_header:
            least = max(least, self.header_width(column))
        if spec.first_word:
            least = max(least, self.first_words_width(column))
        return least

    def contents_width(self, column: int) -> int:
        """The widest of the column's cells (of the first few hundred rows), laid out or not:
        Qt's sizeHintForColumn counts only the rows in sight, none right after a reset."""
        if column in self._contents:
            return self._contents[column]
        option, view = self._item_option(), self.view
        widest = max((view.itemDelegateForIndex(index).sizeHint(option, index).width()
                      for index in self._sampled(column)), default=0)
        self._contents[column] = widest + (1 if view.showGrid() else 0)
        return self._contents[column]

    def first_words_width(self, column: int) -> int:
        """The width the column needs to show each cell's first word whole, cut after it."""
        if column in self._first_words:
            return self._first_words[column]
        option, view = self._item_option(), self.view
        widest = 0
        for index in self._sampled(column):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text.strip():
                continue
            cell = QStyleOptionViewItem(option)
            self.delegate.initStyleOption(cell, index)  # the cell's font, icon and features
            cell.text = text.split()[0].rstrip(",;") + "…"  # the cut text ends with one
            size = view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, cell,
                                                 QSize(), view)
            widest = max(widest, size.width() + SLACK)
        self._first_words[column] = widest
        return widest

    def _item_option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.view.initViewItemOption(option)
        return option

    def _sampled(self, column: int) -> Iterator[QModelIndex]:
        """The column's cells of the first SAMPLE_ROWS rows: what its width is measured on."""
        model = self.view.model()
        for row in range(min(model.rowCount(), SAMPLE_ROWS)):
            yield model.index(row, column)

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
