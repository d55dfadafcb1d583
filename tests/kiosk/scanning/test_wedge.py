from __future__ import annotations

from kiosk.scanning.wedge import WedgeDetector


def type_(detector: WedgeDetector, text: str, start: float, gap: float) -> float:
    at = start
    for char in text:
        detector.key(char, at)
        at += gap
    return at


def test_a_scanner_burst_is_a_scan() -> None:
    detector = WedgeDetector()
    end = type_(detector, "3760000000017", 10.0, 0.004)
    assert detector.enter(end) == "3760000000017"
    assert detector.enter(end + 0.001) is None  # the buffer starts over


def test_a_person_typing_is_not_a_scan() -> None:
    detector = WedgeDetector()
    end = type_(detector, "martin dupont", 10.0, 0.12)
    assert detector.enter(end) is None


def test_a_scan_after_a_person_paused_is_the_burst_alone() -> None:
    detector = WedgeDetector()
    at = type_(detector, "mar", 10.0, 0.35)
    end = type_(detector, "2900000000421", at + 1.0, 0.003)
    assert detector.enter(end) == "2900000000421"


def test_enter_long_after_a_burst_or_a_short_burst_is_the_users() -> None:
    detector = WedgeDetector()
    end = type_(detector, "2900000000421", 10.0, 0.003)
    assert detector.enter(end + 1.0) is None
    end = type_(detector, "ok", 20.0, 0.003)
    assert detector.enter(end) is None


def test_a_keystroke_the_app_delivered_late_does_not_break_a_scan() -> None:
    detector = WedgeDetector()
    detector.key("e", 10.0)
    end = type_(detector, "yJhbGciOiJFZERTQSJ9", 10.2, 0.001)  # the first key came 200 ms late
    assert detector.enter(end) == "eyJhbGciOiJFZERTQSJ9"


def test_a_fast_typist_is_not_a_scanner() -> None:
    detector = WedgeDetector()
    end = type_(detector, "2900000000018", 10.0, 0.06)
    assert detector.enter(end) is None


def test_a_clock_going_back_starts_a_new_burst() -> None:
    detector = WedgeDetector()
    type_(detector, "123", 10.0, 0.001)
    end = type_(detector, "3760000000017", 5.0, 0.001)
    assert detector.enter(end) == "3760000000017"
