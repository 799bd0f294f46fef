"""The customer card, a dock beside the lookup: who the customer is and everything known (DB-1).

Accounts, contracts, addresses and contacts show at once; balances, debts, residents, meter
readings and payments stay masked until the operator records how the caller identified (TEL-5)
— the service refuses them before that, whatever this pane does. A callback promised to the
customer and not yet made (TEL-3) shows as a notice under the name. The history lists what every
desk and channel did, newest first (QA-1: review the customer's history). The note field takes
answers from the library (ui/insertion.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.card_rows import CardRows
from ui.dialogs.contacts_dialog import ContactsDialog
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.identify_dialog import IdentifyDialog
from ui.fitted_columns import Elastic, ElidingDelegate, FittedColumns
from ui.icons import icon, make_primary
from ui.insertion import insertion_targets
from ui.models.card_tables import CardTableModel
from ui.panes.base import DeskPane, PaneContext
from workstation.answer_types import USE_SHORT
from workstation.customer_card import ConfidentialInfo, CustomerCard
from workstation.errors import ConflictError, DomainError
from workstation.identification import IdentificationRequiredError, IdentificationState
from workstation.roles import Permission, Principal, Role

CARD_KEY = "customer-card-load"
ACCOUNT, ADDRESS, TARIFF, BALANCE, RESIDENTS = range(5)  # the accounts table's columns
CARD_SHARE = 0.4  # of a table's width its long column keeps while the others can give way


class CustomerCardPane(DeskPane):
    OBJECT_NAME = "customer-card-pane"
    ROLES = frozenset({Role.OPERATOR, Role.SPECIALIST, Role.SUPERVISOR, Role.SIGNER})
    AREA = Qt.DockWidgetArea.RightDockWidgetArea
    SHORTCUT = "Ctrl+Shift+K"
    ICON = "customer-card"
    # A customer's card was shown (issue 5: the answer library fills placeholders from it).
    card_shown = Signal(object)  # CustomerCard

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.card: CustomerCard | None = None
        self.secrets: ConfidentialInfo | None = None
        self.call_id: uuid.UUID | None = None
        self.dialog: FormDialog | None = None
        self.rows = CardRows(self)

        self.name_label = QLabel(self.tr("No customer chosen"))
        self.name_label.setObjectName("card-name")
        self.name_label.setProperty("role", "heading")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(self.tr("Find a customer in the lookup (F3) and open the "
                                             "card with Enter."))
        self.subtitle_label.setProperty("role", "secondary")
        self.subtitle_label.setWordWrap(True)

        # TEL-3: a callback promised to this customer and not yet made (icon and words).
        self.callbacks_icon = QLabel()
        self.callbacks_icon.setPixmap(icon("callback").pixmap(20, 20))
        self.callbacks_label = QLabel()
        self.callbacks_label.setObjectName("card-callbacks")
        self.callbacks_label.setWordWrap(True)
        self.callbacks_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.callbacks_box = QFrame()
        self.callbacks_box.setObjectName("card-callbacks-box")
        self.callbacks_box.setProperty("role", "card")
        callbacks_row = QHBoxLayout(self.callbacks_box)
        callbacks_row.setContentsMargins(8, 6, 8, 6)
        callbacks_row.addWidget(self.callbacks_icon, 0, Qt.AlignmentFlag.AlignTop)
        callbacks_row.addWidget(self.callbacks_label, 1)
        self.callbacks_box.setVisible(False)

        self.identify_icon = QLabel()
        self.identify_label = QLabel()
        self.identify_label.setObjectName("card-identification")
        self.identify_label.setWordWrap(True)
        self.debt_label = QLabel()
        self.debt_label.setObjectName("card-debt")
        self.debt_label.setProperty("role", "section")
        self.identify_button = QPushButton(self.tr("&Identify…"))
        self.identify_button.setObjectName("card-identify")
        make_primary(self.identify_button, "identify")
        self.identify_button.clicked.connect(self.identify)
        gate = QFrame()
        gate.setProperty("role", "card")
        gate_row = QHBoxLayout(gate)
        gate_row.setContentsMargins(8, 6, 8, 6)
        gate_row.addWidget(self.identify_icon, 0, Qt.AlignmentFlag.AlignTop)
        gate_row.addWidget(self.identify_label, 1)
        gate_row.addWidget(self.debt_label)
        gate_row.addWidget(self.identify_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.accounts_model = CardTableModel(
            [self.tr("Account"), self.tr("Address"), self.tr("Tariff"), self.tr("Balance"),
             self.tr("Residents")], self)
        self.contacts_model = CardTableModel([self.tr("Contact"), self.tr("Whose")], self)
        self.history_model = CardTableModel(
            [self.tr("When"), self.tr("What"), self.tr("Channel"), self.tr("State"),
             self.tr("Who")], self)
        self.readings_model = CardTableModel(
            [self.tr("Account"), self.tr("Date"), self.tr("Reading"), self.tr("Source")], self)
        self.payments_model = CardTableModel(
            [self.tr("Account"), self.tr("Paid on"), self.tr("Amount"), self.tr("Period")],
            self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("card-tabs")
        # The address takes what is left; balance and residents are never cut; the tariff,
        # then the account's "(closed …)", give way first.
        self.tabs.addTab(self._table(self.accounts_model, "card-accounts", stretch=ADDRESS,
                                     whole=(BALANCE, RESIDENTS), give_way=(TARIFF, ACCOUNT),
                                     first_word=(ACCOUNT, TARIFF), elide_middle=(ADDRESS,)),
                         icon("customer-card"), self.tr("Accounts"))
        self.tabs.addTab(self._table(self.history_model, "card-history", stretch=1,
                                     whole=(0,), give_way=(4, 2, 3)),
                         icon("history"), self.tr("History"))
        self.tabs.addTab(self._table(self.contacts_model, "card-contacts"), icon("contacts"),
                         self.tr("Contacts"))
        money = QWidget()
        money_layout = QVBoxLayout(money)
        money_layout.setContentsMargins(0, 0, 0, 0)
        for table in (self._table(self.readings_model, "card-readings"),
                      self._table(self.payments_model, "card-payments")):
            # Two tables on one page: at Qt's default minimum (70 px each) this page alone
            # would make the card, and so the window, too tall for a laptop's screen.
            table.setMinimumHeight(50)
            money_layout.addWidget(table)
        self.tabs.addTab(money, icon("masked"), self.tr("Readings and payments"))

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("card-note")
        self.note_edit.setPlaceholderText(self.tr("Notes on this customer: what the next "
                                                  "operator should know"))
        # Three lines where there is room, two on a small screen (the card sets the window's
        # minimum height).
        self.note_edit.setMinimumHeight(48)
        self.note_edit.setMaximumHeight(72)
        insertion_targets().register(self.note_edit, self.tr("Customer notes"),
                                     name="customer-notes", prefers=USE_SHORT)
        self.save_note_button = QPushButton(icon("save"), self.tr("Save &note"))
        self.save_note_button.clicked.connect(self.save_note)
        self.contacts_button = QPushButton(icon("contacts"), self.tr("&Contacts…"))
        self.contacts_button.clicked.connect(self.edit_contacts)
        self.message_label = QLabel()
        self.message_label.setObjectName("card-message")
        self.message_label.setWordWrap(True)

        self.identify_action = self.pane_action(self.tr("&Identify the caller"), "identify",
                                            "Ctrl+I", self.identify)
        self.contacts_action = self.pane_action(self.tr("Change &contacts"), "contacts", "Ctrl+E",
                                            self.edit_contacts)
        self.note_action = self.pane_action(self.tr("Save &note"), "save", "Ctrl+S", self.save_note)
        self.refresh_action = self.pane_action(self.tr("&Refresh"), "refresh", "F5", self.reload)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.contacts_button)
        buttons.addWidget(self.save_note_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.name_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.callbacks_box)
        layout.addWidget(gate)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note_edit)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._show_state(None)

    # -- declaration ----------------------------------------------------------------------------
    @classmethod
    def visible_to(cls, principal: Principal) -> bool:
        return principal.may(Permission.LOOKUP_CUSTOMERS)

    def title(self) -> str:
        return self.tr("Customer card")

    def focus_target(self) -> QWidget:
        return self.identify_button if self.card is not None else self.tabs

    def _table(self, model: CardTableModel, name: str, *, stretch: int | None = None,
               whole: tuple[int, ...] = (), give_way: tuple[int, ...] = (),
               first_word: tuple[int, ...] = (), elide_middle: tuple[int, ...] = ()
               ) -> QTableView:
        """A read-only table; ``stretch``: the long column (an address, a title) that takes the
        room left, so that short columns (balance, residents) stay in sight; ``whole``: columns
        never cut (numbers); ``give_way``: the columns shortened first when room is short;
        ``first_word``: columns cut no further than each cell's first word (a number);
        ``elide_middle``: columns cut in the middle (an address keeps its house and flat).
        A cut cell shows its whole text as a tooltip."""
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        if stretch is None:
            table.setItemDelegate(ElidingDelegate(parent=table))
            header = table.horizontalHeader()
            header.setStretchLastSection(True)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            model.modelReset.connect(table.resizeColumnsToContents)
            return table
        # The columns not named whole give way no further than their headers (and first words);
        # the long one keeps its share of the width while the others can give it.
        elastic = {column: Elastic(
            floor=0, share=CARD_SHARE if column == stretch else 0.0, whole_header=True,
            first_word=column in first_word,
            elide=Qt.TextElideMode.ElideMiddle if column in elide_middle
            else Qt.TextElideMode.ElideRight)
            for column in range(model.columnCount()) if column not in whole}
        FittedColumns(table, elastic, give_way=give_way)
        return table

    # -- loading --------------------------------------------------------------------------------
    def show_customer(self, customer_id: uuid.UUID, call_id: uuid.UUID | None = None) -> None:
        """Open a customer's card (audited by the service as a view of personal data)."""
        self.show()
        self.raise_()
        self.call_id = call_id
        self.secrets = None
        self._say(self.tr("Loading…"), "refresh")
        cards, principal = self.context.services.cards, self.context.principal
        self.context.runner.run(lambda: cards.card(principal, customer_id), self._loaded,
                                self._failed, key=CARD_KEY)

    def reload(self) -> None:
        if self.card is not None:
            self.show_customer(self.card.id, self.call_id)

    def _loaded(self, card: CustomerCard) -> None:
        self.card = card
        zone = self.context.zone
        self.name_label.setText(card.name)
        self.subtitle_label.setText(self.rows.subtitle(card, zone))
        promised = self.rows.callbacks(card, zone, self.context.services.clock.now())
        self.callbacks_label.setText(promised)
        self.callbacks_box.setVisible(bool(promised))
        self.accounts_model.set_rows(self.rows.accounts(card, None))
        self.contacts_model.set_rows(self.rows.contacts(card))
        self.history_model.set_rows(self.rows.history(card, zone))
        self.tabs.setTabText(1, self.tr("History (%1)").replace("%1", str(len(card.history))))
        self.note_edit.setPlainText(card.note)
        self._show_state(card.identification)
        self._say("", None)
        if card.identification.verified:
            self._load_secrets()
        self.card_shown.emit(card)

    def _load_secrets(self) -> None:
        if self.card is None:
            return
        cards, principal, customer_id = (self.context.services.cards, self.context.principal,
                                         self.card.id)
        self.context.runner.run(lambda: cards.confidential(principal, customer_id),
                                self._secrets_loaded, self._failed, key="customer-card-secrets")

    def _secrets_loaded(self, secrets: ConfidentialInfo) -> None:
        if self.card is None or secrets.customer_id != self.card.id:
            return
        self.secrets = secrets
        self.accounts_model.set_rows(self.rows.accounts(self.card, secrets))
        self.readings_model.set_rows(self.rows.readings(secrets))
        self.payments_model.set_rows(self.rows.payments(secrets))
        self.debt_label.setText(self.rows.debt(secrets))
        self.tabs.setTabIcon(3, icon("info"))
        self._show_state(secrets.identification)

    def _show_state(self, state: IdentificationState | None) -> None:
        has_card = self.card is not None
        for widget in (self.identify_button, self.contacts_button, self.save_note_button,
                       self.note_edit):
            widget.setEnabled(has_card)
        if state is None or self.card is None:
            self.identify_label.setText("")
            self.identify_icon.clear()
            self.debt_label.setText("")
            self.readings_model.set_rows([])
            self.payments_model.set_rows([])
            return
        self.identify_label.setText(self.rows.identification(state, self.context.zone,
                                                                  self.card.is_person))
        meaning = "ok" if state.verified else ("warning" if state.refused else "masked")
        self.identify_icon.setPixmap(icon(meaning).pixmap(20, 20))
        # The button leads until the caller identified; afterwards it is there to redo it.
        if (self.identify_button.property("role") == "primary") == state.verified:
            make_primary(self.identify_button, "identify", primary=not state.verified)
        if not state.verified:
            self.debt_label.setText("")
            self.readings_model.set_rows(self.rows.readings(None))
            self.payments_model.set_rows(self.rows.payments(None))
            self.tabs.setTabIcon(3, icon("masked"))

    def _failed(self, error: DomainError) -> None:
        if isinstance(error, IdentificationRequiredError):
            self._show_state(IdentificationState(None))
        self._say(error.message, "warning")

    # -- actions --------------------------------------------------------------------------------
    def identify(self) -> None:
        card = self.card
        if card is None:
            return
        dialog = IdentifyDialog(card.name, card.is_person, self)
        cards, principal, call_id = (self.context.services.cards, self.context.principal,
                                     self.call_id)

        def save() -> None:
            method, named = dialog.method(), dialog.named()
            self.context.runner.run(
                lambda: cards.identify(principal, card.id, method, named, call_id=call_id),
                lambda state: self._identified(dialog, state),
                lambda error: dialog.refused(error.message))

        self._open(dialog, save)

    def _identified(self, dialog: FormDialog, state: IdentificationState) -> None:
        dialog.done_ok()
        self._show_state(state)
        if state.verified:
            self._load_secrets()

    def edit_contacts(self) -> None:
        card = self.card
        if card is None:
            return
        dialog = ContactsDialog(card, self)
        customers, principal = self.context.services.customers, self.context.principal

        def save() -> None:
            version, contacts, note = dialog.card.version, dialog.contacts(), dialog.note()
            self.context.runner.run(
                lambda: customers.update_contacts(principal, card.id, version, contacts, note),
                lambda _version: (dialog.done_ok(), self.reload()),
                lambda error: self._refused(dialog, error))

        self._open(dialog, save)

    def _refused(self, dialog: ContactsDialog, error: DomainError) -> None:
        dialog.refused(error.message)
        if isinstance(error, ConflictError) and self.card is not None:
            cards, principal, customer_id = (self.context.services.cards,
                                             self.context.principal, self.card.id)
            self.context.runner.run(lambda: cards.card(principal, customer_id), dialog.fill,
                                    self._failed)

    def save_note(self) -> None:
        card = self.card
        if card is None:
            return
        customers, principal, note = (self.context.services.customers, self.context.principal,
                                      self.note_edit.toPlainText())
        self._say(self.tr("Saving…"), "refresh")
        self.context.runner.run(
            lambda: customers.update_note(principal, card.id, card.version, note),
            lambda _version: (self._say(self.tr("Note saved."), "ok"), self.reload()),
            self._failed)

    def _open(self, dialog: FormDialog, save: Callable[[], None]) -> None:
        # open(), not exec(): the idle lock can hide the dialog without losing what was typed.
        self.dialog = dialog
        dialog.submitted.connect(save)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _say(self, text: str, meaning: str | None) -> None:
        self.message_label.setText(text)
        if meaning is None:
            self.message_label.setToolTip("")
