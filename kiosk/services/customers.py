"""Finding and identifying customers: the whole customer base through the central API when
online, this store's working set in the local copy when not."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import record_event
from kiosk.store import LocalStore
from kiosk.store.models import LocalCustomer, LoyaltyCardIndex
from sync.client import SyncError
from sync.protocol import CustomerIdentifiedPayload
from sync.records import CustomerSearchPage
from sync.rules.refusals import Refusal
from sync.sqltypes import table_of, utcnow
from sync.text import digits, fold

log = logging.getLogger(__name__)

SEARCH_LIMIT = 50
_CUSTOMER = select(table_of(LocalCustomer)).where(LocalCustomer.id == bindparam("id"))
_MARK_IDENTIFIED = (update(table_of(LocalCustomer))
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


def _row(c: LocalCustomer) -> CustomerRow:
    return CustomerRow(c.id, f"{c.first_name} {c.last_name}", c.email, c.phone, c.loyalty_tier,
                       c.points_balance)


SearchSource = Literal["central", "local"]
CentralSearch = Callable[[str], CustomerSearchPage]
"""The central API's search (`ApiClient.search_customers`)."""


@dataclass(frozen=True)
class SearchResult:
    rows: list[CustomerRow]
    source: SearchSource
    """`central`: the whole customer base; `local`: this store's customers only (offline)."""
    has_more: bool = False


def find_customers(store: LocalStore, text: str, central: CentralSearch | None) -> SearchResult:
    """Online first: the central API searches every customer (ranked, paged); when it cannot
    be reached (or `central` is None: known offline), the local working set answers."""
    if len(fold(text).replace(" ", "")) < 2:
        return SearchResult([], "local" if central is None else "central")
    if central is not None:
        try:
            page = central(text)
        except SyncError as exc:
            log.info("central customer search failed (%s): searching the local copy", exc)
        else:
            return SearchResult([CustomerRow(h.id, f"{h.first_name} {h.last_name}", h.email,
                                             h.phone, h.loyalty_tier, h.points)
                                 for h in page.items], "central", page.has_more)
    return SearchResult(search_customers(store, text), "local")


def search_customers(store: LocalStore, text: str, limit: int = SEARCH_LIMIT) -> list[CustomerRow]:
    """In the local copy, by name (any order, accents optional), email, phone or loyalty
    card number."""
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
    record_event(session, f"customer:{customer_id}",
                 CustomerIdentifiedPayload(customer_id=customer_id, method=method))


def identify_customer(store: LocalStore, customer_id: str, method: IdentifyMethod) -> None:
    """Record that a customer of the local copy was identified, in one write transaction;
    refused when the copy does not hold them. `customer_view.open_customer` is what the UI
    calls (it also builds the view); this is its write alone."""
    with store.write() as session:
        connection = session.connection()  # Core: this is on the path of every scan
        if connection.execute(_CUSTOMER, {"id": customer_id}).one_or_none() is None:
            raise ActionRefused(Refusal.CUSTOMER_UNKNOWN, customer_id=customer_id)
        record_identification(session, customer_id, method)
