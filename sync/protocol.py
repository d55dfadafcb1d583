"""Sync protocol v1: the wire models shared by the tablet and the central API.

Both sides import these models, so a field renamed here is renamed on both ends
and a payload one side can send is one the other side can read. Money is always
integer cents; times are timezone-aware ISO 8601.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sync.rules.kpis import Touchpoint
from sync.rules.returns import MAX_OVERRIDE_REASON, MIN_OVERRIDE_REASON
from sync.visits import VISIT_PATTERN

PROTOCOL_VERSION = 1

FEEDS: tuple[str, ...] = ("orders", "customers", "catalog", "stock", "availability", "policy",
                         "assistance")
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
    heads: dict[str, str] = Field(default_factory=dict)
    """Each feed's cursor once the device holds all of it: a feed whose cursor on the
    device is its head has nothing new, and an idle round is this one request."""


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
# One model per event type the server knows; the model names its type, so recording an
# event on the tablet and judging it on the server both key on the class. The server
# validates the payload against it and rejects the event (with the validation message)
# when it does not fit.


class EventPayload(WireModel):
    """The facts of one event; `event_type` is the type it travels as."""

    event_type: ClassVar[str]


class CustomerIdentifiedPayload(EventPayload):
    event_type = "customer.identified"

    customer_id: str
    method: Literal["pass", "card", "search"]


PickupMethod = Literal["pass", "code", "name_and_id", "associate", "kiosk"]
"""How the desk knew the person was the right one: the pickup pass scanned, the 6-digit
pickup code, the name checked against an ID document, the pickup pass scanned by the
customer at a self-service kiosk, or (older devices) not said."""

MAX_NAME_LENGTH = 80
MAX_SHELF_LENGTH = 16


class PickupCheckedInPayload(EventPayload):
    event_type = "pickup.checked_in"

    order_id: str
    method: PickupMethod = "associate"
    collector_name: Annotated[str, Field(min_length=1, max_length=MAX_NAME_LENGTH)] | None = None
    """Someone collecting for the customer (None: the customer in person)."""


MAX_LINE_QUANTITY = 20
MAX_BASKET_LINES = 50
MAX_RESERVATION_MINUTES = 24 * 60


class StockReservedPayload(EventPayload):
    """Items put aside for a customer to try on, until `expires_at`."""

    event_type = "stock.reserved"

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


class CartHandedOverPayload(EventPayload):
    """An online cart turned into a store basket; the till scans `basket_ref`."""

    event_type = "cart.handed_over"

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


class PickupPreparedPayload(EventPayload):
    event_type = "pickup.prepared"

    order_id: str
    lines: Annotated[list[PreparedLine], Field(min_length=1, max_length=MAX_BASKET_LINES)]


class PickupReadyPayload(EventPayload):
    """Prepared and put away at `shelf`: the central API tells the customer."""

    event_type = "pickup.ready"

    order_id: str
    shelf: Annotated[str, Field(min_length=1, max_length=MAX_SHELF_LENGTH)]


class PickupOrderPayload(EventPayload):
    """An event about a whole order and nothing else."""

    order_id: str


class PickupNoticeResentPayload(PickupOrderPayload):
    """The customer is told again that the order waits for them."""

    event_type = "pickup.notice_resent"


class PickupExtendedPayload(PickupOrderPayload):
    """The pickup deadline moves on by the policy's extension."""

    event_type = "pickup.extended"


class PickupExpiredPayload(PickupOrderPayload):
    """A no-show: the order goes back to stock."""

    event_type = "pickup.expired"


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


class PickupHandedOverPayload(EventPayload):
    """One visit at the desk. `pickup.handed_over` when at least one unit left with the
    customer, `pickup.refused` when the customer refused everything they were offered;
    refused units become a refund the central API processes."""

    event_type = "pickup.handed_over"

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
    event_type = "pickup.refused"

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
    reason: Annotated[str, Field(min_length=MIN_OVERRIDE_REASON, max_length=MAX_OVERRIDE_REASON)]


class ReturnRecordedPayload(EventPayload):
    """Goods brought back to this store's returns desk, and how they were refunded."""

    event_type = "return.recorded"

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


class VoucherIssuedPayload(EventPayload):
    """Store credit handed to the customer as a voucher with its own QR code; usable on
    every channel once the central API knows it."""

    event_type = "voucher.issued"

    voucher_id: Annotated[str, Field(pattern=VOUCHER_ID_PATTERN)]
    return_id: Annotated[str, Field(pattern=RETURN_ID_PATTERN)]
    customer_id: str | None = None
    amount_cents: Annotated[int, Field(ge=1)]
    expires_at: datetime


