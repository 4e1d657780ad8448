"""Stored assessments, screening runs and their results, and produced documents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ..common import from_json, now, to_json
from ..records import ScreeningResult, ScreeningRun, StoredAssessment, StoredDocument
from .audit import AuditLog
from .base import Repository

if TYPE_CHECKING:
    pass


class AssessmentRepository(Repository):
    def add(
        self,
        household_id: int,
        rules_year: int,
        inputs: dict[str, Any],
        result: dict[str, Any],
        verdict: str,
        unit_ref: int | None = None,
        kind: str = "manual",
        case_id: int | None = None,
    ) -> int:
        """Store an assessment with the inputs and rule set it used (replayable on appeal),
        on a case when ``case_id`` is given."""
        details: dict[str, Any] = {"household_id": household_id, "kind": kind}
        if case_id is not None:
            details["case_id"] = case_id
        with self.session.transaction():
            new_id = self.session.insert_returning_id(
                "INSERT INTO assessments (household_id, unit_ref, created_at, created_by,"
                " rules_year, kind, inputs, result, verdict, case_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    household_id,
                    unit_ref,
                    now(),
                    self.session.actor,
                    rules_year,
                    kind,
                    to_json(inputs),
                    to_json(result),
                    verdict,
                    case_id,
                ),
            )
            AuditLog(self.session).record("created", "assessment", new_id, details)
        return new_id

    def set_case(self, id: int, case_id: int) -> bool:
        """Put an assessment on a case; False when there is no such assessment."""
        cursor = self.conn.execute("UPDATE assessments SET case_id = ? WHERE id = ?", (case_id, id))
        return bool(cursor.rowcount > 0)

    def get(self, id: int) -> StoredAssessment | None:
        rows = self._select("WHERE id = ?", [id])
        return rows[0] if rows else None

    def for_household(self, household_id: int) -> list[StoredAssessment]:
        """Newest first."""
        return self._select("WHERE household_id = ? ORDER BY id DESC", [household_id])

    def latest(self, household_id: int) -> StoredAssessment | None:
        rows = self._select("WHERE household_id = ? ORDER BY id DESC LIMIT 1", [household_id])
        return rows[0] if rows else None

    def latest_by(self, household_id: int, day: date) -> StoredAssessment | None:
        """The household's latest assessment made on or before ``day``, else its latest."""
        rows = self._select(
            "WHERE household_id = ? ORDER BY substr(created_at, 1, 10) <= ? DESC, id DESC LIMIT 1",
            [household_id, day.isoformat()],
        )
        return rows[0] if rows else None

    def _select(self, clause: str, params: list[Any]) -> list[StoredAssessment]:
        rows = self.conn.execute(
            "SELECT id, household_id, unit_ref, created_at, created_by, rules_year, kind,"
            f" inputs, result, verdict, case_id FROM assessments {clause}",
            params,
        ).fetchall()
        return [
            StoredAssessment(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                from_json(r[7]),
                from_json(r[8]),
                r[9],
                r[10],
            )
            for r in rows
        ]


SCREENING_COLUMNS = (
    "household_id",
    "category",
    "price",
    "max_loan",
    "loan_needed",
    "monthly_cost",
    "surplus_monthly",
    "reasons",
    "figures",
)


