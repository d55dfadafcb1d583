"""The returns desk: find the purchase, choose what comes back, refund it the right way.

Orders of every channel (web and app deliveries, click & collect, store sales) come from
the local copy, or from the central API when the copy does not hold them. A return is
recorded with its events (`return.recorded`, `voucher.issued`, `loyalty.reversed`) in one
transaction; the order shows the returned units at once (`local_data["returned"]`, pending)
until the server's copy replaces it. Everything refused is refused before anything is
written: a refusal records nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import next_seq, record_event
from kiosk.store import LocalStore
from kiosk.store.models import (
    OPEN_CONFLICT,
    ORDER_UNITS,
    LocalCustomer,
    LocalOrder,
    LocalProduct,
    OutboxEvent,
    PolicyEntry,
)
from kiosk.store.replica import store_fetched_order
from sync.client import RequestRefused, SyncError
from sync.protocol import (
    MAX_NAME_LENGTH,
    LoyaltyReversedPayload,
    ManagerOverride,
    RefundMethod,
    RefundPayment,
    ReturnedLine,
    ReturnRecordedPayload,
    VoucherIssuedPayload,
)
from sync.records import LoyaltyPolicyRecord, OrderRecord, ReasonCodesRecord, wire
from sync.rules.money import allocate_refund, points_for, points_to_reverse
from sync.rules.pickup import line_counts
from sync.rules.refusals import Refusal
from sync.rules.returns import (
    LineWindow,
    OfflineLimits,
    ReturnPolicy,
    Window,
    bought_at,
    in_delivery,
    line_refund,
    line_window,
    lowest_recent_price,
    override_complete,
    returnable,
    units_received,
)
from sync.sqltypes import utcnow
from sync.text import fold

OrderFetch = Callable[[str], dict[str, Any]]
"""Fetch one order from the central API for a return (raises when offline or unknown)."""

CONDITIONS = ("new", "opened", "damaged")
Condition = Literal["new", "opened", "damaged"]
Role = Literal["associate", "manager"]


# --- the policy as the feed sent it -----------------------------------------------------------


@dataclass(frozen=True)
class ReasonCode:
    code: str
    fr: str
    en: str

    def text(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


@dataclass(frozen=True)
class DeskPolicy:
    policy: ReturnPolicy
    limits: OfflineLimits
    reasons: tuple[ReasonCode, ...]
    points_per_euro: int


def desk_policy(session: Session) -> DeskPolicy:
    def data(kind: str, id_: str) -> dict[str, Any]:
        entry = session.get(PolicyEntry, (kind, id_))
        return entry.data if entry else {}

    codes = ReasonCodesRecord.model_validate(data("reason_codes", "returns")).codes
    loyalty = LoyaltyPolicyRecord.model_validate(data("loyalty", "default"))
    return DeskPolicy(policy=ReturnPolicy.from_data(data("return_policy", "default")),
                      limits=OfflineLimits.from_data(data("offline_limits", "default")),
                      reasons=tuple(ReasonCode(c.code, c.fr or c.code, c.en or c.code)
                                    for c in codes if c.code),
                      points_per_euro=loyalty.points_per_euro)


# --- what the desk shows ----------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnLine:
    """One line of the purchase, as far as returning it goes."""

    line_no: int
    product_id: str
    name: str
    gtin: str
    category: str
    size: str
    quantity: int
    unit_price_cents: int
    discount_cents: int
    received: int
    """Units the customer received (none while in delivery; handed over, for click & collect)."""
    refunded: int
    """Units refunded before: returned on any channel, refused or missing at pickup."""
    returnable: int
    window: LineWindow

    @property
    def paid_cents(self) -> int:
        return self.unit_price_cents * self.quantity - self.discount_cents


@dataclass(frozen=True)
class ReturnOrder:
    """A purchase opened at the returns desk."""

    order_id: str
    number: str
    channel: str
    fulfilment: str
    status: str
    customer_id: str | None
    customer_name: str
    created_at: datetime
    total_cents: int
    payments: list[tuple[str, int]]
    refunded_before_cents: int
    points_earned: int
    lines: list[ReturnLine]
    in_delivery: bool
    pending: bool
    """This tablet returned units of it that the server has not confirmed yet."""
    conflict: str | None = None
    reasons: tuple[ReasonCode, ...] = ()
    """The policy's reason codes, for the desk's pickers."""
    points_per_euro: int = 1


@dataclass(frozen=True)
class PurchaseRow:
    """One purchase in a customer's list (or in the answer to a search)."""

    order_id: str
    number: str
    channel: str
    created_at: datetime
    total_cents: int
    items: int
    status: str


