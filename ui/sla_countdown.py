"""The SLA countdown: the current call phase in seconds, and the person's nearest deadlines of
written work in days, hours and minutes — urgent and overdue ones on top.

It ticks from an injectable timer (every second) and only subtracts "now" from stored due
times; it reloads from the database when told (``refresh``) or when a cheap background check
(every ``CHECK_MS``) finds the person's deadlines or the rules changed — never every second.
The GUI thread never waits: loading and checking run in the TaskRunner.

A callback the operator promised (TEL-3) is one of their deadlines, titled with whom to call and
the number; a click opens the appeal registered from the call, and *Callback made* (context
menu, or Ctrl+Return in the list) marks it done once the customer has been called back.
"""

from __future__ import annotations

import time
from datetime import datetime, tzinfo

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.call_phase_clock import CallPhaseClock
from ui.deadline_look import DeadlineWords, state_icon
from ui.models.deadlines_table import DeadlinesTableModel, PreparedRows, prepare_rows
from ui.tasks import TaskRunner
from workstation.deadline_math import DeadlineState
from workstation.deadline_rules import Rule, RuleBook
from workstation.deadline_service import DeadlineView
from workstation.deadlines import SubjectType
from workstation.errors import DomainError
from workstation.roles import Principal
from workstation.services import Services

Loaded = tuple[tuple[int, int, int], PreparedRows, RuleBook]
TICK_MS = 1000
CHECK_MS = 30_000  # how often the background check asks whether anything changed
STATE_SLACK = 6  # pixels beyond the measured state words: a font's rounding never cuts them


