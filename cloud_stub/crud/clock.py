"""The feed clock: the version of every row a feed serves, without a global lock.

A feed is read in version order and a device keeps the highest version it holds, so a
row must never be committed with a version below one a reader has already passed.

- **PostgreSQL:** a version is the writing transaction's id (`pg_current_xact_id()`) in
  the high bits and a count of the versions it handed out in the low 24 bits, so writers
  never wait on one another (and ask the database once per transaction).
  Readers stop below the *settled horizon*: the oldest transaction id still running
  (`pg_snapshot_xmin(pg_current_snapshot())`), shifted the same way. Every transaction
  below it has ended, so no row can appear there any more; a page never goes past it.
- **SQLite:** one writer at a time (every transaction begins `IMMEDIATE`), so a plain
  counter in the clock row is committed in order; no horizon is needed.

The clock row keeps the database's epoch (a cursor of another epoch answers 410).
"""

from __future__ import annotations

import secrets

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    ScalarSelect,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from cloud_stub.models import FeedClock

LOW_BITS = 24
"""Versions one transaction can hand out (16 M)."""
_PG_BASE = text(f"SELECT pg_current_xact_id()::text::bigint << {LOW_BITS}")
_PG_SETTLED = text(
    f"(pg_snapshot_xmin(pg_current_snapshot())::text::bigint << {LOW_BITS})")


def ensure_clock(session: Session) -> FeedClock:
    clock = session.get(FeedClock, 1)
    if clock is None:
        clock = FeedClock(id=1, value=0, epoch=secrets.token_hex(8))
        session.add(clock)
        session.flush()
    return clock


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def version_base(session: Session) -> ColumnElement[int] | None:
    """This transaction's version base as an SQL expression, for a statement the
    transaction runs anyway (then `note_version_base`): one round trip fewer. None on
    SQLite, whose counter needs no base."""
    return literal_column(_PG_BASE.text.removeprefix("SELECT "), BigInteger) \
        if _postgres(session) else None


def note_version_base(session: Session, base: int) -> None:
    """The base read with `version_base` in the current transaction."""
    session.info["feed_versions"] = [session.get_transaction(), base, 0]


def next_version(session: Session) -> int:
    """The version of a row this transaction writes (see the module's docstring)."""
    if _postgres(session):
        transaction = session.get_transaction()
        handed = session.info.get("feed_versions")
        if handed is None or handed[0] is not transaction:
            note_version_base(session, int(session.execute(_PG_BASE).scalar_one()))
            handed = session.info["feed_versions"]
        handed[2] += 1
        if handed[2] >= 1 << LOW_BITS:
            raise RuntimeError("one transaction may not write more than 16 M feed rows")
        return int(handed[1] + handed[2])
    ensure_clock(session)
    result = session.execute(
        update(FeedClock)
        .where(FeedClock.id == 1)
        .values(value=FeedClock.value + 1)
        .returning(FeedClock.value)
    )
    return int(result.scalar_one())


def settled_horizon(session: Session) -> ColumnElement[int] | None:
    """Versions below this are final, as an SQL expression to read in the same statement
    as the rows (one snapshot); None when every committed version is (SQLite)."""
    return literal_column(_PG_SETTLED.text, BigInteger) if _postgres(session) else None


def epoch_column() -> ScalarSelect[str]:
    """The database's epoch, to read in the same statement as a feed's head."""
    return select(FeedClock.epoch).where(FeedClock.id == 1).scalar_subquery()


def current_epoch(session: Session) -> str:
    epoch = session.execute(select(epoch_column())).scalar_one_or_none()
    return epoch if epoch is not None else ensure_clock(session).epoch
