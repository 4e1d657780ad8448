"""Issue 12: help (F1 per view, domain-term tooltips, the shortcut list) and keyboard-only use."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from leietileie.ui.views.registry import NAMES

GUIDE = """# Brukerveiledning

Innledning.

## Leietakere {#tenants}

Slik finner du en husstand.

## Beregning {#assessment}

Slik leser du beregningen.

## Saker {#cases}

Slik flytter du en sak.
"""


@pytest.fixture
def guide_file(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from leietileie.ui import guide

    path = tmp_path / "brukerveiledning.md"
    path.write_text(GUIDE, encoding="utf-8")
    monkeypatch.setattr(guide, "guide_path", lambda: path)
    return path


def test_f1_opens_the_guide_at_the_current_view(qtbot, qapp, window, guide_file) -> None:
    window.activateWindow()
    window.show_view("cases")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    text = window.guide_dialog.browser.toPlainText()
    assert "Slik flytter du en sak." in text and "Saker" in text
    assert "{#cases}" not in text and "Slik finner du" not in text
    window.guide_dialog.close()
    window.show_view("tenants")
    window.menu_actions["guide"].trigger()
    assert "Slik finner du en husstand." in window.guide_dialog.browser.toPlainText()


def test_the_guide_sections_by_anchor() -> None:
    from leietileie.ui.guide import guide_sections

    sections = guide_sections(GUIDE)
    assert list(sections) == ["tenants", "assessment", "cases"]
    assert sections["assessment"].startswith("## Beregning\n")


def test_without_a_guide_f1_says_it_is_missing(qtbot, window, tmp_path, monkeypatch) -> None:
    from leietileie.ui import guide

    monkeypatch.setattr(guide, "guide_path", lambda: tmp_path / "mangler.md")
    dialog = guide.show_guide(window)
    qtbot.addWidget(dialog)
    assert "finnes ikke" in dialog.browser.toPlainText()


def test_domain_terms_carry_an_explanation(qtbot, window) -> None:
    from leietileie.ui.dialogs.unit_dialog import UnitDialog

    window.show_view("assessment")
    results = window.views["assessment"].results
    tips = {
        label.text(): label.toolTip() for label in results.findChildren(QLabel) if label.toolTip()
    }
    assert tips["Kalkulasjonsrente"].startswith("Kalkulasjonsrente:")
    assert tips["= Tilgjengelig til lån"].startswith("Betjeningsevne:")
    assert tips["Startlån"].startswith("Startlån:")
    dialog = UnitDialog(window.ctx.db, None)
    qtbot.addWidget(dialog)
    assert dialog.edits["shared_debt"].toolTip().startswith("Fellesgjeld:")


# Keyboard ---------------------------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _reachable(view: QWidget) -> list[QWidget]:
    """The view's widgets a caseworker works with (visible, enabled, taking keyboard focus)."""
    out = []
    for widget in view.findChildren(QWidget):
        if (
            not isinstance(widget, INTERACTIVE)
            or not widget.isVisibleTo(view)
            or not widget.isEnabled()
        ):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is view.window():
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parentWidget(), QAbstractSpinBox | QComboBox
            ):
                continue  # the spin box's or combo box's own editor
            out.append(widget)
    return out


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


@pytest.mark.parametrize("name", NAMES)
def test_each_view_can_be_walked_with_tab_and_every_stop_has_a_name(
    qtbot, qapp, window, name
) -> None:
    window.resize(1280, 720)
    window.activateWindow()
    if name == "cases":  # a case selected: the «Flytt saken» fields are enabled
        from leietileie.services.cases import open_case

        db = window.ctx.db
        (hid,) = db.conn.execute("SELECT id FROM households ORDER BY id LIMIT 1").fetchone()
        case = open_case(db, hid, on=date.today())
        window.views["cases"].refresh()
        assert window.views["cases"].select_case(case.id)
    window.show_view(name)
    qapp.processEvents()
    view = window.views[name]
    if name == "cases":
        assert view.move_date.isEnabled() and view.move_note.isEnabled()
    wanted = _reachable(view)
    assert wanted
    window.nav.setFocus()
    seen: list[QWidget] = []
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.nav:
            break
        seen.append(focused)
    else:  # a list that keeps Tab going round its cells traps a keyboard user
        pytest.fail(f"Tab never leaves {type(seen[-1]).__name__} {_name(seen[-1])!r}")
    missing = [f"{type(w).__name__} {_name(w)!r}" for w in wanted if w not in seen]
    assert missing == [], missing
    unnamed = [type(w).__name__ for w in wanted if not _name(w)]
    assert unnamed == []


def test_menus_and_the_navigation_answer_to_the_keyboard(qtbot, qapp, window) -> None:
    window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_name() == "assessment"
    titles = [a.text() for a in window.menuBar().actions()]
    assert all("&" in t for t in titles)  # Alt+F, Alt+R, Alt+B, Alt+H
    letters = [t[t.index("&") + 1].lower() for t in titles]
    assert len(set(letters)) == len(letters)


@pytest.mark.parametrize("name", NAMES)
def test_buttons_have_mnemonics_that_clash_with_nothing(window, name) -> None:
    menu = {t[t.index("&") + 1].lower() for t in (a.text() for a in window.menuBar().actions())}
    window.show_view(name)
    view = window.views[name]
    letters = []
    for button in view.findChildren(QAbstractButton):
        text = button.text()
        if not button.isVisibleTo(view) or "&" not in text:
            continue
        letters.append(text[text.index("&") + 1].lower())
    buttons = [
        b
        for b in view.findChildren(QAbstractButton)
        if b.isVisibleTo(view) and type(b).__name__ == "QPushButton" and b.text()
    ]
    assert all("&" in b.text() for b in buttons), [b.text() for b in buttons if "&" not in b.text()]
    assert len(letters) == len(set(letters)), letters
    assert not menu & set(letters)
