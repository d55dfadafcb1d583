"""The policy items the server itself applies (the devices get the same ones by feed)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from cloud_stub.models import PolicyItem
from sync.rules.scope import ScopePolicy


def policy_data(session: Session, kind: str, id_: str = "default") -> dict[str, Any]:
    item = session.get(PolicyItem, (kind, id_))
    return item.data if item else {}


def scope_policy(session: Session) -> ScopePolicy:
    return ScopePolicy.from_data(policy_data(session, "device_scope"),
                                 policy_data(session, "return_policy"))
