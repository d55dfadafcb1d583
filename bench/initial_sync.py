"""Benchmark: a fresh tablet pulls the whole seeded store from the real API over loopback.

Seeds the demo data with the real `cloud-stub seed`, starts `cloud-stub serve`, registers
a device, then times `SyncEngine.sync_once()` into an empty local store.
Bar: the whole initial sync in under 10 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.store import LocalStore
from kiosk.store.keys import new_key
from kiosk.store.replica import StoreReplica
from sync.client import ApiClient
from sync.engine import SyncEngine
from tests.conftest import cloud_stub, start_server, stop_server

BAR_SECONDS = 10.0


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        work = Path(tmp)
        db_url = f"sqlite:///{work / 'cloud.db'}"
        print(cloud_stub("seed", "--db", db_url).strip())
        token = cloud_stub("device", "add", "--store", "S001", "--db", db_url,
                                "--print-token").split()[-1]
        server = start_server(db_url, work)
        try:
            store = LocalStore(work / "tablet", new_key())
            engine = SyncEngine(ApiClient(server.url, token),
                                StoreReplica(store, token.partition(".")[0]))
            started = time.perf_counter()
            report = engine.sync_once()
            elapsed = time.perf_counter() - started
            store.close()
        finally:
            stop_server(server)
    if report.error:
        print(f"initial_sync: failed: {report.error}")
        return 1
    items = sum(report.pulled.values())
    print(f"initial_sync: {items:,} items in {elapsed:.2f} s ({items / elapsed:,.0f} items/s)")
    print("  per feed    " + ", ".join(f"{k} {v:,}" for k, v in report.pulled.items()))
    ok = elapsed < BAR_SECONDS
    print(f"  bar         under {BAR_SECONDS:.0f} s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
