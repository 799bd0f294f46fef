"""Screenshots of the customer lookup with a card open, on a throw-away demo database.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot_lookup.py docs

Writes lookup.png (a caller found by name, identified: readings, payments, debt shown) and
lookup-masked.png (the same card before identification: confidential fields masked, TEL-5).
The other panes (answer library, call, appeals, deadlines…) are closed for the picture, as an
operator may do, and the start page (which cannot be closed) is hidden, so that lookup and
card have the height of the window. Strings not yet in the shipped translation are taken from
a JSON file of translations when there is one (``--strings FILE``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import URL, func, select

from db.models import Appeal, Customer
from tools.screenshots import NOW, SHOWN_DATABASE, ZONE_NAME
from ui.app import DatabaseOpener, create_application
from ui.i18n import install_translations
from ui.main_window import ZONE_SETTING, MainWindow
from ui.panes.customer_card import CustomerCardPane
from ui.panes.lookup_pane import LookupPane
from ui.start_page import StartPageDock
from ui.tasks import TaskRunner
from workstation.clock import FakeClock
from workstation.config import DatabaseChoice
from workstation.demo_data import fill_demo_data
from workstation.identification import IdentificationMethod


class JsonTranslator(QTranslator):
    """Translations from a {source: translation} file, for strings the .qm does not have yet."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.texts: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null string) lets Qt ask the next translator; "" would mean "translated
        # as nothing".
        return self.texts.get(source)

    def isEmpty(self) -> bool:
        return False


def settle(until: object = None, ms: int = 4000) -> None:
    """Let queued signals and painting happen (a tool, not a test: waiting is fine here)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    if until is not None:
        timer = QTimer()
        timer.timeout.connect(lambda: until() and loop.quit())  # type: ignore[operator]
        timer.start(20)
    loop.exec()
    QApplication.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs")
    parser.add_argument("--strings", type=Path, default=Path("/tmp/i18n/lookup.json"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translators = install_translations(app)
    if args.strings.is_file():
        overlay = JsonTranslator(args.strings)
        app.installTranslator(overlay)
        translators.append(overlay)

    folder = Path(tempfile.mkdtemp(prefix="workstation-lookup-shots-"))
    choice = DatabaseChoice(URL.create("sqlite", database=str(folder / "demo.sqlite3")), "demo")
    clock = FakeClock(NOW)  # the same morning as the desk's other pictures
    services = DatabaseOpener(choice, clock)(None)
    fill_demo_data(services.database, customers=3000, appeals=3000, seed=4, clock=clock)
    services.database.url = SHOWN_DATABASE  # what the status bar says: a demo desk's file
    with services.database.sessions() as session:
        # A person with a few appeals: the history shows other desks' work.
        customer_id, name = session.execute(
            select(Customer.id, Customer.name).join(Appeal, Appeal.customer_id == Customer.id)
            .where(Customer.kind == "person").group_by(Customer.id, Customer.name)
            .order_by(func.count(Appeal.id).desc(), Customer.name).limit(1)).one()
    principal = services.auth.login("operator", "operator-demo")
    card_data = services.cards.card(principal, customer_id)
    account = card_data.accounts[0].number

    runner = TaskRunner(app)
    settings = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue(ZONE_SETTING, ZONE_NAME)
    window = MainWindow(services, principal, runner, settings=settings)
    window.resize(1600, 960)
    window.show()
    settle(lambda: not runner.busy)
    def close_other_panes() -> None:
        for name_of_pane, pane in window.panes.items():
            if name_of_pane not in (LookupPane.OBJECT_NAME, CustomerCardPane.OBJECT_NAME):
                pane.hide()
        # The start page cannot be closed (no View menu entry brings it back), but for the
        # picture it would keep the lower half of the lookup's column: hidden here only.
        for start in window.findChildren(StartPageDock):
            start.hide()

    close_other_panes()
    settle(ms=300)
    lookup = window.panes[LookupPane.OBJECT_NAME]
    card = window.panes[CustomerCardPane.OBJECT_NAME]
    assert isinstance(lookup, LookupPane) and isinstance(card, CustomerCardPane)
    window.resizeDocks([lookup], [820], Qt.Orientation.Horizontal)
    window.resizeDocks([card], [760], Qt.Orientation.Horizontal)
    lookup.focus_search()
    surname = name.split()[0]
    for char in surname:
        QTest.sendKeyEvent(QTest.KeyAction.Click, lookup.search_edit, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)
    settle(lambda: not runner.busy and lookup.model.rowCount() > 0)
    row = lookup.model.row_of(customer_id)
    lookup.table.selectRow(lookup.proxy.mapFromSource(lookup.model.index(row, 0)).row())
    lookup.choose(customer_id)
    settle(lambda: not runner.busy and card.card is not None)
    card.tabs.setCurrentIndex(1)  # the history
    close_other_panes()  # the deadline pane shows itself when its data arrive
    settle(ms=400)
    grab(window, out / "lookup-masked.png")

    services.cards.identify(principal, customer_id, IdentificationMethod.ACCOUNT, account)
    card.reload()
    settle(lambda: not runner.busy and card.secrets is not None)
    card.tabs.setCurrentIndex(3)  # readings and payments: shown only now (TEL-5)
    close_other_panes()
    settle(ms=400)
    grab(window, out / "lookup.png")
    window.close()
    runner.wait_for_done()
    services.database.close()
    del translators


if __name__ == "__main__":
    main()
