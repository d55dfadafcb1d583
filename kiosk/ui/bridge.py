"""Run service calls off the GUI thread and get the answer back on it, by signal.

Like Anki's operations: the GUI hands a plain callable to `TaskRunner.run`; a worker
thread runs it; the result or the exception comes back through a queued signal to a
relay object living on the GUI thread, which calls the GUI's callback there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from sync.activity import Activity

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; its slot runs there whichever thread emits `finished`."""

    finished = Signal(object, object)

    def __init__(self, on_done: Done | None, on_error: Failed | None,
                 forget: Callable[[_Relay], bool], parent: QObject,
                 awaited: Activity | None = None) -> None:
        super().__init__(parent)  # deleted with the runner: late deliveries are discarded
        self._on_done = on_done
        self._on_error = on_error
        self._forget = forget
        self._awaited = awaited
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        try:
            if not self._forget(self):
                return  # the runner was closed: its window is gone
            if error is not None:
                if self._on_error is not None:
                    self._on_error(error)
                else:
                    log.error("background task failed", exc_info=error)
            elif self._on_done is not None:
                self._on_done(result)
        finally:
            if self._awaited is not None:  # the result is on screen now
                self._awaited.end()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._fn(), None
        except BaseException as exc:  # delivered to the GUI, never lost in a worker
            result, error = None, exc
        try:
            self._relay.finished.emit(result, error)
        except RuntimeError:  # the window (and the relay with it) is gone: nobody to tell
            log.debug("result dropped: its window was closed")


class TaskRunner(QObject):
    """A small pool of worker threads for database and network work."""

    def __init__(self, parent: QObject | None = None, threads: int = 2,
                 activity: Activity | None = None) -> None:
        super().__init__(parent)
        self.activity = activity
        """Marked busy from a job's start until its result is shown (background jobs aside),
        so that sync rounds give way to what a person waits for."""
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()
        self._generations: dict[str, int] = {}
        self._closed = False

    def run(self, fn: Callable[[], Any], on_done: Done | None = None,
            on_error: Failed | None = None, background: bool = False) -> None:
        """`background`: nobody waits for it (a sync round): it does not hold rounds back."""
        if self._closed:
            log.debug("not started: the runner is closed")  # its window is going away
            return
        awaited = None if background else self.activity
        if awaited is not None:
            awaited.begin()
        relay = _Relay(on_done, on_error, self._forget, self, awaited)
        self._relays.add(relay)
        self.pool.start(_Job(fn, relay))

    def run_latest(self, key: str, fn: Callable[[], Any], on_done: Done | None = None,
                   on_error: Failed | None = None) -> None:
        """Like `run`, for reads that refresh what is on screen: only the newest job of
        `key` delivers. An older read that finishes late (two workers, a slow query) is
        dropped instead of putting stale figures back on screen."""
        generation = self._generations.get(key, 0) + 1
        self._generations[key] = generation

        def current() -> bool:
            return self._generations[key] == generation

        def done(result: Any) -> None:
            if current() and on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if not current():
                return
            if on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)

        self.run(fn, done, failed)

    def supersede(self, key: str) -> None:
        """What is on screen is newer than any read of `key` still running: drop those."""
        self._generations[key] = self._generations.get(key, 0) + 1

    def _forget(self, relay: _Relay) -> bool:
        """Drop the finished job's relay; True when its result is still wanted."""
        self._relays.discard(relay)
        relay.deleteLater()
        return not self._closed

    def close(self) -> None:
        """The window is going away: results that arrive from now on are dropped."""
        self._closed = True

    @property
    def busy(self) -> int:
        return len(self._relays)

    def wait_done(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
