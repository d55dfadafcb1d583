"""The one scan handler against the local copy (no Qt, no server)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from kiosk.services.scans import handle_scan
from kiosk.store import LocalStore
from kiosk.store.models import OutboxEvent
from kiosk.store.replica import StoreReplica
from sync.protocol import FeedItem, FeedPage
from tests.kiosk.scanning.test_payloads import ISSUER_A, NOW


def with_policy(replica: StoreReplica) -> None:
    replica.apply_page(FeedPage(feed="policy", cursor="e.20", has_more=False, items=[
        FeedItem(kind="jwks", id="pass-signing", version=20, data={"keys": [ISSUER_A.jwk]}),
        FeedItem(kind="store", id="S001", version=21, data={"id": "S001", "name": "Rivoli"}),
    ]))
    replica.apply_page(FeedPage(feed="catalog", cursor="e.22", has_more=False, items=[
        FeedItem(kind="product", id="P1", version=22, data={
            "gtin": "3760000000017", "sku": "X", "name": "Veja V-10 Blanc", "brand": "Veja",
            "category": "Sneakers", "price_cents": 14900})]))
    replica.apply_page(FeedPage(feed="stock", cursor="e.24", has_more=False, items=[
        FeedItem(kind="stock", id="S001:P1", version=23,
                 data={"store_id": "S001", "product_id": "P1", "quantity": 4, "aisle": "A3"}),
    ]))
    replica.apply_page(FeedPage(feed="availability", cursor="e.25", has_more=False, items=[
        FeedItem(kind="availability", id="P1", version=25, data={
            "product_id": "P1", "stores_in_stock": 3, "nearest": [
                {"store_id": "S003", "name": "Lille Centre", "quantity": 9},
                {"store_id": "S002", "name": "Lyon Part-Dieu", "quantity": 2}]})]))


def events(store: LocalStore) -> list[tuple[str, dict]]:
    with store.read() as session:
        return [(e.type, e.payload) for e in session.scalars(select(OutboxEvent))]


def test_each_kind_of_code_opens_its_page(store: LocalStore, replica: StoreReplica) -> None:
    with_policy(replica)
    now = NOW
    store_pass = ISSUER_A.sign("store-pass", sub="C1")
    outcome = handle_scan(store, store_pass, now=now)
    assert outcome.kind == "customer" and outcome.customer.last_name == "Martin"
    assert handle_scan(store, "2900000000018", now=now).customer.customer_id == "C1"
    assert events(store) == [("customer.identified", {"customer_id": "C1", "method": "pass"}),
                             ("customer.identified", {"customer_id": "C1", "method": "card"})]
    pickup = handle_scan(store, ISSUER_A.sign("pickup", sub="O1", store="S001"), now=now)
    assert (pickup.kind, pickup.order_id) == ("pickup", "O1")
    receipt = handle_scan(store, ISSUER_A.sign("receipt", sub="O2"), now=now)
    assert (receipt.kind, receipt.order_number) == ("return", "WEB-O2")
    product = handle_scan(store, "3760000000017", now=now).product
    assert (product.in_stock_here, product.aisle, product.in_other_stores) == (4, "A3", 3)
    assert [(n.name, n.quantity) for n in product.nearest] == [("Lille Centre", 9),
                                                               ("Lyon Part-Dieu", 2)]


def test_refusals_change_nothing(store: LocalStore, replica: StoreReplica) -> None:
    with_policy(replica)
    cases = {
        "2900000000025": "card_needs_network",  # not held here, and no network to ask
        "2900000000013": "bad_check_digit",
        "3760000000024": "product_unknown",
        ISSUER_A.sign("pickup", sub="NOPE", store="S001"): "order_not_local_offline",
        ISSUER_A.sign("pickup", sub="O1", store="S002"): "other_store",
        "'; DELETE FROM outbox; --": "not_recognised",
    }
    for text, reason in cases.items():
        outcome = handle_scan(store, text, now=NOW)
        assert (outcome.kind, outcome.refusal) == ("refused", reason), text
    assert events(store) == []


def test_a_verified_pass_for_a_customer_not_in_the_copy_opens_a_minimal_view(
        store: LocalStore, replica: StoreReplica) -> None:
    with_policy(replica)
    outcome = handle_scan(store, ISSUER_A.sign("store-pass", sub="C77", cart="K1"), now=NOW)
    assert outcome.kind == "customer" and outcome.customer is not None
    assert (outcome.customer.source, outcome.customer.cart_id) == ("pass_only", "K1")
    assert events(store) == [("customer.identified", {"customer_id": "C77", "method": "pass"})]


def test_a_card_not_held_here_is_asked_of_the_central_api(
        store: LocalStore, replica: StoreReplica) -> None:
    with_policy(replica)
    owners = {"2900000000025": "C1"}
    asked: list[str] = []

    def central(number: str) -> str | None:
        asked.append(number)
        return owners.get(number)

    known = handle_scan(store, "2900000000025", now=NOW, card_lookup=central)
    assert known.kind == "customer" and known.customer.customer_id == "C1"
    unknown = handle_scan(store, "2900000000032", now=NOW, card_lookup=central)
    assert (unknown.kind, unknown.refusal) == ("refused", "card_unknown")
    held = handle_scan(store, "2900000000018", now=NOW, card_lookup=central)
    assert held.customer.customer_id == "C1"
    assert asked == ["2900000000025", "2900000000032"]  # the card held here is not asked


def test_before_the_first_sync_passes_cannot_be_verified(store: LocalStore) -> None:
    outcome = handle_scan(store, ISSUER_A.sign("store-pass", sub="C1"),
                          now=datetime.now(UTC))
    assert (outcome.kind, outcome.refusal) == ("refused", "unknown_key")
