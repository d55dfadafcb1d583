"""Signed references of a customer's visit: what a satisfaction answer points to.

The device that served the customer (the kiosk after a check-in, the desk after a handover
or a return) writes a reference of the visit, prints it in the survey link of the receipt
and puts it in its own `feedback.given` event. The central API accepts an answer only for a
reference one of its devices signed, once per visit, and only for a few weeks: a link
passed around or made up rates nothing.

The reference names no customer, order or associate: who answered what is never known.
It holds the device, the touchpoint, a random visit id and the day, signed with an HMAC
whose key is the SHA-256 of the device token (what the central API keeps of it), so a
device signs offline and the server checks without ever holding the token itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sync.rules.kpis import Touchpoint

VALID_FOR = timedelta(days=30)
"""How long after the visit an answer is taken: long enough for the receipt's survey."""
SIGNATURE_CHARS = 22
"""128 bits of HMAC-SHA256, base64url: enough against guessing, short in a QR code."""
_CODES = {Touchpoint.PICKUP: "p", Touchpoint.RETURNS: "r", Touchpoint.KIOSK: "k",
          Touchpoint.ASSISTANCE: "a"}
_TOUCHPOINTS = {code: touchpoint for touchpoint, code in _CODES.items()}
VISIT_PATTERN = r"^[A-Za-z0-9_-]{1,64}\.[prka]\.[0-9a-f]{12}\.\d{8}\.[A-Za-z0-9_-]{22}$"
_VISIT = re.compile(VISIT_PATTERN)


@dataclass(frozen=True)
class Visit:
    device_id: str
    touchpoint: Touchpoint
    visit_id: str
    day: date

    @property
    def body(self) -> str:
        return f"{self.device_id}.{_CODES[self.touchpoint]}.{self.visit_id}.{self.day:%Y%m%d}"


def signing_key(token: str) -> str:
    """The key a device signs with: the SHA-256 of its token, as the central API keeps it."""
    return hashlib.sha256(token.encode()).hexdigest()


def _signature(key: str, body: str) -> str:
    mac = hmac.new(key.encode(), f"visit|{body}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode()[:SIGNATURE_CHARS]


def sign(key: str, device_id: str, touchpoint: Touchpoint, day: date) -> str:
    """A new visit's reference (a fresh random id each time)."""
    visit = Visit(device_id, touchpoint, secrets.token_hex(6), day)
    return f"{visit.body}.{_signature(key, visit.body)}"


def parse(reference: str) -> Visit | None:
    """What a reference says, before its signature is checked; None when malformed."""
    if not _VISIT.match(reference):
        return None
    device_id, code, visit_id, day, _signature_text = reference.split(".")
    try:
        when = datetime.strptime(day, "%Y%m%d").date()
    except ValueError:
        return None
    return Visit(device_id, _TOUCHPOINTS[code], visit_id, when)


def verify(reference: str, key: str) -> bool:
    """The signature is the one `key` makes (constant time)."""
    visit = parse(reference)
    return visit is not None and hmac.compare_digest(
        reference.rsplit(".", 1)[1], _signature(key, visit.body))
