"""The order at hand at the pickup desk: prepare, verify, hand over, extend, return to stock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.services import pickup
from kiosk.services.pickup import DeskOrder, HandoverChoice, HandoverReceipt
from kiosk.store import LocalStore
from kiosk.ui.partials import fmt, widgets
from kiosk.ui.shell.style import set_style_state
from sync.rules.pickup import DeskBucket

REASONS = ["damaged", "wrong_size", "wrong_item", "changed_mind", "not_as_described", "other"]


class ReasonTexts(QWidget):
    """Refusal reasons in the associate's language (a widget so `lupdate` sees `tr`)."""

    def text(self, code: str) -> str:
        return {
            "damaged": self.tr("Damaged"),
            "wrong_size": self.tr("Wrong size"),
            "wrong_item": self.tr("Wrong item"),
            "changed_mind": self.tr("Changed mind"),
            "not_as_described": self.tr("Not as described"),
            "other": self.tr("Other reason"),
        }.get(code, code)




class OrderPanel(QFrame):
    """Emits `act(name, call)` for the page to run a service call, with the order id given."""

    act = Signal(str, object)

    PREPARE, VERIFY, HANDOVER, NO_SHOW = range(4)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickup_order")
        self.setProperty("role", "card")
        self.text_locale = fmt.locale_for(language)
        self.reasons = ReasonTexts(self)
        self.order: DeskOrder | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.number = widgets.label("pickup_order_number", role="subtitle")
        self.who = widgets.hint(name="pickup_order_customer")
        self.status = widgets.label("pickup_order_status", wrap=True)
        self.conflict = widgets.label("pickup_order_conflict", role="alert", wrap=True)
        for widget in (self.number, self.who, self.status, self.conflict):
            layout.addWidget(widget)
        self.lines = QTableWidget(0, 6)
        self.lines.setObjectName("pickup_lines")
        self.lines.setAccessibleName(self.tr("Lines of the order"))
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setDefaultSectionSize(48)
        self.lines.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.lines, 1)
        self.step_hint = widgets.hint(name="pickup_step_hint")
        layout.addWidget(self.step_hint)

        # preparing: pick, missing, ready on a shelf
        self.prepare_box = QWidget()
        prepare = QVBoxLayout(self.prepare_box)
        prepare.setContentsMargins(0, 0, 0, 0)
        self.pick_button = widgets.button(self.tr("Picked +1"), "pickup_pick_button")
        self.pick_button.clicked.connect(self._pick)
        self.missing_button = widgets.button(self.tr("Missing"), "pickup_missing_button")
        self.missing_button.clicked.connect(self._missing)
        self.shelf = QLineEdit()
        self.shelf.setObjectName("pickup_shelf")
        self.shelf.setPlaceholderText(self.tr("Shelf / bin, e.g. R2-05"))
        self.shelf.setAccessibleName(self.tr("Storage location"))
        self.shelf.setMaxLength(16)
        self.ready_button = widgets.button(self.tr("Ready for pickup"), "pickup_ready_button", True)
        self.ready_button.clicked.connect(self._ready)
        row = QHBoxLayout()
        row.addWidget(self.pick_button)
        row.addWidget(self.missing_button)
        row.addStretch(1)
        prepare.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.shelf, 1)
        row.addWidget(self.ready_button)
        prepare.addLayout(row)

        # on the shelf: who is collecting, checked how
        self.verify_box = QWidget()
        column = QVBoxLayout(self.verify_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.collector = QLineEdit()
        self.collector.setObjectName("pickup_collector")
        self.collector.setPlaceholderText(self.tr("Collected by someone else? Their name"))
        self.collector.setAccessibleName(self.tr("Name of the person collecting"))
        self.collector.setMaxLength(80)
        column.addWidget(self.collector)
        self.id_checked = QCheckBox(self.tr("Name checked against an ID document"))
        self.id_checked.setObjectName("pickup_id_checked")
        self.id_checked.toggled.connect(self._update_buttons)
        column.addWidget(self.id_checked)  # a line of its own: no button squeezes it
        row = QHBoxLayout()
        self.resend_button = widgets.button(self.tr("Send the notice again"),
                                            "pickup_resend_button")
        self.resend_button.clicked.connect(lambda: self._run("resend", pickup.resend_notice))
        row.addWidget(self.resend_button)
        row.addStretch(1)
        self.check_in_button = widgets.button(self.tr("Customer is here"),
                                              "pickup_checkin_button", True)
        self.check_in_button.clicked.connect(self._check_in)
        row.addWidget(self.check_in_button)
        column.addLayout(row)

        # checked in: the handover
        self.handover_box = QWidget()
        row = QHBoxLayout(self.handover_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.handover_collector = QLineEdit()
        self.handover_collector.setObjectName("pickup_handover_collector")
        self.handover_collector.setPlaceholderText(self.tr("Collected by (if not the customer)"))
        self.handover_collector.setAccessibleName(self.tr("Name of the person collecting"))
        self.handover_collector.setMaxLength(80)
        row.addWidget(self.handover_collector, 1)
        self.handover_button = widgets.button(self.tr("Hand over"), "pickup_handover_button", True)
        self.handover_button.clicked.connect(self._hand_over)
        row.addWidget(self.handover_button)

        # overdue: extend once, or back to stock
        self.no_show_box = QWidget()
        row = QHBoxLayout(self.no_show_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.extend_button = widgets.button(self.tr("Extend the deadline"), "pickup_extend_button")
        self.extend_button.clicked.connect(lambda: self._run("extend", pickup.extend_deadline))
        self.stock_button = widgets.button(self.tr("Return to stock"), "pickup_return_stock_button")
        self.stock_button.clicked.connect(lambda: self._run("expire", pickup.return_to_stock))
        row.addStretch(1)
        row.addWidget(self.extend_button)
        row.addWidget(self.stock_button)

        self.boxes = [self.prepare_box, self.verify_box, self.handover_box, self.no_show_box]
        for box in self.boxes:
            layout.addWidget(box)
        self.show_order(None)

    # --- rendering ------------------------------------------------------------------------

    def show_order(self, order: DeskOrder | None, keep_inputs: bool = False) -> None:
        previous = self.order
        same = order is not None and previous is not None \
            and order.order_id == previous.order_id
        self.order = order
        self.setVisible(order is not None)
        if order is None:
            return
        if not (same and keep_inputs):
            self.shelf.setText(order.shelf)
            self.collector.setText(order.collector_name)
            self.handover_collector.setText(order.collector_name)
            self.id_checked.setChecked(False)
        self.number.setText(self.tr("Order %1").replace("%1", order.number))
        contact = " · ".join(x for x in (order.customer_name, order.phone) if x)
        self.who.setText(contact)
        self.status.setText(self._status_text(order))
        self._show_conflict(order)
        step = self._step(order)
        for index, box in enumerate(self.boxes):
            box.setVisible(index == step)
        self.step_hint.setText(self._step_hint(order, step))
        if not (same and keep_inputs and previous is not None and previous.lines == order.lines
                and self._step(previous) == step):  # a sync round changed nothing here
            self._fill_lines(order, step == self.HANDOVER)
        self._update_buttons()

    def _step(self, order: DeskOrder) -> int | None:
        return {DeskBucket.TO_PREPARE: self.PREPARE, DeskBucket.READY: self.VERIFY,
                DeskBucket.WAITING: self.HANDOVER,
                DeskBucket.OVERDUE: self.NO_SHOW}.get(order.bucket)

    def _status_text(self, order: DeskOrder) -> str:
        parts = [self._state_text(order)]
        if order.shelf:
            parts.append(self.tr("shelf %1").replace("%1", order.shelf))
        if order.ready_at and order.bucket in (DeskBucket.READY, DeskBucket.WAITING,
                                               DeskBucket.OVERDUE):
            parts.append(self.tr("ready %1").replace("%1", fmt.ago(order.ready_at)))
        if order.deadline and order.bucket in (DeskBucket.READY, DeskBucket.WAITING,
                                               DeskBucket.OVERDUE):
            parts.append(self.tr("to collect by %1").replace(
                "%1", fmt.day_and_time(order.deadline, self.text_locale)))
        parts.append(fmt.money(order.total_cents, self.text_locale))
        if not order.paid:
            parts.append(self.tr("NOT PAID: cannot be handed over"))
        if order.collector_name:
            parts.append(self.tr("collected by %1").replace("%1", order.collector_name))
        if order.pending:
            parts.append(self.tr("pending sync"))
        return " · ".join(parts)

    def _state_text(self, order: DeskOrder) -> str:
        return {
            DeskBucket.TO_PREPARE: self.tr("To prepare"),
            DeskBucket.READY: self.tr("Ready for pickup"),
            DeskBucket.WAITING: self.tr("Customer at the desk"),
            DeskBucket.OVERDUE: self.tr("Overdue: not collected in time"),
            DeskBucket.COLLECTED: self.tr("Collected"),
        }.get(order.bucket, self.tr("Closed (returned to stock or cancelled)"))

    def _show_conflict(self, order: DeskOrder) -> None:
        if order.conflict is None:
            self.conflict.hide()
            return
        self.conflict.setText(self.tr(
            "The central system did not accept an action on this order: %1. Check the order "
            "with the customer; the Sync page lists it until someone marks it resolved.")
            .replace("%1", order.conflict))
        self.conflict.show()

    def _step_hint(self, order: DeskOrder, step: int | None) -> str:
        if step == self.PREPARE:
            return self.tr("Scan each product to check it is the right one, or select a "
                           "line and press Picked. Then put the order away and give its shelf.")
        if step == self.VERIFY:
            return self.tr("Scan the customer's pickup pass or type their 6-digit pickup "
                           "code above. Without either, check their name against an ID "
                           "document.")
        if step == self.HANDOVER:
            return self.tr("For each line, set what is handed over and what the customer "
                           "refuses (with the reason); what is left stays on the shelf for "
                           "later. Refused items are refunded centrally.")
        if step == self.NO_SHOW:
            if order.extensions_left:
                default = (self.tr("extend the deadline") if order.no_show_action == "extend"
                           else self.tr("return it to stock"))
                return self.tr("The customer did not come in time. The store's policy "
                               "proposes to %1.").replace("%1", default)
            return self.tr("The deadline was already extended: return the order to stock; "
                           "the customer is refunded centrally.")
        return ""

    def _fill_lines(self, order: DeskOrder, handing_over: bool) -> None:
        """One row per line: the product (with size) and its counts; at the handover, what
        to give and refuse instead. Narrow fixed columns leave the product its room."""
        headers = [self.tr("Product"), self.tr("Qty"), self.tr("Picked"), self.tr("Missing"),
                   self.tr("Done")]
        widths = [0, 56, 100, 108, 64]  # room for the French headers (Prélevé, Manquant)
        if handing_over:
            headers = [self.tr("Product"), self.tr("Give"), self.tr("Refuse"), self.tr("Reason")]
            widths = [0, 76, 76, 150]
        selected = self.selected_line()
        self.lines.clearContents()
        self.lines.setColumnCount(len(headers))
        self.lines.setHorizontalHeaderLabels(headers)
        self.lines.setRowCount(len(order.lines))
        self.lines.setWordWrap(True)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(widths[1:], start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        for i, line in enumerate(order.lines):
            name = line.name or self.tr("a product not in the catalogue")
            if line.size:
                name = self.tr("%1 · size %2").replace("%1", name).replace("%2", line.size)
            if handing_over:
                cells = [self.tr("%1 (%2 waiting)").replace("%1", name)
                         .replace("%2", str(line.waiting))]
            else:
                cells = [name, str(line.quantity), str(line.picked), str(line.missing),
                         str(line.handed_over + line.refused)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.line_no)
                self.lines.setItem(i, column, item)
            if handing_over:
                give = QSpinBox()
                give.setObjectName(f"pickup_give_{line.line_no}")
                give.setRange(0, line.waiting)
                give.setValue(line.waiting)
                give.setAccessibleName(self.tr("Units handed over"))
                refuse = QSpinBox()
                refuse.setObjectName(f"pickup_refuse_{line.line_no}")
                refuse.setRange(0, line.waiting)
                refuse.setAccessibleName(self.tr("Units refused"))
                give.valueChanged.connect(lambda v, r=refuse, n=line.waiting: r.setMaximum(n - v))
                refuse.valueChanged.connect(lambda v, g=give, n=line.waiting: g.setMaximum(n - v))
                refuse.valueChanged.connect(lambda v, row=i, n=line.line_no:
                                            self._ask_reason(row, n, v))
                self.lines.setCellWidget(i, 1, give)
                self.lines.setCellWidget(i, 2, refuse)
            if selected == line.line_no:
                self.lines.selectRow(i)
        self.lines.resizeRowsToContents()

    def _ask_reason(self, row: int, line_no: int, refused: int) -> None:
        """The reason picker appears on a line once units of it are refused."""
        if refused == 0 or isinstance(self.lines.cellWidget(row, 3), QComboBox):
            return
        reason = QComboBox()
        reason.setObjectName(f"pickup_reason_{line_no}")
        reason.setAccessibleName(self.tr("Reason for refusing"))
        for code in REASONS:
            reason.addItem(self.reasons.text(code), code)
        self.lines.setCellWidget(row, 3, reason)
        self.lines.setTabOrder(self.lines.cellWidget(row, 2), reason)

    def selected_line(self) -> int | None:
        rows = self.lines.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.lines.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        order = self.order
        if order is None:
            return
        line = next((x for x in order.lines if x.line_no == self.selected_line()), None)
        self.pick_button.setEnabled(line is not None and line.to_pick > 0)
        self.missing_button.setEnabled(line is not None and line.to_pick > 0)
        self.ready_button.setEnabled(all(x.to_pick == 0 for x in order.lines)
                                     and any(x.picked for x in order.lines))
        self.check_in_button.setEnabled(self.id_checked.isChecked())
        self.handover_button.setEnabled(order.paid)
        self.extend_button.setEnabled(order.extensions_left > 0)
        proposes_extend = order.extensions_left > 0 and order.no_show_action == "extend"
        for button, primary in ((self.extend_button, proposes_extend),
                                (self.stock_button, not proposes_extend)):
            set_style_state(button, "role", "primary" if primary else "")

    # --- actions --------------------------------------------------------------------------

    def _run(self, name: str, call: object) -> None:
        if self.order is not None:
            self.act.emit(name, call)

    def _pick(self) -> None:
        line_no = self.selected_line()
        line = next((x for x in self.order.lines if x.line_no == line_no), None) \
            if self.order else None
        if line is not None:
            self.act.emit("prepare", lambda store, order_id: pickup.set_line(
                store, order_id, line.line_no, line.picked + 1, line.missing))

    def _missing(self) -> None:
        line_no = self.selected_line()
        if line_no is not None:
            self.act.emit("prepare", lambda store, order_id: pickup.mark_missing(
                store, order_id, line_no))

    def _ready(self) -> None:
        shelf = self.shelf.text()
        self.act.emit("ready", lambda store, order_id: pickup.mark_ready(store, order_id, shelf))

    def _check_in(self) -> None:
        collector = self.collector.text()
        self.act.emit("check_in", lambda store, order_id: pickup.check_in(
            store, order_id, "name_and_id", collector))

    def choices(self) -> list[HandoverChoice]:
        """What the associate set for each line."""
        result = []
        for i in range(self.lines.rowCount()):
            item = self.lines.item(i, 0)
            give, refuse, reason = (self.lines.cellWidget(i, c) for c in (1, 2, 3))
            if item is None or not isinstance(give, QSpinBox) or not isinstance(refuse, QSpinBox):
                continue
            chosen = reason.currentData() if isinstance(reason, QComboBox) else None
            result.append(HandoverChoice(
                line_no=int(item.data(Qt.ItemDataRole.UserRole)), handed_over=give.value(),
                refused=refuse.value(), reason=chosen if refuse.value() else None))
        return result

    def _hand_over(self) -> None:
        if self.order is None:
            return
        choices, collector = self.choices(), self.handover_collector.text()
        method = self.order.checkin_method

        def call(store: LocalStore, order_id: str) -> HandoverReceipt:
            return pickup.hand_over(store, order_id, choices, method, collector)

        self.act.emit("hand_over", call)
