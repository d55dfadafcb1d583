"""The omnichannel figures (`docs/kpis.md`): periods in the store's local time, and each
figure's formula over plain facts. The central API feeds them its orders, returns and
applied events; the tablet shows what it answers. No database and no Qt here, so that a
formula is written once and tested on hand-made facts.

Conventions: a share is a fraction in [0, 1], None when nothing was there to count (a
figure of "0 %" must mean something happened zero times, never "no data"); durations are
seconds; the median and the 90th percentile use the nearest rank (a value that occurred,
never an interpolation between two customers' waits).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo


class Grain(StrEnum):
    DAY = "day"
    WEEK = "week"
    """ISO weeks: Monday to Sunday."""
    MONTH = "month"


# --- periods ----------------------------------------------------------------------------


def local_day(at: datetime, timezone: str) -> date:
    """The store's calendar day of an instant (a naive datetime is taken as UTC): a sale at
    23:30 in Paris belongs to that day, not to the next one in UTC."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone(ZoneInfo(timezone)).date()


def period_start(day: date, grain: Grain) -> date:
    """The first day of the period holding `day`."""
    if grain is Grain.WEEK:
        return day - timedelta(days=day.weekday())
    if grain is Grain.MONTH:
        return day.replace(day=1)
    return day


def next_period(start: date, grain: Grain) -> date:
    if grain is Grain.WEEK:
        return start + timedelta(days=7)
    if grain is Grain.MONTH:
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=1)


def previous_period(start: date, grain: Grain) -> date:
    """The period before, for "the change against the previous period"."""
    return period_start(start - timedelta(days=1), grain)


def like_for_like(start: date, last: date, grain: Grain) -> tuple[date, date]:
    """The days of the period before that match start..last (a period still running): the
    week to Wednesday against last Monday to Wednesday, the month to the 10th against the
    1st to the 10th of last month (clipped to its length). Returns (first, last) included."""
    before = previous_period(start, grain)
    days = (last - start).days
    return before, min(before + timedelta(days=days), start - timedelta(days=1))


def utc_bounds(first: date, end: date, timezone: str) -> tuple[datetime, datetime]:
    """The UTC instants [from, to) of the local days first..end (end excluded), for a
    database query: local midnight, whatever the offset that day (summer time included)."""
    zone = ZoneInfo(timezone)

    def midnight(day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)

    return midnight(first), midnight(end)


def periods(first: date, end: date, grain: Grain) -> list[date]:
    """The starts of the periods that cover the local days first..end (end excluded)."""
    starts, start = [], period_start(first, grain)
    while start < end:
        starts.append(start)
        start = next_period(start, grain)
    return starts


# --- statistics ------------------------------------------------------------------------


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def nearest_rank(values: Iterable[float], percent: float) -> float | None:
    """The value at the nearest rank: the smallest value with at least `percent` % of the
    values at or below it. None without values."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Iterable[float]) -> float | None:
    return nearest_rank(values, 50)


def change(now: float | None, before: float | None) -> float | None:
    """The change against the previous period, in the figure's own unit (points for a
    share, seconds for a wait): None when either side has no figure."""
    return None if now is None or before is None else now - before


# --- click & collect ---------------------------------------------------------------------


@dataclass(frozen=True)
class PickupFacts:
    """One click & collect order for the store, as the central API holds it."""

    created_at: datetime
    ready_at: datetime | None
    checked_in_at: datetime | None
    collected_at: datetime | None
    state: str
    """The pickup state (`sync.rules.pickup.PickupState`)."""
    handed_over_units: int = 0
    refused_units: int = 0


@dataclass(frozen=True)
class ClickCollect:
    orders: int
    collected_share: float | None
    """Collected / orders placed in the period."""
    order_to_ready_s: float | None
    """Median, orders made ready."""
    ready_on_target_share: float | None
    """Made ready within the policy's target / made ready."""
    ready_to_collected_s: float | None
    """Median, orders collected."""
    no_show_share: float | None
    """Expired / made ready (an order never made ready cannot be a no-show)."""
    refusal_share: float | None
    """Units refused at the desk / units handed over or refused."""
    desk_wait_median_s: float | None
    desk_wait_p90_s: float | None
    """From check-in to handover, orders collected after a check-in."""


