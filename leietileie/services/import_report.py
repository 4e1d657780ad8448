"""The import report: problems and changes, written safely (issue 10, items 15 and 17).

The report names people with full identity numbers, so it is written like every personal
file: to a temporary file beside the target, owner-only (0600) from the start, fsync'ed,
then renamed over the target. A rename replaces a symlink planted at the target instead of
writing through it. When the input's folder cannot be written (a read-only share), the
report goes to the app's own folder for reports (``importrapporter`` in the data
directory, owner-only); if neither can be written, there is no report file and the
caller prints the problems on stderr (the command line always does).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .. import paths

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
        except OSError:
            continue
    return None


def write_private(target: Path, text: str) -> None:
    """Owner-only, atomic, never through a symlink or onto a folder at ``target``."""
    if target.is_dir() and not target.is_symlink():
        raise IsADirectoryError(str(target))
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
