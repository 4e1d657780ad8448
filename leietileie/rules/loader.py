"""Load and validate the dated rule sets in ``resources/rules/<year>.toml``.

The one loader and the one validation for every caller (``screen``, ``assess``, the app,
letters): a missing, empty, non-UTF-8 or malformed file, a missing key, a wrong type, a
negative or non-finite figure and a file for the wrong year are each a ``RuleError`` with one
Norwegian line naming the file and the key. ``RuleError`` is an ``InputError``, so the command
line prints it (exit 2) and the app shows it like any other refused input. A year without a
rule file is an error: there is no fallback to another year. Rule sets are cached per
directory and year; ``with_adjustments`` applies a caseworker's dated changes (for example a
new policy rate) without touching the files.
"""

from __future__ import annotations

import dataclasses
import math
import operator
import re
import tomllib
import typing
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import InputError
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


class RuleError(InputError, ValueError):
    """A rule file is missing, unreadable or has a missing or malformed figure."""

    def __init__(self, message: str):
        super().__init__(message)


def _directory(directory: Path | None) -> Path:
    return DEFAULT_DIR if directory is None else Path(directory)


def available_years(directory: Path | None = None) -> list[int]:
    years = []
    for path in _directory(directory).glob("*.toml"):
        if path.stem.isdigit():
            years.append(int(path.stem))
    return sorted(years)


