from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status

from cloud_stub.api.deps import DeviceDep, SessionDep, require_store
from cloud_stub.core.metrics import FEED_PAGE_SECONDS
from cloud_stub.crud.feeds import BadCursor, CursorGone, read_page
from sync.protocol import DEFAULT_PAGE_SIZE, FEEDS, MAX_PAGE_SIZE, FeedPage

router = APIRouter(prefix="/v1", tags=["changes"])


@router.get("/changes", response_model=FeedPage)
def get_changes(
    device: DeviceDep,
    session: SessionDep,
    feed: Annotated[str, Query(description=f"one of {', '.join(FEEDS)}")],
    cursor: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    store: Annotated[str | None, Query(max_length=16)] = None,
) -> FeedPage:
    """One page of a change feed for the device's store, after `cursor`."""
    require_store(device, store)
    if feed not in FEEDS:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, f"unknown feed {feed!r}; feeds are {', '.join(FEEDS)}"
        )
    try:
        with FEED_PAGE_SECONDS.labels(feed).time():
            return read_page(session, feed, device.store_id, cursor, limit,
                             kiosk=device.kind == "kiosk")
    except CursorGone as exc:
        raise HTTPException(status.HTTP_410_GONE, str(exc)) from None
    except BadCursor as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None
