"""One purchase at the returns desk: what comes back, why, in what state, and the refund.

The panel works out the refund as the associate chooses (`returns.quote`, pure arithmetic
on the opened purchase: no database, no network), so the amount on screen is the amount
recorded. Confirming emits `confirm` with the choices; the page runs the service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.scanning.payloads import ReturnTicket
from kiosk.services.errors import ActionRefused
from kiosk.services.returns import (
    CONDITIONS,
    LineChoice,
    Override,
    Quote,
    RefundChoice,
    RefundMethod,
    ReturnLine,
    ReturnOrder,
    quote,
)
from kiosk.ui.partials import fmt, widgets
from kiosk.ui.partials.table_model import channel_text
from sync.rules.returns import Window, override_complete


class ReturnTexts(QWidget):
    """Conditions, refund methods and means of payment in the associate's language."""

    def condition(self, code: str) -> str:
        return {"new": self.tr("New, unworn"), "opened": self.tr("Opened or tried"),
                "damaged": self.tr("Damaged")}.get(code, code)

    def payment(self, code: str) -> str:
        return {"card": self.tr("bank card"), "paypal": self.tr("PayPal"),
                "gift_card": self.tr("gift card"), "cash": self.tr("cash")}.get(code, code)


@dataclass(frozen=True)
class ReturnRequest:
    """What the associate confirmed: the page hands it to `returns.record_return`."""

    order_id: str
    choices: list[LineChoice]
    refund: RefundChoice
    override: Override | None


@dataclass(frozen=True)
class LineInputs:
    quantity: QSpinBox
    reason: QComboBox
    condition: QComboBox
    restock: QCheckBox


