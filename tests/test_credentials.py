"""Database passwords live in the system keyring, one entry per server, database and user."""

from __future__ import annotations

import keyring
import keyring.errors
import pytest
from keyring.backends import fail
from sqlalchemy import URL, make_url

from tests.helpers.memory_keyring import MemoryKeyring
from workstation.credentials import (
    KEYRING_SERVICE,
    credential_key,
    forget_password,
    keyring_is_usable,
    store_password,
    stored_password,
    using_password,
)
from workstation.errors import (
    DatabasePasswordError,
    KeyringUnavailableError,
    ValidationError,
)

PG = make_url("postgresql+psycopg://clerk@db.example:5433/desk")
SQLITE = URL.create("sqlite", database="/tmp/w.sqlite3")


@pytest.fixture
def no_keyring() -> None:
    """The headless-Linux case: keyring's 'fail' backend, which raises on every call."""
    keyring.set_keyring(fail.Keyring())  # the autouse memory_keyring fixture restores it


class LockedKeyring(MemoryKeyring):
    """A keyring that exists but refuses (locked, or the user cancelled the unlock prompt)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


# -- storing and reading ---------------------------------------------------------------------
def test_store_and_read_a_password(memory_keyring: MemoryKeyring) -> None:
    assert stored_password(PG) is None
    store_password(PG, "Sekret-42")
    assert stored_password(PG) == "Sekret-42"
    assert memory_keyring.passwords == {(KEYRING_SERVICE, credential_key(PG)): "Sekret-42"}


def test_a_password_belongs_to_one_server_database_and_user() -> None:
    store_password(PG, "Sekret-42")
    assert stored_password(PG.set(database="other")) is None
    assert stored_password(PG.set(username="boss")) is None
    assert stored_password(PG.set(host="db2.example")) is None
    assert stored_password(PG.set(port=5432)) is None


def test_credential_key_names_user_server_port_and_database() -> None:
    assert credential_key(PG) == "clerk@db.example:5433/desk"
    # Defaults are spelled out, so the same database has one key however it is written.
    assert credential_key(make_url("postgresql+psycopg://clerk@/desk")) == (
        "clerk@localhost:5432/desk"
    )
    assert credential_key(make_url("postgresql+psycopg://clerk@localhost/desk")) == (
        credential_key(make_url("postgresql+psycopg://clerk@localhost:5432/desk"))
    )


def test_forget_password() -> None:
    store_password(PG, "Sekret-42")
    assert forget_password(PG) is True
    assert stored_password(PG) is None
    assert forget_password(PG) is False


def test_sqlite_needs_no_password_and_never_asks_the_keyring(no_keyring: None) -> None:
    assert stored_password(SQLITE) is None
    with pytest.raises(ValidationError, match="SQLite пароль не нужен"):
        store_password(SQLITE, "Sekret-42")


def test_an_empty_password_is_not_stored(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValidationError, match="Пароль пуст"):
        store_password(PG, "")
    assert memory_keyring.passwords == {}


# -- no usable keyring -----------------------------------------------------------------------
def test_keyring_is_usable_on_a_real_backend_only() -> None:
    assert keyring_is_usable(MemoryKeyring()) is True
    assert keyring_is_usable(fail.Keyring()) is False
    assert keyring_is_usable() is True  # the memory keyring of this test


def test_keyring_is_usable_reflects_the_current_backend(no_keyring: None) -> None:
    assert keyring_is_usable() is False


def test_reading_without_a_keyring_is_a_clear_error(no_keyring: None) -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        stored_password(PG)
    assert "Хранилище паролей операционной системы недоступно" in caught.value.message
    assert caught.value.__cause__ is None


def test_storing_without_a_keyring_is_a_clear_error(no_keyring: None) -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        store_password(PG, "Sekret-42")
    assert "пароль сохранить нельзя" in caught.value.message
    assert "Sekret-42" not in caught.value.message


def test_forgetting_without_a_keyring_is_a_clear_error(no_keyring: None) -> None:
    with pytest.raises(KeyringUnavailableError, match="Хранилище паролей"):
        forget_password(PG)


def test_a_locked_keyring_is_reported_not_crashed() -> None:
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(KeyringUnavailableError, match="Хранилище паролей"):
        stored_password(PG)
    with pytest.raises(KeyringUnavailableError, match="Пароль не сохранён"):
        store_password(PG, "Sekret-42")


# -- using the password ----------------------------------------------------------------------
def refused(_password: str | None) -> str:
    raise DatabasePasswordError("Сервер отклонил пароль.")


def test_using_password_passes_the_saved_password() -> None:
    store_password(PG, "Sekret-42")
    assert using_password(PG, lambda password: password) == "Sekret-42"


def test_using_password_asks_once_when_the_server_refuses() -> None:
    store_password(PG, "old-password")
    tried: list[str | None] = []
    reasons: list[str] = []

    def action(password: str | None) -> str:
        tried.append(password)
        if password != "typed-password":
            raise DatabasePasswordError("Сервер отклонил пароль.")
        return "open"

    def ask(reason: str) -> str | None:
        reasons.append(reason)
        return "typed-password"

    assert using_password(PG, action, ask) == "open"
    assert tried == ["old-password", "typed-password"]
    assert reasons == ["Сервер отклонил пароль."]
    # A password typed for this run is never written anywhere.
    assert stored_password(PG) == "old-password"


def test_using_password_gives_up_when_nobody_answers() -> None:
    with pytest.raises(DatabasePasswordError):
        using_password(PG, refused, lambda _reason: None)
    with pytest.raises(DatabasePasswordError):
        using_password(PG, refused, None)


def test_using_password_without_a_keyring_says_why_it_asks(no_keyring: None) -> None:
    reasons: list[str] = []

    def ask(reason: str) -> str | None:
        reasons.append(reason)
        return None

    with pytest.raises(DatabasePasswordError):
        using_password(PG, refused, ask)
    assert len(reasons) == 1
    assert "Хранилище паролей" in reasons[0]
    assert "Сервер отклонил пароль." in reasons[0]


def test_using_password_on_sqlite_never_touches_the_keyring(no_keyring: None) -> None:
    assert using_password(SQLITE, lambda password: password) is None
