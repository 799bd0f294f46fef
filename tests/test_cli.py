"""The command line: db and user commands, and clear errors instead of tracebacks."""

from __future__ import annotations

import io
import logging
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import URL, make_url, text

from cli.main import EXIT_INTERNAL_ERROR, EXIT_USER_ERROR, main
from tests.conftest import DatabaseFactory
from tests.helpers.damaged_sqlite import damaged_sqlite_file
from tests.helpers.fake_pg_server import FakePostgresServer
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.readonly_sqlite import make_sqlite_read_only
from workstation.contacts import format_phone
from workstation.credentials import KEYRING_SERVICE, credential_key
from workstation.database import connect


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_db_upgrade_then_status_on_an_empty_database(
    databases: DatabaseFactory, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = url_text(databases.empty())
    assert run(["--database", url, "db", "upgrade"], monkeypatch) == 0
    assert "Схема обновлена" in capsys.readouterr().out
    assert run(["--database", url, "db", "upgrade"], monkeypatch) == 0
    assert "уже актуальна" in capsys.readouterr().out
    assert run(["--database", url, "db", "status"], monkeypatch) == 0
    assert "актуальна" in capsys.readouterr().out


def test_user_add_list_passwd_disable(
    database_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = url_text(database_url)
    assert run(["--database", url, "user", "add", "petrov", "--name", "Петров Пётр Петрович",
                "--role", "admin,supervisor", "--unit", "Контакт-центр",
                "--phone", "8 (4242) 55-12-34"], monkeypatch, "надёжный-пароль\n") == 0
    assert run(["--database", url, "user", "add", "ivanova", "--name", "Иванова Мария",
                "--role", "operator"], monkeypatch, "другой-пароль\n") == 0
    capsys.readouterr()
    assert run(["--database", url, "user", "list"], monkeypatch) == 0
    listing = capsys.readouterr().out
    assert "Петров Пётр Петрович" in listing and "администратор" in listing
    assert format_phone("+74242551234") in listing  # stored as E.164, shown formatted
    assert run(["--database", url, "user", "passwd", "ivanova"], monkeypatch,
               "новый-пароль-1\n") == 0
    assert run(["--database", url, "user", "disable", "ivanova"], monkeypatch) == 0
    capsys.readouterr()
    assert run(["--database", url, "user", "list"], monkeypatch) == 0
    assert "отключена" in capsys.readouterr().out


def test_user_add_refuses_bad_input_clearly(
    database_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = url_text(database_url)
    code = run(["--database", url, "user", "add", "x", "--name", "Кто-то", "--role",
                "operator"], monkeypatch, "password1\n")
    assert code == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert err.startswith("Ошибка: Имя пользователя")
    assert "Traceback" not in err
    code = run(["--database", url, "user", "add", "sidorov", "--name", "Сидоров",
                "--role", "boss"], monkeypatch, "password1\n")
    assert code == EXIT_USER_ERROR
    assert "Неизвестная роль «boss»" in capsys.readouterr().err


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("database", "expected"),
    [
        (lambda tmp: f"postgresql://postgres@127.0.0.1:{free_port()}/x", "Нет связи"),
        (lambda tmp: "postgresql://postgres:secret@127.0.0.1/x", "Пароль в адресе"),
        (lambda tmp: str(tmp / "file.txt" / "db.sqlite3"), "Не удаётся создать папку"),
        (lambda tmp: "mysql://root@localhost/x", "Поддерживаются только"),
    ],
    ids=["unreachable", "password-in-url", "unwritable-path", "unsupported"],
)
def test_bad_database_gives_a_message_not_a_traceback(
    database: object, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "file.txt").write_text("not a folder")
    assert callable(database)
    code = run(["--database", database(tmp_path), "db", "upgrade"], monkeypatch)
    captured = capsys.readouterr()
    assert code == EXIT_USER_ERROR
    assert expected in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_database_newer_than_the_program(
    database_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = connect(database_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff0000'"))
    db.close()
    for command in (["db", "upgrade"], ["user", "list"]):
        code = run(["--database", url_text(database_url), *command], monkeypatch)
        err = capsys.readouterr().err
        assert code == EXIT_USER_ERROR
        assert "более новой версией программы" in err


def test_an_internal_error_is_logged_not_shown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("bug with +7 914 123-45-67 inside")

    monkeypatch.setattr("cli.user_commands.list_command", broken)
    code = run(["--database", str(tmp_path / "db.sqlite3"), "user", "list"], monkeypatch)
    captured = capsys.readouterr()
    assert code == EXIT_INTERNAL_ERROR
    assert "Внутренняя ошибка" in captured.err and "Traceback" not in captured.err
    log_files = list(Path(tmp_path / "home").rglob("workstation.log"))
    assert log_files, "the error must be written to the log file"
    logged = log_files[0].read_text(encoding="utf-8")
    assert "RuntimeError" in logged
    assert "914" not in logged  # personal data is masked in the log


def test_set_password_goes_to_the_keyring(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], memory_keyring: object
) -> None:
    code = run(["db", "set-password", "postgresql://clerk@dbserver:5432/desk"], monkeypatch,
               "секретный\n")
    assert code == 0
    assert memory_keyring.passwords == {  # type: ignore[attr-defined]
        ("workstation-database", "clerk@dbserver:5432/desk"): "секретный"
    }


def test_set_password_without_a_keyring_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    code = run(["db", "set-password", "postgresql://clerk@dbserver/desk"], monkeypatch,
               "секретный\n")
    assert code == EXIT_USER_ERROR
    assert "Хранилище паролей" in capsys.readouterr().err


def test_db_use_remembers_the_database(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "shared.sqlite3"
    assert run(["db", "use", str(target)], monkeypatch) == 0
    capsys.readouterr()
    assert run(["db", "status"], monkeypatch) == 0
    assert str(target) in capsys.readouterr().out


def test_settings_list_shows_the_numbers_and_the_text_settings(
    database_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from workstation.desk_hours import CALLBACK_HOURS_SETTING, ZONE_SETTING
    from workstation.settings import SPECS, TEXT_SPECS

    url = url_text(database_url)
    assert run(["--database", url, "settings", "set", ZONE_SETTING, "Asia/Sakhalin"],
               monkeypatch) == 0
    capsys.readouterr()
    assert run(["--database", url, "settings", "list"], monkeypatch) == 0
    lines = capsys.readouterr().out.splitlines()
    keys = [line.split(" = ", 1)[0] for line in lines]
    assert keys == [*SPECS, *TEXT_SPECS]  # every setting, the text ones too
    shown = dict(line.split(" = ", 1) for line in lines)
    # TEL-8's calling hours at their default; the zone changed, with its default beside it.
    assert shown[CALLBACK_HOURS_SETTING].startswith("09:00-17:30 — ")
    assert shown[ZONE_SETTING].startswith("Asia/Sakhalin (по умолчанию Europe/Moscow) — ")


# -- a database that cannot be used: one line in Russian, exit code 2 -----------------------
def assert_one_clear_line(code: int, captured: pytest.CaptureResult[str], *expected: str) -> None:
    assert code == EXIT_USER_ERROR
    assert "Traceback" not in captured.err + captured.out
    assert "Внутренняя ошибка" not in captured.err
    assert captured.err.startswith("Ошибка: ")
    for words in expected:
        assert words in captured.err


@pytest.fixture
def refusing_server() -> Iterator[FakePostgresServer]:
    with FakePostgresServer() as server:
        yield server


def test_db_upgrade_with_a_wrong_password(
    refusing_server: FakePostgresServer, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"postgresql://clerk@127.0.0.1:{refusing_server.port}/desk"
    memory_keyring.set_password(KEYRING_SERVICE, credential_key(make_url(url)), "wrong-password")
    monkeypatch.setenv("PGPASSWORD", "from-environment")  # never used
    code = run(["--database", url, "db", "upgrade"], monkeypatch)
    captured = capsys.readouterr()
    assert_one_clear_line(code, captured, "отклонил пароль пользователя «clerk»", "set-password")
    assert "wrong-password" not in captured.err
    # Standard input is no terminal: nobody was asked, the keyring's password was the only one.
    assert [seen.password for seen in refusing_server.seen] == ["wrong-password"]


def test_db_upgrade_without_a_keyring_in_a_script(
    refusing_server: FakePostgresServer, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    keyring.set_keyring(fail.Keyring())  # a headless server; the fixture restores the keyring
    monkeypatch.setenv("PGPASSWORD", "from-environment")  # never used
    url = f"postgresql://clerk@127.0.0.1:{refusing_server.port}/desk"
    code = run(["--database", url, "db", "upgrade"], monkeypatch)
    captured = capsys.readouterr()
    assert_one_clear_line(
        code, captured, "требует пароль пользователя «clerk»",
        "Хранилище паролей операционной системы недоступно", "«db set-password» здесь нельзя",
    )
    assert "Сохраните его" not in captured.err
    assert [seen.password for seen in refusing_server.seen] == [None]


def test_db_upgrade_of_a_sqlite_file_that_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "shared" / "desk.sqlite3"
    path.parent.mkdir()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    before = path.read_bytes()
    make_sqlite_read_only(monkeypatch, path.parent)
    code = run(["--database", str(path), "db", "upgrade"], monkeypatch)
    captured = capsys.readouterr()
    assert_one_clear_line(code, captured, "недоступен для записи или не открывается",
                          "attempt to write a readonly database")
    assert path.read_bytes() == before


def test_db_upgrade_in_a_folder_that_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    make_sqlite_read_only(monkeypatch, folder)
    code = run(["--database", str(folder / "desk.sqlite3"), "db", "upgrade"], monkeypatch)
    captured = capsys.readouterr()
    assert_one_clear_line(code, captured, "недоступен для записи или не открывается",
                          "unable to open database file")
    assert not (folder / "desk.sqlite3").exists()


def test_first_start_on_a_read_only_empty_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """An empty SQLite file is migrated on first use (ARCHITECTURE): here it cannot be."""
    path = tmp_path / "shared" / "desk.sqlite3"
    path.parent.mkdir()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    make_sqlite_read_only(monkeypatch, path.parent)
    code = run(["--database", str(path), "user", "list"], monkeypatch)
    captured = capsys.readouterr()
    assert_one_clear_line(code, captured, "недоступен для записи или не открывается")


def test_db_status_of_a_damaged_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    path = damaged_sqlite_file(tmp_path / "desk.sqlite3")
    code = run(["--database", str(path), "db", "status"], monkeypatch)
    captured = capsys.readouterr()
    assert_one_clear_line(code, captured, "не является базой данных SQLite или повреждён")


def test_db_status_when_the_schema_cannot_be_read(
    databases: DatabaseFactory, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The connection breaks between connecting and reading the schema (was exit code 70)."""
    from sqlalchemy import exc as sa_exc

    def dropped(_engine: object) -> object:
        raise sa_exc.OperationalError(
            "SELECT version_num FROM alembic_version", None,
            ConnectionError("server closed the connection unexpectedly"),
        )

    monkeypatch.setattr("workstation.database.schema_status", dropped)
    url = url_text(databases.empty())
    code = run(["--database", url, "db", "status"], monkeypatch)
    captured = capsys.readouterr()
    assert_one_clear_line(code, captured, "базы данных")


# -- no log file: the terminal still gets one line --------------------------------------------
@pytest.fixture
def workstation_log_handlers_removed() -> Iterator[None]:
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_workstation", False)]:
        root.removeHandler(handler)
        handler.close()


def test_an_internal_error_without_a_log_folder_prints_no_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    workstation_log_handlers_removed: None,
) -> None:
    blocker = tmp_path / "state-is-a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))  # the log folder cannot be made

    def broken(*_args: object) -> int:
        raise RuntimeError("bug with +7 914 123-45-67 inside")

    monkeypatch.setattr("cli.user_commands.list_command", broken)
    code = run(["--database", str(tmp_path / "db.sqlite3"), "user", "list"], monkeypatch)
    captured = capsys.readouterr()
    assert code == EXIT_INTERNAL_ERROR
    assert "Traceback" not in captured.err
    assert 'File "' not in captured.err
    assert "914" not in captured.err
    lines = captured.err.splitlines()
    assert lines[-1] == "Внутренняя ошибка программы."
    assert len(lines) == 2  # the log record, on one line, then the program's own line
    assert "(RuntimeError)" in lines[0]
