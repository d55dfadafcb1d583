"""What a store's device holds: the window of orders and the working set of customers.

The central API filters its feeds with these rules and the device purges with the same ones
(`kiosk.store.retention`), so an order or a customer leaving the window by time alone needs
no message on the wire: both sides compute it. What only the server knows (a customer served
at another tablet, an erasure) travels as feed items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sync.rules.pickup import ON_THE_SHELF, PREPARABLE, PickupState
from sync.rules.returns import ReturnPolicy

OPEN_PICKUP = frozenset(PREPARABLE | ON_THE_SHELF)
"""A click & collect order still to be handed over: its customer stays in the working set."""

WORKING_SET_DAYS = 30
CLOSED_PICKUP_DAYS = 7


@dataclass(frozen=True)
class ScopePolicy:
    """The policy feed's `device_scope` item, and the longest return window."""

    working_set_days: int = WORKING_SET_DAYS
    """A customer served or identified here stays on the store's devices this long."""
    closed_pickup_days: int = CLOSED_PICKUP_DAYS
    """A cancelled or expired click & collect order stays at the desk this long (questions
    at the counter), counted from its deadline."""
    sales_days: int = 60
    """This store's sales (collected orders included) stay while they can be returned."""

    @classmethod
    def from_data(cls, scope: Mapping[str, Any] | None,
                  return_policy: Mapping[str, Any] | None) -> ScopePolicy:
        scope = scope or {}
        returns = ReturnPolicy.from_data(return_policy)
        return cls(
            working_set_days=int(scope.get("working_set_days") or WORKING_SET_DAYS),
            closed_pickup_days=int(scope.get("closed_pickup_days") or CLOSED_PICKUP_DAYS),
            sales_days=max([returns.default_days, *returns.category_days.values()]))

    def sales_since(self, now: datetime) -> datetime:
        return now - timedelta(days=self.sales_days)

    def closed_pickup_since(self, now: datetime) -> datetime:
        return now - timedelta(days=self.closed_pickup_days)

    def working_set_since(self, now: datetime) -> datetime:
        return now - timedelta(days=self.working_set_days)


@dataclass(frozen=True)
class OrderFacts:
    """What the order window looks at (an `OrderRecord` or a local row has them all)."""

    store_id: str | None
    fulfilment: str
    pickup_state: str | None
    created_at: datetime
    collected_at: datetime | None
    pickup_deadline: datetime | None


def order_in_scope(order: OrderFacts, store_id: str, now: datetime,
                   policy: ScopePolicy) -> bool:
    """An order the store's desk works on: its open click & collect orders, its closed ones
    for a few days, its sales while they can be returned. Any other order (a home delivery,
    another store's sale) is fetched on demand."""
    if order.store_id != store_id:
        return False
    if order.fulfilment == "in_store":
        return order.created_at >= policy.sales_since(now)
    if order.fulfilment != "click_collect":
        return False
    if order.pickup_state in OPEN_PICKUP:
        return True
    if order.pickup_state == PickupState.COLLECTED:
        return (order.collected_at or order.created_at) >= policy.sales_since(now)
    return (order.pickup_deadline or order.created_at) >= policy.closed_pickup_since(now)


def in_working_set(seen_here_at: datetime | None, open_pickup_here: bool, now: datetime,
                   policy: ScopePolicy) -> bool:
    """A customer the store works with: an order waiting for them here, or served or
    identified here within the policy's days."""
    if open_pickup_here:
        return True
    return seen_here_at is not None and seen_here_at >= policy.working_set_since(now)
