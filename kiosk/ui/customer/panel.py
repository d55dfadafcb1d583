"""The open customer on the Customer page: profile, what they did online, the online cart
to hand over to the store, suggestions in stock here, orders.

Everything is drawn from one `CustomerView`; actions (reserve, hand over) run through the
task runner and answer with a message or the basket's QR code for the till.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import handover
from kiosk.services.customer_view import CustomerView, OrderSummary
from kiosk.services.handover import Basket, Reserved
from kiosk.ui.customer.basket_dialog import BasketDialog
from kiosk.ui.customer.cart_editor import CartEditor
from kiosk.ui.customer.html import CustomerHtml
from kiosk.ui.partials import fmt
from kiosk.ui.shell.context import PageContext


def _section(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setProperty("role", "subtitle")
    return label


def _rich(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _show(widget: QWidget, shown: bool) -> None:
    """Change visibility only when it changes: each change re-polishes the widget's tree
    against the style sheet, which is most of the time a customer takes to appear."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)




class CustomerPanel(QScrollArea):
    """Emits `open_pickup(order_id)` for the button next to an order waiting here."""

    open_pickup = Signal(str)

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self._waiting_order: OrderSummary | None = None
        self.context = context
        self.setObjectName("customer_panel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.html = CustomerHtml(self, fmt.locale_for(context.language))
        self.view: CustomerView | None = None
        self.reservation_ids: list[str] = []
        self.basket_dialog: BasketDialog | None = None

        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("customer_body")
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        self.detail = _rich("customer_detail")
        layout.addWidget(self.detail)
        self.waiting_box = QWidget()
        waiting = QHBoxLayout(self.waiting_box)
        waiting.setContentsMargins(0, 0, 0, 0)
        self.waiting = _rich("customer_waiting")
        waiting.addWidget(self.waiting, 1)
        self.pickup_button = QPushButton(self.tr("Go to the pickup desk"))
        self.pickup_button.setObjectName("customer_pickup_button")
        self.pickup_button.setProperty("role", "primary")
        self.pickup_button.clicked.connect(self._open_pickup)
        waiting.addWidget(self.pickup_button)
        layout.addWidget(self.waiting_box)

        self.cart_title = _section(self.tr("Online cart"), "customer_cart_title")
        layout.addWidget(self.cart_title)
        self.cart = CartEditor(self.html)
        layout.addWidget(self.cart)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        self.reserve_button = QPushButton(self.tr("Put aside to try on"))
        self.reserve_button.setToolTip(self.tr("Reserved for %1 min; other tablets see it "
                                               "after their next sync.")
                                       .replace("%1", str(handover.TRY_ON_MINUTES)))
        self.reserve_button.setObjectName("cart_reserve_button")
        self.reserve_button.clicked.connect(self.reserve)
        actions.addWidget(self.reserve_button)
        self.handover_button = QPushButton(self.tr("Send to the till"))
        self.handover_button.setObjectName("cart_handover_button")
        self.handover_button.setProperty("role", "primary")
        self.handover_button.clicked.connect(self.hand_over)
        actions.addWidget(self.handover_button)
        actions.addStretch(1)
        self.cart_actions = QWidget()
        self.cart_actions.setLayout(actions)
        layout.addWidget(self.cart_actions)

        self.browsing = _rich("customer_browsing")
        layout.addWidget(self.browsing)
        self.suggestions = _rich("customer_suggestions")
        layout.addWidget(self.suggestions)
        self.orders = _rich("customer_orders")
        layout.addWidget(self.orders)
        layout.addStretch(1)
        self.setWidget(body)
        self.clear()

    # --- showing -----------------------------------------------------------------------

    def show_view(self, view: CustomerView) -> None:
        """Replace everything on the panel with this customer (nothing of the previous one
        stays: the text of every part is set, the basket of the previous one is closed)."""
        self._close_basket()
        self.view = view
        self.reservation_ids = []
        self.detail.setText(self.html.header_html(view))
        waiting = [o for o in view.orders if o.waiting_here]
        self.waiting.setText(self.html.waiting_html(waiting))
        _show(self.waiting_box, bool(waiting))
        self._waiting_order = waiting[0] if waiting else None
        self.cart.set_lines(view.cart)
        has_cart = bool(view.cart)
        for widget in (self.cart_title, self.cart, self.cart_actions):
            _show(widget, has_cart)
        self.browsing.setText(self.html.browsing_html(view))
        self.suggestions.setText(self.html.suggestions_html(view))
        _show(self.suggestions, bool(view.suggestions))
        self.orders.setText(self.html.orders_html(view))
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        """Leave no personal data on screen."""
        self.view = None
        self.reservation_ids = []
        self._waiting_order = None
        self.detail.setText(self.tr("No customer open."))
        for label in (self.waiting, self.browsing, self.suggestions, self.orders):
            label.clear()
        self.cart.set_lines([])
        for widget in (self.waiting_box, self.cart_title, self.cart, self.cart_actions,
                       self.suggestions):
            _show(widget, False)
        self._close_basket()

    def _close_basket(self) -> None:
        if self.basket_dialog is not None:
            self.basket_dialog.close()
            self.basket_dialog = None

    def _open_pickup(self) -> None:
        if self._waiting_order is not None:
            self.open_pickup.emit(self._waiting_order.id)

    # --- acting ------------------------------------------------------------------------

    def reserve(self) -> None:
        view = self.view
        if view is None:
            return
        here = [pick for line, pick in self.cart.kept() if line.product.availability == "here"]
        if not here:
            self.context.notify(self.tr("None of the lines kept is on the shelf here."),
                                "warning")
            return
        store = self.context.device.store
        self.context.runner.run(
            lambda: handover.reserve_for_try_on(store, view.customer_id, here),
            self._reserved, self._failed)

    def _reserved(self, reserved: Reserved) -> None:
        self.reservation_ids += reserved.ids
        self.context.notify(self.tr("Put aside to try on until %1.").replace(
            "%1", fmt.day_and_time(reserved.expires_at, self.html.text_locale)), "info")

    def hand_over(self) -> None:
        view, picks = self.view, [pick for _, pick in self.cart.kept()]
        if view is None:
            return
        store, held = self.context.device.store, list(self.reservation_ids)
        self.context.runner.run(
            lambda: handover.hand_over_cart(store, view.customer_id, view.cart_id, picks, held),
            self._handed_over, self._failed)

    def _handed_over(self, basket: Basket) -> None:
        self.basket_dialog = BasketDialog(basket, self.html, self)
        self.basket_dialog.setModal(False)
        self.basket_dialog.show()
        self.context.notify(self.tr("Basket %1 sent to the till.").replace("%1", basket.ref),
                            "info")

    def _failed(self, error: BaseException) -> None:
        self.context.notify(self.context.explain(error), "warning")
