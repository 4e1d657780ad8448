"""The register's schema as numbered migrations (run by :mod:`.runner`).

Migration functions must never change once released: add a new one instead. The schema
version is the number of applied migrations of the ``leietileie`` set.
"""

from __future__ import annotations

from .runner import MigrationDb, Migrations

MIGRATION_SET = "leietileie"
migrations = Migrations(MIGRATION_SET)

#: The income kinds of migration 0001, frozen (a released migration never changes); 0004 adds
#: the kinds added since (capital_income).
_KINDS_0001 = (
    "wage",
    "disability_benefit",
    "aap",
    "sickness_benefit",
    "unemployment_benefit",
    "introduction_benefit",
    "other_taxable",
    "pension",
)
_KINDS = ", ".join(f"'{k}'" for k in _KINDS_0001)
#: The income kinds of migration 0004, frozen likewise.
_KINDS_0004 = (*_KINDS_0001, "capital_income")
AUDIT_ACTIONS = ("created", "changed", "deleted", "imported", "exported", "printed", "restored")
_ACTIONS = ", ".join(f"'{a}'" for a in AUDIT_ACTIONS)

_REGISTER = f"""
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    unit_id TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    city TEXT NOT NULL,
    tenure TEXT NOT NULL CHECK (tenure IN ('freehold', 'cooperative')),
    valuation REAL CHECK (valuation >= 0),
    valuation_date TEXT,
    common_costs_monthly REAL NOT NULL DEFAULT 0 CHECK (common_costs_monthly >= 0),
    other_running_costs_monthly REAL NOT NULL DEFAULT 0 CHECK (other_running_costs_monthly >= 0),
    area_m2 REAL CHECK (area_m2 >= 0),
    bedrooms INTEGER CHECK (bedrooms >= 0),
    gnr TEXT NOT NULL DEFAULT '',
    bnr TEXT NOT NULL DEFAULT '',
    snr TEXT NOT NULL DEFAULT '',
    share_no TEXT NOT NULL DEFAULT '',
    shared_debt REAL NOT NULL DEFAULT 0 CHECK (shared_debt >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE households (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    unit_ref INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    rent_monthly REAL CHECK (rent_monthly >= 0),
    tenancy_start TEXT,
    arrears REAL NOT NULL DEFAULT 0 CHECK (arrears >= 0),
    tax_free_income_monthly REAL NOT NULL DEFAULT 0 CHECK (tax_free_income_monthly >= 0),
    savings REAL NOT NULL DEFAULT 0 CHECK (savings >= 0),
    other_fixed_costs_monthly REAL NOT NULL DEFAULT 0 CHECK (other_fixed_costs_monthly >= 0),
    car TEXT NOT NULL DEFAULT 'none' CHECK (car IN ('none', 'petrol', 'electric')),
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    living_costs_override REAL CHECK (living_costs_override >= 0),
    living_costs_override_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    case_status TEXT NOT NULL DEFAULT 'ny',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX households_unit ON households(unit_ref);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('applicant', 'co_applicant', 'adult', 'child')),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    national_id TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    sex TEXT CHECK (sex IN ('F', 'M')),
    transit_pass INTEGER CHECK (transit_pass IN (0, 1))
);
CREATE INDEX members_household ON members(household_id, position);
CREATE INDEX members_national_id ON members(national_id) WHERE national_id != '';
CREATE TABLE incomes (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ({_KINDS})),
    annual REAL NOT NULL CHECK (annual >= 0)
);
CREATE INDEX incomes_member ON incomes(member_id);
CREATE TABLE debts (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT '',
    balance REAL NOT NULL DEFAULT 0 CHECK (balance >= 0),
    monthly_payment REAL NOT NULL DEFAULT 0 CHECK (monthly_payment >= 0)
);
CREATE INDEX debts_household ON debts(household_id);
CREATE TABLE rent_payments (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    amount_due REAL NOT NULL CHECK (amount_due >= 0),
    amount_paid REAL NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
    paid_on TEXT,
    UNIQUE (household_id, month)
);
"""

