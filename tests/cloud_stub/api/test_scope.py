"""What a store's devices get of the retailer: the desk's orders, the working set of
customers, the store's stock and a per-product summary of the others (SQLite and
PostgreSQL, over HTTP)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from cloud_stub.crud.clock import next_version
from cloud_stub.crud.working_set import erase_customer, order_moved
from cloud_stub.models import (
    Customer,
    LoyaltyCard,
    Order,
    StockLevel,
    StoreCustomer,
)
from sync.sqltypes import utcnow
from tests.cloud_stub.api.test_authorisation import kiosk_headers
from tests.cloud_stub.conftest import Api, event


def cursor_at_end(api: Api, feed: str, store: str = "S001") -> str:
    cursor = None
    while True:
        params: dict[str, Any] = {"feed": feed, "limit": 2000}
        if cursor:
            params["cursor"] = cursor
        page = api.client.get("/v1/changes", params=params, headers=api.headers(store)).json()
        cursor = page["cursor"]
        if not page["has_more"]:
            return str(cursor)


def pull_after(api: Api, feed: str, cursor: str, store: str = "S001") -> list[dict[str, Any]]:
    answer = api.client.get("/v1/changes", params={"feed": feed, "cursor": cursor,
                                                   "limit": 2000}, headers=api.headers(store))
    assert answer.status_code == 200, answer.text
    return list(answer.json()["items"])


def outsider(api: Api, store: str = "S001") -> str:
    """A customer who never bought or was seen at `store`."""
    with api.sessions() as session:
        members = select(StoreCustomer.customer_id).where(StoreCustomer.store_id == store)
        customer = session.scalars(select(Customer.id).where(
            Customer.id.not_in(members), ~Customer.deleted).order_by(Customer.id)).first()
        assert customer is not None
        return customer


def test_the_orders_feed_is_the_stores_desk_and_its_returnable_sales(api: Api) -> None:
    now = utcnow()
    with api.sessions() as session, session.begin():
        sales = session.scalars(select(Order).where(
            Order.store_id == "S001", Order.fulfilment == "in_store").order_by(Order.id)).all()
        old_sale, recent_sale = sales[0], sales[1]
        old_sale.created_at = now - timedelta(days=61)  # the longest window is 60 days
        recent_sale.created_at = now - timedelta(days=59)
        cancelled = session.scalars(select(Order).where(
            Order.store_id == "S001", Order.pickup_state.in_(("cancelled", "expired")))).first()
        assert cancelled is not None
        cancelled.pickup_deadline = now - timedelta(days=8)  # the desk keeps 7 days
        for order in (old_sale, recent_sale, cancelled):
            order.version = next_version(session)
        ids = (old_sale.id, recent_sale.id, cancelled.id)
    items = {i["id"]: i["data"] for i in api.pull_all("orders", limit=50)}
    assert items, "the desk has orders"
    assert all(d["store_id"] == "S001" and d["fulfilment"] != "delivery"
               for d in items.values())
    assert ids[0] not in items and ids[2] not in items and ids[1] in items
    assert any(d["pickup_state"] == "to_prepare" for d in items.values())


def test_an_order_placed_for_pickup_here_brings_its_customer(api: Api) -> None:
    customer_id = outsider(api)
    cursors = {store: cursor_at_end(api, "customers", store) for store in ("S001", "S002")}
    with api.sessions() as session, session.begin():
        template = session.scalars(select(Order).where(
            Order.store_id == "S001", Order.pickup_state == "to_prepare")).first()
        assert template is not None
        order = Order(
            id="O900001", number="WEB-900001", customer_id=customer_id, channel="web",
            fulfilment="click_collect", store_id="S001", status="placed",
            payment_state="paid", pickup_state="to_prepare", pickup_code="123456",
            created_at=utcnow(), subtotal_cents=5000, discount_cents=0, total_cents=5000,
            version=next_version(session))
        session.add(order)
        session.flush()
        order_moved(session, order, utcnow())
    arrived = pull_after(api, "customers", cursors["S001"])
    assert [(i["id"], i["deleted"]) for i in arrived] == [(customer_id, False)]
    assert arrived[0]["data"]["email"]
    assert pull_after(api, "customers", cursors["S002"], "S002") == []


def test_a_customer_identified_here_joins_and_leaves_after_30_untouched_days(
        api: Api) -> None:
    customer_id = outsider(api)
    cursor = cursor_at_end(api, "customers")
    answer = api.client.post("/v1/events", headers=api.headers(), json={
        "device_id": api.device_id(), "events": [
            event(1, customer_id=customer_id, method="search")]})
    assert answer.json()["results"][0]["status"] == "applied"
    assert [i["id"] for i in pull_after(api, "customers", cursor)] == [customer_id]
    assert customer_id in {i["id"] for i in api.pull_all("customers", limit=500)}
    with api.sessions() as session, session.begin():
        member = session.get(StoreCustomer, ("S001", customer_id))
        assert member is not None
        member.seen_at = utcnow() - timedelta(days=31)
    assert customer_id not in {i["id"] for i in api.pull_all("customers", limit=500)}


def test_an_erased_customer_leaves_every_store_that_held_them(api: Api) -> None:
    with api.sessions() as session:
        customer_id = session.scalars(select(StoreCustomer.customer_id).where(
            StoreCustomer.store_id == "S001", StoreCustomer.open_pickup)).first()
    assert customer_id is not None
    cursors = {feed: cursor_at_end(api, feed) for feed in ("customers", "orders")}
    with api.sessions() as session, session.begin():
        assert erase_customer(session, customer_id)
        assert not erase_customer(session, customer_id)  # once is enough
    gone = pull_after(api, "customers", cursors["customers"])
    assert [(i["id"], i["deleted"], i["data"]) for i in gone] == [(customer_id, True, None)]
    orders = pull_after(api, "orders", cursors["orders"])
    assert orders and all(o["data"]["customer_name"] is None for o in orders
                          if o["data"]["customer_id"] == customer_id)
    with api.sessions() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None and (customer.email, customer.phone) == ("", "")
        assert session.scalars(select(LoyaltyCard).where(
            LoyaltyCard.customer_id == customer_id)).first() is None
    assert customer_id not in {i["id"] for i in api.pull_all("customers", limit=500)}


def test_browsing_travels_only_for_customers_who_agreed(api: Api) -> None:
    items = [i["data"] for i in api.pull_all("customers", limit=500)]
    agreed = [d for d in items if d["consents"]["personalisation"]]
    refused = [d for d in items if not d["consents"]["personalisation"]]
    assert agreed and refused
    assert all(d["recent_browsing"] == [] for d in refused)
    assert any(d["recent_browsing"] for d in agreed)


def test_stock_is_this_stores_and_a_summary_of_the_others(api: Api) -> None:
    stock = api.pull_all("stock", limit=500)
    assert stock and {i["data"]["store_id"] for i in stock} == {"S001"}
    summaries = {i["id"]: i["data"] for i in api.pull_all("availability", limit=500)}
    with api.sessions() as session:
        levels = session.scalars(select(StockLevel)).all()
    products = {level.product_id for level in levels}
    assert set(summaries) == products  # one item per product, whatever the stores
    for product_id in sorted(products)[:20]:
        others = {lv.store_id: lv.quantity for lv in levels
                  if lv.product_id == product_id and lv.store_id != "S001" and lv.quantity > 0}
        summary = summaries[product_id]
        assert summary["stores_in_stock"] == len(others)
        assert {n["store_id"]: n["quantity"] for n in summary["nearest"]} \
            == {k: v for k, v in others.items() if k in {n["store_id"] for n in
                                                            summary["nearest"]}}
        assert len(summary["nearest"]) == min(3, len(others))
    # Paris: Lille (204 km) is nearer than Lyon (392 km), Lyon nearer than Bordeaux (499 km)
    order = {"S003": 0, "S002": 1, "S004": 2}
    for summary in summaries.values():
        ranks = [order[n["store_id"]] for n in summary["nearest"]]
        assert ranks == sorted(ranks)


def test_search_ranks_the_whole_customer_base_for_tablets_only(api: Api) -> None:
    customer_id = outsider(api)
    with api.sessions() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        email, last_name = customer.email, customer.last_name
        card = session.scalars(select(LoyaltyCard.number).where(
            LoyaltyCard.customer_id == customer_id)).first()
    found = api.client.get("/v1/customers", params={"q": email.upper()},
                           headers=api.headers()).json()
    assert [h["id"] for h in found["items"]][:1] == [customer_id]
    by_name = api.client.get("/v1/customers", params={"q": last_name},
                             headers=api.headers()).json()
    assert customer_id in {h["id"] for h in by_name["items"]} or by_name["has_more"]
    assert all(last_name.lower() in f"{h['first_name']} {h['last_name']} {h['email']}".lower()
               for h in by_name["items"])
    if card:
        owner = api.client.get(f"/v1/loyalty-cards/{card}", headers=api.headers())
        assert owner.json() == {"customer_id": customer_id}
    assert api.client.get("/v1/loyalty-cards/2999999999999",
                          headers=api.headers()).status_code == 404
    assert api.client.get("/v1/customers", params={"q": "a"},
                          headers=api.headers()).status_code == 422
    kiosk = api.client.get("/v1/customers", params={"q": last_name}, headers=kiosk_headers(api))
    assert kiosk.status_code == 403 and customer_id not in kiosk.text
