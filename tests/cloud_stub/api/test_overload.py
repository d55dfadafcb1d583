"""Overload: many more requests at once than the server works on. It turns the excess away
with 503 and `Retry-After` (which devices honour), never a 500 or a hang; `/health`
answers within 5 s once the burst ends, and SIGTERM stops it within 10 s."""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.conftest import RunningServer, cloud_stub, start_server, stop_server

CLIENTS = 48
BURST_S = 4.0


@pytest.fixture
def small_server(db_url: str, tmp_path: Path) -> Iterator[RunningServer]:
    """Two requests at a time per process, two processes: easy to overload."""
    cloud_stub("seed", "--small", "--db", db_url)
    server = start_server(db_url, tmp_path, options=["--workers", "2", "--concurrency", "2"])
    yield server
    stop_server(server)


def test_a_burst_gets_answers_or_503_retry_after_and_the_server_recovers_and_stops(
        small_server: RunningServer) -> None:
    server = small_server
    token = server.device_token("S001")
    seen: Counter[str] = Counter()
    lock = threading.Lock()
    ends = time.monotonic() + BURST_S

    def client() -> None:
        http = requests.Session()
        http.headers["Authorization"] = f"Bearer {token}"
        while time.monotonic() < ends:
            answer = http.get(f"{server.url}/v1/changes",
                              params={"feed": "catalog", "limit": 500}, timeout=30)
            if answer.status_code == 503:
                outcome = f"503 retry-after={answer.headers.get('Retry-After')}"
            else:
                outcome = str(answer.status_code)
            with lock:
                seen[outcome] += 1

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(t.is_alive() for t in threads), "a request hung"

    assert set(seen) <= {"200", "503 retry-after=2"}, seen
    assert seen["200"] > 0 and seen["503 retry-after=2"] > 0, seen  # it did shed load

    started = time.monotonic()
    assert requests.get(f"{server.url}/health", timeout=5).status_code == 200
    assert requests.get(f"{server.url}/ready", timeout=5).status_code == 200
    assert time.monotonic() - started < 5

    served = server.requests_served()
    assert served["GET /v1/changes"] >= seen["200"]

    server.process.send_signal(signal.SIGTERM)
    started = time.monotonic()
    server.process.wait(10)
    assert time.monotonic() - started < 10
