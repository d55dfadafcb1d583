"""Applying device events: each event once, judged against the server's state.

The event id is the idempotency key and is kept forever: an event sent again,
whatever happened in between, answers `duplicate` with the first outcome. The database
keeps it so, not the process: a batch first locks its device's row (its events are a
sequence), so the same batch handed to two API processes at once is applied by the first
and answered `duplicate` by the second; and the event id is the primary key, so no event
is ever recorded twice, whatever reaches the database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

# Each judging module registers its handlers when imported.
from cloud_stub.core import metrics
from cloud_stub.crud.clock import note_version_base, version_base
from cloud_stub.judging import assistance, customers, feedback, pickup, returns  # noqa: F401
from cloud_stub.judging.authority import StaffAccount, authorise_payload, authorise_sender
from cloud_stub.judging.customers import count_reservations, note_baskets
from cloud_stub.judging.outcome import Outcome
from cloud_stub.judging.registry import HANDLERS
from cloud_stub.models import (
    Customer,
    Device,
    DeviceEvent,
    Order,
    RejectedEvent,
    StockLevel,
)
from sync.protocol import (
    EVENT_PAYLOADS,
    Event,
    EventBatch,
    EventBatchResult,
    EventResult,
)
from sync.sqltypes import utcnow

log = logging.getLogger(__name__)

ATTEMPTS = 3
"""A batch that lost a race (deadlock, an event id taken meanwhile) is judged again."""
_RETRIED_PGCODES = {"40001", "40P01", "23505"}  # serialization, deadlock, unique violation


def _judge(session: Session, device: Device, event: Event,
           accounts: dict[str, StaffAccount | None]) -> Outcome:
    """Deny by default: the device and its staff member first, then the payload, then the
    facts against the server's state."""
    model = EVENT_PAYLOADS.get(event.type)
    handler = HANDLERS.get(model) if model is not None else None
    if model is None or handler is None:
        return Outcome("rejected", f"unknown event type {event.type!r}")
    account = authorise_sender(session, device, event, accounts)
    if isinstance(account, Outcome):
        return account
    try:
        payload = model.model_validate(event.payload)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'payload'}: {err['msg']}"
            for err in exc.errors()
        )
        return Outcome("rejected", f"invalid {event.type} payload: {problems}")
    refused = authorise_payload(device, account, payload)
    if refused is not None:
        return refused
    return handler(session, device, event, payload)


def _prefetch(session: Session, device: Device, batch: EventBatch) -> list[object]:
    """Load and lock the rows the batch's events change: its customers, orders and, for
    reservations, the store's stock rows, one query each and in key order (two batches
    touching the same rows take their locks in the same order). Another process judging
    an event on the same order or customer waits for this batch to commit, then judges
    against its outcome, as one process judging both one after the other would. The
    handlers' `session.get` then finds them in the identity map; the caller keeps the
    returned rows alive for the length of the batch."""
    mentioned: dict[type[Customer] | type[Order], set[str]] = {Customer: set(), Order: set()}
    reserved: set[str] = set()
    for event in batch.events:
        for key, model in (("customer_id", Customer), ("order_id", Order)):
            value = event.payload.get(key)
            if isinstance(value, str):
                mentioned[model].add(value)
        product = event.payload.get("product_id")
        if event.type == "stock.reserved" and isinstance(product, str):
            reserved.add(product)
    loaded: list[object] = []
    for model, ids in mentioned.items():
        if ids:
            loaded += session.scalars(select(model).where(model.id.in_(ids))
                                      .order_by(model.id).with_for_update()).all()
    if reserved:
        loaded += session.scalars(select(StockLevel).where(
            StockLevel.store_id == device.store_id, StockLevel.product_id.in_(reserved))
            .order_by(StockLevel.product_id).with_for_update()).all()
        count_reservations(session, device.store_id, reserved)
    baskets = [e.payload["basket_ref"] for e in batch.events if e.type == "cart.handed_over"
               and isinstance(e.payload.get("basket_ref"), str)]
    if baskets:
        note_baskets(session, baskets)
    return loaded


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
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _apply(session, device, batch)
        except DBAPIError as exc:
            session.rollback()
            code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
            if code not in _RETRIED_PGCODES or attempt == ATTEMPTS:
                raise
            log.info("batch of device %s lost a race (%s); judging it again", device.id, code)
    raise AssertionError("unreachable")


