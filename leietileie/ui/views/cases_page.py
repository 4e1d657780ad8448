"""Saker: every case with its state and next deadline, what is due, one case's history, moves
to the next allowed state, and the programme statistics."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.output import VERDICT_LABELS_NB
from ...domain.register import CASE_STATE_LABELS_NB, CASE_STATES
from ...errors import InputError
from ...services.case_lists import CaseDetail, case_detail, due_items, list_cases
from ...services.cases import (
    DEADLINE_LABELS_NB,
    count_closed_cases,
    delete_closed_cases,
    move_case,
)
from .. import fmt, messages
from ..context import AppContext
from ..crash import EXPECTED, message_or_raise
from ..domain_text import DOCUMENT_LABELS, note_text, problem_texts, translate
from ..tables import list_table
from .base import View
from .case_models import CaseTableModel, DueModel
from .case_stats import StatisticsTab

OPEN = "__open__"
DUE_WITHIN_DAYS = 7
#: Closed cases are kept this many years before the deletion proposes them.
KEEP_CLOSED_YEARS = 2


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class ClosedBeforeDialog(QDialog):
    """Choose the day before which closed cases are deleted."""

    def __init__(self, default: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slett avsluttede saker"))
        form = QFormLayout(self)
        text = QLabel(
            self.tr(
                "Saker som ble avsluttet før datoen slettes med historikk, frister, "
                "beregninger og brev."
            )
        )
        text.setWordWrap(True)
        form.addRow(text)
        self.day = QDateEdit(QDate(default.year, default.month, default.day))
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Avsluttet før"))
        form.addRow(self.tr("Avsluttet før"), self.day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())


def choose_closed_before(parent: QWidget | None, default: date) -> date | None:
    """The day chosen in :class:`ClosedBeforeDialog`, None when cancelled (tests replace this)."""
    dialog = ClosedBeforeDialog(default, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CasesPage(View):
    name = "cases"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.today = date.today()
        self.detail_case: CaseDetail | None = None
        self.cases_model = CaseTableModel(self)
        self.due_model = DueModel(self)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._cases_tab(), self.tr("Saker"))
        self.stats = StatisticsTab(ctx, self)
        self.tabs.addTab(self.stats, self.tr("Statistikk"))
        self.tabs.currentChanged.connect(lambda i: self.stats.refresh() if i == 1 else None)
        layout.addWidget(self.tabs)
        ctx.households_changed.connect(self.refresh)
        self.refresh()

    def _search_changed(self, text: str) -> None:
        self.cases_model.set_search(text)
        self.due_model.set_search(text)

    def focus_search(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.stats.search.setFocus()
        else:
            self.search.setFocus()

    @property
    def table(self) -> QTableView:
        """The list Rediger → Kopier and Fil → Eksporter use when no list has the focus."""
        return self.stats.table if self.tabs.currentIndex() == 1 else self.cases_table

    # Layout -------------------------------------------------------------------------

    def _cases_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Saksstatus"))
        self.state_filter.addItem(self.tr("Alle saker"), None)
        self.state_filter.addItem(self.tr("Åpne saker"), OPEN)
        for state in CASE_STATES[1:]:
            self.state_filter.addItem(translate(CASE_STATE_LABELS_NB[state]), state)
        self.state_filter.currentIndexChanged.connect(self.refresh)
        show = QLabel(self.tr("&Vis:"))
        show.setBuddy(self.state_filter)
        row.addWidget(show)
        row.addWidget(self.state_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk: navn, husstand, saksbehandler"))
        self.search.setAccessibleName(self.tr("Søk i sakene"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        row.addWidget(self.search, 1)
        row.addStretch(1)
        self.count_label = QLabel()
        row.addWidget(self.count_label)
        self.delete_button = QPushButton(self.tr("Slett &avsluttede saker …"))
        self.delete_button.setToolTip(
            self.tr("Personvern: slett saker som ble avsluttet for lenge siden")
        )
        self.delete_button.clicked.connect(lambda: self.delete_closed())
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QSplitter(Qt.Orientation.Vertical)
        self.cases_table = list_table(self.tr("Saker"), self.cases_model, stretch=[2])
        self.cases_table.selectionModel().selectionChanged.connect(self._case_selected)
        left.addWidget(self.cases_table)
        due_box = QGroupBox(self.tr("Forfalt og forfaller innen {} dager").format(DUE_WITHIN_DAYS))
        due_layout = QVBoxLayout(due_box)
        self.due_table = list_table(self.tr("Frister"), self.due_model, stretch=[2])
        self.due_table.doubleClicked.connect(
            lambda i: self.select_case(self.due_model.rows[i.row()].case_id)
        )
        due_layout.addWidget(self.due_table)
        left.addWidget(due_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        split.addWidget(left)
        split.addWidget(self._detail_pane())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([800, 320])  # the names in the list get the room, the pane wraps
        layout.addWidget(split, 1)
        return tab

    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        pane.setMinimumWidth(300)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Saken i detalj"))
        layout.addWidget(self.detail, 1)
        box = QGroupBox(self.tr("Flytt saken"))
        form = QFormLayout(box)
        self.next_state = QComboBox()
        self.next_state.setAccessibleName(self.tr("Ny status"))
        self.move_date = QDateEdit()
        self.move_date.setDisplayFormat("dd.MM.yyyy")
        self.move_date.setCalendarPopup(True)
        self.move_date.setAccessibleName(self.tr("Dato"))
        self.move_note = QLineEdit()
        self.move_note.setPlaceholderText(self.tr("Notat (valgfritt)"))
        self.move_note.setAccessibleName(self.tr("Notat"))
        self.move_button = QPushButton(self.tr("Fl&ytt saken"))
        self.move_button.clicked.connect(self.move_selected)
        form.addRow(self.tr("Ny status"), self.next_state)
        form.addRow(self.tr("Dato"), self.move_date)
        form.addRow(self.tr("Notat"), self.move_note)
        form.addRow("", self.move_button)
        layout.addWidget(box)
        self.letter_button = QPushButton(self.tr("Bre&v …"))
        self.letter_button.setAccessibleName(self.tr("Brev"))
        self.letter_button.setToolTip(self.tr("Lag brev til husstanden i saken"))
        self.letter_button.clicked.connect(self.letter)
        layout.addWidget(self.letter_button)
        return pane

    def letter(self) -> None:
        from ..letters_ui import open_letter_dialog

        household_id = None if self.detail_case is None else self.detail_case.case.household_id
        self.letter_dialog = open_letter_dialog(self, self.ctx, household_id)

    # Data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.today = date.today()
        selected = self.selected_case()
        choice = self.state_filter.currentData()
        rows = list_cases(
            self.ctx.db,
            open_only=choice == OPEN,
            states=(choice,) if choice not in (None, OPEN) else (),
        )
        self.cases_model.set_rows(rows, self.today)
        self.due_model.set_rows(due_items(self.ctx.db, self.today, DUE_WITHIN_DAYS), self.today)
        overdue = sum(1 for d in self.due_model.rows if d.overdue)
        self.count_label.setText(
            self.tr("{} saker, {} forfalte frister").format(len(rows), overdue)
        )
        if selected is not None and self.select_case(selected):
            return
        if rows:
            self.cases_table.selectRow(0)
        else:
            self.show_case(None)

    def selected_case(self) -> int | None:
        rows = self.cases_table.selectionModel().selectedRows()
        return self.cases_model.case_id(rows[0].row()) if rows else None

    def select_case(self, case_id: int) -> bool:
        row = self.cases_model.row_of(case_id)
        if row is None:
            return False
        self.cases_table.selectRow(row)
        self.show_case(case_id)
        return True

    def _case_selected(self, *_: object) -> None:
        case_id = self.selected_case()
        self.show_case(case_id)
        if self.detail_case is not None:
            self.ctx.household_selected.emit(self.detail_case.case.household_id)

    def show_case(self, case_id: int | None) -> None:
        found = None if case_id is None else case_detail(self.ctx.db, case_id)
        self.detail_case = found
        self.next_state.clear()
        if found is None:
            self.detail.setHtml("<p>" + html.escape(self.tr("Ingen sak er valgt.")) + "</p>")
        else:
            self.detail.setHtml(self._detail_html(found))
            for state in found.next_states:
                self.next_state.addItem(translate(CASE_STATE_LABELS_NB[state]), state)
        can_move = found is not None and bool(found.next_states)
        for widget in (self.next_state, self.move_date, self.move_note, self.move_button):
            widget.setEnabled(can_move)
        self.move_date.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.move_button.setToolTip("" if can_move else self.tr("Saken er avsluttet"))

    def _detail_html(self, d: CaseDetail) -> str:
        e = html.escape
        state = translate(CASE_STATE_LABELS_NB.get(d.case.state, d.case.state))
        head = self.tr("Sak nr. {} · <b>{}</b> · åpnet {}").format(
            d.case.id, e(state), fmt.day(d.case.opened_on)
        )
        if d.case.closed_on:
            head += " · " + self.tr("avsluttet {}").format(fmt.day(d.case.closed_on))
        if d.case.caseworker:
            head += f" · {e(d.case.caseworker)}"
        parts = [
            f"<h3>{e(d.name)} ({e(d.external_id)})</h3>",
            f"<p>{head}</p>",
            "<h4>" + e(self.tr("Historikk")) + "</h4><table cellspacing='4'>",
        ]
        for ev in d.events:
            day = fmt.day(date.fromisoformat(ev.at[:10]))
            move = translate(CASE_STATE_LABELS_NB.get(ev.to_state, ev.to_state))
            if ev.from_state:
                move = (
                    f"{translate(CASE_STATE_LABELS_NB.get(ev.from_state, ev.from_state))} → {move}"
                )
            parts.append(
                f"<tr><td>{day}</td><td>{e(move)}</td><td>{e(ev.by)}</td><td><i>{e(note_text(ev.note))}</i></td></tr>"
            )
        parts.append("</table>")
        if d.deadlines:
            parts.append("<h4>" + e(self.tr("Frister")) + "</h4><ul>")
            for dl in d.deadlines:
                late = not dl.done and dl.due_on < self.today
                status = (
                    self.tr("utført")
                    if dl.done
                    else self.tr("forfalt")
                    if late
                    else self.tr("åpen")
                )
                style = " style='color:#c0392b'" if late else ""
                label = translate(DEADLINE_LABELS_NB.get(dl.kind, dl.kind))
                parts.append(f"<li{style}>{fmt.day(dl.due_on)}: {e(label)} ({e(status)})</li>")
            parts.append("</ul>")
        parts.append("<h4>" + e(self.tr("Brev")) + "</h4>")
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{e(translate(DOCUMENT_LABELS.get(doc.kind, doc.kind)))} · "
                f"{fmt.day(date.fromisoformat(doc.created_at[:10]))} · "
                f"{e(Path(doc.path).name)}</li>"
                for doc in d.documents
            )
            + "</ul>"
            if d.documents
            else "<p>" + e(self.tr("Ingen brev er knyttet til saken.")) + "</p>"
        )
        parts.append("<h4>" + e(self.tr("Beregninger")) + "</h4>")
        rules_year = self.tr("regelår {}")
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{fmt.day(date.fromisoformat(a.created_at[:10]))} · "
                f"{e(rules_year.format(a.rules_year))} · "
                f"{e(translate(VERDICT_LABELS_NB.get(a.verdict, a.verdict)))}</li>"
                for a in d.assessments
            )
            + "</ul>"
            if d.assessments
            else "<p>" + e(self.tr("Ingen beregninger er knyttet til saken.")) + "</p>"
        )
        return "".join(parts)

    # Actions ------------------------------------------------------------------------

    def move_selected(self) -> None:
        found = self.detail_case
        to_state = self.next_state.currentData()
        if found is None or to_state is None:
            return
        picked = self.move_date.date()
        on = date(picked.year(), picked.month(), picked.day())
        note = self.move_note.text().strip()
        try:
            self.ctx.write(
                lambda db: move_case(db, found.case.id, to_state, on=on, by=db.actor, note=note)
            )
        except InputError as exc:
            messages.error(self, self.tr("Kan ikke flytte saken"), "\n".join(problem_texts(exc)))
            return
        except EXPECTED as exc:
            messages.error(self, self.tr("Kan ikke flytte saken"), message_or_raise(exc))
            return
        self.move_note.clear()
        self.ctx.households_changed.emit()  # the household's case status changed
        self.select_case(found.case.id)

    def delete_closed(self) -> int:
        """Choose a day, confirm the number of cases, then delete the cases closed before it
        in a background task (its own connection; the window stays responsive); returns the
        number of cases that will be deleted (0 when declined). The result is shown when done:
        only the letter files that really were removed from disk are reported as removed."""
        title = self.tr("Slett avsluttede saker")
        day = choose_closed_before(self, years_before(date.today(), KEEP_CLOSED_YEARS))
        if day is None:
            return 0
        count = count_closed_cases(self.ctx.db, day)
        if count == 0:
            messages.info(
                self, title, self.tr("Ingen saker ble avsluttet før {}.").format(fmt.day(day))
            )
            return 0
        question = self.tr(
            "{} saker som ble avsluttet før {}, slettes for godt med historikk, frister, "
            "beregninger "
            "og brev. Husstander som ikke lenger leier og ikke har andre saker, slettes også. "
            "Vil du slette?"
        ).format(count, fmt.day(day))
        if not messages.confirm(self, title, question):
            return 0
        from ..worker import run_task

        def work(progress):  # type: ignore[no-untyped-def]
            with self.ctx.open_worker_db() as db:
                return delete_closed_cases(db, day)

        self.delete_task = run_task(
            self,
            self.tr("Sletter avsluttede saker …"),
            work,
            lambda done: self._deleted(title, done),
        )
        return count

    def _deleted(self, title: str, done) -> None:  # type: ignore[no-untyped-def]
        self.ctx.households_changed.emit()  # refreshes this page too
        text = self.tr("{} saker er slettet ({} brev, {} beregninger, {} husstander).").format(
            done.cases, done.documents, done.assessments, done.households
        )
        if done.files == done.documents:
            text += " " + self.tr("{} brevfiler er fjernet fra disken.").format(done.files)
        else:
            text += " " + self.tr(
                "{} av {} brevfiler er fjernet fra disken; de andre fantes ikke lenger "
                "eller lå utenfor programmets datamappe og er ikke rørt."
            ).format(done.files, done.documents)
        if done.kept:  # named, so the caseworker can remove them by hand
            text += "\n\n" + self.tr(
                "{} brevfiler ligger utenfor programmets mappe og ble ikke slettet fra disken:\n{}"
            ).format(len(done.kept), "\n".join(done.kept))
        messages.info(self, title, text)

    def activated(self) -> None:
        self.refresh()
        if self.tabs.currentIndex() == 1:
            self.stats.refresh()
