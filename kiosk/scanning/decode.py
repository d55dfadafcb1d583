"""Image -> codes. Several engines behind one interface; `decode_frame` uses the default.

Engines: zxing-cpp (every format the store meets, including the 2-D codes of mobile
wallets), pyzbar (zbar: QR and retail linear codes) and OpenCV's detectors (QR, EAN/UPC).
The default and its options are chosen by measurement (`bench/scan.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

Point = tuple[int, int]

SYMBOLOGIES = ("qr", "ean13", "ean8", "upca", "code128", "pdf417", "aztec", "datamatrix")
"""What the store reads: passes (QR and wallet 2-D codes), loyalty cards, product labels."""

RETAIL_LINEAR = frozenset({"ean13", "ean8", "upca", "code128"})
PASSES = frozenset({"qr", "pdf417", "aztec", "datamatrix"})
CONTEXT_FORMATS: dict[str, frozenset[str]] = {
    "pickup desk": PASSES,
    "kiosk": frozenset({"qr", "ean13", "code128"}),  # passes on phones, loyalty cards
    "associate": frozenset(SYMBOLOGIES),
}
"""What the camera looks for where it is used: fewer formats, a faster loop."""


@dataclass(frozen=True)
class ScanResult:
    text: str
    symbology: str
    """One of SYMBOLOGIES. A UPC-A may come back as its EAN-13 form (a leading 0): the same
    GTIN, and `payloads.parse` normalises both."""
    corners: tuple[Point, ...] = ()
    """Outline of the code in the frame (for the preview), clockwise from top left."""
    engine: str = ""


class Engine(Protocol):
    name: str
    symbologies: frozenset[str]

    def decode(self, gray: np.ndarray, formats: frozenset[str]) -> list[ScanResult]: ...


def to_gray(image: np.ndarray) -> np.ndarray:
    """Grayscale uint8, whatever OpenCV handed us (gray, BGR or BGRA)."""
    if image.ndim == 2:
        gray = image
    elif image.ndim == 3 and image.shape[2] in (3, 4):
        import cv2

        code = cv2.COLOR_BGR2GRAY if image.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        gray = cv2.cvtColor(image, code)
    else:
        raise ValueError(f"not an image: shape {image.shape}")
    return np.ascontiguousarray(gray, dtype=np.uint8)


class ZxingEngine:
    name = "zxing-cpp"
    symbologies = frozenset(SYMBOLOGIES)

    def __init__(self) -> None:
        import zxingcpp

        self._zx = zxingcpp
        f = zxingcpp.BarcodeFormat
        self._formats = {
            "qr": f.QRCode, "ean13": f.EAN13, "ean8": f.EAN8, "upca": f.UPCA,
            "code128": f.Code128, "pdf417": f.PDF417, "aztec": f.Aztec,
            "datamatrix": f.DataMatrix,
        }
        self._names = {str(v): k for k, v in self._formats.items()}

    def _wanted(self, formats: frozenset[str]) -> Any:
        return self._zx.BarcodeFormats([self._formats[name] for name in sorted(formats)])

    def decode(self, gray: np.ndarray, formats: frozenset[str]) -> list[ScanResult]:
        """zxing-cpp with its own defaults: every orientation, inverted codes, downscaling."""
        return self.read(gray, formats)

    def read(self, gray: np.ndarray, formats: frozenset[str], *, try_rotate: bool = True,
             try_invert: bool = True, try_downscale: bool = True,
             failed: list[tuple[Point, ...]] | None = None) -> list[ScanResult]:
        """The text is the code's content as it is (GS1 fields apart by the GS character,
        as the other engines give it), not zxing's bracketed reading aid. `failed` gets
        the outline of each code found but not read (a candidate for a closer look)."""
        if not formats:
            return []
        found = []
        for barcode in self._zx.read_barcodes(gray, formats=self._wanted(formats),
                                              try_rotate=try_rotate, try_invert=try_invert,
                                              try_downscale=try_downscale,
                                              text_mode=self._zx.TextMode.Plain,
                                              return_errors=failed is not None):
            symbology = self._names.get(str(barcode.format))
            p = barcode.position
            corners = tuple((pt.x, pt.y) for pt in (p.top_left, p.top_right, p.bottom_right,
                                                   p.bottom_left))
            if symbology is None or not barcode.valid:
                if failed is not None:
                    failed.append(corners)
                continue
            found.append(ScanResult(barcode.text, symbology, corners, self.name))
        return found


class ZbarEngine:
    name = "pyzbar"
    symbologies = frozenset({"qr", "ean13", "ean8", "upca", "code128"})
    _names = {"QRCODE": "qr", "EAN13": "ean13", "EAN8": "ean8", "UPCA": "upca",
              "CODE128": "code128"}

    def __init__(self) -> None:
        from pyzbar import pyzbar

        self._zbar = pyzbar
        by_name = {v: k for k, v in self._names.items()}
        self._symbols = {name: getattr(pyzbar.ZBarSymbol, by_name[name])
                         for name in self.symbologies}

    def decode(self, gray: np.ndarray, formats: frozenset[str]) -> list[ScanResult]:
        symbols = [self._symbols[f] for f in sorted(formats & self.symbologies)]
        if not symbols:
            return []
        found = []
        for symbol in self._zbar.decode(gray, symbols=symbols):
            symbology = self._names.get(symbol.type)
            if symbology is None:
                continue
            text = symbol.data.decode("utf-8", errors="replace")
            found.append(ScanResult(text, symbology, tuple((p.x, p.y) for p in symbol.polygon),
                                    self.name))
        return found


class OpenCVEngine:
    name = "opencv"
    symbologies = frozenset({"qr", "ean13", "ean8", "upca"})

    def __init__(self) -> None:
        import cv2

        self._qr = cv2.QRCodeDetector()
        self._linear = cv2.barcode.BarcodeDetector()
        self._names = {"EAN_13": "ean13", "EAN_8": "ean8", "UPC_A": "upca"}

    def decode(self, gray: np.ndarray, formats: frozenset[str]) -> list[ScanResult]:
        import cv2

        try:
            return self._decode(gray, formats)
        except cv2.error:  # the barcode decoder asserts on some frames (OpenCV 5.0)
            return []

    def _decode(self, gray: np.ndarray, formats: frozenset[str]) -> list[ScanResult]:
        found: list[ScanResult] = []
        if "qr" in formats:
            ok, texts, points, _ = self._qr.detectAndDecodeMulti(gray)
            if ok:
                for text, quad in zip(texts, points, strict=False):
                    if text:
                        found.append(ScanResult(text, "qr", _quad(quad), self.name))
        if formats & {"ean13", "ean8", "upca"}:
            ok, texts, types, points = self._linear.detectAndDecodeWithType(gray)
            if ok:
                for text, kind, quad in zip(texts, types, points, strict=False):
                    symbology = self._names.get(kind)
                    if text and symbology in formats:
                        found.append(ScanResult(text, symbology, _quad(quad), self.name))
        return found


def _quad(points: Iterable[Sequence[float]]) -> tuple[Point, ...]:
    return tuple((int(x), int(y)) for x, y in points)


class CascadeEngine:
    """The default: fast passes every frame can afford, then, when they found nothing,
    the passes that read hard real photographs, as far as the frame's time budget goes.

    Fast passes (tuned on 1280x720 frames, `bench/scan.py`):
    1. The frame sharpened (an unsharp mask, ~1 ms): a phone held at arm's length is
       slightly out of focus. Every wanted format, dark-on-light and light-on-dark
       (wallets in dark mode), upright and at full size only.
    2. Found nothing, and a linear code is wanted: the frame turned a quarter turn.
    3. Found nothing, and a QR or PDF417 is wanted: the frame at half size (`HALF_SIZE`).

    Hard passes, chosen on real photographs (`../shared/scan-photos`: glare, blur, skew,
    low resolution, phone screens), each kept because it reads codes the others miss:
    4. zxing-cpp with its own defaults on the frame as it is (every orientation and
       scale): a code at an angle or far too large for the fast passes.
    5. zbar, for linear codes only: its scan-line reader reads blurred and low-resolution
       EAN/UPC and Code 128 zxing misses (its QR reader garbles non-Latin text: not used).
    6. zxing-cpp on the frame with its local contrast evened out (CLAHE): glare, shadow
       and a dim phone screen.
    7. A small image (a crop, a thumbnail) at twice its size: modules of one or two pixels.

    The hard passes cost in proportion to the pixels; each runs only when its estimated
    cost still fits `budget_s`. A photo or a crop gets them all. On a live 1280x720 frame
    they would not fit, so they run on the regions where they can pay: a code the fast
    passes found but could not read, and where a code was seen in the last frames (the
    hand moves little between two frames). A frame with no code stays cheap.
    """

    name = "cascade"
    symbologies = frozenset(SYMBOLOGIES)

    def __init__(self, budget_s: float = 0.012) -> None:
        self._zxing = ZxingEngine()
        self._zbar = ZbarEngine()
        self.budget_s = budget_s
        self._seen: tuple[tuple[Point, ...], int] | None = None
        """Where a code was last seen, and for how many more frames to look there."""

    def decode(self, gray: np.ndarray, formats: frozenset[str]) -> list[ScanResult]:
        failed: list[tuple[Point, ...]] = []
        found = self._fast(gray, formats, failed)
        if not found:
            spent = [FAST_COST_PER_PIXEL * gray.size]
            found = self._hard(gray, formats, spent, failed)
        if found and found[0].corners:
            self._seen = (found[0].corners, REMEMBER_FRAMES)
        elif self._seen is not None:
            corners, left = self._seen
            self._seen = (corners, left - 1) if left > 1 else None
        return [ScanResult(r.text, r.symbology, r.corners, self.name) for r in found]

    def _fast(self, gray: np.ndarray, formats: frozenset[str],
              failed: list[tuple[Point, ...]]) -> list[ScanResult]:
        import cv2

        blurred = cv2.GaussianBlur(gray, (0, 0), 1.5)
        sharp = cv2.addWeighted(gray, 1.8, blurred, -0.8, 0)
        # linear codes on the frame as it is: the mask's ringing beside thin bars made
        # zxing read wrong EAN-13s (valid check digits) on real photographs
        found = self._zxing.read(sharp, formats - RETAIL_LINEAR, try_rotate=False,
                                 try_invert=True, try_downscale=False, failed=failed)
        found += self._zxing.read(gray, formats & RETAIL_LINEAR, try_rotate=False,
                                  try_invert=True, try_downscale=False)
        if not found and formats & RETAIL_LINEAR:
            turned = cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE)
            height = gray.shape[0]
            found = [_unturn(r, height) for r in
                     self._zxing.read(turned, formats & RETAIL_LINEAR, try_rotate=False,
                                      try_invert=False, try_downscale=False)]
        if not found and formats & HALF_SIZE and min(gray.shape) >= 2 * MIN_SIDE:
            half = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
            found = [_scaled(r, 2) for r in
                     self._zxing.read(half, formats & HALF_SIZE, try_rotate=False,
                                      try_invert=False, try_downscale=False)]
        return found

    def _hard(self, gray: np.ndarray, formats: frozenset[str], spent: list[float],
              failed: list[tuple[Point, ...]]) -> list[ScanResult]:
        """The hard passes on the whole image when they fit the budget, else around the
        codes found but not read and where a code was seen last."""
        if self._fits(gray, spent, HARD_COST_PER_PIXEL):
            return self._hard_passes(gray, formats, spent)
        outlines = failed[:2] + ([self._seen[0]] if self._seen is not None else [])
        for corners in outlines:
            left, top, crop = _around(gray, corners)
            if min(crop.shape) < MIN_SIDE:
                continue
            found = self._hard_passes(crop, formats, spent)
            if found:
                return [_moved(r, left, top) for r in found]
        return []

    def _fits(self, image: np.ndarray, spent: list[float], cost_per_pixel: float) -> bool:
        """Whether a pass over `image` still fits the frame's budget. Costs are estimated
        from the pixels (measured on this class of machine, `bench/scan.py`), not timed:
        a frame gets the same passes however busy the machine is at that moment."""
        return spent[0] + cost_per_pixel * image.size <= self.budget_s

    def _hard_passes(self, gray: np.ndarray, formats: frozenset[str],
                     spent: list[float]) -> list[ScanResult]:
        import cv2

        attempts: list[tuple[float, Callable[[], list[ScanResult]]]] = [
            (HARD_COST_PER_PIXEL, lambda: self._zxing.read(gray, formats)),
            (18e-9, lambda: self._zbar.decode(gray, formats & RETAIL_LINEAR)),
            (20e-9, lambda: self._zxing.read(_even_contrast(gray), formats)),
        ]
        if max(gray.shape) <= UPSCALE_BELOW:
            attempts.append((56e-9, lambda: [_scaled(r, 0.5) for r in self._zxing.read(
                cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC),
                formats)]))
        for cost_per_pixel, attempt in attempts:
            if self._fits(gray, spent, cost_per_pixel):
                spent[0] += cost_per_pixel * gray.size
                found = attempt()
                if found:
                    return found
        return []


FAST_COST_PER_PIXEL = 8e-9
"""Seconds per pixel of the fast passes (about 7 ms for a 1280x720 frame)."""
HARD_COST_PER_PIXEL = 14e-9
"""Seconds per pixel of the first hard pass (about 13 ms for a 1280x720 frame): what
decides between the whole image and the regions worth a closer look."""


REMEMBER_FRAMES = 15
"""Frames (about half a second) during which the place of the last code read is looked at
closely when the fast passes read nothing there."""


def _around(gray: np.ndarray, corners: tuple[Point, ...]) -> tuple[int, int, np.ndarray]:
    """The outline's bounding box with half its size again around it (the quiet zone, and
    the hand's move since), as (left, top, crop)."""
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    pad_x = (max(xs) - min(xs)) // 2 + 16
    pad_y = (max(ys) - min(ys)) // 2 + 16
    left, top = max(min(xs) - pad_x, 0), max(min(ys) - pad_y, 0)
    right = min(max(xs) + pad_x, gray.shape[1])
    bottom = min(max(ys) + pad_y, gray.shape[0])
    return left, top, np.ascontiguousarray(gray[top:bottom, left:right])


