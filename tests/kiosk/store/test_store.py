"""The local store and the services that write to it (plain pytest, no Qt, no server)."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from kiosk.services import customers, pickup
from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import record_event
from kiosk.services.status import sync_status
from kiosk.store import LocalStore
from kiosk.store.keys import KeyProblem, database_key
from kiosk.store.models import LocalOrder, OutboxEvent
from kiosk.store.replica import StoreReplica, store_fetched_order
from sync.protocol import (
    CustomerIdentifiedPayload,
    EventBatchResult,
    EventPayload,
    EventResult,
    FeedItem,
    FeedPage,
)
from tests.kiosk.factories import NOW, TEST_KEY, open_encrypted, order_item


def confirm_all(replica: StoreReplica) -> None:
    """The server answers `applied` to every pending event."""
    events = replica.pending_events(1000, 10_000_000)
    replica.record_results(EventBatchResult(highest_seq=events[-1].seq, results=[
        EventResult(id=e.id, status="applied") for e in events]))


def outbox(store: LocalStore) -> list[OutboxEvent]:
    with store.read() as session:
        return list(session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)))


def test_pragmas_of_the_writer_and_the_reader(store: LocalStore) -> None:
    with store.writer.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    with store.reader.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA query_only").scalar() == 1


def test_migrations_are_applied_at_start(store: LocalStore) -> None:
    from alembic.script import ScriptDirectory

    from kiosk.store.db import MIGRATIONS_DIR

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    with store.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    assert head is not None and int(head) >= 3


def test_reader_cannot_write(store: LocalStore) -> None:
    with pytest.raises(Exception, match="readonly"), store.read() as session:
        session.execute(text("INSERT INTO device_settings VALUES ('x', 'y')"))


def test_seq_is_gap_free_even_when_an_action_is_rolled_back(store: LocalStore) -> None:
    with store.write() as session:
        record_event(session, "customer:C1",
                     CustomerIdentifiedPayload(customer_id="C1", method="card"))
    with pytest.raises(RuntimeError), store.write() as session:
        record_event(session, "customer:C1",
                     CustomerIdentifiedPayload(customer_id="C1", method="card"))
        raise RuntimeError("the action failed after recording")
    with store.write() as session:
        record_event(session, "customer:C1",
                     CustomerIdentifiedPayload(customer_id="C1", method="pass"))
    assert [e.seq for e in outbox(store)] == [1, 2]
    assert [e.payload["method"] for e in outbox(store)] == ["card", "pass"]


class _MadeUp(EventPayload):
    event_type = "made.up"


def test_an_event_the_protocol_cannot_carry_is_refused_before_recording(store: LocalStore) -> None:
    with pytest.raises(ValueError), store.write() as session:
        record_event(session, "customer:C1",
                     CustomerIdentifiedPayload(customer_id="C1", method="telepathy"))
    with pytest.raises(ValueError), store.write() as session:
        record_event(session, "x", _MadeUp())
    assert outbox(store) == []


def test_check_in_records_state_and_event_together(store: LocalStore,
                                                   replica: StoreReplica) -> None:
    row = pickup.check_in(store, "O1", "code")
    assert row.pending and row.state == "checked_in"
    [event] = outbox(store)
    assert (event.type, event.entity, event.payload) == (
        "pickup.checked_in", "order:O1", {"order_id": "O1", "method": "code",
                                          "collector_name": None})
    queue = {r.order_id: r for r in pickup.pickup_queue(store, "S001")}
    assert queue["O1"].pending and queue["O1"].bucket == "waiting"
    assert queue["O1"].items == 2


@pytest.mark.parametrize(("order_id", "code"), [("O2", "already_collected"),
                                                ("NOPE", "order_unknown")])
def test_refused_check_in_changes_nothing(store: LocalStore, replica: StoreReplica,
                                          order_id: str, code: str) -> None:
    with pytest.raises(ActionRefused) as refused:
        pickup.check_in(store, order_id, "code")
    assert refused.value.code == code
    assert outbox(store) == []
    with store.read() as session:
        assert session.execute(select(func.count()).select_from(LocalOrder)
                               .where(LocalOrder.local_pickup_state.is_not(None))).scalar() == 0


def test_checking_in_twice_records_it_once(store: LocalStore, replica: StoreReplica) -> None:
    pickup.check_in(store, "O1", "code")
    assert pickup.check_in(store, "O1", "pass").state == "checked_in"
    assert len(outbox(store)) == 1


def test_pending_state_settles_when_the_server_confirms(store: LocalStore,
                                                        replica: StoreReplica) -> None:
    pickup.check_in(store, "O1", "code")
    events = replica.pending_events(100, 1_000_000)
    # the server's new version arrives before our event is acknowledged: still pending
    replica.apply_page(FeedPage(feed="orders", cursor="e.4", has_more=False,
                                items=[order_item("O1", "ready", 4)]))
    assert pickup.pickup_queue(store, "S001")[0].pending
    replica.record_results(EventBatchResult(highest_seq=1, results=[
        EventResult(id=events[0].id, status="applied")]))
    replica.apply_page(FeedPage(feed="orders", cursor="e.5", has_more=False,
                                items=[order_item("O1", "checked_in", 5)]))
    row = next(r for r in pickup.pickup_queue(store, "S001") if r.order_id == "O1")
    assert not row.pending and row.pickup_state == "checked_in"
    assert replica.pending_events(100, 1_000_000) == []


def test_identify_and_search(store: LocalStore, replica: StoreReplica) -> None:
    assert [r.id for r in customers.search_customers(store, "lea mart")] == ["C1"]
    assert [r.id for r in customers.search_customers(store, "MARTIN Léa")] == ["C1"]
    assert [r.id for r in customers.search_customers(store, "C1@example")] == ["C1"]
    assert customers.search_customers(store, "Léa Dupont") == []
    assert [r.id for r in customers.search_customers(store, "2900000000018")] == ["C1"]
    assert [r.id for r in customers.search_customers(store, "06 12 34 56 78")] == ["C1"]
    assert [r.id for r in customers.search_customers(store, "+33612345678")] == ["C1"]
    assert customers.search_customers(store, "x") == []
    customers.identify_customer(store, "C1", "search")
    assert [e.type for e in outbox(store)] == ["customer.identified"]
    with pytest.raises(ActionRefused):
        customers.identify_customer(store, "NOPE", "card")
    assert len(outbox(store)) == 1


def test_feed_page_is_idempotent_and_older_versions_do_not_win(store: LocalStore,
                                                               replica: StoreReplica) -> None:
    page = FeedPage(feed="orders", cursor="e.9", has_more=False,
                    items=[order_item("O1", "collected", 9)])
    replica.apply_page(page)
    replica.apply_page(page)
    replica.apply_page(FeedPage(feed="orders", cursor="e.9", has_more=False,
                                items=[order_item("O1", "ready", 1)]))
    with store.read() as session:
        order = session.get(LocalOrder, "O1")
        assert order is not None and order.pickup_state == "collected" and order.version == 9
    assert replica.feed_cursor("orders") == "e.9"


def test_resync_replaces_the_feed_and_sweeps_what_the_server_dropped(
        store: LocalStore, replica: StoreReplica) -> None:
    pickup.check_in(store, "O1", "code")
    with store.write() as session:  # a home delivery fetched for a return at the desk
        store_fetched_order(session, {**(order_item("D9", "collected", 0).data or {}),
                                      "id": "D9", "fulfilment": "delivery", "store_id": None})
    replica.reset_feed("orders")
    assert replica.feed_cursor("orders") is None
    assert len(pickup.pickup_queue(store, "S001")) == 2  # still usable during the resync
    replica.apply_page(FeedPage(feed="orders", cursor="n.1", has_more=True,
                                items=[order_item("O1", "ready", 1)]))
    assert len(pickup.pickup_queue(store, "S001")) == 2
    replica.apply_page(FeedPage(feed="orders", cursor="n.1", has_more=False, items=[]))
    assert [r.order_id for r in pickup.pickup_queue(store, "S001")] == ["O1"]
    assert len(replica.pending_events(10, 1_000_000)) == 1  # the outbox is never dropped
    with store.read() as session:  # not the feed's: kept for the visit
        assert session.get(LocalOrder, "D9") is not None
        assert session.get(LocalOrder, "O2") is None  # the server no longer sends it


def test_deleted_customer_leaves_no_card_behind(store: LocalStore, replica: StoreReplica) -> None:
    replica.apply_page(FeedPage(feed="customers", cursor="e.10", has_more=False, items=[
        FeedItem(kind="customer", id="C1", version=10, deleted=True)]))
    assert customers.search_customers(store, "2900000000018") == []


def test_status_counts(store: LocalStore, replica: StoreReplica) -> None:
    pickup.check_in(store, "O1", "code")
    status = sync_status(store)
    assert status.pending_events == 1 and status.oldest_pending_at is not None
    assert status.orders == 2 and status.customers == 1


def test_a_corrupt_database_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    LocalStore(data, TEST_KEY).close()  # made with this key: damage, not a wrong key
    (data / "store.db").write_bytes(b"this is not a database" * 200)
    (data / "store.db-wal").write_bytes(b"wal")
    local = LocalStore(data, TEST_KEY)
    try:
        assert local.moved_aside is not None
        assert local.moved_aside.read_bytes().startswith(b"this is not a database")
        assert Path(f"{local.moved_aside}-wal").exists()
        assert open_encrypted(data / "store.db").execute("PRAGMA integrity_check").fetchone() \
            == ("ok",)
    finally:
        local.close()


def test_the_local_file_is_encrypted_and_does_not_open_as_plain_sqlite(
        store: LocalStore, replica: StoreReplica) -> None:
    store.close()
    raw = b"".join(p.read_bytes() for p in store.path.parent.glob("store.db*"))
    assert not raw.startswith(b"SQLite format 3")
    assert b"Martin" not in raw and b"C1@example.com" not in raw
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(store.path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with open_encrypted(store.path) as connection:  # with the key, support can read it
        assert connection.execute("SELECT count(*) FROM customers").fetchone() == (1,)


def test_a_wrong_key_is_a_clear_message_and_changes_nothing(store: LocalStore,
                                                             replica: StoreReplica) -> None:
    store.close()
    before = {p.name: p.read_bytes() for p in store.path.parent.iterdir()}
    with pytest.raises(KeyProblem, match="does not open with this device's key"):
        LocalStore(store.path.parent, "00" * 32)
    assert {p.name: p.read_bytes() for p in store.path.parent.iterdir()} == before


def test_a_missing_key_is_never_replaced_by_a_new_one(tmp_path: Path) -> None:
    data, key_file = tmp_path / "data", tmp_path / "config" / "db.key"
    key = database_key(data / "store.db", key_file)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600 and key_file.read_text() == key
    assert database_key(data / "store.db", key_file) == key  # kept, not made again
    LocalStore(data, key).close()
    key_file.unlink()
    with pytest.raises(KeyProblem, match=r"key of the local database .* is missing"):
        database_key(data / "store.db", key_file)
    assert not key_file.exists()


def test_a_plain_database_of_an_older_version_is_encrypted_with_its_outbox(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    plain = sqlite3.connect(data / "store.db")
    plain.execute("CREATE TABLE outbox (seq INTEGER PRIMARY KEY, id TEXT)")
    plain.executemany("INSERT INTO outbox VALUES (?, ?)", [(1, "e1"), (2, "e2")])
    plain.commit()
    plain.close()
    with pytest.raises(Exception):  # noqa: B017  # the old schema fails to migrate...
        LocalStore(data, TEST_KEY)
    # ...but the file was encrypted first, every event in it
    assert not (data / "store.db").read_bytes().startswith(b"SQLite format 3")
    with open_encrypted(data / "store.db") as connection:
        assert connection.execute("SELECT id FROM outbox ORDER BY seq").fetchall() == [
            ("e1",), ("e2",)]


def test_a_queue_that_does_not_move_is_flagged(store: LocalStore, replica: StoreReplica) -> None:
    from kiosk.store.replica import set_setting

    pickup.check_in(store, "O1", "code")
    assert sync_status(store).stalled_since is None
    now = datetime.now(UTC)  # not the module's NOW: this suite runs for many minutes
    with store.write() as session:
        session.execute(update(OutboxEvent).values(occurred_at=now - timedelta(minutes=30)))
        set_setting(session, "last_push_progress_at",
                    (now - timedelta(minutes=11)).isoformat())
    assert sync_status(store).stalled_since is not None
    with store.write() as session:
        set_setting(session, "last_push_progress_at", now.isoformat())
    assert sync_status(store).stalled_since is None


def test_sent_events_are_kept_30_days_and_the_seq_never_goes_back(
        store: LocalStore, replica: StoreReplica) -> None:
    for _ in range(3):
        customers.identify_customer(store, "C1", "card")
    confirm_all(replica)
    assert replica.purge_sent() == 0
    with store.write() as session:
        session.execute(update(OutboxEvent).values(sent_at=NOW - timedelta(days=31)))
    assert replica.purge_sent() == 2  # the newest stays: the next seq follows it
    customers.identify_customer(store, "C1", "card")
    assert [e.seq for e in outbox(store)] == [3, 4]


def test_confirmed_events_above_what_a_restored_server_holds_are_queued_again(
        store: LocalStore, replica: StoreReplica) -> None:
    for _ in range(5):
        customers.identify_customer(store, "C1", "card")
    confirm_all(replica)
    assert replica.requeue_lost(5) == 0
    assert replica.requeue_lost(2) == 3
    assert [e.seq for e in replica.pending_events(10, 1_000_000)] == [3, 4, 5]
