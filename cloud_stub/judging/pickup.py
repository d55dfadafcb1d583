"""Click & collect events from the pickup desk, judged against the order as the server has it.

A desk fact that the world has overtaken (the order was cancelled online, another tablet
handed it over first) is a `conflict` for a person to look at; a fact that could never
apply (an unknown line, more units than ordered) is `rejected`. The states, what is left
on the shelf, what refused units cost and the deadlines are `sync.rules.pickup`'s, the
same functions the tablet shows them with.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy.orm import Session

from cloud_stub.crud.clock import next_version
from cloud_stub.crud.policy import policy_data
from cloud_stub.crud.working_set import order_moved
from cloud_stub.judging.outcome import APPLIED, Outcome
from cloud_stub.judging.registry import handles
from cloud_stub.models import (
    AssistanceRequest,
    Device,
    Order,
    OrderLine,
    PickupNotice,
    Return,
    ReturnLine,
)
from sync.protocol import (
    Event,
    PickupCheckedInPayload,
    PickupExpiredPayload,
    PickupExtendedPayload,
    PickupHandedOverPayload,
    PickupNoticeResentPayload,
    PickupPreparedPayload,
    PickupReadyPayload,
    PickupRefusedPayload,
)
from sync.rules.pickup import (
    ON_THE_SHELF,
    ORDER_STATUS,
    PREPARABLE,
    LineCounts,
    PickupPolicy,
    PickupState,
    can_check_in,
    line_status,
    prepared_status,
    state_after_visit,
)


def counts(line: OrderLine) -> LineCounts:
    """The server's order line in the shared rules' terms."""
    return LineCounts(
        line_no=line.line_no, product_id=line.product_id, size=line.size or "",
        quantity=line.quantity, unit_price_cents=line.unit_price_cents,
        discount_cents=line.discount_cents, picked=line.picked_quantity,
        missing=line.missing_quantity, handed_over=line.handed_over_quantity,
        refused=line.refused_quantity, returned=line.returned_quantity)


def _set_state(order: Order, state: PickupState) -> None:
    order.pickup_state = state
    if state in ORDER_STATUS:
        order.status = ORDER_STATUS[state]


def pickup_policy(session: Session) -> PickupPolicy:
    return PickupPolicy.from_data(policy_data(session, "pickup_policy"))


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


def _changed(session: Session, order: Order, at: datetime) -> Outcome:
    order.version = next_version(session)
    order_moved(session, order, at)
    return APPLIED


def _notice(session: Session, order: Order, device: Device, kind: str, event: Event) -> None:
    session.add(PickupNotice(order_id=order.id, kind=kind, device_id=device.id,
                             created_at=event.occurred_at))


@handles(PickupPreparedPayload)
def prepared(session: Session, device: Device, event: Event,
             payload: PickupPreparedPayload) -> Outcome:
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
        line.status = prepared_status(line.quantity, change.picked, change.missing)
    order.pickup_state = PickupState.PREPARING
    return _changed(session, order, event.occurred_at)


@handles(PickupReadyPayload)
def ready(session: Session, device: Device, event: Event,
          payload: PickupReadyPayload) -> Outcome:
    order = _desk_order(session, device, payload.order_id, PREPARABLE,
                        "it cannot be made ready again")
    if isinstance(order, Outcome):
        return order
    lines = [counts(line) for line in order.lines]
    open_lines = [line.line_no for line in lines if line.to_pick]
    if open_lines or not any(line.picked for line in lines):
        return Outcome("conflict", f"order {order.number}: lines {open_lines} are not prepared "
                       "here (another tablet may have changed them)",
                       {"order_id": order.id, "server_state": order.pickup_state,
                        "open_lines": open_lines})
    _set_state(order, PickupState.READY)
    order.shelf = payload.shelf
    order.ready_at = event.occurred_at
    order.pickup_deadline = pickup_policy(session).deadline(event.occurred_at)
    _notice(session, order, device, "ready", event)
    return _changed(session, order, event.occurred_at)


@handles(PickupNoticeResentPayload)
def notice_resent(session: Session, device: Device, event: Event,
                  payload: PickupNoticeResentPayload) -> Outcome:
    order = _desk_order(session, device, payload.order_id, ON_THE_SHELF,
                        "there is nothing to collect")
    if isinstance(order, Outcome):
        return order
    _notice(session, order, device, "reminder", event)
    return APPLIED


@handles(PickupCheckedInPayload)
def checked_in(session: Session, device: Device, event: Event,
               payload: PickupCheckedInPayload) -> Outcome:
    order = _desk_order(session, device, payload.order_id)
    if isinstance(order, Outcome):
        return order
    if order.pickup_state in (PickupState.CHECKED_IN, PickupState.COLLECTED):
        # Another tablet got there first; the handover that follows says whether it matters.
        return Outcome("applied", details={"no_change": order.pickup_state})
    if not can_check_in(order.pickup_state):
        return _moved_on(order, "not ready for pickup")
    order.pickup_state = PickupState.CHECKED_IN
    order.checked_in_at = event.occurred_at
    order.checkin_method = payload.method
    order.collector_name = payload.collector_name
    if payload.method == "kiosk":
        # Checked in alone at the kiosk: the desk's tablets are told someone is waiting.
        session.add(AssistanceRequest(
            id=str(event.id), store_id=device.store_id, device_id=device.id, kind="pickup",
            customer_id=order.customer_id, order_id=order.id, note=order.number,
            requested_at=event.occurred_at, version=next_version(session)))
    return _changed(session, order, event.occurred_at)


@handles(PickupHandedOverPayload, PickupRefusedPayload)
def handed_over(session: Session, device: Device, event: Event,
                payload: PickupHandedOverPayload) -> Outcome:
    """`pickup.handed_over` and `pickup.refused`: one visit's outcome, line by line."""
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
        left = counts(line).waiting
        if change.handed_over + change.refused > left:
            return Outcome("conflict", f"line {change.line_no} of order {order.number} has "
                           f"{left} unit(s) left on the shelf, not "
                           f"{change.handed_over + change.refused}",
                           {"order_id": order.id, "server_state": order.pickup_state,
                            "line_no": change.line_no, "left": left})
    refund_lines: list[ReturnLine] = []
    for change in payload.lines:
        line = lines[change.line_no]
        if change.refused:
            refund_lines.append(ReturnLine(
                order_line_id=line.id, quantity=change.refused, reason=change.reason or "other",
                condition="unused", refund_cents=counts(line).paid_for(change.refused)))
        line.handed_over_quantity += change.handed_over
        line.refused_quantity += change.refused
        line.status = line_status(counts(line)) or line.status
    if refund_lines:
        session.add(Return(
            id=f"PR-{payload.handover_id}", order_id=order.id, store_id=device.store_id,
            created_at=event.occurred_at, refund_method="original_payment", source="pickup_refusal",
            refund_cents=sum(r.refund_cents for r in refund_lines), lines=refund_lines))
    order.checkin_method = payload.method
    order.collector_name = payload.collector_name
    state = state_after_visit([counts(line) for line in order.lines])
    if state == PickupState.READY:
        order.pickup_state = state  # the lines kept for later stay on the shelf
        order.checked_in_at = None
    else:
        _set_state(order, state)
    if state == PickupState.COLLECTED:
        order.collected_at = event.occurred_at
    return _changed(session, order, event.occurred_at)


