""""How was it?": one tap on 1 to 5, with optional themes tapped before. The kiosk shows it
after a check-in, a return ticket or a call for help; the tablet's customer screen after
a handover, a return or an associate's help. Big targets, words beside the numbers (a
number alone reads differently across cultures), nothing personal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout

from kiosk.services.feedback import TAGS
from kiosk.ui.partials import widgets
from sync.protocol import FeedbackTag
from sync.rules.kpis import Touchpoint

THANKS_MS = 1500
"""How long "thank you" stays after a rating before the screen moves on."""


class FeedbackTexts(QObject):
    """The words of satisfaction, one place for all who show them: the question of each
    touchpoint, its name, and the themes' names (the rating panel, the customer screen,
    the manager's comments)."""

    def question(self, touchpoint: Touchpoint) -> str:
        return {Touchpoint.PICKUP: self.tr("How was collecting your order today?"),
                Touchpoint.RETURNS: self.tr("How was your return today?"),
                Touchpoint.ASSISTANCE: self.tr("How helpful was our associate today?"),
                Touchpoint.KIOSK: self.tr("How easy was it at this kiosk today?")}[touchpoint]

    def touchpoint(self, name: str) -> str:
        return {"pickup": self.tr("Pickup"), "returns": self.tr("Returns"),
                "kiosk": self.tr("Kiosk"),
                "assistance": self.tr("Help from an associate")}.get(name, name)

    def tag(self, name: str) -> str:
        return {"wait": self.tr("Waiting time"), "staff": self.tr("Staff"),
                "product": self.tr("Products"), "store": self.tr("The store"),
                "other": self.tr("Other")}.get(name, name)


class RatingPanel(QFrame):
    """Emits `rated(score, tags)` once, at the tap on a score."""

    rated = Signal(int, list)

    def __init__(self, touchpoint: Touchpoint) -> None:
        super().__init__()
        self.setObjectName("rating_panel")
        self.setProperty("role", "card")
        texts = FeedbackTexts(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(widgets.label("rating_question", texts.question(touchpoint),
                                       "subtitle", wrap=True))
        captions = {1: self.tr("Very poor"), 2: self.tr("Poor"), 3: self.tr("OK"),
                    4: self.tr("Good"), 5: self.tr("Excellent")}
        layout.addWidget(widgets.label("rating_tags_hint", self.tr(
            "What mattered most? (optional, tap before your score)"), "caption", wrap=True))
        tags = QHBoxLayout()
        tags.setSpacing(12)
        self.tag_buttons: dict[FeedbackTag, QPushButton] = {}
        for tag in TAGS:
            button = QPushButton(texts.tag(tag))
            button.setObjectName(f"rating_tag_{tag}")
            button.setProperty("kiosk", "bar")
            button.setCheckable(True)
            button.setAccessibleName(texts.tag(tag))
            tags.addWidget(button)
            self.tag_buttons[tag] = button
        tags.addStretch(1)
        layout.addLayout(tags)
        scores = QHBoxLayout()
        scores.setSpacing(12)
        self.score_buttons: dict[int, QPushButton] = {}
        for score, caption in captions.items():
            button = QPushButton(f"{score}\n{caption}")
            button.setObjectName(f"rating_score_{score}")
            button.setProperty("kiosk", "rating")
            button.setAccessibleName(self.tr("%1 of 5: %2").replace("%1", str(score))
                                     .replace("%2", caption))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(96)
            button.clicked.connect(lambda _c=False, s=score: self._rate(s))
            scores.addWidget(button, 1)  # every score the same size: none looks preferred
            self.score_buttons[score] = button
        layout.addLayout(scores)
        self.answered = False

    def chosen_tags(self) -> list[FeedbackTag]:
        return [tag for tag, button in self.tag_buttons.items() if button.isChecked()]

    def _rate(self, score: int) -> None:
        if self.answered:  # a double tap answers once
            return
        self.answered = True
        for button in self.score_buttons.values():
            button.setEnabled(False)
        self.rated.emit(score, self.chosen_tags())
