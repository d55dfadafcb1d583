"""Change feeds: what a store's devices copy locally, page by page, by version.

A cursor is `<epoch>.<version>`: the database's epoch (a re-seeded or restored
database has another one, so old cursors answer 410 Gone) and the highest version
the device holds. Rows are read in version order, so a page plus its cursor is a
consistent step forward.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial
from math import asin, cos, radians, sin, sqrt
from typing import Any

from sqlalchemy import (
    BigInteger,
    BindParameter,
    ColumnElement,
    String,
    and_,
    bindparam,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from cloud_stub.crud.clock import current_epoch, epoch_column, settled_horizon
from cloud_stub.crud.policy import scope_policy
from cloud_stub.models import (
    AssistanceRequest,
    BrowsingEvent,
    Cart,
    Customer,
    Device,
    DeviceEvent,
    Order,
    PolicyItem,
    Product,
    ProductAvailability,
    Reservation,
    Return,
    StockLevel,
    Store,
    StoreCustomer,
)
from sync.protocol import FeedItem, FeedPage
from sync.records import (
    AssistanceRecord,
    AvailabilityRecord,
    BrowsingRecord,
    CartLineRecord,
    CartRecord,
    ConsentsRecord,
    CustomerRecord,
    LoyaltyRecord,
    NearbyStockRecord,
    OrderLineRecord,
    OrderRecord,
    PaymentRecord,
    ProductRecord,
    ReservationRecord,
    StockRecord,
    VoucherRecord,
    wire,
)
from sync.rules.scope import OPEN_PICKUP, ScopePolicy
from sync.sqltypes import utcnow

RECENT_BROWSING_IN_FEED = 20
NO_RECEIPT_WINDOW = timedelta(days=365)
"""Returns without receipt count against the policy's yearly limit over this window."""


class CursorGone(Exception):
    """The cursor belongs to another epoch of the database: resync the feed."""


class BadCursor(ValueError):
    """The cursor is not one this server hands out."""


def parse_cursor(cursor: str | None, epoch: str) -> int:
    if not cursor:
        return 0
    head, sep, tail = cursor.partition(".")
    if not sep or not tail.isdigit() or len(cursor) > 64:
        raise BadCursor(f"malformed cursor {cursor[:64]!r}")
    if head != epoch:
        raise CursorGone("the server's data was reset; resync this feed from scratch")
    return int(tail)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- records: one per kind, shared with the customer context endpoint ----------------------


def order_record(order: Order) -> OrderRecord:
    customer = order.customer
    return OrderRecord(
        id=order.id, number=order.number, customer_id=order.customer_id,
        customer_name=f"{customer.first_name} {customer.last_name}"
        if customer and not customer.deleted else None,
        channel=order.channel, fulfilment=order.fulfilment, store_id=order.store_id,
        status=order.status, payment_state=order.payment_state,
        pickup_state=order.pickup_state, pickup_code=order.pickup_code, shelf=order.shelf,
        created_at=order.created_at, ready_at=order.ready_at,
        pickup_deadline=order.pickup_deadline, checked_in_at=order.checked_in_at,
        collected_at=order.collected_at, checkin_method=order.checkin_method,
        collector_name=order.collector_name, extensions=order.extensions,
        subtotal_cents=order.subtotal_cents, discount_cents=order.discount_cents,
        total_cents=order.total_cents,
        lines=tuple(OrderLineRecord(
            line_no=line.line_no, product_id=line.product_id, size=line.size,
            quantity=line.quantity, unit_price_cents=line.unit_price_cents,
            discount_cents=line.discount_cents, status=line.status,
            returned_quantity=line.returned_quantity, picked=line.picked_quantity,
            missing=line.missing_quantity, handed_over=line.handed_over_quantity,
            refused=line.refused_quantity) for line in order.lines),
        payments=tuple(PaymentRecord(method=p.method, amount_cents=p.amount_cents)
                       for p in order.payments))


def kiosk_order(record: OrderRecord) -> OrderRecord:
    """An order as a customer-facing kiosk may hold it: no pickup code (it is the proof of
    collection) and no customer's full name."""
    return record.model_copy(update={"pickup_code": None, "customer_name": None})


