"""Recording events in the outbox, inside the caller's transaction."""

from __future__ import annotations

import uuid
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kiosk.store.models import OutboxEvent
from sync.protocol import EVENT_PAYLOADS, EventPayload
from sync.sqltypes import table_of, utcnow

acting_staff: ContextVar[str | None] = ContextVar("acting_staff", default=None)
"""Who is logged in (`<store>:<number>`), for the events recorded in this context. The GUI
sets it at login; the task runner hands a copy of the GUI's context to every job, so an
action records who started it even when the user switches before it commits."""

_MAX_SEQ = select(func.coalesce(func.max(OutboxEvent.seq), 0))
_INSERT = insert(table_of(OutboxEvent))


def next_seq(session: Session) -> int:
    """Gap-free: the writer holds the write lock (BEGIN IMMEDIATE) while it allocates."""
    return int(session.connection().execute(_MAX_SEQ).scalar_one()) + 1


@dataclass(frozen=True)
class RecordedEvent:
    seq: int
    id: str


def record_event(session: Session, entity: str, payload: EventPayload,
                 occurred_at: datetime | None = None) -> RecordedEvent:
    """Add an event to the outbox in the caller's transaction; it commits with the state change.

    The event's type is its payload model's; the model checked the payload when the
    service built it, so an event the server could never accept is refused at once instead
    of becoming a dead letter later. Core statements on the transaction's connection, not
    the ORM: this runs once per user action, and every millisecond here is one the
    associate waits for.
    """
    type_ = getattr(payload, "event_type", None)
    if type_ is None or EVENT_PAYLOADS.get(type_) is not type(payload):
        raise ValueError(f"{type(payload).__name__} is not an event the protocol carries")
    clean = payload.model_dump(mode="json")
    event = RecordedEvent(seq=next_seq(session), id=str(uuid.uuid4()))
    session.connection().execute(_INSERT, {
        "seq": event.seq, "id": event.id, "type": type_, "entity": entity,
        "occurred_at": occurred_at or utcnow(), "payload": clean, "state": "pending",
        "attempts": 0, "actor": acting_staff.get()})
    return event
