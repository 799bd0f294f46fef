"""The lookup's matches as a table: customer, address, account, phone, what matched.

Rows come in the service's rank order (exact identifiers first); the proxy keeps that order
until the person sorts by a column. Each cell carries the spans that matched (SPANS_ROLE) for
the highlight delegate.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from ui.highlight_delegate import SPANS_ROLE
from ui.icons import icon
from ui.models.record_table import AnyIndex, Column, RecordTableModel
from workstation.lookup_results import LookupMatch, Marked, MatchField

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1  # the customer's id (uuid.UUID)
RANK_ROLE = Qt.ItemDataRole.UserRole + 2  # the service's order, for the proxy


def _marked(header: str, cell: Callable[[LookupMatch], Marked],
            **more: Any) -> Column[LookupMatch]:
    """A column of matched text, with the spans that matched for the highlight delegate."""
    return Column(header, lambda match: cell(match).text,
                  roles={SPANS_ROLE: lambda match: cell(match).spans}, **more)


class LookupResultsModel(RecordTableModel[LookupMatch]):
    NAME, ADDRESS, ACCOUNT, PHONE, MATCHED = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._field_labels = {
            MatchField.ACCOUNT: self.tr("account"), MatchField.PHONE: self.tr("phone"),
            MatchField.CONTRACT: self.tr("contract"), MatchField.INN: self.tr("INN"),
            MatchField.EMAIL: self.tr("e-mail"), MatchField.NAME: self.tr("name"),
            MatchField.ADDRESS: self.tr("address"),
        }
        self._declare([
            _marked(self.tr("Customer"), lambda match: match.name, icon=lambda match: icon(
                "person" if match.kind == "person" else "organisation")),
            _marked(self.tr("Address"), lambda match: match.address),
            _marked(self.tr("Account"), lambda match: match.account),
            _marked(self.tr("Phone"), lambda match: match.phone),
            _marked(self.tr("Found by"), self._found_by, tooltip=self._found_by_tooltip),
        ], roles={CUSTOMER_ROLE: lambda match: match.customer_id}, text_tooltips=True)

    def set_matches(self, matches: tuple[LookupMatch, ...] | list[LookupMatch]) -> None:
        self.set_records(matches)

    def clear(self) -> None:
        self.set_matches([])

    def match_at(self, row: int) -> LookupMatch:
        return self.record(row)

    def matches(self) -> list[LookupMatch]:
        return self.records()

    def _found_by(self, match: LookupMatch) -> Marked:
        if match.other.text:
            return match.other
        return Marked(self._field_labels[match.field])

    def _found_by_tooltip(self, match: LookupMatch) -> str:
        if match.fuzzy:
            return self.tr("Found with a corrected spelling")
        return self._found_by(match).text

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == RANK_ROLE:  # the row itself, not anything of its record
            return index.row() if index.isValid() and index.row() < self.rowCount() else None
        return super().data(index, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, customer_id: uuid.UUID) -> int:
        return next((row for row, match in enumerate(self._records)
                     if match.customer_id == customer_id), -1)


class LookupResultsProxy(QSortFilterProxyModel):
    """Rank order by default (sort column -1); by a column when the person clicks its header."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        if self.sortColumn() < 0:
            return int(left.data(RANK_ROLE)) < int(right.data(RANK_ROLE))
        return super().lessThan(left, right)

    def customer_at(self, row: int) -> uuid.UUID | None:
        index = self.index(row, 0)
        value = index.data(CUSTOMER_ROLE) if index.isValid() else None
        return value if isinstance(value, uuid.UUID) else None
