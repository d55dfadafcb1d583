"""Shared fixtures: a real PostgreSQL server, the real `cloud-stub` on a loopback port."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keys of the tests' local databases (one file per data directory, when no keyring) go to
# a directory of their own, not the user's config; the test processes' children inherit it.
os.environ["XDG_CONFIG_HOME"] = __import__("tempfile").mkdtemp(prefix="store-edge-config-")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import glob
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, text

from tests.tls import tls_files

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cloud_stub(*args: str) -> str:
    """Run the real `cloud-stub` command line and return its standard output."""
    result = subprocess.run([sys.executable, "-m", "cloud_stub", *args],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


# --- PostgreSQL --------------------------------------------------------------------------------


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


@dataclass
class PostgresServer:
    host: str
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def create_database(self) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return name

    def drop_database(self, name: str) -> None:
        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


class NoPostgres(RuntimeError):
    """PostgreSQL cannot run here (not installed, or root without runuser)."""


@contextmanager
def postgres_cluster(durable: bool = False,
                     settings: Sequence[str] = ()) -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL cluster on 127.0.0.1, removed afterwards. `durable`: fsync
    on, as in production (the tests run without it); `settings`: more `-c name=value`."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise NoPostgres("PostgreSQL is not installed (make test installs it with apt-get "
                         "as root)")
    workdir = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: run the cluster as `postgres`
        if shutil.which("runuser") is None:
            raise NoPostgres("running as root without runuser: cannot start PostgreSQL")
        shutil.chown(workdir, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data = workdir / "data"
    port = free_port()
    subprocess.run([*run_as, initdb, "-D", str(data), "-A", "trust", "-U", "postgres",
                    "--no-sync"], check=True, capture_output=True)
    options = f"-h 127.0.0.1 -p {port} -k {workdir}" + ("" if durable else " -F")
    options += "".join(f" -c {setting}" for setting in settings)
    subprocess.run([*run_as, pg_ctl, "-D", str(data), "-l", str(workdir / "log"), "-w", "-o",
                    options, "start"], check=True, capture_output=True)
    try:
        yield PostgresServer("127.0.0.1", port, "postgres")
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL cluster for the whole test session."""
    try:
        with postgres_cluster() as server:
            yield server
    except NoPostgres as exc:
        pytest.skip(str(exc))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty central database: a SQLite file, then the same test on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cloud.db'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


# --- the real central API ------------------------------------------------------------------


@dataclass
class RunningServer:
    url: str
    db_url: str
    process: subprocess.Popen[bytes]
    log: Path

    def device_token(self, store: str, kind: str = "tablet") -> str:
        return cloud_stub("device", "add", "--store", store, "--db", self.db_url, "--print-token",
                          "--kind", kind).strip().splitlines()[-1]

    def requests_served(self) -> dict[str, float]:
        """Requests answered so far per `METHOD route`, from the server's /metrics."""
        verify = str(tls_files().ca_file) if self.url.startswith("https") else True
        text = requests.get(f"{self.url}/metrics", timeout=5, verify=verify).text
        served: dict[str, float] = {}
        for line in text.splitlines():
            if line.startswith("cloudstub_http_request_duration_seconds_count{"):
                labels = dict(part.split("=", 1) for part in
                              line[line.index("{") + 1:line.index("}")].split(","))
                key = f"{labels['method'].strip(chr(34))} {labels['route'].strip(chr(34))}"
                served[key] = served.get(key, 0) + float(line.rsplit(" ", 1)[1])
        return served


def start_server(db_url: str, workdir: Path, port: int | None = None,
                 tls: bool = False, options: Sequence[str] = ()) -> RunningServer:
    """`tls`: HTTPS with a certificate of the test CA (`tests.tls.tls_files()`);
    `options`: more `serve` options (`--workers 2`)."""
    port = port or free_port()
    log = workdir / f"cloud-stub-{port}.log"
    serve = [sys.executable, "-m", "cloud_stub", "serve", "--db", db_url, "--port", str(port),
             *options]
    if tls:
        serve += ["--tls-cert", str(tls_files().cert_file), "--tls-key", str(tls_files().key_file)]
    with log.open("wb") as out:
        process = subprocess.Popen(serve, stdout=out, stderr=subprocess.STDOUT)
    url = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    verify: str | bool = str(tls_files().ca_file) if tls else True
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(f"{url}/health", timeout=1, verify=verify).ok:
                return RunningServer(url, db_url, process, log)
        except requests.RequestException:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"cloud-stub did not start:\n{log.read_text()}")
        time.sleep(0.1)


def stop_server(server: RunningServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(10)


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The full demo seed, made once by the real `cloud-stub seed`; copied per server."""
    path = tmp_path_factory.mktemp("seed") / "cloud.db"
    cloud_stub("seed", "--db", f"sqlite:///{path}")
    return str(path)


@pytest.fixture
def server(seeded_db: str, tmp_path: Path) -> Iterator[RunningServer]:
    """The real `cloud-stub serve` over TLS on a free loopback port, on a fresh copy of the
    seed."""
    db = tmp_path / "cloud.db"
    shutil.copy(seeded_db, db)
    running = start_server(f"sqlite:///{db}", tmp_path, tls=True)
    try:
        yield running
    finally:
        stop_server(running)