class ScreeningRepository(Repository):
    def store_run(
        self,
        rules_year: int,
        on: date,
        rows: Sequence[Sequence[Any]],
        settings: dict[str, Any] | None = None,
    ) -> int:
        """Store a run and its results in one transaction; returns the run id.

        ``rows`` are tuples in SCREENING_COLUMNS order; reasons and figures may be given as
        Python objects (they are stored as JSON) or as JSON text.
        """
        # The results are new rows only: on the office database the write lock is taken at
        # the end, for the audit entry, so a run of 100 000 does not hold up anyone's save.
        with self.session.transaction(deferred_lock=True):
            run_id = self.session.insert_returning_id(
                "INSERT INTO screening_runs (created_at, created_by, rules_year, on_date,"
                " household_count, settings) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    now(),
                    self.session.actor,
                    rules_year,
                    on.isoformat(),
                    len(rows),
                    to_json(settings or {}),
                ),
            )
            width = len(SCREENING_COLUMNS)
            if all(len(r) == width and type(r[7]) is str and type(r[8]) is str for r in rows):
                # JSON text already (the screening's rows): bound as they are, the run id (an
                # int the database allocated) written into the statement: no tuple per row
                self.conn.executemany(
                    f"INSERT INTO screening_results (run_id, {', '.join(SCREENING_COLUMNS)})"
                    f" VALUES ({run_id:d}, {', '.join('?' * width)})",
                    rows,
                )
            else:
                self.conn.executemany(
                    f"INSERT INTO screening_results (run_id, {', '.join(SCREENING_COLUMNS)})"
                    f" VALUES (?, {', '.join('?' * width)})",
                    ((run_id, *row[:7], _json(row[7]), _json(row[8])) for row in rows),
                )
            AuditLog(self.session).record("created", "screening_run", run_id, {"count": len(rows)})
        return run_id

    def latest_run(self) -> int | None:
        row = self.conn.execute("SELECT max(id) FROM screening_runs").fetchone()
        return None if row[0] is None else int(row[0])

    def run(self, run_id: int) -> ScreeningRun | None:
        row = self.conn.execute(
            "SELECT id, created_at, rules_year, on_date, household_count, settings"
            " FROM screening_runs WHERE id = ?",
            (run_id,),
        ).fetchone()
        if row is None:
            return None
        return ScreeningRun(
            id=row[0],
            created_at=row[1],
            rules_year=row[2],
            on_date=date.fromisoformat(row[3]),
            household_count=row[4],
            settings=from_json(row[5]) or {},
        )

    def household_ids(self, run_id: int, categories: Sequence[str] = ()) -> list[int]:
        """The run's households (only those in one of ``categories`` when given)."""
        sql = "SELECT household_id FROM screening_results WHERE run_id = ?"
        params: list[Any] = [run_id]
        if categories:
            sql += f" AND category IN ({', '.join('?' * len(categories))})"
            params += list(categories)
        return [int(r[0]) for r in self.conn.execute(sql, params).fetchall()]

    def results(self, run_id: int, category: str | None = None) -> list[ScreeningResult]:
        clause, params = "WHERE run_id = ?", [str(run_id)]
        if category is not None:
            clause += " AND category = ?"
            params.append(category)
        rows = self.conn.execute(
            f"SELECT run_id, {', '.join(SCREENING_COLUMNS)} FROM screening_results {clause}"
            " ORDER BY household_id",
            params,
        ).fetchall()
        return [_result(r) for r in rows]

    def result(self, run_id: int, household_id: int) -> ScreeningResult | None:
        """One household's result in one run (a primary-key lookup)."""
        row = self.conn.execute(
            f"SELECT run_id, {', '.join(SCREENING_COLUMNS)} FROM screening_results"
            " WHERE run_id = ? AND household_id = ?",
            (run_id, household_id),
        ).fetchone()
        return None if row is None else _result(row)

    def for_household(self, household_id: int) -> ScreeningResult | None:
        row = self.conn.execute(
            f"SELECT run_id, {', '.join(SCREENING_COLUMNS)} FROM screening_results"
            " WHERE household_id = ? ORDER BY run_id DESC LIMIT 1",
            (household_id,),
        ).fetchone()
        return None if row is None else _result(row)


def _result(r: Sequence[Any]) -> ScreeningResult:
    return ScreeningResult(
        run_id=r[0],
        household_id=r[1],
        category=r[2],
        price=r[3],
        max_loan=r[4],
        loan_needed=r[5],
        monthly_cost=r[6],
        surplus_monthly=r[7],
        reasons=from_json(r[8]),
        figures=from_json(r[9]),
    )


def _json(value: Any) -> str:
    return value if isinstance(value, str) else to_json(value)


class DocumentRepository(Repository):
    def add(
        self,
        household_id: int,
        kind: str,
        path: str,
        sha256: str,
        language: str = "nb",
        case_id: int | None = None,
        assessment_id: int | None = None,
    ) -> int:
        """Record a produced letter (audited as printed)."""
        with self.session.transaction():
            new_id = self.session.insert_returning_id(
                "INSERT INTO documents (household_id, case_id, assessment_id, kind, language,"
                " path, sha256, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    household_id,
                    case_id,
                    assessment_id,
                    kind,
                    language,
                    path,
                    sha256,
                    now(),
                    self.session.actor,
                ),
            )
            if case_id is not None and assessment_id is not None:
                self._assessment_on_case(assessment_id, case_id)
            AuditLog(self.session).record(
                "printed", "document", new_id, {"household_id": household_id, "kind": kind}
            )
        return new_id

    def attach(self, doc_id: int, case_id: int) -> bool:
        """Attach a document to a case (and its assessment, when that is on no case yet);
        False when there is no such document."""
        with self.session.transaction():
            cursor = self.conn.execute(
                "UPDATE documents SET case_id = ? WHERE id = ?", (case_id, doc_id)
            )
            if cursor.rowcount == 0:
                return False
            row = self.conn.execute(
                "SELECT assessment_id FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if row[0] is not None:
                self._assessment_on_case(int(row[0]), case_id)
        return True

    def _assessment_on_case(self, assessment_id: int, case_id: int) -> None:
        """A letter's assessment goes with the letter's case unless it is on a case already."""
        self.conn.execute(
            "UPDATE assessments SET case_id = ? WHERE id = ? AND case_id IS NULL",
            (case_id, assessment_id),
        )

    def for_household(self, household_id: int) -> list[StoredDocument]:
        rows = self.conn.execute(
            "SELECT id, household_id, case_id, assessment_id, kind, language, path, sha256,"
            " created_at, created_by FROM documents WHERE household_id = ? ORDER BY id",
            (household_id,),
        ).fetchall()
        return [StoredDocument(*r) for r in rows]