def _number(where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RuleError(f"{where}: må være et tall, fant {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise RuleError(f"{where}: må være et endelig tall, fant {value!r}")
    if value < 0:
        raise RuleError(f"{where}: kan ikke være negativ, fant {value!r}")
    return float(value)


def _convert(where: str, hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if hint is float:
        return _number(where, value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleError(f"{where}: må være et heltall, fant {value!r}")
        if value < 0:
            raise RuleError(f"{where}: kan ikke være negativ, fant {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise RuleError(f"{where}: må være tekst, fant {value!r}")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise RuleError(f"{where}: må være true eller false, fant {value!r}")
        return value
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, list):
            raise RuleError(f"{where}: må være en liste, fant {value!r}")
        if len(args) == 2 and args[1] is Ellipsis:
            items = [_convert(f"{where}[{i}]", args[0], v) for i, v in enumerate(value)]
            if not items:
                raise RuleError(f"{where}: kan ikke være tom")
            return tuple(items)
        if len(value) != len(args):
            raise RuleError(f"{where}: må ha {len(args)} verdier, fant {len(value)}")
        return tuple(
            _convert(f"{where}[{i}]", a, v)
            for i, (a, v) in enumerate(zip(args, value, strict=True))
        )
    raise RuleError(f"{where}: unsupported type {hint!r}")  # pragma: no cover


def _group(filename: str, name: str, cls: type[Sourced], table: Any) -> Sourced:
    if not isinstance(table, dict):
        raise RuleError(f"{filename}: [{name}] mangler")
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        where = f"{filename}: {name}.{field.name}"
        if field.name not in table:
            if field.name == "note":
                values["note"] = ""
                continue
            raise RuleError(f"{where}: mangler")
        values[field.name] = _convert(where, hints[field.name], table[field.name])
    unknown = set(table) - {f.name for f in dataclasses.fields(cls)}
    if unknown:
        raise RuleError(f"{filename}: {name}: ukjent nøkkel {', '.join(sorted(unknown))}")
    return cls(**values)


def _check_bands(filename: str, sifo: SifoRules) -> None:
    for item in ("food", "clothes", "personal_care", "play_media", "transit"):
        bands = getattr(sifo, item)
        previous_end = -1
        for index, (start, end, _f, _m) in enumerate(bands):
            if start > end or start <= previous_end:
                raise RuleError(
                    f"{filename}: sifo.{item}[{index}]: aldersgruppene må stige uten overlapp"
                )
            previous_end = end
    for item in ("daily_goods", "household_articles", "furniture", "media_leisure"):
        if len(getattr(sifo, item)) != 7:
            raise RuleError(f"{filename}: sifo.{item}: må ha 7 verdier (1–7 personer)")
    for item in ("car_petrol", "car_electric"):
        if len(getattr(sifo, item)) != 2:
            raise RuleError(f"{filename}: sifo.{item}: må ha 2 verdier (1–4 og 5–7 personer)")


def parse_rules(filename: str, data: dict[str, Any]) -> RuleSet:
    meta = data.get("meta")
    if not isinstance(meta, dict):
        raise RuleError(f"{filename}: [meta] mangler")
    if "year" not in meta:
        raise RuleError(f"{filename}: meta.year: mangler")
    year = _convert(f"{filename}: meta.year", int, meta.get("year"))
    title = _convert(f"{filename}: meta.title", str, meta.get("title", f"Regelsett {year}"))
    valid_from = _convert(
        f"{filename}: meta.valid_from", str, meta.get("valid_from", f"{year}-01-01")
    )
    groups = {name: _group(filename, name, cls, data.get(name)) for name, cls in GROUPS.items()}
    rules = RuleSet(year=year, title=title, valid_from=valid_from, **groups)  # type: ignore[arg-type]
    _check_bands(filename, rules.sifo)
    if len(rules.bostotte.cost_ceiling) != 5:
        raise RuleError(f"{filename}: bostotte.cost_ceiling: må ha 5 verdier (1–5+ personer)")
    return rules


#: A rule file is a few kilobytes; anything far larger is not one.
MAX_FILE_BYTES = 1_000_000


def _toml_position(exc: tomllib.TOMLDecodeError) -> str:
    found = re.search(r"line (\d+), column (\d+)", str(exc))
    return f" (linje {found.group(1)}, kolonne {found.group(2)})" if found else ""


def load_file(path: Path) -> RuleSet:
    """Read and validate one rule file; every problem is a RuleError naming file and key."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise RuleError(f"{path.name}: regelfilen finnes ikke ({path})") from exc
    except IsADirectoryError as exc:
        raise RuleError(f"{path.name}: er en mappe, ikke en regelfil ({path})") from exc
    except OSError as exc:
        raise RuleError(f"{path.name}: regelfilen kan ikke leses ({exc.strerror or exc})") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise RuleError(f"{path.name}: filen er for stor til å være en regelfil")
    if not raw.strip():
        raise RuleError(f"{path.name}: filen er tom")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(
            f"{path.name}: er ikke UTF-8-tekst (byte {exc.start}); lagre regelfilen som UTF-8"
        ) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path.name}: ikke gyldig TOML{_toml_position(exc)}: {exc}") from exc
    return parse_rules(path.name, data)


@lru_cache(maxsize=32)
def _load_cached(directory: str, year: int) -> RuleSet:
    path = Path(directory) / f"{year}.toml"
    if not path.exists():
        years = ", ".join(str(y) for y in available_years(Path(directory))) or "ingen"
        raise RuleError(
            f"{year}.toml: regelsett for {year} finnes ikke (tilgjengelige år: {years});"
            " legg inn regelfilen eller velg et annet regelår"
        )
    rules = load_file(path)
    if rules.year != year:
        raise RuleError(f"{path.name}: meta.year: er {rules.year}, men filen gjelder {year}")
    return rules


def load_rules(year: int, directory: Path | None = None) -> RuleSet:
    """The rule set of an income year (never another year's)."""
    try:
        number = operator.index(year)
    except TypeError:
        raise RuleError(f"regelår {year!r}: må være et årstall") from None
    return _load_cached(str(_directory(directory)), number)


def rules_for_date(day_iso: str, directory: Path | None = None) -> RuleSet:
    """The rule set of the year of a date (YYYY-MM-DD); an error when that year has none."""
    return load_rules(int(day_iso[:4]), directory)


def with_adjustments(rules: RuleSet, adjustments: dict[str, float]) -> RuleSet:
    """Apply caseworker adjustments such as ``{"startlan.policy_rate": 0.0425}``."""
    changed: dict[str, Sourced] = {}
    for key, value in adjustments.items():
        group_name, _, field_name = key.partition(".")
        if group_name not in GROUPS:
            raise RuleError(f"justering {key}: ukjent gruppe {group_name!r}")
        group = changed.get(group_name, getattr(rules, group_name))
        names = {f.name for f in dataclasses.fields(group)}
        if field_name not in names:
            raise RuleError(f"justering {key}: ukjent sats {field_name!r}")
        current = getattr(group, field_name)
        if not isinstance(current, int | float) or isinstance(current, bool):
            raise RuleError(f"justering {key}: bare tall kan justeres")
        changed[group_name] = dataclasses.replace(
            group, **{field_name: _number(f"justering {key}", value)}
        )
    return dataclasses.replace(rules, **changed)  # type: ignore[arg-type]
