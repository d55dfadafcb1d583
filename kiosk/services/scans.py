"""One handler for every scan, camera or wedge: classify, verify, then open what it names.

A store pass or loyalty card opens the customer, a pickup pass (or a typed pickup code)
the order at the desk, a receipt the return, a product its stock here. A refusal changes
nothing and says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, Literal

from sqlalchemy import select

from kiosk.scanning.payloads import (
    KeyRing,
    LoyaltyCard,
    Parsed,
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
from kiosk.services import kiosk, pickup, returns
from kiosk.services.customer_view import CustomerClosed, CustomerView, LiveFetch, open_customer
from kiosk.services.device import home_store_id
from kiosk.services.errors import ActionRefused
from kiosk.store import LocalStore
from kiosk.store.models import (
    LocalAvailability,
    LocalOrder,
    LocalProduct,
    LocalStock,
    LoyaltyCardIndex,
    PolicyEntry,
)
from sync.client import SyncError
from sync.protocol import PickupMethod
from sync.records import NearbyStockRecord

ScanKind = Literal["customer", "pickup", "checked_in", "return", "product", "voucher", "staff",
                   "refused"]
ScanMode = Literal["associate", "kiosk"]
log = logging.getLogger(__name__)

CardLookup = Callable[[str], str | None]
"""Whose loyalty card a number is, asked of the central API (`ApiClient.card_owner`)."""


@dataclass(frozen=True)
class ProductHere:
    product_id: str
    gtin: str
    name: str
    price_cents: int
    in_stock_here: int
    aisle: str
    in_other_stores: int
    """How many other stores have it (the availability feed's summary)."""
    nearest: tuple[NearbyStockRecord, ...] = ()
    """The nearest of them, with their counts."""


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
    check_in: kiosk.CheckIn | None = None
    """A customer's own check-in at the kiosk: their place in the queue."""


def key_ring(store: LocalStore) -> KeyRing:
    with store.read() as session:
        entry = session.get(PolicyEntry, ("jwks", "pass-signing"))
        return KeyRing.from_jwks(entry.data if entry else None)


def handle_scan(store: LocalStore, text: str, now: datetime | None = None,
                live: LiveFetch | None = None,
                fetch: pickup.OrderFetch | None = None,
                return_fetch: returns.OrderFetch | None = None,
                mode: ScanMode = "associate", session_customer: str | None = None,
                card_lookup: CardLookup | None = None) -> ScanOutcome:
    """Every scan of both modes. `live` fetches a customer's live context (the local copy
    answers without it); `fetch` an order the local copy does not hold (None: offline),
    `return_fetch` the same for a receipt (any store's purchase), `card_lookup` whose a
    loyalty card this device does not hold is (None: offline). At a kiosk
    (`mode="kiosk"`) only what a customer alone may use opens anything, and
    `session_customer` is whose session is open there (None at the welcome screen)."""
    store_id = home_store_id(store)
    payload = parse(text, key_ring(store), store_id, now=now)
    try:
        if mode == "kiosk":
            return _for_customer(store, store_id, text, payload, session_customer, live, fetch,
                                 now, card_lookup)
        return _for_associate(store, store_id, payload, live, fetch, return_fetch, now,
                              card_lookup)
    except ActionRefused as refused:
        return ScanOutcome("refused", refusal=refused.code, params=refused.params)


def _for_associate(store: LocalStore, store_id: str | None, payload: Parsed,
                   live: LiveFetch | None, fetch: pickup.OrderFetch | None,
                   return_fetch: returns.OrderFetch | None, now: datetime | None,
                   card_lookup: CardLookup | None) -> ScanOutcome:
    if isinstance(payload, Refused):
        if payload.reason == Refusal.DEADLINE_PASSED:
            return _overdue(store, store_id, payload.detail)
        return ScanOutcome("refused", refusal=payload.reason)
    if isinstance(payload, StorePass | LoyaltyCard):
        return _customer(store, payload, live, card_lookup)
    if isinstance(payload, PickupPass | PickupCode):
        return _pickup(store, store_id, payload, fetch)
    if isinstance(payload, Receipt | ReturnTicket):
        purchase = returns.open_return(
            store, payload.order_id, now, return_fetch,
            payload.order if isinstance(payload, Receipt) else None)
        return ScanOutcome("return", order_id=purchase.order_id, order_number=purchase.number,
                           purchase=purchase,
                           ticket=payload if isinstance(payload, ReturnTicket) else None)
    if isinstance(payload, StaffBadge):
        return ScanOutcome("staff", staff_number=payload.number)
    if isinstance(payload, VoucherCode):
        return ScanOutcome("voucher", voucher=returns.find_voucher(store, payload.voucher_id))
    return product_here(store, store_id, payload.gtin)


def _for_customer(store: LocalStore, store_id: str | None, text: str, payload: Parsed,
                  session_customer: str | None, live: LiveFetch | None,
                  fetch: pickup.OrderFetch | None, now: datetime | None,
                  card_lookup: CardLookup | None) -> ScanOutcome:
    """A customer alone at the kiosk: their own pass or card, their pickup pass, a product
    label. A staff badge, a receipt or a voucher opens nothing, and while one customer's
    session is open another customer's pass is refused."""
    if isinstance(payload, Refused):
        return ScanOutcome("refused", refusal=payload.reason)
    if isinstance(payload, StaffBadge):
        return ScanOutcome("refused", refusal=Refusal.STAFF_BADGE)
    if isinstance(payload, StorePass | LoyaltyCard):
        # The central API shows a kiosk a customer only with the proof they just gave.
        proof = {"store_pass": text.strip()} if isinstance(payload, StorePass) \
            else {"loyalty_card": payload.number}
        return _customer(store, payload, partial(live, **proof) if live else None,
                         card_lookup, session_customer, keep=False)  # a kiosk keeps nobody
    if isinstance(payload, PickupPass):
        checked_in = kiosk.check_in(store, payload.order_id, session_customer, fetch, now)
        return ScanOutcome("checked_in", order_id=payload.order_id,
                           order_number=checked_in.order_number, check_in=checked_in)
    if isinstance(payload, Product):
        return product_here(store, store_id, payload.gtin)
    return ScanOutcome("refused", refusal=Refusal.DESK_ONLY)  # receipts, vouchers, codes


def _customer(store: LocalStore, payload: StorePass | LoyaltyCard, live: LiveFetch | None,
              card_lookup: CardLookup | None, session_customer: str | None = None,
              keep: bool = True) -> ScanOutcome:
    customer_id = payload.customer_id if isinstance(payload, StorePass) \
        else card_holder(store, payload.number, card_lookup)
    if session_customer is not None and customer_id != session_customer:
        return ScanOutcome("refused", refusal=Refusal.ANOTHER_CUSTOMER)
    method: Literal["pass", "card"] = "pass" if isinstance(payload, StorePass) else "card"
    try:
        view = open_customer(store, customer_id, method, live,
                             payload if isinstance(payload, StorePass) else None, keep=keep)
    except ActionRefused as refused:
        return ScanOutcome("refused", refusal=refused.code, params=refused.params)
    except CustomerClosed:
        return ScanOutcome("refused", refusal=Refusal.CUSTOMER_CLOSED)
    return ScanOutcome("customer", customer=view)


def card_owner(store: LocalStore, number: str) -> str | None:
    with store.read() as session:
        return session.scalars(select(LoyaltyCardIndex.customer_id).where(
            LoyaltyCardIndex.number == number)).first()


def card_holder(store: LocalStore, number: str, lookup: CardLookup | None) -> str:
    """Whose card: the store's copy first (its working set), else the central API; refused
    when nobody holds it, or when finding out needs the network."""
    held = card_owner(store, number)
    if held is not None:
        return held
    if lookup is None:
        raise ActionRefused(Refusal.CARD_NEEDS_NETWORK)
    try:
        owner = lookup(number)
    except SyncError as exc:
        log.info("card lookup failed: %s", exc)
        raise ActionRefused(Refusal.CARD_NEEDS_NETWORK) from exc
    if owner is None:
        raise ActionRefused(Refusal.CARD_UNKNOWN)
    return owner


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
        checked_in = pickup.check_in_by_pass(store, store_id, order_id, method, fetch)
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


def product_here(store: LocalStore, store_id: str | None, gtin: str) -> ScanOutcome:
    with store.read() as session:
        product = session.scalars(select(LocalProduct).where(LocalProduct.gtin == gtin)).first()
        if product is None:
            return ScanOutcome("refused", refusal=Refusal.PRODUCT_UNKNOWN)
        here = session.get(LocalStock, (store_id, product.id)) if store_id else None
        summary = session.get(LocalAvailability, product.id)
        elsewhere = summary.record() if summary else None
        return ScanOutcome("product", product=ProductHere(
            product_id=product.id, gtin=product.gtin, name=product.name,
            price_cents=product.price_cents,
            in_stock_here=here.quantity if here else 0, aisle=here.aisle if here else "",
            in_other_stores=elsewhere.stores_in_stock if elsewhere else 0,
            nearest=elsewhere.nearest if elsewhere else ()))
