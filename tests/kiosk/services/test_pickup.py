"""The pickup desk's services on the local copy: preparation by scan, ready with a shelf,
verification (code attempts and lock), handover with refusals, no-shows, bad input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.services import pickup
from kiosk.services.errors import ActionRefused
from kiosk.services.pickup import HandoverChoice
from kiosk.store import LocalStore
from kiosk.store.models import OutboxEvent
from kiosk.store.replica import StoreReplica
from sync.protocol import FeedItem, FeedPage
from sync.rules.pickup import DeskBucket
from tests.kiosk.factories import customer_item, order_item

NOW = datetime.now(UTC)
TWO_LINES = [{"line_no": 1, "product_id": "P1", "quantity": 2},
             {"line_no": 2, "product_id": "P2", "quantity": 1}]


def product(pid: str, gtin: str) -> FeedItem:
    return FeedItem(kind="product", id=pid, version=1, data={
        "id": pid, "gtin": gtin, "sku": pid, "name": f"Chaussure {pid}", "brand": "Trek",
        "category": "Chaussures", "price_cents": 2495})


@pytest.fixture
def desk(store: LocalStore) -> StoreReplica:
    replica = StoreReplica(store, "dev-test")
    replica.apply_page(FeedPage(feed="catalog", cursor="c.1", has_more=False, items=[
        product("P1", "3760000000017"), product("P2", "3760000000024"),
        product("P9", "3760000000093")]))
    replica.apply_page(FeedPage(feed="policy", cursor="p.1", has_more=False, items=[
        FeedItem(kind="store", id="S001", version=1, data={"id": "S001", "name": "Lyon"}),
        FeedItem(kind="pickup_policy", id="default", version=2, data={
            "hold_days": 7, "extension_days": 3, "max_extensions": 1, "code_attempts": 3,
            "code_lock_minutes": 10, "no_show_action": "extend"})]))
    late = order_item("O3", "ready", 3, lines=TWO_LINES, code="333333")
    assert late.data is not None
    late.data["pickup_deadline"] = (NOW - timedelta(days=1)).isoformat()
    replica.apply_page(FeedPage(feed="orders", cursor="o.1", has_more=False, items=[
        order_item("O1", "to_prepare", 1, lines=TWO_LINES, code="111111"),
        order_item("O2", "ready", 2, lines=TWO_LINES, code="222222"),
        late,
        order_item("O4", "ready", 4, paid=False, code="444444"),
        order_item("O5", "cancelled", 5, code="555555")]))
    replica.apply_page(FeedPage(feed="customers", cursor="u.1", has_more=False, items=[
        customer_item("C1", 1, [])]))
    return replica


def events(store: LocalStore) -> list[tuple[str, dict[str, Any]]]:
    with store.read() as session:
        return [(e.type, e.payload) for e in session.scalars(
            select(OutboxEvent).order_by(OutboxEvent.seq))]


def refused(code: str, action: Any, *args: Any, **kwargs: Any) -> ActionRefused:
    with pytest.raises(ActionRefused) as caught:
        action(*args, **kwargs)
    assert caught.value.code == code
    return caught.value


def test_preparing_by_scan_then_ready_on_a_shelf(store: LocalStore, desk: StoreReplica) -> None:
    order, line = pickup.pick_by_gtin(store, "O1", "3760000000017")
    assert line == 1 and order.lines[0].picked == 1 and order.state == "preparing"
    refused("product_not_on_order", pickup.pick_by_gtin, store, "O1", "3760000000093")
    refused("lines_not_prepared", pickup.mark_ready, store, "O1", "R1-01")
    pickup.pick_by_gtin(store, "O1", "3760000000017")
    refused("line_complete", pickup.pick_by_gtin, store, "O1", "3760000000017")
    refused("quantity_too_high", pickup.set_line, store, "O1", 1, 3, 0)
    pickup.mark_missing(store, "O1", 2)
    refused("shelf_needed", pickup.mark_ready, store, "O1", "  ")
    ready = pickup.mark_ready(store, "O1", "r1-01", now=NOW)
    assert (ready.state, ready.shelf, ready.bucket, ready.pending) == (
        "ready", "R1-01", DeskBucket.READY, True)
    assert ready.deadline == NOW + timedelta(days=7)
    assert [t for t, _ in events(store)] == ["pickup.prepared"] * 3 + ["pickup.ready"]
    assert events(store)[2][1]["lines"] == [{"line_no": 2, "picked": 0, "missing": 1}]
    pickup.resend_notice(store, "O1")
    assert events(store)[-1] == ("pickup.notice_resent", {"order_id": "O1"})


def test_a_wrong_code_is_counted_then_locks_the_entry(store: LocalStore,
                                                      desk: StoreReplica) -> None:
    assert pickup.find_by_code(store, "S001", "222222", now=NOW) == "O2"
    assert refused("code_wrong", pickup.find_by_code, store, "S001", "999999",
                   now=NOW).params["left"] == 2
    refused("code_wrong", pickup.find_by_code, store, "S001", "12345x", now=NOW)
    refused("code_locked", pickup.find_by_code, store, "S001", "999998", now=NOW)
    # locked: even the right code waits, then works once the lock has passed
    refused("code_locked", pickup.find_by_code, store, "S001", "222222", now=NOW)
    later = NOW + timedelta(minutes=11)
    assert pickup.find_by_code(store, "S001", "222222", now=later) == "O2"
    assert events(store) == []


def test_partial_handover_with_a_refused_line_by_a_proxy(store: LocalStore,
                                                          desk: StoreReplica) -> None:
    pickup.check_in(store, "O2", "name_and_id", collector_name="  Paul   Martin ")
    receipt = pickup.hand_over(store, "O2", [
        HandoverChoice(1, handed_over=1), HandoverChoice(2, refused=1, reason="damaged")],
        "name_and_id", "Paul Martin", now=NOW)
    assert receipt.handed_over == [("Chaussure P1", 1)]
    assert receipt.refused == [("Chaussure P2", 1, "damaged")]
    assert receipt.kept == [("Chaussure P1", 1)]
    assert receipt.refund_cents == 2495
    assert receipt.order.state == "ready"  # one unit kept for later stays on the shelf
    kind, payload = events(store)[-1]
    assert kind == "pickup.handed_over" and payload["collector_name"] == "Paul Martin"
    assert payload["lines"] == [
        {"line_no": 1, "handed_over": 1, "refused": 0, "reason": None},
        {"line_no": 2, "handed_over": 0, "refused": 1, "reason": "damaged"}]
    refused("quantity_too_high", pickup.hand_over, store, "O2",
            [HandoverChoice(1, handed_over=2)], "code")
    last = pickup.hand_over(store, "O2", [HandoverChoice(1, handed_over=1)], "code")
    assert last.order.state == "collected" and last.order.bucket == DeskBucket.COLLECTED
    assert [r.order_id for r in pickup.pickup_queue(store, "S001")
            if r.bucket == DeskBucket.COLLECTED] == ["O2"]


def test_refusing_everything_is_pickup_refused(store: LocalStore, desk: StoreReplica) -> None:
    receipt = pickup.hand_over(store, "O2", [
        HandoverChoice(1, refused=2, reason="wrong_size"),
        HandoverChoice(2, refused=1, reason="changed_mind")], "pass")
    assert receipt.order.state == "cancelled"
    assert events(store)[-1][0] == "pickup.refused"


@pytest.mark.parametrize(("order_id", "choices", "code"), [
    ("O4", [HandoverChoice(1, handed_over=1)], "order_unpaid"),
    ("O3", [HandoverChoice(1, handed_over=1)], "deadline_passed"),
    ("O5", [HandoverChoice(1, handed_over=1)], "order_cancelled"),
    ("O1", [HandoverChoice(1, handed_over=1)], "not_ready_for_check_in"),
    ("O2", [HandoverChoice(1, handed_over=3)], "quantity_too_high"),
    ("O2", [HandoverChoice(1, refused=1)], "reason_needed"),
    ("O2", [HandoverChoice(7, handed_over=1)], "line_unknown"),
    ("O2", [HandoverChoice(1)], "nothing_to_hand_over"),
    ("NOPE", [HandoverChoice(1, handed_over=1)], "order_unknown"),
])
def test_a_handover_that_cannot_be_is_refused_and_records_nothing(
        store: LocalStore, desk: StoreReplica, order_id: str,
        choices: list[HandoverChoice], code: str) -> None:
    refused(code, pickup.hand_over, store, order_id, choices, "code")
    assert events(store) == []
    assert pickup.open_order(store, "O2").lines[0].handed_over == 0


def test_a_no_show_is_extended_once_then_returned_to_stock(store: LocalStore,
                                                           desk: StoreReplica) -> None:
    late = pickup.open_order(store, "O3", now=NOW)
    assert late.bucket == DeskBucket.OVERDUE and late.no_show_action == "extend"
    refused("deadline_passed", pickup.check_in, store, "O3", "pass")
    extended = pickup.extend_deadline(store, "O3", now=NOW)
    assert extended.deadline == NOW + timedelta(days=3) and extended.extensions_left == 0
    assert extended.bucket == DeskBucket.READY
    refused("already_extended", pickup.extend_deadline, store, "O3", now=NOW)
    gone = pickup.return_to_stock(store, "O3", now=NOW)
    assert gone.state == "expired"
    assert "O3" not in [r.order_id for r in pickup.pickup_queue(store, "S001")]
    assert [t for t, _ in events(store)] == ["pickup.extended", "pickup.expired"]


def test_the_queue_searches_number_name_email_and_phone(store: LocalStore,
                                                         desk: StoreReplica) -> None:
    rows = pickup.pickup_queue(store, "S001", now=NOW)
    assert [r.bucket for r in rows][:2] == [DeskBucket.OVERDUE, DeskBucket.READY]

    def found(text: str) -> set[str]:
        return {r.order_id for r in rows if pickup.matches(r, text)}

    everyone = {"O1", "O2", "O3", "O4"}
    assert found("WEB-O2") == {"O2"}
    assert found("martin LEA") == everyone
    assert found("c1@example.com") == everyone
    assert found("06 12 34 56 78") == everyone
    assert found("dupont") == set()


def test_a_conflict_shows_on_the_order(store: LocalStore, desk: StoreReplica) -> None:
    from sync.protocol import EventBatchResult, EventResult

    pickup.check_in(store, "O2", "code")
    [event] = desk.pending_events(10, 1_000_000)
    desk.record_results(EventBatchResult(highest_seq=1, results=[EventResult(
        id=event.id, status="conflict", reason="order WEB-O2 is cancelled: not ready",
        details={"server_state": "cancelled"})]))
    order = pickup.open_order(store, "O2")
    assert order.conflict == "order WEB-O2 is cancelled: not ready"
    assert order.conflict_type == "pickup.checked_in"
