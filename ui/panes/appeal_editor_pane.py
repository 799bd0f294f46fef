"""The appeal editor, docked beside the customer card: every channel's own fields (CH-1), the
category from the channel (CH-2), the topic from the answer library, urgency, files, what is
missing (WR-2, QA-1), and the journal number on saving (CH-3).

Keys (in the pane): Ctrl+S save (registers a new appeal), Ctrl+N a new appeal, Ctrl+Shift+M
the customer of the open card, Ctrl+Shift+P attach files, Ctrl+Shift+G take into work,
Ctrl+Shift+Q request a clarification, Ctrl+Shift+H the clarification received,
Ctrl+Shift+X close as answered (a call or chat).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.appeal_editor_form import AppealEditorForm
from ui.appeal_files import ListedFile
from ui.dialogs.clarification_dialog import ClarificationAnswerDialog, ClarificationDialog
from ui.dialogs.form_dialog import FormDialog
from ui.file_opener import open_bytes, read_files
from ui.panes.base import DeskPane, PaneContext
from workstation.answer_types import TopicInfo
from workstation.appeal_views import AppealView
from workstation.appeal_workflow import ContactChannel
from workstation.appeals import Channel, available_actions
from workstation.attachments import NewAttachment
from workstation.errors import DomainError
from workstation.roles import Role

VIEW_KEY = "appeal-editor-view"


class AppealEditorPane(DeskPane):
    OBJECT_NAME = "appeal-editor-pane"
    ROLES = frozenset({Role.OPERATOR, Role.SPECIALIST, Role.SUPERVISOR})
    AREA = Qt.DockWidgetArea.RightDockWidgetArea
    SHORTCUT = "Ctrl+Shift+E"
    ICON = "appeal-editor"

    appeal_saved = Signal(object)  # the appeal's id, after any change the editor made

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: AppealView | None = None
        self.pending: list[NewAttachment] = []
        self.dialog: FormDialog | None = None
        self.card_pane: DeskPane | None = None
        self.leave_box: QMessageBox | None = None  # "save the changes?" while it is open
        self._after_save: Callable[[], None] | None = None
        self.form = AppealEditorForm(context.zone, self)
        self.setWidget(self.form)
        self.setMinimumWidth(360)  # it scrolls; beside other panes it must not widen the window
        form = self.form
        form.save_requested.connect(self.save)
        form.new_requested.connect(lambda: self.new_appeal())
        form.use_card_requested.connect(self.use_open_card)
        form.candidate_chosen.connect(self.match_customer)
        form.take_requested.connect(lambda: self._step("take"))
        form.close_requested.connect(lambda: self._step("close_answered"))
        form.clarify_requested.connect(self.request_clarification)
        form.answered_requested.connect(self.clarification_received)
        form.files.add_requested.connect(self.choose_files)
        form.files.open_requested.connect(self.open_file)
        form.files.remove_requested.connect(self.remove_file)
        for action in form.actions_:
            self.addAction(action)
        self.new_appeal(Channel.POST)

    def title(self) -> str:
        return self.tr("Appeal")

    def focus_target(self) -> QWidget:
        return self.form.focus_widget()

    def load(self) -> None:
        answers = self.context.services.answers
        self.context.runner.run(answers.topics, self._topics_loaded, self._failed,
                                key="appeal-editor-topics")

    def connect_panes(self, panes: dict[str, DeskPane]) -> None:
        from ui.panes.customer_card import CustomerCardPane
        from ui.panes.lookup_pane import LookupPane
        from ui.panes.sla_pane import SlaPane

        sla = panes.get(SlaPane.OBJECT_NAME)
        if isinstance(sla, SlaPane):  # a click on a deadline opens its appeal here
            sla.appeal_requested.connect(self.open_appeal)
        card = panes.get(CustomerCardPane.OBJECT_NAME)
        if isinstance(card, CustomerCardPane):
            self.card_pane = card
        lookup = panes.get(LookupPane.OBJECT_NAME)
        if isinstance(lookup, LookupPane):
            lookup.customer_chosen.connect(lambda customer_id, _call: self.customer_opened(
                customer_id))

    def _topics_loaded(self, topics: list[TopicInfo]) -> None:
        self.form.topic_picker.set_topics(topics)

    # -- which appeal --------------------------------------------------------------------------
    def has_edits(self) -> bool:
        return bool(self.pending) or self.form.has_edits()

    def leave_edits_then(self, go: Callable[[], None]) -> None:
        """Run ``go`` (another appeal, a new one) once the changes on screen are saved or
        knowingly discarded: nothing typed is lost by a click in a queue or a countdown."""
        if not self.has_edits():
            go()
            return
        if self.leave_box is not None:
            self.leave_box.raise_()
            return
        self.show()
        self.raise_()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The appeal on screen has changes that are not saved yet."),
                          parent=self)
        save = box.addButton(self.tr("&Save and continue"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard the changes"),
                                QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("S&tay here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self.leave_box = None
            if clicked is save:
                self._after_save = go  # after a refused save the form stays, with the message
                self.save()
            elif clicked is discard:
                go()

        box.finished.connect(answered)
        self.leave_box = box
        box.open()

    def new_appeal(self, channel: Channel | None = None) -> None:
        self.leave_edits_then(lambda: self._show_new(channel))

    def _show_new(self, channel: Channel | None) -> None:
        self.view = None
        self.pending = []
        now = self.context.services.clock.now()
        self.form.show_new(channel or self.form.channel(), now)
        self._refresh_actions()

    def open_appeal(self, appeal_id: uuid.UUID) -> None:
        if self.view is not None and self.view.id == appeal_id and not self.has_edits():
            self.show()
            self.raise_()
            return
        self.leave_edits_then(lambda: self._load_appeal(appeal_id))

    def _load_appeal(self, appeal_id: uuid.UUID) -> None:
        self.show()
        self.raise_()
        appeals, principal = self.context.services.appeals, self.context.principal
        self.form.say(self.tr("Loading…"), "refresh")
        self.context.runner.run(lambda: appeals.view(principal, appeal_id), self.show_view,
                                self._failed, key=VIEW_KEY)

    def show_view(self, view: AppealView) -> None:
        self.view = view
        self.pending = []
        self.form.show_view(view)
        self._refresh_actions()
        self.form.say("", None)

    def customer_opened(self, customer_id: uuid.UUID) -> None:
        """The lookup opened a card: a new, untouched appeal is about that customer."""
        if self.view is None and self.form.customer_id is None:
            untouched = not self.has_edits()
            self.form.set_customer(customer_id, self._card_name(customer_id))
            if untouched:  # filled in for the operator, not typed: nothing to save or lose
                self.form.take_as_shown()

    def _card_name(self, customer_id: uuid.UUID) -> str:
        card = getattr(self.card_pane, "card", None)
        return card.name if card is not None and card.id == customer_id else ""

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        draft = self.form.draft(len(self.pending) + (len(self.view.attachments)
                                                     if self.view else 0))
        appeals, principal, view = (self.context.services.appeals, self.context.principal,
                                    self.view)
        self.form.say(self.tr("Saving…"), "refresh")
        if view is None:
            files = list(self.pending)
            self.context.runner.run(lambda: appeals.register(principal, draft, files),
                                    self._registered, self._failed, key=VIEW_KEY)
        else:
            self.context.runner.run(lambda: appeals.update(principal, view.id, view.version,
                                                           draft),
                                    self._saved, self._failed, key=VIEW_KEY)

    def _registered(self, view: AppealView) -> None:
        self._saved(view)
        self.form.say(self.tr("Registered under number %1.").replace("%1", view.journal_number),
                      "ok")

    def _saved(self, view: AppealView) -> None:
        self.show_view(view)
        self.form.say(self.tr("Saved."), "ok")
        self.appeal_saved.emit(view.id)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _failed(self, error: DomainError) -> None:
        self._after_save = None
        self.form.say(error.message, "warning")

    # -- the customer ---------------------------------------------------------------------------
    def use_open_card(self) -> None:
        card = getattr(self.card_pane, "card", None)
        if card is None:
            self.form.say(self.tr("Open the customer's card first (lookup: Ctrl+Shift+F)."),
                          "warning")
            return
        if self.view is None:
            self.form.set_customer(card.id, card.name)
        else:
            self.match_customer(card.id)

    def match_customer(self, customer_id: uuid.UUID) -> None:
        view = self.view
        if view is None:
            return
        appeals, principal = self.context.services.appeals, self.context.principal
        self.context.runner.run(
            lambda: appeals.match_customer(principal, view.id, view.version, customer_id),
            self._saved, self._failed, key=VIEW_KEY)

    # -- files ----------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if names:
            self.attach_paths([Path(name) for name in names])

    def attach_paths(self, paths: list[Path]) -> None:
        """Read the files in the background; a new appeal keeps them until it is saved."""
        self.context.runner.run(lambda: read_files(paths), self._files_read, self._failed)

    def _files_read(self, files: list[NewAttachment]) -> None:
        view = self.view
        if view is None:
            self.pending.extend(files)
            self.form.show_pending(self.pending)
            return
        appeals, principal = self.context.services.appeals, self.context.principal
        self.form.say(self.tr("Saving…"), "refresh")
        self.context.runner.run(lambda: appeals.add_files(principal, view.id, view.version,
                                                          files),
                                self._saved, self._failed, key=VIEW_KEY)

    def open_file(self, listed: ListedFile) -> None:
        if listed.pending is not None:
            open_bytes(listed.pending.file_name, listed.pending.data)
            return
        view, stored = self.view, listed.stored
        if view is None or stored is None:
            return
        appeals, principal = self.context.services.appeals, self.context.principal
        self.context.runner.run(lambda: appeals.file_content(principal, view.id, stored.id),
                                lambda data: open_bytes(stored.file_name, data), self._failed)

    def remove_file(self, listed: ListedFile) -> None:
        if listed.pending is not None:
            self.pending = [item for item in self.pending if item is not listed.pending]
            self.form.show_pending(self.pending)
            return
        view, stored = self.view, listed.stored
        if view is None or stored is None:
            return
        appeals, principal = self.context.services.appeals, self.context.principal
        self.context.runner.run(lambda: appeals.remove_file(principal, view.id, view.version,
                                                            stored.id),
                                self._saved, self._failed, key=VIEW_KEY)

    # -- steps of the appeal's life (the service checks the table again) ---------------------------
    def _refresh_actions(self) -> None:
        view = self.view
        allowed = (available_actions(self.context.principal, view.status, view.channel)
                   if view is not None else frozenset())
        self.form.enable_steps(allowed)

    def _step(self, action: str) -> None:
        view = self.view
        if view is None:
            return
        workflow, principal = self.context.services.appeal_workflow, self.context.principal
        calls = {"take": workflow.take, "close_answered": workflow.close_answered}
        step = calls[action]
        self.context.runner.run(lambda: step(principal, view.id, view.version), self._saved,
                                self._failed, key=VIEW_KEY)

    def request_clarification(self) -> None:
        view = self.view
        if view is None:
            return
        today = self.context.services.clock.now().astimezone(self.context.zone).date()
        dialog = ClarificationDialog(today, _contacts_of(view), self)
        workflow, principal = self.context.services.appeal_workflow, self.context.principal

        def send() -> None:
            request = dialog.request()
            self.context.runner.run(
                lambda: workflow.request_clarification(principal, view.id, view.version,
                                                       request),
                lambda done: self._step_done(dialog, done),
                lambda error: dialog.refused(error.message))
        self._open_dialog(dialog, send)

    def clarification_received(self) -> None:
        view = self.view
        if view is None:
            return
        asked = view.open_clarification
        dialog = ClarificationAnswerDialog(asked.question if asked else "", self)
        workflow, principal = self.context.services.appeal_workflow, self.context.principal

        def send() -> None:
            answer = dialog.answer()
            self.context.runner.run(
                lambda: workflow.clarification_received(principal, view.id, view.version,
                                                        answer),
                lambda done: self._step_done(dialog, done),
                lambda error: dialog.refused(error.message))
        self._open_dialog(dialog, send)

    def _open_dialog(self, dialog: FormDialog, send: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.submitted.connect(send)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def _step_done(self, dialog: FormDialog, view: AppealView) -> None:
        dialog.done_ok()
        self._saved(view)


def _contacts_of(view: AppealView) -> dict[ContactChannel, str]:
    """Where the customer can be asked (WR-2: a channel they gave)."""
    details = view.details
    phone = (details.get("callback_number") or details.get("contact_phone")
             or details.get("phone") or "")
    email = details.get("from_address") or details.get("contact_email") or ""
    address = details.get("sender_address") or details.get("address") or ""
    found = {ContactChannel.PHONE: phone, ContactChannel.EMAIL: email,
             ContactChannel.POST: address, ContactChannel.SMS: phone}
    return {channel: value for channel, value in found.items() if value}

