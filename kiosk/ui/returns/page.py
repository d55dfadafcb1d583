"""The Returns page: find a purchase (receipt, order number, customer) and take items back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.scanning.payloads import ReturnTicket
from kiosk.services import returns
from kiosk.services.scans import ProductHere, ScanOutcome
from kiosk.store import LocalStore
from kiosk.ui.partials import fmt, widgets
from kiosk.ui.returns.no_receipt_box import NoReceiptBox
from kiosk.ui.returns.purchases_model import PurchaseTableModel
from kiosk.ui.returns.receipt_dialog import ReturnReceiptDialog
from kiosk.ui.returns.return_panel import ReturnPanel, ReturnRequest
from kiosk.ui.shell.context import Page, PageContext
from sync.records import OrderRecord
from sync.rules.refusals import Refusal

FOREIGN_CODES = frozenset({Refusal.NOT_RECOGNISED, Refusal.WRONG_TYPE, Refusal.UNKNOWN_KEY,
                           Refusal.MALFORMED})
"""Scan refusals that, at the returns desk, mean "not one of our receipts"."""

LIST_WIDTH = 290
"""The returns desk's list of purchases: number, date, channel and total fit; the purchase
at hand keeps the room its lines need."""


class ReturnsPage(Page):
    """The returns desk: find the purchase (receipt, confirmation, number, or the customer's
    purchases after a pass or card scan), choose what comes back, refund, print."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, "page_returns")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(widgets.title(self.tr("Returns"), "returns_title"))
        top.addStretch(1)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("returns_search")
        self.search.setPlaceholderText(self.tr("Order number (e.g. WEB-100123) or the "
                                               "customer's name, email or phone"))
        self.search.setAccessibleName(self.tr("Find a purchase"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find)
        row.addWidget(self.search, 1)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setObjectName("returns_find_button")
        self.find_button.clicked.connect(self.find)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        self.no_receipt = NoReceiptBox(context.language)
        self.no_receipt.take.connect(self.take_without_receipt)
        layout.addWidget(self.no_receipt)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.listing = QLabel(self.tr("Purchases"))
        self.listing.setObjectName("returns_listing")
        self.listing.setProperty("role", "hint")
        self.listing.setWordWrap(True)
        column.addWidget(self.listing)
        self.model = PurchaseTableModel(context.language, self)
        self.purchases = widgets.table("returns_purchases", self.model, self.tr("Purchases found"))
        header = self.purchases.horizontalHeader()
        for i in (1, 2):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self.purchases.clicked.connect(self._purchase_clicked)
        column.addWidget(self.purchases, 1)
        self.left = left
        left.hide()  # shown when there is a list of purchases to choose from
        splitter.addWidget(left)
        manager = context.staff is not None and context.staff.is_manager
        self.panel = ReturnPanel(context.language, manager, context.explain)
        if manager and context.staff is not None:
            self.panel.override_by.setText(context.staff.name)  # the logged-in manager
            self.panel.override_by.setReadOnly(True)
        self.panel.confirm.connect(self.confirm)
        splitter.addWidget(self.panel)
        splitter.setSizes([LIST_WIDTH, 1000])
        self.splitter = splitter
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.customer_id: str | None = None
        self.customer_orders: tuple[OrderRecord, ...] = ()
        """The scanned customer's orders as the central API sent them (memory only)."""
        self.customer_name = ""
        self.receipt_dialog: ReturnReceiptDialog | None = None

    # --- finding the purchase ---------------------------------------------------------------

    def _open(self, call: Callable[[LocalStore], returns.ReturnOrder]) -> None:
        store = self.context.device.store
        self.context.runner.run_latest("returns_open", lambda: call(store), self.show_order,
                                       self._failed)

    def show_order(self, order: returns.ReturnOrder, ticket: ReturnTicket | None = None) -> None:
        self.panel.show_order(order)
        if ticket is not None:
            self.panel.apply_ticket(ticket)
            self.context.notify(self.tr("Return ticket from the kiosk: check the items and their "
                                        "condition, choose the refund, then confirm."), "info")

    def open_order(self, order_id: str) -> None:
        """A scanned receipt or confirmation: the purchase opens (fetched when not local)."""
        fetch = None if self.context.sync.online is False \
            else self.context.device.live.order_for_return
        self._open(lambda store: returns.open_return(store, order_id, fetch=fetch))

    def find(self) -> None:  # type: ignore[override]  # the page's search, not QWidget.find
        text = self.search.text().strip()
        if not text:
            return
        store = self.context.device.store
        if returns.ORDER_NUMBER.match(text.upper()):
            fetch = None if self.context.sync.online is False \
                else self.context.device.live.order_by_number
            self._open(lambda s: returns.find_by_number(s, text, fetch=fetch))
            return
        self.context.runner.run_latest(
            "returns_list", lambda: returns.search_purchases(store, text),
            lambda rows: self._list(rows, self.tr("Purchases of customers matching “%1”")
                                    .replace("%1", text)), self._failed)

    def show_customer(self, customer_id: str, name: str, gtin: str | None = None) -> None:
        """A pass or card scanned at the desk: the customer's purchases, every channel;
        then a product scan narrows them to those holding that product."""
        self.customer_id, self.customer_name = customer_id, name
        store = self.context.device.store
        title = (self.tr("Purchases of %1 holding this item") if gtin
                 else self.tr("Purchases of %1, every channel")).replace("%1", name)
        fetched = self.customer_orders

        def work() -> tuple[list[returns.PurchaseRow], returns.NoReceiptOffer | None]:
            rows = returns.customer_purchases(store, customer_id, gtin, fetched=fetched)
            if rows or gtin is None:
                return rows, None
            return rows, returns.no_receipt_offer(store, customer_id, gtin)

        self.context.runner.run_latest("returns_list", work,
                                       lambda found: self._customer_listed(title, *found),
                                       self._failed)

    def _customer_listed(self, title: str, rows: list[returns.PurchaseRow],
                         offer: returns.NoReceiptOffer | None) -> None:
        self._list(rows, title, offer=offer is not None)
        if offer is not None:
            self.no_receipt.show_offer(offer)

    def take_without_receipt(self, offer: returns.NoReceiptOffer, reason: str, condition: str,
                             restock: bool) -> None:
        store, device_id = self.context.device.store, self.context.device.settings.device_id
        online = self.context.sync.online is not False
        self.context.runner.run(
            lambda: returns.record_no_receipt(store, device_id, offer.customer_id, offer.gtin,
                                              reason, condition, restock, online=online),
            self._recorded, self._failed)

    def _list(self, rows: list[returns.PurchaseRow], title: str,
              offer: bool = False) -> None:
        """The purchases found, in a narrow list beside the purchase at hand; none found is
        said in the banner (or by the no-receipt offer, for an item scanned)."""
        self.no_receipt.hide()
        self.model.set_rows(rows)
        self.listing.setText(title)
        if not rows:
            self.left.hide()
            self.panel.show_order(None)
            if not offer:
                self.context.notify(title + " — " + self.tr("none found"), "info")
            return
        if self.left.isHidden():
            self.left.show()
            self.splitter.setSizes([LIST_WIDTH, self.splitter.width() - LIST_WIDTH])
        if len(rows) == 1:
            self.open_order(rows[0].order_id)

    def _purchase_clicked(self) -> None:
        index = self.purchases.currentIndex()
        if index.isValid():
            self.open_order(self.model.rows[index.row()].order_id)

    def take_scan(self, outcome: ScanOutcome) -> bool:
        """At the returns desk a pass or card lists the customer's purchases, a product
        narrows them, and something that is not our receipt is said to be so."""
        if outcome.kind == "customer" and outcome.customer is not None:
            c = outcome.customer
            self.customer_orders = c.live_orders
            self.show_customer(c.customer_id, f"{c.first_name} {c.last_name}")
            return True
        if outcome.product is not None:
            return self.product_scanned(outcome.product)
        if outcome.kind == "refused" and outcome.params is None \
                and outcome.refusal in FOREIGN_CODES:
            self.context.notify(self.tr("This is not a receipt of our stores: only purchases "
                                        "made in our stores, on our website or in our app "
                                        "can be returned here."), "warning")
            return True
        return False

    def product_scanned(self, product: ProductHere) -> bool:
        """An item scanned at the desk: its line comes back, or it is the exchange item, or
        it finds the customer's purchases that hold it."""
        panel = self.panel
        if panel.order is not None:
            if panel.refund().method == "exchange" and not panel.exchange.text():
                panel.exchange.setText(product.gtin)
                return True
            line = panel.select_gtin(product.gtin)
            if line is not None:
                self.context.notify(self.tr("%1: one more unit comes back.")
                                    .replace("%1", line.name), "info")
                return True
            if any(x.gtin == product.gtin for x in panel.order.lines):
                self.context.notify(self.tr("%1: nothing more of it can come back on this "
                                            "order.").replace("%1", product.name), "warning")
                return True
        if self.customer_id is not None:
            self.show_customer(self.customer_id, self.customer_name, product.gtin)
            return True
        if panel.order is not None:
            self.context.notify(self.tr("%1 is not on order %2.").replace(
                "%1", product.name).replace("%2", panel.order.number), "warning")
            return True
        return False

    # --- the return -------------------------------------------------------------------------

    def confirm(self, request: ReturnRequest) -> None:
        store, device_id = self.context.device.store, self.context.device.settings.device_id
        online = self.context.sync.online is not False
        role = self.context.staff.role if self.context.staff is not None else "associate"
        self.panel.confirm_button.setEnabled(False)
        self.context.runner.run(
            lambda: returns.record_return(store, device_id, request.order_id, request.choices,
                                          request.refund, online=online, role=role,
                                          override=request.override),
            self._recorded, self._refused)

    def _refused(self, error: BaseException) -> None:
        self._failed(error)
        self.panel.requote()

    def _recorded(self, receipt: returns.ReturnReceipt) -> None:
        if receipt.order is not None:
            self.panel.show_order(receipt.order)
        else:
            self.no_receipt.hide()
        self.show_receipt(receipt)
        self.context.notify(self.tr("Return %1 recorded: %2 refunded.").replace(
            "%1", receipt.return_id).replace(
            "%2", fmt.money(receipt.refund_cents, fmt.locale_for(self.context.language))),
            "info")
        self.context.sync.request_sync()

    def show_receipt(self, receipt: returns.ReturnReceipt) -> None:
        dialog = self.receipt_dialog
        if dialog is None:
            dialog = ReturnReceiptDialog(self.context, self)
            self.receipt_dialog = dialog
        dialog.show_receipt(receipt)
