"""What the app-level benchmarks share: the real app started against a server, waiting
for the screen, and how figures are told."""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from cloud_stub.admin.seed import SeedSize, seed
from cloud_stub.core.db import make_engine
from kiosk.app import build_window
from kiosk.config import load_settings
from kiosk.services import staff
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import RunningServer, cloud_stub, start_server, stop_server


@dataclass(frozen=True)
class BenchRun:
    app: QApplication
    window: MainWindow
    server: RunningServer
    db_url: str


@contextmanager
def synced_app(prefix: str, size: SeedSize | None, sync_timeout_s: float) -> Iterator[BenchRun]:
    """The real central API on loopback, seeded (the demo seed, or `size`), a tablet of the
    demo store registered with it, and the real app after its first sync; everything is
    stopped and removed afterwards."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        work = Path(tmp)
        db_url = f"sqlite:///{work / 'cloud.db'}"
        if size is None:
            cloud_stub("seed", "--db", db_url)
        else:
            engine = make_engine(db_url)
            seed(engine, size)
            engine.dispose()
        token = cloud_stub("device", "add", "--store", "S001", "--db", db_url,
                                "--print-token").split()[-1]
        server = start_server(db_url, work)
        window = app_window(server.url, token, work / "tablet")
        try:
            first_sync(app, window, sync_timeout_s)
            # The seed's associate logs in, as at the start of a shift.
            window.start_session(staff.log_in(window.device.store, "1001", "1234"))
            yield BenchRun(app, window, server, db_url)
        finally:
            stop_server(server)
            window.shutdown()
            window.device.close()


def app_window(api_url: str, token: str, data_dir: Path) -> MainWindow:
    """The real app's window on a 1280x800 tablet screen, English, no timed sync rounds."""
    settings = load_settings(["--api", api_url, "--token", token, "--data-dir", str(data_dir),
                              "--lang", "en", "--sync-interval", "3600"], env={})
    window = build_window(settings)
    window.resize(1280, 800)
    window.show()
    return window


def first_sync(app: QApplication, window: MainWindow, timeout_s: float) -> None:
    """Run a sync round now and wait until it is over (the local copy is filled)."""
    window.sync.sync_now()
    wait(app, lambda: window.sync.last_report is not None and not window.sync.running,
         timeout_s)


def wait(app: QApplication, condition: Callable[[], bool], timeout_s: float = 30) -> None:
    """Run the event loop until `condition` holds (the screen shows what was asked).

    The loop sleeps between events as the app's own does (a timer wakes it every
    millisecond to look): spinning `processEvents` instead would keep the interpreter
    from the app's worker threads and measure a slowness the app does not have."""
    if condition():
        return
    loop = QEventLoop()
    look = QTimer()
    look.setTimerType(Qt.TimerType.PreciseTimer)
    look.timeout.connect(lambda: condition() and loop.quit())
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    look.start(1)
    give_up.start(int(timeout_s * 1000))
    loop.exec()
    look.stop()
    give_up.stop()
    if not condition():
        raise TimeoutError("the app did not get there in time")


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def summary(times: list[float]) -> str:
    return (f"median {statistics.median(times):6.1f} ms, p95 {p95(times):6.1f} ms, "
            f"max {max(times):6.1f} ms")
