"""One figure per day over the last four weeks: a QtCharts line with the target, and the
same figures as a table (the chart's alternative for a screen reader, one tap away)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import performance
from kiosk.ui.partials import widgets
from kiosk.ui.partials.table_model import RowsModel
from kiosk.ui.performance.figures import BY_NAME, TREND_FIGURES, FigureTexts, Kind
from sync.rules.kpis import KpiTargets

DayValue = tuple[date, float | None]


class TrendTableModel(RowsModel[DayValue]):
    def __init__(self, texts: FigureTexts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.figure = TREND_FIGURES[0]

    def headers(self) -> list[str]:
        return [self.tr("Day"), self.tr("Value")]

    def cell(self, row: DayValue, column: int) -> str:
        day, number = row
        return day.strftime("%d/%m") if column == 0 else self.texts.value(self.figure, number)


def _scaled(name: str, number: float) -> float:
    """What the chart's axis shows: percent for a share, minutes for a duration."""
    kind = BY_NAME[name].kind
    if kind is Kind.SHARE:
        return number * 100
    if kind is Kind.DURATION:
        return number / 60
    return number


class TrendChart(QWidget):
    def __init__(self, texts: FigureTexts) -> None:
        super().__init__()
        self.setObjectName("performance_trend")
        self.texts = texts
        self.days: list[tuple[date, dict[str, object]]] = []
        self.targets = KpiTargets()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("performance_trend_figure")
        self.choice.setAccessibleName(self.tr("Figure shown per day"))
        for name in TREND_FIGURES:
            self.choice.addItem(texts.caption(name), name)
        self.choice.currentIndexChanged.connect(lambda _i: self.redraw())
        top.addWidget(self.choice, 1)
        self.as_table = QPushButton(self.tr("Show as a table"))
        self.as_table.setObjectName("performance_trend_as_table")
        self.as_table.setCheckable(True)
        self.as_table.toggled.connect(self._toggle)
        top.addWidget(self.as_table)
        layout.addLayout(top)
        self.chart = QChart()
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.view = QChartView(self.chart)
        self.view.setObjectName("performance_chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        self.model = TrendTableModel(texts, self)
        self.table = widgets.table("performance_trend_table", self.model,
                                   self.tr("Figure per day, as a table"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)

    @property
    def figure(self) -> str:
        return str(self.choice.currentData())

    def show_days(self, days: list[tuple[date, dict[str, object]]],
                  targets: KpiTargets) -> None:
        self.days, self.targets = days, targets
        self.redraw()

    def points(self) -> list[DayValue]:
        return [(day, performance.value(figures, self.figure))
                for day, figures in self.days]

    def redraw(self) -> None:
        name = self.figure
        points = self.points()
        self.model.figure = name
        self.model.set_rows(points)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        line = QLineSeries()
        line.setName(self.texts.caption(name))
        line.setPointsVisible(True)
        line.setPen(QPen(QColor("#1d5c8c"), 3))
        for x, (_day, number) in enumerate(points):
            if number is not None:  # no figure that day: no point, never a zero
                line.append(QPointF(x, _scaled(name, number)))
        self.chart.addSeries(line)
        series = [line]
        target = performance.target_for(self.targets, name)
        if target is not None and points:
            goal = QLineSeries()
            goal.setName(self.tr("Target"))
            pen = QPen(QColor("#b3261e"), 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            goal.setPen(pen)
            goal.append(QPointF(0, _scaled(name, target.value)))
            goal.append(QPointF(len(points) - 1, _scaled(name, target.value)))
            self.chart.addSeries(goal)
            series.append(goal)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for x, (day, _number) in enumerate(points):
            if day.weekday() == 0:  # Mondays: a week per mark
                x_axis.append(day.strftime("%d/%m"), x)
        x_axis.setRange(0, max(len(points) - 1, 1))
        y_axis = QValueAxis()
        values = [_scaled(name, n) for _d, n in points if n is not None]
        if target is not None:
            values.append(_scaled(name, target.value))
        kind = BY_NAME[name].kind
        top = 100.0 if kind is Kind.SHARE else max([*values, 1.0]) * 1.15
        y_axis.setRange(0, top)
        y_axis.setTickCount(6 if kind is Kind.SHARE else 5)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat({Kind.SHARE: "%d %%", Kind.DURATION: "%.0f min"}.get(kind,
                                                                                  "%.0f"))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for one in series:
            one.attachAxis(x_axis)
            one.attachAxis(y_axis)
        known = [n for _d, n in points if n is not None]
        summary = self.tr("%1 per day over %2 days: last %3, lowest %4, highest %5.") \
            .replace("%1", self.texts.caption(name)).replace("%2", str(len(points))) \
            .replace("%3", self.texts.value(name, known[-1] if known else None)) \
            .replace("%4", self.texts.value(name, min(known) if known else None)) \
            .replace("%5", self.texts.value(name, max(known) if known else None))
        self.view.setAccessibleName(self.tr("Chart: %1 per day").replace(
            "%1", self.texts.caption(name)))
        self.view.setAccessibleDescription(summary)
        self.view.setToolTip(summary)

    def _toggle(self, table: bool) -> None:
        self.stack.setCurrentWidget(self.table if table else self.view)
        self.as_table.setText(self.tr("Show as a chart") if table else self.tr("Show as a table"))
