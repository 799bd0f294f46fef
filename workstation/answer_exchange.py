"""Import and export of the answer library as a JSON file a company can write itself.

The file (UTF-8 JSON; resources/answers/library.json is one):

    {
      "format": "workstation.answer-library",
      "format_version": 1,
      "topics": [{"code": "meters", "title": "Приборы учёта", "parent": null}, …],
      "entries": [{
          "code": "readings.how",             stable key: an import updates the entry with it
          "topic": "meters.readings",         a topic code from "topics" or the library
          "title": "Как передать показания счётчика",
          "questions": ["Как передать показания", …],   typical wordings, at least one
          "spoken": "…",                      the short answer read out on a call
          "written": "…",                     the full answer for letters and e-mail
          "answered_by": "operator",          or "specialist" (then "specialist_unit" is needed)
          "specialist_unit": "",
          "retired": false                    true: take the entry out of use
      }, …]
    }

Texts may hold the placeholders of ``answer_placeholders`` ({ФИО клиента}, {лицевой счёт} …).
Export writes the approved library. Import never publishes anything itself: every new or
changed entry becomes a version awaiting approval by a supervisor (the four-eyes rule holds for
files too); topics are added or renamed at once. Entries the file does not mention are kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from db.engine import SessionFactory
from db.models import AnswerEntry, AnswerTopic
from workstation.answer_editing import AnswerEditor, clean_content, content_of
from workstation.answer_types import OPERATOR, AnswerContent
from workstation.audit import AuditLog
from workstation.clock import Clock
from workstation.errors import ValidationError
from workstation.roles import Permission, Principal, require

FORMAT = "workstation.answer-library"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class TopicRecord:
    code: str
    title: str
    parent: str | None = None


@dataclass(frozen=True)
class EntryRecord:
    code: str
    content: AnswerContent
    retired: bool = False


@dataclass(frozen=True)
class LibraryFile:
    topics: list[TopicRecord]
    entries: list[EntryRecord]


@dataclass
class ImportReport:
    topics_added: int = 0
    topics_changed: int = 0
    proposed_new: int = 0
    proposed_changes: int = 0
    proposed_retirements: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # codes with a pending version already

    @property
    def proposed(self) -> int:
        return self.proposed_new + self.proposed_changes + self.proposed_retirements


# -- the file ------------------------------------------------------------------------------------
def parse_library(text: str) -> LibraryFile:
    """Read a library file; a mistake is reported with where it is, never half-read."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(f"Файл библиотеки — не JSON: строка {error.lineno}, "
                              f"позиция {error.colno}: {error.msg}.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(f"Это не файл библиотеки ответов (ожидается \"format\": "
                              f"\"{FORMAT}\").")
    if data.get("format_version") != FORMAT_VERSION:
        raise ValidationError(f"Версия формата файла {data.get('format_version')!r} не "
                              f"поддерживается (поддерживается {FORMAT_VERSION}).")
    topics = [_topic(item, number) for number, item in
              enumerate(_list(data, "topics", "файл"), start=1)]
    entries = [_entry(item, number) for number, item in
               enumerate(_list(data, "entries", "файл"), start=1)]
    codes = [entry.code for entry in entries]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ValidationError(f"Коды ответов повторяются: {', '.join(duplicates)}.")
    return LibraryFile(topics, entries)


def dump_library(library: LibraryFile) -> str:
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "topics": [{"code": t.code, "title": t.title, "parent": t.parent}
                   for t in library.topics],
        "entries": [{
            "code": e.code, "topic": e.content.topic_code, "title": e.content.title,
            "questions": list(e.content.questions), "spoken": e.content.spoken,
            "written": e.content.written, "answered_by": e.content.answered_by,
            "specialist_unit": e.content.specialist_unit, "retired": e.retired,
        } for e in library.entries],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValidationError(f"{where}: «{key}» должен быть списком.")
    return value


