"""Screenshots of the desk's windows for README, on a throw-away demo database.

    make screenshots        (runs this under Xvfb: a real X server, real window decorations)

Writes login.png, main-<role>.png for each role, lock.png, shortcuts.png and calendar.png (the
administrator's production calendar of 2026 after an override) into the folder given (docs/ by
default). The database is filled by the real demo filler (``fill_demo_data``,
as ``make run`` does, smaller) and the people are the README's demo logins; a frozen clock
(Monday 23.11.2026, 10:40 at a desk in Yuzhno-Sakhalinsk) makes every run the same picture and
gives the deadlines a mix of on time, due soon and overdue. Those who look customers up have
typed a query and opened a card, as in the middle of work. The windows name the database as a
demo desk names its own (``demo.sqlite3`` in the user's data folder), not the throw-away file;
the desk's settings go to the throw-away folder, not the user's.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QDate, QEventLoop, QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import URL, func, select

from db.models import Account, Address, Appeal, Customer
from ui.app import DatabaseOpener, create_application
from ui.i18n import install_translations
from ui.login_dialog import LoginDialog
from ui.main_window import ZONE_SETTING, MainWindow
from ui.panes.calendar_pane import CalendarPane
from ui.panes.customer_card import CustomerCardPane
from ui.panes.deadline_board_pane import DeadlineBoardPane
from ui.panes.lookup_pane import LookupPane
from ui.tasks import TaskRunner
from workstation.clock import FakeClock
from workstation.config import DatabaseChoice, describe_url
from workstation.demo_data import fill_demo_data
from workstation.errors import AuthenticationError
from workstation.identification import IdentificationMethod
from workstation.roles import Principal
from workstation.services import Services

ZONE_NAME = "Asia/Sakhalin"  # a desk in Yuzhno-Sakhalinsk
NOW = datetime(2026, 11, 23, 10, 40, tzinfo=ZoneInfo(ZONE_NAME))  # a Monday morning
WINDOW = QSize(1280, 800)
# What the windows say about the database: where `make run` keeps its demo database.
SHOWN_DATABASE = URL.create("sqlite",
                            database="/home/desk/.local/share/workstation/demo.sqlite3")
ROLES = ("operator", "specialist", "signer", "supervisor", "admin")
# The override the calendar picture shows: a Saturday made a working day (an example decree),
# within the letters' open deadlines, so that the message says how many moved.
WORKING_SATURDAY = date(2026, 11, 28)
CALENDAR_NOTE = "Постановление Правительства РФ № 1234 (пример)"


def password_of(login: str) -> str:
    return f"{login}-demo"  # the README's demo passwords


@dataclass(frozen=True)
class Search:
    """What a person has typed in the lookup, and the customer whose card is open."""

    query: str
    customer_id: uuid.UUID
    account: str  # what the caller named to identify (TEL-5), for those who take calls


def settle(app: QApplication, until: Callable[[], object] | None = None, ms: int = 3000) -> None:
    """Let queued signals and painting happen (a tool, not a test: waiting is fine here)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    if until is not None:
        timer = QTimer()
        timer.timeout.connect(lambda: until() and loop.quit())
        timer.start(20)
    loop.exec()
    app.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


@dataclass(frozen=True)
class Candidate:
    customer_id: uuid.UUID
    surname: str
    street: str  # without its type: "Хуторская" of "ул. Хуторская"
    town: str
    account: str
    namesakes: int  # customers of that surname
    neighbours: int  # addresses in that street
    townsfolk: int  # addresses in that town


