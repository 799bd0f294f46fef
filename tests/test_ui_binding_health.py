"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 lost a reference to None on every call
of a void method, and the desk aborted ("Fatal Python error: none_dealloc") after a few minutes
of typing and ticking timers. pyproject.toml keeps such a release out; this test fails if one
comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

CALLS = 200  # enough to see a leak of one reference a call, far from exhausting None's count


def test_void_methods_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    timer = QTimer()
    calls = {"QLineEdit.setText": lambda: field.setText("а"), "QTimer.stop": timer.stop,
             "QWidget.update": field.update, "QObject.setObjectName":
             lambda: field.setObjectName("x")}
    lost = {}
    for name, call in calls.items():
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            call()
        lost[name] = before - sys.getrefcount(None)
    assert all(count < CALLS // 2 for count in lost.values()), lost
