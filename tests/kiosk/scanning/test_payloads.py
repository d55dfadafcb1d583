"""Scanned text -> payload or refusal: passes verified offline, numbers check-digited, and
every odd input refused without raising."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.scanning.payloads import (
    ISSUER,
    KeyRing,
    LoyaltyCard,
    PickupCode,
    PickupPass,
    Product,
    Receipt,
    Refusal,
    Refused,
    StorePass,
    VoucherCode,
    parse,
)

NOW = datetime(2026, 11, 22, 14, 0, tzinfo=UTC)


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class Issuer:
    """Signs passes the way the central API does, with its own keys."""

    def __init__(self, kid: str) -> None:
        self.kid = kid
        self.private = Ed25519PrivateKey.generate()
        self.public_raw = self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def jwk(self) -> dict[str, str]:
        return {"kty": "OKP", "crv": "Ed25519", "x": b64(self.public_raw), "kid": self.kid}

    def sign(self, typ: str, kid: str | None = None, **claims: Any) -> str:
        body = {"iss": ISSUER, "iat": int(NOW.timestamp()), "jti": "j1",
                "exp": int((NOW + timedelta(minutes=10)).timestamp()), **claims}
        return jwt.encode(body, self.private, algorithm="EdDSA",
                          headers={"typ": typ, "kid": kid or self.kid})


ISSUER_A = Issuer("k-2026-a")
ISSUER_B = Issuer("k-2026-b")  # rotated in later; both are published
KEYS = KeyRing.from_jwks({"keys": [ISSUER_A.jwk, ISSUER_B.jwk, {"kty": "RSA", "kid": "junk"}]})


def check(text: object, store: str | None = "S001") -> Any:
    return parse(text, KEYS, store, now=NOW)


def test_passes_are_verified_and_typed() -> None:
    assert check(ISSUER_A.sign("store-pass", sub="C00042", sid="C00042-s1", cart="K1")) == \
        StorePass("C00042", "C00042-s1", "K1", NOW + timedelta(minutes=10), "j1")
    pickup = check(ISSUER_B.sign("pickup", sub="O000013", store="S001"))
    assert isinstance(pickup, PickupPass) and pickup.order_id == "O000013"
    assert check(ISSUER_A.sign("receipt", sub="O000099", store="S002")) == \
        Receipt("O000099", "S002", "j1")


@pytest.mark.parametrize(("token", "reason"), [
    (ISSUER_A.sign("pickup", sub="O1", store="S002"), Refusal.OTHER_STORE),
    (ISSUER_A.sign("pickup", sub="O1", store="S001",
                   exp=int((NOW - timedelta(minutes=2)).timestamp())), Refusal.DEADLINE_PASSED),
    (ISSUER_A.sign("store-pass", sub="C1", exp=int((NOW - timedelta(minutes=2)).timestamp())),
     Refusal.EXPIRED),
    (ISSUER_A.sign("store-pass", sub="C1", iat=int((NOW + timedelta(hours=1)).timestamp())),
     Refusal.NOT_YET_VALID),
    (ISSUER_A.sign("store-pass", sub="C1", kid="k-retired"), Refusal.UNKNOWN_KEY),
    (ISSUER_A.sign("staff-badge", sub="E1"), Refusal.WRONG_TYPE),
    (Issuer("k-2026-a").sign("store-pass", sub="C1"), Refusal.SIGNATURE_INVALID),
    (ISSUER_A.sign("store-pass", sub="C1", iss="someone-else"), Refusal.MALFORMED),
    (ISSUER_A.sign("store-pass", sub=12345), Refusal.MALFORMED),
])
def test_bad_passes_are_refused_with_their_reason(token: str, reason: Refusal) -> None:
    result = check(token)
    assert isinstance(result, Refused) and result.reason == reason, result


def test_a_pass_just_expired_is_accepted_within_the_clock_skew() -> None:
    just_expired = int((NOW - timedelta(seconds=30)).timestamp())
    token = ISSUER_A.sign("store-pass", sub="C1", exp=just_expired)
    assert isinstance(check(token), StorePass)


def test_a_tampered_pass_fails_its_signature() -> None:
    token = ISSUER_A.sign("store-pass", sub="C00001")
    head, body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=="))
    claims["sub"] = "C00002"  # somebody else's data
    forged = f"{head}.{b64(json.dumps(claims).encode())}.{signature}"
    assert check(forged) == Refused(Refusal.SIGNATURE_INVALID)


def test_alg_none_and_hs256_with_the_public_key_are_refused() -> None:
    claims = {"iss": ISSUER, "sub": "C1", "exp": int((NOW + timedelta(minutes=5)).timestamp())}
    none_header = b64(json.dumps({"alg": "none", "typ": "store-pass",
                                  "kid": ISSUER_A.kid}).encode())
    unsigned = f"{none_header}.{b64(json.dumps(claims).encode())}."
    assert check(unsigned).reason == Refusal.UNSUPPORTED_ALGORITHM
    hs_header = b64(json.dumps({"alg": "HS256", "typ": "store-pass",
                                "kid": ISSUER_A.kid}).encode())
    signing_input = f"{hs_header}.{b64(json.dumps(claims).encode())}"
    mac = hmac.new(ISSUER_A.public_raw, signing_input.encode(), hashlib.sha256).digest()
    assert check(f"{signing_input}.{b64(mac)}").reason == Refusal.UNSUPPORTED_ALGORITHM


@pytest.mark.parametrize(("text", "expected"), [
    ("2900000000421", LoyaltyCard("2900000000421")),
    ("3760000000017", Product("3760000000017")),
    ("036000291452", Product("0036000291452")),  # UPC-A
    ("96385074", Product("96385074")),  # EAN-8
    ("  482913\n", PickupCode("482913")),
    ("V-DEV-4C9F3924E5A7-000003", VoucherCode("V-DEV-4C9F3924E5A7-000003")),
    ("V-x", Refused(Refusal.NOT_RECOGNISED, "V-x")),
    ("2900000000426", Refused(Refusal.BAD_CHECK_DIGIT, "2900000000426")),
    ("3760000000018", Refused(Refusal.BAD_CHECK_DIGIT, "3760000000018")),
    ("12345", Refused(Refusal.NOT_RECOGNISED, "5 digits")),
    ("", Refused(Refusal.EMPTY)),
    ("'; DROP TABLE outbox; --", Refused(Refusal.NOT_RECOGNISED, "'; DROP TABLE outbox")),
    ("https://shop.example/p/123", Refused(Refusal.NOT_RECOGNISED, "https://shop.exampl")),
    ("29000000004\x0025", Refused(Refusal.NOT_RECOGNISED, "control or non-ASCII characters")),
    ("x" * 5000, Refused(Refusal.TOO_LONG, "5000")),
])
def test_numbers_and_junk(text: str, expected: Any) -> None:
    result = check(text)
    assert result == expected or (
        isinstance(expected, Refused) and result.reason == expected.reason)


def test_passes_issued_by_the_real_central_api_verify(tmp_path: Path) -> None:
    from cloud_stub.admin.seed import SeedSize, seed
    from cloud_stub.core import keys
    from cloud_stub.core.db import make_engine, session_factory
    from cloud_stub.models import Order, PolicyItem

    engine = make_engine(f"sqlite:///{tmp_path / 'cloud.db'}")
    seed(engine, SeedSize.small())
    with session_factory(engine)() as session, session.begin():
        jwks = session.get(PolicyItem, ("jwks", "pass-signing")).data
        order = session.query(Order).filter(Order.pickup_state == "ready",
                                            Order.store_id == "S001").first()
        tokens = [keys.store_pass(session, "C00003", "s", "K1", 600),
                  keys.pickup_pass(session, order), keys.receipt(session, order)]
    engine.dispose()
    ring = KeyRing.from_jwks(jwks)
    results = [parse(t, ring, "S001") for t in tokens]
    assert [type(r) for r in results] == [StorePass, PickupPass, Receipt]
    assert isinstance(parse(tokens[1], ring, "S002"), Refused)  # not this store's pickup


VALID = ISSUER_A.sign("store-pass", sub="C00001")


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.text(max_size=300),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
    st.text(alphabet="0123456789", min_size=1, max_size=20),
    st.integers(min_value=0, max_value=len(VALID)).map(lambda n: VALID[:n]),
    st.integers(min_value=1, max_value=len(VALID) - 1).map(
        lambda n: VALID[:n] + ("A" if VALID[n] != "A" else "B") + VALID[n + 1:]),
    st.from_regex(r"eyJ[A-Za-z0-9_-]{0,40}\.[A-Za-z0-9_-]{0,60}\.[A-Za-z0-9_-]{0,90}",
                  fullmatch=True),
    st.sampled_from(["\x00", "\u202e2900000000421", "1' OR '1'='1", "%s%s%n", "\r\n" * 50]),
    st.just("9" * 100_000),
    st.none(), st.integers(), st.binary(max_size=20),
))
def test_fuzz_every_input_gets_a_payload_or_a_refusal(text: Any) -> None:
    result = parse(text, KEYS, "S001", now=NOW)
    assert isinstance(result, Refused | StorePass | PickupPass | Receipt | LoyaltyCard |
                      Product | PickupCode)
    if isinstance(text, str) and text != VALID and text.startswith("eyJ"):
        assert isinstance(result, Refused)  # a changed or cut token never verifies


def test_staff_badges_and_return_tickets_are_read_and_bad_ones_refused() -> None:
    from kiosk.scanning.payloads import ReturnTicket, StaffBadge, TicketLine

    ring = KeyRing.from_jwks(None)
    assert parse("STAFF-1001", ring) == StaffBadge("1001")
    ticket = parse("RT:O000123:1x2:wrong_size,3x1:damaged", ring)
    assert ticket == ReturnTicket("O000123", (TicketLine(1, 2, "wrong_size"),
                                              TicketLine(3, 1, "damaged")))
    assert isinstance(ticket, ReturnTicket)
    assert parse(ticket.text, ring) == ticket  # what the kiosk draws, the desk reads
    for bad in ("STAFF-12", "STAFF-ABC", "RT:O1:1x0:wrong_size", "RT:O1:1x1:a,1x2:b",
                "RT:O1:", "RT:o1:1x1:a", "RT:O1:1x1:Wrong"):
        assert isinstance(parse(bad, ring), Refused), bad


def test_a_header_nested_beyond_the_parsers_depth_is_refused_not_a_crash() -> None:
    # 1,400 levels: past Python's JSON recursion limit, which raised RecursionError before.
    header = '{"a":' + "[" * 1400 + "]" * 1400 + "}"
    token = base64.urlsafe_b64encode(header.encode()).decode().rstrip("=") + ".e30.sig"
    refused = parse(token, KeyRing.from_jwks(None))
    assert isinstance(refused, Refused) and refused.reason == Refusal.MALFORMED
