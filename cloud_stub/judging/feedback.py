"""Customers' answers after a visit (`feedback.given`, and the receipt's web survey): one
per signed visit reference, kept without anyone's name."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from cloud_stub.judging.outcome import APPLIED, Outcome
from cloud_stub.judging.registry import handles
from cloud_stub.models import Device, Feedback
from sync import visits
from sync.protocol import Event, FeedbackGivenPayload
from sync.rules.kpis import Touchpoint

AT_A_TABLET = frozenset({Touchpoint.PICKUP, Touchpoint.RETURNS, Touchpoint.ASSISTANCE})
"""What the tablet's customer-facing rating screen asks about; a kiosk asks about itself."""


def visit_refused(device: Device | None, payload: FeedbackGivenPayload,
                  at: datetime) -> str | None:
    """Why an answer cannot count: the reference is not one `device` signed, is for another
    touchpoint, or is too old (or from the future). None when it may."""
    visit = visits.parse(payload.visit)
    if visit is None or device is None or visit.device_id != device.id \
            or not visits.verify(payload.visit, device.token_hash):
        return "the visit reference is not one this store's device signed"
    if visit.touchpoint != payload.touchpoint:
        return f"the visit was a {visit.touchpoint.value} visit, not {payload.touchpoint.value}"
    age = at.date() - visit.day
    if age.days < -1 or age > visits.VALID_FOR:  # a day either way: time zones
        return f"the visit of {visit.day.isoformat()} is too old to be rated"
    return None


@handles(FeedbackGivenPayload)
def given(session: Session, device: Device, event: Event,
          payload: FeedbackGivenPayload) -> Outcome:
    expected = {Touchpoint.KIOSK} if device.kind == "kiosk" else AT_A_TABLET
    if payload.touchpoint not in expected:
        return Outcome("rejected", f"a {device.kind} does not ask about "
                                   f"{payload.touchpoint.value} visits")
    refused = visit_refused(device, payload, event.occurred_at)
    if refused is not None:
        return Outcome("rejected", refused)
    if session.get(Feedback, payload.visit) is not None:
        return Outcome("conflict", "this visit was rated already")
    session.add(answer(device.store_id, payload, event.occurred_at, "device"))
    return APPLIED


def answer(store_id: str, payload: FeedbackGivenPayload, at: datetime,
           channel: str) -> Feedback:
    return Feedback(visit=payload.visit, store_id=store_id, touchpoint=payload.touchpoint.value,
                    given_at=at, score=payload.score, recommend=payload.recommend,
                    tags=" ".join(payload.tags), comment=" ".join(payload.comment.split()),
                    channel=channel)
