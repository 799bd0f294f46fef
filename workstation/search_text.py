"""How the customer lookup normalises text, the same way for the index and for queries.

Folding is ours, in Python: SQLite's lower() folds ASCII only and neither database treats ё as е.
``fold`` keeps every character in place (one character in, one out), so a span found in folded
text is the same span in the text people read — that is how matches are highlighted.

Index texts are padded words: " иванов иван иванович ". A query word then becomes a pattern with
the spaces that give it meaning: " ив" (a word that starts so; three characters, enough for a
trigram index even for a two-letter fragment) or " 12 " (the whole number 12, not 120 or 312).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from workstation.contacts import DEFAULT_REGION

# Words that say what kind of street or part of an address follows; people type them or not.
# Not "набережная" or "аллея": those are also street names ("ул. Набережная").
ADDRESS_WORDS = frozenset({
    "ул", "улица", "пр", "пр-т", "пр-кт", "просп", "проспект", "пер", "переулок", "пл",
    "площадь", "б-р", "бул", "бульвар", "ш", "шоссе", "наб", "алл",
    "проезд", "пр-д", "туп", "тупик", "мкр", "мкрн", "микрорайон", "кв-л", "квартал", "тракт",
    "д", "дом", "кв", "квартира", "корп", "корпус", "к", "стр", "строение", "оф", "офис",
    "г", "город", "пос", "поселок", "п", "пгт", "с", "село", "дер", "деревня", "обл",
    "область", "р-н", "район", "край", "респ", "республика", "лит", "литера",
})
_QUOTES = str.maketrans({"«": " ", "»": " ", '"': " ", "„": " ", "“": " ", "”": " "})
_SEPARATORS = re.compile(r"[^\w@.+-]+")  # what splits a query into tokens (keeps e-mail chars)
_WORD_PIECES = re.compile(r"\d+|[^\W\d_]+")  # runs of digits or of letters: "12а" → 12, а
_PHONE_CHARS = re.compile(r"^[\d\s()+\-.]+$")


def fold_char(char: str) -> str:
    low = char.lower()
    if len(low) != 1:  # a rare letter whose lower case is longer (İ): keep it as it is
        return char
    return "е" if low == "ё" else low


def fold(text: str) -> str:
    """Lower case with ё→е, one character for one (spans stay valid in the original)."""
    low = text.lower()
    if len(low) == len(text):  # nearly always: then the fast way gives the same
        return low.replace("ё", "е")
    return "".join(fold_char(char) for char in text)


def word_pieces(text: str) -> list[str]:
    """Folded words, split at every non-letter and between letters and digits."""
    return _WORD_PIECES.findall(fold(text))


def padded(words: Iterable[str]) -> str:
    """Words with a space before and after each, as the index stores them."""
    joined = " ".join(word for word in words if word)
    return f" {joined} " if joined else ""


def address_words(text: str) -> list[str]:
    """The words of an address that identify it: street-type and house/flat words dropped.

    "ул. Ленина, д. 12, кв. 5" → ленина 12 5. Hyphenated street-type abbreviations (пр-т, б-р)
    are dropped before hyphens split words ("Южно-Сахалинск" → южно сахалинск).
    """
    kept: list[str] = []
    for token in fold(text).translate(_QUOTES).replace(",", " ").replace(".", " ").split():
        if token.strip("-") in ADDRESS_WORDS:
            continue
        kept.extend(piece for piece in _WORD_PIECES.findall(token)
                    if piece not in ADDRESS_WORDS or piece.isdigit())
    return kept


def name_words(text: str) -> list[str]:
    return word_pieces(text.translate(_QUOTES))


def digits_of(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def looks_like_phone_or_number(text: str) -> bool:
    """Only digits and the punctuation of phone numbers: + ( ) - . and spaces."""
    return bool(_PHONE_CHARS.match(text)) and any(char.isdigit() for char in text)


def national_number(e164: str) -> str:
    """The ten digits after +7 that people dial after 8 (or the stored digits as they are)."""
    if len(e164) == 12 and e164.startswith("+7") and e164[2:].isdigit():
        return e164[2:]  # Russia's numbers, nearly all we store: no parsing needed
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return digits_of(e164)
    return str(number.national_number)


def phone_e164(text: str) -> str | None:
    """The number in E.164 when the text is a complete, valid phone number; else None."""
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_digit_variants(text: str) -> list[str]:
    """The digit strings a phone fragment may be inside a stored national number.

    "8 914 12" → 891412 and 91412; "+7 914" → 914; "914-12" → 91412. A leading 8 or 7 is the
    trunk or country prefix people add, but it may also begin an account number, so both.
    """
    digits = digits_of(text)
    variants = [digits]
    stripped = text.lstrip()
    if stripped.startswith("+7") and len(digits) > 1:
        variants = [digits[1:]]
    elif stripped.startswith("+"):
        variants = [digits]
    elif digits[:1] in ("7", "8") and len(digits) >= 4:
        variants.append(digits[1:])
    return [variant for variant in dict.fromkeys(variants) if variant]


def compact(text: str) -> str:
    """Identifiers as one word: folded, without spaces ("ЭС 2020/000123" → эс2020/000123)."""
    return "".join(fold(text).split())


def identifier_forms(text: str) -> list[str]:
    """A contract number as typed and with only its letters and digits (both are indexed)."""
    folded = compact(text)
    bare = "".join(char for char in folded if char.isalnum())
    return list(dict.fromkeys(form for form in (folded, bare) if form))


def is_email_like(text: str) -> bool:
    return "@" in text and " " not in text.strip()


def split_query(text: str) -> list[str]:
    """Tokens as typed, folded; commas and the like separate, e-mail characters stay."""
    return [token for token in _SEPARATORS.split(fold(text)) if token]


def format_address(*, locality: str, street: str, house: str, building: str, flat: str,
                   postal_code: str = "", region: str = "") -> str:
    """Москва, ул. Ленина, д. 12, корп. 2, кв. 5 (with postal code and region when given)."""
    parts = [postal_code, region if region and region != f"г. {locality}" else "", locality,
             street]
    if house:
        parts.append(f"д. {house}")
    if building:
        parts.append(f"корп. {building}")
    if flat:
        parts.append(f"кв. {flat}" if flat[:1].isdigit() else flat)
    return ", ".join(part for part in parts if part)


def similarity(left: str, right: str) -> float:
    """Trigram similarity as pg_trgm computes it (padded words, shared / all distinct)."""
    a, b = trigrams(left), trigrams(right)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def trigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for word in word_pieces(text):
        padded_word = f"  {word} "
        grams.update(padded_word[i:i + 3] for i in range(len(padded_word) - 2))
    return grams
