"""Benchmark: the central API under a national chain's load, driven by Locust.

`cloud-stub serve --workers 2` on a throwaway PostgreSQL cluster (fsync on, as in
production), seeded with 300 stores; 5 devices per store (4 tablets, 1 kiosk) enrolled.
Locust (headless, `bench/central_load_users.py`) plays the devices, in three parts:

1. A chain's Saturday: every device runs a sync round every 15 s and pushes the events
   its desk recorded (check-ins, handovers, returns with vouchers, reservations, cart
   handovers, kiosk calls for help), about 110 state-changing events/s chain-wide.
   Bars: p99 <= 250 ms on every route, no error, at least 100 events/s.
2. Flat out: D = 1, 4, 16 devices of different stores push batches as fast as answers
   come. A device that records faster than its answers come has a backlog, and the sync
   engine sends what waits (up to 500 events a request): batches of 50 here; D = 1 and 16
   are also run with batches of 10 (a trickle), for comparison. Bars (batches of 50): at
   D = 16, >= 1,000 events/s with p99 <= 500 ms, and >= 2.5x the events/s of D = 1.
   Each line also says how many of the machine's cores were busy (server, PostgreSQL and
   Locust): where D = 1 keeps one core busy, two cores cannot give more than about x2.
3. Overload: 64 devices flat out (four times the devices that fill the server) for 60 s.
   Bars: only 2xx or 503 with Retry-After; /health answers within 5 s afterwards.

Prints per route p50/p99, rounds/s, events/s, and the CPU seconds the server and
PostgreSQL used per 1,000 events (the per-core figures of docs/deployment.md).
Usage: python bench/central_load.py [--quick]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from cloud_stub.admin.seed import SeedSize, seed  # noqa: E402
from cloud_stub.core.db import make_engine  # noqa: E402
from cloud_stub.crud.devices import add_device, set_token  # noqa: E402
from cloud_stub.crud.feeds import device_heads  # noqa: E402
from cloud_stub.models import (  # noqa: E402
    Order,
    OrderLine,
    RejectedEvent,
    StockLevel,
    StoreCustomer,
)
from sync.sqltypes import utcnow  # noqa: E402
from tests.conftest import (  # noqa: E402
    RunningServer,
    postgres_cluster,
    start_server,
    stop_server,
)

STORES = 300
TABLETS, KIOSKS = 4, 1
USERS_FILE = Path(__file__).with_name("central_load_users.py")
TICKS = os.sysconf("SC_CLK_TCK")

BAR_SATURDAY_P99_MS = 250
BAR_SATURDAY_EVENTS = 100
BAR_FLAT_EVENTS = 1000
BAR_FLAT_P99_MS = 500
BAR_FLAT_SCALING = 2.5
FLAT_BATCH = 50
"""A backlog's batch (the engine sends up to 500); the trickle's is 10."""
TRICKLE_BATCH = 10
PARTS = ("saturday", "flat", "overload")
BAR_HEALTH_S = 5.0


def cpu_seconds(root_pid: int) -> float:
    """CPU time of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = defaultdict(list)
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children[int(fields[1])].append(pid)
        times[pid] = (int(fields[11]) + int(fields[12])) / TICKS
    total, stack = 0.0, [root_pid]
    while stack:
        pid = stack.pop()
        total += times.get(pid, 0.0)
        stack += children.get(pid, [])
    return total


def postmaster_pid(db_url: str) -> int:
    engine = make_engine(db_url, pool_size=1)
    with engine.connect() as connection:
        directory = connection.exec_driver_sql("SHOW data_directory").scalar_one()
    engine.dispose()
    return int(Path(directory, "postmaster.pid").read_text().split()[0])


