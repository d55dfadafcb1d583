"""The feed clock: one counter hands out the version of every row a feed serves."""

from __future__ import annotations

import secrets

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cloud_stub.models import FeedClock


def ensure_clock(session: Session) -> FeedClock:
    clock = session.get(FeedClock, 1)
    if clock is None:
        clock = FeedClock(id=1, value=0, epoch=secrets.token_hex(8))
        session.add(clock)
        session.flush()
    return clock


def next_version(session: Session) -> int:
    """The next version; the row lock it takes orders writers by commit on PostgreSQL."""
    ensure_clock(session)
    result = session.execute(
        update(FeedClock)
        .where(FeedClock.id == 1)
        .values(value=FeedClock.value + 1)
        .returning(FeedClock.value)
    )
    return int(result.scalar_one())


def current_epoch(session: Session) -> str:
    epoch = session.execute(select(FeedClock.epoch).where(FeedClock.id == 1)).scalar_one_or_none()
    return epoch if epoch is not None else ensure_clock(session).epoch
