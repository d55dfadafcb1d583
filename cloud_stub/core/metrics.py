"""The central API's Prometheus metrics (`GET /metrics`).

With several worker processes (`cloud-stub serve --workers N`) each writes its samples to
`PROMETHEUS_MULTIPROC_DIR`, which `serve` sets before any worker starts, and `/metrics`
sums them: one scrape sees the whole server, whichever worker answers it.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from sqlalchemy import Engine, event

LATENCY_BUCKETS = (.002, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10)

REQUEST_SECONDS = Histogram(
    "cloudstub_http_request_duration_seconds", "Time to answer a request, per route.",
    ("method", "route", "status"), buckets=LATENCY_BUCKETS)
REQUESTS_SHED = Counter(
    "cloudstub_http_requests_shed_total",
    "Requests answered 503 before any work because the server was full.", ("reason",))
IN_FLIGHT = Gauge(
    "cloudstub_http_requests_in_flight", "Requests being worked on.",
    multiprocess_mode="livesum")
EVENTS = Counter(
    "cloudstub_events_total", "Device events judged, by type and outcome.",
    ("type", "outcome"))
FEED_PAGE_SECONDS = Histogram(
    "cloudstub_feed_page_seconds", "Time to read one page of a change feed.", ("feed",),
    buckets=LATENCY_BUCKETS)
POOL_IN_USE = Gauge(
    "cloudstub_db_pool_connections_in_use", "Database connections checked out.",
    multiprocess_mode="livesum")
POOL_SIZE = Gauge(
    "cloudstub_db_pool_size", "Database connections a process may hold.",
    multiprocess_mode="livesum")


def watch_pool(engine: Engine, size: int) -> None:
    """Keep the pool gauges current from the pool's own events."""
    POOL_SIZE.set(size)

    @event.listens_for(engine, "checkout")
    def _out(*_args: object) -> None:
        POOL_IN_USE.inc()

    @event.listens_for(engine, "checkin")
    def _in(*_args: object) -> None:
        POOL_IN_USE.dec()


def exposition() -> tuple[bytes, str]:
    """The text a Prometheus scrape reads: every worker's samples when there are several."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST
