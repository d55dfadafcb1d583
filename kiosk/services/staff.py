"""Staff login on an associate tablet: a staff number (typed or from the badge) and a PIN,
checked offline against the salted slow hash the `policy` feed brought.

Wrong PINs are counted per staff number in the database (a restart does not reset
them); after `MAX_PIN_ATTEMPTS` in a row the number is locked for `LOCK_MINUTES` and the
central API gets a `staff.locked_out` record. An unknown number answers exactly like a
wrong PIN and is counted the same way, so the screen never tells which numbers exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.services.errors import ActionRefused
from kiosk.services.outbox import record_event
from kiosk.services.returns import Role
from kiosk.store import LocalStore
from kiosk.store.models import PinAttempts, PolicyEntry
from sync.credentials import PIN_PATTERN, verify_pin
from sync.protocol import StaffLockedOutPayload
from sync.records import StaffRecord
from sync.rules.refusals import Refusal
from sync.sqltypes import utcnow

MAX_PIN_ATTEMPTS = 5
LOCK_MINUTES = 5
MAX_NUMBER_LENGTH = 12

@dataclass(frozen=True)
class StaffMember:
    staff_id: str
    """`<store>:<number>`: what events record as their actor."""
    number: str
    name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


def _active_accounts(session: Session) -> dict[str, tuple[str, StaffRecord]]:
    """The accounts that can log in here, by staff number: (staff_id, account)."""
    entries = session.scalars(select(PolicyEntry).where(PolicyEntry.kind == "staff"))
    accounts = ((e.id, StaffRecord.model_validate(e.data)) for e in entries)
    return {account.number: (staff_id, account) for staff_id, account in accounts
            if account.active}


def staff_accounts(store: LocalStore) -> int:
    """How many accounts can log in here (0 before the first sync: nobody can)."""
    with store.read() as session:
        return len(_active_accounts(session))


def log_in(store: LocalStore, number: str, pin: str, now: datetime | None = None) -> StaffMember:
    """The staff member, or `ActionRefused`: `pin_locked` (until), `pin_wrong` (left),
    `no_staff_yet` (the tablet never synced), `pin_format`."""
    now = now or utcnow()
    number = number.strip()
    if not number.isdigit() or len(number) > MAX_NUMBER_LENGTH or not PIN_PATTERN.match(pin):
        raise ActionRefused(Refusal.PIN_FORMAT)
    with store.read() as session:
        accounts = _active_accounts(session)
        attempts = session.get(PinAttempts, number)
        locked_until = attempts.locked_until if attempts is not None else None
    if not accounts:
        raise ActionRefused(Refusal.NO_STAFF_YET)
    if locked_until is not None and locked_until > now:
        raise ActionRefused(Refusal.PIN_LOCKED, until=locked_until)
    found = accounts.get(number)
    # The slow hash runs for unknown numbers too: the time taken tells nothing either.
    stored = found[1].pin_hash if found else _DUMMY_HASH
    if verify_pin(pin, stored) and found is not None:
        staff_id, account = found
        with store.write() as session:
            session.merge(PinAttempts(staff_number=number, failures=0, locked_until=None))
        role: Role = "manager" if account.role == "manager" else "associate"
        return StaffMember(staff_id=staff_id, number=number, name=account.name, role=role)
    with store.write() as session:
        attempts = session.get(PinAttempts, number) or PinAttempts(staff_number=number,
                                                                    failures=0)
        session.add(attempts)
        if attempts.locked_until is not None and attempts.locked_until <= now:
            attempts.failures = 0  # a lock that ran out starts a fresh count
        attempts.failures += 1
        failures = attempts.failures
        until = now + timedelta(minutes=LOCK_MINUTES) if failures >= MAX_PIN_ATTEMPTS else None
        attempts.locked_until = until
        if until is not None:
            record_event(session, f"staff:{number}", StaffLockedOutPayload(
                staff_number=number, attempts=failures, locked_until=until), now)
    if until is not None:
        raise ActionRefused(Refusal.PIN_LOCKED, until=until)
    raise ActionRefused(Refusal.PIN_WRONG, left=MAX_PIN_ATTEMPTS - failures)


_DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"


def locked_numbers(store: LocalStore, now: datetime | None = None) -> int:
    """Staff numbers locked right now (for the Sync page's figures and tests)."""
    now = now or utcnow()
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(PinAttempts).where(
            PinAttempts.locked_until > now)) or 0)
