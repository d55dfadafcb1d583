"""How the app reaches the central API: HTTPS with the system's trust store (plus a
chain's own CA), optionally pinned to the server's public key; plain HTTP only to this
machine (a tablet's token and the customers' data never cross a store network in clear).
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import ssl
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
import truststore
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPSConnection
from urllib3.connectionpool import HTTPSConnectionPool


class InsecureUrl(ValueError):
    """An API address the app refuses to send anything to."""


class PinMismatch(ssl.SSLError):
    """The server's public key is not the pinned one: nothing was sent."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> None:
    """`https://` anywhere; `http://` only to this machine (tests, the demo)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return
    if parts.scheme == "http":
        raise InsecureUrl(f"{url} is plain http:// to another machine: the device token and "
                          "the customers' data would cross the network in clear. Use https://")
    raise InsecureUrl(f"api url must start with https:// (or http:// to this machine), not "
                      f"{url!r}")


def public_key_pin(certificate_der: bytes) -> str:
    """SHA-256 of the certificate's public key (SubjectPublicKeyInfo), base64: what
    `pin_sha256` holds. It survives a renewed certificate with the same key."""
    spki = x509.load_der_x509_certificate(certificate_der).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


def _pinned_pool(pin: str) -> type[HTTPSConnectionPool]:
    class PinnedConnection(HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            sock = self.sock
            der = sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) \
                else None
            if der is None or public_key_pin(der) != pin:
                self.close()
                raise PinMismatch("the server's public key does not match the pinned key "
                                  "(pin_sha256): nothing was sent")

    class PinnedPool(HTTPSConnectionPool):
        ConnectionCls = PinnedConnection

    return PinnedPool


class TlsAdapter(HTTPAdapter):
    def __init__(self, ca_file: Path | None, pin: str | None) -> None:
        self.context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if ca_file is not None:
            self.context.load_verify_locations(cafile=str(ca_file))
        self.pin = pin
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self.context
        super().init_poolmanager(*args, **kwargs)
        if self.pin:
            self.poolmanager.pool_classes_by_scheme = {
                **self.poolmanager.pool_classes_by_scheme, "https": _pinned_pool(self.pin)}


def session(ca_file: Path | None = None, pin: str | None = None) -> requests.Session:
    """A requests session that trusts the system's store (and `ca_file`), pinned when
    `pin` is given."""
    http = requests.Session()
    http.mount("https://", TlsAdapter(ca_file, pin))
    return http
