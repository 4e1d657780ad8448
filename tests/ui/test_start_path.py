"""The desktop app's start path (issue 12): opening a register and showing the tenant list
imports neither numpy (screening only), python-dateutil nor sqlite-utils, and storage/services
do not import python-stdnum (only checking an organisation number needs it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TENANT_LIST = """
import json, sys
from pathlib import Path
import leietileie.ui.app, leietileie.ui.main_window, leietileie.ui.views.tenants_view
from leietileie.services.ui_support import ListQuery, count_households, page_households
from leietileie.storage import Database
db = Database.open(Path(sys.argv[1]) / "reg.db", actor="test")
count_households(db, ListQuery()); page_households(db, ListQuery(), 0, 50, "name", False)
db.close()
watched = ("numpy", "dateutil", "sqlite_utils", "pandas")
print(json.dumps(sorted(m for m in watched if m in sys.modules)))
"""

STORAGE_AND_SERVICES = """
import json, sys
import leietileie.storage, leietileie.storage.maintenance
import leietileie.services.settings, leietileie.services.ui_support
watched = ("numpy", "stdnum", "dateutil", "sqlite_utils")
print(json.dumps(sorted(m for m in watched if m in sys.modules)))
"""


def _loaded(code: str, *args: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_tenant_list_start_path_imports_no_numpy_dateutil_or_sqlite_utils(tmp_path):
    assert _loaded(TENANT_LIST, str(tmp_path)) == []


def test_storage_and_services_import_no_heavy_or_optional_libraries():
    assert _loaded(STORAGE_AND_SERVICES) == []
