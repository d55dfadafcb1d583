"""Fixtures of the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import RunningServer
from tests.e2e.helpers import open_window, sync_round


@pytest.fixture
def window(qtbot: QtBot, server: RunningServer, tmp_path: Path) -> Iterator[MainWindow]:
    """The app on a store tablet, synced once and the seed's associate logged in."""
    window = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "tablet")
    sync_round(qtbot, window)
    yield window
    window.shutdown()
    window.device.close()


@pytest.fixture
def kiosk(qtbot: QtBot, server: RunningServer, tmp_path: Path) -> Iterator[MainWindow]:
    """The app on a self-service kiosk (registered as one: no staff accounts), synced once."""
    token = server.device_token("S001", "kiosk")
    window = open_window(qtbot, server.url, token, tmp_path / "kiosk", None, "--mode", "kiosk")
    sync_round(qtbot, window)
    yield window
    window.shutdown()
    window.device.close()
