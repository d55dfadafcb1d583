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
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget

ROOT = Path.cwd()
SCREEN = "1280x800"
LANGUAGES = ("fr", "en")


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


def take_screenshots(api_url: str, tokens: dict[str, Path], data_dir: Path, out: Path,
                     story: DemoStory) -> list[Path]:
    """`tokens`: the token files of the kiosk and of the associate tablet. The walk
    goes through the automation surface (`docs/automation.md`) only: object names, taps,
    typing, scans typed as a scanner types them, and the camera's frame-source interface."""
    from PySide6.QtWidgets import QApplication

    from kiosk.app import build_window
    from kiosk.config import load_settings
    from kiosk.ui import automation as ui
    from kiosk.ui.shell.i18n import install_translator

    app = QApplication.instance() or QApplication([])
    saved: list[Path] = []
    for language in LANGUAGES:
        for mode in ("kiosk", "associate"):
            settings = load_settings(["--api", api_url, "--token-file", str(tokens[mode]),
                                      "--data-dir",
                                      str(data_dir / mode), "--lang", language, "--mode", mode],
                                     env={})
            window = build_window(settings)
            window.resize(*map(int, SCREEN.split("x")))
            window.show()
            window.start()
            def shot(name: str, lang: str = language, widget: QWidget | None = None,
                     w: QWidget = window) -> None:
                ui.settle()
                path = out / lang / f"{name}.png"
                path.parent.mkdir(parents=True, exist_ok=True)
                (widget or w).grab().save(str(path))
                saved.append(path)

            if mode == "kiosk":
                _walk_kiosk_screens(window, shot, story)
            else:
                shot("login")
                _log_in(window)
                _walk_associate_pages(window, shot, story, LANGUAGES.index(language))
                _show_camera_scan(window, shot, story.store_pass)
            window.close()
            window.device.close()
            window.deleteLater()
            app.processEvents()
    install_translator(app, "en")
    return saved


def _log_in(window: QWidget) -> None:
    """The manager logs in on the lock screen, once the first sync brought the staff
    accounts (until then the lock screen says it needs a sync)."""
    from kiosk.ui import automation as ui

    def logged_in() -> bool:
        if ui.names(window, "login_button"):
            ui.type_into(window, "login_number", DEMO_MANAGER[0])
            ui.type_into(window, "login_pin", DEMO_MANAGER[1])
            ui.tap(window, "login_button")
            ui.settle(0.5)
        return not ui.names(window, "login_button")

    ui.wait_until(logged_in, timeout=60)


def _walk_kiosk_screens(window: QWidget, shot: Callable[..., None], story: DemoStory) -> None:
    """The customer's visit at the kiosk: their cart, the link for their phone, a product
    label scanned, an order picked up, a return ticket."""
    from kiosk.ui import automation as ui

    def at(screen: str) -> None:
        ui.wait_until(lambda: bool(ui.names(window, f"page_{screen}")))

    def scan(text: str, screen: str) -> None:
        ui.scanner_types(window, text)
        at(screen)

    def first_scan(text: str, screen: str) -> bool:
        """Until the first sync brought the signing keys, a pass is refused: scan again."""
        ui.scanner_types(window, text)
        ui.settle(0.5)
        return bool(ui.names(window, f"page_{screen}"))

    shot("kiosk-welcome")
    ui.wait_until(lambda: first_scan(story.store_pass, "home"), timeout=60)
    shot("kiosk-home")
    ui.tap(window, "kiosk_cart_button")
    at("cart")
    shot("kiosk-cart")
    ui.tap(window, "kiosk_cart_phone")
    at("phone")
    shot("kiosk-phone")
    if story.product_gtin:
        scan(story.product_gtin, "product")
        shot("kiosk-product")
    ui.tap(window, "kiosk_done")
    at("welcome")
    scan(story.store_pass, "home")
    ui.tap(window, "kiosk_pickup_button")
    at("pickup")
    shot("kiosk-pickup")
    ui.tap(window, "kiosk_done")
    at("welcome")
    scan(story.return_pass, "home")
    ui.tap(window, "kiosk_return_button")
    at("returns")
    shot("kiosk-returns")
    purchases = ui.names(window, "kiosk_purchase_")
    if purchases:
        ui.tap(window, purchases[0])
        at("return_lines")
        line = ui.names(window, "kiosk_line_plus_")[0].removeprefix("kiosk_line_plus_")
        ui.tap(window, f"kiosk_line_plus_{line}")
        ui.choose(window, f"kiosk_line_reason_{line}", bool)
        shot("kiosk-return-lines")
        ui.tap(window, "kiosk_ticket_button")
        at("ticket")
        shot("kiosk-return-ticket")
    ui.tap(window, "kiosk_done")
    at("welcome")
    scan(story.pickup_pass, "checked_in")
    shot("kiosk-checked-in")
    ui.tap(window, "kiosk_done")


