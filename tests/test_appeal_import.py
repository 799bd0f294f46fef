"""E-mail (.eml) and website-form imports (CH-1, CH-3, DB-1): Cyrillic in any encoding,
attachments kept, the sender matched to a customer or flagged, malformed input refused with a
clear message and nothing half-saved — on SQLite and PostgreSQL; and the two CLI commands."""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import URL, func, select

from cli.main import EXIT_USER_ERROR, main
from db.models import Appeal, AppealAttachment, AttachmentBlob, JournalCounter
from tests.helpers.appeals import koi8_eml, utf8_eml, webform_json
from tests.helpers.customers import ENERGO, IVANOV, add_customers
from tests.helpers.errors import assert_readable
from workstation.appeal_registration import AlreadyImportedError
from workstation.appeals import AppealStatus, Category, Channel
from workstation.database import connect
from workstation.eml_parse import html_to_text, parse_eml
from workstation.errors import ValidationError
from workstation.roles import Principal
from workstation.services import Services
from workstation.webform import WebformError, parse_webform


# -- reading messages (no database) ------------------------------------------------------------
def test_a_koi8_r_subject_and_a_quoted_printable_windows_1251_body_with_an_attachment() -> None:
    message = parse_eml(koi8_eml())
    assert message.subject == "Перерасчёт за февраль"
    assert (message.from_name, message.from_address) == ("Иван Иванов", "i.ivanov@example.com")
    assert message.body == "Прошу сделать перерасчёт за февраль.\nС уважением, Иван Иванов."
    [attachment] = message.attachments
    assert attachment.file_name == "квитанция.pdf"  # RFC 2231, UTF-8, percent-encoded
    assert (attachment.media_type, attachment.data) == ("application/pdf", b"%PDF-1.4 receipt")
    assert message.message_id == "<koi8-1@example.com>"
    assert message.sent_at == datetime(2026, 3, 2, 7, 5, tzinfo=UTC)
    assert message.received_at == datetime(2026, 3, 2, 7, 6, tzinfo=UTC)  # our server's hop


def test_a_utf_8_subject_in_q_encoding_and_a_base64_body() -> None:
    message = parse_eml(utf8_eml())
    assert message.subject == "Вопрос по счёту"
    assert message.from_name == "Пётр"
    assert message.body == "Здравствуйте! Почему вырос счёт?"
    assert message.attachments == ()


@pytest.mark.parametrize("charset", ["koi8-r", "windows-1251", "iso-8859-5", "utf-8", "cp866"])
def test_bodies_in_any_common_cyrillic_charset(charset: str) -> None:
    text = "Счётчик не работает, прошу заменить. Ёлкин Ё. Ё."
    raw = (f"From: a@b.ru\r\nSubject: x\r\nContent-Type: text/plain; charset={charset}\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n").encode() + base64.encodebytes(
        text.encode(charset))
    assert parse_eml(raw).body == text


def test_a_wrongly_declared_charset_falls_back_instead_of_losing_the_text() -> None:
    raw = (b"From: a@b.ru\r\nSubject: x\r\nContent-Type: text/plain; charset=x-unknown\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\n" + "Перерасчёт".encode("windows-1251"))
    assert parse_eml(raw).body == "Перерасчёт"


def test_an_html_only_message_becomes_readable_text() -> None:
    assert html_to_text("<html><head><style>p{}</style></head><body><p>Добрый день!</p>"
                        "<p>Счёт&nbsp;за&nbsp;март<br>неверный</p></body></html>") == (
        "Добрый день!\nСчёт за март\nневерный")


def test_not_a_message_is_refused_clearly() -> None:
    for data in (b"", b"\x00\x01\x02 just bytes"):
        with pytest.raises(ValidationError) as caught:
            parse_eml(data)
        assert_readable(caught.value)


def test_the_webform_format_is_read_and_checked() -> None:
    form = parse_webform(webform_json())
    assert (form.id, form.name, form.email, form.phone) == (
        "site-000123", "Иванов Иван Иванович", "i.ivanov@example.com", "+79141234567")
    assert form.submitted_at == datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    assert form.attachments[0].file_name == "показания.jpg"


def test_a_malformed_webform_lists_every_problem_in_russian() -> None:
    with pytest.raises(WebformError) as caught:
        parse_webform(webform_json(format="other", message=" ", email="not-an-address",
                                   phone=None, submitted_at="вчера", colour="red",
                                   attachments=[{"name": "a.jpg", "content_base64": "@@@"}]))
    problems = caught.value.problems
    assert "поле «format» должно быть «appeal-webform»" in problems
    assert "поле «message» обязательно" in problems
    assert any(p.startswith("поле «email»: «not-an-address» не похоже") for p in problems)
    assert any(p.startswith("поле «submitted_at»: «вчера»") for p in problems)
    assert "неизвестные поля: «colour»" in problems
    assert any("«content_base64» — не base64" in p for p in problems)
    assert_readable(caught.value)
    with pytest.raises(WebformError, match="это не JSON"):
        parse_webform(b'{"format": "appeal-webform",')


