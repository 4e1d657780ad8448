"""The Oppfølging view's lists: rent arrears and rent-to-own agreements (issue 14).

Each list is a ``QAbstractTableModel`` over the rows the services compute
(``services.followup.arrears_rows`` / ``pathway_rows``); a ``FollowupFilter``
(``QSortFilterProxyModel``) sorts it by the raw value of a column (amounts and dates as such,
not their text), filters it by a code (the next step, the status) and by a search text.
Labels come from the domain in the app's language (nb, nn, en).
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ...domain.arrears import ACTION_LABELS, STEP_CODES, STEP_LABELS, TREND_LABELS
from ...domain.legal import SOURCES
from ...domain.pathway import STATUS_LABELS
from .. import fmt
from ..domain_text import app_language, message_text
from . import KIND_ROLE, RAW_ROLE

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: the raw value a column sorts by
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the code a list is filtered by (the next step, the pathway status)
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
#: the household of a row
ID_ROLE = Qt.ItemDataRole.UserRole + 3

STATUS_COLORS = {"on_track": "#1e7b34", "behind": "#9a6700", "at_risk": "#b00020"}
#: payment agreement statuses (storage ``payment_agreements.status``)
PAYMENT_AGREEMENT_LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("FollowupModels", "Aktiv"),
    "kept": QT_TRANSLATE_NOOP("FollowupModels", "Holdt"),
    "broken": QT_TRANSLATE_NOOP("FollowupModels", "Brutt"),
    "settled": QT_TRANSLATE_NOOP("FollowupModels", "Nedbetalt"),
}
#: rent-to-own agreement statuses (storage ``rto_agreements.status``)
AGREEMENT_LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("FollowupModels", "Aktiv"),
    "exercised": QT_TRANSLATE_NOOP("FollowupModels", "Kjøpt"),
    "expired": QT_TRANSLATE_NOOP("FollowupModels", "Utløpt"),
    "cancelled": QT_TRANSLATE_NOOP("FollowupModels", "Avbrutt"),
}

translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowupModels", text)


def label(labels: dict[str, dict[str, str]], code: str) -> str:
    """A domain label (``STEP_LABELS``, ``TREND_LABELS`` …) in the app's language."""
    by_code = labels.get(app_language(), labels["nb"])
    return by_code.get(code, code)


def payment_agreement_text(status: str | None) -> str:
    return "" if not status else tr(PAYMENT_AGREEMENT_LABELS.get(status, status))


def agreement_status_text(status: str) -> str:
    return tr(AGREEMENT_LABELS.get(status, status))


def legal_text(keys: tuple[str, ...]) -> str:
    """The legal sources of a step, cited (``domain.legal``)."""
    out = []
    for key in keys:
        source = SOURCES.get(key)
        if source is not None:
            out.append(source.cite(app_language()))
    return "; ".join(out)


def _month(value: date | None) -> str:
    return "" if value is None else f"{value.month:02d}.{value.year}"


