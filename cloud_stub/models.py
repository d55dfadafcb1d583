"""The central API's data model (SQLAlchemy 2.0, typed).

Money is integer cents. Every row a change feed serves carries a `version` taken
from one global clock (`FeedClock`), so a feed cursor is simply "the highest
version I have seen".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from sync.sqltypes import UtcDateTime, utcnow

JsonDict = dict[str, Any]


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime, JsonDict: JSON}


class FeedClock(Base):
    """One row: the last version handed out, and the epoch that names this database.

    A cursor from another epoch (the database was re-seeded or restored) answers 410.
    """

    __tablename__ = "feed_clock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
    epoch: Mapped[str] = mapped_column(String(32))


class Store(Base):
    __tablename__ = "stores"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(80))
    address: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    """Where the store is: a device is told of the nearest stores that have an item."""


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(16), default="tablet", server_default="tablet")
    """tablet (staff log in on it) | kiosk (customer-facing: never gets staff accounts)."""
    revoked_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]
    """The last authenticated request (written at most once a minute)."""
    app_version: Mapped[str | None] = mapped_column(String(32))
    pending_events: Mapped[int | None] = mapped_column(Integer)
    """Events waiting on the device, as it last reported them."""


class PairingCode(Base):
    """A one-time code a manager types or scans on a new device to enrol it: the device
    trades it for its token. Only its hash is kept; it is good for 15 minutes, once."""

    __tablename__ = "pairing_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(160), index=True)
    phone: Mapped[str] = mapped_column(String(32), index=True)
    language: Mapped[str] = mapped_column(String(8), default="fr")
    created_at: Mapped[datetime]
    loyalty_tier: Mapped[str] = mapped_column(String(16), default="member")
    points_balance: Mapped[int] = mapped_column(Integer, default=0)
    consent_personalisation: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_email: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(BigInteger, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    search_key: Mapped[str] = mapped_column(String(400), default="", server_default="")
    """`sync.text.search_key` of the name, e-mail and phone: the associate's search."""

    cards: Mapped[list[LoyaltyCard]] = relationship(back_populates="customer")
    vouchers: Mapped[list[Voucher]] = relationship(back_populates="customer")


def live_customer(session: Session, customer_id: str | None) -> Customer | None:
    """The customer an event names, unless none, unknown or erased."""
    customer = session.get(Customer, customer_id) if customer_id else None
    return None if customer is None or customer.deleted else customer


class LoyaltyCard(Base):
    __tablename__ = "loyalty_cards"
    number: Mapped[str] = mapped_column(String(20), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="active")
    issued_at: Mapped[datetime]
    customer: Mapped[Customer] = relationship(back_populates="cards")


class LoyaltyLedgerEntry(Base):
    __tablename__ = "loyalty_ledger"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    order_id: Mapped[str | None] = mapped_column(ForeignKey("orders.id"))
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime]


class Product(Base):
    __tablename__ = "products"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    gtin: Mapped[str] = mapped_column(String(14), unique=True)
    sku: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(80), index=True)
    category: Mapped[str] = mapped_column(String(80), index=True)
    price_cents: Mapped[int] = mapped_column(Integer)
    attributes: Mapped[JsonDict] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(BigInteger, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class StockLevel(Base):
    __tablename__ = "stock_levels"
    __table_args__ = (Index("ix_stock_levels_store_version", "store_id", "version"),
                      # availability: the nearest stores' counts of a page's products
                      Index("ix_stock_levels_product_store", "product_id", "store_id",
                            "quantity"))
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)
    aisle: Mapped[str] = mapped_column(String(16), default="")
    version: Mapped[int] = mapped_column(BigInteger, index=True)


class ProductAvailability(Base):
    """How many stores have a product, one row per product: other stores' stock reaches a
    device as this summary (and the nearest stores' counts), not as a row per store."""

    __tablename__ = "product_availability"
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), primary_key=True)
    stores_in_stock: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(BigInteger, index=True)


class StoreCustomer(Base):
    """A customer in a store's working set: what that store's tablets hold of the customer
    base. `version` moves when the customer's profile or this membership changes, so the
    store's customers feed reads this table alone."""

    __tablename__ = "store_customers"
    __table_args__ = (Index("ix_store_customers_store_version", "store_id", "version"),)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), primary_key=True,
                                             index=True)
    seen_at: Mapped[datetime | None]
    """When the customer was last served or identified in this store."""
    open_pickup: Mapped[bool] = mapped_column(Boolean, default=False)
    """A click & collect order waits for the customer here."""
    erased: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """The customer was erased: the feed sends the deletion (a copy of `customers.deleted`,
    so that a page reads this table's index alone)."""
    version: Mapped[int] = mapped_column(BigInteger)


