"""Child process for the crash test: records events in a loop through the real service.

After each committed action it prints `seq id`; the parent kills it with SIGKILL at
random moments and checks that every reported event survived.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from kiosk.services.customers import identify_customer
from kiosk.store import LocalStore
from kiosk.store.models import OutboxEvent


def main() -> None:
    store = LocalStore(Path(sys.argv[1]), sys.argv[2])
    print("ready", flush=True)
    while True:
        identify_customer(store, "C1", "card")
        with store.read() as session:
            seq, event_id = session.execute(
                select(OutboxEvent.seq, OutboxEvent.id).order_by(OutboxEvent.seq.desc()).limit(1)
            ).one()
        print(seq, event_id, flush=True)


if __name__ == "__main__":
    main()
