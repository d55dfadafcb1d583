"""The oldest call of a customer at the kiosk (or a kiosk check-in), above the pages, with
"I'm on my way"."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from kiosk.services import assistance, feedback
from kiosk.ui.partials import fmt
from kiosk.ui.partials.customer_rating import CustomerRatingDialog
from kiosk.ui.shell.context import PageContext
from sync.rules.kpis import Touchpoint


class AssistanceBar(QFrame):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("assistance_bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.text = QLabel()
        self.text.setObjectName("assistance_text")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.button = QPushButton(self.tr("I'm on my way"))
        self.button.setObjectName("assistance_answer")
        self.button.setAccessibleName(self.tr("Answer the customer's call: I'm on my way"))
        self.button.clicked.connect(self.answer)
        row.addWidget(self.button)
        self.rate_button = QPushButton(self.tr("Customer's rating"))
        self.rate_button.setObjectName("assistance_rating")
        self.rate_button.setAccessibleName(self.tr(
            "Hand the tablet to the customer you helped for a rating"))
        self.rate_button.clicked.connect(self.ask_rating)
        row.addWidget(self.rate_button)
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setObjectName("assistance_rating_later")
        self.later_button.clicked.connect(self._forget_rating)
        row.addWidget(self.later_button)
        self.request: str | None = None
        self.helped = False
        """A call answered here: once the customer is helped, they may rate the help."""
        self.rating: CustomerRatingDialog | None = None
        self.hide()

    def load(self) -> None:
        store = self.context.device.store
        self.context.runner.run_latest("assistance", lambda: assistance.open_requests(store),
                                       self.show_requests)

    def show_requests(self, rows: list[assistance.AssistanceRow]) -> None:
        self.button.setVisible(bool(rows))
        self.rate_button.setVisible(self.helped and not rows)
        self.later_button.setVisible(self.helped and not rows)
        if not rows:
            self.request = None
            self.text.setText(self.tr("Once you have helped the customer, hand them the "
                                      "tablet: one tap tells us how it went."))
            self.setVisible(self.helped)
            return
        first = rows[0]
        who = first.first_name or self.tr("A customer")
        texts = {
            "cart": self.tr("%1 asks for an associate at the kiosk, about their online cart "
                            "(%2)."),
            "pickup": self.tr("%1 checked in at the kiosk for order %2: bring it to the "
                              "pickup desk."),
            "return": self.tr("%1 asks for an associate at the kiosk about a return (%2)."),
            "help": self.tr("%1 asks for an associate at the kiosk."),
        }
        text = texts.get(first.kind, texts["help"]).replace("%1", who).replace("%2", first.note)
        text += f" ({fmt.ago(first.requested_at)})"
        if len(rows) > 1:
            text += " · " + self.tr("%n more waiting", "", len(rows) - 1)
        self.request = first.request_id
        self.text.setText(text)
        self.show()

    def answer(self) -> None:
        request_id = self.request
        if request_id is None:
            return
        context = self.context
        store = context.device.store

        def answered(_result: object) -> None:
            context.sync.request_sync()
            self.helped = True
            self.load()

        def refused(error: BaseException) -> None:
            context.notify(context.explain(error), "warning")
            self.load()

        context.runner.run(lambda: assistance.answer(store, request_id), answered, refused)

    def ask_rating(self) -> None:
        """The customer helped gets the tablet: the question only, then it comes back."""
        visit = feedback.offer(self.context.device.settings, Touchpoint.ASSISTANCE)
        self._forget_rating()
        if visit is None:
            return
        self.rating = CustomerRatingDialog(self.context, visit, self.window())
        self.rating.present()

    def _forget_rating(self) -> None:
        self.helped = False
        self.load()