def click_collect(orders: Sequence[PickupFacts], ready_target: timedelta) -> ClickCollect:
    made_ready = [o for o in orders if o.ready_at is not None]
    collected = [o for o in orders if o.collected_at is not None]
    to_ready = [(o.ready_at - o.created_at).total_seconds() for o in made_ready
                if o.ready_at is not None]
    waits = [(o.collected_at - o.checked_in_at).total_seconds() for o in collected
             if o.collected_at is not None and o.checked_in_at is not None]
    at_desk = sum(o.handed_over_units + o.refused_units for o in orders)
    return ClickCollect(
        orders=len(orders),
        collected_share=share(len(collected), len(orders)),
        order_to_ready_s=median(to_ready),
        ready_on_target_share=share(sum(s <= ready_target.total_seconds() for s in to_ready),
                                    len(to_ready)),
        ready_to_collected_s=median(
            (o.collected_at - o.ready_at).total_seconds() for o in collected
            if o.collected_at is not None and o.ready_at is not None),
        no_show_share=share(sum(o.state == "expired" for o in made_ready), len(made_ready)),
        refusal_share=share(sum(o.refused_units for o in orders), at_desk),
        desk_wait_median_s=median(waits),
        desk_wait_p90_s=nearest_rank(waits, 90),
    )


# --- ROPO --------------------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """A product page seen online (web or app) by an identified customer."""

    customer_id: str
    product_id: str
    category: str
    at: datetime


@dataclass(frozen=True)
class StoreSale:
    """An in-store sale: who bought (None: not identified), what, when."""

    customer_id: str | None
    at: datetime
    products: tuple[tuple[str, str], ...]
    """(product id, category) of each line."""


@dataclass(frozen=True)
class Ropo:
    sales: int
    researched_product_share: float | None
    """Sales with a line whose product the buyer viewed online in the window before."""
    researched_category_share: float | None
    """Sales with a line of a category the buyer viewed online in the window before (the
    product itself included)."""


def ropo(sales: Sequence[StoreSale], views: Sequence[View], window: timedelta) -> Ropo:
    """Research online, purchase offline. Every in-store sale of the period counts in the
    whole, identified or not: an unidentified sale cannot be linked to a journey, and the
    share says how much of the store's trade is known to follow one."""
    by_customer: dict[str, list[View]] = {}
    for view in views:
        by_customer.setdefault(view.customer_id, []).append(view)
    products = categories = 0
    for sale in sales:
        before = [v for v in by_customer.get(sale.customer_id or "", ())
                  if sale.at - window <= v.at < sale.at]
        seen_products = {v.product_id for v in before}
        seen_categories = {v.category for v in before}
        products += any(p in seen_products for p, _ in sale.products)
        categories += any(c in seen_categories for _, c in sale.products)
    return Ropo(len(sales), share(products, len(sales)), share(categories, len(sales)))


@dataclass(frozen=True)
class BasketSent:
    """An online cart handed over to the store's till from a tablet."""

    customer_id: str
    at: datetime


def basket_conversion(baskets: Sequence[BasketSent], sales: Sequence[StoreSale],
                      within: timedelta) -> float | None:
    """Baskets followed by an in-store sale to the same customer within `within` / baskets
    sent. One sale converts at most one basket (the earliest one before it)."""
    by_customer: dict[str | None, list[datetime]] = {}
    for sale in sales:
        by_customer.setdefault(sale.customer_id, []).append(sale.at)
    for times in by_customer.values():
        times.sort()
    converted = 0
    for basket in sorted(baskets, key=lambda b: b.at):
        times = by_customer.get(basket.customer_id, [])
        match = next((i for i, at in enumerate(times)
                      if basket.at <= at <= basket.at + within), None)
        if match is not None:
            del times[match]  # one sale converts one basket
            converted += 1
    return share(converted, len(baskets))


# --- returns -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnedUnits:
    channel: str
    """The original order's channel (web, app, store); "none" without a receipt."""
    units: int
    reason: str
    refund_method: str
    in_store: bool
    """Brought back to a store (not sent back by post)."""


@dataclass(frozen=True)
class ReturnsByChannel:
    rate: dict[str, float | None]
    """Units returned / units sold, per channel of the original sale."""
    reasons: dict[str, int]
    """Units per reason."""
    refund_methods: dict[str, int]
    """Units per refund method."""
    online_returned_in_store: int
    """Units of web and app orders brought back to a store."""


