"""Message boxes in one place (tests replace these functions to answer them)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def conflict(parent: QWidget | None, title: str, text: str) -> bool:
    """A colleague saved first: True for «Last inn på nytt», False for «Avbryt»."""
    from PySide6.QtCore import QCoreApplication

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    reload = box.addButton(
        QCoreApplication.translate("Messages", "Last inn på nytt"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("Messages", "Avbryt"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is reload


def bug_report(parent: QWidget | None, title: str, text: str, details: str) -> None:
    """A bug's report dialog: what to do, where the log is; the error itself under Detaljer."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(details)
    box.exec()
