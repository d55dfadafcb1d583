"""Satisfaction answers (`feedback.given` and the receipt's web survey) over HTTP, SQLite and
PostgreSQL: one per visit a device of the store signed, never naming anyone, and the
store's figures they make."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from cloud_stub.models import DeviceEvent, Feedback
from sync import visits
from sync.rules.kpis import Touchpoint
from sync.sqltypes import utcnow
from tests.cloud_stub.api.test_authorisation import kiosk_headers, post
from tests.cloud_stub.conftest import ASSOCIATE, MANAGER, Api, event


def signed(headers: dict[str, str], touchpoint: Touchpoint, days_ago: int = 0) -> str:
    """A visit reference as the device holding these headers' token signs it."""
    token = headers["Authorization"].removeprefix("Bearer ")
    return visits.sign(visits.signing_key(token), token.split(".")[0], touchpoint,
                       (utcnow() - timedelta(days=days_ago)).date())


def feedback(seq: int, visit: str, touchpoint: str, actor: str | None = None,
             **answer: Any) -> dict[str, Any]:
    return event(seq, "feedback.given", entity=f"visit:{visit[-8:]}", actor=actor,
                 visit=visit, touchpoint=touchpoint, **answer)


def test_a_kiosk_answer_counts_once_for_a_visit_it_signed(api: Api) -> None:
    kiosk = kiosk_headers(api)
    visit = signed(kiosk, Touchpoint.KIOSK)
    first, again = post(api, kiosk, feedback(1, visit, "kiosk", score=4, tags=["wait"],
                                             comment="Un peu d'attente  mais rapide"),
                        feedback(2, visit, "kiosk", score=1))
    assert first["status"] == "applied", first
    assert again["status"] == "conflict" and "rated already" in again["reason"]
    with api.sessions() as session:
        row = session.get(Feedback, visit)
        assert row is not None
        assert (row.store_id, row.touchpoint, row.score, row.tags, row.comment, row.channel) \
            == ("S001", "kiosk", 4, "wait", "Un peu d'attente mais rapide", "device")
        logged = session.scalars(select(DeviceEvent).where(
            DeviceEvent.type == "feedback.given")).all()
        assert [e.actor for e in logged] == [None, None]


def test_forged_foreign_old_or_misplaced_answers_are_refused_and_change_nothing(
        api: Api) -> None:
    kiosk, tablet = kiosk_headers(api), api.headers()
    ours = signed(kiosk, Touchpoint.KIOSK)
    forged = ours[:-4] + ("AAAA" if not ours.endswith("AAAA") else "BBBB")
    results = post(api, kiosk,
                   feedback(1, forged, "kiosk", score=5),
                   feedback(2, signed(tablet, Touchpoint.KIOSK), "kiosk", score=5),
                   feedback(3, signed(kiosk, Touchpoint.KIOSK, days_ago=40), "kiosk", score=5),
                   feedback(4, signed(kiosk, Touchpoint.PICKUP), "pickup", score=5))
    reasons = [r["reason"] for r in results]
    assert [r["status"] for r in results] == ["rejected"] * 4
    assert "not one this store's device signed" in reasons[0]
    assert "not one this store's device signed" in reasons[1]  # another device's reference
    assert "too old" in reasons[2]
    assert "does not ask about pickup" in reasons[3]
    tablet_visit = signed(tablet, Touchpoint.PICKUP)
    named, elsewhere, unnamed = post(
        api, tablet, feedback(1, signed(tablet, Touchpoint.PICKUP), "pickup", actor=ASSOCIATE,
                              score=2),
        feedback(2, signed(tablet, Touchpoint.PICKUP), "returns", score=2),
        feedback(3, tablet_visit, "pickup", score=2))
    assert named["status"] == "rejected" and "names no staff member" in named["reason"]
    assert elsewhere["status"] == "rejected"
    assert "was a pickup visit, not returns" in elsewhere["reason"]
    assert unnamed["status"] == "applied"
    with api.sessions() as session:
        assert [f.visit for f in session.scalars(select(Feedback))] == [tablet_visit]


def test_the_receipts_survey_answers_once_per_signed_visit(api: Api) -> None:
    tablet = api.headers()
    visit = signed(tablet, Touchpoint.RETURNS)
    left = signed(tablet, Touchpoint.PICKUP)
    (skipped,) = post(api, tablet, feedback(1, left, "pickup"))  # offered, not answered
    assert skipped["status"] == "applied"
    answer = {"score": 5, "recommend": 9, "tags": ["staff"], "comment": "Merci Julie !"}
    assert api.client.post("/v1/survey", json={"visit": visit, **answer}).status_code == 201
    twice = api.client.post("/v1/survey", json={"visit": visit, **answer})
    assert twice.status_code == 409 and "rated already" in twice.json()["message"]
    assert api.client.post("/v1/survey", json={"visit": left, **answer}).status_code == 201
    forged = api.client.post("/v1/survey", json={"visit": visit[:-3] + "xyz", **answer})
    assert forged.status_code == 403
    bad = api.client.post("/v1/survey", json={"visit": visit, "score": 6})
    assert bad.status_code == 422
    with api.sessions() as session:
        rows = {f.visit: (f.touchpoint, f.score, f.recommend, f.channel)
                for f in session.scalars(select(Feedback))}
    assert rows == {visit: ("returns", 5, 9, "web"), left: ("pickup", 5, 9, "web")}


def test_the_answers_make_the_stores_satisfaction_figures(api: Api) -> None:
    kiosk = kiosk_headers(api)
    answers = [(5, 10, ["staff"], "Très bien accueilli"), (3, 6, ["wait", "store"], "Long"),
               (None, None, [], ""), (4, 9, [], ""), (2, 8, ["wait"], "Too slow")]
    post(api, kiosk, *[
        feedback(n + 1, signed(kiosk, Touchpoint.KIOSK), "kiosk",
                 **({"score": score, "tags": tags, "comment": text} if score else {}))
        for n, (score, _r, tags, text) in enumerate(answers)])
    tablet = api.headers()
    for score, recommend, *_ in answers:
        if score is not None:
            api.client.post("/v1/survey", json={"visit": signed(tablet, Touchpoint.RETURNS),
                                                "score": score, "recommend": recommend})
    today = utcnow().date()
    span = {"from": (today - timedelta(days=1)).isoformat(),
            "to": (today + timedelta(days=1)).isoformat(), "grain": "month"}
    periods = api.client.get("/v1/stores/S001/kpis", params=span, headers={
        **tablet, "X-Acting-Staff": MANAGER}).json()["periods"]
    store = {k: v for p in periods for k, v in p["store"].items()
             if k in ("satisfaction", "nps", "themes", "comments") and p["store"]["comments"]}
    # kiosk: 4 answers of 5 offered; 5 and 4 of them are 4 or more; mean (5+3+4+2)/4
    assert store["satisfaction"]["kiosk"] == {"responses": 4, "csat": 0.5, "mean_score": 3.5,
                                              "response_share": 0.8}
    # NPS over the survey's 10, 6, 9, 8: promoters 2, detractors 1, of 4: (2 - 1) / 4
    assert store["nps"] == 25.0
    assert store["themes"] == {"staff": 1, "wait": 2, "store": 1}
    assert sorted(c["text"] for c in store["comments"]) \
        == ["Long", "Too slow", "Très bien accueilli"]
    assert all(set(c) == {"day", "touchpoint", "score", "tags", "text"}
               for c in store["comments"])
