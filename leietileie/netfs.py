"""Is a register file on a network share? (issue 13)

SQLite's own advice: a database file on a network filesystem risks corruption (its locks are
only as good as the network filesystem's), and WAL mode, which the register uses, does not work
over one at all. An office that shares one register should use the office database
(PostgreSQL). :func:`network_filesystem` finds the kind of network filesystem a path is on, and
:func:`network_warning` is the warning the command line and the app show.

How the filesystem is found:

- Linux: the longest mount point in ``/proc/self/mountinfo`` that holds the path (symbolic links
  resolved; a file not created yet is judged by the folder it would be created in).
- Windows: a UNC path (``\\\\server\\share\\...`` or ``//server/share/...``) or a drive whose
  ``GetDriveTypeW`` is ``DRIVE_REMOTE`` (a mapped network drive).
- macOS: the output of ``mount`` (``//user@server/share on /Volumes/share (smbfs, ...)``).
- Anything else, or anything that fails while looking: None (no warning). The check is a
  warning, never a refusal, so it errs on the side of saying nothing.

Pure: no Qt, no storage; only the operating system's own descriptions of its mounts.
"""

from __future__ import annotations

import ntpath
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .domain.messages import Message, register

#: Filesystem types (as Linux's mountinfo and macOS's mount name them) that live on another
#: machine. Not listed on purpose: ``9p``/``drvfs`` (WSL's view of the Windows disks),
#: ``vboxsf`` (a virtual machine's host folder) and cluster filesystems on shared block devices
#: (``gfs2``, ``ocfs2``), which have their own lock managers.
NETWORK_TYPES = frozenset(
    {
        # SMB / CIFS (Windows shares, Samba)
        "cifs",
        "smb3",
        "smbfs",
        "smb",
        "fuse.smbnetfs",
        # NFS
        "nfs",
        "nfs4",
        # GNOME's mounts of smb://, sftp://, dav:// (under /run/user/<uid>/gvfs)
        "fuse.gvfsd-fuse",
        # older and other network filesystems
        "ncpfs",
        "ncp",
        "afs",
        "coda",
        "afpfs",
        "fuse.afpfs",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "sshfs",
        "fuse.sshfs",
        "fuse.curlftpfs",
        "fuse.rclone",
        "fuse.s3fs",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "cephfs",
        "lustre",
        "beegfs",
        "fuse.beegfs",
    }
)

#: Where Linux describes the mounts this process sees (tests point it at a fabricated file).
MOUNTINFO = Path("/proc/self/mountinfo")

#: ``GetDriveTypeW``'s answer for a network drive.
DRIVE_REMOTE = 4

#: A database URL (``postgresql://…``), also after ``Path`` has folded its ``//`` to ``/``; two
#: letters at least, so a Windows drive (``C:/``) is not one.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:/")


def network_filesystem(
    path: str | os.PathLike[str],
    *,
    platform: str | None = None,
    mountinfo: str | os.PathLike[str] | None = None,
    mount_output: Callable[[], str] | None = None,
) -> str | None:
    """The kind of network filesystem ``path`` is on (``"cifs"``, ``"nfs4"``, ``"smb"``, …),
    or None for a local disk, a database URL, or when it cannot be told.

    ``platform`` (default ``sys.platform``), ``mountinfo`` (default :data:`MOUNTINFO`) and
    ``mount_output`` (macOS: default runs ``mount``) are for tests.
    """
    text = os.fspath(path)
    if not text or _URL.match(text):
        return None
    platform = platform or sys.platform
    try:
        if platform == "win32":
            return _windows(text)
        if platform.startswith("linux"):
            return _linux(_resolved(text), Path(mountinfo or MOUNTINFO))
        if platform == "darwin":
            return _macos(_resolved(text), mount_output or _run_mount)
    except (OSError, ValueError, UnicodeError, subprocess.SubprocessError):
        return None
    return None


def _resolved(text: str) -> str:
    """The absolute path with symbolic links resolved as far as they exist (a file not created
    yet keeps its name under its resolved folder)."""
    return os.path.realpath(os.path.abspath(text))


# Linux -----------------------------------------------------------------------------------


def _unescape(field: bytes) -> bytes:
    """mountinfo writes space, tab, newline and backslash in a path as ``\\040`` etc."""
    return re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), field)


def mounts(mountinfo: Path) -> list[tuple[str, str]]:
    """(mount point, filesystem type) per line of a mountinfo file, in its order."""
    found = []
    for line in mountinfo.read_bytes().splitlines():
        fields = line.split(b" ")
        if b"-" not in fields[6:] or len(fields) < 5:
            continue
        dash = fields.index(b"-", 6)
        if dash + 1 >= len(fields):
            continue
        point = os.fsdecode(_unescape(fields[4]))
        fstype = os.fsdecode(_unescape(fields[dash + 1]))
        found.append((point, fstype))
    return found


def _holds(point: str, path: str) -> bool:
    return point == "/" or path == point or path.startswith(point.rstrip("/") + "/")


def _linux(path: str, mountinfo: Path) -> str | None:
    best: tuple[str, str] | None = None
    for point, fstype in mounts(mountinfo):
        # the longest mount point wins; of two on the same point, the later one is on top
        if _holds(point, path) and (best is None or len(point) >= len(best[0])):
            best = (point, fstype)
    if best is None:
        return None
    return best[1] if best[1].lower() in NETWORK_TYPES else None