def _walk_associate_pages(window: QWidget, shot: Callable[..., None], story: DemoStory,
                          turn: int) -> None:
    from kiosk.ui import automation as ui

    ui.tap(window, "nav_pickup")
    ui.wait_until(lambda: ui.table_rows(window, "pickup_table") > 0)

    def open_order(number: str) -> bool:
        if not number:
            return False
        ui.type_into(window, "pickup_search", number)
        ui.wait_until(lambda: ui.table_rows(window, "pickup_table") == 1)
        ui.select_row(window, "pickup_table", 0)
        ui.wait_until(lambda: number in ui.text_of(window, "pickup_order_number"))
        ui.type_into(window, "pickup_search", "")  # the whole queue again, the order open
        return True

    if open_order(story.to_prepare):
        shot("pickup-prepare")
    if open_order(story.overdue):
        shot("pickup-overdue")
    if open_order(story.ready[turn] if turn < len(story.ready) else ""):
        shot("pickup")
        ui.find(window, QCheckBox, "pickup_id_checked").setChecked(True)
        ui.tap(window, "pickup_checkin_button")
        ui.wait_until(lambda: ui.shown(window, "pickup_handover_button"))
        shot("pickup-handover")
    ui.tap(window, "nav_customer")
    ui.type_into(window, "customer_search", "Martin")
    ui.wait_until(lambda: ui.table_rows(window, "customer_results") > 0)
    ui.select_row(window, "customer_results", 0)
    ui.wait_until(lambda: "<h2>" in ui.text_of(window, "customer_detail"))
    shot("customer")
    _show_return(window, shot, story.return_numbers[turn]
                 if turn < len(story.return_numbers) else "")
    _show_performance(window, shot)
    ui.tap(window, "nav_sync")
    ui.tap(window, "sync_now_button")
    ui.wait_until(lambda: ui.find(window, QWidget, "sync_now_button").isEnabled())
    shot("sync")
    ui.tap(window, "nav_settings")
    shot("settings")


def _show_performance(window: QWidget, shot: Callable[..., None]) -> None:
    """The manager's Store performance page (the seed's eight-week story): the figures of
    the month, then the per-day trend and the customers' comments further down."""
    from PySide6.QtWidgets import QScrollArea

    from kiosk.ui import automation as ui

    ui.tap(window, "nav_performance")
    ui.wait_until(lambda: ui.table_rows(window, "performance_figures") > 0
                  and ui.table_rows(window, "performance_trend_table") > 0, timeout=60)
    ui.tap(window, "performance_period_week")
    shot("performance")
    page = ui.find(window, QWidget, "page_performance")
    scroll = page.findChild(QScrollArea)
    if scroll is not None:
        bar = scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        shot("performance-trend")
        bar.setValue(0)


def _show_return(window: QWidget, shot: Callable[..., None], number: str) -> None:
    """A web order delivered a few days ago, with a promotion, brought back to the store:
    one item back as a voucher, and the return receipt."""
    from kiosk.ui import automation as ui

    ui.tap(window, "nav_returns")
    if not number:
        shot("returns")
        return
    ui.type_into(window, "returns_search", number, enter=True)
    ui.wait_until(lambda: number in ui.text_of(window, "returns_order_number"))
    line = next(name.removeprefix("returns_qty_") for name in ui.names(window, "returns_qty_")
                if ui.find(window, QSpinBox, name).maximum() > 0)
    ui.set_number(window, f"returns_qty_{line}", 1)
    ui.choose(window, f"returns_reason_{line}", lambda code: code == "wrong_size")
    ui.choose(window, "returns_refund_method",
              lambda data: isinstance(data, tuple | list) and data[0] == "store_credit")
    shot("returns")
    ui.tap(window, "returns_confirm")
    ui.wait_until(lambda: ui.shown(window, "return_receipt"))
    receipt = ui.find(window, QWidget, "return_receipt")
    shot("returns-receipt", widget=receipt)
    receipt.close()


def _show_camera_scan(window: QWidget, shot: Callable[[str], None], store_pass: str) -> None:
    """The camera panel reading a store pass held up on a phone. There is no camera on a
    virtual display, so generated frames go through the camera's frame-source interface."""
    from kiosk.scanning.camera import CameraInfo, ReplaySource
    from kiosk.scanning.synthetic import Code, camera_frame
    from kiosk.ui import automation as ui
    from kiosk.ui.camera.panel import CameraPanel

    frame = camera_frame(Code(store_pass), 7, ("perspective",)).image
    camera = ui.find(window, CameraPanel, "camera_panel")
    camera.cameras = lambda: [CameraInfo("demo", "Demo camera (generated pictures)")]
    camera.source_factory = lambda _device: ReplaySource([frame], fps=10, loop=True)
    ui.tap(window, "nav_pickup")
    ui.tap(window, "nav_camera")
    ui.wait_until(lambda: ui.shown(window, "page_customer")
                  and "<h2>" in ui.text_of(window, "customer_detail"))
    ui.wait_until(lambda: not ui.find(window, QLabel, "camera_preview").pixmap().isNull())
    shot("camera-scan")
    ui.tap(window, "nav_camera")


