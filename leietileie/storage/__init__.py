"""The register's storage: schema, migrations, repositories, queries, audit log, backup.

Public surface: :class:`Register` (``Database`` is the same class, the name callers used
before) and :func:`open_register`, the errors, and the household list's rows and filters.
"""

from .classify import DRIVER_ERRORS, environment_message
from .errors import (
    Busy,
    Corrupt,
    ForeignKeyViolation,
    SchemaTooNew,
    StorageBug,
    StorageError,
    Unavailable,
    UniqueViolation,
)
from .queries.listing import HOUSEHOLD_TYPE_LABELS_NB, HouseholdFilters, HouseholdRow
from .register import Register, open_register
from .session import Session

Database = Register

__all__ = [
    "DRIVER_ERRORS",
    "Busy",
    "Corrupt",
    "Database",
    "ForeignKeyViolation",
    "HOUSEHOLD_TYPE_LABELS_NB",
    "HouseholdFilters",
    "HouseholdRow",
    "Register",
    "SchemaTooNew",
    "Session",
    "StorageBug",
    "StorageError",
    "Unavailable",
    "UniqueViolation",
    "environment_message",
    "open_register",
]
