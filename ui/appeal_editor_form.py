"""The appeal editor's widgets: the header, the common fields, the channel's own form, files,
what is missing, and the buttons — no service calls (the pane makes them)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.appeal_files import FilesBox, ListedFile
from ui.appeal_forms.base import ChannelForm, align_labels
from ui.appeal_forms.registry import FORMS
from ui.completeness_box import CompletenessBox
from ui.icons import icon, make_primary
from ui.topic_picker import TopicPicker
from workstation.appeal_fields import AppealDraft, missing_fields
from workstation.appeal_views import AppealView
from workstation.appeals import Channel, Urgency
from workstation.attachments import NewAttachment
from workstation.category_mapping import category_for

PRIMARY_ICONS = {"appeal-save": "save"}  # a primary button's icon (white on its blue)


class AppealEditorForm(QScrollArea):
    save_requested = Signal()
    new_requested = Signal()
    use_card_requested = Signal()
    candidate_chosen = Signal(object)  # customer id
    take_requested = Signal()
    clarify_requested = Signal()
    answered_requested = Signal()
    close_requested = Signal()

    def __init__(self, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.customer_id: uuid.UUID | None = None
        self._filling = False
        self._files_count = 0
        self._shown: AppealDraft | None = None  # the appeal as shown: what "edited" compares to
        self._blank: dict[Channel, Mapping[str, str]] = {}  # each channel's empty fields
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Narrow docks scroll down, never sideways: every row shrinks to the pane's width.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.title_label = QLabel()
        self.title_label.setObjectName("appeal-title")
        self.title_label.setProperty("role", "heading")
        self.state_label = QLabel()
        self.state_label.setObjectName("appeal-state")
        self.state_label.setProperty("role", "secondary")
        self.state_label.setWordWrap(True)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("appeal-channel")
        for channel in Channel:
            self.channel_combo.addItem(icon(f"channel-{channel.value}"), channel.label, channel)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.received_edit = QDateTimeEdit()
        self.received_edit.setObjectName("appeal-received")
        self.received_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.received_edit.setCalendarPopup(True)
        self.urgency_combo = QComboBox()
        self.urgency_combo.setObjectName("appeal-urgency")
        self.urgency_combo.addItem(self.tr("normal"), Urgency.NORMAL)
        self.urgency_combo.addItem(icon("urgent"), self.tr("urgent: health or safety (CMP-2)"),
                                   Urgency.URGENT)
        self.customer_label = QLabel()
        self.customer_label.setObjectName("appeal-customer")
        self.customer_label.setWordWrap(True)
        self.use_card_button = QPushButton(icon("match"), self.tr("The open card"))
        self.use_card_button.setObjectName("appeal-use-card")
        self.use_card_button.clicked.connect(self.use_card_requested)
        self.candidates_combo = QComboBox()
        self.candidates_combo.setObjectName("appeal-candidates")
        self.candidates_combo.activated.connect(self._candidate_chosen)
        self.forms = QStackedWidget()
        self.channel_forms: dict[Channel, ChannelForm] = {}
        for channel, form_type in FORMS.items():
            form = form_type()
            form.changed.connect(self._changed)
            self.channel_forms[channel] = form
            self.forms.addWidget(form)
        self.topic_picker = TopicPicker()
        for combo in (self.urgency_combo, self.channel_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("appeal-subject")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("appeal-body")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(110)
        self.files = FilesBox()
        self.completeness = CompletenessBox()
        self.message_icon = QLabel()
        self.message_label = QLabel()
        self.message_label.setObjectName("appeal-message")
        self.message_label.setWordWrap(True)
        for signal in (self.received_edit.dateTimeChanged, self.urgency_combo.currentIndexChanged,
                       self.topic_picker.currentIndexChanged, self.subject_edit.textChanged):
            signal.connect(lambda *_: self._changed())
        self.body_edit.textChanged.connect(self._changed)

        self.actions_: list[QAction] = []
        self.save_action = self._action(self.tr("&Save"), "save", "Ctrl+S", self.save_requested)
        self.new_action = self._action(self.tr("&New appeal"), "appeal-new", "Ctrl+N",
                                       self.new_requested)
        self.card_action = self._action(self.tr("Customer of the open &card"), "match",
                                        "Ctrl+Shift+M", self.use_card_requested)
        self.attach_action = self._action(self.tr("&Attach files…"), "attachment",
                                          "Ctrl+Shift+P", self.files.add_requested)
        self.take_action = self._action(self.tr("&Take into work"), "take", "Ctrl+Shift+G",
                                        self.take_requested)
        self.clarify_action = self._action(self.tr("Request a &clarification…"), "clarification",
                                           "Ctrl+Shift+Q", self.clarify_requested)
        self.answered_action = self._action(self.tr("Clarification &received…"),
                                            "clarification-received", "Ctrl+Shift+H",
                                            self.answered_requested)
        self.close_action = self._action(self.tr("Close: answered on the &spot"), "ok",
                                         "Ctrl+Shift+X", self.close_requested)
        self._build()

    def _action(self, text: str, meaning: str, keys: str, signal: Any) -> QAction:
        action = QAction(icon(meaning), text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        emit: Callable[[], None] = signal.emit
        action.triggered.connect(lambda _checked=False: emit())
        self.actions_.append(action)
        return action

    def _button(self, action: QAction, name: str, primary: bool = False) -> QPushButton:
        button = QPushButton(action.icon(), action.text().replace("&", ""))
        button.setObjectName(name)
        button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        if primary:
            make_primary(button, PRIMARY_ICONS.get(name, "save"))
        return button

    def _build(self) -> None:
        header = QVBoxLayout()
        header.addWidget(self.title_label)
        header.addWidget(self.state_label)
        common = QFormLayout()
        common.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.received_caption = QLabel()
        common.addRow(self.tr("Channel"), self.channel_combo)
        common.addRow(self.received_caption, self.received_edit)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer_label, 1)
        customer_row.addWidget(self.candidates_combo)
        customer_row.addWidget(self.use_card_button)
        common.addRow(self.tr("Customer"), customer_row)
        text = QFormLayout()
        text.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.subject_caption = QLabel()
        self.body_caption = QLabel()
        text.addRow(self.tr("Topic"), self.topic_picker)
        text.addRow(self.tr("Urgency"), self.urgency_combo)
        text.addRow(self.subject_caption, self.subject_edit)
        text.addRow(self.body_caption, self.body_edit)
        # Two rows, so that the pane stays narrow enough to sit beside the customer card.
        saving = QHBoxLayout()
        self.save_button = self._button(self.save_action, "appeal-save", primary=True)
        saving.addWidget(self.save_button)
        saving.addStretch(1)
        saving.addWidget(self._button(self.new_action, "appeal-new"))
        steps = QGridLayout()
        for index, (action, name) in enumerate(((self.take_action, "appeal-take"),
                                                (self.clarify_action, "appeal-clarify"),
                                                (self.answered_action, "appeal-answered"),
                                                (self.close_action, "appeal-close"))):
            steps.addWidget(self._button(action, name), index // 2, index % 2)
        message = QHBoxLayout()
        message.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message.addWidget(self.message_label, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addLayout(common)
        layout.addWidget(self._section(self.tr("Channel details")))
        layout.addWidget(self.forms)
        layout.addLayout(text)
        for form_layout in (common, text, *(form.layout_ for form in self.channel_forms.values())):
            align_labels(form_layout)
        layout.addWidget(self.files)
        layout.addWidget(self.completeness)
        layout.addLayout(saving)
        layout.addLayout(steps)
        layout.addLayout(message)
        layout.addStretch(1)
        self.setWidget(body)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "section")
        return label

    # -- showing ---------------------------------------------------------------------------------
    def channel(self) -> Channel:
        value = self.channel_combo.currentData()
        return Channel(value) if value else Channel.POST

    def current_form(self) -> ChannelForm:
        return self.channel_forms[self.channel()]

    def show_new(self, channel: Channel, now: datetime) -> None:
        self._filling = True
        self.channel_combo.setEnabled(True)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(channel))
        self._set_received(now)
        for form in self.channel_forms.values():
            form.set_details({})
        self._blank = {channel: form.details() for channel, form in self.channel_forms.items()}
        self.urgency_combo.setCurrentIndex(0)
        self.topic_picker.set_code(None)
        self.subject_edit.clear()
        self.body_edit.clear()
        self.set_customer(None, "")
        self.candidates_combo.hide()
        self.files.set_files([])
        self._files_count = 0
        self.completeness.show_clarification(None, None)
        self.title_label.setText(self.tr("New appeal"))
        self.state_label.setText(self.tr("The journal number is given on saving."))
        self._filling = False
        self._channel_changed()
        self._shown = self.draft()

    def show_view(self, view: AppealView) -> None:
        self._filling = True
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(view.channel))
        self.channel_combo.setEnabled(False)  # CH-2: the category follows the channel
        self._set_received(view.received_at)
        self.channel_forms[view.channel].set_details(view.details)
        self.urgency_combo.setCurrentIndex(self.urgency_combo.findData(view.urgency))
        self.topic_picker.set_code(view.topic_code)
        self.subject_edit.setText(view.subject)
        self.body_edit.setPlainText(view.body)
        self.set_customer(view.customer_id, view.customer_name, view.match_needed)
        self.candidates_combo.clear()
        self.candidates_combo.addItem(self.tr("Candidates…"), None)
        for customer_id, name in view.match_candidates:
            self.candidates_combo.addItem(name, customer_id)
        self.candidates_combo.setVisible(bool(view.match_candidates))
        self.files.set_files([ListedFile(a.file_name, a.size, a) for a in view.attachments])
        self._files_count = len(view.attachments)
        self.completeness.show_clarification(view.open_clarification, self.zone)
        self.title_label.setText(self.tr("Appeal %1").replace("%1", view.journal_number))
        who = view.assignee_name or self.tr("nobody yet")
        self.state_label.setText(
            self.tr("%1 · category %2 · assigned to %3").replace("%1", view.status.label)
            .replace("%2", view.category.value).replace("%3", who))
        self._filling = False
        self._channel_changed()
        self._shown = self.draft()

    def show_pending(self, pending: list[NewAttachment]) -> None:
        self.files.set_files([ListedFile(f.file_name, len(f.data), None, f) for f in pending])
        self._files_count = len(pending)
        self._changed()

    def set_customer(self, customer_id: uuid.UUID | None, name: str,
                     unmatched: bool = False) -> None:
        self.customer_id = customer_id
        if customer_id is not None:
            self.customer_label.setText(name or self.tr("(chosen in the lookup)"))
        elif unmatched:
            self.customer_label.setText(self.tr("Sender not matched: find the customer in the "
                                                "lookup and take the open card"))
        else:
            self.customer_label.setText(self.tr("Not identified"))
        self._changed()

    def _candidate_chosen(self, index: int) -> None:
        customer_id = self.candidates_combo.itemData(index)
        if customer_id is not None:
            self.candidate_chosen.emit(customer_id)

    def _set_received(self, moment: datetime) -> None:
        local = moment.astimezone(self.zone)
        self.received_edit.setDateTime(QDateTime(local.year, local.month, local.day, local.hour,
                                                 local.minute, local.second))

    def _channel_changed(self) -> None:
        form = self.current_form()
        self.forms.setCurrentWidget(form)
        self.received_caption.setText(form.received_label())
        subject = form.subject_label()
        self.subject_caption.setVisible(subject is not None)
        self.subject_edit.setVisible(subject is not None)
        self.subject_caption.setText(subject or "")
        self.body_caption.setText(form.body_label())
        self.files.set_caption(form.files_label())
        self._changed()

    # -- reading ---------------------------------------------------------------------------------
    def received_at(self) -> datetime:
        chosen = self.received_edit.dateTime()
        day, time = chosen.date(), chosen.time()
        local = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                         time.second(), tzinfo=self.zone)
        return local.astimezone(UTC)

    def draft(self, files: int | None = None) -> AppealDraft:
        channel = self.channel()
        return AppealDraft(
            channel, self.received_at(), self.customer_id, self.topic_picker.current_code(),
            self.topic_picker.current_title(), Urgency(self.urgency_combo.currentData()),
            self.subject_edit.text().strip() if self.subject_edit.isVisibleTo(self) else "",
            self.body_edit.toPlainText().strip(), "", self.current_form().details(),
            self._files_count if files is None else files)

    def take_as_shown(self) -> None:
        """What is on screen now counts as unchanged (filled in by the program, not typed)."""
        self._shown = self.draft()

    def has_edits(self) -> bool:
        """Whether anything differs from the appeal as it was shown (new or loaded)."""
        draft, shown = self.draft(), self._shown
        if shown is None:
            return False
        if self.channel_combo.isEnabled():  # a new appeal: choosing its channel is no edit
            shown = replace(shown, channel=draft.channel, details=self._blank[draft.channel])
        return draft != shown

    def _changed(self) -> None:
        if self._filling:
            return
        draft = self.draft()
        missing = missing_fields(draft)
        self.completeness.show_missing(missing)
        self.current_form().mark_missing({item.key for item in missing})
        if self.channel_combo.isEnabled():  # a new appeal: say what its category will be
            category = category_for(draft.channel)
            self.state_label.setText(self.tr("The journal number is given on saving. "
                                             "Category %1 (CH-2).").replace("%1",
                                                                            category.value))

    def enable_steps(self, allowed: frozenset[str]) -> None:
        for action, step in ((self.take_action, "take"),
                             (self.clarify_action, "request_clarification"),
                             (self.answered_action, "clarification_received"),
                             (self.close_action, "close_answered")):
            action.setEnabled(step in allowed)
            action.setVisible(True)

    def focus_widget(self) -> QWidget:
        return self.current_form().first_field() or self.body_edit

    def say(self, text: str, meaning: str | None) -> None:
        self.message_label.setText(text)
        self.message_icon.setVisible(bool(meaning))
        if meaning:
            self.message_icon.setPixmap(icon(meaning).pixmap(16, 16))
