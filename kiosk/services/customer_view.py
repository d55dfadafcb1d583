"""Customer 360: what the associate sees after a scan or a search, online or offline.

One shape of context (the server's `GET /v1/customers/{id}/context`, or the same shape
built from the local copy) becomes one `CustomerView`: the online journey grouped by
session, the online cart, orders from every channel, loyalty, vouchers, consents, and
suggestions "in stock here", each product with this store's stock. The local copy answers
at once; the live context is used when the server answers within `device.LIVE_TIMEOUT`.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, or_, select
from sqlalchemy.orm import Session

from kiosk.scanning.payloads import StorePass
from kiosk.services.customers import IdentifyMethod, record_identification
from kiosk.services.device import home_store_id
from kiosk.services.errors import ActionRefused
from kiosk.store import LocalStore
from kiosk.store.models import (
    FeedState,
    LocalAvailability,
    LocalCustomer,
    LocalOrder,
    LocalProduct,
    LocalReservation,
    LocalStock,
)
from kiosk.store.replica import get_setting, store_fetched_customer
from sync.records import (
    BrowsingRecord,
    CartRecord,
    ConsentsRecord,
    CustomerContext,
    CustomerRecord,
    OrderRecord,
    PastReturnRecord,
    ProductRecord,
    ReservationRecord,
    VoucherRecord,
)
from sync.rules.pickup import is_on_the_shelf, is_preparable
from sync.rules.refusals import Refusal
from sync.sqltypes import parse_time

log = logging.getLogger(__name__)

Availability = Literal["here", "other_stores", "online_only", "discontinued", "unknown"]
Source = Literal["live", "local", "pass_only"]
SUGGESTIONS = 8
RECENT_BROWSING_KEPT = 20
"""As many browsing events as the customers feed carries."""
LiveFetch = Callable[..., dict[str, Any]]
"""A customer's live context by id (a kiosk adds the proof the customer gave)."""


class CustomerClosed(Exception):
    """The central API says this customer no longer exists (account closed or erased)."""


@dataclass(frozen=True)
class ProductCard:
    product_id: str
    name: str
    """Empty when the product is missing from the local catalog."""
    brand: str = ""
    category: str = ""
    color: str = ""
    price_cents: int | None = None
    availability: Availability = "unknown"
    in_stock_here: int = 0
    aisle: str = ""
    in_other_stores: int = 0
    """How many other stores have it (the availability feed's summary)."""
    reserved_here: int = 0
    """Put aside for customers to try on; `in_stock_here` already excludes them."""


@dataclass(frozen=True)
class BrowsingItem:
    kind: str
    """"view" or "search"."""
    occurred_at: datetime
    channel: str
    product: ProductCard | None = None
    query: str | None = None


@dataclass(frozen=True)
class BrowsingSession:
    session_id: str
    channel: str
    last_at: datetime
    items: list[BrowsingItem]
    """Newest first."""


@dataclass(frozen=True)
class CartLine:
    product: ProductCard
    size: str | None
    quantity: int
    unit_price_cents: int


@dataclass(frozen=True)
class OrderSummary:
    id: str
    number: str
    channel: str
    fulfilment: str
    store_id: str | None
    status: str
    pickup_state: str | None
    total_cents: int
    created_at: datetime | None
    waiting_here: bool
    """A click & collect order ready (or being prepared) at this store: shown first."""


@dataclass(frozen=True)
class Suggestion:
    product: ProductCard
    reasons: list[tuple[str, int]]
    """(reason code, count): ("viewed", 3), ("in_cart", 1), ("same_brand", 0),
    ("same_category", 0), ("same_colour", 0). The UI words them."""


@dataclass
class CustomerView:
    customer_id: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    loyalty_tier: str = ""
    points_balance: int = 0
    cards: list[str] = field(default_factory=list)
    consents: ConsentsRecord = field(default_factory=ConsentsRecord)
    vouchers: list[VoucherRecord] = field(default_factory=list)
    source: Source = "local"
    identified_by: IdentifyMethod = "search"
    """How the customer was identified: a kiosk opens purchases only to their own pass."""
    as_of: datetime | None = None
    """For the local copy: when the customers feed was last pulled."""
    browsing_visible: bool = False
    browsing_hidden_reason: str | None = None
    """"no_consent" when browsing is hidden."""
    sessions: list[BrowsingSession] = field(default_factory=list)
    cart_id: str | None = None
    cart: list[CartLine] = field(default_factory=list)
    orders: list[OrderSummary] = field(default_factory=list)
    returns: list[PastReturnRecord] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    live_orders: tuple[OrderRecord, ...] = ()
    """The orders the live context sent (in memory only: a kiosk's returns list them)."""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def has_history(self) -> bool:
        return bool(self.sessions or self.cart or self.orders)


