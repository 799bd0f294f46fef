"""Nothing personal reaches the log or the crash dialog, and what is not personal stays."""

from __future__ import annotations

import logging
import re

import pytest

from workstation.logs import MASK, MaskingFormatter, mask_personal_data

LAYOUT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def test_phones_e_mails_and_long_numbers_are_masked() -> None:
    text = mask_personal_data("caller +7 914 123-45-67, e-mail ivanov@example.ru, INN 270123456789")
    assert "914" not in text and "ivanov" not in text and "270123456789" not in text
    assert text.count(MASK) == 3


# What PostgreSQL says (psycopg's text, as SQLAlchemy repeats it), value by value.
@pytest.mark.parametrize(
    ("said", "masked"),
    [
        pytest.param(
            'duplicate key value violates unique constraint "customers_name_key"\n'
            "DETAIL:  Key (full_name, address)=(Иванова Анна, ул. Ленина 5) already exists.",
            'duplicate key value violates unique constraint "customers_name_key"\n'
            f"DETAIL:  Key (full_name, address)=({MASK}) already exists.",
            id="unique",
        ),
        pytest.param(
            "DETAIL:  Key (lower(address::text))=(ул. ленина (д. 5)) already exists.",
            f"DETAIL:  Key (lower(address::text))=({MASK}) already exists.",
            id="expression-index-and-parentheses-in-the-value",
        ),
        pytest.param(
            "DETAIL:  Key (address)=(ул. Ленина 5\nкв. 3) already exists.\n"
            "[SQL: INSERT INTO customers (address) VALUES (%(address)s)]",
            f"DETAIL:  Key (address)=({MASK}) already exists.\n"
            "[SQL: INSERT INTO customers (address) VALUES (%(address)s)]",
            id="value-over-two-lines",
        ),
        pytest.param(
            'DETAIL:  Key (customer_id)=(42) is not present in table "customers".',
            f'DETAIL:  Key (customer_id)=({MASK}) is not present in table "customers".',
            id="foreign-key",
        ),
        pytest.param(
            "DETAIL:  Key (room, during)=(5, [09:00,10:00)) conflicts with existing key "
            "(room, during)=(5, [09:30,11:00)).",
            f"DETAIL:  Key (room, during)=({MASK}) conflicts with existing key "
            f"(room, during)=({MASK}).",
            id="exclusion-both-keys",
        ),
        pytest.param(
            'new row for relation "customers" violates check constraint "phone_digits"\n'
            "DETAIL:  Failing row contains (3, Петров Пётр, ул. Мира (дом 7)\nкв. 2, null).\n"
            "[SQL: INSERT INTO customers VALUES (...)]",
            'new row for relation "customers" violates check constraint "phone_digits"\n'
            f"DETAIL:  Failing row contains ({MASK}).\n"
            "[SQL: INSERT INTO customers VALUES (...)]",
            id="check-or-not-null",
        ),
        pytest.param(
            "UniqueViolation('duplicate key\\nDETAIL:  Key (name)=(Иванова) already exists.')",
            f"UniqueViolation('duplicate key\\nDETAIL:  Key (name)=({MASK}) already exists.')",
            id="in-a-repr",
        ),
        pytest.param(
            "DETAIL:  Key (name)=(Иванова Анна, ул. Лени",
            f"DETAIL:  Key (name)=({MASK}",
            id="cut-short",
        ),
    ],
)
def test_values_in_a_postgresql_detail_are_masked(said: str, masked: str) -> None:
    assert mask_personal_data(said) == masked


def test_a_detail_without_values_is_kept() -> None:
    said = ("deadlock detected\nDETAIL:  Process 812 waits for ShareLock on transaction 7731; "
            "blocked by process 815.\nHINT:  See server log for query details.")
    assert mask_personal_data(said) == said


def test_a_value_stops_at_the_next_paragraph_of_a_traceback() -> None:
    said = ("psycopg.errors.UniqueViolation: duplicate key\n"
            "DETAIL:  Key (name)=(Иванова\n\n"
            "The above exception was the direct cause of the following exception:\n\n"
            '  File "ui/panes/lookup_pane.py", line 120, in save\n')
    masked = mask_personal_data(said)
    assert "Иванова" not in masked
    assert masked.endswith('  File "ui/panes/lookup_pane.py", line 120, in save\n')


def test_the_log_keeps_its_time_stamp() -> None:
    # The stamp "2026-03-02 09:…" looks like a phone number to the mask: it stays whole.
    record = logging.LogRecord("workstation.crash", logging.ERROR, __file__, 1,
                               "caller %s", ("+7 914 123-45-67",), None)
    line = MaskingFormatter(LAYOUT).format(record)
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ERROR workstation\.crash ", line)
    assert line.endswith(f"caller {MASK}")
