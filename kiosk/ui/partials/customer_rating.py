"""The tablet handed over to the customer for a one-tap rating: a screen that shows the
question and nothing else (no order, no name, no navigation), then gives the tablet back.
The answer is recorded as the customer's, naming no associate."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.services import feedback
from kiosk.ui.partials import widgets
from kiosk.ui.partials.rating import THANKS_MS, RatingPanel
from kiosk.ui.shell.context import PageContext
from sync import visits
from sync.protocol import FeedbackTag
from sync.rules.kpis import Touchpoint

log = logging.getLogger(__name__)


class CustomerRatingDialog(QDialog):
    """Emits `answered` once the answer is recorded (the visit is then rated: the receipt's
    survey link for it is refused)."""

    answered = Signal()

    def __init__(self, context: PageContext, visit: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("customer_rating")
        self.setModal(True)
        self.setWindowTitle(self.tr("Your opinion"))
        self.context = context
        self.visit = visit
        parsed = visits.parse(visit)
        touchpoint = parsed.touchpoint if parsed is not None else Touchpoint.PICKUP
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(20)
        layout.addWidget(widgets.label("customer_rating_title", self.tr(
            "Thank you for your visit!"), "kiosk_title", wrap=True))
        self.panel = RatingPanel(touchpoint)
        self.panel.rated.connect(self._rated)
        layout.addWidget(self.panel)
        self.thanks = widgets.label("customer_rating_thanks", "", "kiosk_figure", wrap=True)
        self.thanks.hide()
        layout.addWidget(self.thanks)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(self.tr("No thanks: give the tablet back"))
        self.back_button.setObjectName("customer_rating_back")
        self.back_button.setProperty("kiosk", "bar")
        self.back_button.clicked.connect(self.reject)
        row.addWidget(self.back_button)
        layout.addLayout(row)

    def present(self) -> None:
        """Full screen over the associate's page: the customer sees the question only."""
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.open()

    def _rated(self, score: int, tags: list[FeedbackTag]) -> None:
        store, visit = self.context.device.store, self.visit
        self.context.runner.run(lambda: feedback.record(store, visit, score, tags),
                                lambda _none: self._thanked(), self._failed)

    def _thanked(self) -> None:
        self.back_button.hide()
        self.thanks.setText(self.tr("Thank you! Please give the tablet back to the associate."))
        self.thanks.show()
        self.answered.emit()
        self.context.sync.request_sync()
        QTimer.singleShot(THANKS_MS, self, self.accept)

    def _failed(self, error: BaseException) -> None:
        log.error("a customer's rating was not recorded", exc_info=error)
        self.reject()
        self.context.notify(self.context.explain(error), "error")
