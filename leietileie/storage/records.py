"""The register's records: frozen rows the repositories read and return.

No driver imports and no SQL here; the repositories (``repositories/``) build them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypedDict

from ..domain.rent import paid_on_time


@dataclass(frozen=True)
class ArrearsCase:
    id: int
    household_id: int
    opened_on: date
    closed_on: date | None
    outcome: str | None


@dataclass(frozen=True)
class Action:
    id: int
    household_id: int
    arrears_case_id: int | None
    kind: str
    on_date: date
    note: str
    document_id: int | None
    created_by: str


@dataclass(frozen=True)
class PaymentAgreement:
    id: int
    household_id: int
    arrears_case_id: int | None
    start_month: str
    monthly_amount: float
    total_amount: float
    status: str
    created_on: date
    created_by: str


@dataclass(frozen=True)
class LedgerRow:
    month: str
    amount_due: float
    amount_paid: float
    paid_on: date | None


@dataclass(frozen=True)
class StoredAssessment:
    id: int
    household_id: int
    unit_ref: int | None
    created_at: str
    created_by: str
    rules_year: int
    kind: str
    inputs: dict[str, Any]
    result: dict[str, Any]
    verdict: str
    case_id: int | None = None


@dataclass(frozen=True)
class ScreeningResult:
    run_id: int
    household_id: int
    #: The result's category (kan_kjope_na, …; column ``category`` since migration 0009).
    category: str
    price: float | None
    max_loan: float | None
    loan_needed: float | None
    monthly_cost: float | None
    surplus_monthly: float | None
    reasons: list[str]
    figures: dict[str, Any]


class ScreeningRun(TypedDict):
    """A stored screening run; ``settings`` are the options it ran with."""

    id: int
    created_at: str
    rules_year: int
    on_date: date
    household_count: int
    settings: dict[str, Any]


@dataclass(frozen=True)
class StoredDocument:
    id: int
    household_id: int
    case_id: int | None
    assessment_id: int | None
    kind: str
    language: str
    path: str
    sha256: str
    created_at: str
    created_by: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]


@dataclass(frozen=True)
class Case:
    id: int
    household_id: int
    state: str
    opened_on: date
    closed_on: date | None
    caseworker: str


@dataclass(frozen=True)
class CaseEvent:
    id: int
    case_id: int
    from_state: str | None
    to_state: str
    at: str
    by: str
    note: str


@dataclass(frozen=True)
class Deadline:
    """A case's deadline: the one record for it, in a case's history and in what is due
    (which also fills in the household's name and the case's state)."""

    id: int
    case_id: int
    kind: str
    due_on: date
    done: bool
    note: str
    household_id: int = 0
    external_id: str = ""
    name: str = ""
    state: str = ""

    @property
    def deadline_id(self) -> int:
        """The name the due lists used before (kept for callers this round)."""
        return self.id


@dataclass(frozen=True)
class DeletedCases:
    """What :meth:`CaseRepository.delete_closed` removed; ``paths`` are the deleted
    documents' recorded file paths (the files are the caller's to remove)."""

    cases: int = 0
    events: int = 0
    deadlines: int = 0
    documents: int = 0
    assessments: int = 0
    households: int = 0
    paths: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterDetails:
    document_id: int
    letter_type: str
    letter_date: str
    reference: str
    prepared_by: str
    decided_by: str
    outcome: str
    profile: dict[str, Any]
    extra: dict[str, Any]


@dataclass(frozen=True)
class AgreementRecord:
    id: int
    household_id: int
    case_id: int | None
    unit_ref: int | None
    start_date: date
    price_year0: float
    valuation_year0: float
    savings_year0: float
    monthly_saving_target: float
    option_expiry: date
    conditions: str
    status: str
    created_at: str
    created_by: str
    version: int


@dataclass(frozen=True)
class SavingsEntry:
    household_id: int
    on_date: date
    balance: float
    source: str


@dataclass(frozen=True)
class RentPayment:
    month: str  # YYYY-MM
    amount_due: float
    amount_paid: float
    paid_on: date | None

    @property
    def on_time(self) -> bool:
        """The domain's rule (``domain.rent.paid_on_time``)."""
        return paid_on_time(self.month, self.amount_due, self.amount_paid, self.paid_on)
