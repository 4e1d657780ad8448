<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../leietileie/ui/context.py" line="41" />
        <source>Kommunen</source>
        <extracomment>a household was chosen somewhere (tenant list, screening, cases) → id households were added, changed, deleted or imported the declared settings changed ask the main window to show a view by name</extracomment>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="77" />
        <source>Velg en husstand under Leietakere.</source>
        <translation>Choose a household under Tenants.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="79" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="81" />
        <source>Bolig:</source>
        <translation>Dwelling:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="83" />
        <source>Bolig</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="87" />
        <source>Åpne beregning …</source>
        <translation>Open assessment …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="88" />
        <source>Lagre beregning …</source>
        <translation>Save assessment …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="89" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="207" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="216" />
        <source>Lagre på saken</source>
        <translation>Store on the case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="105" />
        <source>Nedbetalingsplan per år</source>
        <translation>Repayment schedule per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="106" />
        <source>Leie og eie</source>
        <translation>Renting and owning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="107" />
        <source>Gjeld og egenkapital</source>
        <translation>Debt and equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="108" />
        <source>Nedbetalingsplan</source>
        <translation>Repayment schedule</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="125" />
        <source> (leier nå)</source>
        <translation> (rents now)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="178" />
        <source>Lagre beregning</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="180" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="189" />
        <source>Beregning (*.json)</source>
        <translation>Assessment (*.json)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="189" />
        <source>Åpne beregning</source>
        <translation>Open assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="196" />
        <source>Kan ikke åpne beregningen</source>
        <translation>Cannot open the assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="199" />
        <source>Beregning fra fil: {}</source>
        <translation>Assessment from file: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="207" />
        <source>Velg en husstand og en bolig først.</source>
        <translation>Choose a household and a dwelling first.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="216" />
        <source>Beregningen er lagret på saken.</source>
        <translation>The assessment is stored on the case.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="82" />
        <source>{} (forfalt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="70" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="99" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="72" />
        <source>Statistikk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="85" />
        <source>Saksstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="86" />
        <source>Alle saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="87" />
        <source>Åpne saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="91" />
        <source>Vis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="104" />
        <source>Forfalt og forfaller innen {} dager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="106" />
        <source>Frister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="126" />
        <source>Saken i detalj</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="128" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="137" />
        <source>Flytt saken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="131" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="139" />
        <source>Ny status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="136" />
        <source>Notat (valgfritt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="140" />
        <source>Dato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="141" />
        <source>Notat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="157" />
        <source>{} saker, {} forfalte frister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="188" />
        <source>Ingen sak er valgt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="197" />
        <source>Saken er avsluttet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="247" />
        <source>Kan ikke flytte saken</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../../leietileie/ui/views/cases_view.py" line="18" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_view.py" line="21" />
        <source>Her kommer saksoversikten: alle saker etter status (kartlagt, invitert, samtale, vurdert, tilbud sendt …), frister som nærmer seg, og neste steg for hver husstand. Sakshistorikken for én husstand ser du i detaljene under Leietakere.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="99" />
        <source> (forfalt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportColumnsDialog</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="24" />
        <source>Eksporter liste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="26" />
        <source>{} husstander i listen. Velg kolonnene som trengs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="27" />
        <source>Kolonner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="36" />
        <source>Vis hele fødselsnummeret (ellers maskert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="37" />
        <source>Gjelder bare når kolonnen Fødselsnummer er valgt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="42" />
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="43" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="92" />
        <source>Rediger husstand</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="92" />
        <source>Ny husstand</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="102" />
        <source>Feil i skjemaet</source>
        <translation>Errors in the form</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="105" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="106" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="122" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="124" />
        <source>Husstand-ID</source>
        <translation>Household ID</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="125" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="126" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="127" />
        <source>Skattefrie inntekter per måned</source>
        <translation>Tax-free income per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="129" />
        <source>Oppsparte midler</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="130" />
        <source>Andre faste utgifter per måned</source>
        <translation>Other fixed costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="132" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="133" />
        <source>Bil</source>
        <translation>Car</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="135" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="137" />
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="141" />
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="147" />
        <source>Legg til medlem</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="175" />
        <source>Leieforhold</source>
        <translation>Tenancy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="177" />
        <source>Bolig (bolig-ID)</source>
        <translation>Dwelling (unit ID)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="178" />
        <source>Husleie per måned</source>
        <translation>Rent per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="179" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="180" />
        <source>Leid fra (dd.mm.åååå)</source>
        <translation>Rented since (dd.mm.yyyy)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="46" />
        <source>Importer register</source>
        <translation>Import register</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="52" />
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="54" />
        <source>Hva importeres</source>
        <translation>What to import</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="57" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="59" />
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="63" />
        <source>Fil (XLSX eller CSV)</source>
        <translation>File (XLSX or CSV)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="64" />
        <source>Importer de gyldige radene og hopp over resten</source>
        <translation>Import the valid rows and skip the rest</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="70" />
        <source>Kolonner: hvilken kolonne i filen svarer til hvert felt?</source>
        <translation>Columns: which column of the file is each field?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="74" />
        <source>Problemer i filen</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="77" />
        <source>Sjekk filen</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="79" />
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="81" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="90" />
        <source>Velg fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="90" />
        <source>Regneark (*.xlsx *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="128" />
        <source>Velg en fil først.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="136" />
        <source>Sjekker filen …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="136" />
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="149" />
        <source>Importen ble avbrutt. Ingenting er endret.</source>
        <translation>The import was cancelled. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="153" />
        <source>Uventet feil: {}</source>
        <translation>Unexpected error: {}</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="88" />
        <source>Boligen</source>
        <translation>The dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="89" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="93" />
        <source>Kjøpesum</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="90" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="93" />
        <source>Eierform</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="91" />
        <source>Felleskostnader per måned</source>
        <translation>Common costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="92" />
        <source>Andre bokostnader per måned</source>
        <translation>Other running costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="94" />
        <source>Felleskost./mnd</source>
        <translation>Common costs/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="95" />
        <source>Andre bokost./mnd</source>
        <translation>Other costs/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="100" />
        <source>Husstanden</source>
        <translation>The household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="101" />
        <source>Egenkapital (sparing)</source>
        <translation>Equity (savings)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="102" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="103" />
        <source>Sett levekostnader selv</source>
        <translation>Set living costs manually</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="104" />
        <source>Levekostnader per måned</source>
        <translation>Living costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="106" />
        <source>Begrunnelse (påkrevd)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="107" />
        <source>Begrunnelse for levekostnader</source>
        <translation>Reason for living costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="108" />
        <source>Egenkapital</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="110" />
        <source>Levekost./mnd</source>
        <translation>Living costs/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="111" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="117" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="122" />
        <source>Finansiering</source>
        <translation>Financing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="119" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="132" />
        <source>Regelår</source>
        <translation>Rule year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="126" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="133" />
        <source>Løpetid</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="127" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="133" />
        <source>Nedbetaling</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="128" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="134" />
        <source>Startlånsrente</source>
        <translation>Startlån rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="129" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="135" />
        <source>Bankrente</source>
        <translation>Bank rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="130" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="136" />
        <source>Styringsrente</source>
        <translation>Policy rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="131" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="137" />
        <source>Største tilskudd</source>
        <translation>Largest grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="132" />
        <source>Opplegg</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="27" />
        <source>Navigasjon</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="62" />
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="63" />
        <source>Ny husstand</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="64" />
        <location filename="../../leietileie/ui/main_window.py" line="71" />
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="65" />
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="80" />
        <source>Brev lages fra saken (kommer).</source>
        <translation>Letters are made from the case (coming).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="101" />
        <source>Leie til eie – {}</source>
        <translation>Rent to own – {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="102" />
        <source>Database: {}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="104" />
        <source>Regelår {}</source>
        <translation>Rule year {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="106" />
        <source>{} husstander</source>
        <translation>{} households</translation>
    </message>
<message><source>Leietakere</source><translation>Tenants</translation></message><message><source>Beregning</source><translation>Assessment</translation></message><message><source>Leie til eie</source><translation>Rent to own</translation></message><message><source>Kartlegging</source><translation>Screening</translation></message><message><source>Saker</source><translation>Cases</translation></message><message><source>Innstillinger</source><translation>Settings</translation></message></context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="46" />
        <source>Velg en husstand under Leietakere.</source>
        <translation>Choose a household under Tenants.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="56" />
        <source>Sparing og egenkapital måned for måned (1000 kr)</source>
        <translation>Savings and equity month by month (NOK 1000)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="57" />
        <source>Sparing og egenkapital over leieperioden</source>
        <translation>Savings and equity over the rent period</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="63" />
        <source>Planen</source>
        <translation>The plan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="69" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="75" />
        <source>Leieperiode</source>
        <translation>Rent period</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="70" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="75" />
        <source>Sparing per måned</source>
        <translation>Saving per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="71" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="76" />
        <source>Pris år 0</source>
        <translation>Price in year 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="72" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="76" />
        <source>Prisvekst per år</source>
        <translation>Price growth per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="74" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="77" />
        <source>Rente på sparing</source>
        <translation>Interest on savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="84" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="101" />
        <source>Leie til eie for {} ({})</source>
        <translation>Rent to own for {} ({})</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="140" />
        <source>Oppspart</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="141" />
        <source>Egenkapital om boligen kjøpes (sparing + verdiøkning)</source>
        <translation>Equity if bought (savings + value growth)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="154" />
        <source>måneder</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="159" />
        <source>1000 kr</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="69" />
        <source>Konklusjon</source>
        <extracomment>key, label, bold (a sum line)</extracomment>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="72" />
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="73" />
        <source>Finansiering og månedskostnad</source>
        <translation>Financing and monthly cost</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="78" />
        <location filename="../../leietileie/ui/views/assessment_results.py" line="79" />
        <source>Kontroller</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="84" />
        <source>Hva kan få det til å gå</source>
        <translation>What would make it work</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="90" />
        <source>Kan ikke beregne: </source>
        <translation>Cannot assess: </translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="58" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="60" />
        <source>Regelsett for år</source>
        <translation>Rule set for year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="69" />
        <source>Satser</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="69" />
        <source>Kontrollert</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="69" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="69" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="72" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="94" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="98" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="69" />
        <source>Regelsett</source>
        <translation>Rule sets</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="72" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="92" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="97" />
        <source>Gjelder fra</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="72" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="87" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="95" />
        <source>Sats</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="72" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="72" />
        <source>Endret av</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="73" />
        <source>Justerte satser</source>
        <translation>Adjusted rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="74" />
        <source>Justerte satser (daterte, tas vare på)</source>
        <translation>Adjusted rates (dated, kept)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="90" />
        <source>Ny verdi i prosent</source>
        <translation>New value in percent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="96" />
        <source>Ny verdi (%)</source>
        <translation>New value (%)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="100" />
        <source>Legg til justering</source>
        <translation>Add adjustment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="116" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="116" />
        <source>Nei – bør kontrolleres</source>
        <translation>No – should be checked</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="130" />
        <source>Ny verdi: skriv en prosentsats, for eksempel 4,25</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="133" />
        <source>Gjelder fra: skriv en dato (dd.mm.åååå)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="136" />
        <source>Ny verdi: må være mellom 0 og 30 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="89" />
        <source>Kjør kartlegging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="90" />
        <source>Vurder alle husstander for boligen de leier, med kommunens forutsetninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="94" />
        <source>Om kartleggingen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="97" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="98" />
        <source>Alle resultater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="102" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="103" />
        <source>Alle begrunnelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="130" />
        <source>Fordeling av husstander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="135" />
        <source>Diagram over fordelingen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="142" />
        <source>Resultater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="160" />
        <source>Eksporter liste …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="161" />
        <source>Lagre listen som Excel, CSV eller PDF (filteret over gjelder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="163" />
        <source>Åpne saker (kartlagt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="164" />
        <source>Åpne en sak med status Kartlagt for de valgte husstandene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="166" />
        <source>Lag invitasjonsbrev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="182" />
        <source>Ingen kartlegging er kjørt ennå.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="184" />
        <source>Kartlegging nr. {} per {} (regelår {}): {} husstander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="197" />
        <source>Husstander</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="216" />
        <source>{} husstander</source>
        <translation>{} households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="226" />
        <source>{} valgt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="231" />
        <source>Brevtjenesten er ikke tilgjengelig ennå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="234" />
        <source>Lag invitasjon til samtale for de valgte husstandene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="253" />
        <source>Kartlegger registeret …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="262" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="262" />
        <source>Kartleggingen ble avbrutt. Ingenting ble lagret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="264" />
        <source>Kartleggingen feilet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="271" />
        <source>Lagre liste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="295" />
        <source>Eksportert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="295" />
        <source>Listen er lagret i {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="297" />
        <source>Eksporterer liste …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="298" />
        <source>Eksporten feilet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="308" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="308" />
        <source>{} saker åpnet, {} hadde allerede en åpen sak.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="312" />
        <source>Velg mappe for brevene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="330" />
        <source>{} invitasjonsbrev er laget i {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="332" />
        <source>Ikke laget:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="333" />
        <source>Invitasjonsbrev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="336" />
        <source>Lager invitasjonsbrev …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="337" />
        <source>Brevene feilet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_view.py" line="18" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_view.py" line="21" />
        <source>Her kommer kartleggingen av hele leietakerregisteret: hvem kan kjøpe boligen de leier nå, hvem kan med tilskudd, og hvem kan om noen år. Til da kan du vurdere én husstand om gangen under Beregning, eller bruke kommandoen «leietileie screen».</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="86" />
        <source>Regelsett og satser</source>
        <translation>Rule sets and rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="87" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="92" />
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="93" />
        <location filename="../../leietileie/ui/views/settings_view.py" line="94" />
        <source>Lagre innstillingene</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="120" />
        <location filename="../../leietileie/ui/views/settings_view.py" line="126" />
        <source>Språk i programmet</source>
        <translation>Program language</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="127" />
        <source>Språket gjelder fra neste gang programmet startes.</source>
        <translation>The language applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="132" />
        <source>Språket er endret; start programmet på nytt.</source>
        <translation>The language has changed; restart the program.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="148" />
        <source>Lagret ({} endringer).</source>
        <translation>Saved ({} changes).</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="41" />
        <source>Salg av kommunale utleieboliger til leietakere, per år</source>
        <extracomment>(column key, colour) shown in the chart</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="43" />
        <source>Eksporter statistikk …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="50" />
        <source>Statistikk per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="56" />
        <source>Fra kartlegging til kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="61" />
        <source>Diagram over statistikken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="93" />
        <source>Husstander</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="99" />
        <source>Lagre statistikk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="107" />
        <source>Eksporten feilet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="109" />
        <source>Eksportert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="109" />
        <source>Statistikken er lagret i {}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../leietileie/ui/worker.py" line="53" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/worker.py" line="73" />
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>TenantActions</name>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="31" />
        <source>Ny husstand</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="32" />
        <source>Rediger</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="33" />
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="34" />
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="35" />
        <source>Ny bolig</source>
        <translation>New dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="36" />
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="129" />
        <source>Rediger bolig</source>
        <translation>Edit dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="37" />
        <source>Importer …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="38" />
        <source>Beregning →</source>
        <translation>Assessment →</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="51" />
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="100" />
        <source>Slette husstanden {} ({}) med saker og dokumenter?</source>
        <translation>Delete the household {} ({}) with its cases and documents?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="102" />
        <source>Slett husstand</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="129" />
        <source>Velg en husstand som leier en bolig.</source>
        <translation>Choose a household that rents a dwelling.</translation>
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="63" />
        <source>Detaljer om husstanden</source>
        <translation>Household details</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="77" />
        <source>Søk: navn, adresse, bolig, fødselsnr. (Ctrl+F)</source>
        <translation>Search: name, address, unit, identity no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="78" />
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="82" />
        <source>Husstandstype</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="82" />
        <source>Alle husstander</source>
        <translation>All households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="84" />
        <source>Inntektstype</source>
        <translation>Income kind</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="84" />
        <source>Alle inntekter</source>
        <translation>All incomes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="86" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="86" />
        <source>Alle kartlagte</source>
        <translation>All screening results</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="88" />
        <source>Saksstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="88" />
        <source>Alle statuser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="90" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="90" />
        <source>Med og uten restanse</source>
        <translation>With and without arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="91" />
        <source>Med restanse</source>
        <translation>With arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="91" />
        <source>Uten restanse</source>
        <translation>Without arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="97" />
        <source>Antall husstander</source>
        <translation>Number of households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="103" />
        <source>Husstander</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="157" />
        <source>{} husstander</source>
        <translation>{} households</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="72" />
        <source>Rediger bolig</source>
        <extracomment>key, label, required</extracomment>
        <translation>Edit dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="72" />
        <source>Ny bolig</source>
        <translation>New dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="87" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="88" />
        <source>Eierform</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="95" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="96" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="23" />
        <source>Velkommen til Leie til eie</source>
        <translation>Welcome to Rent to own</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="26" />
        <source>&lt;h2&gt;Velkommen&lt;/h2&gt;&lt;p&gt;Det finnes ikke noe leietakerregister ennå. Hvordan vil du begynne?&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="31" />
        <source>Prøv med et demoregister (oppdiktet kommune)</source>
        <translation>Try a demo register (fictional municipality)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="32" />
        <source>Importer boliger og leietakere fra fil …</source>
        <translation>Import dwellings and tenants from a file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="33" />
        <source>Start med et tomt register</source>
        <translation>Start with an empty register</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="50" />
        <source>Lager demoregisteret …</source>
        <translation>Creating the demo register …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="59" />
        <source>Demoregisteret</source>
        <translation>Demo register</translation>
    </message>
</context>
</TS>