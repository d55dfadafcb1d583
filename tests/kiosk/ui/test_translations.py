"""Every string of the UI has a French translation, and the .ts file is up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "assets" / "translations" / "kiosk_fr.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg
            for ctx in tree.iter("context") for msg in ctx.iter("message")}


def test_every_ui_string_is_in_the_ts_file_and_translated(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is installed with PySide6"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
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

    from kiosk.ui.shell.i18n import install_translator

    app = QCoreApplication.instance()
    translator = install_translator(app, "fr")
    assert translator is not None, "kiosk_fr.qm missing: run make translations"
    try:
        assert QCoreApplication.translate("Workspace", "Pickup") == "Retraits"
        from datetime import UTC, datetime, timedelta

        from kiosk.ui.partials import fmt

        assert fmt.ago(datetime.now(UTC) - timedelta(hours=3, minutes=5)) == "il y a 3 h"
    finally:
        install_translator(app, "en")


def test_counts_read_as_a_person_writes_them_in_both_languages(qtbot) -> None:  # type: ignore[no-untyped-def]
    """English is the source language, yet "1 point" and "4 points" need its plural file."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.ui.shell.i18n import install_translator

    app = QCoreApplication.instance()
    text = "%n loyalty point(s) taken back"
    try:
        assert install_translator(app, "en") is not None, "kiosk_en.qm missing"
        assert QCoreApplication.translate("ReturnPanel", text, "", 1) == \
            "1 loyalty point taken back"
        assert QCoreApplication.translate("ReturnPanel", text, "", 4) == \
            "4 loyalty points taken back"
        install_translator(app, "fr")
        assert QCoreApplication.translate("ReturnPanel", text, "", 1) == \
            "1 point de fidélité repris"
        assert QCoreApplication.translate("ReturnPanel", text, "", 4) == \
            "4 points de fidélité repris"
    finally:
        install_translator(app, "en")


def test_no_text_counts_with_a_bracketed_plural() -> None:
    """Counts go through Qt's plural forms (`%n`), never "item(s)"."""
    sources = [ET.parse(ts) for ts in (TS, TS.with_name("kiosk_en.ts"))]
    english = {m.findtext("source"): m for m in sources[1].iter("message")}
    for message in sources[0].iter("message"):
        source = message.findtext("source") or ""
        if "(s)" in source:
            assert message.get("numerus") == "yes", f"not a plural form: {source!r}"
            forms = [f.text for f in english[source].iter("numerusform")]
            assert len(forms) == 2 and all(f and "(s)" not in f for f in forms), source
