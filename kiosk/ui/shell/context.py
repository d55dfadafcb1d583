"""What every page is given (the device, the task runner, sync, how to speak to the
user) and the page they all are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from kiosk.services import customer_view
from kiosk.services.device import Device
from kiosk.services.errors import ActionRefused
from kiosk.services.scans import ScanOutcome
from kiosk.services.staff import StaffMember
from kiosk.ui.shell.bridge import TaskRunner
from kiosk.ui.shell.sync_controller import SyncController


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

class Page(QWidget):
    """One page of the associate's workspace."""

    def __init__(self, context: PageContext, name: str) -> None:
        super().__init__()
        self.context = context
        self.setObjectName(name)

    def on_shown(self) -> None:
        """Called each time the page comes to the front."""

    def take_scan(self, outcome: ScanOutcome) -> bool:
        """A scan while this page is in front: True when the page used it (the returns
        desk lists a scanned customer's purchases); False lets it open what it names."""
        return False

    def _failed(self, error: BaseException) -> None:
        level = "warning" if isinstance(error, ActionRefused) else "error"
        self.context.notify(self.context.explain(error), level)
