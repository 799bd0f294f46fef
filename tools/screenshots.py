"""Screenshots of the desk's windows for README, on a throw-away demo database.

    make screenshots        (runs this under Xvfb: a real X server, real window decorations)
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import URL

from ui.app import DatabaseOpener, create_application
from ui.i18n import install_translations
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from workstation.clock import SystemClock
from workstation.config import DatabaseChoice
from workstation.roles import Principal, Role
from workstation.users import UserDetails

DEMO_PASSWORD = "demo-password"


def settle(app: QApplication, until: object = None, ms: int = 3000) -> None:
    """Let queued signals and painting happen (a tool, not a test: waiting is fine here)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    if until is not None:
        timer = QTimer()
        timer.timeout.connect(lambda: until() and loop.quit())  # type: ignore[operator]
        timer.start(20)
    loop.exec()
    app.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translators = install_translations(app)
    folder = Path(tempfile.mkdtemp(prefix="workstation-shots-"))
    choice = DatabaseChoice(URL.create("sqlite", database=str(folder / "demo.sqlite3")), "demo")
    services = DatabaseOpener(choice, SystemClock())(None)
    services.users.add_user(
        Principal.command_line("screenshots"), "ivanova", DEMO_PASSWORD,
        UserDetails(full_name="Иванова Мария Сергеевна", roles={Role.OPERATOR},
                    unit="Контакт-центр", position="Оператор", phone="+7 4242 55-12-34"),
    )
    runner = TaskRunner(app)
    login = LoginDialog(runner, choice.describe(), DatabaseOpener(choice, SystemClock()))
    login.show()
    login.connect_database()
    settle(app, lambda: login.login_button.isEnabled())
    login.login_edit.setText("ivanova")
    login.password_edit.setText(DEMO_PASSWORD)
    grab(login, out / "login.png")
    login.login_button.click()
    settle(app, lambda: login.principal is not None)
    assert login.services is not None and login.principal is not None
    window = MainWindow(login.services, login.principal, runner)
    window.show()
    settle(app, lambda: window.status.connected is not None)
    grab(window, out / "main-window.png")
    window.close()
    runner.wait_for_done()
    services.database.close()
    login.services.database.close()
    del translators
    print(f"at {datetime.now(UTC):%H:%M:%S}")


if __name__ == "__main__":
    main()
