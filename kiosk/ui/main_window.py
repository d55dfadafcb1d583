"""The main window: navigation, pages, a message banner and the status bar."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.scanning.decode import CONTEXT_FORMATS
from kiosk.services import returns, scans
from kiosk.services.device import Device
from kiosk.services.errors import ActionRefused
from kiosk.services.pickup import DeskOrder
from kiosk.services.status import SyncStatus
from kiosk.ui import fmt
from kiosk.ui.bridge import TaskRunner
from kiosk.ui.camera_panel import CameraPanel
from kiosk.ui.models import pickup_state_text
from kiosk.ui.pages import (
    CustomerPage,
    Page,
    PageContext,
    PickupPage,
    ReturnsPage,
    SyncPage,
    WelcomePage,
)
from kiosk.ui.style import STYLE_SHEET, set_style_state
from kiosk.ui.sync_controller import SyncController
from kiosk.ui.wedge_filter import WedgeFilter

log = logging.getLogger(__name__)

MESSAGE_SECONDS = 8


FOREIGN_CODES = frozenset({"not_recognised", "wrong_type", "unknown_key", "malformed"})
"""Scan refusals that, at the returns desk, mean "not one of our receipts"."""


class MainWindow(QMainWindow):
    def __init__(self, device: Device) -> None:
        super().__init__()
        self.device = device
        self.settings = device.settings
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Store app"))
        self.setStyleSheet(STYLE_SHEET)
        # One more worker than the pages need: a sync round (one at a time, long on a slow
        # network) never keeps a page's read waiting for a thread.
        self.runner = TaskRunner(self, threads=3, activity=device.activity)
        self.sync = SyncController(device, self.runner, self)
        self.context = PageContext(device=device, runner=self.runner, sync=self.sync,
                                   language=self.settings.language, notify=self.notify,
                                   explain=self.explain)

        root = QWidget()
        outer = QHBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.pages: dict[str, Page] = {}
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)

        if self.settings.mode == "kiosk":
            self._add_page("welcome", WelcomePage(self.context))
        else:
            nav = QFrame()
            nav.setObjectName("nav")
            nav_layout = QVBoxLayout(nav)
            nav_layout.setContentsMargins(12, 16, 12, 16)
            nav_layout.setSpacing(8)
            brand = QLabel(self.tr("Store"))
            brand.setObjectName("nav_brand")
            nav_layout.addWidget(brand)
            self.store_label = QLabel("")
            self.store_label.setObjectName("nav_store")
            self.store_label.setWordWrap(True)
            nav_layout.addWidget(self.store_label)
            nav_layout.addSpacing(12)
            for key, page, caption in (
                ("customer", CustomerPage(self.context), self.tr("Customer")),
                ("pickup", PickupPage(self.context), self.tr("Pickup")),
                ("returns", ReturnsPage(self.context), self.tr("Returns")),
                ("sync", SyncPage(self.context), self.tr("Sync")),
            ):
                button = QPushButton(caption)
                button.setObjectName(f"nav_{key}")
                button.setCheckable(True)
                button.setAccessibleName(caption)
                button.clicked.connect(lambda _checked=False, k=key: self.show_page(k))
                self.nav_group.addButton(button)
                nav_layout.addWidget(button)
                self._add_page(key, page)
            nav_layout.addStretch(1)
            self.camera_button = QPushButton(self.tr("Camera"))
            self.camera_button.setObjectName("nav_camera")
            self.camera_button.setCheckable(True)
            self.camera_button.setAccessibleName(self.tr("Scan with the camera"))
            self.camera_button.setVisible(self.settings.camera != "off")
            self.camera_button.toggled.connect(self.show_camera)
            nav_layout.addWidget(self.camera_button)
            outer.addWidget(nav)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(24, 16, 24, 16)
        self.banner = QLabel()
        self.banner.setObjectName("message_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        main_layout.addWidget(self.banner)
        main_layout.addWidget(self.stack, 1)
        outer.addWidget(main, 1)
        self.camera = CameraPanel(self.settings.data_dir, fixed_device=(
            "" if self.settings.camera == "off" else self.settings.camera))
        self.camera.hide()
        self.camera.scanned.connect(self.handle_scan)
        outer.addWidget(self.camera)
        self.setCentralWidget(root)
        self.banner_timer = QTimer(self)
        self.banner_timer.setSingleShot(True)
        self.banner_timer.timeout.connect(self.banner.hide)

        self.status_connectivity = QLabel()
        self.status_connectivity.setObjectName("status_connectivity")
        self.status_pending = QLabel()
        self.status_pending.setObjectName("status_pending")
        self.status_last_sync = QLabel()
        self.status_last_sync.setObjectName("status_last_sync")
        self.status_attention = QLabel()
        self.status_attention.setObjectName("status_attention")
        bar = self.statusBar()
        bar.setObjectName("status_bar")
        bar.setSizeGripEnabled(False)
        for label in (self.status_connectivity, self.status_pending, self.status_last_sync):
            bar.addWidget(label)
        bar.addPermanentWidget(self.status_attention)
        if self.settings.mode == "kiosk":
            bar.hide()  # sync figures are staff information, not for customers
        self.sync.status_changed.connect(self.show_status)
        self.sync.round_finished.connect(lambda _r: self._show_connectivity())
        self._show_connectivity()
        self.show_page("welcome" if self.settings.mode == "kiosk" else "pickup")
        self.wedge = WedgeFilter(self)
        if self.settings.mode == "associate":
            self.wedge.scanned.connect(self.handle_scan)
            customer_page = self.pages["customer"]
            assert isinstance(customer_page, CustomerPage)
            self.wedge.activity.connect(customer_page.still_active)
            customer_page.panel.open_pickup.connect(self.open_pickup)
            pickup_page = self.pages["pickup"]
            assert isinstance(pickup_page, PickupPage)
            pickup_page.scan.connect(self.handle_scan)
            self.wedge.install()

    def _add_page(self, key: str, page: Page) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)

    # --- navigation and messages ---------------------------------------------------------

    def show_page(self, key: str) -> None:
        page = self.pages[key]
        leaving = self.stack.currentWidget()
        button = self.findChild(QPushButton, f"nav_{key}")
        if button is not None:
            button.setChecked(True)
        if leaving is page:
            return  # already in front and kept up to date: a scan here reloads nothing
        if isinstance(leaving, CustomerPage):
            leaving.clear()  # leaving the customer leaves no personal data on screen
        self.stack.setCurrentWidget(page)
        self.camera.set_formats(CONTEXT_FORMATS["pickup desk" if key == "pickup" else "associate"])
        page.on_shown()

    def open_pickup(self, order_id: str, order: DeskOrder | None = None) -> None:
        self.show_page("pickup")
        pickup_page = self.pages["pickup"]
        assert isinstance(pickup_page, PickupPage)
        pickup_page.focus_order(order_id, order)

    def show_camera(self, visible: bool) -> None:
        """The camera runs only while its panel is open: no picture taken unseen."""
        self.camera.setVisible(visible)
        if visible:
            self.camera.refresh_cameras()
            self.camera.start()
        else:
            self.camera.stop()

    def current_page(self) -> str:
        return self.stack.currentWidget().objectName()

    def notify(self, text: str, level: str = "info") -> None:
        self.banner.setText(text)
        set_style_state(self.banner, "level", level)
        self.banner.show()
        self.banner_timer.start(MESSAGE_SECONDS * 1000)

    def explain(self, error: BaseException) -> str:
        if isinstance(error, ActionRefused):
            return self.refusal_text(error)
        log.error("action failed", exc_info=error)
        return self.tr("Something went wrong and nothing was recorded. Please try again; "
                       "if it happens again, call support.")

    def refusal_text(self, error: ActionRefused) -> str:
        p = error.params
        locale = fmt.locale_for(self.settings.language)

        def when(key: str) -> str:
            value = p.get(key)
            return fmt.day_and_time(value, locale) if isinstance(value, datetime) else "?"

        messages = {
            "customer_unknown": self.tr("This customer is not in the store's copy yet."),
            "nothing_to_resolve": self.tr("This line was already dealt with."),
            "order_unknown": self.tr("This order is not known: check the number with the "
                                     "customer."),
            "order_other_store": self.tr("Order %1 is to be collected at another store."),
            "order_not_local_offline": self.tr(
                "This order is not on this tablet yet and the central system cannot be "
                "reached: find the order by the customer's name, or try again once online."),
            "not_ready_for_check_in": self.tr("Order %1 cannot be collected yet: it is %2."),
            "not_being_prepared": self.tr("Order %1 is not being prepared: it is %2."),
            "not_on_the_shelf": self.tr("Order %1 is not waiting on the shelf: it is %2."),
            "order_cancelled": self.tr("Order %1 was cancelled: nothing can be handed over. "
                                       "The customer's refund is handled centrally."),
            "order_returned_to_stock": self.tr(
                "Order %1 was not collected in time and went back to stock."),
            "already_collected": self.tr("Order %1 was already collected."),
            "deadline_passed": self.tr(
                "The pickup deadline of order %1 passed on %3: extend it first if the policy "
                "allows, or return the order to stock."),
            "code_wrong": self.tr("This pickup code matches no order here. %4 attempt(s) "
                                  "left before the code entry locks."),
            "code_locked": self.tr("Too many wrong pickup codes: code entry is locked until "
                                   "%5. Scan the pass or check the name against an ID."),
            "order_unpaid": self.tr("Order %1 is not paid yet: it cannot be handed over. "
                                    "Ask the customer to complete the payment online."),
            "nothing_to_hand_over": self.tr("Set at least one item to hand over or refuse."),
            "quantity_too_high": self.tr("Line %6: at most %7 item(s)."),
            "reason_needed": self.tr("Line %6: choose why the customer refuses it."),
            "line_unknown": self.tr("Order %1 has no line %6."),
            "product_not_on_order": self.tr("%8 is not on order %1: put it back."),
            "line_complete": self.tr("Line %6 of order %1 is already fully picked."),
            "lines_not_prepared": self.tr("Order %1: lines %9 are neither picked nor marked "
                                          "missing."),
            "nothing_picked": self.tr("Order %1: nothing was picked, so it cannot be ready. "
                                      "Call customer service to cancel it."),
            "shelf_needed": self.tr("Give the shelf or bin where the order is put away."),
            "already_extended": self.tr("The deadline of order %1 was already extended: "
                                        "return it to stock."),
            "name_too_long": self.tr("The name is too long."),
            "order_number_invalid": self.tr("“%1” is not an order number: it reads like "
                                            "WEB-100123."),
            "order_in_delivery": self.tr("Order %1 is still on its way to the customer: it "
                                         "can be returned once delivered."),
            "nothing_to_return": self.tr("Set how many units of each item come back."),
            "return_too_many": self.tr("%8: at most %7 unit(s) can come back (the rest was "
                                       "already returned or refunded)."),
            "condition_needed": self.tr("Line %6: choose the item's condition."),
            "payment_not_used": self.tr("Order %1 was not paid this way: refund it to the "
                                        "original payment or as a voucher."),
            "refund_exceeds_payment": self.tr("Order %1: this refund is more than was paid."),
            "outside_policy": self.tr("%8 is outside the return policy: a manager can accept "
                                      "it, with a reason."),
            "manager_needed": self.tr("%8 is outside the return policy: only a manager can "
                                      "accept it."),
            "override_reason_needed": self.tr("Give the manager's name and why the return is "
                                              "accepted outside the policy."),
            "exchange_product_unknown": self.tr("Scan the item given in exchange: this "
                                                "barcode is not in the catalogue."),
            "needs_network_return": self.tr(
                "Offline, a return can refund at most %11: this one (%10) needs the network. "
                "Try again once online."),
            "needs_network_day": self.tr(
                "This tablet has refunded as much offline today as the policy allows (%11): "
                "this return (%10) needs the network. Try again once online."),
            "product_unknown": self.tr("This product is not in the catalogue."),
            "not_returnable": self.tr("%8 is not returnable."),
            "voucher_unknown": self.tr("Voucher %1 is not known on this tablet yet: the till "
                                       "checks it with the central system."),
            "no_receipt_limit": self.tr("%8 has already made %7 return(s) without receipt this "
                                        "year, the most the policy allows."),
        }
        text = messages.get(error.code, self.tr("The action was refused."))
        values = {"%1": str(p.get("number", "")), "%2": pickup_state_text(p.get("state")),
                  "%3": when("deadline"), "%4": str(p.get("left", "")), "%5": when("until"),
                  "%6": str(p.get("line", "")), "%7": str(p.get("most", "")),
                  "%8": str(p.get("name", "")), "%9": str(p.get("lines", "")),
                  "%10": fmt.money(int(p.get("amount") or 0), locale),
                  "%11": fmt.money(int(p.get("limit") or 0), locale)}
        for marker in sorted(values, reverse=True):
            text = text.replace(marker, values[marker])
        return text

    # --- scans ----------------------------------------------------------------------------

    def handle_scan(self, text: str) -> None:
        """Camera and wedge scans both end here."""
        store, live = self.device.store, self.context.live_context()
        offline = self.sync.online is False
        fetch = None if offline else self.device.live.order
        return_fetch = None if offline else self.device.live.order_for_return
        self.runner.run(lambda: scans.handle_scan(store, text, live=live, fetch=fetch,
                                                  return_fetch=return_fetch),
                        self.show_scan, self._scan_failed)

    def _scan_failed(self, error: BaseException) -> None:
        self.notify(self.explain(error), "error")

    def show_scan(self, outcome: scans.ScanOutcome) -> None:
        returns_page = self.pages.get("returns")
        at_returns = isinstance(returns_page, ReturnsPage) \
            and self.stack.currentWidget() is returns_page
        if outcome.kind == "customer" and outcome.customer is not None and at_returns:
            assert isinstance(returns_page, ReturnsPage)
            c = outcome.customer
            returns_page.show_customer(c.customer_id, f"{c.first_name} {c.last_name}")
        elif outcome.kind == "customer" and outcome.customer is not None:
            self.show_page("customer")
            customer_page = self.pages["customer"]
            assert isinstance(customer_page, CustomerPage)
            customer_page.show_scanned(outcome.customer)
        elif outcome.kind == "pickup" and outcome.order_id is not None:
            self.open_pickup(outcome.order_id, outcome.order)
            if outcome.refusal:
                self.notify(self.refusal_text(
                    ActionRefused(outcome.refusal, **(outcome.params or {}))), "warning")
            else:
                self.notify(self.tr("Order %1: customer checked in, pickup verified.")
                            .replace("%1", outcome.order_number or ""), "info")
                self.sync.request_sync()  # other tablets and the kiosk see who is waiting
        elif outcome.kind == "return" and outcome.purchase is not None:
            self.show_page("returns")
            page = self.pages["returns"]
            assert isinstance(page, ReturnsPage)
            page.show_order(outcome.purchase)
        elif outcome.kind == "voucher" and outcome.voucher is not None:
            self.notify(*self.voucher_text(outcome.voucher))
        elif outcome.kind == "product" and outcome.product is not None:
            p = outcome.product
            pickup_page = self.pages.get("pickup")
            if isinstance(pickup_page, PickupPage) and self.stack.currentWidget() is pickup_page \
                    and pickup_page.product_scanned(p):
                return
            if at_returns and isinstance(returns_page, ReturnsPage) \
                    and returns_page.product_scanned(p):
                return
            locale = fmt.locale_for(self.settings.language)
            here = (self.tr("%1 in stock here (aisle %2)").replace("%1", str(p.in_stock_here))
                    .replace("%2", p.aisle) if p.in_stock_here
                    else self.tr("not in stock here"))
            self.notify(f"{p.name} · {fmt.money(p.price_cents, locale)} · {here} · "
                        + self.tr("%1 in other stores").replace("%1", str(p.in_other_stores)),
                        "info")
        elif outcome.params is not None:
            self.notify(self.refusal_text(ActionRefused(outcome.refusal or "",
                                                        **outcome.params)), "warning")
        elif at_returns and outcome.refusal in FOREIGN_CODES:
            self.notify(self.tr("This is not a receipt of our stores: only purchases made in "
                                "our stores, on our website or in our app can be returned "
                                "here."), "warning")
        else:
            self.notify(self.scan_refusal_text(outcome.refusal or ""), "warning")

    def voucher_text(self, voucher: returns.VoucherView) -> tuple[str, str]:
        """A scanned voucher: what it is worth, until when, whose; or why it cannot pay."""
        locale = fmt.locale_for(self.settings.language)
        if voucher.status == "on_hold":
            return self.tr("Voucher %1 is on hold: its return is being checked. It cannot pay "
                           "for now.").replace("%1", voucher.voucher_id), "warning"
        if voucher.status not in ("active", "pending") or not voucher.balance_cents:
            return self.tr("Voucher %1 has been used or has expired.").replace(
                "%1", voucher.voucher_id), "warning"
        text = self.tr("Voucher %1: %2 left, valid until %3 (%4), in store and online.")
        text = text.replace("%1", voucher.voucher_id).replace(
            "%2", fmt.money(voucher.balance_cents, locale)).replace(
            "%3", fmt.day(voucher.expires_at, locale)).replace(
            "%4", voucher.customer_name or self.tr("no customer account"))
        if voucher.status == "pending":
            text += " " + self.tr("Issued on this tablet, not yet sent.")
        return text, "info"

    def scan_refusal_text(self, reason: str) -> str:
        texts = {
            "expired": self.tr("This pass has expired: ask the customer to refresh it in the app."),
            "not_yet_valid": self.tr("This pass is not valid yet: check the tablet's clock."),
            "other_store": self.tr("This pickup pass is for another store."),
            "signature_invalid": self.tr("This code was altered or forged: it was not accepted."),
            "unknown_key": self.tr("This pass was signed with a key this tablet does not know "
                                   "yet: sync, then scan again."),
            "unsupported_algorithm": self.tr("This code was altered or forged: it was not "
                                             "accepted."),
            "wrong_type": self.tr("This is not a code this app reads."),
            "malformed": self.tr("This code could not be read: scan it again."),
            "bad_check_digit": self.tr("This number was misread: scan it again."),
            "card_unknown": self.tr("This loyalty card is not known: search the customer by "
                                    "name or phone."),
            "order_not_local": self.tr("This order is not in this store's copy."),
            "deadline_passed": self.tr("The pickup deadline of this order has passed."),
            "product_unknown": self.tr("This product is not in the catalogue."),
            "customer_unknown": self.tr("This customer is not in the store's copy yet."),
            "customer_closed": self.tr("This customer account no longer exists."),
        }
        return texts.get(reason, self.tr("This is not a code this app reads."))

    # --- status bar ------------------------------------------------------------------------

    def _show_connectivity(self) -> None:
        online = self.sync.online
        if online is None:
            text, state = self.tr("● Connecting…"), "unknown"
        elif online:
            text, state = self.tr("● Online"), "online"
        else:
            text, state = self.tr("● Offline: working from the local copy"), "offline"
        self.status_connectivity.setText(text)
        set_style_state(self.status_connectivity, "state", state)

    def show_status(self, status: SyncStatus) -> None:
        self._show_connectivity()
        locale = fmt.locale_for(self.settings.language)
        pending = self.tr("%1 event(s) waiting to be sent").replace(
            "%1", locale.toString(status.pending_events))
        if status.oldest_pending_at is not None:
            pending += " " + self.tr("(oldest %1)").replace("%1", fmt.ago(status.oldest_pending_at))
        self.status_pending.setText(pending)
        self.status_last_sync.setText(
            self.tr("Sent: %1 · Received: %2")
            .replace("%1", fmt.ago(status.last_push_ok_at))
            .replace("%2", fmt.ago(status.last_pull_ok_at)))
        attention = status.dead_letters + status.open_conflicts
        warnings = []
        if attention:
            warnings.append(self.tr("⚠ %1 to look at on the Sync page")
                            .replace("%1", str(attention)))
        if status.stalled_since is not None:
            warnings.append(self.tr("⚠ queue not moving since %1")
                            .replace("%1", fmt.ago(status.stalled_since)))
        self.status_attention.setText("   ".join(warnings))
        if self.settings.mode != "kiosk" and status.store_name:
            self.store_label.setText(status.store_name)

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        self.sync.start()

    def shutdown(self) -> None:
        """Stop timers and let running work finish: nothing recorded is cut in half."""
        self.wedge.remove()
        self.camera.stop()
        self.sync.stop()
        self.runner.close()  # nothing new starts; what is running finishes
        self.runner.wait_done(30_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

