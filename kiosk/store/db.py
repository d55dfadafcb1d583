"""Opening the local SQLite database: encrypted (SQLCipher), pragmas, one writer,
migrations, corrupt files.

One writer engine (a single pooled connection, `BEGIN IMMEDIATE`, `synchronous=FULL`:
a recorded return survives a power cut) and one reader engine (deferred
transactions, `query_only`), so that reads in WAL mode never wait for a write.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Literal

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kiosk.store.keys import KeyProblem, is_plain_sqlite
from sync.sqltypes import run_migrations

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
DB_FILENAME = "store.db"
BUSY_TIMEOUT_MS = 10_000


KEY_CHECK_FILENAME = "store.key-check"
"""A fingerprint of the key the database was made with (not the key): tells a wrong key
(refuse to start, touch nothing) from a damaged file (move it aside, start afresh)."""


def _key_pragma(connection: sqlcipher.Connection, key: str) -> None:
    """The raw 256-bit key (no passphrase derivation: opening stays fast); first statement
    on every connection, before SQLCipher reads a page."""
    connection.execute(f"PRAGMA key = \"x'{key}'\"")


def _fingerprint(key: str) -> str:
    return hashlib.sha256(b"store-edge local database key\n" + bytes.fromhex(key)).hexdigest()


def _key_was_used_here(data_dir: Path, key: str) -> bool:
    check = data_dir / KEY_CHECK_FILENAME
    return check.is_file() and check.read_text().strip() == _fingerprint(key)


def _read_state(path: Path, key: str) -> Literal["ok", "unreadable", "damaged"]:
    """unreadable: the first page does not decrypt (a wrong key, or a destroyed file)."""
    try:
        connection = sqlcipher.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            _key_pragma(connection, key)
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlcipher.DatabaseError as exc:
        log.error("local database %s cannot be read: %s", path, exc)
        return "unreadable"
    if rows != [("ok",)]:
        log.error("local database %s failed its quick check: %s", path, rows[:5])
        return "damaged"
    return "ok"


def encrypt_plain_database(path: Path, key: str) -> None:
    """A database written by a version that did not encrypt: copied into an encrypted one
    (every table, the outbox first of all), checked, then put in its place; the plain file
    and its WAL are removed only once the encrypted copy holds as many events."""
    target = path.with_name(f"{path.name}.encrypting")
    target.unlink(missing_ok=True)
    plain = sqlcipher.connect(str(path), isolation_level=None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        events = plain.execute("SELECT count(*) FROM sqlite_master WHERE name = 'outbox'"
                               ).fetchone()[0] and plain.execute(
                                   "SELECT count(*) FROM outbox").fetchone()[0]
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key}'\"", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    check = sqlcipher.connect(str(target))
    try:
        _key_pragma(check, key)
        copied = check.execute("SELECT count(*) FROM sqlite_master WHERE name = 'outbox'"
                               ).fetchone()[0] and check.execute(
                                   "SELECT count(*) FROM outbox").fetchone()[0]
    finally:
        check.close()
    if copied != events:
        raise RuntimeError(f"encrypting {path}: {copied} events copied of {events}; the "
                           "plain database was left as it is")
    os.replace(target, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    log.warning("local database %s is now encrypted (%s events kept)", path, events)


def move_aside_if_corrupt(path: Path, key: str) -> Path | None:
    """Move a damaged database (with its -wal and -shm) aside, never delete it; refuse to
    start (`KeyProblem`) when the file is fine but the key is not this database's.

    Returns where it went, so the app can tell the associate and support can recover
    the outbox from it.
    """
    if not path.exists():
        return None
    if is_plain_sqlite(path):
        encrypt_plain_database(path, key)
    state = _read_state(path, key)
    if state == "ok":
        return None
    if state == "unreadable" and not _key_was_used_here(path.parent, key):
        raise KeyProblem(f"the local database {path} does not open with this device's key: "
                         "restore the key this device was set up with (system keyring or "
                         "key file), or erase the device and enrol it again. The database "
                         "was left as it is.")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(Path(f"{target}{suffix}"))
    log.error("moved corrupt local database to %s", target)
    return target


def _sqlite_engine(path: Path, key: str, *, writer: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        pool_size=1 if writer else 4,
        max_overflow=0 if writer else 4,
        pool_timeout=60,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        _key_pragma(dbapi_connection, key)
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

    def __init__(self, data_dir: Path, key: str) -> None:
        """`key`: 64 hex digits (`kiosk.store.keys.database_key`); the file is SQLCipher."""
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / DB_FILENAME
        self.moved_aside = move_aside_if_corrupt(self.path, key)
        self.writer = _sqlite_engine(self.path, key, writer=True)
        migrate(self.writer)
        if not _key_was_used_here(data_dir, key):  # it opened: this is its key from now on
            (data_dir / KEY_CHECK_FILENAME).write_text(_fingerprint(key))
        self.reader = _sqlite_engine(self.path, key, writer=False)
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
