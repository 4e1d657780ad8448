"""The import report: problems and changes, written safely (issue 10, items 15 and 17).

The report names people with full identity numbers, so it is written like every personal
file, by ``safe_files``: a temporary file beside the target, owner-only (0600) from the
start, fsync'ed, then renamed over the target; a symlink (or anything but a regular file)
planted at the target is refused, never followed nor replaced. When the input's folder
cannot be used (a read-only share, a planted symlink), the report goes to the app's own
folder for reports (``importrapporter`` in the data directory, owner-only); if neither can
be written, there is no report file and the caller prints the problems on stderr (the
command line always does).
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import paths, safe_files
from ..errors import InputError

REPORT_DIR_NAME = "importrapporter"


def report_path_for(path: Path) -> Path:
    return path.with_name(f"{path.stem}-importrapport.txt")


def fallback_dir() -> Path:
    """Where reports go when the input's folder cannot be written (created 0700)."""
    directory = paths.data_dir() / REPORT_DIR_NAME
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    return directory


def display(path: Path) -> str:
    """A path that can be printed (bad bytes of a non-UTF-8 name become \ufffd)."""
    return os.fsencode(str(path)).decode("utf-8", "replace")


def write_report(source: Path, lines: list[str]) -> Path | None:
    """Write the report beside ``source`` or else in ``fallback_dir``; its path, or None."""
    text = "\n".join(lines) + "\n"
    name = report_path_for(source).name
    candidates = [source.parent]
    try:
        candidates.append(fallback_dir())
    except OSError:
        pass
    for directory in candidates:
        target = directory / name
        try:
            write_private(target, text)
            return target
        except (OSError, InputError):
            continue
    return None


def write_private(target: Path, text: str) -> None:
    """Owner-only and atomic (safe_files); a symlink, folder or other non-file at ``target``
    is refused with an InputError."""
    safe_files.atomic_write_bytes(target, text.encode("utf-8", "replace"))
