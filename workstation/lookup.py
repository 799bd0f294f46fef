"""Customer lookup (SLA-2: 45 s to find the caller's information; our aim: no wait at all).

One text field, no modes: lookup_plan.py reads the text every way that makes sense, the
queries (lookup_sql.py) fetch a few candidates per reading from the right index, and
lookup_rank.py ranks them: exact account/phone/contract/INN first, then names, then addresses.
When nothing matches, the typo-tolerant fallback offers the nearest names and streets.

A search can be cancelled from another thread in the database (query_guard.py): the desk runs
one per keystroke and a newer one stops the older. Every completed search is audited (who
searched for what, when: personal data, 152-FZ); the text goes to the audit table only, never to
the log file.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.lookup_plan import LookupPlan, Probe, plan_lookup
from workstation.lookup_rank import (
    Candidate,
    rank_account_prefix,
    rank_address,
    rank_exact,
    rank_identifier,
    rank_name,
    rank_name_prefix,
)
from workstation.lookup_results import LookupResult, MatchField, Tier
from workstation.lookup_sql import Entry, LookupQueries
from workstation.query_guard import QueryGuard
from workstation.roles import Permission, Principal, require
from workstation.search_index import build_entries
from workstation.search_text import fold

DEFAULT_LIMIT = 50
# Rows read per reading of the query: ranking needs some more than it shows. Probes run best
# first (whole words before word starts before fragments), so twice the list is plenty.
CANDIDATES_PER_SHOWN = 2
SIMILARITY_THRESHOLD = 0.3  # pg_trgm's default: below it words are not "similar"
SUGGESTIONS_PER_WORD = 3
MAX_FUZZY_WORDS = 4
_TIER_ORDER = {"ident": 0, "name": 1, "address": 2}


class LookupService:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    def prepare(self, actor: Principal, text: str, *,
                limit: int = DEFAULT_LIMIT) -> PreparedLookup:
        """A search to run in a worker, with a ``cancel`` the GUI thread may call any time."""
        return PreparedLookup(self, actor, text, limit)

    def search(self, actor: Principal, text: str, *, limit: int = DEFAULT_LIMIT,
               guard: QueryGuard | None = None) -> LookupResult:
        require(actor, Permission.LOOKUP_CUSTOMERS)
        plan = plan_lookup(text)
        if plan.empty:
            return LookupResult(plan.text, ())
        guard = guard or QueryGuard()
        with self._sessions() as session, guard.attached(session):
            dialect = session.get_bind().dialect.name
            result = _Search(session, LookupQueries(dialect), plan, limit, guard).run()
            if dialect == "postgresql":
                # In the search's own transaction: one connection and round trip less. Not
                # waiting for the WAL flush of this entry: a server crash could lose the last
                # fraction of a second of searches — never a card view or an identification,
                # which commit synchronously. (SQLite's WAL with synchronous=NORMAL makes the
                # same trade for every commit.)
                session.execute(sql_text("SET LOCAL synchronous_commit = off"))
                self._audit_search(session, actor, plan, result)
                session.commit()
        if dialect != "postgresql":
            # SQLite: a transaction that read cannot write if another desk wrote meanwhile
            # (SQLITE_BUSY_SNAPSHOT): the entry goes in a transaction of its own.
            with self._sessions.begin() as session:
                self._audit_search(session, actor, plan, result)
        return result

    def _audit_search(self, session: Session, actor: Principal, plan: LookupPlan,
                      result: LookupResult) -> None:
        self._audit.record(session, "customer.search", actor=actor, details={
            "query": plan.text, "found": len(result.matches), "fuzzy": result.fuzzy})


def _is_started_word_probe(probe: Probe) -> bool:
    """The name probe whose last word matches words that start so (it is still being typed)."""
    return probe.field == "name" and not probe.fallback and any(
        started for _, started in probe.tokens)


class PreparedLookup:
    def __init__(self, service: LookupService, actor: Principal, text: str, limit: int) -> None:
        self.guard = QueryGuard()
        self._service = service
        self._actor = actor
        self.text = text
        self._limit = limit

    def run(self) -> LookupResult:
        return self._service.search(self._actor, self.text, limit=self._limit, guard=self.guard)

    def cancel(self) -> None:
        self.guard.cancel()


class _Search:
    def __init__(self, session: Session, queries: LookupQueries, plan: LookupPlan, limit: int,
                 guard: QueryGuard) -> None:
        self.session = session
        self.queries = queries
        self.plan = plan
        self.limit = limit
        self.guard = guard
        self.found: dict[uuid.UUID, Candidate] = {}
        self.capped = False

    def add(self, candidate: Candidate | None) -> None:
        if candidate is None:
            return
        existing = self.found.get(candidate.customer_id)
        if existing is None or candidate.rank < existing.rank:
            self.found[candidate.customer_id] = candidate

    def rows(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Any]:
        wanted = list(dict.fromkeys(ids))
        rows = {row.customer_id: row for row in self.queries.entries_of(self.session, wanted)}
        missing = [customer_id for customer_id in wanted if customer_id not in rows]
        if missing:  # saved by a bulk writer before the index was rebuilt: build it here
            built, _words = build_entries(self.session, missing)
            rows.update({row["customer_id"]: Entry.of(row) for row in built})
        return rows

    def probe(self, probe: Probe) -> Sequence[Any]:
        self.guard.check()
        candidates = max(self.limit * CANDIDATES_PER_SHOWN, 20)
        rows = self.queries.probe(self.session, probe, candidates)
        self.capped = self.capped or len(rows) >= candidates
        return rows

    def run(self) -> LookupResult:
        plan, queries, session = self.plan, self.queries, self.session
        exact = [(customer_id, MatchField(field), value) for customer_id, field, value in
                 queries.exact(session, accounts=plan.accounts, phones=plan.phones,
                               emails=plan.emails, contracts=plan.contracts, inns=plan.inns)]
        if plan.account_prefix:
            self.guard.check()
            pairs = queries.account_prefix(session, plan.account_prefix, self.limit + 1)
            self.capped = len(pairs) > self.limit
            rows = self.rows(customer_id for customer_id, _ in pairs)
            for customer_id, number in pairs:
                if customer_id in rows:
                    self.add(rank_account_prefix(rows[customer_id], number, plan.account_prefix))
        if exact:
            rows = self.rows(customer_id for customer_id, _, _ in exact)
            for customer_id, field, value in exact:
                if customer_id in rows:
                    self.add(rank_exact(rows[customer_id], field, value))
        if plan.name_prefix:
            self.guard.check()
            found = queries.name_prefix(session, plan.name_prefix, self.limit + 1)
            self.capped = len(found) > self.limit
            for row in found:
                self.add(rank_name_prefix(row, plan.name_prefix))
        # Probes in the order of their tier (identifiers, names, addresses). Once a tier has
        # filled the list, a lower tier could only add rows that rank below the last shown:
        # its query is skipped. So is every fragment probe when a whole identifier matched
        # (the caller named the account, phone, INN or contract: that is who calls).
        whole_name = False  # a name probe of whole words found someone
        for probe in sorted(plan.probes, key=lambda p: (_TIER_ORDER[p.field], p.fallback)):
            if len(self.found) >= self.limit or (exact and probe.field == "ident"):
                continue
            if probe.fallback and len(probe.words) > 1 and self.found:
                continue  # several whole words matched: fragments inside words add only noise
            if whole_name and _is_started_word_probe(probe):
                continue  # "Петрова Анна Ивановна" found as typed: not also "Ивановн…"
            if whole_name and probe.field == "address" and len(probe.words) > 1:
                continue  # a full name matched: its words are not also a street
            probed = self.probe(probe)
            if probed and probe.field == "name" and not probe.fallback \
                    and not _is_started_word_probe(probe):
                whole_name = True
            for entry in probed:
                self.add(self._rank(entry, probe))
        if not self.found and plan.fuzzy_words:
            return self._fuzzy()
        return self._result()

    def _rank(self, row: Any, probe: Probe, fuzzy: bool = False) -> Candidate | None:
        if probe.field == "name":
            return rank_name(row, probe, Tier.FUZZY if fuzzy else Tier.NAME, fuzzy)
        if probe.field == "address":
            return rank_address(row, probe, Tier.FUZZY if fuzzy else Tier.ADDRESS, fuzzy)
        return rank_identifier(row, probe.patterns[0])

    def _result(self, suggestions: Sequence[str] = (), fuzzy: bool = False) -> LookupResult:
        ranked = sorted(self.found.values(), key=lambda candidate: candidate.rank)
        more = self.capped or len(ranked) > self.limit
        shown = tuple(candidate.build() for candidate in ranked[:self.limit])
        return LookupResult(self.plan.text, shown, tuple(suggestions), fuzzy, more)

    def _fuzzy(self) -> LookupResult:
        """Nothing matched as typed: find the nearest known words and search with them."""
        nearest: dict[str, list[tuple[str, str]]] = {}  # typed word -> [(kind, known word)]
        suggestions: list[str] = []
        for word in self.plan.fuzzy_words[:MAX_FUZZY_WORDS]:
            self.guard.check()
            near = self.queries.nearest_words(self.session, word, SUGGESTIONS_PER_WORD * 2,
                                              SIMILARITY_THRESHOLD)
            if any(found == word for _kind, found, _score in near):
                continue  # the word is known: another word of the query is the problem
            options = list(dict.fromkeys((kind, found) for kind, found, _score in near))
            nearest[word] = options[:SUGGESTIONS_PER_WORD]
            suggestions += [found.capitalize() for _kind, found in nearest[word]
                            if found.capitalize() not in suggestions]
        if not nearest:
            return self._result()
        folded = fold(self.plan.text)
        for choice in range(SUGGESTIONS_PER_WORD):
            if choice and len(self.found) >= self.limit:
                break  # the likelier spellings found enough
            corrected, fields = folded, set()
            for word, options in nearest.items():
                if options:
                    kind, replacement = options[min(choice, len(options) - 1)]
                    fields.add("name" if kind == "name" else "address")
                    corrected = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])",
                                       replacement, corrected)
            for probe in plan_lookup(corrected).probes:
                if probe.field not in fields or probe.fallback or len(self.found) >= self.limit:
                    continue
                for row in self.probe(probe):
                    candidate = self._rank(row, probe, fuzzy=True)
                    if candidate is not None:
                        self.add(_with_quality(candidate, choice))
        return self._result(suggestions, fuzzy=bool(self.found))


def _with_quality(candidate: Candidate, quality: int) -> Candidate:
    """Matches through the first suggestion before those through the second."""
    tier, own, sort_key, key = candidate.rank
    better = max(own, quality)
    return replace(candidate, rank=(tier, better, sort_key, key),
                   build=lambda: replace(candidate.build(), quality=better))
