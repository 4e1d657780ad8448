"""Set-up (issue 12): Qt without WebEngine, an OSI licence for public reuse, CI's packages."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

import leietileie

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
#: What Qt needs for a real window on Debian/Ubuntu (the xcb platform plugin's libraries).
QT_DEBIAN_PACKAGES = {
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
}


def requirement_names() -> set[str]:
    return {re.split(r"[<>=~!; \[]", r, maxsplit=1)[0].lower() for r in PROJECT["dependencies"]}


def test_qt_comes_without_the_meta_package_and_webengine():
    names = requirement_names()
    assert {"pyside6-essentials", "pyside6-addons", "pyside6-pdf"} <= names
    assert "pyside6" not in names and "pyside6-webengine" not in names


def test_the_qt_modules_we_use_import():
    from PySide6 import QtCharts, QtPdf, QtPdfWidgets, QtPrintSupport, QtWidgets

    assert QtCharts.QChart and QtPdf.QPdfDocument and QtPdfWidgets.QPdfView
    assert QtPrintSupport.QPrinter and QtWidgets.QApplication


def test_nothing_uses_webengine():
    for path in (ROOT / "leietileie").rglob("*.py"):
        assert "WebEngine" not in path.read_text(encoding="utf-8"), path


def test_licence_is_the_eupl_1_2():
    assert PROJECT["license"] == "EUPL-1.2"
    assert PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    for part in (
        "1. Definitions",
        "2. Scope of the rights granted by the Licence",
        "15. Applicable Law",
        "Appendix",
        "‘Compatible Licences’",
    ):
        assert part in text, part
    assert len(text) > 13_000  # the full text (about 13 700 characters), not a summary


def test_version_is_the_projects():
    assert leietileie.__version__ == PROJECT["version"]


def test_ci_installs_the_packages_qt_needs():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    listed = re.search(r"QT_PACKAGES=\(([^)]*)\)", script)
    assert listed is not None
    assert set(listed.group(1).split()) == QT_DEBIAN_PACKAGES
    assert "dpkg-query" in script  # installs only what is missing: idempotent
    assert "-qq" in script


@pytest.mark.skipif(not Path("/bin/bash").exists(), reason="bash")
def test_ci_script_parses():
    assert subprocess.run(["bash", "-n", str(ROOT / ".ci" / "run")]).returncode == 0


def test_gitignore_keeps_the_venv_out():
    assert ".venv/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
