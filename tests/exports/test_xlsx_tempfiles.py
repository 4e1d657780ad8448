"""Issue 10 item 15: XlsxWriter's temporary files (full identity numbers) never land in the
shared temp folder, stay private beside the target, and are gone after success, failure,
cancel and — by the next export — a kill -9."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from leietileie.exports import ExportCancelled, write_xlsx
from leietileie.exports.xlsx import WORKDIR_PREFIX

from .conftest import make_table, many_rows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def system_tmp(tmp_path, monkeypatch):
    """The shared temp folder, watched: nothing of ours may appear in it."""
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    return shared


def test_temporary_files_are_private_and_beside_the_target(tmp_path, system_tmp):
    out = tmp_path / "ut"
    out.mkdir()
    seen: list[tuple[str, int, list[str]]] = []

    def progress(done, total):
        for entry in out.iterdir():
            if entry.name.startswith(WORKDIR_PREFIX):
                mode = stat.S_IMODE(entry.stat().st_mode)
                seen.append((entry.name, mode, sorted(p.name for p in entry.iterdir())))
        assert list(system_tmp.iterdir()) == []
        return True

    write_xlsx(make_table(many_rows(3000)), out / "liste.xlsx", progress=progress)
    assert seen, "the row files live in a work folder beside the target"
    name, mode, files = seen[0]
    assert mode == 0o700 and files  # owner-only, and XlsxWriter's row file is in it
    assert [p.name for p in out.iterdir()] == ["liste.xlsx"]
    assert list(system_tmp.iterdir()) == []


def test_cancel_and_failure_leave_nothing(tmp_path, system_tmp):
    with pytest.raises(ExportCancelled):
        write_xlsx(
            make_table(many_rows(5000)),
            tmp_path / "a.xlsx",
            progress=lambda done, total: done < 2000,
        )
    rows = many_rows(10) + [("x", "y", "not money", 0.1, None, 1, 1.0)]
    with pytest.raises(Exception):  # noqa: B017 - any refusal; the point is what is left
        write_xlsx(make_table(rows), tmp_path / "b.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared-tmp"]
    assert list(system_tmp.iterdir()) == []


SCRIPT = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from exports.conftest import make_table, many_rows
    from leietileie.exports import write_xlsx

    def progress(done, total):
        if done >= 2000:
            print("writing", flush=True)
            time.sleep(60)
        return True

    write_xlsx(make_table(many_rows(6000)), {target!r}, progress=progress)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="kill -9")
def test_kill_9_leaves_nothing_in_tmp_and_the_next_export_cleans_up(tmp_path):
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    out = tmp_path / "ut"
    out.mkdir()
    script = SCRIPT.format(tests=str(ROOT / "tests"), target=str(out / "liste.xlsx"))
    env = {**os.environ, "TMPDIR": str(shared), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, env=env, cwd=ROOT, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        left = [p for p in out.iterdir() if p.name.startswith(WORKDIR_PREFIX)]
        assert len(left) == 1 and any(left[0].iterdir())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert list(shared.iterdir()) == [], "nothing with identity numbers in the shared tmp"
    assert any(p.name.startswith(WORKDIR_PREFIX) for p in out.iterdir())
    write_xlsx(make_table(many_rows(10)), out / "neste.xlsx")
    assert not any(p.name.startswith(WORKDIR_PREFIX) for p in out.iterdir())