@handles(PickupExtendedPayload)
def extended(session: Session, device: Device, event: Event,
             payload: PickupExtendedPayload) -> Outcome:
    order = _desk_order(session, device, payload.order_id, (PickupState.READY,),
                        "its deadline cannot be extended")
    if isinstance(order, Outcome):
        return order
    policy = pickup_policy(session)
    if not policy.can_extend(order.extensions):
        return Outcome("conflict", f"the deadline of order {order.number} was already extended",
                       {"order_id": order.id, "server_state": order.pickup_state,
                        "extensions": order.extensions})
    order.pickup_deadline = policy.extended_deadline(order.pickup_deadline, event.occurred_at)
    order.extensions += 1
    _notice(session, order, device, "extended", event)
    return _changed(session, order, event.occurred_at)


@handles(PickupExpiredPayload)
def expired(session: Session, device: Device, event: Event,
            payload: PickupExpiredPayload) -> Outcome:
    """A no-show: the order goes back to stock and the customer is refunded centrally."""
    order = _desk_order(session, device, payload.order_id, (PickupState.READY,),
                        "it cannot be returned to stock")
    if isinstance(order, Outcome):
        return order
    _set_state(order, PickupState.EXPIRED)
    if order.payment_state == "paid":
        order.payment_state = "refund_due"
    return _changed(session, order, event.occurred_at)
