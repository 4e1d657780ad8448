"""Dated rule sets (tax, SIFO, floor, bank rules, startlån, fees, bostøtte) and their loader."""

from .loader import RuleError, available_years, load_rules, rules_for_date, with_adjustments
from .model import RuleSet

__all__ = [
    "RuleError",
    "RuleSet",
    "available_years",
    "load_rules",
    "rules_for_date",
    "with_adjustments",
]
