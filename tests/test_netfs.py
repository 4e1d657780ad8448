"""Issue 13: a register file on a network share is found (Linux mountinfo, Windows UNC and
mapped drives, macOS mount) and the warning points to the office database."""

from __future__ import annotations

from pathlib import Path

import pytest

from leietileie import netfs
from leietileie.domain.messages import render
from leietileie.netfs import network_filesystem, network_warning


def _mountinfo(tmp_path: Path, lines: list[str]) -> Path:
    """A fabricated /proc/self/mountinfo (format: proc(5))."""
    path = tmp_path / "mountinfo"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A real folder to hang fabricated mounts under (resolved: /tmp may be a link)."""
    folder = tmp_path / "fs"
    folder.mkdir()
    return folder.resolve()


def _linux(path: Path | str, mountinfo: Path) -> str | None:
    return network_filesystem(path, platform="linux", mountinfo=mountinfo)


def test_a_file_on_a_cifs_mount_is_on_cifs(tmp_path, root):
    share = root / "kontor"
    share.mkdir()
    (share / "leie.db").touch()
    info = _mountinfo(
        tmp_path,
        [
            "21 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
            f"40 21 0:50 / {share} rw,relatime shared:30 - cifs //fil01/kontor rw,vers=3.1.1",
        ],
    )
    assert _linux(share / "leie.db", info) == "cifs"
    assert _linux(share, info) == "cifs"  # the mount point itself


def test_a_file_on_an_nfs4_mount_is_on_nfs4(tmp_path, root):
    info = _mountinfo(
        tmp_path,
        [
            "21 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
            # two optional fields before the separator
            f"41 21 0:51 / {root}/nas rw,relatime shared:31 master:2 - nfs4 nas:/export rw",
        ],
    )
    assert _linux(root / "nas" / "felles" / "leie.db", info) == "nfs4"


def test_the_longest_mount_point_wins(tmp_path, root):
    """A local disk mounted inside a share's folder is local; a folder whose name merely
    starts with the share's name is not on the share."""
    info = _mountinfo(
        tmp_path,
        [
            "21 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
            f"40 21 0:50 / {root}/kontor rw,relatime shared:30 - cifs //fil01/kontor rw",
            f"42 40 8:17 / {root}/kontor/lokal rw,relatime shared:32 - ext4 /dev/sdb1 rw",
        ],
    )
    assert _linux(root / "kontor" / "lokal" / "leie.db", info) is None
    assert _linux(root / "kontor" / "annet" / "leie.db", info) == "cifs"
    assert _linux(root / "kontor2" / "leie.db", info) is None  # not under «kontor»


def test_a_local_mount_over_the_share_on_the_same_point_hides_it(tmp_path, root):
    """Two mounts on one point: the later line is the one on top."""
    info = _mountinfo(
        tmp_path,
        [
            "21 1 8:1 / / rw - ext4 /dev/sda1 rw",
            f"40 21 0:50 / {root}/m rw - nfs fil01:/x rw",
            f"43 40 0:60 / {root}/m rw - tmpfs tmpfs rw",
        ],
    )
    assert _linux(root / "m" / "leie.db", info) is None


def test_a_mount_point_with_a_space_is_unescaped(tmp_path, root):
    """mountinfo writes a space in a mount point as \\040 (and a backslash as \\134)."""
    share = root / "Felles disk"
    share.mkdir()
    info = _mountinfo(
        tmp_path,
        [
            "21 1 8:1 / / rw - ext4 /dev/sda1 rw",
            f"43 21 0:52 / {root}/Felles\\040disk rw - cifs //fil01/felles\\040disk rw",
            f"44 21 0:53 / {root}/a\\134b rw - smb3 //fil01/ab rw",
        ],
    )
    assert _linux(share / "leie.db", info) == "cifs"
    assert _linux(root / "a\\b" / "leie.db", info) == "smb3"
    assert _linux(root / "Felles" / "leie.db", info) is None


def test_a_file_not_created_yet_is_judged_by_its_folder(tmp_path, root):
    info = _mountinfo(
        tmp_path,
        [
            "21 1 8:1 / / rw - ext4 /dev/sda1 rw",
            f"40 21 0:50 / {root}/kontor rw - cifs //fil01/kontor rw",
        ],
    )
    missing = root / "kontor" / "ny mappe" / "leie.db"
    assert not missing.parent.exists()
    assert _linux(missing, info) == "cifs"


def test_a_symbolic_link_to_the_share_is_followed(tmp_path, root):
    share = root / "kontor"
    share.mkdir()
    link = root / "snarvei"
    link.symlink_to(share, target_is_directory=True)
    info = _mountinfo(
        tmp_path,
        [
            "21 1 8:1 / / rw - ext4 /dev/sda1 rw",
            f"40 21 0:50 / {share} rw - cifs //fil01/kontor rw",
        ],
    )
    assert _linux(link / "leie.db", info) == "cifs"  # the file does not exist yet either


