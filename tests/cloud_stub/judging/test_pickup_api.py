"""Pickup desk events on the central API (SQLite and PostgreSQL): each fact applied once,
the order's states and lines as a store would expect, conflicts when the world moved on."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from cloud_stub.models import Order, OrderLine, PickupNotice, Return
from tests.cloud_stub.conftest import ASSOCIATE, Api, event, ready_order


class Desk:
    """One tablet's events, numbered as the tablet numbers them."""

    def __init__(self, api: Api, tablet: str = "main") -> None:
        self.api, self.tablet, self.seq = api, tablet, 0

    def send(self, type_: str, actor: str | None = ASSOCIATE, **payload: Any) -> dict[str, Any]:
        self.seq += 1
        answer = self.api.client.post(
            "/v1/events", headers=self.api.headers(tablet=self.tablet), json={
            "device_id": self.api.device_id(tablet=self.tablet),
            "events": [event(self.seq, type_, entity=f"order:{payload['order_id']}",
                             actor=actor, **payload)]})
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()["results"][0]
        return result


def order_in(api: Api, state: str, paid: bool = True) -> Order:
    with api.sessions() as session:
        order = session.scalars(
            select(Order).where(Order.store_id == "S001", Order.pickup_state == state,
                                Order.payment_state == ("paid" if paid else "pending"))
            .order_by(Order.id)).first()
        assert order is not None, f"the seed has no {state} order"
        order.lines  # noqa: B018 - loaded while the session is open
        return order


def lines_of(api: Api, order_id: str) -> list[OrderLine]:
    with api.sessions() as session:
        return list(session.scalars(select(OrderLine).where(OrderLine.order_id == order_id)
                                    .order_by(OrderLine.line_no)))


def test_prepare_then_ready_notifies_the_customer(api: Api) -> None:
    order = order_in(api, "to_prepare")
    desk = Desk(api)
    first, *rest = order.lines
    picked = [{"line_no": first.line_no, "picked": first.quantity, "missing": 0}]
    assert desk.send("pickup.prepared", order_id=order.id, lines=picked)["status"] == "applied"
    early = desk.send("pickup.ready", order_id=order.id, shelf="R2-05")
    if rest:  # lines not prepared yet: the order cannot be ready
        assert early["status"] == "conflict"
        done = [{"line_no": line.line_no, "picked": 0, "missing": line.quantity} for line in rest]
        assert desk.send("pickup.prepared", order_id=order.id, lines=done)["status"] == "applied"
        assert desk.send("pickup.ready", order_id=order.id, shelf="R2-05")["status"] == "applied"
    server = api.order(order.id)
    assert (server.pickup_state, server.shelf) == ("ready", "R2-05")
    assert server.pickup_deadline is not None and server.ready_at is not None
    assert (server.pickup_deadline - server.ready_at).days == 7
    assert desk.send("pickup.notice_resent", order_id=order.id)["status"] == "applied"
    with api.sessions() as session:
        kinds = session.scalars(select(PickupNotice.kind).where(PickupNotice.order_id == order.id)
                                .order_by(PickupNotice.id)).all()
    assert kinds == ["ready", "reminder"]


def test_more_picked_than_ordered_is_rejected(api: Api) -> None:
    order = order_in(api, "to_prepare")
    line = order.lines[0]
    result = Desk(api).send("pickup.prepared", order_id=order.id, lines=[
        {"line_no": line.line_no, "picked": line.quantity + 1, "missing": 0}])
    assert result["status"] == "rejected"
    assert lines_of(api, order.id)[0].picked_quantity == 0


