"""Benchmark: a tablet offline for a long weekend holds 50,000 pending events; the network
comes back. The real app (offscreen, in its own process) drains the queue to the real
`cloud-stub` over loopback.

Prints seconds to drain, events/s, the app process's peak RSS and the server's count of
applied events (must equal the number recorded); then the same through the project's
fault proxy with 10 % of requests failing, and the slowdown ratio of the two runs.
Bars: drained in under 60 s, peak RSS under 300 MB, every event applied once.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BAR_SECONDS = 60.0
BAR_RSS_MB = 300.0


def child(data_dir: str, api_url: str, token: str) -> None:
    """The app process: start the real main window and wait until the queue is empty."""
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_window
    from kiosk.config import load_settings

    app = QApplication([])
    settings = load_settings(["--api", api_url, "--token", token, "--data-dir", data_dir,
                              "--lang", "en"], env={})
    window = build_window(settings)
    window.show()
    started = time.perf_counter()
    rounds = {"n": 0, "failed": 0}

    def round_done(report) -> None:  # type: ignore[no-untyped-def]
        rounds["n"] += 1
        rounds["failed"] += report.error is not None

    def check() -> None:
        status = window.sync.status
        if status is not None and status.pending_events == 0 and not window.sync.running:
            elapsed = time.perf_counter() - started
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json.dumps({"seconds": elapsed, "peak_rss_mb": peak, "rounds": rounds["n"],
                              "failed_rounds": rounds["failed"]}), flush=True)
            app.quit()

    window.sync.round_finished.connect(round_done)
    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(100)
    window.start()
    app.exec()
    window.shutdown()


def prepare_tablet(data_dir: Path, api_url: str, token: str, events: int) -> None:
    """A tablet that synced once, then recorded `events` events while offline."""
    from sqlalchemy import insert, select

    from kiosk.config import Settings
    from kiosk.services.device import open_device
    from kiosk.store.models import LocalCustomer, OutboxEvent
    from sync.sqltypes import utcnow

    device = open_device(Settings(api_url=api_url, token=token, data_dir=data_dir))
    assert device.sync.sync_once().ok
    rng = random.Random(42)
    with device.store.write() as session:
        ids = list(session.scalars(select(LocalCustomer.id)))
        start = utcnow()
        session.execute(insert(OutboxEvent), [
            {"seq": seq, "id": str(uuid.uuid4()), "type": "customer.identified",
             "entity": f"customer:{cid}", "occurred_at": start, "state": "pending",
             "attempts": 0, "payload": {"customer_id": cid, "method": "card"},
             "actor": "S001:1001"}  # the seed's associate, logged in when they were recorded
            for seq, cid in ((n + 1, rng.choice(ids)) for n in range(events))
        ])
    device.close()


def server_applied(db_url: str, device_id: str) -> int:
    from sqlalchemy import create_engine, func, select

    from cloud_stub.models import DeviceEvent

    engine = create_engine(db_url)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(DeviceEvent).where(
            DeviceEvent.device_id == device_id, DeviceEvent.status == "applied")).scalar_one()
    engine.dispose()
    return int(count)


def drain(work: Path, name: str, db_url: str, api_url: str, token: str, events: int) -> dict:
    import subprocess

    data_dir = work / name
    prepare_tablet(data_dir, api_url, token, events)
    result = subprocess.run([sys.executable, __file__, "--child", str(data_dir), api_url, token],
                            capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        raise SystemExit(f"app process failed:\n{result.stderr[-3000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["applied"] = server_applied(db_url, token.partition(".")[0])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--failure-rate", type=float, default=0.10)
    parser.add_argument("--child", nargs=3, metavar=("DATA_DIR", "API_URL", "TOKEN"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0

    from tests.conftest import cloud_stub, start_server, stop_server
    from tests.faultproxy import FaultProxy

    with tempfile.TemporaryDirectory(prefix="bench-drain-") as tmp:
        work = Path(tmp)
        db_url = f"sqlite:///{work / 'cloud.db'}"
        cloud_stub("seed", "--db", db_url)
        clean_token = cloud_stub("device", "add", "--store", "S001", "--db", db_url,
                                "--print-token").split()[-1]
        flaky_token = cloud_stub("device", "add", "--store", "S001", "--db", db_url,
                                "--print-token").split()[-1]
        server = start_server(db_url, work)
        proxy = FaultProxy(server.url).start()
        try:
            clean = drain(work, "clean", db_url, server.url, clean_token, args.events)
            proxy.failure_rate = args.failure_rate
            flaky = drain(work, "flaky", db_url, proxy.url, flaky_token, args.events)
            injected = sum(1 for _m, _p, fault in proxy.log if fault != "pass")
        finally:
            proxy.stop()
            stop_server(server)

    ok = True
    for label, run in (("clean network", clean),
                       (f"{args.failure_rate:.0%} of requests failing", flaky)):
        rate = args.events / run["seconds"]
        print(f"sync_drain ({label}): {args.events:,} pending events drained in "
              f"{run['seconds']:.1f} s ({rate:,.0f} events/s), {run['rounds']} rounds "
              f"({run['failed_rounds']} cut short), peak RSS {run['peak_rss_mb']:.0f} MB, "
              f"server applied {run['applied']:,}")
        ok &= run["applied"] == args.events and run["peak_rss_mb"] < BAR_RSS_MB
    ok &= clean["seconds"] < BAR_SECONDS
    print(f"  faults injected in the flaky run: {injected}")
    print(f"  slowdown with failures: {flaky['seconds'] / clean['seconds']:.2f}x")
    print(f"  bars: clean drain < {BAR_SECONDS:.0f} s, peak RSS < {BAR_RSS_MB:.0f} MB, "
          f"applied == {args.events:,}: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
