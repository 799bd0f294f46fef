"""Answers as rich text: the search words highlighted, filled placeholders marked, gaps in red.

People must see at a glance why an answer was found and what in it still needs their hand.
Plain text from the database is always escaped before it becomes markup.
"""

from __future__ import annotations

from html import escape

from db.russian_words import SearchTerms
from ui import palette
from workstation.answer_highlight import matching_spans
from workstation.answer_placeholders import FilledText

# Dark text on the marker, so a marked word stays readable in a selected (dark) row too.
MATCH_STYLE = f"background-color:#fff2a8; color:{palette.TEXT}; font-weight:bold;"
VALUE_STYLE = "background-color:#e3eefb;"
GAP_STYLE = f"background-color:#fde2e1; color:{palette.DANGER}; font-weight:bold;"


def highlighted(text: str, terms: SearchTerms | None) -> str:
    """Escaped ``text`` with the words that answer the search marked; newlines kept."""
    spans = matching_spans(text, terms) if terms is not None else []
    parts, position = [], 0
    for start, end in spans:
        parts.append(escape(text[position:start]))
        parts.append(f'<span style="{MATCH_STYLE}">{escape(text[start:end])}</span>')
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts).replace("\n", "<br>")


def filled_html(filled: FilledText, terms: SearchTerms | None) -> str:
    parts = []
    for segment in filled.segments:
        if segment.kind == "text":
            parts.append(highlighted(segment.text, terms))
        elif segment.kind == "value":
            parts.append(f'<span style="{VALUE_STYLE}">{escape(segment.text)}</span>')
        else:
            parts.append(f'<span style="{GAP_STYLE}">{escape(segment.text)}</span>')
    return "".join(parts)


# The results list styles the question by class, so a selected row can lighten it.
RESULT_STYLE = f".secondary {{ color: {palette.SECONDARY_TEXT}; }}"
SELECTED_RESULT_STYLE = ".secondary { color: #dce6f2; }"


def result_html(title: str, question: str, terms: SearchTerms | None) -> str:
    """One line of the results list: the title, and the first typical question below it."""
    return (f"<b>{highlighted(title, terms)}</b><br>"
            f'<span class="secondary">{highlighted(question, terms)}</span>')
