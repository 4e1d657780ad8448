"""An import's problems are messages (code + figures): the command line prints them in bokmål,
word for word as before; the same messages render in nynorsk and English."""

import re

import pytest

from leietileie.cli import main
from leietileie.services import import_messages
from leietileie.services.importing import ImportOptions, import_file
from leietileie.storage import Database

UNITS = "bolig_id;adresse;postnummer;poststed;eierform\n0101;Vei 1;0150;By;selveier\n"
BAD = (
    "husstand_id;rolle;fornavn;etternavn;fødselsnummer;bolig_id;husleie_mnd;leie_fra\n"
    "H1;søker;Åse;Berg;12345678901;0101;11 500;01.02.20\n"
    "H2;søker;Ola;Berg;30108299939;0101;99999999;\n"
    "H3;sjef;Kari;Li;;0101;9 000;\n"
)
LINES_NB = [
    'rad 2, fødselsnummer "12345678901": ugyldig kontrollsiffer',
    'rad 2, leie_fra "01.02.20": årstallet har to sifre; skriv hele årstallet (dd.mm.åååå)',
    'rad 3, husleie_mnd "99999999": er over 100 000 kr, største rimelige verdi (skrivefeil?)',
    'rad 4, rolle "sjef": ukjent verdi; tillatt: søker, medsøker, voksen, barn',
    "rad 4, husstand H3: mangler søker",
]
LINES_EN = [
    'row 2, fødselsnummer "12345678901": invalid check digit',
    'row 2, leie_fra "01.02.20": the year has two digits; write the whole year (dd.mm.yyyy)',
    'row 3, husleie_mnd "99999999": is over 100 000 kr, the largest plausible value (a typo?)',
    'row 4, rolle "sjef": unknown value; allowed: søker, medsøker, voksen, barn',
    "row 4, household H3: no applicant",
]
LINES_NN = [
    'rad 2, fødselsnummer "12345678901": ugyldig kontrollsiffer',
    'rad 2, leie_fra "01.02.20": årstalet har to siffer; skriv heile årstalet (dd.mm.åååå)',
    'rad 3, husleie_mnd "99999999": er over 100 000 kr, største rimelege verdi (skrivefeil?)',
    'rad 4, rolle "sjef": ukjend verdi; lov: søker, medsøker, voksen, barn',
    "rad 4, hushald H3: manglar søkjar",
]


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "register.db"
    units = tmp_path / "b.csv"
    units.write_text(UNITS, encoding="utf-8")
    assert main(["--db", str(path), "import", "units", str(units)]) == 0
    return path