class Reservation(Base):
    """Items put aside in a store for a customer to try on, until `expires_at`. Active ones
    travel with the stock feed, so every tablet of the store sees them."""

    __tablename__ = "reservations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    size: Mapped[str | None] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class CartHandover(Base):
    """An online cart taken over by a store (research online, purchase offline): the basket
    reference the till scans, and what was in it."""

    __tablename__ = "cart_handovers"
    __table_args__ = (Index("ix_cart_handovers_store_time", "store_id", "handed_over_at"),)
    basket_ref: Mapped[str] = mapped_column(String(24), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    cart_id: Mapped[str | None] = mapped_column(String(16))
    lines: Mapped[list[Any]] = mapped_column(JSON)
    total_cents: Mapped[int] = mapped_column(Integer)
    handed_over_at: Mapped[datetime]


class PickupNotice(Base):
    """A message to the customer about their click & collect order ("ready at the desk",
    a reminder, a new deadline), queued for the messaging service."""

    __tablename__ = "pickup_notices"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # ready | reminder | extended
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    created_at: Mapped[datetime]


class BrowsingEvent(Base):
    """An online product view or search, as the shop's website or app reported it."""

    __tablename__ = "browsing_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    session_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # view | search
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"))
    query: Mapped[str | None] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(8))  # web | app
    occurred_at: Mapped[datetime]

    __table_args__ = (Index("ix_browsing_customer_time", "customer_id", "occurred_at"),)


class Cart(Base):
    __tablename__ = "carts"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="open")
    updated_at: Mapped[datetime]
    lines: Mapped[list[CartLine]] = relationship(order_by="CartLine.id")


class CartLine(Base):
    __tablename__ = "cart_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cart_id: Mapped[str] = mapped_column(ForeignKey("carts.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    size: Mapped[str] = mapped_column(String(8), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_store_version", "store_id", "version"),
                      Index("ix_orders_store_created", "store_id", "created_at"),
                      Index("ix_orders_created", "created_at"))
    """A store's orders feed reads its own orders in version order, not the chain's; a
    store's (or the chain's) figures read the orders placed in a period."""
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[str] = mapped_column(String(8))  # web | app | store
    fulfilment: Mapped[str] = mapped_column(String(16))  # click_collect | delivery | in_store
    store_id: Mapped[str | None] = mapped_column(ForeignKey("stores.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    payment_state: Mapped[str] = mapped_column(String(24))
    pickup_state: Mapped[str | None] = mapped_column(String(16))
    pickup_code: Mapped[str | None] = mapped_column(String(6))
    shelf: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime]
    ready_at: Mapped[datetime | None]
    pickup_deadline: Mapped[datetime | None]
    checked_in_at: Mapped[datetime | None]
    collected_at: Mapped[datetime | None]
    checkin_method: Mapped[str | None] = mapped_column(String(16))
    collector_name: Mapped[str | None] = mapped_column(String(80))
    """Who collected when not the customer in person (a proxy pickup)."""
    extensions: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """How many times the pickup deadline was pushed back (the policy allows few)."""
    subtotal_cents: Mapped[int] = mapped_column(Integer)
    discount_cents: Mapped[int] = mapped_column(Integer, default=0)
    total_cents: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(BigInteger, index=True)

    lines: Mapped[list[OrderLine]] = relationship(order_by="OrderLine.line_no")
    payments: Mapped[list[Payment]] = relationship(order_by="Payment.id")
    customer: Mapped[Customer | None] = relationship()


class OrderLine(Base):
    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    size: Mapped[str] = mapped_column(String(8), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    discount_cents: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="ordered")
    returned_quantity: Mapped[int] = mapped_column(Integer, default=0)
    picked_quantity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    missing_quantity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Not found in the store while preparing: never handed over, refunded centrally."""
    handed_over_quantity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    refused_quantity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Refused by the customer at the pickup desk: refunded as a return."""

    __table_args__ = (UniqueConstraint("order_id", "line_no"),)


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))  # card | paypal | gift_card | cash
    amount_cents: Mapped[int] = mapped_column(Integer)


