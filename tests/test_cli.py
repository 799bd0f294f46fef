"""The command line: db and user commands, and clear errors instead of tracebacks."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest
from sqlalchemy import URL, text

from cli.main import EXIT_INTERNAL_ERROR, EXIT_USER_ERROR, main
from tests.conftest import DatabaseFactory
from workstation.contacts import format_phone
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
