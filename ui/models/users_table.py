"""The users list for administrators: a table model and a filter that folds case and ё."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ui import palette
from ui.icons import icon
from ui.models.record_table import RECORD_ROLE, AnyIndex, Column, RecordTableModel
from workstation.contacts import format_phone
from workstation.formatting import format_date
from workstation.users import UserInfo

USER_ROLE = RECORD_ROLE  # the UserInfo of the row
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # folded text the filter matches


def fold(text: str) -> str:
    """Case and ё/е folded, so «Алёна» is found by «алена» (people type either)."""
    return text.casefold().replace("ё", "е")


class UsersTableModel(RecordTableModel[UserInfo]):
    LOGIN, NAME, ROLES, UNIT, POSITION, PHONE, EMAIL, STATE = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._today = date.today()
        self._declare([
            Column(self.tr("Login"), lambda u: u.login),
            Column(self.tr("Full name"), lambda u: u.full_name),
            Column(self.tr("Roles"), lambda u: ", ".join(role.label for role in sorted(u.roles))),
            Column(self.tr("Unit"), lambda u: u.unit),
            Column(self.tr("Position"), lambda u: u.position),
            Column(self.tr("Phone"), lambda u: format_phone(u.phone)),
            Column(self.tr("E-mail"), lambda u: u.email),
            Column(self.tr("State"), self._state_text,
                   icon=lambda u: icon(self._state_icon(u))),
        ], roles={
            SEARCH_ROLE: lambda u: fold(" ".join(c.text(u) for c in self._columns)),
            # Greyed as well as worded "disabled": the state is never shown by colour alone.
            Qt.ItemDataRole.ForegroundRole: lambda u: None if u.is_active else QColor(
                palette.SECONDARY_TEXT),
        }, text_tooltips=True)

    # -- filling ------------------------------------------------------------------------------
    def set_users(self, users: list[UserInfo], today: date) -> None:
        self._today = today
        self.set_records(users)

    def user(self, row: int) -> UserInfo:
        return self.record(row)

    def users(self) -> list[UserInfo]:
        return self.records()

    def row_of(self, login: str) -> int:
        return next((row for row, user in enumerate(self._records) if user.login == login), -1)

    # -- the words ----------------------------------------------------------------------------
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
