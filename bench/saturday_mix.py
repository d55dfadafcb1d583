"""A Saturday's desk work as a device records it: the events `bench/central_load.py`
sends, made from the store's own orders and products so that the server applies them."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sync.rules.returns import line_refund


def _now() -> str:
    return datetime.now(UTC).isoformat()


class Desk:
    """What one device records: the next events of its share of the store's work."""

    def __init__(self, device: dict[str, Any], rng: random.Random) -> None:
        self.device = device
        self.rng = rng
        self.seq = 0
        self.ready = list(device["ready_orders"])
        self.checked_in: list[dict[str, Any]] = []
        self.sales = list(device["sales"])
        self.actor = None if device["kind"] == "kiosk" else f"{device['store']}:1001"

    def _event(self, type_: str, entity: str, payload: dict[str, Any]) -> dict[str, Any]:
        self.seq += 1
        return {"id": str(uuid.uuid4()), "seq": self.seq, "type": type_, "entity": entity,
                "occurred_at": _now(), "payload": payload, "actor": self.actor}

    def next_events(self) -> list[dict[str, Any]]:
        """One piece of work (one to two events)."""
        if self.device["kind"] == "kiosk":
            if self.ready and self.rng.random() < 0.4:
                order = self.ready.pop()
                return [self._event("pickup.checked_in", f"order:{order['id']}",
                                    {"order_id": order["id"], "method": "kiosk"})]
            return [self._assistance()]
        roll = self.rng.random()
        if self.checked_in and roll < 0.25:
            return [self._handover(self.checked_in.pop())]
        if self.ready and roll < 0.40:
            order = self.ready.pop()
            self.checked_in.append(order)
            return [self._event("pickup.checked_in", f"order:{order['id']}",
                                {"order_id": order["id"], "method": "code"})]
        if self.sales and roll < 0.55:
            return self._return_with_voucher(self.sales.pop())
        if roll < 0.75:
            return [self._reservation()]
        if roll < 0.90:
            return [self._cart_handover()]
        return [self._event("customer.identified", f"customer:{self._customer()}",
                            {"customer_id": self._customer(), "method": "card"})]

    def _customer(self) -> str:
        return str(self.rng.choice(self.device["customers"]))

    def _assistance(self) -> dict[str, Any]:
        request_id = str(uuid.uuid4())
        return self._event("assistance.requested", f"assistance:{request_id}",
                           {"request_id": request_id, "kind": "help"})

    def _handover(self, order: dict[str, Any]) -> dict[str, Any]:
        return self._event("pickup.handed_over", f"order:{order['id']}", {
            "order_id": order["id"], "handover_id": str(uuid.uuid4()), "method": "code",
            "lines": [{"line_no": n, "handed_over": waiting}
                      for n, waiting in order["waiting"] if waiting]})

    def _return_with_voucher(self, sale: dict[str, Any]) -> list[dict[str, Any]]:
        refund = line_refund(sale["unit_price_cents"], sale["discount_cents"],
                             sale["quantity"], 0, 1)
        suffix = uuid.uuid4().hex[:12].upper()
        return_id, voucher_id = f"R-{suffix}", f"V-{suffix}"
        recorded = self._event("return.recorded", f"return:{return_id}", {
            "return_id": return_id, "order_id": sale["order_id"],
            "customer_id": sale["customer_id"], "refund_method": "store_credit",
            "refund_cents": refund, "voucher_id": voucher_id,
            "lines": [{"line_no": sale["line_no"], "quantity": 1, "reason": "changed_mind",
                       "condition": "new", "restock": True, "refund_cents": refund}]})
        if refund < 1:
            return [recorded]
        return [recorded, self._event("voucher.issued", f"return:{return_id}", {
            "voucher_id": voucher_id, "return_id": return_id,
            "customer_id": sale["customer_id"], "amount_cents": refund,
            "expires_at": (datetime.now(UTC) + timedelta(days=365)).isoformat()})]

    def _reservation(self) -> dict[str, Any]:
        reservation_id = str(uuid.uuid4())
        return self._event("stock.reserved", f"reservation:{reservation_id}", {
            "reservation_id": reservation_id, "product_id": self.rng.choice(
                self.device["products"]), "quantity": 1, "customer_id": self._customer(),
            "expires_at": (datetime.now(UTC) + timedelta(hours=2)).isoformat()})

    def _cart_handover(self) -> dict[str, Any]:
        product = self.rng.choice(self.device["products"])
        ref = f"B-{uuid.uuid4().hex[:10].upper()}"
        return self._event("cart.handed_over", f"basket:{ref}", {
            "basket_ref": ref, "customer_id": self._customer(), "lines": [{
                "product_id": product, "quantity": 1, "unit_price_cents": 2990,
                "fulfilment": "take_now"}]})
