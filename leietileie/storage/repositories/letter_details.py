"""What a produced letter was printed with: date, reference, who prepared and who decided.

One row per letter document (``documents``), written in the same transaction as the document.
The sender profile is stored as printed, so that a reprint of a sent letter gives the same
bytes even after the municipality's settings change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..common import from_json, to_json
from ..records import LetterDetails
from .base import Repository

if TYPE_CHECKING:
    pass


class LetterDetailsRepository(Repository):
    def add(
        self,
        document_id: int,
        *,
        letter_type: str,
        letter_date: str,
        reference: str,
        prepared_by: str,
        decided_by: str = "",
        outcome: str = "",
        profile: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.conn.execute(
            "INSERT INTO letter_details (document_id, letter_type, letter_date, reference,"
            " prepared_by, decided_by, outcome, profile, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id,
                letter_type,
                letter_date,
                reference,
                prepared_by,
                decided_by,
                outcome,
                to_json(profile or {}),
                to_json(extra or {}),
            ),
        )

    def document(self, document_id: int) -> tuple[int, int | None, str, str] | None:
        """(household id, assessment id, language, sha256) of a document, or None."""
        row = self.conn.execute(
            "SELECT household_id, assessment_id, language, sha256 FROM documents WHERE id = ?",
            (document_id,),
        ).fetchone()
        if row is None:
            return None
        return int(row[0]), None if row[1] is None else int(row[1]), str(row[2]), str(row[3])

    def document_path(self, document_id: int) -> str | None:
        """Where a document's file was written, or None."""
        row = self.conn.execute(
            "SELECT path FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def get(self, document_id: int) -> LetterDetails | None:
        row = self.conn.execute(
            "SELECT document_id, letter_type, letter_date, reference, prepared_by, decided_by,"
            " outcome, profile, extra FROM letter_details WHERE document_id = ?",
            (document_id,),
        ).fetchone()
        if row is None:
            return None
        return LetterDetails(
            int(row[0]),
            str(row[1]),
            str(row[2]),
            str(row[3]),
            str(row[4]),
            str(row[5]),
            str(row[6]),
            dict(from_json(row[7]) or {}),
            dict(from_json(row[8]) or {}),
        )
