"""Keyboard-wedge scanners: a scan is a burst of keystrokes ended by Enter.

A handheld scanner "types" a whole code in a few milliseconds; a person types a few
characters a second. The detector looks only at timing, so it works whatever widget has
the focus, and tells a scan from a person typing in a field. The burst is judged by its
mean pace, so a keystroke the app was slow to deliver (a repaint, a garbage collection)
does not break a scan. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MEAN_GAP_S = 0.020
"""Scanners: 1-15 ms between keys; people: 80 ms and more."""
MAX_STALL_S = 0.300
"""A longer pause separates two bursts; a shorter one (a late keystroke) is absorbed by
the mean pace."""
ENTER_GAP_S = 0.050
"""Enter must follow the last keystroke at scanner pace."""
MIN_LENGTH = 6
"""Shorter bursts are a person's fast double key, not a code (our shortest code: EAN-8)."""
MAX_BUFFER = 8192
"""Longer than any code we read (passes are ~400 characters)."""


@dataclass
class WedgeDetector:
    mean_gap_s: float = MEAN_GAP_S
    max_stall_s: float = MAX_STALL_S
    min_length: int = MIN_LENGTH
    _chars: list[str] = field(default_factory=list)
    _times: list[float] = field(default_factory=list)

    def key(self, char: str, at: float) -> None:
        """A printable keystroke at time `at` (seconds, monotonic)."""
        if self._times and not 0 <= at - self._times[-1] <= self.max_stall_s:
            self.reset()  # a pause (or a clock that went back): a new burst starts
        self._chars.append(char)
        self._times.append(at)
        if len(self._chars) > MAX_BUFFER:
            del self._chars[: -MAX_BUFFER // 2], self._times[: -MAX_BUFFER // 2]

    def enter(self, at: float) -> str | None:
        """Enter pressed: the burst if it was a scan, else None (Enter is the user's).

        The burst is everything since the last pause: nobody types and then fires a
        scanner within MAX_STALL_S, so a person's keys never join a scan; they only keep
        it from counting, and the associate scans again.
        """
        chars, times = self._chars, self._times
        self._chars, self._times = [], []
        if len(times) < self.min_length or at - times[-1] > ENTER_GAP_S:
            return None
        mean = (times[-1] - times[0]) / (len(times) - 1)
        return "".join(chars) if mean <= self.mean_gap_s else None

    def reset(self) -> None:
        self._chars.clear()
        self._times.clear()
