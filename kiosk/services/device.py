"""The device as the app composes it: settings, local store, sync engine. No Qt."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass

import requests
from sqlalchemy import func, select

from kiosk.config import Settings, save_token
from kiosk.store import LocalStore
from kiosk.store.db import DB_FILENAME
from kiosk.store.keys import database_key, forget_key
from kiosk.store.models import OutboxEvent, PolicyEntry
from kiosk.store.replica import StoreReplica
from sync import transport
from sync.activity import Activity
from sync.client import ApiClient
from sync.engine import SyncEngine
from sync.lock import SenderLock

SENDER_LOCK_FILE = "sync.lock"

log = logging.getLogger(__name__)


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


def api_session(settings: Settings) -> requests.Session:
    """HTTPS as the settings say: the system's trust store, the chain's CA, the pin."""
    return transport.session(settings.ca_file, settings.pin_sha256 or None)


def open_device(settings: Settings, http: requests.Session | None = None) -> Device:
    store = LocalStore(settings.data_dir, database_key(settings.data_dir / DB_FILENAME,
                                                       settings.database_key_file))
    client = ApiClient(settings.api_url, settings.token, http=http or api_session(settings))
    activity = Activity()
    engine = SyncEngine(client, StoreReplica(store, settings.device_id),
                        lock=SenderLock(settings.data_dir / SENDER_LOCK_FILE), activity=activity)
    live = ApiClient(settings.api_url, settings.token, http=api_session(settings),
                     timeout=LIVE_TIMEOUT)
    return Device(settings=settings, store=store, sync=engine, live=live, activity=activity)


def home_store_id(store: LocalStore) -> str | None:
    """The store this device belongs to, as the policy feed told it (None before a sync)."""
    with store.read() as session:
        return session.scalars(
            select(PolicyEntry.id).where(PolicyEntry.kind == "store")
        ).first()


def enrol(settings: Settings, code: str) -> Settings:
    """Trade a pairing code for this device's token and keep it (0600); the settings to
    open the device with. Raises `RequestRefused` (wrong, used or expired code) or
    another `SyncError` (no network)."""
    client = ApiClient(settings.api_url, "", http=api_session(settings))
    return save_token(settings, client.pair(code.strip()).token)


@dataclass(frozen=True)
class Erased:
    unsent_events: int
    """Events recorded here that the central API will never get."""
    paths: list[str]


def erase(device: Device) -> Erased:
    """The store took this device back: its local copy (customers' data), its unsent events
    and its token go; what went is returned, to be said and logged."""
    with device.store.read() as session:
        unsent = int(session.scalar(select(func.count()).select_from(OutboxEvent).where(
            OutboxEvent.state != "sent")) or 0)
    device.store.close()
    removed = []
    data_dir = device.settings.data_dir
    for child in sorted(data_dir.iterdir()) if data_dir.is_dir() else []:
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
        removed.append(str(child))
    removed += forget_key(data_dir / DB_FILENAME, device.settings.database_key_file)
    token_file = device.settings.token_file
    if token_file.exists():
        token_file.unlink()
        removed.append(str(token_file))
    log.warning("this device was removed from the store: erased %s (%d unsent events)",
                ", ".join(removed) or "nothing", unsent)
    return Erased(unsent, removed)
