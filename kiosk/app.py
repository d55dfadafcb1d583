"""Composition root: settings -> local store -> sync -> UI. The `kiosk` command."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence
from typing import Any

from kiosk.config import ConfigError, Settings, load_settings
from kiosk.services.device import open_device
from kiosk.store.keys import KeyProblem

log = logging.getLogger("kiosk")


def build_window(settings: Settings):
    """Open the device and its main window (a QApplication must exist)."""

    device = open_device(settings)
    if device.store.moved_aside is not None:
        log.error("the local database was damaged and moved to %s", device.store.moved_aside)
    from kiosk.ui.shell.main_window import MainWindow

    return MainWindow(device)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings(argv)
    except ConfigError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("store-edge")
    windows: list[Any] = []

    def open_app(ready: Settings) -> bool:
        """False when the device cannot start (said on screen)."""
        try:
            window = build_window(ready)
        except KeyProblem as problem:
            from kiosk.ui.shell.startup_problem import startup_problem_box

            log.error("%s", problem)
            startup_problem_box(problem, ready.language).exec()
            return False
        windows.append(window)
        # Ctrl+C in a terminal closes the window cleanly (Qt would otherwise swallow SIGINT).
        signal.signal(signal.SIGINT, lambda *_: window.close())
        if ready.mode == "kiosk":
            window.showFullScreen()
        else:
            window.resize(1280, 800)
            window.show()
        window.start()
        return True

    if settings.enrolled:
        if not open_app(settings):
            return 3
    else:  # a new device: a manager enrols it with a pairing code first
        from kiosk.ui.enrol.window import EnrolWindow

        enrolment = EnrolWindow(settings)

        def enrolled(ready: Settings) -> None:
            enrolment.shutdown()
            enrolment.close()
            if not open_app(ready):
                app.exit(3)

        enrolment.enrolled.connect(enrolled)
        enrolment.resize(1280, 800)
        enrolment.show()
    code = app.exec()
    for window in windows:
        window.device.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
