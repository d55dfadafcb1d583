"""A store's (or the chain's) omnichannel figures for a period: the facts read from the
central database with indexed, period-bounded queries, the formulas of
`sync.rules.kpis` applied to them (`docs/kpis.md`)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select, union
from sqlalchemy.orm import Session

from cloud_stub.crud.policy import policy_data
from cloud_stub.models import (
    BrowsingEvent,
    CartHandover,
    DeviceEvent,
    Feedback,
    Order,
    OrderLine,
    Product,
    Return,
    ReturnLine,
    Store,
)
from sync.rules import kpis
from sync.sqltypes import utcnow

ROPO_WINDOW = timedelta(days=30)
BASKET_WITHIN = timedelta(hours=24)
DEFAULT_TIMEZONE = "Europe/Paris"
MAX_COMMENTS = 50
IN_STORE_SALE = (Order.channel == "store") & (Order.fulfilment == "in_store")
"""A sale at the store's till (not an online order collected or returned there)."""


@dataclass(frozen=True)
class Figures:
    store_id: str | None
    """None: the chain."""
    first: date
    end: date
    """The local days first..end (end excluded)."""
    click_collect: kpis.ClickCollect
    ropo: kpis.Ropo
    basket_conversion: float | None
    returns: kpis.ReturnsByChannel
    identified_share: float | None
    multichannel_share: float | None
    satisfaction: dict[str, kpis.Satisfaction]
    """Per touchpoint (pickup, returns, kiosk, assistance)."""
    nps: float | None
    themes: dict[str, int]
    comments: list[kpis.Comment]
    """The store's, newest first (at most MAX_COMMENTS); none for the chain: a store
    reads its own customers' words."""

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "first": self.first.isoformat(), "end": self.end.isoformat(),
                "comments": [{**asdict(c), "day": c.day.isoformat()} for c in self.comments]}

    def rows(self) -> list[tuple[str, Any]]:
        """Every figure as (dotted name, value), in a stable order: a report's lines."""
        flat: list[tuple[str, Any]] = []

        def walk(prefix: str, value: Any) -> None:
            if isinstance(value, dict):
                for key in sorted(value):
                    walk(f"{prefix}.{key}" if prefix else str(key), value[key])
            else:
                flat.append((prefix, value))

        walk("", {k: v for k, v in asdict(self).items()
                  if k not in ("store_id", "first", "end", "comments")})
        return flat


def store_timezone(session: Session, store_id: str | None) -> str:
    if store_id is None:
        return DEFAULT_TIMEZONE  # the chain's days: the head office's
    zone = session.scalar(select(Store.timezone).where(Store.id == store_id))
    return zone or DEFAULT_TIMEZONE


def figures(session: Session, store_id: str | None, first: date, end: date) -> Figures:
    """The figures of the local days first..end of a store, or of the chain (None)."""
    zone = store_timezone(session, store_id)
    start, stop = kpis.utc_bounds(first, end, zone)

    def here(column: Any) -> ColumnElement[bool]:
        return column == store_id if store_id is not None else column.is_not(None)

    placed = (Order.created_at >= start) & (Order.created_at < stop)
    pickups = _pickups(session, here(Order.store_id) & placed)
    # the period's sales and the day after it (a basket sent late on the last day converts
    # the next morning), read once
    later_sales = _store_sales(session, here(Order.store_id) & (Order.created_at >= start)
                               & (Order.created_at < stop + BASKET_WITHIN))
    sales = [sale for sale in later_sales if sale.at < stop]
    buyers = select(Order.customer_id).where(here(Order.store_id) & placed, IN_STORE_SALE,
                                             Order.customer_id.is_not(None))
    views = _views(session, buyers, start - ROPO_WINDOW, stop) if sales else []
    baskets = [kpis.BasketSent(customer, at) for customer, at in session.execute(
        select(CartHandover.customer_id, CartHandover.handed_over_at).where(
            here(CartHandover.store_id), CartHandover.handed_over_at >= start,
            CartHandover.handed_over_at < stop))]
    answers = _answers(session, here(Feedback.store_id), start, stop)
    offered = {
        kpis.Touchpoint.PICKUP: _count(session, Order.id, here(Order.store_id),
                                       Order.fulfilment == "click_collect",
                                       Order.collected_at >= start, Order.collected_at < stop),
        kpis.Touchpoint.RETURNS: _count(session, Return.id, here(Return.store_id),
                                        Return.source == "desk", Return.created_at >= start,
                                        Return.created_at < stop)}
    comments = [kpis.Comment(kpis.local_day(at, zone), touchpoint, score, tuple(tags.split()),
                             text)
                for touchpoint, score, _recommend, tags, text, at in answers
                if text and score is not None]
    comments.sort(key=lambda c: c.day, reverse=True)
    return Figures(
        store_id=store_id, first=first, end=end,
        satisfaction={
            touchpoint.value: kpis.csat(
                [score for point, score, *_ in answers if point == touchpoint and score],
                offered.get(touchpoint, sum(point == touchpoint for point, *_ in answers)))
            for touchpoint in kpis.Touchpoint},
        nps=kpis.nps([recommend for _t, _s, recommend, *_ in answers if recommend is not None]),
        themes=kpis.themes(comments),
        comments=comments[:MAX_COMMENTS] if store_id is not None else [],
        click_collect=kpis.click_collect(pickups, timedelta(seconds=kpis.KpiTargets.from_data(
            policy_data(session, "kpi_targets")).ready_within_s)),
        ropo=kpis.ropo(sales, views, ROPO_WINDOW),
        basket_conversion=kpis.basket_conversion(baskets, later_sales, BASKET_WITHIN),
        returns=kpis.returns_by_channel(
            _returned(session, here(Return.store_id), start, stop),
            _sold(session, here(Order.store_id) & placed)),
        identified_share=kpis.identified_share(sales),
        multichannel_share=kpis.multichannel_share(
            _channels(session, here, buyers, start, stop)))


