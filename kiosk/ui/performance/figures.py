"""Which figures the page shows, what each is called and how its value reads, in the
user's language. The values themselves come computed from the central API."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject

MINUS = "\u2212"
NO_FIGURE = "\u2013"
"""A share with nothing to count reads "–", never "0 %" (`docs/kpis.md`)."""


class Kind(StrEnum):
    SHARE = "share"
    DURATION = "duration"
    COUNT = "count"
    NPS = "nps"


@dataclass(frozen=True)
class Figure:
    name: str
    """Dotted name in the central API's answer."""
    kind: Kind
    section: str
    """click_collect | ropo | returns | identification | satisfaction."""


FIGURES: tuple[Figure, ...] = (
    Figure("click_collect.orders", Kind.COUNT, "click_collect"),
    Figure("click_collect.collected_share", Kind.SHARE, "click_collect"),
    Figure("click_collect.order_to_ready_s", Kind.DURATION, "click_collect"),
    Figure("click_collect.ready_on_target_share", Kind.SHARE, "click_collect"),
    Figure("click_collect.ready_to_collected_s", Kind.DURATION, "click_collect"),
    Figure("click_collect.no_show_share", Kind.SHARE, "click_collect"),
    Figure("click_collect.refusal_share", Kind.SHARE, "click_collect"),
    Figure("click_collect.desk_wait_median_s", Kind.DURATION, "click_collect"),
    Figure("click_collect.desk_wait_p90_s", Kind.DURATION, "click_collect"),
    Figure("ropo.sales", Kind.COUNT, "ropo"),
    Figure("ropo.researched_product_share", Kind.SHARE, "ropo"),
    Figure("ropo.researched_category_share", Kind.SHARE, "ropo"),
    Figure("basket_conversion", Kind.SHARE, "ropo"),
    Figure("returns.rate.web", Kind.SHARE, "returns"),
    Figure("returns.rate.app", Kind.SHARE, "returns"),
    Figure("returns.rate.store", Kind.SHARE, "returns"),
    Figure("returns.online_returned_in_store", Kind.COUNT, "returns"),
    Figure("identified_share", Kind.SHARE, "identification"),
    Figure("multichannel_share", Kind.SHARE, "identification"),
    Figure("satisfaction.pickup.csat", Kind.SHARE, "satisfaction"),
    Figure("satisfaction.returns.csat", Kind.SHARE, "satisfaction"),
    Figure("satisfaction.kiosk.csat", Kind.SHARE, "satisfaction"),
    Figure("satisfaction.assistance.csat", Kind.SHARE, "satisfaction"),
    Figure("satisfaction.kiosk.response_share", Kind.SHARE, "satisfaction"),
    Figure("nps", Kind.NPS, "satisfaction"),
)
BY_NAME = {figure.name: figure for figure in FIGURES}

TREND_FIGURES = ("click_collect.desk_wait_median_s", "click_collect.collected_share",
                 "ropo.researched_product_share", "satisfaction.kiosk.csat",
                 "identified_share", "returns.rate.web")
"""What the per-day chart can show, the first by default."""


class FigureTexts(QObject):
    """Captions and values in the user's language (one instance per page)."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language

    def caption(self, name: str) -> str:
        return {
            "click_collect.orders": self.tr("Click & collect orders"),
            "click_collect.collected_share": self.tr("Collected in store"),
            "click_collect.order_to_ready_s": self.tr("Order to ready (median)"),
            "click_collect.ready_on_target_share": self.tr("Ready on target"),
            "click_collect.ready_to_collected_s": self.tr("Ready to collected (median)"),
            "click_collect.no_show_share": self.tr("No-shows"),
            "click_collect.refusal_share": self.tr("Refused at the desk"),
            "click_collect.desk_wait_median_s": self.tr("Desk wait (median)"),
            "click_collect.desk_wait_p90_s": self.tr("Desk wait (9 in 10 within)"),
            "ropo.sales": self.tr("In-store sales"),
            "ropo.researched_product_share": self.tr("Sales of a product viewed online"),
            "ropo.researched_category_share": self.tr("Sales of a category viewed online"),
            "basket_conversion": self.tr("Baskets sent to the till that sold"),
            "returns.rate.web": self.tr("Return rate, website orders"),
            "returns.rate.app": self.tr("Return rate, app orders"),
            "returns.rate.store": self.tr("Return rate, store sales"),
            "returns.online_returned_in_store": self.tr("Online units returned here"),
            "identified_share": self.tr("Sales to an identified customer"),
            "multichannel_share": self.tr("Customers on several channels"),
            "satisfaction.pickup.csat": self.tr("Satisfied, pickup"),
            "satisfaction.returns.csat": self.tr("Satisfied, returns"),
            "satisfaction.kiosk.csat": self.tr("Satisfied, kiosk"),
            "satisfaction.assistance.csat": self.tr("Satisfied, help from an associate"),
            "satisfaction.kiosk.response_share": self.tr("Kiosk answer rate"),
            "nps": self.tr("Net promoter score"),
        }.get(name, name)

    def section(self, section: str) -> str:
        return {"click_collect": self.tr("Click & collect"),
                "ropo": self.tr("Research online, buy in store"),
                "returns": self.tr("Returns by channel"),
                "identification": self.tr("Identification"),
                "satisfaction": self.tr("Satisfaction")}.get(section, section)

    def value(self, name: str, number: float | None) -> str:
        if number is None:
            return NO_FIGURE
        kind = BY_NAME[name].kind if name in BY_NAME else Kind.COUNT
        if kind is Kind.SHARE:
            return self.percent(number)
        if kind is Kind.DURATION:
            return self.duration(number)
        if kind is Kind.NPS:
            return self.signed(round(number))
        return str(round(number))

    def change(self, name: str, number: float | None) -> str:
        """In the figure's own unit: points for a share, minutes for a duration."""
        if number is None:
            return NO_FIGURE
        kind = BY_NAME[name].kind if name in BY_NAME else Kind.COUNT
        if kind is Kind.SHARE:
            points = round(number * 100)
            return self.tr("%1 pts").replace("%1", self.signed(points)) if points else "="
        if kind is Kind.DURATION:
            if abs(number) < 30:  # under half a minute either way reads as no change
                return "="
            return ("+" if number > 0 else MINUS) + self.duration(abs(number))
        return self.signed(round(number)) if round(number) else "="

    def percent(self, share: float) -> str:
        number = round(share * 100)
        return f"{number}\u202f%" if self.language == "fr" else f"{number}%"

    @staticmethod
    def signed(number: int) -> str:
        return f"+{number}" if number > 0 else (f"{MINUS}{-number}" if number < 0 else "0")

    def duration(self, seconds: float) -> str:
        if seconds < 90:
            return self.tr("%1 s").replace("%1", str(round(seconds)))
        if seconds < 90 * 60:
            return self.tr("%1 min").replace("%1", str(round(seconds / 60)))
        if seconds < 48 * 3600:
            hours, rest = divmod(round(seconds / 60), 60)
            return self.tr("%1 h %2").replace("%1", str(hours)).replace("%2", f"{rest:02d}")
        return self.tr("%1 d").replace("%1", f"{seconds / 86400:.1f}")

    def target(self, name: str, value: float, at_most: bool) -> str:
        text = self.value(name, value)
        return (self.tr("≤ %1") if at_most else self.tr("≥ %1")).replace("%1", text)
