"""The click & collect desk: the queue, preparation, verification, handover, no-shows.

Everything works from the local copy: each action changes the order as this tablet shows
it (`local_pickup_state`, `local_data`, shown as pending) and records its event in the
same transaction. The server's copy replaces the local one once it has judged the events.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import record_event
from kiosk.store import LocalStore
from kiosk.store.models import (
    OPEN_CONFLICT,
    OPEN_DEAD_LETTER,
    ORDER_UNITS,
    LocalCustomer,
    LocalOrder,
    LocalProduct,
    OutboxEvent,
    PolicyEntry,
)
from kiosk.store.replica import get_setting, set_setting, store_fetched_order
from sync.client import RequestRefused, SyncError
from sync.protocol import (
    MAX_NAME_LENGTH,
    MAX_SHELF_LENGTH,
    HandoverLine,
    PickupCheckedInPayload,
    PickupExpiredPayload,
    PickupExtendedPayload,
    PickupHandedOverPayload,
    PickupMethod,
    PickupNoticeResentPayload,
    PickupOrderPayload,
    PickupPreparedPayload,
    PickupReadyPayload,
    PickupRefusedPayload,
    PreparedLine,
    RefusalReason,
)
from sync.rules.pickup import (
    DeskBucket,
    LineCounts,
    PickupPolicy,
    PickupState,
    desk_bucket,
    is_on_the_shelf,
    is_preparable,
    line_counts,
    state_after_visit,
)
from sync.rules.refusals import Refusal
from sync.sqltypes import parse_time, utcnow
from sync.text import digits, fold

OrderFetch = Callable[[str], dict[str, Any]]
"""Fetch one order from the central API (raises when offline)."""


# --- policy -------------------------------------------------------------------------------


def pickup_policy(session: Session) -> PickupPolicy:
    entry = session.get(PolicyEntry, ("pickup_policy", "default"))
    return PickupPolicy.from_data(entry.data if entry else None)


# --- what the desk shows ----------------------------------------------------------------------


@dataclass(frozen=True)
class PickupRow:
    """One order in the desk's queue."""

    order_id: str
    number: str
    customer_name: str
    bucket: DeskBucket
    pickup_state: str
    pending: bool
    """This device changed the order and the server has not confirmed it yet."""
    ready_at: datetime | None
    pickup_deadline: datetime | None
    total_cents: int
    items: int
    search_key: str = ""
    """Folded number, name, email and phone digits, for the desk's search."""


def matches(row: PickupRow, text: str) -> bool:
    """Order number, customer name (any order, no accents), email or phone (any spacing)."""
    words = fold(text).split()
    if not words:
        return True
    number = digits(text)
    if len(number) >= 6 and len(number) == len("".join(words).replace("+", "")):
        return number[-9:] in row.search_key
    return all(word in row.search_key for word in words)


@dataclass(frozen=True)
class DeskLine(LineCounts):
    name: str = ""
    gtin: str = ""


@dataclass(frozen=True)
class DeskOrder:
    """One order opened at the desk, as this tablet knows it now."""

    order_id: str
    number: str
    customer_name: str
    phone: str
    email: str
    state: str
    bucket: DeskBucket
    pending: bool
    payment_state: str
    total_cents: int
    created_at: datetime
    ready_at: datetime | None
    deadline: datetime | None
    shelf: str
    extensions: int
    extensions_left: int
    no_show_action: str
    collector_name: str
    checkin_method: PickupMethod
    """How the person at the desk was verified (the handover records it too)."""
    lines: list[DeskLine]
    conflict: str | None = None
    """The server's answer to an action of this tablet that a person must look at."""
    conflict_type: str | None = None

    @property
    def paid(self) -> bool:
        return self.payment_state == "paid"

    @property
    def row(self) -> PickupRow:
        return PickupRow(
            order_id=self.order_id, number=self.number, customer_name=self.customer_name,
            bucket=self.bucket, pickup_state=self.state, pending=self.pending,
            ready_at=self.ready_at, pickup_deadline=self.deadline,
            total_cents=self.total_cents, items=sum(line.quantity for line in self.lines),
            search_key=_search_key(self.number, self.customer_name, self.email, self.phone))


