"""The local database's key: 256 random bits, held outside the database.

Where it is kept, strongest first: the OS keyring when the platform has one (Secret
Service, Keychain, Windows Credential Locker), else a file readable by this user only (0600)
in the platform's config directory (`Settings.key_file`), which a fleet's device management
may provision at enrolment. A key is made only for a device with no database yet: a
database whose key is gone is never replaced by an empty one.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from pathlib import Path

log = logging.getLogger(__name__)

KEYRING_SERVICE = "store-edge"
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


class KeyProblem(RuntimeError):
    """The database cannot be opened with the key there is: the message says what to do.
    Nothing is changed on disk."""


def new_key() -> str:
    return secrets.token_hex(32)


def _keyring() -> object | None:
    """The OS keyring, when there is a real one (not the fail or null backends)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return backend


def _read_file(path: Path) -> str | None:
    if not path.is_file():
        return None
    key = path.read_text().strip().lower()
    if not _HEX_KEY.match(key):
        raise KeyProblem(f"the database key file {path} is damaged (it should hold 64 "
                         "hexadecimal digits): restore it from the device's backup")
    return key


def _write_file(path: Path, key: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(key)
        out.flush()
        os.fsync(out.fileno())


def database_key(database: Path, key_file: Path) -> str:
    """The key of the database at `database`, made and kept on first use."""
    account = f"db:{database.resolve()}"
    ring = _keyring()
    if ring is not None:
        stored = ring.get_password(KEYRING_SERVICE, account)  # type: ignore[attr-defined]
        if stored:
            return str(stored)
    stored = _read_file(key_file)
    if stored is not None:
        return stored
    if database.exists() and database.stat().st_size > 0 and not is_plain_sqlite(database):
        raise KeyProblem(f"the key of the local database {database} is missing (not in the "
                         f"system keyring, no {key_file}): restore the key, or erase the "
                         "device and enrol it again. The database was left as it is.")
    key = new_key()
    if ring is not None:
        ring.set_password(KEYRING_SERVICE, account, key)  # type: ignore[attr-defined]
        log.info("database key kept in the system keyring")
    else:
        _write_file(key_file, key)
        log.info("database key kept in %s (0600)", key_file)
    return key


def is_plain_sqlite(path: Path) -> bool:
    """An unencrypted SQLite file (a device upgraded from a version that did not encrypt)."""
    with path.open("rb") as file:
        return file.read(16) == b"SQLite format 3\x00"


def forget_key(database: Path, key_file: Path) -> list[str]:
    """The device is erased: without its key, any copy of the database left anywhere is
    unreadable. Returns where the key was."""
    gone = []
    ring = _keyring()
    account = f"db:{database.resolve()}"
    if ring is not None and ring.get_password(KEYRING_SERVICE, account):  # type: ignore[attr-defined]
        ring.delete_password(KEYRING_SERVICE, account)  # type: ignore[attr-defined]
        gone.append(f"keyring:{KEYRING_SERVICE}/{account}")
    if key_file.exists():
        key_file.unlink()
        gone.append(str(key_file))
    return gone
