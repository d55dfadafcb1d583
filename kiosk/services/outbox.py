"""Recording events in the outbox, inside the caller's transaction."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.store.models import OutboxEvent
from sync.protocol import EVENT_PAYLOADS
from sync.sqltypes import utcnow


def next_seq(session: Session) -> int:
    """Gap-free: the writer holds the write lock (BEGIN IMMEDIATE) while it allocates."""
    highest = session.execute(select(func.coalesce(func.max(OutboxEvent.seq), 0))).scalar_one()
    return int(highest) + 1


def record_event(session: Session, type_: str, entity: str, payload: dict[str, Any],
                 occurred_at: datetime | None = None) -> OutboxEvent:
    """Add an event to the outbox in the caller's transaction; it commits with the state change.

    The payload is checked against the protocol here, so an event the server could never
    accept is refused at once instead of becoming a dead letter later.
    """
    model = EVENT_PAYLOADS.get(type_)
    if model is None:
        raise ValueError(f"no payload model for event type {type_!r}")
    clean = model.model_validate(payload).model_dump(mode="json")
    event = OutboxEvent(
        seq=next_seq(session),
        id=str(uuid.uuid4()),
        type=type_,
        entity=entity,
        occurred_at=occurred_at or utcnow(),
        payload=clean,
        state="pending",
    )
    session.add(event)
    session.flush()
    return event
