"""The pickup queue as a table."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QObject,
)
from PySide6.QtGui import QColor

from kiosk.services.pickup import PickupRow
from kiosk.ui.partials import fmt
from kiosk.ui.partials.table_model import RowsModel
from sync.rules.pickup import DeskBucket


class PickupTableModel(RowsModel[PickupRow]):
    BUCKET_COLORS = {
        DeskBucket.WAITING: QColor("#fff4d6"),
        DeskBucket.OVERDUE: QColor("#fde2e1"),
    }

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text_locale = fmt.locale_for(language)

    def bucket_label(self, bucket: DeskBucket) -> str:
        labels = {
            DeskBucket.TO_PREPARE: self.tr("To prepare"),
            DeskBucket.READY: self.tr("Ready"),
            DeskBucket.WAITING: self.tr("At the desk"),
            DeskBucket.OVERDUE: self.tr("Overdue"),
            DeskBucket.COLLECTED: self.tr("Collected"),
            DeskBucket.CLOSED: self.tr("Closed"),
        }
        return labels[bucket]

    def headers(self) -> list[str]:
        return [self.tr("Order"), self.tr("Customer"), self.tr("Status"), self.tr("Ready"),
                self.tr("Pickup by"), self.tr("Items"), self.tr("Total")]

    def cell(self, row: PickupRow, column: int) -> str:
        if column == 0:
            return row.number
        if column == 1:
            return row.customer_name
        if column == 2:
            return self._status(row)
        if column == 3:
            return fmt.ago(row.ready_at) if row.ready_at else "—"
        if column == 4:
            return self._deadline(row.pickup_deadline)
        if column == 5:
            return str(row.items)
        return fmt.money(row.total_cents, self.text_locale)

    def _status(self, row: PickupRow) -> str:
        """Short enough for the queue's narrow column beside the open order (the count chips
        and the order panel say it at length)."""
        if row.bucket == DeskBucket.OVERDUE and row.pickup_deadline is not None:
            late = datetime.now(UTC) - row.pickup_deadline
            label = self.tr("Late · %n d", "", max(1, late.days))
        elif row.bucket == DeskBucket.READY and row.ready_at is not None:
            label = self.tr("%1 · %2").replace("%1", self.bucket_label(row.bucket)).replace(
                "%2", fmt.ago(row.ready_at))
        else:
            label = self.bucket_label(row.bucket)
        return self.tr("%1 · pending sync").replace("%1", label) if row.pending else label

    def _deadline(self, deadline: datetime | None) -> str:
        return fmt.day_and_time(deadline, self.text_locale)

    def background(self, row: PickupRow) -> QColor | None:
        return self.BUCKET_COLORS.get(row.bucket)
