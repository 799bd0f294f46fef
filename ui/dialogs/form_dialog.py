"""A dialog with a form, a message line and Save/Cancel; stays open until the save succeeds.

The pane runs the service call in the background and answers with ``done()`` or ``refused()``:
a refusal is shown in the dialog, and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon


class FormDialog(QDialog):
    submitted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._message_icon = QLabel()
        self.message_label = QLabel()
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message_row = QHBoxLayout()
        message_row.addWidget(self._message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message_label, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(message_row)
        layout.addWidget(self.buttons)
        self._show_message("", None)

    # -- for subclasses -----------------------------------------------------------------------
    def problem(self) -> str | None:
        """What is wrong with the input before anything is sent; None when it may be sent."""
        return None

    # -- for the pane -------------------------------------------------------------------------
    def done_ok(self) -> None:
        self.accept()

    def refused(self, message: str) -> None:
        self.set_busy(False)
        self._show_message(message, "warning")

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        if busy:
            self._show_message(self.tr("Saving…"), "refresh")

    # -- inside -------------------------------------------------------------------------------
    def _submit(self) -> None:
        problem = self.problem()
        if problem:
            self._show_message(problem, "warning")
            return
        self.set_busy(True)
        self.submitted.emit()

    def _show_message(self, text: str, meaning: str | None) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self._message_icon.setVisible(bool(text))
        if meaning:
            self._message_icon.setPixmap(icon(meaning).pixmap(16, 16))
