"""The central API under test: a seeded database (SQLite or PostgreSQL) behind a TestClient."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from cloud_stub.admin.seed import SeedSize, seed
from cloud_stub.app import create_app
from cloud_stub.core.config import Settings
from cloud_stub.core.db import make_engine, session_factory
from cloud_stub.core.security import hash_token, new_token
from cloud_stub.models import Device, DeviceEvent, Order


class Api:
    def __init__(self, client: TestClient, db_url: str) -> None:
        self.client = client
        self.engine = make_engine(db_url)
        self.sessions = session_factory(self.engine)
        self.tokens: dict[tuple[str, str], str] = {}

    def token(self, store: str, tablet: str = "main") -> str:
        """One device per (store, tablet name)."""
        if (store, tablet) not in self.tokens:
            device_id = f"dev-{store.lower()}-{uuid.uuid4().hex[:6]}"
            token = new_token(device_id)
            with self.sessions() as session, session.begin():
                session.add(Device(id=device_id, store_id=store, name="test",
                                   token_hash=hash_token(token)))
            self.tokens[store, tablet] = token
        return self.tokens[store, tablet]

    def headers(self, store: str = "S001", tablet: str = "main") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(store, tablet)}"}

    def device_id(self, store: str = "S001", tablet: str = "main") -> str:
        return self.token(store, tablet).split(".")[0]

    def event_count(self) -> int:
        with self.sessions() as session:
            return int(session.execute(select(func.count()).select_from(DeviceEvent)).scalar_one())

    def order(self, order_id: str) -> Order:
        with self.sessions() as session:
            order = session.get(Order, order_id)
            assert order is not None
            return order

    def pull_all(self, feed: str, limit: int = 7, store: str = "S001") -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"feed": feed, "limit": limit}
            if cursor:
                params["cursor"] = cursor
            answer = self.client.get("/v1/changes", params=params, headers=self.headers(store))
            assert answer.status_code == 200, answer.text
            page = answer.json()
            items += page["items"]
            cursor = page["cursor"]
            if not page["has_more"]:
                return items


@pytest.fixture
def api(db_url: str) -> Iterator[Api]:
    engine = make_engine(db_url)
    seed(engine, SeedSize.small())
    engine.dispose()
    with TestClient(create_app(Settings(db_url=db_url))) as client:
        api = Api(client, db_url)
        yield api
        api.engine.dispose()


ASSOCIATE = "S001:1001"
"""The seed's associate of the demo store (cloud_stub.crud.staff.SEED_STAFF)."""
MANAGER = "S001:2001"
MANAGER_NAME = "Sophie Bernard"


def event(seq: int, type_: str = "customer.identified", entity: str | None = None,
          actor: str | None = ASSOCIATE, **payload: Any) -> dict[str, Any]:
    """An event as a store tablet sends it: recorded by the staff member logged in."""
    payload = payload or {"customer_id": "C00001", "method": "search"}
    return {"id": str(uuid.uuid4()), "seq": seq, "type": type_, "entity": entity or f"e{seq}",
            "occurred_at": datetime.now(UTC).isoformat(), "payload": payload, "actor": actor}


def ready_order(api: Api, store: str = "S001") -> str:
    with api.sessions() as session:
        return session.scalars(
            select(Order.id).where(Order.store_id == store, Order.pickup_state == "ready")
        ).first() or pytest.fail("the seed has no ready order")


