"""The call panel (TEL-1…TEL-4, TEL-6): opens when the desk takes a call; shows the answer
library's script strip (greeting with the recording warning, closing), records the phases of
SLA-1…SLA-5 with one key each and drives the SLA pane's countdown; notes are an insertion target
for the answer library; TEL-3 asks for a callback time once preparing the answer passes two
minutes; wrap-up ends with the outcome and registers the appeal.

Everything typed is saved as a draft while typing and at once when the panel is hidden, and
the panel restores an unfinished call when it opens again.

Keys: Ctrl+1 … Ctrl+5 the phases (anywhere in the window while a call is open); in the panel
Ctrl+Return finishes the call, Ctrl+N opens it for a call the telephony did not announce.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import palette
from ui.call_form import CallForm
from ui.call_phase_bar import ORDER, CallPhaseBar
from ui.call_script_strip import CallScriptStrip
from ui.draft_saver import DraftSaver
from ui.icons import icon, make_primary
from ui.insertion import InsertionTargets, insertion_targets
from ui.panes.base import DeskPane, PaneContext
from workstation.answer_types import USE_SHORT, TopicInfo
from workstation.call_desk import CallState
from workstation.call_phases import CallOutcome, CallPhase
from workstation.call_script import CallScript, call_script
from workstation.calls import OfferedCall
from workstation.errors import DomainError
from workstation.formatting import format_datetime, format_time
from workstation.roles import Role

TICK_MS = 1000
CALL_KEY = "call-pane"


class CallPane(DeskPane):
    OBJECT_NAME = "call-pane"
    ROLES = frozenset({Role.OPERATOR, Role.SPECIALIST, Role.SUPERVISOR})
    AREA = Qt.DockWidgetArea.LeftDockWidgetArea
    SHORTCUT = "Ctrl+Shift+T"
    ICON = "call-phase"

    phase_started = Signal(str, object)  # the rule ("SLA-2"), when the phase started
    phase_ended = Signal()
    appeal_registered = Signal(object)  # the appeal's id

    def __init__(self, context: PaneContext, parent: QWidget | None = None, *,
                 tick_timer: QTimer | None = None, save_timer: QTimer | None = None,
                 targets: InsertionTargets | None = None) -> None:
        super().__init__(context, parent)
        self.call: CallState | None = None
        self.card_pane: DeskPane | None = None
        self.sla_pane: Any = None  # issue 7's SlaPane, when the desk has one
        self._countdown_pending: tuple[str, Any] | None = None
        self.targets = targets or insertion_targets()
        self.saver = DraftSaver(context.runner, self, timer=save_timer)
        self.saver.saved.connect(self._draft_saved)
        self.saver.failed.connect(lambda error: self._say(error.message, "warning"))
        self.script_strip = CallScriptStrip()
        self.form = CallForm(context.zone)
        self.form.changed.connect(self.saver.changed)
        # The key is the rule's number: Ctrl+4 is wrap-up (SLA-4), Ctrl+5 the specialist (SLA-5).
        titles = {CallPhase.WAITING: self.tr("Waiting"), CallPhase.LOOKUP: self.tr("Lookup"),
                  CallPhase.INFORMING: self.tr("Informing"),
                  CallPhase.SPECIALIST: self.tr("Specialist"),
                  CallPhase.WRAP_UP: self.tr("Wrap-up")}
        self.phase_actions = {phase: self._phase_action(phase, titles[phase]) for phase in ORDER}
        self.phase_bar = CallPhaseBar(self.phase_actions)
        self.caller_label = QLabel(self.tr("No call in progress"))
        self.caller_label.setObjectName("call-caller")
        self.caller_label.setProperty("role", "heading")
        self.times_label = QLabel()
        self.times_label.setProperty("role", "secondary")
        self.tel3_label = QLabel()
        self.tel3_label.setObjectName("call-tel3")
        self.tel3_label.setWordWrap(True)
        self.tel3_label.hide()
        self.finish_action = self.pane_action(self.tr("&Finish the call"), "hang-up",
                                          "Ctrl+Return", self.finish)
        self.new_action = self.pane_action(self.tr("&New call (the phone rings)"), "new-call",
                                       "Ctrl+N", self.new_call)
        self.finish_button = QPushButton(self.tr("Finish the call"))
        self.finish_button.setObjectName("call-finish")
        make_primary(self.finish_button, "hang-up")
        self.finish_button.clicked.connect(self.finish_action.trigger)
        self.new_button = QPushButton(icon("new-call"), self.tr("New call"))
        self.new_button.clicked.connect(self.new_action.trigger)
        self._message_icon = QLabel()
        self.message_label = QLabel()
        self.message_label.setObjectName("call-message")
        self.message_label.setWordWrap(True)
        self.ticker = tick_timer if tick_timer is not None else QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self._build()
        self.targets.register(self.form.notes_edit, self.tr("Call notes"), name="call-notes",
                              prefers=USE_SHORT)
        self._show_call(None)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        message = QHBoxLayout()
        message.addWidget(self._message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message.addWidget(self.message_label, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.script_strip)
        layout.addWidget(self.caller_label)
        layout.addWidget(self.times_label)
        layout.addWidget(self.phase_bar)
        layout.addWidget(self.tel3_label)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)
        layout.addLayout(message)
        # A short dock scrolls instead of pushing the window taller than the screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(360)  # it scrolls; beside other panes it must not widen the window

    def _phase_action(self, phase: CallPhase, title: str) -> QAction:
        number = phase.rule.removeprefix("SLA-")
        action = QAction(icon("call-phase"), title, self)
        action.setIconText(f"{title}\nCtrl+{number}")  # the button's label; lists use text()
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        # Anywhere in the window: the operator is typing in the lookup or the library.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{phase.rule} · {phase.label}")
        action.setCheckable(True)  # checked: the phase the call is in
        action.triggered.connect(lambda _checked=False, p=phase: self.switch(p))
        self.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Call")

    def focus_target(self) -> QWidget:
        return self.form.notes_edit

    def connect_panes(self, panes: dict[str, DeskPane]) -> None:
        from ui.panes.customer_card import CustomerCardPane
        from ui.panes.lookup_pane import LookupPane
        from ui.panes.sla_pane import SlaPane
        from ui.panes.work_queues_pane import WorkQueuesPane

        self.card_pane = panes.get(CustomerCardPane.OBJECT_NAME)
        lookup = panes.get(LookupPane.OBJECT_NAME)
        if isinstance(lookup, LookupPane):
            lookup.call_taken.connect(self.take_call)
            lookup.customer_chosen.connect(self.customer_chosen)
        sla = panes.get(SlaPane.OBJECT_NAME)
        if isinstance(sla, SlaPane):
            self.sla_pane = sla
            self.phase_started.connect(self._drive_countdown)
            self.phase_ended.connect(self._end_countdown)
        queues = panes.get(WorkQueuesPane.OBJECT_NAME)
        if isinstance(queues, WorkQueuesPane):
            self.appeal_registered.connect(lambda _id: queues.refresh())
        # The window waits for running tasks when it closes; the draft's save must be one.
        self.window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window() and event.type() == QEvent.Type.Close:
            self.saver.flush()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._enable_actions()  # a locked desk: the phase keys must not reach the call

    # -- loading: the script, the topics, an unfinished call ---------------------------------------
    def load(self) -> None:
        services, principal, runner = (self.context.services, self.context.principal,
                                       self.context.runner)

        def script() -> CallScript:
            user = services.users.get_user(principal.login)
            return call_script(user, recorded=bool(services.settings.get("calls.recorded")))

        runner.run(script, self.script_strip.set_script, self._failed)
        runner.run(services.answers.topics, self._topics_loaded, self._failed)
        runner.run(lambda: services.call_desk.open_calls(principal), self._drafts_found,
                   self._failed)

    def _topics_loaded(self, topics: list[TopicInfo]) -> None:
        self.form.topic_picker.set_topics(topics)

    def _drafts_found(self, calls: list[CallState]) -> None:
        if calls and self.call is None:
            self._show_call(calls[-1])
            self._say(self.tr("An unfinished call was restored: nothing typed was lost."),
                      "info")

    # -- taking a call ----------------------------------------------------------------------------
    def take_call(self, offered: OfferedCall) -> None:
        """The desk took a call (issue 4's pick-up): the panel opens on it."""
        customer = offered.customer_ids[0] if len(offered.customer_ids) == 1 else None
        desk, principal = self.context.services.call_desk, self.context.principal
        self._open_call(lambda: desk.take(principal, incoming_call_id=offered.id,
                                          phone=offered.shown_number,
                                          received_at=offered.received_at,
                                          customer_id=customer))

    def new_call(self) -> None:
        """The phone rings and the telephony did not say: waiting (SLA-1) runs until Ctrl+2."""
        desk, principal = self.context.services.call_desk, self.context.principal
        self._open_call(lambda: desk.take(principal, ringing=True))

    def _open_call(self, work: Callable[[], CallState]) -> None:
        self.saver.flush()  # an open call's last words are kept before the next one
        self.show()
        self.raise_()
        self.context.runner.run(work, self._taken, self._failed, key=CALL_KEY)

    def _taken(self, call: CallState) -> None:
        # The same call announced again (a second pick-up): what is typed stays as it is.
        same = self.call is not None and self.call.id == call.id
        self._show_call(call, keep_form=same)  # the keyboard stays in the lookup (issue 4)
        if not same:
            self._say(self.tr("Greet the customer (the script is above)."), "call-script")

    def customer_chosen(self, customer_id: uuid.UUID, call_id: uuid.UUID | None) -> None:
        call = self.call
        if call is None or (call_id is not None and call_id != call.incoming_call_id):
            return
        self.form.set_customer(customer_id, self._card_name(customer_id))
        self.saver.flush()  # saved now: the panel learns the customer's name back

    def _card_name(self, customer_id: uuid.UUID) -> str:
        card = getattr(self.card_pane, "card", None)
        return card.name if card is not None and card.id == customer_id else self.tr(
            "(chosen in the lookup)")

    # -- phases ----------------------------------------------------------------------------------
    def switch(self, phase: CallPhase) -> None:
        call = self.call
        if call is None or (call.phase is phase and phase is not CallPhase.SPECIALIST):
            return
        desk, principal, mode = (self.context.services.call_desk, self.context.principal,
                                 self.form.mode())
        self.context.runner.run(lambda: desk.switch(principal, call.id, phase, mode),
                                self._switched, self._failed, key=CALL_KEY)

    def _switched(self, call: CallState) -> None:
        self._show_call(call, keep_form=True)
        self._say("", None)  # the greeting's reminder has done its work

    def _drive_countdown(self, rule: str, started_at: Any) -> None:
        self._countdown_pending = (rule, started_at)
        try:
            self.sla_pane.start_phase(rule, started_at)
        except LookupError:
            return  # the countdown's rules are still loading: the next tick tries again
        self._countdown_pending = None

    def _end_countdown(self) -> None:
        self._countdown_pending = None
        self.sla_pane.end_phase()

    def tick(self) -> None:
        if self._countdown_pending is not None:
            self._drive_countdown(*self._countdown_pending)
        now = self.context.services.clock.now()
        self.form.set_now(now)
        self.phase_bar.tick(now)
        call = self.call
        overdue = (call is not None and call.prepare_due_at is not None
                   and now > call.prepare_due_at and not self.form.callback_check.isChecked())
        if overdue and self.tel3_label.isHidden():
            self.tel3_label.setText(self.tr("The answer takes more than 2 minutes: agree a "
                                            "callback time with the customer (TEL-3) and set "
                                            "“Callback promised at”."))
            self.tel3_label.setStyleSheet(f"color: {palette.WARNING}; font-weight: bold;")
        self.tel3_label.setVisible(overdue)
        self.form.warn_callback(overdue)

    # -- the draft and the end -------------------------------------------------------------------
    def _draft_work(self) -> Callable[[], CallState]:
        call = self.call
        assert call is not None
        draft = self.form.draft(call.consulted or call.phase is CallPhase.SPECIALIST)
        desk, principal = self.context.services.call_desk, self.context.principal
        return lambda: desk.save_draft(principal, call.id, draft)

    def _draft_saved(self, call: CallState) -> None:
        if self.call is not None and self.call.id == call.id:
            self.call = call
            if call.customer_name and self.form.customer_id == call.draft.customer_id:
                # The name the database holds, where the lookup gave only the id.
                self.form.customer_label.setText(call.customer_name)

    def finish(self) -> None:
        call = self.call
        if call is None:
            return
        outcome = self.form.outcome()
        draft = self.form.draft(call.consulted or call.phase is CallPhase.SPECIALIST)
        desk, principal = self.context.services.call_desk, self.context.principal
        self._say(self.tr("Finishing…"), "refresh")
        self.context.runner.run(lambda: desk.finish(principal, call.id, outcome, draft),
                                self._finished, self._failed, key=CALL_KEY)

    def _finished(self, call: CallState) -> None:
        self.saver.watch(None)
        self._show_call(None)
        if call.outcome is CallOutcome.CALLBACK and call.draft.callback_at is not None:
            # TEL-3: the promise is now a deadline in the countdown, until it is marked made.
            self._say(self.tr("The call is finished: appeal %1 registered; the callback at %2 "
                              "is in your deadlines (TEL-3).").replace(
                "%1", call.journal_number).replace(
                "%2", format_datetime(call.draft.callback_at, self.context.zone)), "ok")
        elif call.appeal_id is not None:
            self._say(self.tr("The call is finished: appeal %1 registered.").replace(
                "%1", call.journal_number), "ok")
        else:
            self._say(self.tr("The call is finished without an appeal."), "ok")
        if call.appeal_id is not None:
            self.appeal_registered.emit(call.appeal_id)
        refresh = getattr(self.sla_pane, "refresh", None)
        if callable(refresh):
            # A promise made or kept (TEL-3) changes the operator's deadlines: show it now, not
            # at the countdown's next check.
            refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.saver.flush()  # closed early: what was typed is saved now, not in a moment
        super().hideEvent(event)

    # -- showing ---------------------------------------------------------------------------------
    def _show_call(self, call: CallState | None, *, keep_form: bool = False) -> None:
        previous, self.call = self.call, call
        now = self.context.services.clock.now()
        open_call = call is not None and call.status == "open"
        self._enable_actions()
        self.form.setEnabled(open_call)
        if call is None:
            self.caller_label.setText(self.tr("No call in progress"))
            self.times_label.setText("")
            self.phase_bar.show_phase(None, None, now)
            self.tel3_label.hide()
            self.ticker.stop()
            if previous is not None:
                self.phase_ended.emit()
            return
        self.caller_label.setText(call.draft.phone or self.tr("Number not shown"))
        self.times_label.setText(self._times(call))
        if not keep_form:
            self.form.set_draft(call.draft, call.customer_name)
        self.phase_bar.show_phase(call.phase, call.phase_started_at, now)
        if previous is None or previous.id != call.id or previous.phase is not call.phase:
            self.phase_started.emit(call.phase.rule, call.phase_started_at)
        self.saver.watch(self._draft_work)
        self.ticker.start()
        self.tick()

    def _enable_actions(self) -> None:
        call = self.call
        usable = call is not None and call.status == "open" and self.isEnabled()
        waiting = call is not None and call.phase is CallPhase.WAITING
        for phase, action in self.phase_actions.items():
            # Waiting (SLA-1) only comes first: once answered, its key does nothing.
            action.setEnabled(usable and (phase is not CallPhase.WAITING or waiting))
        self.finish_action.setEnabled(usable)

    def _times(self, call: CallState) -> str:
        zone = self.context.zone
        text = self.tr("Rang at %1").replace("%1", format_time(call.received_at, zone,
                                                                seconds=True))
        if call.answered_at is not None:
            text += " · " + self.tr("answered at %1").replace(
                "%1", format_time(call.answered_at, zone, seconds=True))
        return text

    def _failed(self, error: DomainError) -> None:
        self._say(error.message, "warning")

    def _say(self, text: str, meaning: str | None) -> None:
        self.message_label.setText(text)
        self._message_icon.setVisible(meaning is not None)
        if meaning is not None:
            self._message_icon.setPixmap(icon(meaning).pixmap(16, 16))


