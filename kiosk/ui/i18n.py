"""French and English through Qt's translation system (.ts sources, .qm compiled by make)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "assets" / "translations"
SOURCE_LANGUAGE = "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load `kiosk_<language>.qm`; English is the source language and needs none."""
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(app)
    qm = TRANSLATIONS_DIR / f"kiosk_{language}.qm"
    if not translator.load(str(qm)):
        log.error("no translation file %s (run `make translations`); showing English", qm)
        return None
    app.installTranslator(translator)
    return translator
