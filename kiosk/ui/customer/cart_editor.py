"""One line of the online cart: keep it or not, and how many."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from kiosk.services.customer_view import CartLine
from kiosk.services.handover import Pick
from kiosk.ui.customer.html import CustomerHtml
from kiosk.ui.partials import fmt
from kiosk.ui.partials.thumbnails import thumbnail_pixmap
from sync.protocol import MAX_LINE_QUANTITY


class CartEditor(QWidget):
    """One row per cart line: keep it or not, how many, and whether it is on the shelf."""

    def __init__(self, html: CustomerHtml) -> None:
        super().__init__()
        self.setObjectName("customer_cart")
        self._html = html
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self.rows: list[tuple[CartLine, QCheckBox, QSpinBox]] = []

    def set_lines(self, lines: list[CartLine]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for row, line in enumerate(lines):
            text = self._html.product_name_text(line.product) + (
                f" ({line.size})" if line.size else "")
            keep = QCheckBox()
            keep.setObjectName(f"cart_keep_{row}")
            keep.setAccessibleName(text)
            name = QLabel(text)
            name.setWordWrap(True)
            name.setBuddy(keep)
            keep.setChecked(line.product.availability != "discontinued" and bool(
                line.product.name))
            keep.setEnabled(bool(line.product.name)
                            and line.product.availability != "discontinued")
            quantity = QSpinBox()
            quantity.setObjectName(f"cart_quantity_{row}")
            quantity.setRange(1, MAX_LINE_QUANTITY)
            quantity.setValue(max(1, min(line.quantity, MAX_LINE_QUANTITY)))
            quantity.setAccessibleName(text)
            price = QLabel(fmt.money(line.unit_price_cents, self._html.text_locale))
            stock = QLabel(self._html.stock_text(line.product))
            stock.setProperty("role", "caption")
            stock.setWordWrap(True)
            picture = QLabel()
            picture.setPixmap(thumbnail_pixmap(line.product))
            self._grid.addWidget(keep, 2 * row, 0)
            self._grid.addWidget(picture, 2 * row, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(name, 2 * row, 2)
            self._grid.addWidget(quantity, 2 * row, 3)
            self._grid.addWidget(price, 2 * row, 4)
            self._grid.addWidget(stock, 2 * row + 1, 2, 1, 3)
            self.rows.append((line, keep, quantity))
        self._grid.setColumnStretch(2, 1)

    def kept(self) -> list[tuple[CartLine, Pick]]:
        """The lines ticked, each with the quantity set."""
        return [(line, Pick(line.product.product_id, line.size, quantity.value(),
                            line.unit_price_cents))
                for line, keep, quantity in self.rows if keep.isChecked()]
