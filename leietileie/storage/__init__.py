"""The register's SQLite storage: schema, migrations, repositories, audit log, backup."""

from .database import Database
from .listing import HOUSEHOLD_TYPE_LABELS_NB, HouseholdFilters, HouseholdRow

__all__ = ["Database", "HouseholdFilters", "HouseholdRow", "HOUSEHOLD_TYPE_LABELS_NB"]
