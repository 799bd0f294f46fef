"""The answer library as operators use it (TEL-2): topics, search, an entry, recording a use.

Operators see only published, unretired entries — the versions a supervisor approved (editing
and approval are in ``answer_editing.py``). Answers reserved to specialists are withheld from
those who may not give them; they get the transfer phrase instead (TEL-4). Every use is appended
to ``answer_uses``; the most used answers of a topic come first.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, Subquery, func, select
from sqlalchemy.orm import Session

from db import answer_index
from db.engine import SessionFactory
from db.models import AnswerEntry, AnswerTopic, AnswerUse
from db.russian_words import search_terms
from workstation.answer_types import (
    SPECIALIST,
    USE_FULL,
    USE_KINDS,
    USE_SHORT,
    USE_TRANSFER,
    AnswerSummary,
    AnswerView,
    SearchResult,
    TopicInfo,
    transfer_phrase,
)
from workstation.clock import Clock
from workstation.errors import NotFoundError, PermissionDeniedError, ValidationError
from workstation.roles import Permission, Principal
from workstation.settings import read_setting

MAX_QUERY_LENGTH = 200
SETTING_FRESH = timedelta(minutes=1)
RESTRICTED = ("Этот ответ даёт специалист: {unit}. Соедините клиента со специалистом или "
              "уточните ответ у него (TEL-4).")


_SUMMARY_COLUMNS = (AnswerEntry.id, AnswerEntry.code, AnswerEntry.topic_code, AnswerEntry.title,
                    AnswerEntry.questions, AnswerEntry.answered_by, AnswerEntry.specialist_unit)


def _visible() -> tuple[ColumnElement[bool], ...]:
    return (AnswerEntry.published_number.is_not(None), AnswerEntry.retired.is_(False))


def topic_subtree(topics: Iterable[TopicInfo | AnswerTopic], code: str) -> set[str]:
    """The topic and all topics below it."""
    children: dict[str | None, list[str]] = {}
    for topic in topics:
        children.setdefault(topic.parent_code, []).append(topic.code)
    found, stack = set(), [code]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return found


def may_give(viewer: Principal, answered_by: str) -> bool:
    return answered_by != SPECIALIST or viewer.may(Permission.GIVE_SPECIALIST_ANSWERS)


class AnswerLibrary:
    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
        # The popularity window is read at most once a minute: search runs on every key typed.
        self._window: tuple[datetime, int] | None = None

    # -- browsing -----------------------------------------------------------------------------
    def topics(self) -> list[TopicInfo]:
        counts = (select(AnswerEntry.topic_code, func.count().label("n"))
                  .where(*_visible()).group_by(AnswerEntry.topic_code).subquery())
        query = (select(AnswerTopic, func.coalesce(counts.c.n, 0))
                 .outerjoin(counts, counts.c.topic_code == AnswerTopic.code)
                 .order_by(AnswerTopic.position, AnswerTopic.title))
        with self._sessions() as session:
            return [TopicInfo(topic.code, topic.title, topic.parent_code, topic.position, int(n))
                    for topic, n in session.execute(query)]

    def browse(self, viewer: Principal, topic_code: str | None = None, *,
               limit: int = 500) -> list[AnswerSummary]:
        """A topic's answers (with its sub-topics), the most used first."""
        del viewer  # every role may read the library; restrictions apply to giving answers
        with self._sessions() as session:
            uses = self._use_counts(session)
            count = func.coalesce(uses.c.n, 0)
            query = (select(*_SUMMARY_COLUMNS, count)
                     .outerjoin(uses, uses.c.entry_id == AnswerEntry.id)
                     .where(*_visible())
                     .order_by(count.desc(), AnswerEntry.title)
                     .limit(limit))
            if topic_code is not None:
                codes = self._subtree(session, topic_code)
                query = query.where(AnswerEntry.topic_code.in_(codes))
            return [_summary(row) for row in session.execute(query)]

    def search(self, viewer: Principal, query: str, *, topic_code: str | None = None,
               limit: int = 50) -> SearchResult:
        """Ranked answers for what the person typed, in any Russian word form."""
        del viewer
        query = query[:MAX_QUERY_LENGTH]
        terms = search_terms(query)
        if terms.empty:
            return SearchResult(query, terms, [])
        with self._sessions() as session:
            codes = self._subtree(session, topic_code) if topic_code is not None else None
            hits = answer_index.search(session.connection(), terms, limit=limit,
                                       topic_codes=codes)
            if not hits:
                return SearchResult(query, terms, [])
            ids = [hit.entry_id for hit in hits]
            # Only the columns a result row shows, and uses counted for these answers only:
            # this runs on every key the person types (bench answers: p95 ≤ 20 ms).
            uses = (select(AnswerUse.entry_id, func.count().label("n"))
                    .where(AnswerUse.entry_id.in_(ids), AnswerUse.used_at >= self._since(session))
                    .group_by(AnswerUse.entry_id).subquery())
            rows = session.connection().execute(  # Core rows: no ORM work per row
                select(*_SUMMARY_COLUMNS, func.coalesce(uses.c.n, 0))
                .outerjoin(uses, uses.c.entry_id == AnswerEntry.id)
                .where(AnswerEntry.id.in_(ids), *_visible()))
            found = {row[0]: row for row in rows}
        scores = {hit.entry_id: hit.score for hit in hits}
        # Relevance decides; among equally relevant answers the more used one comes first.
        ranked = sorted((hit.entry_id for hit in hits if hit.entry_id in found),
                        key=lambda key: (-round(scores[key], 6), -found[key][-1]))
        items = [_summary(found[key], scores[key]) for key in ranked]
        return SearchResult(query, terms, items)

    def view(self, viewer: Principal, entry_id: uuid.UUID) -> AnswerView:
        with self._sessions() as session:
            entry = self._visible_entry(session, entry_id)
            topic = session.scalar(select(AnswerTopic.title)
                                   .where(AnswerTopic.code == entry.topic_code)) or ""
        allowed = may_give(viewer, entry.answered_by)
        specialist = entry.answered_by == SPECIALIST
        assert entry.published_number is not None
        return AnswerView(
            entry_id=entry.id, code=entry.code, number=entry.published_number,
            topic_code=entry.topic_code, topic_title=topic, title=entry.title,
            questions=tuple(line for line in entry.questions.splitlines() if line.strip()),
            answered_by=entry.answered_by, specialist_unit=entry.specialist_unit,
            spoken=entry.spoken if allowed else None,
            written=entry.written if allowed else None,
            transfer=transfer_phrase(entry.specialist_unit) if specialist else None,
        )

    # -- using ----------------------------------------------------------------------------------
    def record_use(self, viewer: Principal, entry_id: uuid.UUID, kind: str,
                   target: str = "") -> None:
        """Append a use: the short or full answer given, or a transfer to the specialist."""
        if kind not in USE_KINDS:
            raise ValidationError(f"Неизвестный вид использования ответа «{kind}».")
        with self._sessions.begin() as session:
            entry = self._visible_entry(session, entry_id)
            if kind in (USE_SHORT, USE_FULL) and not may_give(viewer, entry.answered_by):
                # Checked here, not only by the pane: TEL-2 reserves the answer to specialists.
                raise PermissionDeniedError(RESTRICTED.format(unit=entry.specialist_unit))
            if kind == USE_TRANSFER and entry.answered_by != SPECIALIST:
                raise ValidationError("На этот вопрос оператор отвечает сам: перевод не нужен.")
            assert entry.published_number is not None
            session.add(AnswerUse(entry_id=entry.id, entry_number=entry.published_number,
                                  user_id=viewer.user_id, used_at=self._clock.now(), kind=kind,
                                  target=target[:64]))

    def use_count(self, entry_id: uuid.UUID) -> int:
        with self._sessions() as session:
            return self._counts_for(session, [entry_id]).get(entry_id, 0)

    # -- helpers --------------------------------------------------------------------------------
    def _visible_entry(self, session: Session, entry_id: uuid.UUID) -> AnswerEntry:
        entry = session.scalar(select(AnswerEntry).where(AnswerEntry.id == entry_id,
                                                         *_visible()))
        if entry is None:
            raise NotFoundError("Типовой ответ не найден: возможно, он выведен из употребления.")
        return entry

    def _subtree(self, session: Session, topic_code: str) -> set[str]:
        return topic_subtree(session.scalars(select(AnswerTopic)), topic_code)

    def _since(self, session: Session) -> datetime:
        now = self._clock.now()
        if self._window is None or now - self._window[0] > SETTING_FRESH:
            self._window = (now, read_setting(session, "answers.popularity_days"))
        return now - timedelta(days=self._window[1])

    def _use_counts(self, session: Session) -> Subquery:
        return (select(AnswerUse.entry_id, func.count().label("n"))
                .where(AnswerUse.used_at >= self._since(session))
                .group_by(AnswerUse.entry_id).subquery())

    def _counts_for(self, session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
        rows = session.execute(
            select(AnswerUse.entry_id, func.count())
            .where(AnswerUse.entry_id.in_(ids), AnswerUse.used_at >= self._since(session))
            .group_by(AnswerUse.entry_id))
        return {entry_id: int(count) for entry_id, count in rows}


def _summary(row: Row[Any], score: float | None = None) -> AnswerSummary:
    entry_id, code, topic_code, title, questions, answered_by, unit, uses = tuple(row)
    first = next((line for line in questions.splitlines() if line.strip()), "")
    return AnswerSummary(entry_id, code, topic_code, title, first, answered_by, unit, int(uses),
                         score)
