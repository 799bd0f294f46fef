"""The answer library's full-text index, one table ``answer_fts`` per dialect (revision 0004).

- PostgreSQL: ``answer_fts(entry_id uuid, head tsvector, document tsvector)`` with GIN indexes;
  texts and queries go through the ``russian`` text-search configuration (Snowball stemming).
  ``head`` holds the title (weight A) and the questions (B) and ranks by ``ts_rank``;
  ``document`` adds the answers (D) and finds: matches in the head come first, ranked, then
  answers that mention the words only in their text.
- SQLite: an FTS5 table ``answer_fts(entry_key, title, questions, body)`` holding *lemmas*
  (``db/russian_words.py``), since FTS5 knows no Russian; ranked by ``bm25`` with the same
  preference for titles and questions.

Only published, unretired entries are indexed: the index is what operators may find. Callers
keep it in step inside the transaction that changes an entry, so it never shows a state that
was not committed. The query code here hides the dialect (ARCHITECTURE, "Data").
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text

from db.russian_words import SearchTerms, lemmatised

SEARCH_TABLE = "answer_fts"

# {ФИО клиента} and the like are filled in later: they are not words of the answer.
_PLACEHOLDER = re.compile(r"\{[^{}\n]*\}")

# bm25 weights per FTS5 column (entry_key, title, questions, body): a word in the title or a
# typical question says more about the entry than the same word deep in a letter.
_SQLITE_WEIGHTS = "0.0, 10.0, 6.0, 1.0"


@dataclass(frozen=True)
class IndexedText:
    title: str
    questions: str
    body: str  # the spoken and the written answer


@dataclass(frozen=True)
class Hit:
    entry_id: uuid.UUID
    score: float  # higher is better; comparable only within one search


def _is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def _searchable(value: str) -> str:
    return _PLACEHOLDER.sub(" ", value)


def _rowid(entry_id: uuid.UUID) -> int:
    # FTS5 finds a row quickly only by its integer rowid (entry_key is not indexed): 63 bits of
    # the random UUID are unique among any library's answers in practice.
    return entry_id.int & 0x7FFF_FFFF_FFFF_FFFF


def remove_entry(connection: Connection, entry_id: uuid.UUID) -> None:
    if _is_sqlite(connection):
        connection.execute(text("DELETE FROM answer_fts WHERE rowid = :rowid"),
                           {"rowid": _rowid(entry_id)})
    else:
        connection.execute(text("DELETE FROM answer_fts WHERE entry_id = :id"),
                           {"id": entry_id})


def index_entry(connection: Connection, entry_id: uuid.UUID, content: IndexedText) -> None:
    """Put (or replace) an entry's text in the index."""
    remove_entry(connection, entry_id)
    index_new_entries(connection, [(entry_id, content)])


def index_new_entries(connection: Connection,
                      entries: Iterable[tuple[uuid.UUID, IndexedText]]) -> None:
    """Add entries the index does not hold yet, in one statement (a seed, a bench)."""
    rows = []
    for entry_id, content in entries:
        title, questions, body = (_searchable(part) for part in
                                  (content.title, content.questions, content.body))
        if _is_sqlite(connection):
            rows.append({"rowid": _rowid(entry_id), "key": entry_id.hex,
                         "title": lemmatised(title), "questions": lemmatised(questions),
                         "body": lemmatised(body)})
        else:
            # Folding ё here keeps the lexemes independent of the server's Snowball version.
            rows.append({"id": entry_id, "title": _fold_yo(title),
                         "questions": _fold_yo(questions), "body": _fold_yo(body)})
    if not rows:
        return
    if _is_sqlite(connection):
        connection.execute(
            text("INSERT INTO answer_fts (rowid, entry_key, title, questions, body) "
                 "VALUES (:rowid, :key, :title, :questions, :body)"), rows)
    else:
        connection.execute(
            text("INSERT INTO answer_fts (entry_id, head, document) "
                 "SELECT :id, head, head || setweight(to_tsvector('russian', :body), 'D') "
                 "FROM (SELECT setweight(to_tsvector('russian', :title), 'A') || "
                 "setweight(to_tsvector('russian', :questions), 'B') AS head) AS parts"), rows)


