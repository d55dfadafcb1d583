"""Scanned text -> a typed, verified payload, or a typed refusal. Never raises.

Passes are compact JWS signed by the central API (EdDSA / Ed25519, `kid` in the header);
they are verified offline with the public keys of the `policy` feed. Numbers are checked
with their GS1 check digit. Anything else is refused with a reason an associate
understands, and nothing is written anywhere.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sync.protocol import VOUCHER_ID_PATTERN
from sync.records import OrderLineRecord, OrderRecord, PaymentRecord
from sync.rules.refusals import Refusal

ISSUER = "store-edge-central"
MAX_TEXT = 4096
"""Longer than any pass we issue: refuse before parsing anything."""
CLOCK_SKEW = timedelta(seconds=90)
"""Tablet clocks drift: a pass is accepted this long after its expiry, and `iat` this
far in the future."""


@dataclass(frozen=True)
class Refused:
    reason: Refusal
    detail: str = ""
    """For logs and support, never shown raw to a customer."""


@dataclass(frozen=True)
class StorePass:
    customer_id: str
    session_id: str | None
    cart_id: str | None
    expires_at: datetime
    pass_id: str
    first_name: str | None = None
    last_name: str | None = None
    """Signed with the rest: what greets a customer the device does not hold."""


@dataclass(frozen=True)
class PickupPass:
    order_id: str
    store_id: str | None
    deadline: datetime
    pass_id: str


@dataclass(frozen=True)
class Receipt:
    order_id: str
    store_id: str | None
    pass_id: str
    order: OrderRecord | None = None
    """The purchase as the signed e-receipt carries it (None: a long one, id only): what a
    return needs when the device does not hold the order and the network is down."""


@dataclass(frozen=True)
class LoyaltyCard:
    number: str


@dataclass(frozen=True)
class Product:
    gtin: str
    """Normalised to GTIN-13 (UPC-A gains a leading 0; EAN-8 stays 8 digits)."""


@dataclass(frozen=True)
class PickupCode:
    code: str


@dataclass(frozen=True)
class VoucherCode:
    """A store-credit voucher's code as its QR carries it (`V-<device>-<number>`); the
    voucher itself is checked against the local copy and, at the till, the central API."""

    voucher_id: str


@dataclass(frozen=True)
class StaffBadge:
    """A staff badge's Code 128 (`STAFF-1001`): fills the staff number at the login screen;
    at a customer kiosk it opens nothing."""

    number: str


@dataclass(frozen=True)
class TicketLine:
    line_no: int
    quantity: int
    reason: str


@dataclass(frozen=True)
class ReturnTicket:
    """What a customer chose at the kiosk to bring back (`RT:<order>:<line>x<qty>:<reason>,…`):
    it fills the returns desk's form, where the associate checks the items and the policy
    as for any return; nothing is refunded on the ticket's word alone."""

    order_id: str
    lines: tuple[TicketLine, ...]

    @property
    def text(self) -> str:
        lines = ",".join(f"{x.line_no}x{x.quantity}:{x.reason}" for x in self.lines)
        return f"RT:{self.order_id}:{lines}"


VOUCHER_CODE = re.compile(VOUCHER_ID_PATTERN)
STAFF_BADGE = re.compile(r"^STAFF-(\d{3,8})$")
_TICKET_LINE = r"(\d{1,3})x(\d{1,2}):([a-z][a-z_]{0,31})"
RETURN_TICKET = re.compile(rf"^RT:([A-Z0-9]{{1,16}}):({_TICKET_LINE}(?:,{_TICKET_LINE}){{0,49}})$")


def _ticket(match: re.Match[str]) -> Parsed:
    lines = tuple(TicketLine(int(n), int(q), r)
                  for n, q, r in re.findall(_TICKET_LINE, match.group(2)))
    if any(x.quantity < 1 for x in lines) or len({x.line_no for x in lines}) != len(lines):
        return Refused(Refusal.MALFORMED, "return ticket")
    return ReturnTicket(match.group(1), lines)


