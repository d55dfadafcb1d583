"""Random events from each kind of device, in anybody's name, against the real API: no
voucher, balance or order moves unless the rules allow it."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from cloud_stub.models import Customer, Order, Return, Voucher
from sync.protocol import EVENT_PAYLOADS
from sync.sqltypes import utcnow
from tests.cloud_stub.api.test_authorisation import kiosk_headers, post
from tests.cloud_stub.conftest import Api, event

ACTORS = [None, "S001:1001", "S001:2001", "S002:1001", "S002:2001", "S001:9999", "S009:1001"]
VALID_ACTORS = {"S001:1001", "S001:2001"}


def payloads() -> st.SearchStrategy[dict[str, Any]]:
    """What a forger would try: real ids and made-up ones, huge amounts, any method."""
    customers = st.sampled_from([f"C{n:05d}" for n in (1, 2, 3, 7, 20, 59)] + ["C99999"])
    orders = st.sampled_from([f"O{n:06d}" for n in (1, 2, 5, 9, 17, 33, 60)] + ["O999999"])
    returns = st.sampled_from([f"R-SEED-{n:05d}" for n in (1, 2, 3)] + ["R-FZ-000001"])
    return st.fixed_dictionaries({}, optional={
        "customer_id": customers, "order_id": orders, "return_id": returns,
        "voucher_id": st.builds(lambda: f"V-FZ-{uuid.uuid4().hex[:6].upper()}"),
        "amount_cents": st.integers(1, 10**9), "points": st.integers(1, 10**7),
        "method": st.sampled_from(["pass", "card", "search", "kiosk", "code", "associate"]),
        "expires_at": st.just((utcnow() + timedelta(days=30)).isoformat()),
        "reason": st.sampled_from(["damaged", "wrong_size"]),
        "override": st.fixed_dictionaries({"by": st.sampled_from(["Sophie Bernard", "x"]),
                                           "reason": st.just("A good reason to accept")}),
    })


def snapshot(api: Api) -> dict[str, Any]:
    with api.sessions() as session:
        return {
            "vouchers": {v.id: (v.return_id, v.customer_id, v.amount_cents, v.status)
                         for v in session.scalars(select(Voucher))},
            "returns": session.scalar(select(func.count()).select_from(Return)),
            "points": dict(session.execute(select(Customer.id, Customer.points_balance)).all()),
            "orders": dict(session.execute(select(Order.id, Order.pickup_state)).all()),
        }


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(kind=st.sampled_from(["kiosk", "tablet"]),
       batch=st.lists(st.tuples(st.sampled_from(sorted(EVENT_PAYLOADS)),
                                st.sampled_from(ACTORS), payloads()), min_size=1, max_size=6))
def test_random_events_move_nothing_the_rules_do_not_allow(
        api: Api, kind: str, batch: list[tuple[str, str | None, dict[str, Any]]]) -> None:
    before = snapshot(api)
    headers = kiosk_headers(api) if kind == "kiosk" else api.headers()
    seq = int(api.client.get("/v1/devices/me", headers=headers).json()["highest_seq"])
    events = [event(seq + n + 1, type_, entity=f"fz:{uuid.uuid4()}", actor=actor, **payload)
              for n, (type_, actor, payload) in enumerate(batch)]
    results = post(api, headers, *events)
    after = snapshot(api)
    moved = {order_id: (state, after["orders"][order_id])
             for order_id, state in before["orders"].items()
             if after["orders"][order_id] != state}
    if kind == "kiosk":
        # A customer alone: at most their own order checked in, nothing else anywhere.
        assert after["vouchers"] == before["vouchers"] and after["points"] == before["points"]
        assert after["returns"] == before["returns"]
        assert all(change == ("ready", "checked_in") for change in moved.values()), moved
        return
    for (type_, actor, _), result in zip(batch, results, strict=True):
        if actor not in VALID_ACTORS and type_ != "staff.locked_out":
            assert result["status"] == "rejected", (type_, actor, result)
    with api.sessions() as session:
        for voucher_id in set(after["vouchers"]) - set(before["vouchers"]):
            return_id, customer_id, _, status = after["vouchers"][voucher_id]
            paid_by = session.get(Return, return_id)
            assert paid_by is not None and paid_by.store_id == "S001", voucher_id
            assert paid_by.customer_id == customer_id and status == "active"
            issued = session.scalar(select(func.sum(Voucher.amount_cents)).where(
                Voucher.return_id == return_id))
            assert issued is not None and issued <= paid_by.refund_cents
    for customer_id, points in after["points"].items():
        if points != before["points"][customer_id]:
            reversed_ok = any(type_ == "loyalty.reversed" and actor in VALID_ACTORS
                              and payload.get("customer_id") == customer_id
                              for type_, actor, payload in batch)
            assert reversed_ok and points < before["points"][customer_id]