def _return_order(session: Session, order: LocalOrder, now: datetime,
                  policy: DeskPolicy | None = None) -> ReturnOrder:
    customer = session.get(LocalCustomer, order.customer_id) if order.customer_id else None
    name = order.customer_name or (f"{customer.first_name} {customer.last_name}"
                                   if customer else "")
    return _purchase(session, order.record(), order.local_data or {}, now,
                     policy or desk_policy(session), name)


def _purchase(session: Session, record: OrderRecord, mine: dict[str, Any], now: datetime,
              policy: DeskPolicy, name: str) -> ReturnOrder:
    """A purchase as the returns desk and the kiosk show it: what each line cost, what was
    received and can still come back, until when; `mine`: this device's unconfirmed counts."""
    counts = line_counts(record, mine)
    products = {p.id: p for p in session.scalars(select(LocalProduct).where(
        LocalProduct.id.in_([line.product_id for line in record.lines])))}
    since = bought_at(record.fulfilment, record.created_at, record.collected_at)
    lines = []
    refunded_cents = 0
    for c in counts:
        product = products.get(c.product_id)
        category = product.category if product else ""
        received = units_received(record.fulfilment, record.status, c.quantity, c.handed_over)
        refunded_cents += line_refund(c.unit_price_cents, c.discount_cents, c.quantity, 0,
                                      min(c.refunded, c.quantity))
        lines.append(ReturnLine(
            line_no=c.line_no, product_id=c.product_id,
            name=product.name if product else c.product_id, gtin=product.gtin if product else "",
            category=category, size=c.size, quantity=c.quantity,
            unit_price_cents=c.unit_price_cents, discount_cents=c.discount_cents,
            received=received, refunded=c.refunded, returnable=returnable(received, c.returned),
            window=line_window(policy.policy, category, since, now)))
    conflict = session.scalars(select(OutboxEvent.result_reason).where(
        OutboxEvent.entity == f"order:{record.id}", OutboxEvent.type == "return.recorded",
        OPEN_CONFLICT).order_by(OutboxEvent.seq.desc()).limit(1)).first()
    pending = bool(mine.get("returned")) and session.scalar(select(OutboxEvent.seq).where(
        OutboxEvent.entity == f"order:{record.id}", OutboxEvent.state == "pending")
        .limit(1)) is not None
    return ReturnOrder(
        order_id=record.id, number=record.number, channel=record.channel,
        fulfilment=record.fulfilment, status=record.status, customer_id=record.customer_id,
        customer_name=name, created_at=record.created_at, total_cents=record.total_cents,
        payments=[(p.method, p.amount_cents) for p in record.payments],
        refunded_before_cents=refunded_cents,
        points_earned=(points_for(record.total_cents, policy.points_per_euro)
                       if record.customer_id and record.status != "cancelled" else 0),
        lines=lines, in_delivery=in_delivery(record.fulfilment, record.status), pending=pending,
        conflict=conflict, reasons=policy.reasons, points_per_euro=policy.points_per_euro)


def open_return(store: LocalStore, order_id: str, now: datetime | None = None,
                fetch: OrderFetch | None = None,
                receipt_order: OrderRecord | None = None) -> ReturnOrder:
    """A purchase by its id (a scanned receipt or confirmation): from the local copy, or
    from the central API when the copy does not hold it (`fetch`; None: offline), or when
    the network is down from what the signed e-receipt carries (`receipt_order`). The
    fetched purchase is kept for the visit (`kiosk.store.retention`)."""
    now = now or utcnow()
    with store.read() as session:
        order = session.get(LocalOrder, order_id)
        if order is not None:
            return _return_order(session, order, now)
    return _keep_and_open(store, _fetch_purchase(order_id, fetch, receipt_order), now)


