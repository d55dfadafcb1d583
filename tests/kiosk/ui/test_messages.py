"""Every refusal has a message a person reads, in English and in French: one table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.ui.shell.i18n import install_translator
from kiosk.ui.shell.messages import Messages
from sync.rules.refusals import Refusal


def test_every_refusal_has_its_own_message_for_the_associate(qtbot) -> None:  # type: ignore[no-untyped-def]
    english = Messages("en")
    fallback = english.for_associate(None)
    missing = [r for r in Refusal if r not in english.associate_texts()]
    assert not missing, f"refusals with no message: {missing}"
    assert all(english.for_associate(r) != fallback for r in Refusal)


def test_every_refusal_message_is_translated_into_french(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    assert app is not None
    install_translator(app, "en")
    english_texts = Messages("en").associate_texts()
    assert install_translator(app, "fr") is not None, "kiosk_fr.qm missing: make translations"
    try:
        french_texts = Messages("fr").associate_texts()
        customer = Messages("fr").customer_texts()
    finally:
        install_translator(app, "en")
    untranslated = [r for r in Refusal if french_texts[r] == english_texts[r]]
    assert not untranslated, f"refusals shown in English on a French tablet: {untranslated}"
    assert customer[Refusal.EXPIRED] == \
        "Ce pass a expiré : actualisez-le dans l’appli, puis scannez à nouveau."


def test_facts_fill_the_message() -> None:
    text = Messages("en").for_associate(Refusal.QUANTITY_TOO_HIGH, {"line": 2, "most": 3})
    assert text == "Line 2: at most 3 items."
