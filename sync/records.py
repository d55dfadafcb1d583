"""What a feed row and a customer's live context hold: one typed record per kind.

The central API builds these and sends them as JSON (`FeedItem.data`, the customer
context endpoint); the tablet parses each row once, where it reads it, and works with
attributes from there on. Unlike the event payloads, a record accepts fields it does not
know: a newer server may add some, and an older tablet must keep reading the rest.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from sync.protocol import AssistanceKind, PickupMethod


def _utc(value: datetime) -> datetime:
    """A time without a zone is UTC (how the central database stores every time)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


UtcTime = Annotated[datetime, AfterValidator(_utc)]


class Record(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class OrderLineRecord(Record):
    line_no: int
    product_id: str
    size: str = ""
    quantity: int
    unit_price_cents: int = 0
    discount_cents: int = 0
    status: str = "ordered"
    returned_quantity: int = 0
    picked: int = 0
    missing: int = 0
    handed_over: int = 0
    refused: int = 0


class PaymentRecord(Record):
    method: str
    amount_cents: int


class OrderRecord(Record):
    id: str = ""
    """As the feed item's id says (a feed row may leave it out of its data)."""
    number: str
    customer_id: str | None = None
    customer_name: str | None = None
    channel: str
    fulfilment: str
    store_id: str | None = None
    status: str
    payment_state: str = "paid"
    pickup_state: str | None = None
    pickup_code: str | None = None
    shelf: str | None = None
    created_at: UtcTime
    ready_at: UtcTime | None = None
    pickup_deadline: UtcTime | None = None
    checked_in_at: UtcTime | None = None
    collected_at: UtcTime | None = None
    checkin_method: PickupMethod | None = None
    collector_name: str | None = None
    extensions: int = 0
    subtotal_cents: int = 0
    discount_cents: int = 0
    total_cents: int
    lines: tuple[OrderLineRecord, ...] = ()
    payments: tuple[PaymentRecord, ...] = ()


class ProductRecord(Record):
    id: str = ""
    gtin: str
    sku: str
    name: str
    brand: str
    category: str
    price_cents: int
    attributes: dict[str, Any] = Field(default_factory=dict)
    active: bool = True

    @property
    def color(self) -> str:
        return str(self.attributes.get("color", ""))


class ReservationRecord(Record):
    """Units of a stock level put aside for a customer until `expires_at`."""

    id: str
    quantity: int = 0
    size: str | None = None
    customer_id: str | None = None
    expires_at: UtcTime | None = None


class StockRecord(Record):
    store_id: str
    product_id: str
    quantity: int
    aisle: str = ""
    reservations: tuple[ReservationRecord, ...] = ()


class NearbyStockRecord(Record):
    store_id: str
    name: str = ""
    quantity: int


class AvailabilityRecord(Record):
    """Other stores' stock of one product, as a device holds it: how many stores have it
    and the nearest ones with their counts (the live figure comes from the API online)."""

    product_id: str
    stores_in_stock: int = 0
    nearest: tuple[NearbyStockRecord, ...] = ()


class LoyaltyRecord(Record):
    tier: str = "member"
    points: int = 0
    cards: tuple[str, ...] = ()


class ConsentsRecord(Record):
    personalisation: bool = False
    email: bool = False
    sms: bool = False


class VoucherRecord(Record):
    id: str
    kind: str = "voucher"
    amount_cents: int = 0
    balance_cents: int = 0
    expires_at: UtcTime | None = None
    status: str = "active"

    @property
    def usable(self) -> bool:
        return self.balance_cents > 0 and self.status == "active"


class CartLineRecord(Record):
    product_id: str
    size: str | None = None
    quantity: int = 1
    unit_price_cents: int = 0


class CartRecord(Record):
    id: str
    channel: str = ""
    status: str = "open"
    updated_at: UtcTime | None = None
    lines: tuple[CartLineRecord, ...] = ()


class BrowsingRecord(Record):
    session_id: str = ""
    kind: str = "view"
    product_id: str | None = None
    query: str | None = None
    channel: str = ""
    occurred_at: UtcTime


class CustomerRecord(Record):
    """A customer's profile; in the customers feed, with their open cart and recent
    browsing too (the local copy's answer when the live context cannot be had)."""

    id: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    language: str = "fr"
    created_at: UtcTime | None = None
    loyalty: LoyaltyRecord = LoyaltyRecord()
    consents: ConsentsRecord = ConsentsRecord()
    vouchers: tuple[VoucherRecord, ...] = ()
    no_receipt_returns: int = 0
    """Returns without receipt over the last year (the policy limits them)."""
    cart: CartRecord | None = None
    recent_browsing: tuple[BrowsingRecord, ...] = ()
    """Only for a customer who agreed to personalisation."""
    seen_here_at: UtcTime | None = None
    """In a store's customers feed: when the customer was last served or identified at that
    store (the device's working-set rule counts from it)."""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class PastReturnRecord(Record):
    id: str
    order_id: str | None = None
    created_at: UtcTime | None = None
    refund_method: str = ""
    refund_cents: int = 0


class CustomerContext(Record):
    """Everything a store associate may see of a customer (the live endpoint's answer)."""

    customer: CustomerRecord
    cart: CartRecord | None = None
    browsing: tuple[BrowsingRecord, ...] = ()
    orders: tuple[OrderRecord, ...] = ()
    returns: tuple[PastReturnRecord, ...] = ()
    store_id: str | None = None


class CustomerHit(Record):
    """One line of a customer search's answer: enough to pick the right person."""

    id: str
    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    loyalty_tier: str = "member"
    points: int = 0


class CustomerSearchPage(Record):
    """A page of the central API's customer search, best matches first."""

    items: tuple[CustomerHit, ...] = ()
    page: int = 1
    has_more: bool = False


class AssistanceRecord(Record):
    id: str
    kind: AssistanceKind = "help"
    customer_id: str | None = None
    first_name: str | None = None
    order_id: str | None = None
    note: str = ""
    device_id: str | None = None
    requested_at: UtcTime | None = None
    answered_at: UtcTime | None = None
    answered_by: str | None = None


class StaffRecord(Record):
    store_id: str
    number: str
    name: str
    role: str = "associate"
    pin_hash: str
    active: bool = True


def wire(record: Record) -> dict[str, Any]:
    """A record as the JSON it travels as (times as ISO 8601 text)."""
    return record.model_dump(mode="json")



class ReasonCodeRecord(Record):
    code: str
    fr: str = ""
    en: str = ""


class ReasonCodesRecord(Record):
    """The return reasons of the policy feed (`reason_codes/returns`), in both languages."""

    codes: tuple[ReasonCodeRecord, ...] = ()


class LoyaltyPolicyRecord(Record):
    points_per_euro: int = 1


class StoreRecord(Record):
    id: str = ""
    name: str = ""
    city: str = ""
    address: str = ""
