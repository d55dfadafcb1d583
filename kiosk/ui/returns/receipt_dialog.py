"""The return receipt: what came back and the refund, with the voucher's QR code."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QWidget,
)

from kiosk.services.returns import (
    ReturnReceipt,
)
from kiosk.ui.partials import fmt
from kiosk.ui.partials.receipt_dialog import ReceiptDialog
from kiosk.ui.returns.return_panel import ReturnTexts
from kiosk.ui.shell.context import PageContext
from sync.rules.kpis import Touchpoint


class ReturnReceiptDialog(ReceiptDialog):
    """The return receipt: the voucher's QR code (or the return's reference), what came
    back, the refund and where it goes; saved as a PDF to print or send."""

    touchpoint = Touchpoint.RETURNS

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(context, parent, name="return_receipt")
        self.texts = ReturnTexts(self)
        self.language = context.language

    def title(self) -> str:
        return self.tr("Return receipt")

    def html(self) -> str:
        r = self.receipt
        if not isinstance(r, ReturnReceipt):
            return ""
        loc = self.text_locale
        title = self.tr("Return %1").replace("%1", r.return_id)
        order = self.tr("Order %1").replace("%1", r.order_number) if r.order_number \
            else self.tr("Without receipt")
        parts = [f"<h3>{escape(title)}</h3>",
                 f"<p>{escape(order)} · {fmt.day_and_time(r.at, loc)}<br>"
                 f"{escape(r.customer_name)}</p><ul>"]
        for name, units, _reason, condition, cents in r.lines:
            parts.append(f"<li>{units} × {escape(name)} ({escape(self.texts.condition(condition))})"
                         f" — {fmt.money(cents, loc)}</li>")
        parts.append("</ul>")
        total = fmt.money(r.refund_cents, loc)
        if r.method == "original_payment":
            parts.append("<p>" + escape(self.tr("%1 refunded to the original payment:")
                                        .replace("%1", total)) + " " + escape(", ".join(
                f"{self.texts.payment(m)} {fmt.money(a, loc)}" for m, a in r.payments)) + "</p>")
        if r.exchange_name:
            parts.append("<p>" + escape(self.tr("Exchanged for %1 (%2).").replace(
                "%1", r.exchange_name).replace("%2", fmt.money(r.exchange_price_cents, loc)))
                + (" " + escape(self.tr("To pay at the till: %1").replace(
                    "%1", fmt.money(r.to_pay_cents, loc))) if r.to_pay_cents else "") + "</p>")
        if r.voucher_id:
            parts.append("<p><b>" + escape(self.tr("Voucher %1: %2, valid until %3, in store "
                                                   "and online (scan the QR code).")
                                           .replace("%1", r.voucher_id)
                                           .replace("%2", fmt.money(r.voucher_cents, loc))
                                           .replace("%3", fmt.day(r.voucher_expires_at, loc)))
                         + "</b></p>")
        if r.points_reversed:
            parts.append("<p>" + escape(self.tr("%n loyalty point(s) taken back.", "",
                                                r.points_reversed)) + "</p>")
        if r.override_reason:
            parts.append("<p>" + escape(self.tr("Accepted by a manager: %1")
                                        .replace("%1", r.override_reason)) + "</p>")
        if r.offline:
            parts.append("<p>" + escape(self.tr("Recorded offline: it is sent to the central "
                                                "system as soon as the tablet is online."))
                         + "</p>")
        return "".join(parts)