def open_customer(store: LocalStore, customer_id: str, method: IdentifyMethod,
                  live: LiveFetch | None = None, store_pass: StorePass | None = None,
                  keep: bool = True) -> CustomerView:
    """Record the identification, then build the view: live when the server answers, else
    from the local copy, else (a store pass for a customer this device does not hold, and
    no network) a view from what the signed pass carries. `keep`: a store tablet keeps a
    customer fetched live (outside its working set) for the visit; a kiosk keeps nothing.
    Raises CustomerClosed when the server says the customer no longer exists,
    ActionRefused when nobody holds them."""
    context: CustomerContext | None = None
    source: Source = "local"
    if live is not None:
        try:
            context, source = CustomerContext.model_validate(live(customer_id)), "live"
        except Exception as exc:  # offline, slow or failing server: the local copy answers
            if getattr(exc, "status", None) == 404:
                raise CustomerClosed(customer_id) from exc
            log.info("live context unavailable (%s); using the local copy", exc)
    with store.write() as session:
        connection = session.connection()
        if context is not None and keep:
            if session.get(LocalCustomer, customer_id) is None:
                store_fetched_customer(session, held_record(context))
        elif context is None:
            context = local_context(connection, customer_id)
        if context is None and method != "pass":
            raise ActionRefused(Refusal.CUSTOMER_UNKNOWN, customer_id=customer_id)
        record_identification(session, customer_id, method)
    if context is None:
        return pass_view(customer_id, store_pass)
    store_id = home_store_id(store)
    with store.read() as session:
        as_of = local_copy_as_of(session) if source == "local" else None
        return build_view(session.connection(), context, store_id,
                          source=source, as_of=as_of, method=method)


def held_record(context: CustomerContext) -> CustomerRecord:
    """What a tablet keeps of a customer fetched live: the customers feed's shape (cart,
    and recent browsing only with their consent to personalisation)."""
    profile = context.customer
    browsing = context.browsing[:RECENT_BROWSING_KEPT] if profile.consents.personalisation \
        else ()
    return profile.model_copy(update={"cart": context.cart, "recent_browsing": browsing})


def pass_view(customer_id: str, store_pass: StorePass | None) -> CustomerView:
    """Offline, a customer this device does not hold: what their signed pass carries (their
    name to greet them, the cart it names); the rest needs the network."""
    if store_pass is None:
        return CustomerView(customer_id=customer_id, source="pass_only",
                            browsing_hidden_reason="not_local")
    return CustomerView(customer_id=customer_id, source="pass_only",
                        cart_id=store_pass.cart_id, first_name=store_pass.first_name or "",
                        last_name=store_pass.last_name or "", identified_by="pass",
                        browsing_hidden_reason="not_local")


def local_copy_as_of(session: Session) -> datetime | None:
    """When the customers in the local copy were last known current: the last pull that
    brought something, or a later successful round (which found nothing new)."""
    feed = session.get(FeedState, "customers")
    if feed is None or feed.pulled_at is None:
        return None
    last_ok = parse_time(get_setting(session, "last_pull_ok_at"))
    return max(feed.pulled_at, last_ok) if last_ok is not None else feed.pulled_at


def local_context(connection: Connection, customer_id: str) -> CustomerContext | None:
    """The server's context, from the local copy (returns are not held locally)."""
    customer = connection.execute(
        select(LocalCustomer.data).where(LocalCustomer.id == customer_id)).scalar_one_or_none()
    if customer is None:
        return None
    profile = CustomerRecord.model_validate({**customer, "id": customer_id})
    orders = connection.execute(
        select(LocalOrder.id, LocalOrder.data).where(LocalOrder.customer_id == customer_id)
        .order_by(LocalOrder.created_at.desc())).all()
    return CustomerContext(customer=profile, cart=profile.cart,
                           browsing=profile.recent_browsing,
                           orders=tuple(OrderRecord.model_validate({**data, "id": order_id})
                                        for order_id, data in orders))


