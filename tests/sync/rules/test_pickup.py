"""The pickup rules, with expected values worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sync.records import OrderLineRecord, OrderRecord
from sync.rules.pickup import (
    DeskBucket,
    LineCounts,
    PickupPolicy,
    PickupState,
    desk_bucket,
    line_counts,
    line_status,
    prepared_status,
    state_after_visit,
)

NOON = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def line(**counts: int) -> LineCounts:
    return LineCounts(line_no=1, product_id="P1", size="", quantity=counts.pop("quantity", 3),
                      unit_price_cents=1000, discount_cents=100, **counts)


def test_refused_units_cost_what_is_left_after_every_earlier_refund() -> None:
    # 3 x 1000 with 100 off the line: the first n units cost 1000n - 100n // 3.
    assert line(picked=3).paid_for(2) == 2000 - 66  # 1934: nothing refunded before
    assert line(picked=3, handed_over=1, returned=1).paid_for(2) == 2900 - 967  # 1933
    assert line(picked=2, missing=1).paid_for(2) == 2900 - 967  # the missing unit too
    with pytest.raises(ValueError):
        line(picked=3, refused=2).paid_for(2)  # only one unit of the line is left


def test_what_waits_on_the_shelf_and_what_is_left_to_pick() -> None:
    counted = line(picked=2, missing=0, handed_over=1)
    assert (counted.to_pick, counted.waiting, counted.refunded) == (1, 1, 0)


def test_a_visit_leaves_the_order_ready_collected_or_cancelled() -> None:
    assert state_after_visit([line(picked=3, handed_over=2)]) == PickupState.READY
    assert state_after_visit([line(picked=3, handed_over=2, refused=1)]) == PickupState.COLLECTED
    assert state_after_visit([line(picked=3, refused=3)]) == PickupState.CANCELLED


def test_line_status_words() -> None:
    assert line_status(line(picked=3, handed_over=2)) is None
    assert line_status(line(picked=2, missing=1, handed_over=2)) == "handed_over"
    assert line_status(line(picked=3, refused=3)) == "refused"
    assert prepared_status(3, 3, 0) == "picked"
    assert prepared_status(3, 0, 3) == "missing"
    assert prepared_status(3, 1, 1) == "ordered"


def test_desk_buckets() -> None:
    yesterday = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    assert desk_bucket("preparing", None, NOON) == DeskBucket.TO_PREPARE
    assert desk_bucket("ready", yesterday, NOON) == DeskBucket.OVERDUE
    assert desk_bucket("ready", None, NOON) == DeskBucket.READY
    assert desk_bucket("checked_in", yesterday, NOON) == DeskBucket.WAITING
    assert desk_bucket("expired", None, NOON) == DeskBucket.CLOSED


def test_deadlines_and_extensions() -> None:
    policy = PickupPolicy.from_data({"hold_days": 7, "extension_days": 3, "max_extensions": 1,
                                     "no_show_action": "return_to_stock", "unknown": 1})
    assert policy.deadline(NOON) == datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    assert policy.no_show_action == "return_to_stock"
    assert policy.can_extend(0) and not policy.can_extend(1)
    # From the old deadline while it has not passed; from now once it has.
    later = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    assert policy.extended_deadline(later, NOON) == datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    past = datetime(2026, 11, 1, tzinfo=UTC)
    assert policy.extended_deadline(past, NOON) == datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def test_line_counts_put_the_tablets_own_counts_and_returns_over_the_feed() -> None:
    order = OrderRecord(
        number="WEB-100001", channel="web", fulfilment="click_collect", status="ready",
        created_at=NOON, total_cents=2900, lines=(OrderLineRecord(
            line_no=1, product_id="P1", quantity=3, picked=1, unit_price_cents=1000,
            discount_cents=100, handed_over=1, returned_quantity=1),))
    mine = {"lines": {"1": {"picked": 3}}, "returned": {"1": 1}}
    (counted,) = line_counts(order, mine)
    assert (counted.picked, counted.handed_over, counted.returned) == (3, 1, 2)
