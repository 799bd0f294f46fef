"""Administrators' pane: the accounts, with adding, changing, disabling, passwords and absence.

Every change goes through UserService in a background task. A change made on stale data is
refused by the service (ConflictError): the dialog says so and shows the account as it is now,
so nothing is overwritten silently.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.absence_dialog import AbsenceDialog
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.password_dialog import PasswordDialog
from ui.dialogs.user_dialog import UserDialog
from ui.icons import icon
from ui.message_line import MessageLine
from ui.models.users_table import UsersFilterProxy, UsersTableModel
from ui.panes.base import DeskPane, PaneContext
from workstation.errors import ConflictError, DomainError
from workstation.roles import Role
from workstation.users import UserInfo

MAX_COLUMN_WIDTH = 220


class UsersPane(DeskPane):
    OBJECT_NAME = "users-pane"
    ROLES = frozenset({Role.ADMIN})
    AREA = Qt.DockWidgetArea.LeftDockWidgetArea
    SHORTCUT = "Ctrl+Shift+U"
    ICON = "users"

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = UsersTableModel(self)
        self.proxy = UsersFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.dialog: FormDialog | None = None  # the open dialog, for tests and for the lock

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("users-filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: name, login, unit, role…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.show_disabled = QCheckBox(self.tr("Show &disabled"))
        self.show_disabled.setChecked(True)
        self.show_disabled.toggled.connect(self.proxy.set_show_disabled)

        self.table = QTableView()
        self.table.setObjectName("users-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UsersTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.message_line = MessageLine("users-message")
        self.message_label = self.message_line.label

        self.add_action = self.pane_action(self.tr("&New user…"), "user-add", "Ins",
                                       self.add_user)
        self.edit_action = self.pane_action(self.tr("&Change…"), "edit", "F2", self.edit_selected)
        self.active_action = self.pane_action(self.tr("Disa&ble"), "disable", "Ctrl+D",
                                          self.toggle_selected)
        self.password_action = self.pane_action(self.tr("Set &password…"), "password", "Ctrl+P",
                                            self.set_password_of_selected)
        self.absence_action = self.pane_action(self.tr("&Absence…"), "absence", "Ctrl+Shift+O",
                                           self.set_absence_of_selected)
        self.refresh_action = self.pane_action(self.tr("&Refresh"), "refresh", "F5", self.load)
        self.filter_action = self.pane_action(self.tr("&Filter"), "filter", "Ctrl+F",
                                          self._focus_filter)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.add_action, self.edit_action, self.active_action,
                       self.password_action, self.absence_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.show_disabled)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(toolbar)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_line)
        self.setWidget(body)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Users")

    def focus_target(self) -> QWidget:
        return self.table

    # -- loading --------------------------------------------------------------------------------
    def load(self, select_login: str | None = None) -> None:
        if select_login is None and (selected := self.selected()) is not None:
            select_login = selected.login
        context = self.context
        self.context.runner.run(
            lambda: context.services.users.list_users(context.principal),
            lambda users: self._loaded_users(users, select_login),
            self._show_error, key="users-pane-load",
        )

    def _loaded_users(self, users: list[UserInfo], select_login: str | None) -> None:
        self.model.set_users(users, self._today())
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):  # long unit names: elided, not wide
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        active = sum(1 for user in users if user.is_active)
        self._say(self.tr("%n user(s), active: %1", "", len(users)).replace("%1", str(active)),
                  "info")
        if select_login:
            self.select(select_login)
        if self.selected() is None and self.proxy.rowCount():
            self.table.selectRow(0)  # F2, Ctrl+P … work at once, without reaching for the mouse

    def _today(self) -> date:
        return self.context.services.clock.now().astimezone(self.context.zone).date()

    def units(self) -> list[str]:
        return sorted({user.unit for user in self.model.users() if user.unit})

    # -- selection ------------------------------------------------------------------------------
    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.user(self.proxy.mapToSource(rows[0]).row())

    def select(self, login: str) -> None:
        row = self.model.row_of(login)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _update_actions(self) -> None:
        user = self.selected()
        for action in (self.edit_action, self.active_action, self.password_action,
                       self.absence_action):
            action.setEnabled(user is not None)
        if user is not None and not user.is_active:
            self.active_action.setText(self.tr("Ena&ble"))
            self.active_action.setIcon(icon("enable"))
        else:
            self.active_action.setText(self.tr("Disa&ble"))
            self.active_action.setIcon(icon("disable"))

    # -- actions --------------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = UserDialog(self.units(), None, self)
        context = self.context

        def save() -> None:
            login, password, details = dialog.login(), dialog.password(), dialog.details()
            self._run_dialog(dialog, lambda: context.services.users.add_user(
                context.principal, login, password, details))

        self._open(dialog, save)

    def edit_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self.units(), user, self)
        context = self.context

        def save() -> None:
            assert dialog.user is not None
            user_id, version, details = dialog.user.id, dialog.user.version, dialog.details()
            self._run_dialog(dialog, lambda: context.services.users.update_user(
                context.principal, user_id, version, details))

        self._open(dialog, save)

    def set_password_of_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(user.login, user.full_name, self)
        context = self.context

        def save() -> None:
            password = dialog.password()
            self._run_dialog(dialog, lambda: context.services.users.set_password(
                context.principal, user.login, password))

        self._open(dialog, save)

    def set_absence_of_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        colleagues = [u for u in self.model.users() if u.is_active and u.login != user.login]
        colleagues.sort(key=lambda u: u.full_name)
        dialog = AbsenceDialog(user, colleagues, self._today(), self)
        context = self.context

        def save() -> None:
            start, end, delegate = dialog.period()
            self._run_dialog(dialog, lambda: context.services.users.set_absence(
                context.principal, user.login, start, end, delegate))

        self._open(dialog, save)

    def toggle_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        context, active = self.context, not user.is_active

        def done(changed: UserInfo) -> None:
            self._say((self.tr("Account %1 enabled.") if changed.is_active
                       else self.tr("Account %1 disabled.")).replace("%1", changed.login), "ok")
            self.load(changed.login)

        self.context.runner.run(
            lambda: context.services.users.set_active(context.principal, user.login, active),
            done, self._show_error)

    # -- dialogs --------------------------------------------------------------------------------
    def _open(self, dialog: FormDialog, save: Callable[[], None]) -> None:
        # open(), not exec(): no nested event loop, so the idle lock can hide the dialog and
        # show it again with everything typed still in it.
        self.dialog = dialog
        dialog.submitted.connect(save)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run_dialog(self, dialog: FormDialog, work: Callable[[], Any]) -> None:
        def saved(result: Any) -> None:
            login = result.login if isinstance(result, UserInfo) else None
            dialog.done_ok()
            self._say(self.tr("Saved."), "ok")
            self.load(login)

        def refused(error: DomainError) -> None:
            dialog.refused(error.message)
            if isinstance(error, ConflictError):
                self._reload_into(dialog)

        self.context.runner.run(work, saved, refused)

    def _reload_into(self, dialog: FormDialog) -> None:
        """After a conflict: show the account as the other desk left it, and the list too."""
        if not isinstance(dialog, UserDialog) or dialog.user is None:
            self.load()
            return
        login, services = dialog.user.login, self.context.services
        self.context.runner.run(lambda: services.users.get_user(login), dialog.fill,
                                self._show_error)
        self.load(login)

    # -- messages -------------------------------------------------------------------------------
    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _show_error(self, error: DomainError) -> None:
        self._say(error.message, "warning")

    def _say(self, text: str, meaning: str) -> None:
        self.message_line.say(text, meaning)
