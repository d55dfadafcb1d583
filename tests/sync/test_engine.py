"""The sync engine against an injected client: what is marked sent, and when."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from sync.activity import Activity
from sync.client import FeedReset, RequestRefused, Unreachable
from sync.engine import SyncEngine
from sync.protocol import (
    FEEDS,
    DeviceStatus,
    Event,
    EventBatch,
    EventBatchResult,
    EventResult,
    FeedItem,
    FeedPage,
)


class FakeReplica:
    device_id = "dev-1"

    def __init__(self, events: int) -> None:
        self.pending = [Event(id=uuid.uuid4(), seq=i + 1, type="customer.identified",
                              entity="c", occurred_at=datetime.now(UTC),
                              payload={"customer_id": "C1", "method": "card", "pad": "x" * 300})
                        for i in range(events)]
        self.cursors: dict[str, str | None] = {}
        self.applied: list[FeedPage] = []
        self.resets: list[str] = []
        self.notes: list[tuple[bool, bool, str | None]] = []
        self.dead: list[tuple[Event, str]] = []

    def pending_count(self) -> int:
        return len(self.pending)

    def pending_events(self, limit: int, max_bytes: int) -> list[Event]:
        out, size = [], 0
        for event in self.pending[:limit]:
            size += len(event.model_dump_json())
            if out and size > max_bytes:
                break
            out.append(event)
        return out

    def record_results(self, result: EventBatchResult) -> None:
        done = {r.id for r in result.results}
        self.pending = [e for e in self.pending if e.id not in done]

    def dead_letter(self, event: Event, reason: str) -> None:
        self.dead.append((event, reason))
        self.pending.remove(event)

    def requeue_lost(self, server_highest_seq: int) -> int:
        return 0

    def purge_sent(self, older_than: object = None) -> int:
        return 0

    def forget_out_of_scope(self) -> int:
        return 0

    def feed_cursor(self, feed: str) -> str | None:
        return self.cursors.get(feed)

    def apply_page(self, page: FeedPage) -> None:
        self.applied.append(page)
        self.cursors[page.feed] = page.cursor

    def reset_feed(self, feed: str) -> None:
        self.resets.append(feed)
        self.cursors.pop(feed, None)

    def note_sync(self, pushed_ok: bool, pulled_ok: bool, error: str | None) -> None:
        self.notes.append((pushed_ok, pulled_ok, error))


class FakeClient:
    def __init__(self, pages: int = 3, fail_push: bool = False, gone_once: bool = False) -> None:
        self.batches: list[EventBatch] = []
        self.pages = pages
        self.fail_push = fail_push
        self.gone_once = gone_once

    def device_status(self, pending_events: int | None = None) -> DeviceStatus:
        return DeviceStatus(device_id="dev-1", store_id="S001", highest_seq=0)

    def push(self, batch: EventBatch) -> EventBatchResult:
        if self.fail_push:
            raise Unreachable("network down")
        if any(e.payload.get("poison") for e in batch.events):
            raise RequestRefused(422, "invalid_request", "events.0.payload: poison")
        self.batches.append(batch)
        return EventBatchResult(highest_seq=batch.events[-1].seq,
                                results=[EventResult(id=e.id, status="applied")
                                         for e in batch.events])

    def changes(self, feed: str, cursor: str | None, limit: int) -> FeedPage:
        if self.gone_once and cursor == "stale":
            self.gone_once = False
            raise FeedReset(410, "gone", "resync")
        n = int(cursor.split(".")[1]) if cursor and cursor != "stale" else 0
        return FeedPage(feed=feed, cursor=f"e.{n + 1}", has_more=n + 1 < self.pages,
                        items=[FeedItem(kind="x", id=f"{feed}{n}", version=n + 1, data={})])


def test_push_in_bounded_batches_then_pull_every_page() -> None:
    replica, client = FakeReplica(25), FakeClient()
    engine = SyncEngine(client, replica, batch_events=10)  # type: ignore[arg-type]
    report = engine.sync_once()
    assert [len(b.events) for b in client.batches] == [10, 10, 5]
    assert replica.pending == [] and report.statuses == {"applied": 25}
    assert report.pulled == {feed: 3 for feed in FEEDS}
    assert report.changed == {feed: {f"{feed}{n}" for n in range(3)} for feed in FEEDS}
    assert report.sent_entities == {e.entity for b in client.batches for e in b.events}
    assert replica.notes == [(True, True, None)]


def test_batches_are_cut_by_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sync.engine.BATCH_BYTES_BUDGET", 2000)
    replica, client = FakeReplica(20), FakeClient()
    SyncEngine(client, replica).sync_once()  # type: ignore[arg-type]
    assert len(client.batches) > 1
    assert all(len(b.model_dump_json()) < 2600 for b in client.batches)
    assert sum(len(b.events) for b in client.batches) == 20


def test_nothing_is_marked_sent_without_an_answer() -> None:
    replica = FakeReplica(3)
    report = SyncEngine(FakeClient(fail_push=True), replica).sync_once()  # type: ignore[arg-type]
    assert len(replica.pending) == 3
    assert report.error == "network down" and not report.online
    assert replica.notes == [(False, False, "network down")]


def test_gone_resyncs_only_that_feed() -> None:
    replica, client = FakeReplica(0), FakeClient(pages=1, gone_once=True)
    replica.cursors["catalog"] = "stale"
    SyncEngine(client, replica).sync_once()  # type: ignore[arg-type]
    assert replica.resets == ["catalog"]
    assert replica.cursors["catalog"] == "e.1"


def test_a_batch_the_server_refuses_is_halved_until_the_poison_event_is_found() -> None:
    replica, client = FakeReplica(9), FakeClient()
    poison = replica.pending[4]
    replica.pending[4] = poison.model_copy(update={"payload": {**poison.payload, "poison": 1}})
    report = SyncEngine(client, replica).sync_once()  # type: ignore[arg-type]
    assert [e.seq for e, _ in replica.dead] == [5]
    assert "poison" in replica.dead[0][1]
    assert sorted(e.seq for b in client.batches for e in b.events) == [1, 2, 3, 4, 6, 7, 8, 9]
    assert report.dead_lettered == 1 and report.ok


def test_a_round_gives_way_before_every_request_it_sends() -> None:
    class CountingActivity(Activity):
        def __init__(self) -> None:
            super().__init__()
            self.calls = 0

        def give_way(self) -> None:
            self.calls += 1

    activity = CountingActivity()
    replica, client = FakeReplica(25), FakeClient()
    SyncEngine(client, replica, batch_events=10, activity=activity).sync_once()  # type: ignore[arg-type]
    assert activity.calls == len(client.batches) + 3 * len(FEEDS)  # 3 batches, 3 pages a feed