def _keep_and_open(store: LocalStore, data: dict[str, Any], now: datetime) -> ReturnOrder:
    """A purchase the central API (or a signed e-receipt) gave: kept for the visit, opened."""
    with store.write() as session:
        store_fetched_order(session, data)
        order = session.get(LocalOrder, str(data["id"]))
        assert order is not None
        return _return_order(session, order, now)


def _ask_central(fetch: OrderFetch | None, key: str, **facts: Any) -> dict[str, Any]:
    """A purchase the device does not hold, from the central API: unknown there, or the
    network is needed (`fetch` None: known offline)."""
    if fetch is None:
        raise ActionRefused(Refusal.ORDER_NOT_LOCAL_OFFLINE, **facts)
    try:
        return fetch(key)
    except RequestRefused as error:
        code = Refusal.ORDER_UNKNOWN if error.status in (403, 404) \
            else Refusal.ORDER_NOT_LOCAL_OFFLINE
        raise ActionRefused(code, **facts) from error
    except SyncError as error:
        raise ActionRefused(Refusal.ORDER_NOT_LOCAL_OFFLINE, **facts) from error


def _fetch_purchase(order_id: str, fetch: OrderFetch | None,
                    receipt_order: OrderRecord | None) -> dict[str, Any]:
    try:
        return _ask_central(fetch, order_id)
    except ActionRefused as refused:
        if refused.code != Refusal.ORDER_NOT_LOCAL_OFFLINE or receipt_order is None:
            raise
    # The server judges the return against its own order when it arrives: units returned
    # elsewhere meanwhile come back as a conflict, never as a second refund.
    return wire(receipt_order)


ORDER_NUMBER = re.compile(r"^[A-Za-z]{3}-?\d{4,12}$")


def find_by_number(store: LocalStore, number: str, now: datetime | None = None,
                   fetch: OrderFetch | None = None) -> ReturnOrder:
    """A purchase by its number as printed on the receipt (`WEB-100123`, `web100123`): from
    the local copy, else from the central API (`fetch` by number; None: offline)."""
    typed = number.strip().upper()
    if not ORDER_NUMBER.match(typed):
        raise ActionRefused(Refusal.ORDER_NUMBER_INVALID, number=number.strip()[:24])
    if "-" not in typed:
        typed = f"{typed[:3]}-{typed[3:]}"
    now = now or utcnow()
    with store.read() as session:
        order = session.scalars(select(LocalOrder).where(LocalOrder.number == typed)).first()
        if order is not None:
            return _return_order(session, order, now)
    return _keep_and_open(store, _ask_central(fetch, typed, number=typed), now)


def customer_purchases(store: LocalStore, customer_id: str, gtin: str | None = None,
                       limit: int = 200, fetched: Sequence[OrderRecord] = ()
                       ) -> list[PurchaseRow]:
    """A customer's purchases on every channel, newest first; with `gtin`, only those that
    hold that product. `fetched`: their orders the central API just sent (a home delivery,
    another store's sale: not in this store's copy), listed from memory; opening one fetches
    it (`open_return`)."""
    with store.read() as session:
        query = (select(LocalOrder.id, LocalOrder.number, LocalOrder.channel,
                        LocalOrder.created_at, LocalOrder.total_cents, ORDER_UNITS,
                        LocalOrder.status)
                 .where(LocalOrder.customer_id == customer_id)
                 .order_by(LocalOrder.created_at.desc()).limit(limit))
        product_id = None
        if gtin is not None:
            product_id = session.scalars(select(LocalProduct.id).where(
                LocalProduct.gtin == gtin)).first()
            if product_id is None:
                raise ActionRefused(Refusal.PRODUCT_UNKNOWN)
            query = query.where(text(
                "EXISTS (SELECT 1 FROM json_each(orders.data, '$.lines') "
                "WHERE json_extract(value, '$.product_id') = :product_id)")
                .bindparams(product_id=product_id))
        rows = [PurchaseRow(order_id=i, number=n, channel=ch, created_at=at, total_cents=t,
                            items=int(items or 0), status=st)
                for i, n, ch, at, t, items, st in session.execute(query)]
    held = {row.order_id for row in rows}
    rows += [PurchaseRow(order_id=o.id, number=o.number, channel=o.channel,
                         created_at=o.created_at, total_cents=o.total_cents,
                         items=sum(line.quantity for line in o.lines), status=o.status)
             for o in _not_held(fetched, held, customer_id)
             if product_id is None or any(line.product_id == product_id for line in o.lines)]
    return sorted(rows, key=lambda row: row.created_at, reverse=True)[:limit]


