"""Reading the audit log a page at a time, filtered by person and kind of action."""

from __future__ import annotations

import pytest

from workstation.errors import PermissionDeniedError
from workstation.roles import Principal, Role
from workstation.services import Services


def _entries(services: Services, actions: list[tuple[str, str]]) -> None:
    with services.database.sessions.begin() as session:
        for login, action in actions:
            services.audit.record(session, action, actor_login=login)


def test_pages_follow_each_other_without_gaps(services: Services, cli_admin: Principal) -> None:
    _entries(services, [("ivanova", "login.success") for _ in range(25)])
    first = services.audit.recent(cli_admin, limit=10)
    second = services.audit.recent(cli_admin, limit=10, before_id=first[-1].id)
    third = services.audit.recent(cli_admin, limit=10, before_id=second[-1].id)
    ids = [r.id for r in first + second + third]
    assert len(ids) == 25 and ids == sorted(ids, reverse=True) and len(set(ids)) == 25


def test_filters_by_actor_and_action_prefix(services: Services, cli_admin: Principal) -> None:
    _entries(services, [("ivanova", "login.success"), ("petrov", "user.add"),
                        ("ivanova", "user_like.other"), ("Ivanova", "login.failure")])
    assert [r.action for r in services.audit.recent(cli_admin, actor_login="IVANOVA")] == [
        "user_like.other", "login.success"]
    # "_" in the prefix is a character, not a LIKE wildcard.
    assert [r.action for r in services.audit.recent(cli_admin, action_prefix="user.")] == [
        "user.add"]
    assert [r.action for r in services.audit.recent(cli_admin, action_prefix="login.")] == [
        "login.failure", "login.success"]


def test_only_supervisors_and_admins_read_it(services: Services) -> None:
    operator = Principal(None, "ivanova", "Иванова", frozenset({Role.OPERATOR}))
    with pytest.raises(PermissionDeniedError):
        services.audit.recent(operator)
    supervisor = Principal(None, "kuznetsov", "Кузнецов", frozenset({Role.SUPERVISOR}))
    assert services.audit.recent(supervisor) == []
