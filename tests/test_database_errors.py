"""A database that cannot be used gives one clear Russian message, never a traceback."""

from __future__ import annotations

import socket
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, make_url
from sqlalchemy import exc as sa_exc

from tests.conftest import POSTGRES_URL
from tests.helpers.damaged_sqlite import damaged_sqlite_file
from tests.helpers.errors import assert_readable
from tests.helpers.fake_pg_server import FakePostgresServer
from tests.helpers.readonly_sqlite import make_sqlite_read_only
from workstation.clock import FakeClock
from workstation.database import connect, database_status, upgrade_database
from workstation.errors import DatabasePasswordError, DatabaseUnavailableError


def free_port() -> int:
    """A local port with nothing listening on it (bound, read, closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def fake_server() -> Iterator[FakePostgresServer]:
    server = FakePostgresServer()
    with server:
        yield server
    assert not server._thread.is_alive()


def fake_url(server: FakePostgresServer) -> URL:
    return make_url(f"postgresql+psycopg://clerk@127.0.0.1:{server.port}/desk")


# -- PostgreSQL ------------------------------------------------------------------------------
def test_unreachable_server() -> None:
    url = make_url(f"postgresql+psycopg://clerk@127.0.0.1:{free_port()}/desk")
    with pytest.raises(DatabaseUnavailableError) as caught:
        connect(url, "Sekret-42")
    assert_readable(caught.value, secrets=("Sekret-42",))
    assert "Нет связи с сервером базы данных" in caught.value.message
    assert "127.0.0.1" in caught.value.message  # says where it tried


@pytest.mark.postgres_only
def test_missing_database(postgres_available: bool) -> None:
    if not postgres_available:
        pytest.skip("PostgreSQL is not reachable")
    name = f"ws_missing_{uuid.uuid4().hex[:12]}"
    url = make_url(POSTGRES_URL).set(database=name)
    with pytest.raises(DatabaseUnavailableError) as caught:
        connect(url)
    assert_readable(caught.value)
    # Not the generic "no connection": the server answered, the database is what is missing.
    assert f"нет базы данных «{name}»" in caught.value.message
    assert "createdb" in caught.value.message


def test_wrong_password(fake_server: FakePostgresServer) -> None:
    with pytest.raises(DatabasePasswordError) as caught:
        connect(fake_url(fake_server), "wrong-password")
    assert_readable(caught.value, secrets=("wrong-password",))
    assert "отклонил пароль пользователя «clerk»" in caught.value.message
    assert "set-password" in caught.value.message
    # The refusal really came after the password exchange, not from something earlier.
    assert [seen.password for seen in fake_server.seen] == ["wrong-password"]
    assert fake_server.seen[0].parameters["user"] == "clerk"
    assert fake_server.seen[0].parameters["database"] == "desk"


def test_wrong_password_in_a_russian_speaking_server() -> None:
    message = "пользователь \"{user}\" не прошёл проверку подлинности (по паролю)"
    with FakePostgresServer(message=message) as server:
        with pytest.raises(DatabasePasswordError, match="отклонил пароль"):
            connect(fake_url(server), "wrong-password")
        assert len(server.seen) == 1


def test_password_required_but_none_saved(fake_server: FakePostgresServer) -> None:
    with pytest.raises(DatabasePasswordError) as caught:
        connect(fake_url(fake_server))
    assert_readable(caught.value)
    assert "требует пароль" in caught.value.message
    assert [seen.password for seen in fake_server.seen] == [None]


def test_user_not_allowed_from_this_computer() -> None:
    message = 'no pg_hba.conf entry for host "127.0.0.1", user "{user}", database "desk"'
    with (
        FakePostgresServer(sqlstate="28000", message=message) as server,
        pytest.raises(DatabasePasswordError) as caught,
    ):
        connect(fake_url(server), "Sekret-42")
    assert_readable(caught.value, secrets=("Sekret-42",))
    assert "не пускает пользователя «clerk»" in caught.value.message


@pytest.fixture
def passwords_outside_the_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every place libpq would take a password from by itself holds one."""
    passfile = tmp_path / "pgpass"
    passfile.write_text("*:*:*:*:from-pgpassfile\n", encoding="utf-8")
    passfile.chmod(0o600)
    services = tmp_path / "pg_service.conf"
    services.write_text("[desk]\npassword=from-service-file\n", encoding="utf-8")
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.setenv("PGPASSWORD", "from-environment")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGSERVICE", "desk")
    monkeypatch.setenv("HOME", str(tmp_path))  # ~/.pgpass too
    (tmp_path / ".pgpass").write_text("*:*:*:*:from-home-pgpass\n", encoding="utf-8")
    (tmp_path / ".pgpass").chmod(0o600)


