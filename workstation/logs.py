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

# PostgreSQL repeats the offending row in an error's DETAIL, and psycopg (and SQLAlchemy after
# it) puts the DETAIL into the exception text: "Key (full_name, address)=(Иванов Иван, ул.
# Ленина 5) already exists.", "Failing row contains (…)". The values go, whatever they are
# (names and addresses match no pattern above); the columns, the constraint and table names,
# the error class and the SQLSTATE stay. A value may run over several lines (a text with line
# breaks): it ends where PostgreSQL's sentence goes on.
_KEY_VALUES = re.compile(r"\b[Kk]ey \([^\n]*?\)=\(")
_KEY_VALUES_END = re.compile(
    r"\)(?= already exists| is not present in table| is still referenced from table"
    r"| conflicts with (?:existing )?key \()"
)
_ROW_VALUES = re.compile(r"\bFailing row contains \(")
_ROW_VALUES_END = re.compile(r"\)(?=\.?$)", re.MULTILINE)
# Where values cannot run on: the next key or DETAIL, PostgreSQL's next field (HINT:,
# CONTEXT:), SQLAlchemy's [SQL: …], a traceback's next paragraph.
_VALUES_STOP = re.compile(
    r"\b[Kk]ey \(|DETAIL:|\n[A-Z]+:  |\n\[SQL: |\n\(Background on this error|\n\s*\n"
)


def mask_personal_data(text: str) -> str:
    text = _mask_values(text, _KEY_VALUES, _KEY_VALUES_END, last=False)
    text = _mask_values(text, _ROW_VALUES, _ROW_VALUES_END, last=True)
    return _PERSONAL.sub(MASK, text)


def _mask_values(text: str, start: re.Pattern[str], end_pattern: re.Pattern[str], *,
                 last: bool) -> str:
    """Replace the values after each ``start`` up to ``end_pattern`` (its first or last match
    before the next stop); without one, up to the line's last ")" or the line's end."""
    parts: list[str] = []
    position = 0
    while (head := start.search(text, position)) is not None:
        values_from = head.end()
        stop = _VALUES_STOP.search(text, values_from)
        limit = stop.start() if stop is not None else len(text)
        ends = [m.start() for m in end_pattern.finditer(text, values_from) if m.start() <= limit]
        if ends:
            values_to = ends[-1] if last else ends[0]
        else:  # cut short, or the second key of a conflict: the line's last ")"
            line_end = text.find("\n", values_from)
            line_end = len(text) if line_end < 0 else line_end
            closing = text.rfind(")", values_from, line_end)
            values_to = closing if closing >= 0 else line_end
        parts += [text[position:values_from], MASK]
        position = values_to
    parts.append(text[position:])
    return "".join(parts)


class MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        # The time stamp is the formatter's own, never personal, and it looks like a phone
        # number to the mask ("2026-03-02 09…"): it is kept whole.
        stamp = record.__dict__.get("asctime") if self.usesTime() else None
        if isinstance(stamp, str) and stamp and text.startswith(stamp):
            return stamp + mask_personal_data(text[len(stamp):])
        return mask_personal_data(text)


class OneLineFormatter(MaskingFormatter):
    """For the terminal, when the log file cannot be written: one line a record, no traceback.

    The traceback of an error is for the log file; on a person's terminal it would bury the
    one line the program prints. The exception's type stays, after the message.
    """

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            text = super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved
        exc_info = saved[0]
        if exc_info and exc_info[0] is not None:
            text = f"{text} ({exc_info[0].__name__})"
        return " ".join(text.splitlines())


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Log to a rotated file in the user's log folder; returns its path (None if unwritable)."""
    root = logging.getLogger()
    root.setLevel(level)
    layout = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
    path: Path | None = log_dir / LOG_FILE_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(MaskingFormatter(layout))
    except OSError:
        # No log file: warnings and errors go to standard error, one line each, so a failed
        # command still ends with its own one-line message rather than a traceback.
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        handler.setFormatter(OneLineFormatter(layout))
        path = None
    for old in [h for h in root.handlers if getattr(h, "_workstation", False)]:
        root.removeHandler(old)
        old.close()
    handler._workstation = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
