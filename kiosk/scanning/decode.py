"""Image -> codes. Several engines behind one interface; `decode_frame` uses the default.

Engines: zxing-cpp (every format the store meets, including the 2-D codes of mobile
wallets), pyzbar (zbar: QR and retail linear codes) and OpenCV's detectors (QR, EAN/UPC).
The default and its options are chosen by measurement (`bench/scan.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
             try_invert: bool = True, try_downscale: bool = True) -> list[ScanResult]:
        if not formats:
            return []
        found = []
        for barcode in self._zx.read_barcodes(gray, formats=self._wanted(formats),
                                              try_rotate=try_rotate, try_invert=try_invert,
                                              try_downscale=try_downscale):
            symbology = self._names.get(str(barcode.format))
            if symbology is None or not barcode.valid:
                continue
            p = barcode.position
            corners = tuple((pt.x, pt.y) for pt in (p.top_left, p.top_right, p.bottom_right,
                                                   p.bottom_left))
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
    """The default: zxing-cpp in passes tuned by `bench/scan.py` on 1280x720 frames.

    1. The frame sharpened (an unsharp mask, ~1 ms): a phone held at arm's length is
       slightly out of focus, and sharpening reads more of those codes than any engine or
       binarizer alone, without losing the sharp ones. Every wanted format, dark-on-light
       and light-on-dark (wallets in dark mode), upright only and at full size only:
       zxing's search of the quarter-turned and downscaled images for every format is what
       makes its defaults slow, and on the generated set it read nothing more.
    2. Found nothing, and a linear code is wanted: the same frame turned a quarter turn, for
       a card held upright. (QR, Aztec and Data Matrix are read in any orientation by 1.)
    3. Found nothing, and a QR or PDF417 is wanted: the frame at half size (`HALF_SIZE`).
    pyzbar and OpenCV read fewer of the generated frames and are slower (see the README).
    """

    name = "cascade"
    symbologies = frozenset(SYMBOLOGIES)

    def __init__(self) -> None:
        self._zxing = ZxingEngine()

    def decode(self, gray: np.ndarray, formats: frozenset[str]) -> list[ScanResult]:
        import cv2

        blurred = cv2.GaussianBlur(gray, (0, 0), 1.5)
        sharp = cv2.addWeighted(gray, 1.8, blurred, -0.8, 0)
        found = self._zxing.read(sharp, formats, try_rotate=False, try_invert=True,
                                 try_downscale=False)
        if not found and formats & RETAIL_LINEAR:
            turned = cv2.rotate(sharp, cv2.ROTATE_90_CLOCKWISE)
            height = gray.shape[0]
            found = [_unturn(r, height) for r in
                     self._zxing.read(turned, formats & RETAIL_LINEAR, try_rotate=False,
                                      try_invert=False, try_downscale=False)]
        if not found and formats & HALF_SIZE:
            half = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
            found = [_scaled(r, 2) for r in
                     self._zxing.read(half, formats & HALF_SIZE, try_rotate=False,
                                      try_invert=False, try_downscale=False)]
        return [ScanResult(r.text, r.symbology, r.corners, self.name) for r in found]


HALF_SIZE = frozenset({"qr", "pdf417"})
"""Read again at half size when nothing else was found (~0.5 ms): zxing's PDF417 detector
and a QR held close to the lens both want fewer pixels per module."""


def _scaled(result: ScanResult, factor: int) -> ScanResult:
    corners = tuple((x * factor, y * factor) for x, y in result.corners)
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
