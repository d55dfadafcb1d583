"""The return rules, with expected values worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime

from sync.rules.returns import (
    OfflineLimits,
    ReturnPolicy,
    Window,
    bought_at,
    in_delivery,
    line_window,
    lowest_recent_price,
    override_complete,
    units_received,
)

BOUGHT = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
POLICY = ReturnPolicy.from_data({"default_days": 30, "category_days": {"Accessoires": 14},
                                 "non_returnable_categories": ["Sous-vêtements"]})


def test_windows_by_category() -> None:
    assert line_window(POLICY, "Chaussures", BOUGHT, datetime(2026, 12, 1, 10, 0, tzinfo=UTC)) \
        .status == Window.OPEN  # day 30, to the minute
    closed = line_window(POLICY, "Accessoires", BOUGHT, datetime(2026, 11, 16, tzinfo=UTC))
    assert closed.status == Window.CLOSED
    assert closed.until == datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
    assert line_window(POLICY, "Sous-vêtements", BOUGHT, BOUGHT).status == Window.NOT_RETURNABLE


def test_the_window_starts_at_collection_for_click_and_collect() -> None:
    collected = datetime(2026, 11, 5, tzinfo=UTC)
    assert bought_at("click_collect", BOUGHT, collected) == collected
    assert bought_at("delivery", BOUGHT, collected) == BOUGHT


def test_what_the_customer_received() -> None:
    assert units_received("delivery", "shipped", 2, 0) == 0
    assert units_received("delivery", "delivered", 2, 0) == 2
    assert units_received("click_collect", "ready", 3, 1) == 1
    assert in_delivery("delivery", "shipped") and not in_delivery("delivery", "delivered")


def test_lowest_recent_price_never_above_todays() -> None:
    assert lowest_recent_price(5000, {"lowest_30d_price_cents": 4000}) == 4000
    assert lowest_recent_price(5000, {"lowest_30d_price_cents": 6000}) == 5000
    assert lowest_recent_price(5000, None) == 5000


def test_an_override_names_the_manager_and_says_why() -> None:
    assert override_complete("Chloé Bernard", "Client fidèle")
    assert not override_complete("Chloé Bernard", " ok ")  # two characters once trimmed
    assert not override_complete("  ", "Client fidèle")


def test_offline_limits() -> None:
    limits = OfflineLimits.from_data({"refund_per_return_cents": 15000,
                                      "refund_per_device_day_cents": 50000})
    assert limits.refusal(15000, 35000) is None  # exactly at both limits
    assert limits.refusal(15001, 0) == "needs_network_return"
    assert limits.refusal(10000, 40001) == "needs_network_day"
