#!/bin/sh
# Freeze a register of this release's schema version as tests/data/schema/vN.db.
#
# Run once per release that adds a migration, from the release's own checkout, and commit the
# file: it must never change afterwards (test_frozen_schemas upgrades every frozen file).
# The register holds a small demo municipality, a screening run, confirmed rule groups,
# letters (which move cases), the demo's follow-up rows (pathway, arrears), a note a
# caseworker typed and a soft-deleted household.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
python=${PYTHON:-python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/register.db"
export LEIETILEIE_HOME="$work/home"
cli() { (cd "$root" && "$python" -m leietileie.cli --db "$db" "$@"); }
cli demo --households 30 --seed 7 >/dev/null
cli screen >/dev/null
cli letters --confirm-rules >/dev/null  # the demo's rule groups, confirmed in the audit log
cli letters --type invitation --eligible --out "$work/brev" >/dev/null 2>&1
cli letters --type offer --eligible --out "$work/brev" >/dev/null 2>&1
# Cases moved along and closed through the services, as the app does.
(cd "$root" && "$python" - "$db" <<'PY'
import sys
from leietileie.services import cases
from leietileie.storage import Database
with Database.open(sys.argv[1]) as db:
    moved = 0
    for (case_id,) in db.conn.execute("SELECT id FROM cases ORDER BY id").fetchall():
        case = db.cases.get(case_id)
        while case is not None and cases.allowed_next(case.state) and moved < 12:
            case = cases.move_case(db, case_id, cases.allowed_next(case.state)[0 if case_id % 2 else -1], by="frys")
            moved += 1
PY
)
"$python" - "$db" <<'PY'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("UPDATE households SET notes = 'Ringt 3. mars; ønsker å kjøpe' WHERE id = 1")
conn.execute("UPDATE households SET deleted_at = '2026-11-30T12:00:00+00:00',"
             " deleted_by = 'frys' WHERE id = (SELECT max(id) FROM households)")
conn.commit()
conn.execute("VACUUM")
conn.close()
PY
version=$("$python" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM _sqlite_migrations').fetchone()[0])" "$db")
cp "$db" "$here/v$version.db"
echo "frozen: $here/v$version.db"