def enrol_devices(db_url: str, stores: int = STORES) -> list[dict[str, Any]]:
    """5 devices per store, each with its share of the store's work."""
    engine = make_engine(db_url, pool_size=1)
    devices: list[dict[str, Any]] = []
    with Session(engine) as session:
        ready: dict[str, list[Order]] = defaultdict(list)
        for order in session.scalars(select(Order).where(
                Order.pickup_state == "ready", Order.payment_state == "paid")):
            ready[str(order.store_id)].append(order)
        sales: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for order, line in session.execute(
                select(Order, OrderLine).join(OrderLine, OrderLine.order_id == Order.id)
                .where(Order.fulfilment == "in_store", Order.status == "completed",
                       Order.customer_id.is_not(None), OrderLine.returned_quantity == 0,
                       # within every category's return window
                       Order.created_at >= utcnow() - timedelta(days=12))):
            for _unit in range(line.quantity):
                sales[str(order.store_id)].append({
                    "order_id": order.id, "customer_id": order.customer_id,
                    "line_no": line.line_no, "unit_price_cents": line.unit_price_cents,
                    "discount_cents": line.discount_cents, "quantity": line.quantity})
                break  # one unit of each line: a second would need the pro-rata base
        products: dict[str, list[str]] = defaultdict(list)
        for store_id, product_id in session.execute(select(
                StockLevel.store_id, StockLevel.product_id).where(StockLevel.quantity > 5)):
            products[store_id].append(product_id)
        customers: dict[str, list[str]] = defaultdict(list)
        for store_id, customer_id in session.execute(select(
                StoreCustomer.store_id, StoreCustomer.customer_id)):
            customers[store_id].append(customer_id)
        for n in range(1, stores + 1):
            store = f"S{n:03d}"
            kinds = ["tablet"] * TABLETS + ["kiosk"] * KIOSKS
            for k, kind in enumerate(kinds):
                device = add_device(session, store, kind, f"bench {kind} {k}")
                share = slice(k, None, len(kinds))
                devices.append({
                    "id": device.id, "store": store, "kind": kind, "token": set_token(device),
                    "ready_orders": [{"id": o.id, "waiting": [
                        (line.line_no, line.picked_quantity - line.handed_over_quantity
                         - line.refused_quantity) for line in o.lines]}
                        for o in ready[store][share]],
                    "sales": sales[store][share], "products": products[store][:200],
                    "customers": customers[store][:200] or ["C00001"],
                    # it synced before the doors opened: it holds every feed to its head
                    "heads": device_heads(session, device)[0]})
        session.commit()
    engine.dispose()
    return devices


def refusals(db_url: str) -> list[tuple[str, int]]:
    """The commonest reasons the server gave for rejecting events, so far."""
    engine = make_engine(db_url, pool_size=1)
    with Session(engine) as session:
        reason = func.substr(RejectedEvent.reason, 1, 50)
        rows = session.execute(select(reason, func.count()).group_by(reason)
                               .order_by(func.count().desc()).limit(4)).all()
    engine.dispose()
    return [(str(reason), int(count)) for reason, count in rows]


