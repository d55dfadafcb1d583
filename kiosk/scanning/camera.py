"""Camera scanning: frames from a frame source, decoded in worker threads, one scan per code.

Two threads, neither of them the GUI's:
- the grabber reads frames as fast as the source gives them and keeps only the newest
  (`LatestFrame`): when decoding is slower than the camera, stale frames are dropped, never
  queued, so what is decoded is always what the camera sees now;
- the decoder takes the newest frame, decodes it, hands a small preview with the found
  codes outlined to `on_preview`, and each new code to `on_scan` once (`RepeatFilter`: a
  code held in front of the camera for two seconds is one scan, not sixty).

No Qt here: the UI adapts the callbacks to signals (`kiosk.ui.camera_panel`). Tests and the
demo feed generated frames through `FrameSource` exactly as a camera would.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from kiosk.scanning.decode import Engine, ScanResult, decode_frame

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 640
OUTLINE_BGR = (60, 200, 40)


class CameraUnavailable(Exception):
    """No camera to open (none connected, unplugged, or taken by another app)."""


class FrameSource(Protocol):
    """Where frames come from: a camera, or recorded/generated frames in tests."""

    name: str

    def open(self) -> None:
        """Raises CameraUnavailable when there is nothing to read from."""

    def read(self) -> np.ndarray | None:
        """The next frame (BGR or gray), waiting for it as a camera does; None when the
        source has ended or was unplugged."""

    def close(self) -> None: ...


@dataclass(frozen=True)
class CameraInfo:
    device: str
    """What `VideoCaptureSource` opens: an index ("0") or a device path."""
    label: str


def list_cameras(root: Path = Path("/sys/class/video4linux")) -> list[CameraInfo]:
    """Cameras the system reports, without opening them (opening takes seconds)."""
    found = []
    for entry in sorted(root.glob("video*"), key=lambda p: int(p.name[5:] or 0)):
        index = entry.name[5:]
        if not index.isdigit():
            continue
        try:
            label = (entry / "name").read_text(encoding="utf-8").strip()
        except OSError:
            label = entry.name
        found.append(CameraInfo(index, f"{label} ({entry.name})"))
    return found


class VideoCaptureSource:
    """A real camera through OpenCV. `device` is an index ("0") or a path/URL."""

    def __init__(self, device: str = "0", width: int = 1280, height: int = 720) -> None:
        self.name = device
        self._device: int | str = int(device) if device.isdigit() else device
        self._size = (width, height)
        self._capture: cv2.VideoCapture | None = None

    def open(self) -> None:
        capture = cv2.VideoCapture(self._device)
        if not capture.isOpened():
            capture.release()
            raise CameraUnavailable(self.name)
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self._size[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self._size[1])
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the driver, too, keeps only the newest
        self._capture = capture

    def read(self) -> np.ndarray | None:
        if self._capture is None:
            return None
        ok, frame = self._capture.read()
        return frame if ok else None

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class ReplaySource:
    """Frames from memory at a camera's pace (`fps`), for tests and the demo."""

    def __init__(self, frames: Sequence[np.ndarray], fps: float = 30.0, loop: bool = False,
                 name: str = "replay") -> None:
        self.name = name
        self._frames = list(frames)
        self._period = 1.0 / fps if fps > 0 else 0.0
        self._loop = loop
        self._index = 0
        self._next_at = 0.0
        self.frames_read = 0

    def open(self) -> None:
        if not self._frames:
            raise CameraUnavailable(self.name)
        self._next_at = time.monotonic()

    def read(self) -> np.ndarray | None:
        if self._index >= len(self._frames):
            if not self._loop:
                return None
            self._index = 0
        delay = self._next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._next_at = max(self._next_at + self._period, time.monotonic())
        frame = self._frames[self._index]
        self._index += 1
        self.frames_read += 1
        return frame

    def close(self) -> None:
        self._index = len(self._frames)
        self._loop = False


