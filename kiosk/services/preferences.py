"""What staff chose on the Settings page, kept on the device across restarts.

A choice made here wins over the configuration (flags, variables, file) at the next start:
the people using the tablet made it after the tablet was set up.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import LANGUAGES
from kiosk.services.errors import ActionRefused
from kiosk.store import LocalStore
from kiosk.store.replica import get_setting, set_setting
from sync.rules.refusals import Refusal

LOCK_MINUTES_RANGE = (1, 60)


@dataclass(frozen=True)
class Preferences:
    language: str | None = None
    lock_idle_s: float | None = None


def load(store: LocalStore) -> Preferences:
    with store.read() as session:
        language = get_setting(session, "pref.language")
        lock = get_setting(session, "pref.lock_idle_s")
    return Preferences(language=language if language in LANGUAGES else None,
                       lock_idle_s=float(lock) if lock else None)


def save_language(store: LocalStore, language: str) -> None:
    if language not in LANGUAGES:
        raise ActionRefused(Refusal.LANGUAGE_UNKNOWN)
    with store.write() as session:
        set_setting(session, "pref.language", language)


def save_lock_minutes(store: LocalStore, minutes: int, manager: bool) -> None:
    """Only a manager changes how soon tablets lock."""
    if not manager:
        raise ActionRefused(Refusal.MANAGER_ONLY)
    low, high = LOCK_MINUTES_RANGE
    if not low <= minutes <= high:
        raise ActionRefused(Refusal.LOCK_MINUTES_RANGE, low=low, high=high)
    with store.write() as session:
        set_setting(session, "pref.lock_idle_s", str(minutes * 60))
