"""The hostile import corpus: bad files that once broke (or could break) an import.

    python tests/hostile/make_corpus.py DIR      # writes every file into DIR

Each case is a function that writes one file and is registered with ``@case``: the
register kind, the words the refusal must contain (Norwegian, naming row and column where
there is one), and extra command-line options. ``tests/hostile/test_corpus.py`` imports
every case through ``leietileie import`` and asserts exit status 2, those words on stderr,
no traceback, and a database unchanged to the byte. To add a file, add a function here.

The register the cases run against (``BASE_UNITS``, ``BASE_TENANTS``): unit 0101 and
household H0 whose applicant is 15108695088. Nothing here is a checked-in binary; the
largest file written is a few MB.
"""

from __future__ import annotations

import os
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    build: Callable[[Path], None]
    expect: tuple[str, ...]
    args: tuple[str, ...] = ()
    #: the file name to import (default: the case's name)
    file: str = ""

    @property
    def filename(self) -> str:
        return self.file or self.name


CASES: list[Case] = []


def case(
    name: str, kind: str, *expect: str, args: tuple[str, ...] = (), file: str = ""
) -> Callable[[Callable[[Path], None]], Callable[[Path], None]]:
    def register(build: Callable[[Path], None]) -> Callable[[Path], None]:
        assert all(c.name != name for c in CASES), name
        CASES.append(Case(name, kind, build, expect, args, file))
        return build

    return register


BASE_UNITS = "bolig_id;adresse;postnummer;poststed;eierform\n0101;Vei 1;0150;By;selveier\n"
HEADER = [
    "husstand_id",
    "rolle",
    "fornavn",
    "etternavn",
    "fødselsnummer",
    "fødselsdato",
    "lønn",
    "bolig_id",
    "husleie_mnd",
    "leie_fra",
    "sparing",
]
GOOD = [
    "H1",
    "søker",
    "Per",
    "Ødegård",
    "30108299939",
    "",
    "310 000",
    "0101",
    "9 000",
    "01.02.2020",
    "10 000",
]
BASE_TENANTS = (
    ";".join(HEADER)
    + "\n"
    + ";".join(
        ["H0", "søker", "Åse", "Berg", "15108695088", "", "425 000", "0101", "11 500", "", ""]
    )
    + "\n"
)


