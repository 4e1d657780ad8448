"""What an import says about a file, as messages (code + figures) in every language of the app.

A problem with a cell is ``cell(row, column, value, rule)``: the row number, the column as the
file's header names it, the cell's text and the rule it breaks (a message of its own). The
command line and the report file render them in bokmål, the app's import dialog in the app's
language (bokmål, nynorsk or English). Column headers, cell values and the file's codes
(«søker», «bensin») are the file's own words and stay as written in every language; dates and
amounts keep Norwegian notation, as everywhere in the app. Registered into
``domain.messages``, so one renderer serves every surface and nothing parses a line back.
"""

from __future__ import annotations

from datetime import date

from ..domain import identity
from ..domain.messages import Message, register, register_param

TEMPLATES: dict[str, dict[str, str]] = {
    "nb": {
        # where: a cell, with its text or empty
        "import_cell": 'rad {row}, {column} "{value}": {rule}',
        "import_cell_blank": "rad {row}, {column}: {rule}",
        # rules a cell breaks
        "import_missing": "mangler",
        "import_date_not_number": "er en dato, ikke et tall (se cellens format i Excel)",
        "import_not_number": "er ikke et tall",
        "import_not_finite": "er ikke et endelig tall",
        "import_negative": "kan ikke være negativ",
        "import_over_limit": "er over {most} kr, største rimelige verdi (skrivefeil?)",
        "import_over_limit_area": "er over {most} m², største rimelige verdi (skrivefeil?)",
        "import_over_limit_rooms": "er over {most} soverom, største rimelige verdi (skrivefeil?)",
        "import_two_digit_year": "årstallet har to sifre; skriv hele årstallet (dd.mm.åååå)",
        "import_number_not_date": "er et tall, ikke en dato",
        "import_not_date": "er ikke en dato (bruk dd.mm.åååå)",
        "import_date_between": "ligger utenfor {first}–{last}",
        "import_date_after": "ligger utenfor {first} eller senere",
        "import_too_long": "er {length} tegn; høyst {most} tillatt",
        "import_unknown_code": "ukjent verdi; tillatt: {allowed}",
        "import_postcode": "må ha 4 sifre",
        "import_whole_number": "må være et helt tall",
        "import_h_number": "er et H-nummer (hjelpenummer); bruk fødselsnummer eller D-nummer",
        "import_same_person": "samme person som på rad {first}",
        "import_adult_id": "mangler (påkrevd for voksne)",
        "import_child_born": "barn må ha fødselsnummer eller fødselsdato",
        "import_age": "alder {age} år er utenfor {low}–{high} år for rollen",
        "import_unknown_unit": "finnes ikke blant boligene (importer boligene først)",
        "import_duplicate_unit": "står to ganger (også på rad {first})",
        "import_person_elsewhere": (
            "personen hører til husstand {owner} i registeret; en person kan bare høre til én "
            "husstand. Ta med husstand {owner} i filen (uten personen), eller flytt personen i "
            "registeret først"
        ),
        "import_unknown_household": "finnes ikke i registeret (importer leietakerne først)",
        "import_not_month": "er ikke en måned (bruk åååå-mm, f.eks. 2026-01)",
        "import_month_range": "ligger utenfor {first} til {last}",
        "import_paid_date_missing": "mangler (påkrevd når betalt er over 0)",
        "import_paid_late": "mer enn ett år etter måneden {month} (skrivefeil?)",
        "import_duplicate_month": "står to ganger for husstand {household} (også på rad {first})",
        "identity_length": identity.INVALID_LENGTH,
        "identity_format": identity.INVALID_FORMAT,
        "identity_checksum": identity.INVALID_CHECKSUM,
        "identity_date": identity.INVALID_DATE,
        "identity_future": identity.IN_FUTURE,
        # a household's rows
        "import_no_applicant": "rad {row}, husstand {household}: mangler søker",
        "import_many_applicants": "rad {row}, husstand {household}: mer enn én søker (rad {rows})",
        # the file's structure
        "import_multiline": (
            "rad {first}–{last}: én post strekker seg over flere linjer – trolig et anførselstegn"
            ' (") som ikke er lukket, som sluker radene etter seg; rett filen'
        ),
        "import_merged": (
            "rad {top}–{bottom}, {columns}: sammenslåtte celler; del dem opp slik at hver rad har"
            " sin egen verdi"
        ),
        "import_too_many_fields": (
            "rad {row}: har {fields} felt, men overskriften har {width} kolonner (et skilletegn"
            " for mye i en celle?)"
        ),
        "import_unnamed_column": (
            "rad {row}, kolonne {letter}: har en verdi, men kolonnen har ingen overskrift"
            " (forskjøvet rad, eller en kolonne uten navn?)"
        ),
        "import_no_household_key": (
            "rad {row}, {column}: mangler; raden kan ikke knyttes til en husstand (sammenslåtte"
            " eller tomme celler?)"
        ),
        "import_unclear": (
            "Filens oppbygning er uklar: ingenting er importert (heller ikke de gyldige radene)."
            " Rett filen og importer på nytt."
        ),
        # reading the file (tabular, xlsx_reader)
        "import_file_type": "{file}: ukjent filtype {suffix}; bruk .xlsx eller .csv",
        "import_is_folder": "{file}: er en mappe, ikke en fil; velg en XLSX- eller CSV-fil",
        "import_not_regular": "{file}: er ikke en vanlig fil; velg en XLSX- eller CSV-fil",
        "import_csv_too_big": "{file}: filen er {size} MB; største tillatte CSV-fil er {most} MB",
        "import_unreadable": "{file}: filen kan ikke leses ({detail})",
        "import_empty": "{file}: filen er tom",
        "import_encoding_unknown": (
            "tegnkodingen kan ikke gjenkjennes (verken UTF-8 eller Windows-1252); velg"
            " tegnkoding, eller lagre filen som UTF-8"
        ),
        "import_field_too_long": (
            'rad {row}: et felt er lengre enn {most} tegn – trolig et anførselstegn (") som'
            " ikke er lukket; rett filen og prøv igjen"
        ),
        "import_delimiter_unclear": (
            "skilletegnet kan ikke avgjøres (både semikolon og komma passer); velg skilletegn:"
            " «;» eller «,»"
        ),
        "import_encoding_choice": "ukjent tegnkoding {encoding}; velg utf-8 eller windows-1252",
        "import_not_encoding": "{file}: filen er ikke i tegnkodingen {encoding}",
        "import_nul": "rad {row}: filen inneholder NUL-tegn; er det en CSV-fil?",
        "import_delimiter_choice": "ukjent skilletegn {delimiter}; velg «;» eller «,»",
        "import_csv_unreadable": "rad {row}: CSV-filen kan ikke leses ({detail})",
        "import_decimal_mixed": (
            "filen blander desimalkomma og desimalpunktum i tallene; velg desimaltegn: «,»"
            " eller «.»"
        ),
        "import_decimal_ambiguous": (
            "tall som «1.234» eller «1,234» kan leses på to måter; velg desimaltegn: «,» eller «.»"
        ),
        "import_xlsx_too_big": (
            "{file}: filen er {size} MB; største tillatte Excel-fil er {most} MB"
        ),
        "import_xlsx_unpacks": (
            "{file}: Excel-filen pakker ut til {size} MB; grensen er {most} MB (mulig «zip-bombe»)"
        ),
        "import_xlsx_ratio": (
            "{file}: delen {part} er pakket {ratio} : 1; grensen er {most} : 1 (mulig «zip-bombe»)"
        ),
        "import_xlsx_unreadable": "{file}: kan ikke leses som Excel-fil ({detail})",
        "import_xlsx_outside": (
            "{file}: arket har en celle utenfor Excels grenser (kolonne {column}, rad {row});"
            " største er kolonne XFD, rad {most}"
        ),
        "import_xlsx_cells": (
            "{file}: arket spenner over {columns} kolonner × {rows} rader; grensen er {most} celler"
        ),
        "import_xlsx_no_sheet": "{file}: Excel-filen har ikke noe synlig regneark",
        "import_xlsx_boolean": "er en sannhetsverdi, ikke et beløp",
        "import_xlsx_error": "er en Excel-feil ({value})",
        # the file and its columns
        "import_no_file": "filen {file} finnes ikke",
        "import_no_rows": "{file}: filen har ingen rader under overskriftene",
        "import_file_changed": (
            "{file}: filen ble endret mens den ble importert; ingenting er lagret, importer på nytt"
        ),
        "import_decimal": "ukjent desimaltegn {mark}; velg «,» eller «.»",
        "import_header_missing": "kolonnen «{header}» (for {name}) finnes ikke i filen",
        "import_header_twice": (
            "rad 1, kolonne {letters}: «{header}» står {times} ganger; fjern eller gi nytt navn"
            " til den som ikke skal brukes"
        ),
        "import_column_missing": "kolonnen «{name}» mangler (påkrevd)",
        # what a re-import changes (the report's second part)
        "import_changed": "{column} {old_value} → {new_value}",
        "import_member_new": "nytt medlem {name} ({member_role})",
        "import_member_moved_here": (
            "nytt medlem {name} ({member_role}) (flyttet hit fra husstand {other})"
        ),
        "import_member_removed": "fjernet medlem {name} ({member_role})",
        "import_member_moved_away": (
            "fjernet medlem {name} ({member_role}) (flyttet til husstand {other})"
        ),
        "import_member_changes": "{name}: {changes}",
        "import_household_new": "husstand {household}: ny husstand ({count} personer)",
        "import_household_changes": "husstand {household}: {changes}",
        "import_unit_changes": "bolig {unit}: {changes}",
        # warnings
        "import_glyphs": (
            'rad {row}, {column} "{value}": {chars} finnes ikke i skriftene brevene bruker og'
            " blir tomme bokser i brev. Importert likevel; kontroller stavemåten."
        ),
        # the summary, in pieces
        "import_nothing": "Ingenting importert: {count} problem(er) i filen. Se {report}.",
        "import_nothing_no_report": (
            "Ingenting importert: {count} problem(er) i filen. Se rapporten kunne ikke skrives"
            " (verken ved filen eller i programmets datamappe)."
        ),
        "import_done_units": "Boliger importert: {inserted} nye, {updated} oppdatert",
        "import_done_tenants": "Leietakere importert: {inserted} nye, {updated} oppdatert",
        "import_done_rent": "Husleiemåneder importert: {inserted} nye, {updated} oppdatert",
        "import_dry_units": "Boliger ville blitt importert: {inserted} nye, {updated} oppdatert",
        "import_dry_tenants": (
            "Leietakere ville blitt importert: {inserted} nye, {updated} oppdatert"
        ),
        "import_dry_rent": (
            "Husleiemåneder ville blitt importert: {inserted} nye, {updated} oppdatert"
        ),
        "import_unchanged": ", {count} uendret",
        "import_skipped": ", {count} hoppet over",
        "import_warnings": ", {count} advarsel(er)",
        "import_report": ". Rapport: {report}",
        "import_report_not_written": (
            ". Rapport: rapporten kunne ikke skrives (verken ved filen eller i programmets"
            " datamappe)"
        ),
    },
    "nn": {
        "import_cell": 'rad {row}, {column} "{value}": {rule}',
        "import_cell_blank": "rad {row}, {column}: {rule}",
        "import_missing": "manglar",
        "import_date_not_number": "er ein dato, ikkje eit tal (sjå formatet på cella i Excel)",
        "import_not_number": "er ikkje eit tal",
        "import_not_finite": "er ikkje eit endeleg tal",
        "import_negative": "kan ikkje vere negativ",
        "import_over_limit": "er over {most} kr, største rimelege verdi (skrivefeil?)",
        "import_over_limit_area": "er over {most} m², største rimelege verdi (skrivefeil?)",
        "import_over_limit_rooms": "er over {most} soverom, største rimelege verdi (skrivefeil?)",
        "import_two_digit_year": "årstalet har to siffer; skriv heile årstalet (dd.mm.åååå)",
        "import_number_not_date": "er eit tal, ikkje ein dato",
        "import_not_date": "er ikkje ein dato (bruk dd.mm.åååå)",
        "import_date_between": "ligg utanfor {first}–{last}",
        "import_date_after": "ligg utanfor {first} eller seinare",
        "import_too_long": "er {length} teikn; høgst {most} er lov",
        "import_unknown_code": "ukjend verdi; lov: {allowed}",
        "import_postcode": "må ha 4 siffer",
        "import_whole_number": "må vere eit heilt tal",
        "import_h_number": "er eit H-nummer (hjelpenummer); bruk fødselsnummer eller D-nummer",
        "import_same_person": "same person som på rad {first}",
        "import_adult_id": "manglar (påkravd for vaksne)",
        "import_child_born": "barn må ha fødselsnummer eller fødselsdato",
        "import_age": "alder {age} år er utanfor {low}–{high} år for rolla",
        "import_unknown_unit": "finst ikkje blant bustadene (importer bustadene først)",
        "import_duplicate_unit": "står to gonger (òg på rad {first})",
        "import_person_elsewhere": (
            "personen høyrer til hushald {owner} i registeret; ein person kan berre høyre til eitt"
            " hushald. Ta med hushald {owner} i fila (utan personen), eller flytt personen i"
            " registeret først"
        ),
        "import_unknown_household": "finst ikkje i registeret (importer leigetakarane først)",
        "import_not_month": "er ikkje ein månad (bruk åååå-mm, t.d. 2026-01)",
        "import_month_range": "ligg utanfor {first} til {last}",
        "import_paid_date_missing": "manglar (påkravd når betalt er over 0)",
        "import_paid_late": "meir enn eitt år etter månaden {month} (skrivefeil?)",
        "import_duplicate_month": "står to gonger for hushald {household} (òg på rad {first})",
        "identity_length": "må ha 11 siffer",
        "identity_format": "kan berre innehalde siffer",
        "identity_checksum": "ugyldig kontrollsiffer",
        "identity_date": "ugyldig fødselsdato i nummeret",
        "identity_future": "fødselsdatoen er fram i tid",
        "import_no_applicant": "rad {row}, hushald {household}: manglar søkjar",
        "import_many_applicants": (
            "rad {row}, hushald {household}: meir enn éin søkjar (rad {rows})"
        ),
        "import_multiline": (
            "rad {first}–{last}: éin post strekkjer seg over fleire linjer – truleg eit"
            ' hermeteikn (") som ikkje er lukka, og som slukar radene etter seg; rett fila'
        ),
        "import_merged": (
            "rad {top}–{bottom}, {columns}: samanslåtte celler; del dei opp slik at kvar rad har"
            " sin eigen verdi"
        ),
        "import_too_many_fields": (
            "rad {row}: har {fields} felt, men overskrifta har {width} kolonnar (eit skiljeteikn"
            " for mykje i ei celle?)"
        ),
        "import_unnamed_column": (
            "rad {row}, kolonne {letter}: har ein verdi, men kolonnen har inga overskrift"
            " (forskoven rad, eller ein kolonne utan namn?)"
        ),
        "import_no_household_key": (
            "rad {row}, {column}: manglar; rada kan ikkje knytast til eit hushald (samanslåtte"
            " eller tomme celler?)"
        ),
        "import_unclear": (
            "Oppbygginga av fila er uklar: ingenting er importert (heller ikkje dei gyldige"
            " radene). Rett fila og importer på nytt."
        ),
        "import_file_type": "{file}: ukjend filtype {suffix}; bruk .xlsx eller .csv",
        "import_is_folder": "{file}: er ei mappe, ikkje ei fil; vel ei XLSX- eller CSV-fil",
        "import_not_regular": "{file}: er ikkje ei vanleg fil; vel ei XLSX- eller CSV-fil",
        "import_csv_too_big": "{file}: fila er {size} MB; største tillatne CSV-fil er {most} MB",
        "import_unreadable": "{file}: fila kan ikkje lesast ({detail})",
        "import_empty": "{file}: fila er tom",
        "import_encoding_unknown": (
            "teiknkodinga kan ikkje kjennast att (verken UTF-8 eller Windows-1252); vel"
            " teiknkoding, eller lagre fila som UTF-8"
        ),
        "import_field_too_long": (
            'rad {row}: eit felt er lengre enn {most} teikn – truleg eit hermeteikn (") som'
            " ikkje er lukka; rett fila og prøv igjen"
        ),
        "import_delimiter_unclear": (
            "skiljeteiknet kan ikkje avgjerast (både semikolon og komma passar); vel skiljeteikn:"
            " «;» eller «,»"
        ),
        "import_encoding_choice": "ukjend teiknkoding {encoding}; vel utf-8 eller windows-1252",
        "import_not_encoding": "{file}: fila er ikkje i teiknkodinga {encoding}",
        "import_nul": "rad {row}: fila inneheld NUL-teikn; er det ei CSV-fil?",
        "import_delimiter_choice": "ukjend skiljeteikn {delimiter}; vel «;» eller «,»",
        "import_csv_unreadable": "rad {row}: CSV-fila kan ikkje lesast ({detail})",
        "import_decimal_mixed": (
            "fila blandar desimalkomma og desimalpunktum i tala; vel desimalteikn: «,» eller «.»"
        ),
        "import_decimal_ambiguous": (
            "tal som «1.234» eller «1,234» kan lesast på to måtar; vel desimalteikn: «,» eller «.»"
        ),
        "import_xlsx_too_big": "{file}: fila er {size} MB; største tillatne Excel-fil er {most} MB",
        "import_xlsx_unpacks": (
            "{file}: Excel-fila pakkar ut til {size} MB; grensa er {most} MB (mogleg «zip-bombe»)"
        ),
        "import_xlsx_ratio": (
            "{file}: delen {part} er pakka {ratio} : 1; grensa er {most} : 1 (mogleg «zip-bombe»)"
        ),
        "import_xlsx_unreadable": "{file}: kan ikkje lesast som Excel-fil ({detail})",
        "import_xlsx_outside": (
            "{file}: arket har ei celle utanfor grensene i Excel (kolonne {column}, rad {row});"
            " største er kolonne XFD, rad {most}"
        ),
        "import_xlsx_cells": (
            "{file}: arket spenner over {columns} kolonnar × {rows} rader; grensa er {most} celler"
        ),
        "import_xlsx_no_sheet": "{file}: Excel-fila har ikkje noko synleg rekneark",
        "import_xlsx_boolean": "er ein sanningsverdi, ikkje eit beløp",
        "import_xlsx_error": "er ein Excel-feil ({value})",
        "import_no_file": "fila {file} finst ikkje",
        "import_no_rows": "{file}: fila har ingen rader under overskriftene",
        "import_file_changed": (
            "{file}: fila vart endra medan ho vart importert; ingenting er lagra, importer på nytt"
        ),
        "import_decimal": "ukjent desimalteikn {mark}; vel «,» eller «.»",
        "import_header_missing": "kolonnen «{header}» (for {name}) finst ikkje i fila",
        "import_header_twice": (
            "rad 1, kolonne {letters}: «{header}» står {times} gonger; fjern eller gi nytt namn"
            " til den som ikkje skal brukast"
        ),
        "import_column_missing": "kolonnen «{name}» manglar (påkravd)",
        "import_changed": "{column} {old_value} → {new_value}",
        "import_member_new": "nytt medlem {name} ({member_role})",
        "import_member_moved_here": (
            "nytt medlem {name} ({member_role}) (flytta hit frå hushald {other})"
        ),
        "import_member_removed": "fjerna medlem {name} ({member_role})",
        "import_member_moved_away": (
            "fjerna medlem {name} ({member_role}) (flytta til hushald {other})"
        ),
        "import_member_changes": "{name}: {changes}",
        "import_household_new": "hushald {household}: nytt hushald ({count} personar)",
        "import_household_changes": "hushald {household}: {changes}",
        "import_unit_changes": "bustad {unit}: {changes}",
        "import_glyphs": (
            'rad {row}, {column} "{value}": {chars} finst ikkje i skrifttypane breva brukar, og'
            " blir tomme boksar i brev. Importert likevel; kontroller stavemåten."
        ),
        "import_nothing": "Ingenting importert: {count} problem i fila. Sjå {report}.",
        "import_nothing_no_report": (
            "Ingenting importert: {count} problem i fila. Rapporten kunne ikkje skrivast (verken"
            " ved fila eller i datamappa til programmet)."
        ),
        "import_done_units": "Bustader importerte: {inserted} nye, {updated} oppdaterte",
        "import_done_tenants": "Leigetakarar importerte: {inserted} nye, {updated} oppdaterte",
        "import_done_rent": "Husleigemånader importerte: {inserted} nye, {updated} oppdaterte",
        "import_dry_units": (
            "Bustader som ville blitt importerte: {inserted} nye, {updated} oppdaterte"
        ),
        "import_dry_tenants": (
            "Leigetakarar som ville blitt importerte: {inserted} nye, {updated} oppdaterte"
        ),
        "import_dry_rent": (
            "Husleigemånader som ville blitt importerte: {inserted} nye, {updated} oppdaterte"
        ),
        "import_unchanged": ", {count} uendra",
        "import_skipped": ", {count} hoppa over",
        "import_warnings": ", {count} åtvaring(ar)",
        "import_report": ". Rapport: {report}",
        "import_report_not_written": (
            ". Rapporten kunne ikkje skrivast (verken ved fila eller i datamappa til programmet)"
        ),
    },
    "en": {
        "import_cell": 'row {row}, {column} "{value}": {rule}',
        "import_cell_blank": "row {row}, {column}: {rule}",
        "import_missing": "missing",
        "import_date_not_number": "is a date, not a number (see the cell's format in Excel)",
        "import_not_number": "is not a number",
        "import_not_finite": "is not a finite number",
        "import_negative": "cannot be negative",
        "import_over_limit": "is over {most} kr, the largest plausible value (a typo?)",
        "import_over_limit_area": "is over {most} m², the largest plausible value (a typo?)",
        "import_over_limit_rooms": (
            "is over {most} bedrooms, the largest plausible value (a typo?)"
        ),
        "import_two_digit_year": "the year has two digits; write the whole year (dd.mm.yyyy)",
        "import_number_not_date": "is a number, not a date",
        "import_not_date": "is not a date (use dd.mm.yyyy)",
        "import_date_between": "is outside {first}–{last}",
        "import_date_after": "is outside {first} or later",
        "import_too_long": "is {length} characters; at most {most} allowed",
        "import_unknown_code": "unknown value; allowed: {allowed}",
        "import_postcode": "must have 4 digits",
        "import_whole_number": "must be a whole number",
        "import_h_number": (
            "is an H number (hjelpenummer); use a national identity number or a D number"
        ),
        "import_same_person": "the same person as on row {first}",
        "import_adult_id": "missing (required for adults)",
        "import_child_born": "a child must have an identity number or a birth date",
        "import_age": "age {age} is outside {low}–{high} years for the role",
        "import_unknown_unit": "is not among the dwellings (import the dwellings first)",
        "import_duplicate_unit": "appears twice (also on row {first})",
        "import_person_elsewhere": (
            "the person belongs to household {owner} in the register; a person can belong to one"
            " household only. Include household {owner} in the file (without the person), or"
            " move the person in the register first"
        ),
        "import_unknown_household": "is not in the register (import the tenants first)",
        "import_not_month": "is not a month (use yyyy-mm, e.g. 2026-01)",
        "import_month_range": "is outside {first} to {last}",
        "import_paid_date_missing": "missing (required when betalt is over 0)",
        "import_paid_late": "more than a year after the month {month} (a typo?)",
        "import_duplicate_month": ("appears twice for household {household} (also on row {first})"),
        "identity_length": "must have 11 digits",
        "identity_format": "may contain digits only",
        "identity_checksum": "invalid check digit",
        "identity_date": "invalid birth date in the number",
        "identity_future": "the birth date is in the future",
        "import_no_applicant": "row {row}, household {household}: no applicant",
        "import_many_applicants": (
            "row {row}, household {household}: more than one applicant (rows {rows})"
        ),
        "import_multiline": (
            "rows {first}–{last}: one record runs over several lines – probably a quotation mark"
            ' (") that is not closed, swallowing the rows after it; correct the file'
        ),
        "import_merged": (
            "rows {top}–{bottom}, {columns}: merged cells; split them so that each row has its"
            " own value"
        ),
        "import_too_many_fields": (
            "row {row}: has {fields} fields, but the header has {width} columns (one separator"
            " too many in a cell?)"
        ),
        "import_unnamed_column": (
            "row {row}, column {letter}: has a value, but the column has no header (a shifted"
            " row, or a column without a name?)"
        ),
        "import_no_household_key": (
            "row {row}, {column}: missing; the row cannot be tied to a household (merged or"
            " empty cells?)"
        ),
        "import_unclear": (
            "The file's structure is unclear: nothing was imported (not even the valid rows)."
            " Correct the file and import again."
        ),
        "import_file_type": "{file}: unknown file type {suffix}; use .xlsx or .csv",
        "import_is_folder": "{file}: is a folder, not a file; choose an XLSX or CSV file",
        "import_not_regular": "{file}: is not a regular file; choose an XLSX or CSV file",
        "import_csv_too_big": (
            "{file}: the file is {size} MB; the largest CSV file allowed is {most} MB"
        ),
        "import_unreadable": "{file}: the file cannot be read ({detail})",
        "import_empty": "{file}: the file is empty",
        "import_encoding_unknown": (
            "the character encoding cannot be recognised (neither UTF-8 nor Windows-1252);"
            " choose the encoding, or save the file as UTF-8"
        ),
        "import_field_too_long": (
            'row {row}: a field is longer than {most} characters – probably a quotation mark (")'
            " that is not closed; correct the file and try again"
        ),
        "import_delimiter_unclear": (
            "the separator cannot be decided (both semicolon and comma fit); choose the"
            " separator: «;» or «,»"
        ),
        "import_encoding_choice": "unknown encoding {encoding}; choose utf-8 or windows-1252",
        "import_not_encoding": "{file}: the file is not in the encoding {encoding}",
        "import_nul": "row {row}: the file contains NUL characters; is it a CSV file?",
        "import_delimiter_choice": "unknown separator {delimiter}; choose «;» or «,»",
        "import_csv_unreadable": "row {row}: the CSV file cannot be read ({detail})",
        "import_decimal_mixed": (
            "the file mixes decimal comma and decimal point in its numbers; choose the decimal"
            " mark: «,» or «.»"
        ),
        "import_decimal_ambiguous": (
            "numbers like «1.234» or «1,234» can be read two ways; choose the decimal mark: «,»"
            " or «.»"
        ),
        "import_xlsx_too_big": (
            "{file}: the file is {size} MB; the largest Excel file allowed is {most} MB"
        ),
        "import_xlsx_unpacks": (
            "{file}: the Excel file unpacks to {size} MB; the limit is {most} MB (a possible"
            " «zip bomb»)"
        ),
        "import_xlsx_ratio": (
            "{file}: the part {part} is compressed {ratio} : 1; the limit is {most} : 1 (a"
            " possible «zip bomb»)"
        ),
        "import_xlsx_unreadable": "{file}: cannot be read as an Excel file ({detail})",
        "import_xlsx_outside": (
            "{file}: the sheet has a cell beyond Excel's limits (column {column}, row {row}); the"
            " largest is column XFD, row {most}"
        ),
        "import_xlsx_cells": (
            "{file}: the sheet spans {columns} columns × {rows} rows; the limit is {most} cells"
        ),
        "import_xlsx_no_sheet": "{file}: the Excel file has no visible sheet",
        "import_xlsx_boolean": "is a true/false value, not an amount",
        "import_xlsx_error": "is an Excel error ({value})",
        "import_no_file": "the file {file} does not exist",
        "import_no_rows": "{file}: the file has no rows below the headers",
        "import_file_changed": (
            "{file}: the file was changed while it was imported; nothing was stored, import"
            " it again"
        ),
        "import_decimal": "unknown decimal mark {mark}; choose «,» or «.»",
        "import_header_missing": "the column «{header}» (for {name}) is not in the file",
        "import_header_twice": (
            "row 1, column {letters}: «{header}» appears {times} times; remove or rename the one"
            " not to be used"
        ),
        "import_column_missing": "the column «{name}» is missing (required)",
        "import_changed": "{column} {old_value} → {new_value}",
        "import_member_new": "new member {name} ({member_role})",
        "import_member_moved_here": (
            "new member {name} ({member_role}) (moved here from household {other})"
        ),
        "import_member_removed": "removed member {name} ({member_role})",
        "import_member_moved_away": (
            "removed member {name} ({member_role}) (moved to household {other})"
        ),
        "import_member_changes": "{name}: {changes}",
        "import_household_new": "household {household}: new household ({count} people)",
        "import_household_changes": "household {household}: {changes}",
        "import_unit_changes": "dwelling {unit}: {changes}",
        "import_glyphs": (
            'row {row}, {column} "{value}": {chars} are not in the fonts the letters use and'
            " become empty boxes in letters. Imported anyway; check the spelling."
        ),
        "import_nothing": "Nothing imported: {count} problem(s) in the file. See {report}.",
        "import_nothing_no_report": (
            "Nothing imported: {count} problem(s) in the file. The report could not be written"
            " (neither beside the file nor in the program's data folder)."
        ),
        "import_done_units": "Dwellings imported: {inserted} new, {updated} updated",
        "import_done_tenants": "Tenants imported: {inserted} new, {updated} updated",
        "import_done_rent": "Rent months imported: {inserted} new, {updated} updated",
        "import_dry_units": "Dwellings that would be imported: {inserted} new, {updated} updated",
        "import_dry_tenants": "Tenants that would be imported: {inserted} new, {updated} updated",
        "import_dry_rent": (
            "Rent months that would be imported: {inserted} new, {updated} updated"
        ),
        "import_unchanged": ", {count} unchanged",
        "import_skipped": ", {count} skipped",
        "import_warnings": ", {count} warning(s)",
        "import_report": ". Report: {report}",
        "import_report_not_written": (
            ". The report could not be written (neither beside the file nor in the program's"
            " data folder)"
        ),
    },
}

