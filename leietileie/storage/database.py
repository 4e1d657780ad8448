"""The names callers used before the register split (kept for this round).

``Database`` is :class:`~.register.Register`; the connection helpers live in
``dialect/sqlite.py`` and ``engine.py``.
"""

from __future__ import annotations

from .dialect.sqlite import casefold, connect, nb_sort_key, readonly_uri
from .engine import NOTICE_AFTER_MS, create_private_file
from .register import Register as Database
from .register import open_register

__all__ = [
    "NOTICE_AFTER_MS",
    "Database",
    "casefold",
    "connect",
    "create_private_file",
    "nb_sort_key",
    "open_register",
    "readonly_uri",
]
