"""Local SQLite store: engine and pragmas, typed models, Alembic migrations."""

from kiosk.store.db import LocalStore

__all__ = ["LocalStore"]
