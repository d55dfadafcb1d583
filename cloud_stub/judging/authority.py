"""Who may record what: a device's kind, its store and the staff member it names.

Deny by default. An event is judged on its facts only once the device was allowed to
send it: a customer-facing kiosk records only what a customer alone does there, a store
tablet records what a logged-in staff member of its own store did, and an act that only a
manager may do names an active manager of that store. What a device says of itself (the
actor, the manager's name on an override) is checked against the staff accounts the
central API holds, never taken on the device's word.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from cloud_stub.judging.outcome import Outcome
from cloud_stub.models import Device, PolicyItem
from sync.protocol import (
    CustomerIdentifiedPayload,
    Event,
    EventDiscardedPayload,
    EventPayload,
    PickupCheckedInPayload,
    ReturnRecordedPayload,
)
from sync.records import StaffRecord

KIOSK_EVENT_TYPES = frozenset({"customer.identified", "pickup.checked_in",
                               "assistance.requested", "feedback.given"})
"""What a customer alone may do at a kiosk: show their pass or card, check in for their
order, call an associate, say how it went."""

WITHOUT_ACTOR = frozenset({"staff.locked_out", "feedback.given"})
"""Tablet events recorded while nobody is logged in (a lock-out is a failed login)."""

CUSTOMER_ONLY = frozenset({"feedback.given"})
"""Tablet events that are the customer's, never a staff member's: an answer handed over on
the tablet's customer screen names no associate (who answered what is never known)."""


@dataclass(frozen=True)
class StaffAccount:
    staff_id: str
    store_id: str
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


def staff_account(session: Session, device: Device, actor: str) -> StaffAccount | None:
    """The active account `actor` names in the device's own store, or None."""
    item = session.get(PolicyItem, ("staff", actor))
    if item is None:
        return None
    record = StaffRecord.model_validate(item.data)
    if not record.active or record.store_id != device.store_id:
        return None
    return StaffAccount(item.id, record.store_id, record.name, record.role)


def _rejected(reason: str) -> Outcome:
    return Outcome("rejected", reason)


def authorise_sender(session: Session, device: Device, event: Event,
                     known: dict[str, StaffAccount | None]) -> StaffAccount | Outcome | None:
    """Before the payload is even read: may this device record this type of event, and is
    the staff member it names one of its store's? The account, None (a kiosk, or an event
    recorded while nobody is logged in), or the refusal. `known`: the accounts already
    looked up in this batch (a backlog names the same few people thousands of times)."""
    if device.kind == "kiosk":
        if event.type not in KIOSK_EVENT_TYPES:
            return _rejected(f"a customer-facing kiosk may not record {event.type}")
        if event.actor is not None:
            return _rejected("a kiosk records no staff member: nobody logs in on it")
        return None
    if device.kind != "tablet":
        return _rejected(f"a device of kind {device.kind!r} may record nothing")
    if event.type in CUSTOMER_ONLY and event.actor is not None:
        return _rejected(f"{event.type} is the customer's: it names no staff member")
    if event.actor is None:
        if event.type in WITHOUT_ACTOR:
            return None
        return _rejected(f"{event.type} names no staff member: a store tablet records what a "
                         "logged-in staff member did")
    if event.actor not in known:
        known[event.actor] = staff_account(session, device, event.actor)
    account = known[event.actor]
    if account is None:
        return _rejected(f"{event.actor} is not an active staff member of store "
                         f"{device.store_id}")
    return account


def authorise_payload(device: Device, account: StaffAccount | None,
                      payload: EventPayload) -> Outcome | None:
    """What only a kiosk's customer, or only a manager, may do with this payload."""
    if device.kind == "kiosk":
        return _kiosk(payload)
    return _manager_only(account, payload) if account is not None else None


def _kiosk(payload: EventPayload) -> Outcome | None:
    if isinstance(payload, PickupCheckedInPayload) and payload.method != "kiosk":
        return _rejected("a kiosk checks a customer in with their own pickup pass only "
                         f"(method kiosk, not {payload.method})")
    if isinstance(payload, CustomerIdentifiedPayload) and payload.method == "search":
        return _rejected("a kiosk identifies a customer by their own pass or card only")
    return None


def _manager_only(account: StaffAccount, payload: EventPayload) -> Outcome | None:
    """A return outside the policy and a discarded event need a manager, who is named."""
    if isinstance(payload, ReturnRecordedPayload) and payload.override is not None:
        if not account.is_manager:
            return _rejected(f"{account.name} is not a manager: only a manager accepts a "
                             "return outside the policy")
        if " ".join(payload.override.by.split()) != account.name:
            return _rejected(f"the override names {payload.override.by!r}, but the manager "
                             f"logged in is {account.name}")
    if isinstance(payload, EventDiscardedPayload) and not account.is_manager:
        return _rejected(f"{account.name} is not a manager: only a manager discards an event")
    return None