CHAIN_FRESH_FOR = timedelta(minutes=5)
"""How long the chain's figures of a period still running are served before recomputed."""
CHAIN_SETTLED_FOR = timedelta(hours=1)
"""The same for a period over for two days (only a device long offline still moves it)."""
CHAIN_PERIODS_KEPT = 512


class ChainFigures:
    """The chain's figures, computed once per period for every store that asks (they are
    the same for all of them; a chain-month reads every store's month, seconds at chain
    size), kept a few minutes. One per API process: a process computes them at most once
    per period and freshness window, whatever the number of stores."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[tuple[date, date], tuple[float, Figures]] = {}
        self._computing: dict[tuple[date, date], threading.Lock] = {}

    def get(self, session: Session, first: date, end: date) -> Figures:
        key = (first, end)
        settled = end + timedelta(days=2) <= utcnow().date()
        fresh_for = (CHAIN_SETTLED_FOR if settled else CHAIN_FRESH_FOR).total_seconds()
        with self._lock:
            period_lock = self._computing.setdefault(key, threading.Lock())
        with period_lock:  # a second store asking meanwhile waits for the same answer
            kept = self._kept.get(key)
            if kept is not None and time.monotonic() - kept[0] < fresh_for:
                return kept[1]
            computed = figures(session, None, first, end)
            with self._lock:
                self._kept[key] = (time.monotonic(), computed)
                while len(self._kept) > CHAIN_PERIODS_KEPT:
                    oldest = min(self._kept, key=lambda k: self._kept[k][0])
                    del self._kept[oldest]
                    self._computing.pop(oldest, None)
            return computed


def report(session: Session, store_id: str, first: date, end: date, grain: kpis.Grain,
           chain: ChainFigures | None) -> dict[str, Any]:
    """The store's figures for the local days first..end, one entry per period of `grain`
    (clipped to the days asked), each with the chain's (None: without)."""
    bounds = [(max(start, first), min(kpis.next_period(start, grain), end))
              for start in kpis.periods(first, end, grain)]
    return {"store_id": store_id, "grain": grain.value, "periods": [
        {"store": figures(session, store_id, lo, hi).as_dict(),
         "chain": chain.get(session, lo, hi).as_dict() if chain is not None else None}
        for lo, hi in bounds]}


def _channels(session: Session, here: Callable[[Any], ColumnElement[bool]], buyers: Any,
              start: Any, stop: Any) -> dict[str, set[str]]:
    """The channels each of the store's customers of the period was active on: the store's
    are its in-store buyers and the customers identified at its devices; their web and app
    activity (orders, product views) is read wherever it happened."""
    identified = select(DeviceEvent.payload["customer_id"].as_string()).where(
        here(DeviceEvent.store_id), DeviceEvent.type == "customer.identified",
        DeviceEvent.status == "applied", DeviceEvent.occurred_at >= start,
        DeviceEvent.occurred_at < stop)
    customers = union(buyers, identified).subquery()
    channels: dict[str, set[str]] = defaultdict(set)
    for (customer,) in session.execute(select(customers.c[0])):
        if customer:
            channels[customer].add("store")
    online: Any = union(
        select(Order.customer_id, Order.channel).where(
            Order.customer_id.in_(select(customers.c[0])), Order.channel.in_(("web", "app")),
            Order.created_at >= start, Order.created_at < stop),
        select(BrowsingEvent.customer_id, BrowsingEvent.channel).where(
            BrowsingEvent.customer_id.in_(select(customers.c[0])),
            BrowsingEvent.kind == "view", BrowsingEvent.occurred_at >= start,
            BrowsingEvent.occurred_at < stop))
    for customer, channel in session.execute(online):
        channels[customer].add(channel)
    return channels