def _search_key(number: str, name: str, email: str, phone: str) -> str:
    return fold(f"{number} {name} {email} {digits(phone)}")


@dataclass(frozen=True)
class _Effective:
    """The order as this device shows it: the server's copy with this device's changes."""

    state: str
    shelf: str
    ready_at: datetime | None
    deadline: datetime | None
    extensions: int
    collector_name: str
    checkin_method: PickupMethod
    lines: list[LineCounts]


def _effective(order: LocalOrder) -> _Effective:
    mine = order.local_data or {}
    record = order.record()
    return _Effective(
        state=order.local_pickup_state or order.pickup_state or "",
        shelf=str(mine.get("shelf") or record.shelf or ""),
        ready_at=parse_time(mine["ready_at"]) if "ready_at" in mine else order.ready_at,
        deadline=(parse_time(mine["pickup_deadline"]) if "pickup_deadline" in mine
                  else order.pickup_deadline),
        extensions=int(mine["extensions"]) if "extensions" in mine else record.extensions,
        collector_name=str(mine.get("collector_name") or record.collector_name or ""),
        checkin_method=mine.get("checkin_method") or record.checkin_method or "associate",
        lines=line_counts(record, mine),
    )


def _pending(session: Session, order_id: str) -> bool:
    return session.scalar(select(OutboxEvent.seq).where(
        OutboxEvent.entity == f"order:{order_id}", OutboxEvent.state == "pending").limit(1)) \
        is not None


def _open_conflict(session: Session, order_id: str) -> OutboxEvent | None:
    return session.scalars(select(OutboxEvent).where(
        OutboxEvent.entity == f"order:{order_id}", OPEN_CONFLICT | OPEN_DEAD_LETTER)
        .order_by(OutboxEvent.seq.desc()).limit(1)).first()


def _desk_order(session: Session, order: LocalOrder, now: datetime) -> DeskOrder:
    eff = _effective(order)
    policy = pickup_policy(session)
    products = {p.id: p for p in session.scalars(select(LocalProduct).where(
        LocalProduct.id.in_([line.product_id for line in eff.lines])))}
    customer = session.get(LocalCustomer, order.customer_id) if order.customer_id else None
    issue = _open_conflict(session, order.id)
    lines = [DeskLine(**vars(line),
                      name=products[line.product_id].name if line.product_id in products else "",
                      gtin=products[line.product_id].gtin if line.product_id in products else "")
             for line in eff.lines]
    return DeskOrder(
        order_id=order.id, number=order.number, customer_name=order.customer_name or "",
        phone=customer.phone if customer else "", email=customer.email if customer else "",
        state=eff.state, bucket=desk_bucket(eff.state, eff.deadline, now),
        pending=order.local_pickup_state is not None and _pending(session, order.id),
        payment_state=order.payment_state, total_cents=order.total_cents,
        created_at=order.created_at, ready_at=eff.ready_at, deadline=eff.deadline,
        shelf=eff.shelf, extensions=eff.extensions,
        extensions_left=max(policy.max_extensions - eff.extensions, 0),
        no_show_action=policy.no_show_action, collector_name=eff.collector_name,
        checkin_method=eff.checkin_method, lines=lines,
        conflict=issue.result_reason if issue else None,
        conflict_type=issue.type if issue else None)


BUCKET_ORDER = [DeskBucket.WAITING, DeskBucket.OVERDUE, DeskBucket.READY,
                DeskBucket.TO_PREPARE, DeskBucket.COLLECTED, DeskBucket.CLOSED]
"""The desk's queue, most urgent first: a customer waiting now comes before everything."""


_COLLECTED_AT = text("json_extract(orders.data, '$.collected_at')")


