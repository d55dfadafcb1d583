"""The default decoder on real photographs (`../shared/scan-photos`, zxing-cpp's test
samples): the bars of issue 20, against every single engine on the same images."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp

from kiosk.scanning.decode import (
    CascadeEngine,
    OpenCVEngine,
    ZbarEngine,
    ZxingEngine,
    decode_frame,
)
from tests.scan_photos import PHOTOS, Photo, Score, by_symbology, load, photos, score

READ_RATE_BAR = 0.90


@pytest.fixture(scope="module")
def chosen() -> list[Photo]:
    assert PHOTOS.is_dir(), f"the real photographs are expected at {PHOTOS}"
    found = photos()
    assert sum(1 for p in found if p.symbology) >= 200  # the folder as the issue gave it
    assert sum(1 for p in found if not p.symbology) >= 20
    return found


@pytest.fixture(scope="module")
def default_score(chosen: list[Photo]) -> Score:
    engine = CascadeEngine()
    return score(lambda image: decode_frame(image, engine=engine), chosen)


def test_the_default_reads_nine_photographs_in_ten_and_nothing_where_there_is_no_code(
        default_score: Score) -> None:
    rate = default_score.read_total / default_score.codes
    assert rate >= READ_RATE_BAR, f"read {rate:.1%}; missed: {default_score.missed}"
    assert default_score.no_code_reads == []


def test_the_default_reads_more_than_any_single_engine_in_every_symbology(
        chosen: list[Photo], default_score: Score) -> None:
    for engine in (ZxingEngine(), ZbarEngine(), OpenCVEngine()):
        single = score(lambda image, e=engine: decode_frame(image, engine=e), chosen)
        assert default_score.read_total > single.read_total, engine.name
        for symbology, read, total in by_symbology(single):
            ours = default_score.read.get(symbology, 0)
            assert ours >= read, f"{symbology}: {ours}/{total} against {engine.name}'s {read}"


def test_a_code_the_fast_passes_miss_in_a_live_frame_is_read_where_one_was_just_seen(
        chosen: list[Photo]) -> None:
    """A blurred UPC-A photograph in a 1280x720 frame: too big a frame for the hard
    passes, which look only where a code was read in the last frames (the same label,
    sharp, a moment before the hand moved)."""
    photo = next(p for p in chosen if p.path.parent.name == "upca-2"
                 and p.path.name == "16.webp")  # read only by the hard passes
    blurred = load(photo)
    sharp = np.array(zxingcpp.create_barcode(photo.expected[1:], zxingcpp.BarcodeFormat.UPCA)
                     .to_image(scale=2))
    top, left = 300, 500

    def frame_with(code: np.ndarray) -> np.ndarray:
        frame = np.random.default_rng(7).integers(150, 170, (720, 1280), dtype=np.uint8)
        frame[top:top + code.shape[0], left:left + code.shape[1]] = code
        return frame

    assert decode_frame(frame_with(blurred), engine=CascadeEngine()) == []  # nowhere to look
    engine = CascadeEngine()
    assert [r.text.rjust(13, "0") for r in decode_frame(frame_with(sharp), engine=engine)] \
        == [photo.expected]
    [result] = decode_frame(frame_with(blurred), engine=engine)
    assert result.text.rjust(13, "0") == photo.expected
    assert all(left - 50 <= x <= left + blurred.shape[1] + 50 for x, _ in result.corners)
