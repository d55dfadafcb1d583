"""Customer 360 from the local copy and from a live context: sessions, cart with stock here,
orders waiting at this store first, consent, suggestions in stock here, odd data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.scanning.payloads import StorePass
from kiosk.services.customer_view import CustomerClosed, open_customer
from kiosk.services.errors import ActionRefused
from kiosk.services.handover import Pick, hand_over_cart, reserve_for_try_on
from kiosk.store import LocalStore
from kiosk.store.models import LocalCustomer, OutboxEvent
from kiosk.store.replica import StoreReplica
from sync.client import RequestRefused, Unreachable
from sync.protocol import FeedItem, FeedPage
from tests.kiosk.factories import order_item

NOW = datetime.now(UTC)


def product(pid: str, brand: str, category: str, color: str = "noir", active: bool = True,
            version: int = 1) -> FeedItem:
    return FeedItem(kind="product", id=pid, version=version, data={
        "id": pid, "gtin": f"376{pid[1:]:0>10}", "sku": f"SKU-{pid}", "name": f"{brand} {pid}",
        "brand": brand, "category": category, "price_cents": 5990,
        "attributes": {"color": color, "sizes": ["40", "41"]}, "active": active})


def stock(store: str, pid: str, quantity: int, version: int = 1) -> FeedItem:
    return FeedItem(kind="stock", id=f"{store}:{pid}", version=version,
                    data={"store_id": store, "product_id": pid, "quantity": quantity,
                          "aisle": "B3"})


def browse(session: str, pid: str | None, minutes_ago: int, query: str | None = None,
           channel: str = "web") -> dict[str, Any]:
    return {"session_id": session, "kind": "search" if query else "view", "product_id": pid,
            "query": query, "channel": channel,
            "occurred_at": (NOW - timedelta(minutes=minutes_ago)).isoformat()}


def customer(cid: str, consent: bool, browsing: list[dict[str, Any]],
             cart: list[tuple[str, int]] | None) -> FeedItem:
    return FeedItem(kind="customer", id=cid, version=1, data={
        "id": cid, "first_name": "Léa", "last_name": "Martin", "email": f"{cid}@example.com",
        "phone": "+33 6 12 34 56 78", "loyalty": {"tier": "gold", "points": 700,
                                                   "cards": ["2900000000018"]},
        "consents": {"personalisation": consent, "email": True, "sms": False},
        "vouchers": [{"id": "V1", "kind": "credit_note", "amount_cents": 2000,
                      "balance_cents": 1500, "expires_at": None},
                     {"id": "V2", "kind": "voucher", "amount_cents": 1000, "balance_cents": 0,
                      "expires_at": None}],
        "cart": {"id": f"CART-{cid}", "channel": "web", "status": "open",
                 "updated_at": NOW.isoformat(),
                 "lines": [{"product_id": p, "size": "41", "quantity": q,
                            "unit_price_cents": 5990} for p, q in cart]} if cart else None,
        "recent_browsing": browsing})


@pytest.fixture
def local(store: LocalStore) -> LocalStore:
    replica = StoreReplica(store, "dev-test")

    def page(feed: str, items: list[FeedItem]) -> None:
        replica.apply_page(FeedPage(feed=feed, cursor="e.9", has_more=False, items=items))

    page("policy", [FeedItem(kind="store", id="S001", version=1, data={"name": "Rivoli"})])
    page("catalog", [product("P1", "Vela", "sneakers", "blanc"),
                     product("P2", "Vela", "sneakers", "noir"),
                     product("P3", "Orso", "sneakers", "blanc"),
                     product("P4", "Vela", "jackets"),
                     product("P5", "Orso", "sneakers", active=False),
                     product("P6", "Kora", "bags")])
    page("availability", [FeedItem(kind="availability", id="P1", version=1, data={
        "product_id": "P1", "stores_in_stock": 2, "nearest": [
            {"store_id": "S003", "name": "Lille Centre", "quantity": 4},
            {"store_id": "S002", "name": "Lyon Part-Dieu", "quantity": 1}]})])
    page("stock", [stock("S001", "P1", 0), stock("S001", "P2", 6),
                   stock("S001", "P3", 2), stock("S001", "P4", 1), stock("S001", "P5", 3),
                   stock("S001", "P6", 9)])
    journey = [browse("s2", "P1", 5), browse("s2", "P1", 8), browse("s2", "P1", 12),
               browse("s2", None, 15, query="baskets blanches"),
               browse("s1", "P3", 60 * 24, channel="app"), browse("s1", "P404", 60 * 25)]
    page("customers", [customer("C1", True, journey, [("P1", 1), ("P404", 2)]),
                       customer("C2", False, journey, [("P2", 1)]),
                       customer("C3", True, [], None)])
    order_c1 = order_item("O1", "ready", 1)
    old = order_item("O2", "collected", 2)
    page("orders", [order_c1, old])
    return store


def identified(store: LocalStore) -> list[dict[str, Any]]:
    with store.read() as session:
        return [e.payload for e in session.scalars(select(OutboxEvent).where(
            OutboxEvent.type == "customer.identified"))]


def test_the_online_journey_grouped_by_session_newest_first(local: LocalStore) -> None:
    view = open_customer(local, "C1", "card")
    assert view.source == "local" and view.as_of is not None
    assert [s.session_id for s in view.sessions] == ["s2", "s1"]
    newest = view.sessions[0]
    assert [i.kind for i in newest.items] == ["view", "view", "view", "search"]
    assert newest.items[3].query == "baskets blanches"
    assert view.sessions[1].channel == "app"
    missing = view.sessions[1].items[1].product
    assert missing is not None and missing.name == "" and missing.availability == "unknown"
    assert identified(local) == [{"customer_id": "C1", "method": "card"}]


def test_the_cart_with_this_stores_stock(local: LocalStore) -> None:
    view = open_customer(local, "C1", "search")
    assert view.cart_id == "CART-C1"
    first, unknown = view.cart
    assert (first.product.product_id, first.quantity, first.size) == ("P1", 1, "41")
    assert first.product.availability == "other_stores" and first.product.in_other_stores == 2
    assert unknown.product.availability == "unknown" and unknown.quantity == 2


def test_orders_waiting_here_come_first_and_vouchers_with_a_balance(local: LocalStore) -> None:
    view = open_customer(local, "C1", "search")
    assert [(o.id, o.waiting_here) for o in view.orders] == [("O1", True), ("O2", False)]
    assert [v.id for v in view.vouchers] == ["V1"]
    assert (view.loyalty_tier, view.points_balance) == ("gold", 700)


def test_suggestions_are_in_stock_here_with_their_reasons(local: LocalStore) -> None:
    view = open_customer(local, "C1", "search")
    ids = [s.product.product_id for s in view.suggestions]
    assert "P1" not in ids, "viewed three times but out of stock here"
    assert "P5" not in ids, "discontinued"
    assert "P6" not in ids, "nothing in common with what they looked at"
    assert ids[0] == "P3", "viewed, same category"
    reasons = {s.product.product_id: dict(s.reasons) for s in view.suggestions}
    assert reasons["P3"]["viewed"] == 1
    assert "same_brand" in reasons["P2"] and "same_category" in reasons["P2"]
    assert all(s.product.in_stock_here > 0 for s in view.suggestions)


def test_no_consent_no_browsing_unless_they_show_their_own_pass(local: LocalStore) -> None:
    searched = open_customer(local, "C2", "search")
    assert not searched.browsing_visible and searched.browsing_hidden_reason == "no_consent"
    assert searched.sessions == [] and searched.suggestions == []
    assert [line.product.product_id for line in searched.cart] == ["P2"]
    shown_pass = open_customer(local, "C2", "pass")
    assert shown_pass.browsing_visible and shown_pass.sessions


def test_a_customer_with_no_history(local: LocalStore) -> None:
    view = open_customer(local, "C3", "search")
    assert not view.has_history and view.suggestions == [] and view.cart == []


def test_live_context_is_used_when_the_server_answers(local: LocalStore) -> None:
    def live(customer_id: str) -> dict[str, Any]:
        return {"customer": {"id": customer_id, "first_name": "Léa", "last_name": "Martin",
                             "loyalty": {"tier": "silver", "points": 20},
                             "consents": {"personalisation": True}},
                "cart": None, "browsing": [browse("s9", "P4", 1)],
                "orders": [], "returns": [{"id": "R1", "order_id": "O9"}]}

    view = open_customer(local, "C1", "search", live=live)
    assert view.source == "live" and view.points_balance == 20
    assert view.sessions[0].items[0].product.product_id == "P4"  # type: ignore[union-attr]
    assert [(r.id, r.order_id) for r in view.returns] == [("R1", "O9")]


def test_offline_falls_back_to_the_local_copy(local: LocalStore) -> None:
    def offline(customer_id: str) -> dict[str, Any]:
        raise Unreachable("ConnectionError")

    view = open_customer(local, "C1", "pass", live=offline)
    assert view.source == "local" and view.cart


def test_a_closed_account_is_said_and_not_recorded(local: LocalStore) -> None:
    def gone(customer_id: str) -> dict[str, Any]:
        raise RequestRefused(404, "not_found", "unknown customer")

    with pytest.raises(CustomerClosed):
        open_customer(local, "C1", "pass", live=gone)
    assert identified(local) == []


def test_offline_a_pass_for_a_customer_not_held_here_opens_what_it_carries(
        local: LocalStore) -> None:
    shown = StorePass("C999", None, "CART-9", NOW + timedelta(minutes=5), "j9",
                      "Inès", "Haddad")
    view = open_customer(local, "C999", "pass", store_pass=shown)
    assert (view.source, view.cart_id, view.name) == ("pass_only", "CART-9", "Inès Haddad")
    assert (view.email, view.phone, view.orders, view.sessions) == ("", "", [], [])
    with local.read() as session:  # nothing of them is kept: the pass was only read
        assert session.get(LocalCustomer, "C999") is None
    assert identified(local) == [{"customer_id": "C999", "method": "pass"}]
    with pytest.raises(ActionRefused):
        open_customer(local, "C999", "search")


# --- handing the online cart over -------------------------------------------------------------

def outbox(store: LocalStore, kind: str) -> list[dict[str, Any]]:
    with store.read() as session:
        return [e.payload for e in session.scalars(select(OutboxEvent).where(
            OutboxEvent.type == kind).order_by(OutboxEvent.seq))]


def test_reserving_for_try_on_counts_at_once_and_records_the_fact(local: LocalStore) -> None:
    reserved = reserve_for_try_on(local, "C1", [Pick("P2", "41", 2, 5990)], minutes=30)
    view = open_customer(local, "C2", "pass")
    [line] = view.cart
    assert (line.product.in_stock_here, line.product.reserved_here) == (4, 2)
    [event] = outbox(local, "stock.reserved")
    assert event["reservation_id"] == reserved.ids[0] and event["quantity"] == 2
    with pytest.raises(ActionRefused) as refused:
        reserve_for_try_on(local, "C1", [Pick("P2", "41", 5, 5990)])
    assert refused.value.code == "not_enough_stock" and refused.value.params["available"] == 4
    assert len(outbox(local, "stock.reserved")) == 1, "a refused reservation records nothing"


def test_handing_over_picked_lines_makes_one_basket(local: LocalStore) -> None:
    held = reserve_for_try_on(local, "C1", [Pick("P3", "41", 2, 5990)])
    basket = hand_over_cart(local, "C1", "CART-C1",
                            [Pick("P3", "41", 2, 5990), Pick("P1", "41", 1, 5990)], held.ids)
    assert basket.ref.startswith("B-") and basket.total_cents == 3 * 5990
    assert [(line.product.product_id, line.fulfilment) for line in basket.lines] == [
        ("P3", "take_now"), ("P1", "order")], "reserved for them, and not in stock here"
    [event] = outbox(local, "cart.handed_over")
    assert event["basket_ref"] == basket.ref and event["reservation_ids"] == held.ids
    assert [line["quantity"] for line in event["lines"]] == [2, 1]


@pytest.mark.parametrize("picks, code", [
    ([], "nothing_chosen"),
    ([Pick("P2", None, 0, 5990)], "quantity_out_of_range"),
    ([Pick("P2", None, 21, 5990)], "quantity_out_of_range"),
    ([Pick("P404", None, 1, 5990)], "product_unknown"),
    ([Pick("P5", None, 1, 5990)], "product_discontinued"),
])
def test_bad_baskets_are_refused_and_record_nothing(local: LocalStore, picks: list[Pick],
                                                    code: str) -> None:
    with pytest.raises(ActionRefused) as refused:
        hand_over_cart(local, "C1", "CART-C1", picks)
    assert refused.value.code == code
    assert outbox(local, "cart.handed_over") == []
