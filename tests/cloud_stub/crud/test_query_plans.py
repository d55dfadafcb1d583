"""Every feed page, feed head and customer search reads an index on PostgreSQL, at a size
where a sequential scan would show: EXPLAIN of each query, as the API issues it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, text

from cloud_stub.admin.seed import SeedSize, seed
from cloud_stub.core.db import make_engine, session_factory
from cloud_stub.crud.customers import find_customers
from cloud_stub.crud.feeds import FEED_READERS, device_heads, read_page
from cloud_stub.models import Customer, Device, LoyaltyCard
from tests.conftest import PostgresServer

pytestmark = pytest.mark.postgres

LARGE = 2_000
"""Rows from which reading a whole table is a defect (the seed makes 10x and more)."""


@pytest.fixture(scope="module")
def seeded(postgres: PostgresServer) -> Iterator[Engine]:
    name = postgres.create_database()
    engine = make_engine(postgres.url(name))
    seed(engine, SeedSize(customers=20_000, products=600, stores=60, orders=24_000,
                          browsing_sessions=4))
    with engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()
    yield engine
    engine.dispose()
    postgres.drop_database(name)


def _captured(engine: Engine, work: Any) -> list[tuple[str, Any]]:
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any,
                _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    return statements


def _scans(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", ()):
        yield from _scans(child)


def _large_seq_scans(engine: Engine, statements: list[tuple[str, Any]]) -> list[str]:
    found = []
    with engine.connect() as connection:
        sizes = dict(connection.execute(text(
            "SELECT relname, reltuples FROM pg_class WHERE relkind = 'r'")).all())
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for statement, parameters in statements:
            cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
            plan = cursor.fetchone()[0]
            plan = plan if isinstance(plan, list) else json.loads(plan)
            for node in _scans(plan[0]["Plan"]):
                table = node.get("Relation Name")
                if node["Node Type"] == "Seq Scan" and sizes.get(table, 0) >= LARGE:
                    found.append(f"{table} ({int(sizes[table])} rows) in: {statement} {parameters}")
    return found


@pytest.mark.parametrize("kiosk", [False, True], ids=["tablet", "kiosk"])
def test_every_feed_page_and_head_reads_an_index(seeded: Engine, kiosk: bool) -> None:
    sessions = session_factory(seeded)

    def pull_a_page_of_each_feed() -> None:
        with sessions() as session:
            asking = Device(id="D-PLAN", store_id="S002", kind="kiosk" if kiosk else "tablet")
            heads, _ = device_heads(session, asking, with_highest_seq=True)
            for feed in FEED_READERS:
                first = read_page(session, feed, "S002", None, 100, kiosk=kiosk)
                epoch, _, head = heads[feed].partition(".")
                middle = f"{epoch}.{int(head) // 2}"  # a device part-way through
                read_page(session, feed, "S002", first.cursor, 100, kiosk=kiosk)
                read_page(session, feed, "S002", middle, 100, kiosk=kiosk)

    statements = _captured(seeded, pull_a_page_of_each_feed)
    assert len(statements) >= 3 * len(FEED_READERS)
    problems = _large_seq_scans(seeded, statements)
    assert problems == [], "\n".join(problems)


def test_customer_search_reads_an_index(seeded: Engine) -> None:
    """What an associate types to find one person: an e-mail, a phone number, a card. (A
    common name matches a large share of the demo's small pool of names; the planner then
    rightly reads the table.)"""
    sessions = session_factory(seeded)
    with sessions() as session:
        someone = session.scalars(select(Customer).where(Customer.id == "C12345")).one()
        card = session.scalars(select(LoyaltyCard.number).where(
            LoyaltyCard.customer_id == someone.id)).first()
    assert card is not None

    def search() -> None:
        with sessions() as session:
            assert [c.id for c in find_customers(session, someone.email, 21)] == [someone.id]
            assert someone.id in [c.id for c in find_customers(session, someone.phone, 21)]
            assert next(c.id for c in find_customers(session, card, 21)) == someone.id

    statements = _captured(seeded, search)
    assert len(statements) >= 3
    problems = _large_seq_scans(seeded, statements)
    assert problems == [], "\n".join(problems)
