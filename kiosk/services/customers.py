"""Finding and identifying customers in the local copy (works offline)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from kiosk.domain.text import digits, fold
from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import record_event
from kiosk.store import LocalStore
from kiosk.store.models import LocalCustomer, LocalProduct, LoyaltyCardIndex
from sync.sqltypes import utcnow

SEARCH_LIMIT = 50
_CUSTOMER = select(LocalCustomer.__table__).where(LocalCustomer.id == bindparam("id"))
_MARK_IDENTIFIED = (update(LocalCustomer.__table__)
                    .where(LocalCustomer.id == bindparam("customer_id"))
                    .values(last_identified_at=bindparam("at")))
IdentifyMethod = Literal["pass", "card", "search"]


@dataclass(frozen=True)
class CustomerRow:
    id: str
    name: str
    email: str
    phone: str
    loyalty_tier: str
    points_balance: int


@dataclass(frozen=True)
class CustomerProfile:
    id: str
    first_name: str
    last_name: str
    email: str
    phone: str
    loyalty_tier: str
    points_balance: int
    cards: list[str]
    consents: dict[str, bool]
    vouchers: list[dict[str, Any]]
    cart: dict[str, Any] | None
    recent_browsing: list[dict[str, Any]]
    product_names: dict[str, str]
    """Names of the products the cart and browsing mention, from the local catalog."""


def _row(c: LocalCustomer) -> CustomerRow:
    return CustomerRow(c.id, f"{c.first_name} {c.last_name}", c.email, c.phone, c.loyalty_tier,
                       c.points_balance)


def search_customers(store: LocalStore, text: str, limit: int = SEARCH_LIMIT) -> list[CustomerRow]:
    """By name (any order, accents optional), email, phone or loyalty card number."""
    words = fold(text).split()
    if len("".join(words)) < 2:
        return []
    number = digits(text)
    with store.read() as session:
        statement = select(LocalCustomer)
        if len(number) >= 8 and all(ch.isdigit() or ch in "+ .-()" for ch in text.strip()):
            # All digits: a phone number (spaces or +33 optional) or a loyalty card.
            statement = statement.where(or_(
                LocalCustomer.search_key.like(f"%{number[-9:]}%"),
                LocalCustomer.id.in_(select(LoyaltyCardIndex.customer_id)
                                     .where(LoyaltyCardIndex.number == number)),
            ))
        else:
            for word in words:
                statement = statement.where(LocalCustomer.search_key.like(f"%{word}%"))
        rows = session.scalars(
            statement.order_by(LocalCustomer.last_name, LocalCustomer.first_name).limit(limit)
        ).all()
        return [_row(c) for c in rows]


def record_identification(session: Session, customer_id: str, method: IdentifyMethod) -> None:
    """`customer.identified` for the omnichannel KPIs, and when this tablet last saw them;
    in the caller's write transaction."""
    session.connection().execute(_MARK_IDENTIFIED, {"customer_id": customer_id, "at": utcnow()})
    record_event(session, "customer.identified", f"customer:{customer_id}",
                 {"customer_id": customer_id, "method": method})


def identify_customer(store: LocalStore, customer_id: str,
                      method: IdentifyMethod) -> CustomerProfile:
    """Open a customer and record `customer.identified` for the omnichannel KPIs."""
    with store.write() as session:
        connection = session.connection()  # Core: this is on the path of every scan
        customer = connection.execute(_CUSTOMER, {"id": customer_id}).one_or_none()
        if customer is None:
            raise ActionRefused("customer_unknown", customer_id=customer_id)
        record_identification(session, customer_id, method)
        data = customer.data
        cart = data.get("cart")
        browsing = list(data.get("recent_browsing", []))
        mentioned = {line["product_id"] for line in (cart or {}).get("lines", [])}
        mentioned |= {b["product_id"] for b in browsing if b.get("product_id")}
        names = dict(connection.execute(
            select(LocalProduct.id, LocalProduct.name).where(LocalProduct.id.in_(mentioned))
        ).all()) if mentioned else {}
        return CustomerProfile(
            id=customer.id,
            first_name=customer.first_name,
            last_name=customer.last_name,
            email=customer.email,
            phone=customer.phone,
            loyalty_tier=customer.loyalty_tier,
            points_balance=customer.points_balance,
            cards=list(data.get("loyalty", {}).get("cards", [])),
            consents=dict(data.get("consents", {})),
            vouchers=list(data.get("vouchers", [])),
            cart=cart,
            recent_browsing=browsing,
            product_names=names,
        )
