"""Device tokens: made once, stored only as their SHA-256."""

from __future__ import annotations

import hashlib
import secrets


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(device_id: str) -> str:
    return f"{device_id}.{secrets.token_urlsafe(32)}"
