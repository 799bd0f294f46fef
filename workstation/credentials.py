"""Database passwords in the operating system's keyring, never in a file or on a command line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from sqlalchemy import URL

from workstation.errors import DatabasePasswordError, KeyringUnavailableError, ValidationError

T = TypeVar("T")

KEYRING_SERVICE = "workstation-database"

NO_KEYRING_MESSAGE = (
    "Хранилище паролей операционной системы недоступно (на Linux без графического сеанса "
    "его обычно нет). Пароль не будет сохранён: его спросят для этого сеанса."
)


def credential_key(url: URL) -> str:
    """One keyring entry per server, database and user."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def keyring_is_usable(backend: KeyringBackend | None = None) -> bool:
    backend = backend or keyring.get_keyring()
    # keyring reports "no backend" as a backend of priority 0 or below (fail.Keyring, or a
    # chainer with nothing to chain); those raise on every call.
    try:
        priority = float(backend.priority)
    except Exception:
        return False
    if priority <= 0:
        return False
    backends = getattr(backend, "backends", None)
    return backends is None or len(backends) > 0


def stored_password(url: URL) -> str | None:
    """The saved password for this database, or None when none was saved."""
    if url.get_backend_name() == "sqlite":
        return None
    if not keyring_is_usable():
        raise KeyringUnavailableError(NO_KEYRING_MESSAGE)
    try:
        password: str | None = keyring.get_password(KEYRING_SERVICE, credential_key(url))
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailableError(f"{NO_KEYRING_MESSAGE} ({error})") from None
    return password


def store_password(url: URL, password: str) -> None:
    if url.get_backend_name() == "sqlite":
        raise ValidationError("Для файла SQLite пароль не нужен.")
    if not password:
        raise ValidationError("Пароль пуст.")
    if not keyring_is_usable():
        raise KeyringUnavailableError(
            "Хранилище паролей операционной системы недоступно: пароль сохранить нельзя. "
            "Программа спросит его при запуске, для одного сеанса."
        )
    try:
        keyring.set_password(KEYRING_SERVICE, credential_key(url), password)
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailableError(f"Пароль не сохранён: {error}") from None


def forget_password(url: URL) -> bool:
    if not keyring_is_usable():
        raise KeyringUnavailableError(NO_KEYRING_MESSAGE)
    try:
        keyring.delete_password(KEYRING_SERVICE, credential_key(url))
    except keyring.errors.PasswordDeleteError:
        return False
    return True


def keyring_password(url: URL) -> tuple[str | None, str | None]:
    """(saved password or None, why the keyring could not be asked or None)."""
    try:
        return stored_password(url), None
    except KeyringUnavailableError as problem:
        return None, problem.message


def using_password(
    url: URL,
    action: Callable[[str | None], T],
    ask: Callable[[str], str | None] | None = None,
) -> T:
    """Run ``action`` with the saved password; if the server refuses it, ask once (``ask``).

    A password typed in answer is used for this run only and never written anywhere.
    """
    password, keyring_problem = (None, None)
    if url.get_backend_name() != "sqlite":
        password, keyring_problem = keyring_password(url)
    try:
        return action(password)
    except DatabasePasswordError as refused:
        if ask is None:
            raise
        reason = f"{keyring_problem}\n{refused.message}" if keyring_problem else refused.message
        entered = ask(reason)
        if not entered:
            raise
        return action(entered)
