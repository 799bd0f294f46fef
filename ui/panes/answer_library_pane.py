"""The answer library pane (TEL-2): call script, topic tree, search in any word form, preview,
and one key to insert an answer into the text the person is writing.

Keys: Ctrl+Shift+A opens the pane in the search field; typing searches; ↓ goes to the results;
Enter inserts the answer the target field prefers (short for notes, full for letters);
Ctrl+Enter the short answer and Ctrl+Shift+Enter the full one from anywhere in the pane;
Ctrl+Shift+C copies; Esc returns to the search field; Ctrl+T goes to the topics.
"""

from __future__ import annotations

import uuid

import shiboken6
from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.russian_words import SearchTerms
from ui.answer_html import RESULT_STYLE, SELECTED_RESULT_STYLE
from ui.answer_preview import AnswerPreview, texts_to_give
from ui.call_script_strip import CallScriptStrip
from ui.icons import icon
from ui.insertion import InsertionTargets, insertion_targets
from ui.message_line import MessageLine
from ui.models.answer_results import HTML_ROLE, AnswerResultsModel
from ui.models.answer_topics import CODE_ROLE, AnswerTopicsModel
from ui.panes.base import DeskPane, PaneContext
from ui.rich_text_delegate import RichTextDelegate
from workstation.answer_customer import customer_facts
from workstation.answer_placeholders import CustomerFacts, ExecutorFacts, FillContext
from workstation.answer_types import (
    USE_FULL,
    USE_SHORT,
    USE_TRANSFER,
    AnswerSummary,
    AnswerView,
    SearchResult,
    TopicInfo,
)
from workstation.call_script import CallScript, call_script
from workstation.customer_card import CustomerCard
from workstation.errors import DomainError
from workstation.roles import Role
from workstation.users import UserInfo


