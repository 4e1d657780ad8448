"""A mistyped import file name is refused before the register is opened: exit 2, one
Norwegian line, and nothing made (not even an empty register in the data folder)."""

from __future__ import annotations

import os

import pytest

from leietileie.cli import main


@pytest.mark.parametrize("kind", ["units", "tenants", "rent", "savings"])
def test_a_missing_import_file_creates_no_register(kind, tmp_path, monkeypatch, capsys):
    home = tmp_path / "hjem"
    monkeypatch.setenv("LEIETILEIE_HOME", str(home))
    code = main(["import", kind, str(tmp_path / "finnes-ikke.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert "finnes-ikke.csv" in err and "finnes ikke" in err
    assert not home.exists() or os.listdir(home) == []
