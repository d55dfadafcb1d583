from __future__ import annotations

from fastapi import APIRouter

from sync.protocol import Health
from sync.sqltypes import utcnow

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health() -> Health:
    """Liveness: no database, no token; devices use it to tell online from offline."""
    return Health(status="ok", server_time=utcnow())
