"""The manager's Store performance page: today, this week and this month against the
period before and the chain, the policy's targets, a per-day trend, the customers' own
words; CSV and one-page PDF exports. Offline, the last figures fetched, with their age.

Only a manager's workspace has this page (`Workspace`): an associate has no way to it.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QMarginsF, Qt, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import performance
from kiosk.services.device import api_session
from kiosk.ui.partials import fmt, widgets
from kiosk.ui.performance.comments_model import CommentsModel
from kiosk.ui.performance.figures import FIGURES, FigureTexts
from kiosk.ui.performance.figures_model import FiguresModel, rows_for
from kiosk.ui.performance.trend_chart import TrendChart
from kiosk.ui.shell.context import Page, PageContext
from sync.client import ApiClient, Unreachable
from sync.rules.kpis import KpiTargets
from sync.sqltypes import utcnow

log = logging.getLogger(__name__)

ROW_HEIGHT = 34
STALE_AFTER_S = 15 * 60
"""Figures older than this are said to be old (the page fetches at each visit)."""


class PerformancePage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context, "page_performance")
        self.texts = FigureTexts(context.language, self)
        self.report: performance.Report | None = None
        self.targets = KpiTargets()
        self.period = "today"
        self.fresh = False
        """The report on screen was fetched during this visit (not the offline copy)."""
        self.offline = True
        """The last refresh failed for want of the network (not a refusal or an error)."""
        settings = context.device.settings
        self.client = ApiClient(settings.api_url, settings.token, http=api_session(settings))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("performance_body")
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)

        header = QHBoxLayout()
        header.addWidget(widgets.title(self.tr("Store performance"), "performance_title"))
        header.addStretch(1)
        self.refresh_button = widgets.button(self.tr("Refresh"), "performance_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button = widgets.button(self.tr("Export CSV"), "performance_csv")
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = widgets.button(self.tr("Export PDF"), "performance_pdf")
        self.pdf_button.clicked.connect(self.export_pdf)
        for button in (self.refresh_button, self.csv_button, self.pdf_button):
            header.addWidget(button)
        layout.addLayout(header)
        self.status = widgets.hint("", "performance_status")
        layout.addWidget(self.status)

        periods = QHBoxLayout()
        self.period_group = QButtonGroup(self)
        self.period_buttons: dict[str, QPushButton] = {}
        for key, caption in (("today", self.tr("Today")), ("week", self.tr("This week")),
                             ("month", self.tr("This month"))):
            button = QPushButton(caption)
            button.setObjectName(f"performance_period_{key}")
            button.setCheckable(True)
            button.setChecked(key == self.period)
            button.clicked.connect(lambda _c=False, k=key: self.choose_period(k))
            self.period_group.addButton(button)
            self.period_buttons[key] = button
            periods.addWidget(button)
        periods.addStretch(1)
        self.period_label = widgets.hint("", "performance_period")
        periods.addWidget(self.period_label)
        layout.addLayout(periods)

        self.figures = FiguresModel(self.texts, self)
        self.table = widgets.table("performance_figures", self.figures,
                                   self.tr("The store's figures for the period"))
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)  # as tall as its rows: the page scrolls, not the table
        layout.addWidget(widgets.label("performance_trend_title", self.tr(
            "Per day, last four weeks"), "subtitle"))
        self.trend = TrendChart(self.texts)
        self.trend.setMinimumHeight(320)
        layout.addWidget(self.trend)

        layout.addWidget(widgets.label("performance_comments_title", self.tr(
            "What customers said, last four weeks"), "subtitle"))
        self.themes = widgets.hint("", "performance_themes")
        layout.addWidget(self.themes)
        self.comments = CommentsModel(self)
        self.comments_table = widgets.table("performance_comments", self.comments,
                                            self.tr("Customers' comments, newest first"))
        comments_header = self.comments_table.horizontalHeader()
        comments_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        comments_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.comments_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comments_table.setWordWrap(True)
        layout.addWidget(self.comments_table)
        layout.addStretch(1)

    # --- loading -------------------------------------------------------------------------------

    def on_shown(self) -> None:
        """The last figures at once (offline copy), then fresh ones from the central API."""
        store = self.context.device.store
        self.context.runner.run(lambda: (performance.last_report(store),
                                         performance.targets(store)), self._loaded)
        self.refresh()

    def _loaded(self, loaded: tuple[performance.Report | None, KpiTargets]) -> None:
        report, self.targets = loaded
        if self.report is not None:  # the fresh figures came first: judged again by the
            self.show_report(self.report, self.fresh)  # policy's targets, not the defaults
        elif report is not None:
            self.show_report(report, fresh=False)
        else:
            self.status.setText(self.tr("No figures on this tablet yet: they come from the "
                                        "central system when the tablet is online."))

    def refresh(self) -> None:
        store, client = self.context.device.store, self.client
        today = datetime.now().astimezone().date()  # the tablet's clock: the store's day
        manager = self.context.staff.staff_id if self.context.staff is not None else ""
        fetch = partial(client.store_kpis, manager=manager)
        self.refresh_button.setEnabled(False)
        self.context.runner.run_latest(
            "performance", lambda: performance.refresh(store, fetch, today),
            lambda report: self.show_report(report, fresh=True), self._unreachable)

    def _unreachable(self, error: BaseException) -> None:
        """Offline: the last figures and their age. Any other failure (the server refused
        or failed) is said as such: it is not the network, and the copy is just as old."""
        self.refresh_button.setEnabled(True)
        log.info("store figures not fetched: %s", error)
        self.fresh = False
        self.offline = isinstance(error, Unreachable)
        if not self.offline:
            self.context.notify(self.context.explain(error), "warning")
        self._say_age()

    def show_report(self, report: performance.Report, fresh: bool) -> None:
        self.report, self.fresh = report, fresh
        self.refresh_button.setEnabled(True)
        self._say_age()
        self.trend.show_days(report.trend, self.targets)
        self._show_comments(report)
        self.choose_period(self.period)

    def _say_age(self) -> None:
        report = self.report
        if report is None:
            self.status.setText(self.tr("The central system cannot be reached and this "
                                        "tablet has no figures yet."))
            return
        locale = fmt.locale_for(self.context.language)
        when = fmt.day_and_time(report.fetched_at, locale)
        age = fmt.ago(report.fetched_at)
        if self.fresh:
            text = self.tr("Figures of %1.").replace("%1", when)
        elif self.offline:
            text = self.tr("Offline: these are the last figures fetched, on %1 (%2).") \
                .replace("%1", when).replace("%2", age)
        else:
            text = self.tr("Not refreshed: these are the last figures fetched, on %1 (%2).") \
                .replace("%1", when).replace("%2", age)
        if report.age(utcnow()).total_seconds() > STALE_AFTER_S and not self.fresh:
            text += " " + self.tr("They may be out of date.")
        self.status.setText(text)

    def choose_period(self, key: str) -> None:
        self.period = key
        self.period_buttons[key].setChecked(True)
        if self.report is None:
            return
        period = self.report.periods[key]
        locale = fmt.locale_for(self.context.language)
        last = date.fromordinal(period.end.toordinal() - 1)
        first_text = locale.toString(QDate(period.first.year, period.first.month,
                                           period.first.day), "d MMM")
        last_text = locale.toString(QDate(last.year, last.month, last.day), "d MMM")
        self.period_label.setText(
            self.tr("%1 to %2, against the period before and the chain").replace(
                "%1", first_text).replace("%2", last_text)
            if last != period.first else
            self.tr("%1, against the day before and the chain").replace("%1", first_text))
        self.figures.set_rows(rows_for(period, self.targets, self.texts))
        self._fit(self.table, len(self.figures.rows))

    def _show_comments(self, report: performance.Report) -> None:
        """The last four weeks' comments whatever the period (on the 1st of a month, the
        month has none yet, and the manager still reads what customers say)."""
        comments = performance.recent_comments(report)
        self.comments.set_rows(comments)
        self._fit(self.comments_table, max(1, min(len(comments), 12)))
        themes = performance.recent_themes(report)
        self.themes.setText(" · ".join(
            f"{self.comments.texts.tag(tag)} {count}" for tag, count in
            sorted(themes.items(), key=lambda item: -item[1])) or self.tr(
            "No comment in the last four weeks."))

    @staticmethod
    def _fit(table: QTableView, rows: int) -> None:
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + rows * ROW_HEIGHT + 4)

    # --- exports -------------------------------------------------------------------------------

    def _export_path(self, suffix: str) -> Path:
        assert self.report is not None
        folder = self.context.device.settings.data_dir / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / (f"store-performance-{self.report.store_id}-"
                         f"{self.report.fetched_at:%Y%m%d-%H%M}.{suffix}")

    def export_csv(self) -> Path | None:
        if self.report is None:
            return None
        path = self._export_path("csv")
        names = [(f.name, self.texts.caption(f.name)) for f in FIGURES]
        path.write_text(performance.to_csv(self.report, names, self.targets), encoding="utf-8")
        self.context.notify(self.tr("Saved to %1").replace("%1", str(path)), "info")
        return path

    def export_pdf(self) -> Path | None:
        """One A4 landscape page: every figure for the three periods, the trend chart, the
        latest comments."""
        if self.report is None:
            return None
        path = self._export_path("pdf")
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(10, 8, 10, 8), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.tr("Store performance"))
        document = QTextDocument()
        chart = self.trend.view.grab().toImage()
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), chart)
        document.setHtml(self.pdf_html())
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size()
                             .toSizeF())
        document.print_(writer)
        self.context.notify(self.tr("Saved to %1").replace("%1", str(path)), "info")
        return path

    def pdf_html(self) -> str:
        report = self.report
        assert report is not None
        texts = self.texts
        locale = fmt.locale_for(self.context.language)
        heads = [self.tr("Figure"), self.tr("Today"), self.tr("This week"),
                 self.tr("This month"), self.tr("Change (month)"), self.tr("Chain (month)"),
                 self.tr("Target")]
        month = report.periods["month"]
        rows = []
        for figure in FIGURES:
            target = performance.target_for(self.targets, figure.name)
            cells = [texts.caption(figure.name),
                     *(texts.value(figure.name, performance.value(report.periods[k].store,
                                                                  figure.name))
                       for k in performance.PERIODS),
                     texts.change(figure.name, performance.change_of(month, figure.name)),
                     texts.value(figure.name, performance.value(month.chain, figure.name)),
                     texts.target(figure.name, target.value, target.at_most) if target else ""]
            missed = target is not None and target.met(
                performance.value(month.store, figure.name)) is False
            style = ' style="background:#fde2e1"' if missed else ""
            rows.append(f"<tr{style}>" + "".join(f"<td>{escape(c)}</td>" for c in cells)
                        + "</tr>")
        comments = "".join(
            f"<li>{escape(str(c.get('text', '')))} ({c.get('score')}/5, "
            f"{escape(self.comments.texts.touchpoint(str(c.get('touchpoint', ''))))})</li>"
            for c in performance.recent_comments(report)[:5])
        title = self.tr("Store performance")
        fetched = self.tr("Figures of %1.").replace("%1", fmt.day_and_time(report.fetched_at,
                                                                             locale))
        return (
            '<html><body style="font-size:7pt">'
            f"<h3>{escape(title)} · {escape(report.store_id)}</h3><p>{escape(fetched)}</p>"
            '<table width="100%"><tr><td width="62%" valign="top">'
            '<table border="1" cellspacing="0" cellpadding="2" width="100%">'
            "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in heads) + "</tr>"
            + "".join(rows) + "</table></td>"
            '<td valign="top"><img src="chart.png" width="330"><br>'
            f"<b>{escape(self.tr('What customers said, last four weeks'))}</b>"
            f"<ul>{comments}</ul></td>"
            "</tr></table></body></html>")

