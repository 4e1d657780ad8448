"""A whole register as columns (struct of arrays) for the vectorised engine.

Storage builds a ``HouseholdBatch`` straight from SQL; tests build one from ``Household``
objects with ``batch_from_households``. Member arrays are flat; ``m_household`` indexes the
household arrays (0..N-1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from .model import (
    CAPITAL_INCOME,
    DISABILITY_INCOME,
    PENSION_INCOME,
    WAGE_LIKE_INCOME,
    Dwelling,
    Household,
)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def _empty_f() -> FloatArray:
    return np.zeros(0, dtype=np.float64)


def _empty_i() -> IntArray:
    return np.zeros(0, dtype=np.int64)


SEX_CODES = {None: 0, "F": 1, "M": 2}
ROLE_CODES = {"applicant": 0, "co_applicant": 1, "adult": 2, "child": 3}
CAR_CODES = {"none": 0, "petrol": 1, "electric": 2}
TENURE_CODES = {"freehold": 0, "cooperative": 1}


@dataclass
class HouseholdBatch:
    # members (flat)
    m_household: IntArray
    m_age: IntArray
    m_sex: IntArray  # 0 unknown, 1 F, 2 M
    m_role: IntArray  # 0 applicant, 1 co_applicant, 2 adult, 3 child
    m_transit: IntArray  # -1 default (true from 18), 0 no, 1 yes
    m_pregnant: IntArray  # 0/1
    m_wage_income: FloatArray  # wage-like taxable income, kr a year
    m_pension_income: FloatArray  # pension income, kr a year
    # households
    h_tax_free_monthly: FloatArray
    h_debt_balance: FloatArray
    h_debt_payment_monthly: FloatArray
    h_other_fixed_monthly: FloatArray
    h_savings: FloatArray
    h_car: IntArray  # 0 none, 1 petrol, 2 electric
    h_rent_monthly: FloatArray
    h_override_monthly: FloatArray  # NaN = no override
    # the dwelling each household is assessed for
    d_price: FloatArray
    d_tenure: IntArray  # 0 freehold, 1 cooperative
    d_common_monthly: FloatArray
    d_other_monthly: FloatArray
    d_shared_debt: FloatArray
    # Optional columns (empty = zeros; market value = price), so that older builders work.
    m_capital_income: FloatArray = field(default_factory=lambda: _empty_f())  # 22 % only
    m_disability_income: FloatArray = field(
        default_factory=lambda: _empty_f()
    )  # uføretrygd part of wage
    m_special_care: IntArray = field(
        default_factory=lambda: _empty_i()
    )  # 0/1 (foreldrefradrag after 11)
    h_childcare_annual: FloatArray = field(
        default_factory=lambda: _empty_f()
    )  # foreldrefradrag base
    h_existing_interest_annual: FloatArray = field(
        default_factory=lambda: _empty_f()
    )  # rentefradrag
    h_tiltakssonen: IntArray = field(default_factory=lambda: _empty_i())  # 0/1 Finnmark/Nord-Troms
    d_market_value: FloatArray = field(
        default_factory=lambda: _empty_f()
    )  # salgsverdi (dokumentavgift)

    def __post_init__(self) -> None:
        n, m = int(self.h_savings.shape[0]), int(self.m_household.shape[0])
        for name in ("m_capital_income", "m_disability_income"):
            if getattr(self, name).shape[0] == 0 and m:
                setattr(self, name, np.zeros(m))
        if self.m_special_care.shape[0] == 0 and m:
            self.m_special_care = np.zeros(m, dtype=np.int64)
        for name in ("h_childcare_annual", "h_existing_interest_annual"):
            if getattr(self, name).shape[0] == 0 and n:
                setattr(self, name, np.zeros(n))
        if self.h_tiltakssonen.shape[0] == 0 and n:
            self.h_tiltakssonen = np.zeros(n, dtype=np.int64)
        if self.d_market_value.shape[0] == 0 and n:
            self.d_market_value = self.d_price.copy()

    @property
    def size(self) -> int:
        return int(self.h_savings.shape[0])

    def validate(self) -> None:
        n = self.size
        for name, value in vars(self).items():
            if name.startswith(("h_", "d_")) and value.shape != (n,):
                raise ValueError(f"{name}: expected {n} values, got {value.shape}")
        m = self.m_household.shape[0]
        for name, value in vars(self).items():
            if name.startswith("m_") and value.shape != (m,):
                raise ValueError(f"{name}: expected {m} values, got {value.shape}")
        if m and (self.m_household.min() < 0 or self.m_household.max() >= n):
            raise ValueError("m_household: index outside the household arrays")


def batch_from_households(
    households: Sequence[Household], dwellings: Sequence[Dwelling]
) -> HouseholdBatch:
    """Build a batch from engine objects (tests, small registers)."""
    if len(households) != len(dwellings):
        raise ValueError("one dwelling per household")
    mh: list[int] = []
    age: list[int] = []
    sex: list[int] = []
    role: list[int] = []
    transit: list[int] = []
    pregnant: list[int] = []
    wage: list[float] = []
    pension: list[float] = []
    capital: list[float] = []
    disability: list[float] = []
    special: list[int] = []
    for index, household in enumerate(households):
        for member in household.members:
            mh.append(index)
            age.append(member.age)
            sex.append(SEX_CODES.get(member.sex, 0))
            role.append(ROLE_CODES[member.role])
            transit.append(-1 if member.transit_pass is None else int(member.transit_pass))
            pregnant.append(int(member.pregnant))
            wage.append(member.income(WAGE_LIKE_INCOME))
            pension.append(member.income(PENSION_INCOME))
            capital.append(member.income(CAPITAL_INCOME))
            disability.append(member.income(DISABILITY_INCOME))
            special.append(int(member.special_care_needs))

    def f(values: Sequence[float]) -> FloatArray:
        return np.asarray(values, dtype=np.float64)

    def i(values: Sequence[int]) -> IntArray:
        return np.asarray(values, dtype=np.int64)

    return HouseholdBatch(
        m_household=i(mh),
        m_age=i(age),
        m_sex=i(sex),
        m_role=i(role),
        m_transit=i(transit),
        m_pregnant=i(pregnant),
        m_wage_income=f(wage),
        m_pension_income=f(pension),
        m_capital_income=f(capital),
        m_disability_income=f(disability),
        m_special_care=i(special),
        h_tax_free_monthly=f([h.tax_free_income_monthly for h in households]),
        h_debt_balance=f([h.debt_balance for h in households]),
        h_debt_payment_monthly=f([h.debt_payments_monthly for h in households]),
        h_other_fixed_monthly=f([h.other_fixed_costs_monthly for h in households]),
        h_savings=f([h.savings for h in households]),
        h_car=i([CAR_CODES[h.car] for h in households]),
        h_rent_monthly=f([h.current_rent_monthly for h in households]),
        h_override_monthly=f(
            [
                np.nan
                if h.living_costs_monthly_override is None
                else h.living_costs_monthly_override
                for h in households
            ]
        ),
        h_childcare_annual=f([h.childcare_expenses_annual for h in households]),
        h_existing_interest_annual=f([h.existing_interest_annual for h in households]),
        h_tiltakssonen=i([int(h.tiltakssonen) for h in households]),
        d_price=f([d.price for d in dwellings]),
        d_tenure=i([TENURE_CODES[d.tenure] for d in dwellings]),
        d_common_monthly=f([d.common_costs_monthly for d in dwellings]),
        d_other_monthly=f([d.other_running_costs_monthly for d in dwellings]),
        d_shared_debt=f([d.shared_debt for d in dwellings]),
        d_market_value=f([d.value for d in dwellings]),
    )
