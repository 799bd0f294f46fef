"""A keyring backend that keeps passwords in a plain file, like keyrings.alt's PlaintextKeyring.

keyrings.alt is not installed here; this stands in for it and for any backend of its kind
(it has a ``file_path``, as keyrings.alt's and keyrings.cryptfile's file backends do). A
keyringrc.cfg or PYTHON_KEYRING_BACKEND naming it is what an audit feared: the program must
refuse it, so a test that sees ``PLAINTEXT_KEYRING_FILE`` written has found a leak.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

from tests.helpers.memory_keyring import MemoryKeyring

PLAINTEXT_KEYRING_FILE = "PLAINTEXT_KEYRING_FILE"  # environment variable: where it writes
CLASS_PATH = "tests.helpers.plaintext_keyring.PlaintextFileKeyring"


class PlaintextFileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def file_path(self) -> Path:
        return Path(os.environ.get(PLAINTEXT_KEYRING_FILE, "plaintext-keyring.json"))

    def _load(self) -> dict[str, str]:
        if not self.file_path.is_file():
            return {}
        loaded: dict[str, str] = json.loads(self.file_path.read_text(encoding="utf-8"))
        return loaded

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        passwords = self._load()
        passwords[f"{service}/{username}"] = password
        self.file_path.write_text(json.dumps(passwords), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        passwords = self._load()
        passwords.pop(f"{service}/{username}", None)
        self.file_path.write_text(json.dumps(passwords), encoding="utf-8")


def named_like_keyrings_alt() -> MemoryKeyring:
    """A backend from keyrings.alt's module, without ``file_path``: refused by its package."""
    kind = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    backend: MemoryKeyring = kind()
    return backend