def kiosk_customer(record: CustomerRecord) -> CustomerRecord:
    """A customer as a customer-facing kiosk may hold them: first name, loyalty and cart
    (greeting, points, "my cart"); no last name, contact, vouchers or browsing."""
    return CustomerRecord(id=record.id, first_name=record.first_name, loyalty=record.loyalty,
                          consents=record.consents, cart=record.cart)


def product_record(product: Product) -> ProductRecord:
    return ProductRecord(
        id=product.id, gtin=product.gtin, sku=product.sku, name=product.name,
        brand=product.brand, category=product.category, price_cents=product.price_cents,
        attributes=product.attributes, active=product.active)


def no_receipt_counts(session: Session, customer_ids: Sequence[str],
                      now: datetime) -> dict[str, int]:
    """Returns without receipt per customer over the last year (the policy limits them)."""
    if not customer_ids:
        return {}
    rows = session.execute(
        select(Return.customer_id, func.count()).where(
            Return.customer_id.in_(customer_ids), Return.order_id.is_(None),
            Return.created_at > now - NO_RECEIPT_WINDOW)
        .group_by(Return.customer_id)).all()
    return {str(customer_id): int(count) for customer_id, count in rows}


def customer_record(customer: Customer, no_receipt_returns: int = 0,
                    cart: CartRecord | None = None,
                    browsing: Sequence[BrowsingRecord] = ()) -> CustomerRecord:
    """`no_receipt_returns`: returns without receipt over the last year (policy-limited)."""
    return CustomerRecord(
        id=customer.id, first_name=customer.first_name, last_name=customer.last_name,
        email=customer.email, phone=customer.phone, language=customer.language,
        created_at=customer.created_at,
        loyalty=LoyaltyRecord(tier=customer.loyalty_tier, points=customer.points_balance,
                              cards=tuple(c.number for c in customer.cards
                                          if c.status == "active")),
        consents=ConsentsRecord(personalisation=customer.consent_personalisation,
                                email=customer.consent_email, sms=customer.consent_sms),
        vouchers=tuple(VoucherRecord(
            id=v.id, kind=v.kind, amount_cents=v.amount_cents, balance_cents=v.balance_cents,
            expires_at=v.expires_at, status=v.status) for v in customer.vouchers),
        no_receipt_returns=no_receipt_returns, cart=cart, recent_browsing=tuple(browsing))


def cart_record(cart: Cart) -> CartRecord:
    return CartRecord(
        id=cart.id, channel=cart.channel, status=cart.status, updated_at=cart.updated_at,
        lines=tuple(CartLineRecord(product_id=line.product_id, size=line.size,
                                   quantity=line.quantity,
                                   unit_price_cents=line.unit_price_cents)
                    for line in cart.lines))


def browsing_record(event: BrowsingEvent) -> BrowsingRecord:
    return BrowsingRecord(session_id=event.session_id, kind=event.kind,
                          product_id=event.product_id, query=event.query,
                          channel=event.channel, occurred_at=event.occurred_at)


# --- feeds ----------------------------------------------------------------------------------


def orders_in_scope(store_id: str, policy: ScopePolicy, now: datetime) -> ColumnElement[bool]:
    """`sync.rules.scope.order_in_scope` as SQL: what a store's devices hold of orders."""
    click_collect = Order.fulfilment == "click_collect"
    return and_(Order.store_id == store_id, or_(
        and_(Order.fulfilment == "in_store", Order.created_at >= policy.sales_since(now)),
        and_(click_collect, Order.pickup_state.in_(OPEN_PICKUP)),
        and_(click_collect, Order.pickup_state == "collected",
             func.coalesce(Order.collected_at, Order.created_at) >= policy.sales_since(now)),
        and_(click_collect, Order.pickup_state.not_in((*OPEN_PICKUP, "collected")),
             func.coalesce(Order.pickup_deadline, Order.created_at)
             >= policy.closed_pickup_since(now)),
    ))


