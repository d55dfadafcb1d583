"""The main window composes: the lock screen or the kiosk's flow, the workspace, the camera
panel and the status bar; it holds the session (who is logged in, which language, when
to lock). Scans go to `ScanRouter`, messages to `Messages`."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from kiosk.scanning.decode import CONTEXT_FORMATS
from kiosk.services import preferences
from kiosk.services.device import Device, Erased, erase
from kiosk.services.outbox import acting_staff
from kiosk.services.pickup import DeskOrder
from kiosk.services.staff import StaffMember
from kiosk.services.status import SyncStatus
from kiosk.ui.camera.panel import CameraPanel
from kiosk.ui.enrol.removed_page import RemovedPage
from kiosk.ui.login.page import LoginPage
from kiosk.ui.self_service.flow import KioskFlow
from kiosk.ui.shell.bridge import TaskRunner
from kiosk.ui.shell.context import Page, PageContext
from kiosk.ui.shell.i18n import install_translator
from kiosk.ui.shell.messages import Messages
from kiosk.ui.shell.scan_router import ScanRouter
from kiosk.ui.shell.status_bar import StatusBar
from kiosk.ui.shell.style import style_sheet
from kiosk.ui.shell.sync_controller import SyncController
from kiosk.ui.shell.wedge_filter import WedgeFilter
from kiosk.ui.shell.workspace import Workspace
from sync.engine import SyncReport

log = logging.getLogger(__name__)


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
        self.removed = False
        """The store took this device back (revoked): its data is erased, nothing opens."""
        self.last_staff: str | None = None
        """Who worked on the workspace as it stands (kept while locked for their return)."""
        self.screens = QStackedWidget()
        self.screens.setObjectName("screens")
        self.setCentralWidget(self.screens)
        self.camera = CameraPanel(self.settings.data_dir, fixed_device=(
            "" if self.settings.camera == "off" else self.settings.camera))
        self.camera.hide()
        self.router = ScanRouter(self)
        self.camera.scanned.connect(self.router.handle_scan)
        self.workspace: Workspace | None = None
        """Built at the first login, for that person (nothing staff-only exists before)."""
        self.store_name = ""
        self.flow: KioskFlow | None = None
        self.login: LoginPage | None = None
        self.status = StatusBar(self.language)
        self.setStatusBar(self.status)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle)
        self.wedge = WedgeFilter(self)
        self.wedge.scanned.connect(self.router.handle_scan)
        self.wedge.activity.connect(self.touched)
        if self.kiosk_mode:
            self.status.hide()  # sync figures are staff information, not for customers
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self._new_flow()
        else:
            self._new_login()
            self.lock()
        self.sync.status_changed.connect(self.show_status)
        self.sync.round_finished.connect(lambda _r: self._show_connectivity())
        self.sync.round_finished.connect(lambda _r: self.load_assistance())
        self.sync.round_finished.connect(self._check_revoked)
        self._show_connectivity()
        self.wedge.install()

    # --- building the screens ----------------------------------------------------------------

    def _build_workspace(self, page: str = "pickup") -> None:
        """Navigation, pages and messages for the person logged in, in the language now."""
        old = self.workspace
        was_active = self.isActiveWindow()
        workspace = Workspace(self.context, self.store_name, self._who(),
                              round(self.lock_idle_s / 60), self.camera, self.screens)
        workspace.settings_page.language_changed.connect(self.choose_language)
        workspace.settings_page.lock_minutes_changed.connect(self.choose_lock_minutes)
        workspace.lock_requested.connect(self.lock)
        workspace.camera_toggled.connect(self.show_camera)
        workspace.page_changed.connect(lambda key: self.camera.set_formats(
            CONTEXT_FORMATS["pickup desk" if key == "pickup" else "associate"]))
        self.wedge.activity.connect(workspace.customer_page.still_active)
        workspace.customer_page.panel.open_pickup.connect(self.open_pickup)
        workspace.pickup_page.scan.connect(self.router.handle_scan)
        self.workspace = workspace
        self.screens.addWidget(workspace)
        if old is not None:
            self.screens.removeWidget(old)
            old.deleteLater()
        self.show_page(page)
        self.load_assistance()
        if was_active:  # swapping the widget tree must not leave the keyboard without a window
            self.activateWindow()

    def _new_login(self) -> None:
        login = LoginPage(self.runner, self.device.store, self.language)
        login.logged_in.connect(self.start_session)
        if self.login is not None:
            self.screens.removeWidget(self.login)
            self.login.deleteLater()
        self.login = login
        self.screens.insertWidget(0, login)

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
        if self.flow is not None:
            self.flow.leave()
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
        assert self.workspace is not None
        self.workspace.user_label.setText(self._who())
        self.screens.setCurrentWidget(self.workspace)
        self.idle.start(int(self.lock_idle_s * 1000))

    def lock(self) -> None:
        """Locked (by hand, to switch user, or after the idle time): the lock screen hides
        the workspace and the customer on screen is closed."""
        self.staff = None
        self.context.staff = None
        acting_staff.set(None)
        self.idle.stop()
        if self.workspace is not None:
            self.workspace.customer_page.clear()
        self.show_camera(False)
        if self.login is not None:
            self.screens.setCurrentWidget(self.login)
            self.login.reset()

    @property
    def locked(self) -> bool:
        return not self.kiosk_mode and self.staff is None

    def touched(self) -> None:
        """A touch, click or key: the idle countdown starts again (on a kiosk always, so
        that a language chosen and left also goes back to the kiosk's own)."""
        if self.removed:  # nothing comes back on a device its store took back
            return
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
            self._new_login()
            assert self.workspace is not None and self.login is not None
            self.screens.setCurrentWidget(self.workspace if self.staff
                                          else self.login)
        self._show_connectivity()
        self.sync.refresh_status()

    def choose_lock_minutes(self, minutes: int) -> None:
        store = self.device.store
        manager = self.staff is not None and self.staff.is_manager

        def saved(_result: object) -> None:
            self.lock_idle_s = minutes * 60
            self.touched()
            self.notify(self.tr("The tablet now locks after %n minute(s) without use.", "",
                                minutes), "info")

        self.runner.run(lambda: preferences.save_lock_minutes(store, minutes, manager), saved,
                        lambda error: self.notify(self.explain(error), "warning"))

    def load_assistance(self) -> None:
        if self.workspace is not None:  # not on a kiosk, nor before anybody logged in
            self.workspace.assistance.load()

    # --- navigation and messages ---------------------------------------------------------

    @property
    def pages(self) -> dict[str, Page]:
        return self.workspace.pages if self.workspace is not None else {}

    def front_page(self) -> Page | None:
        return self.workspace.front_page() if self.workspace is not None else None

    def show_page(self, key: str) -> Page:
        assert self.workspace is not None, "no workspace before a login"
        return self.workspace.show_page(key)

    def open_pickup(self, order_id: str, order: DeskOrder | None = None) -> None:
        assert self.workspace is not None
        self.show_page("pickup")
        self.workspace.pickup_page.focus_order(order_id, order)

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
        front = self.front_page()
        return front.objectName() if front is not None else ""

    def notify(self, text: str, level: str = "info") -> None:
        if self.flow is not None:
            self.flow.say(text, level)
        elif self.workspace is not None:
            self.workspace.notify(text, level)
        else:
            log.info("message with no workspace to show it: %s", text)

    @property
    def messages(self) -> Messages:
        return Messages(self.language)

    def explain(self, error: BaseException) -> str:
        return self.messages.explain(error)

    def handle_scan(self, text: str) -> None:
        """A scan, as the camera or the wedge hands it over."""
        self.router.handle_scan(text)

    # --- status bar ------------------------------------------------------------------------

    def _show_connectivity(self) -> None:
        self.status.show_connectivity(self.sync.online)

    def show_status(self, status: SyncStatus) -> None:
        self._show_connectivity()
        self.status.show_status(status)
        if not self.kiosk_mode and status.store_name:
            self.store_name = status.store_name
            if self.workspace is not None:
                self.workspace.store_label.setText(status.store_name)

    # --- the store took the device back -------------------------------------------------------

    def _check_revoked(self, report: SyncReport) -> None:
        if report.error_kind == "revoked" and not self.removed:
            self.device_removed()

    def device_removed(self) -> None:
        """Revoked: stop everything, erase the local data and the token, say so."""
        self.removed = True
        self.idle.stop()
        self.sync.stop()
        self.show_camera(False)
        acting_staff.set(None)
        device = self.device
        self.runner.run(lambda: erase(device), self._erased, lambda _e: self._erased(None))

    def _erased(self, erased: Erased | None) -> None:
        page = RemovedPage(erased)
        self.camera.hide()
        self.camera.setParent(self)  # the window's own: it outlives the workspace it sat in
        self.screens.addWidget(page)
        self.screens.setCurrentWidget(page)
        for screen in (self.workspace, self.login, self.flow):  # nobody's data stays
            if screen is not None:
                self.screens.removeWidget(screen)
                screen.deleteLater()
        self.workspace, self.login, self.flow = None, None, None
        self.status.hide()

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
