"""FastAPI application factory for the central API."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from cloud_stub.api.deps import brakes
from cloud_stub.api.frontline import Admission, Frontline, busy_response
from cloud_stub.api.routes import (
    changes,
    customers,
    devices,
    events,
    health,
    kpis,
    orders,
    survey,
)
from cloud_stub.core.config import Settings
from cloud_stub.core.db import make_engine, require_current_schema, session_factory
from cloud_stub.core.metrics import watch_pool
from cloud_stub.crud.kpis import ChainFigures
from sync.protocol import ApiError

log = logging.getLogger(__name__)

ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    410: "gone",
    413: "payload_too_large",
    422: "invalid_request",
    429: "too_many_requests",
}


def _describe(errors: list[dict]) -> str:
    parts = []
    for err in errors[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    more = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
    return "; ".join(parts) + more


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API on `settings.db_url`, whose schema must be current (`cloud-stub migrate`)."""
    settings = settings or Settings()
    engine = make_engine(settings.db_url, pool_size=settings.concurrency)
    require_current_schema(engine)
    watch_pool(engine, settings.concurrency)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        lifespan=lifespan,
        title="Store edge central API (stub)",
        version="1",
        description="Sync protocol v1 for store tablets: events in, change feeds out.",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = session_factory(engine)
    app.state.read_sessions = session_factory(
        engine.execution_options(isolation_level="AUTOCOMMIT"))
    app.state.brakes = brakes()
    app.state.chain_figures = ChainFigures()

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code = getattr(exc, "code", None) or ERROR_CODES.get(exc.status_code, "error")
        body = ApiError(error=code, message=str(exc.detail))
        return JSONResponse(body.model_dump(), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {k: v for k, v in err.items() if k in ("loc", "msg", "type")} for err in exc.errors()
        ]
        body = ApiError(error="invalid_request", message=_describe(errors), details=errors)
        return JSONResponse(body.model_dump(mode="json"), status_code=422)

    @app.exception_handler(PoolTimeout)
    async def _no_connection(request: Request, exc: PoolTimeout) -> JSONResponse:
        return busy_response()

    @app.exception_handler(OperationalError)
    async def _database_trouble(request: Request, exc: OperationalError) -> JSONResponse:
        """A statement or lock timeout, a lost connection: the server is busy or its
        database away for a moment; the device tries again later."""
        log.warning("database trouble: %s", str(exc.orig).splitlines()[0] if exc.orig else exc)
        return busy_response()

    for module in (health, events, changes, customers, orders, devices, kpis, survey):
        app.include_router(module.router)
    # Feed pages compress about 8 to 1; small answers are not worth the CPU.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=5)
    app.add_middleware(Frontline, admission=Admission(
        slots=settings.concurrency, queue=settings.concurrency * 2,
        wait_s=settings.queue_wait_s))
    return app


def app_from_environment() -> FastAPI:
    """The factory each `cloud-stub serve` worker process calls: its settings come from
    the environment the command set (`Settings.from_environment`)."""
    return create_app(Settings.from_environment())
