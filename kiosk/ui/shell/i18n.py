"""French and English through Qt's translation system (.ts sources, .qm compiled by make).

One translator at a time: switching language removes the previous one; the window then
rebuilds its screens, whose texts are all read through `tr()` when they are built.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[3] / "assets" / "translations"
SOURCE_LANGUAGE = "en"

_installed: dict[int, QTranslator] = {}
"""The translator installed per application (by id), so that a switch removes it."""


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Show `language` from now on: load `kiosk_<language>.qm`, replacing whatever
    translation was installed before. English is the source language: its file holds only
    the plural forms ("1 point", "4 points")."""
    previous = _installed.pop(id(app), None)
    if previous is not None:
        app.removeTranslator(previous)
    translator = QTranslator(app)
    qm = TRANSLATIONS_DIR / f"kiosk_{language}.qm"
    if not translator.load(str(qm)):
        log.error("no translation file %s (run `make translations`); showing English", qm)
        return None
    app.installTranslator(translator)
    _installed[id(app)] = translator
    return translator
