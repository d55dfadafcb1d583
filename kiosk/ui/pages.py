"""The associate's pages: Customer, Pickup, Returns, Sync and Settings.

Pages never touch the database or the network themselves: they hand service calls to
the `TaskRunner` and render what comes back.
"""

from __future__ import annotations

import bisect
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.scanning.payloads import ReturnTicket
from kiosk.services import attention, customer_view, customers, pickup, preferences, returns
from kiosk.services.attention import AttentionItem
from kiosk.services.customer_view import CustomerView
from kiosk.services.device import Device, home_store_id
from kiosk.services.errors import ActionRefused
from kiosk.services.pickup import DeskOrder, HandoverReceipt, PickupRow
from kiosk.services.scans import ProductHere
from kiosk.services.staff import StaffMember
from kiosk.services.status import SyncStatus
from kiosk.store import LocalStore
from kiosk.ui import fmt
from kiosk.ui.bridge import TaskRunner
from kiosk.ui.customer_panel import CustomerPanel
from kiosk.ui.models import (
    AttentionTableModel,
    CustomerTableModel,
    PickupTableModel,
    PurchaseTableModel,
)
from kiosk.ui.pickup_panel import OrderPanel, ReceiptDialog
from kiosk.ui.returns_panel import (
    NoReceiptBox,
    ReturnPanel,
    ReturnReceiptDialog,
    ReturnRequest,
)
from kiosk.ui.sync_controller import SyncController
from sync.engine import SyncReport
from sync.rules.pickup import DeskBucket


@dataclass
class PageContext:
    device: Device
    runner: TaskRunner
    sync: SyncController
    language: str
    notify: Callable[[str, str], None]
    """Show a message to the user: (text, level) with level info | warning | error."""
    explain: Callable[[BaseException], str]
    """A refusal or failure as a sentence the user understands."""
    staff: StaffMember | None = None
    """Who is logged in (associate mode): what their role allows, whose name is recorded."""

    def live_context(self) -> customer_view.LiveFetch | None:
        """The live customer context, unless the last sync round found the server
        unreachable: then the local copy answers at once instead of waiting for a timeout."""
        return None if self.sync.online is False else self.device.live.customer_context