def _csv(path: Path, *rows: list[str] | str, header: list[str] | None = None) -> None:
    lines = [";".join(header or HEADER)]
    lines += [r if isinstance(r, str) else ";".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _good(**changes: str) -> list[str]:
    row = dict(zip(HEADER, GOOD, strict=True))
    row.update(changes)
    return list(row.values())


# CSV ----------------------------------------------------------------------------------


@case(
    "csv-uavsluttet-anforselstegn.csv",
    "tenants",
    "rad 3–5",
    "anførselstegn",
    args=("--skip-invalid",),
)
def _(path: Path) -> None:
    _csv(
        path,
        _good(husstand_id="H1"),
        _good(husstand_id="H2", fornavn='"Kari'),
        _good(husstand_id="H3", fødselsnummer="15088649572"),
        _good(
            husstand_id="H2",
            rolle="barn",
            fødselsnummer="",
            fødselsdato="01.01.2015",
            bolig_id="",
            husleie_mnd="",
        ),
    )


@case("csv-anforselstegn-til-slutten.csv", "tenants", "rad 3", "131 072 tegn")
def _(path: Path) -> None:
    _csv(path, _good(), 'H2;søker;"' + "x" * 140_000)


@case("csv-lang-linje.csv", "tenants", "rad 3", "131 072 tegn")
def _(path: Path) -> None:
    _csv(path, _good(), _good(husstand_id="H2", fornavn="y" * 200_000))


@case("csv-nul-tegn.csv", "tenants", "rad 3", "NUL")
def _(path: Path) -> None:
    _csv(path, _good(), "H2;søker;A\x00;B")


@case("csv-for-mange-felt.csv", "tenants", "rad 2: har 12 felt", "11 kolonner")
def _(path: Path) -> None:
    _csv(path, [*_good(), "ekstra"])


@case("csv-dobbel-kolonne.csv", "tenants", "kolonne G og L", "«Lønn» står 2 ganger")
def _(path: Path) -> None:
    _csv(path, [*_good(), "999 999"], header=[*HEADER, "Lønn"])


@case("csv-tosifret-ar.csv", "tenants", 'rad 2, leie_fra "05.01.68"', "to sifre")
def _(path: Path) -> None:
    _csv(path, _good(leie_fra="05.01.68"))


@case("csv-leie-fra-ar-1.csv", "tenants", 'rad 2, leie_fra "01.01.0001"', "utenfor")
def _(path: Path) -> None:
    _csv(path, _good(leie_fra="01.01.0001"))


@case("csv-leie-fra-2099.csv", "tenants", 'rad 2, leie_fra "01.01.2099"', "utenfor")
def _(path: Path) -> None:
    _csv(path, _good(leie_fra="01.01.2099"))


@case("csv-h-nummer.csv", "tenants", 'rad 2, fødselsnummer "15508649573"', "H-nummer")
def _(path: Path) -> None:
    _csv(path, _good(fødselsnummer="15508649573"))


@case("csv-lonn-1e15.csv", "tenants", 'rad 2, lønn "1 000 000 000 000 000"', "er over")
def _(path: Path) -> None:
    _csv(path, _good(lønn="1 000 000 000 000 000"))


@case("csv-lonn-400-sifre.csv", "tenants", "rad 2, lønn", "endelig tall")
def _(path: Path) -> None:
    _csv(path, _good(lønn="9" * 400))


@case("csv-nan-og-uendelig.csv", "tenants", 'rad 2, lønn "NaN"', 'rad 3, sparing "Infinity"')
def _(path: Path) -> None:
    _csv(
        path,
        _good(lønn="NaN"),
        _good(husstand_id="H2", fødselsnummer="15088649572", sparing="Infinity"),
    )


@case("csv-navn-1000-tegn.csv", "tenants", "rad 2, fornavn", "1000 tegn; høyst 100")
def _(path: Path) -> None:
    _csv(path, _good(fornavn="N" * 1000))


@case(
    "csv-mangler-husstand-id.csv",
    "tenants",
    "rad 3, husstand_id: mangler",
    "heller ikke de gyldige radene",
    args=("--skip-invalid",),
)
def _(path: Path) -> None:
    _csv(
        path,
        _good(),
        _good(
            husstand_id="",
            rolle="barn",
            fødselsnummer="",
            fødselsdato="01.01.2015",
            bolig_id="",
            husleie_mnd="",
        ),
    )


@case(
    "csv-person-i-annen-husstand.csv",
    "tenants",
    'rad 2, fødselsnummer "15108695088"',
    "husstand H0",
)
def _(path: Path) -> None:
    _csv(path, _good(fødselsnummer="15108695088"))


@case(
    "csv-samme-person-to-ganger.csv",
    "tenants",
    'rad 3, fødselsnummer "30108299939"',
    "samme person som på rad 2",
)
def _(path: Path) -> None:
    _csv(path, _good(), _good(husstand_id="H2"))


@case("csv-tom.csv", "tenants", "filen er tom")
def _(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf\r\n")


@case("csv-bare-overskrift.csv", "tenants", "ingen rader under overskriftene")
def _(path: Path) -> None:
    _csv(path)


@case("mappe.csv", "tenants", "er en mappe")
def _(path: Path) -> None:
    path.mkdir()


@case("fifo.csv", "tenants", "ikke en vanlig fil")
def _(path: Path) -> None:
    os.mkfifo(path)


@case("dev-zero.csv", "tenants", "ikke en vanlig fil")
def _(path: Path) -> None:
    path.symlink_to("/dev/zero")


@case("husleie-uendelig.csv", "rent", 'rad 2, forfalt "1', "er ikke et endelig tall")
def _(path: Path) -> None:
    path.write_text("husstand_id;måned;forfalt\nH0;2025-11;1" + "0" * 400 + "\n", encoding="utf-8")


@case("boliger-takst-1e15.csv", "units", 'rad 2, takst "1 000 000 000 000 000"', "er over")
def _(path: Path) -> None:
    path.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform;takst\n"
        "0201;Vei 2;0150;By;selveier;1 000 000 000 000 000\n",
        encoding="utf-8",
    )


# XLSX -----------------------------------------------------------------------------------

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def workbook_zip(
    path: Path, sheet_xml: bytes, shared: bytes | None = None, dimension: str = ""
) -> None:
    """A minimal XLSX around one sheet's <sheetData> content, written by hand."""
    ct = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="xml" ContentType="application/xml"/><Default '
        'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
        'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    book = (
        f'<?xml version="1.0"?><workbook {_NS} {_REL}><sheets><sheet name="Ark1" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    book_rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        + (
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/sharedStrings" '
            'Target="sharedStrings.xml"/>'
            if shared is not None
            else ""
        )
        + "</Relationships>"
    )
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", book)
        z.writestr("xl/_rels/workbook.xml.rels", book_rels)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0"?><worksheet {_NS}>{dim}<sheetData>'.encode()
            + sheet_xml
            + b"</sheetData></worksheet>",
        )


