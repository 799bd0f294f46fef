"""The phases of a call the regulation times (SLA-1…SLA-5), TEL-3's two minutes, and how a call
ends — pure definitions the call panel and the call service share.

One key per phase in the panel, and the key is the rule's number: Ctrl+1 waiting (SLA-1),
Ctrl+2 finding the customer's information (SLA-2), Ctrl+3 informing (SLA-3), Ctrl+4 wrap-up
(SLA-4), Ctrl+5 connecting to a specialist — consulting or transferring (SLA-5).
"""

from __future__ import annotations

import enum

from workstation.errors import ValidationError


class CallPhase(enum.StrEnum):
    WAITING = "waiting"
    LOOKUP = "lookup"
    INFORMING = "informing"
    WRAP_UP = "wrap_up"
    SPECIALIST = "specialist"

    @property
    def rule(self) -> str:
        return PHASE_RULES[self]

    @property
    def label(self) -> str:
        return PHASE_LABELS[self]


PHASE_RULES = {
    CallPhase.WAITING: "SLA-1",
    CallPhase.LOOKUP: "SLA-2",
    CallPhase.INFORMING: "SLA-3",
    CallPhase.WRAP_UP: "SLA-4",
    CallPhase.SPECIALIST: "SLA-5",
}
PHASE_LABELS = {
    CallPhase.WAITING: "ожидание ответа",
    CallPhase.LOOKUP: "поиск информации о потребителе",
    CallPhase.INFORMING: "предоставление информации",
    CallPhase.WRAP_UP: "постобработка",
    CallPhase.SPECIALIST: "соединение со специалистом",
}
# TEL-3: an answer that takes longer to prepare is replaced by a promised callback.
PREPARE_RULE = ("TEL-3", "prepare")
# The phases during which the answer is being prepared (TEL-3's clock runs).
PREPARING = frozenset({CallPhase.INFORMING, CallPhase.SPECIALIST})


class SpecialistMode(enum.StrEnum):
    """TEL-2, TEL-4: a complex question goes to a specialist — never "call another number"."""

    CONSULT = "consult"  # the operator asks and relays the answer
    TRANSFER = "transfer"  # the customer is connected to the specialist


class CallOutcome(enum.StrEnum):
    ANSWERED = "answered"  # answered on the line: the appeal is registered and closed
    CALLBACK = "callback"  # TEL-3: a callback promised at an agreed time
    FOLLOW_UP = "follow_up"  # needs further work (a written reply, a visit …)
    TRANSFERRED = "transferred"  # TEL-2: the specialist took the call over
    NO_APPEAL = "no_appeal"  # a wrong number, silence, a dropped line: nothing to register

    @property
    def registers_appeal(self) -> bool:
        return self is not CallOutcome.NO_APPEAL

    @property
    def label(self) -> str:
        return {CallOutcome.ANSWERED: "ответ дан во время звонка",
                CallOutcome.CALLBACK: "обещан обратный звонок",
                CallOutcome.FOLLOW_UP: "требуется дальнейшая работа",
                CallOutcome.TRANSFERRED: "переведён на специалиста",
                CallOutcome.NO_APPEAL: "без обращения"}[self]


def check_phase_change(current: CallPhase, target: CallPhase) -> None:
    """Waiting only comes first: once the call is answered, the clock of SLA-1 has stopped."""
    if target is CallPhase.WAITING and current is not CallPhase.WAITING:
        raise ValidationError("Звонок уже принят: к ожиданию ответа (SLA-1) не вернуться.")
