"""First start of a new tablet or kiosk: a manager types (or scans) the pairing code that
`cloud-stub device add` printed; the device trades it for its token and keeps it.

No token is ever typed on a command line: the code is short, good for 15 minutes, once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.services.device import enrol
from kiosk.ui.partials import widgets
from kiosk.ui.shell.bridge import TaskRunner
from kiosk.ui.shell.i18n import install_translator
from kiosk.ui.shell.style import set_style_state, style_sheet
from sync.client import RequestRefused, SyncError


class EnrolWindow(QMainWindow):
    """Emits `enrolled(settings)` with the token in them once the code was accepted."""

    enrolled = Signal(object)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translator(app, settings.language)
            self.setStyleSheet(style_sheet(app.font().pointSizeF()))
        self.setObjectName("enrol_window")
        self.setWindowTitle(self.tr("Enrol this device"))
        self.runner = TaskRunner(self, threads=1)
        page = QWidget()
        page.setObjectName("page_enrol")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(120, 80, 120, 80)
        layout.setSpacing(16)
        layout.addWidget(widgets.title(self.tr("Enrol this device"), "enrol_title"))
        layout.addWidget(widgets.hint(self.tr(
            "This tablet is not enrolled in a store yet. Ask a manager for a pairing code "
            "(valid 15 minutes, once), then type it or scan its QR code."), "enrol_text"))
        self.code = QLineEdit()
        self.code.setObjectName("enrol_code")
        self.code.setPlaceholderText(self.tr("Pairing code, e.g. K7MQ-4TZP"))
        self.code.setAccessibleName(self.tr("Pairing code"))
        self.code.setMaxLength(32)
        self.code.returnPressed.connect(self.submit)
        layout.addWidget(self.code)
        self.button = widgets.button(self.tr("Enrol"), "enrol_button", primary=True)
        self.button.setAccessibleName(self.tr("Enrol this device with the code"))
        self.button.clicked.connect(self.submit)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = widgets.label("enrol_message", wrap=True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setCentralWidget(page)

    def submit(self) -> None:
        code = self.code.text().strip()
        if not code:
            self.say(self.tr("Type the pairing code first."), "warning")
            return
        self.button.setEnabled(False)
        self.say(self.tr("Enrolling…"), "info")
        settings = self.settings
        self.runner.run(lambda: enrol(settings, code), self._done, self._failed)

    def _done(self, settings: Settings) -> None:
        self.say(self.tr("Enrolled."), "info")
        self.enrolled.emit(settings)

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        if isinstance(error, RequestRefused) and error.status == 429:
            text = self.tr("Too many wrong codes: wait a minute, then try again.")
        elif isinstance(error, RequestRefused):
            text = {
                "pairing_used": self.tr("This code was used already: ask a manager for a new "
                                        "one."),
                "pairing_expired": self.tr("This code has expired (it is valid 15 minutes): "
                                           "ask a manager for a new one."),
                "pairing_device_removed": self.tr("The device this code was for has been "
                                                  "removed: ask a manager for a new code."),
            }.get(error.error, self.tr("This code is not known: check it, or ask a manager "
                                       "for a new one."))
        elif isinstance(error, SyncError):
            text = self.tr("The central system cannot be reached: check the network, then "
                           "try again.")
        else:
            text = self.tr("Something went wrong. Please try again.")
        self.say(text, "warning")

    def say(self, text: str, level: str) -> None:
        self.message.setText(text)
        set_style_state(self.message, "level", level)

    def shutdown(self) -> None:
        self.runner.close()
        self.runner.wait_done(10_000)
