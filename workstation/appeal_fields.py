"""What each channel's appeal must say (CH-1, CH-3) and what is still missing (WR-2, QA-1).

Two levels, because CH-3 registers every appeal whatever it lacks:
- ``Need.REGISTER``: what the desk itself always has in hand when it registers (the stamp on a
  letter, the line a call came in on, the e-mail's sender). Without it the service refuses.
- ``Need.PROCESS``: what processing needs and the customer may not have given (a sender's
  address, a callback number, the topic). Missing ones are listed in the editor and are the
  reason to ask the customer for a clarification (WR-2); a letter without any contact data is
  not considered at all (WR-4), a decision left to the person.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from workstation.appeals import Channel, Urgency
from workstation.contacts import normalise_email, normalise_phone
from workstation.errors import ValidationError


class Need(enum.StrEnum):
    REGISTER = "register"
    PROCESS = "process"
    OPTIONAL = "optional"


class Line(enum.StrEnum):
    """The telephone lines of CH-1."""

    CONTACT_CENTRE = "contact_centre"
    HOT_LINE = "hot_line"
    TRUST_LINE = "trust_line"

    @property
    def label(self) -> str:
        return {Line.CONTACT_CENTRE: "контакт-центр", Line.HOT_LINE: "горячая линия",
                Line.TRUST_LINE: "телефон доверия"}[self]


class AnswerBy(enum.StrEnum):
    """How a voicemail is answered (SLA-9: by phone in 5 working days, by post in 30)."""

    PHONE = "phone"
    POST = "post"


class Kind(enum.StrEnum):
    """How a detail's text is checked and normalised."""

    TEXT = "text"
    PHONE = "phone"
    EMAIL = "email"
    DATE = "date"  # ISO 8601, not in the future
    CHOICE = "choice"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # Russian: messages of the service name fields this way
    need: Need
    kind: Kind = Kind.TEXT
    choices: tuple[str, ...] = ()


# Keys that are not channel details but columns of the appeal, checked the same way.
CUSTOMER, TOPIC, SUBJECT, BODY, RECEIVED, FILES = (
    "customer", "topic", "subject", "body", "received_at", "attachments")

_COMMON = (
    FieldSpec(RECEIVED, "дата и время поступления", Need.REGISTER),
    FieldSpec(CUSTOMER, "потребитель (найден в базе или сопоставлен)", Need.PROCESS),
    FieldSpec(TOPIC, "тема", Need.PROCESS),
)
CHANNEL_FIELDS: dict[Channel, tuple[FieldSpec, ...]] = {
    Channel.CALL: (
        FieldSpec("line", "линия", Need.REGISTER, Kind.CHOICE, tuple(Line)),
        FieldSpec("phone", "номер телефона звонящего", Need.PROCESS, Kind.PHONE),
        FieldSpec(BODY, "суть обращения", Need.PROCESS),
        # Written by the call panel at wrap-up (workstation/call_desk.py).
        FieldSpec("callback_at", "обратный звонок обещан на", Need.OPTIONAL),  # TEL-3
        FieldSpec("outcome", "итог звонка", Need.OPTIONAL),
        FieldSpec("specialist_mode", "консультация или перевод", Need.OPTIONAL),
        FieldSpec("call_id", "запись звонка", Need.OPTIONAL),
    ),
    Channel.VOICEMAIL: (
        FieldSpec(FILES, "файл записи", Need.REGISTER),
        FieldSpec("callback_number", "номер для обратного звонка", Need.PROCESS, Kind.PHONE),
        # TEL-8: the caller leaves a name and an account number or address.
        FieldSpec("caller_name", "имя звонившего", Need.PROCESS),
        FieldSpec("account_or_address", "лицевой счёт или адрес", Need.PROCESS),
        FieldSpec("answer_by", "способ ответа", Need.OPTIONAL, Kind.CHOICE, tuple(AnswerBy)),
        FieldSpec(BODY, "содержание сообщения", Need.OPTIONAL),
    ),
    Channel.POST: (
        FieldSpec("incoming_number", "входящий номер (штамп)", Need.REGISTER),
        FieldSpec("incoming_date", "дата поступления письма", Need.REGISTER, Kind.DATE),
        FieldSpec("sender_name", "отправитель", Need.PROCESS),
        FieldSpec("sender_address", "адрес отправителя", Need.PROCESS),
        FieldSpec(FILES, "скан письма", Need.PROCESS),
        FieldSpec("sender_reference", "исходящий номер и дата отправителя", Need.OPTIONAL),
        FieldSpec(SUBJECT, "краткое содержание", Need.OPTIONAL),
        FieldSpec(BODY, "текст письма", Need.OPTIONAL),
    ),
    Channel.EMAIL: (
        FieldSpec("from_address", "адрес отправителя", Need.REGISTER, Kind.EMAIL),
        FieldSpec("from_name", "имя отправителя", Need.OPTIONAL),
        FieldSpec(SUBJECT, "тема письма", Need.PROCESS),
        FieldSpec(BODY, "текст письма", Need.PROCESS),
        FieldSpec(FILES, "вложения", Need.OPTIONAL),
    ),
    Channel.CHAT: (
        FieldSpec(BODY, "текст переписки", Need.REGISTER),
        FieldSpec("chat_contact", "собеседник в чате (имя, телефон или адрес)", Need.PROCESS),
        FieldSpec("chat_id", "номер сеанса чата", Need.OPTIONAL),
    ),
    Channel.WEBFORM: (
        FieldSpec(BODY, "текст обращения", Need.REGISTER),
        FieldSpec("sender_name", "имя отправителя", Need.PROCESS),
        FieldSpec("contact_email", "адрес электронной почты", Need.OPTIONAL, Kind.EMAIL),
        FieldSpec("contact_phone", "телефон", Need.OPTIONAL, Kind.PHONE),
        FieldSpec("account", "лицевой счёт", Need.OPTIONAL),
        FieldSpec("address", "адрес", Need.OPTIONAL),
        FieldSpec(SUBJECT, "тема сообщения", Need.OPTIONAL),
    ),
}
# A web form is answered by e-mail or phone: one of the two is needed (checked apart).
WEBFORM_CONTACT = FieldSpec("contact", "адрес электронной почты или телефон", Need.PROCESS)
_COLUMNS = frozenset({CUSTOMER, TOPIC, SUBJECT, BODY, RECEIVED, FILES})


