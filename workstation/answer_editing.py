"""Supervisors edit the answer library: new entry, change, retire — each a version to approve.

Every change is a full snapshot in ``answer_versions`` (who, when, what, why). Operators see a
version only after a supervisor *other than its author* approves it (the setting
``answers.self_approval`` = 1 allows approving one's own, for a desk with one supervisor).
Approving copies the snapshot onto the entry and updates the search index in the same
transaction. An entry has at most one version awaiting approval at a time, so approvals never
overtake each other; a newer edit waits until the pending one is approved, rejected or withdrawn.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import answer_index
from db.engine import SessionFactory
from db.models import AnswerEntry, AnswerTopic, AnswerVersion
from workstation.answer_placeholders import unknown_placeholders
from workstation.answer_types import (
    ANSWERED_BY,
    APPROVED,
    PENDING,
    REJECTED,
    SPECIALIST,
    WITHDRAWN,
    AnswerContent,
    EntryState,
    VersionInfo,
)
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.errors import NotFoundError, PermissionDeniedError, ValidationError
from workstation.roles import Permission, Principal, require
from workstation.settings import read_setting
from workstation.versioning import commit_versioned, load_for_change

MAX_TITLE = 300
MAX_UNIT = 200


def clean_content(content: AnswerContent) -> AnswerContent:
    """The content trimmed, or a ValidationError that says what to correct."""
    questions = tuple(" ".join(q.split()) for q in content.questions if q.strip())
    clean = AnswerContent(
        topic_code=content.topic_code.strip(),
        title=" ".join(content.title.split()),
        questions=questions,
        spoken=content.spoken.strip(),
        written=content.written.strip(),
        answered_by=content.answered_by.strip(),
        specialist_unit=" ".join(content.specialist_unit.split()),
    )
    problems = []
    if not clean.title:
        problems.append("укажите заголовок")
    elif len(clean.title) > MAX_TITLE:
        problems.append(f"заголовок длиннее {MAX_TITLE} знаков")
    if not clean.topic_code:
        problems.append("выберите тему")
    if not clean.questions:
        problems.append("приведите хотя бы одну формулировку вопроса")
    if not clean.spoken:
        problems.append("напишите краткий ответ для разговора")
    if not clean.written:
        problems.append("напишите полный ответ для письма")
    if clean.answered_by not in ANSWERED_BY:
        problems.append("укажите, кто даёт ответ: оператор или специалист")
    elif clean.answered_by == SPECIALIST and not clean.specialist_unit:
        problems.append("укажите подразделение специалиста, с которым соединить клиента (TEL-4)")
    if len(clean.specialist_unit) > MAX_UNIT:
        problems.append(f"название подразделения длиннее {MAX_UNIT} знаков")
    unknown = unknown_placeholders(clean.spoken + "\n" + clean.written)
    if unknown:
        names = ", ".join("{" + name + "}" for name in unknown)
        problems.append(f"неизвестные поля для подстановки: {names}")
    if problems:
        raise ValidationError("Ответ не сохранён: " + "; ".join(problems) + ".")
    return clean


def content_of(row: AnswerEntry | AnswerVersion) -> AnswerContent:
    return AnswerContent(
        topic_code=row.topic_code, title=row.title,
        questions=tuple(line for line in row.questions.splitlines() if line.strip()),
        spoken=row.spoken, written=row.written, answered_by=row.answered_by,
        specialist_unit=row.specialist_unit,
    )


def version_info(version: AnswerVersion, entry_code: str) -> VersionInfo:
    return VersionInfo(
        id=version.id, row_version=version.version, entry_id=version.entry_id,
        entry_code=entry_code, number=version.number, content=content_of(version),
        retired=version.retired, change_note=version.change_note,
        author_id=version.author_id, author_name=version.author_name,
        created_at=version.created_at, status=version.status,
        reviewer_name=version.reviewer_name, reviewed_at=version.reviewed_at,
        review_note=version.review_note,
    )


def entry_state(entry: AnswerEntry) -> EntryState:
    return EntryState(entry.id, entry.version, entry.code, content_of(entry), entry.retired,
                      entry.published_number, entry.pending_number)


class AnswerEditor:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    # -- reading --------------------------------------------------------------------------------
    def entries(self, actor: Principal) -> list[EntryState]:
        """Every entry, published or not, retired or not: what a supervisor manages."""
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        with self._sessions() as session:
            rows = session.scalars(select(AnswerEntry).order_by(AnswerEntry.topic_code,
                                                               AnswerEntry.title))
            return [entry_state(entry) for entry in rows]

    def entry(self, actor: Principal, entry_id: uuid.UUID) -> EntryState:
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        with self._sessions() as session:
            return entry_state(_entry(session, entry_id))

    def pending(self, actor: Principal) -> list[VersionInfo]:
        """The approval queue, oldest first."""
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        query = (select(AnswerVersion, AnswerEntry.code)
                 .join(AnswerEntry, AnswerEntry.id == AnswerVersion.entry_id)
                 .where(AnswerVersion.status == PENDING)
                 .order_by(AnswerVersion.created_at, AnswerVersion.number))
        with self._sessions() as session:
            return [version_info(version, code) for version, code in session.execute(query)]

    def history(self, actor: Principal, entry_id: uuid.UUID) -> list[VersionInfo]:
        """Every version of an entry, newest first: who proposed what, who decided, when."""
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        with self._sessions() as session:
            entry = _entry(session, entry_id)
            versions = session.scalars(select(AnswerVersion)
                                       .where(AnswerVersion.entry_id == entry_id)
                                       .order_by(AnswerVersion.number.desc()))
            return [version_info(version, entry.code) for version in versions]

    # -- proposing ------------------------------------------------------------------------------
    def propose_new(self, actor: Principal, content: AnswerContent, note: str = "",
                    *, code: str | None = None) -> VersionInfo:
        """A new entry, invisible to operators until its first version is approved."""
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        clean = clean_content(content)
        with self._sessions.begin() as session:
            _check_topic(session, clean.topic_code)
            code = (code or "").strip() or f"{clean.topic_code}.{uuid.uuid4().hex[:10]}"
            if session.scalar(select(AnswerEntry.id).where(AnswerEntry.code == code)):
                raise ValidationError(f"Ответ с кодом «{code}» уже есть в библиотеке.")
            entry = AnswerEntry(code=code, **_columns(clean), retired=False,
                                published_number=None, published_at=None, pending_number=1,
                                created_at=self._clock.now())
            session.add(entry)
            session.flush()
            version = self._add_version(session, actor, entry, 1, clean, False, note)
            return version_info(version, entry.code)

    def propose_change(self, actor: Principal, entry_id: uuid.UUID, expected_version: int,
                       content: AnswerContent, note: str = "") -> VersionInfo:
        """A changed entry (a retired one comes back with it), as the supervisor saw it."""
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        clean = clean_content(content)
        return self._propose(actor, entry_id, expected_version, clean, False, note)

    def propose_retirement(self, actor: Principal, entry_id: uuid.UUID, expected_version: int,
                           note: str = "") -> VersionInfo:
        """Take an entry out of use; approved like any change, kept in history."""
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        with self._sessions() as session:
            entry = _entry(session, entry_id)
            if entry.retired:
                raise ValidationError("Этот ответ уже выведен из употребления.")
            content = content_of(entry)
        return self._propose(actor, entry_id, expected_version, content, True, note)

    def _propose(self, actor: Principal, entry_id: uuid.UUID, expected_version: int,
                 content: AnswerContent, retired: bool, note: str) -> VersionInfo:
        with self._sessions() as session:
            entry = load_for_change(session, AnswerEntry, entry_id, expected_version)
            if entry.pending_number is not None:
                raise ValidationError(
                    f"Изменение этого ответа (версия {entry.pending_number}) уже ожидает "
                    "утверждения. Утвердите или отклоните его, прежде чем вносить новое.")
            _check_topic(session, content.topic_code)
            number = (session.scalar(select(func.max(AnswerVersion.number))
                                     .where(AnswerVersion.entry_id == entry_id)) or 0) + 1
            version = self._add_version(session, actor, entry, number, content, retired, note)
            entry.pending_number = number
            info = version_info(version, entry.code)
            commit_versioned(session, AnswerEntry, entry_id, expected_version)
            return info

    def _add_version(self, session: Session, actor: Principal, entry: AnswerEntry, number: int,
                     content: AnswerContent, retired: bool, note: str) -> AnswerVersion:
        version = AnswerVersion(
            entry_id=entry.id, number=number, **_columns(content), retired=retired,
            change_note=note.strip(), author_id=actor.user_id, author_name=actor.full_name,
            created_at=self._clock.now(), status=PENDING, reviewer_name="", reviewed_at=None,
            review_note="")
        session.add(version)
        session.flush()
        action = "answer.retire" if retired else ("answer.new" if number == 1
                                                   else "answer.change")
        self._audit.record(session, action, actor=actor, object_type="answer",
                           object_id=entry.id, details={"code": entry.code, "number": number})
        return version

    # -- deciding -------------------------------------------------------------------------------
    def approve(self, actor: Principal, version_id: uuid.UUID, expected_version: int,
                note: str = "") -> VersionInfo:
        """Publish the version: operators see it from now on (and search finds it)."""
        require(actor, Permission.APPROVE_ANSWERS)
        with self._sessions() as session:
            version = self._pending_version(session, version_id, expected_version)
            if version.author_id == actor.user_id and version.author_id is not None and not (
                    read_setting(session, "answers.self_approval")):
                raise PermissionDeniedError(
                    "Изменение утверждает другой руководитель, не автор (четыре глаза). "
                    "Для рабочего места с одним руководителем администратор может разрешить "
                    "утверждать собственные изменения (настройка answers.self_approval).")
            entry = _entry(session, version.entry_id)
            now = self._clock.now()
            version.status, version.review_note = APPROVED, note.strip()
            version.reviewer_id, version.reviewer_name = actor.user_id, actor.full_name
            version.reviewed_at = now
            for column, value in _columns(content_of(version)).items():
                setattr(entry, column, value)
            entry.retired = version.retired
            entry.published_number, entry.published_at = version.number, now
            entry.pending_number = None
            if entry.retired:
                answer_index.remove_entry(session.connection(), entry.id)
            else:
                answer_index.index_entry(session.connection(), entry.id, answer_index.IndexedText(
                    entry.title, entry.questions, entry.spoken + "\n" + entry.written))
            self._audit.record(session, "answer.approve", actor=actor, object_type="answer",
                               object_id=entry.id,
                               details={"code": entry.code, "number": version.number})
            info = version_info(version, entry.code)
            commit_versioned(session, AnswerVersion, version_id, expected_version)
            return info

    def reject(self, actor: Principal, version_id: uuid.UUID, expected_version: int,
               note: str) -> VersionInfo:
        """Send a version back with the reason; operators keep the published one."""
        require(actor, Permission.APPROVE_ANSWERS)
        if not note.strip():
            raise ValidationError("Укажите причину отклонения: автор должен понять, что исправить.")
        return self._close(actor, version_id, expected_version, REJECTED, note, "answer.reject")

    def withdraw(self, actor: Principal, version_id: uuid.UUID,
                 expected_version: int) -> VersionInfo:
        """The author takes back a version nobody has decided on yet."""
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        with self._sessions() as session:
            version = self._pending_version(session, version_id, expected_version)
            if version.author_id != actor.user_id:
                raise PermissionDeniedError("Отозвать изменение может только его автор.")
        return self._close(actor, version_id, expected_version, WITHDRAWN, "", "answer.withdraw")

    def _close(self, actor: Principal, version_id: uuid.UUID, expected_version: int,
               status: str, note: str, action: str) -> VersionInfo:
        with self._sessions() as session:
            version = self._pending_version(session, version_id, expected_version)
            entry = _entry(session, version.entry_id)
            version.status, version.review_note = status, note.strip()
            version.reviewer_id, version.reviewer_name = actor.user_id, actor.full_name
            version.reviewed_at = self._clock.now()
            entry.pending_number = None
            self._audit.record(session, action, actor=actor, object_type="answer",
                               object_id=entry.id,
                               details={"code": entry.code, "number": version.number})
            info = version_info(version, entry.code)
            commit_versioned(session, AnswerVersion, version_id, expected_version)
            return info

    def _pending_version(self, session: Session, version_id: uuid.UUID,
                         expected_version: int) -> AnswerVersion:
        version = load_for_change(session, AnswerVersion, version_id, expected_version)
        if version.status != PENDING:
            raise ValidationError("Решение по этой версии уже принято.")
        return version


def _entry(session: Session, entry_id: uuid.UUID) -> AnswerEntry:
    entry = session.get(AnswerEntry, entry_id)
    if entry is None:
        raise NotFoundError("Типовой ответ не найден.")
    return entry


def _check_topic(session: Session, code: str) -> None:
    if session.scalar(select(AnswerTopic.id).where(AnswerTopic.code == code)) is None:
        raise ValidationError(f"Темы «{code}» нет в библиотеке.")


def _columns(content: AnswerContent) -> dict[str, str]:
    return {"topic_code": content.topic_code, "title": content.title,
            "questions": "\n".join(content.questions), "spoken": content.spoken,
            "written": content.written, "answered_by": content.answered_by,
            "specialist_unit": content.specialist_unit}
