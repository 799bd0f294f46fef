"""The deadline engine on the database (SQLite and PostgreSQL): the seeded rules, registering
appeals, pauses, extensions (SLA-8, CMP-3), customers' zones, calendar overrides, the lists."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from db.models import Appeal, AuditEntry, Deadline, DeadlinePause
from tests.helpers.deadlines import add_appeal, add_customer_in, add_user
from workstation.appeal_deadlines import appeal_status_changed, register_open_appeals
from workstation.appeals import AppealStatus
from workstation.clock import FakeClock
from workstation.deadline_math import DeadlineState, countdown
from workstation.deadlines import DeadlineEnvironment, DeadlineRegistry, SubjectType
from workstation.errors import PermissionDeniedError, ValidationError
from workstation.roles import Principal
from workstation.services import Services

MSK = ZoneInfo("Europe/Moscow")
SAKHALIN = ZoneInfo("Asia/Sakhalin")
KALININGRAD = ZoneInfo("Europe/Kaliningrad")
MONDAY_NOON = datetime(2026, 3, 2, 12, 0, tzinfo=MSK)  # the clock fixture's moment



@pytest.fixture
def registry(clock: FakeClock) -> DeadlineRegistry:
    return DeadlineRegistry(clock)


def deadlines_of(services: Services, appeal_id: object) -> dict[str, Deadline]:
    with services.database.sessions() as session:
        rows = session.scalars(select(Deadline).where(Deadline.subject_id == appeal_id))
        return {row.rule_code: row for row in rows}


def change_status(services: Services, registry: DeadlineRegistry, appeal_id: object,
                  old: AppealStatus, new: AppealStatus) -> None:
    with services.database.sessions.begin() as session:
        appeal = session.get(Appeal, appeal_id)
        assert appeal is not None
        appeal.status = new.value
        appeal_status_changed(registry, session, appeal, old, new)


# -- the rules in the database ---------------------------------------------------------------
# SLA-1…SLA-10, TEL-3 and CMP-2 as REGULATIONS.md gives them (one database for all of them).
DEFAULTS = {
    ("SLA-1", ""): ("seconds", 40),
    ("SLA-2", ""): ("seconds", 45),
    ("SLA-3", ""): ("seconds", 300),
    ("SLA-3", "specialist"): ("seconds", 600),
    ("SLA-4", ""): ("seconds", 300),
    ("SLA-5", ""): ("seconds", 40),
    ("SLA-6", ""): ("calendar_days", 1),
    ("SLA-7", ""): ("calendar_days", 10),
    ("SLA-8", ""): ("calendar_days", 10),
    ("SLA-9", "phone"): ("working_days", 5),
    ("SLA-9", "post"): ("working_days", 30),
    ("SLA-10", ""): ("after_opening", 180),
    ("TEL-3", "prepare"): ("seconds", 120),
    ("TEL-3", "hold"): ("seconds", 600),
    ("TEL-3", "callback"): ("minutes", 5),  # revision 0007: from the promised time
    ("CMP-2", ""): ("minutes", 60),
}


def test_a_new_database_holds_the_default_rules_SLA_1_to_SLA_10_TEL_3_CMP_2(
        services: Services) -> None:
    book = services.deadline_rules.rule_book()
    seeded = {rule.key: (rule.unit.value, rule.amount) for rule in book.all_current()}
    assert seeded == DEFAULTS
    assert all(rule.revision == 1 for rule in book.all_current())
    assert book.current("SLA-10").window_start == 120  # SLA-10: 2–3 h after opening
    # SLA-6/7/8: a last day off moves to the next working day.
    assert all(book.current(code).roll_forward for code in ("SLA-6", "SLA-7", "SLA-8"))
    assert book.current("SLA-9", "phone").customer_hours  # TEL-8: the caller's hours


# -- registering appeals ---------------------------------------------------------------------
def test_SLA_6_and_SLA_7_start_when_a_letter_is_registered(
        services: Services, registry: DeadlineRegistry) -> None:
    appeal_id = add_appeal(services.database, "2026-000001", MONDAY_NOON, register=registry)
    rows = deadlines_of(services, appeal_id)
    assert set(rows) == {"SLA-6", "SLA-7"}
    assert rows["SLA-6"].due_at == datetime(2026, 3, 3, 18, 0, tzinfo=MSK)
    assert rows["SLA-7"].due_at == datetime(2026, 3, 12, 18, 0, tzinfo=MSK)
    assert rows["SLA-7"].title == "2026-000001 · Перерасчёт"
    assert rows["SLA-7"].rule_revision == 1


def test_registering_twice_does_not_restart_the_clock(
        services: Services, registry: DeadlineRegistry, clock: FakeClock) -> None:
    appeal_id = add_appeal(services.database, "2026-000001", MONDAY_NOON, register=registry)
    clock.advance(timedelta(days=3))
    with services.database.sessions.begin() as session:
        appeal = session.get(Appeal, appeal_id)
        assert appeal is not None
        from workstation.appeal_deadlines import register_appeal
        register_appeal(registry, session, appeal)
    assert deadlines_of(services, appeal_id)["SLA-7"].due_at == datetime(2026, 3, 12, 18, 0,
                                                                         tzinfo=MSK)


def test_CMP_2_an_urgent_complaint_gets_the_hour_and_is_met_when_taken_into_work(
        services: Services, registry: DeadlineRegistry, clock: FakeClock) -> None:
    appeal_id = add_appeal(services.database, "2026-000002", MONDAY_NOON, urgency="urgent",
                           register=registry)
    rows = deadlines_of(services, appeal_id)
    assert rows["CMP-2"].due_at == MONDAY_NOON + timedelta(minutes=60)
    assert all(row.urgent for row in rows.values())
    clock.advance(timedelta(minutes=20))
    change_status(services, registry, appeal_id, AppealStatus.REGISTERED,
                  AppealStatus.IN_PROGRESS)
    rows = deadlines_of(services, appeal_id)
    assert rows["CMP-2"].met is True and rows["SLA-6"].met is True
    assert rows["SLA-7"].status == "running"


def test_SLA_9_a_voicemail_from_sakhalin_is_answered_by_its_calling_hours(
        services: Services, registry: DeadlineRegistry) -> None:
    customer = add_customer_in(services.database, "Asia/Sakhalin", "Сахалинская область")
    start = datetime(2024, 4, 25, 10, 0, tzinfo=MSK)
    appeal_id = add_appeal(services.database, "2024-000003", start, channel="voicemail",
                           customer_id=customer, register=registry)
    row = deadlines_of(services, appeal_id)["SLA-9"]
    assert row.customer_zone == "Asia/Sakhalin"
    assert row.rule_variant == "phone"
    assert row.due_at == datetime(2024, 5, 6, 17, 30, tzinfo=SAKHALIN)


def test_SLA_9_a_voicemail_from_kaliningrad_answered_by_post(
        services: Services, registry: DeadlineRegistry) -> None:
    customer = add_customer_in(services.database, "Europe/Kaliningrad")
    start = datetime(2024, 4, 25, 10, 0, tzinfo=MSK)
    appeal_id = add_appeal(services.database, "2024-000004", start, channel="voicemail",
                           customer_id=customer, register=registry, answer_by_post=True)
    row = deadlines_of(services, appeal_id)["SLA-9"]
    assert (row.rule_variant, row.customer_zone) == ("post", "Europe/Kaliningrad")
    # A letter is due at our closing time, wherever the customer lives.
    assert row.due_at.astimezone(MSK).time().hour == 18


# -- pauses ----------------------------------------------------------------------------------
def test_WR_2_clarification_pauses_and_resuming_moves_the_due_time(
        services: Services, registry: DeadlineRegistry, clock: FakeClock) -> None:
    appeal_id = add_appeal(services.database, "2026-000005", MONDAY_NOON, register=registry)
    clock.set(datetime(2026, 3, 4, 11, 0, tzinfo=MSK))
    change_status(services, registry, appeal_id, AppealStatus.REGISTERED,
                  AppealStatus.CLARIFICATION)
    paused = deadlines_of(services, appeal_id)["SLA-7"]
    assert paused.status == "paused" and paused.paused_at == clock.now()
    state = countdown(paused.due_at, clock.now() + timedelta(days=30),
                      timedelta(seconds=paused.due_soon_seconds), paused.paused_at)
    assert state.state is DeadlineState.PAUSED  # never overdue while the clock stands

    clock.set(datetime(2026, 3, 6, 15, 0, tzinfo=MSK))
    change_status(services, registry, appeal_id, AppealStatus.CLARIFICATION,
                  AppealStatus.IN_PROGRESS)
    rows = deadlines_of(services, appeal_id)
    # Two days not counted: 12.03 → 14.03, a Saturday → Monday 16.03.
    assert rows["SLA-7"].status == "running" and rows["SLA-7"].paused_at is None
    assert rows["SLA-7"].due_at == datetime(2026, 3, 16, 18, 0, tzinfo=MSK)
    assert rows["SLA-6"].status == "done"  # handed over on leaving the clarification
    with services.database.sessions() as session:
        pauses = list(session.scalars(select(DeadlinePause).where(
            DeadlinePause.deadline_id == rows["SLA-7"].id)))
    assert [(p.paused_at.astimezone(MSK).day, p.resumed_at and p.resumed_at.astimezone(MSK).day)
            for p in pauses] == [(4, 6)]


def test_the_reply_sent_meets_the_deadline_or_records_the_breach(
        services: Services, registry: DeadlineRegistry, clock: FakeClock) -> None:
    on_time = add_appeal(services.database, "2026-000006", MONDAY_NOON, register=registry)
    late = add_appeal(services.database, "2026-000007", MONDAY_NOON, register=registry)
    clock.set(datetime(2026, 3, 12, 17, 0, tzinfo=MSK))
    change_status(services, registry, on_time, AppealStatus.APPROVED, AppealStatus.SENT)
    clock.set(datetime(2026, 3, 13, 9, 0, tzinfo=MSK))
    change_status(services, registry, late, AppealStatus.APPROVED, AppealStatus.SENT)
    assert deadlines_of(services, on_time)["SLA-7"].met is True
    assert deadlines_of(services, late)["SLA-7"].met is False


# -- SLA-8 and CMP-3 -------------------------------------------------------------------------
def test_SLA_8_extension_within_the_limit_with_a_reason_and_a_notice_owed(
        services: Services, registry: DeadlineRegistry, clock: FakeClock) -> None:
    specialist = add_user(services, "specialist")
    appeal_id = add_appeal(services.database, "2026-000008", MONDAY_NOON,
                           assignee_id=specialist.user_id, register=registry)
    row = deadlines_of(services, appeal_id)["SLA-7"]
    clock.set(datetime(2026, 3, 10, 9, 0, tzinfo=MSK))
    view = services.deadlines.extend(specialist, row.id, row.version, 6, "нужен акт проверки")
    assert view.due_at == datetime(2026, 3, 18, 18, 0, tzinfo=MSK)
    with pytest.raises(ValidationError, match=r"не больше чем на 10 дн\..*осталось 4"):
        services.deadlines.extend(specialist, row.id, view.version, 5, "ещё")
    view = services.deadlines.extend(specialist, row.id, view.version, 4, "ответ сетевой")
    assert view.due_at == datetime(2026, 3, 23, 18, 0, tzinfo=MSK)  # 22.03 is a Sunday
    notices = services.deadlines.pending_notices()
    assert [(n.days, n.reason) for n in notices] == [(6, "нужен акт проверки"),
                                                     (4, "ответ сетевой")]
    services.deadlines.mark_notified([notices[0].id])
    assert len(services.deadlines.pending_notices()) == 1
    with services.database.sessions() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "deadline.extend")))
    assert len(actions) == 2


def test_SLA_8_refuses_without_reason_after_expiry_for_calls_and_for_operators(
        services: Services, registry: DeadlineRegistry, clock: FakeClock) -> None:
    specialist = add_user(services, "specialist")
    operator = add_user(services, "operator")
    appeal_id = add_appeal(services.database, "2026-000009", MONDAY_NOON, register=registry)
    rows = deadlines_of(services, appeal_id)
    with pytest.raises(PermissionDeniedError):
        services.deadlines.extend(operator, rows["SLA-7"].id, rows["SLA-7"].version, 1, "x")
    with pytest.raises(ValidationError, match="причину"):
        services.deadlines.extend(specialist, rows["SLA-7"].id, rows["SLA-7"].version, 1, " ")
    with pytest.raises(ValidationError, match="SLA-6 не продлевается"):
        services.deadlines.extend(specialist, rows["SLA-6"].id, rows["SLA-6"].version, 1, "x")
    clock.set(datetime(2026, 3, 13, 9, 0, tzinfo=MSK))
    with pytest.raises(ValidationError, match="уже истёк"):
        services.deadlines.extend(specialist, rows["SLA-7"].id, rows["SLA-7"].version, 1, "x")


# -- rules change --------------------------------------------------------------------------------
def test_a_rule_edit_takes_effect_for_new_deadlines_and_keeps_history(
        services: Services, registry: DeadlineRegistry, clock: FakeClock) -> None:
    from workstation.deadline_rule_store import RuleChange

    supervisor = add_user(services, "supervisor")
    before = add_appeal(services.database, "2026-000010", MONDAY_NOON, register=registry)
    clock.advance(timedelta(minutes=5))
    new = services.deadline_rules.change(supervisor, "SLA-7", "", 1, RuleChange(amount=15),
                                         "приказ № 12 о сроках")
    assert (new.revision, new.amount, new.changed_by) == (2, 15, "kuznetsov")
    after = add_appeal(services.database, "2026-000011", clock.now(), register=registry)
    assert deadlines_of(services, before)["SLA-7"].due_at == datetime(2026, 3, 12, 18, 0,
                                                                      tzinfo=MSK)
    row = deadlines_of(services, after)["SLA-7"]
    assert (row.rule_revision, row.due_at) == (2, datetime(2026, 3, 17, 18, 0, tzinfo=MSK))
    history = services.deadline_rules.history("SLA-7")
    assert [(r.revision, r.amount) for r in history] == [(1, 10), (2, 15)]
    assert history[1].reason == "приказ № 12 о сроках"
    with services.database.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(
            AuditEntry.action == "deadline_rule.change"))
    assert entry is not None and entry.details is not None
    assert entry.details["old"]["amount"] == 10 and entry.details["new"]["amount"] == 15


def test_rule_edits_need_the_permission_a_reason_sane_values_and_fresh_data(
        services: Services) -> None:
    from workstation.deadline_rule_store import RuleChange
    from workstation.deadline_rules import Unit
    from workstation.errors import ConflictError

    supervisor = add_user(services, "supervisor")
    operator = add_user(services, "operator")
    rules = services.deadline_rules
    with pytest.raises(PermissionDeniedError):
        rules.change(operator, "SLA-2", "", 1, RuleChange(amount=60), "быстрее")
    with pytest.raises(ValidationError, match="причину"):
        rules.change(supervisor, "SLA-2", "", 1, RuleChange(amount=60), "")
    with pytest.raises(ValidationError, match="от 1 до"):
        rules.change(supervisor, "SLA-7", "", 1, RuleChange(amount=4000), "опечатка")
    with pytest.raises(ValidationError, match="родственной"):
        rules.change(supervisor, "SLA-7", "", 1, RuleChange(unit=Unit.SECONDS), "x")
    working = rules.change(supervisor, "SLA-7", "", 1, RuleChange(unit=Unit.WORKING_DAYS),
                           "считать рабочие дни")
    assert working.unit is Unit.WORKING_DAYS
    with pytest.raises(ConflictError):
        rules.change(supervisor, "SLA-7", "", 1, RuleChange(amount=12), "по старым данным")


# -- the calendar --------------------------------------------------------------------------------
def test_an_admins_calendar_override_moves_the_open_deadlines_it_touches(
        services: Services, registry: DeadlineRegistry, clock: FakeClock) -> None:
    admin = add_user(services, "admin")
    supervisor = add_user(services, "supervisor")
    clock.set(datetime(2026, 10, 20, 10, 0, tzinfo=MSK))
    # Voicemail on Tuesday 20.10.2026, by phone: five working days → Tuesday 27.10.
    appeal_id = add_appeal(services.database, "2026-000012", clock.now(), channel="voicemail",
                           register=registry)
    assert deadlines_of(services, appeal_id)["SLA-9"].due_at.date() == date(2026, 10, 27)
    with pytest.raises(PermissionDeniedError):
        services.calendar.set_override(supervisor, date(2026, 10, 23), False, "Указ")
    result = services.calendar.set_override(admin, date(2026, 10, 23), False,
                                            "Постановление о переносе № 7")
    assert result.recomputed == 1 and not result.day.working and result.library.working
    assert deadlines_of(services, appeal_id)["SLA-9"].due_at.date() == date(2026, 10, 28)
    services.calendar.remove_override(admin, date(2026, 10, 23))
    assert deadlines_of(services, appeal_id)["SLA-9"].due_at.date() == date(2026, 10, 27)
    with services.database.sessions() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.object_type == "calendar_day")))
    assert actions == ["calendar.override", "calendar.override.remove"]


# -- lists and backfill --------------------------------------------------------------------------
def test_a_persons_open_deadlines_and_the_marker_that_says_when_to_reload(
        services: Services, registry: DeadlineRegistry, clock: FakeClock) -> None:
    operator = add_user(services, "operator")
    other = add_user(services, "specialist")
    mine = add_appeal(services.database, "2026-000013", MONDAY_NOON,
                      assignee_id=operator.user_id, register=registry)
    add_appeal(services.database, "2026-000014", MONDAY_NOON, assignee_id=other.user_id,
               register=registry)
    marker = services.deadlines.marker(operator)
    views = services.deadlines.open_for(operator)
    assert [(v.title, v.rule_code) for v in views] == [("2026-000013 · Перерасчёт", "SLA-6"),
                                                        ("2026-000013 · Перерасчёт", "SLA-7")]
    assert views[1].rule_title == "Письменное: рассмотрение и ответ"
    assert services.deadlines.marker(operator) == marker
    change_status(services, registry, mine, AppealStatus.REGISTERED,
                  AppealStatus.CLARIFICATION)
    assert services.deadlines.marker(operator) != marker
    assert services.deadlines.open_for(Principal.command_line("x")) == []


def test_open_appeals_without_deadlines_get_them(services: Services,
                                                 registry: DeadlineRegistry) -> None:
    add_appeal(services.database, "2026-000015", MONDAY_NOON)
    add_appeal(services.database, "2026-000016", MONDAY_NOON, status="clarification")
    add_appeal(services.database, "2026-000017", MONDAY_NOON, status="with_specialist")
    add_appeal(services.database, "2026-000018", MONDAY_NOON, status="closed")
    with services.database.sessions.begin() as session:
        assert register_open_appeals(registry, session, batch=2) == 6
        assert register_open_appeals(registry, session) == 0  # idempotent
        rows = list(session.scalars(select(Deadline)))
    by_status = sorted((row.title[:11], row.rule_code, row.status) for row in rows)
    assert by_status == [
        ("2026-000015", "SLA-6", "running"), ("2026-000015", "SLA-7", "running"),
        ("2026-000016", "SLA-6", "paused"), ("2026-000016", "SLA-7", "paused"),
        ("2026-000017", "SLA-6", "done"), ("2026-000017", "SLA-7", "running"),
    ]


def test_call_phases_are_recorded_and_kept_out_of_the_written_list(
        services: Services, clock: FakeClock) -> None:
    import uuid

    operator = add_user(services, "operator")
    call = uuid.uuid4()
    view = services.deadlines.start_call_phase(operator, call, "SLA-2")
    assert view.due_at == clock.now() + timedelta(seconds=45)
    clock.advance(30)
    services.deadlines.end_call_phase(operator, call, "SLA-2")
    assert services.deadlines.open_for(operator) == []
    [row] = services.deadlines.for_subject(SubjectType.CALL.value, call)
    assert row.status == "done"
    with services.database.sessions() as session:
        assert session.scalar(select(Deadline.met)) is True
    with services.database.sessions() as session:
        assert DeadlineEnvironment.load(session).hours.zone == MSK
