"""The desk's few colours, in one place (a restrained light scheme on Fusion)."""

from __future__ import annotations

WINDOW = "#f4f5f7"
BASE = "#ffffff"
ALTERNATE_BASE = "#f7f8fa"
TEXT = "#1f2933"
SECONDARY_TEXT = "#5f6b7a"
DISABLED_TEXT = "#a3acb9"
BUTTON = "#eceef2"
BORDER = "#d5d9e0"
HIGHLIGHT = "#2d5f95"  # a calm blue, dark enough for white text (contrast > 6:1)
HIGHLIGHTED_TEXT = "#ffffff"
LINK = "#1f5a96"
ICON = "#46505c"
ACCENT = "#2d5f95"
SUCCESS = "#2e7d32"
WARNING = "#b26a00"
DANGER = "#c62828"
LOCK_BACKGROUND = "#26323f"
