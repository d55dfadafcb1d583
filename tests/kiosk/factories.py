"""Feed items for the local store's tests, shaped as the central API sends them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sync.protocol import FeedItem

NOW = datetime.now(UTC)


def order_item(order_id: str, state: str, version: int, store: str = "S001") -> FeedItem:
    return FeedItem(kind="order", id=order_id, version=version, data={
        "number": f"WEB-{order_id}", "customer_id": "C1", "customer_name": "Léa Martin",
        "channel": "web", "fulfilment": "click_collect", "store_id": store, "status": "ready",
        "payment_state": "paid", "pickup_state": state,
        "created_at": (NOW - timedelta(days=2)).isoformat(),
        "ready_at": (NOW - timedelta(hours=3)).isoformat(),
        "pickup_deadline": (NOW + timedelta(days=5)).isoformat(), "total_cents": 4990,
        "lines": [{"line_no": 1, "product_id": "P1", "quantity": 2}],
    })


def customer_item(customer_id: str, version: int, cards: list[str]) -> FeedItem:
    return FeedItem(kind="customer", id=customer_id, version=version, data={
        "first_name": "Léa", "last_name": "Martin", "email": f"{customer_id}@example.com",
        "phone": "+33 6 12 34 56 78",
        "loyalty": {"tier": "gold", "points": 700, "cards": cards},
        "consents": {"personalisation": True}, "vouchers": [], "cart": None,
        "recent_browsing": [],
    })
