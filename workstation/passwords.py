"""Password hashing (argon2id) and the rules a new password must meet."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from workstation.errors import ValidationError

MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()
# Verified when the login does not exist, so that a wrong login takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def spend_time_like_a_verification(password: str) -> None:
    verify_password(_DUMMY_HASH, password)


def check_new_password(password: str, login: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"Пароль слишком короткий: нужно не меньше {MIN_PASSWORD_LENGTH} символов."
        )
    if password.strip().lower() == login.strip().lower():
        raise ValidationError("Пароль не должен совпадать с именем пользователя.")
    if password != password.strip():
        raise ValidationError("Пароль не должен начинаться или заканчиваться пробелом.")
