"""One rule, one cent: the tablet's receipt and the central API's books agree, because both
call `sync.rules`. The case that once split them: a refusal at the pickup desk after a unit
of the same line was handed over and returned."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from cloud_stub.crud.feeds import order_record
from cloud_stub.models import Order, Return
from kiosk.services import pickup
from kiosk.services.outbox import acting_staff
from kiosk.services.pickup import HandoverChoice
from kiosk.store import LocalStore
from kiosk.store.models import OutboxEvent
from kiosk.store.replica import StoreReplica
from sync.protocol import FeedItem, FeedPage
from sync.records import wire
from tests.cloud_stub.conftest import ASSOCIATE, Api, ready_order
from tests.kiosk.factories import TEST_KEY


def _line_handed_over_then_returned(api: Api) -> str:
    """A ready order whose line 1 is 3 x 10.00 EUR with 1.00 EUR off the line: all three
    picked, one handed over at an earlier visit and brought back since; its other lines
    collected already."""
    order_id = ready_order(api)
    with api.sessions() as session, session.begin():
        order = session.get(Order, order_id)
        assert order is not None
        order.payment_state = "paid"
        first, *others = sorted(order.lines, key=lambda line: line.line_no)
        first.quantity, first.unit_price_cents, first.discount_cents = 3, 1000, 100
        first.picked_quantity, first.missing_quantity = 3, 0
        first.handed_over_quantity, first.refused_quantity, first.returned_quantity = 1, 0, 1
        for line in others:
            line.picked_quantity = line.handed_over_quantity = line.quantity
            line.missing_quantity = line.refused_quantity = line.returned_quantity = 0
    return order_id


def test_a_refusal_after_a_return_is_the_same_cent_on_the_tablet_and_the_server(
        api: Api, tmp_path: Path) -> None:
    # Worked by hand: the first n units of the line cost 1000 * n - 100 * n // 3.
    # The returned unit was refunded 1000 - 33 = 967; the two refused now are what is left
    # of the line's 2900: 1933 cents. (Counting only refusals as refunded would give
    # 2000 - 66 = 1934, a cent more than the line cost in all.)
    order_id = _line_handed_over_then_returned(api)
    with api.sessions() as session:
        order = session.get(Order, order_id)
        assert order is not None
        data = wire(order_record(order))

    store = LocalStore(tmp_path / "tablet", TEST_KEY)
    try:
        StoreReplica(store, api.device_id()).apply_page(FeedPage(
            feed="orders", cursor="e.1", has_more=False,
            items=[FeedItem(kind="order", id=order_id, version=1, data=data)]))
        logged_in = acting_staff.set(ASSOCIATE)
        try:
            receipt = pickup.hand_over(store, order_id, [
                HandoverChoice(line_no=1, refused=2, reason="damaged")], method="pass")
        finally:
            acting_staff.reset(logged_in)
        assert receipt.refund_cents == 1933
        # Nothing left on the shelf and a unit went home earlier: collected, on both sides.
        assert receipt.order.state == "collected"
        with store.read() as session:
            sent = session.scalars(select(OutboxEvent)).one()
            event = {"id": sent.id, "seq": sent.seq, "type": sent.type, "entity": sent.entity,
                     "occurred_at": datetime.now(UTC).isoformat(), "payload": sent.payload,
                     "actor": sent.actor}
    finally:
        store.close()

    answer = api.client.post("/v1/events", headers=api.headers(), json={
        "device_id": api.device_id(), "events": [event]})
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "applied"
    with api.sessions() as session:
        booked = session.scalars(select(Return).where(Return.order_id == order_id)).one()
        assert booked.refund_cents == 1933
        server = session.get(Order, order_id)
        assert server is not None and server.pickup_state == "collected"
