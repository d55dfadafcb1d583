"""The real photographs of `../shared/scan-photos` (zxing-cpp's test samples): loading
them and judging a decoder on them, for `bench/scan.py` and the tests.

Each image `X.(png|jpg|webp)` of a folder `<symbology>-<n>` holds one code whose text is in
`X.txt`; folders `falsepositives-<n>` hold images with no code at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kiosk.scanning.decode import ScanResult

PHOTOS = Path(__file__).resolve().parents[2] / "shared" / "scan-photos"
FOLDER_SYMBOLOGY = {"qrcode": "qr", "ean13": "ean13", "ean8": "ean8", "upca": "upca",
                    "code128": "code128", "pdf417": "pdf417", "aztec": "aztec",
                    "datamatrix": "datamatrix", "falsepositives": ""}
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")


@dataclass(frozen=True)
class Photo:
    path: Path
    symbology: str
    """"" for an image with no code."""
    expected: str


def photos(root: Path = PHOTOS) -> list[Photo]:
    found = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        symbology = FOLDER_SYMBOLOGY.get(folder.name.rsplit("-", 1)[0])
        if symbology is None:
            continue
        for image in sorted(folder.iterdir()):
            if image.suffix.lower() not in IMAGE_SUFFIXES:
                continue
            text = image.with_suffix(".txt")
            if symbology and not text.exists():
                continue  # binary content, no text to compare with
            # bytes as they are: a QR's line breaks are CR LF
            expected = text.read_bytes().decode("utf-8") if symbology else ""
            found.append(Photo(image, symbology, expected))
    return found


def load(photo: Photo) -> np.ndarray:
    """Grayscale, read by Pillow (OpenCV's reader refuses some of the WebP files)."""
    from PIL import Image

    with Image.open(photo.path) as image:
        return np.ascontiguousarray(np.asarray(image.convert("L")), dtype=np.uint8)


def _same(result: ScanResult, photo: Photo) -> bool:
    """The expected text in the expected symbology. The samples write a UPC-A in its
    EAN-13 form (a leading 0), and a decoder may give either (`payloads.parse` takes both)."""
    if photo.symbology == "upca" and result.symbology in ("upca", "ean13"):
        return result.text.rjust(13, "0") == photo.expected.rjust(13, "0")
    return result.text == photo.expected and result.symbology == photo.symbology


@dataclass
class Score:
    read: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    no_code_reads: list[str] = field(default_factory=list)
    """What was read on an image with no code: a false read."""
    other_reads: list[str] = field(default_factory=list)
    """Another text read beside or instead of the expected one (a second code in the
    picture, as on a book's cover, or a misread)."""
    missed: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    @property
    def read_total(self) -> int:
        return sum(self.read.values())

    @property
    def codes(self) -> int:
        return sum(self.total.values())


def score(decode: Callable[[np.ndarray], list[ScanResult]],
          chosen: list[Photo] | None = None) -> Score:
    import time

    result = Score()
    for photo in chosen if chosen is not None else photos():
        image = load(photo)
        started = time.perf_counter()
        found = decode(image)
        result.seconds.append(time.perf_counter() - started)
        name = f"{photo.path.parent.name}/{photo.path.name}"
        if not photo.symbology:
            result.no_code_reads += [f"{name}: {r.symbology} {r.text!r}" for r in found]
            continue
        result.total[photo.symbology] = result.total.get(photo.symbology, 0) + 1
        good = [r for r in found if _same(r, photo)]
        if good:
            result.read[photo.symbology] = result.read.get(photo.symbology, 0) + 1
        else:
            result.missed.append(name)
        result.other_reads += [f"{name}: {r.symbology} {r.text[:40]!r}" for r in found
                               if not _same(r, photo)]
    return result


def by_symbology(scored: Score) -> Iterator[tuple[str, int, int]]:
    for symbology in sorted(scored.total):
        yield symbology, scored.read.get(symbology, 0), scored.total[symbology]