def _not_held(fetched: Sequence[OrderRecord], held: set[str],
              customer_id: str) -> list[OrderRecord]:
    """The customer's orders the central API sent that the local copy does not hold (its
    version of an order, with this device's unconfirmed returns, wins)."""
    return [o for o in fetched if o.id not in held and o.customer_id == customer_id]


def returnable_purchases(store: LocalStore, customer_id: str, now: datetime | None = None,
                         most: int = 12, fetched: Sequence[OrderRecord] = ()
                         ) -> list[ReturnOrder]:
    """The customer's purchases with something that can still come back (window open, not
    in delivery), newest first: what a customer alone may choose from at a kiosk. One read,
    the policy read once. `fetched`: their orders the central API just sent (a kiosk holds
    no home delivery), kept in memory only; the local copy's version of an order wins."""
    now = now or utcnow()
    found: list[ReturnOrder] = []
    with store.read() as session:
        policy = desk_policy(session)
        local = session.scalars(select(LocalOrder).where(LocalOrder.customer_id == customer_id)
                                .order_by(LocalOrder.created_at.desc()).limit(50)).all()
        held = {order.id for order in local}
        purchases = [_return_order(session, order, now, policy) for order in local] + [
            _purchase(session, record, {}, now, policy, "")
            for record in _not_held(fetched, held, customer_id)]
    for purchase in sorted(purchases, key=lambda p: p.created_at, reverse=True):
        if not purchase.in_delivery and any(
                line.returnable and line.window.status == "open" for line in purchase.lines):
            found.append(purchase)
            if len(found) >= most:
                break
    return found


def search_purchases(store: LocalStore, query: str, limit: int = 50) -> list[PurchaseRow]:
    """Purchases of the customers whose name, email or phone match (the local copy)."""
    words = fold(query).split()
    if not words:
        return []
    with store.read() as session:
        ids = session.scalars(select(LocalCustomer.id).where(
            *[LocalCustomer.search_key.contains(word) for word in words]).limit(20)).all()
    rows: list[PurchaseRow] = []
    for customer_id in ids:
        rows += customer_purchases(store, customer_id, limit=limit)
    rows.sort(key=lambda r: r.created_at, reverse=True)
    return rows[:limit]


# --- the refund -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineChoice:
    """What comes back of one line, and in what state."""

    line_no: int
    quantity: int
    reason: str
    condition: str
    restock: bool


@dataclass(frozen=True)
class RefundChoice:
    method: RefundMethod
    to: str | None = None
    """`original_payment` only: one means of payment the order used (None: each gets its
    share back, cards first, gift cards last)."""
    exchange_gtin: str | None = None


@dataclass(frozen=True)
class Override:
    by: str
    reason: str


@dataclass(frozen=True)
class QuotedLine:
    line: ReturnLine
    choice: LineChoice
    refund_cents: int


@dataclass(frozen=True)
class Quote:
    lines: list[QuotedLine]
    refund_cents: int
    payments: list[tuple[str, int]]
    points: int
    outside_policy: list[int]
    """Line numbers outside the policy (need a manager's override)."""


