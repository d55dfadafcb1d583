from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Path, Query, status
from pydantic import BaseModel
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from cloud_stub.api.deps import DeviceDep, SessionDep, require_tablet
from cloud_stub.core import keys
from cloud_stub.crud.customers import find_customers
from cloud_stub.crud.feeds import (
    browsing_record,
    customer_record,
    kiosk_customer,
    kiosk_order,
    no_receipt_counts,
    open_carts,
    order_record,
)
from cloud_stub.models import (
    BrowsingEvent,
    Customer,
    Device,
    LoyaltyCard,
    Order,
    Return,
    live_customer,
)
from sync.records import CustomerContext, CustomerHit, CustomerSearchPage, PastReturnRecord
from sync.sqltypes import utcnow

router = APIRouter(prefix="/v1", tags=["customers"])

CONTEXT_BROWSING_LIMIT = 100
SEARCH_PAGE_SIZE = 20


@router.get("/customers", response_model=CustomerSearchPage)
def search_customers(device: DeviceDep, session: SessionDep,
                     q: Annotated[str, Query(min_length=2, max_length=80)],
                     page: Annotated[int, Query(ge=1, le=50)] = 1) -> CustomerSearchPage:
    """The whole customer base, for a store associate: by name (any order, accents
    optional), e-mail, phone or loyalty card. Exact card, e-mail and phone matches come
    first, then last names starting with what was typed. A kiosk may not search."""
    require_tablet(device, "search customers")
    hits = find_customers(session, q, SEARCH_PAGE_SIZE + 1, (page - 1) * SEARCH_PAGE_SIZE)
    return CustomerSearchPage(
        items=tuple(CustomerHit(id=c.id, first_name=c.first_name, last_name=c.last_name,
                                email=c.email, phone=c.phone, loyalty_tier=c.loyalty_tier,
                                points=c.points_balance) for c in hits[:SEARCH_PAGE_SIZE]),
        page=page, has_more=len(hits) > SEARCH_PAGE_SIZE)


class CardOwner(BaseModel):
    customer_id: str


@router.get("/loyalty-cards/{number}", response_model=CardOwner)
def card_owner(device: DeviceDep, session: SessionDep,
               number: Annotated[str, Path(pattern=r"^\d{8,20}$")]) -> CardOwner:
    """Whose active loyalty card this is: the card was just scanned, the device holds only
    its store's customers. The customer's data still needs the context call (with the card
    as the proof, at a kiosk)."""
    card = session.get(LoyaltyCard, number)
    owner = live_customer(session, card.customer_id) if card and card.status == "active" \
        else None
    if owner is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no customer holds this card")
    return CardOwner(customer_id=owner.id)


@router.get("/customers/{customer_id}/context")
def customer_context(customer_id: str, device: DeviceDep, session: SessionDep,
                     store_pass: Annotated[str | None, Header(max_length=4096)] = None,
                     loyalty_card: Annotated[str | None, Header(max_length=20)] = None,
                     ) -> CustomerContext:
    """Everything a store associate may see of a customer, live: the online journey too.
    A kiosk sees the kiosk's view, and only with proof that the customer is in front of
    it: the store pass it just scanned (`Store-Pass` header) or their loyalty card number
    (`Loyalty-Card`, which opens the cart and the loyalty balance only)."""
    if device.kind != "tablet":
        return _kiosk_context(session, device, customer_id, store_pass, loyalty_card)
    customer = session.scalars(
        select(Customer)
        .where(Customer.id == customer_id)
        .options(selectinload(Customer.cards), selectinload(Customer.vouchers))
    ).first()
    if customer is None or customer.deleted:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"unknown customer {customer_id}")
    cart = open_carts(session, [customer_id]).get(customer_id)
    browsing = session.scalars(
        select(BrowsingEvent).where(BrowsingEvent.customer_id == customer_id)
        .order_by(BrowsingEvent.occurred_at.desc()).limit(CONTEXT_BROWSING_LIMIT)
    ).all()
    orders = session.scalars(
        select(Order).where(Order.customer_id == customer_id).order_by(Order.created_at.desc())
        .options(selectinload(Order.lines), selectinload(Order.payments),
                 selectinload(Order.customer))
    ).all()
    returns = session.scalars(
        select(Return).join(Order).where(Order.customer_id == customer_id)
        .options(selectinload(Return.lines))
    ).all()
    return CustomerContext(
        customer=customer_record(customer, no_receipt_counts(
            session, [customer.id], utcnow()).get(customer.id, 0)),
        cart=cart,
        browsing=tuple(browsing_record(b) for b in browsing),
        orders=tuple(order_record(o) for o in orders),
        returns=tuple(PastReturnRecord(id=r.id, order_id=r.order_id, created_at=r.created_at,
                                       refund_method=r.refund_method,
                                       refund_cents=r.refund_cents) for r in returns),
        store_id=device.store_id)


def _kiosk_context(session: Session, device: Device, customer_id: str,
                   store_pass: str | None, loyalty_card: str | None) -> CustomerContext:
    """First name, loyalty, cart; with the pass, this customer's orders that concern this
    store (to collect here, bought here, delivered). Never e-mail, phone, browsing,
    another store's order or a pickup code."""
    if store_pass is not None:
        claims = keys.verify(session, store_pass, "store-pass")
        if claims is None or claims.get("sub") != customer_id:
            raise HTTPException(status.HTTP_403_FORBIDDEN,
                                "this store pass is not valid for this customer")
        full = True
    elif loyalty_card is not None:
        card = session.get(LoyaltyCard, loyalty_card)
        if card is None or card.customer_id != customer_id or card.status != "active":
            raise HTTPException(status.HTTP_403_FORBIDDEN,
                                "this loyalty card is not this customer's")
        full = False
    else:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "a kiosk reads a customer only with the store pass or loyalty card "
                            "they just showed")
    customer = live_customer(session, customer_id)
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"unknown customer {customer_id}")
    cart = open_carts(session, [customer_id]).get(customer_id)
    orders: Sequence[Order] = ()
    if full:
        orders = session.scalars(
            select(Order).where(Order.customer_id == customer_id,
                                or_(Order.store_id == device.store_id,
                                    Order.fulfilment == "delivery"))
            .order_by(Order.created_at.desc())
            .options(selectinload(Order.lines), selectinload(Order.payments))).all()
    return CustomerContext(
        customer=kiosk_customer(customer_record(customer)),
        cart=cart,
        orders=tuple(kiosk_order(order_record(o)) for o in orders), store_id=device.store_id)