# Windows ---------------------------------------------------------------------------------


def unc_kind(text: str) -> str | None:
    """``"smb"`` for a UNC path (``\\\\server\\share\\…``, ``//server/share/…``, also
    ``\\\\?\\UNC\\server\\share\\…``), ``"webdav"`` for the WebDAV redirector's form
    (``\\\\server@SSL\\…``, ``…\\DavWWWRoot\\…``); None for anything else (a drive, a device
    path such as ``\\\\?\\C:\\…`` or ``\\\\.\\…``)."""
    normal = text.replace("/", "\\")
    if normal[:8].upper() == "\\\\?\\UNC\\":
        normal = "\\\\" + normal[8:]
    elif normal.startswith(("\\\\?\\", "\\\\.\\")):
        return None
    if not normal.startswith("\\\\"):
        return None
    parts = normal[2:].split("\\")
    if len(parts) < 2 or not parts[0] or not parts[1]:
        return None  # not \\server\share
    server = parts[0].upper()
    if "@SSL" in server or re.search(r"@\d+$", server) or "DAVWWWROOT" in normal.upper():
        return "webdav"
    return "smb"


def _windows(text: str) -> str | None:
    # as written, absolute (a relative path is judged by the current folder), and with links
    # and junctions resolved (only on Windows itself: elsewhere realpath is POSIX's)
    candidates = [text, ntpath.abspath(text)]
    if sys.platform == "win32":
        candidates.append(os.path.realpath(text))
    for candidate in candidates:
        kind = unc_kind(candidate)
        if kind is None:
            drive = ntpath.splitdrive(candidate)[0]
            if len(drive) == 2 and drive[1] == ":" and _drive_type(drive + "\\") == DRIVE_REMOTE:
                kind = "smb"
        if kind is not None:
            return kind
    return None


def _drive_type(root: str) -> int:
    """``GetDriveTypeW`` of a drive's root (Windows only)."""
    if sys.platform != "win32":
        return 0
    import ctypes

    windll = getattr(ctypes, "windll")  # noqa: B009 - only Windows has it
    return int(windll.kernel32.GetDriveTypeW(root))


# macOS -----------------------------------------------------------------------------------

#: ``//user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by user)``
_MOUNT_LINE = re.compile(r"^.*? on (?P<point>/.*) \((?P<type>[^,()]+)[,)]")


def _run_mount() -> str:
    return subprocess.run(
        ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=True
    ).stdout


def _macos(path: str, mount_output: Callable[[], str]) -> str | None:
    best: tuple[str, str] | None = None
    for line in mount_output().splitlines():
        match = _MOUNT_LINE.match(line)
        if match is None:
            continue
        point, fstype = match["point"], match["type"].strip()
        if _holds(point, path) and (best is None or len(point) >= len(best[0])):
            best = (point, fstype)
    if best is None:
        return None
    return best[1] if best[1].lower() in NETWORK_TYPES else None


# The warning -----------------------------------------------------------------------------

TEMPLATES: dict[str, dict[str, str]] = {
    "nb": {
        "network_share": (
            "Registeret ligger på en nettverksdisk ({kind}): SQLite-filer på delte disker kan "
            "bli skadet når flere bruker dem. Vil kontoret dele ett register, bruk kontorets "
            "database (PostgreSQL): se «Koble til kontorets database»."
        ),
        "network_share_cli": (
            "Advarsel: registeret ligger på en nettverksdisk ({kind}): SQLite-filer på delte "
            "disker kan bli skadet når flere bruker dem. Vil kontoret dele ett register, bruk "
            "kontorets database (PostgreSQL): --db postgresql://bruker@vert/database"
        ),
    },
    "nn": {
        "network_share": (
            "Registeret ligg på ein nettverksdisk ({kind}): SQLite-filer på delte diskar kan "
            "bli skadde når fleire brukar dei. Skal kontoret dele eitt register, bruk databasen "
            "til kontoret (PostgreSQL): sjå «Kople til databasen til kontoret»."
        ),
        "network_share_cli": (
            "Åtvaring: registeret ligg på ein nettverksdisk ({kind}): SQLite-filer på delte "
            "diskar kan bli skadde når fleire brukar dei. Skal kontoret dele eitt register, bruk "
            "databasen til kontoret (PostgreSQL): --db postgresql://brukar@vert/database"
        ),
    },
    "en": {
        "network_share": (
            "The register is on a network drive ({kind}): SQLite files on shared drives can be "
            "damaged when several people use them. If the office is to share one register, use "
            "the office database (PostgreSQL): see «Connect to the office database»."
        ),
        "network_share_cli": (
            "Warning: the register is on a network drive ({kind}): SQLite files on shared "
            "drives can be damaged when several people use them. If the office is to share one "
            "register, use the office database (PostgreSQL): --db postgresql://user@host/database"
        ),
    },
}

register(TEMPLATES)


def network_warning(path: object, cli: bool = False) -> Message | None:
    """The warning for a register file on a network share (the command line's names its
    ``--db`` flag; the app's names the dialog), or None when the file is not on one (or
    ``path`` is not a file's path at all: None, a database URL, another engine's target)."""
    if not isinstance(path, str | os.PathLike):
        return None
    kind = network_filesystem(path)
    if kind is None:
        return None
    return Message("network_share_cli" if cli else "network_share", {"kind": kind})