def quote(order: ReturnOrder, choices: Sequence[LineChoice], refund: RefundChoice) -> Quote:
    """The refund of a return as chosen, line by line, to the cent. Refuses what cannot
    be returned; does not look at the policy window (see `outside_policy`)."""
    if order.in_delivery:
        raise ActionRefused(Refusal.ORDER_IN_DELIVERY, number=order.number)
    by_line = {line.line_no: line for line in order.lines}
    chosen = [c for c in choices if c.quantity != 0]
    if not chosen:
        raise ActionRefused(Refusal.NOTHING_TO_RETURN)
    if len({c.line_no for c in chosen}) != len(chosen):
        raise ActionRefused(Refusal.NOTHING_TO_RETURN)
    quoted = []
    for choice in chosen:
        line = by_line.get(choice.line_no)
        if line is None:
            raise ActionRefused(Refusal.LINE_UNKNOWN, number=order.number, line=choice.line_no)
        if choice.quantity < 0 or choice.quantity > line.returnable:
            raise ActionRefused(Refusal.RETURN_TOO_MANY, line=line.line_no, most=line.returnable,
                                name=line.name)
        if line.refunded + choice.quantity > line.quantity:
            raise ActionRefused(Refusal.RETURN_TOO_MANY, line=line.line_no,
                                most=max(line.quantity - line.refunded, 0), name=line.name)
        quoted.append(QuotedLine(line, choice, line_refund(
            line.unit_price_cents, line.discount_cents, line.quantity, line.refunded,
            choice.quantity)))
    total = sum(q.refund_cents for q in quoted)
    payments: list[tuple[str, int]] = []
    if refund.method == "original_payment":
        used = order.payments
        if refund.to is not None:
            used = [p for p in order.payments if p[0] == refund.to]
            if not used:
                raise ActionRefused(Refusal.PAYMENT_NOT_USED, method=refund.to, number=order.number)
            before = max(order.refunded_before_cents
                         - sum(a for m, a in order.payments if m != refund.to), 0)
        else:
            before = order.refunded_before_cents
        if not used:
            raise ActionRefused(Refusal.PAYMENT_NOT_USED, method="", number=order.number)
        try:
            payments = allocate_refund(used, before, total)
        except ValueError:
            raise ActionRefused(Refusal.REFUND_EXCEEDS_PAYMENT, number=order.number) from None
    points = points_to_reverse(order.total_cents, order.points_earned,
                               order.refunded_before_cents, total, order.points_per_euro)
    outside = [q.line.line_no for q in quoted if q.line.window.status != Window.OPEN]
    return Quote(lines=quoted, refund_cents=total, payments=payments, points=points,
                 outside_policy=outside)


@dataclass(frozen=True)
class ReturnReceipt:
    """What the customer takes away: the return, the refund, the voucher's code."""

    return_id: str
    order_number: str
    customer_name: str
    at: datetime
    lines: list[tuple[str, int, str, str, int]]
    """(item, units, reason code, condition, refund in cents)"""
    refund_cents: int
    method: RefundMethod
    payments: list[tuple[str, int]]
    voucher_id: str | None
    voucher_cents: int
    voucher_expires_at: datetime | None
    exchange_name: str
    exchange_price_cents: int
    points_reversed: int
    offline: bool
    override_reason: str
    order: ReturnOrder | None = field(repr=False)
    """The purchase as it stands after the return (None: a return without receipt)."""

    @property
    def reference(self) -> str:
        return self.return_id

    @property
    def qr_text(self) -> str:
        """The voucher's code when there is one (it pays on every channel), else the return's
        reference for the till or customer service."""
        return self.voucher_id or self.return_id

    @property
    def to_pay_cents(self) -> int:
        """An exchange for a dearer item: what the customer still pays at the till."""
        return max(self.exchange_price_cents - self.refund_cents, 0)


def device_code(device_id: str) -> str:
    """The device id as it goes into return and voucher ids: ids made of the device's id and
    its gap-free event number can never collide between tablets."""
    return re.sub(r"[^A-Z0-9]+", "-", device_id.upper()).strip("-")[:48] or "DEVICE"


def offline_refunded_today(session: Session, now: datetime) -> int:
    """What this tablet refunded offline since local midnight (from its own outbox)."""
    midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    value = session.scalar(select(func.coalesce(func.sum(
        func.json_extract(OutboxEvent.payload, "$.refund_cents")), 0)).where(
        OutboxEvent.type == "return.recorded", OutboxEvent.occurred_at >= midnight,
        func.json_extract(OutboxEvent.payload, "$.offline") == 1))
    return int(value or 0)


