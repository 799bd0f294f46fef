"""The answer library pane: search as you type, keyboard only, one key inserts into the field
the person was writing in (TEL-2), the call script strip (TEL-1, TEL-6), and its models."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.answers import (
    cheap_passwords,  # noqa: F401 (a fixture)
    content,
    person,
    publish,
)
from tests.helpers.qt import type_text
from ui.insertion import InsertionTargets
from ui.models.answer_results import AnswerResultsModel
from ui.models.answer_topics import CODE_ROLE, AnswerTopicsModel
from ui.panes.answer_library_pane import AnswerLibraryPane
from ui.panes.base import PaneContext
from ui.rich_text_delegate import plain
from ui.tasks import TaskRunner
from workstation.answer_placeholders import CustomerFacts
from workstation.answer_types import SPECIALIST, USE_FULL, USE_SHORT
from workstation.roles import Principal
from workstation.services import Services

pytestmark = pytest.mark.usefixtures("cheap_passwords")


@pytest.fixture
def targets(qtbot: QtBot) -> InsertionTargets:
    return InsertionTargets()


class Desk(QWidget):
    """A window with a notes field registered as an insertion target, and the pane beside it."""

    def __init__(self, pane: AnswerLibraryPane, targets: InsertionTargets,
                 prefers: str = USE_SHORT) -> None:
        super().__init__()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addWidget(pane)
        targets.register(self.notes, "Заметки о клиенте", name="customer-notes",
                         prefers=prefers)


def open_pane(qtbot: QtBot, runner: TaskRunner, services: Services, viewer: Principal,
              targets: InsertionTargets, prefers: str = USE_SHORT) -> tuple[Desk,
                                                                          AnswerLibraryPane]:
    pane = AnswerLibraryPane(PaneContext(services, viewer, runner, ZoneInfo("Asia/Sakhalin")),
                             targets=targets)
    desk = Desk(pane, targets, prefers)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitUntil(lambda: pane.results_model.rowCount() > 0 and not runner.busy)
    return desk, pane


def search(qtbot: QtBot, pane: AnswerLibraryPane, runner: TaskRunner, words: str) -> None:
    pane.focus_search()
    type_text(pane.search_edit, words)
    qtbot.waitUntil(lambda: not runner.busy)


def test_tel1_tel6_the_strip_reads_the_greeting_with_unit_position_name_and_recording(
    qtbot: QtBot, runner: TaskRunner, services: Services, targets: InsertionTargets
) -> None:
    _desk, pane = open_pane(qtbot, runner, services, person(services, "operator"), targets)
    greeting = pane.script_strip.greeting_label.text()
    assert greeting == ("Здравствуйте! Контакт-центр, оператор Мария Иванова. Обращаю ваше "
                        "внимание: разговор записывается. Чем я могу вам помочь?")
    assert "Благодарю вас за обращение" in pane.script_strip.closing_label.text()


def test_typing_a_word_form_finds_and_highlights_the_answers(
    qtbot: QtBot, runner: TaskRunner, services: Services, targets: InsertionTargets
) -> None:
    _desk, pane = open_pane(qtbot, runner, services, person(services, "operator"), targets)
    search(qtbot, pane, runner, "поверки счетчиков")
    model = pane.results_model
    assert [model.item(row).code for row in range(model.rowCount())] == [
        "meters.verification_due"]
    html = model.index(0, AnswerResultsModel.ANSWER).data(Qt.ItemDataRole.UserRole + 2)
    assert plain(html).startswith("Истёк срок поверки счётчика")
    assert "background-color:#fff2a8" in html  # the matching words are marked
    qtbot.waitUntil(lambda: pane.preview.view is not None)
    assert "Истёк срок поверки счётчика" in pane.preview.toPlainText()


def test_tel2_enter_inserts_the_answer_into_the_registered_notes_and_records_the_use(
    qtbot: QtBot, runner: TaskRunner, services: Services, targets: InsertionTargets
) -> None:
    operator = person(services, "operator")
    desk, pane = open_pane(qtbot, runner, services, operator, targets)
    desk.notes.setFocus()
    type_text(desk.notes, "Звонок: ")
    pane.set_customer(CustomerFacts(full_name="Смирнова Анна Петровна",
                                    account_number="1234567890"))
    search(qtbot, pane, runner, "отказаться от бумажной квитанции")
    qtbot.keyClick(pane.search_edit, Qt.Key.Key_Down)
    assert pane.results_view.hasFocus()
    qtbot.keyClick(pane.results_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "электронной почте" in desk.notes.toPlainText())
    assert desk.notes.toPlainText().startswith("Звонок: Да, счёт можно получать")
    assert desk.notes.hasFocus(), "the focus goes back to where the person was writing"
    qtbot.waitUntil(lambda: not runner.busy)
    entry = pane.current_summary()
    assert entry is not None and services.answers.use_count(entry.entry_id) == 1


def test_placeholders_are_filled_from_the_card_and_gaps_are_reported(
    qtbot: QtBot, runner: TaskRunner, services: Services, targets: InsertionTargets
) -> None:
    desk, pane = open_pane(qtbot, runner, services, person(services, "operator"), targets,
                           prefers=USE_FULL)
    search(qtbot, pane, runner, "способы оплаты")
    qtbot.waitUntil(lambda: pane.preview.view is not None)
    pane.insert_answer()
    text = desk.notes.toPlainText()
    assert "[ЗАПОЛНИТЕ: лицевой счёт]" in text and "{" not in text
    assert "лицевой счёт" in pane.message_label.text()
    desk.notes.clear()
    pane.set_customer(CustomerFacts(account_number="1234567890"))
    pane.insert_answer()
    assert "по лицевому счёту № 1234567890" in desk.notes.toPlainText()
    assert "[ЗАПОЛНИТЕ" not in desk.notes.toPlainText()


def test_tel4_an_operator_inserts_a_transfer_note_for_a_specialists_answer(
    qtbot: QtBot, runner: TaskRunner, services: Services, targets: InsertionTargets
) -> None:
    publish(services, content("Сверхдоходы от вибрации", answered_by=SPECIALIST,
                              unit="Юридический отдел", written="Текст специалиста."))
    desk, pane = open_pane(qtbot, runner, services, person(services, "operator"), targets)
    search(qtbot, pane, runner, "сверхдоходы")
    qtbot.waitUntil(lambda: pane.preview.view is not None)
    assert "Текст специалиста" not in pane.preview.toPlainText()
    assert "соединю вас" in pane.preview.toPlainText()
    pane.insert_answer(USE_FULL)
    assert desk.notes.toPlainText() == (
        "Вопрос «Сверхдоходы от вибрации» передан специалисту (Юридический отдел): клиент "
        "соединён со специалистом.")


def test_without_a_target_the_answer_is_copied(
    qtbot: QtBot, runner: TaskRunner, services: Services, targets: InsertionTargets
) -> None:
    desk, pane = open_pane(qtbot, runner, services, person(services, "operator"), targets)
    targets.unregister(desk.notes)
    search(qtbot, pane, runner, "пени")
    qtbot.waitUntil(lambda: pane.preview.view is not None)
    pane.insert_answer()
    assert "Пени" in QGuiApplication.clipboard().text()
    assert desk.notes.toPlainText() == ""


def test_choosing_a_topic_lists_its_answers_and_escape_returns_to_search(
    qtbot: QtBot, runner: TaskRunner, services: Services, targets: InsertionTargets
) -> None:
    _desk, pane = open_pane(qtbot, runner, services, person(services, "operator"), targets)
    index = pane.topics_model.index_of("letters")
    pane.topics_view.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not runner.busy and pane.results_model.rowCount() == 2)
    pane.results_view.setFocus()
    qtbot.keyClick(pane.results_view, Qt.Key.Key_Escape)
    assert pane.search_edit.hasFocus()


def test_the_registry_follows_the_focus_and_forgets_destroyed_fields(
    qtbot: QtBot, targets: InsertionTargets
) -> None:
    window = QWidget()
    first, second = QPlainTextEdit(), QPlainTextEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    targets.register(first, "Первое", name="first")
    targets.register(second, "Второе", name="second", prefers=USE_FULL)
    assert targets.active() is None, "two fields and no focus yet: nobody is guessed"
    second.setFocus()
    qtbot.waitUntil(lambda: targets.active() is not None)
    assert targets.active().label == "Второе"  # type: ignore[union-attr]
    first.setFocus()
    qtbot.waitUntil(lambda: targets.active().label == "Первое")  # type: ignore[union-attr]
    first.setReadOnly(True)  # a field that cannot take text is passed over
    assert targets.active().label == "Второе"  # type: ignore[union-attr]
    second.deleteLater()
    qtbot.waitUntil(lambda: len(targets.targets()) == 1)


def test_answer_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester, services: Services  # type: ignore[no-untyped-def]
) -> None:
    operator = person(services, "operator")
    topics = AnswerTopicsModel()
    topics.set_topics(services.answers.topics())
    qtmodeltester.check(topics)
    assert topics.index(0, 0).data(CODE_ROLE) is None  # "All topics"
    assert topics.index_of("meters.readings").parent() == topics.index_of("meters")
    results = AnswerResultsModel()
    results.set_items(services.answers.search(operator, "счётчик").items, None)
    qtmodeltester.check(results)


def test_the_open_customer_card_fills_the_placeholders(
    qtbot: QtBot, runner: TaskRunner, services: Services, targets: InsertionTargets
) -> None:
    from tests.test_answer_customer import card
    from ui.panes.customer_card import CustomerCardPane

    operator = person(services, "operator")
    context = PaneContext(services, operator, runner, ZoneInfo("Asia/Sakhalin"))
    card_pane = CustomerCardPane(context)
    qtbot.addWidget(card_pane)
    _desk, pane = open_pane(qtbot, runner, services, operator, targets)
    pane.connect_panes({CustomerCardPane.OBJECT_NAME: card_pane, pane.OBJECT_NAME: pane})
    card_pane.card_shown.emit(card())
    assert pane.customer is not None and pane.customer.account_number == "1000000002"
    assert pane.fill_context().customer == pane.customer
