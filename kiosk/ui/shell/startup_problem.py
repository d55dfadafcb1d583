"""What the screen says when the device cannot start: its local data does not open with
the key it has. Said in the device's language; nothing on disk was changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from kiosk.store.keys import KeyProblem
from kiosk.ui.shell.i18n import install_translator


class StartupProblem(QObject):
    def box(self, problem: KeyProblem) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("This device cannot start"),
                          self.tr("Its local data cannot be opened: the encryption key is "
                                  "missing or is not this data's key. Nothing was changed or "
                                  "deleted. Call support with the details below."))
        box.setObjectName("startup_problem")
        box.setDetailedText(str(problem))
        return box


def startup_problem_box(problem: KeyProblem, language: str) -> QMessageBox:
    app = QCoreApplication.instance()
    if app is not None:
        install_translator(app, language)
    return StartupProblem().box(problem)
