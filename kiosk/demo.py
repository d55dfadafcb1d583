"""`make demo`: seed the central API, register a tablet, start both, show the app.

With a display the window opens and the demo runs until it is closed. Without one it
re-runs itself under Xvfb, walks through the pages in French and English, saves a
screenshot of each under `demo-out/`, prints where they are and exits 0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path.cwd()
SCREEN = "1280x800"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cloud_stub(*args: str) -> str:
    """Run the real `cloud-stub` command line; returns its standard output."""
    result = subprocess.run([sys.executable, "-m", "cloud_stub", *args], check=True,
                            capture_output=True, text=True)
    return result.stdout


@contextmanager
def running_server(db_url: str, port: int, log_path: Path) -> Iterator[str]:
    url = f"http://127.0.0.1:{port}"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "cloud_stub", "serve", "--db", db_url, "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"cloud-stub did not start; see {log_path}")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def wait_until(app, condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("demo: timed out waiting for the app")
        app.processEvents()
        time.sleep(0.02)


def take_screenshots(api_url: str, tokens: dict[str, str], data_dir: Path, out: Path,
                     story: DemoStory) -> list[Path]:
    """`tokens`: a device token for the kiosk and one for the associate tablet."""
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_window
    from kiosk.config import load_settings
    from kiosk.services import staff
    from kiosk.ui.i18n import install_translator

    app = QApplication.instance() or QApplication([])
    saved: list[Path] = []
    for language in ("fr", "en"):
        for mode in ("kiosk", "associate"):
            settings = load_settings(["--api", api_url, "--token", tokens[mode], "--data-dir",
                                      str(data_dir / mode), "--lang", language, "--mode", mode],
                                     env={})
            window = build_window(settings)
            window.resize(*map(int, SCREEN.split("x")))
            window.show()
            window.start()
            wait_until(app, lambda w=window: w.sync.last_report is not None and not w.runner.busy)

            def shot(name: str, w=window, lang=language, widget=None) -> None:
                wait_until(app, lambda: not w.runner.busy)
                app.processEvents()
                path = out / lang / f"{name}.png"
                path.parent.mkdir(parents=True, exist_ok=True)
                (widget or w).grab().save(str(path))
                saved.append(path)

            if mode == "kiosk":
                _walk_kiosk_screens(app, window, shot, story)
            else:
                shot("login")
                window.start_session(staff.log_in(window.device.store, *DEMO_MANAGER))
                wait_until(app, lambda w=window: not w.locked)
                _walk_associate_pages(app, window, shot)
                _show_camera_scan(app, window, shot, story.store_pass)
            window.shutdown()
            window.close()
            window.device.close()
            window.deleteLater()
            app.processEvents()
    install_translator(app, "en")
    return saved


def _walk_kiosk_screens(app, window, shot: Callable[..., None], story: DemoStory) -> None:
    """The customer's visit at the kiosk: their cart, the link for their phone, a product
    label scanned, an order picked up, a return ticket."""
    flow = window.flow
    shot("kiosk-welcome")

    def scan(text: str, screen: str) -> None:
        window.kiosk_scan(text)
        wait_until(app, lambda: window.current_page() == f"page_{screen}")

    scan(story.store_pass, "home")
    shot("kiosk-home")
    window.flow.show_cart()
    shot("kiosk-cart")
    window.flow.show_phone(None)
    shot("kiosk-phone")
    if story.product_gtin:
        scan(story.product_gtin, "product")
        shot("kiosk-product")
    window.flow.show_pickup()
    shot("kiosk-pickup")
    window.end_customer_session()
    scan(story.return_pass, "home")
    window.flow.show_returns()
    wait_until(app, lambda: window.current_page() == "page_returns")
    shot("kiosk-returns")
    purchases = window.flow.session.purchases
    if purchases:
        order = purchases[0]
        window.flow.choose_lines(order)
        line = next(x for x in order.lines if x.returnable and x.window.status == "open")
        window.flow.session.chosen[line.line_no] = [1, order.reasons[0].code]
        shot("kiosk-return-lines")
        window.flow.make_ticket()
        shot("kiosk-return-ticket")
    window.end_customer_session()
    assert window.flow is not flow
    scan(story.pickup_pass, "checked_in")
    shot("kiosk-checked-in")
    window.end_customer_session()


def _walk_associate_pages(app, window, shot: Callable[..., None]) -> None:
    from sync.rules.pickup import DeskBucket

    window.show_page("pickup")
    page = window.pages["pickup"]
    wait_until(app, lambda: bool(page.rows))

    def open_first(bucket: DeskBucket) -> bool:
        row = next((r for r in page.rows if r.bucket == bucket), None)
        if row is None:
            return False
        page.open_order(row.order_id)
        wait_until(app, lambda: page.panel.order is not None
                   and page.panel.order.order_id == row.order_id)
        return True

    if open_first(DeskBucket.TO_PREPARE):
        shot("pickup-prepare")
    if open_first(DeskBucket.OVERDUE):
        shot("pickup-overdue")
    if open_first(DeskBucket.READY):
        shot("pickup")
        page.panel.id_checked.setChecked(True)
        page.panel.check_in_button.click()
        wait_until(app, lambda: page.panel.handover_box.isVisible())
        shot("pickup-handover")
    window.show_page("customer")
    customer_page = window.pages["customer"]
    customer_page.search.setText("Martin")
    customer_page.run_search()
    wait_until(app, lambda: customer_page.model.rowCount() > 0)
    customer_page.results.selectRow(0)
    customer_page.open_selected()
    wait_until(app, lambda: "<h2>" in customer_page.detail.text())
    shot("customer")
    _show_return(app, window, shot)
    window.sync.sync_now()
    wait_until(app, lambda: not window.sync.running)
    window.show_page("sync")
    shot("sync")
    window.show_page("settings")
    shot("settings")


def _show_return(app, window, shot: Callable[..., None]) -> None:
    """A web order delivered a few days ago, with a promotion, brought back to the store:
    one item back as a voucher, and the return receipt."""
    from datetime import timedelta

    from sqlalchemy import select

    from kiosk.store.models import LocalOrder
    from sync.sqltypes import utcnow

    window.show_page("returns")
    page = window.pages["returns"]
    with window.device.store.read() as session:
        candidates = session.scalars(select(LocalOrder).where(
            LocalOrder.fulfilment == "delivery", LocalOrder.status == "delivered",
            LocalOrder.customer_id.is_not(None), LocalOrder.local_data.is_(None),
            LocalOrder.created_at > utcnow() - timedelta(days=10))
            .order_by(LocalOrder.total_cents.desc())).all()
        order = next((o for o in candidates if len(o.data["lines"]) >= 2
                      and o.data.get("discount_cents")), candidates[0] if candidates else None)
    if order is None:
        shot("returns")
        return
    page.open_order(order.id)
    wait_until(app, lambda: page.panel.order is not None and page.panel.order.order_id == order.id)
    line = next(x for x in page.panel.order.lines if x.returnable and x.window.status == "open")
    page.panel.quantity(line.line_no).setValue(1)
    reason = page.panel.reason(line.line_no)
    reason.setCurrentIndex(reason.findData("wrong_size"))
    method = page.panel.method
    method.setCurrentIndex(next(i for i in range(method.count())
                                if method.itemData(i)[0] == "store_credit"))
    shot("returns")
    page.panel.confirm_button.click()
    wait_until(app, lambda: page.receipt_dialog is not None and page.receipt_dialog.isVisible())
    shot("returns-receipt", widget=page.receipt_dialog)
    page.receipt_dialog.close()


def _show_camera_scan(app, window, shot: Callable[[str], None], store_pass: str) -> None:
    """The camera panel reading a store pass held up on a phone. There is no camera on a
    virtual display, so generated frames go through the camera's frame-source interface."""
    from kiosk.scanning.camera import CameraInfo, ReplaySource
    from kiosk.scanning.synthetic import Code, camera_frame

    frame = camera_frame(Code(store_pass), 7, ("perspective",)).image
    window.camera.cameras = lambda: [CameraInfo("demo", "Demo camera (generated pictures)")]
    window.camera.source_factory = lambda _device: ReplaySource([frame], fps=10, loop=True)
    window.show_page("pickup")
    window.camera_button.setChecked(True)
    customer_page = window.pages["customer"]
    wait_until(app, lambda: window.current_page() == "page_customer"
               and "<h2>" in customer_page.detail.text())
    wait_until(app, lambda: window.camera.preview.pixmap() is not None
               and not window.camera.preview.pixmap().isNull())
    shot("camera-scan")
    window.camera_button.setChecked(False)


