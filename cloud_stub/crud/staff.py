"""Staff accounts of a store: name, role and a salted slow hash of the PIN.

They travel to the store's tablets in the `policy` feed (kind `staff`, id
`<store>:<number>`), so that a PIN is checked offline and never sent anywhere.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from cloud_stub.crud.clock import next_version
from cloud_stub.models import PolicyItem
from sync.credentials import STAFF_NUMBER_PATTERN, STAFF_ROLES, hash_pin

SEED_STAFF: tuple[tuple[str, str, str, str], ...] = (
    ("1001", "Camille Laurent", "associate", "1234"),
    ("1002", "Hugo Moreau", "associate", "2580"),
    ("2001", "Sophie Bernard", "manager", "9876"),
)
"""The demo's staff, in every store: number, name, role, PIN (README lists them)."""


def staff_id(store_id: str, number: str) -> str:
    return f"{store_id}:{number}"


def staff_data(store_id: str, number: str, name: str, role: str, pin: str,
               active: bool = True) -> dict[str, Any]:
    if not STAFF_NUMBER_PATTERN.match(number):
        raise ValueError("a staff number is 3 to 8 digits")
    if role not in STAFF_ROLES:
        raise ValueError(f"role must be one of {', '.join(STAFF_ROLES)}")
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise ValueError("a name is 1 to 80 characters")
    return {"store_id": store_id, "number": number, "name": name, "role": role,
            "pin_hash": hash_pin(pin), "active": active}


def put_staff(session: Session, store_id: str, number: str, name: str, role: str,
              pin: str) -> PolicyItem:
    """Create or replace an account (a new PIN, a new role); tablets get it at next sync."""
    data = staff_data(store_id, number, name, role, pin)
    item = session.get(PolicyItem, ("staff", staff_id(store_id, number)))
    if item is None:
        item = PolicyItem(kind="staff", id=staff_id(store_id, number), data=data, version=0)
        session.add(item)
    item.data = data
    item.version = next_version(session)
    return item


def deactivate_staff(session: Session, store_id: str, number: str) -> bool:
    item = session.get(PolicyItem, ("staff", staff_id(store_id, number)))
    if item is None:
        return False
    item.data = {**item.data, "active": False, "pin_hash": ""}
    item.version = next_version(session)
    return True
