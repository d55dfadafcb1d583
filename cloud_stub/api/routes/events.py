from __future__ import annotations

from fastapi import APIRouter, HTTPException, status
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from cloud_stub.api.deps import BodyDep, DeviceDep, SessionDep
from cloud_stub.crud.feeds import device_heads
from cloud_stub.judging.batch import apply_batch
from sync.protocol import EventBatch, EventBatchResult

router = APIRouter(prefix="/v1", tags=["events"])


@router.post("/events", response_model=EventBatchResult)
def post_events(body: BodyDep, device: DeviceDep, session: SessionDep) -> EventBatchResult:
    """Apply a device's events, each exactly once, and answer one result per event and
    the feeds' heads after them."""
    try:
        batch = EventBatch.model_validate_json(body)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from None
    if batch.device_id != device.id:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"the token belongs to device {device.id}, not to device {batch.device_id}",
        )
    answer = apply_batch(session, device, batch)
    # the feeds as they are now, the batch's own changes included: the device pulls only
    # those that moved
    answer.heads, _ = device_heads(session, device)
    return answer
