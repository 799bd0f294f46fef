"""A customer's local time zone: from the address, else from the phone code (ARCHITECTURE:
"customer-local times come from their phone code or address").

Mobile numbers (+7 9xx) span all eleven Russian zones, so the phone code only helps for
landlines; the address is asked first.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import phonenumbers
from phonenumbers import timezone as phone_timezones
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Account, Address, Customer
from workstation.regions import REGIONS

_UNKNOWN = "Etc/Unknown"
# phonenumbers names some Russian zones by a foreign city of the same offset (+7 4012, the
# Kaliningrad code, gives Europe/Bucharest); the customer must see their own zone's name.
_SAME_OFFSET_IN_RUSSIA = {"Europe/Bucharest": "Europe/Kaliningrad"}
# Our own table of area codes (workstation/regions.py) is asked first: it knows every town the
# desk serves and names the zone as the address would.
_AREA_ZONES = {town.area_code: region.time_zone for region in REGIONS for town in region.towns}
_AREA_CODE_LENGTHS = sorted({len(code) for code in _AREA_ZONES}, reverse=True)


def phone_zone(number: str) -> str:
    """The one zone a phone number's code belongs to, or "" when it names none or several."""
    try:
        parsed = phonenumbers.parse(number, "RU")
    except phonenumbers.NumberParseException:
        return ""
    if parsed.country_code == 7:
        national = str(parsed.national_number)
        for length in _AREA_CODE_LENGTHS:
            zone = _AREA_ZONES.get(national[:length])
            if zone:
                return zone
    zones = [zone for zone in phone_timezones.time_zones_for_number(parsed) if zone != _UNKNOWN]
    if len(zones) != 1:
        return ""
    return _SAME_OFFSET_IN_RUSSIA.get(zones[0], zones[0]) if parsed.country_code == 7 else (
        zones[0])


def customer_zones(session: Session, customer_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """customer id → IANA zone of their address (the first open account's, else the legal one).

    One query for any number of customers, so registering many appeals stays set-based.
    """
    wanted = list(dict.fromkeys(customer_ids))
    found: dict[uuid.UUID, str] = {}
    for start in range(0, len(wanted), 500):  # bounded IN lists on both backends
        chunk = wanted[start:start + 500]
        rows = session.execute(
            select(Account.customer_id, Address.time_zone)
            .join(Address, Address.id == Account.address_id)
            .where(Account.customer_id.in_(chunk))
            .order_by(Account.customer_id, Account.closed_on.is_not(None), Account.opened_on))
        for customer_id, zone in rows:
            found.setdefault(customer_id, zone)
        missing = [customer_id for customer_id in chunk if customer_id not in found]
        if missing:
            legal = session.execute(
                select(Customer.id, Address.time_zone)
                .join(Address, Address.id == Customer.address_id)
                .where(Customer.id.in_(missing)))
            for customer_id, zone in legal:
                found[customer_id] = zone
    return found


def customer_zone(session: Session, customer_id: uuid.UUID | None, phone: str = "") -> str:
    """The zone of one customer's address, else of the phone number's code, else ""."""
    if customer_id is not None:
        zone = customer_zones(session, [customer_id]).get(customer_id, "")
        if zone:
            return zone
    return phone_zone(phone) if phone else ""