def _orders(session: Session, store_id: str, after: int, upto: int, limit: int,
            kiosk: bool = False) -> list[FeedItem]:
    """The store's desk window (`sync.rules.scope`); any other order is fetched on demand."""
    rows = session.scalars(
        select(Order)
        .where(Order.version > after, Order.version <= upto)
        .where(orders_in_scope(store_id, scope_policy(session), utcnow()))
        .order_by(Order.version)
        .limit(limit)
        .options(
            selectinload(Order.lines), selectinload(Order.payments), selectinload(Order.customer)
        )
    ).all()
    shown = kiosk_order if kiosk else (lambda record: record)
    return [FeedItem(kind="order", id=o.id, version=o.version,
                     data=wire(shown(order_record(o)))) for o in rows]


def recent_browsing(session: Session, customer_ids: Sequence[str],
                    per_customer: int) -> dict[str, list[BrowsingRecord]]:
    """Each customer's latest browsing events, newest first."""
    browsing: dict[str, list[BrowsingRecord]] = defaultdict(list)
    if not customer_ids:
        return browsing
    for event in session.scalars(
        select(BrowsingEvent)
        .where(BrowsingEvent.customer_id.in_(customer_ids))
        .order_by(BrowsingEvent.customer_id, BrowsingEvent.occurred_at.desc())
    ):
        recent = browsing[event.customer_id]
        if len(recent) < per_customer:
            recent.append(browsing_record(event))
    return browsing


def open_carts(session: Session, customer_ids: Sequence[str]) -> dict[str, CartRecord]:
    if not customer_ids:
        return {}
    return {cart.customer_id: cart_record(cart) for cart in session.scalars(
        select(Cart).where(Cart.customer_id.in_(customer_ids), Cart.status == "open")
        .options(selectinload(Cart.lines)))}


def feed_customer_records(session: Session, customers: Sequence[Customer],
                          seen: dict[str, datetime | None]) -> dict[str, CustomerRecord]:
    """The customers feed's record of each live customer: profile, open cart, and recent
    browsing for those who agreed to personalisation only."""
    ids = [c.id for c in customers if not c.deleted]
    consenting = [c.id for c in customers if not c.deleted and c.consent_personalisation]
    carts = open_carts(session, ids)
    browsing = recent_browsing(session, consenting, RECENT_BROWSING_IN_FEED)
    no_receipt = no_receipt_counts(session, ids, utcnow())
    return {c.id: customer_record(c, no_receipt.get(c.id, 0), carts.get(c.id),
                                  browsing.get(c.id, ())).model_copy(
                                      update={"seen_here_at": seen.get(c.id)})
            for c in customers if not c.deleted}


def _customers(session: Session, store_id: str, after: int, upto: int,
               limit: int) -> list[FeedItem]:
    """The store's working set (`crud.working_set`); a kiosk holds no customers at all
    (`KIOSK_WITHHELD`)."""
    now = utcnow()
    policy = scope_policy(session)
    member = or_(StoreCustomer.open_pickup, StoreCustomer.seen_at >= policy.working_set_since(now))
    rows = session.execute(
        select(StoreCustomer.version, StoreCustomer.seen_at, Customer)
        .join(Customer, Customer.id == StoreCustomer.customer_id)
        .where(StoreCustomer.store_id == store_id, StoreCustomer.version > after,
               StoreCustomer.version <= upto)
        # an erasure reaches a device that may hold them; a fresh one never needs it
        .where(or_(StoreCustomer.erased, member) if after
               else and_(~StoreCustomer.erased, member))
        .order_by(StoreCustomer.version)
        .limit(limit)
        .options(selectinload(Customer.cards), selectinload(Customer.vouchers))
    ).all()
    records = feed_customer_records(session, [c for _v, _s, c in rows],
                                    {c.id: seen for _v, seen, c in rows})
    return [FeedItem(kind="customer", id=c.id, version=version, deleted=True)
            if c.deleted else
            FeedItem(kind="customer", id=c.id, version=version, data=wire(records[c.id]))
            for version, _seen, c in rows]