def test_other_network_filesystems_and_local_ones(tmp_path, root):
    info = _mountinfo(
        tmp_path,
        [
            "21 1 8:1 / / rw - ext4 /dev/sda1 rw",
            f"50 21 0:70 / {root}/ssh rw - fuse.sshfs kari@server: rw",
            f"51 21 0:71 / {root}/gvfs rw - fuse.gvfsd-fuse gvfsd-fuse rw",
            f"52 21 0:72 / {root}/wsl rw - 9p drvfs rw",  # WSL's C: drive: not a network share
            f"53 21 0:73 / {root}/tmp rw - tmpfs tmpfs rw",
        ],
    )
    assert _linux(root / "ssh" / "leie.db", info) == "fuse.sshfs"
    assert _linux(root / "gvfs" / "smb-share:server=fil01,share=kontor" / "l.db", info) == (
        "fuse.gvfsd-fuse"
    )
    assert _linux(root / "wsl" / "leie.db", info) is None
    assert _linux(root / "tmp" / "leie.db", info) is None


def test_no_mountinfo_means_no_answer(tmp_path):
    assert _linux(tmp_path / "leie.db", tmp_path / "missing-mountinfo") is None


def test_the_module_constant_is_the_default(tmp_path, root, monkeypatch):
    info = _mountinfo(
        tmp_path,
        ["21 1 8:1 / / rw - ext4 /dev/sda1 rw", f"40 21 0:50 / {root} rw - nfs fil01:/x rw"],
    )
    monkeypatch.setattr(netfs, "MOUNTINFO", info)
    assert network_filesystem(root / "leie.db", platform="linux") == "nfs"


def test_this_machines_own_mountinfo_is_read():
    """The real /proc/self/mountinfo parses (CI runs on Linux): / and /proc are there, and
    /proc is the kernel's own filesystem, not a share."""
    if not netfs.MOUNTINFO.exists():
        pytest.skip("no /proc/self/mountinfo")
    found = dict(netfs.mounts(netfs.MOUNTINFO))
    assert "/" in found and found["/proc"] == "proc"
    assert network_filesystem("/proc/self/status", platform="linux") is None


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (r"\\fil01\kontor\leietileie\leie.db", "smb"),
        ("//fil01/kontor/leie.db", "smb"),
        (r"\\fil01\kontor", "smb"),
        (r"\\?\UNC\fil01\kontor\leie.db", "smb"),
        (r"\\fil01@SSL\DavWWWRoot\leie.db", "webdav"),
        (r"\\fil01@8080\kontor\leie.db", "webdav"),
        (r"\\?\C:\data\leie.db", None),  # a long local path
        (r"\\.\PhysicalDrive0", None),  # a device
        (r"\\fil01", None),  # a server, no share
        (r"C:\Users\kari\leie.db", None),  # a local drive (GetDriveTypeW is not remote here)
    ],
)
def test_unc_paths_on_windows(path, kind):
    assert network_filesystem(path, platform="win32") == kind


def test_a_mapped_network_drive_on_windows(monkeypatch):
    monkeypatch.setattr(netfs, "_drive_type", lambda root: 4 if root == "Z:\\" else 3)
    assert network_filesystem(r"Z:\leietileie\leie.db", platform="win32") == "smb"
    assert network_filesystem(r"C:\leietileie\leie.db", platform="win32") is None


def test_macos_mounts():
    output = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//kari@fil01/kontor on /Volumes/kontor (smbfs, nodev, nosuid, mounted by kari)\n"
        "nas:/export on /Volumes/Felles disk (nfs, nodev, nosuid)\n"
        "/dev/disk5s1 on /Volumes/kontor/usb (msdos, local, nodev, nosuid)\n"
    )
    kind = lambda p: network_filesystem(p, platform="darwin", mount_output=lambda: output)  # noqa: E731
    assert kind("/Volumes/kontor/leie.db") == "smbfs"
    assert kind("/Volumes/Felles disk/leie.db") == "nfs"
    assert kind("/Volumes/kontor/usb/leie.db") is None
    assert kind("/Users/kari/leie.db") is None


@pytest.mark.parametrize(
    "target",
    ["postgresql://kari@db01/leietileie", Path("postgresql://kari@db01/leietileie"), ""],
)
def test_a_database_url_is_not_a_file(target, tmp_path):
    info = _mountinfo(tmp_path, ["21 1 8:1 / / rw - nfs fil01:/ rw"])  # everything is NFS
    assert network_filesystem(target, platform="linux", mountinfo=info) is None


def test_another_platform_says_nothing():
    assert network_filesystem("/home/kari/leie.db", platform="freebsd14") is None


def test_the_warning_texts(monkeypatch):
    monkeypatch.setattr(netfs, "network_filesystem", lambda path: "cifs")
    app = network_warning("/mnt/kontor/leie.db")
    cli = network_warning("/mnt/kontor/leie.db", cli=True)
    assert app is not None and cli is not None
    assert render(app) == (
        "Registeret ligger på en nettverksdisk (cifs): SQLite-filer på delte disker kan bli "
        "skadet når flere bruker dem. Vil kontoret dele ett register, bruk kontorets database "
        "(PostgreSQL): se «Koble til kontorets database»."
    )
    assert render(cli).endswith(
        "bruk kontorets database (PostgreSQL): --db postgresql://bruker@vert/database"
    )
    assert "--db" not in render(app, "nn") and "--db" not in render(app, "en")
    assert render(app, "nn").startswith("Registeret ligg på ein nettverksdisk (cifs)")
    assert render(app, "en").startswith("The register is on a network drive (cifs)")


def test_no_warning_for_a_local_file(monkeypatch):
    monkeypatch.setattr(netfs, "network_filesystem", lambda path: None)
    assert network_warning("/home/kari/leie.db") is None
    assert network_warning(None) is None
