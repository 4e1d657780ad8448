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
from .demo_followup import add_followup

Progress = Callable[[int, int], bool]
CHUNK = 5_000
#: household type → (probability, adults, children range); see _Maker.members
TYPES = {
    "single": (0.38, 1, (0, 0)),
    "single_parent": (0.22, 1, (1, 4)),
    "couple": (0.14, 2, (0, 0)),
    "couple_with_children": (0.21, 2, (1, 5)),
    "other": (0.05, 3, (0, 2)),
}

#: The demo municipality gives establishment grants (tilskudd), so screening shows them.
DEMO_SETTINGS: dict[str, object] = {
    "grant.enabled": True,
    "grant.max_amount": 400_000,
    # the letters' privacy information names how to reach the data protection officer
    "letters.dpo_contact": "personvernombudet@eksempel.kommune.no",
}
#: The demo's own option (``create_demo(tiltakssonen=...)``): not a sign of a real register.
TILTAKSSONE_SETTING = "municipality.tiltakssonen"


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


#: The SIFO reference's childcare prices (Oslo, February 2026, kr a month, 11 months a year;
#: see docs/brukerveiledning.md): barnehage for the first / second child (further children
#: free), reduced below a household income of 669 050 kr; AKS (after-school care) full time.
KINDERGARTEN = (1_200.0, 840.0)
KINDERGARTEN_REDUCED = (667.0, 466.0)
KINDERGARTEN_REDUCED_BELOW = 669_050.0
AFTER_SCHOOL = 3_704.0  # lower incomes (3 834 for high incomes)
#: Existing debt a tenant may carry: (kind, nominal rate a year, years left, balance range).
#: Approximate market terms for demo data, not rules.
DEBT_KINDS = (
    ("studielån", 0.055, 20, (80_000, 450_000)),
    ("billån", 0.085, 5, (60_000, 300_000)),
    ("forbrukslån", 0.16, 5, (10_000, 250_000)),
)
DEBT_RATES = {kind: rate for kind, rate, _, _ in DEBT_KINDS}
#: Months a year childcare is paid for (barnehage and SFO/AKS: July is free).
CHILDCARE_MONTHS = 11
#: Barnetrygd per child, kr a month (tax free).
CHILD_BENEFIT = 1_766.0


def bedrooms_needed(members: tuple[Person, ...]) -> int:
    """One bedroom for the applicant (and partner), one per other adult, one per two children."""
    children = sum(1 for p in members if p.role == "child")
    others = sum(1 for p in members if p.role == "adult")
    return 1 + others + (children + 1) // 2


def childcare_monthly(
    members: tuple[Person, ...], on: date, gross_income: float, rng: np.random.Generator
) -> float:
    """Kindergarten (age 1–5, most children) and after-school care (age 6–9, some children)."""
    ages = sorted(p.age_on(on) for p in members if p.role == "child")
    prices = KINDERGARTEN_REDUCED if gross_income < KINDERGARTEN_REDUCED_BELOW else KINDERGARTEN
    total, in_kindergarten = 0.0, 0
    for age in ages:
        if 1 <= age <= 5 and rng.random() < 0.9:
            total += prices[in_kindergarten] if in_kindergarten < len(prices) else 0.0
            in_kindergarten += 1
        elif 6 <= age <= 9 and rng.random() < 0.5:
            total += AFTER_SCHOOL
    return total


def existing_interest(debts: tuple[Debt, ...]) -> float:
    """This year's interest on the demo debts (balance × rate, rounded to 100 kr): the
    rentefradrag base. Instalments count in full in the budget (they include the interest)."""
    return round(sum(d.balance * DEBT_RATES.get(d.kind, 0.0) for d in debts), -2)


