"""Appeals for tests: people, one draft per channel as an operator would fill it, messages."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from workstation.appeal_fields import AppealDraft
from workstation.appeals import Channel
from workstation.attachments import NewAttachment

RECEIVED = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)  # half an hour before the clock fixture

# Everything each channel's editor asks for (Need.REGISTER and Need.PROCESS filled in).
COMPLETE_DETAILS: dict[Channel, dict[str, str]] = {
    Channel.CALL: {"line": "hot_line", "phone": "+7 914 123-45-67"},
    Channel.VOICEMAIL: {"callback_number": "8 (914) 123-45-67", "caller_name": "Иван Иванов",
                        "account_or_address": "6500123456"},
    Channel.POST: {"incoming_number": "Вх-125", "incoming_date": "2026-03-01",
                   "sender_name": "Иванов И. И.",
                   "sender_address": "693000, г. Южно-Сахалинск, ул. Ленина, д. 12, кв. 5"},
    Channel.EMAIL: {"from_address": "i.ivanov@example.com", "from_name": "Иван Иванов"},
    Channel.CHAT: {"chat_contact": "Иван, +79141234567"},
    Channel.WEBFORM: {"sender_name": "Иван Иванов", "contact_email": "i.ivanov@example.com"},
}
# The files a channel's appeal comes with (a scan of a letter, a voicemail's recording).
FILES: dict[Channel, list[NewAttachment]] = {
    Channel.POST: [NewAttachment.named("скан-1.pdf", b"%PDF-1.4 scan")],
    Channel.VOICEMAIL: [NewAttachment.named("vm-0301.wav", b"RIFF....WAVE")],
}


def complete_draft(channel: Channel, **changes: Any) -> AppealDraft:
    values: dict[str, Any] = {
        "channel": channel, "received_at": RECEIVED, "topic_code": "billing.recalculation",
        "subject": "Перерасчёт за февраль", "body": "Прошу сделать перерасчёт за февраль.",
        "details": dict(COMPLETE_DETAILS[channel]),
    }
    values.update(changes)
    return AppealDraft(**values)


def webform_json(**changes: Any) -> bytes:
    document: dict[str, Any] = {
        "format": "appeal-webform", "version": 1, "id": "site-000123",
        "submitted_at": "2026-03-02T11:15:00+03:00", "name": "Иванов Иван Иванович",
        "email": "i.ivanov@example.com", "phone": "+7 914 123-45-67",
        "topic": "billing.recalculation", "subject": "Перерасчёт",
        "message": "Прошу пересчитать плату за февраль: показания передавал вовремя.",
        "attachments": [{"name": "показания.jpg", "media_type": "image/jpeg",
                         "content_base64": base64.b64encode(b"\xff\xd8\xff photo").decode()}],
    }
    for key, value in changes.items():
        if value is None:
            document.pop(key, None)
        else:
            document[key] = value
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


KOI8_EML = (
    "From: =?koi8-r?B?6dfBziDp18HOz9c=?= <i.ivanov@example.com>\r\n"
    "To: info@energo.example.ru\r\n"
    "Subject: =?koi8-r?B?8MXSxdLB096j1CDawSDGxdfSwczY?=\r\n"
    "Date: Mon, 02 Mar 2026 10:05:00 +0300\r\n"
    "Received: from mx.example.com by mail.energo.example.ru; Mon, 2 Mar 2026 07:06:00 +0000\r\n"
    "Message-ID: <koi8-1@example.com>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
    "\r\n"
    "--b1\r\n"
    "Content-Type: text/plain; charset=\"windows-1251\"\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "{body}\r\n"
    "--b1\r\n"
    "Content-Type: application/pdf\r\n"
    "Content-Disposition: attachment; filename*=utf-8''%D0%BA%D0%B2%D0%B8%D1%82%D0%B0%D0%BD"
    "%D1%86%D0%B8%D1%8F.pdf\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "{attachment}\r\n"
    "--b1--\r\n"
)


def koi8_eml(body: str = "Прошу сделать перерасчёт за февраль.\nС уважением, Иван Иванов.",
             attachment: bytes = b"%PDF-1.4 receipt") -> bytes:
    import quopri

    encoded_body = quopri.encodestring(body.encode("windows-1251")).decode("ascii")
    return KOI8_EML.format(body=encoded_body.replace("\n", "\r\n"),
                           attachment=base64.b64encode(attachment).decode()).encode("ascii")


def utf8_eml(subject: str = "=?utf-8?Q?=D0=92=D0=BE=D0=BF=D1=80=D0=BE=D1=81_"
                            "=D0=BF=D0=BE_=D1=81=D1=87=D1=91=D1=82=D1=83?=",
             sender: str = "=?utf-8?B?0J/RkdGC0YA=?= <p.petrov@example.com>",
             message_id: str = "<utf-1@x>",
             body: str = "Здравствуйте! Почему вырос счёт?") -> bytes:
    return (f"From: {sender}\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n"
            "Date: Mon, 02 Mar 2026 09:00:00 +0300\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
            "\r\n" + base64.encodebytes(body.encode("utf-8")).decode("ascii")).encode("utf-8")


def later(minutes: int) -> datetime:
    return RECEIVED + timedelta(minutes=minutes)
