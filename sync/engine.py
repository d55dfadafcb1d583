"""Push the outbox, pull the change feeds. No Qt, no knowledge of the app's tables.

The device side implements `Replica`; the engine only moves protocol objects between it
and the `ApiClient`. Every step is safe to repeat: events are marked sent only after the
server's answer (and the server deduplicates by id), and a feed page is applied together
with its cursor. A round is cut short by the first network or server failure and simply
runs again later (see `sync.backoff`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Literal, Protocol

from sync.activity import Activity
from sync.client import (
    ApiClient,
    DeviceRevoked,
    FeedReset,
    RequestRefused,
    ServerError,
    SyncError,
    Unreachable,
    UntrustedServer,
)
from sync.lock import SenderLock
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

PURGE_EVERY_S = 3600.0
"""Forgetting old confirmed events and what left the store's scope is housekeeping: at the
first round after start, then once an hour (a daily job would miss a day on a device
switched off at night), not every round."""

ErrorKind = Literal["unreachable", "server", "refused", "revoked", "untrusted"]


class Replica(Protocol):
    """What the engine needs from the device's local store."""

    device_id: str

    def pending_events(self, limit: int, max_bytes: int) -> list[Event]: ...

    def pending_count(self) -> int: ...

    def record_results(self, result: EventBatchResult) -> None: ...

    def dead_letter(self, event: Event, reason: str) -> None: ...

    def requeue_lost(self, server_highest_seq: int) -> int: ...

    def purge_sent(self, older_than: timedelta = ...) -> int: ...

    def forget_out_of_scope(self) -> int: ...

    def feed_cursor(self, feed: str) -> str | None: ...

    def apply_page(self, page: FeedPage) -> None: ...

    def reset_feed(self, feed: str) -> None: ...

    def note_sync(self, pushed_ok: bool, pulled_ok: bool, error: str | None) -> None: ...


@dataclass
class SyncReport:
    pushed: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    pulled: dict[str, int] = field(default_factory=dict)
    changed: dict[str, set[str]] = field(default_factory=dict)
    """Per feed, the ids of the items applied: screens update those rows, not everything."""
    removed: dict[str, set[str]] = field(default_factory=dict)
    """Per feed, the ids the server took away (an erased customer): a screen showing one
    closes it."""
    heads: dict[str, str] = field(default_factory=dict)
    """The server's feed heads (`/v1/devices/me`, then each push's answer)."""
    sent_entities: set[str] = field(default_factory=set)
    """Entities whose events the server answered: their "waiting to sync" marks change."""
    dead_lettered: int = 0
    requeued: int = 0
    skipped: bool = False
    """Another process holds the sender lock of this data directory: nothing was done."""
    error: str | None = None
    error_kind: ErrorKind | None = None
    retry_after: float | None = None

    @property
    def online(self) -> bool:
        return self.error_kind != "unreachable"

    @property
    def made_progress(self) -> bool:
        return self.pushed > 0 or any(self.pulled.values())

    @property
    def ok(self) -> bool:
        return self.error is None and not self.skipped


