"""Turning candidate index rows into ranked, highlighted matches (in Python, on a handful).

The database only says "these rows contain the fragments"; here each candidate is checked
again (the same rules on both backends), told which field and which of its addresses, accounts
or phones matched, given a quality (whole word, start of a word, inside a word) and the spans
to highlight in the text people read.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workstation.contacts import format_phone
from workstation.lookup_plan import Probe
from workstation.lookup_results import LookupMatch, Marked, MatchField, Tier
from workstation.search_text import fold, identifier_forms, national_number

Span = tuple[int, int]
# Legal forms before an organisation's name: not its "surname" when ranking.
LEGAL_FORMS = frozenset({"ип", "ооо", "ао", "пао", "зао", "оао", "тсж", "снт", "жск", "мбоу",
                         "мбдоу", "гбуз", "муп", "гуп", "фгуп"})


# -- spans -------------------------------------------------------------------------------------
def word_spans(text: str, words: tuple[str, ...] | list[str]) -> tuple[Span, ...]:
    """Where each word occurs in ``text``: a whole number for digits, else a word start, else
    anywhere (so a fragment found inside a word is still shown)."""
    folded = fold(text)
    spans: list[Span] = []
    for word in words:
        if not word:
            continue
        escaped = re.escape(word)
        patterns = ([rf"(?<!\d){escaped}(?!\d)"] if word.isdigit()
                    else [rf"(?<![^\W_]){escaped}", escaped])
        for pattern in patterns:
            found = re.search(pattern, folded)
            if found:
                spans.append((found.start(), len(word)))
                break
    return _merged(spans)


def loose_span(text: str, needle: str) -> tuple[Span, ...]:
    """The span of ``needle``'s letters and digits in ``text``, skipping separators in the text
    ("91412" in "+7 914 123-45-67")."""
    wanted = "".join(char for char in fold(needle) if char.isalnum())
    if not wanted:
        return ()
    positions = [index for index, char in enumerate(fold(text)) if char.isalnum()]
    letters = "".join(fold(text)[index] for index in positions)
    start = letters.find(wanted)
    if start < 0:
        return ()
    first, last = positions[start], positions[start + len(wanted) - 1]
    return ((first, last - first + 1),)


def phone_span(e164: str, digits: str) -> tuple[str, tuple[Span, ...]]:
    """The phone as people read it and the span of ``digits`` in its national part."""
    shown = shown_phone(e164)
    national = national_number(e164)
    start = national.find(digits)
    if start < 0:
        return shown, ()
    # Skip the country code's digits: the fragment is inside the national number.
    positions = [index for index, char in enumerate(shown) if char.isdigit()]
    offset = len(positions) - len(national)
    if offset < 0:
        return shown, ()
    first = positions[offset + start]
    last = positions[offset + start + len(digits) - 1]
    return shown, ((first, last - first + 1),)


def _merged(spans: list[Span]) -> tuple[Span, ...]:
    result: list[list[int]] = []
    for start, length in sorted(spans):
        if result and start <= result[-1][0] + result[-1][1]:
            result[-1][1] = max(result[-1][1], start + length - result[-1][0])
        else:
            result.append([start, length])
    return tuple((start, length) for start, length in result)


# -- building matches --------------------------------------------------------------------------
def shown_phone(e164: str) -> str:
    """+7 914 123-45-67. Russian numbers are grouped 3-3-2-2 (as phonenumbers does), without
    parsing: a result list formats up to fifty numbers per keystroke."""
    if len(e164) == 12 and e164.startswith("+7") and e164[2:].isdigit():
        d = e164[2:]
        return f"+7 {d[:3]} {d[3:6]}-{d[6:8]}-{d[8:]}"
    return format_phone(e164)


@dataclass(frozen=True)
class Candidate:
    """A customer that matched, ranked; the highlighted row is built only if it is shown."""

    customer_id: uuid.UUID
    rank: tuple[int, int, str, str]
    build: Callable[[], LookupMatch]


def _candidate(row: Any, field: MatchField, tier: Tier, quality: int, fuzzy: bool,
               mark: Callable[[_Cells], None]) -> Candidate:
    def build() -> LookupMatch:
        cells = _Cells(row)
        mark(cells)
        return cells.match(field, tier, quality, fuzzy)

    return Candidate(row.customer_id, (int(tier), quality, row.sort_key, str(row.customer_id)),
                     build)


class _Cells:
    """The default row of a customer: name, first address, first account, first phone."""

    def __init__(self, row: Any) -> None:
        self.row = row
        self.details: dict[str, Any] = row.details or {}
        self.addresses: list[str] = list(self.details.get("addresses", []))
        self.accounts: list[list[Any]] = list(self.details.get("accounts", []))
        self.phones: list[list[str]] = list(self.details.get("phones", []))
        self.name = Marked(row.title)
        self.address = Marked(self.addresses[0] if self.addresses else "")
        self.account = Marked(self.accounts[0][0] if self.accounts else "")
        self.phone = Marked(shown_phone(self.phones[0][0]) if self.phones else "")
        self.other = Marked("")

    def show_address(self, index: int, spans: tuple[Span, ...] = ()) -> None:
        if 0 <= index < len(self.addresses):
            self.address = Marked(self.addresses[index], spans)
            for number, address_index, _closed in self.accounts:
                if address_index == index:
                    self.account = Marked(number)
                    break

    def show_account(self, number: str, spans: tuple[Span, ...]) -> None:
        self.account = Marked(number, spans)
        for account_number, address_index, _closed in self.accounts:
            if account_number == number and 0 <= address_index < len(self.addresses):
                self.address = Marked(self.addresses[address_index])

    def match(self, field: MatchField, tier: Tier, quality: int,
              fuzzy: bool = False) -> LookupMatch:
        return LookupMatch(self.row.customer_id, self.row.kind, self.name, self.address,
                           self.account, self.phone, self.other, field, tier, quality,
                           self.row.sort_key, fuzzy)


def _word_quality(text: str, word: str) -> int | None:
    if f" {word} " in text:
        return 0
    if f" {word}" in text:
        return 1
    if word in text:
        return 2
    return None


def _distinct_words(query: list[str], name: list[str]) -> bool:
    """Can every query word take a name word of its own that contains it (an initial: that
    starts with it)? "Иванов И" must not count the И of Иванов twice."""
    if not query:
        return True
    word, rest = query[0], query[1:]
    for index, candidate in enumerate(name):
        fits = candidate.startswith(word) if len(word) == 1 else word in candidate
        if fits and _distinct_words(rest, name[:index] + name[index + 1:]):
            return True
    return False


def rank_name(row: Any, probe: Probe, tier: Tier = Tier.NAME,
              fuzzy: bool = False) -> Candidate | None:
    qualities = [_word_quality(row.name_text, word) for word in probe.words]
    if any(quality is None for quality in qualities):
        return None
    if len(probe.words) + len(probe.initials) > 1 and not _distinct_words(
            [*probe.words, *probe.initials], row.name_text.split()):
        return None

    def mark(cells: _Cells) -> None:
        cells.name = Marked(row.title, word_spans(row.title, [*probe.words, *probe.initials]))

    # People give their surname first: a match there ranks before the same match in a first
    # name or patronymic (Дорофеева before Бирюков Дмитрий Дорофеевич).
    surname = next((word for word in row.name_text.split() if word not in LEGAL_FORMS), "")
    elsewhere = 0 if surname.startswith(probe.words[0]) else 1
    quality = max(q for q in qualities if q is not None)
    return _candidate(row, MatchField.NAME, tier, 2 * quality + elsewhere, fuzzy, mark)


def rank_address(row: Any, probe: Probe, tier: Tier = Tier.ADDRESS,
                 fuzzy: bool = False) -> Candidate | None:
    best: tuple[int, int] | None = None  # (quality, address index)
    in_order = f" {' '.join(probe.words)} "
    for index, segment in enumerate(row.address_text.split("|")):
        segment = f" {segment.strip()} "
        if not all(pattern in segment for pattern in probe.patterns):
            continue  # the words are spread over two addresses: not this customer's address
        # Street, house, flat in the order typed ("Ленина 12" is house 12, not an office 12
        # in house 40): best; then every word whole; then word starts.
        if in_order in segment:
            quality = 0
        else:
            quality = max((1 if f" {word} " in segment else 2) for word in probe.words)
        if best is None or quality < best[0]:
            best = (quality, index)
    if best is None:
        return None
    index = best[1]

    def mark(cells: _Cells) -> None:
        if 0 <= index < len(cells.addresses):
            cells.show_address(index, word_spans(cells.addresses[index], probe.words))

    return _candidate(row, MatchField.ADDRESS, tier, best[0], fuzzy, mark)


def rank_identifier(row: Any, fragment: str) -> Candidate | None:
    """A fragment of digits or an identifier: which account, phone, INN, contract or e-mail.

    The rank comes from ``ident_text`` — the same identifiers, one word each — so the details
    (JSON) are decoded only for the rows shown, not for every candidate."""
    words = row.ident_text.split()
    if not any(fragment in word for word in words):
        return None
    quality = 0 if any(word.startswith(fragment) for word in words) else 1

    def build() -> LookupMatch:
        cells = _Cells(row)
        options = _identifier_options(cells.details, fragment)
        field = min(options)[2] if options else MatchField.ACCOUNT
        if options:
            _mark(cells, field, min(options)[3], fragment)
        return cells.match(field, Tier.IDENTIFIER, quality, False)

    return Candidate(row.customer_id,
                     (int(Tier.IDENTIFIER), quality, row.sort_key, str(row.customer_id)), build)


def _identifier_options(details: dict[str, Any], fragment: str
                        ) -> list[tuple[int, int, MatchField, str]]:
    """Every identifier holding the fragment: (quality, order of fields, field, value)."""
    options: list[tuple[int, int, MatchField, str]] = []
    for number, _index, _closed in details.get("accounts", []):
        if fragment in number:
            options.append((0 if number.startswith(fragment) else 1, 0, MatchField.ACCOUNT,
                            number))
    for e164, _label in details.get("phones", []):
        national = national_number(e164)
        if fragment in national:
            options.append((0 if national.startswith(fragment) else 1, 1, MatchField.PHONE,
                            e164))
    inn = details.get("inn") or ""
    if inn and fragment in inn:
        options.append((0 if inn.startswith(fragment) else 1, 2, MatchField.INN, inn))
    for contract in details.get("contracts", []):
        forms = identifier_forms(contract)
        if any(fragment in form for form in forms):
            quality = 0 if any(form.startswith(fragment) for form in forms) else 1
            options.append((quality, 3, MatchField.CONTRACT, contract))
    for email in details.get("emails", []):
        if fragment in fold(email):
            options.append((0 if fold(email).startswith(fragment) else 1, 4, MatchField.EMAIL,
                            email))
    return options


def rank_exact(row: Any, field: MatchField, value: str) -> Candidate:
    return _candidate(row, field, Tier.EXACT, 0, False,
                      lambda cells: _mark(cells, field, value, None))


def rank_account_prefix(row: Any, number: str, prefix: str) -> Candidate:
    return _candidate(row, MatchField.ACCOUNT, Tier.IDENTIFIER, 0, False,
                      lambda cells: cells.show_account(number, ((0, len(prefix)),)))


def rank_name_prefix(row: Any, prefix: str) -> Candidate:
    def mark(cells: _Cells) -> None:
        cells.name = Marked(row.title, word_spans(row.title, [prefix]))

    return _candidate(row, MatchField.NAME, Tier.NAME, 1, False, mark)


def _mark(cells: _Cells, field: MatchField, value: str, fragment: str | None) -> None:
    """Show the matched value in its column, the fragment (or all of it) highlighted."""
    if field is MatchField.ACCOUNT:
        spans = loose_span(value, fragment) if fragment else ((0, len(value)),)
        cells.show_account(value, spans)
    elif field is MatchField.PHONE:
        shown, spans = phone_span(value, fragment or national_number(value))
        cells.phone = Marked(shown, spans)
    else:
        label = {MatchField.INN: "ИНН ", MatchField.CONTRACT: "договор "}.get(field, "")
        spans = loose_span(value, fragment) if fragment else ((0, len(value)),)
        cells.other = Marked(label + value, tuple((start + len(label), length)
                                                  for start, length in spans))
