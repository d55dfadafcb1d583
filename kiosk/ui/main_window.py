"""The main window: navigation, pages, a message banner and the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
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
from kiosk.scanning.payloads import STAFF_BADGE
from kiosk.services import assistance, kiosk, preferences, returns, scans
from kiosk.services.device import Device
from kiosk.services.outbox import acting_staff
from kiosk.services.pickup import DeskOrder
from kiosk.services.staff import StaffMember
from kiosk.services.status import SyncStatus
from kiosk.ui import fmt
from kiosk.ui.bridge import TaskRunner
from kiosk.ui.camera_panel import CameraPanel
from kiosk.ui.i18n import install_translator
from kiosk.ui.kiosk_screens import KioskFlow
from kiosk.ui.login import LoginPage
from kiosk.ui.messages import Messages
from kiosk.ui.pages import (
    CustomerPage,
    Page,
    PageContext,
    PickupPage,
    ReturnsPage,
    SettingsPage,
    SyncPage,
)
from kiosk.ui.style import set_style_state, style_sheet
from kiosk.ui.sync_controller import SyncController
from kiosk.ui.wedge_filter import WedgeFilter
from sync.rules.refusals import Refusal

log = logging.getLogger(__name__)

MESSAGE_SECONDS = 8


FOREIGN_CODES = frozenset({Refusal.NOT_RECOGNISED, Refusal.WRONG_TYPE, Refusal.UNKNOWN_KEY,
                           Refusal.MALFORMED})
"""Scan refusals that, at the returns desk, mean "not one of our receipts"."""



def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs the application"
    return app

class MainWindow(QMainWindow):
    """Associate mode: a lock screen (staff number and PIN) in front of the workspace
    (navigation, pages, messages). Kiosk mode: one `KioskFlow` per customer, full screen.

    The workspace is built for one person in one language: a different person logging in,
    or another language, builds it anew, so nothing of the previous user's work stays.
    """

    def __init__(self, device: Device) -> None:
        super().__init__()
        self.device = device
        self.settings = device.settings
        self.kiosk_mode = self.settings.mode == "kiosk"
        self.setObjectName("main_window")
        self.setStyleSheet(style_sheet(QApplication.font().pointSizeF()))
        chosen = preferences.load(device.store)  # a small read, before the window shows
        self.default_language = chosen.language or self.settings.language
        self.language = self.default_language
        self.lock_idle_s = chosen.lock_idle_s or self.settings.lock_idle_s
        install_translator(_app(), self.language)
        self.setWindowTitle(self.tr("Store app"))
        # One more worker than the pages need: a sync round (one at a time, long on a slow
        # network) never keeps a page's read waiting for a thread.
        self.runner = TaskRunner(self, threads=3, activity=device.activity)
        self.sync = SyncController(device, self.runner, self)
        self.context = PageContext(device=device, runner=self.runner, sync=self.sync,
                                   language=self.language, notify=self.notify,
                                   explain=self.explain)
        self.staff: StaffMember | None = None
        self.last_staff: str | None = None
        """Who worked on the workspace as it stands (kept while locked for their return)."""
        self.pages: dict[str, Page] = {}
        self.nav_group = QButtonGroup(self)
        self.screens = QStackedWidget()
        self.screens.setObjectName("screens")
        self.setCentralWidget(self.screens)
        self.camera = CameraPanel(self.settings.data_dir, fixed_device=(
            "" if self.settings.camera == "off" else self.settings.camera))
        self.camera.hide()
        self.camera.scanned.connect(self.handle_scan)
        self.banner = QLabel()
        self.banner_timer = QTimer(self)
        self.banner_timer.setSingleShot(True)
        self.banner_timer.timeout.connect(lambda: self.banner.hide())
        self.workspace: QWidget | None = None
        """Built at the first login, for that person (nothing staff-only exists before)."""
        self.store_name = ""
        self.flow: KioskFlow | None = None
        self.login: LoginPage | None = None
        self.stack = QStackedWidget()

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
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle)
        self.wedge = WedgeFilter(self)
        self.wedge.scanned.connect(self.handle_scan)
        self.wedge.activity.connect(self._touched)
        if self.kiosk_mode:
            bar.hide()  # sync figures are staff information, not for customers
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self._new_flow()
        else:
            self.login = LoginPage(self.runner, device.store, self.language)
            self.login.logged_in.connect(self.start_session)
            self.screens.addWidget(self.login)
            self.lock()
        self.sync.status_changed.connect(self.show_status)
        self.sync.round_finished.connect(lambda _r: self._show_connectivity())
        self.sync.round_finished.connect(lambda _r: self.load_assistance())
        self._show_connectivity()
        self.wedge.install()

    # --- building the screens ----------------------------------------------------------------

    def _build_workspace(self, page: str = "pickup") -> None:
        """Navigation, pages and messages for the person logged in, in the language now."""
        old = self.workspace
        was_active = self.isActiveWindow()
        self.pages = {}
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        workspace = QWidget(self.screens)  # never a window of its own, even for a moment
        workspace.setObjectName("workspace")
        outer = QHBoxLayout(workspace)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        nav = QFrame()
        nav.setObjectName("nav")
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(12, 16, 12, 16)
        nav_layout.setSpacing(8)
        brand = QLabel(self.tr("Store"))
        brand.setObjectName("nav_brand")
        nav_layout.addWidget(brand)
        self.store_label = QLabel(self.store_name)
        self.store_label.setObjectName("nav_store")
        self.store_label.setWordWrap(True)
        nav_layout.addWidget(self.store_label)
        self.user_label = QLabel(self._who())
        self.user_label.setObjectName("nav_user")
        self.user_label.setWordWrap(True)
        nav_layout.addWidget(self.user_label)
        nav_layout.addSpacing(8)
        settings_page = SettingsPage(self.context, round(self.lock_idle_s / 60))
        settings_page.language_changed.connect(self.choose_language)
        settings_page.lock_minutes_changed.connect(self.choose_lock_minutes)
        for key, page_widget, caption in (
            ("customer", CustomerPage(self.context), self.tr("Customer")),
            ("pickup", PickupPage(self.context), self.tr("Pickup")),
            ("returns", ReturnsPage(self.context), self.tr("Returns")),
            ("sync", SyncPage(self.context), self.tr("Sync")),
            ("settings", settings_page, self.tr("Settings")),
        ):
            button = QPushButton(caption)
            button.setObjectName(f"nav_{key}")
            button.setCheckable(True)
            button.setAccessibleName(caption)
            button.clicked.connect(lambda _checked=False, k=key: self.show_page(k))
            self.nav_group.addButton(button)
            nav_layout.addWidget(button)
            self.pages[key] = page_widget
            self.stack.addWidget(page_widget)
        nav_layout.addStretch(1)
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setObjectName("nav_camera")
        self.camera_button.setCheckable(True)
        self.camera_button.setAccessibleName(self.tr("Scan with the camera"))
        self.camera_button.setVisible(self.settings.camera != "off")
        self.camera_button.toggled.connect(self.show_camera)
        nav_layout.addWidget(self.camera_button)
        lock = QPushButton(self.tr("Lock"))
        lock.setObjectName("nav_lock")
        lock.setAccessibleName(self.tr("Lock the tablet or switch user"))
        lock.clicked.connect(self.lock)
        nav_layout.addWidget(lock)
        outer.addWidget(nav)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(24, 16, 24, 16)
        self.assistance_bar = QFrame()
        self.assistance_bar.setObjectName("assistance_bar")
        row = QHBoxLayout(self.assistance_bar)
        row.setContentsMargins(12, 8, 12, 8)
        self.assistance_text = QLabel()
        self.assistance_text.setObjectName("assistance_text")
        self.assistance_text.setWordWrap(True)
        row.addWidget(self.assistance_text, 1)
        self.assistance_button = QPushButton(self.tr("I'm on my way"))
        self.assistance_button.setObjectName("assistance_answer")
        self.assistance_button.setAccessibleName(self.tr("Answer the customer's call: I'm on "
                                                         "my way"))
        self.assistance_button.clicked.connect(self.answer_assistance)
        row.addWidget(self.assistance_button)
        self.assistance_bar.hide()
        self.assistance_request: str | None = None
        main_layout.addWidget(self.assistance_bar)
        self.banner = QLabel()
        self.banner.setObjectName("message_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        main_layout.addWidget(self.banner)
        main_layout.addWidget(self.stack, 1)
        outer.addWidget(main, 1)
        outer.addWidget(self.camera)

        customer_page = self.pages["customer"]
        assert isinstance(customer_page, CustomerPage)
        self.wedge.activity.connect(customer_page.still_active)
        customer_page.panel.open_pickup.connect(self.open_pickup)
        pickup_page = self.pages["pickup"]
        assert isinstance(pickup_page, PickupPage)
        pickup_page.scan.connect(self.handle_scan)
        self.workspace = workspace
        self.screens.addWidget(workspace)
        if old is not None:
            self.screens.removeWidget(old)
            old.deleteLater()
        self.show_page(page)
        self.load_assistance()
        if was_active:  # swapping the widget tree must not leave the keyboard without a window
            self.activateWindow()

    def _new_flow(self) -> None:
        """A new customer session at the kiosk: the old one's widgets and data go with it."""
        old = self.flow
        self.flow = KioskFlow(self.context, self.language, self.settings.shop_url,
                              lambda: self.sync.online)
        self.flow.done.connect(self.end_customer_session)
        self.flow.language_chosen.connect(self.choose_language)
        self.screens.addWidget(self.flow)
        self.screens.setCurrentWidget(self.flow)
        if old is not None:
            self.screens.removeWidget(old)
            old.setParent(None)  # out of the window now; deleted once its signal returns
            old.deleteLater()
        self.camera.set_formats(CONTEXT_FORMATS["kiosk"])

    def end_customer_session(self) -> None:
        """"Done", or nobody touched the kiosk for a while: back to the welcome screen in
        the kiosk's own language, with every trace of the customer gone."""
        self.runner.supersede("kiosk")  # an answer still on its way shows nothing
        if self.language != self.default_language:
            self.language = self.context.language = self.default_language
            install_translator(_app(), self.language)
        self._new_flow()
        self.idle.stop()

    # --- people ----------------------------------------------------------------------------

    def _who(self) -> str:
        if self.staff is None:
            return ""
        role = self.tr("Manager") if self.staff.is_manager else self.tr("Associate")
        return f"{self.staff.name}\n{role}"

    def start_session(self, member: StaffMember) -> None:
        """Logged in. Someone else than who worked here before gets a fresh workspace."""
        self.staff = member
        self.context.staff = member
        acting_staff.set(member.staff_id)
        if member.staff_id != self.last_staff:
            self._build_workspace()
        self.last_staff = member.staff_id
        self.user_label.setText(self._who())
        assert self.workspace is not None
        self.screens.setCurrentWidget(self.workspace)
        self.idle.start(int(self.lock_idle_s * 1000))

    def lock(self) -> None:
        """Locked (by hand, to switch user, or after the idle time): the lock screen hides
        the workspace and the customer on screen is closed."""
        self.staff = None
        self.context.staff = None
        acting_staff.set(None)
        self.idle.stop()
        customer_page = self.pages.get("customer")
        if isinstance(customer_page, CustomerPage):
            customer_page.clear()
        self.show_camera(False)
        if self.login is not None:
            self.screens.setCurrentWidget(self.login)
            self.login.reset()

    @property
    def locked(self) -> bool:
        return not self.kiosk_mode and self.staff is None

    def _touched(self) -> None:
        """A touch, click or key: the idle countdown starts again (on a kiosk always, so
        that a language chosen and left also goes back to the kiosk's own)."""
        if self.kiosk_mode:
            self.idle.start(int(self.settings.kiosk_idle_s * 1000))
        elif self.idle.isActive():
            self.idle.start(int(self.lock_idle_s * 1000))

    def _idle(self) -> None:
        if self.kiosk_mode:
            self.end_customer_session()
        elif self.staff is not None:
            self.lock()
            assert self.login is not None
            self.login.say(self.tr("Locked after %n minute(s) without use.", "",
                                   max(1, round(self.lock_idle_s / 60))))

    # --- languages and settings --------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = self.context.language = language
        install_translator(_app(), language)
        self.setWindowTitle(self.tr("Store app"))
        if self.kiosk_mode:
            self._new_flow()  # only offered on the welcome screen: nothing personal to keep
        else:
            store = self.device.store
            self.runner.run(lambda: preferences.save_language(store, language))
            page = self.current_page().removeprefix("page_")
            self._build_workspace(page if page in self.pages else "pickup")
            self.user_label.setText(self._who())
            login = LoginPage(self.runner, store, language)
            login.logged_in.connect(self.start_session)
            if self.login is not None:
                self.screens.removeWidget(self.login)
                self.login.deleteLater()
            self.login = login
            self.screens.insertWidget(0, login)
            assert self.workspace is not None
            self.screens.setCurrentWidget(self.workspace if self.staff else login)
        self._show_connectivity()
        self.sync.refresh_status()

    def choose_lock_minutes(self, minutes: int) -> None:
        store = self.device.store
        manager = self.staff is not None and self.staff.is_manager

        def saved(_result: object) -> None:
            self.lock_idle_s = minutes * 60
            self._touched()
            self.notify(self.tr("The tablet now locks after %n minute(s) without use.", "",
                                minutes), "info")

        self.runner.run(lambda: preferences.save_lock_minutes(store, minutes, manager), saved,
                        lambda error: self.notify(self.explain(error), "warning"))

    # --- customers asking for help -------------------------------------------------------------

    def load_assistance(self) -> None:
        if self.workspace is None:  # a kiosk, or nobody logged in yet
            return
        store = self.device.store
        self.runner.run_latest("assistance", lambda: assistance.open_requests(store),
                               self.show_assistance)

    def show_assistance(self, rows: list[assistance.AssistanceRow]) -> None:
        if not rows:
            self.assistance_request = None
            self.assistance_bar.hide()
            return
        first = rows[0]
        who = first.first_name or self.tr("A customer")
        texts = {
            "cart": self.tr("%1 asks for an associate at the kiosk, about their online cart "
                            "(%2)."),
            "pickup": self.tr("%1 checked in at the kiosk for order %2: bring it to the "
                              "pickup desk."),
            "return": self.tr("%1 asks for an associate at the kiosk about a return (%2)."),
            "help": self.tr("%1 asks for an associate at the kiosk."),
        }
        text = texts.get(first.kind, texts["help"]).replace("%1", who).replace("%2", first.note)
        text += f" ({fmt.ago(first.requested_at)})"
        if len(rows) > 1:
            text += " · " + self.tr("%n more waiting", "", len(rows) - 1)
        self.assistance_request = first.request_id
        self.assistance_text.setText(text)
        self.assistance_bar.show()

    def answer_assistance(self) -> None:
        request_id = self.assistance_request
        if request_id is None:
            return
        store = self.device.store

        def answered(_result: object) -> None:
            self.sync.request_sync()
            self.load_assistance()

        def refused(error: BaseException) -> None:
            self.notify(self.explain(error), "warning")
            self.load_assistance()

        self.runner.run(lambda: assistance.answer(store, request_id), answered, refused)

    # --- navigation and messages ---------------------------------------------------------

    def show_page(self, key: str) -> None:
        page = self.pages[key]
        leaving = self.stack.currentWidget()
        button = next((b for b in self.nav_group.buttons() if b.objectName() == f"nav_{key}"),
                      None)
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
        """The objectName of what is in front: a page, the lock screen, a kiosk screen."""
        if self.flow is not None:
            return f"page_{self.flow.current()}"
        if self.locked and self.login is not None:
            return self.login.objectName()
        front = self.stack.currentWidget()
        return front.objectName() if front is not None else ""

    def notify(self, text: str, level: str = "info") -> None:
        if self.flow is not None:
            self.flow.say(text, level)
            return
        self.banner.setText(text)
        set_style_state(self.banner, "level", level)
        self.banner.show()
        self.banner_timer.start(MESSAGE_SECONDS * 1000)

    @property
    def messages(self) -> Messages:
        return Messages(self.settings.language)

    def explain(self, error: BaseException) -> str:
        return self.messages.explain(error)

    # --- scans ----------------------------------------------------------------------------

    def handle_scan(self, text: str) -> None:
        """Camera and wedge scans both end here."""
        if self.flow is not None:
            self.kiosk_scan(text)
            return
        if self.locked:
            assert self.login is not None
            badge = STAFF_BADGE.match(text.strip())
            if badge:
                self.login.badge_scanned(badge.group(1))
            else:  # nothing opens on a locked tablet
                self.login.say(self.tr("Log in first: scans open nothing while the tablet is "
                                       "locked."), "warning")
            return
        store, live = self.device.store, self.context.live_context()
        offline = self.sync.online is False
        fetch = None if offline else self.device.live.order
        return_fetch = None if offline else self.device.live.order_for_return
        self.runner.run(lambda: scans.handle_scan(store, text, live=live, fetch=fetch,
                                                  return_fetch=return_fetch),
                        self.show_scan, self._scan_failed)

    def kiosk_scan(self, text: str) -> None:
        flow = self.flow
        assert flow is not None
        store, live = self.device.store, self.context.live_context()
        fetch = None if self.sync.online is False else self.device.live.order
        customer = flow.session.customer.customer_id if flow.session.customer else None
        self._touched()

        def show(result: kiosk.KioskScan) -> None:
            if self.flow is flow:  # the session it was for is still the one on screen
                flow.scanned(result)
                if result.kind == "checked_in":
                    self.sync.request_sync()  # the desk sees the customer at once

        self.runner.run_latest("kiosk", lambda: kiosk.kiosk_scan(store, text, customer, live,
                                                                 fetch), show,
                               lambda error: flow._failed(error) if self.flow is flow else None)

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
                self.notify(self.messages.for_associate(outcome.refusal, outcome.params),
                            "warning")
            else:
                self.notify(self.tr("Order %1: customer checked in, pickup verified.")
                            .replace("%1", outcome.order_number or ""), "info")
                self.sync.request_sync()  # other tablets and the kiosk see who is waiting
        elif outcome.kind == "return" and outcome.purchase is not None:
            self.show_page("returns")
            page = self.pages["returns"]
            assert isinstance(page, ReturnsPage)
            page.show_order(outcome.purchase, outcome.ticket)
        elif outcome.kind == "staff":
            self.notify(self.tr("Staff badge %1: to switch user, tap “Lock” first.")
                        .replace("%1", outcome.staff_number or ""), "info")
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
            self.notify(self.messages.for_associate(outcome.refusal, outcome.params), "warning")
        elif at_returns and outcome.refusal in FOREIGN_CODES:
            self.notify(self.tr("This is not a receipt of our stores: only purchases made in "
                                "our stores, on our website or in our app can be returned "
                                "here."), "warning")
        else:
            self.notify(self.messages.for_associate(outcome.refusal), "warning")

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
        if not self.kiosk_mode and status.store_name:
            self.store_name = status.store_name
            if self.workspace is not None:
                self.store_label.setText(status.store_name)

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        self.sync.start()

    def shutdown(self) -> None:
        """Stop timers and let running work finish: nothing recorded is cut in half."""
        self.idle.stop()
        acting_staff.set(None)
        self.wedge.remove()
        self.camera.stop()
        self.sync.stop()
        self.runner.close()  # nothing new starts; what is running finishes
        self.runner.wait_done(30_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