_CASES = f"""
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    caseworker TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cases_household ON cases(household_id);
CREATE TABLE case_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    from_state TEXT,
    to_state TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_events_case ON case_events(case_id);
CREATE TABLE deadlines (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    due_on TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deadlines_due ON deadlines(done, due_on);
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    unit_ref INTEGER REFERENCES units(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    rules_year INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'manual',
    inputs TEXT NOT NULL,
    result TEXT NOT NULL,
    verdict TEXT NOT NULL
);
CREATE INDEX assessments_household ON assessments(household_id, created_at);
CREATE TABLE screening_runs (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    rules_year INTEGER NOT NULL,
    on_date TEXT NOT NULL,
    household_count INTEGER NOT NULL DEFAULT 0,
    settings TEXT NOT NULL DEFAULT '{{}}'
);
CREATE TABLE screening_results (
    run_id INTEGER NOT NULL REFERENCES screening_runs(id) ON DELETE CASCADE,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    verdict TEXT NOT NULL,
    price REAL,
    max_loan REAL,
    loan_needed REAL,
    monthly_cost REAL,
    surplus_monthly REAL,
    reasons TEXT NOT NULL DEFAULT '[]',
    figures TEXT NOT NULL DEFAULT '{{}}',
    PRIMARY KEY (run_id, household_id)
) WITHOUT ROWID;
CREATE INDEX screening_results_household ON screening_results(household_id);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'nn', 'en')),
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_household ON documents(household_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE rule_adjustments (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    key TEXT NOT NULL,
    value REAL NOT NULL,
    valid_from TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ({_ACTIONS})),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
"""


def _script(db: MigrationDb, sql: str) -> None:
    for statement in _statements(sql):
        db.execute(statement)


def _statements(sql: str) -> list[str]:
    """Split a script on ';' at line ends, keeping trigger bodies whole."""
    out: list[str] = []
    current: list[str] = []
    for line in sql.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and (not text.startswith("CREATE TRIGGER") or text.endswith("END;")):
            out.append(text)
            current = []
    return out


@migrations(name="0001_register")
def m0001_register(db: MigrationDb) -> None:
    """Units, households, members, incomes, debts, rent history, cases, assessments, audit.

    On the office database (PostgreSQL) the step also creates the SQL functions the queries
    share with SQLite and the triggers that keep the audit log append-only there."""
    if db.engine_name == "postgresql":
        from ..dialect.postgresql import APPEND_ONLY_AUDIT, FUNCTIONS

        for statement in FUNCTIONS:
            db.conn.execute(statement)
        _script(db, _REGISTER + _CASES)
        for statement in APPEND_ONLY_AUDIT:
            db.conn.execute(statement)
        return
    _script(db, _REGISTER + _CASES)


_LIST_COLUMNS = """
ALTER TABLE households ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE households ADD COLUMN gross_income REAL NOT NULL DEFAULT 0;
ALTER TABLE households ADD COLUMN household_type TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN masked_id TEXT NOT NULL DEFAULT '';
CREATE INDEX households_sort_name ON households(sort_name, id);
CREATE INDEX households_case_status ON households(case_status, sort_name);
CREATE INDEX households_gross_income ON households(gross_income);
CREATE INDEX households_arrears ON households(arrears);
"""


@migrations(name="0002_list_columns")
def m0002_list_columns(db: MigrationDb) -> None:
    """Denormalised columns for fast, sortable household lists; filled for existing rows."""
    from ..queries.listing import refresh_list_columns

    _script(db, _LIST_COLUMNS)
    refresh_list_columns(db.conn, None)


_ASSESSMENT_CASE = """
ALTER TABLE assessments ADD COLUMN case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL;
CREATE INDEX assessments_case ON assessments(case_id) WHERE case_id IS NOT NULL;
UPDATE assessments SET case_id = (
    SELECT CAST(a.entity_id AS INTEGER) FROM audit_log a,
         json_each(CASE WHEN json_valid(a.details) THEN a.details ELSE '{}' END,
                   '$.attached_assessments') j
    JOIN cases c ON c.id = CAST(a.entity_id AS INTEGER)
    WHERE a.entity = 'case' AND a.action = 'changed'
      AND j.value = assessments.id AND c.household_id = assessments.household_id
    ORDER BY a.id DESC LIMIT 1)
WHERE case_id IS NULL;
UPDATE assessments SET case_id = (
    SELECT d.case_id FROM documents d JOIN cases c ON c.id = d.case_id
    WHERE d.assessment_id = assessments.id AND c.household_id = assessments.household_id
    ORDER BY d.id DESC LIMIT 1)
WHERE case_id IS NULL;
"""


@migrations(name="0003_assessment_case")
def m0003_assessment_case(db: MigrationDb) -> None:
    """Assessments belong to a case (``case_id``); filled for existing rows from what linked
    them before: the audit log's attachments to a case, then letters on a case.

    An office database (PostgreSQL) is always created by a release that has this step, so
    there is nothing to fill there: only the column and its index are made."""
    if db.engine_name == "postgresql":
        _script(db, _ASSESSMENT_CASE.split("UPDATE", 1)[0])
        return
    _script(db, _ASSESSMENT_CASE)


