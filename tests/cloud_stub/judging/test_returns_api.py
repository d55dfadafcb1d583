"""Returns desk events on the central API (SQLite and PostgreSQL): a return booked once with
its voucher and points, never more than was sold across tablets, bad amounts refused."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from cloud_stub.models import Customer, Order, Product, Return, Voucher
from sync.rules.money import paid_for
from sync.sqltypes import utcnow
from tests.cloud_stub.conftest import MANAGER, MANAGER_NAME, Api, event
from tests.cloud_stub.judging.test_pickup_api import Desk, lines_of


def send_about(desk: Desk, entity: str, type_: str, **payload: Any) -> dict[str, Any]:
    """An event whose payload does not name its entity the way `Desk.send` expects."""
    desk.seq += 1
    answer = desk.api.client.post(
        "/v1/events", headers=desk.api.headers(tablet=desk.tablet), json={
            "device_id": desk.api.device_id(tablet=desk.tablet),
            "events": [event(desk.seq, type_, entity=entity, **payload)]})
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()["results"][0]
    return result


def delivered_order(api: Api, days_ago: int = 7, skip: int = 0) -> Order:
    """A delivered order of a customer, bought `days_ago` days ago, its first line a pair of
    sneakers (30-day window) not returned yet."""
    with api.sessions() as session, session.begin():
        order = session.scalars(select(Order).where(
            Order.fulfilment == "delivery", Order.status == "delivered",
            Order.customer_id.is_not(None)).order_by(Order.id).offset(skip).limit(1)).one()
        order.created_at = utcnow() - timedelta(days=days_ago)
        product = session.get(Product, order.lines[0].product_id)
        assert product is not None
        product.category = "Sneakers"
        order.lines[0].returned_quantity = 0
        order.payments  # noqa: B018 - loaded while the session is open
        session.flush()
        session.expunge_all()
        return order


def a_return(order: Order, return_id: str, units: int = 1, **changes: Any) -> dict[str, Any]:
    line = order.lines[0]
    refund = paid_for(line.unit_price_cents, line.discount_cents, line.quantity, units)
    payload: dict[str, Any] = {
        "return_id": return_id, "order_id": order.id, "customer_id": order.customer_id,
        "lines": [{"line_no": line.line_no, "quantity": units, "already_returned": 0,
                   "reason": "wrong_size", "condition": "new", "restock": True,
                   "refund_cents": refund}],
        "refund_method": "store_credit", "refund_cents": refund,
        "voucher_id": return_id.replace("R-", "V-", 1)}
    payload.update(changes)
    return payload


def test_a_return_its_voucher_and_points_are_booked_once(api: Api) -> None:
    order = delivered_order(api)
    desk = Desk(api)
    payload = a_return(order, "R-TAB-A-000001")
    assert desk.send("return.recorded", **payload)["status"] == "applied"
    issued = send_about(desk, f"order:{order.id}", "voucher.issued", voucher_id="V-TAB-A-000001",
                       return_id="R-TAB-A-000001", customer_id=order.customer_id,
                       amount_cents=payload["refund_cents"],
                       expires_at=(utcnow() + timedelta(days=365)).isoformat())
    assert issued["status"] == "applied"
    with api.sessions() as session:
        before = session.get(Customer, order.customer_id).points_balance  # type: ignore[union-attr]
    reversed_ = desk.send("loyalty.reversed", order_id=order.id, customer_id=order.customer_id,
                          return_id="R-TAB-A-000001", points=5)
    assert reversed_["status"] == "applied"
    with api.sessions() as session:
        booked = session.get(Return, "R-TAB-A-000001")
        assert booked is not None and booked.refund_cents == payload["refund_cents"]
        assert booked.details is not None and booked.details["restock"] == {"1": True}
        voucher = session.get(Voucher, "V-TAB-A-000001")
        assert voucher is not None and voucher.status == "active"
        assert voucher.customer_id == order.customer_id
        customer = session.get(Customer, order.customer_id)
        assert customer is not None and customer.points_balance == before - 5
    assert lines_of(api, order.id)[0].returned_quantity == 1
    # the same line again from another tablet, past what is left: a conflict, nothing moves
    other = Desk(api, tablet="other")
    left = order.lines[0].quantity - 1
    again = other.send("return.recorded", **a_return(order, "R-TAB-B-000001", units=left + 1))
    assert again["status"] in ("conflict", "rejected")
    assert lines_of(api, order.id)[0].returned_quantity == 1


def test_bad_returns_are_rejected_and_change_nothing(api: Api) -> None:
    order = delivered_order(api)
    desk = Desk(api)
    line = order.lines[0]
    used = order.payments[0].method
    unused = next(m for m in ("paypal", "cash", "gift_card", "card")
                  if m not in {p.method for p in order.payments})
    refund = paid_for(line.unit_price_cents, line.discount_cents, line.quantity, 1)
    bad = [
        a_return(order, "R-BAD-000001", lines=[{**a_return(order, "x")["lines"][0],
                                               "refund_cents": refund + 1}],
                 refund_cents=refund + 1),  # a cent more than the line's share
        a_return(order, "R-BAD-000002", refund_method="original_payment", voucher_id=None,
                 payments=[{"method": unused, "amount_cents": refund}]),
        a_return(order, "R-BAD-000003", lines=[{**a_return(order, "x")["lines"][0],
                                               "reason": "not_a_reason"}]),
        a_return(order, "R-BAD-000004", order_id="O999999"),
    ]
    for payload in bad:
        answer = desk.send("return.recorded", **payload)
        assert answer["status"] == "rejected", (payload, answer)
    # amounts that do not add up never pass the protocol itself
    answer = desk.send("return.recorded", **a_return(
        order, "R-BAD-000005", refund_method="original_payment", voucher_id=None,
        payments=[{"method": used, "amount_cents": refund - 1}]))
    assert answer["status"] == "rejected" and "add up" in (answer["reason"] or "")
    with api.sessions() as session:
        assert session.scalars(select(Return.id).where(Return.id.like("R-BAD-%"))).all() == []
    assert lines_of(api, order.id)[0].returned_quantity == 0


def test_an_order_still_in_delivery_or_out_of_policy_needs_more(api: Api) -> None:
    desk = Desk(api)
    with api.sessions() as session:
        shipped = session.scalars(select(Order).where(
            Order.fulfilment == "delivery", Order.status == "shipped").order_by(Order.id)).first()
        assert shipped is not None
        shipped.lines  # noqa: B018 - loaded while the session is open
    old = delivered_order(api, days_ago=45, skip=1)
    answer = desk.send("return.recorded", **a_return(shipped, "R-SHIP-000001"))
    assert answer["status"] == "rejected" and "in delivery" in answer["reason"]
    late = desk.send("return.recorded", **a_return(old, "R-LATE-000001"))
    assert late["status"] == "rejected" and "override" in late["reason"]
    allowed = desk.send("return.recorded", actor=MANAGER, **a_return(
        old, "R-LATE-000002", override={"by": MANAGER_NAME, "reason": "Faulty seam"}))
    assert allowed["status"] == "applied"
    with api.sessions() as session:
        booked = session.get(Return, "R-LATE-000002")
        assert booked is not None and booked.details is not None
        assert booked.details["override"] == {"by": MANAGER_NAME, "reason": "Faulty seam"}


def test_without_receipt_store_credit_at_the_lowest_price_within_the_yearly_limit(
        api: Api) -> None:
    with api.sessions() as session, session.begin():
        customer = session.scalars(select(Customer).order_by(Customer.id)).first()
        product = session.scalars(select(Product).where(
            Product.category == "Sneakers").order_by(Product.id)).first()
        assert customer is not None and product is not None
        product.attributes = {**product.attributes,
                              "lowest_30d_price_cents": product.price_cents - 1000}
        customer_id, product_id = customer.id, product.id
        lowest = product.price_cents - 1000
    desk = Desk(api)

    def without_receipt(n: int, refund: int) -> dict[str, Any]:
        return send_about(desk, f"customer:{customer_id}", "return.recorded", **{
            "return_id": f"R-NR-{n:06d}", "order_id": None, "customer_id": customer_id,
            "lines": [{"line_no": 1, "product_id": product_id, "quantity": 1,
                       "reason": "changed_mind", "condition": "opened", "restock": True,
                       "refund_cents": refund}],
            "refund_method": "store_credit", "refund_cents": refund})

    assert without_receipt(1, lowest + 1000)["status"] == "rejected"  # today's price: no
    for n in (2, 3, 4):
        assert without_receipt(n, lowest)["status"] == "applied"
    over = without_receipt(5, lowest)  # the seed's policy allows 3 a year
    assert over["status"] == "conflict" and "without receipt" in over["reason"]
    with api.sessions() as session:
        booked = session.scalars(select(Return).where(Return.customer_id == customer_id,
                                                      Return.order_id.is_(None))).all()
        assert sorted(r.id for r in booked) == ["R-NR-000002", "R-NR-000003", "R-NR-000004"]
    profile = next(item["data"] for item in api.pull_all("customers", limit=500)
                   if item["id"] == customer_id)
    assert profile["no_receipt_returns"] == 3
