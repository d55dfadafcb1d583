"""Asking a customer how their visit went (`docs/kpis.md`, satisfaction): the kiosk after a
check-in, a return ticket or a call for help, and the tablet's customer screen after a
handover, a return or an associate's help. Each offer is a visit signed by this device;
the answer, or the lack of one, is a `feedback.given` event that names nobody."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from kiosk.config import Settings
from kiosk.services.outbox import acting_staff, record_event
from kiosk.store import LocalStore
from sync import visits
from sync.protocol import FeedbackGivenPayload, FeedbackTag
from sync.rules.kpis import Touchpoint
from sync.sqltypes import utcnow

TAGS: tuple[FeedbackTag, ...] = ("wait", "staff", "product", "store")
"""The themes a customer may tap, in the order shown."""


def offer(settings: Settings, touchpoint: Touchpoint) -> str | None:
    """A new visit's signed reference; None on a device not enrolled (nothing could be
    checked by the central API, so nothing is asked)."""
    if not settings.enrolled:
        return None
    return visits.sign(visits.signing_key(settings.token), settings.device_id, touchpoint,
                       utcnow().date())


def record(store: LocalStore, visit: str, score: int | None,
           tags: Sequence[FeedbackTag] = ()) -> None:
    """The customer's answer (score None: offered and left unanswered). Recorded as the
    customer's: no staff member is named, whoever is logged in on the tablet."""
    parsed = visits.parse(visit)
    if parsed is None:
        raise ValueError(f"not a visit reference: {visit!r}")
    payload = FeedbackGivenPayload(visit=visit, touchpoint=parsed.touchpoint, score=score,
                                   tags=list(dict.fromkeys(tags)) if score else [])
    nobody = acting_staff.set(None)
    try:
        with store.write() as session:
            record_event(session, f"visit:{parsed.visit_id}", payload)
    finally:
        acting_staff.reset(nobody)


def survey_link(shop_url: str, visit: str) -> str:
    """The receipt's link to the shop's short survey for this visit."""
    return f"{shop_url.rstrip('/')}/survey?visit={quote(visit)}&utm_source=store_receipt"
