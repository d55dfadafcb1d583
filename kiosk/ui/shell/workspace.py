"""The associate's workspace, built for one person in one language: the navigation, the
customers' calls, the message banner and the pages."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.camera.panel import CameraPanel
from kiosk.ui.customer.page import CustomerPage
from kiosk.ui.performance.page import PerformancePage
from kiosk.ui.pickup.page import PickupPage
from kiosk.ui.returns.page import ReturnsPage
from kiosk.ui.settings.page import SettingsPage
from kiosk.ui.shell.assistance_bar import AssistanceBar
from kiosk.ui.shell.context import Page, PageContext
from kiosk.ui.shell.style import set_style_state
from kiosk.ui.sync_status.page import SyncPage

MESSAGE_SECONDS = 8


class Workspace(QWidget):
    """Emits `lock_requested` (the Lock button), `camera_toggled` (the Camera button) and
    `page_changed` (the key of the page now in front)."""

    lock_requested = Signal()
    camera_toggled = Signal(bool)
    page_changed = Signal(str)

    def __init__(self, context: PageContext, store_name: str, who: str, lock_minutes: int,
                 camera: CameraPanel, parent: QWidget) -> None:
        super().__init__(parent)  # never a window of its own, even for a moment
        self.context = context
        self.setObjectName("workspace")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.settings_page = SettingsPage(context, lock_minutes)
        self.pages: dict[str, Page] = {
            "customer": CustomerPage(context), "pickup": PickupPage(context),
            "returns": ReturnsPage(context), "sync": SyncPage(context),
            "settings": self.settings_page,
        }
        if context.staff is not None and context.staff.is_manager:
            # a manager's workspace only: an associate's has no page and no button for it
            self.pages["performance"] = PerformancePage(context)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for page in self.pages.values():
            self.stack.addWidget(page)
        outer.addWidget(self._navigation(store_name, who,
                                         context.device.settings.camera != "off"))

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(24, 16, 24, 16)
        self.assistance = AssistanceBar(context)
        main_layout.addWidget(self.assistance)
        self.banner = QLabel()
        self.banner.setObjectName("message_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.banner_timer = QTimer(self)
        self.banner_timer.setSingleShot(True)
        self.banner_timer.timeout.connect(self.banner.hide)
        main_layout.addWidget(self.banner)
        main_layout.addWidget(self.stack, 1)
        outer.addWidget(main, 1)
        outer.addWidget(camera)  # the window's one camera panel, on the right

    def _navigation(self, store_name: str, who: str, camera_available: bool) -> QFrame:
        nav = QFrame()
        nav.setObjectName("nav")
        layout = QVBoxLayout(nav)
        layout.setContentsMargins(12, 16, 12, 16)
        layout.setSpacing(8)
        brand = QLabel(self.tr("Store"))
        brand.setObjectName("nav_brand")
        layout.addWidget(brand)
        self.store_label = QLabel(store_name)
        self.store_label.setObjectName("nav_store")
        self.store_label.setWordWrap(True)
        layout.addWidget(self.store_label)
        self.user_label = QLabel(who)
        self.user_label.setObjectName("nav_user")
        self.user_label.setWordWrap(True)
        layout.addWidget(self.user_label)
        layout.addSpacing(8)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        captions = {"customer": self.tr("Customer"), "pickup": self.tr("Pickup"),
                    "returns": self.tr("Returns"), "performance": self.tr("Performance"),
                    "sync": self.tr("Sync"), "settings": self.tr("Settings")}
        for key, caption in captions.items():
            if key not in self.pages:
                continue
            button = QPushButton(caption)
            button.setObjectName(f"nav_{key}")
            button.setCheckable(True)
            button.setAccessibleName(caption)
            button.clicked.connect(lambda _checked=False, k=key: self.show_page(k))
            self.nav_group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setObjectName("nav_camera")
        self.camera_button.setCheckable(True)
        self.camera_button.setAccessibleName(self.tr("Scan with the camera"))
        self.camera_button.setVisible(camera_available)
        self.camera_button.toggled.connect(self.camera_toggled)
        layout.addWidget(self.camera_button)
        lock = QPushButton(self.tr("Lock"))
        lock.setObjectName("nav_lock")
        lock.setAccessibleName(self.tr("Lock the tablet or switch user"))
        lock.clicked.connect(self.lock_requested)
        layout.addWidget(lock)
        return nav

    @property
    def customer_page(self) -> CustomerPage:
        page = self.pages["customer"]
        assert isinstance(page, CustomerPage)
        return page

    @property
    def pickup_page(self) -> PickupPage:
        page = self.pages["pickup"]
        assert isinstance(page, PickupPage)
        return page

    def front_page(self) -> Page | None:
        front = self.stack.currentWidget()
        return front if isinstance(front, Page) else None

    def show_page(self, key: str) -> Page:
        page = self.pages[key]
        leaving = self.stack.currentWidget()
        button = next((b for b in self.nav_group.buttons() if b.objectName() == f"nav_{key}"),
                      None)
        if button is not None:
            button.setChecked(True)
        if leaving is page:
            return page  # already in front and kept up to date: a scan here reloads nothing
        if isinstance(leaving, CustomerPage):
            leaving.clear()  # leaving the customer leaves no personal data on screen
        self.stack.setCurrentWidget(page)
        self.page_changed.emit(key)
        page.on_shown()
        return page

    def notify(self, text: str, level: str) -> None:
        self.banner.setText(text)
        set_style_state(self.banner, "level", level)
        self.banner.show()
        self.banner_timer.start(MESSAGE_SECONDS * 1000)
