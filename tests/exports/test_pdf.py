from __future__ import annotations

import pypdf
import pytest

from leietileie.exports import Column, Table, write_pdf

from .conftest import make_table, many_rows


def read(path):
    reader = pypdf.PdfReader(path)
    return reader, [page.extract_text() for page in reader.pages]


@pytest.fixture
def pdf(table, tmp_path):
    path = tmp_path / "liste.pdf"
    write_pdf(table, path)
    return path


def test_text_has_title_headers_values_and_page_number(pdf):
    reader, pages = read(pdf)
    text = " ".join(pages[0].split())
    for expected in [
        "Kartlegging 2026",
        "Kan kjøpe nå",
        "Generert 24.11.2026",
        "Regelår 2026",
        "Fødselsnummer",
        "Samlet inntekt",
        "Åse Ærlig Øvrebø",
        "Side 1 av 1",
        "Forutsetninger",
        "Husbanken-rente",
        "Bø",
    ]:
        assert expected in text, expected
    assert len(reader.pages) == 1


def test_numbers_are_formatted_the_norwegian_way(pdf):
    text = read(pdf)[1][0].replace("\u00a0", " ")
    assert "1 234 568 kr" in text
    assert "\u22121 234 kr" in text
    assert "4,89 %" in text and "05.01.2020" in text and "2,5" in text


def test_landscape_a4(pdf):
    page = pypdf.PdfReader(pdf).pages[0]
    assert round(float(page.mediabox.width)) == 842 and round(float(page.mediabox.height)) == 595


def test_fonts_are_embedded_truetype(pdf):
    page = pypdf.PdfReader(pdf).pages[0]
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # a composite font keeps it on its descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()
        assert "DejaVuSans" in font["/BaseFont"]


def test_identical_input_gives_identical_bytes(table, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_pdf(table, first)
    write_pdf(table, second)
    assert first.read_bytes() == second.read_bytes()


def test_user_text_is_escaped_not_interpreted(tmp_path):
    long_name = "<b>Ola</b> & <font size=40>Co</font> " + "veldig lang merknad " * 30
    table = make_table([("01018512345", long_name, 1, 0.1, None, 1, 1.0)])
    path = tmp_path / "escape.pdf"
    write_pdf(table, path)
    raw = read(path)[1][0]
    text = " ".join(raw.split())
    assert "<b>Ola</b> & <font size=40>Co</font>" in text
    # the long text wraps onto several lines inside its column instead of running off
    assert text.count("veldig lang merknad") == 30
    assert sum("veldig" in line for line in raw.splitlines()) > 3


def test_header_repeats_and_pages_are_numbered(tmp_path):
    path = tmp_path / "lang.pdf"
    write_pdf(make_table(many_rows(150)), path)
    reader, pages = read(path)
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert "Fødselsnummer" in text
        assert f"Side {number} av {total}" in text
    assert "Person 149 med æøå" in pages[-1]


def test_masked_identity(table, tmp_path):
    path = tmp_path / "maskert.pdf"
    write_pdf(table, path, mask_identity=True)
    text = read(path)[1][0]
    assert "010185 *****" in text and "01018512345" not in text


def test_many_columns_still_fit_the_page(tmp_path):
    columns = [Column(f"k{i}", f"Beløp nummer {i}", "money") for i in range(18)]
    table = Table("Bred", columns, [tuple(1_234_567 for _ in columns)])
    path = tmp_path / "bred.pdf"
    write_pdf(table, path)
    text = read(path)[1][0]
    assert text.count("1 234 567 kr".replace(" ", "\u00a0")) + text.count("1 234 567 kr") == 18
