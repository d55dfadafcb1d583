"""Returns from the stores' returns desks, judged against the order as the server has it.

The server is where "never more than was sold" holds across channels and tablets: a line
returned on another tablet first makes a later return of it a `conflict` (the refund given
at the second desk is a case for a person). A return that could never be right (amounts
that do not add up, a payment the order did not use, outside the policy with no manager
override) is `rejected`.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cloud_stub.crud.clock import next_version
from cloud_stub.crud.feeds import no_receipt_counts
from cloud_stub.crud.policy import policy_data
from cloud_stub.crud.working_set import seen_here, touch_customer
from cloud_stub.judging.outcome import APPLIED, Outcome
from cloud_stub.judging.pickup import counts
from cloud_stub.judging.registry import handles
from cloud_stub.models import (
    Device,
    DeviceEvent,
    LoyaltyLedgerEntry,
    Order,
    OrderLine,
    Product,
    Return,
    ReturnLine,
    Voucher,
    live_customer,
)
from sync.protocol import (
    Event,
    LoyaltyReversedPayload,
    ReturnRecordedPayload,
    VoucherIssuedPayload,
)
from sync.records import ReasonCodesRecord
from sync.rules.returns import (
    ReturnPolicy,
    Window,
    bought_at,
    in_delivery,
    line_refund,
    line_window,
    lowest_recent_price,
    units_received,
)


def _reason_codes(session: Session) -> set[str]:
    record = ReasonCodesRecord.model_validate(policy_data(session, "reason_codes", "returns"))
    return {c.code for c in record.codes}


def _outside_policy(session: Session, order: Order, lines: dict[int, OrderLine],
                    payload: ReturnRecordedPayload, event: Event) -> str | None:
    """Why the return is outside the return policy (None: within it)."""
    policy = ReturnPolicy.from_data(policy_data(session, "return_policy", "default"))
    since = bought_at(order.fulfilment, order.created_at, order.collected_at)
    for returned in payload.lines:
        product = session.get(Product, lines[returned.line_no].product_id)
        category = product.category if product else ""
        window = line_window(policy, category, since, event.occurred_at)
        if window.status == Window.NOT_RETURNABLE:
            return f"line {returned.line_no} ({category}) is not returnable"
        if window.status == Window.CLOSED:
            return (f"line {returned.line_no} is past its {policy.days_for(category)}-day "
                    "return window")
    return None


def _no_receipt(session: Session, device: Device, event: Event,
                payload: ReturnRecordedPayload) -> Outcome:
    customer = live_customer(session, payload.customer_id)
    if customer is None:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    policy = ReturnPolicy.from_data(policy_data(session, "return_policy", "default"))
    codes = _reason_codes(session)
    for returned in payload.lines:
        product = session.get(Product, returned.product_id or "")
        if product is None:
            return Outcome("rejected", f"unknown product {returned.product_id}")
        if product.category in policy.non_returnable_categories and payload.override is None:
            return Outcome("rejected", f"{product.category} is not returnable")
        if returned.reason not in codes:
            return Outcome("rejected", f"unknown return reason {returned.reason!r}")
        expected = lowest_recent_price(product.price_cents, product.attributes) \
            * returned.quantity
        if returned.refund_cents != expected:
            return Outcome("rejected", f"without receipt, {product.id} is refunded at its "
                           f"lowest recent price ({expected} cents), not "
                           f"{returned.refund_cents}")
    limit = policy.no_receipt_per_year
    done = no_receipt_counts(session, [customer.id], event.occurred_at).get(customer.id, 0)
    if done >= limit:
        return Outcome("conflict", f"{customer.first_name} {customer.last_name} already made "
                       f"{done} return(s) without receipt this year (at most {limit})",
                       {"customer_id": customer.id, "done": done, "limit": limit,
                        "refund_cents": payload.refund_cents, "voucher_id": payload.voucher_id})
    session.add(Return(
        id=payload.return_id, order_id=None, customer_id=customer.id, store_id=device.store_id,
        created_at=event.occurred_at, refund_method=payload.refund_method,
        refund_cents=payload.refund_cents, source="desk",
        details={"device_id": device.id, "no_receipt": True,
                 "lines": [r.model_dump(mode="json") for r in payload.lines],
                 "voucher_id": payload.voucher_id,
                 "override": payload.override.model_dump() if payload.override else None,
                 "offline": payload.offline}))
    touch_customer(session, customer)  # its count of no-receipt returns moved
    seen_here(session, device.store_id, customer.id, event.occurred_at)
    session.flush()
    return APPLIED


@handles(ReturnRecordedPayload)
def recorded(session: Session, device: Device, event: Event,
             payload: ReturnRecordedPayload) -> Outcome:
    if payload.order_id is None:
        return _no_receipt(session, device, event, payload)
    order = session.get(Order, payload.order_id)
    if order is None:
        return Outcome("rejected", f"unknown order {payload.order_id}")
    if in_delivery(order.fulfilment, order.status):
        return Outcome("rejected", f"order {order.number} is still in delivery ({order.status})")
    if session.get(Return, payload.return_id) is not None:
        return Outcome("rejected", f"return id {payload.return_id} is already used")
    lines = {line.line_no: line for line in order.lines}
    refused = (_lines_add_up(session, order, lines, payload)
               or _payments_add_up(order, payload)
               or (None if payload.override is not None
                   else _outside_policy_refusal(session, order, lines, payload, event))
               or _still_returnable(order, lines, payload))
    if refused is not None:
        return refused
    return_lines = []
    for returned in payload.lines:
        line = lines[returned.line_no]
        line.returned_quantity += returned.quantity
        if counts(line).refunded >= line.quantity:
            line.status = "returned"
        return_lines.append(ReturnLine(
            order_line_id=line.id, quantity=returned.quantity, reason=returned.reason,
            condition=returned.condition, refund_cents=returned.refund_cents))
    session.add(Return(
        id=payload.return_id, order_id=order.id, customer_id=payload.customer_id,
        store_id=device.store_id,
        created_at=event.occurred_at, refund_method=payload.refund_method,
        refund_cents=payload.refund_cents, source="desk", lines=return_lines,
        details={"device_id": device.id, "customer_id": payload.customer_id,
                 "payments": [p.model_dump() for p in payload.payments],
                 "voucher_id": payload.voucher_id,
                 "exchange_product_id": payload.exchange_product_id,
                 "restock": {str(r.line_no): r.restock for r in payload.lines},
                 "override": payload.override.model_dump() if payload.override else None,
                 "offline": payload.offline}))
    order.version = next_version(session)
    seen_here(session, device.store_id, payload.customer_id, event.occurred_at)
    session.flush()  # the voucher and the points of the same batch find the return
    return APPLIED



def _lines_add_up(session: Session, order: Order, lines: dict[int, OrderLine],
                  payload: ReturnRecordedPayload) -> Outcome | None:
    """Every line exists, has a known reason, and is refunded what it was paid."""
    codes = _reason_codes(session)
    for returned in payload.lines:
        line = lines.get(returned.line_no)
        if line is None:
            return Outcome("rejected", f"order {order.number} has no line {returned.line_no}")
        if returned.reason not in codes:
            return Outcome("rejected", f"unknown return reason {returned.reason!r}")
        if returned.already_returned + returned.quantity > line.quantity:
            return Outcome("rejected", f"line {returned.line_no} of order {order.number} has "
                           f"{line.quantity} unit(s), not {returned.already_returned} + "
                           f"{returned.quantity}")
        expected = line_refund(line.unit_price_cents, line.discount_cents, line.quantity,
                               returned.already_returned, returned.quantity)
        if returned.refund_cents != expected:
            return Outcome("rejected", f"line {returned.line_no}: a refund of "
                           f"{returned.refund_cents} cents does not add up (paid {expected})")
    return None


def _payments_add_up(order: Order, payload: ReturnRecordedPayload) -> Outcome | None:
    """Money goes back only to a means the order was paid with, never more than it paid."""
    paid = {p.method: 0 for p in order.payments}
    for p in order.payments:
        paid[p.method] += p.amount_cents
    for refund in payload.payments:
        if refund.method not in paid:
            return Outcome("rejected", f"order {order.number} was not paid by {refund.method}")
        if refund.amount_cents > paid[refund.method]:
            return Outcome("rejected", f"order {order.number}: {refund.amount_cents} cents back "
                           f"to {refund.method}, which paid {paid[refund.method]}")
    return None


def _outside_policy_refusal(session: Session, order: Order, lines: dict[int, OrderLine],
                            payload: ReturnRecordedPayload, event: Event) -> Outcome | None:
    outside = _outside_policy(session, order, lines, payload, event)
    if outside is None:
        return None
    return Outcome("rejected", f"{outside}, and no manager override was recorded")


def _still_returnable(order: Order, lines: dict[int, OrderLine],
                      payload: ReturnRecordedPayload) -> Outcome | None:
    """What the customer received and has not brought back or been refunded yet, as this
    server knows it now (another tablet or channel may have taken some back meanwhile)."""
    for returned in payload.lines:
        line = lines[returned.line_no]
        left = units_received(order.fulfilment, order.status, line.quantity,
                              line.handed_over_quantity) - line.returned_quantity
        if returned.quantity > left or counts(line).refunded + returned.quantity > line.quantity:
            return Outcome(
                "conflict",
                f"line {returned.line_no} of order {order.number}: {max(left, 0)} unit(s) left "
                f"to return, not {returned.quantity}; the others were returned already "
                "(on another tablet or channel)",
                {"order_id": order.id, "line_no": returned.line_no, "left": max(left, 0),
                 "refund_cents": payload.refund_cents, "voucher_id": payload.voucher_id})
    return None


@handles(VoucherIssuedPayload)
def voucher_issued(session: Session, device: Device, event: Event,
                   payload: VoucherIssuedPayload) -> Outcome:
    """The voucher exists: the customer holds its code. It pays for a return of this store
    and this customer, recorded before it; all the vouchers of one return together never
    exceed its refund. When that return is in conflict (recorded, not accepted) the voucher
    is put on hold until a person looks at the case; an unknown return gets no voucher."""
    if session.get(Voucher, payload.voucher_id) is not None:
        return Outcome("rejected", f"voucher id {payload.voucher_id} is already used")
    paid_by = _paying_return(session, device, payload.return_id, payload.customer_id)
    if isinstance(paid_by, Outcome):
        return paid_by
    refund, accepted = paid_by
    issued = session.scalar(select(func.coalesce(func.sum(Voucher.amount_cents), 0)).where(
        Voucher.return_id == payload.return_id)) or 0
    if issued + payload.amount_cents > refund:
        return Outcome("rejected", f"vouchers of {issued + payload.amount_cents} cents in all "
                       f"for return {payload.return_id}, which refunds {refund}")
    customer = live_customer(session, payload.customer_id)
    session.add(Voucher(id=payload.voucher_id, customer_id=customer.id if customer else None,
                        kind="voucher", amount_cents=payload.amount_cents,
                        balance_cents=payload.amount_cents, issued_at=event.occurred_at,
                        expires_at=payload.expires_at,
                        status="active" if accepted else "on_hold",
                        return_id=payload.return_id))
    if customer is not None:
        touch_customer(session, customer)  # the profile shows the voucher
    if not accepted:
        return Outcome("applied", "on hold: the return it pays for was not accepted",
                       {"on_hold": True})
    return APPLIED


def _paying_return(session: Session, device: Device, return_id: str,
                   customer_id: str | None) -> tuple[int, bool] | Outcome:
    """The return a voucher or a reversal stands on: (its refund, accepted), from the
    returns booked, else from this store's return events in conflict; else why not."""
    booked = session.get(Return, return_id)
    if booked is not None:
        if booked.store_id != device.store_id:
            return Outcome("rejected", f"return {return_id} was made in another store")
        if booked.customer_id != customer_id:
            return Outcome("rejected", f"return {return_id} is not this customer's")
        return booked.refund_cents, True
    in_conflict = session.scalars(select(DeviceEvent).where(
        DeviceEvent.device_id == device.id, DeviceEvent.type == "return.recorded",
        DeviceEvent.status == "conflict")).all()  # a handful per device, at most
    recorded = next((e for e in in_conflict if e.payload.get("return_id") == return_id), None)
    if recorded is None:
        return Outcome("rejected", f"unknown return {return_id}: a voucher or a points "
                       "reversal pays for a return recorded before it")
    if recorded.payload.get("customer_id") != customer_id:
        return Outcome("rejected", f"return {return_id} is not this customer's")
    return int(recorded.payload.get("refund_cents") or 0), False


@handles(LoyaltyReversedPayload)
def loyalty_reversed(session: Session, device: Device, event: Event,
                     payload: LoyaltyReversedPayload) -> Outcome:
    """Points taken back for that customer's return of that order, at most what the order
    earned less what was taken back already."""
    customer = live_customer(session, payload.customer_id)
    if customer is None:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    paid_by = _paying_return(session, device, payload.return_id, payload.customer_id)
    if isinstance(paid_by, Outcome):
        return paid_by
    if not paid_by[1]:
        return Outcome("applied", "nothing reversed: the return was not accepted",
                       {"skipped": True})
    booked = session.get(Return, payload.return_id)
    if booked is None or booked.order_id != payload.order_id:
        return Outcome("rejected", f"return {payload.return_id} is not a return of order "
                       f"{payload.order_id}")
    earned, reversed_ = (session.scalar(select(func.coalesce(func.sum(
        LoyaltyLedgerEntry.points), 0)).where(
        LoyaltyLedgerEntry.order_id == payload.order_id,
        LoyaltyLedgerEntry.customer_id == customer.id,
        LoyaltyLedgerEntry.reason == reason)) or 0 for reason in ("purchase", "return"))
    if payload.points > earned + reversed_:
        return Outcome("rejected", f"{payload.points} points to reverse, but order "
                       f"{payload.order_id} has {earned + reversed_} left")
    session.add(LoyaltyLedgerEntry(customer_id=customer.id, order_id=payload.order_id,
                                   points=-payload.points, reason="return",
                                   created_at=event.occurred_at))
    customer.points_balance -= payload.points
    touch_customer(session, customer)
    return APPLIED
