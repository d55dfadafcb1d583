"""One handler for every scan, camera or wedge: classify, verify, then open what it names.

A store pass or loyalty card opens the customer, a pickup pass (or a typed pickup code)
the order at the desk, a receipt the return, a product its stock here. A refusal changes
nothing and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select

from kiosk.scanning.payloads import (
    KeyRing,
    LoyaltyCard,
    PickupCode,
    PickupPass,
    Product,
    Receipt,
    Refusal,
    Refused,
    ReturnTicket,
    StaffBadge,
    StorePass,
    VoucherCode,
    parse,
)
from kiosk.services import pickup, returns
from kiosk.services.customer_view import CustomerClosed, CustomerView, LiveFetch, open_customer
from kiosk.services.device import home_store_id
from kiosk.services.errors import ActionRefused
from kiosk.store import LocalStore
from kiosk.store.models import LocalOrder, LocalProduct, LocalStock, LoyaltyCardIndex, PolicyEntry
from sync.client import RequestRefused, SyncError
from sync.protocol import PickupMethod

ScanKind = Literal["customer", "pickup", "return", "product", "voucher", "staff", "refused"]


@dataclass(frozen=True)
class ProductHere:
    product_id: str
    gtin: str
    name: str
    price_cents: int
    in_stock_here: int
    aisle: str
    in_other_stores: int


@dataclass(frozen=True)
class ScanOutcome:
    kind: ScanKind
    customer: CustomerView | None = None
    order_id: str | None = None
    order_number: str | None = None
    product: ProductHere | None = None
    refusal: Refusal | None = None
    """A `payloads.Refusal` value, or an `ActionRefused` code, for the UI to translate."""
    params: dict[str, Any] | None = None
    """The `ActionRefused` parameters when `refusal` is one of its codes."""
    order: pickup.DeskOrder | None = None
    """A pickup scan's order as it stands after the check-in: the desk shows it at once."""
    purchase: returns.ReturnOrder | None = None
    """A receipt's purchase, ready for the returns desk."""
    voucher: returns.VoucherView | None = None
    ticket: ReturnTicket | None = None
    """A kiosk's return ticket: the customer's choice of lines, to fill the desk's form."""
    staff_number: str | None = None


def key_ring(store: LocalStore) -> KeyRing:
    with store.read() as session:
        entry = session.get(PolicyEntry, ("jwks", "pass-signing"))
        return KeyRing.from_jwks(entry.data if entry else None)


def handle_scan(store: LocalStore, text: str, now: datetime | None = None,
                live: LiveFetch | None = None,
                fetch: pickup.OrderFetch | None = None,
                return_fetch: returns.OrderFetch | None = None) -> ScanOutcome:
    """`live` fetches a customer's live context (the local copy answers without it);
    `fetch` an order the local copy does not hold (None: offline), `return_fetch` the same
    for a receipt (any store's purchase)."""
    store_id = home_store_id(store)
    payload = parse(text, key_ring(store), store_id, now=now)
    if isinstance(payload, Refused):
        if payload.reason == Refusal.DEADLINE_PASSED:
            return _overdue(store, store_id, payload.detail)
        return ScanOutcome("refused", refusal=payload.reason)
    if isinstance(payload, StorePass):
        return open_scanned_customer(store, payload.customer_id, "pass", live, payload.cart_id)
    if isinstance(payload, LoyaltyCard):
        customer_id = card_owner(store, payload.number)
        if customer_id is None:
            return ScanOutcome("refused", refusal=Refusal.CARD_UNKNOWN)
        return open_scanned_customer(store, customer_id, "card", live)
    if isinstance(payload, PickupPass | PickupCode):
        return _pickup(store, store_id, payload, fetch)
    if isinstance(payload, Receipt | ReturnTicket):
        try:
            purchase = returns.open_return(store, payload.order_id, now, return_fetch)
        except ActionRefused as refused:
            return ScanOutcome("refused", refusal=refused.code, params=refused.params)
        return ScanOutcome("return", order_id=purchase.order_id, order_number=purchase.number,
                           purchase=purchase,
                           ticket=payload if isinstance(payload, ReturnTicket) else None)
    if isinstance(payload, StaffBadge):
        return ScanOutcome("staff", staff_number=payload.number)
    if isinstance(payload, VoucherCode):
        try:
            return ScanOutcome("voucher", voucher=returns.find_voucher(store, payload.voucher_id))
        except ActionRefused as refused:
            return ScanOutcome("refused", refusal=refused.code, params=refused.params)
    assert isinstance(payload, Product)
    return product_here(store, store_id, payload.gtin)


def card_owner(store: LocalStore, number: str) -> str | None:
    with store.read() as session:
        return session.scalars(select(LoyaltyCardIndex.customer_id).where(
            LoyaltyCardIndex.number == number)).first()


