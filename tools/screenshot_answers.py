"""Screenshots of the answer library, as a person sees it, on a throw-away database.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshot_answers.py docs \
        [--extra-qm answers_ru.qm]

``--extra-qm`` loads one more compiled translation, for strings not yet in
resources/i18n/workstation_ru.ts (built with pyside6-lupdate/lrelease from the new sources).

Writes answers.png (the library pane during a search, an answer chosen, placeholders filled
from the open customer card), answers-desk.png (the operator's whole window) and
answers-review.png (a supervisor looking at a change before approving it).
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import URL, select

from db.models import Customer
from tools.screenshots import NOW, SHOWN_DATABASE, ZONE_NAME, grab, settle
from ui.app import DatabaseOpener, create_application
from ui.i18n import install_translations
from ui.main_window import ZONE_SETTING, MainWindow
from ui.panes.answer_library_pane import AnswerLibraryPane
from ui.panes.answer_review_pane import AnswerReviewPane
from ui.tasks import TaskRunner
from workstation.answer_placeholders import CustomerFacts
from workstation.clock import FakeClock
from workstation.config import DatabaseChoice
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

DEMO_PASSWORD = "demo-password"
PEOPLE = [
    ("ivanova", "Иванова Мария Сергеевна", Role.OPERATOR, "Оператор"),
    ("kuznetsov", "Кузнецов Игорь Павлович", Role.SUPERVISOR, "Руководитель группы"),
    ("lebedeva", "Лебедева Ольга Андреевна", Role.SUPERVISOR, "Начальник контакт-центра"),
]
CUSTOMER = CustomerFacts(full_name="Смирнова Анна Петровна", first_name="Анна",
                         patronymic="Петровна", account_number="6500123456",
                         address="693000, Сахалинская область, г. Южно-Сахалинск, "
                                 "ул. Ленина, д. 112, кв. 45")


def add_people(services: Services) -> None:
    admin = Principal.command_line("screenshots")
    for login, name, role, position in PEOPLE:
        services.users.add_user(admin, login, DEMO_PASSWORD, UserDetails(
            name, {role}, "Контакт-центр", position, "+7 4242 55-12-34", f"{login}@example.ru"))


def first_customer(services: Services) -> uuid.UUID | None:
    """A few demo customers (issue 3's generator), so the card can be opened."""
    try:
        from workstation.demo_data import fill_demo_data

        fill_demo_data(services.database, customers=20, appeals=0, seed=5,
                       clock=services.clock)
    except Exception as error:  # a screenshot without a card is still worth taking
        print(f"no demo customers: {error}")
        return None
    with services.database.sessions() as session:
        return session.scalar(select(Customer.id).where(Customer.kind == "person")
                              .order_by(Customer.name).limit(1))


def type_slowly(app: QApplication, pane: AnswerLibraryPane, text: str) -> None:
    pane.focus_search()
    for end in range(1, len(text) + 1):
        pane.search_edit.setText(text[:end])  # as typing does: one search per key
        app.processEvents()


def main() -> None:
    args = sys.argv[1:]
    extra = None
    if "--extra-qm" in args:
        at = args.index("--extra-qm")
        extra = args[at + 1]
        del args[at:at + 2]
    out = Path(args[0] if args else "docs")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translators = install_translations(app)
    if extra is not None:
        translator = QTranslator(app)
        if not translator.load(extra):
            raise SystemExit(f"cannot load {extra}")
        app.installTranslator(translator)
    folder = Path(tempfile.mkdtemp(prefix="workstation-answers-"))
    settings = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue(ZONE_SETTING, ZONE_NAME)
    choice = DatabaseChoice(URL.create("sqlite", database=str(folder / "demo.sqlite3")), "demo")
    # The same morning and the same database name as the desk's other pictures.
    services = DatabaseOpener(choice, FakeClock(NOW))(None)
    services.database.url = SHOWN_DATABASE
    add_people(services)
    runner = TaskRunner(app)

    operator = services.auth.login("ivanova", DEMO_PASSWORD)
    entries = services.answers.browse(operator, "meters")
    for entry in entries[:3]:
        for _ in range(3):
            services.answers.record_use(operator, entry.entry_id, "short")
    window = MainWindow(services, operator, runner, settings=settings)
    window.resize(1560, 1000)
    window.show()
    settle(app, lambda: window.status.connected is not None and not runner.busy)
    pane = window.panes[AnswerLibraryPane.OBJECT_NAME]
    assert isinstance(pane, AnswerLibraryPane)
    # A desk during a call: the customer's card and the library; other panes put away.
    for name, other in window.panes.items():
        if name not in (AnswerLibraryPane.OBJECT_NAME, "customer-card-pane"):
            other.hide()
    card_pane = window.panes.get("customer-card-pane")
    customer_id = first_customer(services)
    if card_pane is not None and customer_id is not None:
        card_pane.show_customer(customer_id)  # type: ignore[attr-defined]
        # The card hands its facts to the library itself (card_shown → set_customer).
        settle(app, lambda: pane.customer is not None and not runner.busy)
        window.resizeDocks([card_pane, pane], [330, 640], Qt.Orientation.Vertical)
    else:
        pane.set_customer(CUSTOMER)
    pane.show()
    pane.raise_()
    window.resizeDocks([pane], [1000], Qt.Orientation.Horizontal)
    type_slowly(app, pane, "передать показания счетчика")
    settle(app, lambda: not runner.busy, ms=1500)
    pane.results_view.setFocus()
    settle(app, lambda: pane.preview.view is not None, ms=1500)
    settle(app, ms=300)
    grab(pane, out / "answers.png")
    grab(window, out / "answers-desk.png")
    window.close()

    author = services.auth.login("kuznetsov", DEMO_PASSWORD)
    state = next(e for e in services.answer_editor.entries(author) if e.code == "readings.when")
    changed = dataclasses.replace(state.content, spoken=state.content.spoken.replace(
        "с 15 по 25 число", "с 20 по 25 число"), written=state.content.written.replace(
        "с 15 по 25 число", "с 20 по 25 число"))
    services.answer_editor.propose_change(author, state.entry_id, state.row_version, changed,
                                          "Срок приёма показаний изменён приказом")
    reviewer = services.auth.login("lebedeva", DEMO_PASSWORD)
    window = MainWindow(services, reviewer, runner, settings=settings)
    window.resize(1560, 940)
    window.show()
    settle(app, lambda: window.status.connected is not None and not runner.busy)
    review = window.panes[AnswerReviewPane.OBJECT_NAME]
    assert isinstance(review, AnswerReviewPane)
    for name, other in window.panes.items():
        if name != AnswerReviewPane.OBJECT_NAME:
            other.hide()
    review.show()
    review.raise_()
    window.resizeDocks([review], [560], Qt.Orientation.Vertical)
    settle(app, lambda: review.pending_model.rowCount() > 0 and not runner.busy)
    review.pending_view.selectRow(0)
    settle(app, lambda: not runner.busy, ms=1000)
    settle(app, ms=300)
    grab(review, out / "answers-review.png")
    window.close()
    runner.wait_for_done()
    services.database.close()
    del translators


if __name__ == "__main__":
    main()
