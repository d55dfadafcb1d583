"""Every string of the UI has a French translation, and the .ts file is up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "translations" / "kiosk_fr.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg
            for ctx in tree.iter("context") for msg in ctx.iter("message")}


def test_every_ui_string_is_in_the_ts_file_and_translated(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is installed with PySide6"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    extracted = set(messages(fresh))
    committed = messages(TS)
    missing = sorted(extracted - set(committed))
    assert not missing, f"strings not in {TS.name} (run make translations-update): {missing}"
    untranslated = sorted(
        key for key in extracted
        if committed[key].find("translation").get("type") in ("unfinished", "vanished")
        or not "".join(committed[key].find("translation").itertext()).strip()
    )
    assert not untranslated, f"untranslated strings: {untranslated}"


def test_the_french_shell_is_french(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from kiosk.ui.i18n import install_translator

    app = QCoreApplication.instance()
    translator = install_translator(app, "fr")
    assert translator is not None, "kiosk_fr.qm missing: run make translations"
    try:
        assert QCoreApplication.translate("MainWindow", "Pickup") == "Retraits"
        from datetime import UTC, datetime, timedelta

        from kiosk.ui import fmt

        assert fmt.ago(datetime.now(UTC) - timedelta(hours=3, minutes=5)) == "il y a 3 h"
    finally:
        install_translator(app, "en")