def optimise_index(connection: Connection) -> None:
    """After many rows at once (a bench): merge FTS5's segments, refresh the statistics.

    PostgreSQL's VACUUM cannot run in a transaction: ``connection`` must be in autocommit.
    """
    if _is_sqlite(connection):
        connection.execute(text("INSERT INTO answer_fts (answer_fts) VALUES ('optimize')"))
        connection.execute(text("ANALYZE"))
    else:
        connection.execute(text("VACUUM ANALYZE answer_fts"))
        connection.execute(text("ANALYZE answer_entries"))


def clear_index(connection: Connection) -> None:
    connection.execute(text("DELETE FROM answer_fts"))


def _fold_yo(value: str) -> str:
    return value.replace("ё", "е").replace("Ё", "Е")


def fts5_query(terms: SearchTerms) -> str:
    """An FTS5 MATCH expression: every word's lemma (all of them); the word being typed also as
    a beginning. Words are [0-9a-zа-я]+ only (``tokens``), so quoting cannot be broken out of."""
    parts = [f'"{word_lemma}"' for word_lemma in terms.lemmas]
    if terms.prefix is not None:
        parts[-1] = f'({parts[-1]} OR "{terms.prefix}"*)'
    return " AND ".join(parts)


def tsquery_text(terms: SearchTerms) -> str:
    """A to_tsquery('russian', …) argument: the words themselves (PostgreSQL stems them)."""
    parts = list(terms.words)
    if terms.prefix is not None:
        parts[-1] = f"{terms.prefix}:*"  # a stemmed prefix covers the whole word too
    return " & ".join(parts)


def search(connection: Connection, terms: SearchTerms, *, limit: int,
           topic_codes: Collection[str] | None = None) -> list[Hit]:
    """The best ``limit`` published entries for the terms, best first."""
    if terms.empty:
        return []
    topic_filter = ""
    params: dict[str, object] = {"limit": limit}
    if topic_codes is not None:
        if not topic_codes:
            return []
        params["topics"] = list(topic_codes)
    if _is_sqlite(connection):
        if topic_codes is not None:
            topic_filter = ("AND entry_key IN (SELECT id FROM answer_entries "
                            "WHERE topic_code IN :topics)")
        statement = text(
            f"SELECT entry_key, bm25(answer_fts, {_SQLITE_WEIGHTS}) AS rank "
            f"FROM answer_fts WHERE answer_fts MATCH :query {topic_filter} "
            "ORDER BY rank LIMIT :limit"
        )
        params["query"] = "{title questions body} : (" + fts5_query(terms) + ")"
        if topic_codes is not None:
            statement = statement.bindparams(bindparam("topics", expanding=True))
        rows = connection.execute(statement, params).all()
        # bm25 is "lower is better" (negative numbers); turn it round for the caller.
        return [Hit(uuid.UUID(hex=key), -float(rank)) for key, rank in rows]
    if topic_codes is not None:
        topic_filter = ("AND entry_id IN (SELECT id FROM answer_entries "
                        "WHERE topic_code IN :topics)")
    params["query"] = tsquery_text(terms)
    # Ranking a long tsvector costs; most searches match hundreds of letters. So: answers whose
    # title or questions match, ranked on the small ``head``; then, to fill the page, those
    # matching only in their text (equal among themselves: usage orders them).
    ranked = text(
        "SELECT entry_id, ts_rank(head, query) AS rank "
        "FROM answer_fts, to_tsquery('russian', :query) AS query "
        f"WHERE head @@ query {topic_filter} ORDER BY rank DESC LIMIT :limit"
    )
    rest = text(
        "SELECT entry_id FROM answer_fts, to_tsquery('russian', :query) AS query "
        f"WHERE document @@ query AND NOT head @@ query {topic_filter} LIMIT :limit"
    )
    if topic_codes is not None:
        ranked = ranked.bindparams(bindparam("topics", expanding=True))
        rest = rest.bindparams(bindparam("topics", expanding=True))
    hits = [Hit(entry_id, float(rank)) for entry_id, rank in connection.execute(ranked, params)]
    if len(hits) < limit:
        params["limit"] = limit - len(hits)
        hits += [Hit(entry_id, 0.0) for (entry_id,) in connection.execute(rest, params)]
    return hits
