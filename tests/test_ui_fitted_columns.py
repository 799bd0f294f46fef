"""Columns fitted to their table's width (ui/fitted_columns.py), on a small model: numbers are
never cut, a column with a share gets it, the elastic columns give way and are cut with "…",
showing their whole text as a tooltip, and the table scrolls only when their floors do not
fit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)
from pytestqt.qtbot import QtBot

from tests.helpers.look import desk_look
from ui.fitted_columns import FLOOR_CHARS, Elastic, ElidingDelegate, FittedColumns

ACCOUNT, ADDRESS, TARIFF, BALANCE, RESIDENTS = range(5)
HEADERS = ["Лицевой счёт", "Адрес", "Тариф", "Баланс", "Жильцов"]
ROWS = [
    ("630900000261 (закрыт 31.10.2025)", "Самара, наб. Сибирская, д. 91, корп. 2, кв. 267",
     "одноставочный, сельский населённый пункт", "−12 345,67 ₽", "3"),
    ("6500123456", "Самара, ул. Ленина, д. 5", "двухзонный", "1 200,00 ₽", "12"),
]
NUMBERS = (BALANCE, RESIDENTS)
ROW_TIP = "Открыт 01.02.2013"


def model() -> QStandardItemModel:
    items = QStandardItemModel(0, len(HEADERS))
    items.setHorizontalHeaderLabels(HEADERS)
    for texts in ROWS:
        row = [QStandardItem(text) for text in texts]
        for column in NUMBERS:
            row[column].setTextAlignment(Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter)
        row[ADDRESS].setToolTip(ROW_TIP)
        items.appendRow(row)
    return items


@pytest.fixture
def look() -> Iterator[None]:
    with desk_look():
        yield


def table(qtbot: QtBot, width: int, elastic: dict[int, Elastic] | tuple[int, ...],
          give_way: tuple[int, ...] = ()) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model())
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    FittedColumns(view, elastic, give_way=give_way)
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def card(qtbot: QtBot, width: int) -> QTableView:
    """The customer card's way: the address keeps 40 %, the others give way to their headers
    and first words, the tariff first."""
    whole_header = {"floor": 0, "whole_header": True}
    return table(qtbot, width, {
        ACCOUNT: Elastic(first_word=True, **whole_header),
        ADDRESS: Elastic(share=0.4, elide=Qt.TextElideMode.ElideMiddle, **whole_header),
        TARIFF: Elastic(first_word=True, **whole_header)}, give_way=(TARIFF, ACCOUNT))


def total(view: QTableView) -> int:
    header = view.horizontalHeader()
    return sum(header.sectionSize(c) for c in range(header.count())
               if not header.isSectionHidden(c))


def fitted(qtbot: QtBot, view: QTableView) -> None:
    qtbot.waitUntil(lambda: total(view) == view.viewport().width())


def shown_text(view: QTableView, index: QModelIndex) -> str:
    """The cell's text as the view paints it (cut with "…" as its column's mode says)."""
    delegate = view.itemDelegate()
    assert isinstance(delegate, ElidingDelegate)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    delegate.initStyleOption(option, index)
    style = view.style()
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return option.fontMetrics.elidedText(option.text, option.textElideMode,
                                         area.width() - 2 * margin)


def tooltip(view: QTableView, index: QModelIndex) -> str:
    delegate = view.itemDelegate()
    assert isinstance(delegate, ElidingDelegate)
    return delegate.tooltip(view, index)


def fitter_of(view: QTableView) -> FittedColumns:
    fitter = view.findChild(FittedColumns)
    assert fitter is not None
    return fitter


def wanted(view: QTableView, column: int) -> int:
    fitter = fitter_of(view)
    return max(fitter.header_width(column), fitter.contents_width(column))


@pytest.mark.usefixtures("look")
@pytest.mark.parametrize("width", [420, 550, 600, 700])
def test_numbers_are_never_cut_and_the_share_column_gets_its_share(
        qtbot: QtBot, width: int) -> None:
    view = card(qtbot, width)
    fitted(qtbot, view)
    items, fitter = view.model(), fitter_of(view)
    room = view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    for row, texts in enumerate(ROWS):
        for column in NUMBERS:
            assert shown_text(view, items.index(row, column)) == texts[column]
        # The account's number and the tariff's first word stay, whatever is cut after them.
        assert shown_text(view, items.index(row, ACCOUNT)).startswith(texts[ACCOUNT].split()[0])
        assert shown_text(view, items.index(row, TARIFF)).startswith(
            texts[TARIFF].split()[0].rstrip(","))
    address = view.columnWidth(ADDRESS)
    assert address >= view.horizontalHeader().sectionSizeHint(ADDRESS)  # «Адрес» whole
    share = int(0.4 * room)
    if address < min(share, wanted(view, ADDRESS)):  # the others gave all they could
        for column in (ACCOUNT, TARIFF):
            assert view.columnWidth(column) == min(fitter.floor(column), wanted(view, column))
    else:
        assert address == max(view.columnWidth(c) for c in range(len(HEADERS)))
    if width == 600:  # the others can give it: the address has its share, no more
        assert address == share
        assert shown_text(view, items.index(0, ADDRESS)) != ROWS[0][ADDRESS]


@pytest.mark.usefixtures("look")
def test_a_share_column_takes_no_more_than_it_needs_while_others_are_cut(
        qtbot: QtBot) -> None:
    """Where the address's whole text is narrower than its share, the others keep the rest."""
    view = card(qtbot, 900)
    fitted(qtbot, view)
    items = view.model()
    for row, texts in enumerate(ROWS):
        for column, text in enumerate(texts):
            assert shown_text(view, items.index(row, column)) == text
    assert view.columnWidth(ADDRESS) < 0.4 * view.viewport().width()  # the spare room: its