def annuity_monthly(balance: float, rate: float, years: int) -> float:
    """The monthly instalment (interest and repayment) of an annuity loan."""
    monthly, months = rate / 12, years * 12
    return balance * monthly / (1 - (1 + monthly) ** -months)


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

    def unit(self, index: int, bedrooms: int | None = None) -> Unit:
        """A unit; ``bedrooms`` None draws a size (vacant units)."""
        r = self.rng
        if bedrooms is None:
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
            common_costs_monthly=round(
                float(r.uniform(3_000, 7_000) if cooperative else r.uniform(0, 3_000)), -1
            ),
            other_running_costs_monthly=round(float(r.uniform(800, 2_500)), -1),
            area_m2=float(round(max(30 + 16 * bedrooms + r.normal(0, 6), 22 + 16 * bedrooms))),
            bedrooms=bedrooms,
            gnr="" if cooperative else str(int(r.integers(1, 200))),
            bnr="" if cooperative else str(int(r.integers(1, 600))),
            share_no=str(int(r.integers(1, 300))) if cooperative else "",
            shared_debt=round(float(r.uniform(100_000, 900_000)), -3) if cooperative else 0.0,
        )

    def born_at_age(self, age: int) -> date:
        """A birth date making the person ``age`` years old today."""
        day = self.today - timedelta(days=int(self.rng.integers(0, 365)))
        year = day.year - age
        try:
            return day.replace(year=year)
        except ValueError:  # 29 February
            return date(year, 2, 28)

    def national_id(self, born: date, d_number: bool) -> str:
        base = 0 if born.year < 2000 else 500
        while True:
            number = make_number(born, base + int(self.rng.integers(0, 500)), d_number)
            if number is not None and number not in self.used:
                self.used.add(number)
                return number

    def person(self, role: str, age: int, last: str, sex: str | None = None) -> Person:
        sex = sex or ("F" if self.rng.random() < 0.55 else "M")
        names = self.data["first_names_female" if sex == "F" else "first_names_male"]
        born = self.born_at_age(age)
        adult = role != "child"
        number = (
            self.national_id(born, bool(self.rng.random() < 0.08))
            if adult or self.rng.random() < 0.9
            else ""
        )
        return Person(
            role=role,
            first_name=self.pick(names),
            last_name=last,
            national_id=number,
            birth_date=born,
            sex=sex,
            incomes=self.incomes(born) if adult else (),
        )

    def incomes(self, born: date) -> tuple[Income, ...]:
        r = self.rng
        if self.today.year - born.year >= 67:
            return (Income("pension", round(float(r.uniform(190_000, 420_000)), -2)),)
        kind = str(
            r.choice(
                ["wage", "disability_benefit", "aap", "other_taxable", "none"],
                p=[0.55, 0.22, 0.12, 0.04, 0.07],
            )
        )
        ranges = {
            "wage": (220_000, 750_000),
            "disability_benefit": (230_000, 360_000),
            "aap": (170_000, 320_000),
            "other_taxable": (40_000, 200_000),
        }
        if kind == "none":
            return ()
        amount = round(float(r.uniform(*ranges[kind])), -2)
        if kind == "disability_benefit" and r.random() < 0.3:
            return (
                Income(kind, amount),
                Income("wage", round(float(r.uniform(20_000, 120_000)), -2)),
            )
        return (Income(kind, amount),)

    def members(self) -> tuple[Person, ...]:
        """A household whose ages fit together: partners of about the same age, children
        born when a parent was 18–45, adult children (18–25) living with a parent."""
        r = self.rng
        kind = self.type_names[int(r.choice(len(self.type_names), p=self.type_p))]
        _, _, (low, high) = TYPES[kind]
        children = int(r.integers(low, high + 1)) if high else 0
        if kind == "other":  # a parent with grown children (and perhaps younger ones)
            age = int(r.integers(43, 61))
        elif children:
            age = int(r.integers(24, 52))
        else:
            age = int(r.integers(20, 86))
        last = self.pick(self.data["last_names"])
        members = [self.person("applicant", age, last)]
        if kind in ("couple", "couple_with_children"):
            sex = "M" if members[0].sex == "F" else "F"
            partner = int(np.clip(age + round(float(r.normal(0, 4))), 20, 90))
            members.append(self.person("co_applicant", partner, last, sex))
        if kind == "other":
            members += [self.person("adult", int(r.integers(18, 26)), last) for _ in range(2)]
        oldest_child = min(17, age - 18)
        youngest_child = max(0, age - 45)
        members += [
            self.person("child", int(r.integers(youngest_child, oldest_child + 1)), last)
            for _ in range(children)
        ]
        return tuple(members)

    def debts(self) -> tuple[Debt, ...]:
        """Existing loans (their instalments include interest): studielån, billån, forbrukslån."""
        r = self.rng
        found = []
        for kind, rate, years, (low, high) in DEBT_KINDS:
            if r.random() < {"studielån": 0.2, "billån": 0.12, "forbrukslån": 0.15}[kind]:
                balance = round(float(r.uniform(low, high)), -3)
                found.append(Debt(kind, balance, round(annuity_monthly(balance, rate, years), -1)))
        return tuple(found)

    def household(self, index: int, members: tuple[Person, ...], unit: Unit) -> RegisteredHousehold:
        r = self.rng
        children = sum(1 for p in members if p.role == "child")
        bedrooms = unit.bedrooms or 1
        rent = float(np.clip(round(6_000 + 2_600 * bedrooms + r.normal(0, 900), -2), 7_000, 18_000))
        gross = sum(i.annual for p in members for i in p.incomes)
        first = members[0]
        # Drawn in the order the demo always drew them (the same seed gives the same register).
        tenancy = Tenancy(
            unit.unit_id,
            rent,
            self.today - timedelta(days=int(r.integers(60, 5_000))),
            round(float(r.uniform(1_000, 40_000)), -2) if r.random() < 0.12 else 0.0,
        )
        savings = round(float(r.lognormal(9.5, 1.3)), -2) if r.random() < 0.7 else 0.0
        debts = self.debts()
        childcare = childcare_monthly(members, self.today, gross, r)
        return RegisteredHousehold(
            external_id=f"DEMO-{index:06d}",
            members=members,
            tenancy=tenancy,
            tax_free_income_monthly=CHILD_BENEFIT * children,
            savings=savings,
            debts=debts,
            other_fixed_costs_monthly=childcare,
            car=str(r.choice(["none", "petrol", "electric"], p=[0.5, 0.35, 0.15])),
            phone=f"4{int(r.integers(0, 10_000_000)):07d}",
            email=f"{first.first_name}.{first.last_name}{index}@example.no".lower(),
            case_state="ny" if r.random() < 0.85 else "kartlagt",
            childcare_expenses_annual=childcare * CHILDCARE_MONTHS,
            existing_interest_annual=existing_interest(debts),
        )

    def fitting_unit(self, index: int, members: tuple[Person, ...]) -> Unit:
        """A unit with the bedrooms the household needs (now and then one more)."""
        needed = bedrooms_needed(members)
        return self.unit(index, needed + int(self.rng.random() < 0.15))


