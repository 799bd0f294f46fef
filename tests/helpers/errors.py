"""Checks shared by tests of errors people read."""

from __future__ import annotations

import re

from workstation.errors import DomainError

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def assert_readable(error: DomainError, *, secrets: tuple[str, ...] = ()) -> None:
    """A message for the desk: Russian, without a chained traceback, technical noise or secrets."""
    message = str(error)
    assert message == error.message
    assert _CYRILLIC.search(message), f"not Russian: {message!r}"
    # Raised "from None" (or with nothing behind it): the person sees one message, no chain.
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__
    for noise in ("Traceback", "sqlalche.me", "[SQL:", "psycopg.", "sqlite3."):
        assert noise not in message, f"technical text in {message!r}"
    for secret in secrets:
        assert secret not in message, "a secret leaked into an error message"
