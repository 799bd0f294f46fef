"""A customer's history from every desk and channel, newest first (DB-1, QA-1).

The card never asks a customer again for what the company holds: it shows everything the
database knows about them. Each capability contributes its own entries through a provider
registered here (appeals, calls and identifications now; replies, letters, notifications as
they land): ``standard_history`` is the one list of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    source: str  # the provider's name: appeal | call | identification | …
    title: str  # "Обращение № 2026-000123: Перерасчёт"
    detail: str  # status, outcome
    channel: str  # how the customer came: "телефонный звонок", "электронная почта" …
    who: str  # the employee (any desk) who handled it, "" if nobody yet
    reference: str = ""  # journal number or id, to open the item


# (session, customer id, at most how many) -> that provider's newest entries
HistoryProvider = Callable[[Session, uuid.UUID, int], list[HistoryEntry]]


class HistoryRegistry:
    def __init__(self) -> None:
        self._providers: dict[str, HistoryProvider] = {}

    def register(self, name: str, provider: HistoryProvider) -> None:
        if name in self._providers:
            raise ValueError(f"history provider {name!r} is already registered")
        self._providers[name] = provider

    def names(self) -> list[str]:
        return list(self._providers)

    def collect(self, session: Session, customer_id: uuid.UUID,
                limit: int = 200) -> list[HistoryEntry]:
        """The newest ``limit`` entries of all providers together, newest first."""
        entries: list[HistoryEntry] = []
        for provider in self._providers.values():
            entries += provider(session, customer_id, limit)
        entries.sort(key=lambda entry: entry.at, reverse=True)
        return entries[:limit]


def standard_history() -> HistoryRegistry:
    """Every capability's provider. A new capability adds its line here."""
    from workstation.history_sources import appeal_history, call_history, identification_history

    registry = HistoryRegistry()
    registry.register("appeal", appeal_history)
    registry.register("call", call_history)
    registry.register("identification", identification_history)
    return registry
