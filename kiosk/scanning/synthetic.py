"""Camera frames made on demand: a pass shown on a phone, filmed badly.

The tests, the scan benchmark and the demo need camera frames without a camera. These are
built the way a tablet camera sees a phone held up at a desk: a cluttered counter, a phone
screen with the QR code, and what goes wrong in a store (tilt, blur, sensor noise, a dim
screen, a ceiling light's glare, the moiré of filming a pixel grid, any rotation). Every
frame comes from a seeded generator, so a failing frame can be made again.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import qrcode

WIDTH, HEIGHT = 1280, 720
DISTORTIONS = ("perspective", "blur", "noise", "low_contrast", "glare", "moire", "rotation")


@dataclass(frozen=True)
class Code:
    text: str
    symbology: str = "qr"
    """One of decode.SYMBOLOGIES."""


@dataclass(frozen=True)
class SyntheticFrame:
    image: np.ndarray
    """1280x720 BGR, as OpenCV hands out camera frames."""
    code: Code | None
    """The code in the frame; None for a frame with no code."""
    distortions: tuple[str, ...]
    seed: int

    @property
    def text(self) -> str | None:
        return self.code.text if self.code else None


def textured_background(rng: np.random.Generator, width: int = WIDTH,
                        height: int = HEIGHT) -> np.ndarray:
    """A shop counter: lighting gradient, wood-like grain, printed lines and shapes, and
    words, which are what most often fool a decoder into a false read."""
    # Drawn at half size and scaled up: the lighting and grain are smooth anyway.
    y, x = np.mgrid[0:height // 2, 0:width // 2].astype(np.float32) * 2
    angle = rng.uniform(0, np.pi)
    base = 90 + 70 * ((x * np.cos(angle) + y * np.sin(angle)) / (width + height))
    grain = 18 * np.sin(x / rng.uniform(6, 30) + 3 * np.sin(y / rng.uniform(40, 120)))
    small = np.clip(base + grain, 0, 255).astype(np.uint8)
    image = cv2.cvtColor(cv2.resize(small, (width, height)), cv2.COLOR_GRAY2BGR)
    for _ in range(int(rng.integers(8, 20))):
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        p1 = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        p2 = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        shape = rng.integers(0, 3)
        if shape == 0:
            cv2.line(image, p1, p2, color, int(rng.integers(1, 6)))
        elif shape == 1:
            cv2.rectangle(image, p1, p2, color, int(rng.integers(-1, 4)) or 1)
        else:
            cv2.circle(image, p1, int(rng.integers(5, 120)), color, int(rng.integers(-1, 5)) or 1)
    stripes_x = int(rng.integers(0, width - 300))
    for i in range(int(rng.integers(10, 40))):  # a striped pattern, like a price label
        x0 = stripes_x + i * int(rng.integers(3, 9))
        cv2.line(image, (x0, 40), (x0, 140), (20, 20, 20), int(rng.integers(1, 4)))
    words = ["SOLDES", "-30%", "Nouvelle collection", "Caisse", "Retrait commandes",
             "Taille 42", "Promo", "Merci"]
    for _ in range(int(rng.integers(3, 8))):
        cv2.putText(image, str(rng.choice(words)),
                    (int(rng.integers(0, width - 200)), int(rng.integers(30, height))),
                    cv2.FONT_HERSHEY_SIMPLEX, float(rng.uniform(0.6, 2.0)),
                    tuple(int(c) for c in rng.integers(0, 256, 3)), int(rng.integers(1, 4)))
    return _add_noise(image, rng, 4)


def qr_image(text: str, size_px: int) -> np.ndarray:
    """The code as the shop app draws it (black on white, quiet zone), about size_px wide."""
    return cv2.resize(_qr_modules(text), (size_px, size_px), interpolation=cv2.INTER_NEAREST)


@functools.lru_cache(maxsize=64)
def _qr_modules(text: str) -> np.ndarray:
    """One pixel per module (encoding is the slow part, and test sets repeat their texts)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix = np.array(code.get_matrix(), dtype=np.uint8)
    return np.where(matrix, 0, 255).astype(np.uint8)


