"""The figures of `docs/kpis.md` on small hand-made facts; every expected value is worked
out by hand in the comments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from sync.rules.kpis import (
    BasketSent,
    Grain,
    PickupFacts,
    ReturnedUnits,
    StoreSale,
    View,
    basket_conversion,
    change,
    click_collect,
    csat,
    identified_share,
    like_for_like,
    local_day,
    median,
    multichannel_share,
    nearest_rank,
    next_period,
    nps,
    period_start,
    periods,
    previous_period,
    returns_by_channel,
    ropo,
    utc_bounds,
)

PARIS = "Europe/Paris"
H = 3600.0


def at(text: str) -> datetime:
    """An instant in UTC, as the database hands them out."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_a_sale_at_half_past_eleven_at_night_belongs_to_that_local_day() -> None:
    # 23:30 in Paris in January (UTC+1) is 22:30 UTC: same day
    assert local_day(at("2026-01-15T22:30:00"), PARIS) == date(2026, 1, 15)
    # 23:30 in Paris in July (UTC+2) is 21:30 UTC; 00:30 local is 22:30 UTC the day before
    assert local_day(at("2026-07-15T21:30:00"), PARIS) == date(2026, 7, 15)
    assert local_day(at("2026-07-15T22:30:00"), PARIS) == date(2026, 7, 16)
    # the same instant is still the 15th in New York (UTC-4 in July: 18:30)
    assert local_day(at("2026-07-15T22:30:00"), "America/New_York") == date(2026, 7, 15)


def test_period_bounds_are_local_midnights_across_a_change_of_time() -> None:
    # 29 March 2026: Paris goes from UTC+1 to UTC+2 at 02:00 local
    start, end = utc_bounds(date(2026, 3, 29), date(2026, 3, 30), PARIS)
    assert start == at("2026-03-28T23:00:00")  # midnight at UTC+1
    assert end == at("2026-03-29T22:00:00")  # midnight at UTC+2: a 23-hour day
    # a month: 1 October 00:00 (UTC+2) to 1 November 00:00 (UTC+1, after 25 October)
    assert utc_bounds(date(2026, 10, 1), date(2026, 11, 1), PARIS) \
        == (at("2026-09-30T22:00:00"), at("2026-10-31T23:00:00"))


def test_weeks_start_on_monday_months_on_the_first() -> None:
    thursday = date(2026, 12, 3)
    assert period_start(thursday, Grain.WEEK) == date(2026, 11, 30)  # a Monday
    assert period_start(thursday, Grain.MONTH) == date(2026, 12, 1)
    assert period_start(thursday, Grain.DAY) == thursday
    assert next_period(date(2026, 12, 1), Grain.MONTH) == date(2027, 1, 1)
    assert next_period(date(2026, 1, 1), Grain.MONTH) == date(2026, 2, 1)
    assert previous_period(date(2026, 3, 1), Grain.MONTH) == date(2026, 2, 1)
    assert previous_period(date(2026, 11, 30), Grain.WEEK) == date(2026, 11, 23)
    # 28 Nov (Sat) to 3 Dec (Thu, excluded): the weeks of 23 Nov and 30 Nov
    assert periods(date(2026, 11, 28), date(2026, 12, 3), Grain.WEEK) \
        == [date(2026, 11, 23), date(2026, 11, 30)]


def test_a_running_period_is_compared_with_the_same_days_before() -> None:
    # Thursday 3 Dec 2026: the week so far (Mon 30 Nov to Thu) against Mon 23 to Thu 26 Nov
    assert like_for_like(date(2026, 11, 30), date(2026, 12, 3), Grain.WEEK) \
        == (date(2026, 11, 23), date(2026, 11, 26))
    # the month to the 10th against 1 to 10 November
    assert like_for_like(date(2026, 12, 1), date(2026, 12, 10), Grain.MONTH) \
        == (date(2026, 11, 1), date(2026, 11, 10))
    # 31 March against February: its 28 days only, never a day of March
    assert like_for_like(date(2026, 3, 1), date(2026, 3, 31), Grain.MONTH) \
        == (date(2026, 2, 1), date(2026, 2, 28))
    assert like_for_like(date(2026, 12, 3), date(2026, 12, 3), Grain.DAY) \
        == (date(2026, 12, 2), date(2026, 12, 2))


def test_median_and_90th_percentile_are_values_that_occurred() -> None:
    waits = [60, 120, 180, 240, 300, 360, 420, 480, 540, 3600]
    # 10 values: median rank ceil(0.5 * 10) = 5 -> 300; p90 rank ceil(0.9 * 10) = 9 -> 540
    assert median(waits) == 300
    assert nearest_rank(waits, 90) == 540
    # 3 values: median rank 2; p90 rank ceil(2.7) = 3
    assert median([5, 1, 3]) == 3 and nearest_rank([5, 1, 3], 90) == 5
    assert median([]) is None and nearest_rank([], 90) is None
    assert change(0.5, 0.25) == 0.25 and change(None, 0.25) is None


