"""The device side of sync: the outbox and the local copies of the change feeds.

Implements `sync.engine.Replica` on the local store. Each feed page is applied with its
cursor in one write transaction, so a page is never half applied; the outbox is only
ever read and marked here, never dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from kiosk.store.db import LocalStore
from kiosk.store.models import (
    HELD_ENTITIES,
    AssistanceEntry,
    DeviceSetting,
    FeedState,
    LocalAvailability,
    LocalCustomer,
    LocalOrder,
    LocalProduct,
    LocalStock,
    LoyaltyCardIndex,
    OutboxEvent,
    PolicyEntry,
)
from kiosk.store.retention import forget_out_of_scope
from sync.protocol import Event, EventBatchResult, FeedItem, FeedPage
from sync.records import (
    AssistanceRecord,
    AvailabilityRecord,
    CustomerRecord,
    OrderRecord,
    ProductRecord,
    Record,
    StockRecord,
    wire,
)
from sync.sqltypes import rows_changed, utcnow
from sync.text import search_key

SENT_RETENTION = timedelta(days=30)
"""Confirmed events are kept this long, to upload again what a restored server lost."""

STALE = -1
"""Version given to every row of a feed being resynced; rows still stale at the end of the
resync are gone from the server and are deleted."""




def _order_row(item: FeedItem, o: Any) -> dict[str, Any]:
    assert isinstance(o, OrderRecord)
    return {
        "id": item.id, "number": o.number, "customer_id": o.customer_id,
        "customer_name": o.customer_name, "channel": o.channel, "fulfilment": o.fulfilment,
        "store_id": o.store_id, "status": o.status, "payment_state": o.payment_state,
        "pickup_state": o.pickup_state, "pickup_code": o.pickup_code,
        "created_at": o.created_at, "ready_at": o.ready_at,
        "pickup_deadline": o.pickup_deadline, "collected_at": o.collected_at,
        "total_cents": o.total_cents, "version": item.version, "data": item.data,
    }


def _customer_row(item: FeedItem, c: Any) -> dict[str, Any]:
    assert isinstance(c, CustomerRecord)
    return {
        "id": item.id, "first_name": c.first_name, "last_name": c.last_name,
        "email": c.email, "phone": c.phone, "loyalty_tier": c.loyalty.tier,
        "points_balance": c.loyalty.points, "version": item.version, "data": item.data,
        "seen_here_at": c.seen_here_at,
        "search_key": search_key(c.first_name, c.last_name, c.email, c.phone),
    }


def _product_row(item: FeedItem, p: Any) -> dict[str, Any]:
    assert isinstance(p, ProductRecord)
    return {
        "id": item.id, "gtin": p.gtin, "sku": p.sku, "name": p.name, "brand": p.brand,
        "category": p.category, "price_cents": p.price_cents, "version": item.version,
        "data": item.data,
    }


def _stock_row(item: FeedItem, s: Any) -> dict[str, Any]:
    assert isinstance(s, StockRecord)
    return {"store_id": s.store_id, "product_id": s.product_id, "quantity": s.quantity,
            "aisle": s.aisle, "version": item.version,
            "reservations": [wire(r) for r in s.reservations]}


def _availability_row(item: FeedItem, a: Any) -> dict[str, Any]:
    assert isinstance(a, AvailabilityRecord)
    return {"product_id": a.product_id, "stores_in_stock": a.stores_in_stock,
            "version": item.version, "data": item.data}


def _policy_row(item: FeedItem, _record: Any) -> dict[str, Any]:
    return {"kind": item.kind, "id": item.id, "version": item.version, "data": item.data or {}}


def _assistance_row(item: FeedItem, _record: Any) -> dict[str, Any]:
    return {"id": item.id, "version": item.version, "data": item.data or {}}


RowBuilder = Callable[[FeedItem, Any], dict[str, Any]]

# feed -> (table, the record its rows are, row builder, primary key columns). A row is
# parsed once, here, as its record: a row the record refuses stops the page, whole.
FEED_TABLES: dict[str, tuple[type[Any], type[Record] | None, RowBuilder, tuple[str, ...]]] = {
    "orders": (LocalOrder, OrderRecord, _order_row, ("id",)),
    "customers": (LocalCustomer, CustomerRecord, _customer_row, ("id",)),
    "catalog": (LocalProduct, ProductRecord, _product_row, ("id",)),
    "stock": (LocalStock, StockRecord, _stock_row, ("store_id", "product_id")),
    "availability": (LocalAvailability, AvailabilityRecord, _availability_row, ("product_id",)),
    "policy": (PolicyEntry, None, _policy_row, ("kind", "id")),
    "assistance": (AssistanceEntry, AssistanceRecord, _assistance_row, ("id",)),
}


def _key_of(feed: str, item: FeedItem) -> tuple[str, ...]:
    if feed == "stock":
        store_id, _, product_id = item.id.partition(":")
        return (store_id, product_id)
    if feed == "policy":
        return (item.kind, item.id)
    return (item.id,)


def _index_cards(session: Session, live: Sequence[FeedItem], gone: Sequence[FeedItem],
                 records: Sequence[Any]) -> None:
    """Card number -> customer, for the customers just applied (their old cards go)."""
    ids = [item.id for item in (*live, *gone)]
    session.execute(delete(LoyaltyCardIndex).where(LoyaltyCardIndex.customer_id.in_(ids)))
    cards = [{"number": number, "customer_id": item.id}
             for item, customer in zip(live, records, strict=True)
             for number in customer.loyalty.cards]
    if cards:
        session.execute(insert(LoyaltyCardIndex).on_conflict_do_nothing(), cards)


def store_fetched_order(session: Session, data: dict[str, Any]) -> None:
    """An order fetched on demand (a pickup pass for an order the feed has not brought yet,
    a receipt of another store or a home delivery brought back), kept for the visit.
    Stored at version 0, so the feed's copy replaces it whenever it comes."""
    row = _order_row(FeedItem(kind="order", id=str(data["id"]), version=0, data=data),
                     OrderRecord.model_validate(data))
    statement = insert(LocalOrder).values(row | {"fetched_at": utcnow()})
    session.execute(statement.on_conflict_do_update(
        index_elements=["id"], set_={"fetched_at": statement.excluded.fetched_at}))


