"""Exponential backoff with jitter, honouring the server's Retry-After."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 1.0
    cap: float = 300.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def failed(self, retry_after: float | None = None) -> float:
        """Seconds to wait before the next try: doubling up to `cap`, with "equal jitter"
        (half fixed, half random) so that a store's tablets do not retry in step."""
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** (self.failures - 1))
        delay = ceiling / 2 + self.rng.uniform(0, ceiling / 2)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap))
        return delay

    def succeeded(self) -> None:
        self.failures = 0
