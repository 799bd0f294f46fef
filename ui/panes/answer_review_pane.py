"""Supervisors keep the answer library: new answer, change, retire, approve or reject versions
(four eyes, TEL-2), history of every answer, import and export of the library file.

Keys: Ctrl+N new answer, F2 change the chosen one, Delete retire it, Ctrl+Enter approve the
chosen version, F5 refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.answer_diff import version_diff_html
from ui.desk_menus import tool_tip
from ui.dialogs.answer_entry_dialog import AnswerEntryDialog
from ui.fitted_columns import FittedColumns
from ui.icons import icon
from ui.message_line import MessageLine
from ui.models.answer_entries import AnswerEntriesModel
from ui.models.answer_versions import AnswerVersionsModel
from ui.panes.base import DeskPane, PaneContext
from workstation.answer_exchange import ImportReport, dump_library, parse_library
from workstation.answer_types import EntryState, TopicInfo, VersionInfo
from workstation.errors import DomainError, ValidationError
from workstation.roles import Role

Loaded = tuple[list[VersionInfo], list[EntryState], list[TopicInfo]]
# Narrower than this, the details go under the lists rather than beside them: side by side in
# the right column of a laptop's window (about 550 px) both would be too narrow to read.
SIDE_BY_SIDE_WIDTH = 900
TALL = 600  # and a narrow pane this tall lists the answers over an answer's history


class AnswerReviewPane(DeskPane):
    OBJECT_NAME = "answer-review-pane"
    ROLES = frozenset({Role.SUPERVISOR})
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    SHORTCUT = "Ctrl+Shift+R"
    ICON = "approve"

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.topics: list[TopicInfo] = []
        self.dialog: AnswerEntryDialog | None = None
        versions, entries = AnswerVersionsModel, AnswerEntriesModel
        self.pending_model = AnswerVersionsModel(context.zone, self)
        # Every version here awaits approval: no column to say so. The note is in the details.
        self.pending_view = self._table("answer-pending", self.pending_model,
                                        (versions.TITLE, versions.AUTHOR, versions.NOTE),
                                        hidden=(versions.STATE,))
        self.pending_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pending_view.selectionModel().selectionChanged.connect(self._pending_chosen)
        self.entries_model = AnswerEntriesModel(self)
        self.entries_view = self._table("answer-entries", self.entries_model,
                                        (entries.TITLE, entries.STATE, entries.TOPIC))
        self.entries_view.selectionModel().selectionChanged.connect(self._entry_chosen)
        self.history_model = AnswerVersionsModel(context.zone, self)
        # One answer's versions: its title is the chosen row beside them.
        self.history_view = self._table("answer-history", self.history_model,
                                        (versions.NOTE, versions.STATE, versions.AUTHOR),
                                        hidden=(versions.TITLE,))
        self.history_view.selectionModel().selectionChanged.connect(self._history_chosen)
        self.details = QTextBrowser()
        self.details.setObjectName("answer-review-details")
        self.details.setMinimumHeight(40)
        self.details.setPlaceholderText(self.tr("Choose a version: its change is shown here "
                                                "word by word."))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("answer-reject-reason")
        self.reason_edit.setPlaceholderText(self.tr("Reason for rejecting (the author reads it)"))
        self.reason_edit.setToolTip(self.reason_edit.placeholderText())
        self.message_line = MessageLine("answer-review-message")
        self.message_label = self.message_line.label

        self.new_action = self.pane_action(self.tr("&New…"), "answer-new", "Ctrl+N",
                                       self.new_answer)
        self.edit_action = self.pane_action(self.tr("&Change…"), "answer-edit", "F2",
                                        self.change_answer)
        self.retire_action = self.pane_action(self.tr("&Retire"), "retire", "Delete",
                                          self.retire_answer)
        self.approve_action = self.pane_action(self.tr("&Approve"), "approve", "Ctrl+Return",
                                           self.approve_chosen)
        self.reject_action = self.pane_action(self.tr("Re&ject"), "reject", "Ctrl+Shift+Backspace",
                                          self.reject_chosen)
        self.withdraw_action = self.pane_action(self.tr("&Withdraw"), "withdraw", "",
                                            self.withdraw_chosen)
        self.import_action = self.pane_action(self.tr("&Import…"), "import", "",
                                          self._choose_import)
        self.export_action = self.pane_action(self.tr("E&xport…"), "export", "",
                                          self._choose_export)
        self.refresh_action = self.pane_action(self.tr("Re&fresh"), "refresh", "F5", self.load)
        self._build_layout()

    def _build_layout(self) -> None:
        # As the desk's toolbar: icons, each with its words and keys in the tooltip, so that the
        # row fits the pane in the right column of a 1280 px window with nothing behind "»";
        # the decisions (approve, reject) keep their words where the pane has room for them.
        toolbar = QToolBar()
        toolbar.setObjectName("answer-review-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.setIconSize(QSize(20, 20))
        for action in (self.new_action, self.edit_action, self.retire_action, None,
                       self.approve_action, self.reject_action, self.withdraw_action, None,
                       self.import_action, self.export_action, self.refresh_action):
            if action is None:
                toolbar.addSeparator()
                continue
            toolbar.addAction(action)
            action.setToolTip(tool_tip(action))
            if action is self.withdraw_action:
                # The reason goes with "Reject": kept beside it, not on a row of its own; it
                # takes the room the buttons leave.
                self.reason_edit.setMinimumWidth(120)
                self.reason_edit.setSizePolicy(QSizePolicy.Policy.Expanding,
                                               QSizePolicy.Policy.Fixed)
                toolbar.addWidget(self.reason_edit)
        self.toolbar = toolbar
        self.tabs = QTabWidget()
        self.tabs.setObjectName("answer-review-tabs")
        self.tabs.addTab(self.pending_view, icon("approve"), self.tr("Awaiting approval"))
        # Side by side: a low pane still shows both.
        self.entries_split = QSplitter(Qt.Orientation.Horizontal)
        self.entries_split.setChildrenCollapsible(False)
        self.entries_split.addWidget(self.entries_view)
        self.entries_split.addWidget(self.history_view)
        self.tabs.addTab(self.entries_split, icon("history"), self.tr("All answers and history"))
        # Each split's orientation and shares, set when the pane's size calls for others.
        self._arrangements: dict[QSplitter, tuple[Qt.Orientation, int, int]] = {}
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("answer-review-split")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.tabs)
        self.split.addWidget(self.details)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(toolbar)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.message_line)
        self.setWidget(body)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Details beside the lists in a wide pane, under them in a narrow one (and in a narrow
        and tall one the answers over the chosen one's history); the decisions with their words
        where the toolbar has room for them and a reason of some length."""
        wide = self.width() >= SIDE_BY_SIDE_WIDTH
        stacked = not wide and self.height() >= TALL
        # Under the lists the details get the larger share, but in a low pane (the bottom of
        # the right column) the lists keep half, so that a row or two of them shows.
        under = (2, 3) if self.height() >= TALL * 3 // 4 else (1, 1)
        for split, beside, shares in ((self.split, wide, ((3, 2), under)),
                                      (self.entries_split, not stacked, ((11, 9), (1, 1)))):
            orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
            first, second = shares[0] if beside else shares[1]
            arrangement = (orientation, first, second)
            if self._arrangements.get(split) != arrangement:
                self._arrangements[split] = arrangement
                split.setOrientation(orientation)
                split.setStretchFactor(0, first)
                split.setStretchFactor(1, second)
                length = split.width() if beside else split.height()
                split.setSizes([length * first // (first + second),
                                length * second // (first + second)])
        worded = (self.approve_action, self.reject_action)
        room = self.toolbar.contentsRect().width()
        needed = self._toolbar_width(worded)
        style = (Qt.ToolButtonStyle.ToolButtonTextBesideIcon if needed <= room
                 else Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in worded:
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _toolbar_width(self, worded: tuple[QAction, ...]) -> int:
        """The toolbar's width with ``worded`` actions in words and a reason of 220 px."""
        width = self.toolbar.sizeHint().width() + 220 - self.reason_edit.sizeHint().width()
        for action in worded:
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and \
                    button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
                width += button.fontMetrics().horizontalAdvance(action.iconText()) + 8
        return width

    def _table(self, name: str, model: Any, elastic: tuple[int, ...],
               hidden: tuple[int, ...] = ()) -> QTableView:
        """A read-only list whose columns fit the pane: numbers, kinds and dates whole, the
        ``elastic`` titles, names and notes sharing the rest (cut with "…", whole in the
        tooltip)."""
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        for column in hidden:
            view.setColumnHidden(column, True)
        view.setMinimumHeight(40)  # the pane shares the bottom of the window with the audit log
        FittedColumns(view, elastic)
        return view

    def title(self) -> str:
        return self.tr("Answer library: editing and approval")

    def focus_target(self) -> QWidget:
        return self.pending_view

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        services, actor = self.context.services, self.context.principal

        def fetch() -> Loaded:
            return (services.answer_editor.pending(actor), services.answer_editor.entries(actor),
                    services.answers.topics())

        self.context.runner.run(fetch, self._loaded, self._failed, key="answer-review-load")

    def _loaded(self, loaded: Loaded) -> None:
        pending, entries, topics = loaded
        self.topics = topics
        self.pending_model.set_versions(pending)
        self.entries_model.set_entries(entries, {t.code: t.title for t in topics})
        self.tabs.setTabText(0, self.tr("Awaiting approval (%1)").replace("%1", str(len(pending))))
        if pending:
            self.pending_view.selectRow(0)

    # -- choosing -----------------------------------------------------------------------------
    def chosen_versions(self) -> list[VersionInfo]:
        rows = sorted(index.row() for index in self.pending_view.selectionModel().selectedRows())
        return [self.pending_model.version(row) for row in rows]

    def chosen_entry(self) -> EntryState | None:
        rows = self.entries_view.selectionModel().selectedRows()
        return self.entries_model.entry(rows[0].row()) if rows else None

    def _pending_chosen(self, *_args: object) -> None:
        versions = self.chosen_versions()
        if not versions:
            return
        version = versions[0]
        editor, actor = self.context.services.answer_editor, self.context.principal

        def published() -> tuple[VersionInfo, EntryState]:
            return version, editor.entry(actor, version.entry_id)

        self.context.runner.run(published, self._show_diff, self._failed,
                                key="answer-review-details")

    def _show_diff(self, loaded: tuple[VersionInfo, EntryState]) -> None:
        version, entry = loaded
        before = entry.content if entry.published_number is not None else None
        self.details.setHtml(version_diff_html(version, before))

    def _entry_chosen(self, *_args: object) -> None:
        entry = self.chosen_entry()
        if entry is None:
            return
        editor, actor = self.context.services.answer_editor, self.context.principal
        self.context.runner.run(lambda: editor.history(actor, entry.entry_id),
                                self._history_loaded, self._failed, key="answer-review-history")

    def _history_loaded(self, versions: list[VersionInfo]) -> None:
        self.history_model.set_versions(versions)
        if versions:
            self.history_view.selectRow(0)

    def _history_chosen(self, *_args: object) -> None:
        rows = self.history_view.selectionModel().selectedRows()
        if rows:
            version = self.history_model.version(rows[0].row())
            self.details.setHtml(version_diff_html(version, None) if version.number == 1 else
                                 version_diff_html(version, self._previous(version)))

    def _previous(self, version: VersionInfo) -> Any:
        for row in range(self.history_model.rowCount()):
            other = self.history_model.version(row)
            if other.number < version.number and other.status == "approved":
                return other.content
        return None

    # -- changing -----------------------------------------------------------------------------
    def new_answer(self) -> AnswerEntryDialog:
        dialog = AnswerEntryDialog(self.tr("New answer"), self.topics, self)
        editor, actor = self.context.services.answer_editor, self.context.principal
        dialog.submitted.connect(lambda: self._submit(
            dialog, lambda: editor.propose_new(actor, dialog.content(), dialog.note())))
        return self._open(dialog)

    def change_answer(self) -> AnswerEntryDialog | None:
        entry = self.chosen_entry()
        if entry is None:
            self._say(self.tr("Choose an answer on the tab “All answers” first."), "warning")
            return None
        dialog = AnswerEntryDialog(self.tr("Change the answer"), self.topics, self,
                                   content=entry.content)
        editor, actor = self.context.services.answer_editor, self.context.principal
        dialog.submitted.connect(lambda: self._submit(dialog, lambda: editor.propose_change(
            actor, entry.entry_id, entry.row_version, dialog.content(), dialog.note())))
        return self._open(dialog)

    def _open(self, dialog: AnswerEntryDialog) -> AnswerEntryDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _submit(self, dialog: AnswerEntryDialog, work: Callable[[], VersionInfo]) -> None:
        def saved(version: VersionInfo) -> None:
            dialog.done_ok()
            self._say(self.tr("Version %1 of “%2” awaits approval by another supervisor.")
                      .replace("%1", str(version.number)).replace("%2", version.content.title),
                      "ok")
            self.load()

        self.context.runner.run(work, saved, lambda error: dialog.refused(error.message))

    def retire_answer(self) -> None:
        entry = self.chosen_entry()
        if entry is None:
            self._say(self.tr("Choose an answer on the tab “All answers” first."), "warning")
            return
        editor, actor = self.context.services.answer_editor, self.context.principal
        self._run(lambda: editor.propose_retirement(actor, entry.entry_id, entry.row_version,
                                                    self.reason_edit.text()),
                  self.tr("Retiring “%1” awaits approval.").replace("%1", entry.content.title))

    def approve_chosen(self) -> None:
        versions = self.chosen_versions()
        editor, actor = self.context.services.answer_editor, self.context.principal

        def approve_all() -> int:
            for version in versions:
                editor.approve(actor, version.id, version.row_version)
            return len(versions)

        if versions:
            self._run(approve_all, self.tr("Approved: %1. Operators see it now."))

    def reject_chosen(self) -> None:
        versions, reason = self.chosen_versions(), self.reason_edit.text()
        editor, actor = self.context.services.answer_editor, self.context.principal
        if versions:
            self._run(lambda: [editor.reject(actor, v.id, v.row_version, reason)
                               for v in versions], self.tr("Rejected: %1."))

    def withdraw_chosen(self) -> None:
        versions = self.chosen_versions()
        editor, actor = self.context.services.answer_editor, self.context.principal
        if versions:
            self._run(lambda: [editor.withdraw(actor, v.id, v.row_version) for v in versions],
                      self.tr("Withdrawn: %1."))

    def _run(self, work: Callable[[], Any], done: str) -> None:
        def finished(result: Any) -> None:
            count = result if isinstance(result, int) else len(result) if isinstance(
                result, list) else 1
            self.reason_edit.clear()
            self._say(done.replace("%1", str(count)), "ok")
            self.load()

        self.context.runner.run(work, finished, self._failed)

    # -- files ------------------------------------------------------------------------------------
    def _choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a library file"), "",
                                                    self.tr("Answer library (*.json)"))
        if path:
            self.import_from(Path(path))

    def _choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the library"),
                                                    "answer-library.json",
                                                    self.tr("Answer library (*.json)"))
        if path:
            self.export_to(Path(path))

    def import_from(self, path: Path) -> None:
        exchange, actor = self.context.services.answer_exchange, self.context.principal
        # Worded here: work() runs in a worker thread.
        cannot_read = self.tr("Could not read the file %1: %2.").replace("%1", str(path))
        not_text = self.tr("it is not UTF-8 text")

        def work() -> ImportReport:
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as error:
                raise ValidationError(cannot_read.replace(
                    "%2", str(error.strerror or error))) from None
            except UnicodeDecodeError:
                raise ValidationError(cannot_read.replace("%2", not_text)) from None
            return exchange.import_library(actor, parse_library(text))

        def imported(report: ImportReport) -> None:
            self._say(self.tr("Imported: new %1, changed %2, retired %3, unchanged %4. "
                              "They await approval.")
                      .replace("%1", str(report.proposed_new))
                      .replace("%2", str(report.proposed_changes))
                      .replace("%3", str(report.proposed_retirements))
                      .replace("%4", str(report.unchanged)), "ok")
            self.load()

        self.context.runner.run(work, imported, self._failed)

    def export_to(self, path: Path) -> None:
        exchange, actor = self.context.services.answer_exchange, self.context.principal
        cannot_write = self.tr("Could not write the file %1: %2.").replace("%1", str(path))

        def work() -> int:
            library = exchange.export_library(actor)
            try:
                path.write_text(dump_library(library), encoding="utf-8")
            except OSError as error:
                raise ValidationError(cannot_write.replace(
                    "%2", str(error.strerror or error))) from None
            return len(library.entries)

        self.context.runner.run(work, lambda count: self._say(
            self.tr("Exported answers: %1.").replace("%1", str(count)), "ok"), self._failed)

    def _failed(self, error: DomainError) -> None:
        self._say(error.message, "warning")

    def _say(self, text: str, meaning: str) -> None:
        self.message_line.say(text, meaning)

