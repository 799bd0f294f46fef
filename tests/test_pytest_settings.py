"""The test settings STYLE.md asks for hold: offscreen Qt from the configuration, strict checks."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QApplication

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_qt_runs_offscreen_whatever_the_shell_exported(qapp: QApplication) -> None:
    # pytest-env forces the platform from pyproject.toml, so QT_QPA_PLATFORM=xcb inherited from
    # a desktop session still gives windows nobody sees.
    assert qapp.platformName() == "offscreen"


def test_warnings_and_qt_messages_fail_tests_with_named_exceptions_only() -> None:
    options = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"
    ]
    assert options["qt_api"] == "pyside6"
    assert options["qt_log_level_fail"] == "WARNING"
    assert options["filterwarnings"][0] == "error"
    assert all(rule.startswith("ignore:") for rule in options["filterwarnings"][1:])
    assert {"--strict-markers", "--strict-config"} <= set(options["addopts"].split())
    assert options["xfail_strict"] is True
    assert "QT_QPA_PLATFORM=offscreen" in options["env"]
