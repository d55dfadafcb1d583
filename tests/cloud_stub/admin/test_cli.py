"""The `cloud-stub` command line, as the README and the automation surface describe it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jwt
import requests
from alembic import command
from alembic.config import Config
from PIL import Image
from pyzbar.pyzbar import decode
from sqlalchemy import create_engine, text

from cloud_stub.core.db import MIGRATIONS_DIR
from tests.conftest import cloud_stub, start_server, stop_server


def test_seed_stores_device_and_pass(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cloud.db'}"
    assert "customers=60" in cloud_stub("seed", "--small", "--db", db)
    stores = cloud_stub("stores", "--db", db).split()
    assert stores[0] == "S001" and len(stores) >= 3
    token = cloud_stub("device", "add", "--store", "S002", "--db", db,
                       "--print-token").strip().splitlines()[-1]
    png = tmp_path / "pass.png"
    store_pass = cloud_stub("pass", "--customer", "C00002", "--png", str(png), "--db", db)\
        .strip().splitlines()[-1]
    assert jwt.get_unverified_header(store_pass)["typ"] == "store-pass"
    assert jwt.decode(store_pass, options={"verify_signature": False})["sub"] == "C00002"
    [symbol] = decode(Image.open(png))
    assert symbol.data.decode() == store_pass
    assert symbol.type == "QRCODE"

    server = start_server(db, tmp_path)
    try:
        answer = requests.get(f"{server.url}/v1/changes", params={"feed": "policy"},
                              headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert answer.status_code == 200
        assert {"S002"} == {i["id"] for i in answer.json()["items"] if i["kind"] == "store"}
        assert requests.get(f"{server.url}/docs", timeout=10).status_code == 200
    finally:
        stop_server(server)


def test_mistakes_on_the_command_line_say_what_is_wrong(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cloud.db'}"
    cloud_stub("seed", "--small", "--db", db)
    for args, words in [
        (["device", "add", "--store", "S999"], "unknown store 'S999'"),
        (["pass", "--order", "O999999"], "unknown order"),
        (["pass", "--customer", "NOPE"], "unknown customer"),
    ]:
        result = subprocess.run([sys.executable, "-m", "cloud_stub", *args, "--db", db],
                                capture_output=True, text=True)
        assert result.returncode == 2
        assert words in result.stderr


def test_serve_refuses_a_schema_that_is_not_current_until_migrate(tmp_path: Path,
                                                                  db_url: str) -> None:
    """An operator upgrading the server sees what to do, and nothing is changed on their
    database until they run `cloud-stub migrate` (after a backup)."""
    engine = create_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:  # the schema of the previous release
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
    refused = subprocess.run([sys.executable, "-m", "cloud_stub", "serve", "--db", db_url,
                              "--port", "1"], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1
    assert "revision 0008" in refused.stderr and "cloud-stub migrate" in refused.stderr
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == "0008"

    assert "schema at revision" in cloud_stub("migrate", "--db", db_url)
    engine.dispose()
    server = start_server(db_url, tmp_path)
    try:
        assert requests.get(f"{server.url}/ready", timeout=10).status_code == 200
    finally:
        stop_server(server)


def test_kpis_prints_a_store_month_beside_the_chain_and_as_csv(tmp_path: Path) -> None:
    from tests.cloud_stub.crud.test_kpis import hand_made

    db = f"sqlite:///{tmp_path / 'cloud.db'}"
    with hand_made(db):
        pass
    month = ["--store", "S1", "--from", "2026-11-01", "--to", "2026-11-30", "--db", db]
    rows = {line.split(",")[0]: line.split(",")[1:]
            for line in cloud_stub("kpis", *month, "--csv").splitlines()}
    assert rows["figure"] == ["S1", "chain"]
    assert rows["click_collect.orders"] == ["2", "3"]  # the chain adds S2's order
    assert rows["identified_share"] == ["0.5000", "0.5000"]
    assert rows["returns.rate.web"] == ["0.5000", "0.5000"]
    assert rows["basket_conversion"] == ["-", "-"]  # no basket sent: no figure, not 0
    table = cloud_stub("kpis", *month)
    assert "click_collect.collected_share" in table and "2026-11-01 to 2026-11-30" in table
    wrong = subprocess.run([sys.executable, "-m", "cloud_stub", "kpis", "--store", "S9",
                            "--from", "2026-11-01", "--to", "2026-11-30", "--db", db],
                           capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 2 and "unknown store S9" in wrong.stderr
