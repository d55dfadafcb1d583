"""Devices a store enrols, sees and takes back: pairing codes, tokens, revocation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from cloud_stub.core.security import hash_code, hash_token, new_pairing_code, new_token
from cloud_stub.models import Device, PairingCode, Store
from sync.sqltypes import utcnow

PAIRING_VALIDITY = timedelta(minutes=15)
DEVICE_KINDS = ("tablet", "kiosk")


class DeviceProblem(ValueError):
    """What went wrong, in words a store manager understands; `code` for a device to say
    it in its user's language."""

    def __init__(self, message: str, code: str = "device_problem") -> None:
        super().__init__(message)
        self.code = code


def add_device(session: Session, store_id: str, kind: str, name: str = "",
               device_id: str | None = None) -> Device:
    if session.get(Store, store_id) is None:
        raise DeviceProblem(f"unknown store {store_id!r}; see `cloud-stub stores`")
    if kind not in DEVICE_KINDS:
        raise DeviceProblem(f"kind must be one of {', '.join(DEVICE_KINDS)}")
    device_id = device_id or f"dev-{uuid.uuid4().hex[:12]}"
    if session.get(Device, device_id) is not None:
        raise DeviceProblem(f"device {device_id} exists already")
    device = Device(id=device_id, store_id=store_id, name=name or device_id, kind=kind,
                    # no token until the device redeems its pairing code
                    token_hash=hash_token(f"unpaired:{uuid.uuid4()}"))
    session.add(device)
    session.flush()
    return device


def set_token(device: Device) -> str:
    """A new token for the device; the one it had stops working at once."""
    token = new_token(device.id)
    device.token_hash = hash_token(token)
    return token


def pairing_code(session: Session, device: Device, now: datetime | None = None) -> str:
    """A one-time code the device trades for a token (a new device, or a new token for
    one in service: its current token works until the code is used)."""
    if device.revoked:
        raise DeviceProblem(f"device {device.id} was revoked: add a new device instead")
    now = now or utcnow()
    code = new_pairing_code()
    session.add(PairingCode(code_hash=hash_code(code), device_id=device.id, created_at=now,
                            expires_at=now + PAIRING_VALIDITY))
    return code


def redeem(session: Session, code: str, now: datetime | None = None) -> tuple[Device, str]:
    """The device a pairing code enrols and its new token; DeviceProblem when the code is
    unknown, used or expired (nothing changes then)."""
    now = now or utcnow()
    pairing = session.get(PairingCode, hash_code(code))
    if pairing is None:
        raise DeviceProblem("this pairing code is not known: check it, or ask for a new one",
                            "pairing_unknown")
    if pairing.used_at is not None:
        raise DeviceProblem("this pairing code was used already: ask for a new one",
                            "pairing_used")
    if pairing.expires_at < now:
        raise DeviceProblem("this pairing code has expired (15 minutes): ask for a new one",
                            "pairing_expired")
    device = session.get(Device, pairing.device_id)
    if device is None or device.revoked:
        raise DeviceProblem("the device this code was for has been removed",
                            "pairing_device_removed")
    pairing.used_at = now
    return device, set_token(device)


def revoke(session: Session, device_id: str, now: datetime | None = None) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise DeviceProblem(f"unknown device {device_id!r}; see `cloud-stub device list`")
    device.revoked = True
    device.revoked_at = device.revoked_at or now or utcnow()
    return device


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    kind: str
    name: str
    last_seen_at: datetime | None
    app_version: str | None
    pending_events: int | None
    revoked: bool


def list_devices(session: Session, store_id: str) -> list[DeviceRow]:
    devices = session.scalars(select(Device).where(Device.store_id == store_id)
                              .order_by(Device.kind, Device.name)).all()
    return [DeviceRow(d.id, d.kind, d.name, d.last_seen_at, d.app_version, d.pending_events,
                      d.revoked) for d in devices]
