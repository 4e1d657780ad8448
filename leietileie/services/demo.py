"""A fictional municipality's register for demonstrations, tests and the app's first start.

Deterministic for a seed (NumPy's generator only). Identity numbers are valid but
fictitious (made up from random birth dates; they may coincide with real people's numbers,
as every valid number belongs to someone — the names never do).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from ..domain.identity import make_number
from ..domain.model import Debt, Income
from ..domain.register import Person, RegisteredHousehold, Tenancy, Unit
from ..errors import InputError
from ..paths import RESOURCES
from ..storage import Database

Progress = Callable[[int, int], bool]
CHUNK = 5_000
#: household type → (probability, adults, children range)
TYPES = {
    "single": (0.38, 1, (0, 0)),
    "single_parent": (0.22, 1, (1, 4)),
    "couple": (0.14, 2, (0, 0)),
    "couple_with_children": (0.21, 2, (1, 5)),
    "other": (0.05, 3, (0, 2)),
}

#: The demo municipality gives establishment grants (tilskudd), so screening shows them.
DEMO_SETTINGS: dict[str, object] = {"grant.enabled": True, "grant.max_amount": 400_000}


DEMO_HOUSEHOLD = re.compile(r"DEMO-\d{6}")
DEMO_UNIT = re.compile(r"D\d{6}")


class DemoCancelled(Exception):
    pass


@dataclass
class DemoResult:
    households: int
    units: int


def ingredients() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (RESOURCES / "demo" / "ingredients.json").read_text(encoding="utf-8")
    )
    return data


class _Maker:
    """Draws one household at a time from one seeded generator."""

    def __init__(self, seed: int, today: date):
        self.rng = np.random.default_rng(seed)
        self.today = today
        self.data = ingredients()
        self.used: set[str] = set()
        self.type_names = list(TYPES)
        self.type_p = np.array([TYPES[t][0] for t in self.type_names])

    def pick(self, items: list[Any]) -> Any:
        return items[int(self.rng.integers(len(items)))]

    def unit(self, index: int) -> Unit:
        r = self.rng
        bedrooms = int(r.choice([1, 2, 3, 4], p=[0.3, 0.38, 0.24, 0.08]))
        cooperative = bool(r.random() < 0.45)
        price = float(
            np.clip(r.normal(2_300_000 + 550_000 * bedrooms, 400_000), 1_800_000, 5_500_000)
        )
        postcode, city = self.pick(self.data["postcodes"])
        street = self.pick(self.data["streets"])
        return Unit(
            unit_id=f"D{index:06d}",
            address=f"{street} {int(r.integers(1, 120))}",
            postcode=postcode,
            city=city,
            tenure="cooperative" if cooperative else "freehold",
            valuation=round(price, -4),
            valuation_date=self.today - timedelta(days=int(r.integers(30, 900))),
            common_costs_monthly=round(float(r.uniform(3_000, 7_000) if cooperative else r.uniform(0, 3_000)), -1),
            other_running_costs_monthly=round(float(r.uniform(800, 2_500)), -1),
            area_m2=float(round(25 + 17 * bedrooms + r.normal(0, 6))),
            bedrooms=bedrooms,
            gnr="" if cooperative else str(int(r.integers(1, 200))),
            bnr="" if cooperative else str(int(r.integers(1, 600))),
            share_no=str(int(r.integers(1, 300))) if cooperative else "",
            shared_debt=round(float(r.uniform(100_000, 900_000)), -3) if cooperative else 0.0,
        )  # fmt: skip

    def birth_date(self, low: int, high: int) -> date:
        days = int(self.rng.integers(low * 365 + 1, high * 365 + 364))
        return self.today - timedelta(days=days)

    def national_id(self, born: date, d_number: bool) -> str:
        base = 0 if born.year < 2000 else 500
        while True:
            number = make_number(born, base + int(self.rng.integers(0, 500)), d_number)
            if number is not None and number not in self.used:
                self.used.add(number)
                return number

    def person(self, role: str, age: tuple[int, int], last: str, sex: str | None = None) -> Person:
        sex = sex or ("F" if self.rng.random() < 0.55 else "M")
        names = self.data["first_names_female" if sex == "F" else "first_names_male"]
        born = self.birth_date(*age)
        adult = role != "child"
        number = (
            self.national_id(born, bool(self.rng.random() < 0.08))
            if adult or self.rng.random() < 0.9
            else ""
        )
        return Person(
            role=role, first_name=self.pick(names), last_name=last, national_id=number,
            birth_date=born, sex=sex, incomes=self.incomes(born) if adult else (),
        )  # fmt: skip

    def incomes(self, born: date) -> tuple[Income, ...]:
        r = self.rng
        if self.today.year - born.year >= 67:
            return (Income("pension", round(float(r.uniform(190_000, 420_000)), -2)),)
        kind = str(r.choice(["wage", "disability_benefit", "aap", "other_taxable", "none"],
                            p=[0.55, 0.22, 0.12, 0.04, 0.07]))  # fmt: skip
        ranges = {"wage": (220_000, 750_000), "disability_benefit": (230_000, 360_000),
                  "aap": (170_000, 320_000), "other_taxable": (40_000, 200_000)}  # fmt: skip
        if kind == "none":
            return ()
        amount = round(float(r.uniform(*ranges[kind])), -2)
        if kind == "disability_benefit" and r.random() < 0.3:
            return (
                Income(kind, amount),
                Income("wage", round(float(r.uniform(20_000, 120_000)), -2)),
            )
        return (Income(kind, amount),)

    def household(self, index: int, unit: Unit) -> RegisteredHousehold:
        r = self.rng
        kind = self.type_names[int(r.choice(len(self.type_names), p=self.type_p))]
        _, adults, (low, high) = TYPES[kind]
        last = self.pick(self.data["last_names"])
        members = [self.person("applicant", (20, 85), last)]
        if adults >= 2:
            sex = "M" if members[0].sex == "F" else "F"
            members.append(
                self.person("co_applicant" if kind != "other" else "adult", (20, 80), last, sex)
            )
        members += [self.person("adult", (18, 25), last) for _ in range(adults - 2)]
        children = int(r.integers(low, high + 1)) if high else 0
        members += [self.person("child", (0, 18), last) for _ in range(children)]
        return self.tenancy(index, tuple(members), unit, children)

    def tenancy(
        self, index: int, members: tuple[Person, ...], unit: Unit, children: int
    ) -> RegisteredHousehold:
        r = self.rng
        bedrooms = unit.bedrooms or 1
        rent = float(np.clip(round(6_000 + 2_600 * bedrooms + r.normal(0, 900), -2), 7_000, 18_000))
        debt = r.random() < 0.35
        balance = round(float(r.uniform(10_000, 400_000)), -3) if debt else 0.0
        first = members[0]
        return RegisteredHousehold(
            external_id=f"DEMO-{index:06d}",
            members=members,
            tenancy=Tenancy(unit.unit_id, rent, self.today - timedelta(days=int(r.integers(60, 5_000))),
                            round(float(r.uniform(1_000, 40_000)), -2) if r.random() < 0.12 else 0.0),
            tax_free_income_monthly=1_766.0 * children,
            savings=round(float(r.lognormal(9.5, 1.3)), -2) if r.random() < 0.7 else 0.0,
            debts=(Debt("forbrukslån", balance, round(balance * 0.025, -1)),) if debt else (),
            other_fixed_costs_monthly=float(r.choice([0, 0, 1_500, 3_300])) if children else 0.0,
            car=str(r.choice(["none", "petrol", "electric"], p=[0.5, 0.35, 0.15])),
            phone=f"4{int(r.integers(0, 10_000_000)):07d}",
            email=f"{first.first_name}.{first.last_name}{index}@example.no".lower(),
            case_status="ny" if r.random() < 0.85 else "kartlagt",
        )  # fmt: skip


def rent_history(
    ids: dict[str, int], tenancies: list[tuple[str, Tenancy]], today: date, seed: int, months: int = 12
) -> list[tuple[int, str, float, float, str | None]]:
    """The last months' rent payments: mostly on time; tenants in arrears have late and unpaid
    months that add up to roughly their arrears. Deterministic for a seed."""
    rng = np.random.default_rng(seed + 7919)
    rows: list[tuple[int, str, float, float, str | None]] = []
    for external_id, tenancy in tenancies:
        first = today.year * 12 + today.month - 1 - months
        start = tenancy.start.year * 12 + tenancy.start.month - 1 if tenancy.start else first
        unpaid = min(months, int(round(tenancy.arrears / tenancy.rent_monthly))) if tenancy.rent_monthly else 0
        late = int(rng.integers(1, 4)) if tenancy.arrears else int(rng.random() < 0.1) * int(rng.integers(1, 3))
        for k in range(max(first, start + 1), first + months):
            month = f"{k // 12:04d}-{k % 12 + 1:02d}"
            left = first + months - k
            if left <= unpaid:
                rows.append((ids[external_id], month, tenancy.rent_monthly, 0.0, None))
                continue
            delay = int(rng.integers(18, 45)) if rng.random() < late / months else int(rng.integers(-5, 3))
            paid = date(k // 12, k % 12 + 1, 1) + timedelta(days=delay)
            rows.append((ids[external_id], month, tenancy.rent_monthly, tenancy.rent_monthly, paid.isoformat()))
    return rows


def real_data(db: Database) -> list[str]:
    """What in ``db`` is not demo data (empty when the database is empty or a demo register).

    A demo register only ever holds households ``DEMO-nnnnnn``, units ``Dnnnnnn``, the demo
    municipality's profile and its grant policy; anything else belongs to a municipality.
    """
    found: list[str] = []
    households = [k for k in db.households.id_map() if not DEMO_HOUSEHOLD.fullmatch(k)]
    if households:
        found.append(f"{len(households)} husstander som ikke er demodata (f.eks. {households[0]})")
    units = [k for k in db.units.id_map() if not DEMO_UNIT.fullmatch(k)]
    if units:
        found.append(f"{len(units)} boliger som ikke er demodata (f.eks. {units[0]})")
    profile = db.settings.municipality()
    demo_profile = ingredients()["municipality"]
    if profile and profile.get("name") != demo_profile["name"]:
        found.append(f"kommuneprofilen for «{profile.get('name') or 'uten navn'}»")
    elif not profile:
        changed = [
            key for key, value in DEMO_SETTINGS.items()
            if db.settings.get(key, value) != value
        ]  # fmt: skip
        if changed:
            found.append(f"kommunens egne innstillinger ({', '.join(changed)})")
    return found


def refuse_real_data(db: Database) -> None:
    """Raise ``InputError`` if ``db`` holds a municipality's own data (issue 10, item 3)."""
    found = real_data(db)
    if found:
        raise InputError(
            [
                "Demoregisteret lages ikke her: databasen har et ekte register ("
                + "; ".join(found) + "). Ingenting er endret.",
                "Lag demoregisteret i en egen, ny databasefil.",
            ]
        )


