"""The status bar of an associate tablet: online or not, what waits to be sent, the last
exchange with the central API, what needs looking at (staff information: hidden on a
kiosk)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from kiosk.services.status import SyncStatus
from kiosk.ui.partials import fmt
from kiosk.ui.shell.style import set_style_state


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    return label


class StatusBar(QStatusBar):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.setObjectName("status_bar")
        self.setSizeGripEnabled(False)
        self.language = language
        self.connectivity = _label("status_connectivity")
        self.pending = _label("status_pending")
        self.last_sync = _label("status_last_sync")
        self.attention = _label("status_attention")
        for label in (self.connectivity, self.pending, self.last_sync):
            self.addWidget(label)
        self.addPermanentWidget(self.attention)

    def show_connectivity(self, online: bool | None) -> None:
        if online is None:
            text, state = self.tr("● Connecting…"), "unknown"
        elif online:
            text, state = self.tr("● Online"), "online"
        else:
            text, state = self.tr("● Offline: working from the local copy"), "offline"
        self.connectivity.setText(text)
        set_style_state(self.connectivity, "state", state)

    def show_status(self, status: SyncStatus) -> None:
        pending = self.tr("%Ln event(s) waiting to be sent", "", status.pending_events)
        if status.oldest_pending_at is not None:
            pending += " " + self.tr("(oldest %1)").replace("%1", fmt.ago(status.oldest_pending_at))
        self.pending.setText(pending)
        self.last_sync.setText(
            self.tr("Sent: %1 · Received: %2")
            .replace("%1", fmt.ago(status.last_push_ok_at))
            .replace("%2", fmt.ago(status.last_pull_ok_at)))
        attention = status.dead_letters + status.open_conflicts
        warnings = []
        if attention:
            warnings.append(self.tr("⚠ %n to look at on the Sync page", "", attention))
        if status.stalled_since is not None:
            warnings.append(self.tr("⚠ queue not moving since %1")
                            .replace("%1", fmt.ago(status.stalled_since)))
        self.attention.setText("   ".join(warnings))
