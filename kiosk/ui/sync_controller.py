"""Drives sync rounds from a timer and on demand, off the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.services.device import Device
from kiosk.services.status import SyncStatus, sync_status
from kiosk.ui.bridge import TaskRunner
from sync.engine import SyncReport

log = logging.getLogger(__name__)


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
        self._running = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(int(device.settings.sync_interval_s * 1000))
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        self.timer.start()
        self.refresh_status()
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self._running

    def sync_now(self) -> None:
        """Start a round, or run one more right after the current one."""
        if self._running:
            self._again = True
            return
        self._running = True
        self.running_changed.emit(True)
        device = self.device

        def work() -> tuple[SyncReport, SyncStatus]:
            report = device.sync.sync_once()
            return report, sync_status(device.store)

        self.runner.run(work, self._finished, self._failed)

    def refresh_status(self) -> None:
        self.runner.run(lambda: sync_status(self.device.store), self._status)

    def _status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _finished(self, result: tuple[SyncReport, SyncStatus]) -> None:
        report, status = result
        self.last_report = report
        self.online = report.online
        self._done()
        self.round_finished.emit(report)
        self._status(status)

    def _failed(self, error: BaseException) -> None:
        log.error("sync round failed unexpectedly", exc_info=error)
        self.online = False
        self._done()
        self.refresh_status()

    def _done(self) -> None:
        self._running = False
        self.running_changed.emit(False)
        if self._again:
            self._again = False
            self.sync_now()
