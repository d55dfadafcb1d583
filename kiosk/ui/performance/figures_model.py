"""The figures of one period as a table: the store's value, the change against the period
before, the chain's, the target (missed in red, met in green). It is also what a screen
reader reads: every figure of the page is here as text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from kiosk.services import performance
from kiosk.ui.partials.table_model import RowsModel
from kiosk.ui.performance.figures import FIGURES, FigureTexts
from sync.rules.kpis import KpiTargets, Target

MISSED = QColor("#fde2e1")
MET = QColor("#e1f0e5")
SECTION = QColor("#e8edf3")


@dataclass(frozen=True)
class FigureRow:
    name: str
    """A figure's dotted name, or "" for a section's heading row."""
    caption: str
    store: float | None = None
    change: float | None = None
    chain: float | None = None
    target: Target | None = None

    @property
    def met(self) -> bool | None:
        return self.target.met(self.store) if self.target is not None else None


def rows_for(period: performance.PeriodFigures, targets: KpiTargets,
             texts: FigureTexts) -> list[FigureRow]:
    rows: list[FigureRow] = []
    section = ""
    for figure in FIGURES:
        if figure.section != section:
            section = figure.section
            rows.append(FigureRow("", texts.section(section)))
        rows.append(FigureRow(
            figure.name, texts.caption(figure.name),
            performance.value(period.store, figure.name),
            performance.change_of(period, figure.name),
            performance.value(period.chain, figure.name),
            performance.target_for(targets, figure.name)))
    return rows


class FiguresModel(RowsModel[FigureRow]):
    def __init__(self, texts: FigureTexts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = texts

    def headers(self) -> list[str]:
        return [self.tr("Figure"), self.tr("This store"), self.tr("Change"),
                self.tr("Chain"), self.tr("Target")]

    def cell(self, row: FigureRow, column: int) -> str:
        if not row.name:
            return row.caption if column == 0 else ""
        texts = self.texts
        target = "" if row.target is None else texts.target(row.name, row.target.value,
                                                             row.target.at_most)
        if row.met is False:
            target += " · " + self.tr("missed")
        return [row.caption, texts.value(row.name, row.store),
                texts.change(row.name, row.change), texts.value(row.name, row.chain),
                target][column]

    def background(self, row: FigureRow) -> QColor | None:
        if not row.name:
            return SECTION
        return {False: MISSED, True: MET}.get(row.met) if row.met is not None else None
