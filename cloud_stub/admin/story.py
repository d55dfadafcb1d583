"""Eight weeks of the demo store's history, so that its omnichannel figures mean something
(`docs/kpis.md`): in-store sales with and without prior browsing, online carts handed over
to the till and the sales that followed, click & collect orders from order to handover with
the desk's waits, returns by channel with their reasons and refunds, customers' ratings and
comments in French and English.

The story has its own random source (the rest of the seed draws exactly as before) and
only past, finished facts: no order of the story waits at the desk today. It reads as a
store getting better at omnichannel: waits at the desk come down after the kiosk check-in
arrived, more customers are identified at the till, more baskets convert.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

HISTORY_DEVICE = "dev-history"
"""The desk tablet the handed-over baskets of the story were recorded on (retired)."""

COMMENTS: dict[str, list[tuple[str, str]]] = {
    # tag -> (good, poor) comments, French first: most of the store's customers are French
    "wait": [("Commande prête en deux minutes, parfait.", "Trop d'attente au comptoir."),
             ("Retrait très rapide, merci !", "Twenty minutes at the desk, too long."),
             ("Quick pickup, in and out.", "Personne au comptoir retrait à midi.")],
    "staff": [("Vendeuse très aimable et de bon conseil.", "Accueil un peu froid."),
              ("Lovely staff, they found my size in the back.", "Nobody to help at the kiosk."),
              ("Merci pour l'aide avec le panier en ligne.", "Conseiller pressé.")],
    "product": [("Chaussures conformes à la photo.", "Taille trop petite, à revoir."),
                ("Great quality for the price.", "Colour not as on the website."),
                ("Bonne qualité, je reviendrai.", "Article abîmé dans le colis.")],
    "store": [("Magasin propre et bien rangé.", "Borne difficile à trouver dans le magasin."),
              ("Nice store, easy to find the desk.", "Cabines d'essayage trop peu nombreuses."),
              ("Très agréable de pouvoir tout faire en magasin.", "Signalétique peu claire.")],
}
RETURN_REASONS = {"web": (["wrong_size"] * 5 + ["not_as_described"] * 2 + ["changed_mind"] * 2
                          + ["damaged"]),
                  "app": ["wrong_size"] * 4 + ["changed_mind"] * 3 + ["late_delivery"],
                  "store": ["changed_mind"] * 5 + ["wrong_size"] * 3 + ["damaged"] * 2}
RETURN_ODDS = {"web": 0.14, "app": 0.10, "store": 0.05}


@dataclass
class Story:
    store: str
    rng: random.Random
    now: datetime
    days: int
    products: list[dict[str, Any]]
    customers: list[str]
    order_keys: tuple[str, ...]
    line_keys: tuple[str, ...]
    versions: Any
    orders: list[dict[str, Any]]
    lines: list[dict[str, Any]]
    views: list[tuple[Any, ...]]
    handovers: list[dict[str, Any]]
    returns: list[dict[str, Any]]
    return_lines: list[dict[str, Any]]
    feedback: list[dict[str, Any]]
    numbers: int = 800000

    def progress(self, day: int) -> float:
        """0 eight weeks ago, 1 today: how far the store has come."""
        return 1 - day / max(self.days - 1, 1)

    def at(self, day: int, hour_low: int = 8, hour_high: int = 18) -> datetime:
        """A moment of the store's opening hours (UTC), `day` days ago."""
        base = (self.now - timedelta(days=day)).replace(hour=0, minute=0, second=0,
                                                        microsecond=0)
        return base + timedelta(hours=self.rng.uniform(hour_low, hour_high))

    # --- orders --------------------------------------------------------------------------

    def order(self, channel: str, fulfilment: str, customer: str | None, created: datetime,
              **fields: Any) -> dict[str, Any]:
        self.numbers += 1
        prefix = {"web": "WEB", "app": "APP", "store": "MAG"}[channel]
        order = dict.fromkeys(self.order_keys)
        order.update(id=f"OS{len(self.orders) + 1:06d}", number=f"{prefix}-{self.numbers}",
                     customer_id=customer, channel=channel, fulfilment=fulfilment,
                     store_id=self.store, created_at=created, payment_state="paid",
                     status="completed", version=next(self.versions), discount_cents=0)
        order.update(fields)
        chosen = self.rng.sample(self.products, self.rng.choice([1, 1, 2, 2, 3]))
        total = 0
        for line_no, product in enumerate(chosen, start=1):
            line = dict.fromkeys(self.line_keys)
            sizes = product["attributes"]["sizes"]
            handed = 1 if fulfilment == "click_collect" and order["collected_at"] else 0
            line.update(order_id=order["id"], line_no=line_no, product_id=product["id"],
                        size=self.rng.choice(sizes) if sizes else "", quantity=1,
                        unit_price_cents=product["price_cents"], discount_cents=0,
                        status="sold" if fulfilment == "in_store" else (
                            "handed_over" if handed else "picked"),
                        returned_quantity=0, picked_quantity=1 if fulfilment != "in_store"
                        else 0, handed_over_quantity=handed, missing_quantity=0,
                        refused_quantity=0)
            self.lines.append(line)
            total += product["price_cents"]
        order.update(subtotal_cents=total, total_cents=total)
        self.orders.append(order)
        return order

    def sale(self, day: int, customer: str | None, at: datetime | None = None) -> None:
        created = at or self.at(day)
        if created >= self.now:
            return
        order = self.order("store", "in_store", customer, created)
        if customer is not None:
            self.browsed_before(order, day)
        self.maybe_returned(order, "store", day)

    def browsed_before(self, order: dict[str, Any], day: int) -> None:
        """Research online: the buyer viewed one of the products (or its category) on the
        website or the app in the days before; more often as the store links the two."""
        p = self.progress(day)
        roll = self.rng.random()
        line = next(ln for ln in self.lines if ln["order_id"] == order["id"])
        product = next(pr for pr in self.products if pr["id"] == line["product_id"])
        if roll < 0.28 + 0.17 * p:
            viewed = product["id"]
        elif roll < 0.42 + 0.17 * p:
            same = [pr["id"] for pr in self.products if pr["category"] == product["category"]
                    and pr["id"] != product["id"]]
            if not same:
                return
            viewed = self.rng.choice(same)
        else:
            return
        when = order["created_at"] - timedelta(days=self.rng.uniform(0.2, 12))
        self.views.append((order["customer_id"], f"{order['customer_id']}-story{len(self.views)}",
                           self.rng.choice(["web", "web", "app"]), when, "view", viewed, None))

    def click_collect(self, day: int) -> None:
        p = self.progress(day)
        created = self.at(day, 6, 21)
        ready = created + timedelta(hours=self.rng.uniform(0.8, 7.0 - 2.5 * p))
        channel = self.rng.choice(["web", "web", "app"])
        customer = self.rng.choice(self.customers)
        if self.rng.random() < 0.05:  # never came: back to stock after the hold
            expired = ready + timedelta(days=7)
            if expired < self.now:
                self.order(channel, "click_collect", customer, created, ready_at=ready,
                           pickup_state="expired", status="cancelled", shelf="R1-01",
                           pickup_deadline=expired, collected_at=None)
            return
        checked_in = ready + timedelta(hours=self.rng.uniform(2, 60))
        median_wait = 7.0 - 3.5 * p  # minutes: the kiosk check-in shortened the waits
        wait = timedelta(minutes=max(0.5, self.rng.lognormvariate(0, 0.45) * median_wait))
        collected = checked_in + wait
        if collected >= self.now:
            return
        order = self.order(channel, "click_collect", customer, created, ready_at=ready,
                           checked_in_at=checked_in, collected_at=collected,
                           pickup_state="collected", status="collected", shelf="R2-04",
                           pickup_deadline=ready + timedelta(days=7),
                           checkin_method=self.rng.choice(["kiosk", "pass", "pass", "code"]))
        if self.rng.random() < 0.05:  # one unit refused at the desk (damaged)
            line = next(ln for ln in self.lines if ln["order_id"] == order["id"])
            line.update(refused_quantity=1, handed_over_quantity=0)
        self.maybe_returned(order, channel, day)
        if self.rng.random() < 0.3:
            self.answer("pickup", collected, wait_minutes=wait.total_seconds() / 60)

    def maybe_returned(self, order: dict[str, Any], channel: str, day: int) -> None:
        if self.rng.random() >= RETURN_ODDS[channel]:
            return
        at = order.get("collected_at") or order["created_at"]
        when = at + timedelta(days=self.rng.uniform(1, 20))
        if when >= self.now:
            return
        line = next(ln for ln in self.lines if ln["order_id"] == order["id"])
        if line["handed_over_quantity"] == 0 and order["fulfilment"] == "click_collect":
            return
        line["returned_quantity"] = 1
        refund = line["unit_price_cents"]
        method = self.rng.choice(["original_payment"] * 6 + ["voucher"] * 3 + ["exchange"])
        return_id = f"R-STORY-{len(self.returns) + 1:05d}"
        self.returns.append({"id": return_id, "order_id": order["id"],
                             "store_id": self.store, "created_at": when,
                             "refund_method": method, "refund_cents": refund})
        self.return_lines.append({"return_id": return_id, "order_line_id": None,
                                  "quantity": 1, "reason": self.rng.choice(
                                      RETURN_REASONS[channel]),
                                  "condition": "new", "refund_cents": refund, "_line": line})
        if self.rng.random() < 0.35:
            self.answer("returns", when)

    def basket(self, day: int) -> None:
        """An online cart handed over to the till from the tablet; most become a sale."""
        at = self.at(day, 8, 16)
        if at >= self.now:
            return
        customer = self.rng.choice(self.customers)
        product = self.rng.choice(self.products)
        reference = f"B-STORY-{len(self.handovers) + 1:05d}"
        self.handovers.append({
            "basket_ref": reference, "store_id": self.store, "device_id": HISTORY_DEVICE,
            "customer_id": customer, "cart_id": None, "handed_over_at": at,
            "lines": [{"product_id": product["id"], "quantity": 1}],
            "total_cents": product["price_cents"]})
        if self.rng.random() < 0.5 + 0.25 * self.progress(day):
            self.sale(day, customer, at + timedelta(minutes=self.rng.uniform(5, 90)))

    # --- satisfaction ----------------------------------------------------------------------

    def answer(self, touchpoint: str, at: datetime, wait_minutes: float | None = None,
               answered: bool = True) -> None:
        at = at + timedelta(minutes=self.rng.uniform(1, 30))
        if at >= self.now:
            return
        visit = hashlib.sha1(f"{touchpoint}{len(self.feedback)}".encode()).hexdigest()[:12]
        row = {"visit": f"{HISTORY_DEVICE}.{touchpoint[0]}.{visit}.{at:%Y%m%d}.story",
               "store_id": self.store, "touchpoint": touchpoint, "given_at": at,
               "score": None, "recommend": None, "tags": "", "comment": "",
               "channel": "device"}
        self.feedback.append(row)
        if not answered:
            return
        slow = wait_minutes is not None and wait_minutes > 8
        score = self.rng.choice([2, 3, 3, 4] if slow else [3, 4, 4, 5, 5, 5])
        tags = ["wait"] if slow else self.rng.sample(["wait", "staff", "product", "store"],
                                                     self.rng.choice([0, 1, 1, 2]))
        row.update(score=score, tags=" ".join(tags))
        if touchpoint in ("pickup", "returns") and self.rng.random() < 0.4:
            low, high = {2: (2, 5), 3: (5, 7), 4: (7, 9), 5: (9, 10)}[score]
            row.update(channel="web", recommend=self.rng.randint(low, high))
        if tags and self.rng.random() < 0.45:
            good, poor = self.rng.choice(COMMENTS[tags[0]])
            row["comment"] = good if score >= 4 else poor


