from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_settings


def test_flags_beat_environment_beat_file(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('api_url = "https://file:1"\ntoken = "dev-file.s"\nlanguage = "en"\n'
                      'mode = "kiosk"\n')
    env = {"KIOSK_API_URL": "https://env:2", "KIOSK_TOKEN": "dev-env.s"}
    settings = load_settings(["--token", "dev-flag.s"], env=env, config_file=config)
    assert settings.api_url == "https://env:2"
    assert settings.token == "dev-flag.s" and settings.device_id == "dev-flag"
    assert settings.language == "en" and settings.mode == "kiosk"


@pytest.mark.parametrize(("argv", "env", "words"), [
    (["--token", "no-dot"], {}, "device token reads"),
    (["--token", "dev.s", "--api", "ftp://x"], {}, "https://"),
    (["--token", "dev.s", "--api", "http://192.168.1.20:8700"], {}, "in clear"),
    (["--token", "dev.s"], {"KIOSK_MODE": "shop"}, "mode must be one of"),
    (["--token", "dev.s"], {"KIOSK_SYNC_INTERVAL": "soon"}, "sync interval"),
])
def test_bad_settings_say_what_to_fix(tmp_path: Path, argv: list[str], env: dict[str, str],
                                      words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        load_settings(argv, env=env, config_file=tmp_path / "none.toml")


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("token = ")
    with pytest.raises(ConfigError, match=r"kiosk\.toml"):
        load_settings([], env={}, config_file=config)


def test_without_a_token_the_device_enrols_and_then_reads_its_token_file(
        tmp_path: Path) -> None:
    token_file = tmp_path / "device-token"
    fresh = load_settings(["--token-file", str(token_file)], env={},
                          config_file=tmp_path / "none.toml")
    assert not fresh.enrolled  # the first screen asks for a pairing code
    token_file.write_text("dev-9.secret\n")
    again = load_settings(["--token-file", str(token_file)], env={},
                          config_file=tmp_path / "none.toml")
    assert again.enrolled and again.device_id == "dev-9"