def test_partial_handover_refunds_the_refused_line_and_keeps_the_rest(api: Api) -> None:
    with api.sessions() as session:
        order = next(o for o in session.scalars(select(Order).where(
            Order.store_id == "S001", Order.pickup_state == "ready",
            Order.payment_state == "paid")) if len(o.lines) >= 2)
        first, second = order.lines[0], order.lines[1]
        order_id, number = order.id, order.number
        first_no, first_qty, second_no = first.line_no, first.quantity, second.line_no
        second_paid = second.unit_price_cents - second.discount_cents // second.quantity
    desk = Desk(api)
    assert desk.send("pickup.checked_in", order_id=order_id, method="code",
                     collector_name="Paul Martin")["status"] == "applied"
    visit = {"order_id": order_id, "handover_id": "0b5c8a3e-1111-4d4d-9a9a-000000000001",
             "method": "code", "collector_name": "Paul Martin", "lines": [
                 {"line_no": first_no, "handed_over": first_qty},
                 {"line_no": second_no, "refused": 1, "reason": "damaged"}]}
    assert desk.send("pickup.handed_over", **visit)["status"] == "applied"
    lines = {line.line_no: line for line in lines_of(api, order_id)}
    assert lines[first_no].handed_over_quantity == first_qty
    assert lines[second_no].refused_quantity == 1
    server = api.order(order_id)
    assert server.collector_name == "Paul Martin"
    with api.sessions() as session:
        refund = session.scalars(select(Return).where(Return.order_id == order_id)).one()
        assert (refund.source, refund.refund_cents) == ("pickup_refusal", second_paid)
    left = sum(line.picked_quantity - line.handed_over_quantity - line.refused_quantity
               for line in lines.values())
    assert server.pickup_state == ("ready" if left else "collected"), number


def test_the_same_order_handed_over_by_two_tablets_is_one_handover_and_one_conflict(
        api: Api) -> None:
    order_id = ready_order(api)
    lines = [{"line_no": line.line_no, "handed_over": line.quantity}
             for line in lines_of(api, order_id)]
    first, second = Desk(api, "desk-1"), Desk(api, "desk-2")
    results = []
    for desk, visit_id in ((first, "1"), (second, "2")):
        desk.send("pickup.checked_in", order_id=order_id, method="pass")
        results.append(desk.send(
            "pickup.handed_over", order_id=order_id, method="pass", lines=lines,
            handover_id=f"0b5c8a3e-2222-4d4d-9a9a-00000000000{visit_id}")["status"])
    assert results == ["applied", "conflict"]
    assert api.order(order_id).pickup_state == "collected"
    assert all(line.handed_over_quantity == line.quantity for line in lines_of(api, order_id))


def test_an_unpaid_order_is_not_handed_over(api: Api) -> None:
    order = order_in(api, "to_prepare", paid=False)
    with api.sessions() as session, session.begin():
        server = session.get(Order, order.id)
        assert server is not None
        server.pickup_state = "ready"
        for line in server.lines:
            line.picked_quantity = line.quantity
    result = Desk(api).send("pickup.handed_over", order_id=order.id, method="code",
                            handover_id="0b5c8a3e-3333-4d4d-9a9a-000000000001",
                            lines=[{"line_no": 1, "handed_over": 1}])
    assert result["status"] == "conflict"
    assert "not paid" in result["reason"]
    assert api.order(order.id).pickup_state == "ready"


def test_a_deadline_is_extended_once_then_the_order_goes_back_to_stock(api: Api) -> None:
    order_id = ready_order(api)
    before = api.order(order_id).pickup_deadline
    desk = Desk(api)
    assert desk.send("pickup.extended", order_id=order_id)["status"] == "applied"
    after = api.order(order_id)
    assert before is not None and after.pickup_deadline is not None
    assert after.pickup_deadline >= before
    assert after.extensions == 1
    assert desk.send("pickup.extended", order_id=order_id)["status"] == "conflict"
    assert desk.send("pickup.expired", order_id=order_id)["status"] == "applied"
    gone = api.order(order_id)
    assert (gone.pickup_state, gone.status, gone.payment_state) == (
        "expired", "cancelled", "refund_due")
    with api.sessions() as session:
        assert session.scalar(select(func.count()).select_from(PickupNotice).where(
            PickupNotice.order_id == order_id, PickupNotice.kind == "extended")) == 1


def test_a_check_in_after_another_tablet_collected_it_changes_nothing(api: Api) -> None:
    order = order_in(api, "collected")
    result = Desk(api).send("pickup.checked_in", order_id=order.id, method="pass")
    assert result["status"] == "applied"
    assert result["details"] == {"no_change": "collected"}
    assert api.order(order.id).pickup_state == "collected"