_ZXING_FORMATS = {"ean13": "EAN13", "ean8": "EAN8", "upca": "UPCA", "code128": "Code128",
                  "pdf417": "PDF417", "aztec": "Aztec", "datamatrix": "DataMatrix"}


def code_image(code: Code, size_px: int) -> np.ndarray:
    """Black on white with its quiet zone, about size_px wide."""
    if code.symbology == "qr":
        return qr_image(code.text, size_px)
    import zxingcpp

    barcode = zxingcpp.create_barcode(code.text, getattr(zxingcpp.BarcodeFormat,
                                                         _ZXING_FORMATS[code.symbology]))
    image = np.array(barcode.to_image(scale=1, add_quiet_zones=True))
    scale = size_px / image.shape[1]
    return cv2.resize(image, (size_px, max(int(image.shape[0] * scale), 1)),
                      interpolation=cv2.INTER_NEAREST)


def carrier(code: np.ndarray, rng: np.random.Generator, phone: bool) -> np.ndarray:
    """What holds the code: a phone (white screen, dark bezel) or a plastic card (a white
    label on a coloured card)."""
    h, w = code.shape
    margin = int(w * 0.12)
    if phone:
        screen = np.full((h + 2 * margin + int(w * 0.5), w + 2 * margin), 250, np.uint8)
        top = int(w * 0.25) + margin
        screen[top:top + h, margin:margin + w] = code
        bezel = int(w * 0.08)
        return cv2.copyMakeBorder(screen, bezel, bezel, bezel, bezel, cv2.BORDER_CONSTANT,
                                  value=int(rng.integers(10, 40)))
    card = np.full((int((w + 2 * margin) / 1.586), w + 2 * margin), int(rng.integers(60, 200)),
                   np.uint8)
    top = max(card.shape[0] - h - margin // 2, 0)
    label = card[top:top + h, margin:margin + w]
    label[:] = code[:label.shape[0], :label.shape[1]]
    return card


def camera_frame(code: Code | None, seed: int, distortions: Sequence[str] = (),
                 code_px: int | None = None) -> SyntheticFrame:
    """A BGR frame with the code (a QR about 200 px wide on a phone, a linear code about
    360 px wide on a card) or with no code, with the named distortions applied."""
    unknown = set(distortions) - set(DISTORTIONS)
    if unknown:
        raise ValueError(f"unknown distortions: {sorted(unknown)}")
    rng = np.random.default_rng(seed)
    frame = textured_background(rng)
    if code is not None:
        is_2d = code.symbology in {"qr", "aztec", "datamatrix"}
        size = code_px or (200 if is_2d else 360)
        held = carrier(code_image(code, size), rng, phone=code.symbology != "ean13")
        if "moire" in distortions:
            held = _moire(held, rng)
        if "low_contrast" in distortions:
            low, high = rng.uniform(70, 100), rng.uniform(135, 165)
            held = (low + held.astype(np.float32) * (high - low) / 255).astype(np.uint8)
        _paste(frame, held, rng, distortions)
    image = frame.astype(np.float32)
    if "glare" in distortions:
        image = _glare(image, rng)
    if "blur" in distortions:
        image = _blur(image, rng)
    frame = np.clip(image, 0, 255).astype(np.uint8)
    if "noise" in distortions:
        frame = _add_noise(frame, rng, rng.uniform(6, 14))
    return SyntheticFrame(frame, code, tuple(distortions), seed)


def _add_noise(image: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    """Sensor noise, independent per pixel and channel."""
    noise = np.empty(image.shape, np.int16)
    cv2.setRNGSeed(int(rng.integers(2**31)))  # OpenCV's generator is ten times faster
    cv2.randn(noise, np.zeros(1), np.full(1, sigma))
    return np.clip(image.astype(np.int16) + noise, 0, 255).astype(np.uint8)


def _paste(frame: np.ndarray, phone: np.ndarray, rng: np.random.Generator,
           distortions: Sequence[str]) -> None:
    """Put the phone in the frame through a homography: a rotation about its centre and, for
    "perspective", a tilt that pulls each corner by up to 12 % of the phone's size."""
    h, w = phone.shape
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    angle = rng.uniform(0, 2 * np.pi) if "rotation" in distortions else rng.uniform(-0.05, 0.05)
    centre = np.array([rng.uniform(w * 0.6, WIDTH - w * 0.6) if 1.2 * w < WIDTH else WIDTH / 2,
                       rng.uniform(h * 0.55, HEIGHT - h * 0.55) if 1.1 * h < HEIGHT
                       else HEIGHT / 2])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    dst = (src - np.array([w / 2, h / 2])) @ rot.T + centre
    if "perspective" in distortions:
        dst = dst + rng.uniform(-0.12, 0.12, (4, 2)) * max(w, h)
    matrix = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(phone, matrix, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full_like(phone, 255), matrix, (WIDTH, HEIGHT),
                               flags=cv2.INTER_LINEAR)
    alpha = (mask.astype(np.float32) / 255)[..., None]
    tinted = cv2.cvtColor(warped, cv2.COLOR_GRAY2BGR).astype(np.float32)
    frame[:] = (frame * (1 - alpha) + tinted * alpha).astype(np.uint8)


def _moire(phone: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A camera filming a screen sees the pixel grid beat against its sensor: fine slanted
    bands of brightness over the whole screen."""
    h, w = phone.shape
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    theta, period = rng.uniform(0, np.pi), rng.uniform(2.5, 6.0)
    bands = 0.5 + 0.5 * np.sin(2 * np.pi * (x * np.cos(theta) + y * np.sin(theta)) / period)
    beat = 0.5 + 0.5 * np.sin(2 * np.pi * x / rng.uniform(40, 90))
    strength = rng.uniform(0.12, 0.25)
    return np.clip(phone * (1 - strength * bands * beat), 0, 255).astype(np.uint8)


def _glare(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A ceiling light reflected on the phone: a bright soft spot, saturating at its heart."""
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.7) * WIDTH, rng.uniform(0.3, 0.7) * HEIGHT
    sigma = rng.uniform(60, 140)
    spot = rng.uniform(70, 130) * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * sigma ** 2))
    return image + spot[..., None]


