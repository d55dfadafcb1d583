"""The kiosk's own rules: a return ticket takes only what can come back, each with a
reason; links to continue on a phone."""

from __future__ import annotations

import pytest

from kiosk.services.errors import ActionRefused


def test_a_kiosk_ticket_takes_only_what_can_come_back_with_a_reason() -> None:
    from datetime import UTC, datetime

    from kiosk.services import kiosk
    from kiosk.services.returns import ReasonCode, ReturnLine, ReturnOrder

    def line(no: int, returnable: int) -> ReturnLine:
        return ReturnLine(line_no=no, product_id=f"P{no}", name=f"Item {no}", gtin="",
                          category="Hauts", size="M", quantity=2, unit_price_cents=1000,
                          discount_cents=0, received=2, refunded=2 - returnable,
                          returnable=returnable, window=None)  # type: ignore[arg-type]

    order = ReturnOrder(order_id="O1", number="WEB-1", channel="web", fulfilment="delivery",
                        status="delivered", customer_id="C1", customer_name="",
                        created_at=datetime.now(UTC), total_cents=4000, payments=[],
                        refunded_before_cents=0, points_earned=0,
                        lines=[line(1, 2), line(2, 0)], in_delivery=False, pending=False,
                        reasons=(ReasonCode("wrong_size", "Taille", "Size"),))
    ticket = kiosk.return_ticket(order, {1: (2, "wrong_size")})
    assert ticket.text == "RT:O1:1x2:wrong_size"
    for chosen, code in (({}, "nothing_to_return"), ({1: (3, "wrong_size")}, "return_too_many"),
                         ({1: (1, "")}, "reason_needed"), ({2: (1, "wrong_size")},
                                                           "return_too_many")):
        with pytest.raises(ActionRefused) as refused:
            kiosk.return_ticket(order, chosen)
        assert refused.value.code == code
    assert kiosk.cart_link("https://shop.example.com/", "K1") \
        == "https://shop.example.com/cart/K1?utm_source=store_kiosk"
    assert kiosk.product_link("https://shop.example.com", "3760000000017") \
        == "https://shop.example.com/p/3760000000017?utm_source=store_kiosk"
