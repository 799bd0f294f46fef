"""Which panes exist and who sees them. A pane is listed here when the issue that builds it lands
(no placeholders): later issues add the customer lookup, the answer library, the SLA countdown."""

from __future__ import annotations

from ui.panes.answer_library_pane import AnswerLibraryPane
from ui.panes.answer_review_pane import AnswerReviewPane
from ui.panes.appeal_editor_pane import AppealEditorPane
from ui.panes.audit_pane import AuditPane
from ui.panes.base import DeskPane
from ui.panes.calendar_pane import CalendarPane
from ui.panes.call_pane import CallPane
from ui.panes.customer_card import CustomerCardPane
from ui.panes.deadline_board_pane import DeadlineBoardPane
from ui.panes.lookup_pane import LookupPane
from ui.panes.sla_pane import SlaPane
from ui.panes.users_pane import UsersPane
from ui.panes.work_queues_pane import WorkQueuesPane
from workstation.roles import Principal

PANE_TYPES: tuple[type[DeskPane], ...] = (
    LookupPane, CustomerCardPane,
    UsersPane, AuditPane, CalendarPane, AnswerLibraryPane, AnswerReviewPane, SlaPane,
    DeadlineBoardPane, CallPane, AppealEditorPane, WorkQueuesPane,
)


def pane_types_for(principal: Principal) -> list[type[DeskPane]]:
    return [pane for pane in PANE_TYPES if pane.visible_to(principal)]