def create_demo(
    db: Database,
    households: int = 2_000,
    seed: int = 1,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoResult:
    """Fill the database with a demo register (one transaction; re-running updates it).

    Refuses (``InputError``, nothing changed) on a database holding a municipality's data.
    """
    maker = _Maker(seed, today or date.today())
    unit_count = households + households // 20  # some vacant units
    with db.transaction():
        refuse_real_data(db)
        db.settings.set_municipality(maker.data["municipality"])
        for key, value in DEMO_SETTINGS.items():
            db.settings.set(key, value)
        units = [maker.unit(i) for i in range(unit_count)]
        db.units.bulk_upsert(units)
        lookup = db.households.unit_lookup()
        known = db.households.id_map()
        tenancies: list[tuple[str, Tenancy]] = []
        for start in range(0, households, CHUNK):
            if progress is not None and progress(start, households) is False:
                raise DemoCancelled("avbrutt")
            stop = min(households, start + CHUNK)
            batch = [maker.household(i, units[i]) for i in range(start, stop)]
            db.households.bulk_write(batch, audit=False, known_ids=known, units=lookup)
            tenancies += [(h.external_id, h.tenancy) for h in batch if h.tenancy is not None]
        db.rent.bulk_insert(rent_history(db.households.id_map(), tenancies, maker.today, seed))
        db.audit.record("created", "demo_register", None, {"households": households, "seed": seed})
    if progress is not None:
        progress(households, households)
    return DemoResult(households, unit_count)
