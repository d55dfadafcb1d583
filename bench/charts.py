"""Which Qt chart library for the store performance page: QtCharts (PySide6-Addons) or
pyqtgraph. Measured the way the page uses one: import it, build a 28-day line chart with a
target line, repaint it; and the disk each installs. Each run in a fresh process (a
library's import is paid once per app start, on the page's first opening).

Bar: the chosen library (QtCharts) opens its first chart within 150 ms of the page asking.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from importlib import metadata
from pathlib import Path

RUNS = 5
BAR_FIRST_CHART_MS = 150.0

PROBE = r'''
import json, sys, time
which = sys.argv[1]
from PySide6.QtWidgets import QApplication
app = QApplication([])
xs = list(range(28)); ys = [300 + (i * 37) % 200 for i in xs]
t0 = time.perf_counter()
if which == "qtcharts":
    from PySide6.QtCharts import QChart, QChartView, QLineSeries
    t1 = time.perf_counter()
    line, goal = QLineSeries(), QLineSeries()
    for x, y in zip(xs, ys):
        line.append(x, y)
    goal.append(0, 300); goal.append(27, 300)
    chart = QChart(); chart.addSeries(line); chart.addSeries(goal); chart.createDefaultAxes()
    view = QChartView(chart)
else:
    import pyqtgraph
    t1 = time.perf_counter()
    view = pyqtgraph.PlotWidget(); view.plot(xs, ys); view.addLine(y=300)
view.resize(900, 320); view.show(); app.processEvents(); view.grab()
t2 = time.perf_counter()
for _ in range(20):
    view.grab()
t3 = time.perf_counter()
print(json.dumps({"import_ms": 1000 * (t1 - t0), "first_chart_ms": 1000 * (t2 - t0),
                  "repaint_ms": 1000 * (t3 - t2) / 20}))
'''


def measure(which: str) -> dict[str, float] | None:
    runs = []
    for _ in range(RUNS):
        done = subprocess.run([sys.executable, "-c", PROBE, which], capture_output=True,
                              text=True, env={"QT_QPA_PLATFORM": "offscreen",
                                              "PATH": "/usr/bin:/bin"})
        if done.returncode != 0:
            return None
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def disk_mb(distribution: str) -> float | None:
    """What the distribution installs (its RECORD): QtCharts comes with all of
    PySide6-Addons, pyqtgraph alone (it needs numpy, which OpenCV brings anyway)."""
    try:
        files = metadata.files(distribution) or []
    except metadata.PackageNotFoundError:
        return None
    return sum(Path(str(f.locate())).stat().st_size for f in files
               if Path(str(f.locate())).is_file()) / 1e6


def main() -> int:
    print(f"{'library':<10} {'import':>8} {'first chart':>12} {'repaint':>8} {'disk':>9}")
    disks = {"qtcharts": disk_mb("PySide6-Addons"), "pyqtgraph": disk_mb("pyqtgraph")}
    figures = {}
    for which in ("qtcharts", "pyqtgraph"):
        result = measure(which)
        if result is None:
            print(f"{which:<10} not installed")
            continue
        figures[which] = result
        disk = disks[which]
        print(f"{which:<10} {result['import_ms']:>6.0f}ms {result['first_chart_ms']:>10.0f}ms "
              f"{result['repaint_ms']:>6.1f}ms {disk or 0:>7.1f}MB")
    chosen = figures.get("qtcharts")
    if chosen is None:
        print("QtCharts missing: MISSED")
        return 1
    met = chosen["first_chart_ms"] <= BAR_FIRST_CHART_MS
    print(f"QtCharts first chart {chosen['first_chart_ms']:.0f} ms (bar "
          f"{BAR_FIRST_CHART_MS:.0f} ms): {'MET' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
