"""The self-service kiosk: what a customer alone sees, with big touch targets.

One `KioskFlow` per customer session: the window builds a new one at "Done" or after the
idle time and deletes the old one, widgets and data together, so nothing of the last
customer stays on screen or in memory. No staff page, no text field, no window controls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import assistance, feedback, kiosk, returns
from kiosk.services.customer_view import CustomerView
from kiosk.services.errors import ActionRefused
from kiosk.services.handover import qr_png
from kiosk.services.scans import ProductHere, ScanOutcome
from kiosk.ui.partials import fmt, widgets
from kiosk.ui.partials.rating import THANKS_MS, RatingPanel
from kiosk.ui.shell.context import PageContext
from kiosk.ui.shell.messages import Messages
from kiosk.ui.shell.style import set_style_state
from sync.protocol import FeedbackTag
from sync.rules.kpis import Touchpoint
from sync.rules.refusals import Refusal

log = logging.getLogger(__name__)

SCREENS = ("welcome", "home", "cart", "pickup", "checked_in", "returns", "return_lines",
           "ticket", "help", "phone", "product")
"""Every kiosk screen; each is `page_<name>` (the welcome screen is `page_welcome`)."""


@dataclass
class KioskSession:
    """The customer at the kiosk now. Held only by the flow, dropped with it."""

    customer: CustomerView | None = None
    purchases: list[returns.ReturnOrder] = field(default_factory=list)
    order: returns.ReturnOrder | None = None
    chosen: dict[int, list[Any]] = field(default_factory=dict)
    """line -> [units, reason code] while a return ticket is being put together."""


def _label(text: str, name: str, role: str = "", wrap: bool = True) -> QLabel:
    """A kiosk's texts wrap: a customer reads sentences, at arm's length."""
    return widgets.label(name, text, role, wrap)


def _big_button(text: str, name: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setProperty("kiosk", "tile" if not primary else "primary")
    button.setAccessibleName(text.replace("\n", " "))
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    button.setMinimumHeight(96)
    return button


def _qr(text: str, name: str, description: str, size: int = 300) -> QLabel:
    """A QR code; its text is the `code` property (a screen reader says `description`)."""
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("code", text)
    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(text, box_size=10))
    label.setPixmap(pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.FastTransformation))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(description)
    return label


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class KioskFlow(QWidget):
    """One customer's visit, from the welcome screen to "Done"."""

    done = Signal()
    """The customer ended the session (or the kiosk did): the window builds a new flow."""
    language_chosen = Signal(str)

    def __init__(self, context: PageContext, language: str, shop_url: str,
                 online: Callable[[], bool | None]) -> None:
        super().__init__()
        self.setObjectName("kiosk_flow")
        self.context = context
        self.language = language
        self.text_locale = fmt.locale_for(language)
        self.shop_url = shop_url
        self.online = online
        self.session = KioskSession()
        self.visit: str | None = None
        """The visit offered a rating and not answered yet (recorded as such on leaving)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 24)
        layout.setSpacing(12)
        header = QHBoxLayout()
        self.back_button = QPushButton(self.tr("‹ Back"))
        self.back_button.setObjectName("kiosk_back")
        self.back_button.setProperty("kiosk", "bar")
        self.back_button.clicked.connect(self.back)
        header.addWidget(self.back_button)
        header.addStretch(1)
        self.lang_buttons: dict[str, QPushButton] = {}
        for code, caption in (("fr", "Français"), ("en", "English")):
            button = QPushButton(caption)
            button.setObjectName(f"kiosk_lang_{code}")
            button.setProperty("kiosk", "bar")
            button.setCheckable(True)
            button.setChecked(code == language)
            button.setAccessibleName(caption)
            button.clicked.connect(lambda _c=False, c=code: self.language_chosen.emit(c))
            header.addWidget(button)
            self.lang_buttons[code] = button
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("kiosk_done")
        self.done_button.setProperty("kiosk", "done")
        self.done_button.setAccessibleName(self.tr("Done: end my session and clear my data"))
        self.done_button.clicked.connect(self.done.emit)
        header.addWidget(self.done_button)
        layout.addLayout(header)
        self.message = _label("", "kiosk_message")
        self.message.hide()
        layout.addWidget(self.message)
        self.stack = QStackedWidget()
        self.stack.setObjectName("kiosk_screens")
        layout.addWidget(self.stack, 1)
        self.screens: dict[str, QWidget] = {}
        self.history: list[str] = []
        self._build_welcome()
        self._build_home()
        for name in SCREENS[2:]:
            screen = QWidget()
            screen.setObjectName(f"page_{name}")
            QVBoxLayout(screen).setSpacing(14)
            self._add(name, screen)
        self.show_screen("welcome")

    # --- structure -----------------------------------------------------------------------

    def _add(self, name: str, screen: QWidget) -> None:
        self.screens[name] = screen
        self.stack.addWidget(screen)

    def _body(self, name: str) -> QVBoxLayout:
        """The named screen's layout, emptied for new content."""
        layout = self.screens[name].layout()
        assert isinstance(layout, QVBoxLayout)
        _clear(layout)
        return layout

    def current(self) -> str:
        front = self.stack.currentWidget()
        return front.objectName().removeprefix("page_") if front is not None else ""

    def show_screen(self, name: str, remember: bool = True) -> None:
        current = self.current() if self.stack.count() and self.stack.currentWidget() else None
        if remember and current and current != name and name != "welcome":
            self.history.append(current)
        self.stack.setCurrentWidget(self.screens[name])
        at_welcome = name == "welcome"
        for button in self.lang_buttons.values():
            button.setVisible(at_welcome)  # the language is chosen before anything personal
        self.back_button.setVisible(not at_welcome and name != "home" and bool(self.history))
        self.done_button.setVisible(not at_welcome)

    def back(self) -> None:
        self.say("")
        previous = self.history.pop() if self.history else "home"
        if previous == "welcome" and self.session.customer is not None:
            previous = "home"
        self.show_screen(previous, remember=False)

    def say(self, text: str, level: str = "info") -> None:
        self.message.setText(text)
        set_style_state(self.message, "level", level)
        self.message.setVisible(bool(text))

    # --- welcome and home ------------------------------------------------------------------

    def _build_welcome(self) -> None:
        screen = QWidget()
        screen.setObjectName("page_welcome")
        layout = QVBoxLayout(screen)
        layout.addStretch(1)
        title = _label(self.tr("Welcome!"), "welcome_title", "kiosk_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = _label(self.tr("Scan your store pass (in our app) or your loyalty card to see "
                              "your cart, pick up an order or start a return."),
                      "welcome_text", "lead")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        layout.addSpacing(24)
        row = QHBoxLayout()
        row.setSpacing(24)
        for name, heading, body in (
            ("welcome_pass", self.tr("Store pass or loyalty card"),
             self.tr("Hold the code under the scanner below the screen.")),
            ("welcome_pickup", self.tr("Collecting an order?"),
             self.tr("Scan the pickup pass from your “order ready” email: we tell the desk "
                     "you are here.")),
            ("welcome_product", self.tr("Seen something you like?"),
             self.tr("Scan its label to see the price, where it is in the store, and to buy "
                     "it on your phone.")),
        ):
            card = QFrame()
            card.setObjectName(name)
            card.setProperty("role", "card")
            inner = QVBoxLayout(card)
            for label in (_label(heading, f"{name}_title", "subtitle"),
                          _label(body, f"{name}_text")):
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                inner.addWidget(label)
            inner.addStretch(1)
            row.addWidget(card, 1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._add("welcome", screen)

    def _build_home(self) -> None:
        screen = QWidget()
        screen.setObjectName("page_home")
        layout = QVBoxLayout(screen)
        self.hello = _label("", "kiosk_hello", "kiosk_title")
        layout.addWidget(self.hello)
        grid = QGridLayout()
        grid.setSpacing(20)
        self.cart_button = _big_button(self.tr("My cart"), "kiosk_cart_button")
        self.cart_button.clicked.connect(self.show_cart)
        self.pickup_button = _big_button(self.tr("Pick up my order"), "kiosk_pickup_button")
        self.pickup_button.clicked.connect(self.show_pickup)
        self.return_button = _big_button(self.tr("Start a return"), "kiosk_return_button")
        self.return_button.clicked.connect(self.show_returns)
        self.phone_button = _big_button(self.tr("Continue on my phone"), "kiosk_phone_button")
        self.phone_button.clicked.connect(lambda: self.show_phone(None))
        for i, button in enumerate((self.cart_button, self.pickup_button, self.return_button,
                                    self.phone_button)):
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid, 1)
        self._add("home", screen)

    def greet(self, customer: CustomerView) -> None:
        self.session.customer = customer
        # First name only: the screen faces the shop floor.
        self.hello.setText(self.tr("Hello %1!").replace("%1", customer.first_name)
                           if customer.first_name else self.tr("Hello!"))
        units = sum(line.quantity for line in customer.cart)
        self.cart_button.setText(self.tr("My cart (%n item(s))", "", units) if units
                                 else self.tr("My cart"))
        self.cart_button.setAccessibleName(self.cart_button.text())
        self.history.clear()
        self.show_screen("home")

    # --- scans -----------------------------------------------------------------------------

    def scanned(self, result: ScanOutcome) -> None:
        self.say("")
        if result.kind == "customer" and result.customer is not None:
            if self.session.customer is None:
                self.greet(result.customer)
            else:
                self.session.customer = result.customer
                self.say(self.tr("Welcome back: your session continues."))
        elif result.kind == "checked_in" and result.check_in is not None:
            self.show_checked_in(result.check_in)
        elif result.kind == "product" and result.product is not None:
            self.show_product(result.product)
        else:
            self.say(self.refusal_text(result.refusal, result.params), "warning")

    def refusal_text(self, code: Refusal | None, params: dict[str, Any] | None = None) -> str:
        return Messages(self.language).for_customer(code, params)

    # --- my cart -----------------------------------------------------------------------------

    def show_cart(self) -> None:
        customer = self.session.customer
        if customer is None:
            return
        layout = self._body("cart")
        layout.addWidget(_label(self.tr("My cart"), "kiosk_cart_title", "kiosk_title"))
        if not customer.cart:
            layout.addWidget(_label(self.tr("Your online cart is empty."), "kiosk_cart_empty",
                                    "lead"))
        scroll = QScrollArea()
        scroll.setObjectName("kiosk_cart")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("kiosk_cart_rows")
        rows = QVBoxLayout(holder)
        for i, line in enumerate(customer.cart):
            card = QFrame()
            card.setObjectName(f"kiosk_cart_line_{i}")
            card.setProperty("role", "card")
            row = QHBoxLayout(card)
            what = line.product.name + (f" · {line.size}" if line.size else "")
            row.addWidget(_label(f"{what}\n" + self.tr("Quantity: %1").replace(
                "%1", str(line.quantity)) + " · " + fmt.money(line.unit_price_cents,
                                                             self.text_locale),
                f"kiosk_cart_what_{i}"), 3)
            if line.product.in_stock_here > 0:
                where = self.tr("In stock here") + (
                    " · " + self.tr("aisle %1").replace("%1", line.product.aisle)
                    if line.product.aisle else "")
                state = "ok"
            else:
                where, state = self.tr("Not in stock in this store"), "none"
            stock = _label(where, f"kiosk_cart_stock_{i}", "chip")
            stock.setProperty("stock", state)
            row.addWidget(stock, 2)
            rows.addWidget(card)
        rows.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        assist = _big_button(self.tr("Ask for an associate"), "kiosk_assist_button", True)
        assist.clicked.connect(lambda: self.ask_for_help("cart"))
        buttons.addWidget(assist)
        phone = _big_button(self.tr("Continue on my phone"), "kiosk_cart_phone")
        phone.clicked.connect(lambda: self.show_phone(None))
        buttons.addWidget(phone)
        layout.addLayout(buttons)
        self.show_screen("cart")

    def ask_for_help(self, kind: assistance.AssistanceKind) -> None:
        customer = self.session.customer
        store = self.context.device.store
        note = ", ".join(line.product.name for line in customer.cart)[:120] \
            if customer is not None and kind == "cart" else ""
        customer_id = customer.customer_id if customer is not None else None
        self.context.runner.run(
            lambda: assistance.request_assistance(store, kind, customer_id, note=note),
            lambda _id: self._help_requested(), self._failed)

    def _help_requested(self) -> None:
        layout = self._body("help")
        layout.addWidget(_label(self.tr("An associate is on the way"), "kiosk_help_title",
                                "kiosk_title"))
        if self.online() is False:
            text = self.tr("We could not reach the store's tablets just now: your request "
                           "will be sent as soon as possible. You can also go to any desk.")
        else:
            text = self.tr("An associate has been called and will come to you here in a "
                           "moment.")
        layout.addWidget(_label(text, "kiosk_help_text", "lead"))
        self._offer_rating(layout)
        layout.addStretch(1)
        self.show_screen("help")
        self.context.sync.request_sync()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ActionRefused):
            self.say(self.refusal_text(error.code, error.params), "warning")
        else:
            log.error("kiosk action failed", exc_info=error)  # the customer: a calm message
            self.say(self.tr("Sorry, something went wrong. Please try again, or ask an "
                             "associate."), "warning")

    # --- pick up my order --------------------------------------------------------------------

    def show_pickup(self) -> None:
        layout = self._body("pickup")
        layout.addWidget(_label(self.tr("Pick up my order"), "kiosk_pickup_title",
                                "kiosk_title"))
        layout.addWidget(_label(self.tr("Scan the pickup pass from your “order ready” email, "
                                        "or choose your order below."),
                                "kiosk_pickup_text", "lead"))
        customer = self.session.customer
        ready = [o for o in (customer.orders if customer else [])
                 if o.waiting_here and o.pickup_state in ("ready", "checked_in")]
        for order in ready:
            button = _big_button(self.tr("I'm here for order %1").replace("%1", order.number),
                                 f"kiosk_checkin_{order.number}", True)
            button.setMinimumHeight(80)
            button.clicked.connect(lambda _c=False, o=order.id: self.check_in(o))
            layout.addWidget(button)
        if customer is not None and not ready:
            layout.addWidget(_label(self.tr("None of your orders is waiting for you in this "
                                            "store right now."), "kiosk_pickup_none"))
        layout.addStretch(1)
        self.show_screen("pickup")

    def check_in(self, order_id: str) -> None:
        store = self.context.device.store
        customer_id = self.session.customer.customer_id if self.session.customer else None
        fetch = None if self.online() is False else self.context.device.live.order
        self.context.runner.run(lambda: kiosk.check_in(store, order_id, customer_id, fetch),
                                self.show_checked_in, self._failed)

    def show_checked_in(self, done: kiosk.CheckIn) -> None:
        layout = self._body("checked_in")
        thanks = self.tr("Thank you %1!").replace("%1", done.first_name) if done.first_name \
            else self.tr("Thank you!")
        layout.addWidget(_label(thanks, "kiosk_checkin_title", "kiosk_title"))
        layout.addWidget(_label(
            self.tr("Order %1 (%n item(s)): the desk knows you are here and is bringing it.",
                    "", done.items).replace("%1", done.order_number),
            "kiosk_checkin_text", "lead"))
        wait = _label(self.tr("Estimated wait: about %n minute(s)", "", done.wait_minutes),
                      "kiosk_checkin_wait", "kiosk_figure")
        layout.addWidget(wait)
        ahead = (self.tr("%n customer(s) ahead of you.", "", done.ahead) if done.ahead
                 else self.tr("You are next."))
        layout.addWidget(_label(ahead + " " + self.tr("Please go to the click & collect desk "
                                                      "and have an ID ready."),
                                "kiosk_checkin_ahead"))
        if self.online() is False:
            layout.addWidget(_label(self.tr("The desk's tablets will see your arrival as soon "
                                            "as the network is back; you can also tell the "
                                            "desk directly."), "kiosk_checkin_offline"))
        self._offer_rating(layout)
        layout.addStretch(1)
        self.show_screen("checked_in")

    # --- start a return --------------------------------------------------------------------

    def show_returns(self) -> None:
        customer = self.session.customer
        if customer is None:
            return
        if customer.identified_by != "pass":  # a card proves less than the pass in the app
            self.say(self.tr("To start a return, scan the store pass from your app."),
                     "warning")
            return
        if customer.source == "pass_only":  # offline, and this kiosk holds no customer
            self.say(self.tr("Your purchases cannot be read right now. An associate at the "
                             "returns desk can help you."), "warning")
            return
        store = self.context.device.store
        self.context.runner.run(lambda: returns.returnable_purchases(
            store, customer.customer_id, fetched=customer.live_orders),
            self._purchases, self._failed)

    def _purchases(self, purchases: list[returns.ReturnOrder]) -> None:
        self.session.purchases = purchases
        layout = self._body("returns")
        layout.addWidget(_label(self.tr("Start a return"), "kiosk_returns_title",
                                "kiosk_title"))
        if not purchases:
            layout.addWidget(_label(self.tr("None of your purchases can be returned any more. "
                                            "An associate can tell you more."),
                                    "kiosk_returns_none", "lead"))
        else:
            layout.addWidget(_label(self.tr("Which purchase do you bring back?"),
                                    "kiosk_returns_text", "lead"))
        for order in purchases[:6]:
            channel = {"web": self.tr("Website"), "app": self.tr("App"),
                       "store": self.tr("In store")}.get(order.channel, order.channel)
            names = ", ".join(line.name for line in order.lines[:2])
            text = (f"{order.number} · {fmt.day(order.created_at, self.text_locale)} · {channel}"
                    f"\n{names}")
            button = _big_button(text, f"kiosk_purchase_{order.number}")
            button.setMinimumHeight(80)
            button.clicked.connect(lambda _c=False, o=order: self.choose_lines(o))
            layout.addWidget(button)
        layout.addStretch(1)
        self.show_screen("returns")

    def choose_lines(self, order: returns.ReturnOrder) -> None:
        self.session.order = order
        self.session.chosen = {}
        layout = self._body("return_lines")
        layout.addWidget(_label(self.tr("What do you bring back?"), "kiosk_lines_title",
                                "kiosk_title"))
        for line in order.lines:
            if not line.returnable or line.window.status != "open":
                continue
            self.session.chosen[line.line_no] = [0, ""]
            card = QFrame()
            card.setProperty("role", "card")
            row = QHBoxLayout(card)
            row.addWidget(_label(f"{line.name}" + (f" · {line.size}" if line.size else "")
                                 + "\n" + self.tr("Up to %n can come back", "",
                                                      line.returnable),
                                 f"kiosk_line_{line.line_no}"), 3)
            minus = QPushButton("−")
            minus.setObjectName(f"kiosk_line_minus_{line.line_no}")
            minus.setAccessibleName(self.tr("One less: %1").replace("%1", line.name))
            count = _label("0", f"kiosk_line_qty_{line.line_no}", "kiosk_figure", wrap=False)
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count.setMinimumWidth(48)
            plus = QPushButton("+")
            plus.setObjectName(f"kiosk_line_plus_{line.line_no}")
            plus.setAccessibleName(self.tr("One more: %1").replace("%1", line.name))
            for button in (minus, plus):
                button.setProperty("kiosk", "step")
                button.setMinimumSize(64, 64)
            reason = QComboBox()
            reason.setObjectName(f"kiosk_line_reason_{line.line_no}")
            reason.setAccessibleName(self.tr("Why: %1").replace("%1", line.name))
            reason.addItem(self.tr("Why?"), "")
            for code in order.reasons:
                reason.addItem(code.text(self.language), code.code)
            reason.setMinimumHeight(56)

            def step(delta: int, n: int = line.line_no, most: int = line.returnable,
                     label: QLabel = count) -> None:
                units = max(0, min(most, self.session.chosen[n][0] + delta))
                self.session.chosen[n][0] = units
                label.setText(str(units))

            minus.clicked.connect(lambda _c=False, s=step: s(-1))
            plus.clicked.connect(lambda _c=False, s=step: s(1))
            reason.currentIndexChanged.connect(
                lambda _i, n=line.line_no, box=reason: self.session.chosen[n].__setitem__(
                    1, box.currentData() or ""))
            for widget in (minus, count, plus):
                row.addWidget(widget)
            row.addWidget(reason, 2)
            layout.addWidget(card)
        layout.addStretch(1)
        ticket = _big_button(self.tr("Get my return ticket"), "kiosk_ticket_button", True)
        ticket.clicked.connect(self.make_ticket)
        layout.addWidget(ticket)
        self.show_screen("return_lines")

    def make_ticket(self) -> None:
        order = self.session.order
        if order is None:
            return
        try:
            ticket = kiosk.return_ticket(order, {n: (u, r) for n, (u, r)
                                                 in self.session.chosen.items()})
        except ActionRefused as refused:
            self.say(self.refusal_text(refused.code, refused.params), "warning")
            return
        self.say("")
        layout = self._body("ticket")
        layout.addWidget(_label(self.tr("Your return ticket"), "kiosk_ticket_title",
                                "kiosk_title"))
        row = QHBoxLayout()
        row.addWidget(_qr(ticket.text, "kiosk_ticket_qr", self.tr("Return ticket code"), 320))
        names = {line.line_no: line.name for line in order.lines}
        reasons = {r.code: r.text(self.language) for r in order.reasons}
        lines = "\n".join(f"• {x.quantity} × {names.get(x.line_no, '')} "
                          f"({reasons.get(x.reason, x.reason)})" for x in ticket.lines)
        row.addWidget(_label(self.tr("Show this code at the returns desk with the items. "
                                     "An associate checks them and refunds you.")
                             + "\n\n" + self.tr("Order %1").replace("%1", order.number)
                             + "\n" + lines, "kiosk_ticket_text", "lead"), 1)
        layout.addLayout(row)
        self._offer_rating(layout)
        layout.addStretch(1)
        self.show_screen("ticket")

    # --- how was it? -------------------------------------------------------------------------

    def _offer_rating(self, layout: QVBoxLayout) -> None:
        """The one-tap rating under what the customer just did (once per session: a second
        action in the same visit does not ask again)."""
        if self.visit is None:
            self.visit = feedback.offer(self.context.device.settings, Touchpoint.KIOSK)
            if self.visit is None:
                return
        panel = RatingPanel(Touchpoint.KIOSK)
        panel.rated.connect(self._rated)
        layout.addWidget(panel)

    def _rated(self, score: int, tags: list[FeedbackTag]) -> None:
        visit, self.visit = self.visit, None
        if visit is None:
            return
        store = self.context.device.store
        self.context.runner.run(lambda: feedback.record(store, visit, score, tags),
                                lambda _none: self._thanked(), self._failed)

    def _thanked(self) -> None:
        self.say(self.tr("Thank you for your answer!"))
        self.context.sync.request_sync()
        QTimer.singleShot(THANKS_MS, self, self.done.emit)

    def leave(self) -> None:
        """The session ends: a rating offered and not answered is recorded as such (the
        response rate counts it)."""
        visit, self.visit = self.visit, None
        if visit is not None:
            store = self.context.device.store
            self.context.runner.run(lambda: feedback.record(store, visit, None),
                                    None, lambda error: log.warning(
                                        "an unanswered rating was not recorded: %s", error))

    # --- continue on my phone, products ----------------------------------------------------

    def show_phone(self, product: ProductHere | None) -> None:
        customer = self.session.customer
        link = kiosk.product_link(self.shop_url, product.gtin) if product is not None \
            else kiosk.cart_link(self.shop_url, customer.cart_id if customer else None)
        layout = self._body("phone")
        layout.addWidget(_label(self.tr("Continue on my phone"), "kiosk_phone_title",
                                "kiosk_title"))
        row = QHBoxLayout()
        row.addWidget(_qr(link, "kiosk_phone_qr", self.tr("Code of the link for your phone"),
                          320))
        what = (self.tr("Scan this code with your phone's camera to open %1 on our website.")
                .replace("%1", product.name) if product is not None
                else self.tr("Scan this code with your phone's camera to open your cart on "
                             "our website, and finish your order there."))
        row.addWidget(_label(what, "kiosk_phone_text", "lead"), 1)
        layout.addLayout(row)
        layout.addWidget(_label(link, "kiosk_phone_link", "caption"))
        layout.addStretch(1)
        self.show_screen("phone")

    def show_product(self, product: ProductHere) -> None:
        layout = self._body("product")
        layout.addWidget(_label(product.name, "kiosk_product_name", "kiosk_title"))
        layout.addWidget(_label(fmt.money(product.price_cents, self.text_locale),
                                "kiosk_product_price", "kiosk_figure"))
        if product.in_stock_here:
            here = self.tr("In stock here") + (" · " + self.tr("aisle %1").replace(
                "%1", product.aisle) if product.aisle else "")
        elif product.in_other_stores:
            here = self.tr("Not in stock here, available in other stores and online")
        else:
            here = self.tr("Available online")
        layout.addWidget(_label(here, "kiosk_product_stock", "lead"))
        buy = _big_button(self.tr("Buy it on my phone"), "kiosk_product_phone", True)
        buy.clicked.connect(lambda: self.show_phone(product))
        layout.addWidget(buy)
        layout.addStretch(1)
        self.show_screen("product")
