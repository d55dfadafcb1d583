"""Kiosk requests for an associate, and staff security and audit records."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cloud_stub.crud.clock import next_version
from cloud_stub.judging.outcome import APPLIED, Outcome
from cloud_stub.judging.registry import handles
from cloud_stub.models import AssistanceRequest, Device, Order, live_customer
from sync.protocol import (
    AssistanceAnsweredPayload,
    AssistanceRequestedPayload,
    Event,
    EventDiscardedPayload,
    StaffLockedOutPayload,
)


@handles(AssistanceRequestedPayload)
def requested(session: Session, device: Device, event: Event,
              payload: AssistanceRequestedPayload) -> Outcome:
    request_id = str(payload.request_id)
    if session.get(AssistanceRequest, request_id) is not None:
        return Outcome("rejected", f"assistance request {request_id} exists already")
    if payload.customer_id is not None and live_customer(session, payload.customer_id) is None:
        return Outcome("rejected", f"unknown customer {payload.customer_id}")
    if payload.order_id is not None:
        order = session.get(Order, payload.order_id)
        if order is None or order.store_id != device.store_id:
            return Outcome("rejected", f"order {payload.order_id} is not collected here")
    session.add(AssistanceRequest(
        id=request_id, store_id=device.store_id, device_id=device.id, kind=payload.kind,
        customer_id=payload.customer_id, order_id=payload.order_id, note=payload.note,
        requested_at=event.occurred_at, version=next_version(session)))
    return APPLIED


@handles(AssistanceAnsweredPayload)
def answered(session: Session, device: Device, event: Event,
             payload: AssistanceAnsweredPayload) -> Outcome:
    request = session.get(AssistanceRequest, str(payload.request_id))
    if request is None or request.store_id != device.store_id:
        return Outcome("rejected", f"no assistance request {payload.request_id} in this store")
    if request.answered_at is not None:
        return Outcome("conflict", "another associate answered first",
                       {"answered_by": request.answered_by})
    request.answered_at = event.occurred_at
    request.answered_by = event.actor
    request.version = next_version(session)
    return APPLIED


@handles(StaffLockedOutPayload)
def locked_out(session: Session, device: Device, event: Event,
               payload: StaffLockedOutPayload) -> Outcome:
    """Kept in the event log for the security team; nothing else changes."""
    return APPLIED


@handles(EventDiscardedPayload)
def discarded(session: Session, device: Device, event: Event,
              payload: EventDiscardedPayload) -> Outcome:
    """Kept in the event log with the manager who voided the event (checked by the
    authority: only an active manager of the store may)."""
    return APPLIED