_INCOMES_0004 = f"""
CREATE TABLE incomes_new (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ({", ".join(f"'{k}'" for k in _KINDS_0004)})),
    annual REAL NOT NULL CHECK (annual >= 0)
);
INSERT INTO incomes_new (id, member_id, kind, annual)
    SELECT id, member_id, kind, annual FROM incomes;
DROP TABLE incomes;
ALTER TABLE incomes_new RENAME TO incomes;
CREATE INDEX incomes_member ON incomes(member_id);
ALTER TABLE members ADD COLUMN special_care_needs INTEGER NOT NULL DEFAULT 0
    CHECK (special_care_needs IN (0, 1));
"""


@migrations(name="0004_capital_income_special_care")
def m0004_capital_income_special_care(db: MigrationDb) -> None:
    """Income kind ``capital_income`` (taxed 22 % only) and a child's special care needs
    (foreldrefradrag after age 11): the incomes table is rebuilt with the new CHECK."""
    _script(db, _INCOMES_0004)


_LETTER_DETAILS = """
CREATE TABLE letter_details (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    letter_type TEXT NOT NULL,
    letter_date TEXT NOT NULL,
    reference TEXT NOT NULL,
    prepared_by TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL DEFAULT '{}',
    extra TEXT NOT NULL DEFAULT '{}'
);
"""


@migrations(name="0006_letter_details")
def m0006_letter_details(db: MigrationDb) -> None:
    """Per produced letter: its date, reference, who prepared and who decided it (two-person
    rule), the outcome of a decision, and the sender profile it was printed with (so a reprint
    of a sent letter is byte-identical)."""
    _script(db, _LETTER_DETAILS)


def latest_version() -> int:
    return len(migrations.steps)


def migration_names() -> list[str]:
    return migrations.names()


#: The triggers that keep ``audit_log`` append-only, as created (``check`` compares them).
AUDIT_TRIGGERS = {
    "audit_log_no_update": "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    # INSERT OR REPLACE / REPLACE delete the old row without firing DELETE triggers.
    "audit_log_no_replace": "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log\n"
    "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)\n"
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
}
#: The audit triggers a database has before the hash chain (migration 0005).
AUDIT_TRIGGERS_BEFORE_CHAIN = ("audit_log_no_update", "audit_log_no_delete")
AUDIT_CHAIN_MIGRATION = "0005_audit_chain"


@migrations(name=AUDIT_CHAIN_MIGRATION)
def m0005_audit_chain(db: MigrationDb) -> None:
    """The audit log becomes tamper-evident: each entry stores the previous entry's hash and
    a hash of its own content with it (``audit.entry_hash``); existing entries are hashed in
    id order. A trigger also refuses INSERT OR REPLACE / REPLACE over an existing entry."""
    from ..audit_hash import entry_hash

    db.execute("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''")
    db.execute("DROP TRIGGER audit_log_no_update")
    previous = ""
    rows = db.conn.execute(
        "SELECT id, at, actor, action, entity, entity_id, details FROM audit_log ORDER BY id"
    ).fetchall()
    for row in rows:
        digest = entry_hash(previous, *row)
        db.conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (previous, digest, row[0])
        )
        previous = digest
    db.execute(AUDIT_TRIGGERS["audit_log_no_update"])
    db.execute(AUDIT_TRIGGERS["audit_log_no_replace"])


@migrations(name="0008_soft_delete")
def m0008_soft_delete(db: MigrationDb) -> None:
    """A deleted household is kept, marked (when and by whom), so that undoing the delete gets
    back the same row with its cases, assessments and letters. Lists, screening, statistics
    and letters leave marked households out."""
    db.execute("ALTER TABLE households ADD COLUMN deleted_at TEXT")
    db.execute("ALTER TABLE households ADD COLUMN deleted_by TEXT")


@migrations(name="0009_screening_category")
def m0009_screening_category(db: MigrationDb) -> None:
    """One name per concept (issue 15 item 9): a screening result's column ``verdict`` holds
    the result's *category* (kan_kjope_na …), not an assessment's verdict: renamed
    ``category``. Indexes follow the column."""
    db.execute("ALTER TABLE screening_results RENAME COLUMN verdict TO category")


#: Upper bounds of the household's yearly childcare expenses and interest on existing debt
#: (kr a year): far above any real household, low enough to catch a misplaced digit.
CHILDCARE_MAX_ANNUAL = 1_000_000
EXISTING_INTEREST_MAX_ANNUAL = 10_000_000


