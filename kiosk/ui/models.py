"""Table models fed with plain rows by `set_rows()`: testable without a window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kiosk.services.attention import AttentionItem
from kiosk.services.customers import CustomerRow
from kiosk.services.pickup import PickupRow
from kiosk.services.returns import PurchaseRow
from kiosk.ui import fmt
from sync.rules.pickup import DeskBucket

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


def pickup_state_text(state: str | None) -> str:
    """A pickup state as it reads in a sentence: "Order X is <state>"."""
    translate = QCoreApplication.translate
    texts = {
        "to_prepare": translate("PickupState", "still to be prepared"),
        "preparing": translate("PickupState", "being prepared"),
        "ready": translate("PickupState", "ready for pickup"),
        "checked_in": translate("PickupState", "already checked in"),
        "collected": translate("PickupState", "already collected"),
        "expired": translate("PickupState", "returned to stock"),
        "cancelled": translate("PickupState", "cancelled"),
    }
    return texts.get(state or "", state or "?")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Columns are (header, cell text) pairs; rows are replaced whole by `set_rows()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._columns: int | None = None
        self._brushes: dict[str, QBrush] = {}

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def background(self, row: Row) -> QColor | None:
        return None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int) -> Row | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    @property
    def rows(self) -> Sequence[Row]:
        """What the table shows, in its order (read-only: change it through the model)."""
        return self._rows

    # One row at a time, for lists of thousands: the view repaints that row, not all of them.

    def replace_row(self, index: int, row: Row) -> None:
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    def remove_row(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._rows[index]
        self.endRemoveRows()

    def insert_row(self, index: int, row: Row) -> None:
        self.beginInsertRows(QModelIndex(), index, index)
        self._rows.insert(index, row)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._columns is None:  # asked at every paint: the headers are built once
            self._columns = len(self.headers())
        return self._columns

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks about ten roles per visible cell at each paint: the ones this
        # model does not answer leave at once.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            color = self.background(self._rows[index.row()])
            if color is None:
                return None
            brush = self._brushes.get(color.name())
            if brush is None:
                brush = self._brushes[color.name()] = QBrush(color)
            return brush
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


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


class CustomerTableModel(RowsModel[CustomerRow]):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Email")]

    def cell(self, row: CustomerRow, column: int) -> str:
        return [row.name, row.phone, row.email][column]


def channel_text(channel: str) -> str:
    translate = QCoreApplication.translate
    return {"web": translate("Channel", "Website"), "app": translate("Channel", "App"),
            "store": translate("Channel", "Store")}.get(channel, channel)


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