def pickup_queue(store: LocalStore, store_id: str, now: datetime | None = None,
                 order_ids: Collection[str] | None = None) -> list[PickupRow]:
    """This store's click & collect orders on the desk today, most urgent first: closed
    orders and those collected before today are not the desk's business any more.

    Columns only, counted in SQL: with thousands of orders no order object or JSON
    document is built per row. `order_ids`: only these orders' rows (what a sync round
    changed); an order missing from the answer has left the queue."""
    now = now or utcnow()
    today = now.astimezone().date()
    query = (
        select(LocalOrder.id, LocalOrder.number, LocalOrder.customer_name,
               LocalOrder.pickup_state, LocalOrder.local_pickup_state, LocalOrder.ready_at,
               LocalOrder.pickup_deadline, LocalOrder.total_cents, LocalOrder.local_data,
               _COLLECTED_AT, ORDER_UNITS, LocalCustomer.email, LocalCustomer.phone)
        .outerjoin(LocalCustomer, LocalCustomer.id == LocalOrder.customer_id)
        .where(LocalOrder.store_id == store_id, LocalOrder.fulfilment == "click_collect"))
    pending_query = select(OutboxEvent.entity).where(OutboxEvent.state == "pending",
                                                     OutboxEvent.entity.like("order:%"))
    if order_ids is not None:
        query = query.where(LocalOrder.id.in_(list(order_ids)))
        pending_query = pending_query.where(
            OutboxEvent.entity.in_([f"order:{i}" for i in order_ids]))
    with store.read() as session:
        found = session.execute(query).all()
        pending = set(session.scalars(pending_query))
    rows = []
    for (order_id, number, name, state, local_state, ready_at, deadline, total, mine,
         collected_at, items, email, phone) in found:
        mine = mine or {}
        state = local_state or state or ""
        if "ready_at" in mine:
            ready_at = parse_time(mine["ready_at"])
        if "pickup_deadline" in mine:
            deadline = parse_time(mine["pickup_deadline"])
        bucket = desk_bucket(state, deadline, now)
        if bucket == DeskBucket.CLOSED:
            continue
        if bucket == DeskBucket.COLLECTED:
            collected = parse_time(mine.get("collected_at") or collected_at)
            if collected is None or collected.astimezone().date() != today:
                continue
        rows.append(PickupRow(
            order_id=order_id, number=number, customer_name=name or "", bucket=bucket,
            pickup_state=state, pending=local_state is not None and f"order:{order_id}" in pending,
            ready_at=ready_at, pickup_deadline=deadline, total_cents=total, items=int(items or 0),
            search_key=_search_key(number, name or "", email or "", phone or "")))
    rows.sort(key=queue_order)
    return rows


def queue_order(row: PickupRow) -> tuple[int, str]:
    """Where a row stands in the queue: most urgent state first, then by order number."""
    return BUCKET_ORDER.index(row.bucket), row.number


def _load(session: Session, order_id: str, store_id: str | None = None) -> LocalOrder:
    order = session.get(LocalOrder, order_id)
    if order is None or order.fulfilment != "click_collect":
        raise ActionRefused(Refusal.ORDER_UNKNOWN, order_id=order_id)
    if store_id is not None and order.store_id != store_id:
        raise ActionRefused(Refusal.ORDER_OTHER_STORE, number=order.number)
    return order


def open_order(store: LocalStore, order_id: str, now: datetime | None = None) -> DeskOrder:
    with store.read() as session:
        return _desk_order(session, _load(session, order_id), now or utcnow())


def fetch_order(store: LocalStore, order_id: str, fetch: OrderFetch) -> None:
    """A pass for an order the local copy does not hold yet: ask the central API for it.
    Raises what `fetch` raises when offline or when the server does not know it."""
    data = fetch(order_id)
    with store.write() as session:
        store_fetched_order(session, data)


# --- changing an order ------------------------------------------------------------------------

PickupOrderEvent = (PickupPreparedPayload | PickupReadyPayload | PickupOrderPayload
                    | PickupCheckedInPayload | PickupHandedOverPayload)
