"""Forgetting what the store no longer works on: orders out of its window, customers out of
its working set, orders fetched for a visit once the visit is over.

The rules are `sync.rules.scope`'s, the ones the central API filters its feeds with, so
what leaves by time alone needs no message. The outbox is never touched here: an order with
an event still to send stays until the server has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.store.db import LocalStore
from kiosk.store.models import LocalCustomer, LocalOrder, OutboxEvent, PolicyEntry
from sync.rules.scope import OPEN_PICKUP, OrderFacts, ScopePolicy, in_working_set, order_in_scope
from sync.sqltypes import utcnow

FETCHED_KEPT = timedelta(hours=24)
"""An order fetched on demand (a receipt from another store, a home delivery brought back)
stays this long: the visit, and a return recorded offline just after it."""


@dataclass(frozen=True)
class Forgotten:
    orders: int = 0
    customers: int = 0


def _policy(session: Session) -> tuple[str | None, ScopePolicy]:
    entries = {(e.kind, e.id): e.data for e in session.scalars(select(PolicyEntry).where(
        PolicyEntry.kind.in_(("store", "device_scope", "return_policy"))))}
    store_id = next((id_ for kind, id_ in entries if kind == "store"), None)
    return store_id, ScopePolicy.from_data(entries.get(("device_scope", "default")),
                                           entries.get(("return_policy", "default")))


def forget_out_of_scope(store: LocalStore, now: datetime | None = None) -> Forgotten:
    """One pass of retention (at start and daily); returns what it forgot."""
    now = now or utcnow()
    with store.write() as session:
        store_id, policy = _policy(session)
        if store_id is None:  # never synced: nothing to judge by
            return Forgotten()
        pending = set(session.scalars(select(OutboxEvent.entity).where(
            OutboxEvent.state == "pending", OutboxEvent.entity.startswith("order:"))))
        orders = session.execute(select(
            LocalOrder.id, LocalOrder.store_id, LocalOrder.fulfilment, LocalOrder.pickup_state,
            LocalOrder.created_at, LocalOrder.collected_at, LocalOrder.pickup_deadline,
            LocalOrder.fetched_at, LocalOrder.customer_id)).all()
        gone_orders = [
            o.id for o in orders
            if f"order:{o.id}" not in pending
            and (o.fetched_at is None or o.fetched_at < now - FETCHED_KEPT)
            and not order_in_scope(OrderFacts(o.store_id, o.fulfilment, o.pickup_state,
                                              o.created_at, o.collected_at, o.pickup_deadline),
                                   store_id, now, policy)]
        if gone_orders:
            session.execute(delete(LocalOrder).where(LocalOrder.id.in_(gone_orders)))
        waiting = {o.customer_id for o in orders if o.customer_id
                   and o.store_id == store_id and o.pickup_state in OPEN_PICKUP}
        customers = session.execute(select(
            LocalCustomer.id, LocalCustomer.seen_here_at, LocalCustomer.last_identified_at,
            LocalCustomer.fetched_at)).all()
        gone_customers = [
            c.id for c in customers
            if not in_working_set(max(filter(None, (c.seen_here_at, c.last_identified_at,
                                                    c.fetched_at)), default=None),
                                  c.id in waiting, now, policy)]
        if gone_customers:  # their card index goes with them (ON DELETE CASCADE)
            session.execute(delete(LocalCustomer).where(LocalCustomer.id.in_(gone_customers)))
        return Forgotten(orders=len(gone_orders), customers=len(gone_customers))