register(TEMPLATES)

#: The file's codes for the register's (a value in a change line is shown as the file has it)
CODES_NB = {
    "none": "ingen",
    "petrol": "bensin",
    "electric": "el",
    "F": "K",
    "M": "M",
    "applicant": "søker",
    "co_applicant": "medsøker",
    "adult": "voksen",
    "child": "barn",
    "freehold": "selveier",
    "cooperative": "borettslag",
}
_EMPTY = {"nb": "(tom)", "nn": "(tom)", "en": "(empty)"}
_YES_NO = {"nb": ("nei", "ja"), "nn": ("nei", "ja"), "en": ("no", "yes")}


def show(value: object, language: str = "nb") -> str:
    """A value as the report shows it: 11 500, 01.02.2020, (tom); codes as the file writes
    them (bensin, søker) in every language."""
    if value is None or value == "":
        return _EMPTY.get(language, _EMPTY["nb"])
    if isinstance(value, bool):
        return _YES_NO.get(language, _YES_NO["nb"])[value]
    if isinstance(value, float | int):
        return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return CODES_NB.get(str(value), str(value))


for _name in ("old_value", "new_value", "member_role"):
    register_param(_name, show)

#: domain.identity's reasons (bokmål sentences) → their codes here
IDENTITY_CODES = {
    identity.INVALID_LENGTH: "identity_length",
    identity.INVALID_FORMAT: "identity_format",
    identity.INVALID_CHECKSUM: "identity_checksum",
    identity.INVALID_DATE: "identity_date",
    identity.IN_FUTURE: "identity_future",
}
#: a number column's unit (import_columns.NUMBER_UNITS, kroner otherwise) → the rule's code
OVER_LIMIT_CODES = {
    "kr": "import_over_limit",
    "m²": "import_over_limit_area",
    "soverom": "import_over_limit_rooms",
}


def message(code: str, **params: object) -> Message:
    """One of the import's messages (the templates above are registered once this module is
    imported, which is why every import module builds its messages here)."""
    return Message(code, params)


#: A rule a cell breaks (rendered after the cell's row and column).
rule = message


def cell(row: int, column: str, value: str, broken: Message) -> Message:
    """A problem with one cell: its row, the column as the file names it, its text (may be
    empty) and the rule it breaks."""
    if value:
        return Message(
            "import_cell", {"row": row, "column": column, "value": value, "rule": broken}
        )
    return Message("import_cell_blank", {"row": row, "column": column, "rule": broken})


def changed(column: str, before: object, after: object) -> Message:
    """One field a re-import changes: ``column`` from ``before`` to ``after`` (raw values)."""
    return Message("import_changed", {"column": column, "old_value": before, "new_value": after})


def identity_rule(reason: str) -> Message:
    """The rule of ``identity.InvalidIdentityNumber.reason``."""
    return Message(IDENTITY_CODES[reason])