def candidates(services: Services) -> list[Candidate]:
    """People with appeals (their card's history has something to show), busiest first."""
    with services.database.sessions() as session:
        surnames = dict(session.execute(
            select(Customer.last_name, func.count()).group_by(Customer.last_name)).all())
        streets = dict(session.execute(
            select(Address.street, func.count()).group_by(Address.street)).all())
        towns = dict(session.execute(
            select(Address.locality, func.count()).group_by(Address.locality)).all())
        rows = session.execute(
            select(Customer.id, Customer.last_name, func.min(Address.street),
                   func.min(Address.locality), func.min(Account.number))
            .join(Appeal, Appeal.customer_id == Customer.id)
            .join(Account, Account.customer_id == Customer.id)
            .join(Address, Address.id == Account.address_id)
            .where(Customer.kind == "person", Address.street != "")
            .group_by(Customer.id, Customer.last_name)
            .order_by(func.count(Appeal.id.distinct()).desc(), Customer.name)).all()
    return [Candidate(customer_id, surname, street.split(" ", 1)[-1], town, account,
                      surnames[surname], streets[street], towns[town])
            for customer_id, surname, street, town, account in rows]


def searches(services: Services) -> dict[str, Search]:
    """A different customer and kind of query for each person who looks up, chosen so that
    the lookup lists a few customers: a surname, a street, another surname, a town."""
    left = candidates(services)

    def take(score: Callable[[Candidate], int]) -> Candidate:
        best = max(left, key=score)  # the busiest of the best: max keeps the first
        left.remove(best)
        return best

    operator = take(lambda c: min(c.namesakes, 6))
    specialist = take(lambda c: min(c.neighbours, 6))
    signer = take(lambda c: min(c.namesakes, 6) if c.surname != operator.surname else 0)
    supervisor = take(lambda c: c.townsfolk if c.townsfolk <= 5 else 0)  # all in sight
    return {
        "operator": Search(operator.surname, operator.customer_id, operator.account),
        "specialist": Search(specialist.street, specialist.customer_id, specialist.account),
        "signer": Search(signer.surname, signer.customer_id, signer.account),
        "supervisor": Search(supervisor.town, supervisor.customer_id, supervisor.account),
    }


def prepare(services: Services, clock: FakeClock) -> None:
    """What a desk's morning leaves behind: a colleague on leave (WR-7), a mistyped password
    in the audit log, everyone logged in earlier."""
    admin = services.auth.login("admin", password_of("admin"))
    today = NOW.date()
    services.users.set_absence(admin, "sokolova", today - timedelta(days=7),
                               today + timedelta(days=6), "ivanova")
    clock.set(NOW - timedelta(minutes=50))
    for role in ROLES:
        clock.advance(timedelta(minutes=4))
        services.auth.login(role, password_of(role))
    with contextlib.suppress(AuthenticationError):  # a failed login for the audit log
        services.auth.login("specialist", "specialist")
    clock.set(NOW)


def type_into_lookup(app: QApplication, window: MainWindow, search: Search,
                     clock: FakeClock, *, identified: bool) -> None:
    lookup = window.panes[LookupPane.OBJECT_NAME]
    card = window.panes[CustomerCardPane.OBJECT_NAME]
    assert isinstance(lookup, LookupPane) and isinstance(card, CustomerCardPane)
    lookup.raise_()
    lookup.focus_search()
    # At once, not key by key: every search is audited, and the audit log in the supervisor's
    # and administrator's pictures would list each prefix typed.
    lookup.search_edit.setText(search.query)
    settle(app, lambda: not window.runner.busy and lookup.model.rowCount() > 0)
    clock.advance(7)  # reading the list
    row = lookup.model.row_of(search.customer_id)
    if row >= 0:
        lookup.table.selectRow(lookup.proxy.mapFromSource(lookup.model.index(row, 0)).row())
    lookup.choose(search.customer_id)
    settle(app, lambda: not window.runner.busy and card.card is not None)
    if identified:  # the caller has named their account (TEL-5)
        clock.advance(31)
        window.services.cards.identify(window.principal, search.customer_id,
                                       IdentificationMethod.ACCOUNT, search.account)
        card.reload()
        settle(app, lambda: not window.runner.busy and card.secrets is not None)