def test_the_command_line_prints_the_problems_in_bokmal_as_before(db_path, tmp_path, capsys):
    source = tmp_path / "t.csv"
    source.write_text(BAD, encoding="utf-8")
    assert main(["--db", str(db_path), "import", "tenants", str(source)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if line.startswith("rad ")] == LINES_NB
    report = (tmp_path / "t-importrapport.txt").read_text(encoding="utf-8")
    assert "\n".join(LINES_NB) in report


def test_the_same_problems_render_in_nynorsk_and_english(db_path, tmp_path):
    source = tmp_path / "t.csv"
    source.write_text(BAD, encoding="utf-8")
    with Database.open(db_path) as db:
        result = import_file(db, "tenants", source, ImportOptions(dry_run=True))
    assert result.problems == LINES_NB
    assert [m.text("en") for m in result.problem_messages] == LINES_EN
    assert [m.text("nn") for m in result.problem_messages] == LINES_NN
    assert result.summary("en").startswith("Tenants that would be imported: 0 new, 0 updated")
    first = result.problem_messages[0]
    assert first.params["row"] == 2 and first.params["column"] == "fødselsnummer"
    assert first.params["rule"].code == "identity_checksum"


def test_every_import_message_has_every_language_with_the_same_placeholders():
    nb = import_messages.TEMPLATES["nb"]
    for language in ("nn", "en"):
        table = import_messages.TEMPLATES[language]
        assert set(table) == set(nb), language
        for code, text in nb.items():
            names = set(re.findall(r"\{(\w+)\}", text))
            assert set(re.findall(r"\{(\w+)\}", table[code])) == names, (language, code)


def test_a_file_of_unclear_structure_is_refused_in_every_language(db_path, tmp_path):
    from leietileie.errors import InputError

    source = tmp_path / "t.csv"
    source.write_text(
        'husstand_id;rolle;fornavn;etternavn\nH1;søker;Åse;"Berg\nH1;barn;Ola;Berg\n',
        encoding="utf-8",
    )
    with Database.open(db_path) as db, pytest.raises(InputError) as refused:
        import_file(db, "tenants", source)
    messages = refused.value.messages
    assert refused.value.problems[-1] == (
        "Filens oppbygning er uklar: ingenting er importert (heller ikke de gyldige radene)."
        " Rett filen og importer på nytt."
    )
    assert messages[-1].text("en") == (
        "The file's structure is unclear: nothing was imported (not even the valid rows)."
        " Correct the file and import again."
    )
    assert messages[-1].text("nn").startswith("Oppbygginga av fila er uklar")


def test_a_file_level_refusal_is_a_message_too(tmp_path):
    from leietileie.errors import InputError
    from leietileie.services.tabular import detect_decimal, read_table

    with pytest.raises(InputError) as refused:
        read_table(tmp_path / "liste.pdf")
    assert refused.value.problems == ["liste.pdf: ukjent filtype '.pdf'; bruk .xlsx eller .csv"]
    assert refused.value.messages[0].text("en") == (
        "liste.pdf: unknown file type '.pdf'; use .xlsx or .csv"
    )
    with pytest.raises(InputError) as refused:
        detect_decimal(["1,5", "2.5"])
    assert refused.value.messages[0].text("nn") == (
        "fila blandar desimalkomma og desimalpunktum i tala; vel desimalteikn: «,» eller «.»"
    )


def test_what_a_reimport_changes_renders_per_language(db_path, tmp_path):
    first = tmp_path / "t1.csv"
    first.write_text(
        "husstand_id;rolle;fornavn;etternavn;fødselsnummer;bolig_id;husleie_mnd;fødselsdato\n"
        "H1;søker;Åse;Berg;15108695088;0101;11 500;\n"
        "H1;barn;Ola;Berg;;;;01.03.2015\n",
        encoding="utf-8",
    )
    second = tmp_path / "t2.csv"
    second.write_text(
        "husstand_id;rolle;fornavn;etternavn;fødselsnummer;bolig_id;husleie_mnd;fødselsdato\n"
        "H1;søker;Åse;Berg;15108695088;0101;12 000;\n"
        "H1;barn;Kari;Berg;;;;01.03.2017\n",
        encoding="utf-8",
    )
    with Database.open(db_path) as db:
        assert import_file(db, "tenants", first).committed
        result = import_file(db, "tenants", second, ImportOptions(dry_run=True))
    (change,) = result.change_messages
    assert result.changes == [
        "husstand H1: husleie_mnd 11 500 → 12 000; nytt medlem Kari Berg (barn);"
        " fjernet medlem Ola Berg (barn)"
    ]
    assert change.text("en") == (
        "household H1: husleie_mnd 11 500 → 12 000; new member Kari Berg (barn);"
        " removed member Ola Berg (barn)"
    )
    assert change.text("nn") == (
        "hushald H1: husleie_mnd 11 500 → 12 000; nytt medlem Kari Berg (barn);"
        " fjerna medlem Ola Berg (barn)"
    )
    empty = import_messages.changed("telefon", "", "12 34 56 78")
    assert empty.text() == "telefon (tom) → 12 34 56 78"
    assert empty.text("en") == "telefon (empty) → 12 34 56 78"
