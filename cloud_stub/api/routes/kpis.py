"""A store's omnichannel figures (`docs/kpis.md`), and the chain's beside them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, status

from cloud_stub.api.deps import (
    DeviceDep,
    SessionDep,
    require_manager,
    require_store,
    require_tablet,
)
from cloud_stub.crud.kpis import ChainFigures, report
from sync.rules.kpis import Grain

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
    tablets only, with one of its managers logged in: 403 for another store, a kiosk, an
    associate."""
    require_tablet(device, "read the store's figures")
    require_store(device, store_id)
    require_manager(request, session, device, "read the store's figures")
    end = to + timedelta(days=1)
    if not from_ < end or (end - from_).days > MAX_DAYS:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            f"from must be on or before to, and at most {MAX_DAYS} days before")
    chain_figures: ChainFigures = request.app.state.chain_figures
    return report(session, store_id, from_, end, grain, chain_figures if chain else None)
