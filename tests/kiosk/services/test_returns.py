"""The returns desk's services on the local copy: finding a purchase, what can come back,
the policy window and the manager's override, refunds, offline limits, bad input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.services import returns
from kiosk.services.returns import LineChoice, Override, RefundChoice
from kiosk.services.scans import handle_scan
from kiosk.store import LocalStore
from kiosk.store.models import LocalOrder, OutboxEvent
from kiosk.store.replica import StoreReplica
from sync.protocol import EVENT_PAYLOADS, FeedItem, FeedPage
from sync.records import OrderRecord
from tests.kiosk.factories import customer_item
from tests.kiosk.services.test_pickup import refused

NOW = datetime.now(UTC)


def product(pid: str, gtin: str, category: str, price: int,
            lowest: int | None = None) -> FeedItem:
    return FeedItem(kind="product", id=pid, version=1, data={
        "id": pid, "gtin": gtin, "sku": pid, "name": f"Article {pid}", "brand": "Veja",
        "category": category, "price_cents": price,
        "attributes": {} if lowest is None else {"lowest_30d_price_cents": lowest}})


def order(order_id: str, version: int, *, fulfilment: str = "delivery",
          status: str = "delivered", days_ago: int = 5, lines: list[dict[str, Any]],
          payments: list[tuple[str, int]], customer: str | None = "C1") -> FeedItem:
    total = sum(ln["unit_price_cents"] * ln["quantity"] - ln.get("discount_cents", 0)
                for ln in lines)
    return FeedItem(kind="order", id=order_id, version=version, data={
        "number": f"WEB-{100000 + version}", "customer_id": customer,
        "customer_name": "Léa Martin" if customer else None, "channel": "web",
        "fulfilment": fulfilment, "store_id": None if fulfilment == "delivery" else "S001",
        "status": status, "payment_state": "paid", "pickup_state": None,
        "created_at": (NOW - timedelta(days=days_ago)).isoformat(), "total_cents": total,
        "lines": [{"returned_quantity": 0, "discount_cents": 0, **ln} for ln in lines],
        "payments": [{"method": m, "amount_cents": a} for m, a in payments]})


@pytest.fixture
def desk(store: LocalStore) -> StoreReplica:
    replica = StoreReplica(store, "dev-a1")
    replica.apply_page(FeedPage(feed="catalog", cursor="c.1", has_more=False, items=[
        product("P1", "3760000000017", "Sneakers", 9900),
        product("P2", "3760000000024", "Sous-vêtements", 1500),
        product("P3", "3760000000031", "Accessoires", 2500),
        product("P9", "3760000000093", "Sneakers", 12000, lowest=8900)]))
    replica.apply_page(FeedPage(feed="policy", cursor="p.1", has_more=False, items=[
        FeedItem(kind="store", id="S001", version=1, data={"id": "S001", "name": "Lyon"}),
        FeedItem(kind="return_policy", id="default", version=2, data={
            "default_days": 30, "category_days": {"Accessoires": 14},
            "non_returnable_categories": ["Sous-vêtements"], "voucher_valid_days": 365,
            "no_receipt": {"refund": "store_credit", "max_per_customer_per_year": 2}}),
        FeedItem(kind="reason_codes", id="returns", version=3, data={"codes": [
            {"code": "wrong_size", "fr": "Taille inadaptée", "en": "Wrong size"},
            {"code": "damaged", "fr": "Article endommagé", "en": "Damaged item"}]}),
        FeedItem(kind="offline_limits", id="default", version=4, data={
            "refund_per_return_cents": 15000, "refund_per_device_day_cents": 25000}),
        FeedItem(kind="loyalty", id="default", version=5, data={"points_per_euro": 1})]))
    replica.apply_page(FeedPage(feed="orders", cursor="o.1", has_more=False, items=[
        # 3 sneakers at 99 € with 10 € off the line, and a cap: 297 + 25 - 10 = 312 €
        order("O1", 1, lines=[
            {"line_no": 1, "product_id": "P1", "quantity": 3, "unit_price_cents": 9900,
             "discount_cents": 1000},
            {"line_no": 2, "product_id": "P3", "quantity": 1, "unit_price_cents": 2500}],
            payments=[("gift_card", 2000), ("card", 29200)]),
        order("O2", 2, status="shipped", lines=[
            {"line_no": 1, "product_id": "P1", "quantity": 1, "unit_price_cents": 9900}],
            payments=[("card", 9900)]),
        order("O3", 3, days_ago=40, lines=[
            {"line_no": 1, "product_id": "P1", "quantity": 1, "unit_price_cents": 9900},
            {"line_no": 2, "product_id": "P2", "quantity": 1, "unit_price_cents": 1500}],
            payments=[("paypal", 11400)]),
        order("O4", 4, fulfilment="click_collect", status="completed", lines=[
            {"line_no": 1, "product_id": "P3", "quantity": 2, "unit_price_cents": 2500,
             "handed_over": 1, "refused": 1}],
            payments=[("card", 5000)], customer=None),
    ]))
    customer = customer_item("C1", 1, [])
    assert customer.data is not None
    customer.data["no_receipt_returns"] = 1
    replica.apply_page(FeedPage(feed="customers", cursor="u.1", has_more=False,
                                items=[customer]))
    return replica


def events(store: LocalStore) -> list[tuple[str, dict[str, Any]]]:
    with store.read() as session:
        return [(e.type, e.payload) for e in session.scalars(
            select(OutboxEvent).order_by(OutboxEvent.seq))]


def back(line_no: int, quantity: int, reason: str = "wrong_size",
         condition: str = "new") -> LineChoice:
    return LineChoice(line_no, quantity, reason, condition, restock=condition == "new")


VOUCHER = RefundChoice("store_credit")


def test_a_purchase_opens_with_what_can_come_back_and_its_window(
        store: LocalStore, desk: StoreReplica) -> None:
    opened = returns.open_return(store, "O1")
    assert [(ln.name, ln.returnable, ln.window.status) for ln in opened.lines] == [
        ("Article P1", 3, "open"), ("Article P3", 1, "open")]
    assert opened.lines[1].window.until is not None
    assert opened.lines[1].window.until < opened.lines[0].window.until  # 14 days, not 30
    assert opened.points_earned == 312
    old = returns.open_return(store, "O3")
    assert [ln.window.status for ln in old.lines] == ["closed", "not_returnable"]
    collected = returns.open_return(store, "O4")
    assert collected.lines[0].returnable == 1  # one handed over, one refused at the desk
    assert returns.find_by_number(store, " web100001 ").order_id == "O1"


def test_a_voucher_refund_records_the_return_the_voucher_and_the_points(
        store: LocalStore, desk: StoreReplica) -> None:
    receipt = returns.record_return(store, "dev-a1", "O1", [back(1, 1)], VOUCHER, online=True)
    # 99 € less a third of the 10 € discount, rounded to the cent the cumulative way
    assert receipt.refund_cents == 9900 - 333
    assert receipt.voucher_id == "V-DEV-A1-000001" and receipt.voucher_cents == 9567
    assert receipt.points_reversed == 96  # 312 points kept for 312 €, 216 for 216.33 €
    kinds = [kind for kind, _ in events(store)]
    assert kinds == ["return.recorded", "voucher.issued", "loyalty.reversed"]
    for kind, payload in events(store):
        EVENT_PAYLOADS[kind].model_validate(payload)
    recorded = events(store)[0][1]
    assert recorded["lines"] == [{"line_no": 1, "product_id": None, "quantity": 1,
                                  "already_returned": 0,
                                  "reason": "wrong_size", "condition": "new", "restock": True,
                                  "refund_cents": 9567}]
    assert recorded["return_id"] == "R-DEV-A1-000001" and not recorded["offline"]
    assert receipt.order.lines[0].returnable == 2 and receipt.order.pending

    # the other two units: together they cost exactly the rest of the line
    second = returns.record_return(store, "dev-a1", "O1", [back(1, 2)], VOUCHER, online=True)
    assert receipt.refund_cents + second.refund_cents == 3 * 9900 - 1000
    assert second.voucher_id == "V-DEV-A1-000004"  # never the same id twice on a tablet
    refused("return_too_many", returns.record_return, store, "dev-a1", "O1", [back(1, 1)],
            VOUCHER, online=True)


def test_original_payment_goes_back_to_the_card_before_the_gift_card(
        store: LocalStore, desk: StoreReplica) -> None:
    receipt = returns.record_return(store, "dev-a1", "O1", [back(1, 3), back(2, 1)],
                                    RefundChoice("original_payment"), online=True)
    assert receipt.refund_cents == 31200
    assert dict(receipt.payments) == {"card": 29200, "gift_card": 2000}
    assert receipt.voucher_id is None
    assert [kind for kind, _ in events(store)] == ["return.recorded", "loyalty.reversed"]
    assert events(store)[1][1]["points"] == 312  # everything back: every point earned


@pytest.mark.parametrize(("code", "order_id", "choices", "refund"), [
    ("nothing_to_return", "O1", [back(1, 0)], VOUCHER),
    ("return_too_many", "O1", [back(1, 4)], VOUCHER),
    ("return_too_many", "O1", [back(1, -1)], VOUCHER),
    ("line_unknown", "O1", [back(7, 1)], VOUCHER),
    ("reason_needed", "O1", [back(1, 1, reason="")], VOUCHER),
    ("condition_needed", "O1", [back(1, 1, condition="like new")], VOUCHER),
    ("order_in_delivery", "O2", [back(1, 1)], VOUCHER),
    ("payment_not_used", "O1", [back(1, 1)], RefundChoice("original_payment", to="paypal")),
    ("return_too_many", "O4", [back(1, 2)], VOUCHER),
    ("outside_policy", "O3", [back(1, 1)], VOUCHER),
    ("exchange_product_unknown", "O1", [back(1, 1)], RefundChoice("exchange", None, "123")),
    ("order_unknown", "O404", [back(1, 1)], VOUCHER),
])
def test_bad_returns_are_refused_and_record_nothing(
        store: LocalStore, desk: StoreReplica, code: str, order_id: str,
        choices: list[LineChoice], refund: RefundChoice) -> None:
    refused(code, returns.record_return, store, "dev-a1", order_id, choices, refund,
            online=True)
    assert events(store) == []
    with store.read() as session:
        assert all(o.local_data is None for o in session.scalars(select(LocalOrder)))


def test_outside_the_policy_only_a_manager_overrides_with_a_reason(
        store: LocalStore, desk: StoreReplica) -> None:
    why = Override(by="Chloé (manager)", reason="Shoe sole came off after two weeks")
    refused("manager_needed", returns.record_return, store, "dev-a1", "O3", [back(1, 1)],
            VOUCHER, online=True, override=why)
    refused("override_reason_needed", returns.record_return, store, "dev-a1", "O3",
            [back(1, 1)], VOUCHER, online=True, role="manager", override=Override("Chloé", " "))
    assert events(store) == []
    receipt = returns.record_return(store, "dev-a1", "O3", [back(2, 1, "damaged", "damaged")],
                                    RefundChoice("original_payment"), online=True,
                                    role="manager", override=why)
    assert receipt.payments == [("paypal", 1500)]
    assert events(store)[0][1]["override"] == {"by": "Chloé (manager)",
                                               "reason": "Shoe sole came off after two weeks"}


def test_offline_returns_stop_at_the_policy_limits(store: LocalStore,
                                                   desk: StoreReplica) -> None:
    refused("needs_network_return", returns.record_return, store, "dev-a1", "O1",
            [back(1, 2)], VOUCHER, online=False)
    first = returns.record_return(store, "dev-a1", "O1", [back(1, 1)], VOUCHER, online=False)
    second = returns.record_return(store, "dev-a1", "O1", [back(1, 1)], VOUCHER, online=False)
    assert first.offline and first.refund_cents + second.refund_cents == 19134
    # 191.34 € refunded offline today; 99 € more would pass the 250 € a day
    refused("needs_network_day", returns.record_return, store, "dev-a1", "O1", [back(1, 1)],
            VOUCHER, online=False)
    assert returns.record_return(store, "dev-a1", "O1", [back(1, 1)], VOUCHER,
                                 online=True).refund_cents == 9567 - 1


def test_an_exchange_for_a_dearer_item_leaves_the_difference_to_pay(
        store: LocalStore, desk: StoreReplica) -> None:
    receipt = returns.record_return(store, "dev-a1", "O1", [back(1, 1)],
                                    RefundChoice("exchange", None, "3760000000093"), online=True)
    assert receipt.exchange_name == "Article P9" and receipt.voucher_id is None
    assert receipt.to_pay_cents == 12000 - 9567
    cheaper = returns.record_return(store, "dev-a1", "O1", [back(1, 1)],
                                    RefundChoice("exchange", None, "3760000000031"), online=True)
    assert cheaper.voucher_cents == 9567 - 2500 and cheaper.voucher_id is not None


def test_a_customers_purchases_by_product(store: LocalStore, desk: StoreReplica) -> None:
    assert [r.order_id for r in returns.customer_purchases(store, "C1")] == ["O1", "O2", "O3"]
    with_cap = returns.customer_purchases(store, "C1", gtin="3760000000031")
    assert [r.order_id for r in with_cap] == ["O1"]
    refused("product_unknown", returns.customer_purchases, store, "C1", gtin="0000000000000")


def test_without_receipt_store_credit_at_the_lowest_recent_price_a_few_times_a_year(
        store: LocalStore, desk: StoreReplica) -> None:
    offer = returns.no_receipt_offer(store, "C1", "3760000000093")
    assert (offer.refund_cents, offer.done, offer.limit, offer.allowed) == (8900, 1, 2, True)
    refused("reason_needed", returns.record_no_receipt, store, "dev-a1", "C1",
            "3760000000093", "", "new", True, online=True)
    receipt = returns.record_no_receipt(store, "dev-a1", "C1", "3760000000093", "wrong_size",
                                        "new", True, online=True)
    assert receipt.method == "store_credit" and receipt.voucher_cents == 8900
    assert receipt.order is None and receipt.voucher_id == "V-DEV-A1-000001"
    kinds = [kind for kind, _ in events(store)]
    assert kinds == ["return.recorded", "voucher.issued"]
    for kind, payload in events(store):
        EVENT_PAYLOADS[kind].model_validate(payload)
    assert events(store)[0][1]["order_id"] is None
    assert events(store)[0][1]["lines"][0]["product_id"] == "P9"
    # the second this year (one before, one here): the policy's limit of 2 is reached
    assert not returns.no_receipt_offer(store, "C1", "3760000000093").allowed
    refused("no_receipt_limit", returns.record_no_receipt, store, "dev-a1", "C1",
            "3760000000093", "wrong_size", "new", True, online=True)
    refused("customer_unknown", returns.no_receipt_offer, store, "C404", "3760000000093")
    assert len(events(store)) == 2


def test_without_receipt_an_item_never_returnable_is_refused(store: LocalStore,
                                                             desk: StoreReplica) -> None:
    assert not returns.no_receipt_offer(store, "C1", "3760000000024").allowed
    refused("not_returnable", returns.record_no_receipt, store, "dev-a1", "C1",
            "3760000000024", "wrong_size", "new", True, online=True)
    assert events(store) == []


def test_a_scanned_voucher_says_what_it_is_worth(store: LocalStore, desk: StoreReplica) -> None:
    receipt = returns.record_return(store, "dev-a1", "O1", [back(1, 1)], VOUCHER, online=True)
    assert receipt.voucher_id is not None
    outcome = handle_scan(store, receipt.voucher_id)
    assert outcome.kind == "voucher" and outcome.voucher is not None
    assert (outcome.voucher.balance_cents, outcome.voucher.status) == (9567, "pending")
    assert outcome.voucher.customer_name == "Léa Martin"
    unknown = handle_scan(store, "V-DEV-ZZ-000009")
    assert (unknown.kind, unknown.refusal) == ("refused", "voucher_unknown")


def test_the_customer_leaving_the_working_set_mid_return_does_not_change_it(
        store: LocalStore, desk: StoreReplica) -> None:
    desk.apply_page(FeedPage(feed="customers", cursor="c.9", has_more=False, items=[
        customer_item("C1", 9, ["2900000000018"])]))
    opened = returns.open_return(store, "O1")
    assert opened.customer_name == "Léa Martin"
    # While the associate checks the items: the customer is erased centrally, and the order
    # comes again without a name.
    renamed = order("O1", 10, lines=[
        {"line_no": 1, "product_id": "P1", "quantity": 3, "unit_price_cents": 9900,
         "discount_cents": 1000},
        {"line_no": 2, "product_id": "P3", "quantity": 1, "unit_price_cents": 2500}],
        payments=[("gift_card", 2000), ("card", 29200)], customer="C1")
    assert renamed.data is not None
    renamed.data["customer_name"] = None
    desk.apply_page(FeedPage(feed="customers", cursor="c.10", has_more=False, items=[
        FeedItem(kind="customer", id="C1", version=10, deleted=True)]))
    desk.apply_page(FeedPage(feed="orders", cursor="o.10", has_more=False, items=[renamed]))
    receipt = returns.record_return(store, "dev-a1", "O1", [back(1, 1)], VOUCHER, online=True)
    assert receipt.refund_cents == 9900 - 333  # the same refund as before the change
    [recorded] = [p for kind, p in events(store) if kind == "return.recorded"]
    assert (recorded["order_id"], recorded["customer_id"]) == ("O1", "C1")


def test_a_kiosk_lists_purchases_the_central_api_sent_without_keeping_them(
        store: LocalStore, desk: StoreReplica) -> None:
    delivered = order("O7", 7, lines=[
        {"line_no": 1, "product_id": "P1", "quantity": 1, "unit_price_cents": 9900}],
        payments=[("card", 9900)], customer="C2")
    assert delivered.data is not None
    record = OrderRecord.model_validate({**delivered.data, "id": "O7"})
    listed = returns.returnable_purchases(store, "C2", fetched=[record])
    assert [(p.order_id, p.lines[0].returnable) for p in listed] == [("O7", 1)]
    assert returns.returnable_purchases(store, "C1", fetched=[record]) == \
        returns.returnable_purchases(store, "C1")  # someone else's order is not listed
    with store.read() as session:
        assert session.get(LocalOrder, "O7") is None
