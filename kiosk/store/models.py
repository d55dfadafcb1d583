"""The tablet's local database (SQLAlchemy 2.0, typed).

Two kinds of table: local copies of the server's truth, filled only by the change
feeds (orders, customers, products, stock, policy), and what this device did
(the outbox, and `local_*` columns that show a pending change until the server
confirms it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    and_,
    or_,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.records import (
    AssistanceRecord,
    AvailabilityRecord,
    CustomerRecord,
    OrderRecord,
    ProductRecord,
)
from sync.sqltypes import UtcDateTime

JsonDict = dict[str, Any]


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime, JsonDict: JSON}


class OutboxEvent(Base):
    """An event recorded on this device, written in the same transaction as its state change.

    `seq` is gap-free: it is allocated inside the writing transaction, so a rolled-back
    action leaves no hole. Rows are kept after the server's answer (state `sent`).
    """

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(128), index=True)
    occurred_at: Mapped[datetime]
    payload: Mapped[JsonDict]
    state: Mapped[str] = mapped_column(String(16), default="pending")
    """pending: to send; sent: the server answered; dead: the server refused it for good
    (a dead letter: later events of the same entity wait until a person deals with it)."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None]
    result_status: Mapped[str | None] = mapped_column(String(16))
    result_reason: Mapped[str | None] = mapped_column(Text)
    result_details: Mapped[JsonDict | None]
    resolved_at: Mapped[datetime | None]
    actor: Mapped[str | None] = mapped_column(String(32))
    """The staff member logged in when it was recorded (None: a customer at the kiosk)."""
    """When a person dealt with a dead letter or a conflict (None: still waiting)."""
    resolved_by: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (Index("ix_outbox_state_seq", "state", "seq"),)


OPEN_DEAD_LETTER = and_(OutboxEvent.state == "dead", OutboxEvent.resolved_at.is_(None))
"""Refused by the server and not yet dealt with by a person."""
OPEN_CONFLICT = and_(OutboxEvent.result_status == "conflict", OutboxEvent.resolved_at.is_(None))
NEEDS_ATTENTION = or_(OPEN_DEAD_LETTER, OPEN_CONFLICT)
HELD_ENTITIES = select(OutboxEvent.entity).where(OPEN_DEAD_LETTER)
"""Entities whose pending events wait behind a dead letter."""


class FeedState(Base):
    __tablename__ = "feed_state"
    feed: Mapped[str] = mapped_column(String(16), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(String(64))
    pulled_at: Mapped[datetime | None]


class DeviceSetting(Base):
    """Small facts about this device and its sync: key -> text value."""

    __tablename__ = "device_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LocalOrder(Base):
    __tablename__ = "orders"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    number: Mapped[str] = mapped_column(String(24), index=True)
    customer_id: Mapped[str | None] = mapped_column(String(16), index=True)
    customer_name: Mapped[str | None] = mapped_column(String(160))
    channel: Mapped[str] = mapped_column(String(8))
    fulfilment: Mapped[str] = mapped_column(String(16))
    store_id: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    payment_state: Mapped[str] = mapped_column(String(24))
    pickup_state: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime]
    ready_at: Mapped[datetime | None]
    pickup_deadline: Mapped[datetime | None]
    total_cents: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[JsonDict]
    collected_at: Mapped[datetime | None]
    fetched_at: Mapped[datetime | None]
    """Fetched on demand (outside the store's window, for a visit): forgotten after it."""
    pickup_code: Mapped[str | None] = mapped_column(String(6), index=True)
    """The 6-digit code a customer without the pass types (looked up, never shown)."""
    local_pickup_state: Mapped[str | None] = mapped_column(String(16))
    """What this device did and the server has not confirmed yet (shown as pending)."""
    local_data: Mapped[JsonDict | None]
    """The rest of what this device did and the server has not confirmed yet: lines picked,
    handed over or refused, the shelf, a new deadline (laid over `data` until confirmed)."""

    __table_args__ = (Index("ix_orders_store_fulfilment", "store_id", "fulfilment"),)

    def record(self) -> OrderRecord:
        """The feed row, parsed (once per read: the JSON column is the server's record)."""
        return OrderRecord.model_validate({**self.data, "id": self.id})


ORDER_UNITS = text("(SELECT coalesce(sum(json_extract(value, '$.quantity')), 0) "
                   "FROM json_each(orders.data, '$.lines'))")
"""Units on an order, counted in SQL from the lines the feed sent: lists of thousands of
orders build no order object or JSON document per row."""


class LocalCustomer(Base):
    __tablename__ = "customers"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), index=True)
    email: Mapped[str] = mapped_column(String(160), index=True)
    phone: Mapped[str] = mapped_column(String(32))
    loyalty_tier: Mapped[str] = mapped_column(String(16))
    points_balance: Mapped[int] = mapped_column(Integer)
    search_key: Mapped[str] = mapped_column(Text)
    """Folded name, email and phone digits (`sync.text.search_key`)."""
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[JsonDict]
    last_identified_at: Mapped[datetime | None]
    seen_here_at: Mapped[datetime | None]
    """When the store last served or identified them, as the central API knows it."""
    fetched_at: Mapped[datetime | None]
    """Fetched on demand (scanned or searched outside the working set)."""

    def record(self) -> CustomerRecord:
        """The feed row, parsed (once per read: the JSON column is the server's record)."""
        return CustomerRecord.model_validate({**self.data, "id": self.id})


class LoyaltyCardIndex(Base):
    """Card number -> customer, for identifying a customer by card offline."""

    __tablename__ = "loyalty_cards"
    number: Mapped[str] = mapped_column(String(20), primary_key=True)
    customer_id: Mapped[str] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )


class LocalProduct(Base):
    __tablename__ = "products"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    gtin: Mapped[str] = mapped_column(String(14), index=True)
    sku: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(80))
    price_cents: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[JsonDict]

    def record(self) -> ProductRecord:
        """The feed row, parsed (once per read: the JSON column is the server's record)."""
        return ProductRecord.model_validate(self.data)


class LocalStock(Base):
    __tablename__ = "stock"
    store_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    product_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer)
    aisle: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(BigInteger)
    reservations: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")
    """Active reservations as the stock feed last sent them (id, quantity, expires_at)."""


class LocalAvailability(Base):
    """Other stores' stock of a product: the `availability` feed's summary."""

    __tablename__ = "availability"
    product_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    stores_in_stock: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[JsonDict]

    def record(self) -> AvailabilityRecord:
        return AvailabilityRecord.model_validate(self.data)


class LocalReservation(Base):
    """A reservation made on this tablet, counted at once, before the server confirms it
    (after which the stock feed carries it too; both are matched by id)."""

    __tablename__ = "local_reservations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(16))
    product_id: Mapped[str] = mapped_column(String(16), index=True)
    size: Mapped[str | None] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[str] = mapped_column(String(16))
    expires_at: Mapped[datetime]


class PolicyEntry(Base):
    __tablename__ = "policy"
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[JsonDict]


class AssistanceEntry(Base):
    """A customer at a kiosk asking for an associate: the `assistance` feed's copy."""

    __tablename__ = "assistance"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[JsonDict]

    def record(self) -> AssistanceRecord:
        """The feed row, parsed (once per read: the JSON column is the server's record)."""
        return AssistanceRecord.model_validate(self.data)


class PinAttempts(Base):
    """Wrong PINs in a row per staff number on this device, and the lock they led to: kept
    in the database so that restarting the app does not reset the count."""

    __tablename__ = "pin_attempts"
    staff_number: Mapped[str] = mapped_column(String(12), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