def _blur(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Out of focus, or the hand moved: a Gaussian or a short motion blur."""
    if rng.random() < 0.5:
        return cv2.GaussianBlur(image, (0, 0), rng.uniform(0.6, 1.2))
    length = int(rng.integers(3, 6))
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1 / length
    centre = (length / 2 - 0.5, length / 2 - 0.5)
    rotation = cv2.getRotationMatrix2D(centre, rng.uniform(0, 180), 1.0)
    turned = cv2.warpAffine(kernel, rotation, (length, length))
    return cv2.filter2D(image, -1, turned / max(turned.sum(), 1e-6))


def distorted_set(codes: Sequence[Code], count: int, seed: int = 0) -> Iterator[SyntheticFrame]:
    """`count` frames cycling through the codes, each with one to three distortions drawn
    at random (the first frames have each distortion alone, so each one's effect shows)."""
    rng = np.random.default_rng(seed)
    for index in range(count):
        if index < len(DISTORTIONS):
            chosen: tuple[str, ...] = (DISTORTIONS[index],)
        else:
            k = int(rng.integers(1, 4))
            chosen = tuple(sorted(rng.choice(DISTORTIONS, size=k, replace=False)))
        yield camera_frame(codes[index % len(codes)], seed * 100_003 + index, chosen)


def no_code_set(count: int, seed: int = 1) -> Iterator[SyntheticFrame]:
    """Textured frames with no code in them, for counting false reads."""
    for index in range(count):
        yield camera_frame(None, seed * 100_003 + index, ("blur",) if index % 3 == 0 else ())
