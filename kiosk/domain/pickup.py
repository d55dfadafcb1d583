"""Click & collect states, and the desk's view of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sync.protocol import paid_for


class PickupState(StrEnum):
    """The order's pickup state as the central API knows it."""

    TO_PREPARE = "to_prepare"
    PREPARING = "preparing"
    READY = "ready"
    CHECKED_IN = "checked_in"
    COLLECTED = "collected"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class DeskBucket(StrEnum):
    """Where an order stands on the pickup desk's queue."""

    TO_PREPARE = "to_prepare"
    READY = "ready"
    WAITING = "waiting"  # the customer checked in and is in the store now
    OVERDUE = "overdue"  # ready, but past its pickup deadline: a no-show
    COLLECTED = "collected"
    CLOSED = "closed"  # expired or cancelled


def desk_bucket(state: str | None, deadline: datetime | None, now: datetime) -> DeskBucket:
    if state in (PickupState.TO_PREPARE, PickupState.PREPARING):
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
    """Prepared and waiting for the customer (checked in or not)."""
    return state in (PickupState.READY, PickupState.CHECKED_IN)


def is_preparable(state: str | None) -> bool:
    return state in (PickupState.TO_PREPARE, PickupState.PREPARING)


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

    @property
    def to_pick(self) -> int:
        return self.quantity - self.picked - self.missing

    @property
    def waiting(self) -> int:
        """Units on the shelf for the customer: picked, not yet handed over or refused."""
        return self.picked - self.handed_over - self.refused

    def paid_for(self, units: int) -> int:
        """What the customer paid for `units` of the line (the rule both sides share)."""
        return paid_for(self.unit_price_cents, self.discount_cents, self.quantity, units,
                        already=self.refused + self.missing)


COUNT_FIELDS = ("picked", "missing", "handed_over", "refused")


def line_counts(data: dict[str, Any], overlay: dict[str, Any] | None) -> list[LineCounts]:
    """The order's lines as the feed sent them, with this device's unconfirmed counts over."""
    mine = (overlay or {}).get("lines", {})
    lines = []
    for line in data.get("lines", []):
        counts = {f: int(line.get(f) or 0) for f in COUNT_FIELDS}
        counts.update({f: int(v) for f, v in mine.get(str(line["line_no"]), {}).items()
                       if f in COUNT_FIELDS})
        lines.append(LineCounts(
            line_no=int(line["line_no"]), product_id=str(line["product_id"]),
            size=str(line.get("size") or ""), quantity=int(line["quantity"]),
            unit_price_cents=int(line.get("unit_price_cents") or 0),
            discount_cents=int(line.get("discount_cents") or 0), **counts))
    return lines


def state_after_visit(lines: list[LineCounts]) -> PickupState:
    """After a handover: lines kept for later stay on the shelf; otherwise the order is
    collected, or cancelled when the customer refused everything."""
    if any(line.waiting for line in lines):
        return PickupState.READY
    if any(line.handed_over for line in lines):
        return PickupState.COLLECTED
    return PickupState.CANCELLED


def extended_deadline(deadline: datetime | None, now: datetime, days: int) -> datetime:
    """A new deadline counted from the old one, or from now when that has long passed."""
    return max(deadline or now, now) + timedelta(days=days)
