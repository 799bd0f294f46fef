"""The Russian translation is complete, current with the sources, built, and loaded.

What the sources hold is asked of pyside6-lupdate itself — the tool `make i18n` runs — on a
temporary copy of the .ts, so every way of marking a text (``self.tr``,
``QCoreApplication.translate``, plurals, disambiguations) counts, and each text is matched
within its own context. Whether the .qm is current is decided by its content (lrelease into a
temporary file, compared byte for byte), never by file times, which git does not keep.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.i18n import I18N_DIR, install_translations

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = I18N_DIR / "workstation_ru.ts"
QM_FILE = I18N_DIR / "workstation_ru.qm"
RUSSIAN_PLURAL_FORMS = 3  # 1 пользователь, 2 пользователя, 5 пользователей
_PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")

MessageKey = tuple[str, str, str]  # context, source, disambiguation


def tool(name: str) -> str:
    """A Qt tool of the project's environment (as `make i18n` runs it), else one on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: install the project (make test does)")
    return found


def sources() -> list[str]:
    """The files `make i18n` gives lupdate: $(find ui -name '*.py' | sort)."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))


def messages(ts_file: Path) -> dict[MessageKey, ET.Element]:
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


@pytest.fixture(scope="module")
def updated_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts as `make i18n` would leave it: updated from the sources."""
    ts_file = tmp_path_factory.mktemp("i18n") / TS_FILE.name
    shutil.copyfile(TS_FILE, ts_file)
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(ts_file)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    return ts_file


def describe(key: MessageKey) -> str:
    context, source, comment = key
    return f"{context}: {source!r}" + (f" ({comment})" if comment else "")


def test_the_translation_file_holds_exactly_the_texts_of_the_sources(updated_ts: Path) -> None:
    committed, current = messages(TS_FILE), messages(updated_ts)
    missing = sorted(describe(key) for key in current.keys() - committed.keys())
    gone = sorted(describe(key) for key in committed.keys() - current.keys())
    assert (missing, gone) == ([], []), "run `make i18n` and translate the new entries"


def problem(message: ET.Element) -> str | None:
    translation = message.find("translation")
    if translation is None:
        return "no translation"
    if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return str(translation.get("type"))
    source = message.findtext("source", "")
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if len(forms) != RUSSIAN_PLURAL_FORMS or not all(form.strip() for form in forms):
            return f"needs {RUSSIAN_PLURAL_FORMS} plural forms, has {forms}"
        texts = forms
    else:
        texts = [translation.text or ""]
        if not texts[0].strip():
            return "empty"
    wanted = sorted(set(_PLACEHOLDER.findall(source)))
    for text in texts:
        if sorted(set(_PLACEHOLDER.findall(text))) != wanted:
            return f"placeholders {wanted} differ in {text!r}"
    return None


def test_every_text_has_a_finished_russian_translation(updated_ts: Path) -> None:
    problems = sorted(f"{describe(key)}: {why}" for key, message in messages(updated_ts).items()
                      if (why := problem(message)) is not None)
    assert problems == [], "translate these in resources/i18n/workstation_ru.ts (make i18n)"


def test_the_built_translation_is_current(tmp_path: Path) -> None:
    built = tmp_path / QM_FILE.name
    subprocess.run([tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(built)],
                   check=True, capture_output=True, timeout=60)
    current = QM_FILE.read_bytes() == built.read_bytes()
    assert current, "run `make i18n`: the .qm was not built from the .ts as it is"


def text_argument(node: ast.Call) -> tuple[ast.expr | None, bool] | None:
    """The text argument of a ``tr`` / ``translate`` call and whether it counts (``%n``)."""
    name = (node.func.attr if isinstance(node.func, ast.Attribute)
            else node.func.id if isinstance(node.func, ast.Name) else "")
    if name == "tr":
        return (node.args[0] if node.args else None), len(node.args) >= 3
    if (name == "translate" and node.args and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)):  # (context, text …), not QPainter's
        return (node.args[1] if len(node.args) > 1 else None), len(node.args) >= 4
    return None


def test_every_marked_text_is_a_literal_lupdate_can_read() -> None:
    """lupdate skips ``tr(variable)`` silently and takes ``tr(f"…{x}")`` as the literal
    "…{x}", which never matches at run time: both leave the text untranslated."""
    wrong = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or (found := text_argument(node)) is None:
                continue
            text, counted = found
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                wrong.append(f"{where}: not a literal text")
            elif counted and "%n" not in text.value and "%Ln" not in text.value:
                wrong.append(f"{where}: a count is given but the text has no %n")
    assert wrong == []


def test_translations_load_with_russian_plurals(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    translators = install_translations(app)
    try:
        assert app.translate("LoginDialog", "Log in") == "Войти"
        counted = [app.translate("LookupPane", "%n customer(s)", "", n) for n in (1, 3, 5, 21)]
        assert counted == ["1\u00a0потребитель", "3\u00a0потребителя", "5\u00a0потребителей",
                           "21\u00a0потребитель"]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
