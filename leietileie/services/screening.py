"""Screen the whole register: who can buy now, with a grant, in a few years, or not now — and why.

Every household is assessed for the dwelling it rents with the vectorised engine
(``domain.vector``, tested to agree with the scalar engine), filtered by the municipality's
practice (tenancy length, arrears, income kinds, age), ranked, and stored with the rule set
and assumptions so that the run can be reproduced.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from ..domain.categories import (
    CAN_BUY_NOW,
    CATEGORIES,
    CATEGORY_LABELS_NB,
    IN_YEARS,
    NOT_NOW,
    WITH_BANK_LOAN,
    WITH_GRANT,
)
from ..domain.model import Financing
from ..domain.vector import VERDICT_CODES, BatchResult, assess_batch
from ..storage.queries.screening_facts import ScreeningFacts
from ..storage.repositories.rent import late_for
from .assessment import rules_for
from .free_units import bedrooms_needed, cheapest_fitting, with_candidates
from .settings import Settings

if TYPE_CHECKING:
    from ..storage.register import Register

Progress = Callable[[int, int], bool]

__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS_NB",
    "REASON_TEXTS_NB",
    "ScreeningOptions",
    "screen_register",
]
REASON_TEXTS_NB = {
    "no_valuation": "Boligen mangler takst",
    "tenancy_too_short": "Leieforholdet er kortere enn kravet",
    "arrears": "Husleierestanse over grensen",
    "late_rent": "Husleien er betalt for sent flere ganger siste år",
    "temporary_income_only": "Bare midlertidig inntekt (AAP, dagpenger o.l.)",
    "age_below_min": "Søker er yngre enn aldersgrensen",
    "age_above_max": "Søker er eldre enn aldersgrensen",
    "no_capacity": "Inntekten dekker ikke levekostnader og bokostnader",
    "insufficient_servicing": "Betjeningsevnen er for svak",
    "grant_above_max": "Trenger mer tilskudd enn kommunens grense",
    "saving_closes_gap": "Sparing kan gi nok egenkapital",
    "free_unit_fits": "En annen ledig bolig kan passe",
    "bank_alone_sufficient": (
        "Banken kan trolig finansiere hele kjøpet "
        "(startlån er for dem som ikke får stort nok banklån)"
    ),
    # the rent ledger (issue 14; services.hold_back.held_back)
    "arrears_ledger": "Holdes tilbake: forfalt husleie over grensen i reskontroen",
    "arrears_on_time": "Holdes tilbake: restansen er gjort opp, men husleien er ikke betalt i "
    "tide lenge nok ennå",
}


class ScreeningCancelled(Exception):
    pass


@dataclass(frozen=True)
class ScreeningOptions:
    year: int
    on: date
    financing: Financing
    min_tenancy_years: float = 0.0
    max_arrears: float = 5_000.0
    exclude_temporary_income: bool = False
    min_age: int = 18
    max_age: int = 75
    horizon_years: int = 5
    #: Months of the last twelve with rent paid late or not in full, at most (None = ignore).
    max_late_payments: int | None = 2
    rank_by: str = "surplus"  # surplus | grant
    #: Also try the cheapest vacant unit that fits households that cannot buy their own.
    include_free_units: bool = False
    #: The municipality is in tiltakssonen (lower tax for every household in the register).
    tiltakssonen: bool = False

    @classmethod
    def from_settings(
        cls, settings: Settings, on: date | None = None, year: int | None = None
    ) -> ScreeningOptions:
        year = year or settings.year()
        on = on or date.today()
        return cls(
            year=year,
            on=on,
            financing=settings.default_financing(year, on),
            min_tenancy_years=float(settings.get("screening.min_tenancy_years")),
            max_arrears=float(settings.get("screening.max_arrears")),
            exclude_temporary_income=bool(settings.get("screening.exclude_temporary_income")),
            min_age=int(settings.get("screening.min_age")),
            max_age=int(settings.get("screening.max_age")),
            horizon_years=int(settings.get("screening.horizon_years")),
            include_free_units=bool(settings.get("screening.include_free_units")),
            max_late_payments=int(settings.get("screening.max_late_payments")),
            tiltakssonen=settings.tiltakssonen(),
        )

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["on"] = self.on.isoformat()
        return data


@dataclass
class ScreeningOutcome:
    run_id: int
    options: ScreeningOptions
    ids: list[int]
    category: npt.NDArray[np.int64]  # index into CATEGORIES
    years_to_buy: npt.NDArray[np.float64]  # NaN unless "om N år"
    rank: npt.NDArray[np.int64]
    reasons: list[list[str]]
    result: BatchResult
    timings: dict[str, float] = field(default_factory=dict)
    #: Per household: a vacant unit that would put it in a better category ('' = none).
    alternative_unit: list[str] = field(default_factory=list)
    alternative_category: npt.NDArray[np.int64] | None = None
    #: Households held back by their rent ledger, with the domain's reason (issue 14).
    held_back: dict[int, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        found = np.bincount(self.category, minlength=len(CATEGORIES))
        return {name: int(found[i]) for i, name in enumerate(CATEGORIES)}


def _filter_reasons(
    options: ScreeningOptions, facts: ScreeningFacts
) -> list[tuple[str, npt.NDArray[np.bool_]]]:
    with np.errstate(invalid="ignore"):
        return [
            ("no_valuation", ~facts.has_valuation),
            (
                "tenancy_too_short",
                (facts.tenancy_years < options.min_tenancy_years)
                | (np.isnan(facts.tenancy_years) & (options.min_tenancy_years > 0)),
            ),
            ("arrears", facts.arrears > options.max_arrears),
            (
                "temporary_income_only",
                np.full(len(facts.ids), options.exclude_temporary_income)
                & (facts.permanent_income <= 0)
                & (facts.temporary_income > 0),
            ),
            ("age_below_min", facts.applicant_age < options.min_age),
            ("age_above_max", facts.applicant_age > options.max_age),
            ("late_rent", _late(options, facts)),
        ]


def _late(options: ScreeningOptions, facts: ScreeningFacts) -> npt.NDArray[np.bool_]:
    if options.max_late_payments is None or facts.late_payments is None:
        return np.zeros(len(facts.ids), dtype=bool)
    with np.errstate(invalid="ignore"):
        return facts.late_payments > options.max_late_payments


def categorise(
    options: ScreeningOptions, facts: ScreeningFacts, result: BatchResult
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64], list[list[str]]]:
    filters = _filter_reasons(options, facts)
    excluded = np.zeros(result.size, dtype=bool)
    for _, mask in filters:
        excluded |= mask
    months = result.months_to_save
    with np.errstate(invalid="ignore"):
        can_save = (
            (result.verdict == 2) & ~np.isnan(months) & (months <= options.horizon_years * 12)
        )
    bank_alone = result.bank_alone_sufficient
    category = np.select(
        [excluded, bank_alone, result.verdict == 0, result.verdict == 1, can_save],
        [NOT_NOW, WITH_BANK_LOAN, CAN_BUY_NOW, WITH_GRANT, IN_YEARS],
        default=NOT_NOW,
    ).astype(np.int64)
    years = np.where(category == IN_YEARS, np.ceil(np.nan_to_num(months) / 12), np.nan)
    reasons: list[list[str]] = [[] for _ in range(result.size)]
    for code, mask in filters:
        for index in np.flatnonzero(mask).tolist():
            reasons[index].append(code)
    for index in np.flatnonzero(category == WITH_BANK_LOAN).tolist():
        reasons[index].append("bank_alone_sufficient")
    no_capacity = result.available_for_loans_monthly <= 0
    for index in np.flatnonzero((result.verdict == 2) & ~excluded & ~bank_alone).tolist():
        if no_capacity[index]:
            reasons[index].append("no_capacity")
        else:
            reasons[index].append("insufficient_servicing")
            if options.financing.grant_max > 0:
                reasons[index].append("grant_above_max")
            if category[index] == IN_YEARS:
                reasons[index].append("saving_closes_gap")
    return category, years, reasons


def rank(category: npt.NDArray[np.int64], result: BatchResult, by: str) -> npt.NDArray[np.int64]:
    """1 = first. Within each category: the largest surplus after the stress test, or the
    smallest grant needed, first."""
    key = result.grant_needed if by == "grant" else -result.surplus_monthly
    order = np.lexsort((key, category))
    ranks = np.empty(len(order), dtype=np.int64)
    ranks[order] = np.arange(1, len(order) + 1)
    return ranks


FIGURE_KEYS = (
    "tax_annual",
    "net_income_monthly",
    "living_costs_monthly",
    "available_for_loans_monthly",
    "purchase_costs",
    "equity",
    "bank_loan",
    "startlan",
    "grant",
    "grant_needed",
    "monthly_payment",
    "monthly_cost_renting",
    "shortfall_monthly",
    "saving_capacity_monthly",
)


def _rows(
    ids: list[int],
    category: npt.NDArray[np.int64],
    years: npt.NDArray[np.float64],
    ranks: npt.NDArray[np.int64],
    reasons: list[list[str]],
    result: BatchResult,
    alternative: list[str] | None = None,
) -> list[tuple[Any, ...]]:
    """One row per household in SCREENING_COLUMNS order; figures as compact JSON.

    Built from whole columns (``tolist`` once, then string formatting) because a
    100 000-household run must be stored in about a second.
    """

    def ints(values: npt.NDArray[np.float64]) -> list[int]:
        return values.astype(np.int64).tolist()  # type: ignore[no-any-return]

    def optional(values: npt.NDArray[np.float64]) -> list[str]:
        return ["null" if math.isnan(v) else str(int(v)) for v in values.tolist()]

    # Integers go into the template as %d (formatted in C, no string per figure first).
    template = (
        '{"rank":%d,"years":%s,"engine_verdict":"%s",'
        + ",".join(f'"{k}":%d' for k in FIGURE_KEYS)
        + ',"months_to_save":%s,"alternative_unit":%s,"bank_alone_sufficient":%s}'
    )
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    alternatives = ["null" if not a else dumps(a) for a in (alternative or [""] * len(ids))]
    figures = [
        template % values
        for values in zip(
            ranks.tolist(),
            optional(years),
            [VERDICT_CODES[v] for v in result.verdict.tolist()],
            *[ints(getattr(result, key)) for key in FIGURE_KEYS],
            optional(result.months_to_save),
            alternatives,
            ["true" if b else "false" for b in result.bank_alone_sufficient.tolist()],
            strict=True,
        )
    ]
    # Many households share a list of reasons: each distinct list is serialised once.
    encoded: dict[tuple[str, ...], str] = {}
    reason_texts = []
    for r in reasons:
        key = tuple(r)
        text = encoded.get(key)
        if text is None:
            text = encoded[key] = dumps(r)
        reason_texts.append(text)
    price = (
        result.equity + result.bank_loan + result.startlan + result.grant - result.purchase_costs
    ).tolist()
    return list(
        zip(
            ids,
            [CATEGORIES[c] for c in category.tolist()],
            price,
            result.max_total_loan.tolist(),
            (result.bank_loan + result.startlan).tolist(),
            result.monthly_cost_owning.tolist(),
            result.surplus_monthly.tolist(),
            reason_texts,
            figures,
            strict=True,
        )
    )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a screening reads, assesses and stores: hundreds of
    thousands of new objects (rows read, tuples and strings stored) that are freed by
    reference counting or survive, so the collector would walk them again and again for
    nothing.
    Reference counting still frees what is dropped; the collector is back on afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ScreeningCancelled("kartleggingen ble avbrutt")


def screen_register(
    database: Register, options: ScreeningOptions, progress: Progress | None = None
) -> ScreeningOutcome:
    """Assess every household for the dwelling it rents; store and return the results.

    The cyclic garbage collector is paused for the run (``_collector_paused``): reading,
    assessing and storing 100 000 households makes millions of objects that are either
    freed by reference counting or kept, so its passes find nothing (0.3–0.4 s of a run)."""
    with _collector_paused():
        return _screen(database, options, progress)


def _screen(
    database: Register, options: ScreeningOptions, progress: Progress | None
) -> ScreeningOutcome:
    timings: dict[str, float] = {}
    start = time.perf_counter()
    _step(progress, 0, 4)
    rules = rules_for(options.year, Settings(database).adjustments(options.year, options.on))
    # The members and the rent ledger (a million rows for 100 000 households) are read on
    # connections of their own while this one reads the households, debts and incomes.
    members = database.read_beside(lambda other: other.households.packed_members())
    ledger = database.read_beside(lambda other: other.rent.late_history(options.on))
    ids, batch, facts = database.households.screening_input(
        options.on, options.tiltakssonen, members.result
    )
    facts.late_payments = late_for(ledger.result(), ids)
    timings["load"] = time.perf_counter() - start
    _step(progress, 1, 4)
    result = assess_batch(rules, batch, options.financing)
    category, years, reasons = categorise(options, facts, result)
    held = _held_back(database, options, ids, category, years, reasons)
    ranks = rank(category, result, options.rank_by)
    alternative: list[str] = []
    alt_category = None
    if options.include_free_units:
        alternative, alt_category = _free_units(
            database, rules, options, facts, batch, category, reasons
        )
    timings["assess"] = time.perf_counter() - start - timings["load"]
    _step(progress, 2, 4)
    rows = _rows(ids, category, years, ranks, reasons, result, alternative or None)
    _step(progress, 3, 4)
    run_id = database.screening.store_run(
        options.year, options.on, rows, settings=options.to_json()
    )
    timings["store"] = time.perf_counter() - start - timings["load"] - timings["assess"]
    _step(progress, 4, 4)
    return ScreeningOutcome(
        run_id,
        options,
        ids,
        category,
        years,
        ranks,
        reasons,
        result,
        timings,
        alternative,
        alt_category,
        held,
    )


def _held_back(
    database: Register,
    options: ScreeningOptions,
    ids: list[int],
    category: npt.NDArray[np.int64],
    years: npt.NDArray[np.float64],
    reasons: list[list[str]],
) -> dict[int, Any]:
    """Hold back the households whose rent ledger says so (``hold_back.held_back``): not now,
    with the reason; only the few with a shortfall in the ledger are read."""
    from .hold_back import held_back, held_back_code

    held = held_back(database, options.on, options.max_arrears)
    if held:
        where = {hid: i for i, hid in enumerate(ids)}
        for hid, candidacy in held.items():
            index = where.get(hid)
            if index is None:
                continue
            category[index] = NOT_NOW
            years[index] = np.nan
            reasons[index].append(held_back_code(candidacy))
    return held


def _free_units(
    database: Register,
    rules: Any,
    options: ScreeningOptions,
    facts: ScreeningFacts,
    batch: Any,
    category: npt.NDArray[np.int64],
    reasons: list[list[str]],
) -> tuple[list[str], npt.NDArray[np.int64]]:
    """Try the cheapest fitting vacant unit for every household; keep it where it helps."""
    vacant = database.units.list(0, 1_000_000, vacant_only=True)
    candidates = cheapest_fitting(vacant, bedrooms_needed(batch))
    alt_result = assess_batch(rules, with_candidates(batch, candidates), options.financing)
    alt_facts = dataclasses.replace(
        facts, has_valuation=facts.has_valuation | (candidates.choice >= 0)
    )
    alt_category, _, _ = categorise(options, alt_facts, alt_result)
    better = (
        (candidates.choice >= 0)
        & (alt_category < category)
        & (alt_category < NOT_NOW)
        & (category != WITH_BANK_LOAN)
    )
    alternative = [""] * len(category)
    for index in np.flatnonzero(better).tolist():
        alternative[index] = candidates.units[candidates.choice[index]].unit_id
        reasons[index].append("free_unit_fits")
    return alternative, np.where(better, alt_category, category)