def _text(item: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = item.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValidationError(f"{where}: поле «{key}» должно быть непустой строкой.")
    return value


def _topic(item: Any, number: int) -> TopicRecord:
    where = f"тема № {number}"
    if not isinstance(item, dict):
        raise ValidationError(f"{where}: ожидается объект.")
    parent = item.get("parent")
    if parent is not None and not isinstance(parent, str):
        raise ValidationError(f"{where}: поле «parent» должно быть строкой или null.")
    return TopicRecord(_text(item, "code", where).strip(), _text(item, "title", where).strip(),
                       parent or None)


def _entry(item: Any, number: int) -> EntryRecord:
    where = f"ответ № {number}"
    if not isinstance(item, dict):
        raise ValidationError(f"{where}: ожидается объект.")
    code = _text(item, "code", where).strip()
    where = f"ответ № {number} («{code}»)"
    questions = item.get("questions", [])
    if isinstance(questions, str):
        questions = [questions]
    if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
        raise ValidationError(f"{where}: «questions» должен быть списком строк.")
    retired = item.get("retired", False)
    if not isinstance(retired, bool):
        raise ValidationError(f"{where}: «retired» должен быть true или false.")
    content = AnswerContent(
        topic_code=_text(item, "topic", where), title=_text(item, "title", where),
        questions=tuple(questions), spoken=_text(item, "spoken", where),
        written=_text(item, "written", where),
        answered_by=_text(item, "answered_by", where, required=False) or OPERATOR,
        specialist_unit=_text(item, "specialist_unit", where, required=False),
    )
    try:
        content = clean_content(content)
    except ValidationError as error:
        raise ValidationError(f"{where}: {error.message}") from None
    return EntryRecord(code, content, retired)


# -- the service ----------------------------------------------------------------------------------
class AnswerExchange:
    def __init__(self, sessions: SessionFactory, clock: Clock, audit: AuditLog,
                 editor: AnswerEditor) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._editor = editor

    def export_library(self, actor: Principal) -> LibraryFile:
        """The approved library: what operators see, plus retired entries marked so."""
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        with self._sessions.begin() as session:
            topics = [TopicRecord(t.code, t.title, t.parent_code) for t in session.scalars(
                select(AnswerTopic).order_by(AnswerTopic.position, AnswerTopic.title))]
            entries = [EntryRecord(e.code, content_of(e), e.retired) for e in session.scalars(
                select(AnswerEntry).where(AnswerEntry.published_number.is_not(None))
                .order_by(AnswerEntry.topic_code, AnswerEntry.code))]
            self._audit.record(session, "answer.export", actor=actor, object_type="answer",
                               details={"entries": len(entries)})
        return LibraryFile(topics, entries)

    def import_library(self, actor: Principal, library: LibraryFile) -> ImportReport:
        """Add the file's topics and propose its new and changed entries for approval."""
        require(actor, Permission.EDIT_ANSWER_LIBRARY)
        report = ImportReport()
        self._import_topics(actor, library, report)
        with self._sessions() as session:
            existing = {e.code: e for e in session.scalars(select(AnswerEntry))}
        for record in library.entries:
            current = existing.get(record.code)
            if current is None:
                if record.retired:
                    report.unchanged += 1
                    continue
                self._editor.propose_new(actor, record.content, "Импорт из файла",
                                         code=record.code)
                report.proposed_new += 1
            elif current.pending_number is not None:
                report.skipped.append(record.code)
            elif record.retired:
                if current.retired:
                    report.unchanged += 1
                else:
                    self._editor.propose_retirement(actor, current.id, current.version,
                                                    "Импорт из файла")
                    report.proposed_retirements += 1
            elif record.content == content_of(current) and not current.retired and (
                    current.published_number is not None):
                report.unchanged += 1
            else:
                self._editor.propose_change(actor, current.id, current.version,
                                            record.content, "Импорт из файла")
                report.proposed_changes += 1
        with self._sessions.begin() as session:
            self._audit.record(session, "answer.import", actor=actor, object_type="answer",
                               details={"new": report.proposed_new,
                                        "changed": report.proposed_changes,
                                        "retired": report.proposed_retirements,
                                        "unchanged": report.unchanged,
                                        "skipped": len(report.skipped)})
        return report

    def _import_topics(self, actor: Principal, library: LibraryFile,
                       report: ImportReport) -> None:
        with self._sessions.begin() as session:
            topics = {t.code: t for t in session.scalars(select(AnswerTopic))}
            known = set(topics) | {t.code for t in library.topics}
            for record in library.topics:
                if record.parent is not None and record.parent not in known:
                    raise ValidationError(f"Тема «{record.code}»: нет родительской темы "
                                          f"«{record.parent}».")
            for entry in library.entries:
                if entry.content.topic_code not in known:
                    raise ValidationError(f"Ответ «{entry.code}»: нет темы "
                                          f"«{entry.content.topic_code}».")
            next_position = max((t.position for t in topics.values()), default=-1) + 1
            # Parents first, so that the foreign key to a new parent is satisfied.
            for record in _parents_first(library.topics):
                topic = topics.get(record.code)
                if topic is None:
                    session.add(AnswerTopic(code=record.code, title=record.title,
                                            parent_code=record.parent, position=next_position))
                    session.flush()
                    next_position += 1
                    report.topics_added += 1
                elif (topic.title, topic.parent_code) != (record.title, record.parent):
                    topic.title, topic.parent_code = record.title, record.parent
                    report.topics_changed += 1
            if report.topics_added or report.topics_changed:
                self._audit.record(session, "answer.topics", actor=actor, object_type="answer",
                                   details={"added": report.topics_added,
                                            "changed": report.topics_changed})


def _parents_first(topics: list[TopicRecord]) -> list[TopicRecord]:
    by_code = {t.code: t for t in topics}
    ordered: list[TopicRecord] = []
    placed: set[str] = set()

    def place(topic: TopicRecord, trail: frozenset[str]) -> None:
        if topic.code in placed:
            return
        if topic.code in trail:
            raise ValidationError(f"Темы образуют цикл: «{topic.code}».")
        parent = by_code.get(topic.parent) if topic.parent else None
        if parent is not None:
            place(parent, trail | {topic.code})
        placed.add(topic.code)
        ordered.append(topic)

    for topic in topics:
        place(topic, frozenset())
    return ordered
