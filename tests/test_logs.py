"""The log file, and what happens when it cannot be written."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation.logs import LOG_FILE_NAME, configure_logging

log = logging.getLogger("tests.logs")


@pytest.fixture(autouse=True)
def _workstation_handlers_removed() -> Iterator[None]:
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_workstation", False)]:
        root.removeHandler(handler)
        handler.close()


def log_an_error() -> None:
    try:
        raise RuntimeError("bug with +7 914 123-45-67\nand a second line")
    except RuntimeError:
        log.exception("Unhandled error in command %s", "user")


def test_errors_go_to_the_log_file_with_their_traceback(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "log")
    assert path == tmp_path / "log" / LOG_FILE_NAME
    log_an_error()
    logged = path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError" in logged
    assert "914" not in logged  # masked


def test_without_a_log_folder_errors_are_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file", encoding="utf-8")
    assert configure_logging(blocker / "log") is None
    log.info("Started")  # not for the terminal
    log_an_error()
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and 'File "' not in err
    assert "ERROR" in lines[0] and "Unhandled error in command user" in lines[0]
    assert lines[0].endswith("(RuntimeError)")
    assert "914" not in err


def test_the_one_line_formatter_leaves_the_record_for_other_handlers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A handler that formats after the terminal's one still gets the whole traceback."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file", encoding="utf-8")
    configure_logging(blocker / "log")
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(logging.Formatter().format(record))

    keep = Keep()
    logging.getLogger().addHandler(keep)
    try:
        log_an_error()
    finally:
        logging.getLogger().removeHandler(keep)
    assert "Traceback" not in capsys.readouterr().err
    assert len(records) == 1 and "Traceback" in records[0]
