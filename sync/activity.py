"""Background sync gives way to the person at the screen.

The app and its sync rounds share one interpreter: while a round parses pages and writes
them, the associate's scan waits for its turn. The app marks the work a person waits for
(`begin()`, `end()`); between two steps (a request, a page) a round waits until that work is done
and the screen had a moment to draw it, never longer than `MAX_WAIT_S` per step, so a
busy desk slows sync down but never stops it.
"""

from __future__ import annotations

import threading
import time

SETTLE_S = 0.05
"""After the last awaited work ends: the screen draws its result."""
MAX_WAIT_S = 0.25
"""Longest a round waits at one step."""


class Activity:
    """Thread-safe count of the work a person is waiting for."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._ended_at = 0.0

    def begin(self) -> None:
        with self._lock:
            self._running += 1

    def end(self) -> None:
        with self._lock:
            self._running = max(0, self._running - 1)
            self._ended_at = time.monotonic()

    def quiet(self) -> bool:
        with self._lock:
            return self._running == 0 and time.monotonic() - self._ended_at >= SETTLE_S

    def give_way(self) -> None:
        """Called by a round between steps: wait for the person's work (bounded)."""
        deadline = time.monotonic() + MAX_WAIT_S
        while not self.quiet() and time.monotonic() < deadline:
            time.sleep(0.002)
