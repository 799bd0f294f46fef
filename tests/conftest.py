"""Test isolation: own folders, own keyring, own database per test, on SQLite and PostgreSQL.

Every test that asks for ``database`` (or anything built on it) runs twice: on SQLite and on
PostgreSQL. The schema is migrated once per session into a template and cloned per test.
With WORKSTATION_REQUIRE_POSTGRES=1 (CI) an unreachable PostgreSQL fails the run instead of
skipping its half.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import queue
import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import URL, create_engine, make_url, text
from sqlalchemy.pool import NullPool

from db.engine import make_engine
from db.migrate import upgrade_to_head
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.passwords import use_cheap_password_hashing
from ui.tasks import TaskRunner
from workstation.clock import FakeClock
from workstation.database import Database, connect
from workstation.roles import Principal
from workstation.services import Services

POSTGRES_URL = os.environ.get(
    "WORKSTATION_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("WORKSTATION_REQUIRE_POSTGRES") == "1"
BACKENDS = ["sqlite", "postgresql"]
_counter = itertools.count()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Tests that use Qt are "gui" tests, so `pytest -m "not gui"` runs the domain alone.
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or "qapp" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.gui)


# -- isolation -------------------------------------------------------------------------------
@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """As in the app (ui/gc_guard.py): a cycle collection in a worker thread can destroy Qt
    objects off the GUI thread and crash; tests collect between tests instead."""
    gc.disable()
    yield
    gc.enable()


_tests_run = itertools.count(1)
FULL_COLLECTION_EVERY = 20  # tests


@pytest.fixture(autouse=True)
def _collect_garbage_after_each_test() -> Iterator[None]:
    # The young generations after every test (a few ms: what the test just made, its windows and
    # engines among it); the whole heap, which takes a sixth of a second with Qt, SQLAlchemy and
    # pytest loaded, only every FULL_COLLECTION_EVERY tests.
    yield
    gc.collect(2 if next(_tests_run) % FULL_COLLECTION_EVERY == 0 else 1)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's config, data, logs or settings."""
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "home" / variable.lower()))
    monkeypatch.delenv("WORKSTATION_DATABASE_URL", raising=False)
    # QSettings reads XDG_CONFIG_HOME once per process: point it at this test's folder.
    from PySide6.QtCore import QSettings

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope,
                          str(tmp_path / "home" / "qsettings"))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring that lives in memory: tests never touch the machine's real keyring."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(request: pytest.FixtureRequest,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its real cost takes a tenth of a second a call: a test that adds three users
    and logs one in would spend half a second on it. Only tests marked real_password_hashing
    (tests/test_passwords.py) use the real parameters."""
    if request.node.get_closest_marker("real_password_hashing") is None:
        use_cheap_password_hashing(monkeypatch)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def cli_admin() -> Principal:
    return Principal.command_line("tester")


# -- databases -------------------------------------------------------------------------------
def _postgres_server_url() -> URL:
    return make_url(POSTGRES_URL)


def _postgres_reachable() -> str | None:
    try:
        engine = create_engine(_postgres_server_url(), connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as error:  # any failure means: not reachable for tests
        return f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    return None


def _admin_execute(statement: str) -> None:
    engine = create_engine(_postgres_server_url(), isolation_level="AUTOCOMMIT",
                           poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


class _BackgroundDropper:
    """Drops finished PostgreSQL test databases in a thread: DROP DATABASE takes a while on a
    busy server, and no test needs to wait for the previous test's database to go."""

    def __init__(self) -> None:
        self._names: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="drop-test-databases",
                                        daemon=True)
        self._thread.start()

    def drop(self, name: str) -> None:
        self._names.put(name)

    def close(self) -> None:
        self._names.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (name := self._names.get()) is not None:
            # A database left behind is harmless: the next run makes new names.
            with contextlib.suppress(Exception):
                _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_dropper: _BackgroundDropper | None = None


def _drop_later(name: str) -> None:
    global _dropper
    if _dropper is None:
        _dropper = _BackgroundDropper()
    _dropper.drop(name)


class _ClonePool:
    """Keeps a few clones of the PostgreSQL template ready, made in a thread: CREATE DATABASE
    … TEMPLATE takes half a second of the server's time, which then overlaps the previous test
    instead of adding to each test's setup (the machine has two cores)."""

    READY = 2

    def __init__(self, template: str, new_name: Callable[[], str]) -> None:
        self._template = template
        self._new_name = new_name
        self._ready: queue.Queue[str | BaseException] = queue.Queue(maxsize=self.READY)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="clone-test-databases",
                                        daemon=True)
        self._thread.start()

    def take(self) -> str:
        made = self._ready.get()
        if isinstance(made, BaseException):
            raise made
        return made

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(queue.Empty):  # unblock a put waiting for room
            while True:
                self._discard(self._ready.get_nowait())
        self._thread.join()
        with contextlib.suppress(queue.Empty):
            while True:
                self._discard(self._ready.get_nowait())

    @staticmethod
    def _discard(made: str | BaseException) -> None:
        if isinstance(made, str):
            _admin_execute(f'DROP DATABASE IF EXISTS "{made}" WITH (FORCE)')

    def _run(self) -> None:
        while not self._stop.is_set():
            name = self._new_name()
            made: str | BaseException
            try:
                _admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"')
                made = name
            except BaseException as error:  # handed to the test that takes it
                made = error
            while not self._stop.is_set():
                try:
                    self._ready.put(made, timeout=0.5)
                    break
                except queue.Full:
                    continue
            else:
                self._discard(made)
                return
            # After a failure the next test gets a fresh attempt (and its own error if the
            # server still refuses): stopping here would leave the next take() waiting forever.


