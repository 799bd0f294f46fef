"""What one lookup query asks the database, decided from the text alone (no mode to choose).

The operator types an account number or its part, a phone in any spelling, a surname or full
name, a street and house, an INN or a contract number; the plan lists every reading of the text
that makes sense, and ranking (lookup_rank.py) sorts out which reading found whom.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field

from workstation.contacts import normalise_email
from workstation.errors import ValidationError
from workstation.search_text import (
    address_words,
    compact,
    digits_of,
    identifier_forms,
    is_email_like,
    looks_like_phone_or_number,
    name_words,
    phone_digit_variants,
    phone_e164,
)

MIN_FRAGMENT = 3  # shorter fragments match prefixes only (a trigram needs three characters)
MAX_QUERY = 200


@dataclass(frozen=True)
class Probe:
    """Candidates whose ``column`` contains every pattern (patterns are folded, padded)."""

    field: str  # name | address | ident
    column: str  # name_text | address_text | ident_text
    patterns: tuple[str, ...]
    words: tuple[str, ...]  # the query's words behind the patterns, for ranking
    initials: tuple[str, ...] = ()  # one-letter words: checked in Python
    fallback: bool = False  # run only when the others found too little (substring matches)
    # Set: the probe runs on the word index — (token, starts-with?) pairs, all required; the
    # patterns then only verify. Empty: the patterns are substrings for the trigram index.
    tokens: tuple[tuple[str, bool], ...] = ()


@dataclass
class LookupPlan:
    text: str
    accounts: list[str] = field(default_factory=list)  # exact numbers
    phones: list[str] = field(default_factory=list)  # E.164
    contracts: list[str] = field(default_factory=list)
    inns: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    probes: list[Probe] = field(default_factory=list)
    name_prefix: str = ""  # fragments under three characters
    account_prefix: str = ""
    fuzzy_words: list[str] = field(default_factory=list)  # for the typo-tolerant fallback

    @property
    def empty(self) -> bool:
        return not (self.accounts or self.phones or self.contracts or self.inns or self.emails
                    or self.probes or self.name_prefix or self.account_prefix)


def plan_lookup(text: str) -> LookupPlan:
    text = text.strip()
    if len(text) > MAX_QUERY:
        raise ValidationError(f"Слишком длинный запрос: не больше {MAX_QUERY} символов.")
    plan = LookupPlan(text)
    squeezed = compact(text)
    if not squeezed:
        return plan
    if len(squeezed) < MIN_FRAGMENT:
        _plan_prefix(plan, squeezed)
    elif looks_like_phone_or_number(text):
        _plan_number(plan, text)
    else:
        _plan_words(plan, text)
    return plan


def _plan_prefix(plan: LookupPlan, squeezed: str) -> None:
    if squeezed.isdigit():
        plan.account_prefix = squeezed
    elif squeezed.isalpha():
        plan.name_prefix = squeezed


def _plan_number(plan: LookupPlan, text: str) -> None:
    digits = digits_of(text)
    plan.accounts.append(digits)
    if len(digits) in (10, 12):
        plan.inns.append(digits)
    e164 = phone_e164(text)
    if e164 is not None:
        plan.phones.append(e164)
    for variant in phone_digit_variants(text):
        if len(variant) >= MIN_FRAGMENT:
            # Numbers are mostly typed from their start (word index); the digits anywhere in
            # a number (the last digits of a phone) only when that found too little.
            plan.probes.append(Probe("ident", "ident_text", (variant,), (variant,),
                                     tokens=((variant, True),)))
            plan.probes.append(Probe("ident", "ident_text", (variant,), (variant,),
                                     fallback=True))


def _plan_words(plan: LookupPlan, text: str) -> None:
    squeezed = compact(text)
    if is_email_like(text):
        # Half-typed addresses fail to normalise: the fragment probe below still looks for them.
        with suppress(ValidationError):
            plan.emails.append(normalise_email(text))
    identifier_like = (" " not in text or "/" in text or "@" in text) and (
        any(char.isdigit() for char in squeezed) or "@" in squeezed
        or any("a" <= char <= "z" for char in squeezed))
    if identifier_like:
        plan.contracts.append(text.upper().replace(" ", ""))
        for form in identifier_forms(text):
            if len(form) >= MIN_FRAGMENT:
                plan.probes.append(Probe("ident", "ident_text", (form,), (form,)))

    # The last word may still be being typed: it matches words that start so. The words before
    # it are complete (a space followed them): they match whole words, which the word index
    # finds at once, where a prefix of a common name would merge thousands of words.
    typing = not text.endswith((" ", ",", "."))
    names = name_words(text)
    if names and not any(word.isdigit() for word in names):
        long = tuple(word for word in names if len(word) > 1)
        initials = tuple(word for word in names if len(word) == 1)
        if long:
            patterns = tuple(f" {w}" for w in long)
            typed_last = typing and names[-1] == long[-1]
            # Whole words first: they rank first, and usually fill the list on their own.
            plan.probes.append(Probe("name", "name_text", patterns, long, initials,
                                     tokens=tuple((w, False) for w in long)))
            if typed_last:
                plan.probes.append(Probe("name", "name_text", patterns, long, initials,
                                         tokens=tuple((w, i == len(long) - 1)
                                                      for i, w in enumerate(long))))
            inside = tuple(word for word in long if len(word) >= MIN_FRAGMENT)
            if inside:
                plan.probes.append(Probe("name", "name_text", inside, long, initials,
                                         fallback=True))
        plan.fuzzy_words += [word for word in long if len(word) >= MIN_FRAGMENT]

    street = address_words(text)
    alpha = [word for word in street if not word.isdigit()]
    if any(len(word) > 1 for word in alpha):
        # House numbers and letters are whole words; so is every word but one still typed.
        whole = [word.isdigit() or len(word) == 1 or not typing or index < len(street) - 1
                 for index, word in enumerate(street)]
        patterns = tuple(f" {word} " if word.isdigit() or len(word) == 1 else f" {word}"
                         for word in street)
        plan.probes.append(Probe("address", "address_text", patterns, tuple(street),
                                 tokens=tuple((word, not exact)
                                              for word, exact in zip(street, whole,
                                                                     strict=True))))
        plan.fuzzy_words += [word for word in alpha if len(word) >= MIN_FRAGMENT
                             and word not in plan.fuzzy_words]
