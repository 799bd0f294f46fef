"""Appeals: channels, categories (CH-2) and the states of an appeal's life.

The state machine (ARCHITECTURE, "The appeal's life") is one table of allowed transitions here
(``TRANSITIONS``), each with the roles that may take it; registration, clarification and
in-progress came with issue 6, later capabilities add their rows to the same table.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from workstation.errors import PermissionDeniedError, ValidationError
from workstation.roles import Principal, Role


class Channel(enum.StrEnum):
    CALL = "call"
    VOICEMAIL = "voicemail"
    POST = "post"
    EMAIL = "email"
    CHAT = "chat"
    WEBFORM = "webform"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS = {
    Channel.CALL: "телефонный звонок",
    Channel.VOICEMAIL: "автоответчик",
    Channel.POST: "почтовое письмо",
    Channel.EMAIL: "электронная почта",
    Channel.CHAT: "чат",
    Channel.WEBFORM: "форма на сайте",
}


class Category(enum.StrEnum):
    """Complexity category A–E (CH-2): recorded and reported, not a processing rule."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


# CH-2 default mapping (admin-editable once settings for it land). A call is D when the operator
# handled it alone and becomes E when consulted on or transferred (set at wrap-up).
DEFAULT_CATEGORY = {
    Channel.CHAT: Category.A,
    Channel.POST: Category.B,
    Channel.EMAIL: Category.B,
    Channel.WEBFORM: Category.B,
    Channel.VOICEMAIL: Category.C,
    Channel.CALL: Category.D,
}


class AppealStatus(enum.StrEnum):
    REGISTERED = "registered"
    CLARIFICATION = "clarification"
    IN_PROGRESS = "in_progress"
    WITH_SPECIALIST = "with_specialist"
    REPLY_DRAFTED = "reply_drafted"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    APPROVED = "approved"
    SIGNED = "signed"
    SENT = "sent"
    CLOSED = "closed"
    NO_ACTION = "no_action"  # WR-3, the customer is notified
    NOT_CONSIDERED = "not_considered"  # WR-4
    SPAM = "spam"  # WR-8, after a person looked

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    AppealStatus.REGISTERED: "зарегистрировано",
    AppealStatus.CLARIFICATION: "запрошено уточнение",
    AppealStatus.IN_PROGRESS: "в работе",
    AppealStatus.WITH_SPECIALIST: "у специалиста",
    AppealStatus.REPLY_DRAFTED: "подготовлен ответ",
    AppealStatus.IN_REVIEW: "на согласовании",
    AppealStatus.RETURNED: "возвращено на доработку",
    AppealStatus.APPROVED: "согласовано",
    AppealStatus.SIGNED: "подписано",
    AppealStatus.SENT: "ответ отправлен",
    AppealStatus.CLOSED: "закрыто",
    AppealStatus.NO_ACTION: "оставлено без ответа по существу",
    AppealStatus.NOT_CONSIDERED: "не рассматривается",
    AppealStatus.SPAM: "спам",
}

FINAL_STATUSES = frozenset(
    {AppealStatus.CLOSED, AppealStatus.NO_ACTION, AppealStatus.NOT_CONSIDERED, AppealStatus.SPAM}
)


class Urgency(enum.StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"  # CMP-2: health and safety, 60 minutes and first place


def journal_number(year: int, sequence: int) -> str:
    """The number people read and quote: unique per year, e.g. 2026-000123."""
    return f"{year}-{sequence:06d}"


# -- the state machine (ARCHITECTURE, "The appeal's life") -----------------------------------
# Those who register appeals and work on them; signers and administrators do neither.
APPEAL_WORKERS = frozenset({Role.OPERATOR, Role.SPECIALIST, Role.SUPERVISOR})


@dataclass(frozen=True)
class Transition:
    """One allowed step of an appeal's life and who may take it.

    ``source`` None is the appeal's birth (registration, CH-3). ``channels`` limits a step to
    some channels (a call answered on the line is closed at once; a letter never is).
    """

    action: str
    source: AppealStatus | None
    target: AppealStatus
    roles: frozenset[Role]
    label: str  # what the step is called in messages and the audit log
    channels: frozenset[Channel] | None = None


S = AppealStatus
# THE table. Later capabilities (specialist requests, replies, approval, signing, screening)
# add their rows here; services never change a status except through ``find_transition``.
TRANSITIONS: tuple[Transition, ...] = (
    # CH-3: every appeal, whatever its channel, is registered first.
    Transition("register", None, S.REGISTERED, APPEAL_WORKERS, "регистрация"),
    # WR-2: data insufficient — ask the customer through a channel they gave, agree a date.
    Transition("request_clarification", S.REGISTERED, S.CLARIFICATION, APPEAL_WORKERS,
               "запрос уточнения"),
    Transition("request_clarification", S.IN_PROGRESS, S.CLARIFICATION, APPEAL_WORKERS,
               "запрос уточнения"),
    Transition("clarification_received", S.CLARIFICATION, S.IN_PROGRESS, APPEAL_WORKERS,
               "уточнение получено"),
    Transition("take", S.REGISTERED, S.IN_PROGRESS, APPEAL_WORKERS, "взятие в работу"),
    # TEL-2: a call (or a chat) answered there and then needs no further work.
    Transition("close_answered", S.REGISTERED, S.CLOSED, APPEAL_WORKERS,
               "закрытие: ответ дан при обращении",
               frozenset({Channel.CALL, Channel.CHAT})),
    Transition("close_answered", S.IN_PROGRESS, S.CLOSED, APPEAL_WORKERS,
               "закрытие: ответ дан при обращении",
               frozenset({Channel.CALL, Channel.CHAT})),
)
del S


class TransitionRefusedError(ValidationError):
    """The step is not in the table for this status and channel."""


def transitions_from(status: AppealStatus | None,
                     channel: Channel | None = None) -> list[Transition]:
    return [t for t in TRANSITIONS if t.source == status
            and (channel is None or t.channels is None or channel in t.channels)]


def find_transition(actor: Principal, action: str, status: AppealStatus | None,
                    channel: Channel) -> Transition:
    """The row of the table for this step, or a refusal a person can read.

    Illegal steps are refused before roles are looked at: "this cannot happen at all" is the
    more useful message than "you may not".
    """
    candidates = [t for t in TRANSITIONS if t.action == action]
    if not candidates:
        raise TransitionRefusedError(f"Неизвестное действие с обращением: «{action}».")
    label = candidates[0].label
    row = next((t for t in candidates if t.source == status), None)
    if row is None:
        where = f"в статусе «{status.label}»" if status is not None else "до регистрации"
        raise TransitionRefusedError(f"Действие «{label}» невозможно: обращение {where}.")
    if row.channels is not None and channel not in row.channels:
        raise TransitionRefusedError(
            f"Действие «{label}» невозможно для канала «{channel.label}».")
    if not row.roles & actor.roles:
        allowed = ", ".join(sorted(role.label for role in row.roles))
        raise PermissionDeniedError(
            f"Недостаточно прав: «{label}» выполняют роли: {allowed}.")
    return row


def available_actions(actor: Principal, status: AppealStatus,
                      channel: Channel) -> frozenset[str]:
    """Steps the actor may take now (what the editor offers; the service checks again)."""
    return frozenset(t.action for t in transitions_from(status, channel)
                     if t.roles & actor.roles)