def _check_override(quoted: Quote, order: ReturnOrder, override: Override | None,
                    role: Role) -> Override | None:
    if not quoted.outside_policy:
        return None
    first = next(q.line for q in quoted.lines if q.line.line_no in quoted.outside_policy)
    if override is None:
        raise ActionRefused(Refusal.OUTSIDE_POLICY, line=first.line_no, name=first.name,
                            deadline=first.window.until, number=order.number)
    if role != "manager":
        raise ActionRefused(Refusal.MANAGER_NEEDED, line=first.line_no, name=first.name)
    reason = " ".join(override.reason.split())
    by = " ".join(override.by.split())[:MAX_NAME_LENGTH]
    if not override_complete(by, reason):
        raise ActionRefused(Refusal.OVERRIDE_REASON_NEEDED)
    return Override(by=by, reason=reason)


def _check_offline(session: Session, policy: DeskPolicy, refund_cents: int, online: bool,
                   now: datetime) -> None:
    """Offline, a return stays within the policy's limits (per return, per tablet a day)."""
    if online:
        return
    limits = policy.limits
    refusal = limits.refusal(refund_cents, offline_refunded_today(session, now))
    if refusal == "needs_network_return":
        raise ActionRefused(refusal, amount=refund_cents, limit=limits.refund_per_return_cents)
    if refusal == "needs_network_day":
        raise ActionRefused(refusal, amount=refund_cents,
                            limit=limits.refund_per_device_day_cents)


def _new_ids(session: Session, device_id: str) -> tuple[str, str]:
    """The return's and its voucher's ids: the tablet's id and the gap-free number of the
    return's event (allocated in this transaction), so they never collide between tablets."""
    seq, code = next_seq(session), device_code(device_id)
    return f"R-{code}-{seq:06d}", f"V-{code}-{seq:06d}"


def record_return(store: LocalStore, device_id: str, order_id: str,
                  choices: Sequence[LineChoice], refund: RefundChoice, *, online: bool,
                  role: Role = "associate", override: Override | None = None,
                  now: datetime | None = None) -> ReturnReceipt:
    """Record a return and its refund with its events, in one transaction; refuse (and
    record nothing) what the policy, the purchase or the offline limits do not allow."""
    now = now or utcnow()
    with store.write() as session:
        local = session.get(LocalOrder, order_id)
        if local is None:
            raise ActionRefused(Refusal.ORDER_UNKNOWN, number=order_id)
        policy = desk_policy(session)
        order = _return_order(session, local, now, policy)
        codes = {r.code for r in policy.reasons}
        for choice in choices:
            if choice.quantity and choice.reason not in codes:
                raise ActionRefused(Refusal.REASON_NEEDED, line=choice.line_no)
            if choice.quantity and choice.condition not in CONDITIONS:
                raise ActionRefused(Refusal.CONDITION_NEEDED, line=choice.line_no)
        quoted = quote(order, choices, refund)
        allowed = _check_override(quoted, order, override, role)
        exchange: LocalProduct | None = None
        if refund.method == "exchange":
            exchange = session.scalars(select(LocalProduct).where(
                LocalProduct.gtin == (refund.exchange_gtin or ""))).first()
            if exchange is None:
                raise ActionRefused(Refusal.EXCHANGE_PRODUCT_UNKNOWN)
        _check_offline(session, policy, quoted.refund_cents, online, now)
        return_id, voucher_code = _new_ids(session, device_id)
        voucher_cents = 0
        if refund.method == "store_credit":
            voucher_cents = quoted.refund_cents
        elif exchange is not None:
            voucher_cents = max(quoted.refund_cents - exchange.price_cents, 0)
        voucher_id = voucher_code if voucher_cents else None
        expires = policy.policy.voucher_expiry(now)
        entity = f"order:{order.order_id}"
        record_event(session, entity, ReturnRecordedPayload(
            return_id=return_id, order_id=order.order_id, customer_id=order.customer_id,
            lines=[ReturnedLine(line_no=q.line.line_no, quantity=q.choice.quantity,
                                already_returned=q.line.refunded, reason=q.choice.reason,
                                condition=q.choice.condition, restock=q.choice.restock,
                                refund_cents=q.refund_cents) for q in quoted.lines],
            refund_method=refund.method, refund_cents=quoted.refund_cents,
            payments=[RefundPayment(method=m, amount_cents=a) for m, a in quoted.payments],
            voucher_id=voucher_id, exchange_product_id=exchange.id if exchange else None,
            override=ManagerOverride(by=allowed.by, reason=allowed.reason) if allowed else None,
            offline=not online), occurred_at=now)
        if voucher_id is not None:
            record_event(session, entity, VoucherIssuedPayload(
                voucher_id=voucher_id, return_id=return_id, customer_id=order.customer_id,
                amount_cents=voucher_cents, expires_at=expires), occurred_at=now)
        if quoted.points and order.customer_id:
            record_event(session, entity, LoyaltyReversedPayload(
                customer_id=order.customer_id, order_id=order.order_id, return_id=return_id,
                points=quoted.points), occurred_at=now)
        mine = dict(local.local_data or {})
        returned = dict(mine.get("returned") or {})
        for q in quoted.lines:
            key = str(q.line.line_no)
            returned[key] = int(returned.get(key, 0)) + q.choice.quantity
        mine["returned"] = returned
        local.local_data = mine
        session.flush()
        after = _return_order(session, local, now, policy)
        return ReturnReceipt(
            return_id=return_id, order_number=order.number, customer_name=order.customer_name,
            at=now, lines=[(q.line.name, q.choice.quantity, q.choice.reason, q.choice.condition,
                            q.refund_cents) for q in quoted.lines],
            refund_cents=quoted.refund_cents, method=refund.method, payments=quoted.payments,
            voucher_id=voucher_id, voucher_cents=voucher_cents,
            voucher_expires_at=expires if voucher_id else None,
            exchange_name=exchange.name if exchange else "",
            exchange_price_cents=exchange.price_cents if exchange else 0,
            points_reversed=quoted.points if order.customer_id else 0, offline=not online,
            override_reason=allowed.reason if allowed else "", order=after)


