"""Returns: the policy window, what a customer received and so can bring back, what an item
without receipt is worth, what a tablet may refund offline, and when a manager must
override. The tablet offers what these allow; the central API refuses what they forbid."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sync.rules.money import paid_for
from sync.rules.refusals import Refusal

DEFAULT_WINDOW_DAYS = 30
VOUCHER_VALID_DAYS = 365
MIN_OVERRIDE_REASON = 3
"""Fewest characters of a manager's reason for accepting a return outside the policy."""
MAX_OVERRIDE_REASON = 200


class Window(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    """Past the category's return window: a manager may override, with a reason."""
    NOT_RETURNABLE = "not_returnable"
    """A category never taken back (hygiene): a manager may override, with a reason."""


@dataclass(frozen=True)
class ReturnPolicy:
    default_days: int = DEFAULT_WINDOW_DAYS
    category_days: Mapping[str, int] = field(default_factory=dict)
    non_returnable_categories: frozenset[str] = frozenset()
    voucher_valid_days: int = VOUCHER_VALID_DAYS
    no_receipt_per_year: int = 0
    """Returns without receipt a customer may make in a year (0: none)."""

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> ReturnPolicy:
        data = data or {}
        return cls(
            default_days=int(data.get("default_days") or DEFAULT_WINDOW_DAYS),
            category_days={str(k): int(v) for k, v in (data.get("category_days") or {}).items()},
            non_returnable_categories=frozenset(data.get("non_returnable_categories") or ()),
            voucher_valid_days=int(data.get("voucher_valid_days") or VOUCHER_VALID_DAYS),
            no_receipt_per_year=int((data.get("no_receipt") or {}).get(
                "max_per_customer_per_year", 0)))

    def days_for(self, category: str) -> int:
        return self.category_days.get(category, self.default_days)

    def voucher_expiry(self, issued_at: datetime) -> datetime:
        return issued_at + timedelta(days=self.voucher_valid_days)


@dataclass(frozen=True)
class LineWindow:
    status: Window
    until: datetime | None
    """Last moment the line can be returned (None: never returnable)."""


def bought_at(fulfilment: str, created_at: datetime, collected_at: datetime | None) -> datetime:
    """When the return window starts: collection for click & collect, the order otherwise
    (the delivery date is not in the order's data)."""
    return collected_at if fulfilment == "click_collect" and collected_at else created_at


def line_window(policy: ReturnPolicy, category: str, since: datetime,
                now: datetime) -> LineWindow:
    """Whether a line bought `since` (see `bought_at`) can come back now, by its category's
    window; the tablet shows it on each line, the central API refuses a return outside it
    that carries no manager's override."""
    if category in policy.non_returnable_categories:
        return LineWindow(Window.NOT_RETURNABLE, None)
    until = since + timedelta(days=policy.days_for(category))
    return LineWindow(Window.OPEN if now <= until else Window.CLOSED, until)


HANDED_STATUSES = {"delivery": ("delivered",), "in_store": ("completed",)}
"""Order statuses in which the customer holds the goods (click & collect: per line, the
units handed over at the desk)."""


def in_delivery(fulfilment: str, status: str) -> bool:
    """An order on its way to the customer: nothing of it can come back yet."""
    return fulfilment == "delivery" and status not in ("delivered", "cancelled")


def units_received(fulfilment: str, status: str, quantity: int, handed_over: int) -> int:
    """Units of an order line the customer actually received, so could bring back: none of
    an order still in delivery, only those handed over at the pickup desk for click &
    collect."""
    if fulfilment == "click_collect":
        return handed_over
    return quantity if status in HANDED_STATUSES.get(fulfilment, ()) else 0


def returnable(received: int, returned: int) -> int:
    """Units that can still come back: received and not returned yet."""
    return max(received - returned, 0)


def line_refund(unit_price_cents: int, discount_cents: int, quantity: int, already: int,
                units: int) -> int:
    """The refund for `units` of a line when `already` units were refunded before (returned,
    refused or missing): what they cost, their share of the line's discount taken off."""
    return paid_for(unit_price_cents, discount_cents, quantity, units, already)


def lowest_recent_price(price_cents: int, attributes: Mapping[str, Any] | None) -> int:
    """What an item brought back without receipt is refunded: its lowest price of late
    (`lowest_30d_price_cents` in the catalogue), never more than today's."""
    lowest = (attributes or {}).get("lowest_30d_price_cents")
    return min(price_cents, int(lowest)) if lowest is not None else price_cents


def override_complete(by: str, reason: str) -> bool:
    """A manager's override names the manager and says why, in a few words at least."""
    reason = reason.strip()
    return bool(by.strip()) and MIN_OVERRIDE_REASON <= len(reason) <= MAX_OVERRIDE_REASON


@dataclass(frozen=True)
class OfflineLimits:
    """What a tablet may refund without the central API (the policy feed sets them)."""

    refund_per_return_cents: int = 15000
    refund_per_device_day_cents: int = 50000

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> OfflineLimits:
        data = data or {}
        defaults = cls()
        return cls(
            refund_per_return_cents=int(data.get("refund_per_return_cents",
                                                 defaults.refund_per_return_cents)),
            refund_per_device_day_cents=int(data.get("refund_per_device_day_cents",
                                                     defaults.refund_per_device_day_cents)))

    def refusal(self, refund_cents: int, refunded_today_cents: int) -> Refusal | None:
        """Why this refund needs the network (None: the tablet may give it offline)."""
        if refund_cents > self.refund_per_return_cents:
            return Refusal.NEEDS_NETWORK_RETURN
        if refunded_today_cents + refund_cents > self.refund_per_device_day_cents:
            return Refusal.NEEDS_NETWORK_DAY
        return None
