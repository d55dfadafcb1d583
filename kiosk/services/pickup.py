"""The click & collect desk: this store's orders from the local copy, and check-in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.pickup import DeskBucket, PickupState, can_check_in, desk_bucket
from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import record_event
from kiosk.store import LocalStore
from kiosk.store.models import LocalOrder, OutboxEvent
from sync.sqltypes import utcnow

CheckInMethod = Literal["pass", "code", "name_and_id", "associate"]


@dataclass(frozen=True)
class PickupRow:
    order_id: str
    number: str
    customer_name: str
    bucket: DeskBucket
    pickup_state: str
    pending: bool
    """This device changed the order and the server has not confirmed it yet."""
    ready_at: datetime | None
    pickup_deadline: datetime | None
    total_cents: int
    items: int


BUCKET_ORDER = [DeskBucket.WAITING, DeskBucket.OVERDUE, DeskBucket.READY,
                DeskBucket.TO_PREPARE, DeskBucket.COLLECTED, DeskBucket.CLOSED]
"""The desk's queue, most urgent first: a customer waiting now comes before everything."""


def _row(order: LocalOrder, pending: bool, now: datetime) -> PickupRow:
    state = order.local_pickup_state if pending else order.pickup_state
    return PickupRow(
        order_id=order.id,
        number=order.number,
        customer_name=order.customer_name or "",
        bucket=desk_bucket(state, order.pickup_deadline, now),
        pickup_state=state or "",
        pending=pending,
        ready_at=order.ready_at,
        pickup_deadline=order.pickup_deadline,
        total_cents=order.total_cents,
        items=sum(int(line["quantity"]) for line in order.data.get("lines", [])),
    )


def _pending_entities(session: Session, entities: list[str]) -> set[str]:
    if not entities:
        return set()
    return set(session.scalars(
        select(OutboxEvent.entity).where(OutboxEvent.state == "pending",
                                         OutboxEvent.entity.in_(entities))
    ))


def pickup_queue(store: LocalStore, store_id: str, now: datetime | None = None) -> list[PickupRow]:
    """This store's click & collect orders, most urgent first."""
    now = now or utcnow()
    with store.read() as session:
        orders = session.scalars(
            select(LocalOrder)
            .where(LocalOrder.store_id == store_id, LocalOrder.fulfilment == "click_collect")
        ).all()
        pending = _pending_entities(session, [f"order:{o.id}" for o in orders])
        rows = [
            _row(o, f"order:{o.id}" in pending and o.local_pickup_state is not None, now)
            for o in orders
        ]
    rows.sort(key=lambda r: (BUCKET_ORDER.index(r.bucket), r.number))
    return rows


def check_in(store: LocalStore, order_id: str, method: CheckInMethod = "associate") -> PickupRow:
    """The customer is at the desk: mark the order checked in and record the event."""
    with store.write() as session:
        order = session.get(LocalOrder, order_id)
        if order is None or order.fulfilment != "click_collect":
            raise ActionRefused("order_unknown", order_id=order_id)
        current = order.local_pickup_state or order.pickup_state
        if not can_check_in(current):
            raise ActionRefused("not_ready_for_check_in", number=order.number,
                                state=current or "")
        order.local_pickup_state = PickupState.CHECKED_IN
        record_event(session, "pickup.checked_in", f"order:{order.id}",
                     {"order_id": order.id, "method": method})
        return _row(order, True, utcnow())

