"""Benchmark: from a store pass scan to the customer on screen, online and from the local copy.

The real app runs offscreen against the real `cloud-stub` on loopback with the full seed.
For 200 customers of the seed (with an online cart or browsing), a store pass signed the
way `cloud-stub pass` signs it is handed to the window's scan handler (where camera and
wedge scans end); the clock stops when the Customer page shows that customer with their
cart and browsing. First online (live context over loopback), then with the server stopped
(the local copy answers). Bars: p95 <= 300 ms online, <= 150 ms from the local copy.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from kiosk.ui.customer.page import CustomerPage
from kiosk.ui.shell.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, or_, select
from sqlalchemy.orm import Session

from bench.timing import p95, summary, synced_app, wait
from cloud_stub.core import keys
from cloud_stub.models import BrowsingEvent, Cart, Customer
from tests.conftest import stop_server

CUSTOMERS = 200
BAR_ONLINE_P95_MS = 300.0
BAR_LOCAL_P95_MS = 150.0


def passes_for(db_url: str, count: int) -> list[tuple[str, str]]:
    """(customer id, store pass) for customers with an online cart or browsing."""
    engine = create_engine(db_url)
    with Session(engine) as session, session.begin():
        active = or_(Customer.id.in_(select(Cart.customer_id).where(Cart.status == "open")),
                     Customer.id.in_(select(BrowsingEvent.customer_id)))
        ids = session.scalars(select(Customer.id).where(active, Customer.deleted.is_(False))
                              .order_by(Customer.id).limit(count)).all()
        passes = [(cid, keys.store_pass(session, cid, None, None, 3600)) for cid in ids]
    engine.dispose()
    return passes


def open_times(app: QApplication, window: MainWindow,
               passes: list[tuple[str, str]]) -> tuple[list[float], str]:
    page = window.pages["customer"]
    assert isinstance(page, CustomerPage)
    times, sources = [], set()
    for customer_id, text in passes:
        started = time.perf_counter()
        window.handle_scan(text)
        wait(app, lambda cid=customer_id: page.panel.view is not None
             and page.panel.view.customer_id == cid and window.current_page() == "page_customer")
        times.append((time.perf_counter() - started) * 1000)
        sources.add(page.panel.view.source)  # type: ignore[union-attr]
    return times, ",".join(sorted(sources))


def main() -> int:
    with synced_app("bench-customer-", None, 120) as run:
        app, window = run.app, run.window
        passes = passes_for(run.db_url, CUSTOMERS)
        open_times(app, window, passes[:10])  # warm-up: first queries, first paint
        online, online_source = open_times(app, window, passes)
        stop_server(run.server)
        window.sync.sync_now()  # the app learns it is offline
        wait(app, lambda: window.sync.online is False and not window.sync.running, 60)
        local, local_source = open_times(app, window, passes)
    p95_online = p95(online)
    p95_local = p95(local)
    print(f"customer_open: {len(passes)} customers of the seed, scan to customer on screen")
    print(f"  online ({online_source})  {summary(online)}")
    print(f"  offline ({local_source}) {summary(local)}")
    ok_online, ok_local = p95_online <= BAR_ONLINE_P95_MS, p95_local <= BAR_LOCAL_P95_MS
    print(f"  bar  online p95 <= {BAR_ONLINE_P95_MS:.0f} ms: {'met' if ok_online else 'MISSED'}")
    print(f"  bar  local p95 <= {BAR_LOCAL_P95_MS:.0f} ms: {'met' if ok_local else 'MISSED'}")
    return 0 if ok_online and ok_local else 1


if __name__ == "__main__":
    raise SystemExit(main())
