"""The self-service kiosk's actions: what a customer alone may do with their own pass.

A scan at the kiosk goes through `scans.handle_scan(mode="kiosk")` like any other; this
module holds what only the kiosk does: the customer's own check-in and wait, the return
ticket they put together, the links to continue on their phone. While one customer's
session is open another customer's order is refused (the kiosk never shows two
customers' data one after the other unasked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from sqlalchemy import select

from kiosk.scanning.payloads import (
    ReturnTicket,
    TicketLine,
)
from kiosk.services import pickup, returns
from kiosk.services.device import home_store_id
from kiosk.services.errors import ActionRefused
from kiosk.store import LocalStore
from kiosk.store.models import LocalCustomer, LocalOrder
from sync.rules.pickup import DeskBucket
from sync.rules.refusals import Refusal
from sync.sqltypes import utcnow


@dataclass(frozen=True)
class CheckIn:
    """A customer checked in at the kiosk for an order waiting on the shelf."""

    order_number: str
    first_name: str
    items: int
    ahead: int
    """Other customers checked in and not served yet."""
    wait_minutes: int


def check_in(store: LocalStore, order_id: str, session_customer: str | None,
             fetch: pickup.OrderFetch | None = None, now: datetime | None = None) -> CheckIn:
    """Check the customer in for `order_id` (from its pickup pass, or tapped in the list of
    the identified customer's orders): refused for someone else's order."""
    store_id = home_store_id(store)
    if store_id is None:
        raise ActionRefused(Refusal.OTHER_STORE)
    with store.read() as session:
        order = session.get(LocalOrder, order_id)
        owner = order.customer_id if order is not None else None
    if session_customer is not None and owner is not None and owner != session_customer:
        raise ActionRefused(Refusal.ANOTHER_CUSTOMER)
    try:
        checked = pickup.check_in_by_pass(store, store_id, order_id, "kiosk", fetch)
    except ActionRefused as refused:
        if refused.code == Refusal.ORDER_OTHER_STORE:  # a customer hears "not this store"
            raise ActionRefused(Refusal.OTHER_STORE, **refused.params) from refused
        raise
    return _wait(store, store_id, checked, now)


def _wait(store: LocalStore, store_id: str, order: pickup.DeskOrder,
          now: datetime | None) -> CheckIn:
    with store.read() as session:
        minutes = pickup.pickup_policy(session).minutes_per_customer
        customer_id = session.scalar(select(LocalOrder.customer_id).where(
            LocalOrder.id == order.order_id))
        first = session.scalar(select(LocalCustomer.first_name).where(
            LocalCustomer.id == customer_id)) if customer_id else None
    waiting = [r for r in pickup.pickup_queue(store, store_id, now or utcnow())
               if r.bucket == DeskBucket.WAITING and r.order_id != order.order_id]
    return CheckIn(order_number=order.number, first_name=first or "",
                   items=sum(line.quantity for line in order.lines), ahead=len(waiting),
                   wait_minutes=(len(waiting) + 1) * minutes)


# --- returns: the customer chooses, the desk finishes ------------------------------------------


def return_ticket(order: returns.ReturnOrder, chosen: dict[int, tuple[int, str]]) -> ReturnTicket:
    """`chosen`: line -> (units, reason code). Refused when nothing is chosen or a line
    asks for more than can come back."""
    lines = []
    reasons = {r.code for r in order.reasons}
    for line in order.lines:
        units, reason = chosen.get(line.line_no, (0, ""))
        if units <= 0:
            continue
        if units > line.returnable:
            raise ActionRefused(Refusal.RETURN_TOO_MANY, name=line.name, most=line.returnable)
        if reason not in reasons:
            raise ActionRefused(Refusal.REASON_NEEDED, line=line.line_no)
        lines.append(TicketLine(line.line_no, units, reason))
    if not lines:
        raise ActionRefused(Refusal.NOTHING_TO_RETURN)
    return ReturnTicket(order.order_id, tuple(lines))


# --- continue on the phone ---------------------------------------------------------------------


def cart_link(shop_url: str, cart_id: str | None) -> str:
    """The online cart on the shop's website (the customer's own login opens it)."""
    base = shop_url.rstrip("/")
    return f"{base}/cart/{quote(cart_id)}?utm_source=store_kiosk" if cart_id else f"{base}/cart"


def product_link(shop_url: str, gtin: str) -> str:
    return f"{shop_url.rstrip('/')}/p/{quote(gtin)}?utm_source=store_kiosk"
