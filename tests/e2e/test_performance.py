"""The manager's Store performance page, the real app against the real central API and the
seed's eight-week story: the figures the central API computed, for today, this week and
this month, with the change, the chain and the targets; the trend and its table; the
customers' comments; the CSV and one-page PDF; offline, the last figures and their age;
French with no English left; an associate has no way to it."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView
from pytestqt.qtbot import QtBot

from cloud_stub.crud.clock import next_version
from cloud_stub.crud.kpis import figures
from cloud_stub.models import PolicyItem
from kiosk.services import performance
from kiosk.ui.performance.figures import FIGURES
from kiosk.ui.performance.page import PerformancePage
from kiosk.ui.shell.main_window import MainWindow
from sync.rules.kpis import Grain, like_for_like
from tests.conftest import RunningServer, stop_server
from tests.e2e.helpers import (
    MANAGER,
    WAIT_MS,
    log_in,
    open_window,
    server_session,
    sync_round,
)
from tests.e2e.test_kiosk import shown_texts

ROOT = Path(__file__).resolve().parents[2]
PAGE_CONTEXTS = {"PerformancePage", "FigureTexts", "FiguresModel", "TrendChart", "FeedbackTexts",
                 "TrendTableModel", "CommentsModel", "Workspace"}


def manager_window(qtbot: QtBot, server: RunningServer, data_dir: Path,
                   language: str = "en") -> MainWindow:
    window = open_window(qtbot, server.url, server.device_token("S001"), data_dir, MANAGER,
                         "--lang", language)
    sync_round(qtbot, window)
    return window


def open_page(qtbot: QtBot, window: MainWindow) -> PerformancePage:
    assert window.workspace is not None
    button = window.workspace.findChild(QAbstractButton, "nav_performance")
    assert button is not None and button.isVisible()
    button.click()
    page = window.workspace.pages["performance"]
    assert isinstance(page, PerformancePage)
    qtbot.wait_until(lambda: page.report is not None and page.fresh, timeout=WAIT_MS)
    return page


def table_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal))
             for c in range(model.columnCount())]
    texts += [str(model.index(r, c).data()) for r in range(model.rowCount())
              for c in range(model.columnCount())]
    return texts


def test_a_manager_sees_the_central_figures_targets_trend_comments_and_exports(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    window = manager_window(qtbot, server, tmp_path / "tablet")
    try:
        page = open_page(qtbot, window)
        assert page.report is not None
        page.period_buttons["month"].click()
        month = page.report.periods["month"]
        first, last = like_for_like(month.first, month.end - timedelta(days=1), Grain.MONTH)
        with server_session(server) as session:
            central = figures(session, "S001", month.first, month.end)
            last_month = figures(session, "S001", first, last + timedelta(days=1))
            chain = figures(session, None, month.first, month.end)
        rows = {row.name: row for row in page.figures.rows if row.name}
        for name, now, then, whole in (
                ("click_collect.desk_wait_median_s", central.click_collect.desk_wait_median_s,
                 last_month.click_collect.desk_wait_median_s,
                 chain.click_collect.desk_wait_median_s),
                ("ropo.researched_product_share", central.ropo.researched_product_share,
                 last_month.ropo.researched_product_share, chain.ropo.researched_product_share),
                ("satisfaction.kiosk.csat", central.satisfaction["kiosk"].csat,
                 last_month.satisfaction["kiosk"].csat, chain.satisfaction["kiosk"].csat)):
            assert (rows[name].store, rows[name].chain) == (now, whole), name
            assert performance.value(month.previous, name) == then, name
            assert rows[name].change == (None if now is None or then is None else now - then), name
        # the policy's targets: shown, and a missed one says so on its row
        shown = table_texts(page.table)
        assert any(text.startswith("≤ 5 min") for text in shown)
        for row_no, row in enumerate(page.figures.rows):
            target_cell = page.figures.index(row_no, 4).data()
            assert ("missed" in target_cell) == (row.met is False), row
        # the trend: four weeks of days, as a chart and as a table with the same figures
        trend = page.trend
        assert trend.model.rowCount() == 28
        points = [n for _day, n in trend.points() if n is not None]
        assert len(trend.chart.series()[0].points()) == len(points) > 20
        assert "per day over 28 days" in trend.view.accessibleDescription()
        trend.as_table.click()
        assert trend.stack.currentWidget() is trend.table and trend.table.isVisible()
        # the customers' own words of the last four weeks, newest first, no names
        comments = performance.recent_comments(page.report)
        assert comments and page.comments.rowCount() == len(comments)
        assert str(comments[0]["text"]) in table_texts(page.comments_table)
        assert comments[0]["day"] >= comments[-1]["day"]
        csv_path = page.export_csv()
        assert csv_path is not None
        with csv_path.open(encoding="utf-8") as handle:
            lines = list(csv.DictReader(handle))
        assert len(lines) == 3 * len(FIGURES)
        wait = next(x for x in lines if x["period"] == "month"
                    and x["figure"] == "click_collect.desk_wait_median_s")
        assert wait["target"] == "300" and wait["first_day"] == month.first.isoformat()
        shown = central.click_collect.desk_wait_median_s
        assert wait["store"] == ("" if shown is None else f"{shown:.4g}")
        pdf_path = page.export_pdf()
        assert pdf_path is not None
        pdf = pdf_path.read_bytes()
        assert pdf.startswith(b"%PDF")
        assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") \
            + pdf.count(b"/Type /Page/") + pdf.count(b"/Type /Page>") == 1  # one page
    finally:
        window.shutdown()
        window.device.close()


def test_the_targets_are_the_policys_whichever_answer_comes_first(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    with server_session(server) as session:
        item = session.get(PolicyItem, ("kpi_targets", "default"))
        assert item is not None
        item.data = {**item.data, "desk_wait_s": 60}
        item.version = next_version(session)
        session.commit()
    window = manager_window(qtbot, server, tmp_path / "tablet")
    try:
        page = open_page(qtbot, window)
        qtbot.wait_until(lambda: page.targets.desk_wait_s == 60, timeout=WAIT_MS)
        row = next(n for n, r in enumerate(page.figures.rows)
                   if r.name == "click_collect.desk_wait_median_s")
        assert page.figures.index(row, 4).data().startswith("≤ 60 s")
    finally:
        window.shutdown()
        window.device.close()


def test_offline_the_page_shows_the_last_figures_and_their_age(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    window = manager_window(qtbot, server, tmp_path / "tablet")
    try:
        page = open_page(qtbot, window)
        fetched = page.report
        stop_server(server)
        assert window.workspace is not None
        window.workspace.show_page("sync")
        window.workspace.show_page("performance")
        qtbot.wait_until(lambda: "Offline" in page.status.text(), timeout=WAIT_MS)
        assert page.report == fetched and page.figures.rowCount() > 0
        assert "last figures fetched" in page.status.text()
        window.shutdown()
        window.device.close()
        # a restart offline: the copy kept in the local database
        again = open_window(qtbot, server.url, server.device_token("S001"),
                            tmp_path / "tablet", None)
        window = again
        log_in(qtbot, again, *MANAGER)  # offline: the PIN is checked on the tablet
        assert again.workspace is not None
        again.workspace.show_page("performance")
        reopened = again.workspace.pages["performance"]
        assert isinstance(reopened, PerformancePage)
        qtbot.wait_until(lambda: "Offline" in reopened.status.text(), timeout=WAIT_MS)
        assert reopened.report is not None and reopened.report.fetched_at == fetched.fetched_at
    finally:
        window.shutdown()
        window.device.close()


def test_the_page_in_french_has_no_english_left(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    tree = ET.parse(ROOT / "assets" / "translations" / "kiosk_fr.ts")
    english = {msg.findtext("source") or "" for ctx in tree.iter("context")
               if ctx.findtext("name") in PAGE_CONTEXTS for msg in ctx.iter("message")
               if (msg.findtext("source") or "") != "".join(
                   msg.find("translation").itertext())}  # type: ignore[union-attr]
    english = {text for text in english if "%" not in text}
    window = manager_window(qtbot, server, tmp_path / "tablet", "fr")
    try:
        page = open_page(qtbot, window)
        texts = shown_texts(page) + table_texts(page.table) \
            + table_texts(page.trend.table) + table_texts(page.comments_table)
        assert "Performance du magasin" in texts and "Ce magasin" in texts
        left = sorted(english & set(texts))
        assert not left, f"English on the French page: {left}"
        assert "Indicateurs du" in page.status.text()
    finally:
        window.shutdown()
        window.device.close()


def test_an_associate_has_no_way_to_the_page(
        qtbot: QtBot, window: MainWindow) -> None:
    assert window.workspace is not None and window.context.staff is not None
    assert not window.context.staff.is_manager
    assert window.workspace.findChild(QAbstractButton, "nav_performance") is None
    assert "performance" not in window.workspace.pages
    assert window.workspace.findChild(PerformancePage) is None
