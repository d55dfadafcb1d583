"""Click & collect: the order's pickup states, how a desk visit moves them, what is left on
the shelf and what refused units cost. The tablet shows these states before the server
confirms them; the central API applies the same transitions when it judges the events."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sync.records import OrderRecord
from sync.rules.money import paid_for


class PickupState(StrEnum):
    """The order's pickup state as the central API knows it."""

    TO_PREPARE = "to_prepare"
    PREPARING = "preparing"
    READY = "ready"
    CHECKED_IN = "checked_in"
    COLLECTED = "collected"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


PREPARABLE = frozenset({PickupState.TO_PREPARE, PickupState.PREPARING})
"""Still being picked: lines can be counted and the order made ready."""
ON_THE_SHELF = frozenset({PickupState.READY, PickupState.CHECKED_IN})
"""Prepared and waiting for the customer (checked in or not)."""

ORDER_STATUS = {
    PickupState.READY: "ready",
    PickupState.COLLECTED: "completed",
    PickupState.CANCELLED: "cancelled",
    PickupState.EXPIRED: "cancelled",
}
"""The order's overall status (every channel's word) that a pickup state sets."""


class DeskBucket(StrEnum):
    """Where an order stands on the pickup desk's queue."""

    TO_PREPARE = "to_prepare"
    READY = "ready"
    WAITING = "waiting"  # the customer checked in and is in the store now
    OVERDUE = "overdue"  # ready, but past its pickup deadline: a no-show
    COLLECTED = "collected"
    CLOSED = "closed"  # expired or cancelled


def desk_bucket(state: str | None, deadline: datetime | None, now: datetime) -> DeskBucket:
    if state in PREPARABLE:
        return DeskBucket.TO_PREPARE
    if state == PickupState.CHECKED_IN:
        return DeskBucket.WAITING
    if state == PickupState.READY:
        return DeskBucket.OVERDUE if deadline is not None and deadline < now else DeskBucket.READY
    if state == PickupState.COLLECTED:
        return DeskBucket.COLLECTED
    return DeskBucket.CLOSED


def can_check_in(state: str | None) -> bool:
    """Only an order waiting on the shelf can have its customer checked in."""
    return state == PickupState.READY


def is_on_the_shelf(state: str | None) -> bool:
    return state in ON_THE_SHELF


def is_preparable(state: str | None) -> bool:
    return state in PREPARABLE


@dataclass(frozen=True)
class PickupPolicy:
    """How long an order waits on the shelf and how the desk treats no-shows (policy feed)."""

    hold_days: int = 7
    extension_days: int = 3
    max_extensions: int = 1
    code_attempts: int = 5
    code_lock_minutes: int = 10
    no_show_action: str = "extend"
    """What the desk proposes first for an overdue order: extend | return_to_stock."""
    minutes_per_customer: int = 3
    """How long the desk takes per customer: the kiosk's estimate of the wait."""

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> PickupPolicy:
        names = {f.name: f.type for f in fields(cls)}
        known: dict[str, Any] = {k: (str(v) if names[k] == "str" else int(v))
                 for k, v in (data or {}).items() if k in names}
        return cls(**known)

    def deadline(self, ready_at: datetime) -> datetime:
        """Until when an order made ready at `ready_at` waits for its customer."""
        return ready_at + timedelta(days=self.hold_days)

    def can_extend(self, extensions: int) -> bool:
        return extensions < self.max_extensions

    def extended_deadline(self, deadline: datetime | None, now: datetime) -> datetime:
        """A new deadline counted from the old one, or from now when that has long passed."""
        return max(deadline or now, now) + timedelta(days=self.extension_days)


@dataclass(frozen=True)
class LineCounts:
    """Where one order line stands at the desk, in units."""

    line_no: int
    product_id: str
    size: str
    quantity: int
    unit_price_cents: int
    discount_cents: int
    picked: int = 0
    missing: int = 0
    handed_over: int = 0
    refused: int = 0
    returned: int = 0
    """Units handed over and brought back later (any channel, any desk)."""

    @property
    def to_pick(self) -> int:
        return self.quantity - self.picked - self.missing

    @property
    def waiting(self) -> int:
        """Units on the shelf for the customer: picked, not yet handed over or refused."""
        return self.picked - self.handed_over - self.refused

    @property
    def refunded(self) -> int:
        """Units refunded before: refused or missing at pickup, returned afterwards."""
        return self.refused + self.missing + self.returned

    @property
    def settled(self) -> bool:
        """Nothing of the line is left to pick or to hand over."""
        return self.handed_over + self.refused + self.missing >= self.quantity

    def paid_for(self, units: int) -> int:
        """What the customer paid for `units` more of the line, after what was refunded."""
        return paid_for(self.unit_price_cents, self.discount_cents, self.quantity, units,
                        already=self.refunded)


COUNT_FIELDS = ("picked", "missing", "handed_over", "refused")
"""The counts a desk changes, kept on the tablet until the server confirms them."""


def line_counts(order: OrderRecord, overlay: Mapping[str, Any] | None) -> list[LineCounts]:
    """The order's lines as the feed sent them, with this device's unconfirmed counts and
    returns over them (`overlay["lines"]`, `overlay["returned"]`)."""
    mine = (overlay or {}).get("lines", {})
    returned_here = (overlay or {}).get("returned") or {}
    lines = []
    for line in order.lines:
        counts = {f: getattr(line, f) for f in COUNT_FIELDS}
        counts.update({f: int(v) for f, v in mine.get(str(line.line_no), {}).items()
                       if f in COUNT_FIELDS})
        lines.append(LineCounts(
            line_no=line.line_no, product_id=line.product_id, size=line.size,
            quantity=line.quantity, unit_price_cents=line.unit_price_cents,
            discount_cents=line.discount_cents,
            returned=line.returned_quantity + int(returned_here.get(str(line.line_no), 0)),
            **counts))
    return lines


def state_after_visit(lines: list[LineCounts]) -> PickupState:
    """After a handover: lines kept for later stay on the shelf; otherwise the order is
    collected, or cancelled when the customer refused everything."""
    if any(line.waiting for line in lines):
        return PickupState.READY
    if any(line.handed_over for line in lines):
        return PickupState.COLLECTED
    return PickupState.CANCELLED


def line_status(line: LineCounts) -> str | None:
    """The line's own status word once a desk visit settled it (None: still open)."""
    if not line.settled:
        return None
    return "handed_over" if line.handed_over else "refused"


def prepared_status(quantity: int, picked: int, missing: int) -> str:
    """The line's status word while it is being picked."""
    if picked == quantity:
        return "picked"
    return "missing" if missing == quantity else "ordered"
