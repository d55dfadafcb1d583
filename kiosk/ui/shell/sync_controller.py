"""Drives sync rounds off the GUI thread: a timer, backoff after failures, a probe that
notices the network coming back, and on demand."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.services.device import Device
from kiosk.services.status import SyncStatus, sync_status
from kiosk.ui.shell.bridge import TaskRunner
from sync.backoff import Backoff
from sync.engine import SyncReport

log = logging.getLogger(__name__)

SOON_SECONDS = 1.0
"""An action's round starts this long after it: the actions of one visit at the desk (scan,
check in, hand over) travel together instead of each paying for a whole round."""
PROBE_SECONDS = 5.0
"""While the network is down, how often a cheap health check looks for it."""


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    round_finished = Signal(object)  # SyncReport
    running_changed = Signal(bool)

    def __init__(self, device: Device, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.runner = runner
        self.online: bool | None = None
        self.last_report: SyncReport | None = None
        self.status: SyncStatus | None = None
        self.backoff = Backoff()
        self.next_round_at: float | None = None
        """time.monotonic() of the next scheduled round."""
        self._running = False
        self._again = False
        self._probing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(int(SOON_SECONDS * 1000))
        self.soon.timeout.connect(self.sync_now)
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(int(PROBE_SECONDS * 1000))
        self.probe_timer.timeout.connect(self._probe)

    def start(self) -> None:
        self.refresh_status()
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()
        self.soon.stop()
        self.probe_timer.stop()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def backing_off(self) -> bool:
        return self.backoff.failures > 0

    def request_sync(self) -> None:
        """After a recorded action: sync soon, unless the server asked us to back off."""
        if (not self.backing_off or self.online is False) and not self.soon.isActive():
            self.soon.start()

    def sync_now(self) -> None:
        """Start a round now, or run one more right after the current one."""
        if self._running:
            self._again = True
            return
        self.timer.stop()
        self.soon.stop()  # this round takes every action recorded so far
        self._running = True
        self.running_changed.emit(True)
        device = self.device

        self.runner.run(device.sync.sync_once, self._finished, self._failed, background=True)

    def refresh_status(self) -> None:
        self.runner.run_latest("sync-status", lambda: sync_status(self.device.store),
                               self._status)

    def _status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _finished(self, report: SyncReport) -> None:
        self.last_report = report
        if report.skipped:
            delay = self.device.settings.sync_interval_s  # another instance is sending
        elif report.error_kind is None:
            self.online = True
            self.backoff.succeeded()
            self.probe_timer.stop()
            delay = self.device.settings.sync_interval_s
        else:
            self.online = report.online
            if report.made_progress:
                # A long drain on a flaky network: every round moves the queue on, so retry
                # soon rather than backing off as if nothing worked.
                self.backoff.succeeded()
            delay = self.backoff.failed(report.retry_after)
            if report.error_kind == "unreachable":
                self.probe_timer.start()
            log.info("next sync round in %.1f s (%s)", delay, report.error)
        self._done(delay)
        self.round_finished.emit(report)
        self.refresh_status()

    def _failed(self, error: BaseException) -> None:
        log.error("sync round failed unexpectedly", exc_info=error)
        self.online = False
        self._done(self.backoff.failed())
        self.refresh_status()

    def _done(self, delay: float) -> None:
        self._running = False
        self.running_changed.emit(False)
        if self._again:
            self._again = False
            self.sync_now()
            return
        self.next_round_at = time.monotonic() + delay
        self.timer.start(int(delay * 1000))

    def _probe(self) -> None:
        """The network was down: as soon as the API answers again, sync at once."""
        if self._probing or self._running:
            return
        self._probing = True
        client = self.device.sync.client

        def back(_health: object) -> None:
            self._probing = False
            self.probe_timer.stop()
            log.info("the central API answers again: syncing now")
            self.sync_now()

        def still_down(_error: BaseException) -> None:
            self._probing = False

        self.runner.run(client.health, back, still_down, background=True)
