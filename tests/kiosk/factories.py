"""Feed items for the local store's tests, shaped as the central API sends them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from sync.protocol import FeedItem

NOW = datetime.now(UTC)
TEST_KEY = "5e" * 32
"""The key of the local databases the store's tests open directly."""


def open_encrypted(path: Path, key: str = TEST_KEY) -> sqlcipher.Connection:
    """A raw connection to a device's (encrypted) database, as support would open it."""
    connection = sqlcipher.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{key}'\"")
    return connection


def order_item(order_id: str, state: str, version: int, store: str = "S001",
               lines: list[dict[str, Any]] | None = None, paid: bool = True,
               code: str = "123456") -> FeedItem:
    on_shelf = state in ("ready", "checked_in", "collected")
    lines = [dict(line) for line in lines or [{"line_no": 1, "product_id": "P1", "quantity": 2}]]
    for line in lines:
        line.setdefault("unit_price_cents", 2495)
        line.setdefault("picked", line["quantity"] if on_shelf else 0)
        line.setdefault("handed_over", line["quantity"] if state == "collected" else 0)
    return FeedItem(kind="order", id=order_id, version=version, data={
        "number": f"WEB-{order_id}", "customer_id": "C1", "customer_name": "Léa Martin",
        "channel": "web", "fulfilment": "click_collect", "store_id": store, "status": "ready",
        "payment_state": "paid" if paid else "pending", "pickup_state": state,
        "pickup_code": code,
        "collected_at": NOW.isoformat() if state == "collected" else None,
        "created_at": (NOW - timedelta(days=2)).isoformat(),
        "ready_at": (NOW - timedelta(hours=3)).isoformat(),
        "pickup_deadline": (NOW + timedelta(days=5)).isoformat(), "total_cents": 4990,
        "lines": lines,
    })


def customer_item(customer_id: str, version: int, cards: list[str]) -> FeedItem:
    return FeedItem(kind="customer", id=customer_id, version=version, data={
        "first_name": "Léa", "last_name": "Martin", "email": f"{customer_id}@example.com",
        "phone": "+33 6 12 34 56 78",
        "loyalty": {"tier": "gold", "points": 700, "cards": cards},
        "consents": {"personalisation": True}, "vouchers": [], "cart": None,
        "recent_browsing": [],
    })
