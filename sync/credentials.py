"""Staff PINs: stored and sent only as salted, deliberately slow hashes (scrypt).

The central API hashes a PIN when an account is created; tablets receive the hash in the
`policy` feed and check a PIN offline. A PIN never leaves the screen it was typed on.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

PIN_PATTERN = re.compile(r"^\d{4,8}$")
"""4 to 8 digits: what a store keypad takes."""

STAFF_NUMBER_PATTERN = re.compile(r"^\d{3,8}$")
STAFF_ROLES: tuple[str, ...] = ("associate", "manager")

_N, _R, _P = 2**14, 8, 1
"""scrypt cost: about 16 MB and tens of milliseconds a check, so guessing is slow even
with a stolen copy of the hashes."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$n$r$p$salt$hash`, the salt random per account."""
    if not PIN_PATTERN.match(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """Constant-time comparison; a malformed stored hash verifies nothing."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = _unb64(digest)
        actual = hashlib.scrypt(pin.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
