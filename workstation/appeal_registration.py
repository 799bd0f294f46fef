"""Registering appeals from every channel (CH-1, CH-2, CH-3) and changing what they say.

``register`` is one transaction: the journal number first (workstation/journal.py explains why
first), then the appeal, its files, its deadlines (the deadline engine, issue 7) and the audit
entry — all or nothing, so a refused or failed registration leaves no half-saved appeal and
consumes no number. The change feed is written by the session hook for the appeal's row.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.engine import SessionFactory, begin_writing
from db.models import AnswerTopic, Appeal, AppealAttachment, Customer, Setting
from workstation.appeal_deadlines import appeal_subject, register_appeal
from workstation.appeal_fields import (
    AnswerBy,
    AppealDraft,
    check_registrable,
    clean_details,
    sender_of,
)
from workstation.appeal_views import AppealView, load_view
from workstation.appeals import FINAL_STATUSES, AppealStatus, Urgency, find_transition
from workstation.attachments import (
    MAX_SIZE_SETTING,
    NewAttachment,
    check_sizes,
    content,
    store,
)
from workstation.audit import AuditLog
from workstation.category_mapping import CATEGORY_KEYS, category_for
from workstation.clock import Clock
from workstation.deadlines import DeadlineRegistry
from workstation.errors import DomainError, NotFoundError, ValidationError
from workstation.journal import allocate_journal_number
from workstation.roles import Permission, Principal, require
from workstation.sender_match import SenderMatch, match_sender
from workstation.settings import read_setting
from workstation.versioning import commit_versioned, load_for_change

T = TypeVar("T")
# "Not in the future" for dates people type in their own zone: the latest date on Earth.
_LATEST_ZONE = timedelta(hours=14)


class AlreadyImportedError(DomainError):
    """The same e-mail or web-form submission was registered before."""

    def __init__(self, journal_number: str = "") -> None:
        where = f": обращение {journal_number}" if journal_number else ""
        super().__init__(f"Это сообщение уже зарегистрировано{where}.")
        self.journal_number = journal_number


class AppealRegistration:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self.deadlines = DeadlineRegistry(clock)

    # -- registering ----------------------------------------------------------------------------
    def register(self, actor: Principal, draft: AppealDraft,
                 files: Sequence[NewAttachment] = (), *, external_id: str | None = None,
                 match: SenderMatch | None = None, assign_to_actor: bool = True) -> AppealView:
        """Register a new appeal (CH-3) and return it with its journal number."""
        def work(session: Session) -> uuid.UUID:
            return self.register_in(session, actor, draft, files, external_id=external_id,
                                    match=match, assign_to_actor=assign_to_actor)
        return self._in_transaction(work, lambda session, appeal_id: load_view(session,
                                                                                 appeal_id))

    def register_in(self, session: Session, actor: Principal, draft: AppealDraft,
                    files: Sequence[NewAttachment] = (), *, external_id: str | None = None,
                    match: SenderMatch | None = None, assign_to_actor: bool = True,
                    specialist: bool = False) -> uuid.UUID:
        """Registration inside the caller's transaction, which must not have read anything yet
        (the journal number is allocated first). ``specialist``: a call consulted on or
        transferred (CH-2: category E)."""
        require(actor, Permission.WORK_ON_APPEALS)
        find_transition(actor, "register", None, draft.channel)
        now = self._clock.now()
        draft = replace(draft, attachments=draft.attachments + len(files))
        check_registrable(draft)
        received = draft.received_at
        assert received is not None  # check_registrable refused it otherwise
        if received > now:
            raise ValidationError("Дата поступления обращения ещё не наступила.")
        details = clean_details(draft.channel, draft.details, (now + _LATEST_ZONE).date())
        draft = replace(draft, details=details)

        number = allocate_journal_number(session, now.year)  # first: see workstation/journal
        if external_id:
            earlier = session.scalar(select(Appeal.journal_number)
                                     .where(Appeal.external_id == external_id))
            if earlier is not None:
                raise AlreadyImportedError(earlier)
        check_sizes(list(files), read_setting(session, MAX_SIZE_SETTING))
        customer_id = self._existing_customer(session, draft.customer_id)
        if match is not None and customer_id is None:
            customer_id = match.customer_id
        appeal = Appeal(
            journal_number=number, channel=draft.channel.value,
            category=category_for(draft.channel, _category_settings(session),
                                  specialist=specialist).value,
            status=AppealStatus.REGISTERED.value, urgency=draft.urgency.value,
            customer_id=customer_id, topic_code=draft.topic_code,
            topic=_topic_title(session, draft), subject=draft.subject.strip()[:300],
            body=draft.body.strip(), sender=sender_of(draft)[:300], details=details,
            received_at=received, registered_at=now, registered_by_id=actor.user_id,
            assignee_id=actor.user_id if assign_to_actor else None,
            match_needed=customer_id is None and match is not None,
            external_id=external_id or None)
        session.add(appeal)
        session.flush()
        for item in files:
            store(session, appeal.id, item, now, actor.login)
        register_appeal(self.deadlines, session, appeal,
                        answer_by_post=details.get("answer_by") == AnswerBy.POST.value)
        self._audit.record(session, "appeal.register", actor=actor, object_type="appeal",
                           object_id=appeal.id,
                           details={"number": number, "channel": draft.channel.value,
                                    "category": appeal.category, "files": len(files),
                                    "matched_by": match.by if match else None})
        return appeal.id

    # -- changing ---------------------------------------------------------------------------------
    def update(self, actor: Principal, appeal_id: uuid.UUID, expected_version: int,
               draft: AppealDraft) -> AppealView:
        """Save the editor's changes; a save over another desk's newer version is refused."""
        require(actor, Permission.WORK_ON_APPEALS)
        now = self._clock.now()
        session = self._sessions()
        begin_writing(session)
        try:
            appeal = load_for_change(session, Appeal, appeal_id, expected_version)
            if AppealStatus(appeal.status) in FINAL_STATUSES:
                raise ValidationError("Обращение закрыто: изменять его нельзя.")
            if draft.channel.value != appeal.channel:
                raise ValidationError("Канал поступления зарегистрированного обращения не "
                                      "меняется: зарегистрируйте новое обращение.")
            files = session.scalar(select(func.count()).select_from(AppealAttachment)
                                   .where(AppealAttachment.appeal_id == appeal_id)) or 0
            draft = replace(draft, attachments=files)
            check_registrable(draft)
            details = clean_details(draft.channel, draft.details, (now + _LATEST_ZONE).date())
            draft = replace(draft, details=details)
            changed = self._apply(session, appeal, draft)
            if not changed:
                return load_view(session, appeal_id)
            # Field names only: the values are the customer's personal data (152-FZ).
            self._audit.record(session, "appeal.update", actor=actor, object_type="appeal",
                               object_id=appeal.id, details={"fields": sorted(changed)})
            commit_versioned(session, Appeal, appeal_id, expected_version)
            return load_view(session, appeal_id)
        finally:
            session.close()

    def _apply(self, session: Session, appeal: Appeal, draft: AppealDraft) -> set[str]:
        customer_id = self._existing_customer(session, draft.customer_id)
        assert draft.received_at is not None
        values = {
            "received_at": draft.received_at, "customer_id": customer_id,
            "topic_code": draft.topic_code, "topic": _topic_title(session, draft),
            "subject": draft.subject.strip()[:300], "body": draft.body.strip(),
            "sender": sender_of(draft)[:300], "details": dict(draft.details),
            "urgency": draft.urgency.value,
        }
        changed = {key for key, value in values.items() if getattr(appeal, key) != value}
        was_urgent = appeal.urgency == Urgency.URGENT.value
        for key in changed:
            setattr(appeal, key, values[key])
        if "customer_id" in changed and customer_id is not None:
            appeal.match_needed = False
        if changed & {"topic", "urgency"}:
            self.deadlines.update_subject(session, appeal_subject(appeal))
        if not was_urgent and appeal.urgency == Urgency.URGENT.value:
            # CMP-2: urgent from receipt, whenever the operator noticed it.
            self.deadlines.start(session, appeal_subject(appeal), "CMP-2",
                                 started_at=appeal.received_at)
        return changed

    def match_customer(self, actor: Principal, appeal_id: uuid.UUID, expected_version: int,
                       customer_id: uuid.UUID) -> AppealView:
        """The operator says whose appeal it is (an unmatched import, DB-1)."""
        require(actor, Permission.WORK_ON_APPEALS)

        def work(session: Session) -> uuid.UUID:
            appeal = load_for_change(session, Appeal, appeal_id, expected_version)
            appeal.customer_id = self._existing_customer(session, customer_id)
            appeal.match_needed = False
            self._audit.record(session, "appeal.match", actor=actor, object_type="appeal",
                               object_id=appeal.id)
            return appeal.id
        return self._versioned(appeal_id, expected_version, work)

    def add_files(self, actor: Principal, appeal_id: uuid.UUID, expected_version: int,
                  files: Sequence[NewAttachment]) -> AppealView:
        require(actor, Permission.WORK_ON_APPEALS)
        now = self._clock.now()

        def work(session: Session) -> uuid.UUID:
            appeal = load_for_change(session, Appeal, appeal_id, expected_version)
            check_sizes(list(files), read_setting(session, MAX_SIZE_SETTING))
            for item in files:
                store(session, appeal.id, item, now, actor.login)
            _touch(appeal)
            self._audit.record(session, "appeal.files_add", actor=actor, object_type="appeal",
                               object_id=appeal.id,
                               details={"files": [item.file_name for item in files]})
            return appeal.id
        return self._versioned(appeal_id, expected_version, work)

    def remove_file(self, actor: Principal, appeal_id: uuid.UUID, expected_version: int,
                    attachment_id: uuid.UUID) -> AppealView:
        require(actor, Permission.WORK_ON_APPEALS)

        def work(session: Session) -> uuid.UUID:
            appeal = load_for_change(session, Appeal, appeal_id, expected_version)
            row = session.get(AppealAttachment, attachment_id)
            if row is None or row.appeal_id != appeal_id:
                raise NotFoundError("Файл уже удалён из обращения.")
            session.delete(row)
            _touch(appeal)
            self._audit.record(session, "appeal.file_remove", actor=actor,
                               object_type="appeal", object_id=appeal.id,
                               details={"file": row.file_name})
            return appeal.id
        return self._versioned(appeal_id, expected_version, work)

    # -- reading ----------------------------------------------------------------------------------
    def view(self, actor: Principal, appeal_id: uuid.UUID) -> AppealView:
        require(actor, Permission.WORK_ON_APPEALS)
        with self._sessions() as session:
            appeal = session.get(Appeal, appeal_id)
            candidates: tuple[tuple[uuid.UUID, str], ...] = ()
            if appeal is not None and appeal.match_needed:
                candidates = _candidates(session, appeal)
            return load_view(session, appeal_id, candidates)

    def file_content(self, actor: Principal, appeal_id: uuid.UUID,
                     attachment_id: uuid.UUID) -> bytes:
        require(actor, Permission.WORK_ON_APPEALS)
        with self._sessions() as session:
            begin_writing(session)  # the view of the file is audited
            row = session.get(AppealAttachment, attachment_id)
            if row is None or row.appeal_id != appeal_id:
                raise NotFoundError("Файл не найден: возможно, его удалили.")
            self._audit.record(session, "appeal.file_open", actor=actor, object_type="appeal",
                               object_id=appeal_id, details={"file": row.file_name})
            data = content(session, row.sha256)
            session.commit()
            return data

    def category_settings(self) -> dict[str, str]:
        with self._sessions() as session:
            return _category_settings(session)

    # -- plumbing ---------------------------------------------------------------------------------
    def _in_transaction(self, work: Callable[[Session], uuid.UUID],
                        then: Callable[[Session, uuid.UUID], T]) -> T:
        with self._sessions() as session:
            begin_writing(session)
            try:
                appeal_id = work(session)
                session.commit()
            except IntegrityError as error:
                session.rollback()
                if "external_id" in str(error.orig):
                    raise AlreadyImportedError() from None
                raise
            return then(session, appeal_id)

    def _versioned(self, appeal_id: uuid.UUID, expected_version: int,
                   work: Callable[[Session], uuid.UUID]) -> AppealView:
        session = self._sessions()
        begin_writing(session)
        try:
            work(session)
            commit_versioned(session, Appeal, appeal_id, expected_version)
            return load_view(session, appeal_id)
        finally:
            session.close()

    @staticmethod
    def _existing_customer(session: Session, customer_id: uuid.UUID | None) -> uuid.UUID | None:
        if customer_id is None:
            return None
        if session.get(Customer, customer_id) is None:
            raise NotFoundError("Потребитель не найден: возможно, его карточку удалили.")
        return customer_id


def _touch(appeal: Appeal) -> None:
    """Files changed: bump the appeal's version, so other desks see it (change feed)."""
    from sqlalchemy.orm.attributes import flag_modified

    flag_modified(appeal, "details")


def _topic_title(session: Session, draft: AppealDraft) -> str:
    if draft.topic.strip():
        return draft.topic.strip()[:100]
    if draft.topic_code:
        title = session.scalar(select(AnswerTopic.title)
                               .where(AnswerTopic.code == draft.topic_code))
        if title is None:
            raise ValidationError("Такой темы нет в библиотеке ответов: выберите тему из списка.")
        return title[:100]
    return ""


def _category_settings(session: Session) -> dict[str, str]:
    rows = session.execute(select(Setting.key, Setting.value)
                           .where(Setting.key.in_(CATEGORY_KEYS)))
    return {key: str(value) for key, value in rows}


def _candidates(session: Session, appeal: Appeal) -> tuple[tuple[uuid.UUID, str], ...]:
    details = appeal.details or {}
    email = str(details.get("from_address") or details.get("contact_email") or "")
    phone = str(details.get("contact_phone") or details.get("phone")
                or details.get("callback_number") or "")
    return match_sender(session, email=email, phone=phone,
                        account=str(details.get("account") or "")).candidates

