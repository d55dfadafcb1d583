from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from cloud_stub.api.deps import DeviceDep, SessionDep, require_store, require_tablet
from cloud_stub.crud.feeds import kiosk_order, order_record
from cloud_stub.models import Order
from sync.records import OrderRecord

router = APIRouter(prefix="/v1", tags=["orders"])


@router.get("/orders")
def order_by_number(device: DeviceDep, session: SessionDep,
                    number: Annotated[str, Query(pattern=r"^[A-Z]{3}-\d{4,12}$")]
                    ) -> OrderRecord:
    """A purchase by the number printed on its receipt, for a returns desk whose device
    does not hold it (any store's sale, a home delivery). Store tablets only."""
    require_tablet(device, "look orders up")
    order = session.scalars(
        select(Order).where(Order.number == number)
        .options(selectinload(Order.lines), selectinload(Order.payments),
                 selectinload(Order.customer))).first()
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"unknown order {number}")
    return order_record(order)


@router.get("/orders/{order_id}")
def get_order(order_id: str, device: DeviceDep, session: SessionDep,
              for_return: bool = False) -> OrderRecord:
    """One order, for a device whose local copy does not hold it yet: its own store's
    orders, deliveries, and (`for_return`) any store's sale, since a purchase can be
    returned in any store of the retailer."""
    order = session.scalars(
        select(Order).where(Order.id == order_id)
        .options(selectinload(Order.lines), selectinload(Order.payments),
                 selectinload(Order.customer))
    ).first()
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"unknown order {order_id}")
    if device.kind != "tablet":
        # A kiosk fetches an order to check its customer in: its own store's, no pickup code.
        if for_return or order.store_id != device.store_id:
            raise HTTPException(status.HTTP_403_FORBIDDEN,
                                "a kiosk reads only its own store's orders to collect")
        return kiosk_order(order_record(order))
    if order.fulfilment != "delivery" and not for_return:
        require_store(device, order.store_id)
    return order_record(order)
