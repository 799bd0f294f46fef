"""Work queues: my appeals, my unit's, those awaiting the customer (WR-2), new unassigned ones
and — for supervisors — every desk's (DB-2), with filters and newest/oldest first.

The table loads a page at a time as one scrolls; every query runs in the background. Enter or
a double click opens the appeal in the editor; F5 reloads.

The queue follows other desks (DB-1, DB-2): every ``CHECK_MS`` an injectable timer runs a cheap
check in the background (which appeals changed in the change feed since the queue loaded, and
whether any of them is shown or belongs to this queue — AppealQueues.changed) and reloads only
then. A reload, like F5 or one's own save, keeps the selected appeal, the row at the top of the
view and as many rows as were loaded; while a page is being fetched, or the pane is hidden, the
check waits for the next time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.models.appeal_queue import AppealQueueModel
from ui.panes.base import DeskPane, PaneContext
from workstation.appeal_queues import (
    PAGE_SIZE,
    Cursor,
    QueueFilter,
    QueueKind,
    QueueMark,
    QueuePage,
)
from workstation.appeals import AppealStatus, Category, Channel, Urgency
from workstation.errors import DomainError
from workstation.roles import Role

TASK_KEY = "work-queues-page"
COUNT_KEY = "work-queues-count"
CHECK_KEY = "work-queues-check"
CHECK_MS = 20_000  # how often the background check asks whether other desks changed anything
KEEP_AT_MOST = 1000  # a reload that keeps one's place reloads at most this many rows


@dataclass(frozen=True)
class _Place:
    """What the person was looking at, restored after a reload."""

    selected: uuid.UUID | None
    selected_number: str
    top: uuid.UUID | None
    scroll: int


class WorkQueuesPane(DeskPane):
    OBJECT_NAME = "work-queues-pane"
    ROLES = frozenset({Role.OPERATOR, Role.SPECIALIST, Role.SUPERVISOR})
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    SHORTCUT = "Ctrl+Shift+W"
    ICON = "work-queues"

    appeal_opened = Signal(object)  # the appeal's id
    page_size = PAGE_SIZE  # rows fetched at a time

    def __init__(self, context: PaneContext, parent: QWidget | None = None, *,
                 check_timer: QTimer | None = None) -> None:
        super().__init__(context, parent)
        self.kinds = context.services.queues.kinds_for(context.principal)
        self.newest_first = True
        self.total = 0  # appeals in the queue as filtered (the count query's answer)
        self._mark: QueueMark | None = None  # the change feed when the rows shown were read
        self._generation = 0  # bumped by every load: an older check's answer is dropped
        self._paging = False  # a page is on its way: the check waits
        self._place: _Place | None = None  # restored when the reload arrives
        self._notice = ""  # said after the count until the next reload
        self.reloads = 0  # pages loaded from the top (tests: no reload when nothing changed)
        self.model = AppealQueueModel(context.zone, self)
        self.model.more_wanted.connect(self._fetch_more)

        self.tabs = QTabBar()
        self.tabs.setObjectName("queue-tabs")
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        titles = {QueueKind.MINE: self.tr("My appeals"), QueueKind.UNIT: self.tr("My unit"),
                  QueueKind.CLARIFICATION: self.tr("Awaiting clarification"),
                  QueueKind.INCOMING: self.tr("New, unassigned"),
                  QueueKind.ALL: self.tr("All desks")}
        for kind in self.kinds:
            self.tabs.addTab(titles[kind])
        self.tabs.currentChanged.connect(lambda _index: self.load())

        self.channel_combo = self._filter("queue-channel", self.tr("Any channel"),
                                          [(c.label, c) for c in Channel])
        self.category_combo = self._filter("queue-category", self.tr("Any category"),
                                           [(c.value, c) for c in Category])
        self.status_combo = self._filter("queue-status", self.tr("Open ones"),
                                         [(s.label, s) for s in AppealStatus])
        self.urgency_combo = self._filter("queue-urgency", self.tr("Any urgency"),
                                          [(self.tr("Urgent"), Urgency.URGENT),
                                           (self.tr("Normal"), Urgency.NORMAL)])
        self.order_button = QToolButton()
        self.order_button.setObjectName("queue-order")
        self.order_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.order_button.clicked.connect(self.toggle_order)

        self.table = QTableView()
        self.table.setObjectName("queue-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AppealQueueModel.TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        for column, width in ((AppealQueueModel.NUMBER, 120), (AppealQueueModel.RECEIVED, 130),
                              (AppealQueueModel.CHANNEL, 170), (AppealQueueModel.CATEGORY, 48),
                              (AppealQueueModel.STATUS, 200), (AppealQueueModel.WHO, 220),
                              (AppealQueueModel.ASSIGNEE, 190)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._activated)

        self._message_icon = QLabel()
        self.message_label = QLabel()
        self.message_label.setObjectName("queue-message")
        self.refresh_action = self.pane_action(self.tr("&Refresh the queue"), "refresh", "F5",
                                           self.refresh)
        self.open_action = self.pane_action(self.tr("&Open the appeal"), "appeal-editor",
                                        "Ctrl+O", self.open_current)
        self._build_layout()
        self._show_order()
        self._check_timer = check_timer if check_timer is not None else QTimer(self)
        self._check_timer.setInterval(CHECK_MS)
        self._check_timer.timeout.connect(self.check_for_changes)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filter:")))
        for combo in (self.channel_combo, self.category_combo, self.status_combo,
                      self.urgency_combo):
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.order_button)
        message_row = QHBoxLayout()
        message_row.addWidget(self._message_icon)
        message_row.addWidget(self.message_label, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(message_row)
        self.setWidget(body)

    def _filter(self, name: str, everything: str, items: list[tuple[str, StrEnum]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # Sized by a few letters, not by the longest status: the pane sits in a shared dock area
        # whose narrowest pane sets the window's minimum width.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _index: self.load())
        return combo

    def title(self) -> str:
        return self.tr("Work queues")

    def focus_target(self) -> QWidget:
        return self.table

    def connect_panes(self, panes: dict[str, DeskPane]) -> None:
        from ui.panes.appeal_editor_pane import AppealEditorPane

        editor = panes.get(AppealEditorPane.OBJECT_NAME)
        if isinstance(editor, AppealEditorPane):
            self.appeal_opened.connect(editor.open_appeal)
            editor.appeal_saved.connect(lambda _appeal_id: self.refresh())

    # -- what is asked for ----------------------------------------------------------------------
    @property
    def kind(self) -> QueueKind:
        return self.kinds[max(self.tabs.currentIndex(), 0)]

    def wanted(self) -> QueueFilter:
        def chosen(combo: QComboBox, kind: type[StrEnum]) -> frozenset[Any]:
            # Qt hands enum values back as plain strings.
            value = combo.currentData()
            return frozenset({kind(value)}) if value is not None else frozenset()

        return QueueFilter(self.kind, chosen(self.channel_combo, Channel),
                           chosen(self.category_combo, Category),
                           chosen(self.status_combo, AppealStatus),
                           chosen(self.urgency_combo, Urgency), self.newest_first)

    def show_queue(self, kind: QueueKind) -> None:
        if kind in self.kinds:
            self.tabs.setCurrentIndex(self.kinds.index(kind))

    def toggle_order(self) -> None:
        self.newest_first = not self.newest_first
        self._show_order()
        self.load()

    def _show_order(self) -> None:
        self.order_button.setText(self.tr("Newest first") if self.newest_first
                                  else self.tr("Oldest first"))
        self.order_button.setIcon(icon("clock"))
        self.order_button.setToolTip(self.tr("Sort by the time received (click to reverse)"))
        order = (Qt.SortOrder.DescendingOrder if self.newest_first
                 else Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(AppealQueueModel.RECEIVED, order)

    def _header_clicked(self, section: int) -> None:
        # Pages come sorted from the database, so only the received time sorts (and reverses).
        if section == AppealQueueModel.RECEIVED:
            self.toggle_order()
        else:
            self._show_order()

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        """Load the queue afresh from its first row (another tab, filter or order)."""
        self._say(self.tr("Loading…"), "refresh")
        self.total = 0  # until this filter's count arrives
        self._read(self.page_size, None)

    def refresh(self) -> None:
        """Reload the same queue keeping one's place: the selected appeal, the row at the top
        of the view, as many rows as were loaded (F5, one's own save, another desk's change)."""
        if self._mark is None:  # nothing loaded yet: an ordinary first load
            self.load()
            return
        model, table = self.model, self.table
        rows = table.selectionModel().selectedRows()
        selected = model.row_at(rows[0].row()) if rows else None
        top = model.row_at(table.rowAt(0))
        place = _Place(selected.id if selected else None,
                       selected.journal_number if selected else "", top.id if top else None,
                       table.verticalScrollBar().value())
        self._read(min(max(self.page_size, model.rowCount()), KEEP_AT_MOST), place)

    def _read(self, limit: int, place: _Place | None) -> None:
        queues, principal, wanted = (self.context.services.queues, self.context.principal,
                                     self.wanted())
        self._generation += 1
        self._paging = True
        self._place = place
        self._notice = ""

        def read() -> tuple[QueueMark, QueuePage]:
            # The mark first: a change committed while the page is read is seen again later.
            mark = queues.mark()
            return mark, queues.page(principal, wanted, limit=limit)

        # The rows first, the count apart: a count over many appeals must not delay the list.
        self.context.runner.run(read, self._read_done, self._failed, key=TASK_KEY)
        self.context.runner.run(lambda: queues.count(principal, wanted), self._counted,
                                lambda error: self._say(error.message, "warning"), key=COUNT_KEY)
        if not self._check_timer.isActive():
            self._check_timer.start()

    def _read_done(self, result: tuple[QueueMark, QueuePage]) -> None:
        self._mark, page = result
        self._loaded(page)

    def _loaded(self, page: QueuePage) -> None:
        place, self._place = self._place, None
        self._paging = False
        self.reloads += 1
        self.model.set_page(page)
        if place is None:
            if page.rows:
                self.table.selectRow(0)
        else:
            self._restore(place)
        self._say_count()

    def _restore(self, place: _Place) -> None:
        """Put the person back where they were after a reload: the same appeal selected, the
        same appeal at the top of the view (or the same scroll position when it is gone)."""
        model, table = self.model, self.table
        row = model.row_of(place.selected) if place.selected is not None else None
        if row is not None:
            # Selecting scrolls to the row; the scroll is put back below.
            selection = table.selectionModel()
            selection.setCurrentIndex(model.index(row, 0),
                                      selection.SelectionFlag.ClearAndSelect
                                      | selection.SelectionFlag.Rows)
        elif place.selected is not None:
            # It left this queue (taken or closed at another desk). Nothing else is selected in
            # its place: Enter must never open an appeal the person did not choose.
            self._notice = self.tr(
                "Appeal %1 has left this queue (changed at another desk)").replace(
                "%1", place.selected_number)
        top = model.row_of(place.top) if place.top is not None else None
        table.doItemsLayout()  # the scroll range of the new rows, before scrolling in them
        if top is not None:
            table.scrollTo(model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            table.verticalScrollBar().setValue(place.scroll)

    # -- following other desks --------------------------------------------------------------------
    def check_for_changes(self) -> None:
        """Ask in the background whether other desks changed anything this queue shows or
        should show; reload (keeping one's place) only then."""
        mark = self._mark
        if mark is None or self._paging or not self.isVisible():
            return  # not loaded yet, a page on its way, or hidden: showing it checks
        queues, principal, wanted = (self.context.services.queues, self.context.principal,
                                     self.wanted())
        shown = frozenset(row.id for row in self.model.rows())
        generation = self._generation
        self.context.runner.run(lambda: queues.changed(principal, wanted, mark, shown),
                                lambda result: self._checked(generation, result),
                                self._check_failed, key=CHECK_KEY)

    def _checked(self, generation: int, result: tuple[QueueMark, bool]) -> None:
        if generation != self._generation or self._paging:
            return  # the queue was reloaded meanwhile: this answer is about older rows
        self._mark, changed = result
        if changed:
            self.refresh()

    def _check_failed(self, _error: DomainError) -> None:
        """A failed check (the database away for a moment) is tried again by the next one:
        the rows shown stay, and nothing the person does is interrupted."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check_for_changes()  # hidden for a while: catch up at once

    def _counted(self, total: int) -> None:
        self.total = total
        self._say_count()

    def _fetch_more(self, cursor: Cursor) -> None:
        queues, principal, wanted = (self.context.services.queues, self.context.principal,
                                     self.wanted())
        limit = self.page_size
        self._paging = True
        self.context.runner.run(lambda: queues.page(principal, wanted, cursor, limit),
                                self._appended, self._failed, key=TASK_KEY)

    def _appended(self, page: QueuePage) -> None:
        self._paging = False
        self.model.append_page(page)
        self._say_count()

    def _failed(self, error: DomainError) -> None:
        self._paging = False
        self._place = None
        self.model.fetch_failed()
        self._say(error.message, "warning")

    def _say_count(self) -> None:
        shown, total = self.model.rowCount(), max(self.total, self.model.rowCount())
        if shown < total:
            text = self.tr("Appeals: %1 (%2 shown, scroll for more)").replace(
                "%1", str(total)).replace("%2", str(shown))
        else:
            text = self.tr("Appeals: %1").replace("%1", str(total))
        if self._notice:
            text = f"{text} · {self._notice}"
        self._say(text, "info")

    # -- opening --------------------------------------------------------------------------------
    def open_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is not None:
            self.appeal_opened.emit(row.id)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.appeal_opened.emit(row.id)

    def select_appeal(self, appeal_id: uuid.UUID) -> None:
        row = self.model.row_of(appeal_id)
        if row is not None:
            self.table.selectRow(row)

    def _say(self, text: str, meaning: str) -> None:
        self.message_label.setText(text)
        self._message_icon.setPixmap(icon(meaning).pixmap(16, 16))
