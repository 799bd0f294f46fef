"""Measuring the answer library search: a library grown to thousands of answers, timed queries.

``python main.py bench answers`` (cli/bench_answers.py) adds synthetic answers made from the
shipped ones (topic ``bench``, codes ``bench.N``; removed again afterwards unless kept), then
times the search service — word forms, several words, a word being typed — and reports
p50/p95. Speed is measured, never asserted in tests; the tests run this at tiny size.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select

from db import answer_index
from db.models import AnswerEntry, AnswerTopic, AnswerVersion
from workstation.answers import AnswerLibrary
from workstation.bench_stats import percentile
from workstation.clock import Clock
from workstation.database import Database
from workstation.roles import Principal

BENCH_TOPIC = "bench"
BENCH_PREFIX = "bench."
_BATCH = 500

# What operators type: word forms, ё and е, several words, beginnings of words.
QUERIES = (
    "счётчик", "счетчика", "счётчики", "поверка счётчика", "показания", "передать показания",
    "как передать показания счетчика", "квитанция", "не пришла квитанция", "квитанц",
    "оплата", "оплатить", "платёж не зачислен", "переплата", "пени", "долг", "задолженности",
    "справка об отсутствии задолженности", "отключили свет", "нет электроэнергии",
    "напряжение", "тариф", "ночной тариф", "двухзонный", "льгота", "субсидия",
    "переоформить лицевой счёт", "наследство", "технологическое присоединение", "мощность",
    "договор энергоснабжения", "акт сверки", "личный кабинет", "пароль", "жалоба",
    "перерасчёт", "общедомовые нужды", "электроплита", "рассрочка", "судебный приказ",
    "замена счётчика бесплатно", "пломба", "интеллектуальный прибор учёта", "показ", "перерасч",
)


@dataclass(frozen=True)
class SearchStats:
    searches: int
    entries: int  # searchable answers in the library
    p50: float  # milliseconds
    p95: float
    worst: float
    found: float  # median results per search (at most the page of 50)
    # CPU time of this process per search: on SQLite all the work, on PostgreSQL the client's
    # share. Unlike wall time it does not grow when other programs load the machine.
    cpu_p50: float = 0.0
    cpu_p95: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"searches": self.searches, "entries": self.entries,
                "p50_ms": round(self.p50, 2), "p95_ms": round(self.p95, 2),
                "max_ms": round(self.worst, 2), "found_median": self.found,
                "cpu_p50_ms": round(self.cpu_p50, 2), "cpu_p95_ms": round(self.cpu_p95, 2)}


def searchable_entries(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(AnswerEntry).where(
            AnswerEntry.published_number.is_not(None), AnswerEntry.retired.is_(False))) or 0)


def grow_library(database: Database, target: int, clock: Clock, seed: int = 1) -> int:
    """Add synthetic published answers until ``target`` are searchable; returns how many."""
    missing = target - searchable_entries(database)
    if missing <= 0:
        return 0
    with database.sessions() as session:
        models = [(e.title, e.questions, e.spoken, e.written) for e in session.scalars(
            select(AnswerEntry).where(AnswerEntry.published_number.is_not(None))
            .order_by(AnswerEntry.code))]
        start = int(session.scalar(select(func.count()).select_from(AnswerEntry).where(
            AnswerEntry.code.startswith(BENCH_PREFIX))) or 0)
    if not models:
        models = [("Передача показаний", "Как передать показания", "Показания принимаются.",
                   "Показания прибора учёта принимаются ежемесячно.")]
    dice = random.Random(seed)
    now = clock.now()
    with database.sessions.begin() as session:
        if session.scalar(select(AnswerTopic.id).where(AnswerTopic.code == BENCH_TOPIC)) is None:
            session.add(AnswerTopic(code=BENCH_TOPIC, title="Замеры скорости", parent_code=None,
                                    position=10_000))
    made = 0
    while made < missing:
        batch = min(_BATCH, missing - made)
        entries: list[dict[str, Any]] = []
        versions: list[dict[str, Any]] = []
        for number in range(start + made, start + made + batch):
            title, questions, spoken, written = dice.choice(models)
            other = dice.choice(models)
            content = {"topic_code": BENCH_TOPIC, "title": f"{title} ({number})",
                       "questions": questions + "\n" + other[1],
                       "spoken": spoken, "written": written + "\n\n" + other[2],
                       "answered_by": "operator", "specialist_unit": "", "retired": False}
            entry_id = uuid.uuid4()
            entries.append({"id": entry_id, "version": 1, "code": f"{BENCH_PREFIX}{number}",
                            **content, "published_number": 1, "published_at": now,
                            "pending_number": None, "created_at": now})
            versions.append({"id": uuid.uuid4(), "version": 1, "entry_id": entry_id,
                             "number": 1, **content, "change_note": "bench", "author_id": None,
                             "author_name": "bench", "created_at": now, "status": "approved",
                             "reviewer_id": None, "reviewer_name": "bench", "reviewed_at": now,
                             "review_note": ""})
        with database.sessions.begin() as session:
            # Core inserts: the change feed is for rows people edit, not for measurements.
            session.execute(insert(AnswerEntry), entries)
            session.execute(insert(AnswerVersion), versions)
            answer_index.index_new_entries(session.connection(), [
                (row["id"], answer_index.IndexedText(row["title"], row["questions"],
                                                     row["spoken"] + "\n" + row["written"]))
                for row in entries])
        made += batch
    with database.engine.connect() as connection:
        # As a long-lived library is: its index merged, its statistics known to the planner.
        answer_index.optimise_index(connection.execution_options(isolation_level="AUTOCOMMIT"))
    return made


def remove_bench_entries(database: Database) -> int:
    with database.sessions.begin() as session:
        ids = list(session.scalars(select(AnswerEntry.id)
                                   .where(AnswerEntry.code.startswith(BENCH_PREFIX))))
        for entry_id in ids:
            answer_index.remove_entry(session.connection(), entry_id)
        session.execute(delete(AnswerVersion).where(AnswerVersion.entry_id.in_(ids)))
        session.execute(delete(AnswerEntry).where(AnswerEntry.id.in_(ids)))
        session.execute(delete(AnswerTopic).where(AnswerTopic.code == BENCH_TOPIC))
    return len(ids)




def time_searches(answers: AnswerLibrary, actor: Principal, searches: int,
                  entries: int) -> SearchStats:
    answers.search(actor, "счётчик")  # load the dictionaries and warm the connection first
    timings, cpu, found = [], [], []
    for number in range(searches):
        query = QUERIES[number % len(QUERIES)]
        started, cpu_started = time.perf_counter(), time.process_time()
        result = answers.search(actor, query)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        found.append(len(result.items))
    return SearchStats(searches, entries, statistics.median(timings),
                       percentile(timings, 0.95), max(timings), statistics.median(found),
                       statistics.median(cpu), percentile(cpu, 0.95))
