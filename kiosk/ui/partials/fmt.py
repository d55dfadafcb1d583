"""Prices, dates and durations as the associate's language writes them."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimeZone


def locale_for(language: str) -> QLocale:
    return QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                   QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom)


def money(cents: int, locale: QLocale) -> str:
    """`12,50 €` in French, `€12.50` in English: integer arithmetic, never floats."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    amount = f"{locale.toString(euros)}{locale.decimalPoint()}{rest:02d}"
    if locale.language() == QLocale.Language.French:
        return f"{sign}{amount}\u00a0€"
    return f"{sign}€{amount}"


def day_and_time(value: datetime | None, locale: QLocale) -> str:
    """Short, for tables: `27 nov. 12:43` / `27 Nov 12:43`."""
    if value is None:
        return "—"
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return locale.toString(local, "d MMM HH:mm")


def day(value: datetime | None, locale: QLocale, short: bool = False) -> str:
    """A date with its year, for receipts and policy windows: `12 déc. 2026`; `short` for
    narrow lists: `12/12/26` (the year still there: purchases go back years)."""
    if value is None:
        return "—"
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return locale.toString(local, "dd/MM/yy" if short else "d MMM yyyy")


class _Ago(QObject):
    """Relative times, translated with numerus forms (a class, so that `lupdate` sees
    `self.tr(..., n)` as the plural-aware call it is)."""

    def text(self, seconds: int) -> str:
        if seconds < 0:
            seconds = -seconds
            if seconds < 3600:
                return self.tr("in %n min", "", max(1, seconds // 60))
            if seconds < 86400:
                return self.tr("in %n h", "", seconds // 3600)
            return self.tr("in %n d", "", seconds // 86400)
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n min ago", "", seconds // 60)
        if seconds < 86400:
            return self.tr("%n h ago", "", seconds // 3600)
        return self.tr("%n d ago", "", seconds // 86400)

    def never(self) -> str:
        return self.tr("never")


_ago = _Ago()


def ago(value: datetime | None, now: datetime | None = None) -> str:
    """"5 min ago" style."""
    if value is None:
        return _ago.never()
    return _ago.text(int(((now or datetime.now(UTC)) - value).total_seconds()))