# -- importing (database) ----------------------------------------------------------------------
def test_CH_3_an_email_from_a_known_customer_is_registered_and_filed_to_them(
        services: Services, cli_admin: Principal) -> None:
    [ivanov] = add_customers(services.database, IVANOV)
    result = services.appeal_import.import_eml(cli_admin, koi8_eml())
    assert (result.journal_number, result.matched_by, result.files) == ("2026-000001", "email", 1)
    view = services.appeals.view(cli_admin, result.appeal_id)
    assert (view.channel, view.category, view.status) == (Channel.EMAIL, Category.B,
                                                          AppealStatus.REGISTERED)
    assert (view.customer_id, view.match_needed) == (ivanov, False)
    assert view.subject == "Перерасчёт за февраль"
    assert view.sender == "Иван Иванов <i.ivanov@example.com>"
    assert view.received_at == datetime(2026, 3, 2, 7, 6, tzinfo=UTC)
    assert view.assignee_id is None  # for the "new" queue: someone takes it
    assert [a.file_name for a in view.attachments] == ["квитанция.pdf"]
    with pytest.raises(AlreadyImportedError, match="2026-000001") as caught:
        services.appeal_import.import_eml(cli_admin, koi8_eml())
    assert_readable(caught.value)


def test_DB_1_an_unknown_sender_is_flagged_for_the_operator_to_match(
        services: Services, cli_admin: Principal) -> None:
    add_customers(services.database, IVANOV)
    result = services.appeal_import.import_eml(cli_admin, utf8_eml())
    assert not result.matched
    view = services.appeals.view(cli_admin, result.appeal_id)
    assert view.match_needed and view.customer_id is None
    assert "customer" in {item.key for item in view.missing}


def test_webform_matched_by_account_even_when_the_phone_is_shared(
        services: Services, cli_admin: Principal) -> None:
    ivanov, _energo = add_customers(services.database, IVANOV, ENERGO)
    result = services.appeal_import.import_webform(
        cli_admin, webform_json(account="6500123456", email="someone@else.example.com"))
    assert (result.matched_by, result.files) == ("account", 1)
    view = services.appeals.view(cli_admin, result.appeal_id)
    assert (view.channel, view.customer_id, view.topic) == (Channel.WEBFORM, ivanov,
                                                            "Перерасчёт")
    assert view.details["contact_phone"] == "+79141234567"
    with pytest.raises(AlreadyImportedError):
        services.appeal_import.import_webform(cli_admin, webform_json())


def test_a_malformed_webform_saves_nothing(services: Services, cli_admin: Principal) -> None:
    for broken in (webform_json(message=None), b"not json at all",
                   webform_json(attachments=[{"name": "x", "content_base64": "!!"}])):
        with pytest.raises(ValidationError):
            services.appeal_import.import_webform(cli_admin, broken)
    with services.database.sessions() as session:
        for model in (Appeal, AppealAttachment, AttachmentBlob, JournalCounter):
            assert session.scalar(select(func.count()).select_from(model)) == 0


def test_an_unknown_topic_code_registers_without_a_topic_and_says_so(
        services: Services, cli_admin: Principal) -> None:
    result = services.appeal_import.import_webform(
        cli_admin, webform_json(topic="no.such.topic"))
    assert result.notes and "no.such.topic" in result.notes[0]
    view = services.appeals.view(cli_admin, result.appeal_id)
    assert view.topic_code is None and "topic" in {item.key for item in view.missing}


# -- the commands ------------------------------------------------------------------------------
def test_import_commands(database_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    url = database_url.render_as_string(hide_password=False)
    database = connect(database_url)
    add_customers(database, IVANOV)
    database.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    letter, form, broken = tmp_path / "письмо.eml", tmp_path / "form.json", tmp_path / "bad.json"
    letter.write_bytes(koi8_eml())
    form.write_bytes(webform_json(email="new@example.com", phone=None, account=None))
    broken.write_bytes(webform_json(name=None))
    assert main(["--database", url, "import", "eml", str(letter)]) == 0
    out = capsys.readouterr().out
    assert "зарегистрировано обращение" in out and "по адресу электронной почты" in out
    assert main(["--database", url, "import", "eml", str(letter)]) == 0  # a re-run skips it
    assert "пропущен — это сообщение уже зарегистрировано" in capsys.readouterr().out
    assert main(["--database", url, "import", "webform", str(form), str(broken),
                 str(tmp_path / "missing.json")]) == EXIT_USER_ERROR
    captured = capsys.readouterr()
    assert "отправитель не найден" in captured.out
    assert "bad.json: не зарегистрировано — Обращение с сайта не принято: поле «name» " \
           "обязательно." in captured.err
    assert "missing.json: не прочитать файл" in captured.err
    assert "Traceback" not in captured.err
