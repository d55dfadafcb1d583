"""`GET /v1/stores/{id}/kpis`: a store's tablets read their own store's figures, per period,
with the chain's beside them; another store, a kiosk and a bad period are refused."""

from __future__ import annotations

from cloud_stub.core.security import hash_token, new_token
from cloud_stub.models import Device
from tests.cloud_stub.conftest import ASSOCIATE, MANAGER, Api


def manager(api: Api, store: str = "S001") -> dict[str, str]:
    return {**api.headers(store), "X-Acting-Staff": MANAGER.replace("S001", store)}


def test_a_tablet_reads_its_store_per_day_with_the_chain_beside(api: Api) -> None:
    answer = api.client.get("/v1/stores/S001/kpis", headers=manager(api),
                            params={"from": "2026-11-28", "to": "2026-12-01", "grain": "day"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    days = [(p["store"]["first"], p["store"]["end"]) for p in body["periods"]]
    assert days == [("2026-11-28", "2026-11-29"), ("2026-11-29", "2026-11-30"),
                    ("2026-11-30", "2026-12-01"), ("2026-12-01", "2026-12-02")]
    assert all(p["store"]["store_id"] == "S001" and p["chain"]["store_id"] is None
               for p in body["periods"])
    month = api.client.get("/v1/stores/S001/kpis", headers=manager(api), params={
        "from": "2026-11-15", "to": "2026-12-10", "grain": "month"}).json()["periods"]
    # clipped to the days asked: half of November, then December to the 10th
    assert [(p["store"]["first"], p["store"]["end"]) for p in month] \
        == [("2026-11-15", "2026-12-01"), ("2026-12-01", "2026-12-11")]


def test_another_store_a_kiosk_and_a_bad_period_are_refused(api: Api) -> None:
    week = {"from": "2026-11-23", "to": "2026-11-29", "grain": "week"}
    other = api.client.get("/v1/stores/S002/kpis", headers=manager(api), params=week)
    assert other.status_code == 403 and "S001" in other.json()["message"]
    # the store's own tablet, but an associate logged in, or nobody named, or another
    # store's manager: the figures are its managers'
    for acting in (ASSOCIATE, "", "S002:2001", "S001:9999"):
        refused = api.client.get("/v1/stores/S001/kpis", params=week,
                                 headers={**api.headers("S001"), "X-Acting-Staff": acting})
        assert refused.status_code == 403, acting
        assert "only the store's managers" in refused.json()["message"]
    token = new_token("kiosk-s001")
    with api.sessions() as session, session.begin():
        session.add(Device(id="kiosk-s001", store_id="S001", name="kiosk", kind="kiosk",
                           token_hash=hash_token(token)))
    kiosk = api.client.get("/v1/stores/S001/kpis", params=week,
                           headers={"Authorization": f"Bearer {token}"})
    assert kiosk.status_code == 403
    for bad in ({**week, "to": "2026-11-01"}, {**week, "from": "2025-01-01"},
                {**week, "grain": "year"}, {"to": "2026-11-29"}):
        answer = api.client.get("/v1/stores/S001/kpis", headers=manager(api), params=bad)
        assert answer.status_code == 422, bad
    assert api.client.get("/v1/stores/S001/kpis", params=week).status_code == 401
