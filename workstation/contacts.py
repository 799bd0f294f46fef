"""Checking and normalising phone numbers and e-mail addresses people type."""

from __future__ import annotations

import re

import phonenumbers

from workstation.errors import ValidationError

DEFAULT_REGION = "RU"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def normalise_phone(text: str) -> str:
    """E.164 (+74951234567) from any common spelling: 8 495…, +7 (495) …, 495-…"""
    text = text.strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        raise ValidationError(f"«{text}» не похоже на номер телефона.") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(f"Номер телефона «{text}» неверен: проверьте код и число цифр.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """+7 495 123-45-67 for people; the stored text as it is if it does not parse."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_email(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if not _EMAIL.match(text):
        raise ValidationError(f"«{text}» не похоже на адрес электронной почты.")
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"
