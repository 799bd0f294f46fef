"""A read-only table of plain records described by columns: most of the program's lists are this.

Each column says how a record shows (text, icon, colour, font, alignment, tooltip, any custom
role); the model does the Qt plumbing once, so a table is a declaration instead of another copy
of ``rowCount``/``columnCount``/``headerData``/``data()``.

Who answers a role, first found wins: the column (its fields, then its ``roles``), the model's
row-wide ``roles`` (the same for every cell of a row: the record's id, a search text, a row's
greying), then the record itself (RECORD_ROLE) and the proxy's sort value (``sort_role``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon

T = TypeVar("T")
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
Getter = Callable[[T], Any]
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    icon: Callable[[T], QIcon | None] | None = None
    colour: Callable[[T], QColor | None] | None = None
    tooltip: Callable[[T], str | None] | None = None
    sort_key: Callable[[T], Any] | None = None  # for a proxy's sorting; text otherwise
    numeric: bool = False  # right-aligned
    font: Callable[[T], QFont | None] | None = None
    roles: Mapping[int, Callable[[T], Any]] = field(default_factory=dict, hash=False)  # custom

    def sort_value(self, record: T) -> Any:
        return _sortable(self.sort_key(record) if self.sort_key else self.text(record))

    def getters(self, text_tooltip: bool = False) -> dict[int, Callable[[T], Any]]:
        """What this column answers, by role; ``text_tooltip``: its text when it has no tooltip."""
        tooltip = self.tooltip or (self.text if text_tooltip else None)
        shown: dict[int, Callable[[T], Any] | None] = {
            Qt.ItemDataRole.DisplayRole: self.text,
            Qt.ItemDataRole.DecorationRole: self.icon,
            Qt.ItemDataRole.ForegroundRole: self.colour,
            Qt.ItemDataRole.FontRole: self.font,
            Qt.ItemDataRole.ToolTipRole: tooltip,
            Qt.ItemDataRole.TextAlignmentRole: (lambda _record: _RIGHT) if self.numeric else None,
        }
        return {int(role): get for role, get in shown.items() if get is not None} | {
            int(role): get for role, get in self.roles.items()}


def _sortable(value: Any) -> Any:
    """Something a proxy can compare: Qt compares numbers and text, not Python datetimes."""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, timedelta):
        return value.total_seconds()
    return value


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """``roles``: row-wide roles; ``text_tooltips``: a column without a tooltip shows its text
    as one; ``sort_role``: the role a proxy sorts by (None: no sort role answered).

    A subclass whose headers need ``self.tr`` calls ``super().__init__(parent=parent)`` and then
    ``self._declare(...)``, so that the texts stay in its own translation context."""

    def __init__(self, columns: Sequence[Column[T]] = (), parent: QObject | None = None, *,
                 roles: Mapping[int, Getter[T]] | None = None, text_tooltips: bool = False,
                 sort_role: int | None = SORT_ROLE) -> None:
        super().__init__(parent)
        self._records: list[T] = []
        self._columns: list[Column[T]] = []
        self._getters: list[dict[int, Getter[T]]] = []
        if columns:
            self._declare(columns, roles=roles, text_tooltips=text_tooltips,
                          sort_role=sort_role)

    def _declare(self, columns: Sequence[Column[T]], *,
                 roles: Mapping[int, Getter[T]] | None = None, text_tooltips: bool = False,
                 sort_role: int | None = SORT_ROLE) -> None:
        """The columns, once, before the model has rows: each cell's role is one dict look-up."""
        self._columns = list(columns)
        row_wide = {int(role): get for role, get in (roles or {}).items()}
        self._getters = []
        for column in self._columns:
            getters: dict[int, Getter[T]] = {int(RECORD_ROLE): lambda record: record}
            if sort_role is not None:
                getters[int(sort_role)] = column.sort_value
            self._getters.append(getters | row_wide | column.getters(text_tooltips))

    # -- filling ------------------------------------------------------------------------------
    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def append_records(self, records: Sequence[T]) -> None:
        """Rows added at the end (the next page of a list that loads as one scrolls)."""
        if records:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
            self._records.extend(records)
            self.endInsertRows()

    def record(self, row: int) -> T:
        return self._records[row]

    def records(self) -> list[T]:
        return list(self._records)

    # -- the model ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= column < len(self._getters)):
            return None
        get = self._getters[column].get(role)
        return None if get is None else get(self._records[row])
