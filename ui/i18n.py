"""The Russian translation of the interface (our .qm and Qt's own for standard buttons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGE = "ru"


def install_translations(app: QCoreApplication, language: str = LANGUAGE) -> list[QTranslator]:
    """Load the translations; returns them so they stay alive as long as the application."""
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = ((f"qtbase_{language}", qt_dir), (f"workstation_{language}", str(I18N_DIR)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
