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
        FeedItem(kind="stock", id="S002:P1", version=24,
                 data={"store_id": "S002", "product_id": "P1", "quantity": 9, "aisle": "B1"})]))


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
    assert (product.in_stock_here, product.aisle, product.in_other_stores) == (4, "A3", 9)


def test_refusals_change_nothing(store: LocalStore, replica: StoreReplica) -> None:
    with_policy(replica)
    cases = {
        "2900000000025": "card_unknown",
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


def test_before_the_first_sync_passes_cannot_be_verified(store: LocalStore) -> None:
    outcome = handle_scan(store, ISSUER_A.sign("store-pass", sub="C1"),
                          now=datetime.now(UTC))
    assert (outcome.kind, outcome.refusal) == ("refused", "unknown_key")
