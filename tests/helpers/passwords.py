"""Cheap password hashing for tests that create and log in many users.

The real hasher (argon2id, ~0.1 s a call) is deliberately slow; the rules tested with users and
logins do not depend on its cost. tests/test_passwords.py checks the real one.
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

import workstation.passwords

CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def use_cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workstation.passwords, "_hasher", CHEAP_HASHER)
