"""Benchmark: a store's and the chain's figures for a month, at chain size.

A chain of 300 stores, 200,000 customers and a year of orders (every channel), their
lines, returns, baskets sent to the till and online product views, written in bulk to a
SQLite file and to a throwaway PostgreSQL cluster (as the tests start one). Then
`cloud_stub.crud.kpis.figures` for a store-month (several stores) and a chain-month.
Bar: a store-month <= 500 ms on both databases. Prints the row counts, the times, and
how the cost grows: a store-month reads its store's month, the chain-month every store's.
Usage: python bench/kpis.py [--quick]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Connection, insert  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from cloud_stub.admin.seed import store_rows  # noqa: E402
from cloud_stub.core.db import make_engine, migrate  # noqa: E402
from cloud_stub.crud.kpis import ChainFigures, figures, report  # noqa: E402
from cloud_stub.models import (  # noqa: E402
    BrowsingEvent,
    CartHandover,
    Customer,
    Device,
    DeviceEvent,
    Feedback,
    Order,
    OrderLine,
    Product,
    Return,
    ReturnLine,
    Store,
)
from kiosk.services.performance import fetch_report  # noqa: E402
from sync.rules.kpis import Grain  # noqa: E402
from tests.conftest import postgres_cluster  # noqa: E402

BAR_STORE_MONTH_MS = 500
STORES, CUSTOMERS, PRODUCTS = 300, 200_000, 800
ORDERS_PER_YEAR = 600_000
VIEWS_PER_YEAR = 1_500_000
FEEDBACK_PER_YEAR = 600_000
"""About 5 answers a store and day (offered and left unanswered included)."""
IDENTIFIED_PER_YEAR = 300_000
"""Customers identified at a store's tablet or kiosk (`customer.identified` events)."""
CATEGORIES = ("shoes", "jackets", "shirts", "trousers", "bags", "hats", "socks", "dresses")
END = date(2026, 12, 1)
MONTH = (date(2026, 11, 1), date(2026, 12, 1))


def chunks(rows: list[dict[str, Any]], size: int = 20_000) -> list[list[dict[str, Any]]]:
    return [rows[i:i + size] for i in range(0, len(rows), size)]


