"""Benchmark: what a fresh device of one store costs as the retailer grows.

Seeds two retailers with the real `cloud-stub seed` that differ only in their customer base
(20,000 and 200,000 customers: same stores, products and store activity), starts the real
central API on each, and measures a fresh tablet's and a fresh kiosk's initial sync of the
demo store: seconds, items and bytes on disk, feed by feed. Then projects a national
retailer (5 million customers, 300 stores, 60,000 products) from the measured per-item
costs: a device's feeds grow with the catalogue and its own store's activity, not with
the customer base (which the ratios check).

Each fresh sync runs three times; the median is kept. Bars: the 200,000-customer seed
in under a minute; tablet time and bytes grow by at most 1.3x from 20,000 to 200,000
customers; the projected national first sync under 3 minutes and under 300 MB; a kiosk
holds no customer row.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from kiosk.store import LocalStore
from kiosk.store.keys import new_key
from kiosk.store.models import LocalCustomer
from kiosk.store.replica import StoreReplica
from sync.client import ApiClient
from sync.engine import SyncEngine, SyncReport
from sync.protocol import FEEDS
from tests.conftest import cloud_stub, start_server, stop_server

SIZES = (20_000, 200_000)
GROWTH_BAR = 1.3
SEED_BAR_S = 60.0
NATIONAL = {"customers": 5_000_000, "stores": 300, "products": 60_000}
NATIONAL_TIME_BAR_S = 180.0
NATIONAL_BYTES_BAR = 300 * 1024 * 1024
PER_PRODUCT_FEEDS = ("catalog", "stock", "availability")
"""Feeds with one item per product: they grow with the catalogue."""
FLAGSHIP = {"orders": 24_000, "customers": 9_000}
"""A national chain's busiest store, for the projection: 400 sales a day kept for the 60-day
return window, and 300 customers served or identified a day over the 30-day working set."""
REPEATS = 3
"""Each fresh sync is run this many times (the median is kept): a second-long figure on a
shared machine moves by tenths."""


@dataclass
class DeviceSync:
    seconds: float = 0.0
    items: dict[str, int] = field(default_factory=dict)
    feed_seconds: dict[str, float] = field(default_factory=dict)
    feed_bytes: dict[str, int] = field(default_factory=dict)
    bytes_on_disk: int = 0
    customers_held: int = 0

    @property
    def total_items(self) -> int:
        return sum(self.items.values())


def _db_bytes(store: LocalStore) -> int:
    with store.writer.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar() or 0
        size = connection.exec_driver_sql("PRAGMA page_size").scalar() or 0
    return int(pages) * int(size)


def fresh_sync(url: str, token: str, data_dir: Path) -> DeviceSync:
    """A device's first sync, feed by feed, timed and weighed."""
    store = LocalStore(data_dir, new_key())
    engine = SyncEngine(ApiClient(url, token), StoreReplica(store, token.partition(".")[0]))
    result, report = DeviceSync(), SyncReport()
    before = _db_bytes(store)
    started = time.perf_counter()
    for feed in FEEDS:
        feed_started = time.perf_counter()
        engine.pull(feed, report)
        result.feed_seconds[feed] = time.perf_counter() - feed_started
        after = _db_bytes(store)
        result.feed_bytes[feed], before = after - before, after
    result.seconds = time.perf_counter() - started
    result.items = dict(report.pulled)
    with store.read() as session:
        result.customers_held = int(session.scalar(
            select(func.count()).select_from(LocalCustomer)) or 0)
    store.close()
    result.bytes_on_disk = sum(p.stat().st_size for p in data_dir.iterdir() if p.is_file())
    return result


