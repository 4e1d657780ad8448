#!/bin/sh
# Freeze a register of a release's schema version as tests/data/schema/vN.db.
#
# Run once per release that adds a migration and commit the file: it must never change
# afterwards (test_frozen_schemas upgrades every frozen file). The register is written by the
# release's own code: run from its checkout, or point ROOT at one, e.g.
#   git worktree add --detach /tmp/fz <commit>
#   ROOT=/tmp/fz PYTHON=.venv/bin/python tests/data/schema/freeze.sh
#   git worktree remove --force /tmp/fz
# The register holds a small demo municipality, a screening run, confirmed rule groups (on
# releases whose letters command has --confirm-rules), letters (which move cases), the demo's
# follow-up rows where the release has them, cases moved along through the release's services,
# a note a caseworker typed and a soft-deleted household (where the schema has deleted_at).
# The file is left in rollback-journal mode (never WAL), so opening it leaves no -wal/-shm.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=${ROOT:-$(cd "$here/../../.." && pwd)}
python=${PYTHON:-python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/register.db"
export LEIETILEIE_HOME="$work/home"
cli() { (cd "$root" && PYTHONPATH="$root" "$python" -m leietileie.cli --db "$db" "$@"); }
cli demo --households 30 --seed 7 >/dev/null
cli screen >/dev/null
if ! grep -q 'open_case' "$root"/leietileie/services/letters*.py; then
    # Releases whose letters open no case: the caseworker opens the cases of the households
    # able to buy from the screening page first (services.cases.mark_screened), as the app does.
    (cd "$root" && PYTHONPATH="$root" "$python" - "$db" <<'PY'
import sys
from leietileie.services import cases
from leietileie.storage import Database
db = Database.open(sys.argv[1])
try:
    (run_id,) = db.conn.execute("SELECT max(id) FROM screening_runs").fetchone()
    able = ("kan_kjope_na", "kan_kjope_med_tilskudd")
    cases.mark_screened(db, run_id, categories=able, by="frys")
finally:
    db.close()
PY
    )
fi
if cli letters --help | grep -q -- '--confirm-rules'; then
    cli letters --confirm-rules >/dev/null  # the demo's rule groups, confirmed in the audit log
fi
# A release may refuse some letters (none eligible, gate not passed): say so, go on.
cli letters --type invitation --eligible --out "$work/brev" >/dev/null 2>"$work/err" \
    || echo "invitation letters refused: $(tail -n 1 "$work/err")" >&2
cli letters --type offer --eligible --out "$work/brev" >/dev/null 2>"$work/err" \
    || echo "offer letters refused: $(tail -n 1 "$work/err")" >&2
# Cases moved along and closed through the services, as the app does.
(cd "$root" && PYTHONPATH="$root" "$python" - "$db" <<'PY'
import sys
from leietileie.services import cases
from leietileie.storage import Database
db = Database.open(sys.argv[1])
try:
    moved = 0
    for (case_id,) in db.conn.execute("SELECT id FROM cases ORDER BY id").fetchall():
        case = db.cases.get(case_id)
        while case is not None and cases.allowed_next(case.state) and moved < 12:
            step = cases.allowed_next(case.state)[0 if case_id % 2 else -1]
            case = cases.move_case(db, case_id, step, by="frys")
            moved += 1
finally:
    db.close()
PY
)
"$python" - "$db" <<'PY'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("UPDATE households SET notes = 'Ringt 3. mars; ønsker å kjøpe' WHERE id = 1")
columns = {r[1] for r in conn.execute("PRAGMA table_info(households)")}
if "deleted_at" in columns:
    conn.execute("UPDATE households SET deleted_at = '2026-11-30T12:00:00+00:00',"
                 " deleted_by = 'frys' WHERE id = (SELECT max(id) FROM households)")
conn.commit()
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("VACUUM")
conn.close()
PY
rm -f "$db-wal" "$db-shm"
version=$("$python" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM _sqlite_migrations').fetchone()[0])" "$db")
mode=$("$python" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA journal_mode').fetchone()[0])" "$db")
[ "$mode" = delete ] || { echo "journal mode is $mode, not delete" >&2; exit 1; }
cp "$db" "$here/v$version.db"
chmod 0644 "$here/v$version.db"
echo "frozen: $here/v$version.db ($(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?'))"
