"""Open, check and upgrade the shared database, turning technical failures into clear messages."""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, Engine, inspect, text
from sqlalchemy import exc as sa_exc

from db.engine import SessionFactory, make_engine, make_session_factory
from db.migrate import (
    SchemaState,
    SchemaStatus,
    backup_sqlite_file,
    schema_status,
    upgrade_to_head,
)
from workstation.clock import Clock
from workstation.config import describe_url
from workstation.errors import (
    DatabaseError,
    DatabasePasswordError,
    DatabaseUnavailableError,
    SchemaOutdatedError,
    SchemaTooNewError,
)

# PostgreSQL SQLSTATE codes we explain to people.
_PG_BAD_PASSWORD = "28P01"
_PG_NOT_AUTHORISED = "28000"
_PG_NO_DATABASE = "3D000"
_BAD_PASSWORD_WORDS = ("password authentication failed", "пользователь не прошёл проверку",
                       "не прошёл проверку подлинности (по паролю)")
_PASSWORD_REQUIRED_WORDS = ("no password supplied", "fe_sendauth", "пароль не указан")
_MISSING_WORDS = ("does not exist", "не существует")


class PasswordRefusedError(DatabasePasswordError):
    """The server refused the password, or wants one: what happened, then what to do.

    ``reason`` is the first part alone, for callers that must give other advice (without a
    keyring, saving the password with «db set-password» cannot work).
    """

    def __init__(self, reason: str, advice: str) -> None:
        super().__init__(f"{reason} {advice}")
        self.reason = reason


def _mentions(message: str, words: tuple[str, ...]) -> bool:
    return any(word in message for word in words)


