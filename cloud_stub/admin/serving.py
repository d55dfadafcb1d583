"""`cloud-stub serve`: one or several API worker processes on one listening socket.

The socket is made here rather than by uvicorn: uvicorn's own (`--workers N`) leaves the
protocol at 0, so the connections it accepts never get `TCP_NODELAY` and every request
after the first on a kept-alive connection waits about 40 ms for a delayed ACK (uvicorn
issue 3149). Ours says TCP, and asyncio sets `TCP_NODELAY` on each connection.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from pathlib import Path

from cloud_stub.core.config import Settings

GRACEFUL_STOP_S = 5
"""On SIGTERM a worker stops taking connections and finishes what is in flight for this
long at most (requests last milliseconds; the rest is idle keep-alive connections, which
the devices reopen): a stop takes well under 10 s."""


def listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def serve(settings: Settings, workers: int, log_level: str, tls_cert: str | None,
          tls_key: str | None) -> int:
    """Run until SIGTERM or SIGINT. Exits 1 when the schema is not current."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from cloud_stub.core.db import SchemaOutOfDate, make_engine, require_current_schema
    from cloud_stub.core.logs import configure

    try:
        engine = make_engine(settings.db_url, pool_size=1)
        require_current_schema(engine)
        engine.dispose()
    except SchemaOutOfDate as exc:
        print(f"cloud-stub: {exc}", file=sys.stderr)
        return 1
    # Metrics of every worker go to one directory that /metrics sums (core.metrics); it
    # must be set before prometheus_client is imported by a worker.
    metrics_dir = os.environ.setdefault(
        "PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="cloud-stub-metrics-"))
    for stale in Path(metrics_dir).glob("*.db"):
        stale.unlink()
    os.environ.update(settings.environment())
    configure(log_level)
    config = uvicorn.Config(
        "cloud_stub.app:app_from_environment", factory=True, workers=workers,
        log_level=log_level, log_config=None, access_log=False,
        ssl_certfile=tls_cert, ssl_keyfile=tls_key,
        timeout_graceful_shutdown=GRACEFUL_STOP_S, timeout_keep_alive=30,
        backlog=2048)
    sock = listening_socket(settings.host, settings.port)
    scheme = "https" if tls_cert else "http"
    print(f"cloud-stub listening on {scheme}://{settings.host}:{sock.getsockname()[1]} "
          f"({workers} worker{'s' if workers > 1 else ''})", flush=True)
    if workers > 1:
        Multiprocess(config, sockets=[sock]).run()
    else:
        uvicorn.Server(config).run(sockets=[sock])
    return 0
