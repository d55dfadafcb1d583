"""Customers in the store: identified at a tablet or kiosk, items put aside to try on,
an online cart handed over to the store's till."""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cloud_stub.crud.clock import next_version
from cloud_stub.crud.working_set import seen_here, touch_customer
from cloud_stub.judging.outcome import APPLIED, Outcome
from cloud_stub.judging.registry import handles
from cloud_stub.models import (
    Cart,
    CartHandover,
    Device,
    Reservation,
    StockLevel,
    live_customer,
)
from sync.protocol import (
    MAX_RESERVATION_MINUTES,
    CartHandedOverPayload,
    CustomerIdentifiedPayload,
    Event,
    StockReservedPayload,
)
from sync.sqltypes import utcnow


@handles(CustomerIdentifiedPayload)
def customer_identified(session: Session, device: Device, event: Event,
                        payload: CustomerIdentifiedPayload) -> Outcome:
    customer = live_customer(session, payload.customer_id)
    if customer is None:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    seen_here(session, device.store_id, customer.id, event.occurred_at)
    return APPLIED


@handles(StockReservedPayload)
def stock_reserved(session: Session, device: Device, event: Event,
                   payload: StockReservedPayload) -> Outcome:
    customer = live_customer(session, payload.customer_id)
    if customer is None:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    level = session.get(StockLevel, (device.store_id, payload.product_id))
    if level is None:
        return Outcome("rejected", f"product {payload.product_id} is not stocked here")
    now = utcnow()
    if payload.expires_at <= now:
        return Outcome("rejected", "the reservation had already expired when it arrived")
    reserved = _reserved(session, device.store_id, payload.product_id)
    if level.quantity - reserved < payload.quantity:
        return Outcome("conflict", f"only {max(level.quantity - reserved, 0)} left to reserve",
                       {"product_id": payload.product_id, "available": level.quantity - reserved})
    expires = min(payload.expires_at, now + timedelta(minutes=MAX_RESERVATION_MINUTES))
    session.add(Reservation(id=str(payload.reservation_id), store_id=device.store_id,
                            product_id=payload.product_id, size=payload.size,
                            quantity=payload.quantity, customer_id=payload.customer_id,
                            device_id=device.id, created_at=event.occurred_at,
                            expires_at=expires))
    _tally(session)[device.store_id, payload.product_id] += payload.quantity
    level.version = next_version(session)  # the stock feed carries the reservation
    return APPLIED


def count_reservations(session: Session, store_id: str, product_ids: Collection[str]) -> None:
    """Units reserved and not expired at the store, per product, in one query: what a
    batch's reservations are checked against (their stock rows are locked first,
    `judging.batch`), counted up as the batch reserves more, so that no event flushes the
    batch's pending rows to ask."""
    tally = _tally(session)
    for product_id in product_ids:
        tally[store_id, product_id] = 0
    with session.no_autoflush:
        for product_id, units in session.execute(
                select(Reservation.product_id, func.sum(Reservation.quantity)).where(
                    Reservation.store_id == store_id, Reservation.product_id.in_(product_ids),
                    Reservation.expires_at > utcnow()).group_by(Reservation.product_id)):
            tally[store_id, product_id] = int(units or 0)


def _tally(session: Session) -> dict[tuple[str, str], int]:
    """Units reserved per (store, product), as this batch knows them."""
    tally: dict[tuple[str, str], int] = session.info.setdefault("reserved", {})
    return tally


def _reserved(session: Session, store_id: str, product_id: str) -> int:
    if (store_id, product_id) not in _tally(session):
        count_reservations(session, store_id, (product_id,))
    return _tally(session)[store_id, product_id]


def note_baskets(session: Session, refs: Collection[str]) -> None:
    """Which of a batch's basket references were handed over before, in one query."""
    session.info["baskets_taken"] = set(session.scalars(
        select(CartHandover.basket_ref).where(CartHandover.basket_ref.in_(refs))))
    session.info["baskets_asked"] = set(refs)


def _basket_taken(session: Session, ref: str) -> bool:
    """Handed over before, or earlier in this batch (then noted as taken)."""
    if ref in session.info.get("baskets_asked", ()):
        taken: set[str] = session.info["baskets_taken"]
        seen = ref in taken
        taken.add(ref)
        return seen
    return session.get(CartHandover, ref) is not None


@handles(CartHandedOverPayload)
def cart_handed_over(session: Session, device: Device, event: Event,
                     payload: CartHandedOverPayload) -> Outcome:
    customer = live_customer(session, payload.customer_id)
    if customer is None:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    if _basket_taken(session, payload.basket_ref):
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
        touch_customer(session, customer)
    return APPLIED
