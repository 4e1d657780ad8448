from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leietileie.exports import Column, Table, write_csv
from leietileie.exports.csv_excel import neutralise

from .conftest import HYPERLINK, make_table
from .excel_reading import excel_value, read_rows, starts_formula


def written(table, tmp_path, **options):
    path = tmp_path / "liste.csv"
    write_csv(table, path, **options)
    return path


def test_bom_semicolon_and_crlf(table, tmp_path):
    raw = written(table, tmp_path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfF\xc3\xb8dselsnummer;Navn;Samlet inntekt;")
    assert raw.count(b"\r\n") == 6 and raw.count(b"\n") == 6


def test_numbers_with_decimal_comma_and_no_grouping(table, tmp_path):
    rows = read_rows(written(table, tmp_path))
    first = rows[1]
    assert first[2] == "1234568"
    assert first[3] == "4,89%"
    assert first[6] == "2,5"
    assert excel_value(first[2]) == 1234568
    assert excel_value(first[3]) == 0.0489
    assert rows[3][2] == "-1234"


def test_dates_day_month_year(table, tmp_path):
    rows = read_rows(written(table, tmp_path))
    assert [r[4] for r in rows[1:]] == ["05.01.2020", "03.02.2021", "", "30.06.2019", "31.12.2000"]


def test_formula_text_arrives_as_text(table, tmp_path):
    rows = read_rows(written(table, tmp_path))
    names = [r[1] for r in rows[1:]]
    assert names[1] == "'" + HYPERLINK
    assert excel_value(names[1]) == "'" + HYPERLINK
    assert names[2] == "'-5" and names[3] == "'+47 22 00 00 00" and names[4] == "'@SUM(A1)"
    assert not any(starts_formula(row[i]) for row in rows for i in (0, 1))


def test_negative_money_stays_a_number(table, tmp_path):
    rows = read_rows(written(table, tmp_path))
    assert rows[2][2] == "-5"
    assert excel_value(rows[2][2]) == -5


def test_missing_values_are_empty(table, tmp_path):
    row = read_rows(written(table, tmp_path))[3]
    assert row[3] == row[5] == row[6] == ""


def test_identity_keeps_zeros_or_is_masked(table, tmp_path):
    plain = read_rows(written(table, tmp_path))
    assert [r[0] for r in plain[1:3]] == ["01018512345", "15038512345"]
    assert plain[3][0] == "04101851234"
    masked = read_rows(written(table, tmp_path, mask_identity=True))
    assert [r[0] for r in masked[1:]] == [
        "010185 *****",
        "150385 *****",
        "041018 *****",
        "551291 *****",
        "705324 *****",
    ]


def test_quoting_of_separators_quotes_and_line_breaks(tmp_path):
    names = ["Hansen; Per", 'Ola "Bøsse" Nordmann', "to\r\nlinjer", "æøå ÆØÅ"]
    table = Table("Navn", [Column("navn", "Navn")], [(n,) for n in names])
    path = written(table, tmp_path)
    assert b'"Hansen; Per"' in path.read_bytes()
    assert [r[0] for r in read_rows(path)[1:]] == names


def test_neutralise_each_trigger():
    for text in ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "\nx", "  =1", "\u00a0=1", "\uff1d1"]:
        assert neutralise(text).startswith("'")
    for text in ["Ola", "1-2", "", " ", "a=b", "'quoted"]:
        assert neutralise(text) == text


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(), min_size=1, max_size=20))
def test_any_text_round_trips_without_becoming_a_formula(tmp_path, texts):
    table = Table("Tekst", [Column("t", "Tekst")], [(t,) for t in texts])
    cells = [row[0] for row in read_rows(written(table, tmp_path))[1:]]
    assert len(cells) == len(texts)
    for text, cell in zip(texts, cells, strict=True):
        assert not starts_formula(cell)
        assert cell in (text, "'" + text)


def test_columns_from_arrays(tmp_path):
    numpy = __import__("numpy")
    table = Table.from_columns(
        "Tall",
        [Column("a", "A", "money"), Column("b", "B", "decimal")],
        {"a": numpy.array([1.5, -2.5, 3.0]), "b": numpy.array([0.25, 1.0, -0.5])},
    )
    rows = read_rows(written(table, tmp_path))
    assert rows[1:] == [["2", "0,25"], ["-3", "1,00"], ["3", "-0,50"]]


def test_large_list_in_blocks(tmp_path):
    from .conftest import many_rows

    table = make_table(many_rows(4500))
    rows = read_rows(written(table, tmp_path))
    assert len(rows) == 4501
    assert rows[-1][0] == "00000004499" and rows[-1][2] == "104499"
