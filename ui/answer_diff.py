"""What a proposed version changes, word by word, for the supervisor who approves it."""

from __future__ import annotations

import difflib
import re
from html import escape

from PySide6.QtCore import QCoreApplication

from ui import palette
from workstation.answer_types import SPECIALIST, AnswerContent, VersionInfo

_PIECES = re.compile(r"\s+|[^\s]+")
REMOVED = f"background-color:#fde2e1; color:{palette.DANGER}; text-decoration:line-through;"
ADDED = f"background-color:#dff3e0; color:{palette.SUCCESS};"


def word_diff(before: str, after: str) -> str:
    old, new = _PIECES.findall(before), _PIECES.findall(after)
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(old[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f'<span style="{REMOVED}">{escape("".join(old[i1:i2]))}</span>')
        if j2 > j1:
            parts.append(f'<span style="{ADDED}">{escape("".join(new[j1:j2]))}</span>')
    return "".join(parts).replace("\n", "<br>")


def _fields(content: AnswerContent) -> list[tuple[str, str]]:
    translate = QCoreApplication.translate
    given_by = (translate("AnswerDiff", "a specialist: %1").replace("%1", content.specialist_unit)
                if content.answered_by == SPECIALIST
                else translate("AnswerDiff", "the operator"))
    return [(translate("AnswerDiff", "Title"), content.title),
            (translate("AnswerDiff", "Topic"), content.topic_code),
            (translate("AnswerDiff", "Typical questions"), "\n".join(content.questions)),
            (translate("AnswerDiff", "Short answer for a call"), content.spoken),
            (translate("AnswerDiff", "Full answer for a letter or e-mail"), content.written),
            (translate("AnswerDiff", "Given by"), given_by)]


def version_diff_html(version: VersionInfo, published: AnswerContent | None) -> str:
    """The version against what operators see now (all of it, for a new answer)."""
    translate = QCoreApplication.translate
    byline = (translate("AnswerDiff", "Version %1 by %2").replace("%1", str(version.number))
              .replace("%2", version.author_name))
    if version.change_note:
        byline += " — " + version.change_note
    head = (f"<h3>{escape(version.content.title)}</h3>"
            f'<p style="color:{palette.SECONDARY_TEXT};">{escape(byline)}</p>')
    if version.retired:
        retired = translate("AnswerDiff", "The answer is taken out of use.")
        return head + f'<p style="{REMOVED}">{escape(retired)}</p>'
    before = dict(_fields(published)) if published is not None else {}
    parts = [head]
    if published is None:
        new = translate("AnswerDiff", "A new answer.")
        parts.append(f"<p><b>{escape(new)}</b></p>")
    for name, text in _fields(version.content):
        old = before.get(name)
        if old == text:
            continue
        body = word_diff(old, text) if old is not None else escape(text).replace("\n", "<br>")
        parts.append(f"<p><b>{escape(name)}</b><br>{body}</p>")
    if len(parts) == 1:
        same = translate("AnswerDiff", "Nothing differs from the answer in use.")
        parts.append(f"<p>{escape(same)}</p>")
    return "".join(parts)
