"""What a customer paid for some units, where a refund goes back, and loyalty points.

Every split here is cumulative (what the first n units or euros come to, minus what the
earlier ones came to), so that however a purchase is returned, in one go or a unit at a
time, on one tablet or several, the parts add up exactly to the whole and never pass it.
"""

from __future__ import annotations

from collections.abc import Sequence


def paid_for(unit_price_cents: int, discount_cents: int, quantity: int, units: int,
             already: int = 0) -> int:
    """What a customer paid for `units` of an order line of `quantity` when `already` units
    of it were refunded before: the line's discount shared pro rata, in whole cents.

    The first n units of a line cost `price * n - discount * n // quantity`, and each
    refund is the difference between two such totals: however a line comes back (1 + 1 + 1
    or 3 at once), the refunds sum to exactly what the line cost, never a cent more."""
    if units < 0 or already < 0 or already + units > quantity:
        raise ValueError(f"{already} + {units} units of a line of {quantity}")

    def first(n: int) -> int:
        return unit_price_cents * n - discount_cents * n // quantity
    return first(already + units) - first(already)


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
