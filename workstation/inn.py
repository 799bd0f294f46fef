"""Taxpayer numbers (ИНН): the check digits the tax service defines.

An organisation's INN has 10 digits (one check digit), an individual's or an individual
entrepreneur's has 12 (two). The first four digits are the tax office that issued it, the first
two of them the region's code. Demo data makes valid numbers; lookups can refuse mistyped ones.
"""

from __future__ import annotations

_WEIGHTS_10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check_digit(digits: str, weights: tuple[int, ...]) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=True))
    return str(total % 11 % 10)


def complete_inn(body: str) -> str:
    """Append the check digit(s): 9 digits give an organisation's INN, 10 an individual's."""
    if not body.isdigit() or len(body) not in (9, 10):
        raise ValueError("an INN body is 9 or 10 digits")
    if len(body) == 9:
        return body + _check_digit(body, _WEIGHTS_10)
    body += _check_digit(body, _WEIGHTS_11)
    return body + _check_digit(body, _WEIGHTS_12)


def inn_is_valid(inn: str) -> bool:
    """True for a 10- or 12-digit INN whose check digits are right."""
    if not inn.isdigit() or len(inn) not in (10, 12):
        return False
    return complete_inn(inn[:-1] if len(inn) == 10 else inn[:-2]) == inn
