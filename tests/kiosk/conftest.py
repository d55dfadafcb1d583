"""Fixtures of the local store's tests: an empty store, and one holding a few feed items."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.store import LocalStore
from kiosk.store.replica import StoreReplica
from sync.protocol import FeedPage
from tests.kiosk.factories import TEST_KEY, customer_item, order_item


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    local = LocalStore(tmp_path / "data", TEST_KEY)
    yield local
    local.close()


@pytest.fixture
def replica(store: LocalStore) -> StoreReplica:
    replica = StoreReplica(store, "dev-test")
    replica.apply_page(FeedPage(feed="orders", cursor="e.2", has_more=False, items=[
        order_item("O1", "ready", 1), order_item("O2", "collected", 2)]))
    replica.apply_page(FeedPage(feed="customers", cursor="e.3", has_more=False, items=[
        customer_item("C1", 3, ["2900000000018"])]))
    return replica
