"""A store's omnichannel figures (`docs/kpis.md`), and the chain's beside them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, status

from cloud_stub.api.deps import DeviceDep, SessionDep, require_store, require_tablet
from cloud_stub.crud.kpis import ChainFigures, figures
from sync.rules.kpis import Grain, next_period, periods

router = APIRouter(prefix="/v1", tags=["kpis"])

MAX_DAYS = 366
"""A year at most per request: a figure over longer is a report, not a screen."""


@router.get("/stores/{store_id}/kpis")
def store_kpis(store_id: str, device: DeviceDep, session: SessionDep, request: Request,
               from_: Annotated[date, Query(alias="from")],
               to: Annotated[date, Query(description="the last local day, included")],
               grain: Grain = Grain.DAY,
               chain: Annotated[bool, Query(description="the chain's figures beside")] = True,
               ) -> dict[str, Any]:
    """The store's figures for the local days from..to, per period of `grain`, each with
    the chain's (computed once per period for every store: `ChainFigures`). A store's
    tablets only: 403 for another store and for a kiosk."""
    require_tablet(device, "read the store's figures")
    require_store(device, store_id)
    end = to + timedelta(days=1)
    if not from_ < end or (end - from_).days > MAX_DAYS:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            f"from must be on or before to, and at most {MAX_DAYS} days before")
    bounds = [(max(start, from_), min(next_period(start, grain), end))
              for start in periods(from_, end, grain)]  # clipped to the days asked
    chain_figures: ChainFigures = request.app.state.chain_figures
    return {"store_id": store_id, "grain": grain.value, "periods": [
        {"store": figures(session, store_id, first, last).as_dict(),
         "chain": chain_figures.get(session, first, last).as_dict() if chain else None}
        for first, last in bounds]}
