"""What customers wrote after a visit, newest first: no name, ever (none is recorded)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from kiosk.ui.partials.rating import FeedbackTexts
from kiosk.ui.partials.table_model import RowsModel


class CommentsModel(RowsModel[dict[str, Any]]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = FeedbackTexts(self)

    def headers(self) -> list[str]:
        return [self.tr("Day"), self.tr("Where"), self.tr("Score"), self.tr("About"),
                self.tr("Comment")]

    def cell(self, row: dict[str, Any], column: int) -> str:
        day = str(row.get("day", ""))
        return [f"{day[8:10]}/{day[5:7]}",
                self.texts.touchpoint(str(row.get("touchpoint", ""))),
                f"{row.get('score', '')}/5",
                ", ".join(self.texts.tag(t) for t in row.get("tags") or []),
                str(row.get("text", ""))][column]
