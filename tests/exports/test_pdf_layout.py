"""The PDF list: marked confidential on every page, words never broken inside a cell,
amounts never printed over each other (issue 11, items 5 and 15)."""

from __future__ import annotations

import pypdf
from reportlab.pdfbase import pdfmetrics

from leietileie.exports import Column, Table, write_pdf
from leietileie.exports.files import Ticker
from leietileie.exports.pdf import PADDING, _content_widths, _fit_widths, _formatted_rows
from leietileie.pdfcommon import FONT, register_fonts

MARK = "Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13"
STREETS = [
    "Kristiansandsveien",
    "Øvre Slottsgate",
    "Trondheimsveien",
    "Storgata",
    "Kongsvingerbanegårdsveien",
]


def wide_table(rows: int = 120, confidential: str = MARK) -> Table:
    columns = [Column("navn", "Navn"), Column("adresse", "Adresse")]
    columns += [Column(f"b{i}", f"Beløp {i}", "money") for i in range(11)]
    data = [
        (f"Person {i}", f"{STREETS[i % 5]} {i}", *[123_456_789.0 + i * 1000 + j for j in range(11)])
        for i in range(rows)
    ]
    return Table("Kartlegging", columns, data, confidential=confidential)


def test_every_page_carries_the_confidentiality_marking(tmp_path):
    path = tmp_path / "liste.pdf"
    write_pdf(wide_table(), path)
    pages = pypdf.PdfReader(path).pages
    assert len(pages) > 1
    for page in pages:
        assert MARK in " ".join(page.extract_text().split())


def test_words_are_not_broken_inside_a_cell(tmp_path):
    path = tmp_path / "liste.pdf"
    write_pdf(wide_table(), path)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)
    for street in STREETS:
        assert street in text, street


def test_amounts_fit_their_columns_even_with_many_columns():
    register_fonts()
    columns = [Column("navn", "Navn")] + [Column(f"b{i}", f"B{i}", "money") for i in range(24)]
    table = Table("t", columns, [("Ola", *[123_456_789.0] * 24)])
    cells = _formatted_rows(table, False, Ticker(None, 2, "x"))
    content, words = _content_widths(table, cells)
    available = 800.0
    size, widths = _fit_widths(table, content, words, available)
    assert sum(widths) <= available + 0.01
    for index, column in enumerate(columns[1:], start=1):
        needed = pdfmetrics.stringWidth(cells[0][index], FONT, size) + 2 * PADDING
        assert needed <= widths[index] + 0.01, (column.key, needed, widths[index])


def test_eligibility_lists_are_marked():
    from leietileie.services.eligibility import COLUMNS, CONFIDENTIAL_NB

    assert CONFIDENTIAL_NB == MARK
    assert "Husstandstype" in [c.header for c in COLUMNS]
