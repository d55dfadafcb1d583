"""The associate tablet's lock screen: staff number (typed, or from the badge) and PIN.

The PIN is checked off the GUI thread (a slow hash on purpose) against the local copy of
the store's staff accounts, so logging in works offline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import staff
from kiosk.services.errors import ActionRefused
from kiosk.services.staff import StaffMember
from kiosk.store import LocalStore
from kiosk.ui.partials import fmt
from kiosk.ui.shell.bridge import TaskRunner
from kiosk.ui.shell.messages import Messages
from kiosk.ui.shell.style import set_style_state


class LoginPage(QWidget):
    logged_in = Signal(object)  # StaffMember

    def __init__(self, runner: TaskRunner, store: LocalStore, language: str) -> None:
        super().__init__()
        self.setObjectName("page_login")
        self.runner = runner
        self.store = store
        self.language = language
        self.text_locale = fmt.locale_for(language)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("login_card")
        card.setProperty("role", "card")
        card.setMaximumWidth(560)
        layout = QVBoxLayout(card)
        layout.setSpacing(10)
        title = QLabel(self.tr("Log in"))
        title.setObjectName("login_title")
        title.setProperty("role", "title")
        layout.addWidget(title)
        hint = QLabel(self.tr("Scan your staff badge or type your staff number, then your PIN."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        number_label = QLabel(self.tr("Staff number"))
        layout.addWidget(number_label)
        self.number = QLineEdit()
        self.number.setObjectName("login_number")
        self.number.setAccessibleName(self.tr("Staff number"))
        self.number.setValidator(QRegularExpressionValidator(r"\d{0,12}", self.number))
        self.number.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        number_label.setBuddy(self.number)
        layout.addWidget(self.number)
        pin_label = QLabel(self.tr("PIN"))
        layout.addWidget(pin_label)
        self.pin = QLineEdit()
        self.pin.setObjectName("login_pin")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin))
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                                     | Qt.InputMethodHint.ImhSensitiveData)
        pin_label.setBuddy(self.pin)
        layout.addWidget(self.pin)
        keypad = QGridLayout()
        keypad.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        for i, key in enumerate(keys):
            caption = {"clear": self.tr("Clear"), "back": "⌫"}.get(key, key)
            button = QPushButton(caption)
            button.setObjectName(f"login_key_{key}")
            button.setAccessibleName({"clear": self.tr("Clear"),
                                      "back": self.tr("Delete last digit")}.get(key, key))
            button.setMinimumHeight(56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard has its own digits
            button.clicked.connect(lambda _c=False, k=key: self._key(k))
            keypad.addWidget(button, i // 3, i % 3)
        layout.addLayout(keypad)
        self.message = QLabel()
        self.message.setObjectName("login_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Login message"))
        layout.addWidget(self.message)
        self.button = QPushButton(self.tr("Log in"))
        self.button.setObjectName("login_button")
        self.button.setProperty("role", "primary")
        self.button.setMinimumHeight(56)
        self.button.clicked.connect(self.submit)
        layout.addWidget(self.button)
        self.number.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        outer.addWidget(card, 2)
        outer.addStretch(1)
        self.busy = False

    def reset(self, message: str = "") -> None:
        """Shown again (locked, or switching user): nothing of the last attempt stays."""
        self.pin.clear()
        self.number.clear()
        self.say(message, "info")
        self.number.setFocus()

    def say(self, text: str, level: str = "info") -> None:
        self.message.setText(text)
        set_style_state(self.message, "level", level)
        self.message.setVisible(bool(text))

    def badge_scanned(self, number: str) -> None:
        self.number.setText(number)
        self.pin.clear()
        self.pin.setFocus()
        self.say(self.tr("Badge %1: now type your PIN.").replace("%1", number))

    def _key(self, key: str) -> None:
        target = self.number if self.number.hasFocus() or not self.number.text() else self.pin
        if key == "clear":
            target.clear()
        elif key == "back":
            target.backspace()
        else:
            target.insert(key)

    def submit(self) -> None:
        if self.busy:
            return
        number, pin = self.number.text().strip(), self.pin.text()
        if not number:
            self.say(self.tr("Type your staff number or scan your badge."), "warning")
            self.number.setFocus()
            return
        if len(pin) < 4:
            self.say(self.tr("Your PIN has 4 to 8 digits."), "warning")
            self.pin.setFocus()
            return
        self.busy = True
        self.button.setEnabled(False)
        self.say(self.tr("Checking…"))
        self.pin.clear()  # the PIN is not kept on screen while it is checked
        store = self.store
        self.runner.run(lambda: staff.log_in(store, number, pin), self._accepted, self._refused)

    def _accepted(self, member: StaffMember) -> None:
        self.busy = False
        self.button.setEnabled(True)
        self.number.clear()
        self.say("")
        self.logged_in.emit(member)

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self.button.setEnabled(True)
        self.pin.setFocus()
        if not isinstance(error, ActionRefused):
            self.say(self.tr("The PIN could not be checked. Please try again."), "error")
            return
        self.say(Messages(self.language).for_associate(error.code, error.params), "error")
