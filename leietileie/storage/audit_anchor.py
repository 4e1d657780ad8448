"""The audit log's head, anchored outside the database file.

The hash chain (``audit.chain_problems``) shows an entry changed or removed in the middle of
the log, but not the newest entries removed from its end: someone who drops the triggers,
deletes the last entries and recreates the triggers leaves a chain that is intact. So every
``backup`` (and ``auto_backup``) and every ``check`` that finds the log sound records the
log's head (entry count, newest id, newest hash) for that database in a file of the app's
data directory (``revisjonslogg-anker.json``, owner-only, written atomically). ``check``
and ``restore`` compare a database with its recorded head: the entry recorded then must
still be there with the same hash (the chain then vouches for every entry before it).
``restore`` records the restored database's head, so restoring an older backup is not
taken for tampering.

What it cannot see: entries removed before any backup or check recorded them, and a
tamperer who can also edit the anchor file in the caseworker's own data directory.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import paths, safe_files
from ..errors import InputError

ANCHOR_NAME = "revisjonslogg-anker.json"


@dataclass(frozen=True)
class Head:
    count: int
    last_id: int
    last_hash: str


def anchor_file() -> Path:
    return paths.data_dir_location() / ANCHOR_NAME


def key_for(database: Path | str) -> str:
    """The anchor's key: a file's real path, or the office database's URL as shown."""
    if isinstance(database, Path):
        return os.path.realpath(database)
    return database


def head_of(conn: Any) -> Head | None:
    """The log's head (None when it is empty)."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return Head(int(count), int(row[0]), str(row[1]))


def _read(file: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def record(database: Path | str, head: Head | None) -> None:
    """Remember ``head`` for ``database`` (best effort: a data directory that cannot be
    written never stops a backup or a check). Entries of files that are gone are dropped."""
    if head is None:
        return
    file = anchor_file()
    heads = {
        key: value for key, value in _read(file).items() if "://" in key or os.path.exists(key)
    }
    heads[key_for(database)] = {
        "count": head.count,
        "last_id": head.last_id,
        "last_hash": head.last_hash,
        "at": datetime.now().strftime("%d.%m.%Y %H:%M"),
    }
    try:
        paths.data_dir()
        safe_files.atomic_write_text(file, json.dumps(heads, indent=1))
    except (OSError, InputError):
        pass


def problems(conn: Any, database: Path | str) -> list[str]:
    """Where the database's log no longer reaches its recorded head (Norwegian lines)."""
    recorded = _read(anchor_file()).get(key_for(database))
    if not isinstance(recorded, dict):
        return []
    try:
        last_id, last_hash = int(recorded["last_id"]), str(recorded["last_hash"])
        count, seen = int(recorded["count"]), str(recorded.get("at", ""))
    except (KeyError, TypeError, ValueError):
        return [f"ankeret for loggen i {ANCHOR_NAME} er ødelagt og kan ikke brukes"]
    row = conn.execute(f"SELECT hash FROM audit_log WHERE id = {last_id}").fetchone()
    if row is None:
        now = head_of(conn)
        have = f"nå {now.count} linjer, siste er {now.last_id}" if now else "nå ingen linjer"
        return [
            f"logglinje {last_id} fantes {seen} ({count} linjer), men mangler nå ({have}):"
            " linjer er fjernet fra slutten av loggen"
        ]
    if str(row[0]) != last_hash:
        return [f"logglinje {last_id} er ikke den samme som {seen}: loggen er skrevet om etter det"]
    return []
