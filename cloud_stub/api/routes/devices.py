from __future__ import annotations

from fastapi import APIRouter

from cloud_stub.api.deps import DeviceDep, SessionDep
from cloud_stub.judging.batch import highest_seq
from sync.protocol import DeviceStatus

router = APIRouter(prefix="/v1", tags=["devices"])


@router.get("/devices/me", response_model=DeviceStatus)
def device_status(device: DeviceDep, session: SessionDep) -> DeviceStatus:
    """What the server holds for the calling device: lets a tablet notice that the server
    was restored from an older backup and upload again what it lost."""
    return DeviceStatus(device_id=device.id, store_id=device.store_id,
                        highest_seq=highest_seq(session, device.id))