def build_view(connection: Connection, context: CustomerContext, store_id: str | None, *,
               source: Source, as_of: datetime | None, method: IdentifyMethod) -> CustomerView:
    profile = context.customer
    view = CustomerView(
        customer_id=profile.id, first_name=profile.first_name, last_name=profile.last_name,
        email=profile.email, phone=profile.phone, loyalty_tier=profile.loyalty.tier,
        points_balance=profile.loyalty.points, cards=list(profile.loyalty.cards),
        consents=profile.consents, vouchers=[v for v in profile.vouchers if v.usable],
        source=source, identified_by=method, as_of=as_of, returns=list(context.returns),
        live_orders=context.orders if source == "live" else ())
    # Browsing is personal data used for personalisation: shown with consent, or when the
    # customer has just shown their own store pass (they are asking us to continue).
    view.browsing_visible = profile.consents.personalisation or method == "pass"
    if not view.browsing_visible:
        view.browsing_hidden_reason = "no_consent"
    browsing = context.browsing if view.browsing_visible else ()
    cart = context.cart
    mentioned = {b.product_id for b in browsing if b.product_id}
    mentioned |= {line.product_id for line in cart.lines} if cart else set()
    cards = product_cards(connection, store_id, mentioned)
    view.sessions = _sessions(browsing, cards)
    if cart:
        view.cart_id = cart.id
        view.cart = [CartLine(cards[line.product_id], line.size, line.quantity,
                              line.unit_price_cents) for line in cart.lines]
    view.orders = _orders(context.orders, store_id)
    if view.browsing_visible:
        view.suggestions = suggest(connection, store_id, browsing, cart, cards)
    return view


def product_cards(connection: Connection, store_id: str | None,
                  product_ids: Iterable[str]) -> dict[str, ProductCard]:
    """Each product with this store's stock; an id missing from the catalog still gets a
    card (availability "unknown") so nothing on screen breaks."""
    ids = sorted(set(product_ids))
    if not ids:
        return {}
    products = {p.id: p for p in connection.execute(
        select(LocalProduct.id, LocalProduct.name, LocalProduct.brand, LocalProduct.category,
               LocalProduct.price_cents, LocalProduct.data).where(LocalProduct.id.in_(ids)))}
    here: dict[str, tuple[int, str]] = {}
    now = datetime.now(UTC)
    held: dict[str, dict[str, int]] = {}
    for row in connection.execute(select(LocalStock.product_id, LocalStock.quantity,
                                         LocalStock.aisle, LocalStock.reservations)
                                  .where(LocalStock.product_id.in_(ids),
                                         LocalStock.store_id == store_id)):
        here[row.product_id] = (row.quantity, row.aisle)
        reservations = [ReservationRecord.model_validate(r) for r in row.reservations or []]
        held[row.product_id] = {r.id: r.quantity for r in reservations
                                if (r.expires_at or now) > now}
    elsewhere = {row.product_id: row.stores_in_stock for row in connection.execute(select(
        LocalAvailability.product_id, LocalAvailability.stores_in_stock).where(
        LocalAvailability.product_id.in_(ids)))}
    for mine in connection.execute(select(
            LocalReservation.id, LocalReservation.product_id, LocalReservation.quantity).where(
            LocalReservation.product_id.in_(ids), LocalReservation.store_id == store_id,
            LocalReservation.expires_at > now)):
        held.setdefault(mine.product_id, {})[mine.id] = mine.quantity
    cards = {}
    for product_id in ids:
        product = products.get(product_id)
        if product is None:
            cards[product_id] = ProductCard(product_id, "")
            continue
        record = ProductRecord.model_validate(product.data)
        on_shelf, aisle = here.get(product_id, (0, ""))
        reserved = sum(held.get(product_id, {}).values())
        quantity = on_shelf - reserved
        availability: Availability = (
            "discontinued" if not record.active else "here" if quantity > 0
            else "other_stores" if elsewhere.get(product_id, 0) > 0 else "online_only")
        cards[product_id] = ProductCard(
            product_id, product.name, product.brand, product.category,
            record.color, product.price_cents,
            availability, max(quantity, 0), aisle, elsewhere.get(product_id, 0), reserved)
    return cards


