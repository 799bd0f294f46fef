"""Screenshots of the SLA countdown and the supervisors' deadline board, for README.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/sla_screenshots.py docs \
        [--translations extra.json]

Writes sla-call.png (a call in its SLA-2 phase over the operator's list), sla-letters.png
(no call; overdue letters on top) and deadline-board.png, from a throw-away SQLite database
with a fixed "now" (Thursday 12.03.2026, 11:20 in Moscow), so that the pictures do not change
from run to run. ``--translations`` adds a JSON file {source: Russian} for strings not yet in
the shipped .qm (a new capability's strings before ``make i18n``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from sqlalchemy import URL

from db.models import Appeal
from ui.app import create_application
from ui.i18n import install_translations
from ui.panes.base import PaneContext
from ui.panes.deadline_board_pane import DeadlineBoardPane
from ui.panes.sla_pane import SlaPane
from ui.tasks import TaskRunner
from workstation.appeal_deadlines import appeal_status_changed, register_appeal
from workstation.appeals import AppealStatus
from workstation.clock import FakeClock
from workstation.database import open_database
from workstation.roles import Principal, Role
from workstation.services import Services
from workstation.users import UserDetails

MOSCOW = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 3, 12, 11, 20, tzinfo=MOSCOW)
PASSWORD = "screenshots-password"
TOPICS = ("Перерасчёт за январь", "Замена счётчика", "Не пришла квитанция",
          "Отключение электроэнергии", "Справка об отсутствии долга", "Ночной тариф",
          "Акт сверки", "Переоформление лицевого счёта")


class JsonTranslator(QTranslator):
    """Translations from a {source: translation} file, whatever the context."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._texts: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))

    def translate(self, _context: str, source: str, _disambiguation: str | None = None,
                  _n: int = -1) -> str | None:  # type: ignore[override]
        return self._texts.get(source)

    def isEmpty(self) -> bool:
        return False


def settle(app: QApplication, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def person(services: Services, login: str, name: str, role: Role, unit: str) -> Principal:
    services.users.add_user(Principal.command_line("screenshots"), login, PASSWORD,
                            UserDetails(name, {role}, unit, "Сотрудник", "", ""))
    return services.auth.login(login, PASSWORD)


def appeal(services: Services, number: int, received: datetime, owner: Principal, *,
           channel: str = "email", urgency: str = "normal", status: str = "registered",
           topic: str = "") -> Appeal:
    with services.database.sessions.begin() as session:
        row = Appeal(journal_number=f"2026-{number:06d}", channel=channel, category="B",
                     status="registered", urgency=urgency, topic=topic or TOPICS[number % 8],
                     subject="", body="", received_at=received, registered_at=received,
                     registered_by_id=owner.user_id, assignee_id=owner.user_id)
        session.add(row)
        session.flush()
        register_appeal(services.deadlines.registry, session, row)
        if status != "registered":
            row.status = status
            appeal_status_changed(services.deadlines.registry, session, row,
                                  AppealStatus.REGISTERED, AppealStatus(status),
                                  at=received + timedelta(hours=3))
        return row


def fill(services: Services, clock: FakeClock) -> tuple[Principal, Principal]:
    operator = person(services, "ivanova", "Иванова Мария Сергеевна", Role.OPERATOR,
                      "Контакт-центр")
    colleague = person(services, "belova", "Белова Алёна Игоревна", Role.SPECIALIST,
                       "Отдел сбыта")
    supervisor = person(services, "kuznetsov", "Кузнецов Игорь Павлович", Role.SUPERVISOR,
                        "Контакт-центр")
    # The operator's letters: two overdue (one of them is two weeks old), an urgent complaint
    # received an hour ago, some due soon, some with days left, one waiting for the customer.
    plan = [(-16, "in_progress"), (-12, "in_progress"), (-11, "with_specialist"),
            (-9, "in_progress"), (-6, "in_progress"), (-3, "in_progress"),
            (-1, "registered"), (0, "registered"), (-4, "clarification")]
    number = 140
    for days, status in plan:
        clock.set(NOW + timedelta(days=days, hours=-2))
        appeal(services, number, clock.now(), operator, status=status)
        number += 1
    clock.set(NOW - timedelta(minutes=47))
    appeal(services, number, clock.now(), operator, urgency="urgent",
           topic="Искрит провод на опоре у дома")
    for days in (-15, -13, -8, -2):
        number += 1
        clock.set(NOW + timedelta(days=days))
        appeal(services, number, clock.now(), colleague, status="with_specialist")
    clock.set(NOW)
    return operator, supervisor


def host(pane: QWidget, width: int, height: int) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("АРМ оператора")
    window.setCentralWidget(pane)
    window.resize(width, height)
    window.show()
    return window


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs")
    parser.add_argument("--translations", type=Path)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translators = install_translations(app)
    if args.translations:
        extra = JsonTranslator(args.translations)
        QCoreApplication.installTranslator(extra)
        translators.append(extra)
    folder = Path(tempfile.mkdtemp(prefix="workstation-sla-shots-"))
    clock = FakeClock(NOW)
    database = open_database(URL.create("sqlite", database=str(folder / "sla.sqlite3")), None,
                             create=True)
    services = Services.create(database, clock)
    operator, supervisor = fill(services, clock)
    runner = TaskRunner(app)

    pane = SlaPane(PaneContext(services, operator, runner, MOSCOW))
    # Tall enough for the whole list: the paused letters, last in the queue, show their state.
    window = host(pane, 620, 640)
    settle(app, 800)
    pane.countdown.tick()
    settle(app)
    window.grab().save(str(out / "sla-letters.png"))
    print(f"wrote {out / 'sla-letters.png'}")

    pane.start_phase("SLA-2", NOW - timedelta(seconds=38))
    pane.countdown.tick()
    settle(app)
    window.grab().save(str(out / "sla-call.png"))
    print(f"wrote {out / 'sla-call.png'}")
    window.close()

    board = DeadlineBoardPane(PaneContext(services, supervisor, runner, MOSCOW))
    board_window = host(board, 1100, 420)
    settle(app, 800)
    board.tabs.setCurrentWidget(board.breaches_table)
    settle(app)
    board_window.grab().save(str(out / "deadline-board.png"))
    print(f"wrote {out / 'deadline-board.png'}")
    board_window.close()
    runner.wait_for_done()
    database.close()
    del translators


if __name__ == "__main__":
    main()
