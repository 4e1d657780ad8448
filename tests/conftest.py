"""Test configuration: Qt runs offscreen; the app never touches the user's real data."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data directory, never the user's real database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LEIETILEIE_HOME", str(home))
    return home


#: The engines a register can live on: the storage, service and command-line tests that take
#: ``register_location`` (or the storage tests' ``db``) run on both.
ENGINES = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite file itself (pragmas, file copies, locks)"
    )


@pytest.fixture(params=ENGINES)
def register_location(request, tmp_path):
    """Where a test's register lives: a file, or a fresh database on the test PostgreSQL
    server (``tests/pg_server.py``)."""
    if request.param == "sqlite":
        yield tmp_path / "register.db"
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about the SQLite file")
    import pg_server

    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)