"""An event about one click & collect order at this desk."""


def _change(session: Session, order: LocalOrder, state: str, payload: PickupOrderEvent,
            now: datetime, lines: list[LineCounts] | None = None,
            **overlay: Any) -> DeskOrder:
    """Show the change on this tablet and record its event, in the caller's transaction."""
    mine = dict(order.local_data or {})
    if lines is not None:
        mine["lines"] = {str(line.line_no): {f: getattr(line, f) for f in
                                             ("picked", "missing", "handed_over", "refused")}
                         for line in lines}
    for key, value in overlay.items():
        mine[key] = value.isoformat() if isinstance(value, datetime) else value
    order.local_data = mine
    order.local_pickup_state = state
    record_event(session, f"order:{order.id}", payload, occurred_at=now)
    session.flush()
    return _desk_order(session, order, now)


def _line(lines: list[LineCounts], line_no: int, number: str) -> LineCounts:
    line = next((line for line in lines if line.line_no == line_no), None)
    if line is None:
        raise ActionRefused(Refusal.LINE_UNKNOWN, number=number, line=line_no)
    return line


def _prepare(session: Session, order: LocalOrder, line_no: int, picked: int, missing: int,
             now: datetime) -> DeskOrder:
    eff = _effective(order)
    if not is_preparable(eff.state):
        raise ActionRefused(Refusal.NOT_BEING_PREPARED, number=order.number, state=eff.state)
    line = _line(eff.lines, line_no, order.number)
    if picked < 0 or missing < 0 or picked + missing > line.quantity:
        raise ActionRefused(Refusal.QUANTITY_TOO_HIGH, line=line_no, most=line.quantity)
    lines = [replace(x, picked=picked, missing=missing) if x.line_no == line_no else x
             for x in eff.lines]
    return _change(session, order, PickupState.PREPARING, PickupPreparedPayload(
        order_id=order.id, lines=[PreparedLine(line_no=line_no, picked=picked,
                                               missing=missing)]), now, lines)


def set_line(store: LocalStore, order_id: str, line_no: int, picked: int, missing: int,
             now: datetime | None = None) -> DeskOrder:
    """Set how many units of a line were picked and how many are missing."""
    with store.write() as session:
        return _prepare(session, _load(session, order_id), line_no, picked, missing,
                        now or utcnow())


def mark_missing(store: LocalStore, order_id: str, line_no: int,
                 now: datetime | None = None) -> DeskOrder:
    """What is not picked of the line could not be found in the store."""
    with store.write() as session:
        order = _load(session, order_id)
        line = _line(_effective(order).lines, line_no, order.number)
        return _prepare(session, order, line_no, line.picked, line.quantity - line.picked,
                        now or utcnow())


def pick_by_gtin(store: LocalStore, order_id: str, gtin: str,
                 now: datetime | None = None) -> tuple[DeskOrder, int]:
    """A product scanned while preparing: one more unit picked on its line, if the order
    wants it. Returns the order and the line."""
    with store.write() as session:
        order = _load(session, order_id)
        eff = _effective(order)
        product_ids = set(session.scalars(select(LocalProduct.id).where(
            LocalProduct.gtin == gtin)))
        on_order = [line for line in eff.lines if line.product_id in product_ids]
        if not on_order:
            name = session.scalar(select(LocalProduct.name).where(LocalProduct.gtin == gtin))
            raise ActionRefused(Refusal.PRODUCT_NOT_ON_ORDER, number=order.number,
                                name=name or gtin)
        line = next((line for line in on_order if line.to_pick > 0), None)
        if line is None:
            raise ActionRefused(Refusal.LINE_COMPLETE, number=order.number,
                                line=on_order[0].line_no)
        return (_prepare(session, order, line.line_no, line.picked + 1, line.missing,
                         now or utcnow()), line.line_no)