@dataclass
class Database:
    """An open database: the engine and the one session factory every service uses."""

    url: URL
    engine: Engine
    sessions: SessionFactory = field(repr=False)

    def describe(self) -> str:
        return describe_url(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def ping(self) -> bool:
        """True when the database answers; used for the connection state in the status bar."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except sa_exc.SQLAlchemyError:
            return False
        return True

    def close(self) -> None:
        self.engine.dispose()


def connect(url: URL, password: str | None = None) -> Database:
    """Open a connection to prove the database is reachable; no schema check."""
    if url.get_backend_name() == "sqlite":
        _check_sqlite_location(url)
    engine = make_engine(url, password)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except sa_exc.DBAPIError as error:
        engine.dispose()
        raise explain_connection_error(url, error) from None
    return Database(url=url, engine=engine, sessions=make_session_factory(engine))


def open_database(url: URL, password: str | None, *, create: bool) -> Database:
    """Connect and make sure the schema is the one this program knows.

    ``create``: an empty database (a new SQLite file on first start) is migrated at once.
    """
    database = connect(url, password)
    try:
        status = database_status(database)
        if status.state is SchemaState.EMPTY and create:
            _migrate(database)
            return database
        _require_current(database, status)
    except BaseException:
        database.close()
        raise
    return database


@dataclass(frozen=True)
class UpgradeReport:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def upgrade_database(url: URL, password: str | None, clock: Clock) -> UpgradeReport:
    """Migrate to the current schema; a SQLite file with data is backed up first."""
    database = connect(url, password)
    try:
        status = database_status(database)
        if status.state is SchemaState.NEWER:
            _require_current(database, status)
        if status.state is SchemaState.CURRENT:
            return UpgradeReport(status.current, status.head, None)
        backup = None
        path = Path(url.database) if database.is_sqlite and url.database else None
        # A file with tables in it holds somebody's data: never migrate it without a copy.
        if path is not None and path.is_file() and _has_tables(database):
            database.engine.dispose()  # the backup API wants no writer in between
            try:
                backup = backup_sqlite_file(path, clock.now(), status.current)
            except (OSError, sqlite3.Error) as error:
                raise DatabaseUnavailableError(
                    f"Не удалось сделать резервную копию {path} перед обновлением: {error}. "
                    "База данных не изменена."
                ) from None
        _migrate(database)
        return UpgradeReport(status.current, status.head, backup)
    finally:
        database.close()


def database_status(database: Database) -> SchemaStatus:
    """The schema's state; a database that cannot be read gives a clear message."""
    try:
        return schema_status(database.engine)
    except sa_exc.DBAPIError as error:
        raise explain_connection_error(database.url, error) from None


def _migrate(database: Database) -> None:
    try:
        upgrade_to_head(database.engine)
    except sa_exc.DBAPIError as error:
        raise explain_connection_error(database.url, error) from None


def _has_tables(database: Database) -> bool:
    try:
        return bool(inspect(database.engine).get_table_names())
    except sa_exc.DBAPIError as error:
        raise explain_connection_error(database.url, error) from None


def _require_current(database: Database, status: SchemaStatus) -> None:
    where = database.describe()
    if status.state is SchemaState.NEWER:
        raise SchemaTooNewError(
            f"База данных ({where}) создана более новой версией программы (схема "
            f"{status.current}, эта программа знает схему до {status.head}). "
            "Обновите программу на этом рабочем месте."
        )
    if status.state is SchemaState.EMPTY:
        raise SchemaOutdatedError(
            f"База данных ({where}) пуста. Создайте в ней таблицы командой "
            "«python main.py db upgrade»."
        )
    if status.state is SchemaState.OUTDATED:
        raise SchemaOutdatedError(
            f"Схема базы данных ({where}) устарела ({status.current}, нужна {status.head}). "
            "Выполните «python main.py db upgrade»."
        )


def _check_sqlite_location(url: URL) -> None:
    if not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseUnavailableError(
            f"Не удаётся создать папку для базы данных {path.parent}: {explain_os_error(error)}."
        ) from None
    if path.exists() and not path.is_file():
        raise DatabaseUnavailableError(f"{path} — не файл базы данных, а папка или устройство.")


def explain_os_error(error: OSError) -> str:
    reasons = {
        errno.EACCES: "нет прав на запись",
        errno.EPERM: "нет прав на запись",
        errno.EEXIST: "на этом месте файл, а не папка",
        errno.ENOTDIR: "часть пути — файл, а не папка",
        errno.EROFS: "диск доступен только для чтения",
        errno.ENOSPC: "на диске нет места",
    }
    return reasons.get(error.errno or 0, error.strerror or type(error).__name__)


def explain_connection_error(url: URL, error: sa_exc.DBAPIError) -> DatabaseError:
    """Turn a driver error into a message that says what to do. No traceback, no password."""
    where = describe_url(url)
    original = error.orig
    if url.get_backend_name() == "sqlite":
        detail = str(original) if original is not None else str(error)
        if "readonly" in detail or "read-only" in detail or "unable to open" in detail:
            return DatabaseUnavailableError(
                f"Файл базы данных недоступен для записи или не открывается ({where}): {detail}."
            )
        if "not a database" in detail or "malformed" in detail:
            return DatabaseUnavailableError(
                f"Файл {url.database} не является базой данных SQLite или повреждён."
            )
        return DatabaseUnavailableError(f"Ошибка базы данных SQLite ({where}): {detail}.")
    sqlstate = getattr(original, "sqlstate", None)
    # libpq gives no SQLSTATE for errors while connecting: recognise the server's words, in
    # English and in Russian (a server answers in its own lc_messages before we can ask).
    message = (str(original) if original is not None else str(error)).lower()
    if sqlstate == _PG_BAD_PASSWORD or _mentions(message, _BAD_PASSWORD_WORDS):
        return PasswordRefusedError(
            f"Сервер PostgreSQL ({where}) отклонил пароль пользователя «{url.username}».",
            "Сохраните верный пароль: «python main.py db set-password АДРЕС».",
        )
    if _mentions(message, _PASSWORD_REQUIRED_WORDS):
        return PasswordRefusedError(
            f"Сервер PostgreSQL ({where}) требует пароль пользователя «{url.username}».",
            "Сохраните его: «python main.py db set-password АДРЕС».",
        )
    if sqlstate == _PG_NO_DATABASE or (
        _mentions(message, ("database", "база данных")) and _mentions(message, _MISSING_WORDS)
    ):
        return DatabaseUnavailableError(
            f"На сервере PostgreSQL нет базы данных «{url.database}». Создайте её "
            "(createdb) и выполните «python main.py db upgrade»."
        )
    if sqlstate == _PG_NOT_AUTHORISED or _mentions(message, ("pg_hba.conf", "role", "роль")):
        return DatabasePasswordError(
            f"Сервер PostgreSQL ({where}) не пускает пользователя «{url.username}»: "
            "нет такой роли или вход с этого компьютера запрещён."
        )
    if isinstance(error, sa_exc.OperationalError):
        return DatabaseUnavailableError(
            f"Нет связи с сервером базы данных ({where}). Проверьте адрес, сеть и что сервер "
            "запущен."
        )
    return DatabaseUnavailableError(f"Ошибка базы данных ({where}): {type(original).__name__}.")
