"""Scenario files (../shared/scenario-format.md) to and from the engine's types.

``scenario_from_dict`` collects every problem, one line each naming the field and the rule in
Norwegian (``household.members[1].age: må være mellom 0 og 120, fikk 130``), and raises
``ScenarioError`` with all of them. Optional fields beyond the fixed format are documented in
docs/scenario-format.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .model import (
    CARS,
    INCOME_KINDS,
    MODES,
    REPAYMENTS,
    ROLES,
    SEXES,
    TENURES,
    Debt,
    Dwelling,
    Financing,
    Household,
    Income,
    Member,
    Scenario,
)

MAX_TERM = 50
MAX_INTEREST_ONLY = 8
#: Nested data deeper than this is refused (a scenario is at most a few levels deep).
MAX_DEPTH = 20


class ScenarioError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class _Reader:
    """Reads typed fields from nested dicts, collecting problems instead of stopping."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def table(self, data: Any, where: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.fail(where or "(rot)", "må være et objekt ({…})")
            return {}
        for key in sorted(set(data) - allowed):
            self.fail(f"{where}.{key}" if where else key, "ukjent felt")
        return data

    def number(
        self,
        data: dict[str, Any],
        key: str,
        where: str,
        *,
        default: float | None = None,
        low: float = 0.0,
        high: float = 1e12,
        required: bool = False,
    ) -> float:
        path = f"{where}.{key}" if where else key
        if key not in data or data[key] is None:
            if required:
                self.fail(path, "må fylles ut")
            return default if default is not None else 0.0
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(path, f"må være et tall, fikk {_show(value)}")
            return default if default is not None else 0.0
        if not low <= value <= high:
            self.fail(path, f"må være mellom {_fmt(low)} og {_fmt(high)}, fikk {_show(value)}")
            return default if default is not None else 0.0
        return float(value)

    def integer(
        self,
        data: dict[str, Any],
        key: str,
        where: str,
        *,
        default: int,
        low: int,
        high: int,
        required: bool = False,
    ) -> int:
        path = f"{where}.{key}" if where else key
        if key not in data or data[key] is None:
            if required:
                self.fail(path, "må fylles ut")
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, f"må være et helt tall, fikk {_show(value)}")
            return default
        if not low <= value <= high:
            self.fail(path, f"må være mellom {low} og {high}, fikk {_show(value)}")
            return default
        return value

    def choice(
        self,
        data: dict[str, Any],
        key: str,
        where: str,
        options: tuple[str, ...],
        *,
        default: str | None = None,
    ) -> str:
        path = f"{where}.{key}" if where else key
        value = data.get(key, default)
        if value is None:
            self.fail(path, f"må fylles ut (en av {', '.join(options)})")
            return options[0]
        if value not in options:
            self.fail(path, f"må være en av {', '.join(options)}, fikk {_show(value)}")
            return options[0]
        return str(value)

    def boolean(self, data: dict[str, Any], key: str, where: str) -> bool | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.fail(f"{where}.{key}", f"må være true eller false, fikk {_show(value)}")
            return None
        return value

    def items(
        self, data: dict[str, Any], key: str, where: str, parse: Callable[[Any, str], Any]
    ) -> tuple[Any, ...]:
        value = data.get(key, [])
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(f"{where}.{key}", "må være en liste ([…])")
            return ()
        return tuple(parse(item, f"{where}.{key}[{i}]") for i, item in enumerate(value))


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _show(value: Any) -> str:
    """A value for a message, cut short (a 400-digit number is not repeated in full)."""
    text = repr(value) if isinstance(value, str) else str(value)
    if isinstance(value, bool):
        text = "true" if value else "false"
    return text if len(text) <= 40 else text[:37] + "…"


