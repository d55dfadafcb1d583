"""SIGKILL a process that records events, 50 times: nothing it reported committed is lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.store import LocalStore
from kiosk.store.replica import StoreReplica
from sync.protocol import FeedPage
from tests.kiosk.factories import TEST_KEY, customer_item, open_encrypted

KILLS = 50
CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = LocalStore(data, TEST_KEY)
    StoreReplica(store, "dev").apply_page(FeedPage(
        feed="customers", cursor="e.1", has_more=False, items=[customer_item("C1", 1, [])]))
    store.close()
    rng = random.Random(1234)
    reported: dict[int, str] = {}
    root = Path(__file__).resolve().parents[3]
    for _ in range(KILLS):
        with subprocess.Popen([sys.executable, str(CHILD), str(data), TEST_KEY], cwd=root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) as child:
            assert child.stdout is not None and child.stderr is not None
            first = child.stdout.readline()
            assert first.strip() == "ready", child.stderr.read()
            time.sleep(rng.uniform(0.0, 0.25))
            child.send_signal(signal.SIGKILL)
            child.wait(10)
            # A line cut by the kill (no newline yet) was never fully reported.
            *complete, _partial = child.stdout.read().split("\n")
        for line in complete:
            seq, event_id = line.split()
            reported[int(seq)] = event_id
    assert len(reported) > KILLS, "the child hardly recorded anything: the test proves nothing"

    connection = open_encrypted(data / "store.db")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = dict(connection.execute("SELECT seq, id FROM outbox").fetchall())
    finally:
        connection.close()
    missing = {seq: i for seq, i in reported.items() if stored.get(seq) != i}
    assert not missing, f"{len(missing)} committed events lost: {list(missing)[:5]}"
    assert sorted(stored) == list(range(1, len(stored) + 1)), "seq has gaps"
