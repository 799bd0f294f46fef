"""The Russian translation is complete, built, and loaded."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.i18n import I18N_DIR, install_translations

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = I18N_DIR / "workstation_ru.ts"


def ts_messages() -> dict[str, ET.Element]:
    tree = ET.parse(TS_FILE)
    return {
        message.findtext("source", ""): message.find("translation")  # type: ignore[misc]
        for message in tree.iter("message")
    }


def test_every_source_string_has_a_finished_russian_translation() -> None:
    messages = ts_messages()
    unfinished = [
        source for source, translation in messages.items()
        if translation is None or translation.get("type") in {"unfinished", "obsolete",
                                                              "vanished"}
        or not (translation.text or "").strip()
    ]
    assert unfinished == [], "translate these in resources/i18n/workstation_ru.ts (make i18n)"


def tr_strings(path: Path) -> list[str]:
    """The literal texts passed to ``….tr(…)`` in a source file (as lupdate reads them)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr" and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append(node.args[0].value)
    return found


def test_every_tr_call_in_the_sources_is_in_the_translation_file() -> None:
    known = set(ts_messages())
    missing = [
        f"{path.name}: {text}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for text in tr_strings(path)
        if text not in known
    ]
    assert missing == [], "run `make i18n` and translate the new strings"


def test_translations_are_built_and_load(qtbot: QtBot) -> None:
    assert (I18N_DIR / "workstation_ru.qm").stat().st_mtime >= TS_FILE.stat().st_mtime - 1
    app = QApplication.instance()
    assert app is not None
    translators = install_translations(app)
    try:
        assert app.translate("LoginDialog", "Log in") == "Войти"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