class SyncEngine:
    def __init__(self, client: ApiClient, replica: Replica, lock: SenderLock | None = None,
                 batch_events: int = MAX_BATCH_EVENTS, page_size: int = DEFAULT_PAGE_SIZE,
                 activity: Activity | None = None) -> None:
        self.client = client
        self.activity = activity
        """What the person at the screen waits for: a round gives way to it between steps."""
        self.replica = replica
        self.lock = lock
        self.batch_events = batch_events
        self.page_size = page_size
        self._next_purge = 0.0
        """time.monotonic() from which the next round purges: the first one does."""

    def _give_way(self) -> None:
        if self.activity is not None:
            self.activity.give_way()

    # --- push -------------------------------------------------------------------------------

    def reconcile(self, report: SyncReport) -> dict[str, str]:
        """Upload again what a server restored from an older backup has lost; answer the
        server's feed heads."""
        status = self.client.device_status(self.replica.pending_count())
        report.requeued = self.replica.requeue_lost(status.highest_seq)
        if report.requeued:
            log.warning("the server holds events only up to seq %d: sending %d events again",
                        status.highest_seq, report.requeued)
        return status.heads

    def push(self, report: SyncReport) -> None:
        """Send pending events batch by batch until none is left (or all left are held)."""
        while True:
            events = self.replica.pending_events(self.batch_events, BATCH_BYTES_BUDGET)
            if not events:
                return
            before = report.pushed + report.dead_lettered
            self._send(events, report, set())
            if report.pushed + report.dead_lettered == before:
                return  # nothing moved: everything left waits behind a dead letter

    def _send(self, events: Sequence[Event], report: SyncReport, dead: set[str]) -> None:
        events = [e for e in events if e.entity not in dead]
        if not events:
            return
        self._give_way()
        try:
            result = self.client.push(EventBatch(device_id=self.replica.device_id,
                                                 events=list(events)))
        except RequestRefused as exc:
            if exc.status in (401, 403) or isinstance(exc, FeedReset):
                raise  # the device itself is refused: no event is to blame
            if len(events) == 1:
                # The server will not take this event as it is: a dead letter for a person.
                self.replica.dead_letter(events[0], exc.message)
                report.dead_lettered += 1
                report.sent_entities.add(events[0].entity)
                dead.add(events[0].entity)
                return
            middle = len(events) // 2  # find the poison event by halves
            self._send(events[:middle], report, dead)
            self._send(events[middle:], report, dead)
            return
        self.replica.record_results(result)
        report.heads = result.heads  # the feeds after this batch: the last one's count
        report.pushed += len(events)
        report.sent_entities.update(e.entity for e in events)
        for item in result.results:
            report.statuses[item.status] = report.statuses.get(item.status, 0) + 1
            if item.status == "rejected" and not (item.details or {}).get("held_behind"):
                report.dead_lettered += 1

    # --- pull -------------------------------------------------------------------------------

    def pull(self, feed: str, report: SyncReport) -> None:
        """Apply a feed's pages until the server has no more."""
        try:
            self._pull_pages(feed, report)
        except FeedReset:
            log.warning("feed %s was reset by the server; resyncing it from scratch", feed)
            self.replica.reset_feed(feed)
            self._pull_pages(feed, report)

    def _pull_pages(self, feed: str, report: SyncReport) -> None:
        cursor = self.replica.feed_cursor(feed)
        while True:
            self._give_way()
            page = self.client.changes(feed, cursor, self.page_size)
            if page.items or page.cursor != cursor:
                self.replica.apply_page(page)  # nothing new: nothing to write
            cursor = page.cursor
            report.pulled[feed] = report.pulled.get(feed, 0) + len(page.items)
            report.changed.setdefault(feed, set()).update(item.id for item in page.items)
            report.removed.setdefault(feed, set()).update(
                item.id for item in page.items if item.deleted)
            if not page.has_more:
                return

    # --- a round ----------------------------------------------------------------------------

    def sync_once(self) -> SyncReport:
        """Reconcile, push, pull every feed. Trouble ends the round and is reported."""
        report = SyncReport()
        if self.lock is not None and not self.lock.acquire():
            report.skipped = True
            return report
        try:
            self._round(report)
        finally:
            if self.lock is not None:
                self.lock.release()
        return report

    def _round(self, report: SyncReport) -> None:
        pushed_ok = pulled_ok = False
        try:
            report.heads = self.reconcile(report)
            self.push(report)  # the last batch's answer tells the heads after the events
            pushed_ok = True
            for feed in FEEDS:
                # A feed at its head has nothing new (a server without heads: pull them all).
                if feed not in report.heads \
                        or report.heads[feed] != self.replica.feed_cursor(feed):
                    self.pull(feed, report)
            pulled_ok = True
        except SyncError as exc:
            report.error = str(exc)
            report.error_kind = ("unreachable" if isinstance(exc, Unreachable)
                                 else "server" if isinstance(exc, ServerError)
                                 else "revoked" if isinstance(exc, DeviceRevoked)
                                 else "untrusted" if isinstance(exc, UntrustedServer)
                                 else "refused")
            if isinstance(exc, ServerError):
                report.retry_after = exc.retry_after
            log.info("sync round stopped: %s", exc)
        self.replica.note_sync(pushed_ok, pulled_ok, report.error)
        if time.monotonic() >= self._next_purge:  # online or not: data must not linger
            self.replica.purge_sent()
            self.replica.forget_out_of_scope()
            self._next_purge = time.monotonic() + PURGE_EVERY_S
