"""A return without a receipt: store credit at the item's lowest recent price."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.returns import (
    CONDITIONS,
    NoReceiptOffer,
)
from kiosk.ui.partials import fmt, widgets
from kiosk.ui.returns.return_panel import ReturnTexts


class NoReceiptBox(QFrame):
    """An item with no purchase to show for it: store credit at its lowest recent price,
    a few times a year per customer. Emits `take(offer, reason, condition, restock)`."""

    take = Signal(object, str, str, bool)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returns_no_receipt")
        self.setProperty("role", "card")
        self.language = language
        self.text_locale = fmt.locale_for(language)
        self.texts = ReturnTexts(self)
        self.offer: NoReceiptOffer | None = None
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("returns_no_receipt_text")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("returns_no_receipt_reason")
        self.reason.setAccessibleName(self.tr("Reason for the return"))
        self.reason.currentIndexChanged.connect(self._update)
        self.condition = QComboBox()
        self.condition.setObjectName("returns_no_receipt_condition")
        self.condition.setAccessibleName(self.tr("Condition of the item"))
        for code in CONDITIONS:
            self.condition.addItem(self.texts.condition(code), code)
        self.button = widgets.button(self.tr("Take back as store credit"),
                                     "returns_no_receipt_button", True)
        self.button.clicked.connect(self._take)
        row.addWidget(self.reason, 1)
        row.addWidget(self.condition, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.hide()

    def show_offer(self, offer: NoReceiptOffer) -> None:
        self.offer = offer
        self.reason.clear()
        self.reason.addItem(self.tr("Choose…"), "")
        for code in offer.reasons:
            self.reason.addItem(code.text(self.language), code.code)
        self.condition.setCurrentIndex(0)
        price = fmt.money(offer.refund_cents, self.text_locale)
        text = self.tr("No purchase of %1 found for %2.").replace("%1", offer.name).replace(
            "%2", offer.customer_name) + " "
        if not offer.returnable:
            text += self.tr("This item is not returnable (%1).").replace("%1", offer.category)
        elif offer.done >= offer.limit:
            text += self.tr("Without receipt: %n return(s) already this year, the most the "
                            "policy allows is %1.", "", offer.done).replace(
                "%1", str(offer.limit))
        else:
            text += self.tr("Without receipt it can be taken back as store credit at its lowest "
                            "recent price, %1 (return %2 of %3 this year).").replace(
                "%1", price).replace("%2", str(offer.done + 1)).replace("%3", str(offer.limit))
        self.text.setText(text)
        self.reason.setVisible(offer.allowed)
        self.condition.setVisible(offer.allowed)
        self.button.setVisible(offer.allowed)
        self._update()
        self.show()

    def _update(self) -> None:
        self.button.setEnabled(self.offer is not None and self.offer.allowed
                               and bool(self.reason.currentData()))

    def _take(self) -> None:
        if self.offer is not None:
            condition = str(self.condition.currentData())
            self.button.setEnabled(False)
            self.take.emit(self.offer, str(self.reason.currentData()), condition,
                           condition == "new")
