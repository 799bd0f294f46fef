"""E-mail messages and website-form submissions become registered appeals (CH-1, CH-3).

Each import is: read and check the file completely (nothing is saved if it is malformed), find
the sender among the customers by e-mail, phone or account (DB-1) in a short read, then register
in one transaction. A message imported twice is recognised by its Message-ID (or the file's
hash) or the form's submission id, and refused with the number it already has.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.engine import SessionFactory
from db.models import AnswerTopic
from workstation.appeal_fields import AppealDraft
from workstation.appeal_registration import AppealRegistration
from workstation.appeals import Channel
from workstation.attachments import NewAttachment
from workstation.clock import Clock
from workstation.eml_parse import ParsedEmail, parse_eml
from workstation.roles import Principal
from workstation.sender_match import SenderMatch, match_sender
from workstation.webform import WebformSubmission, parse_webform


@dataclass(frozen=True)
class ImportResult:
    appeal_id: uuid.UUID
    journal_number: str
    matched_by: str  # account | email | phone | "" (flagged for the operator to match)
    candidates: int  # customers the sender might be, when not matched
    files: int
    notes: tuple[str, ...] = ()  # what was accepted with a remark (an unknown topic …)

    @property
    def matched(self) -> bool:
        return bool(self.matched_by)


class AppealImport:
    def __init__(self, sessions: SessionFactory, clock: Clock,
                 registration: AppealRegistration) -> None:
        self._sessions = sessions
        self._clock = clock
        self._registration = registration

    def import_eml(self, actor: Principal, data: bytes) -> ImportResult:
        message = parse_eml(data)
        with self._sessions() as session:
            match = match_sender(session, email=message.from_address)
        draft = AppealDraft(
            channel=Channel.EMAIL, received_at=self._received(message.received_at
                                                              or message.sent_at),
            subject=message.subject, body=message.body, sender=_email_sender(message),
            details={"from_address": message.from_address, "from_name": message.from_name})
        external = (f"eml:{message.message_id}" if message.message_id
                    else f"eml-sha256:{hashlib.sha256(data).hexdigest()}")
        return self._register(actor, draft, message.attachments, external, match, ())

    def import_webform(self, actor: Principal, data: bytes) -> ImportResult:
        form = parse_webform(data)
        with self._sessions() as session:
            match = match_sender(session, email=form.email, phone=form.phone,
                                 account=form.account)
            known_topic = bool(form.topic) and session.scalar(
                select(AnswerTopic.code).where(AnswerTopic.code == form.topic)) is not None
        notes: tuple[str, ...] = ()
        if form.topic and not known_topic:
            notes = (f"тема «{form.topic}» не найдена в библиотеке ответов: выберите тему при "
                     "разборе",)
        draft = AppealDraft(
            channel=Channel.WEBFORM, received_at=self._received(form.submitted_at),
            topic_code=form.topic if known_topic else None, subject=form.subject,
            body=form.message, sender=form.name, details=_form_details(form))
        return self._register(actor, draft, form.attachments, f"webform:{form.id}", match,
                              notes)

    def _register(self, actor: Principal, draft: AppealDraft, files: tuple[NewAttachment, ...],
                  external: str,
                  match: SenderMatch, notes: tuple[str, ...]) -> ImportResult:
        view = self._registration.register(actor, draft, files, external_id=external[:300],
                                           match=match, assign_to_actor=actor.user_id is not None)
        return ImportResult(view.id, view.journal_number, match.by, len(match.candidates),
                            len(files), notes)

    def _received(self, moment: datetime | None) -> datetime:
        now = self._clock.now()
        # A sender's clock ahead of ours must not make an appeal arrive in the future.
        return min(moment, now) if moment is not None else now


def _email_sender(message: ParsedEmail) -> str:
    if message.from_name:
        return f"{message.from_name} <{message.from_address}>"
    return message.from_address


def _form_details(form: WebformSubmission) -> dict[str, str]:
    return {"sender_name": form.name, "contact_email": form.email, "contact_phone": form.phone,
            "account": form.account, "address": form.address}
