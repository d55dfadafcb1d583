"""Where a scan goes: every scan, camera or wedge, of both modes, ends here.

The services read the scan (`scans.handle_scan`, one dispatcher for the associate and the
kiosk); this module only decides what to show: the page in front may use the scan first,
otherwise it opens what it names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from kiosk.scanning.payloads import STAFF_BADGE
from kiosk.services import returns, scans
from kiosk.services.pickup import DeskOrder
from kiosk.ui.customer.page import CustomerPage
from kiosk.ui.login.page import LoginPage
from kiosk.ui.partials import fmt
from kiosk.ui.returns.page import ReturnsPage
from kiosk.ui.self_service.flow import KioskFlow
from kiosk.ui.shell.context import Page, PageContext
from kiosk.ui.shell.messages import Messages


class ScanHost(Protocol):
    """What the router needs of the window (the main window is one)."""

    context: PageContext
    flow: KioskFlow | None
    login: LoginPage | None
    removed: bool

    @property
    def locked(self) -> bool: ...
    def front_page(self) -> Page | None: ...
    def show_page(self, key: str) -> Page: ...
    def open_pickup(self, order_id: str, order: DeskOrder | None = None) -> None: ...
    def touched(self) -> None: ...


class ScanRouter(QObject):
    def __init__(self, host: ScanHost) -> None:
        super().__init__()
        self.host = host
        self.context = host.context
        self.open: dict[str, Callable[[scans.ScanOutcome], None]] = {
            "customer": self._customer, "pickup": self._pickup, "return": self._return,
            "staff": self._staff, "voucher": self._voucher, "product": self._product,
        }

    @property
    def messages(self) -> Messages:
        return Messages(self.context.language)

    def notify(self, text: str, level: str) -> None:
        self.context.notify(text, level)

    # --- reading -----------------------------------------------------------------------------

    def handle_scan(self, text: str) -> None:
        """Camera and wedge scans both end here."""
        host, context = self.host, self.context
        if host.removed:  # the store took the device back: nothing opens any more
            return
        if host.flow is not None:
            self._kiosk_scan(host.flow, text)
            return
        if host.locked:
            assert host.login is not None
            badge = STAFF_BADGE.match(text.strip())
            if badge:
                host.login.badge_scanned(badge.group(1))
            else:  # nothing opens on a locked tablet
                host.login.say(self.tr("Log in first: scans open nothing while the tablet is "
                                       "locked."), "warning")
            return
        store, live = context.device.store, context.live_context()
        offline = context.sync.online is False
        fetch = None if offline else context.device.live.order
        return_fetch = None if offline else context.device.live.order_for_return
        cards = None if offline else context.device.live.card_owner
        context.runner.run(lambda: scans.handle_scan(store, text, live=live, fetch=fetch,
                                                     return_fetch=return_fetch,
                                                     card_lookup=cards),
                           self.show, lambda error: self.notify(context.explain(error), "error"))

    def _kiosk_scan(self, flow: KioskFlow, text: str) -> None:
        context = self.context
        store, live = context.device.store, context.live_context()
        offline = context.sync.online is False
        fetch = None if offline else context.device.live.order
        cards = None if offline else context.device.live.card_owner
        customer = flow.session.customer.customer_id if flow.session.customer else None
        self.host.touched()

        def show(outcome: scans.ScanOutcome) -> None:
            if self.host.flow is flow:  # the session it was for is still the one on screen
                flow.scanned(outcome)
                if outcome.kind == "checked_in":
                    context.sync.request_sync()  # the desk sees the customer at once

        context.runner.run_latest(
            "kiosk", lambda: scans.handle_scan(store, text, live=live, fetch=fetch,
                                               mode="kiosk", session_customer=customer,
                                               card_lookup=cards),
            show, lambda error: flow._failed(error) if self.host.flow is flow else None)

    # --- showing -----------------------------------------------------------------------------

    def show(self, outcome: scans.ScanOutcome) -> None:
        """The page in front first (the returns desk lists a scanned customer's purchases,
        the pickup desk counts a scanned product), else what the scan names opens."""
        front = self.host.front_page()
        if front is not None and front.take_scan(outcome):
            return
        self.open.get(outcome.kind, self._refused)(outcome)

    def _customer(self, outcome: scans.ScanOutcome) -> None:
        assert outcome.customer is not None
        page = self.host.show_page("customer")
        assert isinstance(page, CustomerPage)
        page.show_scanned(outcome.customer)

    def _pickup(self, outcome: scans.ScanOutcome) -> None:
        assert outcome.order_id is not None
        self.host.open_pickup(outcome.order_id, outcome.order)
        if outcome.refusal:
            self.notify(self.messages.for_associate(outcome.refusal, outcome.params), "warning")
            return
        self.notify(self.tr("Order %1: customer checked in, pickup verified.")
                    .replace("%1", outcome.order_number or ""), "info")
        self.context.sync.request_sync()  # other tablets and the kiosk see who is waiting

    def _return(self, outcome: scans.ScanOutcome) -> None:
        assert outcome.purchase is not None
        page = self.host.show_page("returns")
        assert isinstance(page, ReturnsPage)
        page.show_order(outcome.purchase, outcome.ticket)

    def _staff(self, outcome: scans.ScanOutcome) -> None:
        self.notify(self.tr("Staff badge %1: to switch user, tap “Lock” first.")
                    .replace("%1", outcome.staff_number or ""), "info")

    def _voucher(self, outcome: scans.ScanOutcome) -> None:
        assert outcome.voucher is not None
        self.notify(*self.voucher_text(outcome.voucher))

    def _product(self, outcome: scans.ScanOutcome) -> None:
        p = outcome.product
        assert p is not None
        locale = fmt.locale_for(self.context.language)
        here = (self.tr("%1 in stock here (aisle %2)").replace("%1", str(p.in_stock_here))
                .replace("%2", p.aisle) if p.in_stock_here else self.tr("not in stock here"))
        elsewhere = (self.tr("nearest: %1").replace("%1", ", ".join(
            f"{store.name} ({store.quantity})" for store in p.nearest)) if p.nearest
            else self.tr("in %n other store(s)", "", p.in_other_stores))
        self.notify(f"{p.name} · {fmt.money(p.price_cents, locale)} · {here} · {elsewhere}",
                    "info")

    def _refused(self, outcome: scans.ScanOutcome) -> None:
        self.notify(self.messages.for_associate(outcome.refusal, outcome.params), "warning")

    def voucher_text(self, voucher: returns.VoucherView) -> tuple[str, str]:
        """A scanned voucher: what it is worth, until when, whose; or why it cannot pay."""
        locale = fmt.locale_for(self.context.language)
        if voucher.status == "on_hold":
            return self.tr("Voucher %1 is on hold: its return is being checked. It cannot pay "
                           "for now.").replace("%1", voucher.voucher_id), "warning"
        if voucher.status not in ("active", "pending") or not voucher.balance_cents:
            return self.tr("Voucher %1 has been used or has expired.").replace(
                "%1", voucher.voucher_id), "warning"
        text = self.tr("Voucher %1: %2 left, valid until %3 (%4), in store and online.")
        text = text.replace("%1", voucher.voucher_id).replace(
            "%2", fmt.money(voucher.balance_cents, locale)).replace(
            "%3", fmt.day(voucher.expires_at, locale)).replace(
            "%4", voucher.customer_name or self.tr("no customer account"))
        if voucher.status == "pending":
            text += " " + self.tr("Issued on this tablet, not yet sent.")
        return text, "info"
