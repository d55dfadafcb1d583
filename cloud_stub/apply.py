"""Applying device events: each event once, judged against the server's state.

The event id is the idempotency key and is kept forever: an event sent again,
whatever happened in between, answers `duplicate` with the first outcome.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cloud_stub.clock import next_version
from cloud_stub.models import Customer, Device, DeviceEvent, Order
from sync.protocol import (
    EVENT_PAYLOADS,
    CustomerIdentifiedPayload,
    Event,
    EventBatch,
    EventBatchResult,
    EventResult,
    EventStatus,
    PickupCheckedInPayload,
    WireModel,
)
from sync.sqltypes import utcnow

# One batch at a time per server process: SQLite has one writer anyway, and checking
# "is this id known?" then inserting must not interleave between two requests.
_apply_lock = threading.Lock()


@dataclass(frozen=True)
class Outcome:
    status: EventStatus
    reason: str | None = None
    details: dict[str, Any] | None = None


APPLIED = Outcome("applied")


def _customer_identified(session: Session, device: Device, event: Event,
                         payload: WireModel) -> Outcome:
    assert isinstance(payload, CustomerIdentifiedPayload)
    customer = session.get(Customer, payload.customer_id)
    if customer is None or customer.deleted:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    return APPLIED


def _pickup_checked_in(session: Session, device: Device, event: Event,
                       payload: WireModel) -> Outcome:
    assert isinstance(payload, PickupCheckedInPayload)
    order = session.get(Order, payload.order_id)
    if order is None or order.fulfilment != "click_collect":
        return Outcome("rejected", f"unknown click & collect order {payload.order_id}")
    if order.store_id != device.store_id:
        return Outcome("rejected", f"order {order.number} is collected at another store")
    if order.pickup_state == "checked_in":
        return Outcome("applied", details={"already_checked_in": True})
    if order.pickup_state != "ready":
        return Outcome(
            "conflict",
            f"order {order.number} is {order.pickup_state}, not ready for pickup",
            {"order_id": order.id, "server_state": order.pickup_state},
        )
    order.pickup_state = "checked_in"
    order.checked_in_at = event.occurred_at
    order.version = next_version(session)
    return APPLIED


HANDLERS: dict[str, Callable[[Session, Device, Event, WireModel], Outcome]] = {
    "customer.identified": _customer_identified,
    "pickup.checked_in": _pickup_checked_in,
}


def _judge(session: Session, device: Device, event: Event) -> Outcome:
    model = EVENT_PAYLOADS.get(event.type)
    handler = HANDLERS.get(event.type)
    if model is None or handler is None:
        return Outcome("rejected", f"unknown event type {event.type!r}")
    try:
        payload = model.model_validate(event.payload)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'payload'}: {err['msg']}"
            for err in exc.errors()
        )
        return Outcome("rejected", f"invalid {event.type} payload: {problems}")
    return handler(session, device, event, payload)


def highest_seq(session: Session, device_id: str) -> int:
    value = session.execute(
        select(func.max(DeviceEvent.seq)).where(DeviceEvent.device_id == device_id)
    ).scalar_one()
    return int(value or 0)


def apply_batch(session: Session, device: Device, batch: EventBatch) -> EventBatchResult:
    """Apply a batch in one transaction, commit it, and answer one result per event."""
    with _apply_lock:
        results: list[EventResult] = []
        received = utcnow()
        for event in batch.events:
            event_id = str(event.id)
            known = session.get(DeviceEvent, event_id)
            if known is not None:
                if known.device_id != device.id:
                    results.append(EventResult(id=event.id, status="rejected",
                                               reason="event id already used by another device"))
                else:
                    results.append(EventResult(
                        id=event.id, status="duplicate", reason=known.reason,
                        details={"first_status": known.status, **(known.details or {})}))
                continue
            taken = session.execute(
                select(DeviceEvent.id).where(DeviceEvent.device_id == device.id,
                                             DeviceEvent.seq == event.seq)
            ).scalar_one_or_none()
            if taken is not None:
                results.append(EventResult(
                    id=event.id, status="rejected",
                    reason=f"seq {event.seq} already holds another event of this device"))
                continue
            outcome = _judge(session, device, event)
            session.add(DeviceEvent(
                id=event_id, device_id=device.id, store_id=device.store_id, seq=event.seq,
                type=event.type, entity=event.entity, occurred_at=event.occurred_at,
                received_at=received, payload=event.payload, status=outcome.status,
                reason=outcome.reason, details=outcome.details,
            ))
            session.flush()
            results.append(EventResult(id=event.id, status=outcome.status, reason=outcome.reason,
                                       details=outcome.details))
        answer = EventBatchResult(results=results, highest_seq=highest_seq(session, device.id))
        session.commit()
        return answer
