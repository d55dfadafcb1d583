"""The short survey the receipt's QR code opens on the shop's website: the website posts
the customer's answer here. No device token: the signed visit reference printed on the
receipt is what lets an answer in, once per visit."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, status
from pydantic import Field

from cloud_stub.api.deps import Problem, SessionDep, braked, client_of
from cloud_stub.judging.feedback import answer, visit_refused
from cloud_stub.models import Device, Feedback
from sync import visits
from sync.protocol import (
    MAX_FEEDBACK_COMMENT,
    FeedbackGivenPayload,
    FeedbackTag,
    WireModel,
)
from sync.sqltypes import utcnow

router = APIRouter(prefix="/v1", tags=["survey"])


class SurveyAnswer(WireModel):
    visit: Annotated[str, Field(pattern=visits.VISIT_PATTERN)]
    score: Annotated[int, Field(ge=1, le=5)]
    recommend: Annotated[int, Field(ge=0, le=10)] | None = None
    tags: Annotated[list[FeedbackTag], Field(max_length=4)] = Field(default_factory=list)
    comment: Annotated[str, Field(max_length=MAX_FEEDBACK_COMMENT)] = ""


@router.post("/survey", status_code=status.HTTP_201_CREATED)
def survey_answer(body: SurveyAnswer, request: Request, session: SessionDep) -> dict[str, str]:
    """403 for a reference no device of ours signed (or a revoked one), 409 when the visit
    was rated already; an answer left unanswered at the device may still be given here."""
    brake = braked(request, "survey", "survey answers that do not match a visit")
    visit = visits.parse(body.visit)
    device = session.get(Device, visit.device_id) if visit is not None else None
    payload = FeedbackGivenPayload(visit=body.visit, score=body.score, recommend=body.recommend,
                                   tags=body.tags, comment=body.comment,
                                   touchpoint=visit.touchpoint if visit else "pickup")
    refused = visit_refused(device if device and not device.revoked else None, payload, utcnow())
    if refused is not None or device is None:
        brake.failed(client_of(request))
        raise Problem(status.HTTP_403_FORBIDDEN, "visit_refused", refused or "unknown visit")
    known = session.get(Feedback, body.visit)
    if known is not None and known.score is not None:
        raise Problem(status.HTTP_409_CONFLICT, "already_rated", "this visit was rated already")
    if known is not None:
        session.delete(known)  # offered at the device and left: answered now
        session.flush()
    session.add(answer(device.store_id, payload, utcnow(), "web"))
    session.commit()
    return {"status": "thanks"}
