"""The Saker view's statistics tab: programme figures per year, a chart, and export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...exports import write_table
from ...services import app_writes
from ...services.statistics import statistics_table
from .. import messages
from ..charts import count_axis
from ..domain_text import error_text, translate
from ..tables import list_table
from .case_models import ExportTableModel
from .screening_export import FILE_FILTERS

#: (column key, colour) shown in the chart
CHART_SERIES = (
    ("screened", "#8c8c8c"),
    ("invited", "#1f6fb2"),
    ("offers_sent", "#d98c1f"),
    ("accepted", "#6a5acd"),
    ("purchases", "#2e8b57"),
)


class StatisticsTab(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.model = ExportTableModel(self)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        heading = QLabel(self.tr("Salg av kommunale utleieboliger til leietakere, per år"))
        heading.setWordWrap(True)
        row.addWidget(heading, 2)
        row.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk i statistikken"))
        self.search.setAccessibleName(self.tr("Søk i statistikken"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        row.addWidget(self.search)
        self.export_button = QPushButton(self.tr("E&ksporter statistikk …"))
        self.export_button.setAccessibleName(self.export_button.text().replace("&", ""))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = list_table(self.tr("Statistikk per år"), self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # eighteen figures a year do not fit beside each other: this list scrolls sideways
        self.table.setProperty("scrolls_sideways", True)
        split.addWidget(self.table)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Fra kartlegging til kjøp"))
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(self.chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(self.tr("Diagram over statistikken"))
        view.setMinimumHeight(240)
        split.addWidget(view)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        table = statistics_table(self.db)
        self.model.set_table(table)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        keys = table.keys
        series = QBarSeries()
        top = 0.0
        for key, color in CHART_SERIES:
            col = keys.index(key)
            bars = QBarSet(translate(table.columns[col].header))
            values = [float(r[col]) for r in table.rows]  # type: ignore[arg-type]
            bars.append(values)
            bars.setColor(QColor(color))
            series.append(bars)
            top = max([top, *values])
        self.chart.addSeries(series)
        years = QBarCategoryAxis()
        years.append([str(r[0]) for r in table.rows] or [""])
        self.chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(years)
        values_axis = count_axis(top)
        values_axis.setTitleText(self.tr("Husstander"))
        self.chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values_axis)

    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre statistikk"),
            "statistikk.xlsx",
            QCoreApplication.translate("ExportColumnsDialog", FILE_FILTERS),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv" if "csv" in chosen else ".pdf" if "pdf" in chosen else ".xlsx"
        try:
            self.export_to(Path(path))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
            messages.error(self, self.tr("Eksporten feilet"), error_text(exc))
            return
        messages.info(
            self, self.tr("Eksportert"), self.tr("Statistikken er lagret i {}").format(path)
        )

    def export_to(self, path: Path) -> Path:
        """Log the export, then write the yearly table (a few rows: quick, on the GUI
        thread): a user who may not log gets no file."""
        table = statistics_table(self.db)
        rows = len(table.rows)
        self.ctx.write(lambda db: app_writes.record_export(db, "statistics", path, rows))
        write_table(table, path)
        return path
