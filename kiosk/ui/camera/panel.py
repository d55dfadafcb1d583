"""The camera panel: a live preview with found codes outlined, the camera chooser, and
clear words when there is no camera.

`kiosk.scanning.camera.CameraScanner` does the work on its own threads; this panel only
turns its callbacks into queued signals and paints. Previews are throttled: while one is
waiting to be painted, newer ones are skipped, so a busy GUI never builds a backlog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from kiosk.scanning.camera import (
    CameraInfo,
    CameraScanner,
    FrameSource,
    Preview,
    VideoCaptureSource,
    list_cameras,
)
from kiosk.scanning.decode import ScanResult
from kiosk.ui.shell.style import set_style_state

SourceFactory = Callable[[str], FrameSource]
PREVIEW_SIZE = (360, 203)
CHOICE_KEY = "camera/device"


class CameraPanel(QFrame):
    """Emits `scanned(text)` once per code shown to the camera."""

    scanned = Signal(str)
    _preview_ready = Signal(object)
    _code_found = Signal(object)
    _stopped = Signal(object)

    def __init__(self, data_dir: Path, fixed_device: str = "",
                 cameras: Callable[[], list[CameraInfo]] = list_cameras,
                 source_factory: SourceFactory = VideoCaptureSource) -> None:
        super().__init__()
        self.setObjectName("camera_panel")
        self.source_factory = source_factory
        """Builds the frame source for a device; tests hand in generated frames here."""
        self.cameras = cameras
        """Lists the cameras to choose from; tests hand in their own."""
        self._fixed = fixed_device
        self._prefs = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
        self._scanner: CameraScanner | None = None
        self._painting = threading.Event()
        self.formats: frozenset[str] | None = None
        self._first_frame = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Camera"))
        title.setProperty("role", "subtitle")
        layout.addWidget(title)
        self.choice = QComboBox()
        self.choice.setObjectName("camera_choice")
        self.choice.setAccessibleName(self.tr("Camera to scan with"))
        self.choice.currentIndexChanged.connect(self._choice_changed)
        layout.addWidget(self.choice)
        self.preview = QLabel()
        self.preview.setObjectName("camera_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(*PREVIEW_SIZE)  # the picture never resizes the window
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.setAccessibleName(self.tr("Camera picture"))
        layout.addWidget(self.preview)
        self.status = QLabel()
        self.status.setObjectName("camera_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.toggle = QPushButton()
        self.toggle.setObjectName("camera_toggle")
        self.toggle.clicked.connect(self._toggle)
        layout.addWidget(self.toggle)
        layout.addStretch(1)
        self.setFixedWidth(PREVIEW_SIZE[0] + 32)

        self._preview_ready.connect(self._paint)
        self._code_found.connect(self._found)
        self._stopped.connect(self._show_stopped)
        self.refresh_cameras()
        self._show_idle()

    # --- choosing a camera -------------------------------------------------------------

    def refresh_cameras(self) -> None:
        """Fill the chooser: the fixed device from the settings, or what the system has."""
        self.choice.blockSignals(True)
        self.choice.clear()
        if self._fixed:
            self.choice.addItem(self.tr("Camera %1 (from the settings)")
                                .replace("%1", self._fixed), self._fixed)
            self.choice.setEnabled(False)
        else:
            for camera in self.cameras():
                self.choice.addItem(camera.label, camera.device)
            remembered = str(self._prefs.value(CHOICE_KEY, "") or "")
            index = self.choice.findData(remembered)
            self.choice.setCurrentIndex(max(index, 0))
            self.choice.setEnabled(self.choice.count() > 1)
        self.choice.blockSignals(False)

    def device(self) -> str | None:
        data = self.choice.currentData()
        return str(data) if data is not None else None

    def _choice_changed(self, _index: int) -> None:
        device = self.device()
        if device is not None and not self._fixed:
            self._prefs.setValue(CHOICE_KEY, device)
            self._prefs.sync()
        if self.running:
            self.stop()
            self.start()

    # --- running -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._scanner is not None

    def set_formats(self, formats: Iterable[str] | None) -> None:
        """What to look for on the current page (fewer formats, a faster loop)."""
        self.formats = frozenset(formats) if formats is not None else None
        if self._scanner is not None:
            self._scanner.formats = self.formats

    def start(self) -> None:
        if self._scanner is not None:
            return
        device = self.device()
        if device is None:
            self._show_problem("no_camera")
            return
        self._scanner = CameraScanner(
            self.source_factory(device), on_scan=self._code_found.emit,
            on_preview=self._offer_preview, on_stopped=self._stopped.emit,
            formats=self.formats)
        self._scanner.start()
        self.toggle.setText(self.tr("Stop camera"))
        self._first_frame = True
        self._say(self.tr("Starting the camera…"), "info")

    def stop(self) -> None:
        scanner, self._scanner = self._scanner, None
        if scanner is not None:
            scanner.stop()
        self._show_idle()

    def _toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.refresh_cameras()
            self.start()

    # --- from the camera's threads (through queued signals) ----------------------------

    def _offer_preview(self, preview: Preview) -> None:
        if self._painting.is_set():
            return  # the GUI has not painted the previous one: skip, never queue
        self._painting.set()
        self._preview_ready.emit(preview)

    def _paint(self, preview: Preview) -> None:
        try:
            if self._scanner is None:
                return
            height, width, _ = preview.rgb.shape
            image = QImage(preview.rgb.data, width, height, 3 * width,
                           QImage.Format.Format_RGB888).copy()
            pixmap = QPixmap.fromImage(image).scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
            self.preview.setPixmap(pixmap)
            if self._first_frame:
                self._first_frame = False
                self._say(self.tr("Show the code to the camera."), "info")
        finally:
            self._painting.clear()

    def _found(self, result: ScanResult) -> None:
        if self._scanner is None:
            return
        self._say(self.tr("Code read."), "info")
        self.scanned.emit(result.text)

    def _show_stopped(self, reason: str | None) -> None:
        if reason is None:
            return
        self._scanner = None
        self._show_problem(reason)

    # --- what the associate reads ------------------------------------------------------

    def _show_idle(self) -> None:
        self.toggle.setText(self.tr("Start camera"))
        self.preview.clear()
        self.preview.setText(self.tr("Camera off"))
        if self.device() is None:
            self._show_problem("no_camera")
        else:
            self._say(self.tr("Press “Start camera”, then show the code. A handheld "
                              "scanner works at any time."), "info")

    def _show_problem(self, reason: str) -> None:
        texts = {
            "no_camera": self.tr("No camera found. Plug one in and press “Start camera”, or "
                                 "use the handheld scanner or type the code."),
            "camera_lost": self.tr("The camera stopped sending pictures (unplugged?). Press "
                                   "“Start camera” to try again."),
            "camera_failed": self.tr("The camera could not be started. Choose another camera "
                                     "or use the handheld scanner."),
        }
        self.toggle.setText(self.tr("Start camera"))
        self.preview.clear()
        self.preview.setText(self.tr("No picture"))
        self._say(texts.get(reason, texts["camera_failed"]), "warning")

    def _say(self, text: str, level: str) -> None:
        self.status.setText(text)
        set_style_state(self.status, "level", level)
