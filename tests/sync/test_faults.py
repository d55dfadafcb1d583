"""Sync under the faults a store network produces, against the real `cloud-stub` over
loopback with the project's fault-injecting proxy in between."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, or_, select, update
from sqlalchemy.orm import Session

from cloud_stub.crud.feeds import orders_in_scope
from cloud_stub.crud.policy import scope_policy
from cloud_stub.models import (
    Customer,
    DeviceEvent,
    Order,
    PolicyItem,
    Product,
    ProductAvailability,
    StockLevel,
    StoreCustomer,
)
from kiosk.config import Settings
from kiosk.services import attention, customers, pickup
from kiosk.services.device import Device, home_store_id, open_device
from kiosk.services.outbox import acting_staff
from kiosk.store.keys import database_key
from kiosk.store.models import (
    LocalAvailability,
    LocalCustomer,
    LocalOrder,
    LocalProduct,
    LocalStock,
    OutboxEvent,
    PolicyEntry,
)
from sync.engine import SyncReport
from sync.rules.pickup import DeskBucket
from sync.sqltypes import utcnow
from tests.conftest import RunningServer, cloud_stub, start_server, stop_server
from tests.faultproxy import FAULTS, Fault, FaultProxy
from tests.kiosk.factories import open_encrypted

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("sync_child.py")


@pytest.fixture(autouse=True)
def logged_in() -> Iterator[None]:
    """What these tablets record, a staff member of the store did (the seed's associate):
    the central API takes nothing from a tablet in nobody's name."""
    token = acting_staff.set("S001:1001")
    yield
    acting_staff.reset(token)


@pytest.fixture(scope="session")
def small_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small-seed") / "cloud.db"
    cloud_stub("seed", "--small", "--db", f"sqlite:///{path}")
    return path


@dataclass
class Rig:
    server: RunningServer
    proxy: FaultProxy
    token: str
    workdir: Path

    def tablet(self, name: str = "tablet", via_proxy: bool = True) -> Device:
        url = self.proxy.url if via_proxy else self.server.url
        return open_device(Settings(api_url=url, token=self.token,
                                    data_dir=self.workdir / name, sync_interval_s=3600))


def make_rig(small_seed: Path, workdir: Path) -> Rig:
    db = workdir / "cloud.db"
    shutil.copy(small_seed, db)
    server = start_server(f"sqlite:///{db}", workdir)
    proxy = FaultProxy(server.url).start()
    return Rig(server, proxy, server.device_token("S001"), workdir)


def close_rig(rig: Rig) -> None:
    rig.proxy.stop()
    stop_server(rig.server)


@pytest.fixture
def rig(small_seed: Path, tmp_path: Path) -> Iterator[Rig]:
    made = make_rig(small_seed, tmp_path)
    yield made
    close_rig(made)


# --- what each side holds ------------------------------------------------------------------


def server_view(rig: Rig, device_id: str) -> tuple[list[str], dict[str, dict[str, int]]]:
    engine = create_engine(rig.server.db_url)
    try:
        with Session(engine) as s:
            events = list(s.scalars(select(DeviceEvent.id)
                                    .where(DeviceEvent.device_id == device_id)))
            now, scope = utcnow(), scope_policy(s)
            member = or_(StoreCustomer.open_pickup,
                         StoreCustomer.seen_at >= scope.working_set_since(now))
            feeds = {  # what the store's scope holds (tests/cloud_stub/api/test_scope.py)
                "orders": dict(s.execute(select(Order.id, Order.version).where(
                    orders_in_scope("S001", scope, now))).all()),
                "customers": dict(s.execute(
                    select(StoreCustomer.customer_id, StoreCustomer.version)
                    .join(Customer, Customer.id == StoreCustomer.customer_id)
                    .where(StoreCustomer.store_id == "S001", ~Customer.deleted, member)).all()),
                "catalog": dict(s.execute(select(Product.id, Product.version)
                                          .where(~Product.deleted)).all()),
                "stock": {f"{a}:{b}": v for a, b, v in s.execute(select(
                    StockLevel.store_id, StockLevel.product_id, StockLevel.version).where(
                    StockLevel.store_id == "S001")).all()},
                "availability": dict(s.execute(select(
                    ProductAvailability.product_id, ProductAvailability.version)).all()),
                "policy": {f"{k}:{i}": v for k, i, v in s.execute(select(
                    PolicyItem.kind, PolicyItem.id, PolicyItem.version).where(
                    or_(PolicyItem.kind.not_in(("store", "staff")), PolicyItem.id == "S001",
                        PolicyItem.id.startswith("S001:")))).all()},
            }
    finally:
        engine.dispose()
    return events, feeds


def local_view(device: Device) -> tuple[dict[str, str], dict[str, dict[str, int]]]:
    with device.store.read() as s:
        events = dict(s.execute(select(OutboxEvent.id, OutboxEvent.state)).all())
        feeds = {
            "orders": dict(s.execute(select(LocalOrder.id, LocalOrder.version)).all()),
            "customers": dict(s.execute(select(LocalCustomer.id, LocalCustomer.version)).all()),
            "catalog": dict(s.execute(select(LocalProduct.id, LocalProduct.version)).all()),
            "stock": {f"{a}:{b}": v for a, b, v in s.execute(select(
                LocalStock.store_id, LocalStock.product_id, LocalStock.version)).all()},
            "availability": dict(s.execute(select(LocalAvailability.product_id,
                                                  LocalAvailability.version)).all()),
            "policy": {f"{k}:{i}": v for k, i, v in s.execute(select(
                PolicyEntry.kind, PolicyEntry.id, PolicyEntry.version)).all()},
        }
    return events, feeds


def assert_converged(rig: Rig, device: Device) -> None:
    """Every event recorded on the tablet is on the server exactly once; the tablet's copy
    of every feed equals the server's."""
    server_events, server_feeds = server_view(rig, device.settings.device_id)
    local_events, local_feeds = local_view(device)
    assert len(server_events) == len(set(server_events))
    assert set(server_events) == set(local_events), "server and tablet disagree on events"
    assert set(local_events.values()) <= {"sent"}, "events left unsent"
    for feed, expected in server_feeds.items():
        assert local_feeds[feed] == expected, f"the tablet's {feed} differ from the server's"


def sync_clean(device: Device, rounds: int = 10) -> SyncReport:
    for _ in range(rounds):
        report = device.sync.sync_once()
        if report.ok:
            return report
    raise AssertionError(f"no clean round after healing: {report}")


def held_customers(device: Device) -> list[str]:
    """Customers of the store's working set, as the tablet holds them."""
    with device.store.read() as s:
        return sorted(s.scalars(select(LocalCustomer.id)))


def identify_some(device: Device, count: int, rng: random.Random) -> None:
    with device.store.read() as s:
        ids = list(s.scalars(select(LocalCustomer.id)))
    for _ in range(count):
        customers.identify_customer(device.store, rng.choice(ids), "card")


def check_in_one(device: Device) -> None:
    store_id = home_store_id(device.store)
    assert store_id is not None
    ready = [r for r in pickup.pickup_queue(device.store, store_id)
             if r.bucket == DeskBucket.READY and not r.pending]
    if ready:
        pickup.check_in(device.store, ready[0].order_id, "code")


# --- 1. kill -9 at the worst moments ---------------------------------------------------------


@pytest.mark.slow
def test_kill_9_before_send_after_commit_and_mid_pull_loses_and_doubles_nothing(
        rig: Rig) -> None:
    device = rig.tablet(via_proxy=False)
    sync_clean(device)
    data_dir = device.settings.data_dir
    rng = random.Random(7)
    points = ["before_send", "after_commit", "during_pull", "random"] * 6
    for point in points:
        identify_some(device, 3, rng)
        if point in ("during_pull", "random"):
            device.sync.replica.reset_feed("customers")  # a full feed to pull when killed
        child = subprocess.run(
            [sys.executable, str(CHILD), str(data_dir), rig.server.url, rig.token, point],
            cwd=ROOT, capture_output=True, text=True, timeout=60)
        if point != "random":
            assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    connection = open_encrypted(data_dir / "store.db", database_key(
        data_dir / "store.db", device.settings.database_key_file))
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    report = sync_clean(device)
    assert report.statuses.get("rejected", 0) == 0
    assert_converged(rig, device)
    device.close()


# --- 2. random fault schedules ---------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_rig(small_seed: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    made = make_rig(small_seed, tmp_path_factory.mktemp("faults"))
    yield made
    close_rig(made)


@pytest.fixture(scope="module")
def shared_tablet(shared_rig: Rig) -> Iterator[Device]:
    device = shared_rig.tablet()
    sync_clean(device)
    yield device
    device.close()


@pytest.mark.slow
@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(actions=st.lists(st.sampled_from(["identify", "check_in"]), max_size=6),
       faults=st.lists(st.sampled_from(FAULTS), max_size=8),
       rounds=st.integers(min_value=1, max_value=4))
def test_random_fault_schedules_end_with_both_sides_equal(
        shared_rig: Rig, shared_tablet: Device, actions: list[str], faults: list[Fault],
        rounds: int) -> None:
    device = shared_tablet
    rng = random.Random(len(actions) * 31 + len(faults))
    for action in actions:
        if action == "identify":
            identify_some(device, 1, rng)
        else:
            check_in_one(device)
    shared_rig.proxy.queue.extend(faults)
    for _ in range(rounds):
        device.sync.sync_once()  # faults end rounds early; nothing may be lost or doubled
    shared_rig.proxy.heal()
    sync_clean(device)
    assert_converged(shared_rig, device)


# --- 3. a poison event in the middle of a batch --------------------------------------------------


def test_a_rejected_event_is_a_dead_letter_and_holds_only_its_own_entity(rig: Rig) -> None:
    device = rig.tablet(via_proxy=False)
    sync_clean(device)
    first, second, third = held_customers(device)[:3]
    with device.store.write() as s:  # a customer the central system does not know
        ghost = s.get(LocalCustomer, first)
        assert ghost is not None
        s.add(LocalCustomer(id="GHOST", first_name="Ghost", last_name="Customer",
                            email="ghost@example.com", phone="", loyalty_tier="member",
                            points_balance=0, search_key="ghost", version=1, data=ghost.data))
    for customer_id in (first, "GHOST", second, "GHOST", third):
        customers.identify_customer(device.store, customer_id, "search")
    report = device.sync.sync_once()
    assert report.ok and report.dead_lettered == 1
    with device.store.read() as s:
        rows = {r.seq: r for r in s.scalars(select(OutboxEvent))}
    assert [rows[i].state for i in sorted(rows)] == ["sent", "dead", "sent", "pending", "sent"]
    assert "unknown customer GHOST" in (rows[2].result_reason or "")
    server_events, _ = server_view(rig, device.settings.device_id)
    assert set(server_events) == {rows[1].id, rows[3].id, rows[5].id}

    [item] = attention.attention_items(device.store)
    assert (item.kind, item.subject) == ("dead_letter", "Ghost Customer")
    sync_clean(device)  # the held event stays held, the round is clean
    with device.store.read() as s:
        assert s.get(OutboxEvent, 4).state == "pending"
    attention.resolve(device.store, item.seq, "manager")
    device.sync.sync_once()  # released: the server refuses it too, as its own dead letter
    with device.store.read() as s:
        assert s.get(OutboxEvent, 4).state == "dead"
    device.close()


def test_a_dead_letter_sent_again_after_the_cause_is_fixed_is_applied(rig: Rig) -> None:
    device = rig.tablet(via_proxy=False)
    sync_clean(device)
    engine = create_engine(rig.server.db_url)
    customer_id = held_customers(device)[3]
    with Session(engine) as s, s.begin():  # the customer exists, but is gone from the server
        s.execute(update(Customer).where(Customer.id == customer_id).values(deleted=True))
    customers.identify_customer(device.store, customer_id, "card")
    assert device.sync.sync_once().dead_lettered == 1
    with Session(engine) as s, s.begin():  # fixed centrally
        s.execute(update(Customer).where(Customer.id == customer_id).values(deleted=False))
    engine.dispose()
    [item] = attention.attention_items(device.store)
    attention.retry(device.store, item.seq)
    report = device.sync.sync_once()
    assert report.statuses == {"applied": 1}
    assert attention.attention_items(device.store) == []
    device.close()


# --- 4. two app processes on one data directory ----------------------------------------------


TWO_PROCESS_CHILD = """
import random, sys
from pathlib import Path
from kiosk.config import Settings
from kiosk.services.customers import identify_customer
from kiosk.services.device import open_device
from kiosk.services.outbox import acting_staff
from kiosk.store.models import LocalCustomer
from sqlalchemy import select
acting_staff.set("S001:1001")  # the seed's associate, logged in
device = open_device(Settings(api_url=sys.argv[2], token=sys.argv[3], data_dir=Path(sys.argv[1])))
rng = random.Random(sys.argv[4])
with device.store.read() as session:  # the store's working set
    held = sorted(session.scalars(select(LocalCustomer.id)))
skipped = 0
for _ in range(25):
    identify_customer(device.store, rng.choice(held), "card")
    skipped += device.sync.sync_once().skipped
print("skipped", skipped)
"""


@pytest.mark.slow
def test_two_app_processes_on_one_data_directory_apply_each_event_once(rig: Rig) -> None:
    device = rig.tablet()
    sync_clean(device)
    rig.proxy.failure_rate = 0.1
    children = [subprocess.Popen(
        [sys.executable, "-c", TWO_PROCESS_CHILD, str(device.settings.data_dir), rig.proxy.url,
         rig.token, str(n)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(2)]
    outputs = [child.communicate(timeout=120) for child in children]
    assert all(child.returncode == 0 for child in children), outputs
    rig.proxy.heal()
    sync_clean(device)
    assert_converged(rig, device)
    server_events, _ = server_view(rig, device.settings.device_id)
    assert len(server_events) == 50
    device.close()


# --- 5. the server restored from an older backup ----------------------------------------------


def test_a_server_restored_from_an_older_backup_gets_the_lost_events_again(
        rig: Rig, tmp_path: Path) -> None:
    device = rig.tablet(via_proxy=False)
    sync_clean(device)
    rng = random.Random(5)
    identify_some(device, 5, rng)
    sync_clean(device)
    backup = tmp_path / "backup.db"
    source = sqlite3.connect(rig.server.db_url.removeprefix("sqlite:///"))
    target = sqlite3.connect(backup)
    source.backup(target)
    source.close()
    target.close()
    identify_some(device, 7, rng)
    check_in_one(device)
    sync_clean(device)
    assert len(server_view(rig, device.settings.device_id)[0]) >= 12

    port = int(rig.server.url.rsplit(":", 1)[1])
    stop_server(rig.server)
    shutil.copy(backup, rig.server.db_url.removeprefix("sqlite:///"))
    for suffix in ("-wal", "-shm"):
        Path(rig.server.db_url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    rig.server = start_server(rig.server.db_url, tmp_path, port=port)
    assert len(server_view(rig, device.settings.device_id)[0]) == 5

    identify_some(device, 1, rng)
    report = sync_clean(device)
    assert report.requeued >= 7
    assert_converged(rig, device)
    device.close()


# --- 6. the tablet's clock a day off ---------------------------------------------------------


@pytest.mark.parametrize("skew", [timedelta(days=-1), timedelta(days=1)])
def test_a_tablet_clock_a_day_off_changes_nothing(rig: Rig, skew: timedelta,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from sync.sqltypes import utcnow as true_now

    device = rig.tablet(via_proxy=False)
    sync_clean(device)
    for module in ("kiosk.services.outbox", "kiosk.services.customers", "kiosk.services.pickup",
                   "kiosk.store.replica"):
        monkeypatch.setattr(f"{module}.utcnow", lambda: true_now() + skew)
    rng = random.Random(3)
    identify_some(device, 4, rng)
    check_in_one(device)
    report = sync_clean(device)
    assert set(report.statuses) == {"applied"}
    assert_converged(rig, device)
    device.close()
