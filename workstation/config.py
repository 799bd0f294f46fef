"""Where the workstation keeps its files, and which database it opens.

The database is chosen, first match wins: ``--database URL`` on the command line, the
``WORKSTATION_DATABASE_URL`` environment variable, ``database.url`` in the config file in the
user's config folder, else a SQLite file in the user's data folder.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from workstation.errors import ValidationError

APP_NAME = "workstation"
APP_AUTHOR = "workstation"
ENV_DATABASE_URL = "WORKSTATION_DATABASE_URL"
CONFIG_FILE_NAME = "config.toml"
DEFAULT_DATABASE_FILE = "workstation.sqlite3"


@dataclass(frozen=True)
class AppDirs:
    config: Path
    data: Path
    logs: Path

    @property
    def config_file(self) -> Path:
        return self.config / CONFIG_FILE_NAME


def user_dirs(base: Path | None = None) -> AppDirs:
    """The user's folders (platformdirs), or sub-folders of ``base`` for a throw-away run."""
    if base is not None:
        return AppDirs(config=base / "config", data=base / "data", logs=base / "logs")
    return AppDirs(
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


@dataclass(frozen=True)
class DatabaseChoice:
    url: URL
    source: str  # where it came from, said to the user when something is wrong

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        return describe_url(self.url)


def describe_url(url: URL) -> str:
    """A short description for people: never contains a password."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite: {url.database}"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL: {url.host or 'localhost'}{port}/{url.database or ''}"


def parse_database_url(text: str, source: str) -> URL:
    """Accept a SQLAlchemy-style URL, a ``postgresql://`` URL or a path to a SQLite file."""
    text = text.strip()
    if not text:
        raise ValidationError(f"Адрес базы данных пуст ({source}).")
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    if text.startswith("postgres://"):  # libpq's short form
        text = "postgresql://" + text.removeprefix("postgres://")
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise ValidationError(
            f"Не удаётся разобрать адрес базы данных ({source}). Пример: "
            "postgresql://user@server:5432/workstation или sqlite:///путь/к/файлу.sqlite3"
        ) from None
    backend = url.get_backend_name()
    if backend == "postgresql":
        if url.password:
            raise ValidationError(
                "Пароль в адресе базы данных не допускается: сохраните его в хранилище "
                "паролей командой «python main.py db set-password АДРЕС»."
            )
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            return url.set(database=str(Path(url.database).expanduser().resolve()))
        return url
    raise ValidationError(
        f"Поддерживаются только SQLite и PostgreSQL, а указано «{backend}» ({source})."
    )


def choose_database(
    cli_url: str | None, environ: Mapping[str, str], dirs: AppDirs
) -> DatabaseChoice:
    if cli_url:
        return DatabaseChoice(parse_database_url(cli_url, "параметр --database"), "--database")
    env_url = environ.get(ENV_DATABASE_URL, "").strip()
    if env_url:
        return DatabaseChoice(
            parse_database_url(env_url, f"переменная {ENV_DATABASE_URL}"), ENV_DATABASE_URL
        )
    file_url = _url_from_config_file(dirs.config_file)
    if file_url:
        source = f"файл настроек {dirs.config_file}"
        return DatabaseChoice(parse_database_url(file_url, source), source)
    default = URL.create("sqlite", database=str(dirs.data / DEFAULT_DATABASE_FILE))
    return DatabaseChoice(default, "по умолчанию")


def _url_from_config_file(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ValidationError(f"Файл настроек {path} не читается: {error}") from None
    database = data.get("database", {})
    url = database.get("url") if isinstance(database, dict) else None
    if url is not None and not isinstance(url, str):
        raise ValidationError(f"В файле настроек {path} database.url должен быть строкой.")
    return url


def save_database_url(dirs: AppDirs, url: URL) -> Path:
    """Remember the database in the config file (without any password)."""
    # Drop the password rather than mask it: a masked one ("***") would be read back as a
    # password in the URL and refused.
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query)
    text = bare.render_as_string(hide_password=False)
    path = dirs.config_file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        path.write_text(
            "# Written by 'python main.py db use'. Passwords live in the system keyring.\n"
            f'[database]\nurl = "{escaped}"\n',
            encoding="utf-8",
        )
    except OSError as error:
        raise ValidationError(f"Не удаётся записать файл настроек {path}: {error}") from None
    return path


def environment() -> Mapping[str, str]:
    return os.environ
