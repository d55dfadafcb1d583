"""Return rules: what is still returnable, the refund to the cent, the means of payment it
goes back to, and the loyalty points taken back (the policy window, which the central API
applies too, is in `sync.protocol`).

Money is integer cents and points are integers: never floats. Every split here is
cumulative (what the first n units or euros come to, minus what the earlier ones came to),
so that however a purchase is returned, in one go or a unit at a time, on one tablet or
several, the parts add up exactly to the whole and never pass it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sync.protocol import paid_for


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


# --- what can come back -----------------------------------------------------------------------


def in_delivery(fulfilment: str, status: str) -> bool:
    """An order on its way to the customer: nothing of it can come back yet."""
    return fulfilment == "delivery" and status not in ("delivered", "cancelled")


def returnable(received: int, returned: int) -> int:
    return max(received - returned, 0)


def line_refund(unit_price_cents: int, discount_cents: int, quantity: int, already: int,
                units: int) -> int:
    """The refund for `units` of a line when `already` units were refunded before: what
    they cost, their share of the line's discount taken off, to the cent."""
    if units < 0 or already < 0 or already + units > quantity:
        raise ValueError(f"{already} + {units} units of a line of {quantity}")
    return paid_for(unit_price_cents, discount_cents, quantity, units, already)


# --- where the money goes back ----------------------------------------------------------------


REFUND_ORDER = ("card", "paypal", "cash", "gift_card")
"""Which means of payment a refund fills first: money back where money came from, gift
cards last (their value is only store credit anyway)."""


def _filled(payments: Sequence[tuple[str, int]], amount: int) -> list[int]:
    """How `amount` refunded in all fills each payment, in refund order."""
    ranked = sorted(range(len(payments)), key=lambda i: (
        REFUND_ORDER.index(payments[i][0]) if payments[i][0] in REFUND_ORDER
        else len(REFUND_ORDER), i))
    filled = [0] * len(payments)
    left = amount
    for i in ranked:
        filled[i] = min(payments[i][1], left)
        left -= filled[i]
    if left > 0:
        raise ValueError("the refund is more than was paid")
    return filled


def allocate_refund(payments: Sequence[tuple[str, int]], refunded_before: int,
                    refund: int) -> list[tuple[str, int]]:
    """This refund per means of payment of the order: cumulative, so that all refunds of an
    order together never give a means of payment back more than it paid."""
    before = _filled(payments, refunded_before)
    after = _filled(payments, refunded_before + refund)
    shares: dict[str, int] = {}
    for (method, _amount), b, a in zip(payments, before, after, strict=True):
        if a - b:
            shares[method] = shares.get(method, 0) + a - b
    return list(shares.items())


# --- loyalty ----------------------------------------------------------------------------------


def points_for(paid_cents: int, points_per_euro: int = 1) -> int:
    """Points a purchase earns: whole euros paid times the rate."""
    return max(paid_cents, 0) // 100 * points_per_euro


def points_to_reverse(total_cents: int, earned: int, refunded_before: int, refund: int,
                      points_per_euro: int = 1) -> int:
    """Points to take back for a refund: the customer keeps what the goods they keep would
    have earned, so a refund never leaves more points than the purchase kept would earn,
    and returns in many small parts take back exactly what one return would."""
    def kept(refunded: int) -> int:
        return min(earned, points_for(total_cents - refunded, points_per_euro))
    return kept(refunded_before) - kept(refunded_before + refund)
