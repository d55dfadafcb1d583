"""A store's figures read from a hand-made central database (SQLite and PostgreSQL): local
days at the period's edges, the store's own rows only, each figure worked out by hand."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from cloud_stub.core.db import make_engine, migrate
from cloud_stub.crud.kpis import figures
from cloud_stub.models import (
    BrowsingEvent,
    Customer,
    Device,
    DeviceEvent,
    Order,
    OrderLine,
    Product,
    Return,
    ReturnLine,
    Store,
)

NOVEMBER = (date(2026, 11, 1), date(2026, 12, 1))


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def order(session: Session, number: int, store: str, channel: str, fulfilment: str,
          created: str, customer: str | None, units: int = 1, **fields: object) -> Order:
    row = Order(id=f"O{number}", number=f"N{number}", customer_id=customer, channel=channel,
                fulfilment=fulfilment, store_id=store, status=fields.pop("status", "completed"),
                payment_state="paid", created_at=utc(created), subtotal_cents=1000 * units,
                total_cents=1000 * units, version=number, **fields)
    session.add(row)
    session.flush()
    session.add(OrderLine(order_id=row.id, line_no=1, product_id="P1", quantity=units,
                          unit_price_cents=1000,
                          handed_over_quantity=units if row.collected_at else 0))
    return row


@contextmanager
def hand_made(db_url: str) -> Iterator[Session]:
    engine = make_engine(db_url)
    migrate(engine)
    with Session(engine) as session:
        _fill(session)
        yield session
    engine.dispose()


def _fill(session: Session) -> None:
    session.add_all([
        Store(id="S1", name="Lyon", city="Lyon", address="-", timezone="Europe/Paris"),
        Store(id="S2", name="Lille", city="Lille", address="-", timezone="Europe/Paris"),
        Product(id="P1", gtin="3760000000017", sku="SKU1", name="Runner", brand="B",
                category="shoes", price_cents=1000, version=1),
        *[Customer(id=c, first_name=c, last_name="X", email=f"{c}@x", phone=c,
                   created_at=utc("2026-01-01T00:00:00"), version=1) for c in ("C1", "C2")],
    ])
    session.flush()
    # in store at S1: 23:30 on 30 November in Paris (22:30 UTC) is November...
    order(session, 1, "S1", "store", "in_store", "2026-11-30T22:30:00", "C1")
    # ...00:30 on 1 December in Paris (23:30 UTC on 30 November) is not
    order(session, 2, "S1", "store", "in_store", "2026-11-30T23:30:00", "C1")
    order(session, 3, "S1", "store", "in_store", "2026-11-15T10:00:00", None)  # anonymous
    # C1 viewed the product online two days before the sale of the 30th
    session.add(BrowsingEvent(customer_id="C1", session_id="s", kind="view", product_id="P1",
                              channel="web", occurred_at=utc("2026-11-28T09:00:00")))
    # click & collect at S1: collected (ready after 2 h, 6 min at the desk), 2 units...
    placed = utc("2026-11-10T08:00:00")
    order(session, 4, "S1", "web", "click_collect", "2026-11-10T08:00:00", "C2", units=2,
          pickup_state="collected", ready_at=placed + timedelta(hours=2),
          checked_in_at=placed + timedelta(days=1),
          collected_at=placed + timedelta(days=1, minutes=6))
    # ...and expired on the shelf (ready after 5 h): a no-show, not a sale
    order(session, 5, "S1", "web", "click_collect", "2026-11-10T08:00:00", "C2",
          pickup_state="expired", status="cancelled", ready_at=placed + timedelta(hours=5))
    # another store's order: never in S1's figures
    order(session, 6, "S2", "app", "click_collect", "2026-11-12T08:00:00", "C2",
          pickup_state="to_prepare", status="open")
    # 1 of the 2 units of the collected web order brought back to S1's desk
    session.add(Return(id="R1", order_id="O4", customer_id="C2", store_id="S1",
                       created_at=utc("2026-11-20T10:00:00"), refund_method="voucher",
                       refund_cents=1000, source="desk"))
    session.flush()
    line = session.query(OrderLine).filter_by(order_id="O4").one()
    session.add(ReturnLine(return_id="R1", order_line_id=line.id, quantity=1,
                           reason="wrong_size", condition="new", refund_cents=1000))
    # C2 and C3 identified at S1's tablet in November (C3: a refused scan does not count)
    session.add(Device(id="d1", store_id="S1", name="desk", token_hash="h"))
    session.flush()
    for seq, (customer, status) in enumerate((("C2", "applied"), ("C3", "applied"),
                                              ("C4", "rejected")), start=1):
        session.add(DeviceEvent(
            id=f"e{seq}", device_id="d1", store_id="S1", seq=seq, type="customer.identified",
            entity=f"customer:{customer}", occurred_at=utc("2026-11-10T09:00:00"),
            received_at=utc("2026-11-10T09:00:01"), status=status,
            payload={"customer_id": customer, "method": "card"}))
    session.commit()


def test_a_store_month_from_the_central_database(db_url: str) -> None:
    with hand_made(db_url) as session:
        store = figures(session, "S1", *NOVEMBER)
    cc = store.click_collect
    assert cc.orders == 2  # O4, O5 (O6 is S2's)
    assert cc.collected_share == 1 / 2
    assert cc.no_show_share == 1 / 2  # O5 of the two made ready
    assert cc.order_to_ready_s == 2 * 3600  # median rank 1 of [2 h, 5 h]
    assert cc.ready_on_target_share == 1 / 2  # 2 h within 4 h, 5 h not
    assert cc.desk_wait_median_s == 6 * 60 and cc.desk_wait_p90_s == 6 * 60
    # in-store sales in November: O1 (C1, viewed P1 two days before) and O3 (anonymous);
    # O2 belongs to 1 December in Paris
    assert store.ropo.sales == 2
    assert store.ropo.researched_product_share == 1 / 2
    assert store.identified_share == 1 / 2
    # the store's customers in November: C1 (bought O1; viewed online on the web), C2
    # (identified; web orders O4, O5), C3 (identified; nothing online): 2 of 3
    assert store.multichannel_share == 2 / 3
    # units sold in November at S1: web 2 (O4; O5 cancelled), store 2 (O1, O3);
    # returned: 1 web unit
    assert store.returns.rate == {"web": 1 / 2, "store": 0.0}
    assert store.returns.reasons == {"wrong_size": 1}
    assert store.returns.refund_methods == {"voucher": 1}
    assert store.returns.online_returned_in_store == 1


def test_the_chain_counts_every_store_and_december_starts_at_local_midnight(
        db_url: str) -> None:
    with hand_made(db_url) as session:
        chain = figures(session, None, *NOVEMBER)
        december = figures(session, "S1", date(2026, 12, 1), date(2027, 1, 1))
    assert chain.click_collect.orders == 3  # O4, O5 and S2's O6
    assert chain.multichannel_share == 2 / 3  # the same three customers
    assert chain.returns.rate == {"web": 1 / 2, "store": 0.0, "app": 0.0}  # O6: 1 app unit
    assert december.ropo.sales == 1  # O2, at 00:30 on 1 December in Paris
    assert december.click_collect.orders == 0
    assert december.click_collect.collected_share is None  # nothing to count: no figure
