from pathlib import Path
from pytestqt.qtbot import QtBot
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import RunningServer
from tests.e2e.helpers import WAIT_MS, open_window, sync_round, MANAGER


def test_shot(qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    window = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "t", MANAGER)
    sync_round(qtbot, window)
    window.workspace.show_page("performance")
    page = window.workspace.pages["performance"]
    qtbot.wait_until(lambda: "Figures of" in page.status.text(), timeout=60000)
    qtbot.wait(500)
    window.grab().save("/tmp/perf_en.png")
    page.trend.as_table.click(); qtbot.wait(100)
    window.grab().save("/tmp/perf_en_table.png")
    print(page.export_pdf(), page.export_csv())
    window.shutdown(); window.device.close()