def _count(session: Session, column: Any, *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(column)).where(*where)) or 0)


def _answers(session: Session, where: ColumnElement[bool], start: Any,
             stop: Any) -> list[tuple[str, int | None, int | None, str, str, Any]]:
    """(touchpoint, score, recommend, tags, comment, given at) of the period's answers,
    those offered and left unanswered included (score None)."""
    return [tuple(row) for row in session.execute(  # type: ignore[misc]
        select(Feedback.touchpoint, Feedback.score, Feedback.recommend, Feedback.tags,
               Feedback.comment, Feedback.given_at)
        .where(where, Feedback.given_at >= start, Feedback.given_at < stop))]


def _pickups(session: Session, where: ColumnElement[bool]) -> list[kpis.PickupFacts]:
    rows = session.execute(
        select(Order.created_at, Order.ready_at, Order.checked_in_at, Order.collected_at,
               Order.pickup_state, func.sum(OrderLine.handed_over_quantity),
               func.sum(OrderLine.refused_quantity))
        .outerjoin(OrderLine, OrderLine.order_id == Order.id)
        .where(where, Order.fulfilment == "click_collect")
        .group_by(Order.id))
    return [kpis.PickupFacts(created, ready, checked_in, collected, state or "",
                             int(handed or 0), int(refused or 0))
            for created, ready, checked_in, collected, state, handed, refused in rows]


def _store_sales(session: Session, where: ColumnElement[bool]) -> list[kpis.StoreSale]:
    lines: dict[str, list[tuple[str, str]]] = defaultdict(list)
    heads: dict[str, tuple[str | None, Any]] = {}
    for order_id, customer_id, created, product_id, category in session.execute(
            select(Order.id, Order.customer_id, Order.created_at, OrderLine.product_id,
                   Product.category)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .join(Product, Product.id == OrderLine.product_id)
            .where(where, IN_STORE_SALE)):
        heads[order_id] = (customer_id, created)
        lines[order_id].append((product_id, category))
    return [kpis.StoreSale(customer, created, tuple(lines[order_id]))
            for order_id, (customer, created) in heads.items()]


def _views(session: Session, customers: Any, start: Any, stop: Any) -> list[kpis.View]:
    """The product views of `customers` (a subquery: the database joins, rather than
    being handed thousands of ids) between two instants."""
    return [kpis.View(customer, product or "", category, at)
            for customer, product, category, at in session.execute(
                select(BrowsingEvent.customer_id, BrowsingEvent.product_id, Product.category,
                       BrowsingEvent.occurred_at)
                .join(Product, Product.id == BrowsingEvent.product_id)
                .where(BrowsingEvent.customer_id.in_(customers),
                       BrowsingEvent.kind == "view",
                       BrowsingEvent.occurred_at >= start, BrowsingEvent.occurred_at < stop))]


def _returned(session: Session, where: ColumnElement[bool], start: Any,
              stop: Any) -> list[kpis.ReturnedUnits]:
    rows = session.execute(
        select(Order.channel, ReturnLine.quantity, ReturnLine.reason, Return.refund_method,
               Return.source)
        .select_from(Return)
        .join(ReturnLine, ReturnLine.return_id == Return.id)
        .outerjoin(Order, Order.id == Return.order_id)
        .where(where, Return.created_at >= start, Return.created_at < stop))
    return [kpis.ReturnedUnits(channel or "none", int(quantity), reason, method,
                               in_store=source == "desk")
            for channel, quantity, reason, method, source in rows
            if source == "desk"]  # refusals at the pickup desk are click & collect's


def _sold(session: Session, where: ColumnElement[bool]) -> dict[str, int]:
    return {channel: int(units or 0) for channel, units in session.execute(
        select(Order.channel, func.sum(OrderLine.quantity))
        .join(OrderLine, OrderLine.order_id == Order.id)
        .where(where, Order.status != "cancelled")
        .group_by(Order.channel))}