@pytest.mark.usefixtures("look")
def test_the_named_column_gives_way_first(qtbot: QtBot) -> None:
    view = card(qtbot, 760)
    fitted(qtbot, view)
    items = view.model()
    assert shown_text(view, items.index(0, TARIFF)) != ROWS[0][TARIFF]  # the tariff is cut
    assert shown_text(view, items.index(0, ACCOUNT)) == ROWS[0][ACCOUNT]  # before the account


@pytest.mark.usefixtures("look")
def test_a_cut_cell_is_elided_and_shows_its_whole_text_as_a_tooltip(qtbot: QtBot) -> None:
    view = card(qtbot, 600)
    fitted(qtbot, view)
    items = view.model()
    address, short_address = items.index(0, ADDRESS), items.index(1, ADDRESS)
    shown = shown_text(view, address)
    assert "…" in shown and shown.startswith("Самара") and shown.endswith("кв. 267")  # middle
    assert tooltip(view, address) == f"{ROWS[0][ADDRESS]}\n{ROW_TIP}"  # and the cell's own
    tariff = items.index(0, TARIFF)
    assert shown_text(view, tariff).endswith("…")  # cut at the end
    assert tooltip(view, tariff) == ROWS[0][TARIFF]
    assert tooltip(view, items.index(0, BALANCE)) == ""  # nothing cut, nothing to say
    if shown_text(view, short_address) == ROWS[1][ADDRESS]:
        assert tooltip(view, short_address) == ROW_TIP
    # The view asks the delegate when the pointer rests on a cell.
    rect = view.visualRect(tariff)
    point = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == ROWS[0][TARIFF]
    QToolTip.hideText()


@pytest.mark.usefixtures("look")
def test_elastic_columns_share_the_rest_and_the_first_takes_what_is_spare(
        qtbot: QtBot) -> None:
    """The deadline board's way: every column not named elastic is whole; the elastic ones
    are cut right, each keeping a few characters; spare room goes to the first of them."""
    narrow = table(qtbot, 480, (ADDRESS, TARIFF, ACCOUNT))
    fitted(qtbot, narrow)
    items = narrow.model()
    assert not narrow.horizontalScrollBar().isVisible()
    for column in NUMBERS:
        assert shown_text(narrow, items.index(0, column)) == ROWS[0][column]
    address = items.index(0, ADDRESS)
    assert shown_text(narrow, address).endswith("…")
    assert tooltip(narrow, address) == f"{ROWS[0][ADDRESS]}\n{ROW_TIP}"
    wide = table(qtbot, 1200, (ADDRESS, TARIFF, ACCOUNT))
    fitted(qtbot, wide)
    items = wide.model()
    for column, text in enumerate(ROWS[0]):
        assert shown_text(wide, items.index(0, column)) == text
    spare = wide.viewport().width() - sum(wanted(wide, c) for c in range(len(HEADERS)))
    assert spare > 0
    assert wide.columnWidth(ADDRESS) == wanted(wide, ADDRESS) + spare
    for column in (TARIFF, ACCOUNT, *NUMBERS):
        assert wide.columnWidth(column) == wanted(wide, column)


@pytest.mark.usefixtures("look")
def test_the_table_scrolls_only_when_the_floors_do_not_fit(qtbot: QtBot) -> None:
    view = table(qtbot, 700, (ADDRESS, TARIFF, ACCOUNT))
    char = view.fontMetrics().averageCharWidth()
    floors = sum(min(char * FLOOR_CHARS, wanted(view, c)) for c in (ADDRESS, TARIFF, ACCOUNT))
    whole = sum(wanted(view, c) for c in NUMBERS)
    frame = view.width() - view.viewport().width()
    view.resize(floors + whole + frame + 10, 200)  # just room for the floors
    fitted(qtbot, view)
    assert not view.horizontalScrollBar().isVisible()
    view.resize(floors + whole + frame - 40, 200)  # not even that
    qtbot.waitUntil(view.horizontalScrollBar().isVisible)
    assert total(view) > view.viewport().width()
    for column in (ADDRESS, TARIFF, ACCOUNT):  # each at its floor, the numbers whole
        assert view.columnWidth(column) == min(char * FLOOR_CHARS, wanted(view, column))
    for column in NUMBERS:
        assert shown_text(view, view.model().index(0, column)) == ROWS[0][column]


@pytest.mark.usefixtures("look")
def test_hidden_columns_take_no_room_and_a_sort_arrow_only_its_own(qtbot: QtBot) -> None:
    view = table(qtbot, 600, (ADDRESS, TARIFF))
    view.setColumnHidden(ACCOUNT, True)
    header = view.horizontalHeader()
    header.setSortIndicatorShown(True)
    header.setSortIndicator(BALANCE, Qt.SortOrder.DescendingOrder)
    fitted(qtbot, view)
    assert header.sectionSize(ACCOUNT) == 0
    assert header.sectionSize(BALANCE) >= header.sectionSizeHint(BALANCE)
    assert fitter_of(view).header_width(RESIDENTS) < header.sectionSizeHint(RESIDENTS)  # no arrow
    assert header.sectionSize(RESIDENTS) < header.sectionSizeHint(RESIDENTS)