@dataclass(frozen=True)
class DemoStory:
    store_pass: str
    pickup_pass: str
    product_gtin: str
    return_pass: str
    """The store pass of a customer with a recent delivery to bring back."""
    return_numbers: tuple[str, ...]
    """Web orders delivered a few days ago, with a promotion, to bring back at the desk
    (one per language)."""
    to_prepare: str
    overdue: str
    ready: tuple[str, ...]
    """Click & collect orders of the store, one per state the desk shows (and one ready
    order per language, the kiosk's pickup pass being another)."""


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
    """Passes, a product label and order numbers for the walk, read from the central
    database as an outside tester would: one ready order and one return per language, so
    that the English walk does not meet what the French one already did."""
    from datetime import timedelta

    from sqlalchemy import create_engine, func, select
    from sqlalchemy.orm import Session

    from cloud_stub.models import Cart, CartLine, Order, OrderLine, Product
    from sync.sqltypes import utcnow

    customer_id = showcase_customer(db_url)
    engine = create_engine(db_url)
    now = utcnow()
    collect = (Order.store_id == store_id, Order.fulfilment == "click_collect",
               Order.payment_state == "paid")
    with Session(engine) as session:
        ready = session.scalars(select(Order).where(
            *collect, Order.pickup_state == "ready", Order.pickup_deadline > now)
            .order_by(Order.id).limit(3)).all()
        to_prepare = session.scalars(select(Order.number).where(
            *collect, Order.pickup_state == "to_prepare").order_by(Order.id)).first()
        overdue = session.scalars(select(Order.number).where(
            *collect, Order.pickup_state == "ready", Order.pickup_deadline < now)
            .order_by(Order.id)).first()
        gtin = session.scalars(
            select(Product.gtin).join(CartLine, CartLine.product_id == Product.id)
            .join(Cart, Cart.id == CartLine.cart_id).where(Cart.customer_id == customer_id)
        ).first()
        delivered = session.execute(
            select(Order.number, Order.customer_id).join(OrderLine)
            .where(Order.fulfilment == "delivery", Order.status == "delivered",
                   Order.customer_id.is_not(None), Order.discount_cents > 0,
                   Order.created_at > now - timedelta(days=10))
            .group_by(Order.id).having(func.count(OrderLine.id) >= 2)
            .order_by(Order.total_cents.desc()).limit(2)).all()
    engine.dispose()

    def last_line(*args: str) -> str:
        return cloud_stub(*args, "--db", db_url).strip().splitlines()[-1]

    numbers = [o.number for o in ready]
    return DemoStory(
        return_pass=last_line("pass", "--customer", str(delivered[0].customer_id))
        if delivered else "",
        store_pass=last_line("pass", "--customer", customer_id),
        pickup_pass=last_line("pass", "--order", ready[0].id),
        product_gtin=gtin or "",
        return_numbers=tuple(row.number for row in delivered),
        to_prepare=to_prepare or "", overdue=overdue or "",
        ready=tuple(numbers[1:]))


def enrol_devices(api_url: str, codes: dict[str, str], work: Path) -> dict[str, Path]:
    """Each demo device trades its pairing code for its token, as a new tablet does on its
    first screen; the token files, by mode (no token on any command line)."""
    from kiosk.config import Settings
    from kiosk.services.device import enrol

    files = {}
    for mode, code in codes.items():
        files[mode] = work / f"{mode}.token"
        enrol(Settings(api_url=api_url, token_file=files[mode]), code)
    return files


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
    codes = {mode: cloud_stub("device", "add", "--store", store_id, "--db", db_url,
                              "--name", f"demo {mode}", "--kind", kind)
             .strip().splitlines()[-1]
             for mode, kind in (("associate", "tablet"), ("kiosk", "kiosk"))}
    port = free_port()
    with running_server(db_url, port, args.work / "cloud-stub.log") as api_url:
        print(f"central API on {api_url} (docs at {api_url}/docs), store {store_id}")
        tokens = enrol_devices(api_url, codes, args.work)
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
        return kiosk_main(["--api", api_url, "--token-file", str(tokens[args.mode]),
                           "--data-dir", str(tablet_dir / args.mode), "--mode", args.mode])


if __name__ == "__main__":
    raise SystemExit(main())
