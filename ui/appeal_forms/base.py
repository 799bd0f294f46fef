"""What every channel's form has: its detail fields by key, change notification, and marks on
the fields still missing (WR-2). The common fields (time, customer, topic, text, files) belong
to the editor; a form only says how they are called for its channel."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui import palette
from workstation.appeal_fields import CHANNEL_FIELDS, Need
from workstation.appeals import Channel

Field = QLineEdit | QComboBox | QDateEdit | QPlainTextEdit
W = TypeVar("W", QLineEdit, QComboBox, QDateEdit, QPlainTextEdit)
LABEL_WIDTH = 190  # the same for every form of the editor, so their fields line up
NO_DATE = QDate(2000, 1, 1)  # a QDateEdit cannot be empty: its minimum shows as "—"
_MISSING_STYLE = f"border: 1px solid {palette.WARNING}; background: #fff8e6;"


def align_labels(layout: QFormLayout) -> None:
    """One label column for the editor's several form layouts (the common fields and the
    channel's own), so the fields below each other start at the same place."""
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setFixedWidth(LABEL_WIDTH)
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)


class ChannelForm(QWidget):
    CHANNEL: ClassVar[Channel]
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._needs = {spec.key: spec.need for spec in CHANNEL_FIELDS[self.CHANNEL]}

    # -- how the editor's common fields are called here --------------------------------------------
    def received_label(self) -> str:
        return self.tr("Received")

    def subject_label(self) -> str | None:
        """None: this channel has no subject line."""
        return self.tr("Summary")

    def body_label(self) -> str:
        return self.tr("Text")

    def files_label(self) -> str:
        return self.tr("Files")

    # -- building ---------------------------------------------------------------------------------
    def _label(self, key: str, text: str) -> QLabel:
        need = self._needs.get(key, Need.OPTIONAL)
        label = QLabel(f"{text} *" if need is Need.REGISTER else text)
        if need is Need.REGISTER:
            label.setToolTip(self.tr("Required to register"))
        elif need is Need.PROCESS:
            label.setToolTip(self.tr("Needed to process the appeal (WR-2)"))
        return label

    def line(self, key: str, text: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda _text: self.changed.emit())
        return self._add(key, text, edit)

    def choice(self, key: str, text: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for title, value in items:
            combo.addItem(title, value)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return self._add(key, text, combo)

    def day(self, key: str, text: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _date: self.changed.emit())
        return self._add(key, text, edit)

    def lines(self, key: str, text: str, placeholder: str = "", rows: int = 2) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 14)
        edit.textChanged.connect(self.changed.emit)
        return self._add(key, text, edit)

    def _add(self, key: str, text: str, widget: W) -> W:
        widget.setObjectName(f"field-{key}")
        self.fields[key] = widget
        self.layout_.addRow(self._label(key, text), widget)
        return widget

    # -- values -----------------------------------------------------------------------------------
    def details(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values[key] = widget.text().strip()
            elif isinstance(widget, QComboBox):
                values[key] = str(widget.currentData() or "")
            elif isinstance(widget, QDateEdit):
                chosen = widget.date()
                values[key] = "" if chosen == NO_DATE else date(
                    chosen.year(), chosen.month(), chosen.day()).isoformat()
            else:
                values[key] = widget.toPlainText().strip()
        return {key: value for key, value in values.items() if value}

    def set_details(self, details: dict[str, str]) -> None:
        for key, widget in self.fields.items():
            value = details.get(key, "")
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(index if index >= 0 else 0)
            elif isinstance(widget, QDateEdit):
                try:
                    day = date.fromisoformat(value)
                    widget.setDate(QDate(day.year, day.month, day.day))
                except ValueError:
                    widget.setDate(NO_DATE)
            else:
                widget.setPlainText(value)
            widget.blockSignals(False)

    def mark_missing(self, keys: set[str]) -> None:
        for key, widget in self.fields.items():
            widget.setStyleSheet(_MISSING_STYLE if key in keys else "")

    def first_field(self) -> QWidget | None:
        return next(iter(self.fields.values()), None)
