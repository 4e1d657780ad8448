"""Writing files that hold personal data (architecture habit 17), in one place.

Every file the app writes goes through :func:`atomic_target` (or :func:`atomic_write_bytes`
/ :func:`atomic_write_text`):

* a temporary file is created **beside** the target (same directory, so the rename is
  atomic), with ``O_EXCL | O_NOFOLLOW`` and owner-only permissions (0600) **before** any data;
* the data is written, flushed and ``fsync``-ed, then renamed over the target; the directory
  is ``fsync``-ed so the rename survives a power cut;
* a symbolic link at the target that we did not create is refused (never followed, never
  replaced), as is a directory or a missing folder;
* on any failure (or ``KeyboardInterrupt``) the temporary file is removed and an older file
  at the target is left as it was.

Layer-neutral (like ``errors``): storage, exports, letters and services may all use it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError

#: Owner read/write only: everything we write may hold identity numbers.
PRIVATE_MODE = 0o600
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def check_target(target: str | os.PathLike[str]) -> Path:
    """The target as a Path, or an InputError (Norwegian) when it cannot safely be written:
    a missing folder, a directory, a symbolic link at the target, or a folder we cannot
    write in. Commands call it before doing any work (nothing is stored for a target that
    would fail at the end).

    Writability is proved by creating and removing the private temporary file the write
    would use: ``os.access`` cannot tell (it says yes to root on /proc, /sys and read-only
    mounts)."""
    path = _check_path(target)
    try:
        _temporary_beside(path).unlink()
    except OSError as exc:
        from .os_messages import os_error_nb

        reason = os_error_nb(OSError(exc.errno, exc.strerror)).lower()
        raise InputError(
            f"Kan ikke skrive i mappen «{path.parent}» ({reason}). Velg en mappe du kan skrive i."
        ) from exc
    return path


def _check_path(target: str | os.PathLike[str]) -> Path:
    """check_target without the write probe (used while writing: the temporary file there
    proves the folder)."""
    path = Path(target)
    if not path.parent.is_dir():
        raise InputError(f"Mappen «{path.parent}» finnes ikke. Velg en mappe som finnes.")
    try:
        info = path.lstat()
    except FileNotFoundError:
        return path
    if stat.S_ISLNK(info.st_mode):
        raise InputError(
            f"«{path}» er en symbolsk lenke; av sikkerhetshensyn skrives det ikke gjennom"
            " lenker. Velg et annet filnavn."
        )
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"«{path}» er en mappe. Oppgi et filnavn.")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"«{path}» er ikke en vanlig fil. Velg et annet filnavn.")
    return path


def create_private_file(path: str | os.PathLike[str]) -> Path:
    """Create a new, empty file readable and writable by the owner only (never through a
    symlink; ``FileExistsError`` when anything is already there)."""
    file = Path(path)
    fd = os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW | _CLOEXEC, PRIVATE_MODE)
    try:
        os.fchmod(fd, PRIVATE_MODE)  # whatever the umask
    finally:
        os.close(fd)
    return file


def _temporary_beside(path: Path) -> Path:
    for _ in range(100):
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
        try:
            return create_private_file(candidate)
        except FileExistsError:
            continue
    raise FileExistsError(f"kunne ikke lage en midlertidig fil ved siden av {path}")


def fsync_path(path: str | os.PathLike[str]) -> None:
    """Flush a file (or directory) to disk; directories that cannot be opened are skipped."""
    try:
        fd = os.open(path, os.O_RDONLY | _CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory
    finally:
        os.close(fd)


def _rename_into_place(temporary: Path, path: Path) -> None:
    _check_path(path)  # a symlink planted while we wrote is refused too
    fsync_path(temporary)
    os.replace(temporary, path)
    fsync_path(path.parent)


@contextlib.contextmanager
def atomic_target(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a new owner-only temporary path beside ``target``; rename it over ``target``
    when the block succeeds, remove it when the block fails.

    Use it when a library writes the file by name (sqlite backups, xlsx writers, reportlab).
    """
    path = _check_path(target)
    temporary = _temporary_beside(path)
    try:
        yield temporary
        _rename_into_place(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically, owner-only; returns the target."""
    path = Path(target)
    with atomic_target(path) as temporary:
        fd = os.open(temporary, os.O_WRONLY | os.O_TRUNC | _NOFOLLOW | _CLOEXEC)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    return path


def atomic_write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``target`` atomically, owner-only; returns the target."""
    return atomic_write_bytes(target, text.encode(encoding))