def test_no_password_is_taken_from_files_or_the_environment(
    fake_server: FakePostgresServer, passwords_outside_the_program: None,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(DatabasePasswordError) as caught:
        connect(fake_url(fake_server))  # nothing in the keyring
    assert_readable(caught.value)
    assert "требует пароль" in caught.value.message
    assert [seen.password for seen in fake_server.seen] == [None]  # nothing was sent
    # libpq says nothing about the password file it was given (it would about /dev/null).
    assert "password file" not in capfd.readouterr().err


def test_the_keyrings_password_is_the_one_sent(
    fake_server: FakePostgresServer, passwords_outside_the_program: None
) -> None:
    with pytest.raises(DatabasePasswordError, match="отклонил пароль"):
        connect(fake_url(fake_server), "from-keyring")
    assert [seen.password for seen in fake_server.seen] == ["from-keyring"]


@pytest.mark.postgres_only
def test_a_trusting_server_needs_no_password(
    postgres_available: bool, passwords_outside_the_program: None
) -> None:
    if not postgres_available:
        pytest.skip("PostgreSQL is not reachable")
    database = connect(make_url(POSTGRES_URL))
    try:
        assert database.ping()
    finally:
        database.close()


def test_fake_server_stops_by_itself() -> None:
    server = FakePostgresServer(lifetime=0.3).start()
    try:
        server._thread.join(timeout=5)
        assert not server._thread.is_alive()
    finally:
        server.stop()


# -- SQLite ----------------------------------------------------------------------------------
def test_sqlite_file_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("just a file", encoding="utf-8")
    url = URL.create("sqlite", database=str(blocker / "workstation.sqlite3"))
    with pytest.raises(DatabaseUnavailableError) as caught:
        connect(url)
    assert_readable(caught.value)
    assert "Не удаётся создать папку для базы данных" in caught.value.message
    assert "файл, а не папка" in caught.value.message


def test_sqlite_path_that_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "workstation.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseUnavailableError) as caught:
        connect(URL.create("sqlite", database=str(folder)))
    assert_readable(caught.value)
    assert "не файл базы данных" in caught.value.message


def test_a_file_that_is_not_a_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite3"
    path.write_bytes(b"This is a letter, not a database.\n" * 200)
    with pytest.raises(DatabaseUnavailableError) as caught:
        connect(URL.create("sqlite", database=str(path)))
    assert_readable(caught.value)
    assert "не является базой данных SQLite" in caught.value.message
    assert path.read_bytes().startswith(b"This is a letter")  # left as it was


def test_a_new_sqlite_file_and_its_folders_are_made(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folders" / "workstation.sqlite3"
    database = connect(URL.create("sqlite", database=str(path)))
    try:
        assert database.ping()
        assert path.is_file()
    finally:
        database.close()


def test_schema_status_of_a_damaged_file(tmp_path: Path) -> None:
    path = damaged_sqlite_file(tmp_path / "damaged.sqlite3")
    database = connect(URL.create("sqlite", database=str(path)))  # opens: the header is fine
    try:
        with pytest.raises(DatabaseUnavailableError) as caught:
            database_status(database)
    finally:
        database.close()
    assert_readable(caught.value)
    assert "повреждён" in caught.value.message


def test_upgrade_when_the_table_list_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    path = tmp_path / "desk.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()

    class Unreadable:
        def get_table_names(self) -> list[str]:
            raise sa_exc.OperationalError(
                "SELECT name FROM sqlite_master", None, sqlite3.OperationalError("disk I/O error")
            )

    monkeypatch.setattr("workstation.database.inspect", lambda _engine: Unreadable())
    with pytest.raises(DatabaseUnavailableError) as caught:
        upgrade_database(URL.create("sqlite", database=str(path)), None, clock)
    assert_readable(caught.value)
    assert "disk I/O error" in caught.value.message


def test_upgrade_of_a_file_that_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    path = tmp_path / "desk.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    make_sqlite_read_only(monkeypatch, tmp_path)
    with pytest.raises(DatabaseUnavailableError) as caught:
        upgrade_database(URL.create("sqlite", database=str(path)), None, clock)
    assert_readable(caught.value)
    assert "недоступен для записи" in caught.value.message
    assert "readonly" in caught.value.message
