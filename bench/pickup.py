"""Benchmark: the pickup desk with 5,000 click & collect orders in the local copy.

The real app runs offscreen against the real `cloud-stub` on loopback, seeded with 5,000
click & collect orders for the demo store (synced to the tablet first). For 200 orders
ready on the shelf, a pickup pass signed the way `cloud-stub pass` signs it is handed to
the window's scan handler (where camera and wedge scans end); the clock stops when the
order panel shows that order with its customer checked in. Then "Hand over" is pressed;
the clock stops when the panel shows the order collected and the confirmation is up.
Background sync runs as in a store (each action asks for a round, which starts a second
later and takes every action recorded by then).
Bars: p95 <= 100 ms for both.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from kiosk.ui.pickup.page import PickupPage
from kiosk.ui.shell.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bench.timing import p95, summary, synced_app, wait
from cloud_stub.admin.seed import SeedSize
from cloud_stub.core import keys
from cloud_stub.core.db import make_engine
from cloud_stub.models import Order
from kiosk.store.models import LocalOrder
from sync.rules.pickup import DeskBucket

CLICK_COLLECT = 5000
MEASURED = 200
BAR_P95_MS = 100.0


def ready_passes(db_url: str, count: int) -> list[tuple[str, str]]:
    """(order id, pickup pass) for paid orders of the demo store waiting on the shelf."""
    engine = make_engine(db_url)
    with Session(engine) as session, session.begin():
        orders = session.scalars(select(Order).where(
            Order.store_id == "S001", Order.pickup_state == "ready",
            Order.payment_state == "paid", Order.pickup_deadline > func.now())
            .order_by(Order.id).limit(count)).all()
        passes = [(o.id, keys.pickup_pass(session, o)) for o in orders]
    engine.dispose()
    return passes


def desk_times(app: QApplication, window: MainWindow,
               passes: list[tuple[str, str]]) -> tuple[list[float], list[float]]:
    page = window.pages["pickup"]
    assert isinstance(page, PickupPage)
    opened, handed = [], []
    for order_id, text in passes:
        started = time.perf_counter()
        window.handle_scan(text)
        wait(app, lambda oid=order_id: page.panel.order is not None
             and page.panel.order.order_id == oid
             and page.panel.order.bucket == DeskBucket.WAITING
             and page.panel.handover_box.isVisible())
        opened.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        page.panel.handover_button.click()
        wait(app, lambda oid=order_id: page.panel.order is not None
             and page.panel.order.order_id == oid
             and page.panel.order.bucket == DeskBucket.COLLECTED
             and page.receipt_dialog is not None
             and page.receipt_dialog.isVisible())
        handed.append((time.perf_counter() - started) * 1000)
        assert page.receipt_dialog is not None
        page.receipt_dialog.close()
    return opened, handed


def main() -> int:
    # A few cancelled or expired orders are past the desk's window (not on the tablet):
    # seed 6 % more, so that the tablet's copy holds at least CLICK_COLLECT.
    seeded = CLICK_COLLECT * 106 // 100
    size = SeedSize(orders=seeded + 1000, demo_click_collect=seeded)
    with synced_app("bench-pickup-", size, 300) as run:
        app, window = run.app, run.window
        passes = ready_passes(run.db_url, MEASURED + 10)
        with window.device.store.read() as session:
            local = session.scalar(select(func.count()).select_from(LocalOrder).where(
                LocalOrder.store_id == "S001", LocalOrder.fulfilment == "click_collect")) or 0
        window.show_page("pickup")
        page = window.pages["pickup"]
        wait(app, lambda: len(page.rows) > 0, 60)  # type: ignore[attr-defined]
        desk_times(app, window, passes[:10])  # warm-up: first queries, first paint
        opened, handed = desk_times(app, window, passes[10:])
    p95_open = p95(opened)
    p95_hand = p95(handed)
    print(f"pickup: {local} click & collect orders for this store in the local copy, "
          f"{len(opened)} orders measured")
    print(f"  pass scan to order on screen (checked in) {summary(opened)}")
    print(f"  hand over to panel updated + receipt     {summary(handed)}")
    ok_open, ok_hand = p95_open <= BAR_P95_MS, p95_hand <= BAR_P95_MS
    print(f"  bar  open p95 <= {BAR_P95_MS:.0f} ms: {'met' if ok_open else 'MISSED'}")
    print(f"  bar  handover p95 <= {BAR_P95_MS:.0f} ms: {'met' if ok_hand else 'MISSED'}")
    ok = ok_open and ok_hand and local >= CLICK_COLLECT
    if local < CLICK_COLLECT:
        print(f"  the local copy holds {local} orders, fewer than {CLICK_COLLECT}: MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
