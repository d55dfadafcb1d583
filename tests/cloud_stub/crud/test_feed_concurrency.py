"""Feed cursors under concurrent writers: kiosks of two stores write rows of a feed at the
same time, through two API processes, while each store's tablet pulls it in small pages.
No tablet may miss a row (one committed below a version it already passed) or get one
twice, on SQLite and on PostgreSQL."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from cloud_stub.models import AssistanceRequest
from tests.conftest import RunningServer, cloud_stub, start_server, stop_server

STORES = ("S001", "S002")
KIOSKS_PER_STORE = 2
BATCHES_PER_KIOSK = 45


@pytest.fixture
def two_process_server(db_url: str, tmp_path: Path) -> Iterator[RunningServer]:
    cloud_stub("seed", "--small", "--db", db_url)
    server = start_server(db_url, tmp_path, options=["--workers", "2"])
    yield server
    stop_server(server)


def _request_batch(device_id: str, first_seq: int, size: int) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    events = []
    for n in range(size):
        request_id = str(uuid.uuid4())
        events.append({"id": str(uuid.uuid4()), "seq": first_seq + n,
                       "type": "assistance.requested", "entity": f"assistance:{request_id}",
                       "occurred_at": now, "actor": None,
                       "payload": {"request_id": request_id, "kind": "help"}})
    return {"device_id": device_id, "events": events}


def _write(server: RunningServer, token: str, rng: random.Random,
           problems: list[str]) -> None:
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    device_id, seq = token.split(".")[0], 1
    for _ in range(BATCHES_PER_KIOSK):
        size = rng.choice((1, 1, 2, 5, 12))  # transactions of different lengths
        answer = http.post(f"{server.url}/v1/events",
                           json=_request_batch(device_id, seq, size), timeout=30)
        if answer.status_code == 503:  # full for a moment: as a device does, try again
            time.sleep(float(answer.headers["Retry-After"]) / 10)
            continue
        if answer.status_code != 200 or any(
                r["status"] != "applied" for r in answer.json()["results"]):
            problems.append(f"{answer.status_code} {answer.text[:200]}")
            return
        seq += size


class Puller:
    """A store's tablet pulling the assistance feed as the sync engine does."""

    def __init__(self, server: RunningServer, token: str) -> None:
        self.url = f"{server.url}/v1/changes"
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token}"
        self.cursor: str | None = None
        self.received: dict[str, int] = {}
        self.problems: list[str] = []

    def drain(self) -> None:
        while True:
            params: dict[str, Any] = {"feed": "assistance", "limit": 5}
            if self.cursor:
                params["cursor"] = self.cursor
            answer = self.http.get(self.url, params=params, timeout=30)
            if answer.status_code == 503:
                time.sleep(0.05)
                continue
            assert answer.status_code == 200, answer.text
            page = answer.json()
            held = int(self.cursor.rsplit(".", 1)[1]) if self.cursor else 0
            for item in page["items"]:
                if item["version"] <= held:
                    self.problems.append(f"{item['id']} at {item['version']} <= cursor {held}")
                if item["id"] in self.received:
                    self.problems.append(f"{item['id']} received twice")
                self.received[item["id"]] = item["version"]
                held = item["version"]
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return


def test_concurrent_writers_never_make_a_device_miss_or_repeat_a_row(
        two_process_server: RunningServer, db_url: str) -> None:
    server = two_process_server
    kiosks = {store: [server.device_token(store, "kiosk") for _ in range(KIOSKS_PER_STORE)]
              for store in STORES}
    pullers = {store: Puller(server, server.device_token(store)) for store in STORES}
    problems: list[str] = []
    writers = [threading.Thread(target=_write, args=(server, token, random.Random(n), problems))
               for n, token in enumerate(t for tokens in kiosks.values() for t in tokens)]
    for writer in writers:
        writer.start()
    while any(w.is_alive() for w in writers):  # pull while they write, as tablets do
        for puller in pullers.values():
            puller.drain()
    for writer in writers:
        writer.join()
    for puller in pullers.values():
        puller.drain()
    assert problems == []

    engine = create_engine(db_url)
    with Session(engine) as session:
        for store, puller in pullers.items():
            written = set(session.scalars(select(AssistanceRequest.id).where(
                AssistanceRequest.store_id == store)))
            assert len(written) >= KIOSKS_PER_STORE * BATCHES_PER_KIOSK
            assert puller.problems == []
            assert set(puller.received) == written, (
                f"{store}: missed {len(written - set(puller.received))} of {len(written)}")
    engine.dispose()
