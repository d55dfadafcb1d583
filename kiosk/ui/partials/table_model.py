"""Table models fed with plain rows by `set_rows()`: testable without a window."""

from __future__ import annotations

from collections.abc import Sequence
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



def channel_text(channel: str) -> str:
    translate = QCoreApplication.translate
    return {"web": translate("Channel", "Website"), "app": translate("Channel", "App"),
            "store": translate("Channel", "Store")}.get(channel, channel)
