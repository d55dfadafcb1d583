"""The Settings page: language and when the tablet locks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from kiosk.services import preferences
from kiosk.ui.partials import widgets
from kiosk.ui.shell.context import Page, PageContext


class SettingsPage(Page):
    """The tablet's settings: the language for everyone; how soon the tablet locks, for a
    manager only (an associate sees it, disabled, with why)."""

    language_changed = Signal(str)
    lock_minutes_changed = Signal(int)

    def __init__(self, context: PageContext, lock_minutes: int) -> None:
        super().__init__(context, "page_settings")
        layout = QVBoxLayout(self)
        layout.addWidget(widgets.title(self.tr("Settings"), "settings_title"))
        card = QFrame()
        card.setProperty("role", "card")
        grid = QGridLayout(card)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(14)
        staff = context.staff
        who = QLabel(self.tr("%1 · manager").replace("%1", staff.name) if staff and staff.is_manager
                     else self.tr("%1 · associate").replace("%1", staff.name) if staff else "—")
        who.setObjectName("settings_user")
        grid.addWidget(QLabel(self.tr("Logged in")), 0, 0)
        grid.addWidget(who, 0, 1)
        language_label = QLabel(self.tr("Language"))
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(context.language))
        self.language.setMinimumHeight(44)
        language_label.setBuddy(self.language)
        self.language.activated.connect(
            lambda _i: self.language_changed.emit(self.language.currentData()))
        grid.addWidget(language_label, 1, 0)
        grid.addWidget(self.language, 1, 1)
        lock_label = QLabel(self.tr("Lock the tablet after"))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("settings_lock_minutes")
        self.lock_minutes.setAccessibleName(self.tr("Minutes without use before the tablet "
                                                    "locks"))
        self.lock_minutes.setRange(*preferences.LOCK_MINUTES_RANGE)
        self.lock_minutes.setSuffix(" " + self.tr("min"))
        self.lock_minutes.setValue(lock_minutes)
        self.lock_minutes.setMinimumHeight(44)
        manager = staff is not None and staff.is_manager
        self.lock_minutes.setEnabled(manager)
        lock_label.setBuddy(self.lock_minutes)
        self.lock_minutes.editingFinished.connect(
            lambda: self.lock_minutes_changed.emit(self.lock_minutes.value()))
        grid.addWidget(lock_label, 2, 0)
        grid.addWidget(self.lock_minutes, 2, 1)
        hint = QLabel(self.tr("Only a manager can change how soon tablets lock.") if not manager
                      else self.tr("Tablets lock when nobody touches them, so that no customer "
                                   "data stays on an unattended screen."))
        hint.setObjectName("settings_lock_hint")
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        grid.addWidget(hint, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addWidget(card)
        layout.addStretch(1)