def _depth(data: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply lists and objects nest (stops counting past the limit)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > limit:
                return level
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


MEMBER_KEYS = {
    "role",
    "age",
    "sex",
    "incomes",
    "transit_pass",
    "pregnant",
    "name",
    "special_care_needs",
}
HOUSEHOLD_KEYS = {
    "members",
    "tax_free_income_monthly",
    "debts",
    "other_fixed_costs_monthly",
    "savings",
    "car",
    "current_rent_monthly",
    "living_costs_monthly_override",
    "living_costs_override_reason",
    "childcare_expenses_annual",
    "existing_interest_annual",
    "tiltakssonen",
}
DWELLING_KEYS = {
    "price",
    "tenure",
    "common_costs_monthly",
    "other_running_costs_monthly",
    "shared_debt",
    "market_value",
}
FINANCING_KEYS = {
    "mode",
    "term_years",
    "repayment",
    "startlan_rate",
    "bank_rate",
    "policy_rate",
    "grant_max",
    "interest_only_years",
    "bank_term_years",
    "startlan_stress_margin",
    "establishment_fee",
    "instalment_fee",
    "saving_horizon_months",
    "term_age_limit",
}
TOP_KEYS = {"year", "household", "dwelling", "financing", "label", "municipality_group"}


def _income(r: _Reader, data: Any, where: str) -> Income:
    d = r.table(data, where, {"kind", "annual"})
    return Income(
        kind=r.choice(d, "kind", where, INCOME_KINDS),
        annual=r.number(d, "annual", where, required=True),
    )


def _debt(r: _Reader, data: Any, where: str) -> Debt:
    d = r.table(data, where, {"kind", "balance", "monthly_payment"})
    kind = d.get("kind", "other")
    if not isinstance(kind, str):
        r.fail(f"{where}.kind", "må være tekst")
        kind = "other"
    return Debt(kind, r.number(d, "balance", where), r.number(d, "monthly_payment", where))


def _member(r: _Reader, data: Any, where: str) -> Member:
    d = r.table(data, where, MEMBER_KEYS)
    age = r.integer(d, "age", where, default=0, low=0, high=120, required=True)
    sex = d.get("sex")
    if sex is None and age >= 10:
        r.fail(f"{where}.sex", "må fylles ut fra 10 år (F eller M)")
    elif sex is not None and sex not in SEXES:
        r.fail(f"{where}.sex", f"må være F eller M, fikk {_show(sex)}")
        sex = None
    return Member(
        role=r.choice(d, "role", where, ROLES),
        age=age,
        sex=sex,
        incomes=r.items(d, "incomes", where, lambda x, w: _income(r, x, w)),
        transit_pass=r.boolean(d, "transit_pass", where),
        pregnant=bool(r.boolean(d, "pregnant", where)),
        special_care_needs=bool(r.boolean(d, "special_care_needs", where)),
    )


def _household(r: _Reader, data: Any) -> Household:
    where = "household"
    d = r.table(data, where, HOUSEHOLD_KEYS)
    members = r.items(d, "members", where, lambda x, w: _member(r, x, w))
    roles = [m.role for m in members]
    if not members:
        r.fail("household.members", "må ha minst søkeren (applicant)")
    elif roles.count("applicant") != 1:
        r.fail(
            "household.members",
            f"må ha nøyaktig én søker (applicant), fant {roles.count('applicant')}",
        )
    if roles.count("co_applicant") > 1:
        r.fail("household.members", "kan ha høyst én medsøker (co_applicant)")
    override = d.get("living_costs_monthly_override")
    if override is not None:
        override = r.number(d, "living_costs_monthly_override", where, high=1e6)
    reason = d.get("living_costs_override_reason", "")
    return Household(
        members=members,
        tax_free_income_monthly=r.number(d, "tax_free_income_monthly", where, high=1e6),
        debts=r.items(d, "debts", where, lambda x, w: _debt(r, x, w)),
        other_fixed_costs_monthly=r.number(d, "other_fixed_costs_monthly", where, high=1e6),
        savings=r.number(d, "savings", where),
        car=r.choice(d, "car", where, CARS, default="none"),
        current_rent_monthly=r.number(d, "current_rent_monthly", where, high=1e6),
        living_costs_monthly_override=override,
        living_costs_override_reason=reason if isinstance(reason, str) else "",
        childcare_expenses_annual=r.number(d, "childcare_expenses_annual", where),
        existing_interest_annual=r.number(d, "existing_interest_annual", where),
        tiltakssonen=bool(r.boolean(d, "tiltakssonen", where)),
    )


def _dwelling(r: _Reader, data: Any) -> Dwelling:
    where = "dwelling"
    d = r.table(data, where, DWELLING_KEYS)
    price = r.number(d, "price", where, required=True, low=1, high=1e9)
    return Dwelling(
        price=price,
        tenure=r.choice(d, "tenure", where, TENURES),
        common_costs_monthly=r.number(d, "common_costs_monthly", where, high=1e6),
        other_running_costs_monthly=r.number(d, "other_running_costs_monthly", where, high=1e6),
        shared_debt=r.number(d, "shared_debt", where, high=1e9),
        market_value=None
        if d.get("market_value") is None
        else r.number(d, "market_value", where, low=1, high=1e9),
    )


def _financing(r: _Reader, data: Any) -> Financing:
    where = "financing"
    d = r.table(data, where, FINANCING_KEYS)
    term = r.integer(d, "term_years", where, default=30, low=1, high=MAX_TERM)
    interest_only = r.integer(
        d, "interest_only_years", where, default=0, low=0, high=MAX_INTEREST_ONLY
    )
    if interest_only >= term:
        r.fail("financing.interest_only_years", f"må være kortere enn løpetiden ({term} år)")
    margin = d.get("startlan_stress_margin")
    policy = d.get("policy_rate")
    age_limit = d.get("term_age_limit")
    return Financing(
        mode=r.choice(d, "mode", where, MODES, default="auto"),
        term_years=term,
        repayment=r.choice(d, "repayment", where, REPAYMENTS, default="annuity"),
        startlan_rate=r.number(d, "startlan_rate", where, required=True, high=0.3),
        bank_rate=r.number(d, "bank_rate", where, required=True, high=0.3),
        policy_rate=None if policy is None else r.number(d, "policy_rate", where, high=0.3),
        grant_max=r.number(d, "grant_max", where, high=1e9),
        interest_only_years=interest_only,
        bank_term_years=r.integer(d, "bank_term_years", where, default=30, low=1, high=MAX_TERM),
        startlan_stress_margin=None
        if margin is None
        else r.number(d, "startlan_stress_margin", where, high=0.2),
        establishment_fee=r.number(d, "establishment_fee", where, high=100_000),
        instalment_fee=r.number(d, "instalment_fee", where, high=10_000),
        saving_horizon_months=r.integer(
            d, "saving_horizon_months", where, default=60, low=0, high=600
        ),
        term_age_limit=None
        if age_limit is None
        else r.integer(d, "term_age_limit", where, default=0, low=18, high=120),
    )


def scenario_from_dict(data: Any, available_years: list[int] | None = None) -> Scenario:
    r = _Reader()
    if _depth(data) > MAX_DEPTH:
        raise ScenarioError(
            [
                f"(rot): dataene er nestet dypere enn {MAX_DEPTH} nivåer; et scenario er bare noen "
                "få nivåer dypt"
            ]
        )
    top = r.table(data, "", TOP_KEYS)
    if r.problems:
        raise ScenarioError(r.problems)
    year = r.integer(top, "year", "", default=0, low=1900, high=2100, required=True)
    if available_years is not None and year and year not in available_years:
        r.fail(
            "year",
            f"ingen regelsett for {year}; tilgjengelig: {', '.join(map(str, available_years))}",
        )
    household = _household(r, top.get("household"))
    dwelling = _dwelling(r, top.get("dwelling"))
    financing = _financing(r, top.get("financing"))
    group = r.integer(top, "municipality_group", "", default=4, low=1, high=4)
    if r.problems:
        raise ScenarioError(r.problems)
    label = top.get("label", "")
    return Scenario(
        year,
        household,
        dwelling,
        financing,
        label=label if isinstance(label, str) else "",
        extra={"municipality_group": group},
    )


def scenario_to_dict(s: Scenario) -> dict[str, Any]:
    h, d, f = s.household, s.dwelling, s.financing
    members = []
    for m in h.members:
        item: dict[str, Any] = {"role": m.role, "age": m.age}
        if m.sex is not None:
            item["sex"] = m.sex
        if m.incomes:
            item["incomes"] = [{"kind": i.kind, "annual": i.annual} for i in m.incomes]
        if m.transit_pass is not None:
            item["transit_pass"] = m.transit_pass
        if m.pregnant:
            item["pregnant"] = True
        if m.special_care_needs:
            item["special_care_needs"] = True
        members.append(item)
    household: dict[str, Any] = {
        "members": members,
        "tax_free_income_monthly": h.tax_free_income_monthly,
        "debts": [
            {"kind": x.kind, "balance": x.balance, "monthly_payment": x.monthly_payment}
            for x in h.debts
        ],
        "other_fixed_costs_monthly": h.other_fixed_costs_monthly,
        "savings": h.savings,
        "car": h.car,
        "current_rent_monthly": h.current_rent_monthly,
        "living_costs_monthly_override": h.living_costs_monthly_override,
    }
    if h.living_costs_override_reason:
        household["living_costs_override_reason"] = h.living_costs_override_reason
    for key in ("childcare_expenses_annual", "existing_interest_annual"):
        if getattr(h, key):
            household[key] = getattr(h, key)
    if h.tiltakssonen:
        household["tiltakssonen"] = True
    dwelling: dict[str, Any] = {
        "price": d.price,
        "tenure": d.tenure,
        "common_costs_monthly": d.common_costs_monthly,
        "other_running_costs_monthly": d.other_running_costs_monthly,
    }
    if d.shared_debt:
        dwelling["shared_debt"] = d.shared_debt
    if d.market_value is not None:
        dwelling["market_value"] = d.market_value
    financing: dict[str, Any] = {
        "mode": f.mode,
        "term_years": f.term_years,
        "repayment": f.repayment,
        "startlan_rate": f.startlan_rate,
        "bank_rate": f.bank_rate,
        "grant_max": f.grant_max,
    }
    if f.policy_rate is not None and not f.policy_rate_seeded:
        financing["policy_rate"] = f.policy_rate
    for key in ("establishment_fee", "instalment_fee"):
        if getattr(f, key):
            financing[key] = getattr(f, key)
    if f.saving_horizon_months != 60:
        financing["saving_horizon_months"] = f.saving_horizon_months
    if f.term_age_limit is not None:
        financing["term_age_limit"] = f.term_age_limit
    if f.interest_only_years:
        financing["interest_only_years"] = f.interest_only_years
    if f.bank_term_years != 30:
        financing["bank_term_years"] = f.bank_term_years
    if f.startlan_stress_margin is not None:
        financing["startlan_stress_margin"] = f.startlan_stress_margin
    out: dict[str, Any] = {
        "year": s.year,
        "household": household,
        "dwelling": dwelling,
        "financing": financing,
    }
    if s.label:
        out["label"] = s.label
    group = s.extra.get("municipality_group")
    if isinstance(group, int) and group != 4:
        out["municipality_group"] = group
    return out


def check_override_floor(s: Scenario, floor_monthly: float) -> list[str]:
    """An override below the social-assistance floor is an input error (scenario-format.md)."""
    override = s.household.living_costs_monthly_override
    if override is not None and override < floor_monthly:
        return [
            "household.living_costs_monthly_override: "
            f"{_fmt(override)} er under sosialhjelpsnormen på {round(floor_monthly)} kr i måneden; "
            "levekostnadene kan ikke settes lavere enn normen"
        ]
    return []
