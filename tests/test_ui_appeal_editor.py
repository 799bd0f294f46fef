"""The appeal editor through pytest-qt: a postal letter typed in and registered, what is missing
listed as it is typed (WR-2), files attached before and after saving, an imported e-mail matched
to the open card, and a clarification requested and received."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.helpers.appeals import koi8_eml
from tests.helpers.customers import IVANOV, add_customers
from tests.helpers.deadlines import add_user
from tests.helpers.qt import type_text
from ui.appeal_forms.base import ChannelForm
from ui.panes.appeal_editor_pane import AppealEditorPane
from ui.panes.base import PaneContext
from ui.tasks import TaskRunner
from workstation.appeals import AppealStatus, Category, Channel
from workstation.roles import Principal
from workstation.services import Services

SAKHALIN = ZoneInfo("Asia/Sakhalin")



@pytest.fixture
def operator(services: Services) -> Principal:
    return add_user(services, "operator")


class FakeCard:
    """What the editor reads from the customer card pane: the open card's id and name."""

    def __init__(self, customer_id: uuid.UUID, name: str) -> None:
        self.card = type("Card", (), {"id": customer_id, "name": name})()


@pytest.fixture
def editor(qtbot: QtBot, services: Services, operator: Principal,
           runner: TaskRunner) -> AppealEditorPane:
    pane = AppealEditorPane(PaneContext(services, operator, runner, SAKHALIN))
    qtbot.addWidget(pane)
    pane.resize(700, 1000)
    pane.show()
    qtbot.waitUntil(lambda: pane.form.topic_picker.count() > 1 and not runner.busy)
    return pane


def field(form: ChannelForm, key: str) -> QLineEdit | QPlainTextEdit | QComboBox:
    widget = form.fields[key]
    assert not isinstance(widget, QComboBox) or key in ("line", "answer_by")
    return widget  # type: ignore[return-value]


def wait(qtbot: QtBot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy)


def test_a_postal_letter_is_typed_checked_and_registered(
        qtbot: QtBot, editor: AppealEditorPane, runner: TaskRunner, services: Services,
        tmp_path: Path) -> None:
    form = editor.form
    form.channel_combo.setCurrentIndex(form.channel_combo.findData(Channel.POST))
    post = form.current_form()
    missing = form.completeness.text_label.text()
    assert "Required to register" in missing and "входящий номер (штамп)" in missing
    assert "CH-2" in form.state_label.text() and "Category B" in form.state_label.text()

    type_text(field(post, "incoming_number"), "Вх-125")
    post.fields["incoming_date"].setDate(QDate(2026, 3, 1))  # type: ignore[union-attr]
    type_text(field(post, "sender_name"), "Иванов И. И.")
    type_text(field(post, "sender_address"), "693000, Южно-Сахалинск, ул. Ленина, 12-5")
    missing = form.completeness.text_label.text()
    assert "Required to register" not in missing
    assert "скан письма" in missing and "тема" in missing  # WR-2: still missing to process

    scan = tmp_path / "скан-1.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    editor.attach_paths([scan])
    qtbot.waitUntil(lambda: form.files.model.rowCount() == 1)
    assert "saved with the appeal" in form.files.model.item(0).text()
    form.topic_picker.setCurrentIndex(form.topic_picker.findData("billing.recalculation"))
    type_text(form.body_edit, "Прошу сделать перерасчёт.")

    with qtbot.waitSignal(editor.appeal_saved, timeout=10_000):
        form.save_action.trigger()
    wait(qtbot, runner)
    view = editor.view
    assert view is not None and view.journal_number == "2026-000001"
    assert form.title_label.text() == "Appeal 2026-000001"
    assert (view.channel, view.category) == (Channel.POST, Category.B)
    assert view.details["incoming_number"] == "Вх-125"
    assert view.details["incoming_date"] == "2026-03-01"
    assert [a.file_name for a in view.attachments] == ["скан-1.pdf"]
    assert not form.channel_combo.isEnabled()  # the channel of a registered appeal stays
    assert "Registered under number 2026-000001" in form.message_label.text()
    assert form.take_action.isEnabled() and form.clarify_action.isEnabled()
    assert not form.close_action.isEnabled()  # a letter is not answered on the spot

    # A second page scanned later goes straight into the registered appeal.
    second = tmp_path / "скан-2.pdf"
    second.write_bytes(b"%PDF-1.4 page two")
    with qtbot.waitSignal(editor.appeal_saved, timeout=10_000):
        editor.attach_paths([second])
    wait(qtbot, runner)
    assert editor.view is not None and len(editor.view.attachments) == 2


