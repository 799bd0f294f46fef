"""Screenshots of the appeal editor with a postal letter and of the call panel mid-call.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/appeal_screenshots.py docs \\
        [--qm PATH]     (a translation to load over the shipped one, e.g. before `make i18n`)
        [--size 1280x800]   (the window's size for desk-call.png; 1600x1000 by default)

A throw-away demo database with a frozen clock (a FakeClock: the call's phases show the same
times in every run). Writes appeal-editor.png and call-panel.png, and desk-call.png (the whole
window, to check how the panes sit together).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QDate, QEventLoop, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import URL, select

from db.models import ContactPoint, Customer
from tools.screenshots import SHOWN_DATABASE
from ui.app import create_application
from ui.i18n import install_translations
from ui.main_window import MainWindow
from ui.panes.appeal_editor_pane import AppealEditorPane
from ui.panes.call_pane import CallPane
from ui.tasks import TaskRunner
from workstation.appeal_fields import Line
from workstation.appeals import Channel
from workstation.attachments import NewAttachment
from workstation.call_desk import CallDraft
from workstation.call_phases import CallOutcome, CallPhase
from workstation.clock import FakeClock
from workstation.database import open_database
from workstation.demo_data import fill_demo_data
from workstation.services import Services

MOSCOW = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 3, 2, 8, 41, 0, tzinfo=UTC)  # Monday, 11:41 in Moscow


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


def a_customer(services: Services) -> tuple[Customer, str]:
    with services.database.sessions() as session:
        row = session.execute(
            select(Customer, ContactPoint.value)
            .join(ContactPoint, ContactPoint.customer_id == Customer.id)
            .where(Customer.kind == "person", ContactPoint.kind == "phone")
            .order_by(Customer.name).limit(1)).one()
        return row[0], row[1]


def fill_letter(app: QApplication, editor: AppealEditorPane, customer: Customer) -> None:
    form = editor.form
    editor.new_appeal(Channel.POST)
    post = form.current_form()
    post.fields["incoming_number"].setText("Вх-0347")  # type: ignore[union-attr]
    post.fields["incoming_date"].setDate(QDate(2026, 3, 2))  # type: ignore[union-attr]
    post.fields["sender_name"].setText(customer.name)  # type: ignore[union-attr]
    post.fields["sender_address"].setPlainText(  # type: ignore[union-attr]
        "109012, г. Москва, ул. Никольская, д. 10, кв. 24")
    post.fields["sender_reference"].setText("б/н от 25.02.2026")  # type: ignore[union-attr]
    form.set_customer(customer.id, customer.name)
    form.topic_picker.setCurrentIndex(form.topic_picker.findData("billing.recalculation"))
    form.subject_edit.setText("Перерасчёт платы за февраль")
    form.body_edit.setPlainText(
        "Прошу сделать перерасчёт платы за электроэнергию за февраль 2026 года. Показания "
        "прибора учёта (10 450 кВт·ч) я передал 24 февраля через личный кабинет, однако счёт "
        "выставлен по среднему потреблению. Копию экрана с переданными показаниями прилагаю.")
    editor.pending = [NewAttachment.named("Скан письма, стр. 1.pdf", b"%PDF" + b"." * 183_000),
                      NewAttachment.named("Скан письма, стр. 2.pdf", b"%PDF" + b"." * 164_000)]
    form.show_pending(editor.pending)
    editor.save()
    settle(app, lambda: editor.view is not None)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs")
    parser.add_argument("--qm", help="an extra translation file to load")
    parser.add_argument("--size", default="1600x1000",
                        help="the window's size, WIDTHxHEIGHT (e.g. a laptop's 1280x800)")
    args = parser.parse_args()
    width, height = (int(side) for side in args.size.lower().split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translators = install_translations(app)
    if args.qm:
        extra = QTranslator(app)
        if extra.load(args.qm):
            app.installTranslator(extra)  # searched first: the newest translator wins
            translators.append(extra)
    folder = Path(tempfile.mkdtemp(prefix="workstation-appeal-shots-"))
    settings = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    clock = FakeClock(NOW)
    database = open_database(URL.create("sqlite", database=str(folder / "demo.sqlite3")), None,
                             create=True)
    fill_demo_data(database, customers=300, appeals=400, seed=6, clock=clock)
    database.url = SHOWN_DATABASE  # what the status bar says: a demo desk's file
    services = Services.create(database, clock)
    principal = services.auth.login("operator", "operator-demo")
    runner = TaskRunner(app)
    window = MainWindow(services, principal, runner, settings=settings, zone=MOSCOW)
    window.resize(width, height)
    window.show()
    settle(app, lambda: window.status.connected is not None and not runner.busy)
    customer, phone = a_customer(services)

    editor = window.panes[AppealEditorPane.OBJECT_NAME]
    assert isinstance(editor, AppealEditorPane)
    editor.show()
    editor.load()
    settle(app, lambda: editor.form.topic_picker.count() > 1 and not runner.busy)
    fill_letter(app, editor, customer)
    editor.setFloating(True)
    editor.resize(760, 1020)
    settle(app, ms=600)
    grab(editor, out / "appeal-editor.png")
    editor.setFloating(False)

    # This morning a colleague promised this customer a callback (TEL-3), not yet made: the
    # card reminds of it when the customer rings in again.
    colleague = services.auth.login("ivanova", "operator-demo")
    earlier = services.call_desk.take(colleague, phone=phone, line=Line.HOT_LINE,
                                      received_at=clock.now() - timedelta(hours=2))
    services.call_desk.finish(colleague, earlier.id, CallOutcome.CALLBACK, CallDraft(
        phone=phone, line=Line.HOT_LINE, customer_id=customer.id,
        notes="Уточнить в архиве показания за январь и перезвонить.",
        callback_at=clock.now() + timedelta(hours=1)))

    calls = window.panes[CallPane.OBJECT_NAME]
    assert isinstance(calls, CallPane)
    offered = services.calls.offer(principal, phone, principal.login)
    clock.advance(12)  # the third ring (TEL-1)
    calls.show()
    calls.take_call(offered)
    settle(app, lambda: calls.call is not None and not runner.busy)
    calls.form.set_customer(customer.id, customer.name)
    clock.advance(31)
    calls.switch(CallPhase.INFORMING)
    settle(app, lambda: calls.call is not None and calls.call.phase is CallPhase.INFORMING)
    calls.form.topic_picker.setCurrentIndex(
        calls.form.topic_picker.findData("meters.readings"))
    calls.form.notes_edit.setPlainText(
        "Спрашивает, почему в счёте за февраль начисление по среднему, хотя показания "
        "передавал 24.02 через личный кабинет.\n"
        "Показания принимаются с 15 по 25 число; переданные 24.02 в базе есть — перерасчёт "
        "будет в следующем счёте.")
    clock.advance(84)
    calls.tick()
    window.resize(width, height)
    settle(app, ms=800)
    calls.setFloating(True)
    calls.resize(640, 960)
    settle(app, ms=600)
    grab(calls, out / "call-panel.png")
    calls.setFloating(False)
    settle(app, ms=600)
    grab(window, out / "desk-call.png")
    window.close()
    runner.wait_for_done()
    database.close()
    del translators


if __name__ == "__main__":
    main()
