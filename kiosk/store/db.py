"""Opening the local SQLite database: pragmas, one writer, migrations, corrupt files.

One writer engine (a single pooled connection, `BEGIN IMMEDIATE`, `synchronous=FULL`:
a recorded return survives a power cut) and one reader engine (deferred
transactions, `query_only`), so that reads in WAL mode never wait for a write.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from sync.sqltypes import run_migrations

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
DB_FILENAME = "store.db"
BUSY_TIMEOUT_MS = 10_000


def _is_healthy(path: Path) -> bool:
    """False when SQLite cannot read the file or its quick check finds damage."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        log.error("local database %s is unreadable: %s", path, exc)
        return False
    if rows != [("ok",)]:
        log.error("local database %s failed its quick check: %s", path, rows[:5])
        return False
    return True


def move_aside_if_corrupt(path: Path) -> Path | None:
    """Move a damaged database (with its -wal and -shm) aside, never delete it.

    Returns where it went, so the app can tell the associate and support can recover
    the outbox from it.
    """
    if not path.exists() or _is_healthy(path):
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(Path(f"{target}{suffix}"))
    log.error("moved corrupt local database to %s", target)
    return target


def _sqlite_engine(path: Path, *, writer: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        pool_size=1 if writer else 4,
        max_overflow=0 if writer else 4,
        pool_timeout=60,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Transactions are begun by hand below, so the driver must not begin its own.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        if writer:
            cursor.execute("PRAGMA synchronous=FULL")
        else:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # The writer takes the write lock up front: no deadlock between two writers that
        # both started reading, and a busy database waits busy_timeout instead of failing.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return engine


def migrate(engine: Engine) -> None:
    run_migrations(engine, MIGRATIONS_DIR)


class StoreClosed(RuntimeError):
    """The store was closed (the app is stopping, or the device was removed)."""


class LocalStore:
    """The device's database: `write()` for one transaction on the writer, `read()` for reads."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / DB_FILENAME
        self.moved_aside = move_aside_if_corrupt(self.path)
        self.writer = _sqlite_engine(self.path, writer=True)
        migrate(self.writer)
        self.reader = _sqlite_engine(self.path, writer=False)
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)
        self.closed = False

    def _open(self) -> None:
        if self.closed:  # an engine would reopen the file (and bring an erased one back)
            raise StoreClosed(f"the local database {self.path} is closed")

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on error."""
        self._open()
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._open()
        with self._read_sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.closed = True
        self.writer.dispose()
        self.reader.dispose()
