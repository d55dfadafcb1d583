"""The same batch handed to two API processes at once (a device retrying through a load
balancer) is applied once: idempotency rests on the database, not on a process's lock."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from cloud_stub.models import AssistanceRequest, DeviceEvent
from tests.conftest import RunningServer, cloud_stub, start_server, stop_server

EVENTS = 150


@pytest.fixture
def two_servers(db_url: str, tmp_path: Path) -> Iterator[tuple[RunningServer, RunningServer]]:
    cloud_stub("seed", "--small", "--db", db_url)
    first = start_server(db_url, tmp_path)
    second = start_server(db_url, tmp_path)
    yield first, second
    stop_server(first)
    stop_server(second)


def test_the_same_batch_sent_to_two_processes_at_once_is_applied_once(
        two_servers: tuple[RunningServer, RunningServer], db_url: str) -> None:
    first, second = two_servers
    token = first.device_token("S001", "kiosk")
    device_id = token.split(".")[0]
    now = datetime.now(UTC).isoformat()
    request_ids = [str(uuid.uuid4()) for _ in range(EVENTS)]
    batch = {"device_id": device_id, "events": [
        {"id": str(uuid.uuid4()), "seq": n + 1, "type": "assistance.requested",
         "entity": f"assistance:{rid}", "occurred_at": now, "actor": None,
         "payload": {"request_id": rid, "kind": "help"}} for n, rid in enumerate(request_ids)]}
    answers: dict[str, Any] = {}
    start = threading.Barrier(2)

    def send(server: RunningServer) -> None:
        start.wait()
        answers[server.url] = requests.post(
            f"{server.url}/v1/events", json=batch, timeout=60,
            headers={"Authorization": f"Bearer {token}"})

    threads = [threading.Thread(target=send, args=(s,)) for s in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [a.status_code for a in answers.values()] == [200, 200]
    statuses = [[r["status"] for r in a.json()["results"]] for a in answers.values()]
    # each event applied by exactly one of the two, and answered `duplicate` by the other
    for n in range(EVENTS):
        assert sorted(s[n] for s in statuses) == ["applied", "duplicate"]
    engine = create_engine(db_url)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(DeviceEvent).where(
            DeviceEvent.device_id == device_id)) == EVENTS
        assert set(session.scalars(select(AssistanceRequest.id).where(
            AssistanceRequest.device_id == device_id))) == set(request_ids)
    engine.dispose()
