"""What every request meets first: its id, admission, timing and its log line.

Admission bounds the work one API process takes on: at most `slots` requests at once
(as many as its database connections), a short queue behind them, and past that a clean
`503` with `Retry-After` at once. A full server then answers quickly that it is full,
instead of piling up threads that wait for connections held by threads that wait for
threads (how the server used to seize up at about 60 concurrent requests). Probes and
metrics are never queued: `/health` answers during an overload and right after it.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from dataclasses import dataclass

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cloud_stub.core import metrics
from cloud_stub.core.logs import request_id
from sync.protocol import ApiError

log = logging.getLogger("cloud_stub.requests")

UNQUEUED = frozenset({"/health", "/ready", "/metrics"})
RETRY_AFTER_S = 2
"""What a device that was turned away waits before it tries again (it honours it)."""
_GOOD_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


@dataclass
class Admission:
    slots: int
    """Requests worked on at once."""
    queue: int
    """Requests that may wait for a slot; the next one is turned away at once."""
    wait_s: float
    """How long one waits at most: far below a device's request timeout, so nothing is
    ever worked on for a client that already gave up."""

    def __post_init__(self) -> None:
        self._free = asyncio.Semaphore(self.slots)
        self._waiting = 0

    async def enter(self) -> str | None:
        """None once a slot is held (give it back with `leave`), else why not."""
        if not self._free.locked():
            await self._free.acquire()
            return None
        if self._waiting >= self.queue:
            return "queue_full"
        self._waiting += 1
        try:
            await asyncio.wait_for(self._free.acquire(), self.wait_s)
            return None
        except TimeoutError:
            return "queue_timeout"
        finally:
            self._waiting -= 1

    def leave(self) -> None:
        self._free.release()


class Frontline:
    """Pure ASGI middleware (no per-request task or body copy)."""

    def __init__(self, app: ASGIApp, admission: Admission) -> None:
        self.app = app
        self.admission = admission

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        asked = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        rid = asked if _GOOD_ID.match(asked) else uuid.uuid4().hex[:16]
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []),
                                      (b"x-request-id", rid.encode())]
            await send(message)

        try:
            if scope["path"] in UNQUEUED:
                await self.app(scope, receive, send_with_id)
            else:
                await self._admitted(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            route = getattr(scope.get("route"), "path", "unmatched")
            metrics.REQUEST_SECONDS.labels(scope["method"], route, str(status)).observe(elapsed)
            if scope["path"] not in UNQUEUED or status >= 400:
                log.info("request", extra={
                    "method": scope["method"], "route": route, "status": status,
                    "ms": round(elapsed * 1000, 1)})
            request_id.reset(token)

    async def _admitted(self, scope: Scope, receive: Receive, send: Send) -> None:
        refused = await self.admission.enter()
        if refused is not None:
            metrics.REQUESTS_SHED.labels(refused).inc()
            await busy_response()(scope, receive, send)
            return
        metrics.IN_FLIGHT.inc()
        try:
            await self.app(scope, receive, send)
        finally:
            metrics.IN_FLIGHT.dec()
            self.admission.leave()


def busy_response() -> JSONResponse:
    """503 with `Retry-After`: the server is full or its database busy for a moment."""
    body = ApiError(error="busy", message="the server is busy: try again shortly")
    return JSONResponse(body.model_dump(), status_code=503,
                        headers={"Retry-After": str(RETRY_AFTER_S)})
