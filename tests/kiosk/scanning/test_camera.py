"""Camera scanning through the frame-source interface: generated frames stand in for the
camera, everything after the source is the real code."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from kiosk.scanning.camera import (
    CameraScanner,
    LatestFrame,
    Preview,
    RepeatFilter,
    ReplaySource,
    VideoCaptureSource,
    list_cameras,
    make_preview,
)
from kiosk.scanning.decode import ScanResult, ZxingEngine
from kiosk.scanning.synthetic import Code, camera_frame

PASS_TEXT = "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJDMDAwMDcifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
CARD = Code("2900000000421", "ean13")


class Collector:
    def __init__(self) -> None:
        self.scans: list[ScanResult] = []
        self.previews: list[Preview] = []
        self.stopped = threading.Event()
        self.reason: str | None = "not stopped"

    def scan(self, result: ScanResult) -> None:
        self.scans.append(result)

    def preview(self, preview: Preview) -> None:
        self.previews.append(preview)

    def stop(self, reason: str | None) -> None:
        self.reason = reason
        self.stopped.set()


def run_to_end(source: ReplaySource, **kwargs: object) -> tuple[CameraScanner, Collector]:
    got = Collector()
    scanner = CameraScanner(source, got.scan, got.preview, got.stop, **kwargs)  # type: ignore[arg-type]
    scanner.start()
    assert got.stopped.wait(30), "the scanner did not stop at the end of the frames"
    scanner.stop()
    return scanner, got


def test_a_code_held_in_front_of_the_camera_is_one_scan_until_it_goes_away() -> None:
    empty = camera_frame(None, 1).image
    code = camera_frame(Code(PASS_TEXT), 2).image
    frames = [empty] * 3 + [code] * 12 + [empty] * 12 + [code] * 4
    scanner, got = run_to_end(ReplaySource(frames, fps=40),
                              repeats=RepeatFilter(gone_after_s=0.15))
    assert [(s.text, s.symbology) for s in got.scans] == [(PASS_TEXT, "qr"), (PASS_TEXT, "qr")]
    assert got.reason == "camera_lost"  # the replay ended like an unplugged camera
    assert scanner.stats.frames_read == len(frames)
    assert any(p.outlines for p in got.previews), "the found code is outlined in the preview"


def test_decoding_never_falls_behind_the_camera_stale_frames_are_dropped() -> None:
    class SlowEngine:
        name = "slow"
        symbologies = frozenset({"qr"})

        def __init__(self) -> None:
            self.seen: list[int] = []

        def decode(self, gray: np.ndarray, formats: frozenset[str]) -> list[ScanResult]:
            self.seen.append(int(gray[0, 0]))
            time.sleep(0.03)
            return []

    frames = [np.full((72, 128), i, np.uint8) for i in range(120)]
    engine = SlowEngine()
    scanner, _ = run_to_end(ReplaySource(frames, fps=200), engine=engine)
    assert scanner.stats.frames_read == 120
    assert scanner.stats.frames_dropped > 40
    assert scanner.stats.frames_decoded + scanner.stats.frames_dropped == 120
    assert engine.seen == sorted(engine.seen), "frames are decoded in camera order"
    assert engine.seen[-1] >= 110, "the last frames decoded are the newest, not a backlog"


def test_no_camera_is_a_reason_not_a_crash() -> None:
    got = Collector()
    scanner = CameraScanner(VideoCaptureSource("/dev/video-none"), got.scan, got.preview,
                            got.stop)
    scanner.start()
    assert got.stopped.wait(10)
    assert got.reason == "no_camera"
    assert got.scans == [] and got.previews == []
    scanner.stop()
    assert not scanner.running


def test_stopping_the_camera_is_not_reported_as_a_problem() -> None:
    got = Collector()
    scanner = CameraScanner(ReplaySource([camera_frame(None, 3).image], fps=30, loop=True),
                            got.scan, got.preview, got.stop)
    scanner.start()
    deadline = time.monotonic() + 10
    while not got.previews and time.monotonic() < deadline:
        time.sleep(0.01)
    scanner.stop()
    assert got.stopped.wait(5)
    assert got.reason is None
    assert not scanner.running


def test_a_frame_that_breaks_the_decoder_is_skipped() -> None:
    class Flaky:
        name = "flaky"
        symbologies = frozenset({"qr"})
        calls = 0

        def decode(self, gray: np.ndarray, formats: frozenset[str]) -> list[ScanResult]:
            self.calls += 1
            if self.calls == 1:
                raise RuntimeError("driver hiccup")
            return [ScanResult("2900000000421", "ean13", ((0, 0), (9, 0), (9, 9), (0, 9)))]

    frames = [np.zeros((72, 128), np.uint8)] * 3
    _, got = run_to_end(ReplaySource(frames, fps=20), engine=Flaky())
    assert [s.text for s in got.scans] == ["2900000000421"]


def test_restricting_formats_per_context() -> None:
    frames = [camera_frame(CARD, 4).image] * 3
    _, passes_only = run_to_end(ReplaySource(frames, fps=30), formats={"qr"})
    _, cards = run_to_end(ReplaySource(frames, fps=30), formats={"ean13"})
    assert passes_only.scans == []
    assert [s.text for s in cards.scans] == [CARD.text]


def test_repeat_filter_counts_a_code_again_only_after_it_was_gone() -> None:
    seen = RepeatFilter(gone_after_s=1.0)
    a, b = ScanResult("A", "qr"), ScanResult("B", "qr")
    assert seen.new_scans([a], 0.0) == [a]
    assert seen.new_scans([a], 0.5) == []
    assert seen.new_scans([], 1.2) == []  # a missed frame or two
    assert seen.new_scans([a, b], 1.4) == [b]
    assert seen.new_scans([a], 3.0) == [a]  # away for more than a second: a new scan


def test_latest_frame_keeps_only_the_newest() -> None:
    box = LatestFrame()
    for value in range(5):
        box.put(np.full((2, 2), value, np.uint8))
    assert int(box.take()[0, 0]) == 4  # type: ignore[index]
    assert box.dropped == 4
    box.end()
    assert box.take(0.01) is None and box.ended


def test_preview_is_small_and_outlines_the_code() -> None:
    frame = camera_frame(Code(PASS_TEXT), 5).image
    corners = ((400, 200), (600, 200), (600, 400), (400, 400))
    preview = make_preview(frame, [ScanResult(PASS_TEXT, "qr", corners)])
    assert preview.rgb.shape == (360, 640, 3)
    assert preview.outlines == (((200, 100), (300, 100), (300, 200), (200, 200)),)
    assert tuple(preview.rgb[100, 250]) == (40, 200, 60)


def test_list_cameras_reads_what_the_system_reports(tmp_path: Path) -> None:
    for index, name in ((0, "Integrated Camera"), (2, "USB Document Camera"), (10, "Extra")):
        device = tmp_path / f"video{index}"
        device.mkdir()
        (device / "name").write_text(name + "\n")
    found = list_cameras(tmp_path)
    assert [(c.device, c.label) for c in found] == [
        ("0", "Integrated Camera (video0)"), ("2", "USB Document Camera (video2)"),
        ("10", "Extra (video10)")]
    assert list_cameras(tmp_path / "absent") == []


@pytest.mark.parametrize("px", [200, 420])
def test_a_phone_held_close_or_far_is_read(px: int) -> None:
    from kiosk.scanning.decode import decode_frame

    frame = camera_frame(Code(PASS_TEXT), 6, ("perspective",), code_px=px).image
    assert [r.text for r in decode_frame(frame)] == [PASS_TEXT]
    assert [r.text for r in decode_frame(frame, engine=ZxingEngine())] == [PASS_TEXT]