class LoyaltyReversedPayload(EventPayload):
    """Points earned on returned goods, taken back (so refunds cannot farm points)."""

    event_type = "loyalty.reversed"

    customer_id: str
    order_id: str
    return_id: Annotated[str, Field(pattern=RETURN_ID_PATTERN)]
    points: Annotated[int, Field(ge=1)]


AssistanceKind = Literal["cart", "pickup", "return", "help"]
"""Why a customer at a kiosk wants an associate: their online cart, an order to collect
(checked in at the kiosk), a return ticket to finish, anything else."""
MAX_ASSISTANCE_NOTE = 120


class AssistanceRequestedPayload(EventPayload):
    event_type = "assistance.requested"

    request_id: uuid.UUID
    kind: AssistanceKind
    customer_id: str | None = None
    order_id: str | None = None
    note: Annotated[str, Field(max_length=MAX_ASSISTANCE_NOTE)] = ""
    """What the associate needs to know, in a few words (order number, items); never
    more personal data than the first name."""


class AssistanceAnsweredPayload(EventPayload):
    event_type = "assistance.answered"

    request_id: uuid.UUID


class StaffLockedOutPayload(EventPayload):
    """Too many wrong PINs for one staff number on this device: a security record."""

    event_type = "staff.locked_out"

    staff_number: Annotated[str, Field(pattern=r"^\d{1,12}$")]
    attempts: Annotated[int, Field(ge=1)]
    locked_until: datetime


FeedbackTag = Literal["wait", "staff", "product", "store"]
"""What an answer is about, tapped by the customer: the wait, the staff, the product, the
store itself."""
MAX_FEEDBACK_COMMENT = 500


class FeedbackGivenPayload(EventPayload):
    """A customer's answer to "how was it?" after a visit (`docs/kpis.md`, satisfaction).

    Never who answered: no customer, order or associate; the visit reference is signed by
    the device that served the visit and names none of them. A comment is the customer's
    own words, kept without names."""

    event_type = "feedback.given"

    visit: Annotated[str, Field(pattern=VISIT_PATTERN)]
    touchpoint: Touchpoint
    score: Annotated[int, Field(ge=1, le=5)] | None = None
    """1-5 (CSAT); None: offered and not answered (skipped or left), for the response rate."""
    recommend: Annotated[int, Field(ge=0, le=10)] | None = None
    """0-10: would they recommend the store (NPS); asked by the receipt's survey only."""
    tags: Annotated[list[FeedbackTag], Field(max_length=4)] = Field(default_factory=list)
    comment: Annotated[str, Field(max_length=MAX_FEEDBACK_COMMENT)] = ""

    @field_validator("tags")
    @classmethod
    def _distinct(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a tag is given once")
        return value

    @model_validator(mode="after")
    def _answered_or_not(self) -> FeedbackGivenPayload:
        if self.score is None and (self.recommend is not None or self.tags or self.comment):
            raise ValueError("an answer left unanswered carries no recommendation, tags "
                             "or comment")
        return self


class EventDiscardedPayload(EventPayload):
    """A manager voided an event the central API refused (it will never be applied): kept
    for audit with who did it."""

    event_type = "event.discarded"

    discarded_id: uuid.UUID
    discarded_seq: Annotated[int, Field(ge=1)]
    discarded_type: Annotated[str, Field(min_length=1, max_length=64)]


EVENT_PAYLOADS: dict[str, type[EventPayload]] = {model.event_type: model for model in (
    CustomerIdentifiedPayload, PickupPreparedPayload, PickupReadyPayload,
    PickupNoticeResentPayload, PickupCheckedInPayload, PickupHandedOverPayload,
    PickupRefusedPayload, PickupExtendedPayload, PickupExpiredPayload, StockReservedPayload,
    CartHandedOverPayload, ReturnRecordedPayload, VoucherIssuedPayload, LoyaltyReversedPayload,
    AssistanceRequestedPayload, AssistanceAnsweredPayload, StaffLockedOutPayload,
    EventDiscardedPayload, FeedbackGivenPayload)}
"""Every event type the server knows, and the model of its payload."""


class PairingRequest(WireModel):
    code: Annotated[str, Field(min_length=1, max_length=32)]
    app_version: Annotated[str, Field(max_length=32)] = ""


class Enrolment(WireModel):
    """A device's identity, for the pairing code it traded."""

    device_id: str
    store_id: str
    kind: str
    token: str


class DeviceStatus(WireModel):
    device_id: str
    store_id: str
    highest_seq: int
    """Highest seq the server holds for this device (0 when none)."""
    heads: dict[str, str] = Field(default_factory=dict)
    """Each feed's cursor once the device holds all of it: a feed whose cursor on the
    device is its head has nothing new, and an idle round is this one request."""


class Health(WireModel):
    status: Literal["ok"]
    protocol: int = PROTOCOL_VERSION
    server_time: datetime
