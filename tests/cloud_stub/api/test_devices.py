"""A device's identity as a store manages it: enrolment with a one-time pairing code, the
list of a store's devices, revocation that takes effect at once, a brake on guessing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from cloud_stub.crud.devices import add_device, pairing_code
from cloud_stub.models import PairingCode
from sync.sqltypes import utcnow
from tests.cloud_stub.conftest import Api
from tests.conftest import cloud_stub


def new_code(api: Api, kind: str = "tablet") -> tuple[str, str]:
    with api.sessions() as session, session.begin():
        device = add_device(session, "S001", kind, "desk 2")
        return device.id, pairing_code(session, device)


def test_a_pairing_code_enrols_a_device_once(api: Api) -> None:
    device_id, code = new_code(api)
    # typed by hand: lower case, without the dash, with stray spaces
    answer = api.client.post("/v1/devices/pair",
                             json={"code": f" {code.replace('-', '').lower()} "})
    assert answer.status_code == 200, answer.text
    enrolment = answer.json()
    assert (enrolment["device_id"], enrolment["store_id"]) == (device_id, "S001")
    token = enrolment["token"]
    me = api.client.get("/v1/devices/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["device_id"] == device_id
    again = api.client.post("/v1/devices/pair", json={"code": code})
    assert again.status_code == 400 and "used already" in again.json()["message"]


def test_an_expired_or_unknown_code_enrols_nothing(api: Api) -> None:
    _, code = new_code(api)
    with api.sessions() as session, session.begin():
        for pairing in session.scalars(select(PairingCode)):
            pairing.expires_at = utcnow() - timedelta(seconds=1)
    expired = api.client.post("/v1/devices/pair", json={"code": code})
    assert expired.status_code == 400 and "expired" in expired.json()["message"]
    unknown = api.client.post("/v1/devices/pair", json={"code": "ZZZZ-ZZZZ"})
    assert unknown.status_code == 400 and "not known" in unknown.json()["message"]


def test_guessing_pairing_codes_is_slowed_down(api: Api) -> None:
    _, code = new_code(api)
    statuses = [api.client.post("/v1/devices/pair", json={"code": f"AAAA-AAA{n}"}).status_code
                for n in range(2, 9)]
    assert statuses[:5] == [400] * 5 and statuses[5:] == [429, 429]
    braked = api.client.post("/v1/devices/pair", json={"code": code})
    assert braked.status_code == 429 and int(braked.headers["Retry-After"]) >= 1


def test_failed_authentication_is_slowed_down_but_a_good_token_always_passes(
        api: Api) -> None:
    bad = {"Authorization": "Bearer dev-x.not-a-token"}
    statuses = [api.client.get("/v1/devices/me", headers=bad).status_code for _ in range(22)]
    assert statuses[:20] == [401] * 20 and statuses[20:] == [429, 429]
    assert api.client.get("/v1/devices/me", headers=api.headers()).status_code == 200


def test_a_revoked_device_is_refused_at_once_with_its_reason(api: Api, db_url: str) -> None:
    headers = api.headers()
    assert api.client.get("/v1/devices/me", headers=headers).status_code == 200
    cloud_stub("device", "revoke", "--device", api.device_id(), "--db", db_url)
    refused = api.client.get("/v1/changes", params={"feed": "orders"}, headers=headers)
    assert refused.status_code == 401
    assert refused.json()["error"] == "device_revoked"


def test_a_store_sees_its_devices_when_they_last_called_and_what_waits_on_them(
        api: Api, db_url: str) -> None:
    api.client.get("/v1/devices/me", headers={**api.headers(), "X-App-Version": "0.1.0",
                                              "X-Pending-Events": "42"})
    listing = cloud_stub("device", "list", "--store", "S001", "--db", db_url)
    row = next(line for line in listing.splitlines() if line.startswith(api.device_id()))
    _, kind, _, seen, version, pending, state = row.split("\t")
    assert (kind, version, pending, state) == ("tablet", "0.1.0", "42", "active")
    assert seen != "never"


def test_the_command_line_prints_a_pairing_code_and_its_qr(db_url: str, tmp_path: Path,
                                                           api: Api) -> None:
    png = tmp_path / "pair.png"
    out = cloud_stub("device", "add", "--store", "S001", "--kind", "kiosk", "--png", str(png),
                     "--db", db_url)
    code = out.strip().splitlines()[-1]
    assert len(code) == 9 and code[4] == "-" and png.stat().st_size > 0
    answer = api.client.post("/v1/devices/pair", json={"code": code})
    assert answer.status_code == 200 and answer.json()["kind"] == "kiosk"


def test_rotating_a_token_keeps_the_device_online_until_the_new_one_is_taken(
        api: Api, db_url: str) -> None:
    old = api.headers()
    code = cloud_stub("device", "rotate", "--device", api.device_id(), "--db",
                      db_url).strip().splitlines()[-1]
    assert api.client.get("/v1/devices/me", headers=old).status_code == 200  # still works
    answer = api.client.post("/v1/devices/pair", json={"code": code})
    assert answer.status_code == 200 and answer.json()["device_id"] == api.device_id()
    new = {"Authorization": f"Bearer {answer.json()['token']}"}
    assert api.client.get("/v1/devices/me", headers=new).status_code == 200
    assert api.client.get("/v1/devices/me", headers=old).status_code == 401
