"""What the status bar and the Sync page show: figures read from the local store."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from kiosk.store import LocalStore
from kiosk.store.models import (
    LocalCustomer,
    LocalOrder,
    LocalProduct,
    OutboxEvent,
    PolicyEntry,
)
from kiosk.store.replica import get_setting


@dataclass(frozen=True)
class SyncStatus:
    pending_events: int
    oldest_pending_at: datetime | None
    sent_events: int
    rejected_events: int
    conflict_events: int
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


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def sync_status(store: LocalStore) -> SyncStatus:
    with store.read() as session:
        def count(statement) -> int:  # type: ignore[no-untyped-def]
            return int(session.execute(statement).scalar_one())

        by_result = dict(session.execute(
            select(OutboxEvent.result_status, func.count()).group_by(OutboxEvent.result_status)
        ).all())
        pending = session.execute(
            select(func.count(), func.min(OutboxEvent.occurred_at))
            .where(OutboxEvent.state == "pending")
        ).one()
        store_row = session.scalars(select(PolicyEntry).where(PolicyEntry.kind == "store")).first()
        store_id = store_row.id if store_row else None
        error = get_setting(session, "last_sync_error")
        return SyncStatus(
            pending_events=int(pending[0]),
            oldest_pending_at=pending[1],
            sent_events=sum(v for k, v in by_result.items() if k is not None),
            rejected_events=by_result.get("rejected", 0),
            conflict_events=by_result.get("conflict", 0),
            last_push_ok_at=_when(get_setting(session, "last_push_ok_at")),
            last_pull_ok_at=_when(get_setting(session, "last_pull_ok_at")),
            last_attempt_at=_when(get_setting(session, "last_sync_attempt_at")),
            last_error=json.loads(error) if error else None,
            orders=count(select(func.count()).select_from(LocalOrder)),
            click_collect_orders=count(
                select(func.count()).select_from(LocalOrder)
                .where(LocalOrder.fulfilment == "click_collect", LocalOrder.store_id == store_id)
            ),
            customers=count(select(func.count()).select_from(LocalCustomer)),
            products=count(select(func.count()).select_from(LocalProduct)),
            store_id=store_id,
            store_name=store_row.data.get("name") if store_row else None,
        )
