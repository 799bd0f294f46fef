"""The customer card's data as table rows and lines of text (dates, money, masks).

A QObject only so that its texts go through ``self.tr`` (lupdate finds them, the Russian
translation covers them); it holds only those translated words.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QObject

from ui.deadline_board_columns import short_name
from ui.icons import icon
from ui.models.card_tables import TableRow
from workstation.customer_card import ConfidentialInfo, CustomerCard
from workstation.formatting import format_date, format_datetime, format_money, format_number
from workstation.identification import IdentificationState

HISTORY_ICONS = {"appeal": "answers", "call": "incoming-call", "identification": "identify"}


class CardRows(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Stored in English words; shown in the card in the user's language.
        self._reading_sources = {
            "customer": self.tr("customer", "who took a meter reading"),
            "inspector": self.tr("inspector", "who took a meter reading"),
            "remote": self.tr("remote metering", "who took a meter reading")}
        self._payment_methods = {
            "online": self.tr("online", "payment method"),
            "bank": self.tr("bank", "payment method"),
            "terminal": self.tr("terminal", "payment method"),
            "post": self.tr("post office", "payment method")}

    def reading_source(self, source: str) -> str:
        """Who took a meter reading (stored as customer, inspector or remote)."""
        return self._reading_sources.get(source, source)

    def payment_method(self, method: str) -> str:
        """How a payment was made (stored as online, bank, terminal or post)."""
        return self._payment_methods.get(method, method)

    def accounts(self, card: CustomerCard, secrets: ConfidentialInfo | None) -> list[TableRow]:
        money = {a.number: a for a in secrets.accounts} if secrets else {}
        rows = []
        for account in card.accounts:
            known = money.get(account.number)
            number = account.number
            if account.closed_on:
                number += self.tr(" (closed %1)").replace("%1", format_date(account.closed_on))
            rows.append(TableRow(
                (number, account.address, account.tariff,
                 format_money(known.balance) if known else "",
                 str(known.residents) if known else ""),
                tooltip=self.tr("Opened %1").replace("%1", format_date(account.opened_on)),
                right_aligned=frozenset({3, 4}),
                masked=frozenset() if known else frozenset({3, 4})))
        contract = self.tr("contract %1")
        if secrets:
            rows += [TableRow((contract.replace("%1", number), "", "", format_money(balance),
                               ""), right_aligned=frozenset({3}))
                     for number, balance in secrets.contracts]
        else:
            rows += [TableRow((contract.replace("%1", c.number), c.address, c.subject, "", ""),
                              masked=frozenset({3}), right_aligned=frozenset({3}))
                     for c in card.contracts]
        return rows

    def contacts(self, card: CustomerCard) -> list[TableRow]:
        main = self.tr("main")
        rows = [TableRow((contact.shown, contact.label or (main if contact.is_primary else "")),
                         icon=icon("incoming-call" if contact.kind == "phone" else "contacts"))
                for contact in card.contacts]
        address = self.tr("address")
        rows += [TableRow((place.text, address), icon=icon("customer-card"))
                 for place in card.addresses]
        return rows

    def history(self, card: CustomerCard, zone: tzinfo) -> list[TableRow]:
        return [TableRow((format_datetime(entry.at, zone), entry.title, entry.channel,
                          entry.detail, entry.who), tooltip=entry.title,
                         icon=icon(HISTORY_ICONS.get(entry.source, "history")))
                for entry in card.history]

    def readings(self, secrets: ConfidentialInfo | None) -> list[TableRow]:
        if secrets is None:
            return [TableRow(("", "", "", ""), masked=frozenset({0, 1, 2, 3}))]
        kwh = self.tr("kWh")
        return [TableRow((account.number, format_date(reading.taken_on),
                          f"{format_number(reading.value, 1)} {kwh}",
                          self.reading_source(reading.source)),
                         right_aligned=frozenset({2}))
                for account in secrets.accounts for reading in account.readings]

    def payments(self, secrets: ConfidentialInfo | None) -> list[TableRow]:
        if secrets is None:
            return [TableRow(("", "", "", ""), masked=frozenset({0, 1, 2, 3}))]
        return [TableRow((account.number, format_date(payment.paid_on),
                          format_money(payment.amount),
                          f"{payment.period}, "
                          f"{self.payment_method(payment.method)}"),
                         right_aligned=frozenset({2}))
                for account in secrets.accounts for payment in account.payments]

    def subtitle(self, card: CustomerCard, zone: tzinfo) -> str:
        parts = [self.tr("person") if card.is_person else self.tr("organisation")]
        if card.inn:
            parts.append(self.tr("INN %1").replace("%1", card.inn))
        if card.kpp:
            parts.append(self.tr("KPP %1").replace("%1", card.kpp))
        parts.append(self.tr("customer since %1").replace(
            "%1", format_date(card.created_at.astimezone(zone).date())))
        return " · ".join(parts)

    def callbacks(self, card: CustomerCard, zone: tzinfo, now: datetime) -> str:
        """One line per TEL-3 callback promised to the customer and not yet made: «Обещан
        обратный звонок на 24.11.2026 15:00 (оператор Смирнова А. В., обращение 2026-000045)».
        The time is the one the customer was told (the deadline allows a few minutes more).
        Empty when there is none."""
        lines = []
        for callback in card.callbacks:
            line = self.tr("Callback promised for %1").replace(
                "%1", format_datetime(callback.promised_at or callback.due_at, zone))
            extras = []
            if callback.promised_by:
                extras.append(self.tr("operator %1", "who promised a callback").replace(
                    "%1", short_name(callback.promised_by)))
            if callback.journal_number:
                extras.append(self.tr("appeal %1", "the appeal a callback was promised in")
                              .replace("%1", callback.journal_number))
            if callback.due_at < now:  # past what TEL-3/callback allows: say so in words
                extras.append(self.tr("overdue", "a promised callback not made in time"))
            lines.append(f"{line} ({', '.join(extras)})" if extras else line)
        return "\n".join(lines)

    def identification(self, state: IdentificationState, zone: tzinfo, is_person: bool) -> str:
        if state.method is None:
            how = (self.tr("account number or address") if is_person
                   else self.tr("contract number"))
            return self.tr("Caller not identified: balance, debts, residents, readings and "
                           "payments are hidden (TEL-5). Ask for the %1.").replace("%1", how)
        if state.refused:
            return self.tr("The caller refused to identify: confidential information is not "
                           "given.")
        until = format_datetime(state.valid_until, zone) if state.valid_until else ""
        at = format_datetime(state.at, zone) if state.at else ""
        return (self.tr("Identified %1 at %2 (valid until %3).")
                .replace("%1", state.method.label).replace("%2", at).replace("%3", until))

    def debt(self, secrets: ConfidentialInfo) -> str:
        debt = secrets.debt
        if debt > 0:
            return self.tr("Debt: %1").replace("%1", format_money(debt))
        return self.tr("No debt")
