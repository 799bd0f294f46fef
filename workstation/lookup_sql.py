"""The lookup's queries, one method per question; the dialect differences stay in here.

- Fragments of three characters or more: SQLite FTS5 (trigram tokenizer) ``MATCH`` with phrase
  strings; PostgreSQL ``LIKE '%…%'`` served by pg_trgm GIN indexes. Both read at most ``limit``
  candidates: ranking happens in Python on that handful (lookup_rank.py).
- Exact identifiers: ordinary btree indexes (accounts.number, contact_points.value,
  contracts.number, customers.inn).
- Shorter fragments: btree range scans in index order (prefixes only).
- Typo-tolerant fallback: the vocabulary by trigram similarity (pg_trgm ``%`` and
  similarity(); on SQLite an FTS5 OR of the word's trigrams, re-ranked in Python).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Text,
    and_,
    bindparam,
    cast,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from db.models import Account, ContactPoint, Contract, Customer, SearchEntry, VocabularyWord
from workstation.lookup_plan import Probe
from workstation.search_text import similarity, trigrams

# ``details`` as text: decoding JSON for every candidate costs more than the query itself, and
# most candidates never need it (Entry decodes it when asked).
_ENTRY_COLUMNS = (SearchEntry.customer_id, SearchEntry.kind, SearchEntry.title,
                  SearchEntry.sort_key, SearchEntry.name_text, SearchEntry.address_text,
                  SearchEntry.ident_text, cast(SearchEntry.details, Text).label("details_json"))


class Entry:
    """One row of the search index as the ranking reads it."""

    __slots__ = ("_details", "_json", "address_text", "customer_id", "ident_text", "kind",
                 "name_text", "sort_key", "title")

    def __init__(self, row: Any) -> None:
        (self.customer_id, self.kind, self.title, self.sort_key, self.name_text,
         self.address_text, self.ident_text, self._json) = row
        self._details: dict[str, Any] | None = None

    @classmethod
    def of(cls, row: dict[str, Any]) -> Entry:
        """An entry made in Python (a customer not indexed yet)."""
        entry = cls((row["customer_id"], row["kind"], row["title"], row["sort_key"],
                     row["name_text"], row["address_text"], row["ident_text"], None))
        entry._details = row["details"]
        return entry

    @property
    def details(self) -> dict[str, Any]:
        if self._details is None:
            self._details = json.loads(self._json) if self._json else {}
        return self._details


def _entries(rows: Any) -> list[Entry]:
    return [Entry(row) for row in rows]


_LAST_CHAR = "\U0010ffff"  # sorts after every other character in binary (code point) order
# The FTS5 tables of revision 0003 (SQLite only), as far as queries need to name them.
_SEARCH_FTS = table("search_fts", column("rowid"))
_WORDS_FTS = table("search_words_fts", column("rowid"))
_VOCABULARY_FTS = table("lookup_vocabulary_fts", column("rowid"), column("rank"))


def _matches(fts: str, expression: str) -> Any:
    """``<fts table> MATCH :expression`` (the table's name stands for all its columns)."""
    return literal_column(fts).op("MATCH")(expression)


def _fts_phrase(pattern: str) -> str:
    return '"' + pattern.replace('"', '""') + '"'


def _like_escape(pattern: str) -> str:
    return pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _next_digits(prefix: str) -> str | None:
    """The smallest digit string after every string starting with ``prefix`` ("65" → "66")."""
    digits = prefix.rstrip("9")
    if not digits:
        return None
    return digits[:-1] + str(int(digits[-1]) + 1)


class LookupQueries:
    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.sqlite = dialect == "sqlite"

    # -- index entries --------------------------------------------------------------------------
    def probe(self, session: Session, probe: Probe, limit: int) -> list[Entry]:
        if probe.tokens:
            return self._words(session, probe, limit)
        if self.sqlite:
            expression = f"{probe.column} : (" + " AND ".join(
                _fts_phrase(p) for p in probe.patterns) + ")"
            query = (select(*_ENTRY_COLUMNS)
                     .join(_SEARCH_FTS, _SEARCH_FTS.c.rowid == SearchEntry.id)
                     .where(_matches("search_fts", expression))
                     .limit(limit))
        else:
            column = getattr(SearchEntry, probe.column)
            # The pattern goes into the SQL text (escaped by the dialect), not as a parameter:
            # PostgreSQL then plans each query for its own pattern. A prepared statement's
            # generic plan cannot see which trigrams a parameter holds.
            query = (select(*_ENTRY_COLUMNS)
                     .where(and_(*(column.like(bindparam(f"p{i}", f"%{_like_escape(p)}%",
                                                         literal_execute=True))
                                   for i, p in enumerate(probe.patterns))))
                     .limit(limit))
        return _entries(session.connection().execute(query))

    def _words(self, session: Session, probe: Probe, limit: int) -> list[Entry]:
        """Rows having, in ``probe.column``, a word for every token (a word starting so, or
        the very word): SQLite's FTS5 word table, PostgreSQL's tsvector GIN index."""
        if self.sqlite:
            expression = f"{probe.column} : (" + " AND ".join(
                _fts_phrase(token) + ("*" if prefix else "")
                for token, prefix in probe.tokens) + ")"
            query = (select(*_ENTRY_COLUMNS)
                     .join(_WORDS_FTS, _WORDS_FTS.c.rowid == SearchEntry.id)
                     .where(_matches("search_words_fts", expression)))
        else:
            column = getattr(SearchEntry, probe.column)
            whole = [token for token, started in probe.tokens if not started]
            started = [token for token, started in probe.tokens if started]
            # A word still being typed ("Петрова Анна Ми") expands in the GIN index to every
            # word starting so (Михаил, Михайлович… hundreds of thousands of rows). Beside
            # whole words it is checked on the few rows they find instead, by an expression
            # the indexes cannot serve; alone, the index's prefix search is all there is.
            indexed = whole if whole else started
            # Tokens are letters and digits only (search_text.word_pieces); quoted anyway.
            terms = " & ".join("'" + token.replace("'", "''") + "'" + ("" if whole else ":*")
                               for token in indexed)
            document = func.to_tsvector(literal_column("'simple'::regconfig"), column)
            wanted = func.to_tsquery(literal_column("'simple'::regconfig"),
                                     bindparam("terms", terms, literal_execute=True))
            query = select(*_ENTRY_COLUMNS).where(document.op("@@")(wanted))
            if whole:
                for number, token in enumerate(started):
                    query = query.where(func.concat(column, "").like(bindparam(
                        f"s{number}", f"% {_like_escape(token)}%", literal_execute=True)))
        return _entries(session.connection().execute(query.limit(limit)))

    def entries_of(self, session: Session, ids: Sequence[uuid.UUID]) -> list[Entry]:
        if not ids:
            return []
        return _entries(session.connection().execute(
            select(*_ENTRY_COLUMNS).where(SearchEntry.customer_id.in_(ids))))

    def name_prefix(self, session: Session, prefix: str, limit: int) -> list[Entry]:
        query = select(*_ENTRY_COLUMNS)
        if self.sqlite:
            query = query.where(SearchEntry.sort_key >= prefix,
                                SearchEntry.sort_key < prefix + _LAST_CHAR
                                ).order_by(SearchEntry.sort_key)
        else:
            # The text_pattern_ops index serves both the LIKE prefix and this order.
            query = query.where(SearchEntry.sort_key.like(_like_escape(prefix) + "%")
                                ).order_by(text("sort_key USING ~<~"))
        return _entries(session.connection().execute(query.limit(limit)))

    # -- exact identifiers (btree) --------------------------------------------------------------
    def exact(self, session: Session, *, accounts: Sequence[str] = (),
              phones: Sequence[str] = (), emails: Sequence[str] = (),
              contracts: Sequence[str] = (), inns: Sequence[str] = ()
              ) -> list[tuple[uuid.UUID, str, str]]:
        """(customer id, field, value) of every identifier equal to one typed: one round trip,
        each part served by its own btree index."""
        parts: list[Any] = []

        def part(customer: Any, value: Any, field: str, condition: Any) -> None:
            parts.append(select(customer.label("customer_id"), value.label("value"),
                                literal(field).label("field")).where(condition))

        if accounts:
            part(Account.customer_id, Account.number, "account", Account.number.in_(accounts))
        if phones:
            part(ContactPoint.customer_id, ContactPoint.value, "phone",
                 and_(ContactPoint.value.in_(phones), ContactPoint.kind == "phone"))
        if emails:
            part(ContactPoint.customer_id, ContactPoint.value, "email",
                 and_(ContactPoint.value.in_(emails), ContactPoint.kind == "email"))
        if contracts:
            part(Contract.customer_id, Contract.number, "contract",
                 Contract.number.in_(contracts))
        if inns:
            part(Customer.id, Customer.inn, "inn", Customer.inn.in_(inns))
        if not parts:
            return []
        combine: Any = union_all  # (typed as Any: mypy 1.x crashes expanding union_all(*list))
        query = parts[0] if len(parts) == 1 else combine(*parts)
        rows = session.connection().execute(query)
        return [(row.customer_id, row.field, row.value) for row in rows]

    def account_prefix(self, session: Session, prefix: str,
                       limit: int) -> list[tuple[uuid.UUID, str]]:
        query = select(Account.customer_id, Account.number).where(Account.number >= prefix)
        upper = _next_digits(prefix)
        if upper is not None:
            query = query.where(Account.number < upper)
        rows = session.connection().execute(query.order_by(Account.number).limit(limit))
        return [(row[0], row[1]) for row in rows if row[1].startswith(prefix)]

    # -- vocabulary (typo-tolerant fallback) ----------------------------------------------------
    def nearest_words(self, session: Session, word: str, limit: int,
                      threshold: float) -> list[tuple[str, str, float]]:
        """(kind, word, similarity) of the vocabulary words nearest to ``word``, best first."""
        if self.sqlite:
            grams = sorted(gram for gram in trigrams(word) if gram.strip() == gram)
            if not grams:
                return []
            expression = " OR ".join(_fts_phrase(gram) for gram in grams)
            # bm25 puts words sharing more (and rarer) trigrams first; similarity decides.
            rows = session.connection().execute(
                select(VocabularyWord.kind, VocabularyWord.word)
                .join(_VOCABULARY_FTS, _VOCABULARY_FTS.c.rowid == VocabularyWord.id)
                .where(_matches("lookup_vocabulary_fts", expression))
                .order_by(_VOCABULARY_FTS.c.rank)
                .limit(limit * 20)).all()
            scored = [(row[0], row[1], similarity(word, row[1])) for row in rows]
        else:
            score = func.similarity(VocabularyWord.word, word)
            similar = session.connection().execute(
                select(VocabularyWord.kind, VocabularyWord.word, score)
                .where(VocabularyWord.word.op("%")(word))
                .order_by(score.desc()).limit(limit)).all()
            scored = [(row[0], row[1], float(row[2])) for row in similar]
        scored = [item for item in scored if item[2] >= threshold]
        scored.sort(key=lambda item: (-item[2], item[1]))
        return scored[:limit]
