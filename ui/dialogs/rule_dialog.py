"""A supervisor changes a deadline rule: the new values and the reason (kept in its history).

The change applies to deadlines started from then on; the dialog says so, because running
deadlines keep the revision they were promised with.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from ui.dialogs.form_dialog import FormDialog
from workstation.deadline_rule_store import MAX_DUE_SOON_SECONDS, RuleChange
from workstation.deadline_rules import UNIT_FAMILIES, UNIT_LIMITS, Rule, Unit


class RuleDialog(FormDialog):
    def __init__(self, rule: Rule, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change deadline rule %1").replace("%1", rule.name), parent)
        self.rule = rule
        unit_names = {
            Unit.SECONDS: self.tr("seconds"),
            Unit.MINUTES: self.tr("minutes"),
            Unit.CALENDAR_DAYS: self.tr("calendar days"),
            Unit.WORKING_DAYS: self.tr("working days"),
            Unit.AFTER_OPENING: self.tr("minutes after opening"),
        }
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit")
        family = next(family for family in UNIT_FAMILIES if rule.unit in family)
        for unit in sorted(family, key=list(Unit).index):
            self.unit_combo.addItem(unit_names[unit], unit.value)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(rule.unit.value))
        self.amount_spin = QSpinBox()
        self.amount_spin.setObjectName("amount")
        self.window_spin = QSpinBox()
        self.window_spin.setObjectName("window_start")
        self.window_spin.setRange(0, UNIT_LIMITS[Unit.AFTER_OPENING][1])
        self.window_spin.setValue(rule.window_start or 0)
        self.soon_spin = QSpinBox()
        self.soon_spin.setObjectName("due_soon")
        self.soon_spin.setRange(0, MAX_DUE_SOON_SECONDS)
        self.soon_spin.setSuffix(self.tr(" s"))
        self.soon_spin.setValue(rule.due_soon_seconds)
        self.roll_box = QCheckBox(self.tr("A last day off moves to the next &working day"))
        self.roll_box.setObjectName("roll_forward")
        self.roll_box.setChecked(rule.roll_forward)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(self.tr("For example: order No. 12 of 01.03.2026"))

        self.form.addRow(self.tr("Rule:"), QLabel(f"{rule.name} — {rule.title}"))
        self.form.addRow(self.tr("Now:"), QLabel(
            self.tr("%1, revision %2").replace("%1", rule.limit_text())
            .replace("%2", str(rule.revision))))
        self.form.addRow(self.tr("&Unit:"), self.unit_combo)
        self.form.addRow(self.tr("&Limit:"), self.amount_spin)
        if rule.unit is Unit.AFTER_OPENING:
            self.form.addRow(self.tr("Window &opens after (min):"), self.window_spin)
        self.form.addRow(self.tr("\"Due &soon\" from:"), self.soon_spin)
        if rule.unit.counts_days:
            self.form.addRow(self.roll_box)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        note = QLabel(self.tr("The change applies to deadlines started from now on; running "
                              "ones keep the rule they were computed with."))
        note.setWordWrap(True)
        note.setProperty("role", "secondary")
        self.form.addRow(note)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()
        self.amount_spin.setValue(rule.amount)

    def unit(self) -> Unit:
        return Unit(self.unit_combo.currentData())

    def _unit_changed(self) -> None:
        low, high = UNIT_LIMITS[self.unit()]
        self.amount_spin.setRange(low, high)

    def problem(self) -> str | None:
        if not self.reason_edit.text().strip():
            return self.tr("Give the reason for the change: it stays in the rule's history.")
        if self.rule.unit is Unit.AFTER_OPENING and (
                self.window_spin.value() >= self.amount_spin.value()):
            return self.tr("The callback window must open before it closes.")
        return None

    def change(self) -> RuleChange:
        return RuleChange(
            amount=self.amount_spin.value(), unit=self.unit(),
            window_start=self.window_spin.value() if self.rule.unit is Unit.AFTER_OPENING
            else None,
            due_soon_seconds=self.soon_spin.value(),
            roll_forward=self.roll_box.isChecked() if self.rule.unit.counts_days else None)

    def reason(self) -> str:
        return self.reason_edit.text().strip()
