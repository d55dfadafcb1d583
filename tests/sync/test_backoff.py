from __future__ import annotations

import random

from sync.backoff import Backoff


def test_delays_double_with_jitter_up_to_the_cap() -> None:
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(1))
    delays = [backoff.failed() for _ in range(10)]
    for n, delay in enumerate(delays):
        ceiling = min(60.0, 2.0**n)
        assert ceiling / 2 <= delay <= ceiling
    assert delays[-1] <= 60.0


def test_retry_after_is_honoured_and_success_starts_over() -> None:
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(2))
    assert backoff.failed(retry_after=30) >= 30
    assert backoff.failed(retry_after=3600) <= 60.0  # a silly Retry-After is capped
    backoff.succeeded()
    assert backoff.failed() <= 1.0


def test_tablets_do_not_retry_in_step() -> None:
    firsts = {round(Backoff(rng=random.Random(seed)).failed(), 3) for seed in range(20)}
    assert len(firsts) > 10
