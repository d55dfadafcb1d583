"""What needs a person on the Sync page: dead letters and conflicts, until resolved."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select, update

from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import record_event
from kiosk.store import LocalStore
from kiosk.store.models import (
    NEEDS_ATTENTION,
    OPEN_DEAD_LETTER,
    LocalCustomer,
    LocalOrder,
    OutboxEvent,
)
from sync.protocol import EventDiscardedPayload
from sync.rules.refusals import Refusal
from sync.sqltypes import rows_changed, utcnow

AttentionKind = Literal["dead_letter", "conflict"]


@dataclass(frozen=True)
class AttentionItem:
    seq: int
    kind: AttentionKind
    event_type: str
    subject: str
    """What the event is about, as a person names it (order number, customer name)."""
    reason: str
    details: dict[str, Any]
    occurred_at: datetime


def attention_items(store: LocalStore) -> list[AttentionItem]:
    with store.read() as session:
        rows = session.scalars(
            select(OutboxEvent).where(NEEDS_ATTENTION).order_by(OutboxEvent.seq)).all()
        subjects: dict[str, str] = {}
        order_ids = [r.entity.removeprefix("order:") for r in rows if r.entity.startswith("order:")]
        for order_id, number in session.execute(
                select(LocalOrder.id, LocalOrder.number).where(LocalOrder.id.in_(order_ids))):
            subjects[f"order:{order_id}"] = number
        customer_ids = [r.entity.removeprefix("customer:") for r in rows
                        if r.entity.startswith("customer:")]
        for customer_id, first, last in session.execute(
                select(LocalCustomer.id, LocalCustomer.first_name, LocalCustomer.last_name)
                .where(LocalCustomer.id.in_(customer_ids))):
            subjects[f"customer:{customer_id}"] = f"{first} {last}"
        return [
            AttentionItem(
                seq=r.seq,
                kind="dead_letter" if r.state == "dead" else "conflict",
                event_type=r.type,
                subject=subjects.get(r.entity, r.entity.partition(":")[2] or r.entity),
                reason=r.result_reason or "",
                details=dict(r.result_details or {}),
                occurred_at=r.occurred_at,
            )
            for r in rows
        ]


def resolve(store: LocalStore, seq: int, by: str, manager: bool = True) -> None:
    """A person dealt with it. A dismissed dead letter lets the events held behind it flow.

    Dismissing a dead letter voids what it recorded (it will never reach the central
    system): only a manager may. Acknowledging a conflict is anyone's job."""
    with store.write() as session:
        dead = session.scalars(select(OutboxEvent).where(
            OutboxEvent.seq == seq, OPEN_DEAD_LETTER)).first()
        if dead is not None and not manager:
            raise ActionRefused(Refusal.MANAGER_ONLY)
        done = session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.seq == seq, NEEDS_ATTENTION)
            .values(resolved_at=utcnow(), resolved_by=by)
        )
        if rows_changed(done) != 1:
            raise ActionRefused(Refusal.NOTHING_TO_RESOLVE, seq=seq)
        if dead is not None:  # the central API keeps who voided what (and checks the role)
            record_event(session, f"outbox:{seq}", EventDiscardedPayload(
                discarded_id=uuid.UUID(dead.id), discarded_seq=seq,
                discarded_type=dead.type))


def retry(store: LocalStore, seq: int) -> None:
    """Send a dead letter again (its cause was fixed on the central side)."""
    with store.write() as session:
        done = session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.seq == seq, OPEN_DEAD_LETTER)
            .values(state="pending", result_status=None, result_reason=None,
                    result_details=None)
        )
        if rows_changed(done) != 1:
            raise ActionRefused(Refusal.NOTHING_TO_RESOLVE, seq=seq)
