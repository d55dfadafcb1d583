"""The manager's Store performance page, without Qt: the figures the central API computes
for this store (`GET /v1/stores/{id}/kpis`), for today, this week and this month, each with
the period before and the chain's; a per-day trend; the policy's targets. The last report
fetched is kept in the (encrypted) local database, so that offline the page shows it and
says how old it is. CSV export is here; the PDF is drawn by the page."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from kiosk.services.device import home_store_id
from kiosk.services.errors import ActionRefused
from kiosk.store import LocalStore
from kiosk.store.models import PolicyEntry
from kiosk.store.replica import get_setting, set_setting
from sync.rules.kpis import Grain, KpiTargets, Target, change, like_for_like, period_start
from sync.rules.refusals import Refusal
from sync.sqltypes import utcnow

TREND_DAYS = 28
"""Four weeks of days: every weekday four times, so a Saturday peak reads as one."""
REPORT_KEY = "kpis.last_report"

PERIODS = ("today", "week", "month")
Fetch = Callable[[str, date, date, str, bool], dict[str, Any]]
"""`ApiClient.store_kpis`: (store, first day, last day, grain, with the chain)."""


@dataclass(frozen=True)
class PeriodFigures:
    period: str
    """today | week | month."""
    first: date
    end: date
    """The local days first..end (end excluded); a period still running ends tomorrow."""
    store: dict[str, Any]
    previous: dict[str, Any]
    chain: dict[str, Any] | None


@dataclass(frozen=True)
class Report:
    store_id: str
    fetched_at: datetime
    periods: dict[str, PeriodFigures]
    trend: list[tuple[date, dict[str, Any]]]
    """The store's figures of each of the last TREND_DAYS days, oldest first."""

    def to_json(self) -> str:
        return json.dumps({
            "store_id": self.store_id, "fetched_at": self.fetched_at.isoformat(),
            "periods": {k: {"period": p.period, "first": p.first.isoformat(),
                            "end": p.end.isoformat(), "store": p.store, "previous": p.previous,
                            "chain": p.chain} for k, p in self.periods.items()},
            "trend": [[day.isoformat(), figures] for day, figures in self.trend]})

    @classmethod
    def from_json(cls, text: str) -> Report:
        data = json.loads(text)
        return cls(
            store_id=data["store_id"], fetched_at=datetime.fromisoformat(data["fetched_at"]),
            periods={k: PeriodFigures(p["period"], date.fromisoformat(p["first"]),
                                      date.fromisoformat(p["end"]), p["store"], p["previous"],
                                      p["chain"]) for k, p in data["periods"].items()},
            trend=[(date.fromisoformat(day), figures) for day, figures in data["trend"]])

    def age(self, now: datetime | None = None) -> timedelta:
        return (now or utcnow()) - self.fetched_at


def value(figures: dict[str, Any] | None, name: str) -> float | None:
    """A figure by its dotted name (`click_collect.collected_share`), None when absent."""
    current: Any = figures
    for part in name.split("."):
        if not isinstance(current, dict) or part not in current:
            return None
        current = current[part]
    return float(current) if isinstance(current, int | float) else None


def change_of(period: PeriodFigures, name: str) -> float | None:
    return change(value(period.store, name), value(period.previous, name))


def recent_comments(report: Report, most: int = 50) -> list[dict[str, Any]]:
    """The trend's days' comments (the last four weeks), newest first."""
    comments = [c for _day, figures in reversed(report.trend)
                for c in figures.get("comments") or []]
    return comments[:most]


def recent_themes(report: Report) -> dict[str, int]:
    counted: Counter[str] = Counter()
    for _day, figures in report.trend:
        counted.update(figures.get("themes") or {})
    return dict(counted)


def fetch_report(fetch: Fetch, store_id: str, today: date) -> Report:
    """Seven small requests: each headline period so far (with the chain's), the same days
    of the period before (like for like: a week to Wednesday against last Monday to
    Wednesday), and the store's days for the trend (without the chain: not shown per day)."""
    periods: dict[str, PeriodFigures] = {}
    for key, grain in (("today", Grain.DAY), ("week", Grain.WEEK), ("month", Grain.MONTH)):
        start = period_start(today, grain)
        (now,) = fetch(store_id, start, today, grain.value, True)["periods"]
        first, last = like_for_like(start, today, grain)
        (before,) = fetch(store_id, first, last, grain.value, False)["periods"]
        periods[key] = PeriodFigures(key, start, today + timedelta(days=1), now["store"],
                                     before["store"], now["chain"])
    days = fetch(store_id, today - timedelta(days=TREND_DAYS - 1), today, Grain.DAY.value,
                 False)
    trend = [(date.fromisoformat(p["store"]["first"]), p["store"]) for p in days["periods"]]
    return Report(store_id, utcnow(), periods, trend)


def refresh(store: LocalStore, fetch: Fetch, today: date) -> Report:
    """Fetch the report and keep it as the last one (the page's offline copy)."""
    store_id = home_store_id(store)
    if store_id is None:
        raise ActionRefused(Refusal.OTHER_STORE)
    report = fetch_report(fetch, store_id, today)
    with store.write() as session:
        set_setting(session, REPORT_KEY, report.to_json())
    return report


def last_report(store: LocalStore) -> Report | None:
    """The last report fetched on this tablet, or None."""
    with store.read() as session:
        text = get_setting(session, REPORT_KEY)
    try:
        return Report.from_json(text) if text else None
    except (ValueError, KeyError, TypeError):
        return None  # an older app's copy: fetched again when online


def targets(store: LocalStore) -> KpiTargets:
    with store.read() as session:
        entry = session.get(PolicyEntry, ("kpi_targets", "default"))
        return KpiTargets.from_data(entry.data if entry else None)


def target_for(targets_: KpiTargets, name: str) -> Target | None:
    return next((t for t in targets_.targets() if t.figure == name), None)


def to_csv(report: Report, names: list[tuple[str, str]], targets_: KpiTargets) -> str:
    """`names`: (dotted figure name, caption) in the page's order and language. One row per
    period and figure: the store's value, the change, the chain's, the target."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["period", "first_day", "last_day", "figure", "caption", "store",
                     "change", "chain", "target", "target_met"])
    for key in PERIODS:
        period = report.periods[key]
        for name, caption in names:
            target = target_for(targets_, name)
            store_value = value(period.store, name)
            met = target.met(store_value) if target else None
            writer.writerow([key, period.first.isoformat(),
                             (period.end - timedelta(days=1)).isoformat(), name, caption,
                             _cell(store_value), _cell(change_of(period, name)),
                             _cell(value(period.chain, name)),
                             _cell(target.value if target else None),
                             "" if met is None else ("yes" if met else "no")])
    return out.getvalue()


def _cell(number: float | None) -> str:
    return "" if number is None else f"{number:.4g}"
