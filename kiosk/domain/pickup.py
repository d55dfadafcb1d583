"""Click & collect states, and the desk's view of them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum


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
