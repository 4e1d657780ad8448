"""Fill the English translations of leietileie_en.ts from the table below, then build the .qm.

    pyside6-lupdate $(find leietileie/ui -name '*.py') -ts resources/translations/leietileie_en.ts
    python resources/translations/fill_en.py      # fills and runs pyside6-lrelease
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "leietileie_en.ts"

EN = {
    # navigation and window
    "Leietakere": "Tenants", "Beregning": "Assessment", "Leie til eie": "Rent to own",
    "Kartlegging": "Screening", "Saker": "Cases", "Innstillinger": "Settings",
    "Navigasjon": "Navigation", "Søk": "Search", "Ny husstand": "New household", "Brev": "Letter",
    "Angre": "Undo", "Leie til eie – {}": "Rent to own – {}", "Database: {}": "Database: {}",
    "Regelår {}": "Rule year {}", "{} husstander": "{} households", "Kommunen": "The municipality",
    "Brev lages fra saken (kommer).": "Letters are made from the case (coming).",
    # tenants
    "Søk: navn, adresse, bolig, fødselsnr. (Ctrl+F)": "Search: name, address, unit, identity no. (Ctrl+F)",
    "Husstandstype": "Household type", "Alle husstander": "All households", "Inntektstype": "Income kind",
    "Alle inntekter": "All incomes", "Alle kartlagte": "All screening results", "Saksstatus": "Case status",
    "Alle statuser": "All statuses", "Restanse": "Arrears", "Med og uten restanse": "With and without arrears",
    "Med restanse": "With arrears", "Uten restanse": "Without arrears", "Antall husstander": "Number of households",
    "Husstander": "Households", "Detaljer om husstanden": "Household details", "Rediger": "Edit",
    "Slett": "Delete", "Ny bolig": "New dwelling", "Rediger bolig": "Edit dwelling", "Importer …": "Import …",
    "Beregning →": "Assessment →", "Kunne ikke lagre": "Could not save", "Slett husstand": "Delete household",
    "Slette husstanden {} ({}) med saker og dokumenter?": "Delete the household {} ({}) with its cases and documents?",
    "Velg en husstand som leier en bolig.": "Choose a household that rents a dwelling.",
    "Navn": "Name", "Fødselsnr.": "Identity no.", "Adresse": "Address", "Bolig": "Unit", "Husstand": "Household",
    "Pers.": "Pers.", "Inntekt/år": "Income/year", "Husleie/mnd": "Rent/month", "Status": "Status",
    # household dialog
    "Rediger husstand": "Edit household", "Lagre": "Save", "Avbryt": "Cancel", "Feil i skjemaet": "Errors in the form",
    "Husstand-ID": "Household ID", "Telefon": "Phone", "E-post": "E-mail",
    "Skattefrie inntekter per måned": "Tax-free income per month", "Oppsparte midler": "Savings",
    "Andre faste utgifter per måned": "Other fixed costs per month", "Bil": "Car", "Notater": "Notes",
    "Medlemmer": "Members", "Legg til medlem": "Add member", "Leieforhold": "Tenancy",
    "Bolig (bolig-ID)": "Dwelling (unit ID)", "Husleie per måned": "Rent per month",
    "Leid fra (dd.mm.åååå)": "Rented since (dd.mm.yyyy)", "Rolle": "Role", "Fornavn": "First name",
    "Etternavn": "Last name", "Fødselsnummer": "Identity number", "Fødselsdato": "Date of birth", "Kjønn": "Sex",
    "Inntekt per år": "Income per year", "Eierform": "Tenure",
    # assessment
    "Velg en husstand under Leietakere.": "Choose a household under Tenants.", "Bolig:": "Dwelling:",
    "Åpne beregning …": "Open assessment …", "Lagre beregning …": "Save assessment …",
    "Lagre på saken": "Store on the case", "Leie og eie": "Renting and owning",
    "Gjeld og egenkapital": "Debt and equity", "Nedbetalingsplan": "Repayment schedule",
    "Nedbetalingsplan per år": "Repayment schedule per year", " (leier nå)": " (rents now)",
    "Lagre beregning": "Save assessment", "Åpne beregning": "Open assessment", "Beregning (*.json)": "Assessment (*.json)",
    "Kan ikke åpne beregningen": "Cannot open the assessment", "Beregning fra fil: {}": "Assessment from file: {}",
    "Velg en husstand og en bolig først.": "Choose a household and a dwelling first.",
    "Beregningen er lagret på saken.": "The assessment is stored on the case.",
    "Boligen": "The dwelling", "Kjøpesum": "Price", "Felleskostnader per måned": "Common costs per month",
    "Andre bokostnader per måned": "Other running costs per month", "Felleskost./mnd": "Common costs/month",
    "Andre bokost./mnd": "Other costs/month", "Husstanden": "The household", "Egenkapital (sparing)": "Equity (savings)",
    "Sett levekostnader selv": "Set living costs manually", "Levekostnader per måned": "Living costs per month",
    "Begrunnelse (påkrevd)": "Reason (required)", "Begrunnelse for levekostnader": "Reason for living costs",
    "Egenkapital": "Equity", "Levekost./mnd": "Living costs/month", "Begrunnelse": "Reason",
    "Finansiering": "Financing", "Regelår": "Rule year", "Løpetid": "Term", "Nedbetaling": "Repayment",
    "Startlånsrente": "Startlån rate", "Bankrente": "Bank rate", "Styringsrente": "Policy rate",
    "Største tilskudd": "Largest grant", "Opplegg": "Plan", "Konklusjon": "Verdict", "Budsjett": "Budget",
    "Finansiering og månedskostnad": "Financing and monthly cost", "Kontroller": "Checks",
    "Hva kan få det til å gå": "What would make it work", "Kan ikke beregne: ": "Cannot assess: ",
    "Dette kan få det til å gå:": "This could make it work:", "Merk:": "Note:",
    # plan
    "Planen": "The plan", "Leieperiode": "Rent period", "Sparing per måned": "Saving per month",
    "Pris år 0": "Price in year 0", "Prisvekst per år": "Price growth per year", "Rente på sparing": "Interest on savings",
    "Resultat": "Result", "Leie til eie for {} ({})": "Rent to own for {} ({})", "Oppspart": "Saved",
    "Egenkapital om boligen kjøpes (sparing + verdiøkning)": "Equity if bought (savings + value growth)",
    "måneder": "months", "Sparing og egenkapital måned for måned (1000 kr)": "Savings and equity month by month (NOK 1000)",
    "Sparing og egenkapital over leieperioden": "Savings and equity over the rent period",
    "Vurdering i dag": "Assessment today", "Vurdering ved kjøp": "Assessment at purchase",
    "Oppspart ved kjøp": "Saved at purchase", "Markedsverdi ved kjøp": "Market value at purchase",
    "Egenkapital ved kjøp": "Equity at purchase", "Startlån ved kjøp": "Startlån at purchase",
    "Tilskudd ved kjøp": "Grant at purchase", "Eie per måned ved kjøp": "Owning per month at purchase",
    # settings
    "Kommunen": "Municipality", "Tilskudd": "Grant", "Regelsett og satser": "Rule sets and rates", "Språk": "Language",
    "Melding": "Message", "Lagre innstillingene": "Save settings", "Språk i programmet": "Program language",
    "Språket gjelder fra neste gang programmet startes.": "The language applies from the next start.",
    "Språket er endret; start programmet på nytt.": "The language has changed; restart the program.",
    "Lagret ({} endringer).": "Saved ({} changes).", "Regelsett for år": "Rule set for year", "Satser": "Figures",
    "Kontrollert": "Verified", "Kilde": "Source", "Merknad": "Note", "Gjelder fra": "Valid from", "Sats": "Rate",
    "Verdi": "Value", "Endret av": "Changed by", "Justerte satser": "Adjusted rates",
    "Justerte satser (daterte, tas vare på)": "Adjusted rates (dated, kept)", "Ny verdi i prosent": "New value in percent",
    "Ny verdi (%)": "New value (%)", "Legg til justering": "Add adjustment", "Ja": "Yes",
    "Nei – bør kontrolleres": "No – should be checked", "Regelsett": "Rule sets",
    # welcome, import, worker
    "Velkommen til Leie til eie": "Welcome to Rent to own",
    "Prøv med et demoregister (oppdiktet kommune)": "Try a demo register (fictional municipality)",
    "Importer boliger og leietakere fra fil …": "Import dwellings and tenants from a file …",
    "Start med et tomt register": "Start with an empty register", "Lager demoregisteret …": "Creating the demo register …",
    "Demoregisteret": "Demo register", "Importer register": "Import register", "Hva importeres": "What to import",
    "Fil": "File", "Velg fil …": "Choose file …", "Fil (XLSX eller CSV)": "File (XLSX or CSV)",
    "Importer de gyldige radene og hopp over resten": "Import the valid rows and skip the rest",
    "Kolonner: hvilken kolonne i filen svarer til hvert felt?": "Columns: which column of the file is each field?",
    "Problemer i filen": "Problems in the file", "Sjekk filen": "Check the file", "Importer": "Import", "Lukk": "Close",
    "Velg fil": "Choose file", "Velg en fil først.": "Choose a file first.", "Sjekker filen …": "Checking the file …",
    "Importerer …": "Importing …", "Importen ble avbrutt. Ingenting er endret.": "The import was cancelled. Nothing changed.",
    "Uventet feil: {}": "Unexpected error: {}", "Avbryter …": "Cancelling …",
    "Leietakere (husstander og medlemmer)": "Tenants (households and members)", "Boliger": "Dwellings",
}


def fill() -> int:
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    print(f"{fill()} translations filled")
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
