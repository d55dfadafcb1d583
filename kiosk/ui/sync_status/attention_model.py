"""Dead letters and conflicts to look at, as a table."""

from __future__ import annotations

from PySide6.QtCore import (
    QObject,
)
from PySide6.QtGui import QColor

from kiosk.services.attention import AttentionItem
from kiosk.ui.partials import fmt
from kiosk.ui.partials.table_model import RowsModel, pickup_state_text


class AttentionTableModel(RowsModel[AttentionItem]):
    """Dead letters and conflicts, in words an associate or a manager understands."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text_locale = fmt.locale_for(language)

    def headers(self) -> list[str]:
        return [self.tr("What"), self.tr("Action"), self.tr("About"), self.tr("Server's answer"),
                self.tr("When")]

    def event_label(self, event_type: str) -> str:
        labels = {
            "pickup.checked_in": self.tr("Pickup check-in"),
            "customer.identified": self.tr("Customer identified"),
            "return.recorded": self.tr("Return"),
            "voucher.issued": self.tr("Voucher issued"),
            "loyalty.reversed": self.tr("Points taken back"),
        }
        return labels.get(event_type, event_type)

    def cell(self, row: AttentionItem, column: int) -> str:
        kind = self.tr("Refused") if row.kind == "dead_letter" else self.tr("Conflict")
        return [kind, self.event_label(row.event_type), row.subject, row.reason,
                fmt.day_and_time(row.occurred_at, self.text_locale)][column]

    def background(self, row: AttentionItem) -> QColor | None:
        return QColor("#fde2e1") if row.kind == "dead_letter" else QColor("#fff4d6")

    def what_to_do(self, item: AttentionItem) -> str:
        if item.kind == "conflict":
            if item.event_type == "pickup.checked_in":
                return self.tr(
                    "The central system had already moved this order on (it is %1) when the "
                    "check-in arrived; the desk shows the central state. Check the order with "
                    "the customer, then mark this as resolved.").replace(
                    "%1", pickup_state_text(item.details.get("server_state")))
            if item.event_type == "return.recorded":
                return self.tr(
                    "These items had already been returned (on another tablet or channel) when "
                    "this return arrived, so the central system did not book its refund; a "
                    "voucher issued for it is on hold. Check the items and the receipt with a "
                    "manager: if the customer was refunded twice, contact them or cancel the "
                    "voucher at customer service; then mark this as resolved.")
            return self.tr("The central system no longer matched this action when it arrived. "
                           "Check the situation, then mark this as resolved.")
        return self.tr(
            "The central system refused this action for good, so it was not applied; later "
            "actions on the same subject wait behind it. If the cause was fixed centrally, "
            "press Send again; otherwise redo the action by another way if needed and mark "
            "this as resolved to let the waiting actions go.")
