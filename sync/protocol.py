"""Sync protocol v1: the wire models shared by the tablet and the central API.

Both sides import these models, so a field renamed here is renamed on both ends
and a payload one side can send is one the other side can read. Money is always
integer cents; times are timezone-aware ISO 8601.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

PROTOCOL_VERSION = 1

FEEDS: tuple[str, ...] = ("orders", "customers", "catalog", "stock", "policy", "assistance")
"""Change feeds a device pulls, in the order a fresh device pulls them."""

MAX_BATCH_EVENTS = 500
"""Most events one POST /v1/events may carry."""

MAX_BATCH_BYTES = 1_000_000
"""Largest request body the API accepts (bytes); larger answers 413."""

DEFAULT_PAGE_SIZE = 500
MAX_PAGE_SIZE = 2000

EVENT_TYPE_PATTERN = r"^[a-z][a-z_]*\.[a-z][a-z_]*$"

ACTOR_PATTERN = r"^[A-Za-z0-9_-]{1,16}:\d{3,8}$"

EventStatus = Literal["applied", "duplicate", "rejected", "conflict"]


class WireModel(BaseModel):
    """Strict base: unknown fields are an error, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid")


class Event(WireModel):
    """A fact the device recorded, e.g. "order 123 checked in at 14:02"."""

    id: uuid.UUID
    seq: Annotated[int, Field(ge=1)]
    type: Annotated[str, Field(pattern=EVENT_TYPE_PATTERN, max_length=64)]
    entity: Annotated[str, Field(min_length=1, max_length=128)]
    occurred_at: datetime
    payload: dict[str, Any] = Field(default_factory=dict)
    actor: Annotated[str, Field(pattern=ACTOR_PATTERN)] | None = None
    """The staff member logged in when it was recorded (`<store>:<staff number>`); None for
    what a customer did at a self-service kiosk, or a device on its own."""

    @field_validator("occurred_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("occurred_at must carry a timezone")
        return value


class EventBatch(WireModel):
    device_id: Annotated[str, Field(min_length=1, max_length=64)]
    events: Annotated[list[Event], Field(min_length=1, max_length=MAX_BATCH_EVENTS)]


class EventResult(WireModel):
    id: uuid.UUID
    status: EventStatus
    reason: str | None = None
    details: dict[str, Any] | None = None


class EventBatchResult(WireModel):
    results: list[EventResult]
    highest_seq: int
    """Highest seq the server holds for this device (0 when none)."""


class FeedItem(WireModel):
    kind: str
    id: str
    version: int
    deleted: bool = False
    data: dict[str, Any] | None = None


class FeedPage(WireModel):
    feed: str
    items: list[FeedItem]
    cursor: str
    has_more: bool


class ApiError(WireModel):
    """Body of every 4xx/5xx answer: a code for programs, a message for people."""

    error: str
    message: str
    details: Any = None


# --- event payloads -------------------------------------------------------------------------
# One model per event type the server knows. The server validates the payload against it
# and rejects the event (with the validation message) when it does not fit.


class CustomerIdentifiedPayload(WireModel):
    customer_id: str
    method: Literal["pass", "card", "search"]


PickupMethod = Literal["pass", "code", "name_and_id", "associate", "kiosk"]
"""How the desk knew the person was the right one: the pickup pass scanned, the 6-digit
pickup code, the name checked against an ID document, the pickup pass scanned by the
customer at a self-service kiosk, or (older devices) not said."""

MAX_NAME_LENGTH = 80
MAX_SHELF_LENGTH = 16


class PickupCheckedInPayload(WireModel):
    order_id: str
    method: PickupMethod = "associate"
    collector_name: Annotated[str, Field(min_length=1, max_length=MAX_NAME_LENGTH)] | None = None
    """Someone collecting for the customer (None: the customer in person)."""


MAX_LINE_QUANTITY = 20
MAX_BASKET_LINES = 50
MAX_RESERVATION_MINUTES = 24 * 60


def paid_for(unit_price_cents: int, discount_cents: int, quantity: int, units: int,
             already: int = 0) -> int:
    """What a customer paid for `units` of an order line of `quantity` when `already` units
    of it were refunded before: the line's discount shared pro rata, in whole cents.

    Cumulative, so that the parts add up: the first n units of a line cost
    `price * n - discount * n // quantity`, and each refund is the difference between two
    such totals. However a line is returned (1 + 1 + 1 or 3 at once), the refunds sum to
    exactly what the line cost, never a cent more. The tablet shows this refund on the
    receipt; the central API books the same amount."""
    def first(n: int) -> int:
        return unit_price_cents * n - discount_cents * n // quantity
    return first(already + units) - first(already)


HANDED_STATUSES = {"delivery": ("delivered",), "in_store": ("completed",)}
"""Order statuses in which the customer holds the goods (click & collect: per line, the
units handed over at the desk)."""


def units_received(fulfilment: str, status: str, quantity: int, handed_over: int) -> int:
    """Units of an order line the customer actually received, so could bring back: none of
    an order still in delivery, only those handed over at the pickup desk for click &
    collect. The tablet offers them; the central API holds returns to them."""
    if fulfilment == "click_collect":
        return handed_over
    return quantity if status in HANDED_STATUSES.get(fulfilment, ()) else 0


def lowest_recent_price(price_cents: int, attributes: dict[str, Any] | None) -> int:
    """What an item brought back without receipt is refunded: its lowest price of late
    (`lowest_30d_price_cents` in the catalogue), never more than today's."""
    lowest = (attributes or {}).get("lowest_30d_price_cents")
    return min(price_cents, int(lowest)) if lowest is not None else price_cents


# --- the return policy, applied on both sides ------------------------------------------

DEFAULT_WINDOW_DAYS = 30
VOUCHER_VALID_DAYS = 365


class Window(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    """Past the category's return window: a manager may override, with a reason."""
    NOT_RETURNABLE = "not_returnable"
    """A category never taken back (hygiene): a manager may override, with a reason."""


@dataclass(frozen=True)
class ReturnPolicy:
    default_days: int = DEFAULT_WINDOW_DAYS
    category_days: Mapping[str, int] = field(default_factory=dict)
    non_returnable_categories: frozenset[str] = frozenset()
    voucher_valid_days: int = VOUCHER_VALID_DAYS
    no_receipt_per_year: int = 0
    """Returns without receipt a customer may make in a year (0: none)."""

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> ReturnPolicy:
        data = data or {}
        return cls(
            default_days=int(data.get("default_days") or DEFAULT_WINDOW_DAYS),
            category_days={str(k): int(v) for k, v in (data.get("category_days") or {}).items()},
            non_returnable_categories=frozenset(data.get("non_returnable_categories") or ()),
            voucher_valid_days=int(data.get("voucher_valid_days") or VOUCHER_VALID_DAYS),
            no_receipt_per_year=int((data.get("no_receipt") or {}).get(
                "max_per_customer_per_year", 0)))

    def days_for(self, category: str) -> int:
        return self.category_days.get(category, self.default_days)


@dataclass(frozen=True)
class LineWindow:
    status: Window
    until: datetime | None
    """Last moment the line can be returned (None: never returnable)."""


def bought_at(fulfilment: str, created_at: datetime, collected_at: datetime | None) -> datetime:
    """When the return window starts: collection for click & collect, the order otherwise
    (the delivery date is not in the order's data)."""
    return collected_at if fulfilment == "click_collect" and collected_at else created_at


def line_window(policy: ReturnPolicy, category: str, since: datetime,
                now: datetime) -> LineWindow:
    """Whether a line bought `since` (see `bought_at`) can come back now, by its category's
    window;
    the tablet shows it on each line, the central API refuses a return outside it that
    carries no manager's override."""
    if category in policy.non_returnable_categories:
        return LineWindow(Window.NOT_RETURNABLE, None)
    until = since + timedelta(days=policy.days_for(category))
    return LineWindow(Window.OPEN if now <= until else Window.CLOSED, until)


class StockReservedPayload(WireModel):
    """Items put aside for a customer to try on, until `expires_at`."""

    reservation_id: uuid.UUID
    product_id: Annotated[str, Field(min_length=1, max_length=16)]
    size: Annotated[str, Field(max_length=16)] | None = None
    quantity: Annotated[int, Field(ge=1, le=MAX_LINE_QUANTITY)]
    customer_id: Annotated[str, Field(min_length=1, max_length=16)]
    expires_at: datetime


class BasketLine(WireModel):
    product_id: Annotated[str, Field(min_length=1, max_length=16)]
    size: Annotated[str, Field(max_length=16)] | None = None
    quantity: Annotated[int, Field(ge=1, le=MAX_LINE_QUANTITY)]
    unit_price_cents: Annotated[int, Field(ge=0)]
    fulfilment: Literal["take_now", "order"]
    """"take_now": on the shelf here; "order": not in stock here, ordered for delivery or
    later pickup (endless aisle)."""


class CartHandedOverPayload(WireModel):
    """An online cart turned into a store basket; the till scans `basket_ref`."""

    basket_ref: Annotated[str, Field(pattern=r"^B-[A-Z0-9]{4,20}$")]
    customer_id: Annotated[str, Field(min_length=1, max_length=16)]
    cart_id: Annotated[str, Field(max_length=16)] | None = None
    lines: Annotated[list[BasketLine], Field(min_length=1, max_length=MAX_BASKET_LINES)]
    reservation_ids: list[uuid.UUID] = Field(default_factory=list)


class PreparedLine(WireModel):
    """Where the picking of one order line stands (absolute counts, so sent twice is the same)."""

    line_no: Annotated[int, Field(ge=1)]
    picked: Annotated[int, Field(ge=0, le=MAX_LINE_QUANTITY)]
    missing: Annotated[int, Field(ge=0, le=MAX_LINE_QUANTITY)]


class PickupPreparedPayload(WireModel):
    order_id: str
    lines: Annotated[list[PreparedLine], Field(min_length=1, max_length=MAX_BASKET_LINES)]


class PickupReadyPayload(WireModel):
    """Prepared and put away at `shelf`: the central API tells the customer."""

    order_id: str
    shelf: Annotated[str, Field(min_length=1, max_length=MAX_SHELF_LENGTH)]


class PickupOrderPayload(WireModel):
    """An event about a whole order and nothing else (notice resent, deadline extended,
    returned to stock)."""

    order_id: str


RefusalReason = Literal["damaged", "wrong_size", "wrong_item", "changed_mind",
                        "not_as_described", "other"]


class HandoverLine(WireModel):
    """One line at the desk: units handed over, units refused (with why); the rest of the
    line stays on the shelf for later."""

    line_no: Annotated[int, Field(ge=1)]
    handed_over: Annotated[int, Field(ge=0, le=MAX_LINE_QUANTITY)] = 0
    refused: Annotated[int, Field(ge=0, le=MAX_LINE_QUANTITY)] = 0
    reason: RefusalReason | None = None

    @model_validator(mode="after")
    def _reason_for_refusal(self) -> HandoverLine:
        if self.refused and self.reason is None:
            raise ValueError("a refused line needs a reason")
        return self


class PickupHandedOverPayload(WireModel):
    """One visit at the desk. `pickup.handed_over` when at least one unit left with the
    customer, `pickup.refused` when the customer refused everything they were offered;
    refused units become a refund the central API processes."""

    order_id: str
    handover_id: uuid.UUID
    method: PickupMethod
    collector_name: Annotated[str, Field(min_length=1, max_length=MAX_NAME_LENGTH)] | None = None
    lines: Annotated[list[HandoverLine], Field(min_length=1, max_length=MAX_BASKET_LINES)]

    @model_validator(mode="after")
    def _something_happened(self) -> PickupHandedOverPayload:
        if not any(line.handed_over or line.refused for line in self.lines):
            raise ValueError("nothing was handed over or refused")
        return self


class PickupRefusedPayload(PickupHandedOverPayload):
    @model_validator(mode="after")
    def _nothing_handed_over(self) -> PickupRefusedPayload:
        if any(line.handed_over for line in self.lines):
            raise ValueError("units were handed over: that is pickup.handed_over")
        return self


ReturnReason = Annotated[str, Field(pattern=r"^[a-z][a-z_]{0,31}$")]
"""A reason code from the policy feed's `reason_codes` (the server checks it is one)."""
ItemCondition = Literal["new", "opened", "damaged"]
RefundMethod = Literal["original_payment", "store_credit", "exchange"]
PaymentMethod = Literal["card", "paypal", "gift_card", "cash"]
VOUCHER_ID_PATTERN = r"^V-[A-Z0-9-]{4,76}$"
RETURN_ID_PATTERN = r"^R-[A-Z0-9-]{4,76}$"
MAX_OVERRIDE_REASON = 200


class ReturnedLine(WireModel):
    """Units of one order line brought back, and the refund for them."""

    line_no: Annotated[int, Field(ge=1)]
    """The order's line; without a receipt, the item's place in the return (1, 2…)."""
    product_id: Annotated[str, Field(min_length=1, max_length=16)] | None = None
    """Without a receipt: the item brought back (refunded at its lowest recent price)."""
    quantity: Annotated[int, Field(ge=1, le=MAX_LINE_QUANTITY)]
    already_returned: Annotated[int, Field(ge=0, le=MAX_LINE_QUANTITY)] = 0
    """Units of the line refunded before, as the tablet knew it (the pro-rata base)."""
    reason: ReturnReason
    condition: ItemCondition
    restock: bool
    refund_cents: Annotated[int, Field(ge=0)]


class RefundPayment(WireModel):
    method: PaymentMethod
    amount_cents: Annotated[int, Field(ge=0)]


class ManagerOverride(WireModel):
    """A return outside the policy, allowed by a manager, and why."""

    by: Annotated[str, Field(min_length=1, max_length=MAX_NAME_LENGTH)]
    reason: Annotated[str, Field(min_length=3, max_length=MAX_OVERRIDE_REASON)]


class ReturnRecordedPayload(WireModel):
    """Goods brought back to this store's returns desk, and how they were refunded."""

    return_id: Annotated[str, Field(pattern=RETURN_ID_PATTERN)]
    order_id: str | None
    """None: a return without receipt (store credit only, for an identified customer)."""
    customer_id: str | None = None
    lines: Annotated[list[ReturnedLine], Field(min_length=1, max_length=MAX_BASKET_LINES)]
    refund_method: RefundMethod
    refund_cents: Annotated[int, Field(ge=0)]
    payments: list[RefundPayment] = Field(default_factory=list)
    """`original_payment`: how much goes back to each means of payment of the order."""
    voucher_id: Annotated[str, Field(pattern=VOUCHER_ID_PATTERN)] | None = None
    exchange_product_id: Annotated[str, Field(min_length=1, max_length=16)] | None = None
    override: ManagerOverride | None = None
    offline: bool = False
    """Recorded while the central API could not be reached (within the offline limits)."""

    @model_validator(mode="after")
    def _adds_up(self) -> ReturnRecordedPayload:
        if sum(line.refund_cents for line in self.lines) != self.refund_cents:
            raise ValueError("the lines' refunds do not add up to the refund")
        if len({line.line_no for line in self.lines}) != len(self.lines):
            raise ValueError("a line is listed twice")
        if self.refund_method == "original_payment":
            if sum(p.amount_cents for p in self.payments) != self.refund_cents:
                raise ValueError("the payments do not add up to the refund")
        elif self.payments:
            raise ValueError(f"a {self.refund_method} refund goes to no means of payment")
        if self.refund_method == "exchange" and self.exchange_product_id is None:
            raise ValueError("an exchange names the item given in exchange")
        if self.order_id is None:
            if self.refund_method != "store_credit" or self.customer_id is None:
                raise ValueError("a return without receipt is store credit for a customer")
            if any(line.product_id is None for line in self.lines):
                raise ValueError("a return without receipt names each item")
        return self


class VoucherIssuedPayload(WireModel):
    """Store credit handed to the customer as a voucher with its own QR code; usable on
    every channel once the central API knows it."""

    voucher_id: Annotated[str, Field(pattern=VOUCHER_ID_PATTERN)]
    return_id: Annotated[str, Field(pattern=RETURN_ID_PATTERN)]
    customer_id: str | None = None
    amount_cents: Annotated[int, Field(ge=1)]
    expires_at: datetime


class LoyaltyReversedPayload(WireModel):
    """Points earned on returned goods, taken back (so refunds cannot farm points)."""

    customer_id: str
    order_id: str
    return_id: Annotated[str, Field(pattern=RETURN_ID_PATTERN)]
    points: Annotated[int, Field(ge=1)]


AssistanceKind = Literal["cart", "pickup", "return", "help"]
"""Why a customer at a kiosk wants an associate: their online cart, an order to collect
(checked in at the kiosk), a return ticket to finish, anything else."""
MAX_ASSISTANCE_NOTE = 120


class AssistanceRequestedPayload(WireModel):
    request_id: uuid.UUID
    kind: AssistanceKind
    customer_id: str | None = None
    order_id: str | None = None
    note: Annotated[str, Field(max_length=MAX_ASSISTANCE_NOTE)] = ""
    """What the associate needs to know, in a few words (order number, items); never
    more personal data than the first name."""


class AssistanceAnsweredPayload(WireModel):
    request_id: uuid.UUID


class StaffLockedOutPayload(WireModel):
    """Too many wrong PINs for one staff number on this device: a security record."""

    staff_number: Annotated[str, Field(pattern=r"^\d{1,12}$")]
    attempts: Annotated[int, Field(ge=1)]
    locked_until: datetime


EVENT_PAYLOADS: dict[str, type[WireModel]] = {
    "customer.identified": CustomerIdentifiedPayload,
    "pickup.prepared": PickupPreparedPayload,
    "pickup.ready": PickupReadyPayload,
    "pickup.notice_resent": PickupOrderPayload,
    "pickup.checked_in": PickupCheckedInPayload,
    "pickup.handed_over": PickupHandedOverPayload,
    "pickup.refused": PickupRefusedPayload,
    "pickup.extended": PickupOrderPayload,
    "pickup.expired": PickupOrderPayload,
    "stock.reserved": StockReservedPayload,
    "cart.handed_over": CartHandedOverPayload,
    "return.recorded": ReturnRecordedPayload,
    "voucher.issued": VoucherIssuedPayload,
    "loyalty.reversed": LoyaltyReversedPayload,
    "assistance.requested": AssistanceRequestedPayload,
    "assistance.answered": AssistanceAnsweredPayload,
    "staff.locked_out": StaffLockedOutPayload,
}


class DeviceStatus(WireModel):
    device_id: str
    store_id: str
    highest_seq: int
    """Highest seq the server holds for this device (0 when none)."""


class Health(WireModel):
    status: Literal["ok"]
    protocol: int = PROTOCOL_VERSION
    server_time: datetime
