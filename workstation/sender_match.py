"""Who sent an e-mail or a web form: the customer whose contact points (or account) match.

DB-1: the company knows its customers' e-mail addresses and phones; an appeal from one of them
is filed to that customer without asking. When the sender matches nobody, or several customers
share the address (a family's e-mail, a company's switchboard), the appeal is flagged for the
operator to match, with the candidates offered.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Account, ContactPoint, Customer
from workstation.search_text import phone_e164

MAX_CANDIDATES = 10


@dataclass(frozen=True)
class SenderMatch:
    customer_id: uuid.UUID | None
    by: str  # account | email | phone | "" — what decided it
    candidates: tuple[tuple[uuid.UUID, str], ...] = ()  # (id, name) when undecided

    @property
    def matched(self) -> bool:
        return self.customer_id is not None


def _by_contact(session: Session, kind: str, values: list[str]) -> set[uuid.UUID]:
    if not values:
        return set()
    return set(session.scalars(select(ContactPoint.customer_id)
                               .where(ContactPoint.kind == kind, ContactPoint.value.in_(values))
                               .distinct().limit(MAX_CANDIDATES + 1)))


def _email_spellings(email: str) -> list[str]:
    # Stored addresses keep the local part as typed (contacts.normalise_email lowers only the
    # domain); senders' programs vary its case. Both spellings go through the value index.
    email = email.strip()
    if "@" not in email:
        return []
    local, _, domain = email.rpartition("@")
    spellings = {f"{local}@{domain.lower()}", f"{local.lower()}@{domain.lower()}"}
    return sorted(spellings)


def match_sender(session: Session, *, email: str = "", phone: str = "",
                 account: str = "") -> SenderMatch:
    found: list[tuple[str, set[uuid.UUID]]] = []
    if account.strip():
        owners = set(session.scalars(select(Account.customer_id)
                                     .where(Account.number == account.strip())))
        found.append(("account", owners))
    if email.strip():
        found.append(("email", _by_contact(session, "email", _email_spellings(email))))
    e164 = phone_e164(phone) if phone.strip() else None
    if e164:
        found.append(("phone", _by_contact(session, "phone", [e164])))
    for source, ids in found:  # the strongest evidence that names one customer decides
        if len(ids) == 1:
            return SenderMatch(next(iter(ids)), source)
    non_empty = [ids for _source, ids in found if ids]
    if non_empty:
        common = set.intersection(*non_empty)
        if len(common) == 1:
            return SenderMatch(next(iter(common)), "+".join(s for s, ids in found if ids))
    union = set().union(*non_empty) if non_empty else set()
    return SenderMatch(None, "", _named(session, union))


def _named(session: Session, ids: set[uuid.UUID]) -> tuple[tuple[uuid.UUID, str], ...]:
    if not ids:
        return ()
    rows = session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids))
                           .order_by(Customer.name).limit(MAX_CANDIDATES))
    return tuple((row_id, name) for row_id, name in rows)