def mark_ready(store: LocalStore, order_id: str, shelf: str,
               now: datetime | None = None) -> DeskOrder:
    """Prepared and put away: the central API tells the customer to come."""
    now = now or utcnow()
    shelf = shelf.strip().upper()
    if not shelf or len(shelf) > MAX_SHELF_LENGTH:
        raise ActionRefused(Refusal.SHELF_NEEDED)
    with store.write() as session:
        order = _load(session, order_id)
        eff = _effective(order)
        if not is_preparable(eff.state):
            raise ActionRefused(Refusal.NOT_BEING_PREPARED, number=order.number, state=eff.state)
        open_lines = [line.line_no for line in eff.lines if line.to_pick]
        if open_lines:
            raise ActionRefused(Refusal.LINES_NOT_PREPARED, number=order.number,
                                lines=", ".join(map(str, open_lines)))
        if not any(line.picked for line in eff.lines):
            raise ActionRefused(Refusal.NOTHING_PICKED, number=order.number)
        deadline = pickup_policy(session).deadline(now)
        return _change(session, order, PickupState.READY,
                       PickupReadyPayload(order_id=order.id, shelf=shelf),
                       now, ready_at=now, pickup_deadline=deadline, shelf=shelf)


def resend_notice(store: LocalStore, order_id: str, now: datetime | None = None) -> DeskOrder:
    now = now or utcnow()
    with store.write() as session:
        order = _load(session, order_id)
        eff = _effective(order)
        if not is_on_the_shelf(eff.state):
            raise ActionRefused(Refusal.NOT_ON_THE_SHELF, number=order.number, state=eff.state)
        return _change(session, order, eff.state,
                       PickupNoticeResentPayload(order_id=order.id), now)


# --- verification ---------------------------------------------------------------------------

CODE_ATTEMPTS_KEY = "pickup_code_attempts"


def _visit_checks(order: LocalOrder, eff: _Effective, now: datetime) -> None:
    """What refuses a pickup, with its reason."""
    if eff.state == PickupState.CANCELLED:
        raise ActionRefused(Refusal.ORDER_CANCELLED, number=order.number)
    if eff.state == PickupState.EXPIRED:
        raise ActionRefused(Refusal.ORDER_RETURNED_TO_STOCK, number=order.number)
    if eff.state == PickupState.COLLECTED:
        raise ActionRefused(Refusal.ALREADY_COLLECTED, number=order.number)
    if not is_on_the_shelf(eff.state):
        raise ActionRefused(Refusal.NOT_READY_FOR_CHECK_IN, number=order.number, state=eff.state)
    if eff.state == PickupState.READY and eff.deadline is not None and eff.deadline < now:
        raise ActionRefused(Refusal.DEADLINE_PASSED, number=order.number, deadline=eff.deadline)


def find_by_code(store: LocalStore, store_id: str | None, code: str,
                 now: datetime | None = None) -> str:
    """The order a 6-digit pickup code names. Wrong codes are counted on this tablet (kept
    across restarts); too many lock the code entry for a while."""
    now = now or utcnow()
    with store.write() as session:
        policy = pickup_policy(session)
        tally = json.loads(get_setting(session, CODE_ATTEMPTS_KEY) or "{}")
        locked_until = parse_time(tally.get("locked_until"))
        if locked_until is not None and locked_until > now:
            raise ActionRefused(Refusal.CODE_LOCKED, until=locked_until)
        order_id = None
        if len(code) == 6 and code.isdigit():
            order_id = session.scalar(select(LocalOrder.id).where(
                LocalOrder.pickup_code == code, LocalOrder.store_id == store_id,
                LocalOrder.fulfilment == "click_collect"))
        if order_id is not None:
            set_setting(session, CODE_ATTEMPTS_KEY, "{}")
            return str(order_id)
        failures = int(tally.get("failures", 0)) + 1
        until = now + timedelta(minutes=policy.code_lock_minutes)
        locks = failures >= policy.code_attempts
        set_setting(session, CODE_ATTEMPTS_KEY, json.dumps(
            {"locked_until": until.isoformat()} if locks else {"failures": failures}))
    # Raised once the count is committed (a refusal inside the block would roll it back).
    if locks:
        raise ActionRefused(Refusal.CODE_LOCKED, until=until)
    raise ActionRefused(Refusal.CODE_WRONG, left=policy.code_attempts - failures)