def open_scanned_customer(store: LocalStore, customer_id: str,
                          method: Literal["pass", "card"], live: LiveFetch | None,
                          cart_id: str | None = None) -> ScanOutcome:
    try:
        view = open_customer(store, customer_id, method, live, pass_cart_id=cart_id)
    except ActionRefused as refused:
        return ScanOutcome("refused", refusal=refused.code, params=refused.params)
    except CustomerClosed:
        return ScanOutcome("refused", refusal=Refusal.CUSTOMER_CLOSED)
    return ScanOutcome("customer", customer=view)


def _pickup(store: LocalStore, store_id: str | None, payload: PickupPass | PickupCode,
            fetch: pickup.OrderFetch | None) -> ScanOutcome:
    """A pickup pass or code is the verification: the order opens and its customer is
    checked in; when the order cannot be collected it still opens, with the reason."""
    if store_id is None:  # a tablet not set up for a store hands nothing over
        return ScanOutcome("refused", refusal=Refusal.OTHER_STORE)
    method: PickupMethod = "code" if isinstance(payload, PickupCode) else "pass"
    try:
        order_id = (pickup.find_by_code(store, store_id, payload.code)
                    if isinstance(payload, PickupCode) else payload.order_id)
        checked_in = check_in_by_pass(store, store_id, order_id, method, fetch)
    except ActionRefused as refused:
        if refused.code not in VISIT_REFUSALS:  # no such order here: nothing opens
            refusal = Refusal.OTHER_STORE if refused.code == Refusal.ORDER_OTHER_STORE \
                else refused.code
            return ScanOutcome("refused", refusal=refusal, params=refused.params)
        opened = pickup.open_order(store, order_id)
        return ScanOutcome("pickup", order_id=order_id, order_number=opened.number,
                           refusal=refused.code, params=refused.params, order=opened)
    return ScanOutcome("pickup", order_id=order_id, order_number=checked_in.number,
                       order=checked_in)


VISIT_REFUSALS = frozenset({"not_ready_for_check_in", "order_cancelled",
                            "order_returned_to_stock", "already_collected", "deadline_passed"})
"""Refusals of a check-in of an order the desk holds: the order still opens, with them."""


def check_in_by_pass(store: LocalStore, store_id: str, order_id: str, method: PickupMethod,
              fetch: pickup.OrderFetch | None) -> pickup.DeskOrder:
    """Check in from the local copy; a pass for an order it does not hold yet is fetched
    from the central API first."""
    try:
        return pickup.check_in(store, order_id, method, store_id=store_id)
    except ActionRefused as refused:
        if refused.code != "order_unknown" or method not in ("pass", "kiosk"):
            raise
    _fetch_if_missing(store, order_id, fetch)
    return pickup.check_in(store, order_id, method, store_id=store_id)


def _overdue(store: LocalStore, store_id: str | None, order_id: str) -> ScanOutcome:
    """A pickup pass past its deadline: refused, but the order opens (if this store holds
    it) so that the associate can extend the deadline when the policy allows."""
    with store.read() as session:
        order = session.get(LocalOrder, order_id)
        if order is None or order.store_id != store_id:
            return ScanOutcome("refused", refusal=Refusal.DEADLINE_PASSED)
        return ScanOutcome("pickup", order_id=order.id, order_number=order.number,
                           refusal=Refusal.DEADLINE_PASSED,
                           params={"number": order.number, "deadline": order.pickup_deadline})


def _fetch_if_missing(store: LocalStore, order_id: str, fetch: pickup.OrderFetch | None) -> None:
    with store.read() as session:
        if session.get(LocalOrder, order_id) is not None:
            return
    if fetch is None:
        raise ActionRefused(Refusal.ORDER_NOT_LOCAL_OFFLINE)
    try:
        pickup.fetch_order(store, order_id, fetch)
    except RequestRefused as error:
        code = {404: Refusal.ORDER_UNKNOWN, 403: Refusal.ORDER_OTHER_STORE}.get(
            error.status, Refusal.ORDER_NOT_LOCAL_OFFLINE)
        raise ActionRefused(code, order_id=order_id, number=order_id) from error
    except SyncError as error:
        raise ActionRefused(Refusal.ORDER_NOT_LOCAL_OFFLINE) from error


def product_here(store: LocalStore, store_id: str | None, gtin: str) -> ScanOutcome:
    with store.read() as session:
        product = session.scalars(select(LocalProduct).where(LocalProduct.gtin == gtin)).first()
        if product is None:
            return ScanOutcome("refused", refusal=Refusal.PRODUCT_UNKNOWN)
        levels = session.scalars(select(LocalStock).where(
            LocalStock.product_id == product.id)).all()
        here = next((s for s in levels if s.store_id == store_id), None)
        return ScanOutcome("product", product=ProductHere(
            product_id=product.id, gtin=product.gtin, name=product.name,
            price_cents=product.price_cents,
            in_stock_here=here.quantity if here else 0, aisle=here.aisle if here else "",
            in_other_stores=sum(s.quantity for s in levels if s.store_id != store_id)))
