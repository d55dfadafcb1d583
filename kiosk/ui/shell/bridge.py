"""Run service calls off the GUI thread and get the answer back on it, by signal.

Like Anki's operations: the GUI hands a plain callable to `TaskRunner.run`; a worker
thread runs it; the result or the exception comes back through a queued signal to a
relay object living on the GUI thread, which calls the GUI's callback there.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from sync.activity import Activity

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread as long as its runner; its slot runs there whichever thread
    emits `finished`. One per runner, never one per job: a worker thread must never hold
    the last reference to a Qt object that the GUI thread deletes."""

    finished = Signal(int, object, object)  # job id, result, error


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], job_id: int, relay: _Relay) -> None:
        super().__init__()
        self._fn: Callable[[], Any] | None = fn
        self._job_id = job_id
        self._relay = relay

    def run(self) -> None:
        fn, self._fn = self._fn, None  # the closure is let go of here, not at teardown
        assert fn is not None, "a job runs once"
        try:
            result, error = fn(), None
        except BaseException as exc:  # delivered to the GUI, never lost in a worker
            result, error = None, exc
        del fn
        try:
            self._relay.finished.emit(self._job_id, result, error)
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
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._waiting: dict[int, tuple[Done | None, Failed | None, Activity | None]] = {}
        """Jobs started and not delivered yet: their callbacks, kept on the GUI thread."""
        self._next_job = 0
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
        job_id = self._next_job
        self._next_job += 1
        self._waiting[job_id] = (on_done, on_error, awaited)
        # The job sees the GUI's context as it is now (who is logged in), whatever happens
        # on the GUI before it runs.
        context = contextvars.copy_context()
        self.pool.start(_Job(lambda: context.run(fn), job_id, self._relay))

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

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error, awaited = self._waiting.pop(job_id)
        try:
            if self._closed:
                return  # the window is going away: nobody to show it to
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    log.error("background task failed", exc_info=error)
            elif on_done is not None:
                on_done(result)
        except RuntimeError as gone:
            # The screen it was for was rebuilt meanwhile (language, user or customer
            # changed): its widgets are deleted and nobody waits for this answer.
            if "already deleted" not in str(gone):
                raise
            log.debug("result dropped: its screen was rebuilt")
        finally:
            if awaited is not None:  # the result is on screen now
                awaited.end()

    def close(self) -> None:
        """The window is going away: results that arrive from now on are dropped."""
        self._closed = True

    @property
    def busy(self) -> int:
        return len(self._waiting)

    def wait_done(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