def rent_history(
    ids: dict[str, int],
    tenancies: list[tuple[str, Tenancy]],
    today: date,
    seed: int,
    months: int = 12,
) -> list[tuple[int, str, float, float, str | None]]:
    """The last months' rent payments: mostly on time; tenants in arrears have late and unpaid
    months that add up to roughly their arrears. Deterministic for a seed."""
    rng = np.random.default_rng(seed + 7919)
    rows: list[tuple[int, str, float, float, str | None]] = []
    for external_id, tenancy in tenancies:
        first = today.year * 12 + today.month - 1 - months
        start = tenancy.start.year * 12 + tenancy.start.month - 1 if tenancy.start else first
        unpaid = (
            min(months, int(round(tenancy.arrears / tenancy.rent_monthly)))
            if tenancy.rent_monthly
            else 0
        )
        late = (
            int(rng.integers(1, 4))
            if tenancy.arrears
            else int(rng.random() < 0.1) * int(rng.integers(1, 3))
        )
        for k in range(max(first, start + 1), first + months):
            month = f"{k // 12:04d}-{k % 12 + 1:02d}"
            left = first + months - k
            if left <= unpaid:
                rows.append((ids[external_id], month, tenancy.rent_monthly, 0.0, None))
                continue
            delay = (
                int(rng.integers(18, 45))
                if rng.random() < late / months
                else int(rng.integers(-5, 3))
            )
            paid = date(k // 12, k % 12 + 1, 1) + timedelta(days=delay)
            rows.append(
                (
                    ids[external_id],
                    month,
                    tenancy.rent_monthly,
                    tenancy.rent_monthly,
                    paid.isoformat(),
                )
            )
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
    stored = db.settings.all()
    own = sorted(
        k
        for k, v in stored.items()
        if k.startswith("municipality.") and k != TILTAKSSONE_SETTING and v not in ("", None)
    )
    if profile and profile.get("name") != demo_profile["name"]:
        found.append(f"kommuneprofilen for «{profile.get('name') or 'uten navn'}»")
    elif own:
        name = stored.get("municipality.name")
        found.append(f"kommunens opplysninger ({name or ', '.join(own)})")
    elif not profile:
        changed = [
            key for key, value in DEMO_SETTINGS.items() if db.settings.get(key, value) != value
        ]
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
                + "; ".join(found)
                + "). Ingenting er endret.",
                "Lag demoregisteret i en egen, ny databasefil.",
            ]
        )


