"""Purchases found at the returns desk, as a table."""

from __future__ import annotations

from PySide6.QtCore import (
    QObject,
)

from kiosk.services.returns import PurchaseRow
from kiosk.ui.partials import fmt
from kiosk.ui.partials.table_model import RowsModel


class PurchaseTableModel(RowsModel[PurchaseRow]):
    """A customer's purchases on every channel, at the returns desk."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text_locale = fmt.locale_for(language)

    def headers(self) -> list[str]:
        return [self.tr("Order"), self.tr("Date"), self.tr("Total")]

    def cell(self, row: PurchaseRow, column: int) -> str:
        """The number says the channel (WEB-, APP-, MAG-): the narrow list needs no more."""
        if column == 0:
            return row.number
        if column == 1:
            return fmt.day(row.created_at, self.text_locale, short=True)
        return fmt.money(row.total_cents, self.text_locale)
