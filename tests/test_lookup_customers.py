"""New customers and contact changes: validation, duplicate warning, conflicts, the index."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, text

from db.models import AuditEntry, Customer, SearchEntry
from tests.helpers.customers import IVANOV, add_customers
from workstation.customers import ContactEdit, DuplicateCustomerError, NewCustomer
from workstation.errors import ConflictError, PermissionDeniedError, ValidationError
from workstation.lookup_results import MatchField
from workstation.roles import Principal, Role
from workstation.search_index import rebuild_search_index
from workstation.services import Services

OPERATOR = Principal(None, "cli:operator", "Оператор", frozenset({Role.OPERATOR}))


def petrova(**changes: str) -> NewCustomer:
    data = NewCustomer(last_name="Петрова", first_name="Алёна", patronymic="Игоревна",
                       phone="8 (924) 111-22-33", email="a.petrova@example.com",
                       region="Сахалинская область", locality="Южно-Сахалинск",
                       street="ул. Мира", house="7", flat="21", postal_code="693000",
                       account_number="6500999001")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def found(services: Services, query: str) -> list[str]:
    return [m.name.text for m in services.lookup.search(OPERATOR, query).matches]


def test_a_new_customer_is_found_at_once_by_every_desk(services: Services) -> None:
    customer_id = services.customers.create(OPERATOR, petrova())
    assert found(services, "Петрова") == ["Петрова Алёна Игоревна"]
    assert found(services, "петрова алена") == ["Петрова Алёна Игоревна"]
    assert found(services, "8 924 111 22 33") == ["Петрова Алёна Игоревна"]
    assert found(services, "Мира 7 кв 21") == ["Петрова Алёна Игоревна"]
    card = services.cards.card(OPERATOR, customer_id)
    assert [c.value for c in card.contacts] == ["+79241112233", "a.petrova@example.com"]
    assert card.accounts[0].number == "6500999001"
    assert card.addresses[0].time_zone == "Asia/Sakhalin"


@pytest.mark.parametrize(("change", "message"), [
    ({"phone": "123"}, "неверен"),
    ({"email": "petrova@"}, "электронной почты"),
    ({"postal_code": "69300"}, "шесть цифр"),
    ({"account_number": "65-00"}, "формату"),
    ({"last_name": ""}, "фамилию"),
    ({"street": "", "house": ""}, "адрес"),
])
def test_what_the_form_checks(services: Services, change: dict[str, str], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        services.customers.create(OPERATOR, petrova(**change))


def test_the_account_number_format_is_a_setting(services: Services, cli_admin: Principal) -> None:
    services.settings.set(cli_admin, "customers.account_number_pattern", r"^ЛС-\d{6}$")
    customer_id = services.customers.create(OPERATOR, petrova(account_number="ЛС-123456"))
    assert services.cards.card(OPERATOR, customer_id).accounts[0].number == "ЛС-123456"
    with pytest.raises(ValidationError, match="регулярное"):
        services.settings.set(cli_admin, "customers.account_number_pattern", "(")


def test_duplicates_are_reported_before_saving(services: Services) -> None:
    add_customers(services.database, IVANOV)
    twin = NewCustomer(last_name="Иванов", first_name="Иван", patronymic="Иванович",
                       phone="+7 914 123-45-67", locality="Южно-Сахалинск", street="ул. Ленина",
                       house="12", flat="5")
    with pytest.raises(DuplicateCustomerError) as caught:
        services.customers.create(OPERATOR, twin)
    assert [(d.name, d.reason) for d in caught.value.duplicates] == [
        (IVANOV.name, MatchField.PHONE)]
    assert [d.reason for d in services.customers.duplicates(OPERATOR, NewCustomer(
        last_name="Иванов", first_name="Иван", patronymic="Иванович",
        locality="Южно-Сахалинск", street="Ленина", house="12"))] == [MatchField.ADDRESS]
    # The operator looked and says it is somebody else: saved.
    services.customers.create(OPERATOR, twin, allow_duplicates=True)
    assert found(services, "Иванов Иван Иванович") == [IVANOV.name, IVANOV.name]


def test_contacts_change_with_a_conflict_on_stale_data(services: Services) -> None:
    customer_id = add_customers(services.database, IVANOV)[0]
    version = services.cards.card(OPERATOR, customer_id).version
    new_version = services.customers.update_contacts(
        OPERATOR, customer_id, version,
        [ContactEdit("phone", "8 914 765 43 21", "мобильный"), ContactEdit("email", "")],
        note="Просит звонить после 18:00.")
    assert new_version == version + 1
    assert found(services, "89147654321") == [IVANOV.name]
    assert found(services, "8 914 123 45 67") == []  # the old number is gone from the index
    with pytest.raises(ConflictError):  # a second desk saving over what it read before
        services.customers.update_contacts(OPERATOR, customer_id, version,
                                           [ContactEdit("phone", "+79140000000")])
    card = services.cards.card(OPERATOR, customer_id)
    assert [c.value for c in card.contacts] == ["+79147654321"]
    assert card.note == "Просит звонить после 18:00."


def test_an_invalid_contact_is_refused(services: Services) -> None:
    customer_id = add_customers(services.database, IVANOV)[0]
    with pytest.raises(ValidationError, match="электронной почты"):
        services.customers.update_contacts(OPERATOR, customer_id, 1,
                                           [ContactEdit("email", "нет")])


def test_creating_customers_needs_the_right(services: Services) -> None:
    signer = Principal(None, "signer", "Подписант", frozenset({Role.SIGNER}))
    with pytest.raises(PermissionDeniedError):
        services.customers.create(signer, petrova())


def test_creation_is_audited(services: Services) -> None:
    customer_id = services.customers.create(OPERATOR, petrova())
    with services.database.sessions() as session:
        assert session.scalar(select(AuditEntry.action)
                              .where(AuditEntry.object_id == str(customer_id))) == (
            "customer.create")


# -- the index itself ------------------------------------------------------------------------
def test_rebuild_indexes_customers_written_in_bulk(services: Services) -> None:
    add_customers(services.database, IVANOV)
    with services.database.sessions.begin() as session:
        session.execute(delete(SearchEntry))  # as after a bulk import
    assert found(services, "Иванов") == []
    seen: list[tuple[int, int]] = []
    report = rebuild_search_index(services.database,
                                  lambda done, total, _stage: seen.append((done, total)) or True)
    assert (report.indexed, report.cancelled) == (1, False)
    assert seen == [(0, 1), (1, 1)]
    assert found(services, "Иванов") == [IVANOV.name]
    assert rebuild_search_index(services.database).indexed == 0  # nothing left to do


def test_a_full_rebuild_and_a_cancelled_one(services: Services) -> None:
    add_customers(services.database, IVANOV)
    report = rebuild_search_index(services.database, lambda *_: False, full=True)
    assert report.cancelled and report.indexed == 0
    assert rebuild_search_index(services.database, full=True).indexed == 1
    assert found(services, "Иванов") == [IVANOV.name]


def test_a_deleted_customer_leaves_the_index(services: Services) -> None:
    customer_id = add_customers(services.database, IVANOV)[0]
    with services.database.sessions.begin() as session:
        session.execute(delete(Customer).where(Customer.id == customer_id))
    with services.database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SearchEntry)) == 0
        if services.database.is_sqlite:  # the FTS5 table followed through its trigger
            session.execute(text(
                "INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"))
    assert found(services, "Иванов") == []


def test_exact_identifiers_work_even_before_the_index_is_built(services: Services) -> None:
    add_customers(services.database, IVANOV)
    with services.database.sessions.begin() as session:
        session.execute(delete(SearchEntry))
    assert found(services, "6500123456") == [IVANOV.name]


