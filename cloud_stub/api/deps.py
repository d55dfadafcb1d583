"""Typed FastAPI dependencies: the database session and the calling device."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from cloud_stub.core.security import Brake, hash_token
from cloud_stub.judging.authority import staff_account
from cloud_stub.models import Device
from sync.protocol import MAX_BATCH_BYTES
from sync.sqltypes import utcnow

READS = frozenset({"GET", "HEAD"})


async def get_session(request: Request) -> AsyncIterator[Session]:
    """The request's session. A read runs its statements in autocommit: under READ
    COMMITTED a transaction around them would see nothing more consistent (each statement
    has its own snapshot; feed pages read up to a head taken before), and it would cost
    two round trips (BEGIN, ROLLBACK) on every poll. A write gets its transaction.
    (Async, so that opening the session is not a hop to a worker thread.)"""
    sessions = request.app.state.read_sessions if request.method in READS \
        else request.app.state.sessions
    with sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


class Problem(HTTPException):
    """An HTTP error with its own error code in the body (`ApiError.error`), for what a
    device must tell apart: a revoked device erases its data, an unknown token does not."""

    def __init__(self, status_code: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code, message, headers)
        self.code = code


AUTH_FAILURES_PER_MINUTE = 20
"""Failed authentications per client and minute before 429 (a good token always passes)."""
PAIRING_FAILURES_PER_MINUTE = 5
"""Wrong pairing codes per client and minute before 429: a short code must not be guessed."""
SURVEY_FAILURES_PER_MINUTE = 10
"""Survey answers with a reference no device signed, per client and minute, before 429."""


def brakes() -> dict[str, Brake]:
    """The app's brakes (one set per app: state kept in the process)."""
    return {"auth": Brake(AUTH_FAILURES_PER_MINUTE),
            "pairing": Brake(PAIRING_FAILURES_PER_MINUTE),
            "survey": Brake(SURVEY_FAILURES_PER_MINUTE)}


SEEN_EVERY = timedelta(minutes=1)
"""How often a device's last call, app version and pending events are written at most."""


def client_of(request: Request) -> str:
    return request.client.host if request.client is not None else "?"


def braked(request: Request, name: str, what: str) -> Brake:
    """The app's brake `name`, once it let this client through (else 429 `Retry-After`);
    the caller tells it of a failure."""
    brake: Brake = request.app.state.brakes[name]
    wait = brake.retry_after(client_of(request))
    if wait is not None:
        raise Problem(status.HTTP_429_TOO_MANY_REQUESTS, "too_many_requests",
                      f"too many {what} from this address: wait and try again",
                      headers={"Retry-After": str(wait)})
    return brake


def current_device(request: Request, session: SessionDep) -> Device:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    client = client_of(request)
    device = None
    if scheme.lower() == "bearer" and token:
        device = session.scalars(
            select(Device).where(Device.token_hash == hash_token(token.strip()))
        ).first()
    if device is not None and device.revoked:
        raise Problem(status.HTTP_401_UNAUTHORIZED, "device_revoked",
                      "this device was removed from the store",
                      headers={"WWW-Authenticate": "Bearer"})
    if device is None:
        braked(request, "auth", "failed attempts").failed(client)
        message = ("missing bearer token: send 'Authorization: Bearer <device token>'"
                   if scheme.lower() != "bearer" or not token else "unknown device token")
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, message,
                            headers={"WWW-Authenticate": "Bearer"})
    _seen(session, device, request)
    return device


def _seen(session: Session, device: Device, request: Request) -> None:
    """When the device was last heard of, its app version and the events it says are
    waiting (written at most once a minute: not a write per request)."""
    now = utcnow()
    if device.last_seen_at is not None and now - device.last_seen_at < SEEN_EVERY:
        return
    pending = request.headers.get("x-pending-events", "")
    device.last_seen_at = now
    device.app_version = request.headers.get("x-app-version", device.app_version or "")[:32]
    device.pending_events = int(pending) if pending.isdigit() else device.pending_events
    session.commit()


DeviceDep = Annotated[Device, Depends(current_device)]


def require_tablet(device: Device, what: str) -> None:
    """Staff functions are for a store's tablets; a customer-facing kiosk is refused."""
    if device.kind != "tablet":
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"a customer-facing kiosk may not {what}")


def require_store(device: Device, store_id: str | None) -> None:
    """A device reads and writes only its own store's data."""
    if store_id is not None and store_id != device.store_id:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"this device belongs to store {device.store_id}, not to store {store_id}",
        )


ACTING_STAFF_HEADER = "X-Acting-Staff"


def require_manager(request: Request, session: Session, device: Device, what: str) -> None:
    """What only a store's manager reads (its figures): the tablet names who is logged in
    (`X-Acting-Staff: <store>:<number>`, as its events' actor), checked against the staff
    accounts the central API holds. The same trust as an event's actor: the device is
    authenticated, the person is one of its store's active managers."""
    actor = request.headers.get(ACTING_STAFF_HEADER, "")
    account = staff_account(session, device, actor) if actor else None
    if account is None or not account.is_manager:
        who = f"{account.name} is not a manager" if account is not None \
            else "no active staff member of this store is named"
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            f"only the store's managers {what}: {who} ({ACTING_STAFF_HEADER})")


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
