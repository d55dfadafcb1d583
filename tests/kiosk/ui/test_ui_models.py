"""Table models and formatting, tested without a window."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.services.pickup import PickupRow
from kiosk.services.returns import PurchaseRow
from kiosk.ui.partials import fmt
from kiosk.ui.pickup.queue_model import PickupTableModel
from kiosk.ui.returns.purchases_model import PurchaseTableModel
from sync.rules.pickup import DeskBucket


def row(number: str, bucket: DeskBucket, pending: bool = False) -> PickupRow:
    now = datetime.now(UTC)
    return PickupRow(order_id=number, number=number, customer_name="Léa Martin", bucket=bucket,
                     pickup_state="ready", pending=pending, ready_at=now - timedelta(hours=2),
                     pickup_deadline=now + timedelta(days=3), total_cents=123456, items=2)


def test_pickup_model_shows_rows_and_pending_state(qtbot: QtBot) -> None:
    model = PickupTableModel("en")
    late = replace(row("WEB-3", DeskBucket.OVERDUE),
                   pickup_deadline=datetime.now(UTC) - timedelta(days=3, hours=2))
    model.set_rows([row("WEB-1", DeskBucket.READY), row("WEB-2", DeskBucket.WAITING, True),
                    late])
    assert model.rowCount() == 3
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert cells[0][:3] == ["WEB-1", "Léa Martin", "Ready · 2 h ago"]
    assert cells[1][2] == "At the desk · pending sync"
    assert cells[2][2] == "Late · 3 d"  # days past the pickup deadline
    assert cells[0][3] == "2 h ago"
    assert cells[0][6] == "€1,234.56"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    model.set_rows([])
    assert model.rowCount() == 0


def test_money_follows_the_language(qtbot: QtBot) -> None:
    assert fmt.money(1250, fmt.locale_for("fr")) == "12,50\u00a0€"
    assert fmt.money(-5, fmt.locale_for("en")) == "-€0.05"
    assert fmt.money(123456789, fmt.locale_for("fr")).startswith("1\u202f234\u202f567,89") or \
        fmt.money(123456789, fmt.locale_for("fr")).startswith("1\u00a0234\u00a0567,89")


def test_purchase_model_fits_the_returns_desk_list(qtbot: QtBot) -> None:
    model = PurchaseTableModel("fr")
    bought = datetime(2026, 11, 2, 10, 30, tzinfo=UTC)
    model.set_rows([PurchaseRow(order_id="O1", number="WEB-100001", channel="web",
                                created_at=bought, total_cents=22750, items=3,
                                status="delivered")])
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "WEB-100001", "02/11/26", "227,50\u00a0€"]
    assert model.rows[0].order_id == "O1"
