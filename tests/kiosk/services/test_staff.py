"""Staff login offline: PINs checked against salted slow hashes, wrong PINs counted per
staff number in the database (a restart does not reset them), locked after five in a
row with a security record for the central API; the actor of what staff record."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.services import staff
from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import acting_staff, record_event
from kiosk.store import LocalStore
from kiosk.store.models import OutboxEvent
from kiosk.store.replica import StoreReplica
from sync.credentials import hash_pin, verify_pin
from sync.protocol import CustomerIdentifiedPayload, FeedItem, FeedPage
from sync.sqltypes import utcnow
from tests.kiosk.factories import TEST_KEY


def account(number: str, name: str, role: str, pin: str, active: bool = True) -> FeedItem:
    return FeedItem(kind="staff", id=f"S001:{number}", version=int(number), data={
        "store_id": "S001", "number": number, "name": name, "role": role,
        "pin_hash": hash_pin(pin), "active": active})


@pytest.fixture
def staffed(store: LocalStore) -> LocalStore:
    StoreReplica(store, "dev-test").apply_page(FeedPage(
        feed="policy", cursor="e.9", has_more=False, items=[
            account("1001", "Camille Laurent", "associate", "1234"),
            account("2001", "Sophie Bernard", "manager", "9876"),
            account("1003", "Left Company", "associate", "1111", active=False)]))
    return store


def refused(store: LocalStore, number: str, pin: str, **kwargs: object) -> ActionRefused:
    with pytest.raises(ActionRefused) as caught:
        staff.log_in(store, number, pin, **kwargs)  # type: ignore[arg-type]
    return caught.value


def test_hashes_are_salted_and_slow_and_never_the_pin() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second and "1234" not in first  # a salt per account
    assert first.startswith("scrypt$16384$")
    assert verify_pin("1234", first) and not verify_pin("1235", first)
    assert not verify_pin("1234", "garbage") and not verify_pin("1234", "")
    with pytest.raises(ValueError):
        hash_pin("12")


def test_the_right_pin_logs_in_with_the_role(staffed: LocalStore) -> None:
    member = staff.log_in(staffed, "2001", "9876")
    assert (member.staff_id, member.name, member.role) == ("S001:2001", "Sophie Bernard",
                                                           "manager")
    assert member.is_manager
    assert not staff.log_in(staffed, "1001", "1234").is_manager


def test_nobody_logs_in_before_the_first_sync(store: LocalStore) -> None:
    assert refused(store, "1001", "1234").code == "no_staff_yet"


def test_five_wrong_pins_lock_the_number_even_across_a_restart(staffed: LocalStore,
                                                               tmp_path: Path) -> None:
    now = utcnow()
    lefts = [refused(staffed, "1001", "0000", now=now).params["left"] for _ in range(4)]
    assert lefts == [4, 3, 2, 1]
    locked = refused(staffed, "1001", "0000", now=now)
    assert locked.code == "pin_locked"
    assert locked.params["until"] == now + timedelta(minutes=staff.LOCK_MINUTES)
    # Even the right PIN is refused while locked; another person is not affected.
    assert refused(staffed, "1001", "1234", now=now).code == "pin_locked"
    assert staff.log_in(staffed, "2001", "9876", now=now).number == "2001"
    staffed.close()
    reopened = LocalStore(tmp_path / "data", TEST_KEY)
    try:
        assert refused(reopened, "1001", "1234", now=now + timedelta(minutes=1)).code \
            == "pin_locked"
        with reopened.read() as session:
            event = session.scalars(select(OutboxEvent).where(
                OutboxEvent.type == "staff.locked_out")).one()
            assert event.payload["staff_number"] == "1001" and event.payload["attempts"] == 5
        later = now + timedelta(minutes=staff.LOCK_MINUTES, seconds=1)
        assert staff.log_in(reopened, "1001", "1234", now=later).name == "Camille Laurent"
        assert refused(reopened, "1001", "0000", now=later).params["left"] == 4  # fresh count
    finally:
        reopened.close()


def test_unknown_or_removed_numbers_answer_like_a_wrong_pin(staffed: LocalStore) -> None:
    assert refused(staffed, "4242", "1234").code == "pin_wrong"
    assert refused(staffed, "1003", "1111").code == "pin_wrong"  # left the company
    assert refused(staffed, "abc", "1234").code == "pin_format"
    assert refused(staffed, "1001", "12").code == "pin_format"


def test_events_record_who_was_logged_in(store: LocalStore) -> None:
    token = acting_staff.set("S001:1001")
    try:
        with store.write() as session:
            record_event(session, "customer:C1",
                         CustomerIdentifiedPayload(customer_id="C1", method="card"))
    finally:
        acting_staff.reset(token)
    with store.write() as session:
        record_event(session, "customer:C1",
                     CustomerIdentifiedPayload(customer_id="C1", method="card"))
    with store.read() as session:
        actors = session.scalars(select(OutboxEvent.actor).order_by(OutboxEvent.seq)).all()
    assert actors == ["S001:1001", None]
    replica = StoreReplica(store, "dev-test")
    assert [e.actor for e in replica.pending_events(10, 100_000)] == ["S001:1001", None]

