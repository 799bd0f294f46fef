"""What an open customer card supplies to the answers: ``CustomerFacts`` for the placeholders.

The card (issue 4) calls ``customer_facts(card)`` whenever it shows a customer and hands the
result to the answer library pane (``AnswerLibraryPane.set_customer``); later the reply editor
does the same. Names, account numbers and addresses are not confidential under TEL-5 (balances
and residents are), so they may fill an answer as soon as the card is open.
"""

from __future__ import annotations

from workstation.answer_placeholders import CustomerFacts
from workstation.customer_card import ContactInfo, CustomerCard


def customer_facts(card: CustomerCard, account_number: str | None = None) -> CustomerFacts:
    """The card's facts; with several accounts, the one named (else the first open one)."""
    open_accounts = [a for a in card.accounts if a.closed_on is None] or list(card.accounts)
    account = next((a for a in card.accounts if a.number == account_number), None) or (
        open_accounts[0] if open_accounts else None)
    contract = card.contracts[0] if card.contracts else None
    address = (account.address if account is not None
               else contract.address if contract is not None and contract.address
               else card.addresses[0].text if card.addresses else "")
    phones = [c for c in card.contacts if c.kind == "phone"]
    emails = [c for c in card.contacts if c.kind == "email"]

    def primary(contacts: list[ContactInfo]) -> str:
        chosen = next((c for c in contacts if c.is_primary), contacts[0] if contacts else None)
        return chosen.shown if chosen is not None else ""

    return CustomerFacts(
        full_name=card.name,
        first_name=card.first_name if card.is_person else "",
        patronymic=card.patronymic if card.is_person else "",
        account_number=account.number if account is not None else "",
        contract_number=contract.number if contract is not None else "",
        address=address,
        phone=primary(phones),
        email=primary(emails),
    )
