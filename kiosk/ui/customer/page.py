"""The Customer page: find a customer (every customer online, this store's offline) and
open them."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
)

from kiosk.services import customer_view, customers
from kiosk.services.customer_view import CustomerView
from kiosk.ui.customer.panel import CustomerPanel
from kiosk.ui.customer.results_model import CustomerTableModel
from kiosk.ui.partials import widgets
from kiosk.ui.shell.context import Page, PageContext
from sync.engine import SyncReport


class CustomerPage(Page):
    """Find a customer and see their profile; the page says where the search looked."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, "page_customer")
        layout = QVBoxLayout(self)
        layout.addWidget(widgets.title(self.tr("Customer"), "customer_title"))
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
        self.searched = widgets.hint("", "customer_search_source")
        layout.addWidget(self.searched)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = CustomerTableModel(self)
        self.results = widgets.table("customer_results", self.model, self.tr("Customers found"))
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
        context.sync.round_finished.connect(self._round_finished)

    def _search_changed(self, text: str) -> None:
        if text:
            self.results.show()
        self.debounce.start()

    def run_search(self) -> None:
        text = self.search.text()
        store = self.context.device.store
        central = None if self.context.sync.online is False \
            else self.context.device.live.search_customers
        self.context.runner.run_latest("customer-search",
                                       lambda: customers.find_customers(store, text, central),
                                       self.show_results, self._failed)

    def show_results(self, result: customers.SearchResult) -> None:
        self.model.set_rows(result.rows)
        if not self.search.text().strip():
            self.searched.setText("")
        elif result.source == "central":
            self.searched.setText(
                self.tr("All customers searched. Showing the best matches: type more to "
                        "narrow them.") if result.has_more else self.tr("All customers searched."))
        else:
            self.searched.setText(self.tr("Offline: only this store's customers were searched "
                                          "(recent visits and orders waiting here)."))

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

    def _round_finished(self, report: SyncReport) -> None:
        """The customer on screen was erased centrally (right to erasure, account closed):
        their data left this tablet, so it leaves the screen too, with the reason."""
        if self.open_customer_id in report.removed.get("customers", set()):
            self.clear()
            self.context.notify(self.tr("This customer's account was closed: their data was "
                                        "removed from this tablet and the screen."), "warning")

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
        self.searched.setText("")
