"""Reading an e-mail message (``.eml``, RFC 5322/MIME) into what an appeal needs.

Python's ``email`` package with ``policy.default`` decodes encoded-word headers
(``=?koi8-r?B?…?=``, ``=?utf-8?Q?…?=``), quoted-printable and base64 bodies and RFC 2231 file
names. Bodies in any charset Python knows (windows-1251, koi8-r, utf-8, iso-8859-5 …) are
decoded by their declared charset; a wrong or unknown one falls back to the common Russian
charsets rather than losing the text. Attachments are kept as they came.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime

from workstation.attachments import NewAttachment
from workstation.errors import ValidationError

_FALLBACK_CHARSETS = ("utf-8", "windows-1251", "koi8-r")


@dataclass(frozen=True)
class ParsedEmail:
    message_id: str
    from_name: str
    from_address: str
    subject: str
    body: str
    sent_at: datetime | None  # the sender's Date: header
    received_at: datetime | None  # when our server took it (the newest Received: header)
    attachments: tuple[NewAttachment, ...]


def parse_eml(data: bytes) -> ParsedEmail:
    if not data.strip():
        raise ValidationError("Файл пуст: это не письмо.")
    message = message_from_bytes(data, policy=policy.default)
    if not isinstance(message, EmailMessage) or not (message["from"] or message["subject"]
                                                     or message["message-id"]):
        raise ValidationError("Это не письмо в формате .eml: нет заголовков From, Subject.")
    name, address = _sender(message)
    return ParsedEmail(
        message_id=str(message.get("message-id", "") or "").strip()[:300],
        from_name=name, from_address=address,
        subject=" ".join(_header(message, "subject").split()),
        body=_body(message), sent_at=_date(_header(message, "date")),
        received_at=_received(message), attachments=tuple(_attachments(message)))


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a header so broken the parser gives up on it: treat as absent
        return ""
    return str(value) if value is not None else ""


def _sender(message: EmailMessage) -> tuple[str, str]:
    raw = _header(message, "from")
    pairs = getaddresses([raw]) if raw else []
    for name, address in pairs:
        if "@" in address:
            return " ".join(name.split()), address.strip()
    return "", ""


def _date(text: str) -> datetime | None:
    if not text.strip():
        return None
    try:
        moment = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000": the zone is unknown, RFC 5322 says read it as UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _received(message: EmailMessage) -> datetime | None:
    for value in message.get_all("received") or []:  # the newest hop is first
        _, _, stamp = str(value).rpartition(";")
        moment = _date(stamp)
        if moment is not None:
            return moment
    return None


def _text_of(part: Message) -> str:
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    declared = part.get_content_charset()
    for charset in ((declared,) if declared else ()) + _FALLBACK_CHARSETS:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = _text_of(part)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text.replace("\r\n", "\n").strip()


def html_to_text(markup: str) -> str:
    """Readable text of an HTML-only message: paragraphs and line breaks kept, tags dropped."""
    markup = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>", "\n", markup)
    markup = re.sub(r"(?i)</(p|div|li|tr|h[1-6])>", "\n", markup)
    text = html.unescape(re.sub(r"<[^>]+>", "", markup))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _attachments(message: EmailMessage) -> list[NewAttachment]:
    found: list[NewAttachment] = []
    for part in message.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            # A forwarded message: kept whole, as a file a mail program opens.
            inner = part.get_payload(0)
            data = inner.as_bytes() if isinstance(inner, Message) else b""
            name = part.get_filename() or f"сообщение-{len(found) + 1}.eml"
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            name = part.get_filename() or f"вложение-{len(found) + 1}"
        if data:
            found.append(NewAttachment.named(name, data, part.get_content_type()))
    return found
