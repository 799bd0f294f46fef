"""Registering appeals from every channel (CH-1, CH-3): required fields, journal numbers,
categories (CH-2), files, deadlines and the audit — on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from db.models import (
    Appeal,
    AppealAttachment,
    AttachmentBlob,
    AuditEntry,
    ChangeFeedEntry,
    Deadline,
)
from tests.helpers.appeals import FILES, RECEIVED, complete_draft
from tests.helpers.customers import IVANOV, add_customers
from tests.helpers.deadlines import add_user
from tests.helpers.errors import assert_readable
from workstation.appeal_fields import Need, missing_fields
from workstation.appeals import AppealStatus, Category, Channel, Urgency
from workstation.attachments import NewAttachment
from workstation.clock import FakeClock
from workstation.errors import ConflictError, PermissionDeniedError, ValidationError
from workstation.roles import Principal
from workstation.services import Services


@pytest.fixture
def operator(services: Services) -> Principal:
    return add_user(services, "operator")


# -- each channel's required fields (CH-1, CH-3) ---------------------------------------------
# What the desk always has in hand: without it the service refuses to register.
REGISTER_NEEDS = {
    Channel.CALL: {"line"},
    Channel.VOICEMAIL: {"attachments"},
    Channel.POST: {"incoming_number", "incoming_date"},
    Channel.EMAIL: {"from_address"},
    Channel.CHAT: {"body"},
    Channel.WEBFORM: {"body"},
}


def test_CH_3_each_channel_registers_with_its_required_fields(
        services: Services, operator: Principal) -> None:
    [customer] = add_customers(services.database, IVANOV)
    for number, channel in enumerate(Channel, start=1):
        draft = complete_draft(channel, customer_id=customer)
        assert missing_fields(replace(draft, attachments=len(FILES.get(channel, [])))) == []
        view = services.appeals.register(operator, draft, FILES.get(channel, []))
        assert view.journal_number == f"2026-{number:06d}"
        assert (view.status, view.channel) == (AppealStatus.REGISTERED, channel)
        assert view.registered_at == services.clock.now()
        assert view.received_at == RECEIVED
        assert view.assignee_id == operator.user_id  # it lands in "my appeals"
        assert view.topic == "Перерасчёт"  # the title of the library's topic
        assert view.missing == []


def test_CH_3_registration_is_refused_without_what_the_desk_always_has(
        services: Services, operator: Principal) -> None:
    for channel, keys in REGISTER_NEEDS.items():
        for key in keys:
            draft = complete_draft(channel)
            if key == "body":
                draft = replace(draft, body="")
            elif key != "attachments":
                draft = replace(draft, details={k: v for k, v in draft.details.items()
                                                if k != key})
            files = [] if key == "attachments" else FILES.get(channel, [])
            with pytest.raises(ValidationError, match="не зарегистрировано") as caught:
                services.appeals.register(operator, draft, files)
            assert_readable(caught.value)
    with services.database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Appeal)) == 0


# Missing for processing (WR-2, QA-1): registered anyway, listed for the operator.
PROCESS_NEEDS = {
    Channel.CALL: ["phone"],
    Channel.VOICEMAIL: ["callback_number", "caller_name", "account_or_address"],
    Channel.POST: ["sender_name", "sender_address"],
    Channel.EMAIL: [],
    Channel.CHAT: ["chat_contact"],
    Channel.WEBFORM: ["sender_name"],
}


def test_WR_2_missing_data_is_listed_per_channel_and_does_not_stop_registration(
        services: Services, operator: Principal) -> None:
    for channel, lacking in PROCESS_NEEDS.items():
        draft = complete_draft(channel, topic_code=None)
        details = {k: v for k, v in draft.details.items() if k not in lacking}
        if channel is Channel.WEBFORM:
            details.pop("contact_email")
        if channel is Channel.EMAIL:
            draft = replace(draft, subject="")
        files = FILES[channel] if channel is Channel.VOICEMAIL else []
        view = services.appeals.register(operator, replace(draft, details=details), files)
        expected = {"customer", "topic", *lacking}
        expected |= {"attachments"} if channel is Channel.POST else set()
        expected |= {"contact"} if channel is Channel.WEBFORM else set()
        expected |= {"subject"} if channel is Channel.EMAIL else set()
        assert {item.key for item in view.missing} == expected, channel
        assert all(item.need is Need.PROCESS for item in view.missing)


def test_details_are_checked_and_normalised(services: Services, operator: Principal) -> None:
    view = services.appeals.register(operator, complete_draft(Channel.VOICEMAIL),
                                     FILES[Channel.VOICEMAIL])
    assert view.details["callback_number"] == "+79141234567"
    bad_phone = complete_draft(Channel.CALL, details={"line": "hot_line", "phone": "12"})
    with pytest.raises(ValidationError, match="Поле «номер телефона звонящего»"):
        services.appeals.register(operator, bad_phone)
    future = complete_draft(Channel.POST)
    future = replace(future, details={**future.details, "incoming_date": "2026-03-05"})
    with pytest.raises(ValidationError, match="ещё не наступила"):
        services.appeals.register(operator, future)
    with pytest.raises(ValidationError, match="недопустимое значение"):
        services.appeals.register(operator, complete_draft(Channel.CALL,
                                                           details={"line": "pigeon"}))


# -- categories (CH-2) -------------------------------------------------------------------------
CH_2_DEFAULTS = {Channel.CHAT: Category.A, Channel.POST: Category.B, Channel.EMAIL: Category.B,
                 Channel.WEBFORM: Category.B, Channel.VOICEMAIL: Category.C,
                 Channel.CALL: Category.D}


def test_CH_2_category_comes_from_the_channel(services: Services, operator: Principal) -> None:
    for channel, category in CH_2_DEFAULTS.items():
        view = services.appeals.register(operator, complete_draft(channel),
                                         FILES.get(channel, []))
        assert view.category is category, channel


def test_CH_2_an_administrator_changes_the_mapping(services: Services, operator: Principal,
                                                  cli_admin: Principal) -> None:
    services.settings.set(cli_admin, "appeals.category.chat", "C")
    with pytest.raises(ValidationError, match="одна из букв"):
        services.settings.set(cli_admin, "appeals.category.email", "Z")
    with pytest.raises(PermissionDeniedError):
        services.settings.set(operator, "appeals.category.email", "A")
    view = services.appeals.register(operator, complete_draft(Channel.CHAT))
    assert view.category is Category.C


# -- files -------------------------------------------------------------------------------------
def test_files_are_kept_in_the_database_once_per_content(services: Services,
                                                         operator: Principal) -> None:
    scan = NewAttachment.named("C:\\Scans\\page 1.pdf", b"%PDF-1.4 the same scan")
    first = services.appeals.register(operator, complete_draft(Channel.POST), [scan])
    second = services.appeals.register(operator, complete_draft(Channel.POST), [scan])
    assert [a.file_name for a in first.attachments] == ["page 1.pdf"]
    assert first.attachments[0].media_type == "application/pdf"
    with services.database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 1
        assert session.scalar(select(func.count()).select_from(AppealAttachment)) == 2
    data = services.appeals.file_content(operator, second.id, second.attachments[0].id)
    assert data == b"%PDF-1.4 the same scan"
    later = services.appeals.add_files(operator, first.id, first.version,
                                       [NewAttachment.named("page 2.pdf", b"%PDF page 2")])
    assert later.version == first.version + 1  # other desks see the change (change feed)
    assert len(later.attachments) == 2
    fewer = services.appeals.remove_file(operator, later.id, later.version,
                                         later.attachments[0].id)
    assert [a.file_name for a in fewer.attachments] == ["page 2.pdf"]


def test_a_file_over_the_limit_is_refused_and_nothing_is_saved(
        services: Services, operator: Principal, cli_admin: Principal) -> None:
    services.settings.set(cli_admin, "appeals.attachment_max_mb", 1)
    big = NewAttachment.named("huge.tif", b"x" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError, match="больше 1 МБ"):
        services.appeals.register(operator, complete_draft(Channel.POST), [big])
    view = services.appeals.register(operator, complete_draft(Channel.POST), FILES[Channel.POST])
    assert view.journal_number == "2026-000001"  # the refused one consumed no number


# -- what registration writes beside the appeal ---------------------------------------------------
def test_registration_starts_deadlines_audits_and_feeds_other_desks(
        services: Services, operator: Principal) -> None:
    view = services.appeals.register(operator, complete_draft(Channel.EMAIL,
                                                              urgency=Urgency.URGENT))
    with services.database.sessions() as session:
        rules = set(session.scalars(select(Deadline.rule_code)
                                    .where(Deadline.subject_id == view.id)))
        assert rules == {"SLA-6", "SLA-7", "CMP-2"}
        audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "appeal.register"))
        assert audit is not None and audit.details is not None
        assert audit.details["number"] == view.journal_number
        assert audit.actor_login == operator.login
        feed = session.scalars(select(ChangeFeedEntry.kind).where(
            ChangeFeedEntry.table_name == "appeals", ChangeFeedEntry.row_id == view.id)).all()
        assert feed == ["insert"]


def test_the_editor_saves_changes_with_optimistic_locking(services: Services,
                                                         operator: Principal) -> None:
    [customer] = add_customers(services.database, IVANOV)
    view = services.appeals.register(operator, complete_draft(Channel.POST, topic_code=None),
                                     FILES[Channel.POST])
    changed = services.appeals.update(operator, view.id, view.version, replace(
        view.as_draft(), customer_id=customer, topic_code="meters", topic="",
        urgency=Urgency.URGENT))
    assert (changed.customer_name, changed.topic, changed.urgency) == (
        "Иванов Иван Иванович", "Приборы учёта", Urgency.URGENT)
    assert changed.version == view.version + 1
    with pytest.raises(ConflictError):
        services.appeals.update(operator, view.id, view.version, view.as_draft())
    with pytest.raises(ValidationError, match="Канал"):
        services.appeals.update(operator, view.id, changed.version,
                                replace(changed.as_draft(), channel=Channel.EMAIL))
    with services.database.sessions() as session:
        assert "CMP-2" in set(session.scalars(select(Deadline.rule_code)
                                              .where(Deadline.subject_id == view.id)))
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "appeal.update"))
        assert entry is not None and entry.details is not None
        # Field names only, never their values: they are personal data (152-FZ).
        assert "Иванов" not in str(entry.details)


def test_signers_and_administrators_do_not_register_appeals(services: Services) -> None:
    signer = add_user(services, "operator", login="orlova")
    signer = replace(signer, roles=frozenset({next(iter(signer.roles)).__class__("signer")}))
    with pytest.raises(PermissionDeniedError):
        services.appeals.register(signer, complete_draft(Channel.CHAT))


def test_a_received_time_in_the_future_is_refused(services: Services, operator: Principal,
                                                 clock: FakeClock) -> None:
    draft = complete_draft(Channel.CHAT, received_at=clock.now().replace(hour=23))
    with pytest.raises(ValidationError, match="ещё не наступила"):
        services.appeals.register(operator, draft)