class ReturnPanel(QFrame):
    confirm = Signal(object)
    """A `ReturnRequest`."""

    def __init__(self, language: str, manager: bool, explain: Callable[[BaseException], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returns_order")
        self.explain = explain
        self.setProperty("role", "card")
        self.language = language
        self.manager = manager
        self.text_locale = fmt.locale_for(language)
        self.texts = ReturnTexts(self)
        self.order: ReturnOrder | None = None
        self.quoted: Quote | None = None
        self.rows: list[LineInputs] = []
        """The inputs of each table row, reused from one purchase to the next."""
        self.inputs: dict[int, LineInputs] = {}
        """The open purchase's inputs, by line number."""
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.number = widgets.label("returns_order_number", role="subtitle")
        self.about = widgets.hint(name="returns_order_about")
        self.alert = widgets.label("returns_order_alert", role="alert", wrap=True)
        for widget in (self.number, self.about, self.alert):
            layout.addWidget(widget)
        self.lines = QTableWidget(0, 5)
        self.lines.setObjectName("returns_lines")
        self.lines.setAccessibleName(self.tr("Lines of the purchase"))
        self.lines.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setWordWrap(True)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.lines, 1)

        self.refund_row = QWidget()
        row = QHBoxLayout(self.refund_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.method = QComboBox()
        self.method.setObjectName("returns_refund_method")
        self.method.setAccessibleName(self.tr("How the customer is refunded"))
        self.method.currentIndexChanged.connect(self._method_changed)
        row.addWidget(QLabel(self.tr("Refund")))
        row.addWidget(self.method, 1)
        self.exchange = QLineEdit()
        self.exchange.setObjectName("returns_exchange_gtin")
        self.exchange.setPlaceholderText(self.tr("Scan or type the new item's barcode"))
        self.exchange.setAccessibleName(self.tr("Item given in exchange"))
        self.exchange.setMaxLength(14)
        self.exchange.textChanged.connect(self.requote)
        row.addWidget(self.exchange, 1)
        layout.addWidget(self.refund_row)

        self.override_box = QWidget()
        self.override_box.setObjectName("returns_override_box")
        column = QVBoxLayout(self.override_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.override_hint = widgets.hint(name="returns_override_hint")
        column.addWidget(self.override_hint)
        row = QHBoxLayout()
        self.override_by = QLineEdit()
        self.override_by.setObjectName("returns_override_by")
        self.override_by.setPlaceholderText(self.tr("Manager's name"))
        self.override_by.setAccessibleName(self.tr("Manager who accepts the return"))
        self.override_by.setMaxLength(80)
        self.override_by.textChanged.connect(self.requote)
        self.override_reason = QLineEdit()
        self.override_reason.setObjectName("returns_override_reason")
        self.override_reason.setPlaceholderText(self.tr("Why it is accepted outside the policy"))
        self.override_reason.setAccessibleName(self.tr("Reason for the exception"))
        self.override_reason.setMaxLength(200)
        self.override_reason.textChanged.connect(self.requote)
        row.addWidget(self.override_by, 1)
        row.addWidget(self.override_reason, 2)
        column.addLayout(row)
        layout.addWidget(self.override_box)

        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("returns_summary")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.confirm_button = widgets.button(self.tr("Confirm the return"), "returns_confirm", True)
        self.confirm_button.clicked.connect(self._confirm)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        self.filler = QWidget()  # keeps the empty panel's words at the top
        layout.addWidget(self.filler, 1)
        self.show_order(None)

    # --- rendering ------------------------------------------------------------------------

    def show_order(self, order: ReturnOrder | None) -> None:
        self.order = order
        for widget in (self.lines, self.refund_row, self.summary, self.confirm_button):
            widget.setVisible(order is not None)
        self.filler.setVisible(order is None)
        self.override_box.hide()
        if order is None:
            self.number.setText(self.tr("No purchase open"))
            self.about.setText(self.tr(
                "Scan the receipt or the order confirmation, type the order number, or scan "
                "the customer's pass or card to list their purchases."))
            self.alert.hide()
            return
        self.number.setText(self.tr("Order %1").replace("%1", order.number))
        paid = " + ".join(f"{self.texts.payment(m)} {fmt.money(a, self.text_locale)}"
                          for m, a in order.payments)
        parts = [channel_text(order.channel), fmt.day(order.created_at, self.text_locale),
                 order.customer_name or self.tr("no customer account"),
                 self.tr("paid: %1").replace("%1", paid or fmt.money(order.total_cents,
                                                                     self.text_locale))]
        self.about.setText(" · ".join(parts))
        self._show_alert(order)
        self._fill_lines(order)
        self._fill_methods(order)
        self.requote()

    def _show_alert(self, order: ReturnOrder) -> None:
        if order.in_delivery:
            text = self.tr("This order is still on its way to the customer: it can be "
                           "returned once delivered.")
        elif order.conflict:
            text = self.tr("A return of this order was not accepted centrally: see the Sync "
                           "page.")
        elif not any(line.returnable for line in order.lines):
            text = self.tr("Nothing left to return on this order: everything was returned, "
                           "refunded or never handed over.")
        elif order.pending:
            text = self.tr("Returned here a moment ago; waiting to be sent to the central "
                           "system.")
        else:
            text = ""
        self.alert.setText(text)
        self.alert.setVisible(bool(text))

    def _policy_text(self, line: ReturnLine) -> tuple[str, bool]:
        if line.window.status == Window.NOT_RETURNABLE:
            return self.tr("Not returnable (%1)").replace("%1", line.category), False
        until = fmt.day(line.window.until, self.text_locale)
        if line.window.status == Window.CLOSED:
            return self.tr("Return window closed on %1").replace("%1", until), False
        return self.tr("Returnable until %1").replace("%1", until), True

    def _setup_lines(self) -> None:
        headers = [self.tr("Item"), self.tr("Back"), self.tr("Reason"), self.tr("Condition"),
                   self.tr("To stock")]
        widths = [0, 72, 164, 164, 120]
        self.lines.setColumnCount(len(headers))
        self.lines.setHorizontalHeaderLabels(headers)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(widths[1:], start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)

    def _new_row(self, i: int) -> LineInputs:
        """The inputs of one table row, made once and reused by every purchase opened."""
        quantity = QSpinBox()
        quantity.setAccessibleName(self.tr("Units brought back"))
        quantity.valueChanged.connect(self.requote)
        reason = QComboBox()
        reason.setAccessibleName(self.tr("Reason for the return"))
        reason.currentIndexChanged.connect(self.requote)
        condition = QComboBox()
        condition.setAccessibleName(self.tr("Condition of the item"))
        for code in CONDITIONS:
            condition.addItem(self.texts.condition(code), code)
        restock = QCheckBox()
        restock.setAccessibleName(self.tr("Back to stock"))
        condition.currentIndexChanged.connect(
            lambda _i: restock.setChecked(condition.currentData() == "new"))
        for column, widget in enumerate((quantity, reason, condition, restock), start=1):
            holder = QWidget()  # centred in a row as tall as the item's three lines
            box = QHBoxLayout(holder)
            box.setContentsMargins(4, 0, 4, 0)
            box.addWidget(widget, 0 if widget is restock else 1, Qt.AlignmentFlag.AlignCenter
                          if widget is restock else Qt.AlignmentFlag.AlignVCenter)
            self.lines.setCellWidget(i, column, holder)
        return LineInputs(quantity, reason, condition, restock)

    def _fill_lines(self, order: ReturnOrder) -> None:
        """One row per line, its inputs reset: rows and their widgets are reused from one
        purchase to the next (building them is most of the time a scan takes to show)."""
        if not self.rows:
            self._setup_lines()
        self.lines.setRowCount(len(order.lines))
        del self.rows[len(order.lines):]  # Qt deleted the widgets of rows removed
        self.inputs.clear()
        reasons = [("", self.tr("Choose…"))] + [(r.code, r.text(self.language))
                                                for r in order.reasons]
        for i, line in enumerate(order.lines):
            if i == len(self.rows):
                self.rows.append(self._new_row(i))
            row = self.rows[i]
            name = line.name
            if line.size:
                name = self.tr("%1 · size %2").replace("%1", name).replace("%2", line.size)
            policy, inside = self._policy_text(line)
            counts = self.tr("Bought %1 · %2 can come back · %3 each").replace(
                "%1", str(line.quantity)).replace("%2", str(line.returnable)).replace(
                "%3", fmt.money(line.paid_cents // line.quantity, self.text_locale))
            item = QTableWidgetItem(f"{name}\n{counts}\n{policy}")
            item.setData(Qt.ItemDataRole.UserRole, line.line_no)
            if not inside:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.lines.setItem(i, 0, item)
            for widget in (row.quantity, row.reason, row.condition, row.restock):
                widget.blockSignals(True)
            row.quantity.setObjectName(f"returns_qty_{line.line_no}")
            row.quantity.setRange(0, line.returnable)
            row.quantity.setValue(0)
            row.quantity.setEnabled(line.returnable > 0 and not order.in_delivery)
            row.reason.setObjectName(f"returns_reason_{line.line_no}")
            if [row.reason.itemData(k) for k in range(row.reason.count())] \
                    != [code for code, _ in reasons]:
                row.reason.clear()
                for code, text in reasons:
                    row.reason.addItem(text, code)
            row.reason.setCurrentIndex(0)
            row.condition.setObjectName(f"returns_condition_{line.line_no}")
            row.condition.setCurrentIndex(0)
            row.restock.setObjectName(f"returns_restock_{line.line_no}")
            row.restock.setChecked(True)
            for widget in (row.quantity, row.reason, row.condition, row.restock):
                widget.blockSignals(False)
            self.inputs[line.line_no] = row
        self.lines.resizeRowsToContents()

    def _fill_methods(self, order: ReturnOrder) -> None:
        self.method.blockSignals(True)
        self.method.clear()
        if order.payments:
            methods = " + ".join(self.texts.payment(m) for m, _ in order.payments)
            self.method.addItem(self.tr("To the original payment (%1)").replace("%1", methods),
                                ("original_payment", None))
        self.method.addItem(self.tr("Store credit: a voucher usable in store and online"),
                            ("store_credit", None))
        self.method.addItem(self.tr("Exchange for another item"), ("exchange", None))
        self.method.blockSignals(False)
        self._method_changed()

    def _method_changed(self) -> None:
        method = self.method.currentData()
        self.exchange.setVisible(self.order is not None and method is not None
                                 and method[0] == "exchange")
        self.requote()

    # --- choices --------------------------------------------------------------------------

    def apply_ticket(self, ticket: ReturnTicket) -> None:
        """Fill the form with what the customer chose at the kiosk; lines that cannot come
        back (any more) stay at 0 and the associate sees why on the line."""
        for line in ticket.lines:
            try:
                spin, reason = self.quantity(line.line_no), self.reason(line.line_no)
            except KeyError:
                continue
            spin.setValue(min(line.quantity, spin.maximum()))
            index = reason.findData(line.reason)
            if index >= 0:
                reason.setCurrentIndex(index)
        self.requote()

    def quantity(self, line_no: int) -> QSpinBox:
        return self.inputs[line_no].quantity

    def reason(self, line_no: int) -> QComboBox:
        return self.inputs[line_no].reason

    def choices(self) -> list[LineChoice]:
        chosen = []
        for line_no, row in self.inputs.items():
            quantity = row.quantity.value()
            if quantity:
                chosen.append(LineChoice(line_no, quantity, str(row.reason.currentData() or ""),
                                         str(row.condition.currentData()),
                                         row.restock.isChecked()))
        return chosen

    def refund(self) -> RefundChoice:
        default: tuple[RefundMethod, str | None] = ("store_credit", None)
        method, to = self.method.currentData() or default
        return RefundChoice(method, to, self.exchange.text().strip() or None
                            if method == "exchange" else None)

    def override(self) -> Override | None:
        if not self.override_box.isVisible() or not self.manager:
            return None
        return Override(self.override_by.text(), self.override_reason.text())

    def select_gtin(self, gtin: str) -> ReturnLine | None:
        """A scanned item: one more unit of its line comes back (None: not on the order)."""
        if self.order is None:
            return None
        for line in self.order.lines:
            if line.gtin == gtin and line.returnable:
                box = self.quantity(line.line_no)
                if box.value() < box.maximum():
                    box.setValue(box.value() + 1)
                return line
        return None

    def requote(self) -> None:
        """The refund as chosen so far, and whether it can be confirmed."""
        order = self.order
        if order is None:
            return
        self.quoted = None
        missing_reason = [c.line_no for c in self.choices() if not c.reason]
        try:
            self.quoted = quote(order, self.choices(), self.refund())
        except ActionRefused as refused:
            self.summary.setText(self.explain(refused))
            self.confirm_button.setEnabled(False)
            self.override_box.hide()
            return
        q = self.quoted
        self.override_box.setVisible(bool(q.outside_policy))
        if q.outside_policy:
            self.override_hint.setText(
                self.tr("Outside the return policy: a manager may accept it, with a reason.")
                if self.manager else
                self.tr("Outside the return policy: only a manager can accept it. Ask a "
                        "manager to take over this tablet."))
            self.override_by.setEnabled(self.manager)
            self.override_reason.setEnabled(self.manager)
        text = self._summary(q)
        ready = not missing_reason
        if missing_reason:
            text += "<br>" + escape(self.tr("Choose a reason for each item coming back."))
        if q.outside_policy and (not self.manager or not override_complete(
                self.override_by.text(), self.override_reason.text())):
            ready = False
        if self.refund().method == "exchange" and not self.refund().exchange_gtin:
            ready = False
        self.summary.setText(text)
        self.confirm_button.setEnabled(ready)

    def _summary(self, q: Quote) -> str:
        money = fmt.money(q.refund_cents, self.text_locale)
        method = self.refund().method
        if method == "original_payment":
            how = self.tr("to %1").replace("%1", ", ".join(
                f"{self.texts.payment(m)} {fmt.money(a, self.text_locale)}" for m, a in q.payments))
        elif method == "store_credit":
            how = self.tr("as a voucher")
        else:
            how = self.tr("towards the exchanged item")
        refund = self.tr("Refund: %1").replace("%1", money)
        text = f"<b>{escape(refund)}</b> {escape(how)}"
        if q.points and self.order and self.order.customer_id:
            text += "<br>" + escape(self.tr("%n loyalty point(s) taken back", "", q.points))
        return text

    def _confirm(self) -> None:
        if self.order is None or self.quoted is None:
            return
        self.confirm.emit(ReturnRequest(self.order.order_id, self.choices(), self.refund(),
                                        self.override()))