def fields_of(channel: Channel) -> tuple[FieldSpec, ...]:
    return _COMMON + CHANNEL_FIELDS[channel]


def detail_keys(channel: Channel) -> frozenset[str]:
    return frozenset(spec.key for spec in CHANNEL_FIELDS[channel] if spec.key not in _COLUMNS)


@dataclass(frozen=True)
class AppealDraft:
    """An appeal as the editor, an import or a call's wrap-up describes it."""

    channel: Channel
    received_at: datetime | None
    customer_id: uuid.UUID | None = None
    topic_code: str | None = None
    topic: str = ""
    urgency: Urgency = Urgency.NORMAL
    subject: str = ""
    body: str = ""
    sender: str = ""
    details: Mapping[str, str] = field(default_factory=dict)
    attachments: int = 0  # files the appeal has, or will have once saved

    def value(self, key: str) -> object:
        if key == CUSTOMER:
            return self.customer_id
        if key == TOPIC:
            return self.topic_code or self.topic.strip()
        if key == SUBJECT:
            return self.subject.strip()
        if key == BODY:
            return self.body.strip()
        if key == RECEIVED:
            return self.received_at
        if key == FILES:
            return self.attachments
        return str(self.details.get(key, "")).strip()


@dataclass(frozen=True)
class MissingField:
    key: str
    label: str
    need: Need


def missing_fields(draft: AppealDraft) -> list[MissingField]:
    """What the appeal lacks, register-level first (WR-2, QA-1: the operator's checklist)."""
    missing = [MissingField(spec.key, spec.label, spec.need) for spec in fields_of(draft.channel)
               if spec.need is not Need.OPTIONAL and not draft.value(spec.key)]
    if draft.channel is Channel.WEBFORM and not (draft.value("contact_email")
                                                 or draft.value("contact_phone")):
        missing.append(MissingField(WEBFORM_CONTACT.key, WEBFORM_CONTACT.label, Need.PROCESS))
    return sorted(missing, key=lambda item: item.need is not Need.REGISTER)


def check_registrable(draft: AppealDraft) -> None:
    """Refuse to register without what the desk always has (CH-3 registers everything else)."""
    lacking = [item.label for item in missing_fields(draft) if item.need is Need.REGISTER]
    if lacking:
        raise ValidationError(
            f"Обращение ({draft.channel.label}) не зарегистрировано: не заполнено — "
            f"{', '.join(lacking)}.")


def clean_details(channel: Channel, details: Mapping[str, object], today: date) -> dict[str, str]:
    """The channel's details checked and normalised; keys of other channels are dropped."""
    specs = {spec.key: spec for spec in CHANNEL_FIELDS[channel] if spec.key not in _COLUMNS}
    cleaned: dict[str, str] = {}
    for key, raw in details.items():
        spec = specs.get(key)
        text = " ".join(str(raw or "").split()) if key not in ("sender_address",) else (
            str(raw or "").strip())
        if spec is None or not text:
            continue
        cleaned[key] = _checked(spec, text, today)
    return cleaned


def _checked(spec: FieldSpec, text: str, today: date) -> str:
    if spec.kind in (Kind.PHONE, Kind.EMAIL):
        try:
            return normalise_phone(text) if spec.kind is Kind.PHONE else normalise_email(text)
        except ValidationError as error:  # say which field: a form has several numbers
            raise ValidationError(f"Поле «{spec.label}»: {error.message}") from None
    if spec.kind is Kind.CHOICE and text not in spec.choices:
        raise ValidationError(f"Поле «{spec.label}»: недопустимое значение «{text}».")
    if spec.kind is Kind.DATE:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValidationError(f"Поле «{spec.label}»: «{text}» — не дата.") from None
        if day > today:
            raise ValidationError(f"Поле «{spec.label}»: дата {day:%d.%m.%Y} ещё не наступила.")
        return day.isoformat()
    return text


def sender_of(draft: AppealDraft) -> str:
    """Who wrote or called, as a list shows it while no customer is matched."""
    if draft.sender.strip():
        return draft.sender.strip()
    details = draft.details
    keys = {
        Channel.CALL: ("phone",),
        Channel.VOICEMAIL: ("caller_name", "callback_number"),
        Channel.POST: ("sender_name", "sender_address"),
        Channel.EMAIL: ("from_name", "from_address"),
        Channel.CHAT: ("chat_contact",),
        Channel.WEBFORM: ("sender_name", "contact_email", "contact_phone"),
    }[draft.channel]
    return next((str(details[key]) for key in keys if str(details.get(key, "")).strip()), "")