class SlaCountdown(QWidget):
    open_requested = Signal(str, object)  # subject type, subject id (uuid.UUID)
    appeal_requested = Signal(object)  # appeal id, for the appeal editor
    breached = Signal(str)  # what has just become overdue (a title or a rule's name)

    def __init__(self, services: Services, principal: Principal, runner: TaskRunner,
                 zone: tzinfo, parent: QWidget | None = None, *,
                 tick_timer: QTimer | None = None, check_timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sla-countdown")
        self._services = services
        self._principal = principal
        self._runner = runner
        self._marker: tuple[int, int, int] | None = None
        self._zone = zone
        words = DeadlineWords(self)
        self._state_words = {state: words.state(state) for state in DeadlineState}
        self.sound = False  # a beep at a breach; the pane offers the switch
        self.last_refresh_ms: float | None = None  # GUI-thread time of the last reload
        self.rules: RuleBook | None = None

        self.phase = CallPhaseClock(self)
        self.phase.breached.connect(self._phase_breached)
        self.model = DeadlinesTableModel(zone, self)
        self.table = QTableView()
        self.table.setObjectName("sla-deadlines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures 500 rows' contents on a reload.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DeadlinesTableModel.ITEM, QHeaderView.ResizeMode.Stretch)
        # The state is said in words (never by colour alone): its column fits the longest
        # word in this language, bold as an overdue row draws it, so none is cut.
        self.table.setColumnWidth(DeadlinesTableModel.STATE, self.state_column_width())
        for column, width in ((DeadlinesTableModel.RULE, 62), (DeadlinesTableModel.DUE, 92),
                              (DeadlinesTableModel.LEFT, 96)):
            self.table.setColumnWidth(column, width)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        # TEL-3: the operator called the customer back as promised.
        self.callback_done_action = QAction(self.tr("&Callback made"), self)
        self.callback_done_action.setObjectName("sla-callback-done")
        self.callback_done_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.callback_done_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.callback_done_action.setStatusTip(
            self.tr("Mark the selected promised callback (TEL-3) as made"))
        self.callback_done_action.setEnabled(False)
        self.callback_done_action.triggered.connect(lambda _checked=False: self.callback_made())
        self.table.addAction(self.callback_done_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._enable_callback_done())
        self.model.modelReset.connect(self._enable_callback_done)
        self.model.layoutChanged.connect(self._enable_callback_done)

        self._summary_icon = QLabel()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("sla-summary")
        summary = QHBoxLayout()
        summary.addWidget(self._summary_icon)
        summary.addWidget(self.summary_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.phase)
        layout.addLayout(summary)
        layout.addWidget(self.table, 1)
        self._show_summary(loading=True)

        self._tick_timer = tick_timer if tick_timer is not None else QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self.tick)
        self._check_timer = check_timer if check_timer is not None else QTimer(self)
        self._check_timer.setInterval(CHECK_MS)
        self._check_timer.timeout.connect(self.check_for_changes)

    def state_column_width(self) -> int:
        """The width at which every state's icon and word fit whole, the header's too."""
        table, style = self.table, self.table.style()
        bold = QFont(table.font())
        bold.setBold(True)
        option = QStyleOptionViewItem()
        option.initFrom(table.viewport())
        option.font = bold
        option.fontMetrics = QFontMetrics(bold)
        option.features = (QStyleOptionViewItem.ViewItemFeature.HasDisplay
                           | QStyleOptionViewItem.ViewItemFeature.HasDecoration)
        option.decorationPosition = QStyleOptionViewItem.Position.Left
        extent = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
        option.decorationSize = QSize(extent, extent)
        widest = 0
        for state, word in self._state_words.items():
            option.text = word
            option.icon = state_icon(state)
            size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(),
                                          table)
            widest = max(widest, size.width())
        header = table.horizontalHeader().sectionSizeHint(DeadlinesTableModel.STATE)
        return max(widest + STATE_SLACK, header)

    # -- life ----------------------------------------------------------------------------------
    def start(self) -> None:
        """Load, and start ticking and checking (the pane calls it when first shown)."""
        self.refresh()
        self._tick_timer.start()
        self._check_timer.start()

    def stop(self) -> None:
        self._tick_timer.stop()
        self._check_timer.stop()

    def now(self) -> datetime:
        return self._services.clock.now()

    # -- call phases (the call panel's API) ----------------------------------------------------
    def start_phase(self, rule: Rule | str, started_at: datetime) -> Rule:
        """Show the phase of ``rule`` ("SLA-2", "SLA-3/specialist" or a Rule) counting down
        from ``started_at``; replaces the phase shown before."""
        return self.phase.start_phase(rule, started_at, self.now())

    def end_phase(self) -> None:
        self.phase.end_phase()

    # -- ticking -------------------------------------------------------------------------------
    def tick(self) -> None:
        now = self.now()
        self.phase.tick(now)
        breached = self.model.tick(now)
        for view in breached:
            self._alert(view.title)
        self._show_summary()

    def _phase_breached(self, rule_name: str) -> None:
        self._alert(rule_name)

    def _alert(self, what: str) -> None:
        self.breached.emit(what)
        if self.sound:
            QApplication.beep()
        window = self.window()
        if window is not None and window.isVisible():
            QApplication.alert(window)  # the taskbar entry flashes if the desk is behind

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the person's deadlines and the rules in the background."""
        deadlines, rules, principal = (self._services.deadlines,
                                       self._services.deadline_rules, self._principal)
        clock, zone = self._services.clock, self._zone

        def load() -> Loaded:
            marker = deadlines.marker(principal)
            # States, order and texts are made here, in the worker: the GUI thread only swaps.
            rows = prepare_rows(deadlines.open_for(principal), clock.now(), zone)
            return marker, rows, rules.rule_book()

        self._runner.run(load, self._loaded, self._failed, key=f"sla-load-{id(self)}")

    def check_for_changes(self) -> None:
        deadlines, principal = self._services.deadlines, self._principal
        self._runner.run(lambda: deadlines.marker(principal), self._checked, self._failed,
                         key=f"sla-check-{id(self)}")

    def _checked(self, marker: tuple[int, int, int]) -> None:
        if marker != self._marker:
            self.refresh()

    def _loaded(self, result: Loaded) -> None:
        started = time.perf_counter()
        self._marker, rows, self.rules = result
        self.phase.set_rules(self.rules)
        self.model.set_prepared(rows)
        self.model.tick(self.now())  # time passed while the worker ran
        self._show_summary()
        self.last_refresh_ms = (time.perf_counter() - started) * 1000

    def _failed(self, error: DomainError) -> None:
        self.summary_label.setText(error.message)
        self._summary_icon.setPixmap(state_icon(DeadlineState.OVERDUE).pixmap(16, 16))

    # -- showing -------------------------------------------------------------------------------
    def _show_summary(self, *, loading: bool = False) -> None:
        if loading:
            self.summary_label.setText(self.tr("Loading deadlines…"))
            return
        counts = self.model.counts()
        if not self.model.rowCount():
            self.summary_label.setText(self.tr("No open deadlines"))
            self._summary_icon.setPixmap(state_icon(DeadlineState.ON_TIME).pixmap(16, 16))
            return
        parts = [(state, counts[state]) for state in (DeadlineState.OVERDUE,
                                                      DeadlineState.DUE_SOON,
                                                      DeadlineState.ON_TIME,
                                                      DeadlineState.PAUSED) if counts[state]]
        text = " · ".join(f"{self._state_words[state]}: {count}" for state, count in parts)
        if text != self.summary_label.text():
            self.summary_label.setText(text)
            self._summary_icon.setPixmap(state_icon(parts[0][0]).pixmap(16, 16))

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        view = self.model.view_at(index.row())
        self.open_requested.emit(view.subject_type, view.subject_id)
        if view.subject_type == SubjectType.APPEAL:
            self.appeal_requested.emit(view.subject_id)
        elif view.appeal_id is not None:  # a promised callback: the appeal of its call
            self.appeal_requested.emit(view.appeal_id)

    # -- TEL-3: promised callbacks --------------------------------------------------------------
    def current_callback(self) -> DeadlineView | None:
        index = self.table.currentIndex()
        if not index.isValid() or not 0 <= index.row() < self.model.rowCount():
            return None
        view = self.model.view_at(index.row())
        return view if view.subject_type == SubjectType.CALLBACK else None

    def _enable_callback_done(self) -> None:
        self.callback_done_action.setEnabled(self.current_callback() is not None)

    def callback_made(self) -> None:
        """The selected promised callback was made: mark it done in the background."""
        view = self.current_callback()
        if view is None:
            return
        desk, principal, call_id = self._services.call_desk, self._principal, view.subject_id
        self.callback_done_action.setEnabled(False)  # one click, one mark
        self._runner.run(lambda: desk.callback_made(principal, call_id),
                         lambda _done: self.refresh(), self._failed,
                         key=f"sla-callback-{id(self)}")

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
