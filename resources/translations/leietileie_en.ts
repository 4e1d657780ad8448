<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../leietileie/ui/context.py" line="41" />
        <source>Kommunen</source>
        <extracomment>a household was chosen somewhere (tenant list, screening, cases) → id households were added, changed, deleted or imported the declared settings changed ask the main window to show a view by name</extracomment>
        <translation>The municipality</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="76" />
        <source>Velg en husstand under Leietakere.</source>
        <translation>Choose a household under Tenants.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="78" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="80" />
        <source>Bolig:</source>
        <translation>Dwelling:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="82" />
        <source>Bolig</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="86" />
        <source>Åpne beregning …</source>
        <translation>Open assessment …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="87" />
        <source>Lagre beregning …</source>
        <translation>Save assessment …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="88" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="206" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="215" />
        <source>Lagre på saken</source>
        <translation>Store on the case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="104" />
        <source>Nedbetalingsplan per år</source>
        <translation>Repayment schedule per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="105" />
        <source>Leie og eie</source>
        <translation>Renting and owning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="106" />
        <source>Gjeld og egenkapital</source>
        <translation>Debt and equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="107" />
        <source>Nedbetalingsplan</source>
        <translation>Repayment schedule</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="124" />
        <source> (leier nå)</source>
        <translation> (rents now)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="177" />
        <source>Lagre beregning</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="179" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="188" />
        <source>Beregning (*.json)</source>
        <translation>Assessment (*.json)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="188" />
        <source>Åpne beregning</source>
        <translation>Open assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="195" />
        <source>Kan ikke åpne beregningen</source>
        <translation>Cannot open the assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="198" />
        <source>Beregning fra fil: {}</source>
        <translation>Assessment from file: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="206" />
        <source>Velg en husstand og en bolig først.</source>
        <translation>Choose a household and a dwelling first.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="215" />
        <source>Beregningen er lagret på saken.</source>
        <translation>The assessment is stored on the case.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="66" />
        <source>Sak</source>
        <extracomment>the translation context of ``headers``</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="66" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="67" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="67" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="68" />
        <source>Saksbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="68" />
        <source>Åpnet</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="69" />
        <source>Neste frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="96" />
        <source>{} (forfalt)</source>
        <translation>{} (overdue)</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="105" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="138" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="107" />
        <source>Statistikk</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="120" />
        <source>Saksstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="121" />
        <source>Alle saker</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="122" />
        <source>Åpne saker</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="126" />
        <source>Vis:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="131" />
        <source>Slett avsluttede saker …</source>
        <translation>Delete closed cases …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="132" />
        <source>Personvern: slett saker som ble avsluttet for lenge siden</source>
        <translation>Privacy: delete cases closed long ago</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="143" />
        <source>Forfalt og forfaller innen {} dager</source>
        <translation>Overdue and due within {} days</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="145" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="256" />
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="165" />
        <source>Saken i detalj</source>
        <translation>The case in detail</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="167" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="176" />
        <source>Flytt saken</source>
        <translation>Move the case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="170" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="178" />
        <source>Ny status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="175" />
        <source>Notat (valgfritt)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="179" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="180" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="196" />
        <source>{} saker, {} forfalte frister</source>
        <translation>{} cases, {} overdue deadlines</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="227" />
        <source>Ingen sak er valgt.</source>
        <translation>No case is selected.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="236" />
        <source>Saken er avsluttet</source>
        <translation>The case is closed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="241" />
        <source>Sak nr. {} · &lt;b&gt;{}&lt;/b&gt; · åpnet {}</source>
        <translation>Case no. {} · &lt;b&gt;{}&lt;/b&gt; · opened {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="243" />
        <source>avsluttet {}</source>
        <translation>closed {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="247" />
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="259" />
        <source>utført</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="259" />
        <source>forfalt</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="259" />
        <source>åpen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="264" />
        <source>Brev</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="268" />
        <source>Ingen brev er knyttet til saken.</source>
        <translation>No letters are linked to the case.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="269" />
        <source>Beregninger</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="270" />
        <source>regelår {}</source>
        <translation>rule year {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="275" />
        <source>Ingen beregninger er knyttet til saken.</source>
        <translation>No assessments are linked to the case.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="290" />
        <source>Kan ikke flytte saken</source>
        <translation>Cannot move the case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="299" />
        <source>Slett avsluttede saker</source>
        <translation>Delete closed cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="305" />
        <source>Ingen saker ble avsluttet før {}.</source>
        <translation>No cases were closed before {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="308" />
        <source>{} saker som ble avsluttet før {}, slettes for godt med historikk, frister, beregninger og brev. Husstander som ikke lenger leier og ikke har andre saker, slettes også. Vil du slette?</source>
        <translation>{} cases closed before {} will be deleted for good, with their history, deadlines, assessments and letters. Households that no longer rent and have no other cases are deleted too. Delete?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="316" />
        <source>{} saker er slettet ({} brev, {} beregninger, {} husstander).</source>
        <translation>{} cases deleted ({} letters, {} assessments, {} households).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="91" />
        <source>Kostnad per måned (kr)</source>
        <translation>Cost per month (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="92" />
        <source>Kostnad per måned, leie og eie</source>
        <translation>Cost per month, renting and owning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="98" />
        <source>Leie i dag</source>
        <translation>Renting today</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="98" />
        <source>Eie</source>
        <translation>Owning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="99" />
        <source>Eie etter rentefradrag</source>
        <translation>Owning after interest deduction</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="116" />
        <source>kr per måned</source>
        <translation>kr per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="126" />
        <source>Gjeld og egenkapital over tid (1000 kr)</source>
        <translation>Debt and equity over time (1000 kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="127" />
        <source>Gjenstående gjeld og egenkapital over årene</source>
        <translation>Remaining debt and equity over the years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="135" />
        <source>Gjenstående lån</source>
        <translation>Remaining loan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="136" />
        <source>Egenkapital i boligen (uten prisvekst)</source>
        <translation>Equity in the dwelling (no price growth)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="150" />
        <source>år</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="155" />
        <source>1000 kr</source>
        <translation>1000 kr</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="163" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="163" />
        <source>Innbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="164" />
        <source>Renter</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="164" />
        <source>Avdrag</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="165" />
        <source>Gebyrer</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="165" />
        <source>Restgjeld</source>
        <translation>Remaining debt</translation>
    </message>
</context>
<context>
    <name>ClosedBeforeDialog</name>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="67" />
        <source>Slett avsluttede saker</source>
        <extracomment>Closed cases are kept this many years before the deletion proposes them.</extracomment>
        <translation>Delete closed cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="69" />
        <source>Saker som ble avsluttet før datoen slettes med historikk, frister, beregninger og brev.</source>
        <translation>Cases closed before the date are deleted with their history, deadlines, assessments and letters.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="76" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="77" />
        <source>Avsluttet før</source>
        <translation>Closed before</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="107" />
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="107" />
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="108" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="108" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="109" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="116" />
        <source> (forfalt)</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="58" />
        <source>Endre husstand {}</source>
        <translation>Edit household {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="75" />
        <source>Ny husstand {}</source>
        <translation>New household {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="88" />
        <source>Slett husstand {}</source>
        <translation>Delete household {}</translation>
    </message>
</context>
<context>
    <name>ExportColumnsDialog</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="20" />
        <source>Excel (*.xlsx);;CSV for Excel (*.csv);;PDF (*.pdf)</source>
        <translation>Excel (*.xlsx);;CSV for Excel (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="26" />
        <source>Eksporter liste</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="28" />
        <source>{} husstander i listen. Velg kolonnene som trengs:</source>
        <translation>{} households in the list. Choose the columns you need:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="29" />
        <source>Kolonner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="38" />
        <source>Vis hele fødselsnummeret (ellers maskert)</source>
        <translation>Show the full identity number (masked otherwise)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="39" />
        <source>Gjelder bare når kolonnen Fødselsnummer er valgt</source>
        <translation>Applies only when the Identity number column is chosen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="44" />
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="45" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="42" />
        <source>{} år</source>
        <translation>{} years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="44" />
        <source>ingen inntekt</source>
        <translation>no income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="45" />
        <source>Medlemmer og inntekter</source>
        <translation>Members and incomes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="50" />
        <location filename="../../leietileie/ui/household_detail.py" line="69" />
        <source>{} /mnd</source>
        <translation>{} /month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="52" />
        <source>Skattefrie inntekter</source>
        <translation>Tax-free income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="53" />
        <source>Oppsparte midler</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="54" />
        <source>Andre faste utgifter</source>
        <translation>Other fixed costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="57" />
        <source>Gjeld ({})</source>
        <translation>Debt ({})</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="59" />
        <source>uten begrunnelse</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="60" />
        <source>Levekostnader (satt)</source>
        <translation>Living costs (set)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="61" />
        <source>Økonomi</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="67" />
        <location filename="../../leietileie/ui/household_detail.py" line="84" />
        <source>Leieforhold</source>
        <translation>Tenancy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="67" />
        <source>Leier ingen kommunal bolig.</source>
        <translation>Rents no municipal dwelling.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="68" />
        <source>Bolig</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="69" />
        <source>Husleie</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="70" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="71" />
        <source>Leid fra</source>
        <translation>Rented since</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="76" />
        <source>{} av {} måneder betalt i tide</source>
        <translation>{} of {} months paid on time</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="78" />
        <source>for sent eller ikke betalt: {}</source>
        <translation>late or unpaid: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="79" />
        <source>Husleie siste år</source>
        <translation>Rent last year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="81" />
        <source>selveier</source>
        <translation>freehold</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="81" />
        <source>borettslag/aksje</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="82" />
        <source>Boligen</source>
        <translation>The dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="82" />
        <source>{}, takst {}, felleskost. {} /mnd</source>
        <translation>{}, valuation {}, common costs {} /month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="88" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="90" />
        <source>Ingen saker.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="93" />
        <source>Sak {}</source>
        <translation>Case {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="93" />
        <source>{}, åpnet {}</source>
        <translation>{}, opened {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="100" />
        <source>Siste beregning {}: &lt;b&gt;{}&lt;/b&gt; ({} lagret)</source>
        <translation>Latest assessment {}: &lt;b&gt;{}&lt;/b&gt; ({} stored)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="105" />
        <source>Kartlegging: {}</source>
        <translation>Screening: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="111" />
        <location filename="../../leietileie/ui/household_detail.py" line="114" />
        <source>Dokumenter</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="111" />
        <source>Ingen brev er laget.</source>
        <translation>No letters have been made.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="119" />
        <source>Husstand {}</source>
        <translation>Household {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="126" />
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="44" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="95" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="44" />
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="45" />
        <source>Etternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="45" />
        <source>Fødselsnummer</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="46" />
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="46" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="102" />
        <source>Kjønn</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="70" />
        <source>Inntektstype</source>
        <extracomment>the incomes take two grid columns (type and amount); the member's Fjern comes after</extracomment>
        <translation>Income kind</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="75" />
        <source>Inntekt per år</source>
        <translation>Income per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="99" />
        <source>11 sifre</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="101" />
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="76" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="47" />
        <source>Inntekter (type og beløp per år)</source>
        <translation>Incomes (kind and amount per year)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="74" />
        <source>kr per år</source>
        <translation>kr per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="103" />
        <source>Fjern medlem</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="112" />
        <source>Legg til inntekt</source>
        <translation>Add income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="143" />
        <source>Medlem {}</source>
        <translation>Member {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="145" />
        <source>{}, inntektstype {}</source>
        <translation>{}, income kind {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="146" />
        <source>{}, inntekt {} per år</source>
        <translation>{}, income {} per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="147" />
        <source>{}, fjern inntekt {}</source>
        <translation>{}, remove income {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="148" />
        <source>{}, legg til inntekt</source>
        <translation>{}, add income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="149" />
        <source>Fjern medlem {}</source>
        <translation>Remove member {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="177" />
        <source>Rediger husstand</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="177" />
        <source>Ny husstand</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="189" />
        <source>Feil i skjemaet</source>
        <translation>Errors in the form</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="192" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="193" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="211" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="213" />
        <source>Husstand-ID</source>
        <translation>Household ID</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="214" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="215" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="216" />
        <source>Skattefrie inntekter per måned</source>
        <translation>Tax-free income per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="218" />
        <source>Oppsparte midler</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="219" />
        <source>Andre faste utgifter per måned</source>
        <translation>Other fixed costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="221" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="222" />
        <source>Bil</source>
        <translation>Car</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="224" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="226" />
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="230" />
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="247" />
        <source>Legg til medlem</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="313" />
        <source>Leieforhold</source>
        <translation>Tenancy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="315" />
        <source>Bolig (bolig-ID)</source>
        <translation>Dwelling (unit ID)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="316" />
        <source>Husleie per måned</source>
        <translation>Rent per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="317" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="318" />
        <source>Leid fra (dd.mm.åååå)</source>
        <translation>Rented since (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="334" />
        <source>Husstand-ID: «{}» er allerede i bruk</source>
        <translation>Household ID: «{}» is already in use</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="69" />
        <source>{}: må fylles ut</source>
        <extracomment>every income of the member, in the order shown</extracomment>
        <translation>{}: required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="74" />
        <source>{}: «{}» er ikke et beløp (skriv for eksempel 12 500)</source>
        <translation>{}: «{}» is not an amount (write for example 12 500)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="77" />
        <source>{}: kan ikke være negativt</source>
        <translation>{}: cannot be negative</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="89" />
        <source>Medlem {}</source>
        <translation>Member {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="93" />
        <source>{}, rolle: «{}» er ukjent; velg søker, medsøker, voksen eller barn</source>
        <translation>{}, role: «{}» is unknown; choose applicant, co-applicant, adult or child</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="94" />
        <source>fornavn</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="94" />
        <source>etternavn</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="96" />
        <source>{}, {}: må fylles ut</source>
        <translation>{}, {}: required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="100" />
        <source>{}, fødselsdato: «{}» er ikke en dato (dd.mm.åååå)</source>
        <translation>{}, date of birth: «{}» is not a date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="105" />
        <source>{}, fødselsnummer: {}</source>
        <translation>{}, identity number: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="107" />
        <source>{}, fødselsnummer: mangler (påkrevd for voksne)</source>
        <translation>{}, identity number: missing (required for adults)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="109" />
        <source>{}, fødselsdato: barn må ha fødselsnummer eller fødselsdato</source>
        <translation>{}, date of birth: a child needs an identity number or a date of birth</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="114" />
        <source>{}, alder: {} år er utenfor {}–{} år for rollen</source>
        <translation>{}, age: {} years is outside {}–{} years for the role</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="118" />
        <source>{}, kjønn: «{}» er ukjent; velg kvinne eller mann</source>
        <translation>{}, sex: «{}» is unknown; choose female or male</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="133" />
        <source>{}, inntekt {}</source>
        <translation>{}, income {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="135" />
        <source>{}, inntektstype {}: velg hva slags inntekt beløpet er</source>
        <translation>{}, income kind {}: choose what kind of income the amount is</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="157" />
        <source>Husstand-ID: må fylles ut</source>
        <translation>Household ID: required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="160" />
        <source>Medlemmer: husstanden må ha minst én søker</source>
        <translation>Members: the household must have at least one applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="162" />
        <source>Medlemmer: husstanden må ha nøyaktig én søker</source>
        <translation>Members: the household must have exactly one applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="164" />
        <source>Medlemmer: høyst én medsøker</source>
        <translation>Members: at most one co-applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="169" />
        <source>Medlem {}, fødselsnummer: samme person står to ganger</source>
        <translation>Member {}, identity number: the same person appears twice</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="173" />
        <source>Skattefrie inntekter per måned</source>
        <translation>Tax-free income per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="174" />
        <source>Oppsparte midler</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="175" />
        <source>Andre faste utgifter per måned</source>
        <translation>Other fixed costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="178" />
        <source>E-post: «{}» er ikke en e-postadresse</source>
        <translation>E-mail: «{}» is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="192" />
        <source>Husleie per måned</source>
        <translation>Rent per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="193" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="197" />
        <source>Leid fra: «{}» er ikke en dato (dd.mm.åååå)</source>
        <translation>Rented since: «{}» is not a date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="201" />
        <source>Bolig: «{}» finnes ikke i boligregisteret</source>
        <translation>Unit: «{}» is not in the dwelling register</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="33" />
        <source>Navn</source>
        <extracomment>(sort key, header, alignment right?)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="34" />
        <source>Fødselsnr.</source>
        <translation>Identity no.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="35" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="36" />
        <source>Bolig</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="37" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="38" />
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="39" />
        <source>Inntekt/år</source>
        <translation>Income/year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="40" />
        <source>Husleie/mnd</source>
        <translation>Rent/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="41" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="42" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="38" />
        <source>Leietakere (husstander og medlemmer)</source>
        <translation>Tenants (households and members)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="39" />
        <source>Boliger</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="40" />
        <source>Husleiereskontro (forfalt og betalt husleie per måned)</source>
        <translation>Rent ledger (rent due and paid per month)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="42" />
        <source>(ikke i filen)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="52" />
        <source>Importer register</source>
        <translation>Import register</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="58" />
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="60" />
        <source>Hva importeres</source>
        <translation>What to import</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="63" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="65" />
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="69" />
        <source>Fil (XLSX eller CSV)</source>
        <translation>File (XLSX or CSV)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="70" />
        <source>Importer de gyldige radene og hopp over resten</source>
        <translation>Import the valid rows and skip the rest</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="76" />
        <source>Kolonner: hvilken kolonne i filen svarer til hvert felt?</source>
        <translation>Columns: which column of the file is each field?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="80" />
        <source>Problemer i filen</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="83" />
        <source>Sjekk filen</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="85" />
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="87" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="96" />
        <source>Velg fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="96" />
        <source>Regneark (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="134" />
        <source>Velg en fil først.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="142" />
        <source>Sjekker filen …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="142" />
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="155" />
        <source>Importen ble avbrutt. Ingenting er endret.</source>
        <translation>The import was cancelled. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="159" />
        <source>Uventet feil: {}</source>
        <translation>Unexpected error: {}</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="25" />
        <source>Bare startlån</source>
        <translation>Startlån only</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="26" />
        <source>Banklån først, startlån på toppen</source>
        <translation>Bank loan first, startlån on top</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="27" />
        <source>Annuitet</source>
        <translation>Annuity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="27" />
        <source>Serie</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="28" />
        <source>Selveier (dokumentavgift)</source>
        <translation>Freehold (transfer duty)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="29" />
        <source>Borettslag / aksje</source>
        <translation>Cooperative / share</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="90" />
        <source>Boligen</source>
        <translation>The dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="91" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="95" />
        <source>Kjøpesum</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="92" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="95" />
        <source>Eierform</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="93" />
        <source>Felleskostnader per måned</source>
        <translation>Common costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="94" />
        <source>Andre bokostnader per måned</source>
        <translation>Other running costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="96" />
        <source>Felleskost./mnd</source>
        <translation>Common costs/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="97" />
        <source>Andre bokost./mnd</source>
        <translation>Other costs/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="102" />
        <source>Husstanden</source>
        <translation>The household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="103" />
        <source>Egenkapital (sparing)</source>
        <translation>Equity (savings)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="104" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="105" />
        <source>Sett levekostnader selv</source>
        <translation>Set living costs manually</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="106" />
        <source>Levekostnader per måned</source>
        <translation>Living costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="108" />
        <source>Begrunnelse (påkrevd)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="109" />
        <source>Begrunnelse for levekostnader</source>
        <translation>Reason for living costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="110" />
        <source>Egenkapital</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="112" />
        <source>Levekost./mnd</source>
        <translation>Living costs/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="113" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="119" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="124" />
        <source>Finansiering</source>
        <translation>Financing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="121" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="134" />
        <source>Regelår</source>
        <translation>Rule year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="127" />
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="128" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="135" />
        <source>Løpetid</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="129" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="135" />
        <source>Nedbetaling</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="130" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="136" />
        <source>Startlånsrente</source>
        <translation>Startlån rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="131" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="137" />
        <source>Bankrente</source>
        <translation>Bank rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="132" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="138" />
        <source>Styringsrente</source>
        <translation>Policy rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="133" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="139" />
        <source>Største tilskudd</source>
        <translation>Largest grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="134" />
        <source>Opplegg</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="48" />
        <source>Tilbud om kjøp av bolig</source>
        <translation>Offer to buy the dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="49" />
        <source>Invitasjon til samtale</source>
        <translation>Invitation to a meeting</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="50" />
        <source>Forhåndsvurdering av startlån</source>
        <translation>Preliminary startlån assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="68" />
        <source>Brev til %s</source>
        <translation>Letter to %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="73" />
        <source>Brevtype</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="78" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="87" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="83" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="89" />
        <source>Vedtaket fattes av</source>
        <translation>Decision made by</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="84" />
        <source>Navn (kreves med tomannsregel)</source>
        <translation>Name (required by the two-person rule)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="86" />
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="88" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="91" />
        <source>Lag brev</source>
        <translation>Make letter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="94" />
        <source>Åpne for utskrift …</source>
        <translation>Open for printing …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="140" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="151" />
        <source>Brevet kan ikke lages</source>
        <translation>The letter cannot be made</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="155" />
        <source>Lagret i arkivet: %s</source>
        <translation>Saved in the archive: %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="158" />
        <source>Beregnet på nytt fordi noe er endret:</source>
        <translation>Assessed again because something changed:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="164" />
        <source>Lage brevet likevel?</source>
        <translation>Make the letter anyway?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="165" />
        <source>Før utskrift</source>
        <translation>Before printing</translation>
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
        <location filename="../../leietileie/ui/main_window.py" line="83" />
        <source>Velg en husstand i Leietakere først.</source>
        <translation>Choose a household under Tenants first.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="109" />
        <source>Leie til eie – {}</source>
        <translation>Rent to own – {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="110" />
        <source>Database: {}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="112" />
        <source>Regelår {}</source>
        <translation>Rule year {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="114" />
        <source>{} husstander</source>
        <translation>{} households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="27" />
        <source>Leietakere</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="28" />
        <source>Beregning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="29" />
        <source>Leie til eie</source>
        <translation>Rent to own</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="30" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="31" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="32" />
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="32" />
        <source>Vurdering i dag</source>
        <translation>Assessment today</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="33" />
        <source>Vurdering ved kjøp</source>
        <translation>Assessment at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="34" />
        <source>Oppspart ved kjøp</source>
        <translation>Saved at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="35" />
        <source>Markedsverdi ved kjøp</source>
        <translation>Market value at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="36" />
        <source>Egenkapital ved kjøp</source>
        <translation>Equity at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="37" />
        <source>Startlån ved kjøp</source>
        <translation>Startlån at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="38" />
        <source>Tilskudd ved kjøp</source>
        <translation>Grant at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="39" />
        <source>Eie per måned ved kjøp</source>
        <translation>Owning per month at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="52" />
        <source>Velg en husstand under Leietakere.</source>
        <translation>Choose a household under Tenants.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="62" />
        <source>Sparing og egenkapital måned for måned (1000 kr)</source>
        <translation>Savings and equity month by month (1000 kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="63" />
        <source>Sparing og egenkapital over leieperioden</source>
        <translation>Savings and equity over the rent period</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="67" />
        <source>Planen</source>
        <translation>The plan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="72" />
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="73" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="79" />
        <source>Leieperiode</source>
        <translation>Rent period</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="74" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="79" />
        <source>Sparing per måned</source>
        <translation>Saving per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="75" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="80" />
        <source>Pris år 0</source>
        <translation>Price in year 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="76" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="80" />
        <source>Prisvekst per år</source>
        <translation>Price growth per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="78" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="81" />
        <source>Rente på sparing</source>
        <translation>Interest on savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="88" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="106" />
        <source>Leie til eie for {} ({})</source>
        <translation>Rent to own for {} ({})</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="145" />
        <source>Oppspart</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="146" />
        <source>Egenkapital om boligen kjøpes (sparing + verdiøkning)</source>
        <translation>Equity if bought (savings + value growth)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="159" />
        <source>måneder</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="164" />
        <source>1000 kr</source>
        <translation>1000 kr</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="17" />
        <source>Brutto inntekt per år</source>
        <translation>Gross income per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="18" />
        <source>Skatt per år</source>
        <translation>Tax per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="19" />
        <source>Netto inntekt per måned</source>
        <translation>Net income per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="20" />
        <source>− Levekostnader</source>
        <translation>− Living costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="21" />
        <source>− Faste forpliktelser (gjeld, barnehage o.l.)</source>
        <translation>− Fixed obligations (debt, childcare etc.)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="22" />
        <source>= Tilgjengelig til bolig</source>
        <translation>= Available for housing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="23" />
        <source>− Bokostnader (felleskost. og drift)</source>
        <translation>− Running costs (common costs, upkeep)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="24" />
        <source>= Tilgjengelig til lån</source>
        <translation>= Available for loans</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="25" />
        <source>Kalkulasjonsrente</source>
        <translation>Stress rate (kalkulasjonsrente)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="26" />
        <source>Største lån budsjettet bærer</source>
        <translation>Largest loan the budget carries</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="29" />
        <source>Kjøpesum</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="30" />
        <source>+ Omkostninger</source>
        <translation>+ Purchase costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="31" />
        <source>− Egenkapital</source>
        <translation>− Equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="32" />
        <source>Banklån</source>
        <translation>Bank loan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="33" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="34" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="35" />
        <source>Terminbeløp første måned</source>
        <translation>Payment in the first month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="36" />
        <source>Eie per måned (med bokostnader)</source>
        <translation>Owning per month (with running costs)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="37" />
        <source>Eie etter rentefradrag</source>
        <translation>Owning after interest deduction</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="38" />
        <source>Leie i dag</source>
        <translation>Renting today</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="72" />
        <source>Konklusjon</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="75" />
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="76" />
        <source>Finansiering og månedskostnad</source>
        <translation>Financing and monthly cost</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="81" />
        <location filename="../../leietileie/ui/views/assessment_results.py" line="82" />
        <source>Kontroller</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="87" />
        <source>Hva kan få det til å gå</source>
        <translation>What would make it work</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="93" />
        <source>Kan ikke beregne: </source>
        <translation>Cannot assess: </translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="112" />
        <source>satt av saksbehandler</source>
        <translation>set by the caseworker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="112" />
        <source>SIFO {}, norm {}</source>
        <translation>SIFO {}, floor {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="129" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="129" />
        <source>Ikke OK</source>
        <translation>Not OK</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="138" />
        <source>Dette kan få det til å gå:</source>
        <translation>This could make it work:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="141" />
        <source>Merk:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="28" />
        <source>Skatt</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="29" />
        <source>SIFO referansebudsjett</source>
        <translation>SIFO reference budget</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="30" />
        <source>Sosialhjelpsnorm</source>
        <translation>Social assistance floor (sosialhjelpsnorm)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="31" />
        <source>Bankenes utlånsregler</source>
        <translation>Banks' lending rules</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="32" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="33" />
        <source>Husbankens renter</source>
        <translation>Husbanken's rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="34" />
        <source>Gebyrer</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="35" />
        <source>Omkostninger ved kjøp</source>
        <translation>Purchase costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="36" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="37" />
        <source>Bostøtte</source>
        <translation>Housing allowance (bostøtte)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="40" />
        <source>Norges Banks styringsrente</source>
        <translation>Norges Bank's policy rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="41" />
        <source>Husbankens flytende rente</source>
        <translation>Husbanken's floating rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="42" />
        <source>Startlånsrente (Husbanken + kommunalt påslag)</source>
        <translation>Startlån rate (Husbanken + municipal margin)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="43" />
        <source>Bankens rente</source>
        <translation>Bank's rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="44" />
        <source>Påslag i kalkulasjonsrenten</source>
        <translation>Stress-rate margin</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="71" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="73" />
        <source>Regelsett for år</source>
        <translation>Rule set for year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="81" />
        <source>Bekreft at satsene er kontrollert mot kilden</source>
        <translation>Confirm that the rates have been checked against the source</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <source>Satser</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <source>Kontrollert</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="111" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="115" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <source>Regelsett</source>
        <translation>Rule sets</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="109" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="114" />
        <source>Gjelder fra</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="104" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="112" />
        <source>Sats</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <source>Endret av</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="90" />
        <source>Justerte satser</source>
        <translation>Adjusted rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="91" />
        <source>Justerte satser (daterte, tas vare på)</source>
        <translation>Adjusted rates (dated, kept)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="107" />
        <source>Ny verdi i prosent</source>
        <translation>New value in percent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="113" />
        <source>Ny verdi (%)</source>
        <translation>New value (%)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="117" />
        <source>Legg til justering</source>
        <translation>Add adjustment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="141" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="141" />
        <source>Nei – bør kontrolleres</source>
        <translation>No – should be checked</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="144" />
        <source>Bekreftet av %1, %2</source>
        <translation>Confirmed by %1, %2</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="159" />
        <source>Ny verdi: skriv en prosentsats, for eksempel 4,25</source>
        <translation>New value: write a percentage, for example 4,25</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="162" />
        <source>Gjelder fra: skriv en dato (dd.mm.åååå)</source>
        <translation>Valid from: write a date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="165" />
        <source>Ny verdi: må være mellom 0 og 30 %</source>
        <translation>New value: must be between 0 and 30 %</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="91" />
        <source>Kjør kartlegging</source>
        <extracomment>households per ``mark_screened`` call when opening cases (progress and Avbryt between them)</extracomment>
        <translation>Run screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="92" />
        <source>Vurder alle husstander for boligen de leier, med kommunens forutsetninger</source>
        <translation>Assess every household for the dwelling it rents, with the municipality's assumptions</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="96" />
        <source>Om kartleggingen</source>
        <translation>About the screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="99" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="100" />
        <source>Alle resultater</source>
        <translation>All results</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="104" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="105" />
        <source>Alle begrunnelser</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="132" />
        <source>Fordeling av husstander</source>
        <translation>Households by result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="137" />
        <source>Diagram over fordelingen</source>
        <translation>Chart of the results</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="143" />
        <source>Resultater</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="151" />
        <source>Eksporter liste …</source>
        <translation>Export list …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="152" />
        <source>Lagre listen som Excel, CSV eller PDF (filteret over gjelder)</source>
        <translation>Save the list as Excel, CSV or PDF (the filter above applies)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="154" />
        <source>Åpne saker (kartlagt)</source>
        <translation>Open cases (screened)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="155" />
        <source>Åpne en sak med status Kartlagt for de valgte husstandene</source>
        <translation>Open a case with status Screened for the selected households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="157" />
        <source>Lag invitasjonsbrev</source>
        <translation>Make invitation letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="173" />
        <source>Ingen kartlegging er kjørt ennå.</source>
        <translation>No screening has been run yet.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="175" />
        <source>Kartlegging nr. {} per {} (regelår {}): {} husstander</source>
        <translation>Screening no. {} as of {} (rule year {}): {} households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="188" />
        <source>Husstander</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="207" />
        <source>{} husstander</source>
        <translation>{} households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="217" />
        <source>{} valgt</source>
        <translation>{} selected</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="222" />
        <source>Brevtjenesten er ikke tilgjengelig ennå</source>
        <translation>The letter service is not available yet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="225" />
        <source>Lag invitasjon til samtale for de valgte husstandene</source>
        <translation>Make an invitation to a meeting for the selected households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="244" />
        <source>Kartlegger registeret …</source>
        <translation>Screening the register …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="253" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="253" />
        <source>Kartleggingen ble avbrutt. Ingenting ble lagret.</source>
        <translation>The screening was cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="255" />
        <source>Kartleggingen feilet</source>
        <translation>The screening failed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="262" />
        <source>Lagre liste</source>
        <translation>Save list</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="286" />
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="286" />
        <source>Listen er lagret i {}</source>
        <translation>The list is saved in {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="288" />
        <source>Eksporterer liste …</source>
        <translation>Exporting the list …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="289" />
        <source>Eksporten feilet</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="323" />
        <source>Avbrutt før alle var behandlet.</source>
        <translation>Cancelled before all were handled.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="324" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="321" />
        <source>{} saker åpnet, {} hadde allerede en åpen sak.</source>
        <translation>{} cases opened, {} already had an open case.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="329" />
        <source>Kunne ikke åpne saker</source>
        <translation>Could not open cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="332" />
        <source>Åpner saker for {} husstander …</source>
        <translation>Opening cases for {} households …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="336" />
        <source>Velg mappe for brevene</source>
        <translation>Choose a folder for the letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="354" />
        <source>{} invitasjonsbrev er laget i {}.</source>
        <translation>{} invitation letters were made in {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="356" />
        <source>Ikke laget:</source>
        <translation>Not made:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="357" />
        <source>Invitasjonsbrev</source>
        <translation>Invitation letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="360" />
        <source>Lager invitasjonsbrev …</source>
        <translation>Making invitation letters …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="361" />
        <source>Brevene feilet</source>
        <translation>The letters failed</translation>
    </message>
</context>
<context>
    <name>ScreeningResultsModel</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="33" />
        <source>Rang</source>
        <extracomment>(key, header, right-aligned)</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="34" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="35" />
        <source>Om år</source>
        <translation>In years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="36" />
        <source>Søker</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="37" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="38" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="39" />
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="40" />
        <source>Pris</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="41" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="42" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="43" />
        <source>Eie/mnd</source>
        <translation>Owning/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="44" />
        <source>Husleie/mnd</source>
        <translation>Rent/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="45" />
        <source>Overskudd/mnd</source>
        <translation>Surplus/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="46" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="47" />
        <source>Saksstatus</source>
        <translation>Case status</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="29" />
        <source>Kommunen</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="30" />
        <source>Beregning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="31" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="32" />
        <source>Brev</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="33" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="90" />
        <source>Regelsett og satser</source>
        <translation>Rule sets and rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="91" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="96" />
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="97" />
        <location filename="../../leietileie/ui/views/settings_view.py" line="98" />
        <source>Lagre innstillingene</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="124" />
        <location filename="../../leietileie/ui/views/settings_view.py" line="130" />
        <source>Språk i programmet</source>
        <translation>Program language</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="131" />
        <source>Språket gjelder fra neste gang programmet startes.</source>
        <translation>The language applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="136" />
        <source>Språket er endret; start programmet på nytt.</source>
        <translation>The language has changed; restart the program.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="152" />
        <source>Lagret ({} endringer).</source>
        <translation>Saved ({} changes).</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="42" />
        <source>Salg av kommunale utleieboliger til leietakere, per år</source>
        <extracomment>(column key, colour) shown in the chart</extracomment>
        <translation>Sales of municipal rental dwellings to tenants, per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="44" />
        <source>Eksporter statistikk …</source>
        <translation>Export statistics …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="51" />
        <source>Statistikk per år</source>
        <translation>Statistics per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="57" />
        <source>Fra kartlegging til kjøp</source>
        <translation>From screening to purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="62" />
        <source>Diagram over statistikken</source>
        <translation>Chart of the statistics</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="94" />
        <source>Husstander</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="100" />
        <source>Lagre statistikk</source>
        <translation>Save statistics</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="108" />
        <source>Eksporten feilet</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="110" />
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="110" />
        <source>Statistikken er lagret i {}</source>
        <translation>The statistics are saved in {}</translation>
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
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="32" />
        <source>Ny husstand</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="33" />
        <source>Rediger</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="34" />
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="35" />
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="36" />
        <source>Ny bolig</source>
        <translation>New dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="37" />
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="130" />
        <source>Rediger bolig</source>
        <translation>Edit dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="38" />
        <source>Importer …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="39" />
        <source>Beregning →</source>
        <translation>Assessment →</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="52" />
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="101" />
        <source>Slette husstanden {} ({}) med saker og dokumenter?</source>
        <translation>Delete the household {} ({}) with its cases and documents?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="103" />
        <source>Slett husstand</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="130" />
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
        <location filename="../../leietileie/ui/views/tenants_view.py" line="102" />
        <source>Husstander</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="146" />
        <source>{} husstander</source>
        <translation>{} households</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="26" />
        <source>Bolig-ID</source>
        <extracomment>key, label, required</extracomment>
        <translation>Unit ID</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="27" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="28" />
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="29" />
        <source>Poststed</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="30" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="53" />
        <source>Takst (kr)</source>
        <translation>Valuation (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="31" />
        <source>Felleskostnader per måned</source>
        <translation>Common costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="32" />
        <source>Andre bokostnader per måned</source>
        <translation>Other running costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="33" />
        <source>Fellesgjeld</source>
        <translation>Shared debt (fellesgjeld)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="34" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="55" />
        <source>Bruksareal (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="35" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="56" />
        <source>Soverom</source>
        <translation>Bedrooms</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="37" />
        <source>Selveier / eierseksjon</source>
        <translation>Freehold (selveier / eierseksjon)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="38" />
        <source>Borettslag / aksjeleilighet</source>
        <translation>Cooperative (borettslag / aksjeleilighet)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="49" />
        <source>{}: må fylles ut</source>
        <translation>{}: required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="52" />
        <source>Postnummer: må ha 4 sifre</source>
        <translation>Postcode: must have 4 digits</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="58" />
        <source>Soverom: må være et helt tall</source>
        <translation>Bedrooms: must be a whole number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="60" />
        <source>Eierform: velg selveier eller borettslag</source>
        <translation>Tenure: choose freehold or cooperative</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="78" />
        <source>Rediger bolig</source>
        <translation>Edit dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="78" />
        <source>Ny bolig</source>
        <translation>New dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="93" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="94" />
        <source>Eierform</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="101" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="102" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="112" />
        <source>Bolig-ID: «{}» er allerede i bruk</source>
        <translation>Unit ID: «{}» is already in use</translation>
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
        <translation>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;There is no tenant register yet. How would you like to start?&lt;/p&gt;</translation>
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
<context>
    <name>domain</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="25" />
        <source>Kvinne</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="25" />
        <source>Mann</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="27" />
        <source>Ingen bil</source>
        <translation>No car</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="27" />
        <source>Bensin/diesel</source>
        <translation>Petrol/diesel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="28" />
        <source>Elbil</source>
        <translation>Electric car</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="27" />
        <source>Kan kjøpe</source>
        <extracomment>Every fixed Norwegian text the UI may receive from the engine or the services.</extracomment>
        <translation>Can buy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="28" />
        <source>Kan kjøpe med tilskudd</source>
        <translation>Can buy with a grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="29" />
        <source>Kan ikke kjøpe nå</source>
        <translation>Cannot buy now</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="31" />
        <source>Enslig</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="32" />
        <source>Par</source>
        <translation>Couple</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="33" />
        <source>Andre voksne (bofellesskap)</source>
        <translation>Other adults (shared household)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="34" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="36" />
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="37" />
        <source>Kartlagt</source>
        <translation>Screened</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="38" />
        <source>Invitert</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="39" />
        <source>Samtale</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="40" />
        <source>Vurdert</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="41" />
        <source>Vedtak sendt</source>
        <translation>Decision sent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="42" />
        <source>Tilbud sendt</source>
        <translation>Offer sent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="43" />
        <source>Akseptert</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="44" />
        <source>Avslått</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="45" />
        <source>Kjøpt</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="46" />
        <source>Avsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="48" />
        <source>Svarfrist for tilbud</source>
        <translation>Reply deadline for the offer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="49" />
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="51" />
        <source>Lønn</source>
        <translation>Wages</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="52" />
        <source>Uføretrygd</source>
        <translation>Disability benefit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="53" />
        <source>Arbeidsavklaringspenger (AAP)</source>
        <translation>Work assessment allowance (AAP)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="54" />
        <source>Sykepenger</source>
        <translation>Sickness benefit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="55" />
        <source>Dagpenger</source>
        <translation>Unemployment benefit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="56" />
        <source>Introduksjonsstønad</source>
        <translation>Introduction benefit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="57" />
        <source>Annen skattepliktig inntekt</source>
        <translation>Other taxable income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="58" />
        <source>Pensjon</source>
        <translation>Pension</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="59" />
        <source>Søker</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="60" />
        <source>Medsøker</source>
        <translation>Co-applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="61" />
        <source>Voksen</source>
        <translation>Adult</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="63" />
        <source>Enslig forsørger</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="64" />
        <source>Par med barn</source>
        <translation>Couple with children</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="65" />
        <source>Flere voksne</source>
        <translation>Several adults</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="66" />
        <source>Uten medlemmer</source>
        <translation>No members</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="68" />
        <source>skattesatser</source>
        <translation>tax rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="69" />
        <source>SIFO-budsjett</source>
        <translation>SIFO budget</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="70" />
        <source>sosialhjelpsnorm</source>
        <translation>social assistance floor</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="71" />
        <source>bankregler</source>
        <translation>bank rules</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="72" />
        <source>startlånsvilkår</source>
        <translation>startlån terms</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="73" />
        <source>Husbankens renter</source>
        <translation>Husbanken's rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="74" />
        <source>gebyrer</source>
        <translation>fees</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="75" />
        <source>tinglysingsgebyr</source>
        <translation>registration fee</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="76" />
        <source>tilskuddsregler</source>
        <translation>grant rules</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="77" />
        <source>bostøtte</source>
        <translation>housing allowance</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="79" />
        <source>Mat og drikke</source>
        <translation>Food and drink</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="80" />
        <source>Klær og sko</source>
        <translation>Clothes and shoes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="81" />
        <source>Personlig pleie</source>
        <translation>Personal care</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="82" />
        <source>Lek, sport og mediebruk</source>
        <translation>Play, sport and media</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="83" />
        <source>Reisekostnader (kollektiv)</source>
        <translation>Travel (public transport)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="84" />
        <source>Andre dagligvarer</source>
        <translation>Other groceries</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="85" />
        <source>Husholdningsartikler</source>
        <translation>Household articles</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="86" />
        <source>Møbler</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="87" />
        <source>Mediebruk og fritid</source>
        <translation>Media and leisure</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="88" />
        <source>Bil (drift og vedlikehold)</source>
        <translation>Car (running and upkeep)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="90" />
        <source>Betjeningsevne (Husbanken)</source>
        <translation>Betjeningsevne – servicing test (Husbanken)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="91" />
        <source>Belåningsgrad (utlånsforskriften)</source>
        <translation>Loan-to-value (utlånsforskriften)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="92" />
        <source>Gjeld mot inntekt (5 × inntekt)</source>
        <translation>Debt to income (5 × income)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="93" />
        <source>Stresstest (rente + 3 pp, minst 7 %)</source>
        <translation>Stress test (rate + 3 pp, at least 7 %)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="95" />
        <source>Banken kan trolig finansiere hele kjøpet innenfor utlånsforskriften. Startlån gis bare til den som ikke får stort nok lån i banken (forskrift om lån fra Husbanken kap. 5).</source>
        <translation>A bank can probably finance the whole purchase within utlånsforskriften. Startlån is only for those who cannot get a large enough bank loan (regulation on loans from Husbanken, ch. 5).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="97" />
        <source>ingen begrunnelse oppgitt</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="99" />
        <source>Kan kjøpe nå</source>
        <translation>Can buy now</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="100" />
        <source>Kan kjøpe om noen år</source>
        <translation>Can buy in a few years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="101" />
        <source>Ikke aktuelt nå</source>
        <translation>Not relevant now</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="102" />
        <source>Boligen mangler takst</source>
        <translation>The dwelling has no valuation</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="103" />
        <source>Leieforholdet er kortere enn kravet</source>
        <translation>The tenancy is shorter than required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="104" />
        <source>Husleierestanse over grensen</source>
        <translation>Rent arrears above the limit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="105" />
        <source>Husleien er betalt for sent flere ganger siste år</source>
        <translation>Rent paid late several times in the last year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="106" />
        <source>Bare midlertidig inntekt (AAP, dagpenger o.l.)</source>
        <translation>Only temporary income (AAP, unemployment benefit etc.)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="107" />
        <source>Søker er yngre enn aldersgrensen</source>
        <translation>Applicant is below the age limit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="108" />
        <source>Søker er eldre enn aldersgrensen</source>
        <translation>Applicant is above the age limit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="109" />
        <source>Inntekten dekker ikke levekostnader og bokostnader</source>
        <translation>Income does not cover living and housing costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="110" />
        <source>Betjeningsevnen er for svak</source>
        <translation>Servicing capacity (betjeningsevne) too weak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="111" />
        <source>Trenger mer tilskudd enn kommunens grense</source>
        <translation>Needs more grant than the municipality's limit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="112" />
        <source>Sparing kan gi nok egenkapital</source>
        <translation>Saving can give enough equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="113" />
        <source>En annen ledig bolig kan passe</source>
        <translation>Another vacant dwelling may fit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="115" />
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="116" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="117" />
        <source>Om år</source>
        <translation>In years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="118" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="119" />
        <source>Fødselsnummer</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="120" />
        <source>Bolig</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="121" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="122" />
        <source>Husstandstype</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="156" />
        <source>Klageinstans for vedtak om startlån</source>
        <translation>Appeal body for start-up loan decisions</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="157" />
        <source>Forvaltningsloven § 28 annet ledd: kommunens eget klageorgan (klagenemnd)</source>
        <translation>Public Administration Act section 28, second paragraph: the municipality's own appeal body (klagenemnd)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="158" />
        <source>Behandlingsansvarlig (tom = kommunen)</source>
        <translation>Data controller (empty = the municipality)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="159" />
        <source>Personvernombud (navn og e-post)</source>
        <translation>Data protection officer (name and email)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="160" />
        <source>Beregning eldre enn (dager) regnes ut på nytt</source>
        <translation>Assess again when older than (days)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="161" />
        <source>Advar når taksten er eldre enn (måneder)</source>
        <translation>Warn when the valuation is older than (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="162" />
        <source>Vedtak krever en annen beslutter enn saksbehandleren</source>
        <translation>A decision needs a decision-maker other than the caseworker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="163" />
        <source>Oppbevaring etter avsluttet sak (år)</source>
        <translation>Kept after the case is closed (years)</translation>
    </message>
    <message>
        <source>Husstand type</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="123" />
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="124" />
        <source>Brutto inntekt</source>
        <translation>Gross income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="125" />
        <source>Husleie/mnd</source>
        <translation>Rent/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="126" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="127" />
        <source>Pris</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="128" />
        <source>Største lån</source>
        <translation>Largest loan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="129" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="130" />
        <source>Banklån</source>
        <translation>Bank loan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="131" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="132" />
        <source>Tilskuddsbehov</source>
        <translation>Grant needed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="133" />
        <source>Eie/mnd</source>
        <translation>Owning/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="134" />
        <source>Overskudd/mnd</source>
        <translation>Surplus/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="135" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="136" />
        <source>Annen ledig bolig</source>
        <translation>Other vacant dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="137" />
        <source>Saksstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="138" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="139" />
        <source>Leietakere kartlagt</source>
        <translation>Tenants screened</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="140" />
        <source>Kjøp gjennomført</source>
        <translation>Purchases completed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="141" />
        <source>Boliger frigjort</source>
        <translation>Dwellings freed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="143" />
        <source>Kommunens navn</source>
        <translation>Municipality's name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="144" />
        <source>Organisasjonsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="145" />
        <source>9 siffer</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="146" />
        <source>Enhet</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="147" />
        <source>Postadresse</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="148" />
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="149" />
        <source>Poststed</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="150" />
        <source>Logo (PNG eller JPG)</source>
        <translation>Logo (PNG or JPG)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="151" />
        <source>Målform</source>
        <translation>Written standard (målform)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="152" />
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="153" />
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="154" />
        <source>Underskriver</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="155" />
        <source>Underskrivers tittel</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <source>Klageinstans</source>
        <translation>Appeal body</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="164" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="165" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="166" />
        <source>Kommunegruppe for bostøtte</source>
        <translation>Municipality group for bostøtte</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="167" />
        <source>1 – Oslo</source>
        <translation>1 – Oslo</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="168" />
        <source>2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum</source>
        <translation>2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="169" />
        <source>3 – Kristiansand, Lillestrøm, Asker m.fl.</source>
        <translation>3 – Kristiansand, Lillestrøm, Asker and others</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="170" />
        <source>4 – Øvrige kommuner</source>
        <translation>4 – Other municipalities</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="171" />
        <source>Regelår</source>
        <translation>Rule year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="172" />
        <source>Startlånsrente (Husbanken + kommunalt påslag)</source>
        <translation>Startlån rate (Husbanken + municipal margin)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="173" />
        <source>Bankens rente</source>
        <translation>Bank's rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="174" />
        <source>Norges Banks styringsrente</source>
        <translation>Norges Bank's policy rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="175" />
        <source>Løpetid (år)</source>
        <translation>Term (years)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="176" />
        <source>Nedbetaling</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="177" />
        <source>Annuitet</source>
        <translation>Annuity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="178" />
        <source>Serie</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="179" />
        <source>Finansiering</source>
        <translation>Financing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="180" />
        <source>Bare startlån</source>
        <translation>Startlån only</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="181" />
        <source>Banklån først, startlån på toppen</source>
        <translation>Bank loan first, startlån on top</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="182" />
        <source>Kommunen gir tilskudd til etablering</source>
        <translation>The municipality gives establishment grants</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="183" />
        <source>Største tilskudd (kr)</source>
        <translation>Largest grant (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="184" />
        <source>Svarfrist (virkedager)</source>
        <translation>Reply deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="185" />
        <source>Leieforhold minst (år)</source>
        <translation>Tenancy at least (years)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="186" />
        <source>Husleierestanse høyst (kr)</source>
        <translation>Rent arrears at most (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="187" />
        <source>Måneder med for sen husleie siste år, høyst</source>
        <translation>Months with late rent in the last year, at most</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="188" />
        <source>Utelat husstander med bare midlertidig inntekt</source>
        <translation>Leave out households with only temporary income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="189" />
        <source>Søkers alder minst</source>
        <translation>Applicant's age at least</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="190" />
        <source>Søkers alder høyst</source>
        <translation>Applicant's age at most</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="191" />
        <source>«Kan kjøpe om N år»: høyst N</source>
        <translation>«Can buy in N years»: N at most</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="192" />
        <source>Prøv også ledige boliger som passer husstanden</source>
        <translation>Also try vacant dwellings that suit the household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="194" />
        <source>må ha 11 sifre</source>
        <translation>must have 11 digits</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="195" />
        <source>kan bare inneholde sifre</source>
        <translation>may contain digits only</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="196" />
        <source>ugyldig kontrollsiffer</source>
        <translation>invalid check digit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="197" />
        <source>ugyldig fødselsdato i nummeret</source>
        <translation>invalid date of birth in the number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="198" />
        <source>fødselsdatoen er fram i tid</source>
        <translation>the date of birth is in the future</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="204" />
        <source>Tilgjengelig til lån {available}/mnd mot {payment}/mnd i terminbeløp ved kalkulasjonsrente {rate}</source>
        <extracomment>Sentences with figures, most specific first.</extracomment>
        <translation>Available for loans {available}/month against payments of {payment}/month at the stress rate {rate}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="206" />
        <source>Banklån {loan} er {share} av verdien; grensen er {limit}</source>
        <translation>Bank loan {loan} is {share} of the value; the limit is {limit}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="207" />
        <source>Samlet gjeld {debt} mot grensen {limit} (5 × brutto inntekt)</source>
        <translation>Total debt {debt} against the limit {limit} (5 × gross income)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="208" />
        <source>All ny gjeld ved {rate} gir {payment}/mnd; tilgjengelig {available}/mnd</source>
        <translation>All new debt at {rate} costs {payment}/month; available {available}/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="210" />
        <source>Inntekten dekker ikke levekostnader, faste utgifter og bokostnader: {available} i måneden er tilgjengelig til lån.</source>
        <translation>The income does not cover living costs, fixed costs and running costs: {available} a month is available for loans.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="212" />
        <source>Betjeningsevnen er for svak: det mangler {shortfall} i måneden ved kalkulasjonsrenten.</source>
        <translation>The servicing capacity (betjeningsevne) is too weak: {shortfall} a month is missing at the stress rate.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="214" />
        <source>Det trengs {grant} i tilskudd, mer enn kommunens grense på {limit}.</source>
        <translation>A grant of {grant} is needed, more than the municipality's limit of {limit}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="216" />
        <source>Lengre nedbetalingstid: med {years} år bærer budsjettet hele startlånet.</source>
        <translation>Longer repayment term: with {years} years the budget carries the whole startlån.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="217" />
        <source>Tilskudd til etablering på {grant} dekker det lånet ikke bærer.</source>
        <translation>An establishment grant of {grant} covers what the loan does not carry.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="218" />
        <source>Med {years} års løpetid trengs {grant} i tilskudd.</source>
        <translation>With a {years}-year term, a grant of {grant} is needed.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="219" />
        <source>Sparing: {saving} i måneden i {months} måneder gir nok egenkapital.</source>
        <translation>Saving: {saving} a month for {months} months gives enough equity.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="221" />
        <source>Midlertidig inntekt ({kinds_labels}) bør vurderes særskilt.</source>
        <translation>Temporary income ({kinds_labels}) should be assessed separately.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="222" />
        <source>{check_label} er ikke oppfylt: banken må bruke fleksibilitetskvoten (utlånsforskriften).</source>
        <translation>{check_label} is not met: the bank must use its flexibility quota (utlånsforskriften).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="224" />
        <source>Løpetid over {years} år krever varig lav inntekt og særskilt begrunnelse.</source>
        <translation>A term over {years} years requires a permanently low income and a specific justification.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="225" />
        <source>Levekostnadene er satt av saksbehandler: {reason_text}.</source>
        <translation>Living costs were set by the caseworker: {reason_text}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="226" />
        <source>Satser som bør kontrolleres: {groups_labels}.</source>
        <translation>Rates that should be checked: {groups_labels}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="228" />
        <source>{setting_label}: «{value}» er ikke et gyldig organisasjonsnummer (9 siffer med kontrollsiffer)</source>
        <translation>{setting_label}: «{value}» is not a valid organisation number (9 digits with a check digit)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="230" />
        <source>{setting_label}: må være ja eller nei</source>
        <translation>{setting_label}: must be yes or no</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="231" />
        <source>{setting_label}: «{value}» er ikke tillatt; velg en av {choices}</source>
        <translation>{setting_label}: «{value}» is not allowed; choose one of {choices}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="232" />
        <source>{setting_label}: «{value}» er ikke et tall</source>
        <translation>{setting_label}: «{value}» is not a number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="233" />
        <source>{setting_label}: må være et helt tall</source>
        <translation>{setting_label}: must be a whole number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="234" />
        <source>{setting_label}: må være mellom {low} og {high}</source>
        <translation>{setting_label}: must be between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="236" />
        <source>Saken kan ikke gå fra «{from_label}» til «{to_label}». {rest_text}</source>
        <translation>The case cannot go from «{from_label}» to «{to_label}». {rest_text}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="237" />
        <source>«{state_label}» er avsluttet og kan ikke flyttes videre.</source>
        <translation>«{state_label}» is final and cannot be moved on.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="238" />
        <source>Tillatt herfra: {states_labels}.</source>
        <translation>Allowed from here: {states_labels}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="239" />
        <source>Ukjent saksstatus «{state}». Kjente statuser: {states_labels}.</source>
        <translation>Unknown case status «{state}». Known statuses: {states_labels}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="240" />
        <source>Husstanden har allerede en åpen sak (nr. {case}, «{state_label}»).</source>
        <translation>The household already has an open case (no. {case}, «{state_label}»).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="241" />
        <source>Sak nr. {case} finnes ikke.</source>
        <translation>Case no. {case} does not exist.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="243" />
        <source>Kartlegging nr. {run} finnes ikke.</source>
        <translation>Screening no. {run} does not exist.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="244" />
        <source>Kartlegging nr. {run}</source>
        <translation>Screening no. {run}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="246" />
        <source>husstand {household}: finnes ikke</source>
        <translation>household {household}: does not exist</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="247" />
        <source>husstand {household}: leier ingen bolig; velg en bolig</source>
        <translation>household {household}: rents no dwelling; choose a dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="248" />
        <source>bolig {unit}: finnes ikke</source>
        <translation>dwelling {unit}: does not exist</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="249" />
        <source>bolig {unit}: mangler takst (pris); registrer takst før beregning</source>
        <translation>dwelling {unit}: no valuation (price); register a valuation before assessing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="254" />
        <source>Tilbud om kjøp</source>
        <extracomment>Kinds of documents produced on a case (the letters service's kinds).</extracomment>
        <translation>Offer to buy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="255" />
        <source>Invitasjon til samtale</source>
        <translation>Invitation to a meeting</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="256" />
        <source>Forhåndsvurdering av startlån</source>
        <translation>Preliminary startlån assessment</translation>
    </message>
</context>
</TS>