def _collector(name: str | None) -> str | None:
    name = " ".join((name or "").split())
    if len(name) > MAX_NAME_LENGTH:
        raise ActionRefused(Refusal.NAME_TOO_LONG, most=MAX_NAME_LENGTH)
    return name or None


def check_in(store: LocalStore, order_id: str, method: PickupMethod,
             collector_name: str | None = None, now: datetime | None = None,
             store_id: str | None = None) -> DeskOrder:
    """The customer (or someone for them) is at the desk and was verified by `method`;
    `store_id`: refused when the order is another store's."""
    now = now or utcnow()
    collector = _collector(collector_name)
    with store.write() as session:
        order = _load(session, order_id, store_id)
        eff = _effective(order)
        _visit_checks(order, eff, now)
        if eff.state == PickupState.CHECKED_IN:
            return _desk_order(session, order, now)
        return _change(session, order, PickupState.CHECKED_IN, PickupCheckedInPayload(
                           order_id=order.id, method=method, collector_name=collector), now,
                       collector_name=collector or "", checkin_method=method)


# --- handover ---------------------------------------------------------------------------------


def check_in_by_pass(store: LocalStore, store_id: str, order_id: str, method: PickupMethod,
              fetch: OrderFetch | None) -> DeskOrder:
    """Check in from the local copy; a pass for an order it does not hold yet is fetched
    from the central API first."""
    try:
        return check_in(store, order_id, method, store_id=store_id)
    except ActionRefused as refused:
        if refused.code != Refusal.ORDER_UNKNOWN or method not in ("pass", "kiosk"):
            raise
    _fetch_if_missing(store, order_id, fetch)
    return check_in(store, order_id, method, store_id=store_id)


def _fetch_if_missing(store: LocalStore, order_id: str, fetch: OrderFetch | None) -> None:
    with store.read() as session:
        if session.get(LocalOrder, order_id) is not None:
            return
    if fetch is None:
        raise ActionRefused(Refusal.ORDER_NOT_LOCAL_OFFLINE)
    try:
        fetch_order(store, order_id, fetch)
    except RequestRefused as error:
        code = {404: Refusal.ORDER_UNKNOWN, 403: Refusal.ORDER_OTHER_STORE}.get(
            error.status, Refusal.ORDER_NOT_LOCAL_OFFLINE)
        raise ActionRefused(code, order_id=order_id, number=order_id) from error
    except SyncError as error:
        raise ActionRefused(Refusal.ORDER_NOT_LOCAL_OFFLINE) from error



@dataclass(frozen=True)
class HandoverChoice:
    line_no: int
    handed_over: int = 0
    refused: int = 0
    reason: RefusalReason | None = None


@dataclass(frozen=True)
class HandoverReceipt:
    """What the customer gets: the confirmation shown as a QR code or printed."""

    reference: str
    order_number: str
    customer_name: str
    collector_name: str
    at: datetime
    handed_over: list[tuple[str, int]]
    refused: list[tuple[str, int, str]]
    kept: list[tuple[str, int]]
    refund_cents: int
    order: DeskOrder = field(repr=False)

    @property
    def qr_text(self) -> str:
        return f"{self.reference} {self.order_number}"


