"""The one way the app sets up a list table (row selection, fixed rows, quiet look)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSplitter,
    QTableView,
    QWidget,
)

ROW_HEIGHT = 24


def fit_columns(table: QTableView, most: int = 360) -> None:
    """Size the columns to their header and the rows in view (no column wider than ``most``)."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        if table.columnWidth(column) > most:
            table.setColumnWidth(column, most)


class ContentWidths(QObject):
    """Keeps a list's short columns as wide as their header and the rows in view.

    Not Qt's ResizeToContents: a hidden view measures every row of its model for it (a
    100 000-household register read page by page before the window shows). The widths are
    measured here only while the list is visible, after a change of rows, a scroll or a
    resize, once the events settle."""

    def __init__(self, table: QTableView, stretch: Sequence[int]):
        super().__init__(table)
        self.table = table
        self.stretch = set(stretch)
        self.later = QTimer(self, singleShot=True, interval=0)
        self.later.timeout.connect(self.refit)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in self.stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        model = table.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.dataChanged,
            table.verticalScrollBar().valueChanged,
        ):
            signal.connect(self.soon)
        table.installEventFilter(self)
        table.setProperty("content_widths", True)

    def soon(self, *_: object) -> None:
        self.later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.later.start()
        return False

    def refit(self) -> None:
        table = self.table
        if not table.isVisible() or table.model() is None:
            return
        header = table.horizontalHeader()
        for column in range(header.count()):
            if column in self.stretch or header.isSectionHidden(column):
                continue
            wanted = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            if header.sectionSize(column) != wanted:
                header.resizeSection(column, wanted)
        parent = table.parentWidget()
        while parent is not None and not isinstance(parent, ListSplitter):
            parent = parent.parentWidget()
        if parent is not None:
            parent.reflow()


def fit_to_content(table: QTableView, stretch: Sequence[int]) -> None:
    """Short columns as wide as their content, the ``stretch`` columns share the rest."""
    ContentWidths(table, stretch)


def wide_combo(box: QComboBox) -> QComboBox:
    """A combo box as wide as its longest item (a filter whose choice must be readable)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


def compact_combo(box: QComboBox, chars: int = 12) -> QComboBox:
    """A combo box whose minimum width does not grow with its longest item (the popup still
    shows the whole text)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


def list_table(
    name: str,
    model: QAbstractItemModel,
    *,
    multi: bool = False,
    keys: Sequence[str] = (),
    widths: Mapping[str, int] | None = None,
    sortable: bool = True,
    stretch: Sequence[int] = (),
) -> QTableView:
    """A table over ``model`` selecting whole rows, sorted by a click on a header, with a
    right-click menu to copy, export and print it; ``keys`` and ``widths`` set column widths.

    With ``stretch`` (column numbers: names, notes) those columns share the room that is left
    and elide their text, and every other column is as wide as its content (header and the
    rows in view), so the list fits its viewport without a horizontal scroll bar."""
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if multi else mode.SingleSelection)
    header = table.verticalHeader()
    header.setVisible(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(ROW_HEIGHT)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    # Tab leaves the list (the arrow keys move inside it): a keyboard user is never trapped
    # going round the cells of a list
    table.setTabKeyNavigation(False)
    for column, key in enumerate(keys):
        if widths and key in widths:
            table.setColumnWidth(column, widths[key])
    table.horizontalHeader().setResizeContentsPrecision(0)  # size columns to the rows in view
    if stretch:
        fit_to_content(table, stretch)
    else:
        table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(
        -1, Qt.SortOrder.AscendingOrder
    )  # the model's own order
    table.setSortingEnabled(sortable)
    from .table_tools import install

    install(table)
    return table


class ListSplitter(QSplitter):
    """A list with a detail pane beside it where the room allows (the list's columns at their
    content width plus ``name_room`` for the stretching columns, plus ``pane_room`` for the
    pane), else under it: a 1 280-pixel screen shows every column instead of scrolling.
    ``lists`` holds the list when it is not the left widget itself (lists on tabs)."""

    def __init__(
        self,
        main: QWidget,
        pane: QWidget,
        name_room: int = 220,
        pane_room: int = 300,
        lists: Sequence[QTableView] = (),
    ):
        super().__init__(Qt.Orientation.Horizontal)
        if lists:
            self.lists = list(lists)
            self.margin = 24  # the tab page's frame and margins around the lists
        else:
            assert isinstance(main, QTableView)
            self.lists = [main]
            self.margin = 0
        self.name_room = name_room
        self.pane_room = pane_room
        self.addWidget(main)
        self.addWidget(pane)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)

    def list_room(self) -> int:
        """The width the lists need to show every column without eliding a short one."""
        return max(self._room(table) for table in self.lists) + self.margin

    def _room(self, table: QTableView) -> int:
        header = table.horizontalHeader()
        fixed = 0
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                fixed += self.name_room
            else:
                # the width ContentWidths measured (never sizeHintForColumn here: on a
                # hidden list it reads every row)
                fixed += max(header.sectionSize(column), header.sectionSizeHint(column))
        bar = table.verticalScrollBar().sizeHint().width()
        return fixed + bar + 2 * table.frameWidth()

    def reflow(self) -> None:
        room = self.list_room()
        beside = self.width() >= room + self.pane_room + self.handleWidth()
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.orientation() != wanted:
            self.setOrientation(wanted)
            if beside:
                self.setSizes([room, max(self.pane_room, self.width() - room)])
            else:
                self.setSizes([self.height() * 3 // 5, self.height() * 2 // 5])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.reflow()
