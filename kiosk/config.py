"""Settings, from (strongest first) command-line flags, KIOSK_* environment variables,
a TOML file in the platform's config directory, and defaults."""

from __future__ import annotations

import argparse
import hashlib
import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_config_path, user_data_path

from sync.transport import InsecureUrl, check_url

Mode = Literal["associate", "kiosk"]
MODES: tuple[str, ...] = ("associate", "kiosk")
LANGUAGES: tuple[str, ...] = ("fr", "en")


def default_config_file() -> Path:
    return Path(user_config_path("store-edge")) / "kiosk.toml"


def default_token_file() -> Path:
    return Path(user_config_path("store-edge")) / "device-token"


def default_data_dir() -> Path:
    return Path(user_data_path("store-edge")) / "kiosk"


class ConfigError(ValueError):
    """A setting is missing or invalid; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    api_url: str = "http://127.0.0.1:8700"
    token: str = ""
    data_dir: Path = field(default_factory=default_data_dir)
    mode: Mode = "associate"
    language: str = "fr"
    sync_interval_s: float = 15.0
    """Seconds between two sync rounds when nothing else triggers one."""
    customer_idle_s: float = 120.0
    """An open customer is closed after this long without a touch or a key (privacy)."""
    kiosk_idle_s: float = 60.0
    """Kiosk mode: back to the welcome screen, every trace of the customer cleared, after
    this long without a touch or a scan."""
    lock_idle_s: float = 300.0
    """Associate mode: the tablet locks (PIN to come back) after this long untouched."""
    shop_url: str = "https://shop.example.com"
    """The shop's website: "Continue on my phone" links to a product or cart there."""
    ca_file: Path | None = None
    """A chain's own certificate authority (PEM), trusted besides the system's store."""
    pin_sha256: str = ""
    """The central API's public key, pinned: base64 SHA-256 of its SubjectPublicKeyInfo
    (`cloud-stub pin --cert F` prints it). A server with another key is refused."""
    token_file: Path = field(default_factory=default_token_file)
    """Where enrolment keeps the device token (readable by this user only)."""
    key_file: Path | None = None
    """Where the local database's key is kept (0600) when the system has no keyring; never
    in the data directory. None: one file per data directory in the config directory."""
    camera: str = ""
    """Which camera scans: "" lets the associate pick one in the camera panel (the first
    camera the system reports until then), an index ("0") or a device path/URL fixes it,
    "off" disables camera scanning (a handheld scanner still works)."""

    @property
    def device_id(self) -> str:
        """A device token reads `<device id>.<secret>`."""
        return self.token.partition(".")[0]

    @property
    def database_key_file(self) -> Path:
        if self.key_file is not None:
            return self.key_file
        name = hashlib.sha256(str(self.data_dir.resolve()).encode()).hexdigest()[:16]
        return Path(user_config_path("store-edge")) / "keys" / f"{name}.key"

    @property
    def enrolled(self) -> bool:
        return "." in self.token

    def validated(self) -> Settings:
        if self.token and "." not in self.token:
            raise ConfigError("the device token reads <device id>.<secret>: check --token or "
                              "KIOSK_TOKEN (or enrol the device with a pairing code)")
        if self.mode not in MODES:
            raise ConfigError(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if self.language not in LANGUAGES:
            raise ConfigError(
                f"language must be one of {', '.join(LANGUAGES)}, not {self.language!r}"
            )
        try:
            check_url(self.api_url)
        except InsecureUrl as exc:
            raise ConfigError(str(exc)) from None
        if self.ca_file is not None and not self.ca_file.is_file():
            raise ConfigError(f"ca file {self.ca_file} does not exist")
        if self.sync_interval_s < 1:
            raise ConfigError("sync interval must be at least 1 second")
        if self.customer_idle_s < 5:
            raise ConfigError("customer idle must be at least 5 seconds")
        if self.kiosk_idle_s < 5:
            raise ConfigError("kiosk idle must be at least 5 seconds")
        if self.lock_idle_s < 15:
            raise ConfigError("lock idle must be at least 15 seconds")
        if not self.shop_url.startswith(("http://", "https://")):
            raise ConfigError(f"shop url must start with http:// or https://, not "
                              f"{self.shop_url!r}")
        return self


ENV_NAMES = {
    "api_url": "KIOSK_API_URL",
    "token": "KIOSK_TOKEN",
    "data_dir": "KIOSK_DATA_DIR",
    "mode": "KIOSK_MODE",
    "language": "KIOSK_LANG",
    "sync_interval_s": "KIOSK_SYNC_INTERVAL",
    "camera": "KIOSK_CAMERA",
    "customer_idle_s": "KIOSK_CUSTOMER_IDLE",
    "kiosk_idle_s": "KIOSK_KIOSK_IDLE",
    "lock_idle_s": "KIOSK_LOCK_IDLE",
    "shop_url": "KIOSK_SHOP_URL",
    "ca_file": "KIOSK_CA_FILE",
    "pin_sha256": "KIOSK_PIN_SHA256",
    "token_file": "KIOSK_TOKEN_FILE",
    "key_file": "KIOSK_KEY_FILE",
}


def _coerce(name: str, value: Any) -> Any:
    if name in ("data_dir", "ca_file", "token_file", "key_file"):
        return Path(value).expanduser()
    if name.endswith("_s"):
        try:
            return float(value)
        except (TypeError, ValueError):
            what = name.removesuffix("_s").replace("_", " ")
            raise ConfigError(f"{what} must be a number of seconds, not {value!r}") from None
    return str(value)


def load_settings(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None,
                  config_file: Path | None = None) -> Settings:
    env = os.environ if env is None else env
    parser = argparse.ArgumentParser(prog="kiosk", description="Store app for tablets and kiosks")
    parser.add_argument("--api", dest="api_url", help="central API URL (KIOSK_API_URL)")
    parser.add_argument("--token", help="device token (KIOSK_TOKEN)")
    parser.add_argument("--data-dir", help="local data directory (KIOSK_DATA_DIR)")
    parser.add_argument("--mode", choices=MODES, help="associate or kiosk (KIOSK_MODE)")
    parser.add_argument("--lang", dest="language", choices=LANGUAGES, help="fr or en (KIOSK_LANG)")
    parser.add_argument("--sync-interval", dest="sync_interval_s", type=float,
                        help="seconds between sync rounds (KIOSK_SYNC_INTERVAL)")
    parser.add_argument("--customer-idle", dest="customer_idle_s", type=float,
                        help="seconds before an open customer is closed (KIOSK_CUSTOMER_IDLE)")
    parser.add_argument("--kiosk-idle", dest="kiosk_idle_s", type=float,
                        help="kiosk: seconds before the welcome screen comes back "
                        "(KIOSK_KIOSK_IDLE)")
    parser.add_argument("--lock-idle", dest="lock_idle_s", type=float,
                        help="associate: seconds before the tablet locks (KIOSK_LOCK_IDLE)")
    parser.add_argument("--shop-url", dest="shop_url",
                        help="the shop's website, for links to continue on a phone "
                        "(KIOSK_SHOP_URL)")
    parser.add_argument("--camera", help="camera index or device, or off (KIOSK_CAMERA)")
    parser.add_argument("--ca-file", dest="ca_file",
                        help="the chain's own CA certificate, PEM (KIOSK_CA_FILE)")
    parser.add_argument("--pin-sha256", dest="pin_sha256",
                        help="the central API's public key pin, base64 SHA-256 "
                        "(KIOSK_PIN_SHA256)")
    parser.add_argument("--token-file", dest="token_file",
                        help="where enrolment keeps the device token (KIOSK_TOKEN_FILE)")
    parser.add_argument("--key-file", dest="key_file",
                        help="where the local database's key is kept when the system has no "
                        "keyring (KIOSK_KEY_FILE)")
    parser.add_argument("--config", type=Path, help="TOML settings file")
    args = parser.parse_args(argv)

    path = args.config or config_file or default_config_file()
    values: dict[str, Any] = {}
    if path.exists():
        try:
            from_file = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from None
        known = {f.name for f in fields(Settings)}
        values.update({k: v for k, v in from_file.items() if k in known})
    for name, var in ENV_NAMES.items():
        if env.get(var):
            values[name] = env[var]
    for name in ENV_NAMES:
        given = getattr(args, name, None)
        if given is not None:
            values[name] = given
    settings = replace(Settings(), **{k: _coerce(k, v) for k, v in values.items()})
    if not settings.token and settings.token_file.is_file():  # enrolled before
        settings = replace(settings, token=settings.token_file.read_text().strip())
    return settings.validated()


def save_token(settings: Settings, token: str) -> Settings:
    """Keep the token enrolment got, readable by this user only (0600), and use it."""
    path = settings.token_file
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(token)
    os.chmod(path, 0o600)  # an existing file keeps its mode through O_CREAT: set it
    return replace(settings, token=token)
