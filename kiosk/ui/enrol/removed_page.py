"""What a device shows once its store took it back: nothing of anyone's data is left."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.services.device import Erased
from kiosk.ui.partials import widgets


class RemovedPage(QWidget):
    def __init__(self, erased: Erased | None) -> None:
        super().__init__()
        self.setObjectName("page_removed")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 80, 120, 80)
        layout.setSpacing(16)
        layout.addWidget(widgets.title(self.tr("This device was removed from the store"),
                                       "removed_title"))
        if erased is None:
            text = self.tr("Its local data could not be erased completely: switch it off and "
                           "call support.")
        else:
            text = self.tr("Its local copy of the store's data was erased, with %n event(s) "
                           "not sent to the central system.", "", erased.unsent_events)
        layout.addWidget(widgets.hint(text, "removed_text"))
        layout.addWidget(widgets.hint(self.tr("To use it again, a manager enrols it with a new "
                                              "pairing code."), "removed_next"))
        layout.addStretch(1)
