"""Fonts with Cyrillic shipped in resources/fonts, so every desk looks the same.

A fresh Windows or Linux desk may lack a good Cyrillic font (offscreen Qt has none at all):
the application loads PT Sans from our resources instead of relying on the system.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
UI_FAMILY = "PT Sans"

log = logging.getLogger(__name__)


def load_bundled_fonts(folder: Path = FONTS_DIR) -> list[str]:
    """Register every TTF in ``folder``; returns the families that loaded."""
    families: set[str] = set()
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Font %s could not be loaded", path.name)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)