def fill(engine: Engine, scale: float, rng: random.Random) -> dict[str, int]:
    """The chain's year, in bulk (Core inserts, not the demo seed: it is 20x bigger)."""
    start = datetime(END.year - 1, END.month, END.day, tzinfo=UTC)
    span = (datetime(END.year, END.month, END.day, tzinfo=UTC) - start).total_seconds()

    def when() -> datetime:
        return start + timedelta(seconds=rng.random() * span)

    customers = int(CUSTOMERS * scale)
    stores = [row | {"timezone": "Europe/Paris"} for row in store_rows(STORES)]
    counts: dict[str, int] = {}
    with engine.begin() as db:
        db.execute(insert(Store), stores)
        db.execute(insert(Product), [
            {"id": f"P{n:05d}", "gtin": f"{3760000000000 + n}", "sku": f"SKU{n}",
             "name": f"Product {n}", "brand": "B", "category": CATEGORIES[n % len(CATEGORIES)],
             "price_cents": 1000 + n, "attributes": {}, "version": n}
            for n in range(1, PRODUCTS + 1)])
        db.execute(insert(Device), [{"id": f"dev-{s['id']}", "store_id": s["id"],
                                     "name": "till", "token_hash": f"h{s['id']}"}
                                    for s in stores])
        for chunk in chunks([{"id": f"C{n:06d}", "first_name": "A", "last_name": "B",
                              "email": f"c{n}@x", "phone": str(n), "created_at": start,
                              "version": n} for n in range(1, customers + 1)]):
            db.execute(insert(Customer), chunk)
        counts["customers"] = customers
        orders, lines, returns, return_lines, baskets = [], [], [], [], []
        line_id = 0
        for n in range(1, int(ORDERS_PER_YEAR * scale) + 1):
            store = stores[rng.randrange(STORES)]["id"]
            kind = rng.random()
            channel, fulfilment = (("store", "in_store") if kind < 0.55 else
                                   (rng.choice(("web", "app")), "click_collect") if kind < 0.8
                                   else (rng.choice(("web", "app")), "delivery"))
            created = when()
            customer = (None if channel == "store" and rng.random() < 0.3
                        else f"C{rng.randint(1, customers):06d}")
            pickup: dict[str, Any] = dict.fromkeys(
                ("pickup_state", "ready_at", "checked_in_at", "collected_at"))
            if fulfilment == "click_collect":
                ready = created + timedelta(hours=rng.uniform(1, 30))
                state = rng.choice(("collected",) * 8 + ("expired", "ready"))
                pickup |= {"pickup_state": state, "ready_at": ready}
                if state == "collected":
                    checked = ready + timedelta(hours=rng.uniform(1, 72))
                    pickup |= {"checked_in_at": checked,
                               "collected_at": checked + timedelta(minutes=rng.uniform(1, 15))}
            orders.append({"id": f"O{n:07d}", "number": f"N{n:07d}", "customer_id": customer,
                           "channel": channel, "fulfilment": fulfilment,
                           "store_id": None if fulfilment == "delivery" else store,
                           "status": "cancelled" if pickup.get("pickup_state") == "expired"
                           else "completed", "payment_state": "paid", "created_at": created,
                           "subtotal_cents": 0, "total_cents": 0, "version": n, **pickup})
            for line_no in range(1, rng.choice((1, 1, 2, 3)) + 1):
                line_id += 1
                lines.append({"id": line_id, "order_id": f"O{n:07d}", "line_no": line_no,
                              "product_id": f"P{rng.randint(1, PRODUCTS):05d}", "quantity": 1,
                              "unit_price_cents": 2000,
                              "handed_over_quantity": int(pickup["collected_at"] is not None)})
                if rng.random() < 0.05 and fulfilment != "delivery":
                    rid = f"R{line_id}"
                    returns.append({"id": rid, "order_id": f"O{n:07d}", "customer_id": customer,
                                    "store_id": store, "created_at": created + timedelta(days=5),
                                    "refund_method": rng.choice(("original_payment", "voucher")),
                                    "refund_cents": 2000, "source": "desk"})
                    return_lines.append({"return_id": rid, "order_line_id": line_id,
                                         "quantity": 1, "reason": "wrong_size",
                                         "condition": "new", "refund_cents": 2000})
            if channel == "store" and customer and rng.random() < 0.1:
                baskets.append({"basket_ref": f"B{n}", "store_id": store,
                                "device_id": f"dev-{store}", "customer_id": customer,
                                "lines": [], "total_cents": 0,
                                "handed_over_at": created - timedelta(minutes=30)})
        for model, rows in ((Order, orders), (OrderLine, lines), (Return, returns),
                            (ReturnLine, return_lines), (CartHandover, baskets)):
            for chunk in chunks(rows):
                db.execute(insert(model), chunk)
            counts[model.__tablename__] = len(rows)
        views = [{"customer_id": f"C{rng.randint(1, customers):06d}", "session_id": "s",
                  "kind": "view", "product_id": f"P{rng.randint(1, PRODUCTS):05d}",
                  "channel": rng.choice(("web", "app")), "occurred_at": when()}
                 for _ in range(int(VIEWS_PER_YEAR * scale))]
        for chunk in chunks(views):
            db.execute(insert(BrowsingEvent), chunk)
        counts["browsing_events"] = len(views)
        counts |= fill_visits(db, stores, customers, when, scale, rng)
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as db:
            db.exec_driver_sql("ANALYZE")
    return counts