def test_click_and_collect_figures() -> None:
    day = at("2026-11-02T08:00:00")
    orders = [
        # collected: ready after 2 h (on target), checked in 20 h later, handed over 4 min on
        PickupFacts(day, day + timedelta(hours=2), day + timedelta(hours=22),
                    day + timedelta(hours=22, minutes=4), "collected", 3, 0),
        # collected: ready after 6 h (late), checked in and handed over 10 min later,
        # 1 unit of 2 refused
        PickupFacts(day, day + timedelta(hours=6), day + timedelta(hours=30),
                    day + timedelta(hours=30, minutes=10), "collected", 1, 1),
        # never collected: expired on the shelf (a no-show)
        PickupFacts(day, day + timedelta(hours=3), None, None, "expired"),
        # still being prepared: not ready, not a no-show
        PickupFacts(day, None, None, None, "preparing"),
    ]
    figures = click_collect(orders, ready_target=timedelta(hours=4))
    assert figures.orders == 4
    assert figures.collected_share == 2 / 4
    # made ready after 2, 6 and 3 h: median rank 2 of [2, 3, 6] -> 3 h; on target: 2 and 3
    assert figures.order_to_ready_s == 3 * H
    assert figures.ready_on_target_share == 2 / 3
    # ready to collected: 20 h 4 min and 24 h 10 min: median rank 1 -> 20 h 4 min
    assert figures.ready_to_collected_s == 20 * H + 4 * 60
    assert figures.no_show_share == 1 / 3  # 1 expired of 3 made ready
    assert figures.refusal_share == 1 / 5  # 1 refused of 3 + 1 + 1 units at the desk
    # desk waits 4 and 10 min: median rank 1 -> 4 min; p90 rank ceil(1.8) = 2 -> 10 min
    assert figures.desk_wait_median_s == 4 * 60
    assert figures.desk_wait_p90_s == 10 * 60


def test_no_orders_is_no_figure_not_zero() -> None:
    figures = click_collect([], timedelta(hours=4))
    assert figures.collected_share is None and figures.no_show_share is None
    assert figures.desk_wait_p90_s is None


def test_ropo_counts_views_of_the_product_or_its_category_in_the_days_before() -> None:
    sale_at = at("2026-11-20T15:00:00")
    views = [
        View("C1", "P-SHOE", "shoes", sale_at - timedelta(days=2)),  # in the window
        View("C2", "P-BOOT", "shoes", sale_at - timedelta(days=3)),  # the category only
        View("C3", "P-HAT", "hats", sale_at - timedelta(days=40)),  # too long before
        View("C4", "P-SOCK", "socks", sale_at + timedelta(hours=1)),  # after the sale
    ]
    sales = [
        StoreSale("C1", sale_at, (("P-SHOE", "shoes"),)),  # product and category
        StoreSale("C2", sale_at, (("P-SHOE", "shoes"),)),  # category only
        StoreSale("C3", sale_at, (("P-HAT", "hats"),)),  # a view too old: neither
        StoreSale("C4", sale_at, (("P-SOCK", "socks"),)),  # a view after: neither
        StoreSale(None, sale_at, (("P-SHOE", "shoes"),)),  # not identified: neither
    ]
    figures = ropo(sales, views, window=timedelta(days=30))
    assert figures.sales == 5
    assert figures.researched_product_share == 1 / 5
    assert figures.researched_category_share == 2 / 5


def test_a_basket_converts_when_the_same_customer_buys_in_store_soon_after() -> None:
    sent = at("2026-11-20T10:00:00")
    baskets = [BasketSent("C1", sent), BasketSent("C1", sent + timedelta(minutes=5)),
               BasketSent("C2", sent), BasketSent("C3", sent)]
    sales = [
        StoreSale("C1", sent + timedelta(minutes=20), ()),  # converts C1's first basket
        StoreSale("C2", sent + timedelta(days=3), ()),  # too late (24 h)
        StoreSale("C3", sent - timedelta(minutes=1), ()),  # before the basket was sent
    ]
    # 1 of 4: C1's second basket finds no sale left, C2's is too late, C3's came after
    assert basket_conversion(baskets, sales, within=timedelta(hours=24)) == 1 / 4
    assert basket_conversion([], sales, timedelta(hours=24)) is None


def test_returns_by_channel_of_purchase() -> None:
    returned = [
        ReturnedUnits("web", 2, "size", "original_payment", in_store=True),
        ReturnedUnits("web", 1, "damaged", "voucher", in_store=False),
        ReturnedUnits("store", 1, "size", "exchange", in_store=True),
        ReturnedUnits("app", 1, "changed_mind", "voucher", in_store=True),
    ]
    figures = returns_by_channel(returned, sold={"web": 30, "app": 10, "store": 50})
    assert figures.rate == {"web": 3 / 30, "app": 1 / 10, "store": 1 / 50}
    assert figures.reasons == {"size": 3, "damaged": 1, "changed_mind": 1}
    assert figures.refund_methods == {"original_payment": 2, "voucher": 2, "exchange": 1}
    assert figures.online_returned_in_store == 3  # 2 web + 1 app brought to a store
    assert returns_by_channel([], {"web": 0}).rate == {"web": None}


def test_identified_sales_and_customers_on_several_channels() -> None:
    now = at("2026-11-20T10:00:00")
    sales = [StoreSale("C1", now, ()), StoreSale(None, now, ()), StoreSale("C2", now, ()),
             StoreSale(None, now, ())]
    assert identified_share(sales) == 2 / 4
    assert multichannel_share({"C1": {"web", "store"}, "C2": {"store"},
                               "C3": {"app", "web", "store"}, "C4": set()}) == 2 / 3


def test_csat_is_the_share_of_4_and_5_and_nps_promoters_minus_detractors() -> None:
    figures = csat([5, 4, 3, 1, 5], visits=20)
    assert figures.responses == 5
    assert figures.csat == 3 / 5  # 5, 4, 5
    assert figures.mean_score == pytest.approx(18 / 5)
    assert figures.response_share == 5 / 20
    # 10 answers: promoters 9, 10, 10, 9 (4); detractors 0, 6, 3 (3); passives 7, 8, 8
    assert nps([9, 10, 10, 9, 0, 6, 3, 7, 8, 8]) == pytest.approx(10.0)
    assert nps([]) is None and csat([], 0).csat is None
