"""Every write authorised, every read of a kiosk proven: the central API over HTTP (SQLite
and PostgreSQL) refuses what a device's kind, its store or its staff do not allow, says
why, changes nothing and keeps the attempt for audit."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from cloud_stub.core import keys
from cloud_stub.core.security import hash_token, new_token
from cloud_stub.models import (
    Customer,
    Device,
    LoyaltyCard,
    Order,
    RejectedEvent,
    Return,
    Voucher,
)
from sync.protocol import EVENT_PAYLOADS
from sync.sqltypes import utcnow
from tests.cloud_stub.conftest import ASSOCIATE, MANAGER, MANAGER_NAME, Api, event, ready_order
from tests.cloud_stub.judging.test_returns_api import a_return, delivered_order

KIOSK_TYPES = {"customer.identified", "pickup.checked_in", "assistance.requested",
               "feedback.given"}


def kiosk_headers(api: Api, store: str = "S001") -> dict[str, str]:
    key = ("kiosk", store)
    if key not in api.tokens:
        device_id = f"kio-{store.lower()}-{uuid.uuid4().hex[:6]}"
        token = new_token(device_id)
        with api.sessions() as session, session.begin():
            session.add(Device(id=device_id, store_id=store, name="kiosk", kind="kiosk",
                               token_hash=hash_token(token)))
        api.tokens[key] = token
    return {"Authorization": f"Bearer {api.tokens[key]}"}


def post(api: Api, headers: dict[str, str], *events: dict[str, Any]) -> list[dict[str, Any]]:
    device_id = headers["Authorization"].removeprefix("Bearer ").split(".")[0]
    answer = api.client.post("/v1/events", headers=headers,
                             json={"device_id": device_id, "events": list(events)})
    assert answer.status_code == 200, answer.text
    results: list[dict[str, Any]] = answer.json()["results"]
    return results


def counts(api: Api) -> tuple[int, int, int, int]:
    """Vouchers, returns, loyalty points in all, orders checked in: what must not move."""
    with api.sessions() as session:
        return (session.scalar(select(func.count()).select_from(Voucher)) or 0,
                session.scalar(select(func.count()).select_from(Return)) or 0,
                session.scalar(select(func.sum(Customer.points_balance))) or 0,
                session.scalar(select(func.count()).select_from(Order).where(
                    Order.pickup_state == "checked_in")) or 0)


# --- kinds of device -----------------------------------------------------------------------


@pytest.mark.parametrize("type_", sorted(set(EVENT_PAYLOADS) - KIOSK_TYPES))
def test_a_kiosk_may_not_record_what_only_staff_do(api: Api, type_: str) -> None:
    before = counts(api)
    (result,) = post(api, kiosk_headers(api),
                     event(1, type_, actor=None, order_id="O000001", customer_id="C00001",
                           return_id="R-X-000001", voucher_id="V-X-000001", points=500,
                           amount_cents=99_999_999))
    assert result["status"] == "rejected"
    assert f"kiosk may not record {type_}" in result["reason"]
    assert counts(api) == before
    with api.sessions() as session:
        audit = session.scalars(select(RejectedEvent).where(
            RejectedEvent.type == type_)).one()
        assert audit.device_id.startswith("kio-") and "kiosk" in audit.reason


def test_a_kiosk_records_what_a_customer_does_and_nothing_in_staffs_name(api: Api) -> None:
    headers = kiosk_headers(api)
    order_id = ready_order(api)
    searched, named, by_desk, own = post(
        api, headers,
        event(1, "customer.identified", actor=None, customer_id="C00001", method="search"),
        event(2, "customer.identified", actor=ASSOCIATE, customer_id="C00001", method="pass"),
        event(3, "pickup.checked_in", entity=f"order:{order_id}", actor=None,
              order_id=order_id, method="pass"),
        event(4, "customer.identified", actor=None, customer_id="C00001", method="pass"))
    assert searched["status"] == "rejected" and "own pass or card" in searched["reason"]
    assert named["status"] == "rejected" and "no staff member" in named["reason"]
    assert by_desk["status"] == "rejected" and "method kiosk" in by_desk["reason"]
    assert own["status"] == "applied"
    (checked_in,) = post(api, headers, event(5, "pickup.checked_in",
                                             entity=f"order:{order_id}", actor=None,
                                             order_id=order_id, method="kiosk"))
    assert checked_in["status"] == "applied"
    assert api.order(order_id).pickup_state == "checked_in"


def test_a_kiosk_checks_in_only_its_own_stores_ready_orders(api: Api) -> None:
    with api.sessions() as session, session.begin():
        order = session.scalars(select(Order).where(
            Order.store_id == "S002", Order.fulfilment == "click_collect")).first()
        assert order is not None
        order.pickup_state, foreign = "ready", order.id
    with api.sessions() as session:
        early = session.scalars(select(Order.id).where(
            Order.store_id == "S001", Order.pickup_state == "to_prepare")).first()
    other, not_ready = post(
        api, kiosk_headers(api),
        event(1, "pickup.checked_in", entity=f"order:{foreign}", actor=None,
              order_id=foreign, method="kiosk"),
        event(2, "pickup.checked_in", entity=f"order:{early}", actor=None,
              order_id=early, method="kiosk"))
    assert other["status"] == "rejected" and "another store" in other["reason"]
    assert not_ready["status"] != "applied"
    assert api.order(foreign).pickup_state == "ready"


# --- the staff member named --------------------------------------------------------------


@pytest.mark.parametrize(("actor", "why"), [
    (None, "names no staff member"),
    ("S002:1001", "not an active staff member of store S001"),
    ("S001:9999", "not an active staff member of store S001"),
])
def test_a_tablets_event_names_an_active_staff_member_of_its_store(
        api: Api, actor: str | None, why: str) -> None:
    order_id = ready_order(api)
    (result,) = post(api, api.headers(), event(1, "pickup.checked_in",
                                               entity=f"order:{order_id}", actor=actor,
                                               order_id=order_id, method="pass"))
    assert result["status"] == "rejected" and why in result["reason"]
    assert api.order(order_id).pickup_state == "ready"
    with api.sessions() as session:
        audit = session.scalars(select(RejectedEvent)).one()
        assert audit.actor == actor  # kept as claimed, for the security team


def test_a_removed_staff_member_records_nothing_any_more(api: Api) -> None:
    from cloud_stub.crud.staff import deactivate_staff

    with api.sessions() as session, session.begin():
        deactivate_staff(session, "S001", "1002")
    (result,) = post(api, api.headers(), event(1, actor="S001:1002"))
    assert result["status"] == "rejected" and "S001:1002" in result["reason"]


def test_a_lock_out_is_recorded_with_nobody_logged_in(api: Api) -> None:
    (result,) = post(api, api.headers(), event(
        1, "staff.locked_out", actor=None, staff_number="1001", attempts=5,
        locked_until=(utcnow() + timedelta(minutes=15)).isoformat()))
    assert result["status"] == "applied"


# --- what only a manager does --------------------------------------------------------------


@pytest.mark.parametrize(("actor", "by", "why"), [
    (ASSOCIATE, "Camille Laurent", "not a manager"),
    ("S002:2001", MANAGER_NAME, "not an active staff member of store S001"),
    (MANAGER, "Chloé", "the override names 'Chloé'"),
])
def test_a_return_outside_the_policy_needs_the_manager_logged_in(
        api: Api, actor: str, by: str, why: str) -> None:
    old = delivered_order(api, days_ago=45, skip=1)
    (result,) = post(api, api.headers(), event(
        1, "return.recorded", entity=f"order:{old.id}", actor=actor,
        **a_return(old, "R-LATE-000009", override={"by": by, "reason": "Faulty seam"})))
    assert result["status"] == "rejected" and why in result["reason"]
    with api.sessions() as session:
        assert session.get(Return, "R-LATE-000009") is None


def test_only_a_manager_discards_a_refused_event(api: Api) -> None:
    payload = {"discarded_id": str(uuid.uuid4()), "discarded_seq": 3,
               "discarded_type": "return.recorded"}
    associate, manager = post(
        api, api.headers(),
        event(1, "event.discarded", entity="outbox:3", **payload),
        event(2, "event.discarded", entity="outbox:3b", actor=MANAGER, **payload))
    assert associate["status"] == "rejected" and "only a manager" in associate["reason"]
    assert manager["status"] == "applied"


# --- facts checked against the world -------------------------------------------------------


def booked_return(api: Api, return_id: str = "R-DEV-000001") -> tuple[Order, int]:
    """A return of one unit of a delivered order, booked at S001: (the order, its refund)."""
    order = delivered_order(api)
    payload = a_return(order, return_id)
    (result,) = post(api, api.headers(), event(1, "return.recorded",
                                               entity=f"order:{order.id}", **payload))
    assert result["status"] == "applied", result
    return order, int(payload["refund_cents"])


def voucher(seq: int, voucher_id: str, return_id: str, customer_id: str | None,
            cents: int) -> dict[str, Any]:
    return event(seq, "voucher.issued", entity=f"voucher:{voucher_id}", voucher_id=voucher_id,
                 return_id=return_id, customer_id=customer_id, amount_cents=cents,
                 expires_at=(utcnow() + timedelta(days=365)).isoformat())


def test_vouchers_never_exceed_the_refund_of_the_return_they_pay_for(api: Api) -> None:
    order, refund = booked_return(api)
    # Worked by hand: two vouchers of half the refund fill it; a third cent is one too many.
    half = refund // 2
    first, second, third = post(
        api, api.headers(),
        voucher(2, "V-DEV-000001", "R-DEV-000001", order.customer_id, half),
        voucher(3, "V-DEV-000002", "R-DEV-000001", order.customer_id, refund - half),
        voucher(4, "V-DEV-000003", "R-DEV-000001", order.customer_id, 1))
    assert (first["status"], second["status"]) == ("applied", "applied")
    assert third["status"] == "rejected" and f"which refunds {refund}" in third["reason"]
    with api.sessions() as session:
        issued = session.scalar(select(func.sum(Voucher.amount_cents)).where(
            Voucher.return_id == "R-DEV-000001"))
        assert issued == refund


def test_no_voucher_for_an_unknown_return_another_customers_or_another_stores(
        api: Api) -> None:
    order, refund = booked_return(api)
    with api.sessions() as session:
        stranger = session.scalars(select(Customer.id).where(
            Customer.id != order.customer_id)).first()
    before = counts(api)
    unknown, someone_else = post(
        api, api.headers(),
        voucher(2, "V-DEV-000011", "R-DEV-999999", order.customer_id, 99_999_999),
        voucher(3, "V-DEV-000012", "R-DEV-000001", stranger, refund))
    assert unknown["status"] == "rejected" and "unknown return" in unknown["reason"]
    assert someone_else["status"] == "rejected" and "not this customer" in someone_else["reason"]
    other_store = {"Authorization": f"Bearer {api.token('S002')}"}
    (elsewhere,) = post(api, other_store, {**voucher(1, "V-DEV-000013", "R-DEV-000001",
                                                     order.customer_id, refund),
                                           "actor": "S002:1001"})
    assert elsewhere["status"] == "rejected" and "another store" in elsewhere["reason"]
    assert counts(api) == before  # no voucher row, not even one on hold


def test_points_are_taken_back_only_for_that_customers_return_of_that_order(api: Api) -> None:
    order, _ = booked_return(api)
    other = delivered_order(api, skip=2)
    before = counts(api)
    wrong_order, wrong_customer = post(
        api, api.headers(),
        event(2, "loyalty.reversed", entity=f"customer:{order.customer_id}",
              customer_id=order.customer_id, order_id=other.id, return_id="R-DEV-000001",
              points=1),
        event(3, "loyalty.reversed", entity=f"customer:{other.customer_id}",
              customer_id=other.customer_id, order_id=order.id, return_id="R-DEV-000001",
              points=1))
    assert wrong_order["status"] == "rejected" and "not a return of order" in wrong_order["reason"]
    assert wrong_customer["status"] == "rejected" \
        and "not this customer" in wrong_customer["reason"]
    assert counts(api) == before


# --- what a kiosk reads --------------------------------------------------------------------


def a_customer_with_a_card_and_orders(api: Api) -> tuple[str, str]:
    with api.sessions() as session:
        card = session.scalars(select(LoyaltyCard).join(Order, Order.customer_id ==
                                                        LoyaltyCard.customer_id)
                               .where(Order.store_id == "S001")).first()
        assert card is not None
        return card.customer_id, card.number


def test_a_kiosk_reads_a_customer_only_with_their_pass_and_never_their_contact(
        api: Api) -> None:
    customer_id, card = a_customer_with_a_card_and_orders(api)
    with api.sessions() as session, session.begin():
        store_pass = keys.store_pass(session, customer_id, None, None, 600)
        other_pass = keys.store_pass(session, "C00002" if customer_id != "C00002" else "C00003",
                                     None, None, 600)
        customer = session.get(Customer, customer_id)
        assert customer is not None
        secrets = [customer.email, customer.phone, customer.last_name]
    url = f"/v1/customers/{customer_id}/context"
    headers = kiosk_headers(api)
    assert api.client.get(url, headers=headers).status_code == 403
    assert api.client.get(url, headers={**headers, "Store-Pass": other_pass}).status_code == 403
    assert api.client.get(url, headers={**headers, "Store-Pass": "garbage"}).status_code == 403
    with_card = api.client.get(url, headers={**headers, "Loyalty-Card": card})
    assert with_card.status_code == 200
    assert with_card.json()["orders"] == []  # the card opens the cart and points only
    with_pass = api.client.get(url, headers={**headers, "Store-Pass": store_pass})
    assert with_pass.status_code == 200
    body = with_pass.json()
    assert body["customer"]["first_name"] == customer.first_name
    assert body["browsing"] == [] and body["orders"]
    assert all(o["pickup_code"] is None and o["store_id"] in ("S001", None)
               for o in body["orders"])
    for text in (with_card.text, with_pass.text):
        assert not any(secret in text for secret in secrets)


def test_a_kiosks_feeds_hold_no_customer_and_no_pickup_code(api: Api) -> None:
    headers = kiosk_headers(api)
    customers = api.client.get("/v1/changes", params={"feed": "customers", "limit": 500},
                               headers=headers).json()
    orders = api.client.get("/v1/changes", params={"feed": "orders", "limit": 500},
                            headers=headers).json()["items"]
    assert customers["items"] == [] and not customers["has_more"]
    assert orders and all(o["data"]["pickup_code"] is None and o["data"]["customer_name"] is None
                          for o in orders)
    with api.sessions() as session:
        foreign = session.scalars(select(Order.id).where(Order.store_id == "S002")).first()
    assert api.client.get(f"/v1/orders/{foreign}", headers=headers).status_code == 403
