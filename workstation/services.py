"""The services of one open database, built once and handed to the CLI or the UI."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.answer_editing import AnswerEditor
from workstation.answer_exchange import AnswerExchange
from workstation.answers import AnswerLibrary
from workstation.appeal_import import AppealImport
from workstation.appeal_queues import AppealQueues
from workstation.appeal_registration import AppealRegistration
from workstation.appeal_workflow import AppealWorkflow
from workstation.audit import AuditLog
from workstation.auth import AuthService
from workstation.calendar_overrides import CalendarService
from workstation.call_desk import CallDesk
from workstation.calls import CallService
from workstation.clock import Clock
from workstation.customer_card import CustomerCardService
from workstation.customers import CustomerService
from workstation.database import Database
from workstation.deadline_board import DeadlineBoard
from workstation.deadline_rule_store import DeadlineRuleService
from workstation.deadline_service import DeadlineService
from workstation.history import standard_history
from workstation.lookup import LookupService
from workstation.settings import SettingsService
from workstation.users import UserService


@dataclass(frozen=True)
class Services:
    database: Database
    clock: Clock
    audit: AuditLog
    auth: AuthService
    users: UserService
    settings: SettingsService
    lookup: LookupService
    cards: CustomerCardService
    customers: CustomerService
    calls: CallService
    answers: AnswerLibrary
    answer_editor: AnswerEditor
    answer_exchange: AnswerExchange
    deadlines: DeadlineService
    deadline_rules: DeadlineRuleService
    deadline_board: DeadlineBoard
    calendar: CalendarService
    # Appeals and calls (issue 6).
    appeals: AppealRegistration
    appeal_workflow: AppealWorkflow
    appeal_import: AppealImport
    queues: AppealQueues
    call_desk: CallDesk

    @classmethod
    def create(cls, database: Database, clock: Clock) -> Services:
        audit = AuditLog(database.sessions, clock)
        editor = AnswerEditor(database.sessions, clock, audit)
        appeals = AppealRegistration(database.sessions, clock, audit)
        workflow = AppealWorkflow(database.sessions, clock, audit)
        return cls(
            database=database,
            clock=clock,
            audit=audit,
            auth=AuthService(database.sessions, clock, audit),
            users=UserService(database.sessions, clock, audit),
            settings=SettingsService(database.sessions, audit),
            lookup=LookupService(database.sessions, clock, audit),
            cards=CustomerCardService(database.sessions, clock, audit, standard_history()),
            customers=CustomerService(database.sessions, clock, audit),
            calls=CallService(database.sessions, clock, audit),
            answers=AnswerLibrary(database.sessions, clock),
            answer_editor=editor,
            answer_exchange=AnswerExchange(database.sessions, clock, audit, editor),
            deadlines=DeadlineService(database.sessions, clock, audit),
            deadline_rules=DeadlineRuleService(database.sessions, clock, audit),
            deadline_board=DeadlineBoard(database.sessions, clock),
            calendar=CalendarService(database.sessions, clock, audit),
            appeals=appeals,
            appeal_workflow=workflow,
            appeal_import=AppealImport(database.sessions, clock, appeals),
            queues=AppealQueues(database.sessions),
            call_desk=CallDesk(database.sessions, clock, audit, appeals, workflow),
        )