def returns_by_channel(returned: Sequence[ReturnedUnits],
                       sold: dict[str, int]) -> ReturnsByChannel:
    """`sold`: units sold in the period per channel. A return counts in the period it was
    made, against the units sold in the same period (a steady-state rate, as retailers
    publish it; a cohort rate would wait for every window to close)."""
    per_channel: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    methods: Counter[str] = Counter()
    for item in returned:
        per_channel[item.channel] += item.units
        reasons[item.reason] += item.units
        methods[item.refund_method] += item.units
    return ReturnsByChannel(
        rate={channel: share(per_channel[channel], units) for channel, units in sold.items()},
        reasons=dict(reasons), refund_methods=dict(methods),
        online_returned_in_store=sum(r.units for r in returned
                                     if r.in_store and r.channel in ("web", "app")))


# --- identification ----------------------------------------------------------------------


def identified_share(sales: Sequence[StoreSale]) -> float | None:
    """In-store sales with an identified customer / in-store sales."""
    return share(sum(s.customer_id is not None for s in sales), len(sales))


def multichannel_share(channels_by_customer: dict[str, set[str]]) -> float | None:
    """Customers active on more than one channel (web, app, store: an order, a visit with a
    scan, a page viewed) / customers active, in the period."""
    active = [c for c in channels_by_customer.values() if c]
    return share(sum(len(c) > 1 for c in active), len(active))


# --- satisfaction ------------------------------------------------------------------------


class Touchpoint(StrEnum):
    PICKUP = "pickup"
    RETURNS = "returns"
    KIOSK = "kiosk"
    ASSISTANCE = "assistance"


@dataclass(frozen=True)
class Satisfaction:
    responses: int
    csat: float | None
    """Share of answers 4 or 5 on the 1-5 scale (the usual CSAT)."""
    mean_score: float | None
    response_share: float | None
    """Answers / visits that were offered the question."""


def csat(scores: Sequence[int], visits: int) -> Satisfaction:
    """Scores 1-5 of one touchpoint; `visits`: the visits offered the question."""
    return Satisfaction(
        responses=len(scores),
        csat=share(sum(s >= 4 for s in scores), len(scores)),
        mean_score=sum(scores) / len(scores) if scores else None,
        response_share=share(len(scores), visits))


def nps(scores: Sequence[int]) -> float | None:
    """Net promoter score, -100 to 100: % of 9-10 minus % of 0-6."""
    if not scores:
        return None
    promoters = sum(s >= 9 for s in scores)
    detractors = sum(s <= 6 for s in scores)
    return 100 * (promoters - detractors) / len(scores)


@dataclass(frozen=True)
class Comment:
    """A customer's words after a visit, without a name: what the manager reads."""

    day: date
    touchpoint: str
    score: int
    tags: tuple[str, ...]
    text: str


def themes(comments: Sequence[Comment]) -> dict[str, int]:
    """Comments per tag (a comment with two tags counts in both; one without in "other")."""
    counted: Counter[str] = Counter()
    for comment in comments:
        counted.update(comment.tags or ("other",))
    return dict(counted)


# --- targets (policy feed `kpi_targets`) ----------------------------------------------------


@dataclass(frozen=True)
class Target:
    figure: str
    """The figure's dotted name, as in a report (`click_collect.desk_wait_median_s`)."""
    value: float
    at_most: bool
    """True: the figure should stay at or below the value (a wait); False: at or above."""

    def met(self, figure: float | None) -> bool | None:
        """None when there is no figure to judge."""
        if figure is None:
            return None
        return figure <= self.value if self.at_most else figure >= self.value


@dataclass(frozen=True)
class KpiTargets:
    """What the chain aims at (policy feed `kpi_targets`); a missing key keeps its default."""

    ready_within_s: int = 4 * 3600
    """An order is made ready within this after it was placed (the "on target" share)."""
    desk_wait_s: int = 5 * 60
    """The median wait at the desk, check-in to handover."""
    ready_on_target: float = 0.9
    collected_share: float = 0.9
    no_show_share: float = 0.05
    csat: float = 0.85

    @classmethod
    def from_data(cls, data: dict[str, object] | None) -> KpiTargets:
        defaults = cls()
        known = {name: type(getattr(defaults, name))(value)
                 for name, value in (data or {}).items() if hasattr(defaults, name)}
        return cls(**known)

    def targets(self) -> list[Target]:
        return [
            Target("click_collect.desk_wait_median_s", self.desk_wait_s, True),
            Target("click_collect.ready_on_target_share", self.ready_on_target, False),
            Target("click_collect.collected_share", self.collected_share, False),
            Target("click_collect.no_show_share", self.no_show_share, True),
            *(Target(f"satisfaction.{touchpoint.value}.csat", self.csat, False)
              for touchpoint in Touchpoint),
        ]
