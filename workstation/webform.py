"""The website form's submission format, version 1 (README: "Web-form JSON format").

    {"format": "appeal-webform", "version": 1,
     "id": "site-000123",                      — the site's id of the submission (required)
     "submitted_at": "2026-03-02T10:15:00+03:00",  — ISO 8601 with its offset (required)
     "name": "Иванов Иван Иванович",           — required
     "email": "…", "phone": "…",               — at least one of the two
     "account": "6500123456", "address": "…", — optional, help to find the customer
     "topic": "billing.recalculation",         — optional: a topic code of the answer library
     "subject": "…",                           — optional
     "message": "…",                           — required
     "attachments": [{"name": "…", "media_type": "…", "content_base64": "…"}]}  — optional

Everything is checked before anything is saved; all problems are reported at once, in Russian,
by field name, so the site's developers can fix their export in one go.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from workstation.attachments import NewAttachment
from workstation.contacts import normalise_email, normalise_phone
from workstation.errors import ValidationError

FORMAT = "appeal-webform"
VERSION = 1
_TEXT_LIMITS = {"id": 200, "name": 300, "email": 254, "phone": 40, "account": 20,
                "address": 500, "topic": 64, "subject": 300, "message": 20_000}
_KNOWN = {"format", "version", "submitted_at", "attachments", *_TEXT_LIMITS}


@dataclass(frozen=True)
class WebformSubmission:
    id: str
    submitted_at: datetime
    name: str
    email: str
    phone: str
    account: str
    address: str
    topic: str
    subject: str
    message: str
    attachments: tuple[NewAttachment, ...]


class WebformError(ValidationError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("Обращение с сайта не принято: " + "; ".join(problems) + ".")
        self.problems = problems


def parse_webform(data: bytes) -> WebformSubmission:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise WebformError(["файл не в кодировке UTF-8"]) from None
    except json.JSONDecodeError as error:
        raise WebformError([f"это не JSON (строка {error.lineno}, позиция {error.colno}: "
                            f"{_json_reason(error.msg)})"]) from None
    if not isinstance(document, dict):
        raise WebformError(["ожидался объект JSON с полями обращения"])
    problems: list[str] = []
    if document.get("format") != FORMAT:
        problems.append(f"поле «format» должно быть «{FORMAT}»")
    if document.get("version") != VERSION:
        problems.append(f"поле «version» должно быть {VERSION}")
    unknown = sorted(set(document) - _KNOWN)
    if unknown:
        problems.append("неизвестные поля: " + ", ".join(f"«{key}»" for key in unknown))
    text = {key: _text(document, key, problems) for key in _TEXT_LIMITS}
    for key in ("id", "name", "message"):
        if not text[key]:
            problems.append(f"поле «{key}» обязательно")
    if not text["email"] and not text["phone"]:
        problems.append("нужен хотя бы один способ связи: «email» или «phone»")
    email = _checked(normalise_email, text["email"], "email", problems)
    phone = _checked(normalise_phone, text["phone"], "phone", problems)
    submitted = _moment(document.get("submitted_at"), problems)
    attachments = _attachments(document.get("attachments", []), problems)
    if problems or submitted is None:
        raise WebformError(problems)
    return WebformSubmission(text["id"], submitted, text["name"], email, phone, text["account"],
                             text["address"], text["topic"], text["subject"], text["message"],
                             tuple(attachments))


def _json_reason(message: str) -> str:
    reasons = {"Expecting value": "ожидалось значение",
               "Expecting ',' delimiter": "пропущена запятая",
               "Expecting property name enclosed in double quotes":
                   "имя поля должно быть в двойных кавычках",
               "Unterminated string starting at": "не закрыта строка",
               "Extra data": "лишние данные после объекта"}
    return reasons.get(message, message)


def _text(document: dict[str, Any], key: str, problems: list[str]) -> str:
    value = document.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(f"поле «{key}» должно быть строкой")
        return ""
    value = value.strip() if key in ("message", "address") else " ".join(value.split())
    if len(value) > _TEXT_LIMITS[key]:
        problems.append(f"поле «{key}» длиннее {_TEXT_LIMITS[key]} символов")
    return value


def _checked(check: Any, value: str, key: str, problems: list[str]) -> str:
    if not value:
        return ""
    try:
        result: str = check(value)
    except ValidationError as error:
        problems.append(f"поле «{key}»: {error.message.rstrip('.')}")
        return ""
    return result


def _moment(value: Any, problems: list[str]) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        problems.append("поле «submitted_at» обязательно (дата и время ISO 8601 с часовым "
                        "поясом, например 2026-03-02T10:15:00+03:00)")
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        problems.append(f"поле «submitted_at»: «{value}» — не дата и время ISO 8601")
        return None
    if moment.tzinfo is None:
        problems.append("поле «submitted_at»: укажите часовой пояс (например, +03:00)")
        return None
    return moment.astimezone(UTC)


def _attachments(value: Any, problems: list[str]) -> list[NewAttachment]:
    if not isinstance(value, list):
        problems.append("поле «attachments» должно быть списком")
        return []
    files = []
    for number, item in enumerate(value, start=1):
        where = f"вложение {number}"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not (
                isinstance(item.get("content_base64"), str)):
            problems.append(f"{where}: нужны строки «name» и «content_base64»")
            continue
        try:
            data = base64.b64decode(item["content_base64"], validate=True)
        except (binascii.Error, ValueError):
            problems.append(f"{where} («{item['name']}»): «content_base64» — не base64")
            continue
        media = item.get("media_type", "")
        files.append(NewAttachment.named(item["name"], data,
                                         media if isinstance(media, str) else ""))
    return files