def _catalog(session: Session, store_id: str, after: int, upto: int,
             limit: int) -> list[FeedItem]:
    rows = session.scalars(
        select(Product).where(Product.version > after, Product.version <= upto)
        .order_by(Product.version).limit(limit)
    ).all()
    return [
        FeedItem(kind="product", id=p.id, version=p.version, deleted=p.deleted,
                 data=None if p.deleted else wire(product_record(p)))
        for p in rows
    ]


def _stock(session: Session, store_id: str, after: int, upto: int, limit: int) -> list[FeedItem]:
    """This store's stock, row by row, with its active reservations. Other stores' stock
    is the `availability` feed's summary."""
    rows = session.scalars(
        select(StockLevel)
        .where(StockLevel.store_id == store_id, StockLevel.version > after,
               StockLevel.version <= upto)
        .order_by(StockLevel.version)
        .limit(limit)
    ).all()
    held: dict[str, list[ReservationRecord]] = defaultdict(list)
    if rows:
        for r in session.scalars(select(Reservation).where(
                Reservation.store_id == store_id,
                Reservation.product_id.in_({s.product_id for s in rows}),
                Reservation.expires_at > utcnow())):
            held[r.product_id].append(ReservationRecord(
                id=r.id, quantity=r.quantity, size=r.size, customer_id=r.customer_id,
                expires_at=r.expires_at))
    return [
        FeedItem(
            kind="stock",
            id=f"{s.store_id}:{s.product_id}",
            version=s.version,
            data=wire(StockRecord(store_id=s.store_id, product_id=s.product_id,
                                  quantity=s.quantity, aisle=s.aisle,
                                  reservations=tuple(held.get(s.product_id, ())))),
        )
        for s in rows
    ]


NEAREST_STORES = 3
"""How many of the nearest stores with the item a device is told of, with their counts."""


def _distance_km(a: Store, b: Store) -> float:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return float("inf")
    lat1, lon1, lat2, lon2 = map(radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * asin(sqrt(h))


def neighbours(session: Session, store_id: str, count: int) -> list[Store]:
    """The other stores nearest to this one (a few hundred stores: computed, not stored)."""
    stores = session.scalars(select(Store)).all()
    here = next((s for s in stores if s.id == store_id), None)
    if here is None:
        return []
    others = [s for s in stores if s.id != store_id]
    return sorted(others, key=lambda s: (_distance_km(here, s), s.id))[:count]


def _availability(session: Session, store_id: str, after: int, upto: int,
                  limit: int) -> list[FeedItem]:
    """Per product: how many other stores have it, and the nearest few with their counts.
    One row per product, whatever the number of stores; it moves when any store's count
    of the product does."""
    rows = session.scalars(
        select(ProductAvailability).where(ProductAvailability.version > after,
                                          ProductAvailability.version <= upto)
        .order_by(ProductAvailability.version).limit(limit)).all()
    near = neighbours(session, store_id, NEAREST_STORES * 3)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    here_in_stock: set[str] = set()
    if rows:
        for level in session.execute(select(
                StockLevel.store_id, StockLevel.product_id, StockLevel.quantity).where(
                StockLevel.store_id.in_([store_id, *(s.id for s in near)]),
                StockLevel.product_id.in_([r.product_id for r in rows]),
                StockLevel.quantity > 0)):
            if level.store_id == store_id:
                here_in_stock.add(level.product_id)
            else:
                counts[level.product_id][level.store_id] = level.quantity
    items = []
    for row in rows:
        nearest = tuple(NearbyStockRecord(store_id=s.id, name=s.name,
                                          quantity=counts[row.product_id][s.id])
                        for s in near if s.id in counts[row.product_id])[:NEAREST_STORES]
        elsewhere = row.stores_in_stock - (row.product_id in here_in_stock)
        items.append(FeedItem(kind="availability", id=row.product_id, version=row.version,
                              data=wire(AvailabilityRecord(
                                  product_id=row.product_id, stores_in_stock=max(0, elsewhere),
                                  nearest=nearest))))
    return items


def _policy_for(store_id: StoreKey, staff: bool) -> ColumnElement[bool]:
    """The chain's policy, this store's own item and (`staff`) its staff accounts."""
    mine = [and_(PolicyItem.kind == "store", PolicyItem.id == store_id)]
    if staff:
        mine.append(and_(PolicyItem.kind == "staff",
                         PolicyItem.id.startswith(store_id + literal(":", String))))
    return or_(PolicyItem.kind.not_in(("store", "staff")), *mine)


def _policy(session: Session, store_id: str, after: int, upto: int, limit: int,
            staff: bool = True) -> list[FeedItem]:
    """`staff`: with the store's staff accounts (PIN hashes), for staff tablets only."""
    rows = session.scalars(
        select(PolicyItem)
        .where(PolicyItem.version > after, PolicyItem.version <= upto)
        .where(_policy_for(store_id, staff))
        .order_by(PolicyItem.version)
        .limit(limit)
    ).all()
    return [FeedItem(kind=p.kind, id=p.id, version=p.version, data=p.data) for p in rows]


def assistance_record(request: AssistanceRequest, first_name: str | None) -> AssistanceRecord:
    return AssistanceRecord(
        id=request.id, kind=request.kind, customer_id=request.customer_id,
        first_name=first_name, order_id=request.order_id, note=request.note,
        device_id=request.device_id, requested_at=request.requested_at,
        answered_at=request.answered_at, answered_by=request.answered_by)


def _assistance(session: Session, store_id: str, after: int, upto: int,
                limit: int) -> list[FeedItem]:
    """This store's requests for an associate; an answered one comes again, as answered.
    A kiosk only makes requests: it gets none (they name customers, `KIOSK_WITHHELD`)."""
    rows = session.execute(
        select(AssistanceRequest, Customer.first_name)
        .outerjoin(Customer, Customer.id == AssistanceRequest.customer_id)
        .where(AssistanceRequest.store_id == store_id, AssistanceRequest.version > after,
               AssistanceRequest.version <= upto)
        .order_by(AssistanceRequest.version).limit(limit)).all()
    return [FeedItem(kind="assistance", id=r.id, version=r.version,
                     data=wire(assistance_record(r, name))) for r, name in rows]


FeedReader = Callable[[Session, str, int, int, int], Sequence[FeedItem]]
FEED_READERS: dict[str, FeedReader] = {
    "orders": _orders,
    "customers": _customers,
    "catalog": _catalog,
    "stock": _stock,
    "availability": _availability,
    "policy": _policy,
    "assistance": _assistance,
}


StoreKey = str | BindParameter[str]
"""A store id, or the parameter that will carry it."""
Head = tuple[InstrumentedAttribute[int], ColumnElement[bool]]
"""A feed's version column, and which of its rows a store's devices may be sent."""
HeadOf = Callable[[StoreKey, bool], Head]


KIOSK_WITHHELD = frozenset({"customers", "assistance"})
"""Feeds a customer-facing kiosk never gets a row of (they name customers): their head is
0 for a kiosk, so its pages are empty."""


def _head_of(feed: str, store_id: StoreKey, kiosk: bool) -> Head | None:
    """A feed's version column and the rows a store's devices may be sent: a superset of
    the page's rows (time-scoped ones included), read on a (store, version) index. None:
    the device is never sent anything of the feed."""
    if kiosk and feed in KIOSK_WITHHELD:
        return None
    return _HEADS[feed](store_id, kiosk)


_HEADS: dict[str, HeadOf] = {
    "orders": lambda store, _kiosk: (Order.version, Order.store_id == store),
    "customers": lambda store, _kiosk: (StoreCustomer.version, StoreCustomer.store_id == store),
    "catalog": lambda _store, _kiosk: (Product.version, true()),
    "stock": lambda store, _kiosk: (StockLevel.version, StockLevel.store_id == store),
    "availability": lambda _store, _kiosk: (ProductAvailability.version, true()),
    "policy": lambda store, kiosk: (PolicyItem.version, _policy_for(store, staff=not kiosk)),
    "assistance": lambda store, _kiosk: (AssistanceRequest.version,
                                         AssistanceRequest.store_id == store),
}


def _head_column(feed: str, store_id: StoreKey, kiosk: bool,
                 horizon: ColumnElement[int] | None) -> ColumnElement[int]:
    """The version a device holding everything of the feed has reached, below the
    settled horizon (`crud.clock`): its cursor after its last page."""
    head = _head_of(feed, store_id, kiosk)
    if head is None:
        return literal(0, BigInteger)
    column, mine = head
    query = select(func.max(column)).where(mine)
    if horizon is not None:
        query = query.where(column < horizon)
    return func.coalesce(query.scalar_subquery(), 0)


_HEAD_STATEMENTS: dict[tuple[str, bool, tuple[str, ...], bool], Any] = {}
"""Built once per database kind, device kind and feeds: every round asks one of them."""


def _epoch_and_heads(session: Session, feeds: Sequence[str], store_id: str,
                     kiosk: bool, device_id: str | None = None) -> tuple[str, list[int]]:
    """The epoch and the feeds' heads, in one statement (one snapshot, one round trip);
    with `device_id`, the highest seq the server holds of that device comes last."""
    key = (session.get_bind().dialect.name, kiosk, tuple(feeds), device_id is not None)
    statement = _HEAD_STATEMENTS.get(key)
    if statement is None:
        horizon, store = settled_horizon(session), bindparam("store", type_=String)
        columns: list[Any] = [epoch_column(), *(
            _head_column(feed, store, kiosk, horizon) for feed in feeds)]
        if device_id is not None:
            columns.append(select(func.coalesce(func.max(DeviceEvent.seq), 0)).where(
                DeviceEvent.device_id == bindparam("device", type_=String))
                .scalar_subquery())
        statement = _HEAD_STATEMENTS.setdefault(key, select(*columns))
    values = {"store": store_id} if device_id is None else {"store": store_id,
                                                             "device": device_id}
    row = session.execute(statement, values).one()
    epoch = row[0] if row[0] is not None else current_epoch(session)
    return epoch, [int(value) for value in row[1:]]


def device_heads(session: Session, device: Device,
                 with_highest_seq: bool = False) -> tuple[dict[str, str], int | None]:
    """Every feed's head cursor as the device reads it (a device whose cursors all match
    has nothing to pull) and, when asked, the highest seq the server holds of it."""
    feeds = list(FEED_READERS)
    epoch, values = _epoch_and_heads(session, feeds, device.store_id, device.kind == "kiosk",
                                     device.id if with_highest_seq else None)
    heads = {feed: f"{epoch}.{head}"
             for feed, head in zip(feeds, values[:len(feeds)], strict=True)}
    return heads, (values[len(feeds)] if with_highest_seq else None)


KIOSK_VIEWS: dict[str, dict[str, bool]] = {
    "policy": {"staff": False},  # staff accounts (PIN hashes) stay off a kiosk
    "orders": {"kiosk": True},
}
"""What a customer-facing kiosk reads of a feed, when it differs from a tablet's (and is
not withheld altogether, `KIOSK_WITHHELD`)."""


def read_page(session: Session, feed: str, store_id: str, cursor: str | None,
              limit: int, kiosk: bool = False) -> FeedPage:
    """Rows after the cursor up to the feed's head. The last page's cursor is the head
    itself, even when the rows near it are not the store's (out of scope by time): a
    device that has everything holds the head, and its idle rounds pull nothing."""
    epoch, [head] = _epoch_and_heads(session, [feed], store_id, kiosk)
    after = parse_cursor(cursor, epoch)
    if head <= after:
        return FeedPage(feed=feed, items=[], cursor=f"{epoch}.{after}", has_more=False)
    reader = FEED_READERS[feed]
    if kiosk and feed in KIOSK_VIEWS:
        reader = partial(reader, **KIOSK_VIEWS[feed])
    items = list(reader(session, store_id, after, head, limit + 1))
    has_more = len(items) > limit
    items = items[:limit]
    last = items[-1].version if has_more else head
    return FeedPage(feed=feed, items=items, cursor=f"{epoch}.{last}", has_more=has_more)