# --- without a receipt ------------------------------------------------------------------------


@dataclass(frozen=True)
class NoReceiptOffer:
    """An item a customer brings back with no purchase to show for it: store credit at its
    lowest recent price, a few times a year at most (the policy says how many)."""

    customer_id: str
    customer_name: str
    product_id: str
    gtin: str
    name: str
    category: str
    refund_cents: int
    returnable: bool
    done: int
    """Returns without receipt this customer made over the last year (with this tablet's
    not yet confirmed)."""
    limit: int
    reasons: tuple[ReasonCode, ...] = ()

    @property
    def allowed(self) -> bool:
        return self.returnable and self.done < self.limit


def _offer(session: Session, policy: DeskPolicy, customer_id: str,
           gtin: str) -> NoReceiptOffer:
    customer = session.get(LocalCustomer, customer_id)
    if customer is None:
        raise ActionRefused(Refusal.CUSTOMER_UNKNOWN)
    product = session.scalars(select(LocalProduct).where(LocalProduct.gtin == gtin)).first()
    if product is None:
        raise ActionRefused(Refusal.PRODUCT_UNKNOWN)
    pending = session.scalar(select(func.count()).select_from(OutboxEvent).where(
        OutboxEvent.type == "return.recorded", OutboxEvent.state == "pending",
        OutboxEvent.entity == f"customer:{customer_id}"))
    return NoReceiptOffer(
        customer_id=customer_id, customer_name=f"{customer.first_name} {customer.last_name}",
        product_id=product.id, gtin=product.gtin, name=product.name, category=product.category,
        refund_cents=lowest_recent_price(product.price_cents, product.record().attributes),
        returnable=product.category not in policy.policy.non_returnable_categories,
        done=customer.record().no_receipt_returns + int(pending or 0),
        limit=policy.policy.no_receipt_per_year, reasons=policy.reasons)