Payload = (StorePass | PickupPass | Receipt | LoyaltyCard | Product | PickupCode | VoucherCode
           | StaffBadge | ReturnTicket)
Parsed = Payload | Refused


class KeyRing:
    """Public keys by `kid`, from the policy feed's JWKS."""

    def __init__(self, keys: dict[str, Ed25519PublicKey] | None = None) -> None:
        self.keys = keys or {}

    @classmethod
    def from_jwks(cls, jwks: dict[str, Any] | None) -> KeyRing:
        keys: dict[str, Ed25519PublicKey] = {}
        for jwk in (jwks or {}).get("keys", []):
            if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519" or not jwk.get("kid"):
                continue
            try:
                raw = _b64url_decode(str(jwk["x"]))
                keys[str(jwk["kid"])] = Ed25519PublicKey.from_public_bytes(raw)
            except (KeyError, ValueError, binascii.Error):
                continue
        return cls(keys)


def _b64url_decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def gs1_check_digit_ok(digits: str) -> bool:
    """The GS1 mod-10 check digit (EAN-8, UPC-A, EAN-13, GTIN-14)."""
    body, check = digits[:-1], digits[-1]
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == int(check)


def _number(text: str) -> Parsed:
    if len(text) == 6:
        return PickupCode(text)
    if len(text) not in (8, 12, 13, 14):
        return Refused(Refusal.NOT_RECOGNISED, f"{len(text)} digits")
    if not gs1_check_digit_ok(text):
        return Refused(Refusal.BAD_CHECK_DIGIT, text)
    if len(text) == 13 and text[0] == "2":
        return LoyaltyCard(text)  # GS1 prefix 20-29: numbers for in-store use
    if len(text) == 12:
        return Product("0" + text)
    return Product(text)


PASS_TYPES = {"store-pass", "pickup", "receipt"}


def _when(claims: dict[str, Any], name: str) -> datetime | None:
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _text(claims: dict[str, Any], name: str) -> str | None:
    value = claims.get(name)
    return value if isinstance(value, str) and 0 < len(value) <= 64 else None


def _names(claims: dict[str, Any]) -> tuple[str | None, str | None]:
    """The holder's first and last name a store pass carries (`n`), when well formed."""
    names = claims.get("n")
    if not isinstance(names, list) or len(names) != 2:
        return None, None
    first, last = (name if isinstance(name, str) and 0 < len(name) <= 80 else None
                   for name in names)
    return first, last


def _header(text: str, keys: KeyRing) -> tuple[str, Any] | Refused:
    """The pass's type and the key it says it was signed with, before any signature check:
    anything but one of our pass types, signed with EdDSA by a key we know, is refused."""
    try:
        header = json.loads(_b64url_decode(text.split(".", 1)[0]))
    except (ValueError, binascii.Error, UnicodeDecodeError, RecursionError):
        # RecursionError: a header nested a thousand levels deep is garbage, not a crash.
        return Refused(Refusal.MALFORMED, "header is not base64url JSON")
    if not isinstance(header, dict):
        return Refused(Refusal.MALFORMED, "header is not an object")
    if header.get("alg") != "EdDSA":
        return Refused(Refusal.UNSUPPORTED_ALGORITHM, str(header.get("alg"))[:20])
    typ = header.get("typ")
    if typ not in PASS_TYPES:
        return Refused(Refusal.WRONG_TYPE, str(typ)[:20])
    key = keys.keys.get(str(header.get("kid")))
    if key is None:
        return Refused(Refusal.UNKNOWN_KEY, str(header.get("kid"))[:40])
    return str(typ), key