def _claim(session: Session, device: Device) -> int:
    """Lock the device's row for this transaction: its batches are judged one after the
    other, whichever process receives them; other devices never wait on it. (SQLite has
    one writer at a time already.) Answers the highest seq held before the batch; the
    transaction's feed version base comes in the same round trip."""
    held = select(func.max(DeviceEvent.seq)).where(
        DeviceEvent.device_id == device.id).scalar_subquery()
    base = version_base(session)
    columns = [Device.id, held] if base is None else [Device.id, held, base]
    row = session.execute(select(*columns).where(Device.id == device.id)
                          .with_for_update(of=Device)).one()
    if base is not None:
        note_version_base(session, int(row[2]))
    return int(row[1] or 0)


def _apply(session: Session, device: Device, batch: EventBatch) -> EventBatchResult:
    session.info.clear()  # what handlers noted of an attempt that was rolled back goes too
    highest = _claim(session, device)
    _loaded = _prefetch(session, device, batch)
    ids = [str(e.id) for e in batch.events]
    known: dict[str, _Known] = {}
    seq_owner: dict[int, str] = {}
    for stored in session.execute(select(
            DeviceEvent.id, DeviceEvent.device_id, DeviceEvent.seq, DeviceEvent.status,
            DeviceEvent.reason, DeviceEvent.details).where(or_(
                DeviceEvent.id.in_(ids),
                and_(DeviceEvent.device_id == device.id,
                     DeviceEvent.seq.in_([e.seq for e in batch.events]))))):
        if stored.id in ids:
            known[stored.id] = _Known(stored.device_id, stored.status, stored.reason,
                                      stored.details)
        if stored.device_id == device.id:
            seq_owner[stored.seq] = stored.id
    received = utcnow()
    accounts: dict[str, StaffAccount | None] = {}
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
            outcome = _judge(session, device, event, accounts)
        results.append(EventResult(id=event.id, status=outcome.status, reason=outcome.reason,
                                   details=outcome.details))
        if outcome.status == "rejected":
            refused_entities[event.entity] = event.seq
            refused.append({
                "event_id": event_id, "device_id": device.id, "seq": event.seq,
                "type": event.type, "entity": event.entity, "payload": event.payload,
                "reason": outcome.reason or "", "received_at": received,
                "actor": event.actor})
            continue
        row = {
            "id": event_id, "device_id": device.id, "store_id": device.store_id,
            "seq": event.seq, "type": event.type, "entity": event.entity,
            "occurred_at": event.occurred_at, "received_at": received,
            "payload": event.payload, "status": outcome.status, "reason": outcome.reason,
            "details": outcome.details, "actor": event.actor}
        if outcome.status == "conflict":
            # Written at once (conflicts are rare): a later event of this batch may stand
            # on it, as the voucher of a return in conflict is put on hold.
            session.flush()
            session.execute(insert(DeviceEvent), [row])
        else:
            accepted.append(row)
        known[event_id] = _Known(device.id, outcome.status, outcome.reason, outcome.details)
        seq_owner[event.seq] = event_id
        highest = max(highest, event.seq)
    session.flush()  # handlers' state changes before the bulk inserts
    if accepted:
        session.execute(insert(DeviceEvent), accepted)
    if refused:
        session.execute(insert(RejectedEvent), refused)
    answer = EventBatchResult(results=results, highest_seq=highest)
    session.commit()
    for event, result in zip(batch.events, results, strict=True):
        kind = event.type if event.type in EVENT_PAYLOADS else "unknown"
        metrics.EVENTS.labels(kind, result.status).inc()
    return answer