def store_fetched_customer(session: Session, record: CustomerRecord) -> None:
    """A customer fetched on demand (scanned or searched outside the store's working set):
    held until retention forgets them, or the feed's copy (the server adds them to the
    working set when the identification reaches it) replaces this one."""
    item = FeedItem(kind="customer", id=record.id, version=0, data=wire(record))
    row = _customer_row(item, record) | {"fetched_at": utcnow()}
    statement = insert(LocalCustomer).values(row)
    session.execute(statement.on_conflict_do_update(
        index_elements=["id"], set_={"fetched_at": statement.excluded.fetched_at}))
    _index_cards(session, [item], [], [record])


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(DeviceSetting, key)
    return row.value if row is not None else None


def set_setting(session: Session, key: str, value: str) -> None:
    session.execute(
        insert(DeviceSetting).values(key=key, value=value)
        .on_conflict_do_update(index_elements=["key"], set_={"value": value})
    )


class StoreReplica:
    """`sync.engine.Replica` backed by the device's `LocalStore`."""

    def __init__(self, store: LocalStore, device_id: str) -> None:
        self.store = store
        self.device_id = device_id

    # --- outbox ---------------------------------------------------------------------------

    def pending_count(self) -> int:
        with self.store.read() as session:
            return int(session.scalar(select(func.count()).select_from(OutboxEvent).where(
                OutboxEvent.state == "pending")) or 0)

    def pending_events(self, limit: int, max_bytes: int) -> list[Event]:
        """The oldest pending events, except those held behind a dead letter of their entity."""
        with self.store.read() as session:
            rows = session.scalars(
                select(OutboxEvent)
                .where(OutboxEvent.state == "pending", OutboxEvent.entity.not_in(HELD_ENTITIES))
                .order_by(OutboxEvent.seq).limit(limit)
            ).all()
        events: list[Event] = []
        size = 0
        for row in rows:
            event = Event(id=row.id, seq=row.seq, type=row.type, entity=row.entity,
                          occurred_at=row.occurred_at, payload=row.payload, actor=row.actor)
            size += len(event.model_dump_json())
            if events and size > max_bytes:
                break
            events.append(event)
        return events

    def record_results(self, result: EventBatchResult) -> None:
        """Mark events with the server's answer: only now, never before the answer.

        A rejected event becomes a dead letter; any other answer means the server holds it.
        """
        now = utcnow()
        answers = {str(item.id): item for item in result.results}
        with self.store.write() as session:
            rows = session.execute(
                select(OutboxEvent.seq, OutboxEvent.id, OutboxEvent.entity, OutboxEvent.attempts)
                .where(OutboxEvent.id.in_(list(answers)))
            ).all()
            held = [(seq, attempts) for seq, id_, _e, attempts in rows
                    if (answers[id_].details or {}).get("held_behind")]
            answered = [(seq, id_, attempts) for seq, id_, _e, attempts in rows
                        if not (answers[id_].details or {}).get("held_behind")]
            if held:  # not refused itself: it stays pending, behind the dead letter
                session.execute(update(OutboxEvent), [
                    {"seq": seq, "attempts": attempts + 1} for seq, attempts in held])
            if answered:
                session.execute(update(OutboxEvent), [
                    {"seq": seq, "state": "dead" if answers[id_].status == "rejected" else "sent",
                     "sent_at": now, "attempts": attempts + 1,
                     "result_status": answers[id_].status, "result_reason": answers[id_].reason,
                     "result_details": answers[id_].details}
                    for seq, id_, attempts in answered
                ])
            set_setting(session, "server_highest_seq", str(result.highest_seq))
            set_setting(session, "last_push_progress_at", now.isoformat())
            orders = [entity.removeprefix("order:") for _s, _i, entity, _a in rows
                      if entity.startswith("order:")]
            if orders:
                self._settle_local_states(session, orders)

    def dead_letter(self, event: Event, reason: str) -> None:
        """The server refused the event itself (not a batch of it): park it for a person."""
        with self.store.write() as session:
            session.execute(
                update(OutboxEvent).where(OutboxEvent.id == str(event.id)).values(
                    state="dead", sent_at=utcnow(), attempts=OutboxEvent.attempts + 1,
                    result_status="rejected", result_reason=reason, result_details=None)
            )

    def requeue_lost(self, server_highest_seq: int) -> int:
        """The server holds less than it confirmed (restored from a backup): send again
        every confirmed event above what it holds. Returns how many."""
        held = ("applied", "duplicate", "conflict")
        with self.store.write() as session:
            confirmed = session.execute(
                select(func.max(OutboxEvent.seq))
                .where(OutboxEvent.state == "sent", OutboxEvent.result_status.in_(held))
            ).scalar_one()
            if confirmed is None or confirmed <= server_highest_seq:
                return 0
            result = session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.state == "sent", OutboxEvent.result_status.in_(held),
                       OutboxEvent.seq > server_highest_seq)
                .values(state="pending")
            )
            return rows_changed(result)

    def purge_sent(self, older_than: timedelta = SENT_RETENTION) -> int:
        """Forget confirmed events after the retention period (never a pending one, never
        an unresolved dead letter or conflict)."""
        cutoff = utcnow() - older_than
        with self.store.write() as session:
            result = session.execute(
                delete(OutboxEvent).where(
                    OutboxEvent.state.in_(("sent", "dead")), OutboxEvent.sent_at < cutoff,
                    # the newest event stays: the next seq is allocated after it
                    OutboxEvent.seq < select(func.max(OutboxEvent.seq)).scalar_subquery(),
                    (OutboxEvent.result_status.in_(("applied", "duplicate")))
                    | OutboxEvent.resolved_at.is_not(None),
                )
            )
            return rows_changed(result)

    def forget_out_of_scope(self) -> int:
        """Retention: what the store no longer works on leaves the device. Returns how many."""
        forgotten = forget_out_of_scope(self.store)
        return forgotten.orders + forgotten.customers

    # --- feeds ----------------------------------------------------------------------------

    def feed_cursor(self, feed: str) -> str | None:
        with self.store.read() as session:
            state = session.get(FeedState, feed)
            return state.cursor if state is not None else None

    def apply_page(self, page: FeedPage) -> None:
        """Apply the page's items and move the cursor in one transaction."""
        table, record, build, keys = FEED_TABLES[page.feed]
        live = [item for item in page.items if not item.deleted]
        gone = [item for item in page.items if item.deleted]
        records = [record.model_validate(item.data) if record else None for item in live]
        with self.store.write() as session:
            if live:
                rows = [build(item, parsed) for item, parsed in zip(live, records, strict=True)]
                statement = insert(table)
                columns = {c: statement.excluded[c] for c in rows[0] if c not in keys}
                session.execute(
                    statement.on_conflict_do_update(
                        index_elements=list(keys), set_=columns,
                        where=table.version <= statement.excluded.version,
                    ),
                    rows,
                )
            for item in gone:
                conditions = [getattr(table, k) == v
                              for k, v in zip(keys, _key_of(page.feed, item), strict=True)]
                session.execute(delete(table).where(*conditions))
            if page.feed == "customers":
                _index_cards(session, live, gone, records)
            if page.feed == "orders" and live:
                self._settle_local_states(session, [item.id for item in live])
            if not page.has_more:
                session.execute(delete(table).where(table.version == STALE))
            session.execute(
                insert(FeedState).values(feed=page.feed, cursor=page.cursor, pulled_at=utcnow())
                .on_conflict_do_update(index_elements=["feed"],
                                       set_={"cursor": page.cursor, "pulled_at": utcnow()})
            )

    @staticmethod
    def _settle_local_states(session: Session, order_ids: list[str]) -> None:
        """The server's version of an order replaces what this device showed as pending,
        once none of this device's events about the order is still unsent."""
        pending = select(OutboxEvent.entity).where(OutboxEvent.state == "pending")
        session.execute(
            update(LocalOrder)
            .where(LocalOrder.id.in_(order_ids), LocalOrder.local_pickup_state.is_not(None)
                   | LocalOrder.local_data.is_not(None))
            .where(("order:" + LocalOrder.id).not_in(pending))
            .values(local_pickup_state=None, local_data=None)
        )

    def reset_feed(self, feed: str) -> None:
        """Start the feed over: every local row becomes stale until the server sends it again.

        Rows stay readable meanwhile (the store keeps working on its old copy), and the
        outbox is not touched. Rows fetched on demand (version 0, never sent by the feed)
        are not the feed's to sweep: retention forgets them after the visit.
        """
        table, _, _, _ = FEED_TABLES[feed]
        with self.store.write() as session:
            session.execute(update(table).where(table.version != 0).values(version=STALE))
            session.execute(delete(FeedState).where(FeedState.feed == feed))

    # --- bookkeeping ----------------------------------------------------------------------

    def note_sync(self, pushed_ok: bool, pulled_ok: bool, error: str | None) -> None:
        now = utcnow().isoformat()
        with self.store.write() as session:
            set_setting(session, "last_sync_attempt_at", now)
            if pushed_ok:
                set_setting(session, "last_push_ok_at", now)
            if pulled_ok:
                set_setting(session, "last_pull_ok_at", now)
            set_setting(session, "last_sync_error", json.dumps(error))
