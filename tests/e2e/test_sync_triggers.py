"""When rounds run: the network coming back, Retry-After, backoff (real app, real server)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.shell import sync_controller
from kiosk.ui.shell.sync_controller import SOON_SECONDS
from tests.conftest import free_port, start_server, stop_server
from tests.e2e.helpers import WAIT_MS, label, open_window
from tests.faultproxy import Fault, FaultProxy


def test_the_network_coming_back_triggers_a_sync_at_once(
        qtbot: QtBot, seeded_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    monkeypatch.setattr(sync_controller, "PROBE_SECONDS", 0.2)
    db = tmp_path / "cloud.db"
    shutil.copy(seeded_db, db)
    port = free_port()
    server = start_server(f"sqlite:///{db}", tmp_path, port=port)
    token = server.device_token("S001")
    stop_server(server)  # the network is down when the tablet starts

    window = open_window(qtbot, f"http://127.0.0.1:{port}", token, tmp_path / "tablet")
    try:
        with qtbot.wait_signal(window.sync.round_finished, timeout=WAIT_MS) as first:
            window.start()
        assert first.args[0].error_kind == "unreachable"
        assert window.sync.probe_timer.isActive()
        assert window.sync.next_round_at is not None
        assert window.sync.next_round_at - time.monotonic() < 5  # first backoff step is short

        server = start_server(f"sqlite:///{db}", tmp_path, port=port)
        try:
            qtbot.wait_until(lambda: window.sync.last_report is not None
                             and window.sync.last_report.ok, timeout=WAIT_MS)
            assert not window.sync.probe_timer.isActive()
            qtbot.wait_until(lambda: "Online" in label(window, "status_connectivity"),
                             timeout=WAIT_MS)
        finally:
            stop_server(server)
    finally:
        window.shutdown()
        window.device.close()


def test_retry_after_from_the_server_is_honoured(qtbot: QtBot, seeded_db: str,
                                                 tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "cloud.db"
    shutil.copy(seeded_db, db)
    server = start_server(f"sqlite:///{db}", tmp_path)
    proxy = FaultProxy(server.url, retry_after=40).start()
    window = open_window(qtbot, proxy.url, server.device_token("S001"), tmp_path / "tablet")
    try:
        proxy.queue.append(Fault.HTTP_429)
        with qtbot.wait_signal(window.sync.round_finished, timeout=WAIT_MS) as round_:
            window.start()
        report = round_.args[0]
        assert report.error_kind == "server" and report.retry_after == 40
        assert window.sync.backing_off and window.sync.online
        # the next round is scheduled no sooner than the server's Retry-After
        assert window.sync.timer.isActive() and window.sync.timer.interval() >= 40_000
        assert not window.sync.probe_timer.isActive()  # the server is there: no probing
        requests_before = len(proxy.log)
        window.sync.request_sync()  # an action while backing off does not hammer the server
        assert not window.sync.soon.isActive()
        qtbot.wait(int(SOON_SECONDS * 1000) + 300)
        assert len(proxy.log) == requests_before
    finally:
        window.shutdown()
        window.device.close()
        proxy.stop()
        stop_server(server)
