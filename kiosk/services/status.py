"""What the status bar and the Sync page show: figures read from the local store."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from kiosk.store import LocalStore
from kiosk.store.models import (
    HELD_ENTITIES,
    OPEN_CONFLICT,
    OPEN_DEAD_LETTER,
    LocalCustomer,
    LocalOrder,
    LocalProduct,
    OutboxEvent,
    PolicyEntry,
)
from kiosk.store.replica import get_setting
from sync.records import StoreRecord
from sync.sqltypes import parse_time, utcnow

WATCHDOG = timedelta(minutes=10)
"""Pending events and no progress for this long: the queue is flagged as stuck."""


@dataclass(frozen=True)
class SyncStatus:
    pending_events: int
    oldest_pending_at: datetime | None
    sent_events: int
    dead_letters: int
    """Refused by the server and not yet dealt with by a person."""
    open_conflicts: int
    held_events: int
    """Pending, but waiting behind a dead letter of the same entity."""
    stalled_since: datetime | None
    """Set when events wait and nothing was sent for longer than WATCHDOG."""
    last_push_ok_at: datetime | None
    last_pull_ok_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    orders: int
    click_collect_orders: int
    customers: int
    products: int
    store_id: str | None
    store_name: str | None




def sync_status(store: LocalStore) -> SyncStatus:
    with store.read() as session:
        def count(statement) -> int:
            return int(session.execute(statement).scalar_one())

        by_state = dict(session.execute(
            select(OutboxEvent.state, func.count()).group_by(OutboxEvent.state)).all())
        held = count(select(func.count()).select_from(OutboxEvent).where(
            OutboxEvent.state == "pending", OutboxEvent.entity.in_(HELD_ENTITIES)))
        pending = session.execute(
            select(func.count(), func.min(OutboxEvent.occurred_at))
            .where(OutboxEvent.state == "pending")
        ).one()
        progress = parse_time(get_setting(session, "last_push_progress_at"))
        waiting_since = max(filter(None, (progress, pending[1])), default=None)
        stalled = (waiting_since if pending[0] > held and waiting_since is not None
                   and utcnow() - waiting_since > WATCHDOG else None)
        store_row = session.scalars(select(PolicyEntry).where(PolicyEntry.kind == "store")).first()
        store_id = store_row.id if store_row else None
        error = get_setting(session, "last_sync_error")
        return SyncStatus(
            pending_events=int(pending[0]),
            oldest_pending_at=pending[1],
            sent_events=by_state.get("sent", 0),
            dead_letters=count(
                select(func.count()).select_from(OutboxEvent).where(OPEN_DEAD_LETTER)),
            open_conflicts=count(
                select(func.count()).select_from(OutboxEvent).where(OPEN_CONFLICT)),
            held_events=held,
            stalled_since=stalled,
            last_push_ok_at=parse_time(get_setting(session, "last_push_ok_at")),
            last_pull_ok_at=parse_time(get_setting(session, "last_pull_ok_at")),
            last_attempt_at=parse_time(get_setting(session, "last_sync_attempt_at")),
            last_error=json.loads(error) if error else None,
            orders=count(select(func.count()).select_from(LocalOrder)),
            click_collect_orders=count(
                select(func.count()).select_from(LocalOrder)
                .where(LocalOrder.fulfilment == "click_collect", LocalOrder.store_id == store_id)
            ),
            customers=count(select(func.count()).select_from(LocalCustomer)),
            products=count(select(func.count()).select_from(LocalProduct)),
            store_id=store_id,
            store_name=StoreRecord.model_validate(store_row.data).name or None
            if store_row else None,
        )
