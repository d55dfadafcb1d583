"""The Sync page: what is waiting to be sent, what came back refused, what to do about it."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from kiosk.services import attention
from kiosk.services.attention import AttentionItem
from kiosk.services.status import SyncStatus
from kiosk.ui.partials import fmt, widgets
from kiosk.ui.shell.context import Page, PageContext
from kiosk.ui.sync_status.attention_model import AttentionTableModel


class SyncPage(Page):
    """Real figures (connection, last sync, the queue, the local copy) and what needs a person:
    dead letters and conflicts, each with what to do, until someone resolves it."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, "page_sync")
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(widgets.title(self.tr("Synchronisation"), "sync_title"))
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
        self.attention = widgets.table("sync_attention_table", self.attention_model,
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
