"""Device credentials: tokens and one-time pairing codes, stored only as their SHA-256;
and a brake on clients that keep failing to authenticate."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque

PAIRING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
"""No 0/O, 1/I/L or U: a code read aloud or typed on a tablet is not misread."""
PAIRING_CODE_LENGTH = 8


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(device_id: str) -> str:
    return f"{device_id}.{secrets.token_urlsafe(32)}"


def new_pairing_code() -> str:
    """`XXXX-XXXX`: 8 characters of 30, about 39 bits, good for 15 minutes and once."""
    raw = "".join(secrets.choice(PAIRING_ALPHABET) for _ in range(PAIRING_CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(text: str) -> str:
    """What a person typed or a QR code carried, as the code it is meant to be."""
    return "".join(ch for ch in text.upper() if ch.isalnum()).removeprefix("PAIR")


def hash_code(text: str) -> str:
    return hash_token(f"pairing:{normalise_code(text)}")


class Brake:
    """Too many failures from one client in a minute: answer 429 for a while. Only
    failures count, so a real device with a good token is never slowed down."""

    def __init__(self, failures: int, window_s: float = 60.0) -> None:
        self.failures = failures
        self.window_s = window_s
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int | None:
        """Seconds the client must wait before trying again, or None."""
        now = time.monotonic()
        with self._lock:
            seen = self._seen.get(client)
            if seen is None:
                return None
            while seen and seen[0] < now - self.window_s:
                seen.popleft()
            if len(seen) < self.failures:
                return None
            return max(1, int(seen[0] + self.window_s - now) + 1)

    def failed(self, client: str) -> None:
        with self._lock:
            if len(self._seen) > 10_000:  # a flood of addresses: forget the oldest
                self._seen.clear()
            self._seen.setdefault(client, deque()).append(time.monotonic())
