"""The lookup's matches as a table: customer, address, account, phone, what matched.

Rows come in the service's rank order (exact identifiers first); the proxy keeps that order
until the person sorts by a column. Each cell carries the spans that matched (SPANS_ROLE) for
the highlight delegate.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui.highlight_delegate import SPANS_ROLE
from ui.icons import icon
from workstation.lookup_results import LookupMatch, Marked, MatchField

AnyIndex = QModelIndex | QPersistentModelIndex
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1  # the customer's id (uuid.UUID)
RANK_ROLE = Qt.ItemDataRole.UserRole + 2  # the service's order, for the proxy


class LookupResultsModel(QAbstractTableModel):
    NAME, ADDRESS, ACCOUNT, PHONE, MATCHED = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: list[LookupMatch] = []
        self._headers = [self.tr("Customer"), self.tr("Address"), self.tr("Account"),
                         self.tr("Phone"), self.tr("Found by")]
        self._field_labels = {
            MatchField.ACCOUNT: self.tr("account"), MatchField.PHONE: self.tr("phone"),
            MatchField.CONTRACT: self.tr("contract"), MatchField.INN: self.tr("INN"),
            MatchField.EMAIL: self.tr("e-mail"), MatchField.NAME: self.tr("name"),
            MatchField.ADDRESS: self.tr("address"),
        }

    def set_matches(self, matches: tuple[LookupMatch, ...] | list[LookupMatch]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def clear(self) -> None:
        self.set_matches([])

    def match_at(self, row: int) -> LookupMatch:
        return self._matches[row]

    def matches(self) -> list[LookupMatch]:
        return list(self._matches)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._matches)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def _cell(self, match: LookupMatch, column: int) -> Marked:
        if column == self.NAME:
            return match.name
        if column == self.ADDRESS:
            return match.address
        if column == self.ACCOUNT:
            return match.account
        if column == self.PHONE:
            return match.phone
        if match.other.text:
            return match.other
        return Marked(self._field_labels[match.field])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match, column = self._matches[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._cell(match, column).text
            if role == Qt.ItemDataRole.ToolTipRole and column == self.MATCHED and match.fuzzy:
                return self.tr("Found with a corrected spelling")
            return text
        if role == SPANS_ROLE:
            return self._cell(match, column).spans
        if role == CUSTOMER_ROLE:
            return match.customer_id
        if role == RANK_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return icon("person" if match.kind == "person" else "organisation")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, customer_id: uuid.UUID) -> int:
        return next((row for row, match in enumerate(self._matches)
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