def inline_row(number: int, values: list[str], start: int = 0) -> bytes:
    cells = "".join(
        f'<c r="{_letters(start + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(values)
        if v
    )
    return f'<row r="{number}">{cells}</row>'.encode()


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _xlsx(path: Path, rows: list[list[object]], **options: object) -> None:
    book = xlsxwriter.Workbook(str(path), {"nan_inf_to_errors": False, **options})
    sheet = book.add_worksheet()
    for r, row in enumerate([HEADER, *rows]):
        for c, value in enumerate(row):
            if value not in ("", None):
                sheet.write(r, c, value)
    book.close()


@case("xlsx-langt-ute-10.xlsx", "tenants", "utenfor Excels grenser")
def _(path: Path) -> None:
    workbook_zip(
        path,
        inline_row(1, HEADER) + b'<row r="2"><c r="ZZZZZZZZZZ2" t="inlineStr">'
        b"<is><t>x</t></is></c></row>",
    )


@case("xlsx-langt-ute-6.xlsx", "tenants", "utenfor Excels grenser", "ZZZZZZ")
def _(path: Path) -> None:
    workbook_zip(
        path,
        inline_row(1, HEADER)
        + inline_row(2, GOOD)
        + b'<row r="3"><c r="ZZZZZZ3"><v>1</v></c></row>',
    )


@case("xlsx-for-mange-celler.xlsx", "tenants", "grensen er 30 000 000 celler")
def _(path: Path) -> None:
    workbook_zip(
        path, inline_row(1, HEADER) + b'<row r="1000000"><c r="XFD1000000"><v>1</v></c></row>'
    )


@case("xlsx-siste-rad-celler-uten-r.xlsx", "tenants", "grensen er 30 000 000 celler")
def _(path: Path) -> None:
    # cells without r="…" are placed one column after the other: 16 000 columns in the last
    # row would make calamine allocate ~500 GB (a Rust abort that kills the process)
    workbook_zip(
        path,
        inline_row(1, HEADER) + b'<row r="1048576">' + b"<c><v>1</v></c>" * 16_000 + b"</row>",
    )


@case("xlsx-rad-5000000.xlsx", "tenants", "utenfor Excels grenser", "rad 5000000")
def _(path: Path) -> None:
    # a row number from <row r="N"> alone (its cell has no r="…"): 20 s and 3 GB in calamine
    workbook_zip(path, inline_row(1, HEADER) + b'<row r="5000000"><c><v>1</v></c></row>')


@case("xlsx-zip-bombe.xlsx", "tenants", "zip-bombe")
def _(path: Path) -> None:
    workbook_zip(path, inline_row(1, HEADER) + b"<row/>" * 2_000_000)


@case("xlsx-dimensjon-hele-arket.xlsx", "tenants", "kolonnen «husstand_id» mangler")
def _(path: Path) -> None:
    workbook_zip(path, inline_row(1, ["navn"]) + inline_row(2, ["x"]), dimension="A1:XFD1048576")


@case("xlsx-feil-delt-streng.xlsx", "tenants", "kan ikke leses som Excel-fil")
def _(path: Path) -> None:
    shared = (
        f'<?xml version="1.0"?><sst {_NS} count="1" uniqueCount="1"><si><t>a</t></si></sst>'
    ).encode()
    workbook_zip(path, b'<row r="1"><c r="A1" t="s"><v>999999</v></c></row>', shared=shared)


@case("xlsx-ikke-zip.xlsx", "tenants", "kan ikke leses som Excel-fil")
def _(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 dette er ikke en zip-fil")


@case("xlsx-tom-fil.xlsx", "tenants", "kan ikke leses som Excel-fil")
def _(path: Path) -> None:
    path.write_bytes(b"")


@case("xlsx-skjult-forste-ark.xlsx", "tenants", "kolonnen «husstand_id» mangler")
def _(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path))
    hidden = book.add_worksheet("Gammel")
    hidden.write_row(0, 0, HEADER)
    hidden.write_row(1, 0, GOOD)
    hidden.hide()
    visible = book.add_worksheet("Synlig")
    visible.write_row(0, 0, ["noe", "annet"])
    visible.write_row(1, 0, ["1", "2"])
    visible.activate()
    book.close()


