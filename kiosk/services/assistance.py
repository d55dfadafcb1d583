"""Customers at a kiosk asking for an associate: the kiosk records the request; every
associate tablet of the store shows it (the `assistance` feed) until one answers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import record_event
from kiosk.store import LocalStore
from kiosk.store.models import AssistanceEntry, OutboxEvent
from sync.protocol import (
    MAX_ASSISTANCE_NOTE,
    AssistanceAnsweredPayload,
    AssistanceKind,
    AssistanceRequestedPayload,
)
from sync.rules.refusals import Refusal
from sync.sqltypes import utcnow


@dataclass(frozen=True)
class AssistanceRow:
    request_id: str
    kind: AssistanceKind
    first_name: str
    note: str
    requested_at: datetime | None


def request_assistance(store: LocalStore, kind: AssistanceKind, customer_id: str | None = None,
                       order_id: str | None = None, note: str = "") -> str:
    """Record the request (sent at the next sync round); returns its id."""
    request_id = str(uuid.uuid4())
    with store.write() as session:
        record_event(session, f"assistance:{request_id}", AssistanceRequestedPayload(
            request_id=request_id, kind=kind, customer_id=customer_id, order_id=order_id,
            note=note[:MAX_ASSISTANCE_NOTE]))
    return request_id


def open_requests(store: LocalStore) -> list[AssistanceRow]:
    """Unanswered requests, oldest first; those this tablet answered (not sent yet) gone."""
    with store.read() as session:
        answered_here = {e.removeprefix("assistance:") for e in session.scalars(
            select(OutboxEvent.entity).where(OutboxEvent.type == "assistance.answered",
                                             OutboxEvent.state == "pending"))}
        entries = [e.record() for e in session.scalars(select(AssistanceEntry))]
        rows = [AssistanceRow(request_id=e.id, kind=e.kind, first_name=e.first_name or "",
                              note=e.note, requested_at=e.requested_at)
                for e in entries if e.answered_at is None and e.id not in answered_here]
    return sorted(rows, key=lambda r: (r.requested_at or utcnow(), r.request_id))


def answer(store: LocalStore, request_id: str) -> None:
    """"I'm on my way": the other tablets stop showing it once the server has it."""
    with store.write() as session:
        entry = session.get(AssistanceEntry, request_id)
        if entry is None or entry.record().answered_at is not None:
            raise ActionRefused(Refusal.ASSISTANCE_ANSWERED)
        record_event(session, f"assistance:{request_id}",
                     AssistanceAnsweredPayload(request_id=request_id))
