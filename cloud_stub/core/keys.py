"""Signing of the passes customers show in store (compact JWS, EdDSA / Ed25519).

Tablets verify passes offline with the public keys the `policy` feed publishes as
a JWKS; the `kid` header lets keys rotate without breaking passes already issued.
"""

from __future__ import annotations

import base64
import json
import secrets
from datetime import datetime, timedelta
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from cloud_stub.crud.clock import next_version
from cloud_stub.models import Customer, Order, PolicyItem, SigningKey
from sync.sqltypes import utcnow

ISSUER = "store-edge-central"
RECEIPT_VALIDITY = timedelta(days=400)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def create_signing_key(session: Session) -> SigningKey:
    """A new active key; older keys stay published so passes they signed still verify."""
    private = Ed25519PrivateKey.generate()
    public_raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    kid = f"k{utcnow():%Y%m%d}-{secrets.token_hex(3)}"
    for old in session.scalars(select(SigningKey).where(SigningKey.active)):
        old.active = False
    key = SigningKey(
        kid=kid,
        private_pem=private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode(),
        public_jwk={"kty": "OKP", "crv": "Ed25519", "x": _b64url(public_raw), "kid": kid,
                    "alg": "EdDSA", "use": "sig"},
        created_at=utcnow(),
        active=True,
    )
    session.add(key)
    session.flush()
    publish_jwks(session)
    return key


def publish_jwks(session: Session) -> None:
    keys = [k.public_jwk for k in session.scalars(select(SigningKey).order_by(SigningKey.kid))]
    item = session.get(PolicyItem, ("jwks", "pass-signing"))
    if item is None:
        item = PolicyItem(kind="jwks", id="pass-signing", data={}, version=0)
        session.add(item)
    item.data = {"keys": keys}
    item.version = next_version(session)


def active_key(session: Session) -> SigningKey:
    key = session.scalars(select(SigningKey).where(SigningKey.active)).first()
    return key if key is not None else create_signing_key(session)


def sign(session: Session, typ: str, claims: dict[str, Any]) -> str:
    key = active_key(session)
    now = utcnow()
    # Every byte makes the QR denser: no empty claim, a 72-bit pass id (unique, not secret),
    # accented names as UTF-8 rather than \u escapes.
    body = {"iss": ISSUER, "iat": int(now.timestamp()), "jti": secrets.token_urlsafe(9),
            **{name: value for name, value in claims.items() if value is not None}}
    return jwt.encode(body, key.private_pem, algorithm="EdDSA",
                      headers={"typ": typ, "kid": key.kid}, json_encoder=_Utf8Json)


class _Utf8Json(json.JSONEncoder):
    def __init__(self, **options: Any) -> None:
        super().__init__(**{**options, "ensure_ascii": False})


def store_pass(session: Session, customer_id: str, session_id: str | None,
               cart_id: str | None, ttl_seconds: int) -> str:
    """The pass also carries the holder's name (`n`: first, last): a store device that does
    not hold the customer (outside its working set) and is offline still greets them and
    serves the cart the pass names. A few dozen bytes: the QR stays readable on a phone."""
    exp = utcnow() + timedelta(seconds=ttl_seconds)
    claims: dict[str, Any] = {"sub": customer_id, "sid": session_id, "cart": cart_id,
                              "exp": int(exp.timestamp())}
    customer = session.get(Customer, customer_id)
    if customer is not None and not customer.deleted:
        claims["n"] = [customer.first_name, customer.last_name]
    return sign(session, "store-pass", claims)


def pickup_pass(session: Session, order: Order) -> str:
    deadline: datetime = order.pickup_deadline or (utcnow() + timedelta(days=7))
    return sign(session, "pickup", {"sub": order.id, "store": order.store_id,
                                     "exp": int(deadline.timestamp())})


RECEIPT_MAX_LINES = 6
"""An e-receipt carries its lines up to this many (a readable QR on a phone); a longer
purchase's receipt carries its id alone, and a return of it offline needs the network."""
RECEIVED_STATUSES = ("completed", "delivered")
"""Only a purchase the customer has received can come back: an order still to collect or
in delivery gets a receipt with its id alone."""


def receipt(session: Session, order: Order) -> str:
    """The e-receipt's QR: the order's id, and (for a purchase of a few lines) what a
    returns desk needs offline when its device does not hold the order: number, channel,
    date, payments and each line's product, quantity, price, discount and units received."""
    exp = order.created_at + RECEIPT_VALIDITY
    claims: dict[str, Any] = {"sub": order.id, "store": order.store_id,
                              "exp": int(exp.timestamp())}
    if len(order.lines) <= RECEIPT_MAX_LINES and order.status in RECEIVED_STATUSES:
        claims["o"] = {
            "n": order.number, "ch": order.channel, "f": order.fulfilment, "s": order.status,
            "at": int(order.created_at.timestamp()), "c": order.customer_id,
            "t": order.total_cents,
            "l": [[line.line_no, line.product_id, line.size, line.quantity,
                   line.unit_price_cents, line.discount_cents, line.handed_over_quantity]
                  for line in order.lines],
            "p": [[p.method, p.amount_cents] for p in order.payments]}
    return sign(session, "receipt", claims)


def verify(session: Session, text: str, typ: str) -> dict[str, Any] | None:
    """The claims of a pass this server signed, of type `typ`, not expired; None for
    anything else (forged, altered, another type, expired, garbage). Never raises."""
    try:
        header = jwt.get_unverified_header(text)
        key = session.get(SigningKey, str(header.get("kid")))
        if key is None or header.get("typ") != typ:
            return None
        claims = jwt.decode(text, jwt.PyJWK(key.public_jwk), algorithms=["EdDSA"],
                            issuer=ISSUER,
                            options={"require": ["sub", "exp", "iss"]})
    except (jwt.InvalidTokenError, ValueError, TypeError, RecursionError):
        return None
    return claims if isinstance(claims, dict) else None
