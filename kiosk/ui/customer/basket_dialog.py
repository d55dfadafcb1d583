"""The basket for the till: its reference as a QR code and its lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import handover
from kiosk.services.handover import Basket
from kiosk.ui.customer.html import CustomerHtml


class BasketDialog(QDialog):
    """The basket for the till: its QR code, its reference in words, what is in it."""

    def __init__(self, basket: Basket, html: CustomerHtml, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("basket_dialog")
        self.setWindowTitle(self.tr("Basket for the till"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Scan this code at the till to take over the basket."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.qr = QLabel()
        self.qr.setObjectName("basket_qr")
        pixmap = QPixmap()
        pixmap.loadFromData(handover.qr_png(basket.ref))
        self.qr.setPixmap(pixmap)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        self.ref = QLabel(basket.ref)
        self.ref.setObjectName("basket_ref")
        self.ref.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ref.setProperty("role", "subtitle")
        layout.addWidget(self.ref)
        self.summary = QLabel(html.basket_html(basket))
        self.summary.setObjectName("basket_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
