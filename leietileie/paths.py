"""Where the app keeps its files: the user's data directory (platformdirs).

``LEIETILEIE_HOME`` overrides the directory (tests and portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "leietileie"

#: The repository's (or installed tree's) resources: rule sets, letter texts, translations.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir_location() -> Path:
    """Where the data directory is, without creating it."""
    override = os.environ.get("LEIETILEIE_HOME")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    path = data_dir_location()
    _private_dir(path)
    return path


def default_db_location() -> Path:
    """Where the default database is, creating nothing (the network-share check looks before
    the command has checked its input)."""
    return data_dir_location() / "leietileie.db"


def default_db_path() -> Path:
    return data_dir() / "leietileie.db"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    _private_dir(path)
    return path


def _private_dir(path: Path) -> None:
    """Create a folder only its owner can enter (0700); an existing one is left as it is."""
    if not path.is_dir():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
