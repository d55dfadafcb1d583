"""Child process for the kill -9 tests: one sync round of the app's real sync stack that
SIGKILLs itself at a chosen point (the same as being killed from outside at that moment).

Points: before_send (the batch is built, nothing sent), after_commit (the server committed
and answered, the tablet has not marked anything), during_pull (inside the transaction
that applies a feed page, before its commit), random (a kill after a random delay).
"""

from __future__ import annotations

import os
import random
import signal
import sys
import threading
from pathlib import Path

from kiosk.config import Settings
from kiosk.services.device import open_device
from kiosk.store import replica


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    data_dir, api_url, token, point = sys.argv[1:5]
    device = open_device(Settings(api_url=api_url, token=token, data_dir=Path(data_dir)))
    client = device.sync.client
    real_push = client.push
    if point == "before_send":
        client.push = lambda batch: die()  # type: ignore[method-assign]
    elif point == "after_commit":
        def push_then_die(batch):  # type: ignore[no-untyped-def]
            real_push(batch)
            die()
        client.push = push_then_die  # type: ignore[method-assign]
    elif point == "during_pull":
        # inside the transaction that applies a customers page, before its commit
        replica._index_cards = lambda *args: die()
    elif point == "random":
        threading.Timer(random.uniform(0.0, 0.4), die).start()
    report = device.sync.sync_once()
    print(f"survived: {report}", flush=True)


if __name__ == "__main__":
    main()
