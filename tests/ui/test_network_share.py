"""Issue 13 in the app: a register on a network share shows a banner (not a modal dialog)
pointing to the office database; a register on a local disk shows nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from leietileie import netfs

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the share is faked through Linux's mountinfo"
)

BANNER_NB = (
    "Registeret ligger på en nettverksdisk (nfs4): SQLite-filer på delte disker kan bli skadet "
    "når flere bruker dem. Vil kontoret dele ett register, bruk kontorets database (PostgreSQL): "
    "se «Koble til kontorets database»."
)


def _mounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, share: Path | None) -> None:
    lines = ["21 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw"]
    if share is not None:
        lines.append(f"41 21 0:51 / {share.resolve()} rw,relatime - nfs4 nas:/export rw")
    info = tmp_path / "mountinfo"
    info.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(netfs, "MOUNTINFO", info)


def _window(qtbot, ctx, language: str = "nb"):  # type: ignore[no-untyped-def]
    """The main window built while the app speaks ``language`` (the app property is shared by
    the whole session; it is put back afterwards)."""
    from PySide6.QtWidgets import QApplication

    from leietileie.ui.main_window import MainWindow

    app = QApplication.instance()
    before = app.property("leietileie_language")
    app.setProperty("leietileie_language", language)
    try:
        window = MainWindow(ctx)
    finally:
        app.setProperty("leietileie_language", before)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_register_on_a_share_shows_a_banner(
    qtbot, qapp, ctx, demo_db_path, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    _mounts(tmp_path, monkeypatch, demo_db_path.parent)
    window = _window(qtbot, ctx)
    banner = window.network_banner
    assert banner.isVisible()
    assert banner.text() == BANNER_NB
    assert banner.toolTip() == str(demo_db_path)
    assert QApplication.activeModalWidget() is None  # the caseworker can go on working
    assert "--db" not in banner.text()


def test_the_banner_speaks_the_apps_language(qtbot, qapp, ctx, demo_db_path, tmp_path, monkeypatch):
    _mounts(tmp_path, monkeypatch, demo_db_path.parent)
    window = _window(qtbot, ctx, "nn")
    assert window.network_banner.text().startswith(
        "Registeret ligg på ein nettverksdisk (nfs4): SQLite-filer på delte diskar kan bli skadde"
    )


def test_a_register_on_a_local_disk_shows_no_banner(qtbot, ctx, tmp_path, monkeypatch):
    _mounts(tmp_path, monkeypatch, None)
    window = _window(qtbot, ctx)
    assert not window.network_banner.isVisible()
    assert window.network_banner.text() == ""
