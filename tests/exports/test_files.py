"""Safe writing: temporary file and rename, cancel, progress, and write_table's choices."""

from __future__ import annotations

import pytest

from leietileie.errors import InputError
from leietileie.exports import ExportCancelled, write_csv, write_pdf, write_table, write_xlsx

from .conftest import make_table, many_rows

WRITERS = [(write_xlsx, "xlsx"), (write_csv, "csv"), (write_pdf, "pdf")]


@pytest.mark.parametrize(("writer", "extension"), WRITERS)
def test_cancel_removes_the_partial_file(writer, extension, tmp_path):
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 2000

    target = tmp_path / f"liste.{extension}"
    with pytest.raises(ExportCancelled, match="avbrutt"):
        writer(make_table(many_rows(5000)), target, progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert seen[-1][0] >= 2000


@pytest.mark.parametrize(("writer", "extension"), WRITERS)
def test_cancel_leaves_an_older_file_as_it_was(writer, extension, tmp_path):
    target = tmp_path / f"liste.{extension}"
    target.write_bytes(b"forrige versjon")
    with pytest.raises(ExportCancelled):
        writer(make_table(many_rows(100)), target, progress=lambda done, total: False)
    assert target.read_bytes() == b"forrige versjon"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize(("writer", "extension"), WRITERS)
def test_progress_runs_to_the_total(writer, extension, tmp_path):
    seen = []
    writer(
        make_table(many_rows(2500)),
        tmp_path / f"l.{extension}",
        progress=lambda done, total: seen.append((done, total)) or True,
    )
    assert seen[0][0] == 0
    assert seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize(("writer", "extension"), WRITERS)
def test_a_failure_leaves_no_file(writer, extension, tmp_path):
    rows = [("01018512345", "Ola", 1, 0.1, None, 1, 1.0), ("1", "Kari", 1, "høy", None, 1, 1.0)]
    with pytest.raises(InputError, match=r"Rente.*rad 2"):
        writer(make_table(rows), tmp_path / f"feil.{extension}")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("writer", "extension"), WRITERS)
def test_rows_of_the_wrong_length_are_refused(writer, extension, tmp_path):
    rows = [("01018512345", "Ola", 1, 0.1, None, 1, 1.0), ("01018512345", "Kari")]
    with pytest.raises(InputError, match="Rad 2 har 2 verdier, men tabellen har 7 kolonner"):
        writer(make_table(rows), tmp_path / f"feil.{extension}")


@pytest.mark.parametrize("extension", ["xlsx", "csv", "pdf", "XLSX"])
def test_write_table_picks_the_writer_by_extension(extension, tmp_path, table):
    path = write_table(table, tmp_path / f"liste.{extension}")
    assert path.exists()
    start = path.read_bytes()[:4]
    assert start == {"xlsx": b"PK\x03\x04", "csv": b"\xef\xbb\xbf\x46", "pdf": b"%PDF"}.get(
        extension.lower(), b"PK\x03\x04"
    )


@pytest.mark.parametrize("name", ["liste.docx", "liste", "liste.xls"])
def test_write_table_refuses_other_extensions(name, tmp_path, table):
    with pytest.raises(InputError) as caught:
        write_table(table, tmp_path / name)
    assert "Tillatte filtyper: .xlsx, .csv, .pdf" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named(tmp_path, table):
    with pytest.raises(InputError, match="finnes ikke"):
        write_table(table, tmp_path / "mangler" / "liste.csv")


def test_pdf_cancel_while_laying_out_pages(tmp_path):
    rows = 300
    target = tmp_path / "liste.pdf"
    with pytest.raises(ExportCancelled):
        write_pdf(make_table(many_rows(rows)), target, progress=lambda done, total: done <= rows)
    assert list(tmp_path.iterdir()) == []
