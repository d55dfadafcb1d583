"""Sync rounds give way to the work a person waits for, but never stop for it."""

from __future__ import annotations

import threading
import time

from sync.activity import MAX_WAIT_S, SETTLE_S, Activity


def test_a_quiet_app_costs_a_round_nothing() -> None:
    activity = Activity()
    time.sleep(SETTLE_S)
    started = time.monotonic()
    activity.give_way()
    assert time.monotonic() - started < 0.01


def test_a_round_waits_for_the_awaited_work_and_for_the_screen_to_draw_it() -> None:
    activity = Activity()
    activity.begin()
    ended: list[float] = []

    def finish_later() -> None:
        time.sleep(0.08)
        ended.append(time.monotonic())
        activity.end()

    threading.Thread(target=finish_later).start()
    activity.give_way()
    resumed = time.monotonic()
    assert ended and resumed - ended[0] >= SETTLE_S * 0.9


def test_a_busy_desk_slows_a_round_down_but_never_stops_it() -> None:
    activity = Activity()
    activity.begin()  # never ends
    started = time.monotonic()
    activity.give_way()
    assert MAX_WAIT_S * 0.9 <= time.monotonic() - started < MAX_WAIT_S + 0.1
    activity.end()
    activity.begin()
    assert not activity.quiet()
