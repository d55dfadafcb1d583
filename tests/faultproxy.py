"""A fault-injecting HTTP proxy between the tablet and the real `cloud-stub`, on loopback.

Each request takes the next fault from a queue (or, with `failure_rate`, a random one);
with none it passes through. The faults are what store networks do: the request or the
answer lost, the connection reset, the server overloaded or rate limiting, a body cut off.
"""

from __future__ import annotations

import http.client
import random
import socket
import struct
import threading
import time
from collections import deque
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class Fault(StrEnum):
    PASS = "pass"
    DROP_REQUEST = "drop_request"  # connection closed before the server sees anything
    DROP_RESPONSE = "drop_response"  # the server committed; the answer is lost
    DELAY = "delay"  # slow network: answered late
    RESET = "reset"  # TCP reset instead of an answer
    HTTP_500 = "http_500"
    HTTP_503 = "http_503"
    HTTP_429 = "http_429"  # rate limited, with Retry-After
    TRUNCATE = "truncate"  # the server's answer cut in the middle of the body


FAULTS = [f for f in Fault if f is not Fault.PASS]


class FaultProxy:
    def __init__(self, upstream: str, delay: float = 0.2, retry_after: int = 1) -> None:
        parts = urlsplit(upstream)
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.delay = delay
        self.retry_after = retry_after
        self.queue: deque[Fault] = deque()
        self.failure_rate = 0.0
        self.rng = random.Random(0)
        self.log: list[tuple[str, str, Fault]] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fault = proxy.next_fault()
                with proxy._lock:
                    proxy.log.append((self.command, self.path, fault))
                if fault is Fault.DROP_REQUEST:
                    self.close_connection = True
                    return
                if fault is Fault.RESET:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                               struct.pack("ii", 1, 0))
                    self.close_connection = True
                    return
                if fault in (Fault.HTTP_500, Fault.HTTP_503, Fault.HTTP_429):
                    status = {Fault.HTTP_500: 500, Fault.HTTP_503: 503, Fault.HTTP_429: 429}[fault]
                    payload = b'{"error":"injected","message":"fault injected by the test proxy"}'
                    self.send_response(status)
                    if fault is Fault.HTTP_429:
                        self.send_header("Retry-After", str(proxy.retry_after))
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                if fault is Fault.DELAY:
                    time.sleep(proxy.delay)
                status, headers, answer = proxy.forward(self.command, self.path, self.headers, body)
                if fault is Fault.DROP_RESPONSE:
                    self.close_connection = True
                    return
                self.send_response(status)
                for name, value in headers:
                    if name.lower() not in ("transfer-encoding", "connection", "content-length",
                                            "date", "server"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                if fault is Fault.TRUNCATE:
                    self.wfile.write(answer[: len(answer) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(answer)

            do_GET = do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def next_fault(self) -> Fault:
        with self._lock:
            if self.queue:
                return self.queue.popleft()
            if self.failure_rate and self.rng.random() < self.failure_rate:
                return self.rng.choice(FAULTS)
            return Fault.PASS

    def heal(self) -> None:
        with self._lock:
            self.queue.clear()
            self.failure_rate = 0.0

    def forward(self, method: str, path: str, headers: object,
                body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=60)
        try:
            forwarded = {k: v for k, v in headers.items()  # type: ignore[attr-defined]
                         if k.lower() not in ("host", "connection", "content-length")}
            connection.request(method, path, body=body or None, headers=forwarded)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()