def no_receipt_offer(store: LocalStore, customer_id: str, gtin: str) -> NoReceiptOffer:
    with store.read() as session:
        return _offer(session, desk_policy(session), customer_id, gtin)


def record_no_receipt(store: LocalStore, device_id: str, customer_id: str, gtin: str,
                      reason: str, condition: str, restock: bool, *, online: bool,
                      now: datetime | None = None) -> ReturnReceipt:
    """Take back one item without receipt, as store credit at its lowest recent price."""
    now = now or utcnow()
    with store.write() as session:
        policy = desk_policy(session)
        offer = _offer(session, policy, customer_id, gtin)
        if not offer.returnable:
            raise ActionRefused(Refusal.NOT_RETURNABLE, name=offer.name)
        if offer.done >= offer.limit:
            raise ActionRefused(Refusal.NO_RECEIPT_LIMIT, name=offer.customer_name,
                                most=offer.limit)
        if reason not in {r.code for r in policy.reasons}:
            raise ActionRefused(Refusal.REASON_NEEDED, line=1)
        if condition not in CONDITIONS:
            raise ActionRefused(Refusal.CONDITION_NEEDED, line=1)
        _check_offline(session, policy, offer.refund_cents, online, now)
        return_id, voucher_id = _new_ids(session, device_id)
        expires = policy.policy.voucher_expiry(now)
        entity = f"customer:{customer_id}"
        record_event(session, entity, ReturnRecordedPayload(
            return_id=return_id, order_id=None, customer_id=customer_id,
            lines=[ReturnedLine(line_no=1, product_id=offer.product_id, quantity=1,
                                reason=reason, condition=condition, restock=restock,
                                refund_cents=offer.refund_cents)],
            refund_method="store_credit", refund_cents=offer.refund_cents,
            voucher_id=voucher_id, offline=not online), occurred_at=now)
        record_event(session, entity, VoucherIssuedPayload(
            voucher_id=voucher_id, return_id=return_id, customer_id=customer_id,
            amount_cents=offer.refund_cents, expires_at=expires), occurred_at=now)
        return ReturnReceipt(
            return_id=return_id, order_number="", customer_name=offer.customer_name, at=now,
            lines=[(offer.name, 1, reason, condition, offer.refund_cents)],
            refund_cents=offer.refund_cents, method="store_credit", payments=[],
            voucher_id=voucher_id, voucher_cents=offer.refund_cents, voucher_expires_at=expires,
            exchange_name="", exchange_price_cents=0, points_reversed=0, offline=not online,
            override_reason="", order=None)


# --- a voucher scanned --------------------------------------------------------------------------


@dataclass(frozen=True)
class VoucherView:
    voucher_id: str
    balance_cents: int
    expires_at: datetime | None
    status: str
    """active | on_hold | used | expired, as the central API last said; `pending` when this
    tablet issued it and has not sent it yet."""
    customer_name: str


def find_voucher(store: LocalStore, voucher_id: str) -> VoucherView:
    """A voucher by its code: issued on this tablet (not sent yet) or on a customer's profile
    in the local copy. The till checks the balance online before it spends it."""
    with store.read() as session:
        for customer in session.scalars(select(LocalCustomer).where(
                text("customers.data LIKE :code")).params(code=f'%"{voucher_id}"%')):
            for voucher in customer.record().vouchers:
                if voucher.id == voucher_id:
                    return VoucherView(voucher_id, voucher.balance_cents, voucher.expires_at,
                                       voucher.status,
                                       f"{customer.first_name} {customer.last_name}")
        issued = session.scalars(select(OutboxEvent).where(
            OutboxEvent.type == "voucher.issued",
            func.json_extract(OutboxEvent.payload, "$.voucher_id") == voucher_id)).first()
        if issued is None:
            raise ActionRefused(Refusal.VOUCHER_UNKNOWN, number=voucher_id)
        holder = session.get(LocalCustomer, issued.payload.get("customer_id") or "")
        return VoucherView(
            voucher_id, int(issued.payload["amount_cents"]),
            datetime.fromisoformat(issued.payload["expires_at"]),
            "pending" if issued.state == "pending" else "active",
            f"{holder.first_name} {holder.last_name}" if holder else "")
