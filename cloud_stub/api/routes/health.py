"""Probes for devices, load balancers and orchestrators, and the metrics scrape."""

from __future__ import annotations

from ipaddress import ip_address

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import text

from cloud_stub.core.metrics import exposition
from sync.protocol import Health
from sync.sqltypes import utcnow

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
async def health() -> Health:
    """Liveness: no database, no token, no thread; devices use it to tell online from
    offline, and it answers even while the server turns requests away."""
    return Health(status="ok", server_time=utcnow())


@router.get("/ready")
async def ready(request: Request) -> Response:
    """Readiness: the database answers. A load balancer sends no traffic to a process
    whose database is away (503), and sends it again once it is back."""

    def check() -> None:
        with request.app.state.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    try:
        await run_in_threadpool(check)
    except Exception as exc:
        return Response(f"database unavailable: {type(exc).__name__}\n", status_code=503,
                        media_type="text/plain", headers={"Retry-After": "5"})
    return Response("ready\n", media_type="text/plain")


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    """Prometheus text exposition (`core.metrics`), for the operator's own network only
    (loopback and private addresses): route timings are nobody else's business."""
    client = request.client.host if request.client is not None else ""
    try:
        inside = ip_address(client).is_private
    except ValueError:
        inside = False
    if not inside:
        return Response("metrics are served to the operator's network only\n",
                        status_code=403, media_type="text/plain")
    body, content_type = exposition()
    return Response(body, media_type=content_type)
