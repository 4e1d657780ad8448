"""The import templates' columns (import-format.md) and matching a file's headers to them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..domain.messages import Message
from ..errors import InputError
from .import_messages import message
from .tabular import normalise_header


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = False
    kind: str = "text"  # text | number | int | date | month
    note: str = ""
    #: the largest plausible value of a number column (import-format.md, «Grenser»)
    maximum: float | None = None


UNIT_COLUMNS: tuple[Column, ...] = (
    Column("bolig_id", True, note="kommunens boligid (tekst; ledende nuller beholdes)"),
    Column("adresse", True),
    Column("postnummer", True, note="4 sifre"),
    Column("poststed", True),
    Column("eierform", True, note="selveier, eierseksjon, borettslag eller aksjeleilighet"),
    Column("takst", kind="number", note="markedsverdi, kr", maximum=200_000_000),
    Column("takst_dato", kind="date"),
    Column("felleskostnader_mnd", kind="number", note="kr per måned", maximum=100_000),
    Column("andre_bokostnader_mnd", kind="number", note="kr per måned", maximum=100_000),
    Column("bruksareal", kind="number", note="m²", maximum=2_000),
    Column("soverom", kind="int", maximum=30),
    Column("gnr"),
    Column("bnr"),
    Column("snr"),
    Column("andelsnummer", note="borettslagsandel"),
    Column(
        "fellesgjeld",
        kind="number",
        note="borettslagets fellesgjeld for boligen, kr",
        maximum=100_000_000,
    ),
)

INCOME_COLUMNS = {
    "lønn": "wage",
    "uføretrygd": "disability_benefit",
    "aap": "aap",
    "pensjon": "pension",
    "annen_skattepliktig": "other_taxable",
}

TENANT_COLUMNS: tuple[Column, ...] = (
    Column("husstand_id", True),
    Column("rolle", True, note="søker, medsøker, voksen eller barn"),
    Column("fornavn", True),
    Column("etternavn", True),
    Column("fødselsnummer", note="11 sifre; påkrevd for voksne"),
    Column("fødselsdato", kind="date"),
    Column("kjønn", note="K eller M"),
    *(Column(name, kind="number", note="kr per år", maximum=20_000_000) for name in INCOME_COLUMNS),
    Column("bolig_id", note="søkerens rad: boligen de leier"),
    Column("husleie_mnd", kind="number", note="søkerens rad: kr per måned", maximum=100_000),
    Column("leie_fra", kind="date"),
    Column("husleierestanse", kind="number", maximum=10_000_000),
    Column("skattefri_inntekt_mnd", kind="number", maximum=200_000),
    Column("sparing", kind="number", maximum=100_000_000),
    Column("gjeld", kind="number", maximum=100_000_000),
    Column("gjeld_betjening_mnd", kind="number", maximum=1_000_000),
    Column("faste_utgifter_mnd", kind="number", maximum=200_000),
    Column("bil", note="ingen, bensin eller el"),
    Column("telefon"),
    Column("epost"),
    # Added later (optional, last so that older files and writers keep their order).
    Column(
        "barnehage_sfo_per_aar",
        kind="number",
        note="dokumenterte utgifter til barnehage og SFO, kr per år (foreldrefradrag)",
        maximum=1_000_000,
    ),  # = the database CHECK (schema 0010)
    Column(
        "gjeldsrenter_per_aar",
        kind="number",
        note="renter på gjelden husstanden har, kr per år (rentefradrag)",
        maximum=10_000_000,
    ),  # = the database CHECK (schema 0010)
)

RENT_COLUMNS: tuple[Column, ...] = (
    Column("husstand_id", True, note="husstanden (må finnes i registeret)"),
    Column("måned", True, kind="month", note="åååå-mm, eller en dato i måneden"),
    Column(
        "forfalt",
        True,
        kind="number",
        note="husleie som forfalt for måneden, kr",
        maximum=1_000_000,
    ),
    Column("betalt", kind="number", note="betalt for måneden, kr (tom = 0)", maximum=1_000_000),
    Column("betalt_dato", kind="date", note="når det ble betalt; påkrevd når betalt er over 0"),
)

KINDS = {"units": UNIT_COLUMNS, "tenants": TENANT_COLUMNS, "rent": RENT_COLUMNS}
KIND_LABELS_NB = {"units": "boliger", "tenants": "leietakere", "rent": "husleiemåneder"}


#: number column → its largest plausible value (the number columns are named alike in
#: every kind, and no name is a number in one kind and something else in another)
NUMBER_LIMITS: dict[str, float] = {
    c.name: c.maximum for columns in KINDS.values() for c in columns if c.maximum is not None
}

#: The unit a limit is given in, when not kr.
NUMBER_UNITS = {"bruksareal": "m²", "soverom": "soverom"}

#: Longest text of any text cell; names and addresses are shorter (TEXT_LIMITS).
MAX_TEXT = 200
TEXT_LIMITS = {
    "fornavn": 100,
    "etternavn": 100,
    "husstand_id": 50,
    "bolig_id": 50,
    "epost": 254,
    "telefon": 30,
}

#: The earliest date any date column may hold.
FIRST_DATE_YEAR = 1900


def columns_for(kind: str) -> tuple[Column, ...]:
    if kind not in KINDS:
        raise InputError(f"ukjent registertype {kind!r}; velg units, tenants eller rent")
    return KINDS[kind]


def suggest_mapping(headers: Sequence[str], kind: str) -> dict[str, str]:
    """Template column → file header, for the headers that match by name."""
    by_key = {normalise_header(h): h for h in headers if str(h).strip()}
    return {
        c.name: by_key[normalise_header(c.name)]
        for c in columns_for(kind)
        if normalise_header(c.name) in by_key
    }


def resolve_columns(
    headers: Sequence[str], kind: str, mapping: Mapping[str, str] | None = None
) -> tuple[dict[str, int], dict[str, str]]:
    """Template column → index in the row, and → the header as written in the file.

    ``mapping`` (template column → file header) overrides matching by name. Raises
    InputError naming every missing required column.
    """
    columns = columns_for(kind)
    known = {c.name for c in columns}
    chosen = suggest_mapping(headers, kind)
    for name, header in (mapping or {}).items():
        if name not in known:
            raise InputError(f"ukjent kolonne i kolonnevalget: {name!r}")
        chosen[name] = header
    index_of = {normalise_header(h): i for i, h in reversed(list(enumerate(headers)))}
    indexes: dict[str, int] = {}
    labels: dict[str, str] = {}
    problems: list[Message] = []
    positions: dict[str, list[int]] = {}
    for i, h in enumerate(headers):
        positions.setdefault(normalise_header(h), []).append(i)
    for name, header in chosen.items():
        key = normalise_header(header)
        if key not in index_of:
            problems.append(message("import_header_missing", header=header, name=name))
            continue
        if len(positions[key]) > 1:
            from .xlsx_reader import column_letters

            where = " og ".join(column_letters(i) for i in positions[key])
            times = len(positions[key])
            problems.append(
                message("import_header_twice", letters=where, header=header, times=times)
            )
            continue
        indexes[name] = index_of[key]
        labels[name] = str(headers[index_of[key]]).strip()
    for column in columns:
        if column.required and column.name not in indexes:
            problems.append(message("import_column_missing", name=column.name))
    if problems:
        raise InputError(problems)
    return indexes, labels
