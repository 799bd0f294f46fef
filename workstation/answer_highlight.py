"""Which words of a shown text matched the search, in any word form ("счётчика" for "счетчик").

The database finds the entries; this marks the words so the person sees why. The same rules
serve both backends: the word's lemma (pymorphy3), the typed beginning, and a shared stem for
the forms PostgreSQL's Snowball stemmer joins but dictionaries keep apart ("оплату" and
"оплатить").
"""

from __future__ import annotations

import re

from db.russian_words import STOP_WORDS, SearchTerms, fold, lemma

_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+")
MIN_STEM = 5


def _shares_stem(word: str, other: str) -> bool:
    shortest = min(len(word), len(other))
    if shortest < MIN_STEM:
        return False
    common = 0
    for a, b in zip(word, other, strict=False):
        if a != b:
            break
        common += 1
    return common >= MIN_STEM and common >= 0.7 * shortest


def matching_spans(text: str, terms: SearchTerms) -> list[tuple[int, int]]:
    """(start, end) of every word in ``text`` that answers one of the searched words."""
    if terms.empty:
        return []
    lemmas = set(terms.lemmas)
    words = set(terms.words)
    spans = []
    for match in _WORD.finditer(text):
        word = fold(match.group())
        if word in STOP_WORDS:
            continue
        if (word in words or lemma(word) in lemmas
                or (terms.prefix is not None and word.startswith(terms.prefix))
                or any(_shares_stem(word, searched) for searched in words)):
            spans.append((match.start(), match.end()))
    return spans
