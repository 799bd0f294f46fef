"""Placeholders in typical answers — {ФИО клиента}, {лицевой счёт}, {исполнитель} … — and filling.

The values come from a ``FillContext``: the open customer card supplies ``CustomerFacts`` (the
card of issue 4, later the reply editor), the logged-in user ``ExecutorFacts``, the clock the
date. Nothing is ever silently left as braces in a reply: a placeholder without a value, or one
nobody knows, becomes a visible ``[ЗАПОЛНИТЕ: …]`` marker, and ``unfilled_markers`` finds those
(and the library's own "[ЗАПОЛНИТЕ: …]" instructions) so an editor can refuse to send them.
WR-5: the executor's name and phone are placeholders too, so every written answer can carry them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from workstation.formatting import format_date
from workstation.users import UserInfo

PLACEHOLDER = re.compile(r"\{([^{}\n]{1,60})\}")
# What a writer must still replace: our markers and the library's own instructions.
UNFILLED_MARKER = re.compile(r"\[ЗАПОЛНИТЕ:[^\]\n]*\]|\[НЕИЗВЕСТНОЕ ПОЛЕ:[^\]\n]*\]")


@dataclass(frozen=True)
class CustomerFacts:
    """What the open customer card knows and may put into an answer (after TEL-5 identification).

    Empty strings mean "not known"; the card supplies what it has.
    """

    full_name: str = ""  # a person's "Фамилия Имя Отчество" or an organisation's name
    first_name: str = ""
    patronymic: str = ""
    account_number: str = ""
    contract_number: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ExecutorFacts:
    """The employee who gives the answer (WR-5: a written reply names its executor)."""

    full_name: str = ""
    position: str = ""
    unit: str = ""
    phone: str = ""
    email: str = ""

    @classmethod
    def from_user(cls, user: UserInfo) -> ExecutorFacts:
        return cls(user.full_name, user.position, user.unit, user.phone, user.email)


@dataclass(frozen=True)
class FillContext:
    today: date
    customer: CustomerFacts | None = None  # None: no customer card is open
    executor: ExecutorFacts | None = None


def _given_names(customer: CustomerFacts) -> str:
    return " ".join(part for part in (customer.first_name, customer.patronymic) if part)


# name as written in answers -> (what it means, how to take it from the context)
_SOURCES: dict[str, tuple[str, Callable[[FillContext], str]]] = {
    "ФИО клиента": ("фамилия, имя и отчество клиента или наименование организации",
                    lambda c: c.customer.full_name if c.customer else ""),
    "имя и отчество клиента": ("имя и отчество клиента (для обращения в письме)",
                               lambda c: _given_names(c.customer) if c.customer else ""),
    "лицевой счёт": ("номер лицевого счёта",
                     lambda c: c.customer.account_number if c.customer else ""),
    "номер договора": ("номер договора энергоснабжения",
                       lambda c: c.customer.contract_number if c.customer else ""),
    "адрес": ("адрес, по которому поставляется электроэнергия",
              lambda c: c.customer.address if c.customer else ""),
    "телефон клиента": ("телефон клиента", lambda c: c.customer.phone if c.customer else ""),
    "электронная почта клиента": ("адрес электронной почты клиента",
                                  lambda c: c.customer.email if c.customer else ""),
    "дата": ("сегодняшняя дата", lambda c: format_date(c.today)),
    "исполнитель": ("фамилия, имя и отчество исполнителя",
                    lambda c: c.executor.full_name if c.executor else ""),
    "должность исполнителя": ("должность исполнителя",
                              lambda c: c.executor.position if c.executor else ""),
    "подразделение": ("подразделение исполнителя",
                      lambda c: c.executor.unit if c.executor else ""),
    "телефон исполнителя": ("телефон исполнителя",
                            lambda c: c.executor.phone if c.executor else ""),
    "электронная почта исполнителя": ("адрес электронной почты исполнителя",
                                      lambda c: c.executor.email if c.executor else ""),
}


def _key(name: str) -> str:
    # {лицевой счет} and {Лицевой счёт} mean {лицевой счёт}: people type ё and case loosely.
    return " ".join(name.lower().replace("ё", "е").split())


_BY_KEY = {_key(name): name for name in _SOURCES}

KNOWN_PLACEHOLDERS: tuple[tuple[str, str], ...] = tuple(
    (name, meaning) for name, (meaning, _source) in _SOURCES.items()
)


def canonical_name(name: str) -> str | None:
    """The placeholder's proper name, or None when nobody knows it."""
    return _BY_KEY.get(_key(name))


def placeholders_in(text: str) -> list[str]:
    """Placeholder names as written, in order, each once."""
    seen: dict[str, None] = {}
    for match in PLACEHOLDER.finditer(text):
        seen.setdefault(match.group(1), None)
    return list(seen)


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in placeholders_in(text) if canonical_name(name) is None]


@dataclass(frozen=True)
class Segment:
    """A piece of a filled text: plain text, a value from the context, or a gap."""

    text: str
    kind: str  # text | value | missing | unknown
    name: str = ""  # the placeholder, for value, missing and unknown


@dataclass(frozen=True)
class FilledText:
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments)

    @property
    def missing(self) -> list[str]:
        return _names(self.segments, "missing")

    @property
    def unknown(self) -> list[str]:
        return _names(self.segments, "unknown")

    @property
    def complete(self) -> bool:
        return not self.missing and not self.unknown


def _names(segments: tuple[Segment, ...], kind: str) -> list[str]:
    seen: dict[str, None] = {}
    for segment in segments:
        if segment.kind == kind:
            seen.setdefault(segment.name, None)
    return list(seen)


def missing_marker(name: str) -> str:
    return f"[ЗАПОЛНИТЕ: {name}]"


def unknown_marker(name: str) -> str:
    return f"[НЕИЗВЕСТНОЕ ПОЛЕ: {name}]"


def fill(text: str, context: FillContext) -> FilledText:
    """Replace every placeholder; gaps become visible markers, never bare braces."""
    segments: list[Segment] = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > position:
            segments.append(Segment(text[position:match.start()], "text"))
        written = match.group(1)
        name = canonical_name(written)
        if name is None:
            segments.append(Segment(unknown_marker(written), "unknown", written))
        else:
            value = " ".join(_SOURCES[name][1](context).split())
            if value:
                segments.append(Segment(value, "value", name))
            else:
                segments.append(Segment(missing_marker(name), "missing", name))
        position = match.end()
    if position < len(text):
        segments.append(Segment(text[position:], "text"))
    return FilledText(tuple(segments))


def unfilled_markers(text: str) -> list[str]:
    """Markers a writer must replace before the text goes to a customer."""
    return UNFILLED_MARKER.findall(text)