_pools: list[_ClonePool] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    for pool in _pools:
        pool.close()
    if _dropper is not None:
        _dropper.close()


@pytest.fixture(scope="session")
def postgres_available() -> bool:
    problem = _postgres_reachable()
    if problem is None:
        return True
    if REQUIRE_POSTGRES:
        pytest.fail(f"PostgreSQL is required (WORKSTATION_REQUIRE_POSTGRES=1) but: {problem}")
    return False


class DatabaseFactory:
    """Makes fresh databases for one backend: clones of the migrated template, or empty ones."""

    def __init__(self, backend: str, root: Path) -> None:
        self.backend = backend
        self.root = root
        self._template: URL | None = None
        self._clones: _ClonePool | None = None
        self._made: list[URL] = []

    def _new_name(self, kind: str) -> str:
        return f"ws_{kind}_{os.getpid()}_{next(_counter)}"

    def empty(self) -> URL:
        name = self._new_name("empty")
        if self.backend == "sqlite":
            url = URL.create("sqlite", database=str(self.root / f"{name}.sqlite3"))
        else:
            _admin_execute(f'CREATE DATABASE "{name}"')
            url = _postgres_server_url().set(database=name)
        self._made.append(url)
        return url

    def template(self) -> URL:
        if self._template is None:
            url = self.empty()
            self._made.remove(url)  # lives for the whole session, not for one test
            engine = make_engine(url)
            upgrade_to_head(engine)
            engine.dispose()
            self._template = url
        return self._template

    def migrated(self) -> URL:
        template = self.template()
        name = self._new_name("test")
        if self.backend == "sqlite":
            assert template.database
            target = self.root / f"{name}.sqlite3"
            shutil.copyfile(template.database, target)
            url = URL.create("sqlite", database=str(target))
        else:
            if self._clones is None:
                assert template.database
                self._clones = _ClonePool(template.database, lambda: self._new_name("test"))
                _pools.append(self._clones)
            url = _postgres_server_url().set(database=self._clones.take())
        self._made.append(url)
        return url

    def drop(self, url: URL) -> None:
        if self.backend == "postgresql":
            assert url.database
            if url == self._template:
                _admin_execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
            else:
                _drop_later(url.database)
        elif url.database:
            for suffix in ("", "-wal", "-shm"):
                Path(url.database + suffix).unlink(missing_ok=True)
        if url in self._made:
            self._made.remove(url)

    def drop_all(self) -> None:
        for url in list(self._made):
            self.drop(url)
        if self._clones is not None:
            self._clones.close()
            _pools.remove(self._clones)
            self._clones = None
        if self._template is not None:
            self.drop(self._template)
            self._template = None


@pytest.fixture(scope="session")
def _factories(
    tmp_path_factory: pytest.TempPathFactory, postgres_available: bool
) -> Iterator[dict[str, DatabaseFactory]]:
    factories = {
        backend: DatabaseFactory(backend, tmp_path_factory.mktemp(f"db-{backend}"))
        for backend in BACKENDS
    }
    yield factories
    if postgres_available:
        factories["postgresql"].drop_all()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, postgres_available: bool) -> str:
    name: str = request.param
    if name == "postgresql" and not postgres_available:
        pytest.skip("PostgreSQL is not reachable (set WORKSTATION_REQUIRE_POSTGRES=1 to fail)")
    return name


@pytest.fixture
def databases(backend: str, _factories: dict[str, DatabaseFactory]) -> Iterator[DatabaseFactory]:
    """Fresh databases of this test's backend; all dropped after the test."""
    factory = _factories[backend]
    before = list(factory._made)
    yield factory
    for url in list(factory._made):
        if url not in before:
            factory.drop(url)


@pytest.fixture
def database_url(databases: DatabaseFactory) -> URL:
    """A migrated database of its own for this test."""
    return databases.migrated()


@pytest.fixture
def database(database_url: URL) -> Iterator[Database]:
    db = connect(database_url)
    yield db
    db.close()


@pytest.fixture
def services(database: Database, clock: FakeClock) -> Services:
    return Services.create(database, clock)


# -- desk widgets ----------------------------------------------------------------------------
@pytest.fixture
def runner(qtbot: QtBot, services: Services) -> Iterator[TaskRunner]:
    """The background-task runner panes use; fails the test on an unexpected error in a task
    and waits for the tasks before the database goes (``services`` is torn down after)."""
    unexpected: list[BaseException] = []
    task_runner = TaskRunner(on_unexpected=unexpected.append)
    yield task_runner
    assert task_runner.wait_for_done(5000)
    assert unexpected == []
