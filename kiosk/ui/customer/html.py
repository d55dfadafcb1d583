"""A `CustomerView` as the rich text of the Customer page's detail card.

Words only, no raw ids in front of a customer: products by name, stock in words, the age of
the local copy when it answered offline.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QObject

from kiosk.services.customer_view import (
    BrowsingItem,
    CustomerView,
    OrderSummary,
    ProductCard,
    Suggestion,
)
from kiosk.services.handover import Basket
from kiosk.ui.partials import fmt
from kiosk.ui.partials.table_model import pickup_state_text
from kiosk.ui.partials.thumbnails import thumbnail_tag

MAX_SESSIONS = 3


def escape(text: str) -> str:
    """For text between tags (never inside attributes): quotes stay readable."""
    return html.escape(text, quote=False)

MAX_ITEMS_PER_SESSION = 5


class CustomerHtml(QObject):
    def __init__(self, parent: QObject, locale: QLocale) -> None:
        super().__init__(parent)
        self.text_locale = locale

    def header_html(self, view: CustomerView) -> str:
        """Who they are: name, where the data comes from, contact, loyalty, vouchers."""
        if view.source == "pass_only":
            return "<h2>{}</h2><p>{}</p>".format(
                escape(view.name or self.tr("Customer with a store pass")),
                escape(self.tr("Offline: this customer is not on this tablet. Their signed pass "
                               "was checked; their contact details, cart, orders and browsing "
                               "need the network.")))
        consents = [self.tr("personalised advice") if view.consents.personalisation else "",
                    self.tr("e-mail") if view.consents.email else "",
                    self.tr("SMS") if view.consents.sms else ""]
        agreed = ", ".join(c for c in consents if c) or self.tr("none")
        return "".join([
            f"<h2>{escape(view.name)}</h2>", self._source(view),
            f"<p>{escape(view.email)}<br>{escape(view.phone)}</p>", self._loyalty(view),
            "<p><b>{}</b> {}</p>".format(escape(self.tr("Agreed to:")), escape(agreed))])

    def waiting_html(self, waiting: list[OrderSummary]) -> str:
        items = "".join(f"<li><b>{escape(o.number)}</b> · "
                        f"{fmt.money(o.total_cents, self.text_locale)}</li>" for o in waiting)
        return "<p><b>{}</b></p><ul>{}</ul>".format(
            escape(self.tr("Click & collect waiting at this store")), items)

    def browsing_html(self, view: CustomerView) -> str:
        if view.source == "pass_only":
            return ""
        if not view.browsing_visible:
            return "<p><i>{}</i></p>".format(escape(self.tr(
                "Online browsing hidden: the customer has not agreed to personalisation.")))
        if not view.sessions:
            return "<p><i>{}</i></p>".format(escape(self.tr("No online browsing yet.")))
        seen = self.tr("Seen online")
        parts = [f"<h3>{escape(seen)}</h3>"]
        for session in view.sessions[:MAX_SESSIONS]:
            items = "".join(self._browsing_item(i) for i in session.items[:MAX_ITEMS_PER_SESSION])
            title = f"{fmt.ago(session.last_at)} · {self._channel(session.channel)}"
            parts.append(f"<p><b>{escape(title)}</b></p>{items}")
        return "".join(parts)

    def suggestions_html(self, view: CustomerView) -> str:
        if not view.suggestions:
            return ""
        items = "".join(self._suggestion(s) for s in view.suggestions)
        return "<h3>{}</h3>{}".format(
            escape(self.tr("Similar to what they looked at, in stock here")), items)

    def orders_html(self, view: CustomerView) -> str:
        if view.source == "pass_only":
            return ""
        if not view.has_history:
            return "<p><i>{}</i></p>".format(escape(self.tr(
                "No online activity, cart or order yet.")))
        others = [o for o in view.orders if not o.waiting_here][:8]
        parts = []
        if others:
            items = "".join(
                f"<li>{escape(o.number)} · {escape(self._channel(o.channel))} · "
                f"{fmt.day_and_time(o.created_at, self.text_locale)} · "
                f"{fmt.money(o.total_cents, self.text_locale)} · {escape(self._status(o))}</li>"
                for o in others)
            parts.append("<h3>{}</h3><ul>{}</ul>".format(escape(self.tr("Orders")), items))
        if view.returns:
            methods = {"card": self.tr("to the card"), "cash": self.tr("in cash"),
                       "voucher": self.tr("as a voucher"),
                       "credit_note": self.tr("as a credit note")}
            items = "".join(
                "<li>{} · {} {}</li>".format(
                    fmt.day_and_time(r.created_at, self.text_locale),
                    fmt.money(r.refund_cents, self.text_locale),
                    escape(methods.get(r.refund_method, "")))
                for r in view.returns[:5])
            parts.append("<h3>{}</h3><ul>{}</ul>".format(
                escape(self.tr("%n return(s)", "", len(view.returns))), items))
        return "".join(parts)

    def basket_html(self, basket: Basket) -> str:
        items = "".join(
            "<li>{} × {}{} · {}</li>".format(
                line.quantity, self.product_name_text(line.product),
                "" if line.fulfilment == "take_now"
                else " — " + self.tr("to order (not in stock here)"),
                fmt.money(line.unit_price_cents * line.quantity, self.text_locale))
            for line in basket.lines)
        total = self.tr("Total: %1").replace("%1", fmt.money(basket.total_cents, self.text_locale))
        return f"<ul>{items}</ul><p><b>{escape(total)}</b></p>"

    def product_name_text(self, product: ProductCard) -> str:
        return product.name or self.tr("a product not in the catalogue")

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
            total = sum(v.balance_cents for v in view.vouchers)
            text += "<br><b>{}</b> {} {}".format(
                escape(self.tr("Vouchers and credit notes:")), fmt.money(total, self.text_locale),
                escape(self.tr("(usable in store and online)")))
            for voucher in view.vouchers[:4]:
                text += "<br>· {} {}".format(
                    fmt.money(voucher.balance_cents, self.text_locale),
                    escape(self.tr("(code %1, valid until %2)")
                           .replace("%1", voucher.id)
                           .replace("%2", fmt.day(voucher.expires_at, self.text_locale))))
        return text + "</p>"

    def _name(self, product: ProductCard) -> str:
        text = escape(self.product_name_text(product))
        return text if product.name else f"<i>{text}</i>"

    def _stock(self, product: ProductCard) -> str:
        return escape(self.stock_text(product))

    def stock_text(self, product: ProductCard) -> str:
        texts = {
            "here": self.tr("%1 here, aisle %2").replace("%1", str(product.in_stock_here))
            .replace("%2", product.aisle or "—"),
            "other_stores": self.tr("in %n other store(s)", "", product.in_other_stores),
            "online_only": self.tr("online only"),
            "discontinued": self.tr("no longer sold"),
            "unknown": self.tr("stock unknown"),
        }
        text = texts[product.availability]
        if product.reserved_here:
            text += " · " + self.tr("%1 put aside").replace("%1", str(product.reserved_here))
        return text

    def _status(self, order: OrderSummary) -> str:
        if order.pickup_state:
            return pickup_state_text(order.pickup_state)
        return {"placed": self.tr("placed"), "shipped": self.tr("shipped"),
                "delivered": self.tr("delivered"), "completed": self.tr("completed"),
                "cancelled": self.tr("cancelled"), "ready": self.tr("ready"),
                "returned": self.tr("returned")}.get(order.status, order.status)

    def _channel(self, channel: str) -> str:
        return {"web": self.tr("website"), "app": self.tr("app"),
                "store": self.tr("store")}.get(channel, channel)

    def _browsing_item(self, item: BrowsingItem) -> str:
        when = fmt.day_and_time(item.occurred_at, self.text_locale)
        if item.kind == "search":
            searched = self.tr("Searched “%1”").replace("%1", item.query or "")
            return (f"<p><i>{escape(searched)}</i> — "
                    f"<span style='color:#3d4a5a'>{escape(when)}</span></p>")
        if item.product is None:
            return ""
        return self._product_row(item.product, when)

    def _reason(self, code: str, count: int) -> str:
        if code == "viewed":
            return self.tr("viewed %n time(s)", "", count)
        return {"in_cart": self.tr("in their cart"), "same_brand": self.tr("same brand"),
                "same_category": self.tr("same category"),
                "same_colour": self.tr("same colour")}.get(code, code)

    def _suggestion(self, suggestion: Suggestion) -> str:
        reasons = ", ".join(self._reason(code, count) for code, count in suggestion.reasons[:2])
        return self._product_row(suggestion.product, reasons)

    def _product_row(self, product: ProductCard, note: str) -> str:
        """Picture and name, then price, stock here and a note. Paragraphs, not a table:
        rich-text tables cost the page a third of its time to appear."""
        price = fmt.money(product.price_cents, self.text_locale) if product.price_cents else ""
        details = " · ".join(x for x in (price, self.stock_text(product), note) if x)
        return (f"<p>{thumbnail_tag(product)}{self._name(product)} — "
                f"<span style='color:#3d4a5a'>{escape(details)}</span></p>")
