"""Eligibility lists: a screening run as a table for XLSX, CSV or PDF (privacy first).

Only chosen columns are exported; identity numbers are left out unless asked for and then
masked unless the full number is asked for. Every export is written to the audit log.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.money import format_kr, format_percent
from ..domain.register import CASE_STATE_LABELS_NB
from ..errors import InputError
from ..exports import Column, Progress, Table, choose_columns, write_table
from ..exports.csv_excel import assumptions_path
from ..rules import RuleError, load_rules
from ..storage.queries.listing import HOUSEHOLD_TYPE_LABELS_NB
from ..storage.queries.screening_facts import LIST_FIELDS, list_rows
from .messages import screening_missing
from .screening import CATEGORIES, CATEGORY_LABELS_NB, REASON_TEXTS_NB

if TYPE_CHECKING:
    from ..storage.register import Register

COLUMNS: tuple[Column, ...] = (
    Column("rank", "Rang", "integer"),
    Column("result", "Resultat", "text"),
    Column("years", "Om år", "integer"),
    Column("external_id", "Husstand", "text"),
    Column("name", "Søker", "text"),
    Column("national_id", "Fødselsnummer", "identity"),
    Column("unit_id", "Bolig", "text"),
    Column("address", "Adresse", "text"),
    Column("household_type", "Husstandstype", "text"),
    Column("size", "Personer", "integer"),
    Column("gross_income", "Brutto inntekt", "money"),
    Column("rent", "Husleie/mnd", "money"),
    Column("arrears", "Restanse", "money"),
    Column("price", "Pris", "money"),
    Column("max_loan", "Største lån", "money"),
    Column("startlan", "Startlån", "money"),
    Column("bank_loan", "Banklån", "money"),
    Column("grant", "Tilskudd", "money"),
    Column("grant_needed", "Tilskuddsbehov", "money"),
    Column("monthly_cost", "Eie/mnd", "money"),
    Column("surplus", "Overskudd/mnd", "money"),
    Column("reasons", "Begrunnelse", "text"),
    Column("alternative_unit", "Annen ledig bolig", "text"),
    Column("case_state", "Saksstatus", "text"),
)
#: Column keys of earlier releases, still accepted by ``--columns`` (issue 15 item 9 renamed
#: the household's copy of its case state to ``case_state``).
COLUMN_ALIASES = {"case_status": "case_state"}
DEFAULT_KEYS = (
    "rank",
    "result",
    "years",
    "external_id",
    "name",
    "unit_id",
    "address",
    "size",
    "price",
    "startlan",
    "grant",
    "monthly_cost",
    "rent",
    "surplus",
    "reasons",
)


_FIELD = {name: index for index, name in enumerate(LIST_FIELDS)}


def _getters() -> dict[str, Callable[[Sequence[Any]], Any]]:
    """How each column is read from a stored-result row (labels in Norwegian)."""
    reason_text: dict[str, str] = {}

    def reasons(r: Sequence[Any]) -> str:
        codes = r[_FIELD["reasons"]]
        if codes not in reason_text:
            reason_text[codes] = "; ".join(REASON_TEXTS_NB.get(c, c) for c in json.loads(codes))
        return reason_text[codes]

    def field(name: str) -> Callable[[Sequence[Any]], Any]:
        return operator.itemgetter(_FIELD[name])

    def label(name: str, labels: dict[str, str]) -> Callable[[Sequence[Any]], Any]:
        index = _FIELD[name]
        return lambda r: labels.get(r[index] or "", r[index] or "")

    a, p, c = _FIELD["address"], _FIELD["postcode"], _FIELD["city"]
    getters = {c.key: field(c.key) for c in COLUMNS if c.key in _FIELD}
    getters.update(
        {
            "result": label("category", CATEGORY_LABELS_NB),
            "address": lambda r: f"{r[a]}, {r[p]} {r[c]}" if r[a] else "",
            "household_type": label("household_type", HOUSEHOLD_TYPE_LABELS_NB),
            "surplus": field("surplus_monthly"),
            "reasons": reasons,
            "case_state": label("case_state", CASE_STATE_LABELS_NB),
        }
    )
    return getters


def _rows(raw: list[tuple[Any, ...]], keys: Sequence[str]) -> list[tuple[Any, ...]]:
    """Stored results → rows of the chosen columns only."""
    getters = _getters()
    # column by column (map in C), then zipped into rows: 100 000 rows × 15 columns
    columns = [list(map(getters[k], raw)) for k in keys]
    return list(zip(*columns, strict=True))


def _date_nb(iso: str) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}" if len(iso) >= 10 else iso


def _policy_rate_text(rate: Any, year: Any) -> str:
    """The caseworker's policy rate (an override), or the rule set's for the year."""
    if rate is not None:
        return format_percent(float(rate)) + " (satt av saksbehandler)"
    try:
        return format_percent(load_rules(int(year)).startlan.policy_rate) + f" (regelsett {year})"
    except (RuleError, TypeError, ValueError):
        return "regelsettets"


def assumptions(run: dict[str, Any]) -> list[tuple[str, object]]:
    options = run.get("settings", {})
    f = options.get("financing", {})
    mode = {
        "startlan_only": "Bare startlån",
        "bank_first": "Banklån først, startlån på toppen",
        "auto": "Banklån først når banken kan låne noe, ellers bare startlån",
    }
    return [
        ("Regelsett (inntektsår)", str(run.get("rules_year", ""))),
        ("Kartlagt per", _date_nb(options.get("on", ""))),
        ("Finansiering", mode.get(f.get("mode", ""), f.get("mode", ""))),
        (
            "Løpetid",
            f"{f.get('term_years', '')} år, "
            f"{'annuitet' if f.get('repayment') == 'annuity' else 'serie'}",
        ),
        ("Startlånsrente", format_percent(f.get("startlan_rate", 0.0))),
        ("Bankrente", format_percent(f.get("bank_rate", 0.0))),
        (
            "Styringsrente (kalkulasjonsrente + 2,5 pp)",
            _policy_rate_text(f.get("policy_rate"), run.get("rules_year")),
        ),
        ("Største tilskudd", format_kr(f.get("grant_max", 0.0))),
        ("Leieforhold minst (år)", options.get("min_tenancy_years")),
        ("Husleierestanse høyst", format_kr(options.get("max_arrears", 0.0))),
        ("Måneder med for sen husleie siste år, høyst", str(options.get("max_late_payments", "–"))),
        ("Alder søker", f"{options.get('min_age')}–{options.get('max_age')} år"),
        ("«Kan kjøpe om N år», høyst", f"{options.get('horizon_years')} år"),
        (
            "Utelat bare midlertidig inntekt",
            "ja" if options.get("exclude_temporary_income") else "nei",
        ),
        ("Kartlegging nr.", str(run.get("id", ""))),
    ]


#: Lists with personal financial data are exempt from public access (issue 11, item 5).
CONFIDENTIAL_NB = "Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13"


def eligibility_table(
    database: Register,
    run_id: int,
    *,
    keys: Sequence[str] = DEFAULT_KEYS,
    categories: Sequence[str] = (),
) -> Table:
    run = database.screening.run(run_id)
    if run is None:
        raise InputError(screening_missing(run_id))
    unknown = [c for c in categories if c not in CATEGORIES]
    if unknown:
        raise InputError(f"Ukjent resultat: {', '.join(unknown)}. Tillatt: {', '.join(CATEGORIES)}")
    by_key = {c.key: c for c in COLUMNS}
    unknown_keys = [k for k in keys if k not in by_key]
    if unknown_keys or not keys or len(set(keys)) != len(keys):
        return choose_columns(Table("", list(COLUMNS), []), list(keys))  # raises the message
    rows = _rows(list_rows(database.session, run_id, tuple(categories)), keys)
    return Table(
        title="Kartlegging: hvem kan kjøpe boligen de leier",
        columns=[by_key[k] for k in keys],
        rows=rows,
        assumptions=[("Skjerming", CONFIDENTIAL_NB), *assumptions(dict(run))],
        generated_at=datetime.fromisoformat(run["created_at"][:19])
        if run.get("created_at")
        else datetime.now(),
        subtitle=f"{len(rows)} husstander",
        rule_year=run.get("rules_year"),
        confidential=CONFIDENTIAL_NB,
    )


def export_eligibility(
    database: Register,
    run_id: int,
    path: Path,
    *,
    keys: Sequence[str] = DEFAULT_KEYS,
    categories: Sequence[str] = (),
    full_identity: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Record the export (what, which columns, how many) in the audit log, then write the
    list. The entry comes first: a user the database does not let append to the log (a
    reader, on the office database) gets no file."""
    table = eligibility_table(database, run_id, keys=keys, categories=categories)
    details: dict[str, object] = {
        "file": str(path),
        "columns": list(keys),
        "rows": len(table.rows),
        "categories": list(categories),
        "full_identity": full_identity,
    }
    if Path(path).suffix.lower() == ".csv":
        # The CSV's marking and assumptions are in a file beside it (exports.csv_excel).
        details["assumptions_file"] = str(assumptions_path(path))
    with database.transaction():
        database.audit.record("exported", "screening_run", run_id, details)
    write_table(table, path, mask_identity=not full_identity, progress=progress)
    return path