def tell(draw: Any, days: int, store: str) -> list[dict[str, Any]]:
    """Add `store`'s history to the seed's rows (`days` days back from now); returns its
    return lines (inserted once their order lines have ids)."""
    rng = random.Random(20261201)
    for existing in draw.rows["orders"]:
        existing.setdefault("checkin_method", None)
    for existing_line in draw.rows["order_lines"]:
        existing_line.setdefault("refused_quantity", 0)
        existing_line.setdefault("missing_quantity", 0)
    order_keys = tuple(draw.rows["orders"][0])
    line_keys = tuple(draw.rows["order_lines"][0])
    story = Story(store, rng, draw.now, days, draw.rows["products"], draw.customer_ids, order_keys,
                  line_keys, draw.versions, [], [], [], [], [], [], [])
    for day in range(days - 1, -1, -1):
        weekday = (draw.now - timedelta(days=day)).weekday()
        busy = 1.8 if weekday == 5 else 0.4 if weekday == 6 else 1.0
        p = story.progress(day)
        for _ in range(round(12 * busy)):
            identified = rng.random() < 0.55 + 0.17 * p
            story.sale(day, rng.choice(story.customers) if identified else None)
        for _ in range(round(5 * busy)):
            story.click_collect(day)
        for _ in range(round(2 * busy)):
            story.basket(day)
        for _ in range(round(4 * busy)):  # ratings offered at the kiosk, most answered
            story.answer("kiosk", story.at(day), answered=rng.random() < 0.7)
        if rng.random() < 0.8:
            story.answer("assistance", story.at(day))
    draw.rows["orders"] += [{k: o.get(k) for k in order_keys} for o in story.orders]
    draw.rows["order_lines"] += [{k: ln.get(k) for k in line_keys} for ln in story.lines]
    draw.rows["payments"] += [{"order_id": o["id"], "method": "card",
                               "amount_cents": o["total_cents"]} for o in story.orders]
    columns, views = draw.tuples["browsing_events"]
    draw.tuples["browsing_events"] = (columns, views + story.views)
    draw.rows["returns"] += story.returns
    draw.rows["cart_handovers"] = story.handovers
    draw.rows["feedback"] = story.feedback
    draw.rows["devices"] = [{
        "id": HISTORY_DEVICE, "store_id": store, "name": "Desk tablet (retired)",
        "token_hash": hashlib.sha256(HISTORY_DEVICE.encode()).hexdigest(),
        "created_at": draw.now - timedelta(days=days + 30), "revoked": True, "kind": "tablet",
        "revoked_at": draw.now - timedelta(days=1)}]
    return story.return_lines