def _title(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setProperty("role", "title")
    return label


def _table(name: str, model: Any, label: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(label)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(44)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


class Page(QWidget):
    def __init__(self, context: PageContext, name: str) -> None:
        super().__init__()
        self.context = context
        self.setObjectName(name)

    def on_shown(self) -> None:
        """Called each time the page comes to the front."""

    def _failed(self, error: BaseException) -> None:
        level = "warning" if isinstance(error, ActionRefused) else "error"
        self.context.notify(self.context.explain(error), level)


class CustomerPage(Page):
    """Find a customer in the local copy (works offline) and see their profile."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, "page_customer")
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Customer"), "customer_title"))
        hint = QLabel(self.tr("Scan the customer's store pass or loyalty card, or search by "
                              "name, email, phone or card number."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Name, email, phone or card number"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = CustomerTableModel(self)
        self.results = _table("customer_results", self.model, self.tr("Customers found"))
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.results)
        self.panel = CustomerPanel(context)
        self.detail = self.panel.detail
        splitter.addWidget(self.panel)
        splitter.setSizes([360, 660])
        layout.addWidget(splitter, 1)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int(context.device.settings.customer_idle_s * 1000))
        self.idle.timeout.connect(self._idle)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_changed)
        # A tap opens the customer, so does Enter; a double tap must not count twice.
        self.results.activated.connect(self.open_selected)
        self.results.clicked.connect(self.open_selected)
        self.open_customer_id: str | None = None

    def _search_changed(self, text: str) -> None:
        if text:
            self.results.show()
        self.debounce.start()

    def run_search(self) -> None:
        text = self.search.text()
        store = self.context.device.store
        self.context.runner.run_latest("customer-search",
                                       lambda: customers.search_customers(store, text),
                                       self.model.set_rows, self._failed)

    def open_selected(self) -> None:
        row = self.model.row_at(self.results.currentIndex().row())
        if row is None or row.id == self.open_customer_id:
            return
        self.open_customer_id = row.id
        store = self.context.device.store

        def failed(error: BaseException) -> None:
            self.open_customer_id = None
            self._failed(error)

        live = self.context.live_context()
        self.context.runner.run(
            lambda: customer_view.open_customer(store, row.id, "search", live),
            self.show_profile, failed)

    def show_profile(self, view: CustomerView) -> None:
        self.panel.show_view(view)
        self.idle.start()

    def still_active(self) -> None:
        """The associate touched or typed something: the open customer stays."""
        if self.idle.isActive():
            self.idle.start()

    def _idle(self) -> None:
        self.clear()
        self.context.notify(self.tr("The customer view was closed after a while without "
                                    "activity."), "info")

    def show_scanned(self, view: CustomerView) -> None:
        """A pass or card scan opened this customer (already identified by the scan).
        Nothing of the previous customer stays: the search goes, the panel is replaced."""
        self._clear_search()
        if not self.results.isHidden():
            self.results.hide()  # no search to show: the customer gets the room
        self.open_customer_id = view.customer_id
        self.show_profile(view)

    def clear(self) -> None:
        """Leave no personal data on screen."""
        self.open_customer_id = None
        self.idle.stop()
        self.results.show()
        self._clear_search()
        self.panel.clear()

    def _clear_search(self) -> None:
        """Empty the field and the results without starting a search for nothing."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.debounce.stop()
        self.model.set_rows([])


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
        outer.addWidget(_title(self.tr("Click & collect"), "pickup_title"))
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
        finders = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("pickup_search")
        self.search.setPlaceholderText(self.tr("Order number, name, phone or email"))
        self.search.setAccessibleName(self.tr("Search orders"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._show())
        finders.addWidget(self.search, 1)
        self.code = QLineEdit()
        self.code.setObjectName("pickup_code_entry")
        self.code.setPlaceholderText(self.tr("Pickup code"))
        self.code.setAccessibleName(self.tr("6-digit pickup code"))
        self.code.setMaxLength(6)
        self.code.setFixedWidth(130)
        self.code.returnPressed.connect(self._code_entered)
        finders.addWidget(self.code)
        code_button = QPushButton(self.tr("Open"))
        code_button.setObjectName("pickup_code_button")
        code_button.clicked.connect(self._code_entered)
        finders.addWidget(code_button)
        layout.addLayout(finders)
        self.table = _table("pickup_table", self.model, self.tr("Click & collect orders"))
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
            dialog = ReceiptDialog(self.context.language,
                                   self.context.device.settings.data_dir / "receipts", self)
            dialog.pdf_button.clicked.connect(lambda: self.context.notify(
                self.tr("Saved to %1").replace("%1", str(dialog.saved_to)), "info"))
            self.receipt_dialog = dialog
        dialog.show_receipt(receipt)

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


LIST_WIDTH = 290
"""The returns desk's list of purchases: number, date, channel and total fit; the purchase
at hand keeps the room its lines need."""


class ReturnsPage(Page):
    """The returns desk: find the purchase (receipt, confirmation, number, or the customer's
    purchases after a pass or card scan), choose what comes back, refund, print."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, "page_returns")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(_title(self.tr("Returns"), "returns_title"))
        top.addStretch(1)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("returns_search")
        self.search.setPlaceholderText(self.tr("Order number (e.g. WEB-100123) or the "
                                               "customer's name, email or phone"))
        self.search.setAccessibleName(self.tr("Find a purchase"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find)
        row.addWidget(self.search, 1)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setObjectName("returns_find_button")
        self.find_button.clicked.connect(self.find)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        self.no_receipt = NoReceiptBox(context.language)
        self.no_receipt.take.connect(self.take_without_receipt)
        layout.addWidget(self.no_receipt)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.listing = QLabel(self.tr("Purchases"))
        self.listing.setObjectName("returns_listing")
        self.listing.setProperty("role", "hint")
        self.listing.setWordWrap(True)
        column.addWidget(self.listing)
        self.model = PurchaseTableModel(context.language, self)
        self.purchases = _table("returns_purchases", self.model, self.tr("Purchases found"))
        header = self.purchases.horizontalHeader()
        for i in (1, 2):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self.purchases.clicked.connect(self._purchase_clicked)
        column.addWidget(self.purchases, 1)
        self.left = left
        left.hide()  # shown when there is a list of purchases to choose from
        splitter.addWidget(left)
        manager = context.staff is not None and context.staff.is_manager
        self.panel = ReturnPanel(context.language, manager, context.explain)
        if manager and context.staff is not None:
            self.panel.override_by.setText(context.staff.name)  # the logged-in manager
            self.panel.override_by.setReadOnly(True)
        self.panel.confirm.connect(self.confirm)
        splitter.addWidget(self.panel)
        splitter.setSizes([LIST_WIDTH, 1000])
        self.splitter = splitter
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.customer_id: str | None = None
        self.customer_name = ""
        self.receipt_dialog: ReturnReceiptDialog | None = None

    # --- finding the purchase ---------------------------------------------------------------

    def _open(self, call: Callable[[LocalStore], returns.ReturnOrder]) -> None:
        store = self.context.device.store
        self.context.runner.run_latest("returns_open", lambda: call(store), self.show_order,
                                       self._failed)

    def show_order(self, order: returns.ReturnOrder, ticket: ReturnTicket | None = None) -> None:
        self.panel.show_order(order)
        if ticket is not None:
            self.panel.apply_ticket(ticket)
            self.context.notify(self.tr("Return ticket from the kiosk: check the items and their "
                                        "condition, choose the refund, then confirm."), "info")

    def open_order(self, order_id: str) -> None:
        """A scanned receipt or confirmation: the purchase opens (fetched when not local)."""
        fetch = None if self.context.sync.online is False \
            else self.context.device.live.order_for_return
        self._open(lambda store: returns.open_return(store, order_id, fetch=fetch))

    def find(self) -> None:  # type: ignore[override]  # the page's search, not QWidget.find
        text = self.search.text().strip()
        if not text:
            return
        store = self.context.device.store
        if returns.ORDER_NUMBER.match(text.upper()):
            self._open(lambda s: returns.find_by_number(s, text))
            return
        self.context.runner.run_latest(
            "returns_list", lambda: returns.search_purchases(store, text),
            lambda rows: self._list(rows, self.tr("Purchases of customers matching “%1”")
                                    .replace("%1", text)), self._failed)

    def show_customer(self, customer_id: str, name: str, gtin: str | None = None) -> None:
        """A pass or card scanned at the desk: the customer's purchases, every channel;
        then a product scan narrows them to those holding that product."""
        self.customer_id, self.customer_name = customer_id, name
        store = self.context.device.store
        title = (self.tr("Purchases of %1 holding this item") if gtin
                 else self.tr("Purchases of %1, every channel")).replace("%1", name)
        def work() -> tuple[list[returns.PurchaseRow], returns.NoReceiptOffer | None]:
            rows = returns.customer_purchases(store, customer_id, gtin)
            if rows or gtin is None:
                return rows, None
            return rows, returns.no_receipt_offer(store, customer_id, gtin)

        self.context.runner.run_latest("returns_list", work,
                                       lambda found: self._customer_listed(title, *found),
                                       self._failed)

    def _customer_listed(self, title: str, rows: list[returns.PurchaseRow],
                         offer: returns.NoReceiptOffer | None) -> None:
        self._list(rows, title, offer=offer is not None)
        if offer is not None:
            self.no_receipt.show_offer(offer)

    def take_without_receipt(self, offer: returns.NoReceiptOffer, reason: str, condition: str,
                             restock: bool) -> None:
        store, device_id = self.context.device.store, self.context.device.settings.device_id
        online = self.context.sync.online is not False
        self.context.runner.run(
            lambda: returns.record_no_receipt(store, device_id, offer.customer_id, offer.gtin,
                                              reason, condition, restock, online=online),
            self._recorded, self._failed)

    def _list(self, rows: list[returns.PurchaseRow], title: str,
              offer: bool = False) -> None:
        """The purchases found, in a narrow list beside the purchase at hand; none found is
        said in the banner (or by the no-receipt offer, for an item scanned)."""
        self.no_receipt.hide()
        self.model.set_rows(rows)
        self.listing.setText(title)
        if not rows:
            self.left.hide()
            self.panel.show_order(None)
            if not offer:
                self.context.notify(title + " — " + self.tr("none found"), "info")
            return
        if self.left.isHidden():
            self.left.show()
            self.splitter.setSizes([LIST_WIDTH, self.splitter.width() - LIST_WIDTH])
        if len(rows) == 1:
            self.open_order(rows[0].order_id)

    def _purchase_clicked(self) -> None:
        index = self.purchases.currentIndex()
        if index.isValid():
            self.open_order(self.model.rows[index.row()].order_id)

    def product_scanned(self, product: ProductHere) -> bool:
        """An item scanned at the desk: its line comes back, or it is the exchange item, or
        it finds the customer's purchases that hold it."""
        panel = self.panel
        if panel.order is not None:
            if panel.refund().method == "exchange" and not panel.exchange.text():
                panel.exchange.setText(product.gtin)
                return True
            line = panel.select_gtin(product.gtin)
            if line is not None:
                self.context.notify(self.tr("%1: one more unit comes back.")
                                    .replace("%1", line.name), "info")
                return True
            if any(x.gtin == product.gtin for x in panel.order.lines):
                self.context.notify(self.tr("%1: nothing more of it can come back on this "
                                            "order.").replace("%1", product.name), "warning")
                return True
        if self.customer_id is not None:
            self.show_customer(self.customer_id, self.customer_name, product.gtin)
            return True
        if panel.order is not None:
            self.context.notify(self.tr("%1 is not on order %2.").replace(
                "%1", product.name).replace("%2", panel.order.number), "warning")
            return True
        return False

    # --- the return -------------------------------------------------------------------------

    def confirm(self, request: ReturnRequest) -> None:
        store, device_id = self.context.device.store, self.context.device.settings.device_id
        online = self.context.sync.online is not False
        role = self.context.staff.role if self.context.staff is not None else "associate"
        self.panel.confirm_button.setEnabled(False)
        self.context.runner.run(
            lambda: returns.record_return(store, device_id, request.order_id, request.choices,
                                          request.refund, online=online, role=role,
                                          override=request.override),
            self._recorded, self._refused)

    def _refused(self, error: BaseException) -> None:
        self._failed(error)
        self.panel.requote()

    def _recorded(self, receipt: returns.ReturnReceipt) -> None:
        if receipt.order is not None:
            self.panel.show_order(receipt.order)
        else:
            self.no_receipt.hide()
        self.show_receipt(receipt)
        self.context.notify(self.tr("Return %1 recorded: %2 refunded.").replace(
            "%1", receipt.return_id).replace(
            "%2", fmt.money(receipt.refund_cents, fmt.locale_for(self.context.language))),
            "info")
        self.context.sync.request_sync()

    def show_receipt(self, receipt: returns.ReturnReceipt) -> None:
        dialog = self.receipt_dialog
        if dialog is None:
            dialog = ReturnReceiptDialog(self.context.language,
                                         self.context.device.settings.data_dir / "receipts",
                                         self)
            self.receipt_dialog = dialog
        dialog.show_receipt(receipt)


class SyncPage(Page):
    """Real figures (connection, last sync, the queue, the local copy) and what needs a person:
    dead letters and conflicts, each with what to do, until someone resolves it."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, "page_sync")
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(_title(self.tr("Synchronisation"), "sync_title"))
        header.addStretch(1)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now_button")
        self.sync_button.setProperty("role", "primary")
        self.sync_button.clicked.connect(context.sync.sync_now)
        header.addWidget(self.sync_button)
        layout.addLayout(header)
        card = QFrame()
        card.setProperty("role", "card")
        grid = QGridLayout(card)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("sync_state", self.tr("Connection")),
            ("sync_store", self.tr("Store")),
            ("sync_last_push", self.tr("Last successful upload")),
            ("sync_last_pull", self.tr("Last successful download")),
            ("sync_pending", self.tr("Events waiting to be sent")),
            ("sync_oldest", self.tr("Oldest waiting event")),
            ("sync_queue", self.tr("Queue")),
            ("sync_sent", self.tr("Events confirmed by the server")),
            ("sync_dead_letters", self.tr("Refused by the server")),
            ("sync_conflicts", self.tr("Conflicts to look at")),
            ("sync_orders_count", self.tr("Orders in the local copy")),
            ("sync_click_collect_count", self.tr("Click & collect orders for this store")),
            ("sync_customers_count", self.tr("Customers in the local copy")),
            ("sync_products_count", self.tr("Products in the local copy")),
        ]
        half = (len(rows) + 1) // 2
        for i, (name, caption) in enumerate(rows):
            label = QLabel(caption)
            label.setProperty("role", "caption")
            label.setWordWrap(True)  # long French captions must not widen the window
            value = QLabel("—")
            value.setObjectName(name)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column = 0 if i < half else 2
            grid.addWidget(label, i % half, column)
            grid.addWidget(value, i % half, column + 1)
            self.values[name] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        error_caption = QLabel(self.tr("Last problem"))
        error_caption.setProperty("role", "caption")
        self.values["sync_error"] = QLabel("—")
        self.values["sync_error"].setObjectName("sync_error")
        self.values["sync_error"].setWordWrap(True)
        grid.addWidget(error_caption, half, 0)
        grid.addWidget(self.values["sync_error"], half, 1, 1, 3)
        layout.addWidget(card)

        attention_title = QLabel(self.tr("Needs attention"))
        attention_title.setProperty("role", "subtitle")
        layout.addWidget(attention_title)
        self.attention_model = AttentionTableModel(context.language, self)
        self.attention = _table("sync_attention_table", self.attention_model,
                                 self.tr("Events to look at"))
        header_view = self.attention.horizontalHeader()
        for column in range(self.attention_model.columnCount()):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.attention.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.attention, 1)
        self.help = QLabel(self.tr("Nothing needs attention."))
        self.help.setObjectName("sync_attention_help")
        self.help.setWordWrap(True)
        self.help.setProperty("role", "hint")
        layout.addWidget(self.help)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.retry_button = QPushButton(self.tr("Send again"))
        self.retry_button.setObjectName("sync_retry_button")
        self.retry_button.clicked.connect(self.retry_selected)
        actions.addWidget(self.retry_button)
        self.resolve_button = QPushButton(self.tr("Mark as resolved"))
        self.resolve_button.setObjectName("sync_resolve_button")
        self.resolve_button.setProperty("role", "primary")
        self.resolve_button.clicked.connect(self.resolve_selected)
        actions.addWidget(self.resolve_button)
        layout.addLayout(actions)
        self._selected()
        context.sync.status_changed.connect(self.show_status)
        context.sync.running_changed.connect(self._running)

    def on_shown(self) -> None:
        self.context.sync.refresh_status()

    def _running(self, running: bool) -> None:
        self.sync_button.setEnabled(not running)
        self.sync_button.setText(self.tr("Syncing…") if running else self.tr("Sync now"))

    def show_status(self, status: SyncStatus) -> None:
        locale = fmt.locale_for(self.context.language)
        sync = self.context.sync
        v = self.values
        state = (self.tr("Online") if sync.online else self.tr("Offline")
                 if sync.online is False else self.tr("Not yet connected"))
        if sync.backing_off and sync.next_round_at is not None:
            seconds = max(0, int(sync.next_round_at - time.monotonic()))
            state += " · " + self.tr("next try in %1 s").replace("%1", str(seconds))
        v["sync_state"].setText(state)
        v["sync_store"].setText(
            f"{status.store_name} ({status.store_id})" if status.store_id else "—")
        v["sync_last_push"].setText(self._moment(status.last_push_ok_at, locale))
        v["sync_last_pull"].setText(self._moment(status.last_pull_ok_at, locale))
        pending = locale.toString(status.pending_events)
        if status.held_events:
            pending += " " + self.tr("(%1 held behind a refused event)").replace(
                "%1", locale.toString(status.held_events))
        v["sync_pending"].setText(pending)
        v["sync_oldest"].setText(fmt.ago(status.oldest_pending_at)
                                 if status.oldest_pending_at else "—")
        v["sync_queue"].setText(
            self.tr("⚠ Not moving since %1").replace("%1", fmt.ago(status.stalled_since))
            if status.stalled_since else self.tr("Moving"))
        v["sync_sent"].setText(locale.toString(status.sent_events))
        v["sync_dead_letters"].setText(locale.toString(status.dead_letters))
        v["sync_conflicts"].setText(locale.toString(status.open_conflicts))
        v["sync_orders_count"].setText(locale.toString(status.orders))
        v["sync_click_collect_count"].setText(locale.toString(status.click_collect_orders))
        v["sync_customers_count"].setText(locale.toString(status.customers))
        v["sync_products_count"].setText(locale.toString(status.products))
        v["sync_error"].setText(status.last_error or self.tr("None"))
        self.load_attention()

    def load_attention(self) -> None:
        store = self.context.device.store
        self.context.runner.run_latest("attention", lambda: attention.attention_items(store),
                                       self._show_attention, self._failed)

    def _show_attention(self, items: list[AttentionItem]) -> None:
        selected = self._current()
        self.attention_model.set_rows(items)
        if selected is not None:
            for i, item in enumerate(items):
                if item.seq == selected.seq:
                    self.attention.selectRow(i)
        self._selected()

    def _current(self) -> AttentionItem | None:
        indexes = self.attention.selectionModel().selectedRows()
        return self.attention_model.row_at(indexes[0].row()) if indexes else None

    def _selected(self) -> None:
        item = self._current()
        manager = self.context.staff is not None and self.context.staff.is_manager
        self.resolve_button.setEnabled(item is not None
                                       and (item.kind != "dead_letter" or manager))
        self.retry_button.setEnabled(item is not None and item.kind == "dead_letter")
        if item is None:
            self.help.setText(self.tr("Nothing needs attention.")
                              if self.attention_model.rowCount() == 0
                              else self.tr("Select a line to see what to do."))
        else:
            text = self.attention_model.what_to_do(item)
            if item.kind == "dead_letter" and not manager:
                text += " " + self.tr("Discarding it voids what it recorded: only a manager "
                                      "can.")
            self.help.setText(text)

    def resolve_selected(self) -> None:
        item = self._current()
        if item is None:
            return
        store = self.context.device.store
        staff = self.context.staff
        who = staff.staff_id if staff is not None else self.context.device.settings.device_id
        manager = staff is not None and staff.is_manager
        self.context.runner.run(lambda: attention.resolve(store, item.seq, who, manager),
                                lambda _r: self._changed(), self._failed)

    def retry_selected(self) -> None:
        item = self._current()
        if item is None:
            return
        store = self.context.device.store

        def sent_again(_result: object) -> None:
            self._changed()
            self.context.sync.sync_now()

        self.context.runner.run(lambda: attention.retry(store, item.seq), sent_again,
                                self._failed)

    def _changed(self) -> None:
        self.context.sync.refresh_status()

    @staticmethod
    def _moment(value: Any, locale: Any) -> str:
        return f"{fmt.day_and_time(value, locale)} ({fmt.ago(value)})" if value else fmt.ago(None)


class SettingsPage(Page):
    """The tablet's settings: the language for everyone; how soon the tablet locks, for a
    manager only (an associate sees it, disabled, with why)."""

    language_changed = Signal(str)
    lock_minutes_changed = Signal(int)

    def __init__(self, context: PageContext, lock_minutes: int) -> None:
        super().__init__(context, "page_settings")
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Settings"), "settings_title"))
        card = QFrame()
        card.setProperty("role", "card")
        grid = QGridLayout(card)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(14)
        staff = context.staff
        who = QLabel(self.tr("%1 · manager").replace("%1", staff.name) if staff and staff.is_manager
                     else self.tr("%1 · associate").replace("%1", staff.name) if staff else "—")
        who.setObjectName("settings_user")
        grid.addWidget(QLabel(self.tr("Logged in")), 0, 0)
        grid.addWidget(who, 0, 1)
        language_label = QLabel(self.tr("Language"))
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(context.language))
        self.language.setMinimumHeight(44)
        language_label.setBuddy(self.language)
        self.language.activated.connect(
            lambda _i: self.language_changed.emit(self.language.currentData()))
        grid.addWidget(language_label, 1, 0)
        grid.addWidget(self.language, 1, 1)
        lock_label = QLabel(self.tr("Lock the tablet after"))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("settings_lock_minutes")
        self.lock_minutes.setAccessibleName(self.tr("Minutes without use before the tablet "
                                                    "locks"))
        self.lock_minutes.setRange(*preferences.LOCK_MINUTES_RANGE)
        self.lock_minutes.setSuffix(" " + self.tr("min"))
        self.lock_minutes.setValue(lock_minutes)
        self.lock_minutes.setMinimumHeight(44)
        manager = staff is not None and staff.is_manager
        self.lock_minutes.setEnabled(manager)
        lock_label.setBuddy(self.lock_minutes)
        self.lock_minutes.editingFinished.connect(
            lambda: self.lock_minutes_changed.emit(self.lock_minutes.value()))
        grid.addWidget(lock_label, 2, 0)
        grid.addWidget(self.lock_minutes, 2, 1)
        hint = QLabel(self.tr("Only a manager can change how soon tablets lock.") if not manager
                      else self.tr("Tablets lock when nobody touches them, so that no customer "
                                   "data stays on an unattended screen."))
        hint.setObjectName("settings_lock_hint")
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        grid.addWidget(hint, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addWidget(card)
        layout.addStretch(1)
