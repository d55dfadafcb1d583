"""Push the outbox, pull the change feeds. No Qt, no knowledge of the app's tables.

The device side implements `Replica`; the engine only moves protocol objects between it
and the `ApiClient`. Every step is safe to repeat: events are marked sent only after the
server's answer (and the server deduplicates by id), and a feed page is applied together
with its cursor.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Protocol

from sync.client import ApiClient, FeedReset, SyncError
from sync.protocol import (
    DEFAULT_PAGE_SIZE,
    FEEDS,
    MAX_BATCH_BYTES,
    MAX_BATCH_EVENTS,
    Event,
    EventBatch,
    EventBatchResult,
    FeedPage,
)

log = logging.getLogger(__name__)

BATCH_BYTES_BUDGET = MAX_BATCH_BYTES * 8 // 10
"""Leave room for the envelope: a batch is cut well below the server's limit."""


class Replica(Protocol):
    """What the engine needs from the device's local store."""

    device_id: str

    def pending_events(self, limit: int, max_bytes: int) -> list[Event]: ...

    def record_results(self, result: EventBatchResult) -> None: ...

    def feed_cursor(self, feed: str) -> str | None: ...

    def apply_page(self, page: FeedPage) -> None: ...

    def reset_feed(self, feed: str) -> None: ...

    def note_sync(self, pushed_ok: bool, pulled_ok: bool, error: str | None) -> None: ...


@dataclass
class SyncReport:
    pushed: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    pulled: dict[str, int] = field(default_factory=dict)
    error: str | None = None

    @property
    def online(self) -> bool:
        return self.error is None


class SyncEngine:
    def __init__(self, client: ApiClient, replica: Replica,
                 batch_events: int = MAX_BATCH_EVENTS, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        self.client = client
        self.replica = replica
        self.batch_events = batch_events
        self.page_size = page_size

    def push(self, report: SyncReport) -> None:
        """Send pending events batch by batch until none is left."""
        while True:
            events = self.replica.pending_events(self.batch_events, BATCH_BYTES_BUDGET)
            if not events:
                return
            result = self.client.push(EventBatch(device_id=self.replica.device_id, events=events))
            self.replica.record_results(result)
            report.pushed += len(events)
            for item in result.results:
                report.statuses[item.status] = report.statuses.get(item.status, 0) + 1

    def pull(self, feed: str, report: SyncReport) -> None:
        """Apply a feed's pages until the server has no more."""
        try:
            self._pull_pages(feed, report)
        except FeedReset:
            log.warning("feed %s was reset by the server; resyncing it from scratch", feed)
            self.replica.reset_feed(feed)
            self._pull_pages(feed, report)

    def _pull_pages(self, feed: str, report: SyncReport) -> None:
        while True:
            page = self.client.changes(feed, self.replica.feed_cursor(feed), self.page_size)
            self.replica.apply_page(page)
            report.pulled[feed] = report.pulled.get(feed, 0) + len(page.items)
            if not page.has_more:
                return

    def sync_once(self) -> SyncReport:
        """Push, then pull every feed. Network trouble ends the round and is reported."""
        report = SyncReport()
        pushed_ok = pulled_ok = False
        try:
            self.push(report)
            pushed_ok = True
            for feed in FEEDS:
                self.pull(feed, report)
            pulled_ok = True
        except SyncError as exc:
            report.error = str(exc)
            log.info("sync round stopped: %s", exc)
        self.replica.note_sync(pushed_ok, pulled_ok, report.error)
        return report
