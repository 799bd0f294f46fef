"""The look: bundled Cyrillic fonts load, Fusion with our palette, every icon resolves offline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.look import icon_colours
from ui import palette
from ui.fonts import FONTS_DIR, UI_FAMILY, load_bundled_fonts
from ui.icons import icon, known_icons
from ui.style import apply_style


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    """The application with our style, restored afterwards for the other tests."""
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    instance.setStyleSheet("")
    saved = (instance.font(), instance.palette(), "", instance.style().name())
    yield instance
    font, colours, sheet, style = saved
    instance.setStyleSheet(sheet)
    instance.setPalette(colours)
    instance.setFont(font)
    instance.setStyle(style)


def test_fonts_with_cyrillic_are_bundled_with_their_licence(qtbot: QtBot) -> None:
    assert (FONTS_DIR / "LICENSE-PT-Sans.txt").is_file()
    families = load_bundled_fonts()
    assert UI_FAMILY in families
    assert QFontDatabase.WritingSystem.Cyrillic in QFontDatabase.writingSystems(UI_FAMILY)


def test_apply_style(app: QApplication) -> None:
    app.setStyleSheet("")
    app.setStyle("windows")
    apply_style(app)
    app.setStyleSheet("")  # the stylesheet wraps the style; underneath it is Fusion
    assert app.style().name().lower() == "fusion"
    apply_style(app)
    assert app.font().family() == UI_FAMILY
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == palette.HIGHLIGHT


def test_every_icon_resolves_offline(qtbot: QtBot) -> None:
    for meaning in known_icons():
        pixmap = icon(meaning).pixmap(32, 32)
        assert not pixmap.isNull(), meaning
        assert not pixmap.toImage().isNull()


def test_icons_of_a_selected_row_are_drawn_like_its_text(qtbot: QtBot) -> None:
    # Item views paint a selected row's icon in QIcon's Selected mode; dark on the highlight's
    # blue it would all but vanish.
    for meaning in ("user", "deadline-overdue", "lock"):
        assert icon_colours(icon(meaning), QIcon.Mode.Selected) == {palette.HIGHLIGHTED_TEXT}
        assert palette.HIGHLIGHTED_TEXT not in icon_colours(icon(meaning))
