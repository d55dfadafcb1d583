"""Which handler judges which event, keyed on the payload's model: the handler receives the
payload already validated and typed as that model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from cloud_stub.judging.outcome import Outcome
from cloud_stub.models import Device
from sync.protocol import Event, EventPayload

P = TypeVar("P", bound=EventPayload)
Handler = Callable[[Session, Device, Event, P], Outcome]

HANDLERS: dict[type[EventPayload], Handler[Any]] = {}


def handles(*models: type[P]) -> Callable[[Handler[P]], Handler[P]]:
    """Register the decorated function as the judge of events carrying these models."""
    def register(handler: Handler[P]) -> Handler[P]:
        for model in models:
            if model in HANDLERS:
                raise RuntimeError(f"two handlers for {model.event_type}")
            HANDLERS[model] = handler
        return handler
    return register
