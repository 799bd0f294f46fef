"""Database passwords in the operating system's keyring, never in a file or on a command line.

Which keyring backend the ``keyring`` package uses can be chosen outside the program (a
``keyringrc.cfg``, the PYTHON_KEYRING_BACKEND variable, or simply installing keyrings.alt or
keyrings.cryptfile, whose file backends then win on a machine without a system keyring). The
program therefore pins what it accepts: keyring's own backends only when they are the
operating system's stores (Secret Service, libsecret, KWallet, Windows Credential Manager,
the macOS Keychain), and never a backend that keeps passwords in a file of its own — the
keyrings.alt and keyrings.cryptfile families, or any backend with a ``file_path``. Such a
backend is treated like no keyring at all, with a message that says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from sqlalchemy import URL

from workstation.database import PasswordRefusedError
from workstation.errors import DatabasePasswordError, KeyringUnavailableError, ValidationError

T = TypeVar("T")

KEYRING_SERVICE = "workstation-database"

# keyring's own backends that keep passwords in the operating system's store.
NATIVE_BACKEND_MODULES = frozenset({
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
})
# Packages whose backends keep passwords in files (plain text, or encrypted with a key typed
# on the terminal, which also hangs a desk without one).
FILE_BACKEND_PACKAGES = ("keyrings.alt", "keyrings.cryptfile")

NO_KEYRING_REASON = (
    "Хранилище паролей операционной системы недоступно (на Linux без графического сеанса "
    "его обычно нет)."
)
FILE_KEYRING_REASON = (
    "Выбранное хранилище паролей ({name}) хранит пароли в файле, а не в хранилище "
    "операционной системы, и программа им не пользуется (его выбирают файл keyringrc.cfg, "
    "переменная окружения PYTHON_KEYRING_BACKEND или установленный пакет keyrings.alt)."
)
ASK_FOR_THIS_SESSION = "Пароль не будет сохранён: его спросят для этого сеанса."
NO_KEYRING_MESSAGE = f"{NO_KEYRING_REASON} {ASK_FOR_THIS_SESSION}"


def credential_key(url: URL) -> str:
    """One keyring entry per server, database and user."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _in_package(module: str, package: str) -> bool:
    return module == package or module.startswith(f"{package}.")


def _refusal(backend: KeyringBackend) -> str | None:
    """Why this one backend is not used for database passwords, or None when it is."""
    # keyring reports "no backend" as a backend of priority 0 or below (fail.Keyring,
    # null.Keyring); an unavailable system store raises when asked for its priority.
    try:
        priority = float(backend.priority)
    except Exception:
        return NO_KEYRING_REASON
    if priority <= 0:
        return NO_KEYRING_REASON
    kind = type(backend)
    module = kind.__module__
    if _in_package(module, "keyring"):
        return None if module in NATIVE_BACKEND_MODULES else NO_KEYRING_REASON
    file_backed = any(_in_package(module, package) for package in FILE_BACKEND_PACKAGES)
    if file_backed or getattr(kind, "file_path", None) is not None:
        return FILE_KEYRING_REASON.format(name=f"{module}.{kind.__qualname__}")
    return None


def pinned_backend(
    backend: KeyringBackend | None = None,
) -> tuple[KeyringBackend | None, str | None]:
    """(the backend database passwords go to, or None; why there is none, or None).

    A chain of backends (keyring's default when several work) is narrowed to its first
    acceptable member, so a plain-text file further down the chain is never read or written.
    """
    backend = backend or keyring.get_keyring()
    if isinstance(backend, ChainerBackend):
        members: list[KeyringBackend] = list(backend.backends)
    else:
        members = [backend]
    reasons: list[str] = []
    for member in members:
        reason = _refusal(member)
        if reason is None:
            return member, None
        reasons.append(reason)
    # Say "stores passwords in a file" rather than "no keyring" when that was the cause.
    specific = [reason for reason in reasons if reason != NO_KEYRING_REASON]
    return None, (specific or [NO_KEYRING_REASON])[0]


def keyring_problem(backend: KeyringBackend | None = None) -> str | None:
    """Why database passwords cannot be kept in the keyring (Russian), or None when they can."""
    return pinned_backend(backend)[1]


def keyring_is_usable(backend: KeyringBackend | None = None) -> bool:
    return pinned_backend(backend)[0] is not None


def _read(url: URL) -> tuple[str | None, str | None]:
    """(saved password or None, why the keyring could not be asked — one sentence — or None)."""
    backend, problem = pinned_backend()
    if backend is None:
        return None, problem
    try:
        password: str | None = backend.get_password(KEYRING_SERVICE, credential_key(url))
    except keyring.errors.KeyringError as error:
        return None, f"Хранилище паролей операционной системы недоступно ({error})."
    return password, None


def stored_password(url: URL) -> str | None:
    """The saved password for this database, or None when none was saved."""
    if url.get_backend_name() == "sqlite":
        return None
    password, problem = _read(url)
    if problem is not None:
        raise KeyringUnavailableError(f"{problem} {ASK_FOR_THIS_SESSION}")
    return password


def store_password(url: URL, password: str) -> None:
    if url.get_backend_name() == "sqlite":
        raise ValidationError("Для файла SQLite пароль не нужен.")
    if not password:
        raise ValidationError("Пароль пуст.")
    backend, problem = pinned_backend()
    if backend is None:
        raise KeyringUnavailableError(
            f"{problem} Поэтому пароль сохранить нельзя: программа спросит его при запуске, "
            "для одного сеанса."
        )
    try:
        backend.set_password(KEYRING_SERVICE, credential_key(url), password)
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailableError(f"Пароль не сохранён: {error}") from None


def forget_password(url: URL) -> bool:
    backend, problem = pinned_backend()
    if backend is None:
        raise KeyringUnavailableError(f"{problem} {ASK_FOR_THIS_SESSION}")
    try:
        backend.delete_password(KEYRING_SERVICE, credential_key(url))
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailableError(f"Пароль не удалён: {error}") from None
    return True


def keyring_password(url: URL) -> tuple[str | None, str | None]:
    """(saved password or None, why the keyring could not be asked or None)."""
    password, problem = _read(url)
    return password, (f"{problem} {ASK_FOR_THIS_SESSION}" if problem is not None else None)


def using_password(
    url: URL,
    action: Callable[[str | None], T],
    ask: Callable[[str], str | None] | None = None,
) -> T:
    """Run ``action`` with the saved password; if the server refuses it, ask once (``ask``).

    A password typed in answer is used for this run only and never written anywhere. Without
    a usable keyring, advice to save the password («db set-password») cannot help, so the
    question and the final refusal say what is wrong with the keyring instead.
    """
    password, problem = (None, None)
    if url.get_backend_name() != "sqlite":
        password, problem = _read(url)
    try:
        return action(password)
    except DatabasePasswordError as refused:
        if problem is None:
            entered = ask(refused.message) if ask is not None else None
            if not entered:
                raise
            return action(entered)
        said = refused.reason if isinstance(refused, PasswordRefusedError) else refused.message
        entered = ask(f"{problem} {ASK_FOR_THIS_SESSION}\n{said}") if ask is not None else None
        if not entered:
            raise DatabasePasswordError(
                f"{said}\n{problem} Поэтому сохранить пароль командой «db set-password» здесь "
                "нельзя: его можно только ввести для одного сеанса — запустите команду в "
                "терминале, и она спросит пароль."
            ) from None
        return action(entered)
