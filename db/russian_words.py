"""Russian words for full-text search: folding, tokens, stop words, lemmas (pymorphy3).

SQLite's FTS5 knows nothing of Russian morphology, so the answer library's SQLite index holds
lemmas: "счётчика", "счетчики" and "счётчик" are all stored and searched as "счетчик".
PostgreSQL stems with its own ``russian`` configuration; both backends share the folding and the
stop words here, so a query means the same on either.

ё and е are one letter for search: people type "счетчик" as often as "счётчик" (PITFALLS.md:
folding ё is our job, not the database's).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[0-9a-zа-я]+")

# Function words a search should ignore: the usual Russian stop list (as in Snowball's, which
# PostgreSQL's ``russian`` configuration uses), folded ё→е. Both backends drop these from the
# query, so "как передать показания" means "передать показания" everywhere.
_STOP_LIST = """
а без более бы был была были было быть в вам вас ведь весь во вот впрочем все всего всех
всю вы где да даже для до другой его ее ей ему если есть еще ж же за зачем здесь и из или
им иногда их к как какая какой когда конечно кто куда ли лучше между меня мне много может
можно мой моя мы на над надо наконец нас не него нее ней нельзя нет ни нибудь никогда ним
них ничего но ну о об один он она они опять от перед по под после потом потому почти при
про раз разве с сам свою себе себя сейчас со совсем так такой там тебя тем теперь то тогда
того тоже только том тот три тут ты у уж уже хоть чего чем через что чтоб чтобы чуть эти
этого этой этом этот эту я
"""
STOP_WORDS = frozenset(_STOP_LIST.split())


def fold(text: str) -> str:
    """Lower case with ё folded into е: the form every search compares."""
    return text.lower().replace("ё", "е")


def tokens(text: str) -> list[str]:
    """The words of ``text``, folded, in order (digits are words too: "152", "3")."""
    return _WORD.findall(fold(text))


def content_tokens(text: str) -> list[str]:
    return [token for token in tokens(text) if token not in STOP_WORDS]


_analyzer: Any = None
_analyzer_lock = threading.Lock()


def _morph() -> Any:
    # Loading the dictionaries takes ~0.1 s: once per process, on first use, by one thread.
    global _analyzer
    if _analyzer is None:
        with _analyzer_lock:
            if _analyzer is None:
                import pymorphy3

                _analyzer = pymorphy3.MorphAnalyzer()
    return _analyzer


@lru_cache(maxsize=200_000)
def lemma(token: str) -> str:
    """The dictionary form of a folded word ("счетчика" → "счетчик"); unknown words as they are.

    The first (most likely) parse decides, for documents and queries alike, so an ambiguous
    word is at least always reduced the same way. Cached: a library's vocabulary is small.
    """
    if not token or token.isdigit():
        return token
    return fold(_morph().parse(token)[0].normal_form)


def lemmatised(text: str) -> str:
    """The text as the SQLite index stores it: lemmas of its content words, space-separated."""
    return " ".join(lemma(token) for token in content_tokens(text))


@dataclass(frozen=True)
class SearchTerms:
    """What a person typed, reduced to what both backends search for.

    ``words`` are the folded content words in order; ``lemmas`` their dictionary forms;
    ``prefix`` is the last word while it is still being typed (no space after it yet): it also
    matches as the beginning of a longer word, so results follow the typing ("показ" finds
    "показания" before the word is finished).
    """

    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    prefix: str | None

    @property
    def empty(self) -> bool:
        return not self.words


MIN_PREFIX = 3  # shorter beginnings match too much to be useful


def search_terms(query: str) -> SearchTerms:
    words = content_tokens(query)
    prefix = None
    still_typing = bool(query) and not query[-1].isspace()
    if words and still_typing:
        last = words[-1]
        if len(last) >= MIN_PREFIX:
            prefix = last
    return SearchTerms(tuple(words), tuple(lemma(word) for word in words), prefix)