class AnswerLibraryPane(DeskPane):
    OBJECT_NAME = "answer-library-pane"
    ROLES = frozenset({Role.OPERATOR, Role.SPECIALIST, Role.SUPERVISOR})
    # Beside the lookup: the card (with the notes an answer goes into) stays in view.
    AREA = Qt.DockWidgetArea.LeftDockWidgetArea
    SHORTCUT = "Ctrl+Shift+A"
    ICON = "answers"

    def __init__(self, context: PaneContext, parent: QWidget | None = None, *,
                 targets: InsertionTargets | None = None) -> None:
        super().__init__(context, parent)
        self.targets = targets or insertion_targets()
        self.customer: CustomerFacts | None = None
        self.executor: ExecutorFacts | None = None
        self.terms: SearchTerms | None = None
        self._topic: str | None = None
        self._pending_insert: str | None = None  # a kind to insert once the view arrives

        self.script_strip = CallScriptStrip()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("answer-search")
        self.search_edit.setPlaceholderText(self.tr("Search answers: words in any form"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _text: self.refresh_results())
        self.search_edit.installEventFilter(self)

        self.topics_model = AnswerTopicsModel(self)
        self.topics_view = QTreeView()
        self.topics_view.setObjectName("answer-topics")
        self.topics_view.setModel(self.topics_model)
        self.topics_view.setHeaderHidden(True)
        self.topics_view.selectionModel().currentChanged.connect(self._topic_chosen)

        self.results_model = AnswerResultsModel(self)
        self.results_view = QTableView()
        self.results_view.setObjectName("answer-results")
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegateForColumn(AnswerResultsModel.ANSWER, RichTextDelegate(
            HTML_ROLE, self.results_view, wrap=False, style=RESULT_STYLE,
            selected_style=SELECTED_RESULT_STYLE))
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setWordWrap(False)
        self.results_view.verticalHeader().setVisible(False)
        # Every row two lines (title, first question): even heights read fast and cost nothing.
        lines = self.results_view.fontMetrics().lineSpacing()
        self.results_view.verticalHeader().setDefaultSectionSize(2 * lines + 12)
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(AnswerResultsModel.ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AnswerResultsModel.USES,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.results_view.selectionModel().selectionChanged.connect(self._result_chosen)
        self.results_view.installEventFilter(self)

        self.preview = AnswerPreview()
        self.message_line = MessageLine("answer-message")
        self.message_label = self.message_line.label

        self.insert_short_action = self.pane_action(
            self.tr("Insert the &short answer"), "insert", "Ctrl+Return",
            lambda: self.insert_answer(USE_SHORT))
        self.insert_full_action = self.pane_action(
            self.tr("Insert the &full answer"), "insert", "Ctrl+Shift+Return",
            lambda: self.insert_answer(USE_FULL))
        self.copy_action = self.pane_action(self.tr("&Copy the answer"), "copy", "Ctrl+Shift+C",
                                        self.copy_answer)
        self.search_action = self.pane_action(self.tr("Search &answers"), "search", "Ctrl+F",
                                          self.focus_search)
        self.topics_action = self.pane_action(self.tr("Go to &topics"), "answers", "Ctrl+T",
                                          lambda: self.topics_view.setFocus())
        self._build_layout()
        self._idle = True
        self.targets.changed.connect(self._target_changed)
        self._show_target(force=True)
        self.preview.show_nothing(self.tr("Choose an answer to see it here."))

    def _build_layout(self) -> None:
        short_button = QPushButton(icon("insert"), self.tr("Short answer"))
        short_button.setObjectName("answer-insert-short")
        short_button.clicked.connect(self.insert_short_action.trigger)
        full_button = QPushButton(icon("insert"), self.tr("Full answer"))
        full_button.setObjectName("answer-insert-full")
        full_button.clicked.connect(self.insert_full_action.trigger)
        for button, action in ((short_button, self.insert_short_action),
                               (full_button, self.insert_full_action)):
            button.setToolTip(f"{action.text().replace('&', '')} "
                              f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the list
        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(self.topics_view)
        lists.addWidget(self.results_view)
        lists.setStretchFactor(1, 2)
        lists.setSizes([240, 420])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(lists)
        body.addWidget(self.preview)
        body.setSizes([300, 320])
        # One row for where Enter puts the answer, what just happened, and the two buttons.
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_line, 1)
        message_row.addWidget(short_button)
        message_row.addWidget(full_button)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.script_strip)
        layout.addWidget(self.search_edit)
        layout.addWidget(body, 1)
        layout.addLayout(message_row)
        self.setWidget(widget)
        # Small minimums: the pane shares its side of the window with the card and others.
        for view in (self.topics_view, self.results_view, self.preview):
            view.setMinimumHeight(32)

    def title(self) -> str:
        return self.tr("Answer library")

    def focus_target(self) -> QWidget:
        return self.search_edit

    # -- what the rest of the desk tells the pane -------------------------------------------
    def connect_panes(self, panes: dict[str, DeskPane]) -> None:
        from ui.panes.customer_card import CustomerCardPane

        card = panes.get(CustomerCardPane.OBJECT_NAME)
        if isinstance(card, CustomerCardPane):
            card.card_shown.connect(self._card_shown)

    def _card_shown(self, card: CustomerCard) -> None:
        self.set_customer(customer_facts(card))

    def set_customer(self, customer: CustomerFacts | None) -> None:
        """The open customer card (issue 4) supplies its facts; None when it closes."""
        self.customer = customer
        self._show_current_view()

    def fill_context(self) -> FillContext:
        today = self.context.services.clock.now().astimezone(self.context.zone).date()
        return FillContext(today, self.customer, self.executor)

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        services, principal = self.context.services, self.context.principal
        runner = self.context.runner
        runner.run(services.answers.topics, self._topics_loaded, self._failed,
                   key="answer-topics")

        def script() -> tuple[UserInfo, CallScript]:
            user = services.users.get_user(principal.login)
            recorded = bool(services.settings.get("calls.recorded"))
            return user, call_script(user, recorded=recorded)

        runner.run(script, self._script_loaded, self._failed, key="answer-script")
        self.refresh_results()

    def refresh_results(self) -> None:
        answers, principal = self.context.services.answers, self.context.principal
        query, topic = self.search_edit.text(), self._topic
        if query.strip():
            self.context.runner.run(
                lambda: answers.search(principal, query, topic_code=topic),
                self._found, self._failed, key="answer-results")
        else:
            self.context.runner.run(lambda: answers.browse(principal, topic),
                                    self._listed, self._failed, key="answer-results")

    def _topics_loaded(self, topics: list[TopicInfo]) -> None:
        self.topics_model.set_topics(topics)
        self.results_model.set_topic_titles({t.code: t.title for t in topics})
        self.topics_view.expandToDepth(0)
        index = self.topics_model.index_of(self._topic)
        if index.isValid():
            self.topics_view.setCurrentIndex(index)

    def _script_loaded(self, loaded: tuple[UserInfo, CallScript]) -> None:
        user, script = loaded
        self.executor = ExecutorFacts.from_user(user)
        self.script_strip.set_script(script)
        self._show_current_view()

    def _found(self, result: SearchResult) -> None:
        if result.query != self.search_edit.text():
            return  # typed on meanwhile: a newer search is on its way
        self._show_items(result.items, result.terms)
        if not result.items:
            self._say(self.tr("Nothing found. Try other words or another topic."), "info")

    def _listed(self, items: list[AnswerSummary]) -> None:
        if self.search_edit.text().strip():
            return
        self._show_items(items, None)

    def _show_items(self, items: list[AnswerSummary], terms: SearchTerms | None) -> None:
        self.terms = terms
        current = self.current_summary()
        self.results_model.set_items(items, terms)
        row = self.results_model.row_of(current.entry_id) if current is not None else None
        if items:
            self.results_view.selectRow(row if row is not None else 0)
        else:
            self.preview.show_nothing(self.tr("No answer chosen."))
        self._show_target(force=True)

    def _topic_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else None
        if code != self._topic:
            self._topic = code
            self.refresh_results()

    def current_summary(self) -> AnswerSummary | None:
        rows = self.results_view.selectionModel().selectedRows()
        return self.results_model.item(rows[0].row()) if rows else None

    def _result_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        summary = self.current_summary()
        if summary is None:
            return
        self._request_view(summary.entry_id)

    def _request_view(self, entry_id: uuid.UUID) -> None:
        answers, principal = self.context.services.answers, self.context.principal
        self.context.runner.run(lambda: answers.view(principal, entry_id), self._view_loaded,
                                self._failed, key="answer-view")

    def _view_loaded(self, view: AnswerView) -> None:
        current = self.current_summary()
        if current is None or current.entry_id != view.entry_id:
            return
        self.preview.show_view(view, self.fill_context(), self.terms)
        if self._pending_insert is not None:
            kind, self._pending_insert = self._pending_insert, None
            self.insert_answer(kind)

    def _show_current_view(self) -> None:
        if self.preview.view is not None:
            self.preview.show_view(self.preview.view, self.fill_context(), self.terms)

    # -- giving the answer --------------------------------------------------------------------
    def _chosen_view(self, kind: str) -> AnswerView | None:
        summary = self.current_summary()
        if summary is None:
            self._say(self.tr("Choose an answer first."), "warning")
            return None
        view = self.preview.view
        if view is None or view.entry_id != summary.entry_id:
            self._pending_insert = kind  # inserted when the answer has arrived
            self._request_view(summary.entry_id)
            return None
        return view

    def insert_answer(self, kind: str | None = None) -> None:
        """Insert into the field the person was writing in; ``None``: what that field prefers."""
        target = self.targets.active()
        kind = kind or (target.prefers if target is not None else USE_SHORT)
        view = self._chosen_view(kind)
        if view is None:
            return
        texts = texts_to_give(view, self.fill_context())
        if kind not in texts:
            kind = USE_TRANSFER  # TEL-4: an operator gives a specialist's answer by transfer
        filled = texts[kind]
        placed = self.targets.insert(filled.text)
        if placed is None:
            QGuiApplication.clipboard().setText(filled.text)
            self._say(self.tr("No text field is waiting for an answer: it was copied to the "
                              "clipboard. Click into the notes or a reply to insert directly."),
                      "warning")
        else:
            self._report_gaps(self.tr("Inserted into “%1”.").replace("%1", placed.label),
                              filled.missing + filled.unknown)
        self._record(view.entry_id, kind, placed.name if placed else "clipboard")

    def copy_answer(self) -> None:
        target = self.targets.active()
        kind = target.prefers if target is not None else USE_SHORT
        view = self._chosen_view(kind)
        if view is None:
            return
        texts = texts_to_give(view, self.fill_context())
        kind = kind if kind in texts else USE_TRANSFER
        QGuiApplication.clipboard().setText(texts[kind].text)
        self._report_gaps(self.tr("Copied to the clipboard."),
                          texts[kind].missing + texts[kind].unknown)
        self._record(view.entry_id, kind, "clipboard")

    def _report_gaps(self, done: str, gaps: list[str]) -> None:
        if not gaps:
            self._say(done, "ok")
            return
        why = "" if self.customer is not None else " " + self.tr("(no customer card is open)")
        self._say(done + " " + self.tr("Fill in by hand: %1").replace("%1", ", ".join(gaps))
                  + why, "warning")

    def _record(self, entry_id: uuid.UUID, kind: str, target: str) -> None:
        answers, principal = self.context.services.answers, self.context.principal
        self.context.runner.run(lambda: answers.record_use(principal, entry_id, kind, target),
                                lambda _none: None, self._failed)

    # -- keyboard -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, modifiers = event.key(), event.modifiers()
            plain = modifiers in (Qt.KeyboardModifier.NoModifier,
                                  Qt.KeyboardModifier.KeypadModifier)
            if watched is self.search_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown,
                                                        Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._focus_results()
                return True
            if watched is self.results_view:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                    self.insert_answer()
                    return True
                if key == Qt.Key.Key_Escape:
                    self.focus_search()
                    return True
        return super().eventFilter(watched, event)

    def _focus_results(self) -> None:
        self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.results_view.selectionModel().hasSelection() and self.results_model.rowCount():
            self.results_view.selectRow(0)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- messages -------------------------------------------------------------------------------
    def _target_changed(self) -> None:
        self._show_target()

    def _show_target(self, *, force: bool = False) -> None:
        """The idle message: how many answers, and where Enter puts the chosen one."""
        if not shiboken6.isValid(self.message_line):
            return  # the registry outlives panes: a closing window's pane hears it too
        if not (force or self._idle):
            return  # what just happened stays until the next list
        target = self.targets.active()
        where = (self.tr("Enter copies the answer: no text field is waiting for one.")
                 if target is None else
                 self.tr("Enter inserts into “%1”.").replace("%1", target.label))
        count = self.tr("Answers: %1").replace("%1", str(self.results_model.rowCount()))
        self._say(f"{count}. {where}", "info")
        self._idle = True

    def _failed(self, error: DomainError) -> None:
        self._pending_insert = None
        self._say(error.message, "warning")

    def _say(self, text: str, meaning: str) -> None:
        self._idle = False
        self.message_line.say(text, meaning)
