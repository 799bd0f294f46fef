"""The real password hasher (argon2id) and the rules for a new password."""

from __future__ import annotations

import pytest

from workstation.errors import ValidationError
from workstation.passwords import (
    MIN_PASSWORD_LENGTH,
    check_new_password,
    hash_password,
    needs_rehash,
    verify_password,
)

pytestmark = pytest.mark.real_password_hashing


def test_hashes_are_salted_argon2id_and_verify() -> None:
    first, second = hash_password("correct-horse-1"), hash_password("correct-horse-1")
    assert first.startswith("$argon2id$")
    assert first != second  # salted
    assert "correct-horse-1" not in first
    assert verify_password(first, "correct-horse-1")
    assert not verify_password(first, "correct-horse-2")
    assert not needs_rehash(first)


@pytest.mark.parametrize("broken", ["", "plain text", "$argon2id$v=19$m=1,t=1,p=1$bad"])
def test_a_broken_hash_never_verifies(broken: str) -> None:
    assert verify_password(broken, "anything") is False


def test_new_password_rules() -> None:
    check_new_password("x" * MIN_PASSWORD_LENGTH, "ivanov")
    with pytest.raises(ValidationError, match="слишком короткий"):
        check_new_password("x" * (MIN_PASSWORD_LENGTH - 1), "ivanov")
    with pytest.raises(ValidationError, match="совпадать с именем"):
        check_new_password("Ivanov-01", "ivanov-01")
    with pytest.raises(ValidationError, match="пробелом"):
        check_new_password("correct-horse ", "ivanov")
