"""The device as the app composes it: settings, local store, sync engine. No Qt."""

from __future__ import annotations

from dataclasses import dataclass

import requests
from sqlalchemy import select

from kiosk.config import Settings
from kiosk.store import LocalStore
from kiosk.store.models import PolicyEntry
from kiosk.store.replica import StoreReplica
from sync.activity import Activity
from sync.client import ApiClient
from sync.engine import SyncEngine
from sync.lock import SenderLock

SENDER_LOCK_FILE = "sync.lock"


LIVE_TIMEOUT = (0.5, 1.5)
"""Connect and read timeouts for live reads on the associate's path (a customer's context):
past them the local copy answers, the associate does not wait."""


@dataclass
class Device:
    settings: Settings
    store: LocalStore
    sync: SyncEngine
    live: ApiClient
    """A client of its own, with short timeouts, for reads the associate is waiting on."""
    activity: Activity
    """The work a person waits for: sync rounds give way to it."""

    def close(self) -> None:
        self.store.close()


def open_device(settings: Settings, http: requests.Session | None = None) -> Device:
    store = LocalStore(settings.data_dir)
    client = ApiClient(settings.api_url, settings.token, http=http)
    activity = Activity()
    engine = SyncEngine(client, StoreReplica(store, settings.device_id),
                        lock=SenderLock(settings.data_dir / SENDER_LOCK_FILE), activity=activity)
    live = ApiClient(settings.api_url, settings.token, timeout=LIVE_TIMEOUT)
    return Device(settings=settings, store=store, sync=engine, live=live, activity=activity)


def home_store_id(store: LocalStore) -> str | None:
    """The store this device belongs to, as the policy feed told it (None before a sync)."""
    with store.read() as session:
        return session.scalars(
            select(PolicyEntry.id).where(PolicyEntry.kind == "store")
        ).first()
