"""Files between the desk's disk and an appeal: reading chosen files (in a worker thread) and
opening a stored one with the program the system has for it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from workstation.attachments import NewAttachment, safe_file_name
from workstation.errors import ValidationError


def read_files(paths: list[Path]) -> list[NewAttachment]:
    """Runs off the GUI thread: a scan on a network share can take seconds to read."""
    files = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ValidationError(
                QCoreApplication.translate("FileOpener", "Cannot read the file “%1”: %2.")
                .replace("%1", path.name).replace("%2", str(error.strerror or error))) from None
        files.append(NewAttachment.named(path.name, data))
    return files


def open_bytes(file_name: str, data: bytes) -> Path:
    """Write to a private temporary folder and open it (the folder goes with the OS's cleanup:
    personal data is not left among the user's documents)."""
    folder = Path(tempfile.mkdtemp(prefix="workstation-file-"))
    path = folder / safe_file_name(file_name)
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
