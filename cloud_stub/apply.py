"""Applying device events: each event once, judged against the server's state.

The event id is the idempotency key and is kept forever: an event sent again,
whatever happened in between, answers `duplicate` with the first outcome.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from cloud_stub import assistance, pickup, returns
from cloud_stub.clock import next_version
from cloud_stub.models import (
    Cart,
    CartHandover,
    Customer,
    Device,
    DeviceEvent,
    Order,
    RejectedEvent,
    Reservation,
    StockLevel,
    live_customer,
)
from cloud_stub.outcome import APPLIED, Outcome
from sync.protocol import (
    EVENT_PAYLOADS,
    MAX_RESERVATION_MINUTES,
    CartHandedOverPayload,
    CustomerIdentifiedPayload,
    Event,
    EventBatch,
    EventBatchResult,
    EventResult,
    StockReservedPayload,
    WireModel,
)
from sync.sqltypes import utcnow

# One batch at a time per server process: SQLite has one writer anyway, and checking
# "is this id known?" then inserting must not interleave between two requests.
_apply_lock = threading.Lock()


def _customer_identified(session: Session, device: Device, event: Event,
                         payload: WireModel) -> Outcome:
    assert isinstance(payload, CustomerIdentifiedPayload)
    customer = live_customer(session, payload.customer_id)
    if customer is None:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    return APPLIED


def _stock_reserved(session: Session, device: Device, event: Event,
                    payload: WireModel) -> Outcome:
    assert isinstance(payload, StockReservedPayload)
    customer = live_customer(session, payload.customer_id)
    if customer is None:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    level = session.get(StockLevel, (device.store_id, payload.product_id))
    if level is None:
        return Outcome("rejected", f"product {payload.product_id} is not stocked here")
    now = utcnow()
    if payload.expires_at <= now:
        return Outcome("rejected", "the reservation had already expired when it arrived")
    reserved = session.scalar(select(func.coalesce(func.sum(Reservation.quantity), 0)).where(
        Reservation.store_id == device.store_id, Reservation.product_id == payload.product_id,
        Reservation.expires_at > now)) or 0
    if level.quantity - reserved < payload.quantity:
        return Outcome("conflict", f"only {max(level.quantity - reserved, 0)} left to reserve",
                       {"product_id": payload.product_id, "available": level.quantity - reserved})
    expires = min(payload.expires_at, now + timedelta(minutes=MAX_RESERVATION_MINUTES))
    session.add(Reservation(id=str(payload.reservation_id), store_id=device.store_id,
                            product_id=payload.product_id, size=payload.size,
                            quantity=payload.quantity, customer_id=payload.customer_id,
                            device_id=device.id, created_at=event.occurred_at,
                            expires_at=expires))
    level.version = next_version(session)  # the stock feed carries the reservation
    return APPLIED


def _cart_handed_over(session: Session, device: Device, event: Event,
                      payload: WireModel) -> Outcome:
    assert isinstance(payload, CartHandedOverPayload)
    customer = live_customer(session, payload.customer_id)
    if customer is None:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    if session.get(CartHandover, payload.basket_ref) is not None:
        return Outcome("rejected", f"basket {payload.basket_ref} was already handed over")
    lines = [line.model_dump(mode="json") for line in payload.lines]
    session.add(CartHandover(
        basket_ref=payload.basket_ref, store_id=device.store_id, device_id=device.id,
        customer_id=payload.customer_id, cart_id=payload.cart_id, lines=lines,
        total_cents=sum(line.quantity * line.unit_price_cents for line in payload.lines),
        handed_over_at=event.occurred_at))
    cart = session.get(Cart, payload.cart_id) if payload.cart_id else None
    if cart is not None and cart.customer_id == payload.customer_id and cart.status == "open":
        cart.status = "handed_over"  # the online cart now lives in the store's basket
        customer.version = next_version(session)
    return APPLIED


HANDLERS: dict[str, Callable[[Session, Device, Event, WireModel], Outcome]] = {
    "customer.identified": _customer_identified,
    **pickup.HANDLERS,
    "stock.reserved": _stock_reserved,
    "cart.handed_over": _cart_handed_over,
    **returns.HANDLERS,
    **assistance.HANDLERS,
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


def _prefetch(session: Session, batch: EventBatch) -> list[object]:
    """Load the customers and orders a batch mentions in one query each, so that the
    handlers' `session.get` finds them in the identity map instead of asking one by one.
    The caller keeps the returned rows alive for the length of the batch."""
    mentioned: dict[type, set[str]] = {Customer: set(), Order: set()}
    for event in batch.events:
        for key, model in (("customer_id", Customer), ("order_id", Order)):
            value = event.payload.get(key)
            if isinstance(value, str):
                mentioned[model].add(value)
    loaded: list[object] = []
    for model, ids in mentioned.items():
        if ids:
            loaded += session.scalars(select(model).where(model.id.in_(ids))).all()
    return loaded


def highest_seq(session: Session, device_id: str) -> int:
    value = session.execute(
        select(func.max(DeviceEvent.seq)).where(DeviceEvent.device_id == device_id)
    ).scalar_one()
    return int(value or 0)


@dataclass(frozen=True)
class _Known:
    device_id: str
    status: str
    reason: str | None
    details: dict[str, Any] | None


def apply_batch(session: Session, device: Device, batch: EventBatch) -> EventBatchResult:
    """Apply a batch in one transaction, commit it, and answer one result per event.

    What is already known is read in two queries and new rows are written in one
    statement, so a long weekend's backlog drains at thousands of events a second.
    Rejected events are logged for audit but not remembered as applied, so that the
    device can send them again once their cause is fixed.
    """
    with _apply_lock:
        _loaded = _prefetch(session, batch)
        ids = [str(e.id) for e in batch.events]
        known = {
            row.id: _Known(row.device_id, row.status, row.reason, row.details)
            for row in session.scalars(select(DeviceEvent).where(DeviceEvent.id.in_(ids)))
        }
        seq_owner = dict(session.execute(
            select(DeviceEvent.seq, DeviceEvent.id).where(
                DeviceEvent.device_id == device.id,
                DeviceEvent.seq.in_([e.seq for e in batch.events]))
        ).all())
        received = utcnow()
        accepted: list[dict[str, Any]] = []
        refused: list[dict[str, Any]] = []
        results: list[EventResult] = []
        refused_entities: dict[str, int] = {}
        for event in batch.events:
            event_id = str(event.id)
            if event.entity in refused_entities:
                # Events of an entity keep their order: behind a refused one, the rest waits.
                behind = refused_entities[event.entity]
                results.append(EventResult(
                    id=event.id, status="rejected",
                    reason=f"waits behind event seq {behind} of {event.entity}, which was refused",
                    details={"held_behind": behind}))
                continue
            prior = known.get(event_id)
            if prior is not None:
                if prior.device_id != device.id:
                    results.append(EventResult(id=event.id, status="rejected",
                                               reason="event id already used by another device"))
                else:
                    results.append(EventResult(
                        id=event.id, status="duplicate", reason=prior.reason,
                        details={"first_status": prior.status, **(prior.details or {})}))
                continue
            owner = seq_owner.get(event.seq)
            if owner is not None and owner != event_id:
                outcome = Outcome("rejected",
                                  f"seq {event.seq} already holds another event of this device")
            else:
                outcome = _judge(session, device, event)
            results.append(EventResult(id=event.id, status=outcome.status, reason=outcome.reason,
                                       details=outcome.details))
            if outcome.status == "rejected":
                refused_entities[event.entity] = event.seq
                refused.append({
                    "event_id": event_id, "device_id": device.id, "seq": event.seq,
                    "type": event.type, "entity": event.entity, "payload": event.payload,
                    "reason": outcome.reason or "", "received_at": received})
                continue
            accepted.append({
                "id": event_id, "device_id": device.id, "store_id": device.store_id,
                "seq": event.seq, "type": event.type, "entity": event.entity,
                "occurred_at": event.occurred_at, "received_at": received,
                "payload": event.payload, "status": outcome.status, "reason": outcome.reason,
                "details": outcome.details, "actor": event.actor})
            known[event_id] = _Known(device.id, outcome.status, outcome.reason, outcome.details)
            seq_owner[event.seq] = event_id
        session.flush()  # handlers' state changes before the bulk inserts
        if accepted:
            session.execute(insert(DeviceEvent), accepted)
        if refused:
            session.execute(insert(RejectedEvent), refused)
        answer = EventBatchResult(results=results, highest_seq=highest_seq(session, device.id))
        session.commit()
        return answer
