"""Benchmark: from a store pass scan to the customer on screen, online and from the local copy.

The real app runs offscreen against the real `cloud-stub` on loopback with the full seed.
For customers of the seed, a store pass signed the way `cloud-stub pass` signs it is
handed to the window's scan handler (where camera and wedge scans end); the clock stops
when the Customer page shows that customer. Online: 100 customers of the demo store's
working set (the tablet holds them; the live context answers over loopback), then 100
customers outside it (with an online cart or browsing: fetched live and kept on the
tablet for the visit). Then with the server stopped, all 200 from the local copy.
Bars: p95 <= 300 ms online, in the working set and outside it; <= 150 ms from the local
copy.
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
from cloud_stub.models import BrowsingEvent, Cart, Customer, StoreCustomer
from tests.conftest import stop_server

CUSTOMERS = 100
"""Of each kind: in the demo store's working set, and outside it."""
BAR_ONLINE_P95_MS = 300.0
BAR_LOCAL_P95_MS = 150.0


def passes_for(db_url: str, count: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(customer id, store pass) of customers in the demo store's working set, and of
    customers outside it with an online cart or browsing."""
    engine = create_engine(db_url)
    with Session(engine) as session, session.begin():
        members = select(StoreCustomer.customer_id).where(StoreCustomer.store_id == "S001")
        active = or_(Customer.id.in_(select(Cart.customer_id).where(Cart.status == "open")),
                     Customer.id.in_(select(BrowsingEvent.customer_id)))
        inside = session.scalars(select(Customer.id).where(
            Customer.id.in_(members), Customer.deleted.is_(False))
            .order_by(Customer.id).limit(count)).all()
        outside = session.scalars(select(Customer.id).where(
            active, Customer.id.not_in(members), Customer.deleted.is_(False))
            .order_by(Customer.id).limit(count)).all()
        passes = ([(cid, keys.store_pass(session, cid, None, None, 3600)) for cid in inside],
                  [(cid, keys.store_pass(session, cid, None, None, 3600)) for cid in outside])
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
        members, outsiders = passes_for(run.db_url, CUSTOMERS)
        open_times(app, window, members[:10])  # warm-up: first queries, first paint
        online, online_source = open_times(app, window, members)
        fetched, fetched_source = open_times(app, window, outsiders)
        stop_server(run.server)
        window.sync.sync_now()  # the app learns it is offline
        wait(app, lambda: window.sync.online is False and not window.sync.running, 60)
        local, local_source = open_times(app, window, members + outsiders)
    bars = [("online, working set", online, BAR_ONLINE_P95_MS),
            ("online, outside the working set", fetched, BAR_ONLINE_P95_MS),
            ("local copy", local, BAR_LOCAL_P95_MS)]
    print(f"customer_open: {len(members)} customers in the working set, {len(outsiders)} "
          "outside it; scan to customer on screen")
    print(f"  online, working set ({online_source})        {summary(online)}")
    print(f"  online, outside the working set ({fetched_source}) {summary(fetched)}")
    print(f"  offline ({local_source})                     {summary(local)}")
    ok = True
    for label, times, bar in bars:
        met = p95(times) <= bar
        ok = ok and met
        print(f"  bar  {label} p95 <= {bar:.0f} ms: {'met' if met else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