class Return(Base):
    __tablename__ = "returns"
    __table_args__ = (Index("ix_returns_store_created", "store_id", "created_at"),)
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    order_id: Mapped[str | None] = mapped_column(ForeignKey("orders.id"), index=True)
    """None: a return without receipt (store credit, limited per customer)."""
    customer_id: Mapped[str | None] = mapped_column(String(16), index=True)
    """Who brought it back (set by the returns desk; counts the no-receipt returns)."""
    store_id: Mapped[str | None] = mapped_column(ForeignKey("stores.id"))
    created_at: Mapped[datetime]
    refund_method: Mapped[str] = mapped_column(String(24))
    refund_cents: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16), default="desk", server_default="desk")
    """desk: brought back to a returns desk; pickup_refusal: refused at the pickup desk."""
    details: Mapped[JsonDict | None]
    """The desk's record: device, customer, refund per means of payment, voucher, exchange,
    back to stock per line, a manager's override and why, recorded offline or not."""
    lines: Mapped[list[ReturnLine]] = relationship()


class ReturnLine(Base):
    __tablename__ = "return_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    condition: Mapped[str] = mapped_column(String(16))
    refund_cents: Mapped[int] = mapped_column(Integer)


class Voucher(Base):
    """Store credit or a credit note, usable on every channel."""

    __tablename__ = "vouchers"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # voucher | credit_note
    amount_cents: Mapped[int] = mapped_column(Integer)
    balance_cents: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="active")
    """active | on_hold (its return was not accepted: a person looks at it) | used | expired"""
    return_id: Mapped[str | None] = mapped_column(String(80))
    """The return it was issued for (store credit), if any."""
    customer: Mapped[Customer | None] = relationship(back_populates="vouchers")


class PolicyItem(Base):
    """Return policy, offline limits, reason codes, public keys: what the `policy` feed serves."""

    __tablename__ = "policy_items"
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[JsonDict]
    version: Mapped[int] = mapped_column(BigInteger, index=True)


class SigningKey(Base):
    """Ed25519 keys that sign passes; the public half is published in the policy feed."""

    __tablename__ = "signing_keys"
    kid: Mapped[str] = mapped_column(String(32), primary_key=True)
    private_pem: Mapped[str] = mapped_column(Text)
    public_jwk: Mapped[JsonDict]
    created_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RejectedEvent(Base):
    """Events refused for good reasons of their own, kept for audit only.

    They are not idempotency records: once the cause is fixed (say the customer now
    exists), the device may send the same event again and it is applied.
    """

    __tablename__ = "rejected_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(128))
    payload: Mapped[JsonDict]
    reason: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    actor: Mapped[str | None] = mapped_column(String(32))
    """The staff member the event claimed (kept as claimed, for the security team)."""


class DeviceEvent(Base):
    """Every event a device sent and the server accepted (applied or in conflict), kept
    forever: the id is the idempotency key."""

    __tablename__ = "device_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(128), index=True)
    occurred_at: Mapped[datetime]
    received_at: Mapped[datetime]
    payload: Mapped[JsonDict]
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    details: Mapped[JsonDict | None]
    actor: Mapped[str | None] = mapped_column(String(32), index=True)
    """The staff member logged in on the device (`<store>:<number>`); None at a kiosk."""

    __table_args__ = (UniqueConstraint("device_id", "seq", name="uq_device_events_device_seq"),
                      Index("ix_device_events_store_type_time", "store_id", "type",
                            "occurred_at"))


class AssistanceRequest(Base):
    """A customer at a self-service kiosk asks for an associate: every tablet of the store
    shows it (the `assistance` feed) until one of them answers."""

    __tablename__ = "assistance_requests"
    __table_args__ = (Index("ix_assistance_requests_store_version", "store_id", "version"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    kind: Mapped[str] = mapped_column(String(16))  # cart | pickup | return | help
    customer_id: Mapped[str | None] = mapped_column(String(16))
    order_id: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(120), default="")
    requested_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[str | None] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(BigInteger, index=True)


class Feedback(Base):
    """A customer's answer after a visit (`feedback.given` or the receipt's web survey),
    one per visit: figures and comments only, never who answered (`docs/kpis.md`)."""

    __tablename__ = "feedback"
    __table_args__ = (Index("ix_feedback_store_given", "store_id", "given_at"),)
    visit: Mapped[str] = mapped_column(String(128), primary_key=True)
    """The signed visit reference: a second answer for the same visit is refused."""
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"))
    touchpoint: Mapped[str] = mapped_column(String(16))
    given_at: Mapped[datetime]
    score: Mapped[int | None] = mapped_column(SmallInteger)
    """1-5; None: offered at the device and not answered."""
    recommend: Mapped[int | None] = mapped_column(SmallInteger)
    tags: Mapped[str] = mapped_column(String(64), default="")
    """Space-separated tags (wait staff product store)."""
    comment: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(8))
    """device (the kiosk or the tablet's customer screen) | web (the receipt's survey)."""
