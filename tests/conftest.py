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
