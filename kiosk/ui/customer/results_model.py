"""Customers found by a search, as a table."""

from __future__ import annotations

from kiosk.services.customers import CustomerRow
from kiosk.ui.partials.table_model import RowsModel


class CustomerTableModel(RowsModel[CustomerRow]):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Email")]

    def cell(self, row: CustomerRow, column: int) -> str:
        return [row.name, row.phone, row.email][column]