def test_refusals_are_shown_and_nothing_typed_is_lost(
        qtbot: QtBot, editor: AppealEditorPane, runner: TaskRunner) -> None:
    form = editor.form
    form.channel_combo.setCurrentIndex(form.channel_combo.findData(Channel.EMAIL))
    type_text(field(form.current_form(), "from_address"), "не адрес")
    type_text(form.body_edit, "Текст письма")
    form.save_action.trigger()
    wait(qtbot, runner)
    assert "не похоже на адрес электронной почты" in form.message_label.text()
    assert editor.view is None
    assert form.body_edit.toPlainText() == "Текст письма"


def test_an_imported_email_is_matched_to_the_open_card(
        qtbot: QtBot, editor: AppealEditorPane, runner: TaskRunner, services: Services,
        cli_admin: Principal) -> None:
    result = services.appeal_import.import_eml(cli_admin, koi8_eml())
    editor.open_appeal(result.appeal_id)
    qtbot.waitUntil(lambda: editor.view is not None and not runner.busy)
    form = editor.form
    assert "Sender not matched" in form.customer_label.text()
    assert form.subject_edit.text() == "Перерасчёт за февраль"
    assert form.files.model.rowCount() == 1
    [customer] = add_customers(services.database, IVANOV)
    editor.card_pane = FakeCard(customer, "Иванов Иван Иванович")  # type: ignore[assignment]
    with qtbot.waitSignal(editor.appeal_saved, timeout=10_000):
        form.card_action.trigger()
    wait(qtbot, runner)
    assert editor.view is not None and editor.view.customer_id == customer
    assert not editor.view.match_needed
    assert form.customer_label.text() == "Иванов Иван Иванович"


def test_WR_2_clarification_requested_and_received(
        qtbot: QtBot, editor: AppealEditorPane, runner: TaskRunner) -> None:
    form = editor.form
    form.channel_combo.setCurrentIndex(form.channel_combo.findData(Channel.VOICEMAIL))
    voicemail = form.current_form()
    type_text(field(voicemail, "callback_number"), "8 914 123-45-67")
    recording = Path(__file__).parent / "__init__.py"  # any file stands for the recording
    editor.attach_paths([recording])
    qtbot.waitUntil(lambda: form.files.model.rowCount() == 1)
    with qtbot.waitSignal(editor.appeal_saved, timeout=10_000):
        form.save_action.trigger()
    wait(qtbot, runner)

    form.clarify_action.trigger()
    dialog = editor.dialog
    assert dialog is not None
    assert dialog.contact_edit.text() == "+79141234567"  # type: ignore[attr-defined]
    type_text(dialog.question_edit, "Назовите номер лицевого счёта.")  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.appeal_saved, timeout=10_000):
        dialog.save_button.click()
    wait(qtbot, runner)
    view = editor.view
    assert view is not None and view.status is AppealStatus.CLARIFICATION
    assert view.clarification_due == date(2026, 3, 5)  # three days on, by default
    assert form.completeness.clarification_label.isVisible()
    assert "Назовите номер" in form.completeness.clarification_label.text()
    assert form.answered_action.isEnabled() and not form.take_action.isEnabled()

    form.answered_action.trigger()
    dialog = editor.dialog
    assert dialog is not None
    dialog.save_button.click()  # nothing written: refused in the dialog itself
    assert "Write down what the customer answered" in dialog.message_label.text()
    type_text(dialog.answer_edit, "Счёт 6500123456.")  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.appeal_saved, timeout=10_000):
        dialog.save_button.click()
    wait(qtbot, runner)
    assert editor.view is not None and editor.view.status is AppealStatus.IN_PROGRESS
    assert not form.completeness.clarification_label.isVisible()


def test_keys_of_the_editor(qtbot: QtBot, editor: AppealEditorPane) -> None:
    keys = {action.text().replace("&", ""): action.shortcut().toString()
            for action in editor.form.actions_}
    assert keys["Save"] == "Ctrl+S"
    assert keys["Request a clarification…"] == "Ctrl+Shift+Q"
    assert all(action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
               for action in editor.form.actions_)
