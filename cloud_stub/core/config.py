"""All of the central API's settings in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_path


def default_db_url() -> str:
    """The demo SQLite file, unless CLOUD_STUB_DB_URL names another database."""
    env = os.environ.get("CLOUD_STUB_DB_URL")
    if env:
        return env
    path = Path(user_data_path("store-edge", ensure_exists=True)) / "cloud-stub-demo.db"
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=default_db_url)
    host: str = "127.0.0.1"
    port: int = 8700
    pass_ttl_seconds: int = 600
    """Lifetime of a store pass: short, a screenshot of it is useless minutes later."""
