"""The live customer lookup: one field, results as you type, the card beside (SLA-2, DB-1).

Every keystroke starts a search in the background (ui/tasks.py) keyed so that the newer one
interrupts the older in the database (sqlite3 interrupt / psycopg cancel) and drops its result:
at most one query is in flight and the GUI never waits. Incoming calls (workstation/calls.py)
focus the field and pop the caller's card, or a "new customer" form with the number filled in.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.call_watcher import CallWatcher
from ui.dialogs.customer_dialog import CustomerDialog
from ui.highlight_delegate import HighlightDelegate
from ui.icons import icon
from ui.models.lookup_results import LookupResultsModel, LookupResultsProxy
from ui.panes.base import DeskPane, PaneContext
from workstation.calls import DatabaseCallSource, OfferedCall
from workstation.customers import DuplicateCustomerError
from workstation.errors import DomainError
from workstation.lookup import PreparedLookup
from workstation.lookup_results import LookupResult
from workstation.roles import Permission, Principal, Role

SEARCH_KEY = "customer-lookup"


class LookupPane(DeskPane):
    OBJECT_NAME = "lookup-pane"
    ROLES = frozenset({Role.OPERATOR, Role.SPECIALIST, Role.SUPERVISOR, Role.SIGNER})
    AREA = Qt.DockWidgetArea.LeftDockWidgetArea
    SHORTCUT = "Ctrl+Shift+F"
    ICON = "customer-search"

    customer_chosen = Signal(object, object)  # customer id, the call's id or None
    results_shown = Signal(object)  # LookupResult: for tests and the GUI bench
    call_taken = Signal(object)  # OfferedCall: the desk took it (the call panel opens, issue 6)

    def __init__(self, context: PaneContext, parent: QWidget | None = None, *,
                 call_timer: QTimer | None = None) -> None:
        super().__init__(context, parent)
        self.model = LookupResultsModel(self)
        self.proxy = LookupResultsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.searching: PreparedLookup | None = None  # the search in flight, for tests
        self.current_call: OfferedCall | None = None
        self._waiting_call: OfferedCall | None = None
        self.dialog: CustomerDialog | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("lookup-field")
        self.search_edit.setPlaceholderText(
            self.tr("Account, phone, name, address, INN or contract"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(self.search)
        self.search_edit.returnPressed.connect(self.open_current)
        self.search_edit.installEventFilter(self)

        self.call_label = QLabel()
        self.call_label.setObjectName("lookup-call")
        self.call_label.setProperty("role", "section")
        self.call_label.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("lookup-status")
        self.status_label.setProperty("role", "secondary")
        self.status_label.setWordWrap(True)
        self.status_label.linkActivated.connect(self.search_edit.setText)

        self.table = QTableView()
        self.table.setObjectName("lookup-results")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(HighlightDelegate(self.table))
        # Rank order until the person clicks a header (no sort indicator before that).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Name, address, account and phone in sight at the pane's default width (about 700 px,
        # see ui/default_layout.py): the account and the phone are what callers give.
        for column, width in enumerate((210, 250, 105, 120)):
            header.resizeSection(column, width)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)

        self.find_action = QAction(icon("customer-search"), self.tr("&Find a customer"), self)
        self.find_action.setShortcut(QKeySequence("F3"))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(lambda _checked=False: self.focus_search())
        self.new_action = self.pane_action(self.tr("&New customer…"), "user-add", "Ins",
                                       lambda: self.new_customer())
        self.call_action = self.pane_action(self.tr("Simulate an incoming &call…"),
                                        "incoming-call", "Ctrl+Shift+I", self.simulate_call)
        if parent is not None:
            # F3 must work wherever the keyboard is, even with this pane hidden: on the window.
            parent.addAction(self.find_action)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.call_action)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(toolbar)
        layout.addWidget(self.call_label)
        layout.addWidget(self.search_edit)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.table, 1)
        self.setWidget(body)

        principal = context.principal
        self.calls: CallWatcher | None = None
        if principal.may(Permission.TAKE_CALLS) and principal.user_id is not None:
            source = DatabaseCallSource(context.services.calls, principal)
            self.calls = CallWatcher(source, context.runner, self, timer=call_timer)
            self.calls.call_arrived.connect(self.take_call)
        else:
            self.call_action.setEnabled(False)
        self._say(self.tr("Type an account number, a phone, a name or an address."))

    # -- declaration ----------------------------------------------------------------------------
    @classmethod
    def visible_to(cls, principal: Principal) -> bool:
        return principal.may(Permission.LOOKUP_CUSTOMERS)

    def title(self) -> str:
        return self.tr("Customer lookup")

    def focus_target(self) -> QWidget:
        return self.search_edit

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.EnabledChange and self.isEnabled()
                and self._waiting_call is not None):
            call, self._waiting_call = self._waiting_call, None
            self.take_call(call)

    def load(self) -> None:
        if self.calls is not None:
            self.calls.start()

    def focus_search(self) -> None:
        if not self.isEnabled():  # the desk is locked: the key must not reach under the cover
            return
        self.show()
        self.raise_()
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- searching ------------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Start a search for ``text``; a newer one interrupts this one in the database."""
        runner = self.context.runner
        if not text.strip():
            # Supersede whatever is in flight (that interrupts it) and show nothing.
            runner.run(lambda: None, lambda _r: None, key=SEARCH_KEY)
            self.searching = None
            self.model.clear()
            self._say(self.tr("Type an account number, a phone, a name or an address."))
            return
        prepared = self.context.services.lookup.prepare(self.context.principal, text)
        self.searching = prepared
        runner.run(prepared.run, self._found, self._failed, key=SEARCH_KEY,
                   interrupt=prepared.cancel)

    def _found(self, result: LookupResult) -> None:
        self.searching = None
        self.model.set_matches(result.matches)
        if result.matches:
            self.table.selectRow(0)
        self._say(self._summary(result))
        self.results_shown.emit(result)

    def _summary(self, result: LookupResult) -> str:
        if result.fuzzy:
            links = ", ".join(f'<a href="{word}">{word}</a>' for word in result.suggestions)
            return self.tr("Not found as typed. Did you mean: %1?").replace("%1", links)
        if not result.matches:
            return self.tr("Nobody found. Check the spelling, or add a new customer (Ins).")
        found = self.tr("%n customer(s)", "", len(result.matches))
        more = self.tr(" — there are more: type more to narrow down") if result.more else ""
        return self.tr("Found: %1%2. Enter opens the card.").replace("%1", found).replace(
            "%2", more)

    def _failed(self, error: DomainError) -> None:
        self.searching = None
        self._say(error.message, warning=True)

    def _say(self, text: str, *, warning: bool = False) -> None:
        self.status_label.setText(text)
        role = "section" if warning else "secondary"
        if self.status_label.property("role") != role:
            self.status_label.setProperty("role", role)
            self.status_label.style().polish(self.status_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the search field goes to the results: search, arrow, Enter — no mouse.
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.proxy.rowCount() > 0):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- opening a card -------------------------------------------------------------------------
    def open_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        customer_id = self.proxy.customer_at(row)
        if customer_id is not None:
            self.choose(customer_id)

    def _activated(self, index: QModelIndex) -> None:
        customer_id = self.proxy.customer_at(index.row())
        if customer_id is not None:
            self.choose(customer_id)

    def choose(self, customer_id: uuid.UUID) -> None:
        call = self.current_call
        if call is not None and self.calls is not None:
            self.calls.answer(call, customer_id)
            self.current_call = None
        self.customer_chosen.emit(customer_id, call.id if call else None)

    def connect_panes(self, panes: dict[str, DeskPane]) -> None:
        from ui.panes.customer_card import CustomerCardPane

        card = panes.get(CustomerCardPane.OBJECT_NAME)
        if isinstance(card, CustomerCardPane):
            self.customer_chosen.connect(card.show_customer)

    # -- calls ----------------------------------------------------------------------------------
    def take_call(self, call: OfferedCall) -> None:
        """A call rings at this desk: search by its number, pop the card or the new form."""
        if not self.isEnabled():
            # The desk is locked: nothing pops up over the lock screen; the call waits for
            # the operator to unlock (it keeps ringing in the database meanwhile).
            self._waiting_call = call
            return
        self.current_call = call
        self.call_taken.emit(call)
        self.call_label.setText(self.tr("Incoming call from %1").replace("%1",
                                                                        call.shown_number))
        self.call_label.setVisible(True)
        self.focus_search()
        self.search_edit.setText(call.shown_number)
        if len(call.customer_ids) == 1:
            self.choose(call.customer_ids[0])
        elif not call.customer_ids:
            if self.calls is not None:
                self.calls.answer(call, None)
            self.new_customer(phone=call.shown_number)

    def simulate_call(self) -> None:
        """For demonstrations: a call to this desk from a number typed here."""
        number, accepted = QInputDialog.getText(
            self, self.tr("Simulate an incoming call"), self.tr("Caller's number:"),
            text="+7 914 ")
        if not accepted or not number.strip():
            return
        calls, principal = self.context.services.calls, self.context.principal
        self.context.runner.run(
            lambda: calls.offer(principal, number, principal.login, source="demo"),
            lambda _call: self.calls.poll_now() if self.calls is not None else None,
            self._failed)

    # -- new customer ---------------------------------------------------------------------------
    def new_customer(self, phone: str = "") -> None:
        customers = self.context.services.customers
        self.context.runner.run(customers.account_number_pattern,
                                lambda pattern: self._open_new(pattern, phone), self._failed)

    def _open_new(self, pattern: str, phone: str) -> None:
        dialog = CustomerDialog(pattern, self, phone=phone)
        self.dialog = dialog
        customers, principal = self.context.services.customers, self.context.principal

        def save() -> None:
            data, allow = dialog.data(), dialog.allow_duplicates
            self.context.runner.run(
                lambda: customers.create(principal, data, allow_duplicates=allow),
                lambda customer_id: self._created(dialog, customer_id),
                lambda error: self._refused(dialog, error))

        dialog.submitted.connect(save)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _created(self, dialog: CustomerDialog, customer_id: uuid.UUID) -> None:
        dialog.done_ok()
        self.choose(customer_id)

    def _refused(self, dialog: CustomerDialog, error: DomainError) -> None:
        if isinstance(error, DuplicateCustomerError):
            dialog.show_duplicates(error.message, error.duplicates)
        else:
            dialog.refused(error.message)

    def _dialog_closed(self, dialog: CustomerDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
