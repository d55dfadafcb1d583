"""A device's identity end to end, over real TLS: enrolled with a pairing code on its first
screen (no token on a command line), taken back by the store (its data erased, said on
screen), never talking in clear to another machine, never to a server it does not trust."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cloud_stub.models import Device
from kiosk.app import build_window
from kiosk.config import ConfigError, load_settings
from kiosk.ui import automation as ui
from kiosk.ui.enrol.window import EnrolWindow
from sync.client import ApiClient, UntrustedServer
from sync.transport import session as tls_session
from tests.conftest import RunningServer, cloud_stub
from tests.e2e.helpers import WAIT_MS, open_window, server_session, sync_round
from tests.tls import tls_files


def test_a_new_tablet_is_enrolled_with_a_pairing_code_typed_on_its_first_screen(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    code = cloud_stub("device", "add", "--store", "S001", "--name", "desk 3", "--db",
                      server.db_url).strip().splitlines()[-1]
    token_file = tmp_path / "config" / "device-token"
    settings = load_settings(["--api", server.url, "--ca-file", str(tls_files().ca_file),
                              "--data-dir", str(tmp_path / "data"), "--token-file",
                              str(token_file), "--lang", "en", "--sync-interval", "3600"],
                             env={})
    assert not settings.enrolled
    enrolment = EnrolWindow(settings)
    qtbot.addWidget(enrolment)
    enrolment.show()
    ui.type_into(enrolment, "enrol_code", "WRONG-CODE")
    ui.tap(enrolment, "enrol_button")
    qtbot.wait_until(lambda: "not known" in ui.text_of(enrolment, "enrol_message"),
                     timeout=WAIT_MS)
    assert not token_file.exists()
    ui.type_into(enrolment, "enrol_code", code.lower())
    with qtbot.wait_signal(enrolment.enrolled, timeout=WAIT_MS) as enrolled:
        ui.tap(enrolment, "enrol_button")
    enrolment.shutdown()
    ready = enrolled.args[0]
    assert ready.enrolled and token_file.read_text() == ready.token
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600  # readable by this user only
    # The next start reads the token from the file: no token on the command line.
    again = load_settings(["--api", server.url, "--ca-file", str(tls_files().ca_file),
                           "--data-dir", str(tmp_path / "data"), "--token-file",
                           str(token_file)], env={})
    assert again.token == ready.token
    window = build_window(again)
    qtbot.addWidget(window)
    try:
        with qtbot.wait_signal(window.sync.round_finished, timeout=WAIT_MS) as finished:
            window.sync.sync_now()
        assert finished.args[0].error is None
    finally:
        window.shutdown()
        window.device.close()
    with server_session(server) as session:
        device = session.scalars(select(Device).where(Device.name == "desk 3")).one()
        assert device.last_seen_at is not None and device.app_version == "0.1.0"


def test_a_revoked_device_erases_its_data_and_says_so(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    data_dir = tmp_path / "t"
    window = open_window(qtbot, server.url, server.device_token("S001"), data_dir)
    token_file = tmp_path / "t.token"
    token_file.write_text(window.settings.token)
    sync_round(qtbot, window)  # the customers, orders and staff of the store, copied here
    assert any(data_dir.iterdir())
    cloud_stub("device", "revoke", "--device", window.settings.device_id, "--db",
               server.db_url)
    window.sync.sync_now()
    qtbot.wait_until(lambda: ui.shown(window, "page_removed"), timeout=WAIT_MS)
    removed = window.findChild(QLabel, "removed_title")
    assert removed is not None and "removed from the store" in removed.text()
    assert list(data_dir.iterdir()) == [] and not token_file.exists()
    assert window.workspace is None and window.login is None  # nobody's data on screen
    window.shutdown()


def test_plain_http_to_another_machine_is_refused_at_start() -> None:
    with pytest.raises(ConfigError, match="in clear"):
        load_settings(["--api", "http://10.20.30.40:8700", "--token", "dev-1.secret"],
                      env={})
    from kiosk.app import main

    assert main(["--api", "http://10.20.30.40:8700", "--token", "dev-1.secret"]) == 2


def test_only_a_trusted_and_pinned_server_is_spoken_to(server: RunningServer) -> None:
    token = server.device_token("S001")
    device_id = token.split(".")[0]
    untrusted = ApiClient(server.url, token, http=tls_session(tls_files().other_ca_file))
    with pytest.raises(UntrustedServer, match="not trusted"):
        untrusted.device_status()
    wrong_pin = ApiClient(server.url, token, http=tls_session(
        tls_files().ca_file, pin="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
    with pytest.raises(UntrustedServer, match="pinned key"):
        wrong_pin.device_status(pending_events=7)
    with server_session(server) as session:
        device = session.get(Device, device_id)
        assert device is not None and device.last_seen_at is None  # nothing reached it
    pin = cloud_stub("pin", "--cert", str(tls_files().cert_file)).strip()
    pinned = ApiClient(server.url, token, http=tls_session(tls_files().ca_file, pin=pin))
    assert pinned.device_status(pending_events=7).device_id == device_id