class LatestFrame:
    """A one-frame mailbox: `put` replaces what was not taken yet (and counts it dropped)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._frame: np.ndarray | None = None
        self._ended = False
        self.dropped = 0

    def put(self, frame: np.ndarray) -> None:
        with self._cond:
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            self._cond.notify()

    def end(self) -> None:
        with self._cond:
            self._ended = True
            self._cond.notify_all()

    def take(self, timeout: float = 0.5) -> np.ndarray | None:
        """The newest frame, or None when the source ended (or nothing came in time)."""
        with self._cond:
            if self._frame is None and not self._ended:
                self._cond.wait(timeout)
            frame, self._frame = self._frame, None
            return frame

    @property
    def ended(self) -> bool:
        with self._cond:
            return self._ended and self._frame is None


@dataclass
class RepeatFilter:
    """The same code seen in consecutive frames is one scan. A code counts again once it
    has been out of sight for `gone_after_s` (the customer took the phone away and shows
    it again), which a missed frame or two in between does not reach."""

    gone_after_s: float = 1.0
    _last_seen: dict[tuple[str, str], float] = field(default_factory=dict)

    def new_scans(self, results: Iterable[ScanResult], now: float) -> list[ScanResult]:
        fresh = []
        for result in results:
            key = (result.text, result.symbology)
            last = self._last_seen.get(key)
            if last is None or now - last > self.gone_after_s:
                fresh.append(result)
            self._last_seen[key] = now
        for key, seen in list(self._last_seen.items()):
            if now - seen > self.gone_after_s:
                del self._last_seen[key]
        return fresh


@dataclass(frozen=True)
class Preview:
    """A small RGB copy of a decoded frame with the found codes outlined."""

    rgb: np.ndarray
    outlines: tuple[tuple[tuple[int, int], ...], ...]


@dataclass
class CameraStats:
    frames_read: int = 0
    frames_decoded: int = 0
    frames_dropped: int = 0
    scans: int = 0
    decode_ms: list[float] = field(default_factory=list)


class CameraScanner:
    """Runs a frame source through the decoder until stopped or the source ends."""

    def __init__(self, source: FrameSource, on_scan: Callable[[ScanResult], None],
                 on_preview: Callable[[Preview], None] | None = None,
                 on_stopped: Callable[[str | None], None] | None = None,
                 formats: Iterable[str] | None = None, engine: Engine | None = None,
                 repeats: RepeatFilter | None = None) -> None:
        self.source = source
        self._on_scan = on_scan
        self._on_preview = on_preview
        self._on_stopped = on_stopped
        self.formats = frozenset(formats) if formats is not None else None
        self._engine = engine
        self._repeats = repeats or RepeatFilter()
        self._mailbox = LatestFrame()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.stats = CameraStats()
        self._problem: str | None = None

    def start(self) -> None:
        """Open the source on a worker (a camera can take seconds to open) and run."""
        self._threads = [threading.Thread(target=self._grab, name="camera-grab", daemon=True),
                         threading.Thread(target=self._decode, name="camera-decode",
                                          daemon=True)]
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._mailbox.end()
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join(timeout)

    @property
    def running(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def _grab(self) -> None:
        try:
            self.source.open()
        except CameraUnavailable:
            self._problem = "no_camera"
            self._mailbox.end()
            return
        except Exception:  # a driver error must not take the app down
            log.exception("camera %s failed to open", self.source.name)
            self._problem = "camera_failed"
            self._mailbox.end()
            return
        try:
            while not self._stop.is_set():
                frame = self.source.read()
                if frame is None:
                    if not self._stop.is_set():
                        self._problem = "camera_lost"
                    break
                self.stats.frames_read += 1
                self._mailbox.put(frame)
        except Exception:
            log.exception("camera %s failed", self.source.name)
            self._problem = "camera_failed"
        finally:
            self.source.close()
            self._mailbox.end()

    def _decode(self) -> None:
        try:
            while not self._stop.is_set():
                frame = self._mailbox.take()
                if frame is None:
                    if self._mailbox.ended:
                        break
                    continue
                started = time.perf_counter()
                try:
                    results = decode_frame(frame, self.formats, self._engine)
                except Exception:  # one bad frame is skipped, the camera keeps going
                    log.exception("decoding a frame failed")
                    results = []
                self.stats.decode_ms.append((time.perf_counter() - started) * 1000)
                del self.stats.decode_ms[:-500]
                self.stats.frames_decoded += 1
                if self._on_preview is not None:
                    self._on_preview(make_preview(frame, results))
                for result in self._repeats.new_scans(results, time.monotonic()):
                    self.stats.scans += 1
                    self._on_scan(result)
        finally:
            self.stats.frames_dropped = self._mailbox.dropped
            if self._on_stopped is not None:
                self._on_stopped(None if self._stop.is_set() else self._problem)


def make_preview(frame: np.ndarray, results: Sequence[ScanResult],
                 width: int = PREVIEW_WIDTH) -> Preview:
    """Shrink the frame for the screen and outline each found code on it."""
    scale = width / frame.shape[1]
    small = cv2.resize(frame, (width, int(frame.shape[0] * scale)),
                       interpolation=cv2.INTER_AREA)
    rgb = (cv2.cvtColor(small, cv2.COLOR_GRAY2RGB) if small.ndim == 2
           else cv2.cvtColor(small, cv2.COLOR_BGR2RGB))
    outlines = []
    for result in results:
        if len(result.corners) < 2:
            continue
        points = np.array([[x * scale, y * scale] for x, y in result.corners], np.int32)
        cv2.polylines(rgb, [points], True, OUTLINE_BGR[::-1], 3, cv2.LINE_AA)
        outlines.append(tuple((int(x), int(y)) for x, y in points))
    return Preview(np.ascontiguousarray(rgb), tuple(outlines))
