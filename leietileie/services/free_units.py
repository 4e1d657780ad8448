"""For households that cannot buy the unit they rent: the cheapest vacant unit that fits.

A unit fits when it has at least the bedrooms the household needs: one for the applicant (and
co-applicant), one for each other adult, and one for every two children. Among the fitting
vacant units with a valuation the cheapest is tried, with the same vectorised engine.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..domain.batch import TENURE_CODES, HouseholdBatch
from ..domain.register import Unit


@dataclass
class Candidates:
    """One candidate unit per household (index into ``units``; −1 = none fits)."""

    units: list[Unit]
    choice: npt.NDArray[np.int64]


def bedrooms_needed(batch: HouseholdBatch) -> npt.NDArray[np.int64]:
    adult = (batch.m_role != 3) | (batch.m_age >= 18)
    others = np.bincount(
        batch.m_household, weights=(adult & (batch.m_role >= 2)).astype(float), minlength=batch.size
    )
    children = np.bincount(batch.m_household, weights=(~adult).astype(float), minlength=batch.size)
    return (1 + others + np.ceil(children / 2)).astype(np.int64)


def cheapest_fitting(vacant: list[Unit], needed: npt.NDArray[np.int64]) -> Candidates:
    usable = [u for u in vacant if u.valuation and u.bedrooms]
    if not usable:
        return Candidates([], np.full(needed.shape, -1, dtype=np.int64))
    most = max(u.bedrooms or 0 for u in usable)
    best = np.full(most + 2, -1, dtype=np.int64)  # best[b] = cheapest unit with ≥ b bedrooms
    price = math.inf
    for bedrooms in range(most, 0, -1):
        for index, unit in enumerate(usable):
            if unit.bedrooms == bedrooms and (unit.valuation or math.inf) < price:
                price, best[bedrooms] = unit.valuation or math.inf, index
        if bedrooms < most and best[bedrooms] == -1:
            best[bedrooms] = best[bedrooms + 1]
    best[0] = best[1]
    choice = np.where(needed <= most, best[np.clip(needed, 0, most)], -1)
    return Candidates(usable, choice.astype(np.int64))


def with_candidates(batch: HouseholdBatch, candidates: Candidates) -> HouseholdBatch:
    """The batch with each household's dwelling replaced by its candidate (unchanged where none)."""
    units = candidates.units
    has = candidates.choice >= 0
    pick = np.where(has, candidates.choice, 0)

    def column(values: list[float], current: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        table = np.asarray(values or [0.0], dtype=np.float64)
        return np.where(has, table[pick], current)

    return dataclasses.replace(
        batch,
        d_price=column([u.valuation or 0.0 for u in units], batch.d_price),
        d_tenure=np.where(
            has, np.asarray([TENURE_CODES[u.tenure] for u in units] or [0])[pick], batch.d_tenure
        ).astype(np.int64),
        d_common_monthly=column([u.common_costs_monthly for u in units], batch.d_common_monthly),
        d_other_monthly=column(
            [u.other_running_costs_monthly for u in units], batch.d_other_monthly
        ),
        d_shared_debt=column([u.shared_debt for u in units], batch.d_shared_debt),
        d_market_value=column([u.valuation or 0.0 for u in units], batch.d_market_value),
    )
