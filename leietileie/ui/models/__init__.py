"""Table models shared by views (issue 14's Oppfølging lists), and the two roles every list
model answers so a list is exported with typed values (numbers as numbers, dates as dates):

- ``KIND_ROLE`` on a horizontal header: the column's export kind (``money``, ``integer``,
  ``date`` …, see ``leietileie.exports.ColumnKind``); no answer means text.
- ``RAW_ROLE`` on a cell of a typed column: the value behind the shown text (a number, a
  ``date``, or ``None`` for an empty cell).
"""

from PySide6.QtCore import Qt

RAW_ROLE = Qt.ItemDataRole.UserRole + 40
KIND_ROLE = Qt.ItemDataRole.UserRole + 41
