"""What applying one device event came to: the answer the device gets for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sync.protocol import EventStatus


@dataclass(frozen=True)
class Outcome:
    status: EventStatus
    reason: str | None = None
    details: dict[str, Any] | None = None


APPLIED = Outcome("applied")
