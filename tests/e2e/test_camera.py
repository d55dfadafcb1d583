"""The camera in the real app against the real server: generated camera frames go through
the same frame-source interface a camera does, everything after it is the real code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.scanning.camera import CameraInfo, ReplaySource
from kiosk.scanning.synthetic import Code, camera_frame
from kiosk.store.models import OutboxEvent
from kiosk.ui.camera.panel import CameraPanel
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import RunningServer, cloud_stub
from tests.e2e.helpers import WAIT_MS, sync_round

TEST_CAMERA = [CameraInfo("7", "Desk camera (video7)")]
LEFT = Qt.MouseButton.LeftButton


def identified(window: MainWindow) -> list[dict]:
    with window.device.store.read() as session:
        return [e.payload for e in session.scalars(
            select(OutboxEvent).where(OutboxEvent.type == "customer.identified"))]


def test_a_pass_shown_to_the_camera_opens_the_customer_once(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    store_pass = cloud_stub("pass", "--customer", "C00007", "--db", server.db_url)\
        .strip().splitlines()[-1]
    empty = camera_frame(None, 21).image
    showing = camera_frame(Code(store_pass), 22, ("perspective", "noise")).image
    opened: list[str] = []
    panel = window.camera
    panel.cameras = lambda: TEST_CAMERA

    def camera(device: str) -> ReplaySource:
        opened.append(device)
        return ReplaySource([empty] * 5 + [showing] * 40 + [empty] * 5, fps=30, loop=False)

    panel.source_factory = camera
    window.show_page("sync")
    qtbot.mouseClick(window.workspace.camera_button, LEFT)
    assert panel.isVisible()
    qtbot.wait_until(lambda: window.current_page() == "page_customer", timeout=WAIT_MS)
    qtbot.wait_until(lambda: "C00007" in str(identified(window)), timeout=WAIT_MS)
    assert opened == ["7"]
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()
    qtbot.wait_until(lambda: "stopped sending" in panel.status.text(), timeout=WAIT_MS)
    assert identified(window) == [{"customer_id": "C00007", "method": "pass"}], \
        "forty frames of the same pass are one scan"


def test_no_camera_connected_is_said_plainly(qtbot: QtBot, window: MainWindow) -> None:
    window.camera.cameras = lambda: []
    qtbot.mouseClick(window.workspace.camera_button, LEFT)
    assert window.camera.isVisible()
    assert "No camera found" in window.camera.status.text()
    assert not window.camera.running
    qtbot.mouseClick(window.workspace.camera_button, LEFT)
    assert not window.camera.isVisible()


def test_the_chosen_camera_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    two = [CameraInfo("0", "Front (video0)"), CameraInfo("2", "USB (video2)")]
    window.camera.cameras = lambda: two
    window.camera.refresh_cameras()
    window.camera.choice.setCurrentIndex(1)
    again = CameraPanel(window.settings.data_dir, cameras=lambda: two)
    qtbot.addWidget(again)
    assert again.device() == "2"
    fixed = CameraPanel(window.settings.data_dir, fixed_device="/dev/video5",
                        cameras=lambda: two)
    qtbot.addWidget(fixed)
    assert fixed.device() == "/dev/video5" and not fixed.choice.isEnabled()
