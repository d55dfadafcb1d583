"""Locust users for `bench/central_load.py`: store devices as the sync engine drives them.

Each user is one enrolled device of one store. A round is what `sync.engine` does: ask
`/v1/devices/me` for the feed heads, push the events recorded since the last round, pull
every feed whose head moved (or all of them after a push). Events are a Saturday's mix of
desk work, made from the store's own orders and products (`CENTRAL_LOAD_DEVICES`, a JSON
file the bench writes), so that the server applies them rather than refusing them.

Shapes, chosen by `CENTRAL_LOAD_PART`:
- `saturday`: every device runs a round every `CENTRAL_LOAD_ROUND_S` seconds;
- `flat_out`: each device pushes a batch of `CENTRAL_LOAD_BATCH` events as soon as the
  last one is answered (no pulls);
- `overload`: like flat out, with as many devices as the bench starts.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import time
from typing import Any

from locust import FastHttpUser, between, constant_pacing, events, task

from bench.saturday_mix import Desk
from sync.protocol import FEEDS

PART = os.environ.get("CENTRAL_LOAD_PART", "saturday")
ROUND_S = float(os.environ.get("CENTRAL_LOAD_ROUND_S", "15"))
BATCH = int(os.environ.get("CENTRAL_LOAD_BATCH", "10"))
EVENTS_PER_ROUND = (0, 1, 1, 1, 1, 2)
"""A device's events in one Saturday round: about 1.1 on average."""

with open(os.environ["CENTRAL_LOAD_DEVICES"], encoding="utf-8") as source:
    DEVICES: list[dict[str, Any]] = json.load(source)
_next_device = itertools.count()
OUTCOMES: dict[str, int] = {}


@events.spawning_complete.add_listener
def _steady(user_count: int, **_kw: Any) -> None:
    OUTCOMES.clear()  # count the steady part only, as `--reset-stats` does for requests


@events.quitting.add_listener
def _tell_outcomes(environment: Any, **_kw: Any) -> None:
    with open(os.environ["CENTRAL_LOAD_OUTCOMES"], "w", encoding="utf-8") as out:
        json.dump(OUTCOMES, out)


class StoreDevice(FastHttpUser):
    """One enrolled tablet or kiosk."""

    wait_time = constant_pacing(ROUND_S) if PART == "saturday" else between(0, 0)

    def on_start(self) -> None:
        number = next(_next_device)
        self.device = DEVICES[number % len(DEVICES)]
        self.desk = Desk(self.device, random.Random(number))
        self.auth = {"Authorization": f"Bearer {self.device['token']}"}
        self.rng = random.Random(number)
        if PART == "saturday":  # the doors open: every feed held to its head (the
            self.cursors: dict[str, str] = dict(self.device["heads"])  # bench read them)
            return
        # a later part: its events go on from the last seq the server holds
        while True:
            with self.client.get("/v1/devices/me", headers=self.auth,
                                 name="/v1/devices/me (start)",
                                 catch_response=True) as answer:
                if answer.status_code == 200:
                    status = answer.json()
                    break
                answer.success()
            time.sleep(float(answer.headers.get("Retry-After") or 1))
        self.cursors = dict(status.get("heads", {}))
        self.desk.seq = int(status["highest_seq"])

    @staticmethod
    def _turned_away(answer: Any) -> bool:
        """503 with Retry-After: not an error, the device waits (counted apart)."""
        if answer.status_code == 503 and answer.headers.get("Retry-After"):
            answer.success()
            OUTCOMES["503"] = OUTCOMES.get("503", 0) + 1
            return True
        return False

    def _status(self) -> dict[str, str] | None:
        """The feed heads; None when the server did not answer them (the round stops)."""
        with self.client.get("/v1/devices/me", headers=self.auth, name="/v1/devices/me",
                             catch_response=True) as answer:
            if self._turned_away(answer):
                return None
            if answer.status_code != 200:
                answer.failure(f"{answer.status_code}")
                return None
            return dict(answer.json().get("heads", {}))

    def _push(self, events_: list[dict[str, Any]]) -> dict[str, str] | None:
        """The heads after the batch, or None when it was not taken."""
        body = {"device_id": self.device["id"], "events": events_}
        with self.client.post("/v1/events", json=body, headers=self.auth, name="/v1/events",
                              catch_response=True) as answer:
            if self._turned_away(answer):
                self.desk.seq -= len(events_)  # recorded again, sent next time
                return None
            if answer.status_code != 200:
                answer.failure(f"{answer.status_code}")
                return None
            body = answer.json()
            for result in body["results"]:
                OUTCOMES[result["status"]] = OUTCOMES.get(result["status"], 0) + 1
        return dict(body.get("heads", {}))

    def _pull(self, feed: str) -> None:
        while True:
            params = {"feed": feed, "limit": 200}
            if self.cursors.get(feed):
                params["cursor"] = self.cursors[feed]
            with self.client.get("/v1/changes", params=params, headers=self.auth,
                                 name=f"/v1/changes {feed}", catch_response=True) as answer:
                if self._turned_away(answer):
                    return
                if answer.status_code != 200:
                    answer.failure(f"{answer.status_code}")
                    return
                page = answer.json()
            self.cursors[feed] = page["cursor"]
            if not page["has_more"]:
                return

    @task
    def work(self) -> None:
        if PART != "saturday":
            batch: list[dict[str, Any]] = []
            while len(batch) < BATCH:
                batch += self.desk.next_events()
            self._push(batch)
            return
        # as `sync.engine` does: a round the server turns away (503) stops there, and the
        # device comes back at its next round
        heads = self._status()
        if heads is None:
            return
        pending: list[dict[str, Any]] = []
        for _ in range(self.rng.choice(EVENTS_PER_ROUND)):
            pending += self.desk.next_events()
        if pending:
            heads = self._push(pending)
            if heads is None:
                return
        for feed in FEEDS:
            if heads.get(feed) != self.cursors.get(feed):
                self._pull(feed)
