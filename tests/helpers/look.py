"""The desk's font, style and Russian texts in a test, as people see them, restored after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translations
from ui.style import apply_style


@contextmanager
def desk_look() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = (app.font(), app.palette(), app.styleSheet(), app.style().name(), QLocale())
    apply_style(app)
    translators = install_translations(app)
    try:
        yield app
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        font, colours, sheet, style, locale = saved
        app.setStyleSheet(sheet)
        app.setPalette(colours)
        app.setFont(font)
        app.setStyle(style)
        QLocale.setDefault(locale)


def icon_colours(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal, size: int = 32) -> set[str]:
    """The colours of an icon's opaque pixels (its edges, blended, left out)."""
    image = icon.pixmap(QSize(size, size), mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}
