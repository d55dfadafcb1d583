"""What every refusal says, to an associate and to a customer at a kiosk: the one table.

Codes are `sync.rules.refusals.Refusal`; `%1`… in a text are the refusal's facts (see
`_FACTS`). A test fails when a code has no message or its message no French translation.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from kiosk.services.errors import ActionRefused
from kiosk.ui.partials import fmt
from kiosk.ui.partials.table_model import pickup_state_text
from sync.rules.refusals import Refusal

log = logging.getLogger(__name__)


def _count(p: Mapping[str, Any] | None, key: str) -> int:
    value = (p or {}).get(key)
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else 0


class Messages(QObject):
    """Refusals in the user's language (a QObject so that `lupdate` sees `tr`)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.text_locale = fmt.locale_for(language)

    def associate_texts(self, p: Mapping[str, Any] | None = None) -> dict[Refusal, str]:
        """For the associate: what happened and what to do about it (`p`: the facts, whose
        counts choose the plural forms)."""
        left, most = _count(p, "left"), _count(p, "most")
        return {
            Refusal.CUSTOMER_UNKNOWN: self.tr("This customer is not in the store's copy yet."),
            Refusal.NOTHING_TO_RESOLVE: self.tr("This line was already dealt with."),
            Refusal.ORDER_UNKNOWN: self.tr("This order is not known: check the number with the "
            "customer."),
            Refusal.ORDER_OTHER_STORE: self.tr("Order %1 is to be collected at another store."),
            Refusal.ORDER_NOT_LOCAL_OFFLINE: self.tr(
            "This order is not on this tablet yet and the central system cannot be "
            "reached: find the order by the customer's name, or try again once online."),
            Refusal.NOT_READY_FOR_CHECK_IN: self.tr("Order %1 cannot be collected yet: it is %2."),
            Refusal.NOT_BEING_PREPARED: self.tr("Order %1 is not being prepared: it is %2."),
            Refusal.NOT_ON_THE_SHELF: self.tr("Order %1 is not waiting on the shelf: it is %2."),
            Refusal.ORDER_CANCELLED: self.tr("Order %1 was cancelled: nothing can be handed over. "
            "The customer's refund is handled centrally."),
            Refusal.ORDER_RETURNED_TO_STOCK: self.tr(
            "Order %1 was not collected in time and went back to stock."),
            Refusal.ALREADY_COLLECTED: self.tr("Order %1 was already collected."),
            Refusal.DEADLINE_PASSED: self.tr(
            "The pickup deadline of order %1 passed on %3: extend it first if the policy "
            "allows, or return the order to stock."),
            Refusal.CODE_WRONG: self.tr("This pickup code matches no order here. %n attempt(s) "
            "left before the code entry locks.", "", left),
            Refusal.CODE_LOCKED: self.tr("Too many wrong pickup codes: code entry is locked until "
            "%5. Scan the pass or check the name against an ID."),
            Refusal.ORDER_UNPAID: self.tr("Order %1 is not paid yet: it cannot be handed over. "
            "Ask the customer to complete the payment online."),
            Refusal.NOTHING_TO_HAND_OVER: self.tr("Set at least one item to hand over or refuse."),
            Refusal.QUANTITY_TOO_HIGH: self.tr("Line %6: at most %n item(s).", "", most),
            Refusal.REASON_NEEDED: self.tr("Line %6: choose why the customer refuses it."),
            Refusal.LINE_UNKNOWN: self.tr("Order %1 has no line %6."),
            Refusal.PRODUCT_NOT_ON_ORDER: self.tr("%8 is not on order %1: put it back."),
            Refusal.LINE_COMPLETE: self.tr("Line %6 of order %1 is already fully picked."),
            Refusal.LINES_NOT_PREPARED: self.tr("Order %1: lines %9 are neither picked nor marked "
            "missing."),
            Refusal.NOTHING_PICKED: self.tr("Order %1: nothing was picked, so it cannot be ready. "
            "Call customer service to cancel it."),
            Refusal.SHELF_NEEDED: self.tr("Give the shelf or bin where the order is put away."),
            Refusal.ALREADY_EXTENDED: self.tr("The deadline of order %1 was already extended: "
            "return it to stock."),
            Refusal.NAME_TOO_LONG: self.tr("The name is too long."),
            Refusal.ORDER_NUMBER_INVALID: self.tr("“%1” is not an order number: it reads like "
            "WEB-100123."),
            Refusal.ORDER_IN_DELIVERY: self.tr("Order %1 is still on its way to the customer: it "
            "can be returned once delivered."),
            Refusal.NOTHING_TO_RETURN: self.tr("Set how many units of each item come back."),
            Refusal.RETURN_TOO_MANY: self.tr("%8: at most %n unit(s) can come back (the rest was "
            "already returned or refunded).", "", most),
            Refusal.CONDITION_NEEDED: self.tr("Line %6: choose the item's condition."),
            Refusal.PAYMENT_NOT_USED: self.tr("Order %1 was not paid this way: refund it to the "
            "original payment or as a voucher."),
            Refusal.REFUND_EXCEEDS_PAYMENT: self.tr("Order %1: this refund is more than was paid."),
            Refusal.OUTSIDE_POLICY: self.tr("%8 is outside the return policy: a manager can accept "
            "it, with a reason."),
            Refusal.MANAGER_NEEDED: self.tr("%8 is outside the return policy: only a manager can "
            "accept it."),
            Refusal.OVERRIDE_REASON_NEEDED: self.tr("Give the manager's name and why the return is "
            "accepted outside the policy."),
            Refusal.EXCHANGE_PRODUCT_UNKNOWN: self.tr("Scan the item given in exchange: this "
            "barcode is not in the catalogue."),
            Refusal.NEEDS_NETWORK_RETURN: self.tr(
            "Offline, a return can refund at most %11: this one (%10) needs the network. "
            "Try again once online."),
            Refusal.NEEDS_NETWORK_DAY: self.tr(
            "This tablet has refunded as much offline today as the policy allows (%11): "
            "this return (%10) needs the network. Try again once online."),
            Refusal.PRODUCT_UNKNOWN: self.tr("This product is not in the catalogue."),
            Refusal.NOT_RETURNABLE: self.tr("%8 is not returnable."),
            Refusal.VOUCHER_UNKNOWN: self.tr("Voucher %1 is not known on this tablet yet: the till "
            "checks it with the central system."),
            Refusal.MANAGER_ONLY: self.tr("Only a manager can do this: ask a manager to log in on "
            "this tablet."),
            Refusal.LOCK_MINUTES_RANGE: self.tr("Choose between 1 and 60 minutes."),
            Refusal.ASSISTANCE_ANSWERED: self.tr("Another associate already answered this "
            "customer."),
            Refusal.NO_RECEIPT_LIMIT:
                self.tr("%8 has already made %n return(s) without receipt this "
            "year, the most the policy allows.", "", most),
            Refusal.EXPIRED:
                self.tr("This pass has expired: ask the customer to refresh it in the app."),
            Refusal.NOT_YET_VALID: self.tr("This pass is not valid yet: check the tablet's clock."),
            Refusal.OTHER_STORE: self.tr("This pickup pass is for another store."),
            Refusal.SIGNATURE_INVALID:
                self.tr("This code was altered or forged: it was not accepted."),
            Refusal.UNKNOWN_KEY:
                self.tr("This pass was signed with a key this tablet does not know "
            "yet: sync, then scan again."),
            Refusal.UNSUPPORTED_ALGORITHM: self.tr("This code was altered or forged: it was not "
            "accepted."),
            Refusal.WRONG_TYPE: self.tr("This is not a code this app reads."),
            Refusal.MALFORMED: self.tr("This code could not be read: scan it again."),
            Refusal.BAD_CHECK_DIGIT: self.tr("This number was misread: scan it again."),
            Refusal.CARD_UNKNOWN: self.tr("This loyalty card is not known: search the customer by "
            "name or phone."),
            Refusal.CARD_NEEDS_NETWORK: self.tr("This card's holder is not on this tablet, and "
            "finding them needs the network: scan their store pass, or try again once online."),
            Refusal.CUSTOMER_CLOSED: self.tr("This customer account no longer exists."),
            Refusal.PIN_WRONG: self.tr("Wrong staff number or PIN. %n attempt(s) left before this "
            "number is locked.", "", left),
            Refusal.PIN_LOCKED:
                self.tr("Too many wrong PINs: this staff number is locked until %5. "
            "Ask a manager if you forgot your PIN."),
            Refusal.PIN_FORMAT: self.tr("A staff number is digits only and a PIN 4 to 8 digits."),
            Refusal.NO_STAFF_YET:
                self.tr("No staff accounts on this tablet yet: it needs to sync once "
            "with the central system. Check the network."),
            Refusal.STAFF_BADGE: self.tr("Staff badge: to switch user, tap “Lock” first."),
            Refusal.ANOTHER_CUSTOMER:
                self.tr("This code belongs to another customer than the one on screen."),
            Refusal.DESK_ONLY: self.tr("This code is read at the store's desks."),
            Refusal.NOTHING_CHOSEN: self.tr("Choose at least one item of the cart."),
            Refusal.TOO_MANY_LINES: self.tr("Too many lines: at most %7 at a time."),
            Refusal.QUANTITY_OUT_OF_RANGE: self.tr("Line %6: choose between 1 and %7 units."),
            Refusal.NOT_ENOUGH_STOCK: self.tr("%8: only %7 in stock here."),
            Refusal.PRODUCT_DISCONTINUED:
                self.tr("%8 is no longer sold: take it out of the basket."),
            Refusal.LANGUAGE_UNKNOWN: self.tr("This language is not available."),
            Refusal.EMPTY: self.tr("Nothing was read: scan the code again."),
            Refusal.TOO_LONG: self.tr("This is not a code this app reads."),
            Refusal.NOT_RECOGNISED: self.tr("This is not a code this app reads."),
        }

    def customer_texts(self) -> dict[Refusal, str]:
        """For a customer at a kiosk: calm, no jargon, where to find help."""
        return {
            Refusal.STAFF_BADGE: self.tr("This kiosk is for customers. Staff: please use a store "
            "tablet."),
            Refusal.ANOTHER_CUSTOMER: self.tr("This code belongs to another customer. To switch, "
            "tap Done first, then scan again."),
            Refusal.DESK_ONLY: self.tr("This code is read at the store's desks. Ask an associate, "
            "or scan your store pass here."),
            Refusal.CARD_UNKNOWN: self.tr("We don't know this card yet. Ask an associate to help "
            "you."),
            Refusal.CARD_NEEDS_NETWORK: self.tr("We can't read your card right now. Scan the store "
            "pass in your app, or ask an associate."),
            Refusal.CUSTOMER_UNKNOWN: self.tr("We don't know this account yet. Ask an associate to "
            "help you."),
            Refusal.CUSTOMER_CLOSED: self.tr("This account no longer exists. Ask an associate to "
            "help you."),
            Refusal.EXPIRED:
                self.tr("This pass has expired: refresh it in the app, then scan again."),
            Refusal.PRODUCT_UNKNOWN: self.tr("We could not find this product. Ask an associate."),
            Refusal.OTHER_STORE: self.tr("This order is to be collected at another store."),
            Refusal.ORDER_UNKNOWN: self.tr("We could not find this order. Please see the pickup "
            "desk."),
            Refusal.ORDER_NOT_LOCAL_OFFLINE: self.tr(
            "We cannot look up this order right now. Please see the pickup desk."),
            Refusal.NOT_READY_FOR_CHECK_IN: self.tr("Your order is not ready yet: we will let you "
            "know as soon as it is."),
            Refusal.ALREADY_COLLECTED: self.tr("This order was already collected."),
            Refusal.ORDER_CANCELLED:
                self.tr("This order was cancelled. Please see the pickup desk."),
            Refusal.ORDER_RETURNED_TO_STOCK: self.tr("This order was not collected in time. Please "
            "see the pickup desk."),
            Refusal.DEADLINE_PASSED: self.tr("The pickup deadline of this order has passed. Please "
            "see the pickup desk."),
            Refusal.NOTHING_TO_RETURN: self.tr("Choose at least one item to bring back."),
            Refusal.REASON_NEEDED: self.tr("Tell us why you bring each item back."),
            Refusal.RETURN_TOO_MANY: self.tr("That is more than can come back for this item."),
        }

    def without_facts(self) -> dict[Refusal, str]:
        """For a refusal whose facts are unknown (a pass for an order this store lacks)."""
        return {
            Refusal.DEADLINE_PASSED: self.tr("The pickup deadline of this order has passed."),
        }

    def for_associate(self, refusal: Refusal | None,
                      params: Mapping[str, Any] | None = None) -> str:
        if refusal is not None and not params and refusal in self.without_facts():
            return self.without_facts()[refusal]
        text = self.associate_texts(params).get(refusal) if refusal is not None else None
        return self._filled(text or self.tr("The action was refused."), params or {})

    def for_customer(self, refusal: Refusal | None,
                     params: Mapping[str, Any] | None = None) -> str:
        text = self.customer_texts().get(refusal) if refusal is not None else None
        return self._filled(text or self.tr("This code could not be read. Please try again, "
                                            "or ask an associate."), params or {})

    def explain(self, error: BaseException) -> str:
        """An associate's action failed: why, or (a bug) that nothing was recorded."""
        if isinstance(error, ActionRefused):
            return self.for_associate(error.code, error.params)
        log.error("action failed", exc_info=error)
        return self.tr("Something went wrong and nothing was recorded. Please try again; "
                       "if it happens again, call support.")

    def _filled(self, text: str, p: Mapping[str, Any]) -> str:
        def when(key: str) -> str:
            value = p.get(key)
            return fmt.day_and_time(value, self.text_locale) if isinstance(value, datetime) else "?"

        values = {"%1": str(p.get("number", "")), "%2": pickup_state_text(p.get("state")),
                  "%3": when("deadline"), "%4": str(p.get("left", "")), "%5": when("until"),
                  "%6": str(p.get("line", "")), "%7": str(p.get("most", "")),
                  "%8": str(p.get("name", "")), "%9": str(p.get("lines", "")),
                  "%10": fmt.money(int(p.get("amount") or 0), self.text_locale),
                  "%11": fmt.money(int(p.get("limit") or 0), self.text_locale)}
        for marker in sorted(values, reverse=True):
            text = text.replace(marker, values[marker])
        return text
