"""First start of the demo desk (``make run``): fill the demo database before the login window.

The filling runs in a background task (the GUI thread never waits on the database) with a
progress dialog whose Cancel stops it after the batch being written. A cancelled or failed
filling leaves a half-filled database, which a later start would take for a filled one, so the
file is deleted — if this start created it or it is the --demo file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ui.tasks import TaskRunner
from workstation.clock import Clock
from workstation.config import DatabaseChoice
from workstation.credentials import keyring_password
from workstation.database import open_database, upgrade_database
from workstation.demo_data import (
    STAGE_APPEALS,
    STAGE_CUSTOMERS,
    DemoReport,
    fill_demo_data,
)
from workstation.demo_database import (
    DEMO_SOURCE,
    FIRST_START_APPEALS,
    FIRST_START_CUSTOMERS,
    FIRST_START_SEED,
    needs_demo_data,
    remove_sqlite_file,
)
from workstation.errors import DomainError, SchemaOutdatedError
from workstation.formatting import format_number
from workstation.search_index import STAGE_SEARCH_INDEX

log = logging.getLogger(__name__)

Filler = Callable[..., DemoReport]  # fill_demo_data, or a stand-in in tests


@dataclass(frozen=True)
class _Crashed:
    """A bug in the worker, carried to the GUI thread so the dialog can still finish."""

    error: BaseException


class DemoDatabaseFiller(QObject):
    """Fills an empty demo database in the background with a cancellable progress dialog."""

    finished = Signal(bool)  # True: ready for the login window; False: cancelled or failed
    _progressed = Signal(int, int, str)

    def __init__(self, runner: TaskRunner, choice: DatabaseChoice, clock: Clock, *,
                 customers: int = FIRST_START_CUSTOMERS, appeals: int = FIRST_START_APPEALS,
                 seed: int = FIRST_START_SEED, fill: Filler = fill_demo_data,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._choice = choice
        self._clock = clock
        self._sizes = {"customers": customers, "appeals": appeals, "seed": seed}
        self._fill = fill
        self._stop = threading.Event()
        self._path = choice.sqlite_path
        self._created_here = self._path is not None and not self._path.exists()
        self._filling = False  # set by the worker once it starts writing
        self.message = ""  # why it did not finish, for the person
        self.report: DemoReport | None = None

        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(self.tr("Demo database"))
        self.dialog.setLabelText(self.tr("Preparing the demo database…"))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        # Shown only if the work takes a moment: a filled database is just checked and opened.
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setRange(0, 0)
        self.dialog.canceled.connect(self.cancel)
        self._progressed.connect(self._show_progress)

    def start(self) -> None:
        self.dialog.setValue(0)  # starts the dialog's own timer for minimumDuration
        self._runner.run(self._work, self._done, self._failed)

    @Slot()
    def cancel(self) -> None:
        if self._stop.is_set():
            return
        self._stop.set()
        # Qt hid the dialog; show it again, without the button, until the batch is written.
        self.dialog.setCancelButton(None)
        self.dialog.setLabelText(self.tr("Cancelling: finishing the batch being written…"))
        self.dialog.show()

    # -- worker thread ----------------------------------------------------------------------
    def _work(self) -> DemoReport | _Crashed | None:
        try:
            return self._open_and_fill()
        except DomainError:
            raise
        except Exception as error:  # a bug: still end the dialog, then the crash path
            return _Crashed(error)

    def _open_and_fill(self) -> DemoReport | None:
        # --demo with --database may name a PostgreSQL database: its password is in the keyring.
        password = None if self._choice.is_sqlite else keyring_password(self._choice.url)[0]
        try:
            database = open_database(self._choice.url, password, create=self._choice.is_sqlite)
        except SchemaOutdatedError:
            if self._choice.source != DEMO_SOURCE:
                raise
            # The demo file follows the program (after a pull with new migrations, say):
            # upgraded in place, with the usual backup copy beside it.
            upgrade_database(self._choice.url, None, self._clock)
            database = open_database(self._choice.url, None, create=False)
        try:
            if not needs_demo_data(database):
                return None
            self._filling = True
            result: DemoReport = self._fill(database, clock=self._clock,
                                            progress=self._progress, **self._sizes)
            return result
        finally:
            database.close()  # before a cancelled file is deleted (Windows keeps it open)

    def _progress(self, done: int, total: int, stage: str) -> bool:
        self._progressed.emit(done, total, stage)
        return not self._stop.is_set()

    # -- GUI thread -------------------------------------------------------------------------
    @Slot(int, int, str)
    def _show_progress(self, done: int, total: int, stage: str) -> None:
        if self._stop.is_set():
            return
        if stage == STAGE_CUSTOMERS:
            text = self.tr("Adding demo customers: %1 of %2")
        elif stage == STAGE_APPEALS:
            text = self.tr("Adding demo appeals: %1 of %2")
        elif stage == STAGE_SEARCH_INDEX:
            text = self.tr("Preparing the customer search: %1 of %2")
        else:
            text = self.tr("Adding the demo staff…")
        self.dialog.setLabelText(text.replace("%1", format_number(done))
                                 .replace("%2", format_number(total)))
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _done(self, result: Any) -> None:
        if isinstance(result, _Crashed):
            from ui.crash import report_exception

            self._discard()
            self._finish(False)
            report_exception(result.error)  # the one dialog for bugs says enough
            return
        self.report = result
        if result is not None and result.cancelled:
            deleted = self._discard()
            self.message = (
                self.tr("Preparing the demo database was cancelled; the half-filled database "
                        "was deleted. It will be prepared again at the next start.")
                if deleted else
                self.tr("Preparing the demo database was cancelled; what was written so far "
                        "stays in the database.")
            )
            self._finish(False)
            return
        self._finish(True)

    def _failed(self, error: DomainError) -> None:
        self._discard()
        self.message = self.tr("The demo database could not be prepared: %1").replace(
            "%1", error.message)
        self._finish(False)

    def _discard(self) -> bool:
        """Delete the half-filled file, if it is ours to delete."""
        path = self._path
        if path is None or not self._filling:
            return False
        if not (self._created_here or self._choice.source == DEMO_SOURCE):
            return False
        try:
            remove_sqlite_file(path)
        except OSError:
            log.warning("Could not delete the half-filled demo database", exc_info=True)
            return False
        return not Path(path).exists()

    def _finish(self, ready: bool) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit(ready)


def prepare_demo_database(runner: TaskRunner, choice: DatabaseChoice, clock: Clock) -> bool:
    """Fill the demo database if it is empty; False when the desk should not open."""
    filler = DemoDatabaseFiller(runner, choice, clock)
    loop = QEventLoop()
    outcome: list[bool] = []

    def finished(ready: bool) -> None:
        outcome.append(ready)
        loop.quit()

    filler.finished.connect(finished)
    filler.start()
    loop.exec()
    if not outcome[0] and filler.message:
        title = QCoreApplication.translate("DemoDatabaseFiller", "Demo database")
        QMessageBox.information(None, title, filler.message)
    filler.dialog.deleteLater()
    return outcome[0]
