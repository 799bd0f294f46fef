"""Errors a user can read. Anything else that escapes is a bug and goes to the crash path.

Messages are in Russian, the language of the desk; they never contain personal data of
customers, because they may be logged.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """An action refused or impossible, with a message for the person at the desk."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Input that cannot be accepted as it is."""


class NotFoundError(DomainError):
    pass


class PermissionDeniedError(DomainError):
    pass


class ConflictError(DomainError):
    """A save over data another desk changed first. Carries both versions."""

    def __init__(
        self,
        table: str,
        row_id: object,
        expected_version: int,
        current_version: int | None,
        current: Any = None,
    ) -> None:
        if current_version is None:
            text = "Запись уже удалена на другом рабочем месте. Ваши изменения не сохранены."
        else:
            text = (
                "Запись изменена на другом рабочем месте (ваша версия "
                f"{expected_version}, текущая {current_version}). Ваши изменения не сохранены: "
                "обновите данные и внесите их снова."
            )
        super().__init__(text)
        self.table = table
        self.row_id = row_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.current = current


class AuthenticationError(DomainError):
    pass


class DatabaseError(DomainError):
    """The database cannot be used: unreachable, refused, wrong schema, unwritable."""


class DatabaseUnavailableError(DatabaseError):
    pass


class DatabasePasswordError(DatabaseError):
    pass


class SchemaOutdatedError(DatabaseError):
    pass


class SchemaTooNewError(DatabaseError):
    pass


class KeyringUnavailableError(DomainError):
    pass
