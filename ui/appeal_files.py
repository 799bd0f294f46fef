"""The files of an appeal in the editor: scans, attachments, recordings — stored ones and those
waiting for the appeal to be saved. The box only shows them and asks; the pane does the work."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from workstation.attachments import AttachmentInfo, NewAttachment
from workstation.formatting import format_number

FILE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ListedFile:
    name: str
    size: int
    stored: AttachmentInfo | None  # None: not saved yet
    pending: NewAttachment | None = None


def size_text(size: int) -> str:
    """12 Б, 340 КБ, 2,5 МБ — in the interface's language, numbers written the Russian way."""
    translate = QCoreApplication.translate
    if size < 1024:
        return translate("FilesBox", "%1 B", "bytes").replace("%1", format_number(size))
    if size < 1024 * 1024:
        return translate("FilesBox", "%1 KB", "kilobytes").replace(
            "%1", format_number(size / 1024))
    return translate("FilesBox", "%1 MB", "megabytes").replace(
        "%1", format_number(size / 1024 / 1024, 1))


class FilesBox(QWidget):
    add_requested = Signal()
    open_requested = Signal(object)  # ListedFile
    remove_requested = Signal(object)  # ListedFile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setProperty("role", "section")
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("appeal-files")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFixedHeight(78)
        self.view.doubleClicked.connect(lambda _index: self._open())
        self.add_button = QPushButton(icon("attachment"), self.tr("Attach…"))
        self.add_button.setObjectName("appeal-files-add")
        self.add_button.clicked.connect(self.add_requested)
        self.open_button = QPushButton(icon("open-file"), self.tr("Open"))
        self.open_button.clicked.connect(self._open)
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)

    def set_files(self, files: list[ListedFile]) -> None:
        self.model.clear()
        for listed in files:
            waiting = "" if listed.stored else " · " + self.tr("saved with the appeal")
            item = QStandardItem(icon("attachment"),
                                 f"{listed.name} ({size_text(listed.size)}){waiting}")
            item.setData(listed, FILE_ROLE)
            self.model.appendRow(item)
        self._enable()

    def files(self) -> list[ListedFile]:
        return [self.model.item(row).data(FILE_ROLE) for row in range(self.model.rowCount())]

    def current(self) -> ListedFile | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows and self.model.rowCount() == 1:
            return self.files()[0]
        return self.model.itemFromIndex(rows[0]).data(FILE_ROLE) if rows else None

    def _open(self) -> None:
        listed = self.current()
        if listed is not None:
            self.open_requested.emit(listed)

    def _remove(self) -> None:
        listed = self.current()
        if listed is not None:
            self.remove_requested.emit(listed)

    def _enable(self) -> None:
        has = self.current() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)


