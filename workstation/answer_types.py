"""The plain objects the answer library's services return (no session, no Qt)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from db.russian_words import SearchTerms

OPERATOR = "operator"  # the operator answers alone (TEL-2)
SPECIALIST = "specialist"  # the operator consults or transfers (TEL-2, TEL-4)
ANSWERED_BY = (OPERATOR, SPECIALIST)

# Kinds of use recorded in answer_uses.
USE_SHORT = "short"  # the short answer, read out or inserted
USE_FULL = "full"  # the full written answer
USE_TRANSFER = "transfer"  # a transfer to the specialist unit
USE_KINDS = (USE_SHORT, USE_FULL, USE_TRANSFER)

# Version states.
PENDING = "pending"
APPROVED = "approved"
REJECTED = "rejected"
WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class TopicInfo:
    code: str
    title: str
    parent_code: str | None
    position: int
    entries: int  # published, not retired, in this topic itself


@dataclass(frozen=True)
class AnswerContent:
    """What a supervisor writes for an entry; every version is one of these."""

    topic_code: str
    title: str
    questions: tuple[str, ...]
    spoken: str
    written: str
    answered_by: str = OPERATOR
    specialist_unit: str = ""


@dataclass(frozen=True)
class AnswerSummary:
    """A row of a topic list or of search results."""

    entry_id: uuid.UUID
    code: str
    topic_code: str
    title: str
    first_question: str
    answered_by: str
    specialist_unit: str
    uses: int  # within the popularity window
    score: float | None = None  # search relevance, higher is better


@dataclass(frozen=True)
class SearchResult:
    query: str
    terms: SearchTerms
    items: list[AnswerSummary] = field(default_factory=list)


@dataclass(frozen=True)
class AnswerView:
    """An entry as this viewer may see it.

    For an entry reserved to specialists (TEL-2) and a viewer who may not give it, ``spoken``
    and ``written`` are None: the operator gets ``transfer`` — what to say while transferring
    the call (TEL-4: never "call another number").
    """

    entry_id: uuid.UUID
    code: str
    number: int  # the published version
    topic_code: str
    topic_title: str
    title: str
    questions: tuple[str, ...]
    answered_by: str
    specialist_unit: str
    spoken: str | None
    written: str | None
    transfer: str | None

    @property
    def may_give(self) -> bool:
        return self.spoken is not None


@dataclass(frozen=True)
class VersionInfo:
    id: uuid.UUID
    row_version: int  # optimistic lock of the version row
    entry_id: uuid.UUID
    entry_code: str
    number: int
    content: AnswerContent
    retired: bool
    change_note: str
    author_id: uuid.UUID | None
    author_name: str
    created_at: datetime
    status: str
    reviewer_name: str
    reviewed_at: datetime | None
    review_note: str


@dataclass(frozen=True)
class EntryState:
    """An entry as a supervisor manages it: published content, state, the pending version."""

    entry_id: uuid.UUID
    row_version: int  # optimistic lock of the entry
    code: str
    content: AnswerContent
    retired: bool
    published_number: int | None
    pending_number: int | None

    @property
    def visible_to_operators(self) -> bool:
        return self.published_number is not None and not self.retired


def transfer_phrase(unit: str) -> str:
    """TEL-4: the operator transfers (or consults), never sends the customer elsewhere."""
    whom = f"специалистом подразделения «{unit}»" if unit else "специалистом"
    return (f"Ваш вопрос требует консультации специалиста. Пожалуйста, оставайтесь на линии: "
            f"я соединю вас со {whom}. Если специалист занят, я уточню у него ответ и "
            f"перезвоню вам в согласованное время.")


def transfer_note(title: str, unit: str) -> str:
    """What goes into the call notes when a question was passed to a specialist."""
    where = f" ({unit})" if unit else ""
    return f"Вопрос «{title}» передан специалисту{where}: клиент соединён со специалистом."
