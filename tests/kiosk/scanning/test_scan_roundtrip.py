"""Round trip: passes issued by the real `cloud-stub pass`, drawn with `qrcode` on a phone in
a synthetic 1280x720 camera frame, filmed badly, decoded by the default engine and verified
offline against the keys the policy feed publishes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from cloud_stub.models import Order, PolicyItem
from kiosk.scanning.decode import decode_frame
from kiosk.scanning.payloads import KeyRing, PickupPass, Receipt, Refused, StorePass, parse
from kiosk.scanning.synthetic import DISTORTIONS, Code, camera_frame
from tests.conftest import cloud_stub


class Issued:
    def __init__(self, db_url: str) -> None:
        engine = create_engine(db_url)
        with Session(engine) as session:
            jwks = session.get(PolicyItem, ("jwks", "pass-signing"))
            assert jwks is not None
            self.keys = KeyRing.from_jwks(jwks.data)
            order = session.scalars(select(Order).where(
                Order.store_id == "S001", Order.pickup_state == "ready")).first()
            assert order is not None
            self.order_id = order.id
        engine.dispose()

        def issue(*args: str) -> str:
            return cloud_stub("pass", *args, "--db", db_url).strip().splitlines()[-1]

        self.passes = {
            "store": issue("--customer", "C00007"),
            "pickup": issue("--order", self.order_id),
            "receipt": issue("--order", self.order_id, "--receipt"),
        }


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Issued]:
    db = tmp_path_factory.mktemp("roundtrip") / "cloud.db"
    cloud_stub("seed", "--small", "--db", f"sqlite:///{db}")
    yield Issued(f"sqlite:///{db}")


def verified(issued: Issued, kind: str, text: str) -> None:
    payload = parse(text, issued.keys, store_id="S001", now=datetime.now(UTC))
    assert not isinstance(payload, Refused), payload
    if kind == "store":
        assert isinstance(payload, StorePass) and payload.customer_id == "C00007"
    elif kind == "pickup":
        assert isinstance(payload, PickupPass) and payload.order_id == issued.order_id
    else:
        assert isinstance(payload, Receipt) and payload.order_id == issued.order_id


@pytest.mark.parametrize("distortion", DISTORTIONS)
def test_each_distortion_alone_is_read_and_verified(issued: Issued, distortion: str) -> None:
    kinds = ("store", "pickup", "receipt")
    read = 0
    for index in range(6):
        kind = kinds[index % 3]
        frame = camera_frame(Code(issued.passes[kind]), 1_000 + index, (distortion,))
        texts = [r.text for r in decode_frame(frame.image)]
        assert len(texts) <= 1, "one pass in the frame, one result"
        if texts:
            assert texts == [issued.passes[kind]], "a misread would be a different pass"
            verified(issued, kind, texts[0])
            read += 1
    assert read >= 5, f"{distortion}: only {read}/6 frames read"


def test_distortions_combined_are_mostly_read(issued: Issued) -> None:
    kinds = ("store", "pickup", "receipt")
    combos = [("perspective", "noise", "glare"), ("rotation", "moire", "low_contrast"),
              ("perspective", "rotation", "noise"), ("glare", "low_contrast", "moire"),
              ("blur", "noise"), ("rotation", "perspective", "moire")]
    read = 0
    for index, combo in enumerate(combos * 2):
        kind = kinds[index % 3]
        frame = camera_frame(Code(issued.passes[kind]), 2_000 + index, combo)
        texts = [r.text for r in decode_frame(frame.image)]
        if texts:
            assert texts == [issued.passes[kind]]
            verified(issued, kind, texts[0])
            read += 1
    assert read >= 9, f"only {read}/12 frames with combined distortions read"


def test_a_pass_altered_after_it_was_drawn_is_refused_not_opened(issued: Issued) -> None:
    genuine = issued.passes["store"]
    head, body, signature = genuine.split(".")
    forged_body = body[:-4] + ("AAAA" if body[-4:] != "AAAA" else "BBBB")
    forged = f"{head}.{forged_body}.{signature}"
    [result] = decode_frame(camera_frame(Code(forged), 3_000, ("perspective",)).image)
    assert result.text == forged
    refused = parse(result.text, issued.keys, store_id="S001")
    assert isinstance(refused, Refused)