def _median(url: str, token: str, data_dir: Path) -> DeviceSync:
    runs = sorted((fresh_sync(url, token, data_dir.with_name(f"{data_dir.name}-{n}"))
                   for n in range(REPEATS)), key=lambda run: run.seconds)
    return runs[len(runs) // 2]


def retailer(customers: int, work: Path) -> tuple[float, DeviceSync, DeviceSync]:
    db_url = f"sqlite:///{work / f'cloud-{customers}.db'}"
    started = time.perf_counter()
    print(cloud_stub("seed", "--db", db_url, "--customers", str(customers)).strip()[:160])
    seed_s = time.perf_counter() - started
    tablet = cloud_stub("device", "add", "--store", "S001", "--db", db_url,
                        "--print-token").split()[-1]
    kiosk = cloud_stub("device", "add", "--store", "S001", "--kind", "kiosk", "--db", db_url,
                       "--print-token").split()[-1]
    server = start_server(db_url, work)
    try:
        return (seed_s, _median(server.url, tablet, work / f"tablet-{customers}"),
                _median(server.url, kiosk, work / f"kiosk-{customers}"))
    finally:
        stop_server(server)


def national_projection(measured: DeviceSync, products: int) -> tuple[float, float]:
    """Seconds and bytes of a national device's first sync, each feed at its measured cost
    per item: per-product feeds scaled to the national catalogue, orders and customers to a
    flagship store's activity (they grow with the store's activity, not the customer base:
    the growth ratios check that); policy as measured."""
    seconds = bytes_ = 0.0
    target = {feed: products for feed in PER_PRODUCT_FEEDS} | FLAGSHIP
    for feed in FEEDS:
        items = measured.items.get(feed, 0)
        scale = target[feed] / items if feed in target and items else 1.0
        seconds += measured.feed_seconds.get(feed, 0.0) * scale
        bytes_ += measured.feed_bytes.get(feed, 0) * scale
    return seconds, bytes_


def _row(label: str, d: DeviceSync) -> str:
    feeds = ", ".join(f"{k} {v:,}" for k, v in d.items.items() if v)
    return (f"  {label:<16} {d.seconds:6.2f} s  {d.total_items:>7,} items  "
            f"{d.bytes_on_disk / 1e6:7.2f} MB  customers held {d.customers_held:,}  ({feeds})")


def main() -> int:
    results: dict[int, tuple[float, DeviceSync, DeviceSync]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        for customers in SIZES:
            results[customers] = retailer(customers, Path(tmp))
    small, large = (results[n] for n in SIZES)
    print("scale_sync: a fresh device of store S001 (4 stores, 800 products, 400 orders)")
    for customers in SIZES:
        seed_s, tablet, kiosk = results[customers]
        print(f" {customers:,} customers (seeded in {seed_s:.1f} s)")
        print(_row("tablet", tablet))
        print(_row("kiosk", kiosk))
    time_ratio = large[1].seconds / small[1].seconds
    bytes_ratio = large[1].bytes_on_disk / small[1].bytes_on_disk
    print(f"  tablet growth 20k -> 200k customers: time x{time_ratio:.2f}, "
          f"bytes x{bytes_ratio:.2f} (customers x10)")
    seconds, bytes_ = national_projection(large[1], NATIONAL["products"])
    print(f"  national projection ({NATIONAL['customers']:,} customers, "
          f"{NATIONAL['stores']} stores, {NATIONAL['products']:,} products; a flagship store "
          f"with {FLAGSHIP['orders']:,} orders and {FLAGSHIP['customers']:,} customers in "
          f"scope): first sync {seconds:.0f} s, {bytes_ / 1e6:.0f} MB on disk")
    checks = [
        (f"200,000-customer seed under {SEED_BAR_S:.0f} s", large[0] < SEED_BAR_S),
        (f"tablet time grows at most x{GROWTH_BAR}", time_ratio <= GROWTH_BAR),
        (f"tablet bytes grow at most x{GROWTH_BAR}", bytes_ratio <= GROWTH_BAR),
        (f"national first sync under {NATIONAL_TIME_BAR_S:.0f} s",
         seconds < NATIONAL_TIME_BAR_S),
        (f"national bytes under {NATIONAL_BYTES_BAR // 2**20} MB", bytes_ < NATIONAL_BYTES_BAR),
        ("a kiosk holds 0 customer rows", small[2].customers_held == large[2].customers_held == 0),
    ]
    for label, ok in checks:
        print(f"  bar  {label}: {'met' if ok else 'MISSED'}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
