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
    concurrency: int = 4
    """Requests one API process works on at once, and its database connections: about
    four per core of the database server, shared among the API processes."""
    queue_wait_s: float = 1.0
    """How long a request waits for a free slot before a 503 `Retry-After`."""

    def environment(self) -> dict[str, str]:
        """The settings as environment variables, for the worker processes of `serve`."""
        return {"CLOUD_STUB_DB_URL": self.db_url,
                "CLOUD_STUB_CONCURRENCY": str(self.concurrency),
                "CLOUD_STUB_QUEUE_WAIT_S": str(self.queue_wait_s)}

    @classmethod
    def from_environment(cls) -> Settings:
        env = os.environ
        return cls(concurrency=int(env.get("CLOUD_STUB_CONCURRENCY", cls.concurrency)),
                   queue_wait_s=float(env.get("CLOUD_STUB_QUEUE_WAIT_S", cls.queue_wait_s)))
