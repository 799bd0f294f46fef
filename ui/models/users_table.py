"""The users list for administrators: a table model and a filter that folds case and ё."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ui import palette
from ui.icons import icon
from workstation.contacts import format_phone
from workstation.formatting import format_date
from workstation.users import UserInfo

USER_ROLE = Qt.ItemDataRole.UserRole + 1  # the UserInfo of the row
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # folded text the filter matches

AnyIndex = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Case and ё/е folded, so «Алёна» is found by «алена» (people type either)."""
    return text.casefold().replace("ё", "е")


class UsersTableModel(QAbstractTableModel):
    LOGIN, NAME, ROLES, UNIT, POSITION, PHONE, EMAIL, STATE = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []
        self._today = date.today()
        self._headers = [
            self.tr("Login"), self.tr("Full name"), self.tr("Roles"), self.tr("Unit"),
            self.tr("Position"), self.tr("Phone"), self.tr("E-mail"), self.tr("State"),
        ]

    # -- filling ------------------------------------------------------------------------------
    def set_users(self, users: list[UserInfo], today: date) -> None:
        self.beginResetModel()
        self._users = list(users)
        self._today = today
        self.endResetModel()

    def user(self, row: int) -> UserInfo:
        return self._users[row]

    def users(self) -> list[UserInfo]:
        return list(self._users)

    def row_of(self, login: str) -> int:
        for row, user in enumerate(self._users):
            if user.login == login:
                return row
        return -1

    # -- the model ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(user, column)
        if role == USER_ROLE:
            return user
        if role == SEARCH_ROLE:
            return fold(" ".join(self._text(user, c) for c in range(len(self._headers))))
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATE:
            return icon(self._state_icon(user))
        if role == Qt.ItemDataRole.ForegroundRole and not user.is_active:
            # Greyed as well as worded "disabled": the state is never shown by colour alone.
            return QColor(palette.SECONDARY_TEXT)
        return None

    def _text(self, user: UserInfo, column: int) -> str:
        if column == self.LOGIN:
            return user.login
        if column == self.NAME:
            return user.full_name
        if column == self.ROLES:
            return ", ".join(role.label for role in sorted(user.roles))
        if column == self.UNIT:
            return user.unit
        if column == self.POSITION:
            return user.position
        if column == self.PHONE:
            return format_phone(user.phone)
        if column == self.EMAIL:
            return user.email
        if column == self.STATE:
            return self._state_text(user)
        return ""

    def _state_text(self, user: UserInfo) -> str:
        if not user.is_active:
            return self.tr("Disabled")
        if user.absent_from is not None and (user.absent_until is None
                                             or user.absent_until >= self._today):
            period = (self.tr("absent from %1").replace("%1", format_date(user.absent_from))
                      if user.absent_until is None else
                      self.tr("absent %1–%2").replace("%1", format_date(user.absent_from))
                      .replace("%2", format_date(user.absent_until)))
            if user.delegate_login:
                period += " → " + user.delegate_login
            return self.tr("Active, %1").replace("%1", period)
        return self.tr("Active")

    def _state_icon(self, user: UserInfo) -> str:
        if not user.is_active:
            return "disable"
        if user.is_absent_on(self._today):
            return "absence"
        return "enable"


class UsersFilterProxy(QSortFilterProxyModel):
    """Matches every word typed anywhere in the row; hides disabled accounts unless asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_disabled = True
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_disabled(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_disabled = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        user: UserInfo | None = model.data(index, USER_ROLE)
        if user is None:
            return False
        if not self._show_disabled and not user.is_active:
            return False
        haystack: str = model.data(index, SEARCH_ROLE)
        return all(word in haystack for word in self._words)
