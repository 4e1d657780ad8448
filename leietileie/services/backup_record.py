"""When a backup was last saved somewhere else than the automatic backup folder.

The app's reminder ("no backup copied elsewhere for a month") reads this, and every backup
made through ``services.register.backup`` records it: a backup from the app's menu and one
from ``leietileie backup TARGET`` (a scheduled job's copy to a network drive) count the same.
The date is the user's, like the backup folder: a small owner-only file in the data folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .. import paths, safe_files

RECORD_NAME = "sikkerhetskopi-lagret-utenfor.txt"


def record_path() -> Path:
    return paths.data_dir() / RECORD_NAME


def is_elsewhere(target: Path) -> bool:
    """Whether a backup at ``target`` is outside the automatic backup folder."""
    folder = paths.backup_dir().resolve()
    return folder not in Path(target).resolve().parents


def record_copy(target: Path, on: date | None = None) -> bool:
    """Record today (or ``on``) as the last backup saved elsewhere when ``target`` is outside
    the automatic backup folder; True when recorded. A record that cannot be written does
    not fail the backup (it was made)."""
    if not is_elsewhere(target):
        return False
    day = on or date.today()
    last = last_copied()
    if last is not None and last >= day:
        return True
    try:
        safe_files.atomic_write_text(record_path(), day.isoformat() + "\n")
    except OSError:
        return False
    return True


def last_copied() -> date | None:
    """The day a backup was last saved elsewhere, or None (never, or an unreadable record)."""
    try:
        text = record_path().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
