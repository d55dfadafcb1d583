"""Click & collect events from the pickup desk, judged against the order as the server has it.

A desk fact that the world has overtaken (the order was cancelled online, another tablet
handed it over first) is a `conflict` for a person to look at; a fact that could never
apply (an unknown line, more units than ordered) is `rejected`.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from cloud_stub.clock import next_version
from cloud_stub.models import (
    AssistanceRequest,
    Device,
    Order,
    PickupNotice,
    PolicyItem,
    Return,
    ReturnLine,
)
from cloud_stub.outcome import APPLIED, Outcome
from sync.protocol import (
    Event,
    PickupCheckedInPayload,
    PickupHandedOverPayload,
    PickupOrderPayload,
    PickupPreparedPayload,
    PickupReadyPayload,
    WireModel,
    paid_for,
)

PREPARABLE = ("to_prepare", "preparing")
ON_THE_SHELF = ("ready", "checked_in")
POLICY_DEFAULTS: dict[str, Any] = {"hold_days": 7, "extension_days": 3, "max_extensions": 1}


def pickup_policy(session: Session) -> dict[str, Any]:
    item = session.get(PolicyItem, ("pickup_policy", "default"))
    return {**POLICY_DEFAULTS, **(item.data if item else {})}


def _desk_order(session: Session, device: Device, order_id: str,
                states: Collection[str] | None = None, refused: str = "") -> Order | Outcome:
    """The device's store's click & collect order; with `states`, only while it is in one
    of them (otherwise a conflict: it moved on, and `refused` says what cannot be done)."""
    order = session.get(Order, order_id)
    if order is None or order.fulfilment != "click_collect":
        return Outcome("rejected", f"unknown click & collect order {order_id}")
    if order.store_id != device.store_id:
        return Outcome("rejected", f"order {order.number} is collected at another store")
    if states is not None and order.pickup_state not in states:
        return _moved_on(order, refused)
    return order


def _moved_on(order: Order, what: str) -> Outcome:
    return Outcome("conflict", f"order {order.number} is {order.pickup_state}: {what}",
                   {"order_id": order.id, "server_state": order.pickup_state})


def _changed(session: Session, order: Order) -> Outcome:
    order.version = next_version(session)
    return APPLIED


def _notice(session: Session, order: Order, device: Device, kind: str, event: Event) -> None:
    session.add(PickupNotice(order_id=order.id, kind=kind, device_id=device.id,
                             created_at=event.occurred_at))


def prepared(session: Session, device: Device, event: Event, payload: WireModel) -> Outcome:
    assert isinstance(payload, PickupPreparedPayload)
    order = _desk_order(session, device, payload.order_id, PREPARABLE,
                        "it is no longer being prepared")
    if isinstance(order, Outcome):
        return order
    lines = {line.line_no: line for line in order.lines}
    for change in payload.lines:
        line = lines.get(change.line_no)
        if line is None:
            return Outcome("rejected", f"order {order.number} has no line {change.line_no}")
        if change.picked + change.missing > line.quantity:
            return Outcome("rejected", f"line {change.line_no}: {change.picked} picked and "
                                       f"{change.missing} missing of {line.quantity} ordered")
    for change in payload.lines:
        line = lines[change.line_no]
        line.picked_quantity, line.missing_quantity = change.picked, change.missing
        line.status = "picked" if change.picked == line.quantity else (
            "missing" if change.missing == line.quantity else "ordered")
    order.pickup_state = "preparing"
    return _changed(session, order)


def ready(session: Session, device: Device, event: Event, payload: WireModel) -> Outcome:
    assert isinstance(payload, PickupReadyPayload)
    order = _desk_order(session, device, payload.order_id, PREPARABLE,
                        "it cannot be made ready again")
    if isinstance(order, Outcome):
        return order
    open_lines = [line.line_no for line in order.lines
                  if line.picked_quantity + line.missing_quantity < line.quantity]
    if open_lines or not any(line.picked_quantity for line in order.lines):
        return Outcome("conflict", f"order {order.number}: lines {open_lines} are not prepared "
                       "here (another tablet may have changed them)",
                       {"order_id": order.id, "server_state": order.pickup_state,
                        "open_lines": open_lines})
    policy = pickup_policy(session)
    order.pickup_state, order.status, order.shelf = "ready", "ready", payload.shelf
    order.ready_at = event.occurred_at
    order.pickup_deadline = event.occurred_at + timedelta(days=int(policy["hold_days"]))
    _notice(session, order, device, "ready", event)
    return _changed(session, order)


def notice_resent(session: Session, device: Device, event: Event,
                  payload: WireModel) -> Outcome:
    assert isinstance(payload, PickupOrderPayload)
    order = _desk_order(session, device, payload.order_id, ON_THE_SHELF,
                        "there is nothing to collect")
    if isinstance(order, Outcome):
        return order
    _notice(session, order, device, "reminder", event)
    return APPLIED


def checked_in(session: Session, device: Device, event: Event, payload: WireModel) -> Outcome:
    assert isinstance(payload, PickupCheckedInPayload)
    order = _desk_order(session, device, payload.order_id)
    if isinstance(order, Outcome):
        return order
    if order.pickup_state in ("checked_in", "collected"):
        # Another tablet got there first; the handover that follows says whether it matters.
        return Outcome("applied", details={"no_change": order.pickup_state})
    if order.pickup_state != "ready":
        return _moved_on(order, "not ready for pickup")
    order.pickup_state = "checked_in"
    order.checked_in_at = event.occurred_at
    order.checkin_method = payload.method
    order.collector_name = payload.collector_name
    if payload.method == "kiosk":
        # Checked in alone at the kiosk: the desk's tablets are told someone is waiting.
        session.add(AssistanceRequest(
            id=str(event.id), store_id=device.store_id, device_id=device.id, kind="pickup",
            customer_id=order.customer_id, order_id=order.id, note=order.number,
            requested_at=event.occurred_at, version=next_version(session)))
    return _changed(session, order)


def handed_over(session: Session, device: Device, event: Event, payload: WireModel) -> Outcome:
    """`pickup.handed_over` and `pickup.refused`: one visit's outcome, line by line."""
    assert isinstance(payload, PickupHandedOverPayload)
    order = _desk_order(session, device, payload.order_id, ON_THE_SHELF,
                        "it cannot be handed over")
    if isinstance(order, Outcome):
        return order
    if order.payment_state != "paid":
        return Outcome("conflict", f"order {order.number} is not paid ({order.payment_state})",
                       {"order_id": order.id, "payment_state": order.payment_state})
    lines = {line.line_no: line for line in order.lines}
    for change in payload.lines:
        line = lines.get(change.line_no)
        if line is None:
            return Outcome("rejected", f"order {order.number} has no line {change.line_no}")
        left = line.picked_quantity - line.handed_over_quantity - line.refused_quantity
        if change.handed_over + change.refused > left:
            return Outcome("conflict", f"line {change.line_no} of order {order.number} has "
                           f"{left} unit(s) left on the shelf, not "
                           f"{change.handed_over + change.refused}",
                           {"order_id": order.id, "server_state": order.pickup_state,
                            "line_no": change.line_no, "left": left})
    refund_lines: list[ReturnLine] = []
    for change in payload.lines:
        line = lines[change.line_no]
        line.handed_over_quantity += change.handed_over
        if change.refused:
            refunded = line.refused_quantity + line.missing_quantity + line.returned_quantity
            refund = paid_for(line.unit_price_cents, line.discount_cents, line.quantity,
                              change.refused, already=refunded)
            refund_lines.append(ReturnLine(
                order_line_id=line.id, quantity=change.refused, reason=change.reason or "other",
                condition="unused", refund_cents=refund))
            line.refused_quantity += change.refused
        settled = line.handed_over_quantity + line.refused_quantity + line.missing_quantity
        if settled == line.quantity:
            line.status = "handed_over" if line.handed_over_quantity else "refused"
    if refund_lines:
        session.add(Return(
            id=f"PR-{payload.handover_id}", order_id=order.id, store_id=device.store_id,
            created_at=event.occurred_at, refund_method="original_payment", source="pickup_refusal",
            refund_cents=sum(r.refund_cents for r in refund_lines), lines=refund_lines))
    order.checkin_method = payload.method
    order.collector_name = payload.collector_name
    waiting = sum(line.picked_quantity - line.handed_over_quantity - line.refused_quantity
                  for line in order.lines)
    if waiting:
        order.pickup_state = "ready"  # the lines kept for later stay on the shelf
        order.checked_in_at = None
    elif any(line.handed_over_quantity for line in order.lines):
        order.pickup_state, order.status = "collected", "completed"
        order.collected_at = event.occurred_at
    else:
        order.pickup_state, order.status = "cancelled", "cancelled"
    return _changed(session, order)