def _sessions(browsing: Sequence[BrowsingRecord],
              cards: dict[str, ProductCard]) -> list[BrowsingSession]:
    by_session: dict[str, list[BrowsingItem]] = {}
    for event in browsing:
        by_session.setdefault(event.session_id, []).append(BrowsingItem(
            kind=event.kind, occurred_at=event.occurred_at, channel=event.channel,
            product=cards.get(event.product_id) if event.product_id else None,
            query=event.query))
    sessions = []
    for session_id, items in by_session.items():
        items.sort(key=lambda i: i.occurred_at, reverse=True)
        sessions.append(BrowsingSession(session_id, items[0].channel, items[0].occurred_at,
                                        items))
    sessions.sort(key=lambda s: s.last_at, reverse=True)
    return sessions


def _orders(orders: Sequence[OrderRecord], store_id: str | None) -> list[OrderSummary]:
    summaries = [OrderSummary(
        id=o.id, number=o.number, channel=o.channel, fulfilment=o.fulfilment,
        store_id=o.store_id, status=o.status, pickup_state=o.pickup_state,
        total_cents=o.total_cents, created_at=o.created_at,
        waiting_here=(o.fulfilment == "click_collect" and o.store_id == store_id
                      and (is_preparable(o.pickup_state) or is_on_the_shelf(o.pickup_state))))
        for o in orders]
    oldest = datetime.min.replace(tzinfo=UTC)
    summaries.sort(key=lambda s: (not s.waiting_here, -(s.created_at or oldest).timestamp()))
    return summaries


def suggest(connection: Connection, store_id: str | None, browsing: Sequence[BrowsingRecord],
            cart: CartRecord | None, cards: dict[str, ProductCard],
            limit: int = SUGGESTIONS) -> list[Suggestion]:
    """"Similar to what they looked at, in stock here": the viewed and carted products and
    their neighbours (same brand, category, colour), scored, in stock at this store only."""
    views = Counter(b.product_id for b in browsing if b.product_id and b.kind == "view")
    in_cart = {line.product_id for line in cart.lines} if cart else set()
    seeds = [cards[p] for p in set(views) | in_cart if p in cards and cards[p].name]
    if not seeds or store_id is None:
        return []
    brands = {s.brand for s in seeds if s.brand}
    categories = {s.category for s in seeds if s.category}
    colours = {s.color for s in seeds if s.color}
    rows = connection.execute(
        select(LocalProduct.id, LocalProduct.brand, LocalProduct.category, LocalStock.quantity)
        .join(LocalStock, LocalStock.product_id == LocalProduct.id)
        .where(LocalStock.store_id == store_id, LocalStock.quantity > 0,
               or_(LocalProduct.brand.in_(brands), LocalProduct.category.in_(categories),
                   LocalProduct.id.in_([s.product_id for s in seeds])))
    ).all()

    def score(product_id: str, brand: str, category: str, quantity: int) -> float:
        return (3 * views[product_id] + (4 if product_id in in_cart else 0)
                + (2 if brand in brands else 0) + (1.5 if category in categories else 0)
                + min(quantity, 10) / 20)  # plenty on the shelf: easier to try on

    # Score on plain columns first; build full cards (stock, reservations, colour) only for
    # a short list, which is what keeps a customer with a long history fast to open.
    ranked = sorted(rows, key=lambda r: (-score(*r), r.id))[:limit * 3]
    candidates = product_cards(connection, store_id, [r.id for r in ranked])
    scored = []
    for card in candidates.values():
        if card.availability != "here":
            continue  # reserved for others since, or discontinued
        reasons: list[tuple[str, int]] = []
        if views[card.product_id]:
            reasons.append(("viewed", views[card.product_id]))
        if card.product_id in in_cart:
            reasons.append(("in_cart", 1))
        if card.brand in brands:
            reasons.append(("same_brand", 0))
        if card.category in categories:
            reasons.append(("same_category", 0))
        colour_match = bool(card.color and card.color in colours)
        if colour_match:
            reasons.append(("same_colour", 0))
        total = score(card.product_id, card.brand, card.category, card.in_stock_here)
        scored.append((total + 0.5 * colour_match, card.product_id, Suggestion(card, reasons)))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [s for _, _, s in scored[:limit]]
