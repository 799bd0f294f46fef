"""The supervisors' pane: propose in the dialog, see the change word by word, approve (four
eyes), history, export and import of the library file; its lists fit a narrow pane."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.answers import (
    cheap_passwords,  # noqa: F401 (a fixture)
    person,
)
from tests.helpers.look import desk_look
from tests.helpers.qt import type_text
from ui.models.answer_entries import AnswerEntriesModel
from ui.models.answer_versions import AnswerVersionsModel
from ui.panes.answer_review_pane import SIDE_BY_SIDE_WIDTH, AnswerReviewPane
from ui.panes.base import PaneContext
from ui.tasks import TaskRunner
from workstation.roles import Principal
from workstation.services import Services

pytestmark = pytest.mark.usefixtures("cheap_passwords")
ZONE = ZoneInfo("Asia/Sakhalin")


def open_pane(qtbot: QtBot, runner: TaskRunner, services: Services,
              who: Principal) -> AnswerReviewPane:
    pane = AnswerReviewPane(PaneContext(services, who, runner, ZONE))
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.entries_model.rowCount() > 0 and not runner.busy)
    return pane


def closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy)


def test_tel2_a_proposal_from_the_dialog_waits_for_another_supervisor(
    qtbot: QtBot, runner: TaskRunner, services: Services
) -> None:
    author = open_pane(qtbot, runner, services, person(services, "supervisor"))
    dialog = author.new_answer()
    type_text(dialog.title_edit, "Гарантийный срок счётчика")
    dialog.topic_combo.setCurrentIndex(dialog.topic_combo.findData("meters.replacement"))
    type_text(dialog.questions_edit, "Какой гарантийный срок у счётчика")
    type_text(dialog.spoken_edit, "Гарантийный срок указан в паспорте счётчика.")
    type_text(dialog.written_edit, "По лицевому счёту № ")
    dialog.placeholder_combo.activated.emit(dialog.placeholder_combo.findData("лицевой счёт"))
    assert dialog.written_edit.toPlainText() == "По лицевому счёту № {лицевой счёт}"
    type_text(dialog.note_edit, "частый вопрос")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, runner)
    assert author.pending_model.rowCount() == 1
    assert "awaits approval" in author.message_label.text() or "ожида" in (
        author.message_label.text())

    author.pending_view.selectRow(0)
    author.approve_action.trigger()
    settle(qtbot, runner)
    assert "не автор" in author.message_label.text()  # four eyes

    reviewer = open_pane(qtbot, runner, services, person(services, "supervisor2"))
    reviewer.pending_view.selectRow(0)
    settle(qtbot, runner)
    assert "Гарантийный срок счётчика" in reviewer.details.toPlainText()
    reviewer.approve_action.trigger()
    settle(qtbot, runner)
    assert reviewer.pending_model.rowCount() == 0
    found = services.answers.search(person(services, "operator"), "гарантийный срок").items
    assert [item.title for item in found] == ["Гарантийный срок счётчика"]


def test_a_change_is_shown_word_by_word_and_kept_in_history(
    qtbot: QtBot, runner: TaskRunner, services: Services
) -> None:
    author = open_pane(qtbot, runner, services, person(services, "supervisor"))
    row = next(r for r in range(author.entries_model.rowCount())
               if author.entries_model.entry(r).code == "payments.deadline")
    author.tabs.setCurrentIndex(1)
    author.entries_view.selectRow(row)
    settle(qtbot, runner)
    assert author.history_model.rowCount() == 1
    dialog = author.change_answer()
    assert dialog is not None
    dialog.spoken_edit.setPlainText(dialog.spoken_edit.toPlainText().replace(
        "до 10 числа", "не позднее 10 числа"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, runner)
    reviewer = open_pane(qtbot, runner, services, person(services, "supervisor2"))
    reviewer.pending_view.selectRow(0)
    settle(qtbot, runner)
    html = reviewer.details.toHtml()
    assert "не позднее" in reviewer.details.toPlainText()
    assert "line-through" in html  # the removed word is struck out
    type_text(reviewer.reason_edit, "формулировка не согласована")
    reviewer.reject_action.trigger()
    settle(qtbot, runner)
    reviewer.tabs.setCurrentIndex(1)
    reviewer.entries_view.selectRow(row)
    settle(qtbot, runner)
    states = [reviewer.history_model.index(r, AnswerVersionsModel.STATE).data()
              for r in range(reviewer.history_model.rowCount())]
    assert len(states) == 2 and "Лебедева" in states[0]


def test_export_and_import_from_the_pane(
    qtbot: QtBot, runner: TaskRunner, services: Services, tmp_path: Path
) -> None:
    pane = open_pane(qtbot, runner, services, person(services, "supervisor"))
    path = tmp_path / "библиотека.json"
    pane.export_to(path)
    settle(qtbot, runner)
    text = path.read_text(encoding="utf-8")
    assert '"format": "workstation.answer-library"' in text
    path.write_text(text.replace("Способы оплаты электроэнергии", "Способы оплаты"),
                    encoding="utf-8")
    pane.import_from(path)
    settle(qtbot, runner)
    assert pane.pending_model.rowCount() == 1
    pane.import_from(tmp_path / "нет такого файла.json")
    settle(qtbot, runner)
    assert "нет такого файла.json" in pane.message_label.text()  # which file, in any language


def test_review_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester,  # type: ignore[no-untyped-def]
                                             services: Services) -> None:
    supervisor = person(services, "supervisor")
    entries = AnswerEntriesModel()
    entries.set_entries(services.answer_editor.entries(supervisor), {})
    qtmodeltester.check(entries)
    versions = AnswerVersionsModel(ZONE)
    versions.set_versions(services.answer_editor.history(supervisor, entries.entry(0).entry_id))
    qtmodeltester.check(versions)


@pytest.mark.parametrize(("width", "height"), [(548, 312), (669, 850), (1200, 700)])
def test_the_lists_fit_the_pane_and_the_details_go_where_there_is_room(
    qtbot: QtBot, runner: TaskRunner, services: Services, width: int, height: int
) -> None:
    """In the right column of a laptop's window (548 px), as the screenshot shows it (669 px,
    tall) and floating wide: no column of a list is cut off at the pane's edge, and the details
    are beside the lists only where both have room."""
    author = person(services, "supervisor")
    state = next(e for e in services.answer_editor.entries(author)
                 if e.code == "payments.deadline")
    changed = dataclasses.replace(state.content, spoken=state.content.spoken + " Уточнено.")
    services.answer_editor.propose_change(author, state.entry_id, state.row_version, changed,
                                          "Срок оплаты уточнён письмом от 12.11.2026")
    with desk_look():
        pane = open_pane(qtbot, runner, services, person(services, "supervisor2"))
        pane.resize(width, height)
        qtbot.waitUntil(lambda: pane.pending_model.rowCount() == 1)
        wide = width >= SIDE_BY_SIDE_WIDTH
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        assert pane.split.orientation() == (horizontal if wide else vertical)
        assert pane.entries_split.orientation() == (
            vertical if not wide and height >= 600 else horizontal)
        pending = pane.pending_view
        assert pending.isColumnHidden(AnswerVersionsModel.STATE)  # all await approval
        assert pane.history_view.isColumnHidden(AnswerVersionsModel.TITLE)  # one answer's
        header = pending.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in shown)
                        == pending.viewport().width())
        metrics = pending.fontMetrics()
        for column in (AnswerVersionsModel.NUMBER, AnswerVersionsModel.CHANGE,
                       AnswerVersionsModel.WHEN):  # short ones whole
            text = str(pending.model().index(0, column).data())
            assert header.sectionSize(column) > metrics.horizontalAdvance(text), text
        if width > 600:  # the title too, where the pane has some room
            title = str(pending.model().index(0, AnswerVersionsModel.TITLE).data())
            assert header.sectionSize(AnswerVersionsModel.TITLE) > metrics.horizontalAdvance(
                title)
        assert not pending.horizontalScrollBar().isVisible()
        assert pane.details.placeholderText()  # an empty details box says what it is for