def _token(text: str, keys: KeyRing, store_id: str | None, now: datetime) -> Parsed:
    checked = _header(text, keys)
    if isinstance(checked, Refused):
        return checked
    typ, key = checked
    try:
        claims = jwt.decode(text, key, algorithms=["EdDSA"], issuer=ISSUER,
                            options={"verify_exp": False, "verify_iat": False,
                                     "verify_nbf": False, "require": ["sub", "exp", "iss"]})
    except jwt.InvalidSignatureError:
        return Refused(Refusal.SIGNATURE_INVALID)
    except jwt.InvalidTokenError as exc:
        return Refused(Refusal.MALFORMED, type(exc).__name__)
    except (ValueError, TypeError, RecursionError) as exc:  # the library's odd-input parsing
        return Refused(Refusal.MALFORMED, type(exc).__name__)

    subject, expires = _text(claims, "sub"), _when(claims, "exp")
    if subject is None or expires is None:
        return Refused(Refusal.MALFORMED, "sub or exp missing or invalid")
    issued = _when(claims, "iat")
    if issued is not None and issued > now + CLOCK_SKEW:
        return Refused(Refusal.NOT_YET_VALID, issued.isoformat())
    if expires + CLOCK_SKEW < now:
        if typ == "pickup":
            return Refused(Refusal.DEADLINE_PASSED, subject)
        return Refused(Refusal.EXPIRED, expires.isoformat())
    pass_id = _text(claims, "jti") or ""
    pass_store = _text(claims, "store")
    if typ == "store-pass":
        return StorePass(subject, _text(claims, "sid"), _text(claims, "cart"), expires, pass_id,
                         *_names(claims))
    if typ == "pickup":
        if store_id is not None and pass_store is not None and pass_store != store_id:
            return Refused(Refusal.OTHER_STORE, pass_store)
        return PickupPass(subject, pass_store, expires, pass_id)
    return Receipt(subject, pass_store, pass_id, _receipt_order(subject, pass_store, claims))


def _receipt_order(order_id: str, store_id: str | None,
                   claims: dict[str, Any]) -> OrderRecord | None:
    """The purchase a signed e-receipt describes (`cloud_stub.core.keys.receipt`); None when
    it carries only the id or anything in it does not fit."""
    facts = claims.get("o")
    if not isinstance(facts, dict):
        return None
    try:
        return OrderRecord(
            id=order_id, store_id=store_id, number=facts["n"], channel=facts["ch"],
            fulfilment=facts["f"], status=facts["s"], customer_id=facts.get("c"),
            created_at=datetime.fromtimestamp(facts["at"], UTC), total_cents=facts["t"],
            pickup_state="collected" if facts["f"] == "click_collect" else None,
            lines=tuple(OrderLineRecord(
                line_no=n, product_id=product, size=size, quantity=quantity,
                unit_price_cents=price, discount_cents=discount, handed_over=handed)
                for n, product, size, quantity, price, discount, handed in facts["l"]),
            payments=tuple(PaymentRecord(method=m, amount_cents=a) for m, a in facts["p"]))
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def parse(text: object, keys: KeyRing, store_id: str | None = None,
          now: datetime | None = None) -> Parsed:
    """Classify and verify one scanned text. Every input gets a payload or a refusal."""
    if not isinstance(text, str):
        return Refused(Refusal.NOT_RECOGNISED, type(text).__name__)
    if len(text) > MAX_TEXT:
        return Refused(Refusal.TOO_LONG, str(len(text)))
    text = text.strip()
    if not text:
        return Refused(Refusal.EMPTY)
    if not text.isascii() or not text.isprintable():
        return Refused(Refusal.NOT_RECOGNISED, "control or non-ASCII characters")
    now = now or datetime.now(UTC)
    if text.isdigit():
        return _number(text)
    if text.count(".") == 2 and text.startswith("eyJ"):
        return _token(text, keys, store_id, now)
    if VOUCHER_CODE.match(text):
        return VoucherCode(text)
    if badge := STAFF_BADGE.match(text):
        return StaffBadge(badge.group(1))
    if ticket := RETURN_TICKET.match(text):
        return _ticket(ticket)
    return Refused(Refusal.NOT_RECOGNISED, text[:20])
