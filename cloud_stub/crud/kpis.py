"""A store's (or the chain's) omnichannel figures for a period: the facts read from the
central database with indexed, period-bounded queries, the formulas of
`sync.rules.kpis` applied to them (`docs/kpis.md`)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from cloud_stub.models import (
    BrowsingEvent,
    CartHandover,
    Order,
    OrderLine,
    Product,
    Return,
    ReturnLine,
    Store,
)
from sync.rules import kpis

ROPO_WINDOW = timedelta(days=30)
BASKET_WITHIN = timedelta(hours=24)
READY_TARGET = timedelta(hours=4)
DEFAULT_TIMEZONE = "Europe/Paris"
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

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "first": self.first.isoformat(), "end": self.end.isoformat()}

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
                  if k not in ("store_id", "first", "end")})
        return flat


def store_timezone(session: Session, store_id: str | None) -> str:
    if store_id is None:
        return DEFAULT_TIMEZONE  # the chain's days: the head office's
    zone = session.scalar(select(Store.timezone).where(Store.id == store_id))
    return zone or DEFAULT_TIMEZONE


def figures(session: Session, store_id: str | None, first: date, end: date) -> Figures:
    """The figures of the local days first..end of a store, or of the chain (None)."""
    start, stop = kpis.utc_bounds(first, end, store_timezone(session, store_id))

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
    return Figures(
        store_id=store_id, first=first, end=end,
        click_collect=kpis.click_collect(pickups, READY_TARGET),
        ropo=kpis.ropo(sales, views, ROPO_WINDOW),
        basket_conversion=kpis.basket_conversion(baskets, later_sales, BASKET_WITHIN),
        returns=kpis.returns_by_channel(
            _returned(session, here(Return.store_id), start, stop),
            _sold(session, here(Order.store_id) & placed)),
        identified_share=kpis.identified_share(sales))


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
