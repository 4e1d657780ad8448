"""A very long name in the PDF list wraps inside its column and is cut with "…": it never
runs into the next column and never makes a row taller than a page (LayoutError)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from leietileie.exports import Column, Table, write_pdf
from leietileie.exports.pdf import MAX_LINES, wrap_lines
from leietileie.pdfcommon import FONT, register_fonts

#: The eligibility list's 24 columns (services.eligibility.COLUMNS), as a wide real case.
KINDS = (
    ["integer", "text", "integer", "text", "text", "identity", "text", "text", "text", "integer"]
    + ["money"] * 11
    + ["text", "text", "text"]
)
COLUMNS = [
    Column(f"k{i}", "Søker" if i == 4 else f"Kolonne {i}", kind) for i, kind in enumerate(KINDS)
]


def _row(name: str) -> tuple[object, ...]:
    values: list[object] = []
    for i, kind in enumerate(KINDS):
        if i == 4:
            values.append(name)
        elif kind == "identity":
            values.append("15108695088")
        elif kind == "text":
            values.append("x")
        else:
            values.append(1)
    return tuple(values)


def _chunks(path):
    register_fonts()
    found = []

    def visit(text, cm, tm, font, size):
        text = text.strip()
        if text:
            x = tm[4] * cm[0] + cm[4]
            scale = size * tm[0] * cm[0]
            found.append((x, x + pdfmetrics.stringWidth(text, FONT, scale), text))

    reader = PdfReader(path)
    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return reader, found


@pytest.mark.parametrize(
    "name",
    [
        "A" * 1000,
        ("Ola Nordmann " * 80)[:1000],
        "Ø" * 20000,
        "linje\n" * 500,
    ],
    ids=["one-word", "words", "20000", "newlines"],
)
def test_a_huge_name_wraps_within_its_column(tmp_path, name):
    target = tmp_path / "liste.pdf"
    write_pdf(Table("Kartlegging", COLUMNS, [_row("Kari"), _row(name), _row("Per")]), target)
    reader, chunks = _chunks(target)
    assert len(reader.pages) == 1
    header_x = sorted(x for x, _, t in chunks if t.startswith("Søker"))[0]
    next_x = sorted(x for x, _, t in chunks if t.startswith("Kolonne 5"))[0]
    name_chunks = [c for c in chunks if header_x - 1 <= c[0] < next_x and c[2][:2] in name[:40]]
    assert name_chunks
    assert all(right <= next_x for _, right, _ in name_chunks)  # never into the next column
    assert len(name_chunks) <= MAX_LINES
    assert name_chunks[-1][2].endswith("…")
    assert any(t == "Per" for _, _, t in chunks)  # the rows after it are there too


def test_wrap_lines_by_hand():
    # DejaVu Sans at 10 pt: "A" is 6.84 pt wide and "…" 10 pt, so a room of three A's
    # (20.52 pt) holds "AAA" or "A…" (16.84 pt) but not "AA…" (23.68 pt).
    register_fonts()
    width_a = pdfmetrics.stringWidth("A", FONT, 10)
    room = 3 * width_a + 0.01  # exactly three A's per line
    assert wrap_lines("AAAAAAA", room, 10) == ["AAA", "AAA", "A"]
    assert wrap_lines("A" * 30, room, 10, max_lines=2) == ["AAA", "A…"]
    assert wrap_lines("AA AA", room, 10) == ["AA", "AA"]