@migrations(name="0010_childcare_existing_interest")
def m0010_childcare_existing_interest(db: MigrationDb) -> None:
    """Documented childcare expenses (foreldrefradrag) and interest on existing debt
    (rentefradrag) per household, kr a year, so that screening from the register and the
    single assessment see what a scenario file can carry (issue 9, item 9)."""
    db.execute(
        "ALTER TABLE households ADD COLUMN childcare_expenses_annual REAL NOT NULL DEFAULT 0"
        " CHECK (childcare_expenses_annual >= 0"
        " AND childcare_expenses_annual <= 1000000)"  # CHILDCARE_MAX_ANNUAL, frozen here
    )
    db.execute(
        "ALTER TABLE households ADD COLUMN existing_interest_annual REAL NOT NULL DEFAULT 0"
        " CHECK (existing_interest_annual >= 0"
        " AND existing_interest_annual <= 10000000)"  # EXISTING_INTEREST_MAX_ANNUAL, frozen
    )


@migrations(name="0011_live_household_indexes")
def m0011_live_household_indexes(db: MigrationDb) -> None:
    """Lists leave soft-deleted households out (``deleted_at IS NULL``, since 0008): a page
    sorted by name walked ``households_sort_name`` and read each row for that test, up to the
    page's offset. A partial index over the live households alone keeps the page an index
    scan (issue 9 benchmark: a page of 100 sorted by name back under 20 ms at 100 000).
    A search reads every live household's search_text: a second partial index holds that
    text (and the name's sort key) for a narrower scan than the table's rows."""
    db.execute(
        "CREATE INDEX households_live_sort_name ON households(sort_name, id)"
        " WHERE deleted_at IS NULL"
    )
    db.execute(
        "CREATE INDEX households_live_search ON households(search_text, sort_name)"
        " WHERE deleted_at IS NULL"
    )


_PATHWAY_ARREARS = """
CREATE TABLE rto_agreements (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    unit_ref INTEGER REFERENCES units(id) ON DELETE SET NULL,
    start_date TEXT NOT NULL,
    price_year0 REAL NOT NULL CHECK (price_year0 > 0),
    valuation_year0 REAL NOT NULL CHECK (valuation_year0 >= 0),
    savings_year0 REAL NOT NULL DEFAULT 0 CHECK (savings_year0 >= 0),
    monthly_saving_target REAL NOT NULL CHECK (monthly_saving_target >= 0),
    option_expiry TEXT NOT NULL CHECK (option_expiry > start_date),
    conditions TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'exercised', 'expired', 'cancelled')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX rto_agreements_household ON rto_agreements(household_id);
CREATE TABLE savings_entries (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    balance REAL NOT NULL CHECK (balance >= 0),
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    UNIQUE (household_id, on_date)
);
CREATE TABLE arrears_cases (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    outcome TEXT CHECK (outcome IN ('settled', 'agreement', 'notice_given',
        'eviction_petition', 'evicted', 'moved')),
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX arrears_cases_household ON arrears_cases(household_id, opened_on);
CREATE TABLE arrears_actions (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    arrears_case_id INTEGER REFERENCES arrears_cases(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'call', 'meeting', 'nav_referral',
        'payment_agreement', 'notice', 'eviction_petition', 'note')),
    on_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX arrears_actions_household ON arrears_actions(household_id, on_date);
CREATE TABLE payment_agreements (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    arrears_case_id INTEGER REFERENCES arrears_cases(id) ON DELETE SET NULL,
    start_month TEXT NOT NULL,
    monthly_amount REAL NOT NULL CHECK (monthly_amount > 0),
    total_amount REAL NOT NULL CHECK (total_amount > 0),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'kept', 'broken', 'settled')),
    created_on TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payment_agreements_household ON payment_agreements(household_id);
CREATE INDEX rent_payments_short ON rent_payments(household_id, month)
    WHERE amount_due - amount_paid > 0.5;
"""


@migrations(name="0012_pathway_arrears")
def m0012_pathway_arrears(db: MigrationDb) -> None:
    """Issue 14: a household's pathway and its rent arrears. A rent-to-own agreement on the
    case (start, year-0 price and valuation, the monthly saving target, the option's expiry,
    conditions), the savings balances entered or imported, the arrears cases with their
    outcome, the actions logged on them (reminder, call, meeting, referral to NAV, payment
    agreement, notice, eviction petition) and payment agreements (nedbetalingsavtaler).

    ``rent_payments_short`` indexes the months not paid in full (0.5 kr is
    ``domain.rent.FULL_TOLERANCE``, frozen here), so the arrears list finds the few
    households with a shortfall without reading the whole ledger (6 M rows at 100 000
    households and five years)."""
    _script(db, _PATHWAY_ARREARS)


@migrations(name="0013_case_state")
def m0013_case_state(db: MigrationDb) -> None:
    """One name per concept (issue 15 item 9): the household's copy of its case's step is a
    *state*, as ``cases.state`` is: ``households.case_status`` is renamed ``case_state`` (its
    index follows the column)."""
    db.execute("ALTER TABLE households RENAME COLUMN case_status TO case_state")