def _moved(result: ScanResult, left: int, top: int) -> ScanResult:
    corners = tuple((x + left, y + top) for x, y in result.corners)
    return ScanResult(result.text, result.symbology, corners, result.engine)


MIN_SIDE = 8
"""Pixels: the fast passes' half size needs twice this (OpenCV refuses an empty image)."""
UPSCALE_BELOW = 640
"""Pixels (the longer side): a smaller image is also read at twice its size."""


def _even_contrast(gray: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(gray)


HALF_SIZE = frozenset({"qr", "pdf417"})
"""Read again at half size when nothing else was found (~0.5 ms): zxing's PDF417 detector
and a QR held close to the lens both want fewer pixels per module."""


def _scaled(result: ScanResult, factor: float) -> ScanResult:
    corners = tuple((round(x * factor), round(y * factor)) for x, y in result.corners)
    return ScanResult(result.text, result.symbology, corners, result.engine)


def _unturn(result: ScanResult, height: int) -> ScanResult:
    """Corners found in the frame turned clockwise, put back in the frame's coordinates."""
    corners = tuple((y, height - 1 - x) for x, y in result.corners)
    return ScanResult(result.text, result.symbology, corners, result.engine)


ENGINES: dict[str, type[Engine]] = {"cascade": CascadeEngine, "zxing-cpp": ZxingEngine,
                                    "pyzbar": ZbarEngine, "opencv": OpenCVEngine}

_default: Engine | None = None


def default_engine() -> Engine:
    global _default
    if _default is None:
        _default = CascadeEngine()
    return _default


def decode_frame(image: np.ndarray, formats: Iterable[str] | None = None,
                 engine: Engine | None = None) -> list[ScanResult]:
    """Every code found in a camera frame (grayscale or BGR numpy array), with duplicates
    (the same text twice) removed. `formats` restricts the search to what the context
    expects, which makes the loop faster."""
    wanted = frozenset(formats) if formats is not None else frozenset(SYMBOLOGIES)
    unknown = wanted - set(SYMBOLOGIES)
    if unknown:
        raise ValueError(f"unknown symbologies: {sorted(unknown)}")
    results = (engine or default_engine()).decode(to_gray(image), wanted)
    seen: set[tuple[str, str]] = set()
    unique = []
    for result in results:
        if (result.text, result.symbology) not in seen:
            seen.add((result.text, result.symbology))
            unique.append(result)
    return unique
