"""After "Log out" the login window comes back for the next person; after quitting, the program
ends. Each session's database is closed once its window is gone (ui/app.py run_sessions)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.app import PersonSession, run_sessions


class Desk:
    """Scripted people: each entry says how that person's session ends (None: nobody logs in)."""

    def __init__(self, qtbot: QtBot, endings: list[str | None]) -> None:
        self.qtbot = qtbot
        self.endings = endings
        self.sessions: list[PersonSession] = []
        self.closed: list[int] = []
        self.loops = 0

    def open_session(self) -> PersonSession | None:
        ending = self.endings[len(self.sessions)] if len(self.sessions) < len(self.endings) \
            else None
        if ending is None:
            return None
        window = QWidget()
        self.qtbot.addWidget(window)
        number = len(self.sessions)
        session = PersonSession(window, lambda: self.closed.append(number))
        self.sessions.append(session)
        return session

    def run_loop(self) -> int:
        self.loops += 1
        session = self.sessions[-1]
        if self.endings[len(self.sessions) - 1] == "log out":
            session.mark_logged_out()
        return 0


def test_log_out_brings_the_login_back_and_quitting_ends(qtbot: QtBot) -> None:
    desk = Desk(qtbot, ["log out", "log out", "quit"])
    assert run_sessions(desk.open_session, desk.run_loop, lambda: None) == 0
    assert desk.loops == 3  # three people worked in turn
    assert desk.closed == [0, 1, 2]  # each one's database closed after their window


def test_cancelling_the_login_after_a_log_out_ends_the_program(qtbot: QtBot) -> None:
    desk = Desk(qtbot, ["log out", None])
    assert run_sessions(desk.open_session, desk.run_loop, lambda: None) == 0
    assert (desk.loops, desk.closed) == (1, [0])


def test_quitting_at_once_returns_the_loops_code(qtbot: QtBot) -> None:
    desk = Desk(qtbot, ["quit"])
    desk.run_loop = lambda: 3  # type: ignore[method-assign]
    assert run_sessions(desk.open_session, desk.run_loop, lambda: None) == 3
