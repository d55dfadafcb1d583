"""Decoding generated codes of every symbology the store reads, per engine."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import qrcode
import zxingcpp

from kiosk.scanning.decode import (
    SYMBOLOGIES,
    OpenCVEngine,
    ZbarEngine,
    ZxingEngine,
    decode_frame,
)
from kiosk.services.handover import qr_png

SAMPLES = {
    "qr": "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJDMDAwMDEifQ.c2lnbmF0dXJl",
    "ean13": "3760000000017",
    "ean8": "96385074",
    "upca": "036000291452",
    "code128": "2900000000421",
    "pdf417": "WALLET-PASS-0042",
    "aztec": "WALLET-PASS-0043",
    "datamatrix": "WALLET-PASS-0044",
}
ZX_FORMATS = {"qr": "QRCode", "ean13": "EAN13", "ean8": "EAN8", "upca": "UPCA",
              "code128": "Code128", "pdf417": "PDF417", "aztec": "Aztec",
              "datamatrix": "DataMatrix"}


def same_code(found: tuple[str, str], symbology: str) -> bool:
    if symbology == "upca":  # read as UPC-A or as its EAN-13 form: the same GTIN
        return found in {(SAMPLES["upca"], "upca"), ("0" + SAMPLES["upca"], "ean13")}
    return found == (SAMPLES[symbology], symbology)


def frame_with(symbology: str, bgr: bool = False) -> np.ndarray:
    """A 1280x720 camera-like frame with the code pasted on a grey, slightly noisy page."""
    text = SAMPLES[symbology]
    if symbology == "qr":
        code = np.array(qrcode.make(text, box_size=5, border=4).convert("L"))
    else:
        barcode = zxingcpp.create_barcode(text, getattr(zxingcpp.BarcodeFormat,
                                                        ZX_FORMATS[symbology]))
        code = np.array(barcode.to_image(scale=3))
    rng = np.random.default_rng(7)
    frame = np.clip(rng.normal(170, 12, (720, 1280)), 0, 255).astype(np.uint8)
    h, w = code.shape
    frame[200:200 + h, 300:300 + w] = code
    return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR) if bgr else frame


@pytest.mark.parametrize("symbology", SYMBOLOGIES)
def test_the_default_engine_reads_every_symbology(symbology: str) -> None:
    [result] = decode_frame(frame_with(symbology, bgr=symbology == "qr"))
    assert same_code((result.text, result.symbology), symbology)
    assert len(result.corners) == 4


@pytest.mark.parametrize("engine", [ZxingEngine(), ZbarEngine(), OpenCVEngine()],
                         ids=lambda e: e.name)
def test_each_engine_reads_what_it_claims(engine) -> None:  # type: ignore[no-untyped-def]
    missed = []
    for symbology in sorted(engine.symbologies):
        found = [(r.text, r.symbology) for r in decode_frame(frame_with(symbology),
                                                             engine=engine)]
        if not any(same_code(f, symbology) for f in found):
            missed.append(symbology)
    assert not missed, f"{engine.name} missed {missed}"


def test_restricting_formats_ignores_the_others() -> None:
    assert decode_frame(frame_with("ean13"), formats={"qr"}) == []
    assert decode_frame(frame_with("ean13"), formats={"ean13"})[0].text == SAMPLES["ean13"]
    with pytest.raises(ValueError, match="unknown"):
        decode_frame(frame_with("qr"), formats={"maxicode"})


def test_no_code_no_result() -> None:
    rng = np.random.default_rng(3)
    blank = rng.integers(0, 255, (720, 1280), dtype=np.uint8)
    assert decode_frame(blank) == []
    assert decode_frame(np.zeros((720, 1280, 3), np.uint8)) == []


@pytest.mark.parametrize("text", ["H-7Q2KX9 WEB-100042", "B-20261123-0001",
                                  "https://shop.example/fr/cart/C000123"])
def test_the_codes_the_app_draws_read_back(text: str) -> None:
    """The QR codes of receipts and baskets (a fixed mask pattern) scan at the till."""
    png = qr_png(text, box_size=6)
    code = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    frame = np.full((720, 1280), 255, np.uint8)
    frame[100:100 + code.shape[0], 100:100 + code.shape[1]] = code
    for engine in (ZbarEngine(), OpenCVEngine(), ZxingEngine()):
        assert [(r.text, r.symbology) for r in decode_frame(frame, {"qr"}, engine)] \
            == [(text, "qr")]
