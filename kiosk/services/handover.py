"""Handing an online cart over to the store: reservations for try-on, the store basket.

Research online, purchase offline: the associate picks lines of the customer's online cart,
adjusts quantities, puts items aside to try on (a reservation that expires), and sends the
basket to the till as a reference the till scans. Lines not on the shelf here are ordered
(endless aisle). Each step is a fact in the outbox, recorded with its local effect in one
transaction, so it works offline and reaches the server once.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, select

from kiosk.services.customer_view import ProductCard, product_cards
from kiosk.services.device import home_store_id
from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import record_event
from kiosk.store import LocalStore
from kiosk.store.models import LocalReservation
from sync.protocol import (
    MAX_BASKET_LINES,
    MAX_LINE_QUANTITY,
    CartHandedOverPayload,
    StockReservedPayload,
)
from sync.protocol import BasketLine as WireBasketLine
from sync.rules.refusals import Refusal

TRY_ON_MINUTES = 30


@dataclass(frozen=True)
class Pick:
    """One line the associate kept, with the quantity they set."""

    product_id: str
    size: str | None
    quantity: int
    unit_price_cents: int


@dataclass(frozen=True)
class BasketLine:
    product: ProductCard
    size: str | None
    quantity: int
    unit_price_cents: int
    fulfilment: str
    """"take_now" (on the shelf here) or "order" (endless aisle)."""


@dataclass(frozen=True)
class Basket:
    ref: str
    """What the till scans (the QR code holds exactly this)."""
    customer_id: str
    lines: list[BasketLine]
    total_cents: int
    reservation_ids: list[str]


@dataclass(frozen=True)
class Reserved:
    ids: list[str]
    expires_at: datetime


def _check_quantities(picks: list[Pick]) -> None:
    if not picks:
        raise ActionRefused(Refusal.NOTHING_CHOSEN)
    if len(picks) > MAX_BASKET_LINES:
        raise ActionRefused(Refusal.TOO_MANY_LINES, most=MAX_BASKET_LINES)
    for pick in picks:
        if not 1 <= pick.quantity <= MAX_LINE_QUANTITY:
            raise ActionRefused(Refusal.QUANTITY_OUT_OF_RANGE, most=MAX_LINE_QUANTITY,
                                quantity=pick.quantity)


def _picked_cards(connection: Connection, store_id: str | None,
                  picks: list[Pick]) -> dict[str, ProductCard]:
    """The picked products with this store's stock; refused when one is not in the
    catalogue (nothing is recorded: the caller's transaction is rolled back)."""
    cards = product_cards(connection, store_id, [p.product_id for p in picks])
    for pick in picks:
        if not cards[pick.product_id].name:
            raise ActionRefused(Refusal.PRODUCT_UNKNOWN, product_id=pick.product_id)
    return cards


def reserve_for_try_on(store: LocalStore, customer_id: str, picks: list[Pick],
                       minutes: int = TRY_ON_MINUTES) -> Reserved:
    """Put the picked items aside here until `minutes` from now; refused (nothing kept) when
    one of them is not free on the shelf."""
    _check_quantities(picks)
    store_id = home_store_id(store)
    expires_at = datetime.now(UTC) + timedelta(minutes=minutes)
    ids = []
    with store.write() as session:
        cards = _picked_cards(session.connection(), store_id, picks)
        for pick in picks:
            card = cards[pick.product_id]
            if card.in_stock_here < pick.quantity:
                raise ActionRefused(Refusal.NOT_ENOUGH_STOCK, name=card.name,
                                    available=card.in_stock_here)
        for pick in picks:
            reservation_id = str(uuid.uuid4())
            session.add(LocalReservation(
                id=reservation_id, store_id=store_id or "", product_id=pick.product_id,
                size=pick.size, quantity=pick.quantity, customer_id=customer_id,
                expires_at=expires_at))
            record_event(session, f"stock:{pick.product_id}", StockReservedPayload(
                reservation_id=reservation_id, product_id=pick.product_id, size=pick.size,
                quantity=pick.quantity, customer_id=customer_id, expires_at=expires_at))
            ids.append(reservation_id)
    return Reserved(ids, expires_at)


def new_basket_ref() -> str:
    """Short, unambiguous for a till's scanner and readable aloud: B- and 10 base32 chars."""
    return "B-" + base64.b32encode(uuid.uuid4().bytes).decode()[:10]


def hand_over_cart(store: LocalStore, customer_id: str, cart_id: str | None,
                   picks: list[Pick], reservation_ids: list[str] | None = None) -> Basket:
    """Turn the picked cart lines into a store basket and record `cart.handed_over`."""
    _check_quantities(picks)
    store_id = home_store_id(store)
    ref = new_basket_ref()
    with store.write() as session:
        cards = _picked_cards(session.connection(), store_id, picks)
        theirs: dict[str, int] = {}
        if reservation_ids:
            for held in session.scalars(select(LocalReservation).where(
                    LocalReservation.id.in_(reservation_ids))):
                theirs[held.product_id] = theirs.get(held.product_id, 0) + held.quantity
        lines = []
        for pick in picks:
            card = cards[pick.product_id]
            if card.availability == "discontinued":
                raise ActionRefused(Refusal.PRODUCT_DISCONTINUED, name=card.name)
            on_shelf = card.in_stock_here + theirs.get(card.product_id, 0)  # put aside for them
            fulfilment = "take_now" if on_shelf >= pick.quantity else "order"
            lines.append(BasketLine(card, pick.size, pick.quantity, pick.unit_price_cents,
                                    fulfilment))
        record_event(session, f"customer:{customer_id}", CartHandedOverPayload(
            basket_ref=ref, customer_id=customer_id, cart_id=cart_id,
            reservation_ids=list(reservation_ids or []),
            lines=[WireBasketLine(product_id=line.product.product_id, size=line.size,
                                  quantity=line.quantity, unit_price_cents=line.unit_price_cents,
                                  fulfilment=line.fulfilment) for line in lines]))
    total = sum(line.quantity * line.unit_price_cents for line in lines)
    return Basket(ref, customer_id, lines, total, list(reservation_ids or []))


QR_MASK_PATTERN = 2
"""Columns (x mod 3): no long runs of one colour in the short texts the store prints."""


def qr_png(text: str, box_size: int = 8) -> bytes:
    """The QR code the till scans, as PNG bytes (drawn with `qrcode`, no Qt here)."""
    import io

    import qrcode

    # Any of the eight mask patterns reads the same; searching for the "best" one takes
    # three quarters of the time and the code is drawn while the customer waits.
    image = qrcode.make(text, box_size=box_size, border=4, mask_pattern=QR_MASK_PATTERN,
                        error_correction=qrcode.constants.ERROR_CORRECT_M)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
