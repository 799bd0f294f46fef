"""All tables, imported here so that one metadata knows them (Alembic compares against it)."""

from db.base import Base
from db.models.accounts import LoginState, Unit, User
from db.models.answers import AnswerEntry, AnswerTopic, AnswerUse, AnswerVersion
from db.models.appeal_files import AppealAttachment, AttachmentBlob
from db.models.appeal_work import AppealClarification, JournalCounter
from db.models.appeals import Appeal
from db.models.audit import AuditEntry
from db.models.calls import CallPhaseRecord, CallRecord
from db.models.changes import ChangeFeedEntry
from db.models.customers import (
    Account,
    Address,
    ContactPoint,
    Contract,
    Customer,
    MeterReading,
    Payment,
)
from db.models.deadlines import (
    CalendarOverride,
    Deadline,
    DeadlineExtension,
    DeadlinePause,
    DeadlineRule,
)
from db.models.lookup import Identification, IncomingCall, SearchEntry, VocabularyWord
from db.models.settings import Setting

metadata = Base.metadata

__all__ = [
    "Account",
    "Address",
    "AnswerEntry",
    "AnswerTopic",
    "AnswerUse",
    "AnswerVersion",
    "Appeal",
    "AppealAttachment",
    "AppealClarification",
    "AttachmentBlob",
    "AuditEntry",
    "Base",
    "CalendarOverride",
    "CallPhaseRecord",
    "CallRecord",
    "ChangeFeedEntry",
    "ContactPoint",
    "Contract",
    "Customer",
    "Deadline",
    "DeadlineExtension",
    "DeadlinePause",
    "DeadlineRule",
    "Identification",
    "IncomingCall",
    "JournalCounter",
    "LoginState",
    "MeterReading",
    "Payment",
    "SearchEntry",
    "Setting",
    "Unit",
    "User",
    "VocabularyWord",
    "metadata",
]
