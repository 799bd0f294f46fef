"""Phone numbers and e-mail addresses as people type them."""

from __future__ import annotations

import pytest

from workstation.contacts import format_phone, normalise_email, normalise_phone
from workstation.errors import ValidationError


@pytest.mark.parametrize(
    "typed",
    ["8 (4242) 12-34-56", "+7 4242 123456", "84242123456", " 4242123456 ", "+7-4242-12-34-56"],
)
def test_russian_phone_spellings_become_e164(typed: str) -> None:
    assert normalise_phone(typed) == "+74242123456"


def test_foreign_and_empty_phones() -> None:
    assert normalise_phone("+49 30 901820") == "+4930901820"
    assert normalise_phone("  ") == ""


@pytest.mark.parametrize("typed", ["12345", "+7 4242 12", "позвоните мне"])
def test_invalid_phones_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="телефона"):
        normalise_phone(typed)


def test_format_phone_for_people() -> None:
    assert format_phone("+74951234567") == "+7 495 123-45-67"
    assert format_phone("") == ""
    assert format_phone("not a phone") == "not a phone"


def test_email_domain_is_lower_cased_and_the_local_part_kept() -> None:
    assert normalise_email("  Ivan.Petrov@Energo.RU ") == "Ivan.Petrov@energo.ru"
    assert normalise_email("") == ""


@pytest.mark.parametrize("typed", ["ivanov", "ivanov@", "@energo.ru", "iv anov@energo.ru",
                                   "ivanov@energo", "ivanov@energo.r"])
def test_invalid_emails_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="электронной почты"):
        normalise_email(typed)
