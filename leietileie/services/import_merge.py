"""Re-importing tenants: the file updates only what it carries (issue 10, items 1 and 7).

A household already in the register keeps everything the caseworker owns: notes, case
status and cases, the living-cost override and its reason, transit-pass flags, assessments
and letters (these hang on the household's database id, which stays), incomes of kinds the
file has no column for, and every field whose column the file lacks. Members are matched by
identity number, or by name and birth date when they have none; a matched member keeps
their transit-pass flag and the fields the file does not carry. ``merge`` returns the
merged household and, in the caseworker's words, what changed.

A person belongs to one household at a time. A number the register holds in household A
may appear in household B of the file only if the file carries A too (then the person
moves, and the report says so); otherwise B is refused with row and column.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..domain.messages import Message
from ..domain.model import Debt, Income
from ..domain.register import Person, RegisteredHousehold, Tenancy, Unit
from .import_columns import INCOME_COLUMNS
from .import_messages import cell, changed, rule
from .import_messages import show as show
from .import_rows import Problems

#: template column → RegisteredHousehold attribute
HOUSEHOLD_FIELDS = {
    "skattefri_inntekt_mnd": "tax_free_income_monthly",
    "sparing": "savings",
    "faste_utgifter_mnd": "other_fixed_costs_monthly",
    "barnehage_sfo_per_aar": "childcare_expenses_annual",
    "gjeldsrenter_per_aar": "existing_interest_annual",
    "bil": "car",
    "telefon": "phone",
    "epost": "email",
}
#: template column → Tenancy attribute
TENANCY_FIELDS = {
    "bolig_id": "unit_id",
    "husleie_mnd": "rent_monthly",
    "leie_fra": "start",
    "husleierestanse": "arrears",
}
#: template column → Unit attribute (the dwellings file)
UNIT_FIELDS = {
    "adresse": "address",
    "postnummer": "postcode",
    "poststed": "city",
    "eierform": "tenure",
    "takst": "valuation",
    "takst_dato": "valuation_date",
    "felleskostnader_mnd": "common_costs_monthly",
    "andre_bokostnader_mnd": "other_running_costs_monthly",
    "bruksareal": "area_m2",
    "soverom": "bedrooms",
    "gnr": "gnr",
    "bnr": "bnr",
    "snr": "snr",
    "andelsnummer": "share_no",
    "fellesgjeld": "shared_debt",
}
_INCOME_COLUMN_OF = {kind: column for column, kind in INCOME_COLUMNS.items()}
DEBT_KIND = "gjeld"


def person_key(person: Person) -> tuple[object, ...]:
    if person.national_id:
        return ("n", person.national_id)
    return ("b", person.first_name.casefold(), person.last_name.casefold(), person.birth_date)


def merge(
    old: RegisteredHousehold,
    new: RegisteredHousehold,
    carried: set[str],
    moves: dict[str, tuple[str, str]] | None = None,
) -> tuple[RegisteredHousehold, list[Message]]:
    """``new`` (from the file) laid over ``old`` (stored); the changes as messages."""
    changes: list[Message] = []
    values: dict[str, object] = {}
    for column, attr in HOUSEHOLD_FIELDS.items():
        before, after = getattr(old, attr), getattr(new, attr)
        if column not in carried:
            values[attr] = before
        elif before != after:
            changes.append(changed(column, before, after))
    tenancy = _merge_tenancy(old.tenancy, new.tenancy, carried, changes)
    debts = _merge_debts(old.debts, new.debts, carried, changes)
    members = _merge_members(old.members, new.members, carried, changes, moves or {})
    merged = replace(
        new,
        **values,  # type: ignore[arg-type]
        tenancy=tenancy,
        debts=debts,
        members=members,
        case_state=old.case_state,
        living_costs_monthly_override=old.living_costs_monthly_override,
        living_costs_override_reason=old.living_costs_override_reason,
        notes=old.notes,
        id=old.id,
        version=old.version,
    )
    return merged, changes


def merge_unit(old: Unit, new: Unit, carried: set[str]) -> tuple[Unit, list[Message]]:
    """A dwelling from the file laid over the stored one: only carried columns change."""
    values: dict[str, object] = {}
    changes: list[Message] = []
    for column, attr in UNIT_FIELDS.items():
        before, after = getattr(old, attr), getattr(new, attr)
        if column not in carried:
            values[attr] = before
        elif before != after:
            changes.append(changed(column, before, after))
    return replace(new, **values, id=old.id), changes  # type: ignore[arg-type]


def _merge_tenancy(
    old: Tenancy | None, new: Tenancy | None, carried: set[str], changes: list[Message]
) -> Tenancy | None:
    if new is None:
        return old
    values: dict[str, object] = {}
    for column, attr in TENANCY_FIELDS.items():
        before = getattr(old, attr) if old is not None else None
        after = getattr(new, attr)
        if column not in carried and old is not None:
            values[attr] = before
        elif before != after:
            changes.append(changed(column, before, after))
    return replace(new, **values)  # type: ignore[arg-type]


def _merge_debts(
    old: tuple[Debt, ...], new: tuple[Debt, ...], carried: set[str], changes: list[Message]
) -> tuple[Debt, ...]:
    """The file's one debt (kind «gjeld») replaces the stored one; other debts stay."""
    balance_col, payment_col = "gjeld" in carried, "gjeld_betjening_mnd" in carried
    if not (balance_col or payment_col):
        return old
    before = next((d for d in old if d.kind == DEBT_KIND), Debt(DEBT_KIND, 0.0, 0.0))
    after = next((d for d in new if d.kind == DEBT_KIND), Debt(DEBT_KIND, 0.0, 0.0))
    balance = after.balance if balance_col else before.balance
    payment = after.monthly_payment if payment_col else before.monthly_payment
    if balance != before.balance:
        changes.append(changed("gjeld", before.balance, balance))
    if payment != before.monthly_payment:
        changes.append(changed("gjeld_betjening_mnd", before.monthly_payment, payment))
    others = tuple(d for d in old if d.kind != DEBT_KIND)
    mine = (Debt(DEBT_KIND, balance, payment),) if balance or payment else ()
    return mine + others


