"""The customer card's tables on a laptop-sized desk: the address keeps a fair share of the
accounts table, numbers stay whole, and a shortened text shows whole as a tooltip; a callback
promised to the customer (TEL-3) shows as a notice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QStyle, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from tests.helpers.customers import IVANOV, IVANOVA, add_customers
from tests.helpers.deadlines import add_user
from tests.helpers.desk import add_person
from tests.helpers.look import desk_look, icon_colours
from ui import palette
from ui.fitted_columns import ElidingDelegate
from ui.icons import make_primary
from ui.models.card_tables import MASK, TableRow
from ui.panes.base import PaneContext
from ui.panes.customer_card import ACCOUNT, ADDRESS, BALANCE, RESIDENTS, TARIFF, CustomerCardPane
from ui.tasks import TaskRunner
from workstation.appeal_fields import Line
from workstation.call_desk import CallDraft
from workstation.call_phases import CallOutcome
from workstation.clock import FakeClock
from workstation.formatting import format_datetime
from workstation.services import Services

ADDRESS_TEXT = "Самара, наб. Сибирская, д. 91, корп. 2, кв. 267"
TARIFF_TEXT = "одноставочный, сельский населённый пункт"
CLOSED = "630900000261 (закрыт 31.10.2025)"
# The card's share (ui/default_layout.py: 43 %) of a 1280-pixel and a 1366-pixel window.
LAPTOPS = [550, 587]


@pytest.fixture
def card(qtbot: QtBot, services: Services, runner: TaskRunner) -> Iterator[CustomerCardPane]:
    operator = add_person(services, "operator")
    with desk_look():
        window = QMainWindow()
        qtbot.addWidget(window)
        pane = CustomerCardPane(PaneContext(services, operator, runner, UTC), window)
        window.setCentralWidget(pane)
        window.resize(LAPTOPS[0], 700)
        window.show()
        qtbot.waitExposed(window)
        yield pane


def shown_text(table: QTableView, index: QModelIndex) -> str:
    """The cell's text as the view paints it (cut with "…" as its column's mode says)."""
    delegate = table.itemDelegate()
    assert isinstance(delegate, ElidingDelegate)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    delegate.initStyleOption(option, index)
    style = table.style()
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return option.fontMetrics.elidedText(option.text, option.textElideMode,
                                         area.width() - 2 * margin)


def accounts(card: CustomerCardPane, balance: str, residents: str) -> QTableView:
    masked = frozenset() if balance else frozenset({BALANCE, RESIDENTS})
    card.accounts_model.set_rows([
        TableRow((CLOSED, ADDRESS_TEXT, TARIFF_TEXT, balance, residents),
                 tooltip="Открыт 01.02.2013", right_aligned=frozenset({BALANCE, RESIDENTS}),
                 masked=masked),
        TableRow(("6500123456", "Самара, ул. Ленина, д. 5", "двухзонный", balance, residents),
                 right_aligned=frozenset({BALANCE, RESIDENTS}), masked=masked)])
    table = card.findChild(QTableView, "card-accounts")
    assert table is not None
    return table


@pytest.mark.parametrize("width", LAPTOPS)
@pytest.mark.parametrize("balance", ["", "−12 345,67 ₽"])
def test_the_address_keeps_a_fair_share_and_numbers_stay_whole(
        qtbot: QtBot, card: CustomerCardPane, balance: str, width: int) -> None:
    """The address was squeezed to «Адре…» beside a long tariff and a closed account's date."""
    card.window().resize(width, 700)
    table = accounts(card, balance, "3" if balance else "")
    model = card.accounts_model
    qtbot.waitUntil(lambda: sum(table.columnWidth(c) for c in range(5))
                    == table.viewport().width())
    room = table.viewport().width()
    assert table.columnWidth(ADDRESS) >= 0.25 * room
    assert table.columnWidth(ADDRESS) == max(table.columnWidth(c) for c in range(5))
    for row in range(model.rowCount()):  # money and people are never cut
        assert shown_text(table, model.index(row, BALANCE)) == (balance or MASK)
        assert shown_text(table, model.index(row, RESIDENTS)) == ("3" if balance else MASK)
    # The account's number and the tariff's first word stay readable when the rest is cut.
    assert shown_text(table, model.index(0, ACCOUNT)).startswith("630900000261")
    assert shown_text(table, model.index(0, TARIFF)).startswith("одноставочный")
    assert shown_text(table, model.index(1, ACCOUNT)) == "6500123456"
    assert shown_text(table, model.index(1, TARIFF)) == "двухзонный"
    header = table.horizontalHeader()
    assert table.columnWidth(ADDRESS) >= header.sectionSizeHint(ADDRESS)  # «Адрес» reads whole


