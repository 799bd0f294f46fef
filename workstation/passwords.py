"""Password hashing (argon2id) and the rules a new password must meet."""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.low_level import hash_secret_raw

from workstation.errors import ValidationError

MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


# Fixed, public and deliberately not secret: it only keeps these fingerprints from matching
# argon2 tables built for other programs. See unknown_login_fingerprint for why that is enough.
_FINGERPRINT_SALT = b"workstation: unknown login v1"
FINGERPRINT_LENGTH = 12  # hex digits: 48 bits, plenty to tell attempts apart at one utility


def unknown_login_fingerprint(typed: str) -> str:
    """A stand-in for a typed login that matches no account, for the audit log.

    People type their password into the login field by mistake, so the typed text is a secret
    and is never stored, not even partly: a masked form such as «ив…(7 символов)» gives away
    the start and the length of a password, and a fast hash (SHA-256, even salted) of a
    password can be reversed with a dictionary in seconds. This is argon2id with the cost of
    the stored password hashes, so recovering the text from the fingerprint costs as much as
    cracking a stored password (no weaker spot than the users table), while the same typed text
    always gives the same fingerprint: an auditor can still see that one unknown name was tried
    forty times. It also takes the time a password check would, which is what the unknown-login
    path has to spend anyway so that it cannot be told from a wrong password by its timing.
    """
    raw = hash_secret_raw(
        typed.encode("utf-8"), _FINGERPRINT_SALT, time_cost=_hasher.time_cost,
        memory_cost=_hasher.memory_cost, parallelism=_hasher.parallelism,
        hash_len=_hasher.hash_len, type=Type.ID,
    )
    return raw.hex()[:FINGERPRINT_LENGTH]


def check_new_password(password: str, login: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"Пароль слишком короткий: нужно не меньше {MIN_PASSWORD_LENGTH} символов."
        )
    if password.strip().lower() == login.strip().lower():
        raise ValidationError("Пароль не должен совпадать с именем пользователя.")
    if password != password.strip():
        raise ValidationError("Пароль не должен начинаться или заканчиваться пробелом.")
