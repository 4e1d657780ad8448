"""Fill the English translations of leietileie_en.ts from the table below, then build the .qm.

    pyside6-lupdate $(find leietileie/ui -name '*.py') -ts resources/translations/leietileie_en.ts
    python resources/translations/fill_en.py      # fills and runs pyside6-lrelease
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from plurals import fill_numerus  # noqa: E402

TS = HERE / "leietileie_en.ts"

EN = {
    # import dialog
    "Leietakere (husstander og medlemmer)": "Tenants (households and members)", "Boliger": "Dwellings",
    "Husleiereskontro (forfalt og betalt husleie per måned)": "Rent ledger (rent due and paid per month)",
    "(ikke i filen)": "(not in the file)",
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
    "måneder": "months", "Sparing og egenkapital måned for måned (1000 kr)": "Savings and equity month by month (1000 kr)",
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
    # cases page
    "Sak": "Case", "Saksbehandler": "Caseworker", "Åpnet": "Opened", "Neste frist": "Next deadline",
    "{} (forfalt)": "{} (overdue)", " (forfalt)": " (overdue)", "Statistikk": "Statistics", "Alle saker": "All cases",
    "Åpne saker": "Open cases", "Vis:": "Show:", "Forfalt og forfaller innen {} dager": "Overdue and due within {} days",
    "Frister": "Deadlines", "Saken i detalj": "The case in detail", "Flytt saken": "Move the case",
    "Ny status": "New status", "Notat (valgfritt)": "Note (optional)", "Dato": "Date", "Notat": "Note",
    "{} saker, {} forfalte frister": "{} cases, {} overdue deadlines", "Ingen sak er valgt.": "No case is selected.",
    "Saken er avsluttet": "The case is closed", "Sak nr. {} · <b>{}</b> · åpnet {}": "Case no. {} · <b>{}</b> · opened {}",
    "avsluttet {}": "closed {}", "utført": "done", "forfalt": "overdue", "åpen": "open", "regelår {}": "rule year {}",
    "Kan ikke flytte saken": "Cannot move the case", "Historikk": "History", "Beregninger": "Assessments",
    "Ingen brev er knyttet til saken.": "No letters are linked to the case.",
    "Ingen beregninger er knyttet til saken.": "No assessments are linked to the case.",
    "Slett avsluttede saker …": "Delete closed cases …", "Slett avsluttede saker": "Delete closed cases",
    "Personvern: slett saker som ble avsluttet for lenge siden": "Privacy: delete cases closed long ago",
    "Ingen saker ble avsluttet før {}.": "No cases were closed before {}.",
    "{} saker som ble avsluttet før {}, slettes for godt med historikk, frister, beregninger og brev. Husstander som ikke lenger leier og ikke har andre saker, slettes også. Vil du slette?":
        "{} cases closed before {} will be deleted for good, with their history, deadlines, assessments and letters. Households that no longer rent and have no other cases are deleted too. Delete?",
    "{} saker er slettet ({} brev, {} beregninger, {} husstander).":
        "{} cases deleted ({} letters, {} assessments, {} households).",
    "Saker som ble avsluttet før datoen slettes med historikk, frister, beregninger og brev.":
        "Cases closed before the date are deleted with their history, deadlines, assessments and letters.",
    "Avsluttet før": "Closed before",
    "Frist": "Deadline", "Hva": "What",
    "Salg av kommunale utleieboliger til leietakere, per år": "Sales of municipal rental dwellings to tenants, per year",
    "Eksporter statistikk …": "Export statistics …", "Statistikk per år": "Statistics per year",
    "Fra kartlegging til kjøp": "From screening to purchase", "Diagram over statistikken": "Chart of the statistics",
    "Lagre statistikk": "Save statistics", "Eksporten feilet": "The export failed", "Eksportert": "Exported",
    "Statistikken er lagret i {}": "The statistics are saved in {}",
    # charts and schedule
    "Kostnad per måned (kr)": "Cost per month (kr)", "Kostnad per måned, leie og eie": "Cost per month, renting and owning",
    "Leie i dag": "Renting today", "Eie": "Owning", "Eie etter rentefradrag": "Owning after interest deduction",
    "kr per måned": "kr per month", "Gjeld og egenkapital over tid (1000 kr)": "Debt and equity over time (1000 kr)",
    "Gjenstående gjeld og egenkapital over årene": "Remaining debt and equity over the years",
    "Gjenstående lån": "Remaining loan", "Egenkapital i boligen (uten prisvekst)": "Equity in the dwelling (no price growth)",
    "år": "years", "1000 kr": "1000 kr", "År": "Year", "Innbetalt": "Paid", "Renter": "Interest", "Avdrag": "Repaid",
    "Gebyrer": "Fees", "Restgjeld": "Remaining debt",
    # undo, export, dialogs
    "Endre husstand {}": "Edit household {}", "Ny husstand {}": "New household {}", "Slett husstand {}": "Delete household {}",
    "Excel (*.xlsx);;CSV for Excel (*.csv);;PDF (*.pdf)": "Excel (*.xlsx);;CSV for Excel (*.csv);;PDF (*.pdf)",
    "Eksporter liste": "Export list", "{} husstander i listen. Velg kolonnene som trengs:":
        "{} households in the list. Choose the columns you need:", "Kolonner": "Columns",
    "Vis hele fødselsnummeret (ellers maskert)": "Show the full identity number (masked otherwise)",
    "Gjelder bare når kolonnen Fødselsnummer er valgt": "Applies only when the Identity number column is chosen",
    "Husstand-ID: «{}» er allerede i bruk": "Household ID: «{}» is already in use",
    "Bolig-ID: «{}» er allerede i bruk": "Unit ID: «{}» is already in use",
    "Regneark (*.xlsx *.csv)": "Spreadsheets (*.xlsx *.csv)",
    "Tilbud om kjøp av bolig": "Offer to buy the dwelling", "Invitasjon til samtale": "Invitation to a meeting",
    "Forhåndsvurdering av startlån": "Preliminary startlån assessment", "Brev til %s": "Letter to %s",
    "Brevtype": "Letter type", "Lag brev": "Make letter", "Åpne for utskrift …": "Open for printing …",
    "Brevet kan ikke lages": "The letter cannot be made", "Lagret i arkivet: %s": "Saved in the archive: %s",
    "Velg en husstand i Leietakere først.": "Choose a household under Tenants first.",
    "<h2>Velkommen</h2><p>Det finnes ikke noe leietakerregister ennå. Hvordan vil du begynne?</p>":
        "<h2>Welcome</h2><p>There is no tenant register yet. How would you like to start?</p>",
    "Bolig-ID": "Unit ID", "Postnummer": "Postcode", "Poststed": "Town", "Takst (kr)": "Valuation (kr)",
    "Fellesgjeld": "Shared debt (fellesgjeld)", "Bruksareal (m²)": "Floor area (m²)", "Soverom": "Bedrooms",
    "Selveier / eierseksjon": "Freehold (selveier / eierseksjon)",
    "Borettslag / aksjeleilighet": "Cooperative (borettslag / aksjeleilighet)",
    "{}: må fylles ut": "{}: required", "{}: «{}» er ikke et beløp (skriv for eksempel 12 500)":
        "{}: «{}» is not an amount (write for example 12 500)", "{}: kan ikke være negativt": "{}: cannot be negative",
    "Postnummer: må ha 4 sifre": "Postcode: must have 4 digits", "Soverom: må være et helt tall": "Bedrooms: must be a whole number",
    "Eierform: velg selveier eller borettslag": "Tenure: choose freehold or cooperative",
    "11 sifre": "11 digits", "dd.mm.åååå": "dd.mm.yyyy", "Fjern": "Remove", "Inntektstype": "Income kind",
    # household form problems
    "Medlem {}": "Member {}", "fornavn": "first name", "etternavn": "last name",
    "{}, rolle: «{}» er ukjent; velg søker, medsøker, voksen eller barn":
        "{}, role: «{}» is unknown; choose applicant, co-applicant, adult or child",
    "{}, {}: må fylles ut": "{}, {}: required",
    "{}, fødselsdato: «{}» er ikke en dato (dd.mm.åååå)": "{}, date of birth: «{}» is not a date (dd.mm.yyyy)",
    "{}, fødselsnummer: {}": "{}, identity number: {}",
    "{}, fødselsnummer: mangler (påkrevd for voksne)": "{}, identity number: missing (required for adults)",
    "{}, fødselsdato: barn må ha fødselsnummer eller fødselsdato": "{}, date of birth: a child needs an identity number or a date of birth",
    "{}, alder: {} år er utenfor {}–{} år for rollen": "{}, age: {} years is outside {}–{} years for the role",
    "{}, kjønn: «{}» er ukjent; velg kvinne eller mann": "{}, sex: «{}» is unknown; choose female or male",
    "{}, inntekt {}": "{}, income {}",
    "{}, inntektstype {}: velg hva slags inntekt beløpet er": "{}, income kind {}: choose what kind of income the amount is",
    # screening: opening cases in the worker
    "Avbrutt før alle var behandlet.": "Cancelled before all were handled.",
    "Kunne ikke åpne saker": "Could not open cases", "Åpner saker for {} husstander …": "Opening cases for {} households …",
    # household dialog: several incomes per member
    "Inntekter (type og beløp per år)": "Incomes (kind and amount per year)", "kr per år": "kr per year",
    "Legg til inntekt": "Add income", "Fjern medlem": "Remove member", "Fjern medlem {}": "Remove member {}",
    "{}, inntektstype {}": "{}, income kind {}", "{}, inntekt {} per år": "{}, income {} per year",
    "{}, fjern inntekt {}": "{}, remove income {}", "{}, legg til inntekt": "{}, add income",
    "Husstand-ID: må fylles ut": "Household ID: required",
    "Medlemmer: husstanden må ha minst én søker": "Members: the household must have at least one applicant",
    "Medlemmer: husstanden må ha nøyaktig én søker": "Members: the household must have exactly one applicant",
    "Medlemmer: høyst én medsøker": "Members: at most one co-applicant",
    "Medlem {}, fødselsnummer: samme person står to ganger": "Member {}, identity number: the same person appears twice",
    "E-post: «{}» er ikke en e-postadresse": "E-mail: «{}» is not an e-mail address",
    "Leid fra: «{}» er ikke en dato (dd.mm.åååå)": "Rented since: «{}» is not a date (dd.mm.yyyy)",
    "Bolig: «{}» finnes ikke i boligregisteret": "Unit: «{}» is not in the dwelling register",
    # household detail
    "{} år": "{} years", "ingen inntekt": "no income", "Medlemmer og inntekter": "Members and incomes",
    "{} /mnd": "{} /month", "Skattefrie inntekter": "Tax-free income", "Andre faste utgifter": "Other fixed costs",
    "Gjeld ({})": "Debt ({})", "uten begrunnelse": "no reason given", "Levekostnader (satt)": "Living costs (set)",
    "Økonomi": "Finances", "Leier ingen kommunal bolig.": "Rents no municipal dwelling.", "Husleie": "Rent",
    "Leid fra": "Rented since", "{} av {} måneder betalt i tide": "{} of {} months paid on time",
    "for sent eller ikke betalt: {}": "late or unpaid: {}", "Husleie siste år": "Rent last year",
    "selveier": "freehold", "borettslag/aksje": "cooperative", "{}, takst {}, felleskost. {} /mnd":
        "{}, valuation {}, common costs {} /month", "Ingen saker.": "No cases.", "Sak {}": "Case {}",
    "{}, åpnet {}": "{}, opened {}", "Siste beregning {}: <b>{}</b> ({} lagret)": "Latest assessment {}: <b>{}</b> ({} stored)",
    "Kartlegging: {}": "Screening: {}", "Dokumenter": "Documents", "Ingen brev er laget.": "No letters have been made.",
    "Husstand {}": "Household {}",
    # assessment inputs and results
    "Bare startlån": "Startlån only", "Banklån først, startlån på toppen": "Bank loan first, startlån on top",
    "Annuitet": "Annuity", "Serie": "Serial", "Selveier (dokumentavgift)": "Freehold (transfer duty)",
    "Borettslag / aksje": "Cooperative / share", " år": " years",
    "Brutto inntekt per år": "Gross income per year", "Skatt per år": "Tax per year",
    "Netto inntekt per måned": "Net income per month", "− Levekostnader": "− Living costs",
    "− Faste forpliktelser (gjeld, barnehage o.l.)": "− Fixed obligations (debt, childcare etc.)",
    "= Tilgjengelig til bolig": "= Available for housing", "− Bokostnader (felleskost. og drift)": "− Running costs (common costs, upkeep)",
    "= Tilgjengelig til lån": "= Available for loans", "Kalkulasjonsrente": "Stress rate (kalkulasjonsrente)",
    "Største lån budsjettet bærer": "Largest loan the budget carries", "+ Omkostninger": "+ Purchase costs",
    "− Egenkapital": "− Equity", "Banklån": "Bank loan", "Startlån": "Startlån",
    "Terminbeløp første måned": "Payment in the first month", "Eie per måned (med bokostnader)": "Owning per month (with running costs)",
    "satt av saksbehandler": "set by the caseworker", "SIFO {}, norm {}": "SIFO {}, floor {}", "OK": "OK", "Ikke OK": "Not OK",
    # rules panel
    "Skatt": "Tax", "SIFO referansebudsjett": "SIFO reference budget", "Sosialhjelpsnorm": "Social assistance floor (sosialhjelpsnorm)",
    "Bankenes utlånsregler": "Banks' lending rules", "Husbankens renter": "Husbanken's rates",
    "Omkostninger ved kjøp": "Purchase costs", "Bostøtte": "Housing allowance (bostøtte)",
    "Norges Banks styringsrente": "Norges Bank's policy rate", "Husbankens flytende rente": "Husbanken's floating rate",
    "Startlånsrente (Husbanken + kommunalt påslag)": "Startlån rate (Husbanken + municipal margin)",
    "Bankens rente": "Bank's rate", "Påslag i kalkulasjonsrenten": "Stress-rate margin",
    "Ny verdi: skriv en prosentsats, for eksempel 4,25": "New value: write a percentage, for example 4,25",
    "Gjelder fra: skriv en dato (dd.mm.åååå)": "Valid from: write a date (dd.mm.yyyy)",
    "Ny verdi: må være mellom 0 og 30 %": "New value: must be between 0 and 30 %",
    # screening page
    "Kjør kartlegging": "Run screening",
    "Vurder alle husstander for boligen de leier, med kommunens forutsetninger":
        "Assess every household for the dwelling it rents, with the municipality's assumptions",
    "Om kartleggingen": "About the screening", "Alle resultater": "All results", "Alle begrunnelser": "All reasons",
    "Fordeling av husstander": "Households by result", "Diagram over fordelingen": "Chart of the results",
    "Resultater": "Results", "Eksporter liste …": "Export list …",
    "Lagre listen som Excel, CSV eller PDF (filteret over gjelder)": "Save the list as Excel, CSV or PDF (the filter above applies)",
    "Åpne saker (kartlagt)": "Open cases (screened)",
    "Åpne en sak med status Kartlagt for de valgte husstandene": "Open a case with status Screened for the selected households",
    "Lag invitasjonsbrev": "Make invitation letters", "Ingen kartlegging er kjørt ennå.": "No screening has been run yet.",
    "Kartlegging nr. {} per {} (regelår {}): {} husstander": "Screening no. {} as of {} (rule year {}): {} households",
    "{} valgt": "{} selected", "Brevtjenesten er ikke tilgjengelig ennå": "The letter service is not available yet",
    "Lag invitasjon til samtale for de valgte husstandene": "Make an invitation to a meeting for the selected households",
    "Kartlegger registeret …": "Screening the register …",
    "Kartleggingen ble avbrutt. Ingenting ble lagret.": "The screening was cancelled. Nothing was saved.",
    "Kartleggingen feilet": "The screening failed", "Lagre liste": "Save list", "Listen er lagret i {}": "The list is saved in {}",
    "Eksporterer liste …": "Exporting the list …", "{} saker åpnet, {} hadde allerede en åpen sak.":
        "{} cases opened, {} already had an open case.", "Velg mappe for brevene": "Choose a folder for the letters",
    "{} invitasjonsbrev er laget i {}.": "{} invitation letters were made in {}.", "Ikke laget:": "Not made:",
    "Invitasjonsbrev": "Invitation letters", "Lager invitasjonsbrev …": "Making invitation letters …",
    "Brevene feilet": "The letters failed",
    "Rang": "Rank", "Om år": "In years", "Søker": "Applicant", "Pris": "Price", "Eie/mnd": "Owning/month",
    "Overskudd/mnd": "Surplus/month",
    # domain: the engine's and services' labels
    "Kvinne": "Female", "Mann": "Male", "Ingen": "None", "Ingen bil": "No car", "Bensin/diesel": "Petrol/diesel",
    "Elbil": "Electric car", "Kan kjøpe": "Can buy", "Kan kjøpe med tilskudd": "Can buy with a grant",
    "Kan ikke kjøpe nå": "Cannot buy now", "Enslig": "Single", "Par": "Couple",
    "Andre voksne (bofellesskap)": "Other adults (shared household)", "Barn": "Child", "Ny": "New",
    "Kartlagt": "Screened", "Invitert": "Invited", "Samtale": "Meeting", "Vurdert": "Assessed",
    "Vedtak sendt": "Decision sent", "Tilbud sendt": "Offer sent", "Akseptert": "Accepted", "Avslått": "Declined", "Kjøpt": "Bought", "Avsluttet": "Closed",
    "Svarfrist for invitasjon": "Reply deadline for the invitation",
    "Svarfrist for vedtak": "Reply deadline for the decision",
    "Klagefrist": "Appeal deadline",
    "Svarfrist for tilbud": "Reply deadline for the offer", "Oppfølging": "Follow-up",
    "Lønn": "Wages", "Uføretrygd": "Disability benefit", "Arbeidsavklaringspenger (AAP)": "Work assessment allowance (AAP)",
    "Sykepenger": "Sickness benefit", "Dagpenger": "Unemployment benefit", "Introduksjonsstønad": "Introduction benefit",
    "Annen skattepliktig inntekt": "Other taxable income", "Pensjon": "Pension", "Medsøker": "Co-applicant", "Voksen": "Adult",
    "Enslig forsørger": "Single parent", "Par med barn": "Couple with children", "Flere voksne": "Several adults",
    "Uten medlemmer": "No members", "skattesatser": "tax rates", "SIFO-budsjett": "SIFO budget",
    "sosialhjelpsnorm": "social assistance floor", "bankregler": "bank rules", "startlånsvilkår": "startlån terms",
    "gebyrer": "fees", "tinglysingsgebyr": "registration fee", "tilskuddsregler": "grant rules", "bostøtte": "housing allowance",
    "Mat og drikke": "Food and drink", "Klær og sko": "Clothes and shoes", "Personlig pleie": "Personal care",
    "Lek, sport og mediebruk": "Play, sport and media", "Reisekostnader (kollektiv)": "Travel (public transport)",
    "Andre dagligvarer": "Other groceries", "Husholdningsartikler": "Household articles", "Møbler": "Furniture",
    "Mediebruk og fritid": "Media and leisure", "Bil (drift og vedlikehold)": "Car (running and upkeep)",
    "Betjeningsevne (Husbanken)": "Betjeningsevne – servicing test (Husbanken)",
    "Belåningsgrad (utlånsforskriften)": "Loan-to-value (utlånsforskriften)",
    "Gjeld mot inntekt (5 × inntekt)": "Debt to income (5 × income)",
    "Stresstest (rente + 3 pp, minst 7 %)": "Stress test (rate + 3 pp, at least 7 %)",
    "Banken kan trolig finansiere hele kjøpet innenfor utlånsforskriften. Startlån gis bare til den som ikke får stort nok lån i banken (forskrift om lån fra Husbanken kap. 5).":
        "A bank can probably finance the whole purchase within utlånsforskriften. Startlån is only for those who cannot get a large enough bank loan (regulation on loans from Husbanken, ch. 5).",
    "ingen begrunnelse oppgitt": "no reason given", "Kan kjøpe nå": "Can buy now", "Kan kjøpe om noen år": "Can buy in a few years",
    "Ikke aktuelt nå": "Not relevant now", "Boligen mangler takst": "The dwelling has no valuation",
    "Leieforholdet er kortere enn kravet": "The tenancy is shorter than required",
    "Husleierestanse over grensen": "Rent arrears above the limit",
    "Husleien er betalt for sent flere ganger siste år": "Rent paid late several times in the last year",
    "Bare midlertidig inntekt (AAP, dagpenger o.l.)": "Only temporary income (AAP, unemployment benefit etc.)",
    "Søker er yngre enn aldersgrensen": "Applicant is below the age limit", "Søker er eldre enn aldersgrensen": "Applicant is above the age limit",
    "Inntekten dekker ikke levekostnader og bokostnader": "Income does not cover living and housing costs",
    "Betjeningsevnen er for svak": "Servicing capacity (betjeningsevne) too weak",
    "Trenger mer tilskudd enn kommunens grense": "Needs more grant than the municipality's limit",
    "Sparing kan gi nok egenkapital": "Saving can give enough equity", "En annen ledig bolig kan passe": "Another vacant dwelling may fit",
    "Husstand type": "Household type", "Personer": "Persons", "Brutto inntekt": "Gross income", "Største lån": "Largest loan",
    "Tilskuddsbehov": "Grant needed", "Annen ledig bolig": "Other vacant dwelling", "Leietakere kartlagt": "Tenants screened",
    "Kjøp gjennomført": "Purchases completed", "Boliger frigjort": "Dwellings freed",
    "Kommunens navn": "Municipality's name", "Organisasjonsnummer": "Organisation number", "9 siffer": "9 digits",
    "Enhet": "Department", "Postadresse": "Postal address", "Logo (PNG eller JPG)": "Logo (PNG or JPG)",
    "Målform": "Written standard (målform)", "Bokmål": "Bokmål", "Nynorsk": "Nynorsk", "Underskriver": "Signer",
    "Underskrivers tittel": "Signer's title", "Klageinstans": "Appeal body",
    "Klageinstans for vedtak om startlån": "Appeal body for start-up loan decisions",
    "Forvaltningsloven § 28 annet ledd: kommunens eget klageorgan (klagenemnd)":
        "Public Administration Act section 28, second paragraph: the municipality's own appeal body (klagenemnd)",
    "Barnehage og SFO per år (foreldrefradrag)": "Childcare per year (kindergarten, after-school care)",
    "Renter på gjeld per år (rentefradrag)": "Interest on existing debt per year",
    "Barnehage og SFO per år": "Childcare per year", "Renter på gjeld per år": "Interest on existing debt per year",
    "{}: er over {}, største rimelige verdi": "{}: is over {}, the largest plausible value",
    "Kommunen ligger i tiltakssonen (Finnmark og Nord-Troms)":
        "The municipality is in the action zone (tiltakssonen: Finnmark and Nord-Troms)",
    "Lavere skatt: 18,5 % på alminnelig inntekt og finnmarksfradrag (Skatte-ABC)":
        "Lower tax: 18.5 % on ordinary income and the Finnmark deduction (Skatte-ABC)",
    "Behandlingsansvarlig (tom = kommunen)": "Data controller (empty = the municipality)",
    "Personvernombud (navn og e-post)": "Data protection officer (name and email)",
    "Underskrivere (brukernavn = navn, tittel; …)": "Signatories (login = name, title; …)",
    "kari = Kari Nordmann, rådgiver; per = Per Hansen, leder": "kari = Kari Nordmann, adviser; per = Per Hansen, manager",
    "Beregning eldre enn (dager) regnes ut på nytt": "Assess again when older than (days)",
    "Advar når taksten er eldre enn (måneder)": "Warn when the valuation is older than (months)",
    "Vedtak krever en annen beslutter enn saksbehandleren": "A decision needs a decision-maker other than the caseworker",
    "Oppbevaring etter avsluttet sak (år)": "Kept after the case is closed (years)",
    "Bekreft at satsene er kontrollert mot kilden": "Confirm that the rates have been checked against the source",
    "Bekreftet av %1, %2": "Confirmed by %1, %2",
    "Vedtaket fattes av": "Decision made by", "Navn (kreves med tomannsregel)": "Name (required by the two-person rule)",
    "Beregnet på nytt fordi noe er endret:": "Assessed again because something changed:",
    "Før utskrift": "Before printing", "Lage brevet likevel?": "Make the letter anyway?", "Kommunegruppe for bostøtte": "Municipality group for bostøtte",
    "1 – Oslo": "1 – Oslo", "2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum": "2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum",
    "3 – Kristiansand, Lillestrøm, Asker m.fl.": "3 – Kristiansand, Lillestrøm, Asker and others",
    "4 – Øvrige kommuner": "4 – Other municipalities", "Løpetid (år)": "Term (years)",
    "Kommunen gir tilskudd til etablering": "The municipality gives establishment grants",
    "Største tilskudd (kr)": "Largest grant (kr)", "Svarfrist (virkedager)": "Reply deadline (working days)",
    "Leieforhold minst (år)": "Tenancy at least (years)", "Husleierestanse høyst (kr)": "Rent arrears at most (kr)",
    "Måneder med for sen husleie siste år, høyst": "Months with late rent in the last year, at most",
    "Utelat husstander med bare midlertidig inntekt": "Leave out households with only temporary income",
    "Søkers alder minst": "Applicant's age at least", "Søkers alder høyst": "Applicant's age at most",
    "«Kan kjøpe om N år»: høyst N": "«Can buy in N years»: N at most",
    "Prøv også ledige boliger som passer husstanden": "Also try vacant dwellings that suit the household",
    "må ha 11 sifre": "must have 11 digits", "kan bare inneholde sifre": "may contain digits only",
    "ugyldig kontrollsiffer": "invalid check digit", "ugyldig fødselsdato i nummeret": "invalid date of birth in the number",
    "fødselsdatoen er fram i tid": "the date of birth is in the future",
    "Tilbud om kjøp": "Offer to buy",
    # domain: sentences with figures (placeholders carried over)
    "Tilgjengelig til lån {available}/mnd mot {payment}/mnd i terminbeløp ved kalkulasjonsrente {rate}":
        "Available for loans {available}/month against payments of {payment}/month at the stress rate {rate}",
    "Banklån {loan} er {share} av verdien; grensen er {limit}": "Bank loan {loan} is {share} of the value; the limit is {limit}",
    "Samlet gjeld {debt} mot grensen {limit} (5 × brutto inntekt)": "Total debt {debt} against the limit {limit} (5 × gross income)",
    "All ny gjeld ved {rate} gir {payment}/mnd; tilgjengelig {available}/mnd":
        "All new debt at {rate} costs {payment}/month; available {available}/month",
    "Inntekten dekker ikke levekostnader, faste utgifter og bokostnader: {available} i måneden er tilgjengelig til lån.":
        "The income does not cover living costs, fixed costs and running costs: {available} a month is available for loans.",
    "Betjeningsevnen er for svak: det mangler {shortfall} i måneden ved kalkulasjonsrenten.":
        "The servicing capacity (betjeningsevne) is too weak: {shortfall} a month is missing at the stress rate.",
    "Det trengs {grant} i tilskudd, mer enn kommunens grense på {limit}.":
        "A grant of {grant} is needed, more than the municipality's limit of {limit}.",
    "Lengre nedbetalingstid: med {years} år bærer budsjettet hele startlånet.":
        "Longer repayment term: with {years} years the budget carries the whole startlån.",
    "Tilskudd til etablering på {grant} dekker det lånet ikke bærer.":
        "An establishment grant of {grant} covers what the loan does not carry.",
    "Med {years} års løpetid trengs {grant} i tilskudd.": "With a {years}-year term, a grant of {grant} is needed.",
    "Sparing: {saving} i måneden i {months} måneder gir nok egenkapital.":
        "Saving: {saving} a month for {months} months gives enough equity.",
    "Midlertidig inntekt ({kinds_labels}) bør vurderes særskilt.": "Temporary income ({kinds_labels}) should be assessed separately.",
    "{check_label} er ikke oppfylt: banken må bruke fleksibilitetskvoten (utlånsforskriften).":
        "{check_label} is not met: the bank must use its flexibility quota (utlånsforskriften).",
    "Løpetid over {years} år krever varig lav inntekt og særskilt begrunnelse.":
        "A term over {years} years requires a permanently low income and a specific justification.",
    "Levekostnadene er satt av saksbehandler: {reason_text}.": "Living costs were set by the caseworker: {reason_text}.",
    "Satser som bør kontrolleres: {groups_labels}.": "Rates that should be checked: {groups_labels}.",
    "{setting_label}: «{value}» er ikke et gyldig organisasjonsnummer (9 siffer med kontrollsiffer)":
        "{setting_label}: «{value}» is not a valid organisation number (9 digits with a check digit)",
    "{setting_label}: må være ja eller nei": "{setting_label}: must be yes or no",
    "{setting_label}: «{value}» er ikke tillatt; velg en av {choices}": "{setting_label}: «{value}» is not allowed; choose one of {choices}",
    "{setting_label}: «{value}» er ikke et tall": "{setting_label}: «{value}» is not a number",
    "{setting_label}: må være et helt tall": "{setting_label}: must be a whole number",
    "{setting_label}: må være mellom {low} og {high}": "{setting_label}: must be between {low} and {high}",
    "Saken kan ikke gå fra «{from_label}» til «{to_label}». {rest_text}":
        "The case cannot go from «{from_label}» to «{to_label}». {rest_text}",
    "«{state_label}» er avsluttet og kan ikke flyttes videre.": "«{state_label}» is final and cannot be moved on.",
    "Tillatt herfra: {states_labels}.": "Allowed from here: {states_labels}.",
    "Ukjent saksstatus «{state}». Kjente statuser: {states_labels}.": "Unknown case status «{state}». Known statuses: {states_labels}.",
    "Husstanden har allerede en åpen sak (nr. {case}, «{state_label}»).": "The household already has an open case (no. {case}, «{state_label}»).",
    "Sak nr. {case} finnes ikke.": "Case no. {case} does not exist.",
    "Kartlegging nr. {run} finnes ikke.": "Screening no. {run} does not exist.", "Kartlegging nr. {run}": "Screening no. {run}",
    "husstand {household}: finnes ikke": "household {household}: does not exist",
    "husstand {household}: leier ingen bolig; velg en bolig": "household {household}: rents no dwelling; choose a dwelling",
    "bolig {unit}: finnes ikke": "dwelling {unit}: does not exist",
    "bolig {unit}: mangler takst (pris); registrer takst før beregning": "dwelling {unit}: no valuation (price); register a valuation before assessing",
    # issue 9: figures and verdicts
    "Banklån først når banken kan låne noe, ellers bare startlån": "Bank loan first where the bank can lend something, else startlån only",
    "Kan kjøpe med banklån": "Can buy with a bank loan", "Kapitalinntekt": "Capital income",
    "Banken kan trolig finansiere hele kjøpet (startlån er for dem som ikke får stort nok banklån)":
        "The bank can probably finance the whole purchase (startlån is for those who cannot get a large enough bank loan)",
    "skattefradrag for pensjonsinntekt": "tax deduction for pension income",
    "Norges Banks styringsrente (tom = regelsettets for året)": "Norges Bank's policy rate (empty = the rule set's for the year)",
    "Tom: regelsettets styringsrente for regelåret. Et tall her overstyrer regelsettet.":
        "Empty: the rule set's policy rate for the rule year. A number here overrides the rule set.",
    "Kommunalt påslag i startlånsrenten (høyst 0,25 pp)": "Municipal margin in the startlån rate (at most 0.25 pp)",
    "Kommunens eget etableringsgebyr på startlån (kr)": "The municipality's own startlån set-up fee (NOK)",
    "Kommunens eget termingebyr på startlån (kr)": "The municipality's own startlån instalment fee (NOK)",
    "Forslag: sparing i høyst (måneder)": "Suggestions: saving for at most (months)",
    "Forslag: løpetid ikke forbi alder (tom = ingen grense)": "Suggestions: term not past age (empty = no limit)",
    "Startlån: en kommune som tar egne gebyrer kan ikke også ta påslag på Husbankens rente; sett påslaget til 0 eller gebyrene til 0":
        "Startlån: a municipality that charges its own fees may not also add a margin to Husbanken's rate; set the margin or the fees to 0",
    "Tilgjengelig til lån {available}/mnd mot {payment}/mnd i terminbeløp ved kalkulasjonsrente {rate} (nedbetalt over {years} år etter {io} avdragsfrie år)":
        "Available for loans {available}/month against {payment}/month in instalments at the stress rate {rate} (repaid over {years} years after {io} interest-only years)",
    "Ingen endring innenfor kommunens retningslinjer får saken til å gå nå (løpetid høyst {years} år, tilskudd høyst {grant}, sparing i høyst {months} måneder).":
        "No change within the municipality's policy makes the case work now (term at most {years} years, grant at most {grant}, saving for at most {months} months).",
    "Ingen endring innenfor kommunens retningslinjer får saken til å gå nå (løpetid høyst {years} år, kommunen gir ikke tilskudd, sparing i høyst {months} måneder).":
        "No change within the municipality's policy makes the case work now (term at most {years} years, the municipality gives no grants, saving for at most {months} months).",
    "OBS: Regelsettet for {year} bruker SIFO-referansebudsjettet {edition} ({year2}-utgaven er ikke lagt inn). Levekostnadene er derfor {edition2}-tall.":
        "NB: The rule set for {year} uses the SIFO reference budget {edition} (the {year2} edition is not included). Living costs are therefore {edition2} figures.",
    "Styringsrenten {rate} er satt av saksbehandler (regelsettet for {year}: {rule_rate}).":
        "The policy rate {rate} was set by the caseworker (the rule set for {year}: {rule_rate}).",
}

# issue 13: the office database in the app
EN.update({
    "Kontorets database sikkerhetskopieres på databasetjeneren; spør IT. Sikkerhetskopi og gjenoppretting her gjelder bare en lokal registerfil.":
        "The office database is backed up on the database server; ask IT. Backup and restore here apply to a local register file only.",
    "Du bruker allerede en lokal fil.": "You are already using a local file.",
    "Ingen forbindelse med kontorets database": "No connection to the office database",
    "Forbindelsen med kontorets database er tilbake.": "The connection to the office database is back.",
    "kontorets database {}": "the office database {}",
    "Kontorets database: {}": "Office database: {}",
    "&Koble til kontorets database …": "&Connect to the office database …",
    "Bruk &lokal fil": "Use a &local file",
    "Last inn på nytt": "Reload",
    "Husstanden ble slettet av {actor} kl. {time} ({date}) etter at du åpnet den.":
        "The household was deleted by {actor} at {time} ({date}) after you opened it.",
    "Husstanden ble endret av {actor} kl. {time} ({date}) etter at du åpnet den.":
        "The household was changed by {actor} at {time} ({date}) after you opened it.",
    "Endringen din er ikke lagret: last inn på nytt og gjør den igjen.":
        "Your change is not saved: reload and make it again.",
    "Endringene dine er ikke lagret. «Last inn på nytt» henter den lagrede versjonen (endringene dine forkastes); «Avbryt» lar deg fortsette i skjemaet.":
        "Your changes are not saved. \u201cReload\u201d fetches the stored version (your changes are discarded); \u201cCancel\u201d lets you go on in the form.",
    "Kryptert når tjeneren kan (prefer)": "Encrypted when the server can (prefer)",
    "Alltid kryptert (require)": "Always encrypted (require)",
    "Kryptert og tjenerens sertifikat kontrollert (verify-full)":
        "Encrypted and the server's certificate verified (verify-full)",
    "Koble til kontorets database": "Connect to the office database",
    "Kontorets database er en PostgreSQL-database som alle saksbehandlerne bruker. Spør IT om vert, database og brukernavn, eller om navnet på tjenesten.":
        "The office database is a PostgreSQL database every caseworker uses. Ask IT for the host, database and user name, or for the name of the service.",
    "Tjeneste (service)": "Service",
    "navn i tjenestefilen (pg_service.conf); valgfritt": "name in the service file (pg_service.conf); optional",
    "Vert": "Host", "f.eks. db.kommune.no": "e.g. db.kommune.no", "Port": "Port",
    "Database": "Database", "Brukernavn": "User name", "TLS": "TLS", "CA-fil": "CA file",
    "kontorets CA-sertifikat (for verify-full)": "the office's CA certificate (for verify-full)",
    "Velg …": "Choose …", "Velg CA-fil": "Choose a CA file", "Passord": "Password",
    "tomt: ~/.pgpass eller tjenestefilen": "empty: ~/.pgpass or the service file",
    "Husk passordet i systemets nøkkelring": "Remember the password in the system keyring",
    "Passord lagres ikke. Et passord du skriver her, brukes bare til programmet lukkes; ellers hentes det fra ~/.pgpass eller PostgreSQL-tjenestefilen.":
        "Passwords are not stored. A password you type here is used only until the program closes; otherwise it comes from ~/.pgpass or the PostgreSQL service file.",
    "&Test tilkoblingen": "&Test the connection", "&Koble til": "&Connect",
    "Sertifikater (*.crt *.pem);;Alle filer (*)": "Certificates (*.crt *.pem);;All files (*)",
    "Skriv passordet i feltet Passord (det lagres ikke).":
        "Type the password in the Password field (it is not stored).",
    "Kobler til …": "Connecting …",
    "Tilkoblingen virker: {}. Databasen er tom; registeret settes opp når du kobler til.":
        "The connection works: {}. The database is empty; the register is set up when you connect.",
    "Tilkoblingen virker: {}.": "The connection works: {}.",
    "Husstanden {} er slettet og kan ikke åpnes igjen.":
        "The household {} has been deleted and cannot be opened again.",
    "Endret av en annen": "Changed by someone else",
    "Endringene du har gjort i skjemaet, forkastes, og husstanden lastes inn slik den er lagret nå. Fortsette?":
        "The changes you made in the form are discarded, and the household is loaded as it is stored now. Continue?",
    "Koble til kontorets database …": "Connect to the office database …",
    "Lagrer innstillingene …": "Saving the settings …",
})

# issue 14: follow-up letters from the Oppfølging view
EN.update({
    "Betalingsoppfordring": "Payment reminder",
    "Invitasjon til samtale om restansen": "Invitation to a talk about the arrears",
    "Nedbetalingsavtale": "Payment agreement", "Leie til eie-avtale": "Rent-to-own agreement",
    "Statusbrev om sparingen": "Status letter on the saving",
    "Tilbud om å kjøpe boligen": "Offer to buy the home",
    "Oppfølgingsbrev til %s": "Follow-up letter to %s", "Brevdato": "Letter date",
    "Kontonummer": "Account number", "Konto": "Account",
    "Tomt: som på husleiefakturaen": "Empty: as on the rent invoice",
    "Foreslått samtale": "Proposed talk",
    "F.eks. 8. januar kl. 10 på servicetorget": "E.g. 8 January at 10:00 at the service desk",
    "Mappe for brevet": "Folder for the letter", "&Bla gjennom …": "&Browse …",
    "Ført som tiltak på restansesaken.": "Logged as an action on the arrears case.",
})

#: Where one source needs a different English in one context ("context|source").
BY_CONTEXT = {
    "AppContext|Kommunen": "The municipality",
    "SettingsView|Kommunen": "Municipality",
    "SettingsView|Beregning": "Assessment",
    "SettingsView|Brev": "Letters",
    "domain|Finansiering": "Financing",
    "domain|Husstand": "Household",
    "domain|Bolig": "Unit",
    "domain|Resultat": "Result",
    "HouseholdDetail|Bolig": "Dwelling",
    "UnitDialog|Adresse": "Address",
    "CasesPage|Brev": "Letters",
}

# issue 12: menus, lists, printing, backups, help (mnemonics marked with &)
EN.update({
    "Den automatiske sikkerhetskopien feilet: {}": "The automatic backup failed: {}",
    "Sikkerhetskopi": "Backup", "B&olig:": "&Dwelling:", "Å&pne …": "O&pen …", "&Lagre …": "&Save …",
    "Lagre på sak&en": "Save on the cas&e", "Bre&v …": "Le&tter …",
    "Åpne en lagret beregning (JSON)": "Open a saved assessment (JSON)",
    "Lagre beregningen som fil (JSON)": "Save the assessment as a file (JSON)",
    "Lag brev til husstanden": "Make a letter to the household",
    "Ingen sikkerhetskopi er lagret utenfor denne maskinen. Velg Fil → Sikkerhetskopi.":
        "No backup has been saved outside this computer. Choose File → Backup.",
    "Siste sikkerhetskopi lagret et annet sted: {}. Ta en ny (Fil → Sikkerhetskopi).":
        "Last backup saved elsewhere: {}. Make a new one (File → Backup).",
    "Lagre sikkerhetskopi": "Save backup", "Database (*.db)": "Database (*.db)",
    "Gjenopprett fra sikkerhetskopi": "Restore from backup",
    "Sikkerhetskopien kunne ikke lagres: {}": "The backup could not be saved: {}",
    "Sikkerhetskopien er lagret i {}": "The backup was saved in {}",
    "Erstatte registeret med sikkerhetskopien {}? Dagens database tas vare på først, og programmet lukkes etterpå.":
        "Replace the register with the backup {}? Today's database is kept first, and the program closes afterwards.",
    "Gjenopprett": "Restore", "Gjenoppretting feilet": "Restore failed",
    "Registeret er uendret. Programmet lukkes; start det på nytt.":
        "The register is unchanged. The program closes; start it again.",
    "Registeret er gjenopprettet fra {}.": "The register was restored from {}.",
    "Den forrige databasen er tatt vare på i {}.": "The previous database was kept in {}.",
    "Programmet lukkes nå; start det på nytt.": "The program closes now; start it again.",
    "Automatiske sikkerhetskopier (ved hver oppstart): {}": "Automatic backups (at every start): {}",
    "Nyeste: {}": "Newest: {}", "Sist lagret et annet sted: {}": "Last saved elsewhere: {}",
    "Ingen sikkerhetskopi er lagret et annet sted ennå.": "No backup has been saved elsewhere yet.",
    "Sikkerhetskopier": "Backups", "Mappe": "Folder",
    "Fant ikke et program som kan vise mappen. Den ligger her:\n{}":
        "Found no program that can show the folder. It is here:\n{}",
    "Lag brev til husstanden i saken": "Make a letter to the case's household", "&Vis:": "&Show:",
    "Søk: navn, husstand, saksbehandler": "Search: name, household, caseworker", "Søk i sakene": "Search the cases",
    "Brukerveiledningen (docs/brukerveiledning.md) finnes ikke i denne installasjonen.":
        "The user guide (docs/brukerveiledning.md) is missing from this installation.",
    "Brukerveiledning": "User guide", "Gå mellom felt og knapper": "Move between fields and buttons",
    "Velg visning i navigasjonen": "Choose a view in the navigation", "Åpne en meny": "Open a menu",
    "Alt + understreket bokstav": "Alt + underlined letter",
    "Hurtigtaster": "Keyboard shortcuts", "Handling": "Action", "Taster": "Keys",
    "Lisens: {} (European Union Public Licence 1.2).": "Licence: {} (European Union Public Licence 1.2).",
    "Lisensteksten ligger i filen LICENSE.": "The licence text is in the file LICENSE.",
    "Leie til eie – versjon {}": "Rent to own – version {}", "Regelsett: {}": "Rule set: {}",
    "Om Leie til eie": "About Rent to own", "Om programmet": "About", "Lisens": "Licence",
    "Skriv &ut …": "&Print …", "Velg en husstand først.": "Choose a household first.",
    "Denne visningen har ingen liste å eksportere.": "This view has no list to export.",
    "Denne visningen har ingen liste å skrive ut.": "This view has no list to print.",
    "Menylinje": "Menu bar", "&Fil": "&File", "&Ny husstand …": "&New household …", "&Importer …": "&Import …",
    "&Eksporter listen som vist …": "&Export the list as shown …",
    "&Sikkerhetskopi og gjenoppretting": "&Backup and restore", "&Lag sikkerhetskopi …": "&Make a backup …",
    "&Gjenopprett fra sikkerhetskopi …": "&Restore from a backup …",
    "&Vis hvor sikkerhetskopiene ligger": "&Show where the backups are", "Åpne &datamappen": "Open the &data folder",
    "&Avslutt": "&Quit", "&Rediger": "&Edit", "&Angre": "&Undo", "&Gjør om": "&Redo", "&Kopier": "&Copy",
    "&Søk": "&Search", "&Brev": "&Letters", "&Lag brev …": "&Make a letter …",
    "&Skriv ut listen …": "&Print the list …", "&Hjelp": "&Help", "&Brukerveiledning": "&User guide",
    "&Hurtigtaster": "&Keyboard shortcuts", "&Om programmet": "&About",
    "Forhåndsvisning – {}": "Preview – {}", "Skriv ut": "Print", "Fant ikke filen {}.": "Could not find the file {}.",
    "Kan ikke åpne PDF": "Cannot open the PDF",
    "Det finnes ikke noe program for PDF-filer på denne maskinen. Filen ligger her:\n{}\n\n"
    "Bruk «Skriv ut …» for å skrive den ut direkte.":
        "There is no program for PDF files on this computer. The file is here:\n{}\n\n"
        "Use «Print …» to print it directly.",
    "Søk: navn, husstand, adresse": "Search: name, household, address", "Søk i resultatene": "Search the results",
    "Søk i statistikken": "Search the statistics",
    "Excel (*.xlsx);;CSV for Excel (*.csv)": "Excel (*.xlsx);;CSV for Excel (*.csv)",
    "Eksporter listen": "Export the list", "Liste": "List", "Eksporten feilet": "The export failed",
    "Eksportert": "Exported", "{} rader er lagret i {}": "{} rows were saved in {}",
    "&Ny husstand": "&New household", "Sle&tt": "De&lete", "N&y bolig": "New d&welling",
    "Rediger bo&lig": "Edit dwellin&g", "Beregnin&g →": "Assess&ment →",
})
BY_CONTEXT.update({"TenantActions|R&ediger": "Ed&it", "TenantActions|&Angre": "&Undo",
                   "TenantActions|&Importer …": "Im&port …", "Letters|Brev": "Letter",
                   "App|Sikkerhetskopi": "Backup", "Help|Database: {}": "Database: {}"})

# issue 12: mnemonics on the views' buttons
EN.update({"E&ksporter statistikk …": "E&xport statistics …", "Slett &avsluttede saker …": "Delete &closed cases …",
           "Fl&ytt saken": "Mo&ve the case", "Legg til &justering": "Add &adjustment",
           "K&jør kartlegging": "&Run screening", "E&ksporter liste …": "E&xport list …",
           "Åpne &saker (kartlagt)": "Open &cases (screened)", "Lag &invitasjonsbrev": "Make &invitation letters",
           "&Lagre innstillingene": "&Save settings"})

# issue 12: charts in thousands of kroner
EN.update({"Gjeld og egenkapital over tid (tusen kr)": "Debt and equity over time (thousand kr)",
           "tusen kr": "thousand kr",
           "Sparing og egenkapital måned for måned (tusen kr)": "Savings and equity month by month (thousand kr)"})

# issue 12: glossary tooltips
EN.update({
    "Betjeningsevne: om husstanden klarer å betjene lånet. Inntekt etter skatt minus levekostnader, faste "
    "forpliktelser og bokostnader er det som er tilgjengelig til lån; det må dekke terminbeløpet regnet med "
    "kalkulasjonsrenten.":
        "Betjeningsevne (debt-servicing capacity): whether the household can service the loan. Income after tax "
        "minus living costs, fixed obligations and running costs is what is available for loans; it must cover "
        "the payments at the stress rate.",
    "Kalkulasjonsrente: renten lånet prøves mot (stresstest) – dagens rente pluss et påslag, slik at husstanden "
    "tåler at renten stiger. Påslaget står under Innstillinger → Regelsett og satser.":
        "Kalkulasjonsrente (stress rate): the rate the loan is tested at – today's rate plus a margin, so the "
        "household can bear a rate rise. The margin is under Settings → Rule sets and figures.",
    "Fellesgjeld: boligens andel av borettslagets (eller aksjeselskapets) lån. Den regnes med i kjøpesummen og i "
    "den samlede gjelden; renter og avdrag betales gjennom felleskostnadene.":
        "Fellesgjeld (shared debt): the dwelling's share of the housing cooperative's (or company's) loan. It "
        "counts in the purchase price and the total debt; interest and repayments are paid through the common "
        "costs.",
    "Egenkapital: husstandens egne midler til kjøpet (oppsparte penger), før lån og tilskudd.":
        "Egenkapital (equity): the household's own money for the purchase (savings), before loans and grants.",
    "Startlån: lån fra kommunen (med midler fra Husbanken) til den som ikke får nok lån i vanlig bank. Kan komme i "
    "tillegg til banklån eller finansiere hele kjøpet.":
        "Startlån (starter loan): a loan from the municipality (funded by Husbanken) for those who cannot get "
        "enough from an ordinary bank. It can top up a bank loan or finance the whole purchase.",
    "Tilskudd til etablering: støtte fra kommunen til kjøpet som ikke skal betales tilbake.":
        "Grant for establishment: support from the municipality for the purchase that is not paid back.",
    "Levekostnader: det husstanden trenger å leve av hver måned, etter SIFOs referansebudsjett for husstandens "
    "sammensetning, aldri lavere enn sosialhjelpsnormen.":
        "Living costs: what the household needs to live on each month, from SIFO's reference budget for its "
        "composition, never lower than the social assistance floor.",
    "Terminbeløp: det som betales på lånene hver måned, renter og avdrag.":
        "Payment: what is paid on the loans each month, interest and repayment.",
    "Omkostninger: dokumentavgift, tinglysingsgebyr og andre kostnader ved kjøpet.":
        "Purchase costs: document duty, registration fee and other costs of buying.",
    "Sosialhjelpsnorm: statens veiledende satser for livsopphold. Levekostnadene i beregningen settes aldri "
    "lavere enn normen.":
        "Social assistance floor: the state's guideline rates for subsistence. The living costs in the "
        "assessment are never set lower than the floor.",
})


def fill() -> int:
    tree = ET.parse(TS)
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                filled += fill_numerus(message, "en")
                continue
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            english = BY_CONTEXT.get(f"{name}|{source}", EN.get(source))
            if english is None:
                continue
            translation.text = english
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


# issue 15: special care checkbox, error reports, deleting closed cases in the background
EN.update({
    "Særskilt omsorgsbehov": "Special care needs", "{}, særskilt omsorgsbehov": "{}, special care needs",
    "Barnet har særskilt behov for omsorg: foreldrefradrag også etter fylte 11 år":
        "The child has special care needs: the parental deduction (foreldrefradrag) also after age 11",
    "Kan ikke fullføre": "Cannot complete", "Feil i programmet": "Error in the program",
    "Det oppstod en feil i programmet, og loggfilen kunne ikke skrives. Programmet kan brukes videre.":
        "An error occurred in the program, and the log file could not be written. You can go on using the program.",
    "Det oppstod en feil i programmet. Handlingen som feilet, ble ikke fullført; programmet kan brukes videre."
    "\n\nFeilen er skrevet til loggfilen\n{}\n\nSend loggfilen til brukerstøtte (den kan inneholde "
    "personopplysninger: send den på en sikker måte).":
        "An error occurred in the program. The action that failed was not completed; you can go on using the "
        "program.\n\nThe error is written to the log file\n{}\n\nSend the log file to support (it may hold "
        "personal data: send it securely).",
    "Sletter avsluttede saker …": "Deleting closed cases …", "Henter kartleggingen …": "Loading the screening …", "Lagrer …": "Saving …",
    "Lager brevet …": "Making the letter …",
    "Husstand-ID: «{}» tilhører en slettet husstand; angre slettingen eller velg en annen ID":
        "Household ID: «{}» belongs to a deleted household; undo the deletion or choose another ID",
    "{} brevfiler er fjernet fra disken.": "{} letter files removed from disk.",
    "{} brevfiler ligger utenfor programmets mappe og ble ikke slettet fra disken:\n{}":
        "{} letter files lie outside the program's folder and were not deleted from disk:\n{}",
    "{} av {} brevfiler er fjernet fra disken; de andre fantes ikke lenger eller lå utenfor programmets "
    "datamappe og er ikke rørt.":
        "{} of {} letter files removed from disk; the others no longer existed or lay outside the program's "
        "data folder and were left alone.",
})

# issue 12: the app's own words for a damaged or too new register
EN.update({
    "Gjenopprett den fra en sikkerhetskopi: Fil → Sikkerhetskopi og gjenoppretting → Gjenopprett fra "
    "sikkerhetskopi.": "Restore it from a backup: File → Backup and restore → Restore from backup.",
    "Databasen {} er laget av en nyere versjon av programmet (skjemaversjon {}; denne versjonen kjenner "
    "bare versjon {}). Oppdater Leie til eie før du åpner denne databasen; ingenting er endret.":
        "The database {} was made by a newer version of the program (schema version {}; this version "
        "only knows version {}). Update Leie til eie before opening this database; nothing was changed.",
})

if __name__ == "__main__":
    print(f"{fill()} translations filled")
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
