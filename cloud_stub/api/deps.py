"""Typed FastAPI dependencies: the database session and the calling device."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from cloud_stub.core.security import hash_token
from cloud_stub.models import Device
from sync.protocol import MAX_BATCH_BYTES


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def current_device(request: Request, session: SessionDep) -> Device:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "missing bearer token: send 'Authorization: Bearer <device token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    device = session.scalars(
        select(Device).where(Device.token_hash == hash_token(token.strip()))
    ).first()
    if device is None or device.revoked:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "unknown or revoked device token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return device


DeviceDep = Annotated[Device, Depends(current_device)]


def require_store(device: Device, store_id: str | None) -> None:
    """A device reads and writes only its own store's data."""
    if store_id is not None and store_id != device.store_id:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"this device belongs to store {device.store_id}, not to store {store_id}",
        )


async def limited_body(request: Request) -> bytes:
    """The raw request body, refused with 413 past the protocol's batch size."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BATCH_BYTES:
        raise HTTPException(
            413,
            f"request body of {declared} bytes is over the limit of {MAX_BATCH_BYTES} bytes; "
            "send smaller batches",
        )
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BATCH_BYTES:
            raise HTTPException(
                413,
                f"request body is over the limit of {MAX_BATCH_BYTES} bytes; send smaller batches",
            )
    return bytes(body)


BodyDep = Annotated[bytes, Depends(limited_body)]
