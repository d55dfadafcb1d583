from __future__ import annotations

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from cloud_stub.api.deps import DeviceDep, SessionDep
from cloud_stub.crud.feeds import (
    browsing_record,
    cart_record,
    customer_record,
    no_receipt_counts,
    order_record,
)
from cloud_stub.models import BrowsingEvent, Cart, Customer, Order, Return
from sync.records import CustomerContext, PastReturnRecord
from sync.sqltypes import utcnow

router = APIRouter(prefix="/v1", tags=["customers"])

CONTEXT_BROWSING_LIMIT = 100


@router.get("/customers/{customer_id}/context")
def customer_context(customer_id: str, device: DeviceDep,
                     session: SessionDep) -> CustomerContext:
    """Everything a store associate may see of a customer, live: the online journey too."""
    customer = session.scalars(
        select(Customer)
        .where(Customer.id == customer_id)
        .options(selectinload(Customer.cards), selectinload(Customer.vouchers))
    ).first()
    if customer is None or customer.deleted:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"unknown customer {customer_id}")
    cart = session.scalars(
        select(Cart).where(Cart.customer_id == customer_id, Cart.status == "open")
        .options(selectinload(Cart.lines))
    ).first()
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
        cart=cart_record(cart) if cart else None,
        browsing=tuple(browsing_record(b) for b in browsing),
        orders=tuple(order_record(o) for o in orders),
        returns=tuple(PastReturnRecord(id=r.id, order_id=r.order_id, created_at=r.created_at,
                                       refund_method=r.refund_method,
                                       refund_cents=r.refund_cents) for r in returns),
        store_id=device.store_id)