@case("xlsx-nan.xlsx", "tenants", "rad 2, lønn")
def _(path: Path) -> None:
    workbook_zip(
        path,
        inline_row(1, HEADER)
        + inline_row(2, GOOD).replace(
            b'<c r="G2" t="inlineStr"><is><t>310 000</t></is></c>', b'<c r="G2"><v>NaN</v></c>'
        ),
    )


@case("xlsx-uendelig.xlsx", "tenants", "rad 2, lønn")
def _(path: Path) -> None:
    workbook_zip(
        path,
        inline_row(1, HEADER)
        + inline_row(2, GOOD).replace(
            b'<c r="G2" t="inlineStr"><is><t>310 000</t></is></c>', b'<c r="G2"><v>1e400</v></c>'
        ),
    )


@case("xlsx-lonn-1e15.xlsx", "tenants", "rad 2, lønn", "er over 20 000 000 kr")
def _(path: Path) -> None:
    _xlsx(path, [[*GOOD[:6], 1e15, *GOOD[7:]]])


@case("xlsx-sannhetsverdi-i-lonn.xlsx", "tenants", 'rad 2, lønn "SANN"', "er en sannhetsverdi")
def _(path: Path) -> None:
    # TRUE in a money column was stored as 1 kr
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    sheet.write_row(1, 0, GOOD)
    sheet.write_boolean(1, 6, True)
    book.close()


@case("xlsx-excel-feil-i-lonn.xlsx", "tenants", "rad 2, lønn", "er en Excel-feil (#DIV/0!)")
def _(path: Path) -> None:
    # calamine reads an error cell as empty text: the wage was silently dropped
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    sheet.write_row(1, 0, GOOD)
    sheet.write_formula(1, 6, "=1/0", None, "#DIV/0!")
    book.close()


@case("xlsx-excel-feil-uten-r.xlsx", "tenants", "rad 2, lønn", "er en Excel-feil (#N/A)")
def _(path: Path) -> None:
    # the same, in a sheet whose cells carry no r="…" (read element by element)
    cells = "".join(
        f'<c t="inlineStr"><is><t>{v}</t></is></c>' if v else "<c/>" for v in HEADER
    ).encode()
    good = [
        b'<c t="e"><v>#N/A</v></c>'
        if i == 6
        else f'<c t="inlineStr"><is><t>{v}</t></is></c>'.encode()
        for i, v in enumerate(GOOD)
    ]
    workbook_zip(path, b"<row>" + cells + b"</row><row>" + b"".join(good) + b"</row>")


@case("xlsx-dato-i-belop.xlsx", "tenants", "rad 2, lønn", "er en dato, ikke et tall")
def _(path: Path) -> None:
    from datetime import datetime

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    sheet.write_row(1, 0, GOOD)
    sheet.write_datetime(1, 6, datetime(2024, 1, 5), book.add_format({"num_format": "dd.mm.yy"}))
    book.close()


@case(
    "xlsx-sammenslatt-husstand-id.xlsx",
    "tenants",
    "rad 2–3",
    "sammenslåtte celler",
    args=("--skip-invalid",),
)
def _(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    sheet.write_row(1, 1, GOOD[1:])
    sheet.write_row(2, 1, ["barn", "Lise", "Ødegård", "", "01.01.2015"])
    sheet.merge_range(1, 0, 2, 0, "H1")
    book.close()


@case("xlsx-husleie-uendelig.xlsx", "rent", "rad 2, forfalt", "endelig tall")
def _(path: Path) -> None:
    workbook_zip(
        path,
        inline_row(1, ["husstand_id", "måned", "forfalt"])
        + b'<row r="2"><c r="A2" t="inlineStr"><is><t>H0</t></is></c><c r="B2" '
        b't="inlineStr"><is><t>2025-11</t></is></c><c r="C2"><v>1e400</v></c></row>',
    )


def make(directory: Path) -> list[tuple[Case, Path]]:
    """Write every case's file into ``directory``; (case, path) in order."""
    directory.mkdir(parents=True, exist_ok=True)
    made = []
    for item in CASES:
        path = directory / item.filename
        item.build(path)
        made.append((item, path))
    return made


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("bruk: python tests/hostile/make_corpus.py MAPPE")
    for item, path in make(Path(sys.argv[1])):
        print(f"{path}  ({item.kind}; forventer: {', '.join(item.expect)})")
