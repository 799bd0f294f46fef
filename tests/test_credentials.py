"""Database passwords live in the system keyring, one entry per server, database and user."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.core
import keyring.errors
import pytest
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from sqlalchemy import URL, make_url

from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.plaintext_keyring import (
    CLASS_PATH,
    PLAINTEXT_KEYRING_FILE,
    PlaintextFileKeyring,
    named_like_keyrings_alt,
)
from workstation.credentials import (
    KEYRING_SERVICE,
    credential_key,
    forget_password,
    keyring_is_usable,
    keyring_password,
    keyring_problem,
    pinned_backend,
    store_password,
    stored_password,
    using_password,
)
from workstation.database import PasswordRefusedError
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
    assert "Хранилище паролей операционной системы недоступно" in caught.value.message
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


def test_without_a_keyring_nobody_answering_says_what_is_wrong_with_the_keyring(
    no_keyring: None,
) -> None:
    """A script on a headless server: advice to «save it with db set-password» cannot work."""
    def server_wants_a_password(_password: str | None) -> str:
        raise PasswordRefusedError(
            "Сервер PostgreSQL требует пароль пользователя «clerk».",
            "Сохраните его: «python main.py db set-password АДРЕС».",
        )

    for ask in (None, lambda _reason: None, lambda _reason: ""):
        with pytest.raises(DatabasePasswordError) as caught:
            using_password(PG, server_wants_a_password, ask)
        message = caught.value.message
        assert "требует пароль пользователя «clerk»" in message
        assert "Хранилище паролей операционной системы недоступно" in message
        assert "«db set-password» здесь нельзя" in message
        assert "запустите команду в терминале" in message
        assert "Сохраните его" not in message  # the advice that cannot work here
        assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_without_a_keyring_the_question_gives_no_advice_to_save(no_keyring: None) -> None:
    reasons: list[str] = []

    def action(password: str | None) -> str:
        if password != "typed":
            raise PasswordRefusedError("Сервер отклонил пароль.", "Сохраните верный пароль.")
        return "open"

    def ask(reason: str) -> str | None:
        reasons.append(reason)
        return "typed"

    assert using_password(PG, action, ask) == "open"
    assert "Хранилище паролей" in reasons[0] and "для этого сеанса" in reasons[0]
    assert "Сервер отклонил пароль." in reasons[0]
    assert "Сохраните верный пароль" not in reasons[0]


def test_with_a_keyring_a_refusal_keeps_the_advice_to_save() -> None:
    def action(_password: str | None) -> str:
        raise PasswordRefusedError("Сервер отклонил пароль.", "Сохраните верный пароль.")

    with pytest.raises(PasswordRefusedError, match="Сохраните верный пароль"):
        using_password(PG, action, None)


# -- only the operating system's keyring -----------------------------------------------------
def test_keyrings_that_keep_passwords_in_files_are_refused() -> None:
    for backend in (PlaintextFileKeyring(), named_like_keyrings_alt()):
        assert keyring_is_usable(backend) is False
        problem = keyring_problem(backend)
        assert problem is not None
        assert "хранит пароли в файле" in problem
        assert type(backend).__qualname__ in problem  # says which one
    assert keyring_problem(null.Keyring()) is not None
    assert keyring_problem(MemoryKeyring()) is None


def test_a_plaintext_keyring_chosen_by_the_environment_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leak = tmp_path / "passwords.json"
    monkeypatch.setenv(PLAINTEXT_KEYRING_FILE, str(leak))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", CLASS_PATH)
    keyring.core.init_backend()  # as at the program's start; the fixture restores it
    assert isinstance(keyring.get_keyring(), PlaintextFileKeyring)
    with pytest.raises(KeyringUnavailableError) as caught:
        store_password(PG, "Sekret-42")
    assert "хранит пароли в файле" in caught.value.message
    assert "PYTHON_KEYRING_BACKEND" in caught.value.message
    assert "пароль сохранить нельзя" in caught.value.message
    assert "Sekret-42" not in caught.value.message
    assert not leak.exists()


def test_a_plaintext_keyring_chosen_by_keyringrc_is_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leak = tmp_path / "passwords.json"
    monkeypatch.setenv(PLAINTEXT_KEYRING_FILE, str(leak))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    PlaintextFileKeyring().set_password(KEYRING_SERVICE, credential_key(PG), "from-a-file")
    config = Path(keyring.core._config_path())
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f"[backend]\ndefault-keyring = {CLASS_PATH}\n", encoding="utf-8")
    keyring.core.init_backend()
    assert isinstance(keyring.get_keyring(), PlaintextFileKeyring)
    with pytest.raises(KeyringUnavailableError, match="хранит пароли в файле"):
        stored_password(PG)
    password, problem = keyring_password(PG)
    assert password is None
    assert problem is not None and "для этого сеанса" in problem
    seen: list[str | None] = []

    def action(password: str | None) -> str:
        seen.append(password)
        return refused(password)

    with pytest.raises(DatabasePasswordError):
        using_password(PG, action)
    assert seen == [None]  # the password in the file was never used


def test_a_chain_uses_only_its_system_keyrings(
    memory_keyring: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyring chains every working backend; a plain file in the chain is skipped."""
    leak = tmp_path / "passwords.json"
    monkeypatch.setenv(PLAINTEXT_KEYRING_FILE, str(leak))
    plaintext = PlaintextFileKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [plaintext, memory_keyring])
    chain = ChainerBackend()
    assert pinned_backend(chain) == (memory_keyring, None)
    keyring.set_keyring(chain)
    store_password(PG, "Sekret-42")
    assert stored_password(PG) == "Sekret-42"
    assert memory_keyring.passwords == {(KEYRING_SERVICE, credential_key(PG)): "Sekret-42"}
    assert not leak.exists()
    monkeypatch.setattr(ChainerBackend, "backends", [plaintext])
    assert pinned_backend(chain)[0] is None
    assert "хранит пароли в файле" in (keyring_problem(chain) or "")
