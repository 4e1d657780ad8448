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


def data_dir() -> Path:
    override = os.environ.get("LEIETILEIE_HOME")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    _private_dir(path)
    return path


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
