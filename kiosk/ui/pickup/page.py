"""The Pickup page: the click & collect queue of this store and the order at hand."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import pickup
from kiosk.services.device import home_store_id
from kiosk.services.pickup import DeskOrder, HandoverReceipt, PickupRow
from kiosk.services.scans import ProductHere, ScanOutcome
from kiosk.store import LocalStore
from kiosk.ui.partials import widgets
from kiosk.ui.partials.receipt_dialog import ReceiptDialog
from kiosk.ui.pickup.order_panel import OrderPanel
from kiosk.ui.pickup.queue_model import PickupTableModel
from kiosk.ui.shell.context import Page, PageContext
from sync.engine import SyncReport
from sync.rules.pickup import DeskBucket


class PickupPage(Page):
    """The click & collect desk: the queue from the local copy, and the order at hand.

    Emits `scan(text)` for a pickup code typed in its field: it takes the same path as a
    scanned pass (verify, open, check in)."""

    scan = Signal(str)

    BUCKETS = [DeskBucket.WAITING, DeskBucket.READY, DeskBucket.OVERDUE, DeskBucket.TO_PREPARE,
               DeskBucket.COLLECTED]
    HIDDEN_COLUMNS = (3, 4, 5, 6)
    """Ready since (said in the status), deadline, items, total: the order panel shows them."""
    PARTIAL_READ_MAX = 200
    """A round that changed more orders than this reads the whole queue again."""
    RECHECK_SECONDS = 60

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, "page_pickup")
        outer = QVBoxLayout(self)
        outer.addWidget(widgets.title(self.tr("Click & collect"), "pickup_title"))
        self.model = PickupTableModel(context.language, self)
        counts = QHBoxLayout()
        self.count_labels: dict[DeskBucket, QLabel] = {}
        for bucket in self.BUCKETS:
            label = QLabel()
            label.setObjectName(f"pickup_count_{bucket.value}")
            label.setProperty("role", "chip")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.count_labels[bucket] = label
            counts.addWidget(label)
        outer.addLayout(counts)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        queue = QWidget()
        layout = QVBoxLayout(queue)
        layout.setContentsMargins(0, 0, 0, 0)
        # The search and the code each get a row: side by side in the queue's column, their
        # hints were cut at 1280 x 800 (the French ones the most).
        self.search = QLineEdit()
        self.search.setObjectName("pickup_search")
        self.search.setPlaceholderText(self.tr("Order number, name, phone or email"))
        self.search.setAccessibleName(self.tr("Search orders"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._show())
        layout.addWidget(self.search)
        finders = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setObjectName("pickup_code_entry")
        self.code.setPlaceholderText(self.tr("Pickup code"))
        self.code.setAccessibleName(self.tr("6-digit pickup code"))
        self.code.setMaxLength(6)
        self.code.returnPressed.connect(self._code_entered)
        finders.addWidget(self.code, 1)
        code_button = QPushButton(self.tr("Open"))
        code_button.setObjectName("pickup_code_button")
        code_button.clicked.connect(self._code_entered)
        finders.addWidget(code_button)
        layout.addLayout(finders)
        self.table = widgets.table("pickup_table", self.model, self.tr("Click & collect orders"))
        header = self.table.horizontalHeader()
        # Fixed and stretched columns only: sizing to contents would measure every row of a
        # queue of thousands at each refresh, on the GUI thread.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 130)
        for column in (1, 2):  # customer and status share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in self.HIDDEN_COLUMNS:
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.table, 1)
        splitter.addWidget(queue)
        self.panel = OrderPanel(context.language)
        self.panel.act.connect(self.run_action)
        self.placeholder = QLabel(self.tr("Select an order, scan a pickup pass or type a "
                                          "pickup code."))
        self.placeholder.setObjectName("pickup_placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("role", "hint")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.panel, 1)
        right_layout.addWidget(self.placeholder, 1)
        splitter.addWidget(right)
        for side in (queue, right):  # the splitter shares the width; contents never widen it
            side.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            side.setMinimumWidth(360)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 580])  # proportions: the order at hand gets the room
        outer.addWidget(splitter, 1)
        self.receipt_dialog: ReceiptDialog | None = None
        self.rows: list[PickupRow] = []
        """The whole queue in queue order; the table shows those the search matches."""
        self._places: dict[str, tuple[int, str]] = {}
        """Each order's `queue_order` key, to find its row by halves."""
        self._counts: Counter[DeskBucket] = Counter()
        self._focus: str | None = None
        self._loaded = False
        """The whole queue was read once: from then on a round reloads only what it changed."""
        self._full_pending = False
        self._wanted: set[str] = set()
        """Orders changed by sync rounds whose rows are being read again."""
        self._opened: str | None = None
        """The order last asked for: on screen, or being read (only the newest read shows)."""
        self._show()
        self._show_panel(None)
        context.sync.round_finished.connect(self._round_finished)
        # Time moves orders on by itself (overdue at the deadline, collected yesterday):
        # the whole queue is read again now and then while the desk shows it.
        self.recheck = QTimer(self)
        self.recheck.setInterval(self.RECHECK_SECONDS * 1000)
        self.recheck.timeout.connect(self._recheck)
        self.recheck.start()


    def _recheck(self) -> None:
        if self.isVisible():
            self.refresh()
    def on_shown(self) -> None:
        self.refresh()

    # --- the queue --------------------------------------------------------------------------

    def focus_order(self, order_id: str, order: DeskOrder | None = None) -> None:
        """Open an order (a pickup pass was scanned) and select it once the queue is loaded;
        `order`: as the scan left it, shown at once without reading it again."""
        self.search.clear()
        self._focus = order_id
        if order is None:
            self.open_order(order_id)
            return
        self._opened = order_id
        self.context.runner.supersede("pickup-order")  # an older order must not come back
        self.show_order(order)

    def refresh(self, order_ids: set[str] | None = None) -> None:
        """Read the queue again: all of it, or only the rows of `order_ids`.

        Only the newest read delivers (`run_latest`), so a partial read asks for every
        order still waiting to be read, and one asked while the whole queue is being read
        becomes a whole read again."""
        store = self.context.device.store
        ids: frozenset[str] | None = None
        if order_ids is None or not self._loaded or self._full_pending:
            self._full_pending = True
            self._wanted.clear()
        else:
            self._wanted |= order_ids
            ids = frozenset(self._wanted)

        def load() -> list[PickupRow]:
            store_id = home_store_id(store)
            return pickup.pickup_queue(store, store_id, order_ids=ids) if store_id else []

        self.context.runner.run_latest("pickup-queue", load,
                                       lambda rows: self._queue_read(rows, ids), self._failed)
        order_id = self._opened
        if order_id is not None and (order_ids is None or order_id in order_ids):
            self.open_order(order_id, keep_inputs=True)

    def _round_finished(self, report: SyncReport) -> None:
        if not self._loaded and not self.isVisible():
            return  # never shown yet: the whole queue is read when it is
        changed = set(report.changed.get("orders", ()))
        changed |= {entity.removeprefix("order:") for entity in report.sent_entities
                    if entity.startswith("order:")}
        if changed:
            self.refresh(changed if len(changed) <= self.PARTIAL_READ_MAX else None)

    def _queue_read(self, rows: list[PickupRow], ids: frozenset[str] | None) -> None:
        if ids is None:
            self._loaded, self._full_pending = True, False
            self.set_rows(rows)
            return
        self._wanted -= ids
        found = {row.order_id: row for row in rows}
        for order_id in ids:
            self._put_row(order_id, found.get(order_id))
        self._rows_put()

    def set_rows(self, rows: list[PickupRow]) -> None:
        self.rows = rows
        self._places = {r.order_id: pickup.queue_order(r) for r in rows}
        self._counts = Counter(r.bucket for r in rows)
        self._show()
        if self._focus is not None:
            self._select(self._focus)
            self._focus = None

    def _index(self, rows: Sequence[PickupRow], order_id: str) -> int | None:
        """Where an order is in `rows` (the queue or what the table shows, both in queue
        order): found by halves, not by reading thousands of rows."""
        place = self._places.get(order_id)
        if place is None:
            return None
        i = bisect.bisect_left(rows, place, key=pickup.queue_order)
        return i if i < len(rows) and rows[i].order_id == order_id else None

    def _put_row(self, order_id: str, row: PickupRow | None) -> None:
        """One order's row, changed (None: it left the queue), put at its place in the
        queue and in the table; the other rows stay as they are. Then `_rows_put`."""
        old = self._index(self.rows, order_id)
        shown = self._index(self.model.rows, order_id)
        if old is not None:
            self._counts[self.rows[old].bucket] -= 1
            if row is not None:
                self._counts[row.bucket] += 1
            if row is not None and pickup.queue_order(row) == self._places[order_id]:
                self.rows[old] = row
                if shown is not None:
                    self.model.replace_row(shown, row)
                return
            del self.rows[old]
            del self._places[order_id]
        elif row is not None:
            self._counts[row.bucket] += 1
        place = None
        if row is not None:
            self._places[order_id] = pickup.queue_order(row)
            place = bisect.bisect_right(self.rows, self._places[order_id],
                                        key=pickup.queue_order)
            self.rows.insert(place, row)
        if self.search.text().strip():
            return  # the search decides what shows: `_rows_put` filters again
        self.table.selectionModel().blockSignals(True)
        if shown is not None:
            self.model.remove_row(shown)
        if row is not None and place is not None:
            self.model.insert_row(place, row)
        self.table.selectionModel().blockSignals(False)

    def _rows_put(self) -> None:
        """After `_put_row`: a search filters the queue again (once for all the rows put),
        otherwise the table is up to date and only the counts change."""
        if self.search.text().strip():
            self._show()
        else:
            self._count()

    def _select(self, order_id: str) -> None:
        i = self._index(self.model.rows, order_id)
        if i is None:
            return
        self.table.blockSignals(True)
        self.table.selectRow(i)
        self.table.blockSignals(False)
        self.table.scrollTo(self.model.index(i, 0))

    def _show(self) -> None:
        text = self.search.text()
        shown = [r for r in self.rows if pickup.matches(r, text)] if text.strip() else self.rows
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(shown)
        self.table.selectionModel().blockSignals(False)
        self._count()
        if self.panel.order is not None:
            self._select(self.panel.order.order_id)

    def _count(self) -> None:
        for bucket, label in self.count_labels.items():
            label.setText(f"{self.model.bucket_label(bucket)}\n{self._counts[bucket]}")

    def selected(self) -> PickupRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _selected(self) -> None:
        row = self.selected()
        if row is not None and (self.panel.order is None
                                or row.order_id != self.panel.order.order_id):
            self.open_order(row.order_id)

    def _code_entered(self) -> None:
        code = self.code.text().strip()
        self.code.clear()
        if code:
            self.scan.emit(code)

    # --- the order at hand --------------------------------------------------------------------

    def open_order(self, order_id: str, keep_inputs: bool = False) -> None:
        self._opened = order_id
        store = self.context.device.store
        self.context.runner.run_latest(
            "pickup-order", lambda: pickup.open_order(store, order_id),
            lambda order: self.show_order(order, keep_inputs), self._failed)

    def show_order(self, order: DeskOrder, keep_inputs: bool = False) -> None:
        self._show_panel(order, keep_inputs)
        self._put_row(order.order_id, order.row if order.bucket != DeskBucket.CLOSED else None)
        self._rows_put()
        self._select(order.order_id)
        self._focus = None

    def _show_panel(self, order: DeskOrder | None, keep_inputs: bool = False) -> None:
        self.panel.show_order(order, keep_inputs)
        self.placeholder.setVisible(order is None)

    def run_action(self, name: str, call: Callable[[LocalStore, str], Any]) -> None:
        order = self.panel.order
        if order is None:
            return
        store, order_id = self.context.device.store, order.order_id

        def done(result: DeskOrder | HandoverReceipt | tuple[DeskOrder, int]) -> None:
            if isinstance(result, HandoverReceipt):
                self.show_order(result.order)
                self.show_receipt(result)
            elif isinstance(result, tuple):
                self.show_order(result[0])
            else:
                self.show_order(result)
            self.context.notify(self._done_text(name, order.number), "info")
            self.context.sync.request_sync()

        self.context.runner.run(lambda: call(store, order_id), done, self._failed)

    def _done_text(self, name: str, number: str) -> str:
        texts = {
            "prepare": self.tr("Order %1: line updated."),
            "ready": self.tr("Order %1 is ready: the customer is told to come."),
            "resend": self.tr("Order %1: the notice is sent again to the customer."),
            "check_in": self.tr("Order %1 checked in: bring it to the desk."),
            "hand_over": self.tr("Order %1: handover recorded."),
            "extend": self.tr("Order %1: deadline extended; the customer is told."),
            "expire": self.tr("Order %1 returns to stock; the customer is refunded centrally."),
        }
        return texts.get(name, self.tr("Order %1 updated.")).replace("%1", number)

    def show_receipt(self, receipt: HandoverReceipt) -> None:
        dialog = self.receipt_dialog
        if dialog is None:
            dialog = ReceiptDialog(self.context, self)
            dialog.pdf_button.clicked.connect(lambda: self.context.notify(
                self.tr("Saved to %1").replace("%1", str(dialog.saved_to)), "info"))
            self.receipt_dialog = dialog
        dialog.show_receipt(receipt)

    def take_scan(self, outcome: ScanOutcome) -> bool:
        return outcome.product is not None and self.product_scanned(outcome.product)

    def product_scanned(self, product: ProductHere) -> bool:
        """A product scanned at the desk: while preparing, one more unit picked on its line;
        at the handover, a check that it belongs to the order. False: not for the desk."""
        order = self.panel.order
        if order is None or order.bucket not in (DeskBucket.TO_PREPARE, DeskBucket.WAITING):
            return False
        if order.bucket == DeskBucket.TO_PREPARE:
            gtin = product.gtin
            self.run_action("prepare", lambda store, order_id: pickup.pick_by_gtin(
                store, order_id, gtin))
            return True
        line = next((x for x in order.lines if x.product_id == product.product_id), None)
        if line is None:
            self.context.notify(self.tr("%1 is not on order %2: do not hand it over.")
                                .replace("%1", product.name).replace("%2", order.number),
                                "warning")
        else:
            self.context.notify(self.tr("%1 is on order %2 (line %3).")
                                .replace("%1", product.name).replace("%2", order.number)
                                .replace("%3", str(line.line_no)), "info")
        return True