class _Rows(QAbstractTableModel):
    """Rows in memory; the proxy sorts and filters them."""

    headers: tuple[str, ...] = ()
    #: the column whose CODE_ROLE the proxy filters by
    code_column = 0

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.headers[section])
        if orientation == Qt.Orientation.Horizontal and role == KIND_ROLE:
            return self.kinds.get(section)
        return None

    #: the typed columns (column → export kind); the others are exported as their text
    kinds: ClassVar[dict[int, str]] = {}

    def texts(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def value(self, row: Any, column: int) -> Any:
        """The typed value of a typed column (None where the list shows nothing)."""
        return self.raw(row, column)

    def raw(self, row: Any, column: int) -> Any:
        return self.texts(row)[column]

    def code(self, row: Any) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    numeric: tuple[int, ...] = ()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[col]
        if role == SORT_ROLE:
            value = self.raw(row, col)
            if value is None:  # sorted as the smallest value
                return "" if col not in self.numeric else float("-inf")
            if isinstance(value, date):
                return value.isoformat()
            return value.lower() if isinstance(value, str) else value
        if role == RAW_ROLE and col in self.kinds:
            return self.value(row, col)
        if role == CODE_ROLE:
            return self.code(row)
        if role == ID_ROLE:
            return row.household_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.numeric:
            return RIGHT
        return None

    def household_id(self, row: int) -> int | None:
        return self.rows[row].household_id if 0 <= row < len(self.rows) else None


class ArrearsModel(_Rows):
    """One row per household in arrears: amount owed, months late, trend, next step, last
    action, payment agreement status."""

    headers = (
        QT_TRANSLATE_NOOP("FollowupModels", "Husstand"),
        QT_TRANSLATE_NOOP("FollowupModels", "Navn"),
        QT_TRANSLATE_NOOP("FollowupModels", "Skylder"),
        QT_TRANSLATE_NOOP("FollowupModels", "Mnd. etter"),
        QT_TRANSLATE_NOOP("FollowupModels", "Trend"),
        QT_TRANSLATE_NOOP("FollowupModels", "Neste steg"),
        QT_TRANSLATE_NOOP("FollowupModels", "Siste tiltak"),
        QT_TRANSLATE_NOOP("FollowupModels", "Nedbetalingsavtale"),
        QT_TRANSLATE_NOOP("FollowupModels", "Bolig"),
    )
    numeric = (2, 3)
    OWED, LATE, TREND, STEP, LAST = 2, 3, 4, 5, 6
    kinds: ClassVar[dict[int, str]] = {OWED: "money", LATE: "integer"}

    def texts(self, row: Any) -> tuple[str, ...]:
        facts = row.facts
        last = ""
        if row.last_action is not None:
            kind, day = row.last_action
            last = f"{label(ACTION_LABELS, kind)} {fmt.day(day)}"
        return (
            row.external_id,
            row.name,
            fmt.kr(facts.owed),
            str(facts.months_late),
            label(TREND_LABELS, facts.trend),
            label(STEP_LABELS, row.step.code),
            last,
            payment_agreement_text(row.payment_agreement_status),
            row.unit_id or "",
        )

    def raw(self, row: Any, column: int) -> Any:
        if column == self.OWED:
            return float(row.facts.owed)
        if column == self.LATE:
            return int(row.facts.months_late)
        if column == self.STEP:  # the escalation ladder's order
            code = row.step.code
            return STEP_CODES.index(code) if code in STEP_CODES else len(STEP_CODES)
        if column == self.LAST:
            return None if row.last_action is None else row.last_action[1]
        return self.texts(row)[column]

    def code(self, row: Any) -> str:
        return str(row.step.code)

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == self.STEP:
            text = message_text(row.step.reason)
            legal = legal_text(tuple(row.step.legal))
            return f"{text}\n{legal}" if legal else text
        if column == self.LATE and row.facts.oldest_unpaid:
            month = row.facts.oldest_unpaid
            return translate("FollowupModels", "Eldste ubetalte måned: {}").format(
                f"{month[5:7]}.{month[:4]}"
            )
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        if column == self.TREND and row.facts.trend == "rising":
            return QColor("#b00020")
        if column == self.STEP and row.step.code in ("notice", "eviction_petition"):
            return QColor("#b00020")
        return None


class PathwayModel(_Rows):
    """One row per rent-to-own agreement: status (its reasons as the tooltip), expected against
    actual savings, shortfall, the agreement's term, next re-assessment, whether the option can
    be exercised."""

    headers = (
        QT_TRANSLATE_NOOP("FollowupModels", "Husstand"),
        QT_TRANSLATE_NOOP("FollowupModels", "Navn"),
        QT_TRANSLATE_NOOP("FollowupModels", "Status"),
        QT_TRANSLATE_NOOP("FollowupModels", "Forventet spart"),
        QT_TRANSLATE_NOOP("FollowupModels", "Faktisk spart"),
        QT_TRANSLATE_NOOP("FollowupModels", "Mangler"),
        QT_TRANSLATE_NOOP("FollowupModels", "Avtale"),
        QT_TRANSLATE_NOOP("FollowupModels", "Neste revurdering"),
        QT_TRANSLATE_NOOP("FollowupModels", "Opsjon"),
    )
    numeric = (3, 4, 5)
    STATUS, EXPECTED, ACTUAL, SHORT, TERM, REASSESS, OPTION = 2, 3, 4, 5, 6, 7, 8
    kinds: ClassVar[dict[int, str]] = {
        EXPECTED: "money",
        ACTUAL: "money",
        SHORT: "money",
        REASSESS: "date",
    }

    def value(self, row: Any, column: int) -> Any:
        if column == self.SHORT:  # shown only when something is missing
            shortfall = float(row.status.shortfall)
            return shortfall if shortfall > 0 else None
        return self.raw(row, column)

    #: worst first when sorted ascending
    SEVERITY = ("at_risk", "behind", "on_track", "not_started", "ended")

    def texts(self, row: Any) -> tuple[str, ...]:
        a, s = row.agreement, row.status
        return (
            row.external_id,
            row.name,
            label(STATUS_LABELS, s.code),
            fmt.kr(s.expected),
            "" if s.actual is None else fmt.kr(s.actual),
            fmt.kr(s.shortfall) if s.shortfall > 0 else "",
            f"{_month(a.start_date)}–{_month(a.option_expiry)}",
            fmt.day(row.reassessment_due) if row.reassessment_due else "",
            translate("FollowupModels", "Kan utøves") if row.option_exercisable else "",
        )

    def raw(self, row: Any, column: int) -> Any:
        a, s = row.agreement, row.status
        if column == self.STATUS:
            return self.SEVERITY.index(s.code) if s.code in self.SEVERITY else len(self.SEVERITY)
        values = {
            self.EXPECTED: float(s.expected),
            self.ACTUAL: None if s.actual is None else float(s.actual),
            self.SHORT: float(s.shortfall),
            self.TERM: a.start_date,
            self.REASSESS: row.reassessment_due,
            self.OPTION: int(bool(row.option_exercisable)),
        }
        return values[column] if column in values else self.texts(row)[column]

    def code(self, row: Any) -> str:
        return str(row.status.code)

    def tooltip(self, row: Any, column: int) -> str | None:
        s = row.status
        if column == self.STATUS:
            reasons = [message_text(m) for m in s.reasons]
            return "\n".join(reasons) if reasons else label(STATUS_LABELS, s.code)
        if column == self.TERM:
            return translate("FollowupModels", "Start {}, opsjonen utløper {}").format(
                fmt.day(row.agreement.start_date), fmt.day(row.agreement.option_expiry)
            )
        if column == self.ACTUAL and row.latest_savings is not None:
            return translate("FollowupModels", "Sist registrert {}").format(
                fmt.day(row.latest_savings[0])
            )
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        if column == self.STATUS and row.status.code in STATUS_COLORS:
            return QColor(STATUS_COLORS[row.status.code])
        if column == self.SHORT and row.status.shortfall > 0:
            return QColor("#b00020")
        return None


class FollowupFilter(QSortFilterProxyModel):
    """Sorts by the raw value (``SORT_ROLE``), filters by a code (``CODE_ROLE``; None: all)
    and by a search text over every shown column."""

    def __init__(self, source: _Rows, parent: Any = None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.code: str | None = None
        self.needle = ""

    def set_code(self, code: str | None) -> None:
        self.beginFilterChange()
        self.code = code
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, _Rows)
        if not 0 <= source_row < len(model.rows):
            return False
        row = model.rows[source_row]
        if self.code is not None and model.code(row) != self.code:
            return False
        if self.needle:
            return any(self.needle in text.lower() for text in model.texts(row))
        return True

    def household_id(self, row: int) -> int | None:
        value = self.data(self.index(row, 0), ID_ROLE)
        return None if value is None else int(value)

    def row_of(self, household_id: int) -> int | None:
        return next(
            (r for r in range(self.rowCount()) if self.household_id(r) == household_id), None
        )
