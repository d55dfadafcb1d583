"""An idle round costs the central API one small request and writes nothing there:
1,500 devices polling every 15 s must not be 100 rounds of seven feed reads a second."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from cloud_stub.models import Base, Device, FeedClock
from kiosk.config import Settings
from kiosk.services.device import open_device
from tests.conftest import RunningServer, cloud_stub, start_server, stop_server


@pytest.fixture
def plain_server(tmp_path: Path) -> Iterator[RunningServer]:
    db = f"sqlite:///{tmp_path / 'cloud.db'}"
    cloud_stub("seed", "--small", "--db", db)
    server = start_server(db, tmp_path)
    yield server
    stop_server(server)


def _server_state(db_url: str) -> tuple[object, ...]:
    """Every table's row count, the feed clock and the devices' rows."""
    engine = create_engine(db_url)
    with Session(engine) as session:
        counts = tuple(session.scalar(select(func.count()).select_from(table))
                       for table in Base.metadata.sorted_tables)
        clock = session.scalar(select(FeedClock.value))
        devices = tuple(tuple(row) for row in session.execute(
            select(Device.id, Device.last_seen_at, Device.pending_events)).all())
    engine.dispose()
    return counts, clock, devices


@pytest.mark.parametrize("kind", ["tablet", "kiosk"])
def test_a_round_with_nothing_new_is_one_request_and_writes_nothing(
        plain_server: RunningServer, tmp_path: Path, kind: str) -> None:
    server = plain_server
    device = open_device(Settings(api_url=server.url, token=server.device_token("S001", kind),
                                  data_dir=tmp_path / kind, sync_interval_s=3600,
                                  mode="kiosk" if kind == "kiosk" else "associate"))
    try:
        first = device.sync.sync_once()
        assert first.ok, first.error
        assert first.pulled["catalog"] > 0  # the initial sync pulled the store's data
        before, state = server.requests_served(), _server_state(server.db_url)

        idle = device.sync.sync_once()

        assert idle.ok, idle.error
        assert sum(idle.pulled.values()) == 0
        after = server.requests_served()
        asked = {route: after[route] - before.get(route, 0) for route in after
                 if after[route] != before.get(route, 0) and route != "GET /metrics"}
        assert asked == {"GET /v1/devices/me": 1}
        assert _server_state(server.db_url) == state
    finally:
        device.close()
