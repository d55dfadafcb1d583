"""A `CustomerView` as the rich text of the Customer page's detail card.

Words only, no raw ids in front of a customer: products by name, stock in words, the age of
the local copy when it answered offline.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, QObject

from kiosk.services.customer_view import CustomerView, ProductCard, Suggestion
from kiosk.ui import fmt

MAX_SESSIONS = 3
MAX_ITEMS_PER_SESSION = 6


class CustomerHtml(QObject):
    def __init__(self, parent: QObject, locale: QLocale) -> None:
        super().__init__(parent)
        self.locale = locale

    def render(self, view: CustomerView) -> str:
        if view.source == "pass_only":
            return "<h2>{}</h2><p>{}</p>".format(
                escape(self.tr("Customer with a store pass")),
                escape(self.tr("This customer is not in this tablet's copy yet: their profile "
                               "will appear after the next sync. The pass was checked.")))
        parts = [f"<h2>{escape(view.name)}</h2>", self._source(view),
                 f"<p>{escape(view.email)}<br>{escape(view.phone)}</p>", self._loyalty(view)]
        waiting = [o for o in view.orders if o.waiting_here]
        if waiting:
            items = "".join(f"<li><b>{escape(o.number)}</b> · "
                            f"{fmt.money(o.total_cents, self.locale)}</li>" for o in waiting)
            parts.append("<p><b>{}</b></p><ul>{}</ul>".format(
                escape(self.tr("Click & collect waiting at this store")), items))
        if view.cart:
            items = "".join(
                "<li>{} × {}{} · {} · {}</li>".format(
                    line.quantity, self._name(line.product),
                    f" ({escape(line.size)})" if line.size else "",
                    fmt.money(line.unit_price_cents, self.locale), self._stock(line.product))
                for line in view.cart)
            parts.append("<p><b>{}</b></p><ul>{}</ul>".format(escape(self.tr("Online cart")),
                                                               items))
        if not view.browsing_visible:
            parts.append("<p><i>{}</i></p>".format(escape(self.tr(
                "Online browsing hidden: the customer has not agreed to personalisation."))))
        for session in view.sessions[:MAX_SESSIONS]:
            items = "".join(self._browsing_item(i) for i in session.items[:MAX_ITEMS_PER_SESSION])
            title = self.tr("Online, %1 (%2)").replace("%1", fmt.ago(session.last_at)).replace(
                "%2", self._channel(session.channel))
            parts.append(f"<p><b>{escape(title)}</b></p><ul>{items}</ul>")
        if view.suggestions:
            items = "".join(self._suggestion(s) for s in view.suggestions)
            parts.append("<p><b>{}</b></p><ul>{}</ul>".format(
                escape(self.tr("Similar to what they looked at, in stock here")), items))
        others = [o for o in view.orders if not o.waiting_here][:5]
        if others:
            items = "".join(f"<li>{escape(o.number)} · {escape(self._channel(o.channel))} · "
                            f"{fmt.money(o.total_cents, self.locale)}</li>" for o in others)
            parts.append("<p><b>{}</b></p><ul>{}</ul>".format(escape(self.tr("Orders")), items))
        if not view.has_history:
            parts.append("<p><i>{}</i></p>".format(escape(self.tr(
                "No online activity, cart or order yet."))))
        return "".join(parts)

    def _source(self, view: CustomerView) -> str:
        if view.source == "live":
            return ""
        age = fmt.ago(view.as_of) if view.as_of else self.tr("never synced")
        return "<p><i>{}</i></p>".format(escape(
            self.tr("Offline: from this tablet's copy (updated %1)").replace("%1", age)))

    def _loyalty(self, view: CustomerView) -> str:
        tiers = {"member": self.tr("Member"), "silver": self.tr("Silver"), "gold": self.tr("Gold")}
        text = "<p><b>{}</b> {} · {}".format(
            escape(self.tr("Loyalty:")), escape(tiers.get(view.loyalty_tier, view.loyalty_tier)),
            escape(self.tr("%n point(s)", "", view.points_balance)))
        if view.vouchers:
            total = sum(int(v.get("balance_cents") or 0) for v in view.vouchers)
            text += "<br><b>{}</b> {}".format(escape(self.tr("Vouchers and credit notes:")),
                                              fmt.money(total, self.locale))
        return text + "</p>"

    def _name(self, product: ProductCard) -> str:
        return escape(product.name) if product.name else "<i>{}</i>".format(
            escape(self.tr("a product not in the catalogue")))

    def _stock(self, product: ProductCard) -> str:
        texts = {
            "here": self.tr("%1 here, aisle %2").replace("%1", str(product.in_stock_here))
            .replace("%2", product.aisle or "—"),
            "other_stores": self.tr("in other stores (%1)").replace(
                "%1", str(product.in_other_stores)),
            "online_only": self.tr("online only"),
            "discontinued": self.tr("no longer sold"),
            "unknown": self.tr("stock unknown"),
        }
        return escape(texts[product.availability])

    def _channel(self, channel: str) -> str:
        return {"web": self.tr("website"), "app": self.tr("app"),
                "store": self.tr("store")}.get(channel, channel)

    def _browsing_item(self, item) -> str:  # type: ignore[no-untyped-def]
        if item.kind == "search":
            return "<li>{} « {} »</li>".format(escape(self.tr("Searched")),
                                                escape(item.query or ""))
        if item.product is None:
            return ""
        return f"<li>{self._name(item.product)} · {self._stock(item.product)}</li>"

    def _suggestion(self, suggestion: Suggestion) -> str:
        words = {"viewed": self.tr("viewed %1 time(s)"), "in_cart": self.tr("in their cart"),
                 "same_brand": self.tr("same brand"), "same_category": self.tr("same category"),
                 "same_colour": self.tr("same colour")}
        reasons = ", ".join(words[code].replace("%1", str(count))
                            for code, count in suggestion.reasons[:2])
        product = suggestion.product
        return (f"<li>{self._name(product)} · {fmt.money(product.price_cents or 0, self.locale)}"
                f" · {self._stock(product)} <i>({escape(reasons)})</i></li>")