def _merge_members(
    old: tuple[Person, ...],
    new: tuple[Person, ...],
    carried: set[str],
    changes: list[Message],
    moves: dict[str, tuple[str, str]],
) -> tuple[Person, ...]:
    stored = {person_key(p): p for p in old}
    kept: set[tuple[object, ...]] = set()
    merged: list[Person] = []
    for person in new:
        key = person_key(person)
        before = stored.get(key)
        if before is None:
            moved = moves.get(person.national_id) if person.national_id else None
            who = {"name": person.name, "member_role": person.role}
            if moved:
                changes.append(Message("import_member_moved_here", {**who, "other": moved[0]}))
            else:
                changes.append(Message("import_member_new", who))
            merged.append(person)
            continue
        kept.add(key)
        merged.append(_merge_person(before, person, carried, changes))
    for key, person in stored.items():
        if key not in kept:
            moved = moves.get(person.national_id) if person.national_id else None
            who = {"name": person.name, "member_role": person.role}
            if moved:
                changes.append(Message("import_member_moved_away", {**who, "other": moved[1]}))
            else:
                changes.append(Message("import_member_removed", who))
    return tuple(merged)


def _merge_person(old: Person, new: Person, carried: set[str], changes: list[Message]) -> Person:
    who = new.name
    notes: list[Message] = []
    for label, before, after in (
        ("rolle", old.role, new.role),
        ("fornavn", old.first_name, new.first_name),
        ("etternavn", old.last_name, new.last_name),
    ):
        if before != after:
            notes.append(changed(label, before, after))
    sex = new.sex if "kjønn" in carried else old.sex
    if sex != old.sex:
        notes.append(changed("kjønn", old.sex, sex))
    born = new.birth_date if new.national_id or "fødselsdato" in carried else old.birth_date
    if born != old.birth_date:
        notes.append(changed("fødselsdato", old.birth_date, born))
    kinds = {kind for column, kind in INCOME_COLUMNS.items() if column in carried}
    incomes = tuple(i for i in old.incomes if i.kind not in kinds) + new.incomes
    for kind in sorted(kinds):
        before_sum = _total(old.incomes, kind)
        after_sum = _total(new.incomes, kind)
        if before_sum != after_sum:
            notes.append(changed(_INCOME_COLUMN_OF[kind], before_sum, after_sum))
    if notes:
        changes.append(Message("import_member_changes", {"name": who, "changes": notes}))
    return replace(
        new,
        sex=sex,
        birth_date=born,
        incomes=incomes,
        transit_pass=old.transit_pass,
        special_care_needs=old.special_care_needs,
        id=None,
    )


def _total(incomes: Iterable[Income], kind: str) -> float:
    return sum(i.annual for i in incomes if i.kind == kind)


def one_household_per_person(
    households: list[RegisteredHousehold],
    owners: dict[str, str],
    rows: dict[str, int],
    labels: dict[str, str],
    problems: Problems,
) -> tuple[list[RegisteredHousehold], dict[str, tuple[str, str]]]:
    """The households that keep every person in one household, and the moves they make.

    ``owners``: identity number → the stored household holding it; ``rows``: number → the
    file row naming it. A household claiming someone the register holds in a household the
    file does not carry (or that is itself refused) is refused, until nothing changes.
    """
    by_key = {h.external_id: h for h in households}
    label = labels.get("fødselsnummer", "fødselsnummer")
    while True:
        refused: list[str] = []
        for key, household in by_key.items():
            for person in household.members:
                owner = owners.get(person.national_id) if person.national_id else None
                if owner is not None and owner != key and owner not in by_key:
                    line = rows.get(person.national_id, 0)
                    broken = rule("import_person_elsewhere", owner=owner)
                    problems.add(line, cell(line, label, person.national_id, broken))
                    refused.append(key)
                    break
        if not refused:
            break
        for key in refused:
            del by_key[key]
    moves = {
        p.national_id: (owners[p.national_id], key)
        for key, h in by_key.items()
        for p in h.members
        if p.national_id and owners.get(p.national_id, key) != key
    }
    return list(by_key.values()), moves
