"""The follow-up lists as tables and files (issue 14): the arrears list with its status and
next step, and the rent-to-own agreements with actual savings against plan (XLSX, CSV or PDF
by the file's suffix, like the other lists). Each export is recorded in the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import arrears as ar
from ..domain import pathway as pw
from ..domain.messages import render
from ..exports import Column, Table, write_table
from ..exports.model import Progress
from .eligibility import CONFIDENTIAL_NB
from .followup import (
    ArrearsRow,
    PathwayRow,
    arrears_rows,
    escalation_rules,
    pathway_rows,
    pathway_rules,
)

if TYPE_CHECKING:
    from ..storage.register import Register

ARREARS_COLUMNS: tuple[Column, ...] = (
    Column("external_id", "Husstand"),
    Column("name", "Navn"),
    Column("unit_id", "Bolig"),
    Column("owed", "Restanse", "money"),
    Column("months_late", "Måneder", "integer"),
    Column("oldest_unpaid", "Eldste ubetalte måned"),
    Column("days_since_due", "Dager siden forfall", "integer"),
    Column("trend", "Utvikling"),
    Column("payment_agreement", "Nedbetalingsavtale"),
    Column("last_action", "Siste tiltak"),
    Column("last_action_date", "Dato for siste tiltak", "date"),
    Column("step", "Neste steg"),
    Column("reason", "Begrunnelse"),
)

PATHWAY_COLUMNS: tuple[Column, ...] = (
    Column("external_id", "Husstand"),
    Column("name", "Navn"),
    Column("status", "Status"),
    Column("start_date", "Start", "date"),
    Column("option_expiry", "Opsjonen utløper", "date"),
    Column("target", "Sparemål per måned", "money"),
    Column("expected", "Plan", "money"),
    Column("actual", "Spart", "money"),
    Column("shortfall", "Mangler", "money"),
    Column("last_entry", "Siste saldo", "date"),
    Column("reassessment_due", "Revurdering", "date"),
    Column("offer", "Kan tilbys kjøp"),
    Column("reason", "Begrunnelse"),
)

PAYMENT_AGREEMENT_LABELS_NB = {
    "active": "Løpende",
    "kept": "Overholdt",
    "broken": "Brutt",
    "settled": "Innfridd",
}


def _month_nb(month: str | None) -> str:
    return "" if not month else f"{month[5:7]}.{month[:4]}"


def arrears_cells(row: ArrearsRow, language: str = "nb") -> tuple[object, ...]:
    f = row.facts
    last_kind, last_day = row.last_action if row.last_action else ("", None)
    return (
        row.external_id,
        row.name,
        row.unit_id,
        round(f.owed, 2),
        f.months_late,
        _month_nb(f.oldest_unpaid),
        f.days_since_due,
        ar.TREND_LABELS[language][f.trend],
        PAYMENT_AGREEMENT_LABELS_NB.get(row.payment_agreement_status or "", ""),
        ar.ACTION_LABELS[language].get(last_kind, "") if last_kind else "",
        last_day,
        row.step.label(language),
        render(row.step.reason, language),
    )


def pathway_cells(row: PathwayRow, language: str = "nb") -> tuple[object, ...]:
    s = row.status
    a = row.agreement
    return (
        row.external_id,
        row.name,
        s.label(language),
        a.start_date,
        a.option_expiry,
        a.monthly_saving_target,
        round(s.expected, 2),
        None if s.actual is None else round(s.actual, 2),
        round(s.shortfall, 2),
        s.last_entry,
        row.reassessment_due,
        "Ja" if row.option_exercisable else "Nei",
        "; ".join(render(m, language) for m in s.reasons),
    )


def _date_nb(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def arrears_table(db: Register, on: date, rows: Sequence[ArrearsRow] | None = None) -> Table:
    rows = arrears_rows(db, on) if rows is None else rows
    rules = escalation_rules(db)
    return Table(
        title="Husleierestanser: status og neste steg",
        columns=list(ARREARS_COLUMNS),
        rows=[arrears_cells(r) for r in rows],
        subtitle=f"{len(rows)} husstander per {_date_nb(on)}",
        generated_at=datetime.now().replace(microsecond=0),
        assumptions=[
            ("Skjerming", CONFIDENTIAL_NB),
            ("Per dato", _date_nb(on)),
            (
                "Restanse",
                "Forfalt husleie (betalingsfristen den 15. er passert) minus alt betalt; "
                "betalinger dekker eldste husleie først",
            ),
            ("Betalingspåminnelse etter (dager)", rules.reminder_after_days),
            ("Samtale ved (måneder)", rules.talk_at_months),
            ("Økonomisk rådgivning (NAV) ved (måneder)", rules.nav_referral_at_months),
            ("Varsel/oppsigelse vurderes ved (måneder)", rules.notice_at_months),
            (
                "Begjæring om utkastelse tidligst (dager etter varsel)",
                rules.petition_after_notice_days,
            ),
        ],
        confidential=CONFIDENTIAL_NB,
    )


def pathway_table(db: Register, on: date, rows: Sequence[PathwayRow] | None = None) -> Table:
    rows = pathway_rows(db, on) if rows is None else rows
    rules = pathway_rules(db)
    return Table(
        title="Leie til eie: sparing mot plan",
        columns=list(PATHWAY_COLUMNS),
        rows=[pathway_cells(r) for r in rows],
        subtitle=f"{len(rows)} avtaler per {_date_nb(on)}",
        generated_at=datetime.now().replace(microsecond=0),
        assumptions=[
            ("Skjerming", CONFIDENTIAL_NB),
            ("Per dato", _date_nb(on)),
            ("Plan", "Sparing ved start + sparemål for hver hele måned siden start"),
            (
                "Etter plan når det mangler mer enn (måneders sparemål)",
                rules.behind_tolerance_months,
            ),
            ("I faresonen når det mangler minst (måneders sparemål)", rules.at_risk_months),
            ("I faresonen uten ny saldo på (måneder)", rules.stale_entry_months),
            ("Høyeste opsjonstid (år)", pw.MAX_OPTION_YEARS),
        ],
        confidential=CONFIDENTIAL_NB,
    )


def _export(db: Register, table: Table, path: Path, entity: str, progress: Progress | None) -> Path:
    write_table(table, path, progress=progress)
    with db.transaction():
        db.audit.record("exported", entity, None, {"file": str(path), "rows": len(table.rows)})
    return Path(path)


def export_arrears(db: Register, on: date, path: Path, progress: Progress | None = None) -> Path:
    """Write the arrears list on ``on`` (.xlsx, .csv or .pdf) and record the export."""
    return _export(db, arrears_table(db, on), Path(path), "arrears_list", progress)


def export_pathway(db: Register, on: date, path: Path, progress: Progress | None = None) -> Path:
    """Write the rent-to-own agreements with savings against plan and record the export."""
    return _export(db, pathway_table(db, on), Path(path), "pathway_list", progress)
