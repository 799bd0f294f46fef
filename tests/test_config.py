"""Which database the workstation opens, and how people may write its address."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import URL, make_url

from workstation.config import (
    CONFIG_FILE_NAME,
    DEFAULT_DATABASE_FILE,
    ENV_DATABASE_URL,
    AppDirs,
    DatabaseChoice,
    choose_database,
    describe_url,
    parse_database_url,
    save_database_url,
    user_dirs,
)
from workstation.errors import ValidationError

CLI_URL = "postgresql://cli@cli-server/cli_db"
ENV_URL = "postgresql://env@env-server/env_db"
FILE_URL = "postgresql://file@file-server/file_db"


@pytest.fixture
def dirs(tmp_path: Path) -> AppDirs:
    return user_dirs(tmp_path / "app")


def write_config(dirs: AppDirs, text: str) -> Path:
    dirs.config.mkdir(parents=True, exist_ok=True)
    dirs.config_file.write_text(text, encoding="utf-8")
    return dirs.config_file


# -- which database --------------------------------------------------------------------------
def test_command_line_beats_environment_and_config_file(dirs: AppDirs) -> None:
    write_config(dirs, f'[database]\nurl = "{FILE_URL}"\n')
    choice = choose_database(CLI_URL, {ENV_DATABASE_URL: ENV_URL}, dirs)
    assert choice.url.host == "cli-server"
    assert choice.source == "--database"


def test_environment_beats_config_file(dirs: AppDirs) -> None:
    write_config(dirs, f'[database]\nurl = "{FILE_URL}"\n')
    choice = choose_database(None, {ENV_DATABASE_URL: ENV_URL}, dirs)
    assert choice.url.host == "env-server"
    assert choice.source == ENV_DATABASE_URL


def test_blank_environment_variable_is_ignored(dirs: AppDirs) -> None:
    write_config(dirs, f'[database]\nurl = "{FILE_URL}"\n')
    choice = choose_database(None, {ENV_DATABASE_URL: "   "}, dirs)
    assert choice.url.host == "file-server"


def test_config_file_beats_default(dirs: AppDirs) -> None:
    path = write_config(dirs, f'[database]\nurl = "{FILE_URL}"\n')
    choice = choose_database(None, {}, dirs)
    assert choice.url.host == "file-server"
    assert choice.url.database == "file_db"
    assert str(path) in choice.source


def test_default_is_a_sqlite_file_in_the_data_folder(dirs: AppDirs) -> None:
    choice = choose_database(None, {}, dirs)
    assert choice.is_sqlite
    assert choice.sqlite_path == dirs.data / DEFAULT_DATABASE_FILE
    assert choice.source == "по умолчанию"


def test_config_file_without_database_section_gives_the_default(dirs: AppDirs) -> None:
    write_config(dirs, '[interface]\ntheme = "dark"\n')
    assert choose_database(None, {}, dirs).sqlite_path == dirs.data / DEFAULT_DATABASE_FILE


def test_broken_config_file_is_a_clear_validation_error(dirs: AppDirs) -> None:
    path = write_config(dirs, '[database\nurl = "postgresql://x@y/z"\n')
    with pytest.raises(ValidationError) as caught:
        choose_database(None, {}, dirs)
    assert "Файл настроек" in caught.value.message
    assert str(path) in caught.value.message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_config_file_in_a_wrong_encoding_is_a_validation_error(dirs: AppDirs) -> None:
    dirs.config.mkdir(parents=True)
    dirs.config_file.write_bytes('[database]\nurl = "путь"\n'.encode("cp1251"))
    with pytest.raises(ValidationError, match="не читается"):
        choose_database(None, {}, dirs)


def test_database_url_in_config_file_must_be_a_string(dirs: AppDirs) -> None:
    write_config(dirs, "[database]\nurl = 5432\n")
    with pytest.raises(ValidationError, match=r"database\.url должен быть строкой"):
        choose_database(None, {}, dirs)


def test_config_file_is_not_read_when_a_higher_source_is_given(dirs: AppDirs) -> None:
    # A broken file does not matter when --database says where to go.
    write_config(dirs, "not toml at all [[[")
    assert choose_database(CLI_URL, {}, dirs).url.host == "cli-server"


# -- parsing ---------------------------------------------------------------------------------
def test_a_path_becomes_an_absolute_sqlite_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = parse_database_url("desk/base.sqlite3", "test")
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(tmp_path / "desk" / "base.sqlite3")


def test_a_home_relative_path_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    url = parse_database_url("~/base.sqlite3", "test")
    assert url.database == str(tmp_path / "base.sqlite3")


def test_a_sqlite_url_gets_an_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = parse_database_url("sqlite:///relative.sqlite3", "test")
    assert url.database == str(tmp_path / "relative.sqlite3")
    assert parse_database_url("sqlite:///:memory:", "test").database == ":memory:"


@pytest.mark.parametrize(
    "text",
    [
        "postgresql://clerk@db.example:5433/desk",
        "postgresql+psycopg2://clerk@db.example:5433/desk",
        "  postgresql+psycopg://clerk@db.example:5433/desk  ",
    ],
)
def test_postgresql_urls_use_psycopg_3(text: str) -> None:
    url = parse_database_url(text, "test")
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.host, url.port, url.database) == ("clerk", "db.example", 5433, "desk")


def test_a_password_in_the_url_is_refused_and_not_repeated() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_database_url("postgresql://clerk:Sekret-42@db.example/desk", "test")
    message = caught.value.message
    assert "Пароль в адресе базы данных не допускается" in message
    assert "Sekret-42" not in message
    assert caught.value.__cause__ is None


@pytest.mark.parametrize("text", ["mysql://clerk@db.example/desk", "oracle://x@y/z"])
def test_unsupported_backends_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="только SQLite и PostgreSQL") as caught:
        parse_database_url(text, "параметр --database")
    assert make_url(text).get_backend_name() in caught.value.message
    assert "параметр --database" in caught.value.message


@pytest.mark.parametrize(
    "text",
    [
        "not a url://x",
        # A port that is not a number used to escape as a bare ValueError with a traceback.
        "postgresql://clerk@db.example:port/desk",
    ],
)
def test_unparsable_urls_are_a_validation_error(text: str) -> None:
    with pytest.raises(ValidationError, match="Не удаётся разобрать адрес базы данных"):
        parse_database_url(text, "test")


def test_an_empty_address_is_refused() -> None:
    with pytest.raises(ValidationError, match="пуст"):
        parse_database_url("   ", "переменная")


def test_describe_never_shows_a_password() -> None:
    url = make_url("postgresql+psycopg://clerk:Sekret-42@db.example:5433/desk")
    assert describe_url(url) == "PostgreSQL: db.example:5433/desk"
    sqlite = URL.create("sqlite", database="/data/w.sqlite3")
    assert describe_url(sqlite) == "SQLite: /data/w.sqlite3"


def test_sqlite_path_of_a_choice() -> None:
    assert DatabaseChoice(URL.create("sqlite", database=":memory:"), "t").sqlite_path is None
    assert DatabaseChoice(make_url("postgresql+psycopg://x@y/z"), "t").sqlite_path is None
    assert DatabaseChoice(URL.create("sqlite", database="/d/w.sqlite3"), "t").sqlite_path == Path(
        "/d/w.sqlite3"
    )


# -- remembering the choice ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "postgresql://clerk@db.example:5433/desk",
        'sqlite:////tmp/a folder/with "quotes" and \\ backslash/w.sqlite3',
    ],
)
def test_save_database_url_round_trip(dirs: AppDirs, text: str) -> None:
    url = parse_database_url(text, "test")
    path = save_database_url(dirs, url)
    assert path == dirs.config_file
    choice = choose_database(None, {}, dirs)
    assert choice.url == url
    assert str(path) in choice.source


def test_saved_url_never_holds_a_password(dirs: AppDirs) -> None:
    url = make_url("postgresql+psycopg://clerk:Sekret-42@db.example/desk")
    save_database_url(dirs, url)
    text = dirs.config_file.read_text(encoding="utf-8")
    assert "Sekret-42" not in text
    # What is written can be read back (a masked "***" password would be refused).
    assert choose_database(None, {}, dirs).url.render_as_string(hide_password=False) == (
        "postgresql+psycopg://clerk@db.example/desk"
    )


def test_save_database_url_where_the_folder_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    dirs = user_dirs(blocker)  # config folder would be inside a regular file
    with pytest.raises(ValidationError, match="Не удаётся записать файл настроек"):
        save_database_url(dirs, make_url("postgresql+psycopg://x@y/z"))


# -- folders ---------------------------------------------------------------------------------
def test_user_dirs_under_a_base(tmp_path: Path) -> None:
    dirs = user_dirs(tmp_path)
    assert (dirs.config, dirs.data, dirs.logs) == (
        tmp_path / "config",
        tmp_path / "data",
        tmp_path / "logs",
    )
    assert dirs.config_file == tmp_path / "config" / CONFIG_FILE_NAME


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are a Linux convention")
def test_user_dirs_follow_the_platform_folders(tmp_path: Path) -> None:
    # conftest points the XDG variables into tmp_path: nothing real is touched.
    dirs = user_dirs()
    assert dirs.config.is_relative_to(tmp_path / "home" / "xdg_config_home")
    assert dirs.data.is_relative_to(tmp_path / "home" / "xdg_data_home")
    assert "workstation" in dirs.config.parts


def test_postgres_short_scheme_is_accepted() -> None:
    url = parse_database_url("postgres://clerk@dbserver:5432/desk", "test")
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.host, url.port, url.database) == ("clerk", "dbserver", 5432, "desk")
