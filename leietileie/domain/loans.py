"""Loan mathematics. The one module that wraps numpy-financial and owns its sign convention.

numpy-financial treats money paid out as negative (a loan received is +PV, payments are
−PMT). Everything this module returns is positive: a payment is what the borrower pays, a
loan is what they receive. Payments fall at the end of each month. Functions accept floats
or NumPy arrays (the vectorised screening uses the same functions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar, cast

import numpy as np
import numpy.typing as npt
import numpy_financial as npf

Num = TypeVar("Num", float, npt.NDArray[np.float64])
PAYMENTS_PER_YEAR = 12


def _as(result: Any, like: object) -> Any:
    """Arrays stay arrays; a scalar input gives a Python float."""
    return result if isinstance(like, np.ndarray) else float(result)


def _monthly(annual_rate: Any) -> npt.NDArray[np.float64]:
    """Monthly rate; rates too small to matter are 0 (numpy-financial's formulas lose all
    precision near 0 and return NaN for subnormal rates)."""
    rate = np.divide(np.asarray(annual_rate, dtype=np.float64), PAYMENTS_PER_YEAR)
    return np.where(np.abs(rate) < 1e-12, 0.0, rate)


def annuity_payment(principal: Num, annual_rate: Num | float, years: Num | float) -> Num:
    """Monthly annuity payment (interest + principal) on a loan."""
    with np.errstate(divide="ignore", invalid="ignore"):
        result = -npf.pmt(_monthly(annual_rate), np.multiply(years, PAYMENTS_PER_YEAR), principal)
    return cast(Num, _as(result, principal))


def serial_first_payment(principal: Num, annual_rate: Num | float, years: Num | float) -> Num:
    """First monthly payment of a serial loan: equal principal part plus interest on the balance."""
    months = np.multiply(years, PAYMENTS_PER_YEAR)
    result = np.divide(principal, months) + np.multiply(
        principal, np.divide(annual_rate, PAYMENTS_PER_YEAR)
    )
    return cast(Num, _as(result, principal))


def first_payment(
    principal: Num, annual_rate: Num | float, years: Num | float, repayment: str
) -> Num:
    if repayment == "serial":
        return serial_first_payment(principal, annual_rate, years)
    return annuity_payment(principal, annual_rate, years)


def max_annuity_loan(monthly: Num, annual_rate: Num | float, years: Num | float) -> Num:
    """The largest annuity loan a monthly amount carries (present value), or 0 if none."""
    with np.errstate(divide="ignore", invalid="ignore"):
        pv = -npf.pv(_monthly(annual_rate), np.multiply(years, PAYMENTS_PER_YEAR), monthly)
    result = np.maximum(pv, 0.0)
    return cast(Num, _as(result, monthly))


def max_serial_loan(monthly: Num, annual_rate: Num | float, years: Num | float) -> Num:
    """The L whose first serial payment L/n + L·r/12 equals the monthly amount."""
    months = np.multiply(years, PAYMENTS_PER_YEAR)
    factor = np.divide(1.0, months) + np.divide(annual_rate, PAYMENTS_PER_YEAR)
    result = np.maximum(np.divide(monthly, factor), 0.0)
    return cast(Num, _as(result, monthly))


def max_loan(monthly: Num, annual_rate: Num | float, years: Num | float, repayment: str) -> Num:
    if repayment == "serial":
        return max_serial_loan(monthly, annual_rate, years)
    return max_annuity_loan(monthly, annual_rate, years)


def nominal_from_effective(effective: float, payments_per_year: int = 12) -> float:
    """Husbanken's published nominal rate: ((1 + e)^(1/n) − 1)·n, to 3 decimals in percent."""
    nominal = ((1.0 + effective) ** (1.0 / payments_per_year) - 1.0) * payments_per_year
    return float(round(nominal * 100.0, 3) / 100.0)


@dataclass(frozen=True)
class Schedule:
    """A monthly amortisation schedule. Arrays have one entry per month (month 1 first)."""

    principal: float
    annual_rate: float
    years: int
    repayment: str
    interest_only_years: int
    fee_per_payment: float
    payment: npt.NDArray[np.float64]  # interest + principal, without fees
    interest: npt.NDArray[np.float64]
    repaid: npt.NDArray[np.float64]
    balance: npt.NDArray[np.float64]  # after the month's payment

    @property
    def months(self) -> int:
        return int(self.payment.shape[0])

    def yearly(self) -> list[dict[str, float]]:
        """Sums per year: payment, interest, repaid, fees, balance at year end."""
        rows = []
        for year in range(self.months // PAYMENTS_PER_YEAR):
            part = slice(year * 12, year * 12 + 12)
            rows.append(
                {
                    "year": year + 1,
                    "payment": float(self.payment[part].sum()),
                    "interest": float(self.interest[part].sum()),
                    "repaid": float(self.repaid[part].sum()),
                    "fees": self.fee_per_payment * 12,
                    "balance": float(self.balance[part][-1]),
                }
            )
        return rows


def schedule(
    principal: float,
    annual_rate: float,
    years: int,
    repayment: str = "annuity",
    *,
    interest_only_years: int = 0,
    fee_per_payment: float = 0.0,
) -> Schedule:
    """Full monthly schedule. Interest-only years come first and are part of the term."""
    if not 0 <= interest_only_years < years:
        raise ValueError("interest-only years must be at least 0 and shorter than the term")
    months = years * PAYMENTS_PER_YEAR
    io_months = interest_only_years * PAYMENTS_PER_YEAR
    amortising = months - io_months
    r = annual_rate / PAYMENTS_PER_YEAR
    payment = np.zeros(months)
    interest = np.zeros(months)
    repaid = np.zeros(months)
    balance = np.zeros(months)
    outstanding = float(principal)
    level = (
        annuity_payment(float(principal), annual_rate, amortising / 12)
        if repayment == "annuity"
        else 0.0
    )
    part = principal / amortising
    for month in range(months):
        month_interest = outstanding * r
        if month < io_months:
            month_repaid = 0.0
        elif repayment == "annuity":
            month_repaid = level - month_interest
        else:
            month_repaid = part
        if month == months - 1:
            month_repaid = outstanding  # absorb floating-point remainder
        outstanding -= month_repaid
        interest[month] = month_interest
        repaid[month] = month_repaid
        payment[month] = month_interest + month_repaid
        balance[month] = max(outstanding, 0.0)
    return Schedule(
        principal=float(principal),
        annual_rate=annual_rate,
        years=years,
        repayment=repayment,
        interest_only_years=interest_only_years,
        fee_per_payment=fee_per_payment,
        payment=payment,
        interest=interest,
        repaid=repaid,
        balance=balance,
    )


def first_year_interest(principal: float, annual_rate: float, years: int, repayment: str) -> float:
    """Interest paid in the first twelve months (for rentefradrag)."""
    if principal <= 0:
        return 0.0
    return float(schedule(principal, annual_rate, years, repayment).interest[:12].sum())


def grant_repayable_share(
    years_elapsed: float, writedown_rate: float, writedown_years: int
) -> float:
    """Share of an establishment grant repayable on sale after full years of write-down."""
    full_years = int(years_elapsed)
    if full_years >= writedown_years:
        return 0.0
    return max(0.0, 1.0 - writedown_rate * full_years)
