"""A PostgreSQL server for the tests that run on the office database.

``LEIETILEIE_TEST_PG`` names one (``postgresql://user@host:port/postgres``: ``.ci/run`` starts
a throwaway cluster on the loopback interface and sets it). Without it, a throwaway cluster is
started here from the installed PostgreSQL (``initdb`` + ``pg_ctl``, as the ``postgres`` user
when the tests run as root) and stopped at the end. Without either, the PostgreSQL half of the
tests is skipped, except under CI (``CI`` set), where it fails: CI must test both engines.

Each test gets a database of its own (``CREATE DATABASE``), dropped afterwards.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

ENV_URL = "LEIETILEIE_TEST_PG"
_counter = itertools.count(1)
_state: dict[str, object] = {}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _start_cluster() -> str:
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL is not installed (initdb/pg_ctl not found)")
    base = Path(tempfile.mkdtemp(prefix="leietileie-pg-"))
    data = base / "data"
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    subprocess.run(
        _as_postgres([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    port = _free_port()
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    options += " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    subprocess.run(
        _as_postgres([pg_ctl, "-D", str(data), "-o", options, "-l", str(base / "log"), "-w"])
        + ["start"],
        check=True,
        capture_output=True,
    )

    def stop() -> None:
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)

    atexit.register(stop)
    return f"postgresql://postgres@127.0.0.1:{port}/postgres"


def admin_url() -> str:
    """The server's maintenance database URL (starting a throwaway cluster once if needed);
    skips (or, under CI, fails) when there is no PostgreSQL."""
    if "url" in _state:
        return str(_state["url"])
    if "error" in _state:
        _unavailable(str(_state["error"]))
    url = os.environ.get(ENV_URL)
    try:
        if not url:
            url = _start_cluster()
        import psycopg

        deadline = time.monotonic() + 20
        while True:
            try:
                psycopg.connect(url, autocommit=True).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
    except Exception as exc:  # noqa: BLE001 - reported as the reason to skip/fail
        _state["error"] = f"no PostgreSQL server for the tests: {exc}"
        _unavailable(str(_state["error"]))
    _state["url"] = url
    return url


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def with_database(url: str, name: str) -> str:
    head, _, _ = url.rpartition("/")
    return f"{head}/{name}"


def create_database(prefix: str = "t") -> str:
    """A new, empty database on the test server; its URL."""
    import psycopg

    url = admin_url()
    name = f"{prefix}_{os.getpid()}_{next(_counter)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return with_database(url, name)


def drop_database(database_url: str) -> None:
    import psycopg

    name = database_url.rpartition("/")[2]
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
