"""The log file: one per user, rotated, with personal data masked (152-FZ)."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_FILE_NAME = "workstation.log"

# Phone numbers, e-mail addresses and long digit runs (accounts, INN, passports) never reach
# the log, whatever a message or an exception text contains.
_PERSONAL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|\+?\d[\d\s().-]{8,}\d"  # phone-like runs
    r"|\b\d{6,}\b"  # account, INN, contract numbers
)
MASK = "[скрыто]"


def mask_personal_data(text: str) -> str:
    return _PERSONAL.sub(MASK, text)


class MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask_personal_data(super().format(record))


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Log to a rotated file in the user's log folder; returns its path (None if unwritable)."""
    root = logging.getLogger()
    root.setLevel(level)
    formatter = MaskingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    path = log_dir / LOG_FILE_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        path = None  # type: ignore[assignment]
    handler.setFormatter(formatter)
    for old in [h for h in root.handlers if getattr(h, "_workstation", False)]:
        root.removeHandler(old)
        old.close()
    handler._workstation = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