def extended(session: Session, device: Device, event: Event, payload: WireModel) -> Outcome:
    assert isinstance(payload, PickupOrderPayload)
    order = _desk_order(session, device, payload.order_id, ("ready",),
                        "its deadline cannot be extended")
    if isinstance(order, Outcome):
        return order
    policy = pickup_policy(session)
    if order.extensions >= int(policy["max_extensions"]):
        return Outcome("conflict", f"the deadline of order {order.number} was already extended",
                       {"order_id": order.id, "server_state": order.pickup_state,
                        "extensions": order.extensions})
    start = max(order.pickup_deadline or event.occurred_at, event.occurred_at)
    order.pickup_deadline = start + timedelta(days=int(policy["extension_days"]))
    order.extensions += 1
    _notice(session, order, device, "extended", event)
    return _changed(session, order)


def expired(session: Session, device: Device, event: Event, payload: WireModel) -> Outcome:
    """A no-show: the order goes back to stock and the customer is refunded centrally."""
    assert isinstance(payload, PickupOrderPayload)
    order = _desk_order(session, device, payload.order_id, ("ready",),
                        "it cannot be returned to stock")
    if isinstance(order, Outcome):
        return order
    order.pickup_state, order.status = "expired", "cancelled"
    if order.payment_state == "paid":
        order.payment_state = "refund_due"
    return _changed(session, order)


HANDLERS = {
    "pickup.prepared": prepared,
    "pickup.ready": ready,
    "pickup.notice_resent": notice_resent,
    "pickup.checked_in": checked_in,
    "pickup.handed_over": handed_over,
    "pickup.refused": handed_over,
    "pickup.extended": extended,
    "pickup.expired": expired,
}