@dataclass(frozen=True)
class DemoStory:
    store_pass: str
    pickup_pass: str
    product_gtin: str
    return_pass: str
    """The store pass of a customer with a recent delivery to bring back."""


DEMO_MANAGER = ("2001", "9876")
"""The seed's manager (cloud_stub.crud.staff.SEED_STAFF), who walks through the pages."""


def showcase_customer(db_url: str) -> str:
    """The demo's story: a customer who agreed to personalised advice, browsed a lot online
    and left a cart, comes into the store."""
    from sqlalchemy import create_engine, func, select
    from sqlalchemy.orm import Session

    from cloud_stub.models import BrowsingEvent, Cart, Customer

    engine = create_engine(db_url)
    with Session(engine) as session:
        customer_id = session.scalars(
            select(Customer.id).join(Cart, Cart.customer_id == Customer.id)
            .join(BrowsingEvent, BrowsingEvent.customer_id == Customer.id)
            .where(Cart.status == "open", Customer.consent_personalisation.is_(True))
            .group_by(Customer.id).order_by(func.count(BrowsingEvent.id).desc(), Customer.id)
            .limit(1)).one()
    engine.dispose()
    return customer_id


def demo_story(db_url: str, store_id: str) -> DemoStory:
    """Passes and a product label for the kiosk's screenshots."""
    from datetime import timedelta

    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from cloud_stub.models import Cart, CartLine, Order, Product
    from sync.sqltypes import utcnow

    customer_id = showcase_customer(db_url)
    engine = create_engine(db_url)
    with Session(engine) as session:
        order_id = session.scalars(select(Order.id).where(
            Order.store_id == store_id, Order.fulfilment == "click_collect",
            Order.pickup_state == "ready", Order.payment_state == "paid")
            .order_by(Order.id)).first()
        gtin = session.scalars(
            select(Product.gtin).join(CartLine, CartLine.product_id == Product.id)
            .join(Cart, Cart.id == CartLine.cart_id).where(Cart.customer_id == customer_id)
        ).first()
        returning = session.scalars(select(Order.customer_id).where(
            Order.fulfilment == "delivery", Order.status == "delivered",
            Order.customer_id.is_not(None), Order.created_at > utcnow() - timedelta(days=10))
            .order_by(Order.created_at.desc())).first()
    engine.dispose()
    return DemoStory(
        return_pass=cloud_stub("pass", "--customer", str(returning), "--db", db_url)
        .strip().splitlines()[-1],
        store_pass=cloud_stub("pass", "--customer", customer_id, "--db", db_url)
        .strip().splitlines()[-1],
        pickup_pass=cloud_stub("pass", "--order", str(order_id), "--db", db_url)
        .strip().splitlines()[-1],
        product_gtin=gtin or "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-demo", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "demo-out")
    parser.add_argument("--work", type=Path, default=ROOT / ".demo")
    parser.add_argument("--mode", choices=("associate", "kiosk"), default="associate",
                        help="with a display: the associate tablet or the customer kiosk")
    parser.add_argument("--screenshots", action="store_true",
                        help="walk the pages and save screenshots instead of opening a window")
    args = parser.parse_args(argv)

    if not args.screenshots and not has_display():
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("demo: no display and no xvfb-run; install xvfb (make demo does)",
                  file=sys.stderr)
            return 1
        print("demo: no display; running on a virtual display and saving screenshots")
        return subprocess.call([xvfb, "-a", "-s", f"-screen 0 {SCREEN}x24", sys.executable,
                                "-m", "kiosk.demo", "--screenshots", "--out", str(args.out),
                                "--work", str(args.work)])

    args.work.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{args.work / 'cloud.db'}"
    tablet_dir = args.work / "tablet"
    shutil.rmtree(tablet_dir, ignore_errors=True)
    print(cloud_stub("seed", "--db", db_url).strip())
    store_id = cloud_stub("stores", "--db", db_url).split()[0]
    tokens = {mode: cloud_stub("device", "add", "--store", store_id, "--db", db_url,
                               "--name", f"demo {mode}", "--kind", kind)
              .strip().splitlines()[-1]
              for mode, kind in (("associate", "tablet"), ("kiosk", "kiosk"))}
    port = free_port()
    with running_server(db_url, port, args.work / "cloud-stub.log") as api_url:
        print(f"central API on {api_url} (docs at {api_url}/docs), store {store_id}")
        if args.screenshots:
            shutil.rmtree(args.out, ignore_errors=True)
            saved = take_screenshots(api_url, tokens, tablet_dir, args.out,
                                     demo_story(db_url, store_id))
            print(f"demo: {len(saved)} screenshots written under {args.out}/:")
            for path in saved:
                print(f"  {path}")
            return 0
        from kiosk.app import main as kiosk_main

        if args.mode == "associate":
            print("log in with staff number 1001 and PIN 1234 (associate), or 2001 and PIN "
                  "9876 (manager)")
        return kiosk_main(["--api", api_url, "--token", tokens[args.mode], "--data-dir",
                           str(tablet_dir / args.mode), "--mode", args.mode])


if __name__ == "__main__":
    raise SystemExit(main())