def hand_over(store: LocalStore, order_id: str, choices: list[HandoverChoice],
              method: PickupMethod, collector_name: str | None = None,
              now: datetime | None = None) -> HandoverReceipt:
    """Per line: units handed over, units refused (with why); the rest stays for later.
    Refused units are refunded by the central API."""
    now = now or utcnow()
    collector = _collector(collector_name)
    with store.write() as session:
        order = _load(session, order_id)
        eff = _effective(order)
        _visit_checks(order, eff, now)
        if order.payment_state != "paid":
            raise ActionRefused(Refusal.ORDER_UNPAID, number=order.number,
                                state=order.payment_state)
        chosen = {c.line_no: c for c in choices if c.handed_over or c.refused}
        if not chosen:
            raise ActionRefused(Refusal.NOTHING_TO_HAND_OVER, number=order.number)
        for choice in chosen.values():
            line = _line(eff.lines, choice.line_no, order.number)
            if choice.handed_over < 0 or choice.refused < 0 \
                    or choice.handed_over + choice.refused > line.waiting:
                raise ActionRefused(Refusal.QUANTITY_TOO_HIGH, line=line.line_no, most=line.waiting)
            if choice.refused and choice.reason is None:
                raise ActionRefused(Refusal.REASON_NEEDED, line=line.line_no)
        lines = [replace(line, handed_over=line.handed_over + chosen[line.line_no].handed_over,
                         refused=line.refused + chosen[line.line_no].refused)
                 if line.line_no in chosen else line for line in eff.lines]
        state = state_after_visit(lines)
        handover_id = uuid.uuid4()
        visit = PickupHandedOverPayload if any(c.handed_over for c in chosen.values()) \
            else PickupRefusedPayload
        overlay: dict[str, Any] = {"collector_name": collector or ""}
        if state == PickupState.COLLECTED:
            overlay["collected_at"] = now
        desk = _change(session, order, state, visit(
            order_id=order.id, handover_id=handover_id, method=method, collector_name=collector,
            lines=[HandoverLine(line_no=c.line_no, handed_over=c.handed_over, refused=c.refused,
                                reason=c.reason) for c in chosen.values()]),
            now, lines, **overlay)
        names = {line.line_no: line.name or line.product_id for line in desk.lines}
        return HandoverReceipt(
            reference="H-" + handover_id.hex[:10].upper(), order_number=order.number,
            customer_name=order.customer_name or "", collector_name=collector or "", at=now,
            handed_over=[(names[c.line_no], c.handed_over) for c in chosen.values()
                         if c.handed_over],
            refused=[(names[c.line_no], c.refused, c.reason or "") for c in chosen.values()
                     if c.refused],
            kept=[(names[line.line_no], line.waiting) for line in lines if line.waiting],
            refund_cents=sum(line.paid_for(chosen[line.line_no].refused)
                             for line in eff.lines if line.line_no in chosen),
            order=desk)


# --- no-shows ---------------------------------------------------------------------------------


def extend_deadline(store: LocalStore, order_id: str, now: datetime | None = None) -> DeskOrder:
    """Give the customer a few more days, once (the policy says how many and how often)."""
    now = now or utcnow()
    with store.write() as session:
        order = _load(session, order_id)
        eff = _effective(order)
        policy = pickup_policy(session)
        if eff.state != PickupState.READY:
            raise ActionRefused(Refusal.NOT_ON_THE_SHELF, number=order.number, state=eff.state)
        if not policy.can_extend(eff.extensions):
            raise ActionRefused(Refusal.ALREADY_EXTENDED, number=order.number)
        deadline = policy.extended_deadline(eff.deadline, now)
        return _change(session, order, PickupState.READY,
                       PickupExtendedPayload(order_id=order.id), now,
                       pickup_deadline=deadline, extensions=eff.extensions + 1)


def return_to_stock(store: LocalStore, order_id: str, now: datetime | None = None) -> DeskOrder:
    """A no-show: the goods go back on sale and the central API refunds the customer."""
    now = now or utcnow()
    with store.write() as session:
        order = _load(session, order_id)
        eff = _effective(order)
        if eff.state != PickupState.READY:
            raise ActionRefused(Refusal.NOT_ON_THE_SHELF, number=order.number, state=eff.state)
        return _change(session, order, PickupState.EXPIRED,
                       PickupExpiredPayload(order_id=order.id), now)
