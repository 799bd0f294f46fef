"""What a lookup returns: ranked matches, each with the part that matched marked to highlight."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass


class MatchField(enum.StrEnum):
    ACCOUNT = "account"
    PHONE = "phone"
    CONTRACT = "contract"
    INN = "inn"
    EMAIL = "email"
    NAME = "name"
    ADDRESS = "address"

    @property
    def label(self) -> str:
        return FIELD_LABELS[self]


FIELD_LABELS = {
    MatchField.ACCOUNT: "лицевой счёт",
    MatchField.PHONE: "телефон",
    MatchField.CONTRACT: "договор",
    MatchField.INN: "ИНН",
    MatchField.EMAIL: "e-mail",
    MatchField.NAME: "имя",
    MatchField.ADDRESS: "адрес",
}


class Tier(enum.IntEnum):
    """Ranking, best first: an exact identifier beats any fragment (the issue's rule)."""

    EXACT = 0  # account, phone, contract, INN or e-mail equal to the query
    IDENTIFIER = 1  # a fragment of one of those
    NAME = 2
    ADDRESS = 3
    FUZZY = 4  # found through a suggested spelling


@dataclass(frozen=True)
class Marked:
    """Text to show and the (start, length) spans in it that matched the query."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class LookupMatch:
    customer_id: uuid.UUID
    kind: str  # person | organisation
    name: Marked
    address: Marked
    account: Marked
    phone: Marked
    other: Marked  # the contract, INN or e-mail that matched; empty otherwise
    field: MatchField
    tier: Tier
    # Within a tier, lower is better: exact or a whole word, then the start of a word, then a
    # fragment inside one (names: each step split by "in the surname" before "elsewhere").
    quality: int
    sort_key: str
    fuzzy: bool = False

    @property
    def rank(self) -> tuple[int, int, str, str]:
        return (int(self.tier), self.quality, self.sort_key, str(self.customer_id))


@dataclass(frozen=True)
class LookupResult:
    query: str
    matches: tuple[LookupMatch, ...]
    # When nothing matched as typed: the nearest known names and streets (typo tolerance).
    suggestions: tuple[str, ...] = ()
    fuzzy: bool = False  # the matches come from a suggested spelling
    more: bool = False  # more customers matched than are listed

    def __len__(self) -> int:
        return len(self.matches)
