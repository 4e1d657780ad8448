"""Load and validate the dated rule sets in ``resources/rules/<year>.toml``.

A missing or malformed figure is a ``RuleError`` naming the file and the key. Rule sets are
cached per directory and year; ``with_adjustments`` applies a caseworker's dated changes
(for example a new policy rate) without touching the files.
"""

from __future__ import annotations

import dataclasses
import tomllib
import typing
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import (
    BankRules,
    BostotteRules,
    FeeRules,
    FloorRules,
    GrantRules,
    HusbankenRates,
    PensionCreditRules,
    PurchaseCostRules,
    RuleSet,
    SifoRules,
    Sourced,
    StartlanRules,
    TaxRules,
)

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "rules"

GROUPS: dict[str, type[Sourced]] = {
    "tax": TaxRules,
    "pension_credit": PensionCreditRules,
    "sifo": SifoRules,
    "floor": FloorRules,
    "bank": BankRules,
    "startlan": StartlanRules,
    "husbanken_rates": HusbankenRates,
    "fees": FeeRules,
    "purchase_costs": PurchaseCostRules,
    "grant": GrantRules,
    "bostotte": BostotteRules,
}


class RuleError(ValueError):
    """A rule file is missing, unreadable or has a missing or malformed figure."""


def available_years(directory: Path = DEFAULT_DIR) -> list[int]:
    years = []
    for path in directory.glob("*.toml"):
        if path.stem.isdigit():
            years.append(int(path.stem))
    return sorted(years)


def _number(where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RuleError(f"{where}: expected a number, got {value!r}")
    if value < 0:
        raise RuleError(f"{where}: must not be negative, got {value!r}")
    return float(value)


def _convert(where: str, hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if hint is float:
        return _number(where, value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleError(f"{where}: expected a whole number, got {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise RuleError(f"{where}: expected text, got {value!r}")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise RuleError(f"{where}: expected true or false, got {value!r}")
        return value
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, list):
            raise RuleError(f"{where}: expected a list, got {value!r}")
        if len(args) == 2 and args[1] is Ellipsis:
            items = [_convert(f"{where}[{i}]", args[0], v) for i, v in enumerate(value)]
            if not items:
                raise RuleError(f"{where}: must not be empty")
            return tuple(items)
        if len(value) != len(args):
            raise RuleError(f"{where}: expected {len(args)} values, got {len(value)}")
        return tuple(_convert(f"{where}[{i}]", a, v) for i, (a, v) in enumerate(zip(args, value, strict=True)))
    raise RuleError(f"{where}: unsupported type {hint!r}")  # pragma: no cover


def _group(filename: str, name: str, cls: type[Sourced], table: Any) -> Sourced:
    if not isinstance(table, dict):
        raise RuleError(f"{filename}: [{name}] is missing")
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        where = f"{filename}: {name}.{field.name}"
        if field.name not in table:
            if field.name == "note":
                values["note"] = ""
                continue
            raise RuleError(f"{where}: missing")
        values[field.name] = _convert(where, hints[field.name], table[field.name])
    unknown = set(table) - {f.name for f in dataclasses.fields(cls)}
    if unknown:
        raise RuleError(f"{filename}: {name}: unknown key(s) {', '.join(sorted(unknown))}")
    return cls(**values)


def _check_bands(filename: str, sifo: SifoRules) -> None:
    for item in ("food", "clothes", "personal_care", "play_media", "transit"):
        bands = getattr(sifo, item)
        previous_end = -1
        for index, (start, end, _f, _m) in enumerate(bands):
            if start > end or start <= previous_end:
                raise RuleError(f"{filename}: sifo.{item}[{index}]: age bands must rise without overlap")
            previous_end = end
    for item in ("daily_goods", "household_articles", "furniture", "media_leisure"):
        if len(getattr(sifo, item)) != 7:
            raise RuleError(f"{filename}: sifo.{item}: expected 7 values (1–7 persons)")
    for item in ("car_petrol", "car_electric"):
        if len(getattr(sifo, item)) != 2:
            raise RuleError(f"{filename}: sifo.{item}: expected 2 values (1–4 and 5–7 persons)")


def parse_rules(filename: str, data: dict[str, Any]) -> RuleSet:
    meta = data.get("meta")
    if not isinstance(meta, dict):
        raise RuleError(f"{filename}: [meta] is missing")
    year = _convert(f"{filename}: meta.year", int, meta.get("year"))
    title = _convert(f"{filename}: meta.title", str, meta.get("title", f"Regelsett {year}"))
    valid_from = _convert(f"{filename}: meta.valid_from", str, meta.get("valid_from", f"{year}-01-01"))
    groups = {name: _group(filename, name, cls, data.get(name)) for name, cls in GROUPS.items()}
    rules = RuleSet(year=year, title=title, valid_from=valid_from, **groups)  # type: ignore[arg-type]
    _check_bands(filename, rules.sifo)
    if len(rules.bostotte.cost_ceiling) != 5:
        raise RuleError(f"{filename}: bostotte.cost_ceiling: expected 5 values (1–5+ persons)")
    return rules


def load_file(path: Path) -> RuleSet:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise RuleError(f"{path.name}: no such rule file") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path.name}: not valid TOML: {exc}") from exc
    return parse_rules(path.name, data)


@lru_cache(maxsize=32)
def _load_cached(directory: str, year: int) -> RuleSet:
    path = Path(directory) / f"{year}.toml"
    if not path.exists():
        years = ", ".join(str(y) for y in available_years(Path(directory))) or "none"
        raise RuleError(f"no rule set for {year} (available: {years})")
    rules = load_file(path)
    if rules.year != year:
        raise RuleError(f"{path.name}: meta.year is {rules.year}, expected {year}")
    return rules


def load_rules(year: int, directory: Path = DEFAULT_DIR) -> RuleSet:
    """The rule set of an income year."""
    return _load_cached(str(directory), year)


def rules_for_date(day_iso: str, directory: Path = DEFAULT_DIR) -> RuleSet:
    """The newest rule set in force on a date (YYYY-MM-DD); falls back to the oldest."""
    year = int(day_iso[:4])
    years = available_years(directory)
    if not years:
        raise RuleError("no rule sets found")
    candidates = [y for y in years if y <= year]
    return load_rules(candidates[-1] if candidates else years[0], directory)


def with_adjustments(rules: RuleSet, adjustments: dict[str, float]) -> RuleSet:
    """Apply caseworker adjustments such as ``{"startlan.policy_rate": 0.0425}``."""
    changed: dict[str, Sourced] = {}
    for key, value in adjustments.items():
        group_name, _, field_name = key.partition(".")
        if group_name not in GROUPS:
            raise RuleError(f"adjustment {key}: unknown group {group_name!r}")
        group = changed.get(group_name, getattr(rules, group_name))
        names = {f.name for f in dataclasses.fields(group)}
        if field_name not in names:
            raise RuleError(f"adjustment {key}: unknown figure {field_name!r}")
        current = getattr(group, field_name)
        if not isinstance(current, int | float) or isinstance(current, bool):
            raise RuleError(f"adjustment {key}: only numbers can be adjusted")
        changed[group_name] = dataclasses.replace(group, **{field_name: _number(key, value)})
    return dataclasses.replace(rules, **changed)  # type: ignore[arg-type]