def create_demo(
    db: Database,
    households: int = 2_000,
    seed: int = 1,
    progress: Progress | None = None,
    today: date | None = None,
    tiltakssonen: bool = False,
) -> DemoResult:
    """Fill the database with a demo register (one transaction; re-running updates it).
    ``tiltakssonen`` puts the fictional municipality in the Finnmark/Nord-Troms action zone.

    Refuses (``InputError``, nothing changed) on a database holding a municipality's data.
    """
    from .demo_family import showcase_household, showcase_unit  # it builds on this module

    maker = _Maker(seed, today or date.today())
    unit_count = households + households // 20  # some vacant units
    with db.transaction():
        refuse_real_data(db)
        db.settings.set_municipality(maker.data["municipality"])
        for key, value in DEMO_SETTINGS.items():
            db.settings.set(key, value)
        if tiltakssonen or db.settings.get(TILTAKSSONE_SETTING, None) is not None:
            db.settings.set(TILTAKSSONE_SETTING, tiltakssonen)
        people = [maker.members() for _ in range(households)]
        units = [maker.fitting_unit(i, people[i]) for i in range(households)]
        units += [maker.unit(i) for i in range(households, unit_count)]  # vacant
        units[0] = showcase_unit(maker.today)
        db.units.bulk_upsert(units)
        lookup = db.households.unit_lookup()
        known = db.households.id_map()
        tenancies: list[tuple[str, Tenancy]] = []
        for start in range(0, households, CHUNK):
            if progress is not None and progress(start, households) is False:
                raise DemoCancelled("avbrutt")
            stop = min(households, start + CHUNK)
            batch = [maker.household(i, people[i], units[i]) for i in range(start, stop)]
            if start == 0:
                batch[0] = showcase_household(maker)
            db.households.bulk_write(batch, audit=False, known_ids=known, units=lookup)
            tenancies += [(h.external_id, h.tenancy) for h in batch if h.tenancy is not None]
        rent = rent_history(db.households.id_map(), tenancies, maker.today, seed)
        db.rent.bulk_insert(rent)
        add_followup(db, rent, maker.today, seed)  # issue 14: services.demo_followup
        db.audit.record("created", "demo_register", None, {"households": households, "seed": seed})
    if progress is not None:
        progress(households, households)
    return DemoResult(households, unit_count)
