from __future__ import annotations

from fastapi import APIRouter, Request, status

from cloud_stub.api.deps import DeviceDep, Problem, SessionDep, braked, client_of
from cloud_stub.crud.devices import DeviceProblem, redeem
from cloud_stub.crud.feeds import device_heads
from sync.protocol import DeviceStatus, Enrolment, PairingRequest

router = APIRouter(prefix="/v1", tags=["devices"])


@router.get("/devices/me", response_model=DeviceStatus)
def device_status(device: DeviceDep, session: SessionDep) -> DeviceStatus:
    """What the server holds for the calling device: lets a tablet notice that the server
    was restored from an older backup and upload again what it lost, and tells it which
    feeds moved since it last pulled (the start of every sync round)."""
    heads, highest_seq = device_heads(session, device, with_highest_seq=True)
    return DeviceStatus(device_id=device.id, store_id=device.store_id,
                        highest_seq=highest_seq or 0, heads=heads)


@router.post("/devices/pair", response_model=Enrolment)
def pair(body: PairingRequest, request: Request, session: SessionDep) -> Enrolment:
    """A new device trades the one-time code a manager typed or scanned for its token (no
    token needed to call this: the code is the proof)."""
    brake = braked(request, "pairing", "wrong pairing codes")
    try:
        device, token = redeem(session, body.code)
    except DeviceProblem as problem:
        brake.failed(client_of(request))
        session.rollback()
        raise Problem(status.HTTP_400_BAD_REQUEST, problem.code, str(problem)) from None
    device.app_version = body.app_version or device.app_version
    session.commit()
    return Enrolment(device_id=device.id, store_id=device.store_id, kind=device.kind,
                     token=token)
