"""Issue 11 item 13: a name the letters' fonts cannot draw is a warning in the import
report, not a refusal (the name is stored as written)."""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.services.importing import ImportOptions, import_file
from leietileie.storage.database import Database

ON = date(2026, 11, 25)
UNITS = (
    "bolig_id;adresse;postnummer;poststed;eierform;takst\nB-1;Storgata 1;9990;By;selveier;2500000\n"
)
HEADER = "husstand_id;rolle;fornavn;etternavn;fødselsnummer;fødselsdato;lønn;bolig_id;husleie_mnd\n"


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location)
    units = tmp_path / "boliger.csv"
    units.write_text(UNITS, encoding="utf-8")
    import_file(database, "units", units, ImportOptions())
    yield database
    database.close()


def _tenants(db, tmp_path, first: str, last: str = "Wang"):
    path = tmp_path / "leietakere.csv"
    path.write_text(
        HEADER + f"H-1;søker;{first};{last};15108695088;15.10.1986;500000;B-1;10000\n",
        encoding="utf-8",
    )
    return import_file(db, "tenants", path, ImportOptions(), today=ON)


def test_a_name_without_glyphs_is_imported_with_a_warning(db, tmp_path):
    result = _tenants(db, tmp_path, "小明")
    assert result.committed and not result.problems
    assert result.warnings == [
        'rad 2, fornavn "小明": «小» (U+5C0F CJK UNIFIED IDEOGRAPH-5C0F), «明» (U+660E CJK '
        "UNIFIED IDEOGRAPH-660E) finnes ikke i skriftene brevene bruker og blir tomme bokser i "
        "brev. Importert likevel; kontroller stavemåten."
    ]
    assert "1 advarsel(er)" in result.summary_nb()
    report = result.report_path.read_text(encoding="utf-8")
    assert "1 advarsel(er) (importeres likevel):" in report
    assert 'rad 2, fornavn "小明"' in report
    assert db.households.get_by_external_id("H-1").members[0].first_name == "小明"


@pytest.mark.parametrize("name", ["Åse", "Máret Čđŋšŧž", "محمد", "ሰላም", "Ольга", "Nguyễn"])
def test_names_the_fonts_cover_give_no_warning(db, tmp_path, name):
    result = _tenants(db, tmp_path, name, "Ærlig")
    assert result.committed and result.warnings == []
    assert "advarsel" not in result.summary_nb()


def test_a_refused_file_still_reports_the_warning(db, tmp_path):
    path = tmp_path / "leietakere.csv"
    path.write_text(
        HEADER + "H-1;søker;小明;Wang;15108695088;15.10.1986;500000;B-9;10000\n", encoding="utf-8"
    )
    result = import_file(db, "tenants", path, ImportOptions(), today=ON)
    assert not result.committed and result.problems
    assert "advarsel(er)" in result.report_path.read_text(encoding="utf-8")