def fill_visits(db: Connection, store_list: list[dict[str, Any]], customers: int,
                when: Callable[[], datetime], scale: float,
                rng: random.Random) -> dict[str, int]:
    """Customers' answers after a visit, and customers identified at the stores' devices."""
    stores = [row["id"] for row in store_list]
    touchpoints = ("pickup", "returns", "kiosk", "assistance")
    answers = [{"visit": f"v{n}", "store_id": rng.choice(stores),
                "touchpoint": rng.choice(touchpoints), "given_at": when(),
                "score": rng.choice((None, 2, 3, 4, 4, 5, 5)),
                "recommend": rng.choice((None, None, 6, 8, 9, 10)),
                "tags": rng.choice(("", "wait", "staff product")),
                "comment": rng.choice(("", "", "Très bien", "Too long at the desk")),
                "channel": "device"} for n in range(int(FEEDBACK_PER_YEAR * scale))]
    for chunk in chunks(answers):
        db.execute(insert(Feedback), chunk)

    identified = []
    for n in range(int(IDENTIFIED_PER_YEAR * scale)):
        store = rng.choice(stores)
        at = when()
        identified.append({
            "id": f"e{n}", "device_id": f"dev-{store}", "store_id": store, "seq": n + 1,
            "type": "customer.identified", "entity": f"customer:{n}", "occurred_at": at,
            "received_at": at, "status": "applied", "payload": {
                "customer_id": f"C{rng.randint(1, customers):06d}", "method": "card"}})
    for chunk in chunks(identified):
        db.execute(insert(DeviceEvent), chunk)
    return {"feedback": len(answers), "customers_identified": len(identified)}


def timed(engine: Engine, store: str | None) -> float:
    with Session(engine) as session:
        started = time.perf_counter()
        figures(session, store, *MONTH)
        return (time.perf_counter() - started) * 1000


def measure(name: str, engine: Engine, scale: float) -> list[str]:
    started = time.perf_counter()
    counts = fill(engine, scale, random.Random(7))
    print(f"\n{name}: {', '.join(f'{k} {v:,}' for k, v in counts.items())} "
          f"(written in {time.perf_counter() - started:.0f} s)")
    timed(engine, "S001")  # warm-up: caches, compiled statements
    stores = [f"S{n:03d}" for n in (1, 17, 99, 150, 299)]
    store_ms = [timed(engine, store) for store in stores for _ in range(3)]
    chain_ms = [timed(engine, None) for _ in range(2)]
    print(f"  store-month: median {statistics.median(store_ms):.0f} ms, max "
          f"{max(store_ms):.0f} ms ({len(store_ms)} runs, 5 stores)")
    print(f"  chain-month: median {statistics.median(chain_ms):.0f} ms, max "
          f"{max(chain_ms):.0f} ms")
    # What the Store performance page asks (7 requests: today, week, month so far with the
    # chain's, the same days before, 28 days of trend), in-process: the first store of the
    # day computes the chain's periods, the next stores find them computed.
    chain = ChainFigures()
    page_ms = []
    for store in ("S001", "S017", "S099"):
        with Session(engine) as session:
            def fetch(store_id: str, first: date, last: date, grain: str,
                      with_chain: bool, session: Session = session) -> dict[str, Any]:
                return report(session, store_id, first, last + timedelta(days=1),
                              Grain(grain), chain if with_chain else None)
            started = time.perf_counter()
            fetch_report(fetch, store, END - timedelta(days=1))
            page_ms.append((time.perf_counter() - started) * 1000)
    print(f"  the performance page's report: first store {page_ms[0]:.0f} ms (computes the "
          f"chain's periods), next stores {page_ms[1]:.0f} and {page_ms[2]:.0f} ms "
          f"(chain cached: x{page_ms[0] / max(page_ms[1], 1):.1f} less)")
    if max(store_ms) > BAR_STORE_MONTH_MS:
        return [f"{name}: a store-month took {max(store_ms):.0f} ms"]
    return []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the chain")
    args = parser.parse_args()
    scale = 0.1 if args.quick else 1.0
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-kpis-") as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'cloud.db'}")
        migrate(engine)
        failures += measure("SQLite", engine, scale)
        engine.dispose()
    with postgres_cluster(settings=["shared_buffers=256MB"]) as pg:
        engine = make_engine(pg.url(pg.create_database()))
        migrate(engine)
        failures += measure("PostgreSQL", engine, scale)
        engine.dispose()
    for failure in failures:
        print(f"BAR MISSED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
