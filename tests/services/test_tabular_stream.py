"""``open_rows`` (the streamed reader the rent import uses) reads every file as ``read_table``
does: the same headers, rows, row numbers, multi-line spans, merged cells, encoding and
delimiter, or the same refusal (the hostile corpus and some awkward CSV files)."""

import pytest
from hostile.make_corpus import CASES

from leietileie.errors import InputError
from leietileie.services.tabular import open_rows, read_table


def _both(path):
    try:
        table = read_table(path)
        held = (table.headers, table.rows, table.spans, table.merged)
        held += (table.encoding, table.delimiter, table.sheet)
    except InputError as exc:
        held = ("refused", exc.problems)
    try:
        stream = open_rows(path)
        rows = list(stream.rows())
        streamed = (stream.headers, rows, stream.spans, stream.merged)
        streamed += (stream.encoding, stream.delimiter, stream.sheet)
        assert repr(list(stream.rows())) == repr(rows)  # a second pass reads the same (NaN)
    except InputError as exc:
        streamed = ("refused", exc.problems)
    return held, streamed


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_hostile_corpus_reads_alike(case, tmp_path):
    path = tmp_path / case.filename
    case.build(path)
    held, streamed = _both(path)
    assert repr(streamed) == repr(held)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom.csv", "\ufeffa;b\r\n1;2\r\n\r\n3;4".encode()),
        ("cp1252.csv", "navn;by\nÆre;Tromsø\n".encode("cp1252")),
        ("cr.csv", b"a,b\r1,2\r3,4\r"),
        ("spans.csv", b'a;b\n1;"x\ny"\n2;z\n'),
        ("blank.csv", b"a;b\n;\n1;2\n"),
        ("only_bom.csv", b"\xef\xbb\xbf \r\n"),
        ("nul.csv", b"a;b\n1;2\n3;\x004\n"),
        ("bad_utf8_late.csv", b"a;b\n" + b"1;2\n" * 300_000 + b"\x81;\xff\n"),
        ("mixed.csv", b"a;b,c\n1;2,3\n"),
        ("long_first.csv", b"a;b\n" + b"x" * 200_000 + b";1\n"),
    ],
)
def test_awkward_csv_reads_alike(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    held, streamed = _both(path)
    assert repr(streamed) == repr(held)