def test_a_cut_address_keeps_its_house_and_flat_and_shows_whole_as_a_tooltip(
        qtbot: QtBot, card: CustomerCardPane) -> None:
    table = accounts(card, "", "")
    model = card.accounts_model
    delegate = table.itemDelegate()
    assert isinstance(delegate, ElidingDelegate)
    long_address, short_address = model.index(0, ADDRESS), model.index(1, ADDRESS)
    shown = shown_text(table, long_address)
    assert shown != ADDRESS_TEXT and "…" in shown
    assert shown.startswith("Самара") and shown.endswith("кв. 267")  # cut in the middle
    assert delegate.tooltip(table, long_address).startswith(ADDRESS_TEXT)
    assert delegate.tooltip(table, long_address).endswith("Открыт 01.02.2013")  # the row's
    assert shown_text(table, short_address) == "Самара, ул. Ленина, д. 5"
    assert delegate.tooltip(table, short_address) == ""  # nothing cut, nothing to add


def test_a_wide_card_gives_every_column_its_whole_text(
        qtbot: QtBot, card: CustomerCardPane) -> None:
    card.window().resize(1100, 700)
    table = accounts(card, "1 200,00 ₽", "2")
    model = card.accounts_model
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    qtbot.waitUntil(lambda: sum(table.columnWidth(c) for c in range(5))
                    == table.viewport().width())
    for column, text in ((ACCOUNT, CLOSED), (ADDRESS, ADDRESS_TEXT), (TARIFF, TARIFF_TEXT)):
        assert shown_text(table, model.index(0, column)) == text


def test_the_identify_button_leads_with_an_icon_that_reads_on_its_blue(
        qtbot: QtBot, card: CustomerCardPane) -> None:
    button = card.identify_button
    assert button.property("role") == "primary"
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):  # disabled until a card is open
        assert icon_colours(button.icon(), mode) == {palette.HIGHLIGHTED_TEXT}
    make_primary(button, "identify", primary=False)  # once the caller identified
    assert button.property("role") == ""
    assert icon_colours(button.icon()) == {palette.ICON}


def test_TEL_3_the_card_reminds_of_a_callback_promised_to_the_customer(
        qtbot: QtBot, card: CustomerCardPane, services: Services, clock: FakeClock) -> None:
    """The customer rings in or their card is opened: a promise not yet kept shows under the
    name (icon and words); a customer without one has no notice."""
    ivanov, ivanova = add_customers(services.database, IVANOV, IVANOVA)
    smirnova = add_user(services, "operator", login="smirnova",
                        full_name="Смирнова Анна Викторовна")
    call = services.call_desk.take(smirnova, phone="+79141234567", received_at=clock.now(),
                                   line=Line.HOT_LINE)
    promised_at = clock.now() + timedelta(hours=3)
    done = services.call_desk.finish(smirnova, call.id, CallOutcome.CALLBACK, CallDraft(
        phone="+79141234567", line=Line.HOT_LINE, customer_id=ivanov,
        notes="Нужна справка из архива.", callback_at=promised_at))

    with qtbot.waitSignal(card.card_shown):
        card.show_customer(ivanov)
    assert card.callbacks_box.isVisible()
    text = card.callbacks_label.text()
    assert format_datetime(promised_at, UTC) in text  # the time the customer was told
    assert "Смирнова А.\u00a0В." in text and done.journal_number in text
    assert card.callbacks_icon.pixmap() is not None and not card.callbacks_icon.pixmap().isNull()

    overdue = QCoreApplication.translate("CardRows", "overdue",
                                         "a promised callback not made in time")
    assert overdue not in text

    clock.advance(3 * 3600 + 6 * 60)  # past the promised time and the 5 minutes TEL-3 allows
    with qtbot.waitSignal(card.card_shown):
        card.show_customer(ivanov)
    assert overdue in card.callbacks_label.text()  # in words, not only by colour

    with qtbot.waitSignal(card.card_shown):
        card.show_customer(ivanova)
    assert not card.callbacks_box.isVisible()
    assert card.callbacks_label.text() == ""