def show_desk(app: QApplication, services: Services, principal: Principal, runner: TaskRunner,
              settings: QSettings, search: Search | None, clock: FakeClock, *,
              identified: bool) -> MainWindow:
    window = MainWindow(services, principal, runner, settings=settings)
    window.resize(WINDOW)
    window.show()
    settle(app, lambda: window.status.connected is not None and not runner.busy)
    clock.advance(19)  # the audit log's times differ as they would at a desk
    if search is not None:
        type_into_lookup(app, window, search, clock, identified=identified)
    board = window.panes.get(DeadlineBoardPane.OBJECT_NAME)
    if isinstance(board, DeadlineBoardPane):
        board.counts_table.setFocus()
    settle(app, lambda: not runner.busy, ms=600)
    settle(app, ms=300)
    return window


def show_calendar(app: QApplication, window: MainWindow, out: Path) -> None:
    """The administrator's production calendar with 2026 and one override set through the
    dialog, the pane alone at the window's height (the users pane hidden for it)."""
    pane = window.panes[CalendarPane.OBJECT_NAME]
    assert isinstance(pane, CalendarPane)
    window.panes["users-pane"].hide()
    window.resize(QSize(1000, 900))  # the whole year in sight
    pane.raise_()
    settle(app, lambda: not window.runner.busy and pane.model.rowCount() > 0)
    pane.working_action.trigger()
    dialog = pane.dialog
    assert dialog is not None
    day = WORKING_SATURDAY
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.note_edit.setText(CALENDAR_NOTE)
    dialog.save_button.click()
    settle(app, lambda: pane.dialog is None and not window.runner.busy
           and pane.model.row_of(WORKING_SATURDAY) >= 0)
    pane.table.clearSelection()  # the override row in its own colours
    settle(app, ms=300)
    grab(pane, out / "calendar.png")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translators = install_translations(app)
    folder = Path(tempfile.mkdtemp(prefix="workstation-shots-"))
    settings = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue(ZONE_SETTING, ZONE_NAME)
    clock = FakeClock(NOW)
    choice = DatabaseChoice(URL.create("sqlite", database=str(folder / "demo.sqlite3")), "demo")
    services = DatabaseOpener(choice, clock)(None)
    fill_demo_data(services.database, customers=300, appeals=120, seed=1, clock=clock)
    prepare(services, clock)
    wanted = searches(services)
    services.database.url = SHOWN_DATABASE  # only what the status bar and start page say
    runner = TaskRunner(app)

    login = LoginDialog(runner, describe_url(SHOWN_DATABASE), DatabaseOpener(choice, clock))
    login.show()
    login.connect_database()
    settle(app, lambda: login.login_button.isEnabled())
    login.login_edit.setText("operator")
    login.password_edit.setText(password_of("operator"))
    settle(app, ms=200)
    grab(login, out / "login.png")
    login.reject()

    for role in ROLES:
        principal = services.auth.login(role, password_of(role))
        window = show_desk(app, services, principal, runner, settings, wanted.get(role),
                           clock, identified=role in ("operator", "specialist"))
        grab(window, out / f"main-{role}.png")
        if role == "admin":
            dialog = window.show_shortcuts()
            settle(app, ms=300)
            grab(dialog, out / "shortcuts.png")
            dialog.close()
            show_calendar(app, window, out)  # last: the override moves some deadlines
        if role == "operator":
            window.lock()
            window.lock_screen.password_edit.setText("x")
            window.lock_screen.submit()
            settle(app, lambda w=window: not runner.busy)
            settle(app, ms=300)
            grab(window, out / "lock.png")
            window.close_session()
        else:
            window.close()
        settle(app, ms=200)
        clock.advance(timedelta(minutes=2, seconds=13))
    runner.wait_for_done()
    services.database.close()
    if login.services is not None:
        login.services.database.close()
    del translators


if __name__ == "__main__":
    main()
