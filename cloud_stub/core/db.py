"""Engine, sessions and migrations for the central API's database (SQLite or PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from sync.sqltypes import run_migrations

MIGRATIONS_DIR = Path(__file__).parent.parent / "migrations"

POOL_TIMEOUT_S = 2.0
"""A request waits this long at most for a connection: past it, 503 and `Retry-After`
(the request limiter keeps the pool from running out; this is the last guard)."""
STATEMENT_TIMEOUT_MS = 15_000
"""No statement runs longer on PostgreSQL: work for a client long gone is stopped."""
LOCK_TIMEOUT_MS = 5_000


class SchemaOutOfDate(RuntimeError):
    """The database's schema is older (or newer) than this server's: run `cloud-stub
    migrate` first (after a backup), or deploy the matching server."""


def make_engine(url: str, pool_size: int = 8) -> Engine:
    """An engine for the central API. `pool_size`: the connections of one API process, as
    many as the requests it runs at once (`core.limits`), never more.

    SQLite: every transaction begins `IMMEDIATE` (one writer at a time, taken at the start
    rather than upgraded from a read, which SQLite may refuse at once under concurrency);
    that is also what keeps its feed versions in commit order (`crud.clock`)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None  # transactions are begun below
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection) -> None:
            if connection.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
                connection.exec_driver_sql("BEGIN IMMEDIATE")  # reads run without

        return engine
    # No ping before each checkout (a round trip per request): a connection the database
    # dropped fails its request with a 503 and leaves the pool; the next one is new.
    return create_engine(
        url, pool_size=pool_size, max_overflow=0, pool_timeout=POOL_TIMEOUT_S,
        pool_recycle=600,
        connect_args={"options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
                                 f" -c lock_timeout={LOCK_TIMEOUT_MS}"
                                 " -c idle_in_transaction_session_timeout=60000",
                      "application_name": "cloud-stub"})


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def migrate(engine: Engine) -> None:
    run_migrations(engine, MIGRATIONS_DIR)


def schema_revision(engine: Engine) -> tuple[str | None, str]:
    """The database's schema revision and this server's newest one."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current, str(head)


def require_current_schema(engine: Engine) -> None:
    current, head = schema_revision(engine)
    if current != head:
        raise SchemaOutOfDate(
            f"the database's schema is at revision {current or 'none (empty database)'}, "
            f"this server needs {head}: back the database up, then run "
            "`cloud-stub migrate --db <url>`")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
