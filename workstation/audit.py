"""The one writer of the audit log (and its reader for those allowed to see it)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import SessionFactory
from db.models import AuditEntry
from workstation.clock import Clock
from workstation.roles import Permission, Principal, require


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor_login: str
    action: str
    object_type: str | None
    object_id: str | None
    details: dict[str, Any] | None


class AuditLog:
    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def record(
        self,
        session: Session,
        action: str,
        *,
        actor: Principal | None = None,
        actor_login: str | None = None,
        object_type: str | None = None,
        object_id: uuid.UUID | str | None = None,
        details: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> None:
        """Add an entry inside the caller's transaction, so it commits with the action itself.

        ``at`` is for what happened just before it could be written (the desk locked, then
        recorded in the background); by default, now."""
        session.add(
            AuditEntry(
                at=at if at is not None else self._clock.now(),
                actor_id=actor.user_id if actor else None,
                actor_login=(actor.login if actor else actor_login) or "?",
                action=action,
                object_type=object_type,
                object_id=str(object_id) if object_id is not None else None,
                details=details,
            )
        )

    def recent(
        self,
        viewer: Principal,
        *,
        limit: int = 200,
        object_type: str | None = None,
        object_id: str | None = None,
        before_id: int | None = None,
        actor_login: str | None = None,
        action_prefix: str | None = None,
    ) -> list[AuditRecord]:
        """Newest first. Paging is by id (``before_id``: the last id of the previous page), so a
        page stays right while new entries arrive at the top, unlike OFFSET."""
        require(viewer, Permission.VIEW_AUDIT_LOG)
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if object_type is not None:
            query = query.where(AuditEntry.object_type == object_type)
        if object_id is not None:
            query = query.where(AuditEntry.object_id == object_id)
        if before_id is not None:
            query = query.where(AuditEntry.id < before_id)
        if actor_login:
            query = query.where(AuditEntry.actor_login == actor_login.strip().lower())
        if action_prefix:
            query = query.where(AuditEntry.action.startswith(action_prefix, autoescape=True))
        with self._sessions() as session:
            return [
                AuditRecord(e.id, e.at, e.actor_login, e.action, e.object_type, e.object_id,
                            e.details)
                for e in session.scalars(query)
            ]