def locust(work: Path, url: str, devices: list[dict[str, Any]], part: str, users: int,
           seconds: int, spawn_rate: float, batch: int) -> dict[str, Any]:
    """One headless Locust run; per-route stats after the ramp, events by outcome."""
    devices_file, outcomes_file = work / f"{part}-devices.json", work / f"{part}-outcomes.json"
    devices_file.write_text(json.dumps(devices))
    prefix = work / part
    env = {**os.environ, "CENTRAL_LOAD_PART": part.split("-")[0],
           "CENTRAL_LOAD_DEVICES": str(devices_file),
           "CENTRAL_LOAD_OUTCOMES": str(outcomes_file), "CENTRAL_LOAD_BATCH": str(batch),
           "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "locust", "-f", str(USERS_FILE), "--headless",
               "--host", url, "-u", str(users), "-r", str(spawn_rate), "-t", f"{seconds}s",
               "--csv", str(prefix), "--reset-stats", "--only-summary", "--loglevel",
               "WARNING", "--stop-timeout", "5"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE, timeout=seconds + 300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    locust_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    routes = {}
    with open(f"{prefix}_stats.csv", encoding="utf-8") as stats:
        for row in csv.DictReader(stats):
            routes[row["Name"]] = {
                "requests": int(row["Request Count"]), "failures": int(row["Failure Count"]),
                "rps": float(row["Requests/s"]), "p50": float(row["50%"] or 0),
                "p99": float(row["99%"] or 0)}
    outcomes = json.loads(outcomes_file.read_text())
    return {"routes": routes, "outcomes": outcomes, "locust_cpu": locust_cpu}


def show_routes(routes: dict[str, Any]) -> None:
    for name, r in sorted(routes.items()):
        print(f"  {name:32} {r['requests']:>8} req {r['rps']:>8.1f}/s  p50 {r['p50']:>6.0f} ms"
              f"  p99 {r['p99']:>6.0f} ms  failures {r['failures']}")


def measured(run: dict[str, Any], seconds: float, server_cpu: float,
             pg_cpu: float, locust_cpu: float) -> dict[str, float]:
    """Events/s, CPU per event, and how many of the machine's cores were busy (server,
    PostgreSQL and Locust together: what more devices could still use)."""
    applied = sum(v for k, v in run["outcomes"].items() if k in ("applied", "conflict"))
    events_s = applied / seconds
    return {"events_s": events_s, "server_ms_per_event": 1000 * server_cpu / max(applied, 1),
            "pg_ms_per_event": 1000 * pg_cpu / max(applied, 1),
            "cores_busy": (server_cpu + pg_cpu + locust_cpu) / seconds}


@dataclass
class Bench:
    """One server on one seeded cluster; each part runs Locust against it and answers the
    bars it missed."""
    work: Path
    db_url: str
    server: RunningServer
    pg_pid: int
    devices: list[dict[str, Any]]
    quick: bool

    def window(self, part: str, users: int, seconds: int, spawn: float,
               chosen: list[dict[str, Any]], batch: int,
               ) -> tuple[dict[str, Any], dict[str, float]]:
        ramp = users / spawn
        cpu0 = (cpu_seconds(self.server.process.pid), cpu_seconds(self.pg_pid))
        run = locust(self.work, self.server.url, chosen, part, users, seconds, spawn, batch)
        cpu1 = (cpu_seconds(self.server.process.pid), cpu_seconds(self.pg_pid))
        span = seconds - ramp
        share = span / seconds  # CPU of the steady part, roughly
        return run, measured(run, span, (cpu1[0] - cpu0[0]) * share,
                             (cpu1[1] - cpu0[1]) * share, run["locust_cpu"] * share)

    @property
    def tablets(self) -> list[dict[str, Any]]:
        return [d for d in self.devices if d["kind"] == "tablet"]

    def saturday(self) -> list[str]:
        seconds = 40 if self.quick else 90
        run, figures = self.window("saturday", len(self.devices), seconds, 100, self.devices,
                                   TRICKLE_BATCH)
        print(f"\nA chain's Saturday: {len(self.devices)} devices, a round every 15 s "
              f"({seconds} s, steady part measured)")
        show_routes(run["routes"])
        rounds = run["routes"].get("/v1/devices/me", {}).get("rps", 0)
        print(f"  rounds/s {rounds:.1f}   state-changing events/s {figures['events_s']:.1f}"
              f"   outcomes {run['outcomes']}")
        print(f"  CPU per 1,000 events: server {figures['server_ms_per_event']:.0f} s·ms, "
              f"PostgreSQL {figures['pg_ms_per_event']:.0f} (includes the rounds' reads); "
              f"cores busy {figures['cores_busy']:.2f} (server, PostgreSQL, Locust)")
        failures = []
        for name, r in run["routes"].items():
            if name != "Aggregated" and r["p99"] > BAR_SATURDAY_P99_MS:
                failures.append(f"Saturday {name} p99 {r['p99']:.0f} ms")
            if r["failures"]:
                failures.append(f"Saturday {name}: {r['failures']} errors")
        if figures["events_s"] < BAR_SATURDAY_EVENTS:
            failures.append(f"Saturday: {figures['events_s']:.0f} events/s")
        return failures

    def _flat_out(self, count: int, batch: int) -> dict[str, float]:
        chosen = self.tablets[::TABLETS][:count]  # one tablet each of `count` stores
        run, figures = self.window(f"flat_out-{count}-{batch}", count,
                                   12 if self.quick else 25, count, chosen, batch)
        route = run["routes"]["/v1/events"]
        print(f"  D={count:>2}: {figures['events_s']:>7.0f} events/s  "
              f"p50 {route['p50']:.0f} ms  p99 {route['p99']:.0f} ms  "
              f"server {figures['server_ms_per_event']:.2f} ms CPU/event  "
              f"PostgreSQL {figures['pg_ms_per_event']:.2f} ms CPU/event  "
              f"cores busy {figures['cores_busy']:.2f}  "
              f"errors {route['failures']}  outcomes {run['outcomes']}")
        return {**figures, "p99": route["p99"], "p50": route["p50"],
                "errors": route["failures"]}

    def flat_out(self) -> list[str]:
        print(f"\nFlat out: devices of different stores pushing batches of {FLAT_BATCH} "
              f"events (a backlog) as fast as answers come")
        flat = {count: self._flat_out(count, FLAT_BATCH) for count in (1, 4, 16)}
        print(f"  the same with batches of {TRICKLE_BATCH} (a device that never falls "
              f"behind), for comparison:")
        trickle = {count: self._flat_out(count, TRICKLE_BATCH) for count in (1, 16)}
        print(f"  D=16 / D=1 with batches of {TRICKLE_BATCH}: "
              f"x{trickle[16]['events_s'] / max(trickle[1]['events_s'], 1):.2f}")
        print(f"  why events were refused: {refusals(self.db_url)}")
        ratio = flat[16]["events_s"] / max(flat[1]["events_s"], 1)
        print(f"  D=16 / D=1 with batches of {FLAT_BATCH}: x{ratio:.2f}")
        failures = []
        if flat[16]["events_s"] < BAR_FLAT_EVENTS:
            failures.append(f"flat out D=16: {flat[16]['events_s']:.0f} events/s")
        if flat[16]["p99"] > BAR_FLAT_P99_MS:
            failures.append(f"flat out D=16: p99 {flat[16]['p99']:.0f} ms")
        if ratio < BAR_FLAT_SCALING:
            failures.append(f"flat out: D=16 is x{ratio:.2f} of D=1")
        return failures

    def overload(self) -> list[str]:
        users, seconds = 64, 20 if self.quick else 60
        chosen = self.tablets[1::TABLETS][:users]
        run, _ = self.window("overload", users, seconds, users, chosen, TRICKLE_BATCH)
        probe = time.perf_counter()
        health = requests.get(f"{self.server.url}/health", timeout=BAR_HEALTH_S)
        health_s = time.perf_counter() - probe
        route = run["routes"]["/v1/events"]
        print(f"\nOverload: {users} devices flat out for {seconds} s")
        print(f"  answered {route['requests']}, turned away with 503 Retry-After "
              f"{run['outcomes'].get('503', 0)}, other errors {route['failures']}; "
              f"p99 {route['p99']:.0f} ms; /health after: {health.status_code} in "
              f"{health_s * 1000:.0f} ms")
        failures = []
        if route["failures"]:
            failures.append(f"overload: {route['failures']} answers neither 2xx nor 503")
        if health.status_code != 200 or health_s > BAR_HEALTH_S:
            failures.append("overload: /health did not answer within 5 s")
        return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs (a smoke test)")
    parser.add_argument("--part", action="append", choices=PARTS,
                        help="run only this part (may be repeated; default: all three)")
    parser.add_argument("--concurrency", type=int, default=None,
                        help="the server's requests at once per worker (default: serve's)")
    args = parser.parse_args()
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="central-load-") as tmp, postgres_cluster(
            durable=True, settings=["max_connections=100", "shared_buffers=256MB"]) as pg:
        db_url = pg.url(pg.create_database())
        started = time.perf_counter()
        seed(make_engine(db_url), SeedSize(customers=60_000, products=800, stores=STORES,
                                           orders=90_000, browsing_sessions=2))
        devices = enrol_devices(db_url)
        print(f"seeded {STORES} stores and enrolled {len(devices)} devices in "
              f"{time.perf_counter() - started:.0f} s")
        options = ["--workers", "2"]
        if args.concurrency:
            options += ["--concurrency", str(args.concurrency)]
        server = start_server(db_url, Path(tmp), options=options)
        try:
            bench = Bench(Path(tmp), db_url, server, postmaster_pid(db_url), devices,
                          args.quick)
            parts = {"saturday": bench.saturday, "flat": bench.flat_out,
                     "overload": bench.overload}
            for name in PARTS:
                if name in (args.part or PARTS):
                    failures += parts[name]()
        finally:
            stop_server(server)
    for failure in failures:
        print(f"BAR MISSED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
