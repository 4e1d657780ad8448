<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nn_NO">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="134" />
        <source>Logg tiltak</source>
        <translation>Logg tiltak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="136" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="139" />
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="140" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="142" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="144" />
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="143" />
        <source>Hva ble gjort eller avtalt</source>
        <translation>Kva vart gjort eller avtalt</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="269" />
        <source>Leie til eie-avtale</source>
        <translation>Leige til eige-avtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="272" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="273" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="274" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="276" />
        <source>Pris år 0</source>
        <translation>Pris år 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="277" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="279" />
        <source>Takst år 0</source>
        <translation>Takst år 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="280" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="282" />
        <source>Oppspart ved start</source>
        <translation>Oppspart ved start</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="283" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="285" />
        <source>Sparemål per måned</source>
        <translation>Sparemål per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="287" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="289" />
        <source>Opsjonen utløper</source>
        <translation>Opsjonen utløper</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="288" />
        <source>Høyst fem år etter start</source>
        <translation>Høgst fem år etter start</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="291" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="292" />
        <source>Vilkår</source>
        <translation>Vilkår</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../leietileie/ui/app.py" line="115" />
        <source>Den automatiske sikkerhetskopien feilet: {}</source>
        <translation>Den automatiske tryggingskopien feila: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/app.py" line="284" />
        <source>Sikkerhetskopi</source>
        <extracomment>How long the GUI connection waits for another writer's lock before saying so (seconds); long work runs in background tasks with their own connections and the default timeout.</extracomment>
        <translation>Tryggingskopi</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../leietileie/ui/context.py" line="74" />
        <source>Kommunen</source>
        <extracomment>How long a write from the app waits for another writer's lock before saying so (seconds). a household was chosen somewhere (tenant list, screening, cases) → id households were added, changed, deleted or imported the declared settings changed ask the main window to show a view by name the office database cannot be reached (the message), and when it can again the office database's server processes of this app's own connections: a change notice from one of them is the app's own change, already shown</extracomment>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/context.py" line="95" />
        <source>Lagrer …</source>
        <translation>Lagrar …</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="81" />
        <source>Velg en husstand under Leietakere.</source>
        <translation>Vel eit hushald under Leigetakarar.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="83" />
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="86" />
        <source>B&amp;olig:</source>
        <translation>&amp;Bustad:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="89" />
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="95" />
        <source>Å&amp;pne …</source>
        <translation>O&amp;pne …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="96" />
        <source>&amp;Lagre …</source>
        <translation>&amp;Lagre …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="97" />
        <source>Lagre på sak&amp;en</source>
        <translation>Lagre på &amp;saka</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="98" />
        <source>Bre&amp;v …</source>
        <translation>Bre&amp;v …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="105" />
        <source>Åpne en lagret beregning (JSON)</source>
        <translation>Opne ein lagra berekning (JSON)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="106" />
        <source>Lagre beregningen som fil (JSON)</source>
        <translation>Lagre berekninga som fil (JSON)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="107" />
        <source>Lag brev til husstanden</source>
        <translation>Lag brev til hushaldet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="128" />
        <source>Nedbetalingsplan per år</source>
        <translation>Nedbetalingsplan per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="131" />
        <source>Leie og eie</source>
        <translation>Leige og eige</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="133" />
        <source>Gjeld og egenkapital</source>
        <translation>Gjeld og eigenkapital</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="135" />
        <source>Nedbetalingsplan</source>
        <translation>Nedbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="152" />
        <source> (leier nå)</source>
        <translation> (leiger no)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="207" />
        <source>Lagre beregning</source>
        <translation>Lagre berekning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="209" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="220" />
        <source>Beregning (*.json)</source>
        <translation>Berekning (*.json)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="220" />
        <source>Åpne beregning</source>
        <translation>Opne berekning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="229" />
        <source>Kan ikke åpne beregningen</source>
        <translation>Kan ikkje opne berekninga</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="233" />
        <source>Beregning fra fil: {}</source>
        <translation>Berekning frå fil: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="242" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="259" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="262" />
        <source>Lagre på saken</source>
        <translation>Lagre på saka</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="242" />
        <source>Velg en husstand og en bolig først.</source>
        <translation>Vel eit hushald og ein bustad først.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="262" />
        <source>Beregningen er lagret på saken.</source>
        <translation>Berekninga er lagra på saka.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="59" />
        <source>Ingen sikkerhetskopi er lagret utenfor denne maskinen. Velg Fil → Sikkerhetskopi.</source>
        <translation>Inga tryggingskopi er lagra utanfor denne maskina. Vel Fil → Tryggingskopi.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="63" />
        <source>Siste sikkerhetskopi lagret et annet sted: {}. Ta en ny (Fil → Sikkerhetskopi).</source>
        <translation>Siste tryggingskopi lagra eit anna stad: {}. Ta ein ny (Fil → Tryggingskopi).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="81" />
        <source>Lagre sikkerhetskopi</source>
        <translation>Lagre tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="83" />
        <location filename="../../leietileie/ui/backups.py" line="94" />
        <source>Database (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="92" />
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="106" />
        <location filename="../../leietileie/ui/backups.py" line="131" />
        <location filename="../../leietileie/ui/backups.py" line="140" />
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="107" />
        <source>Kontorets database sikkerhetskopieres på databasetjeneren; spør IT. Sikkerhetskopi og gjenoppretting her gjelder bare en lokal registerfil.</source>
        <translation>Kontorets database sikkerhetskopieres på databasetjeneren; spør IT. Tryggingskopi og gjenoppretting her gjeld berre ein lokal registerfil.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="132" />
        <source>Sikkerhetskopien kunne ikke lagres: {}</source>
        <translation>Tryggingskopien kunne ikkje blir lagra: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="141" />
        <source>Sikkerhetskopien er lagret i {}</source>
        <translation>Tryggingskopien er lagra i {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="155" />
        <source>Erstatte registeret med sikkerhetskopien {}? Dagens database tas vare på først, og programmet lukkes etterpå.</source>
        <translation>Erstatte registeret med tryggingskopien {}? Dagens database blir teke vare på først, og programmet blir lukka etterpå.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="160" />
        <location filename="../../leietileie/ui/backups.py" line="183" />
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="169" />
        <source>Gjenoppretting feilet</source>
        <translation>Gjenoppretting feila</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="172" />
        <source>Registeret er uendret. Programmet lukkes; start det på nytt.</source>
        <translation>Registeret er uendra. Programmet blir lukka; start det på nytt.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="176" />
        <source>Registeret er gjenopprettet fra {}.</source>
        <translation>Registeret er gjenoppretta frå {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="178" />
        <source>Den forrige databasen er tatt vare på i {}.</source>
        <translation>Den førre databasen er teke vare på i {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="184" />
        <source>Programmet lukkes nå; start det på nytt.</source>
        <translation>Programmet blir lukka no; start det på nytt.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="199" />
        <source>Automatiske sikkerhetskopier (ved hver oppstart): {}</source>
        <translation>Automatiske tryggingskopiar (ved kvar oppstart): {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="202" />
        <source>Nyeste: {}</source>
        <translation>Nyaste: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="205" />
        <source>Sist lagret et annet sted: {}</source>
        <translation>Sist lagra ein annan stad: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="207" />
        <source>Ingen sikkerhetskopi er lagret et annet sted ennå.</source>
        <translation>Inga tryggingskopi er lagra ein annan stad enno.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="210" />
        <source>Sikkerhetskopier</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="220" />
        <source>Mappe</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="221" />
        <source>Fant ikke et program som kan vise mappen. Den ligger her:
{}</source>
        <translation>Fant ikkje eit program som kan vise mappa. Den ligg her:
{}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="126" />
        <source>Sak</source>
        <extracomment>the typed columns (column → export kind); the others are exported as their text the translation context of ``headers``</extracomment>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="127" />
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="128" />
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="129" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="130" />
        <source>Saksbehandler</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="131" />
        <source>Åpnet</source>
        <translation>Opna</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="132" />
        <source>Neste frist</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="176" />
        <source>{} (forfalt)</source>
        <translation>{} (forfalle)</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="111" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="169" />
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="113" />
        <source>Statistikk</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="141" />
        <source>Saksstatus</source>
        <translation>Saksstatus</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="142" />
        <source>Alle saker</source>
        <translation>Alle saker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="143" />
        <source>Åpne saker</source>
        <translation>Opne saker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="147" />
        <source>&amp;Vis:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="152" />
        <source>Søk: navn, husstand, saksbehandler</source>
        <translation>Søk: namn, hushald, sakshandsamar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="153" />
        <source>Søk i sakene</source>
        <translation>Søk i sakene</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="160" />
        <source>Slett &amp;avsluttede saker …</source>
        <translation>Slett &amp;avslutta saker …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="162" />
        <source>Personvern: slett saker som ble avsluttet for lenge siden</source>
        <translation>Personvern: slett saker som vart avslutta for lenge sidan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="172" />
        <source>Forfalt og forfaller innen {} dager</source>
        <translation>Forfalle og forfell innan {} dagar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="174" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="314" />
        <source>Frister</source>
        <translation>Fristar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="196" />
        <source>Saken i detalj</source>
        <translation>Saka i detalj</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="198" />
        <source>Flytt saken</source>
        <translation>Flytt saka</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="201" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="211" />
        <source>Ny status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="207" />
        <source>Notat (valgfritt)</source>
        <translation>Notat (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="209" />
        <source>Fl&amp;ytt saken</source>
        <translation>Fl&amp;ytt saka</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="205" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="212" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="208" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="213" />
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="216" />
        <source>Bre&amp;v …</source>
        <translation>Bre&amp;v …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="217" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="328" />
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="218" />
        <source>Lag brev til husstanden i saken</source>
        <translation>Lag brev til hushaldet i saka</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="244" />
        <source>{} saker, {} forfalte frister</source>
        <translation>{} saker, {} forfalne fristar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="276" />
        <source>Ingen sak er valgt.</source>
        <translation>Inga sak er vald.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="285" />
        <source>Saken er avsluttet</source>
        <translation>Saka er avslutta</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="290" />
        <source>Sak nr. {} · &lt;b&gt;{}&lt;/b&gt; · åpnet {}</source>
        <translation>Sak nr. {} · &lt;b&gt;{}&lt;/b&gt; · opna {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="294" />
        <source>avsluttet {}</source>
        <translation>avslutta {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="300" />
        <source>Historikk</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="318" />
        <source>utført</source>
        <translation>utført</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="320" />
        <source>forfalt</source>
        <translation>forfalle</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="322" />
        <source>åpen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="339" />
        <source>Ingen brev er knyttet til saken.</source>
        <translation>Ingen brev er knytt til saka.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="341" />
        <source>Beregninger</source>
        <translation>Berekningar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="342" />
        <source>regelår {}</source>
        <translation>regelår {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="353" />
        <source>Ingen beregninger er knyttet til saken.</source>
        <translation>Ingen berekningar er knytt til saka.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="372" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="375" />
        <source>Kan ikke flytte saken</source>
        <translation>Kan ikkje flytte saka</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="386" />
        <source>Slett avsluttede saker</source>
        <translation>Slett avslutta saker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="393" />
        <source>Ingen saker ble avsluttet før {}.</source>
        <translation>Ingen saker vart avslutta før {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="397" />
        <source>{} saker som ble avsluttet før {}, slettes for godt med historikk, frister, beregninger og brev. Husstander som ikke lenger leier og ikke har andre saker, slettes også. Vil du slette?</source>
        <translation>{} saker som vart avslutta før {}, blir sletta for godt med historikk, fristar, berekningar og brev. Hushald som ikkje lenger leiger og ikkje har andre saker, blir sletta òg. Vil du slette?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="412" />
        <source>Sletter avsluttede saker …</source>
        <translation>Slettar avslutta saker …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="420" />
        <source>{} saker er slettet ({} brev, {} beregninger, {} husstander).</source>
        <translation>{} saker er sletta ({} brev, {} berekningar, {} hushald).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="424" />
        <source>{} brevfiler er fjernet fra disken.</source>
        <translation>{} brevfiler er fjerna frå disken.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="427" />
        <source>{} av {} brevfiler er fjernet fra disken; de andre fantes ikke lenger eller lå utenfor programmets datamappe og er ikke rørt.</source>
        <translation>{} av {} brevfiler er fjerna frå disken; dei andre fanst ikkje lenger eller låg utanfor programmet si datamappe og er ikkje rørte.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="432" />
        <source>{} brevfiler ligger utenfor programmets mappe og ble ikke slettet fra disken:
{}</source>
        <translation>{} brevfiler ligg utanfor programmets mappe og vart ikkje sletta frå disken:
{}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="114" />
        <source>Kostnad per måned (kr)</source>
        <translation>Kostnad per månad (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="116" />
        <source>Kostnad per måned, leie og eie</source>
        <translation>Kostnad per månad, leige og eige</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="134" />
        <source>Leie i dag</source>
        <translation>Leige i dag</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="138" />
        <source>Eie</source>
        <translation>Eige</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="140" />
        <source>Eie etter rentefradrag</source>
        <translation>Eige etter rentefradrag</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="126" />
        <source>kr per måned</source>
        <translation>kr per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="172" />
        <source>Gjeld og egenkapital over tid (tusen kr)</source>
        <translation>Gjeld og eigenkapital over tid (tusen kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="183" />
        <source>tusen kr</source>
        <translation>tusen kr</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="176" />
        <source>Gjenstående gjeld og egenkapital over årene</source>
        <translation>Gjenstående gjeld og eigenkapital over åra</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="191" />
        <source>Gjenstående lån</source>
        <translation>Gjenstående lån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="193" />
        <source>Egenkapital i boligen (uten prisvekst)</source>
        <translation>Eigenkapital i bustaden (utan prisvekst)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="180" />
        <source>år</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="213" />
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="214" />
        <source>Innbetalt</source>
        <translation>Innbetalt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="215" />
        <source>Renter</source>
        <translation>Renter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="216" />
        <source>Avdrag</source>
        <translation>Avdrag</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="217" />
        <source>Gebyrer</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="218" />
        <source>Restgjeld</source>
        <translation>Restgjeld</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="245" />
        <source>Avslutt restansesaken</source>
        <translation>Avslutt restansesaken</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="247" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="250" />
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="251" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="252" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>ClosedBeforeDialog</name>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="67" />
        <source>Slett avsluttede saker</source>
        <extracomment>Closed cases are kept this many years before the deletion proposes them.</extracomment>
        <translation>Slett avslutta saker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="71" />
        <source>Saker som ble avsluttet før datoen slettes med historikk, frister, beregninger og brev.</source>
        <translation>Saker som vart avslutta før datoen blir sletta med historikk, fristar, berekningar og brev.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="80" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="81" />
        <source>Avsluttet før</source>
        <translation>Avslutta før</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="80" />
        <source>Gjenopprett den fra en sikkerhetskopi: Fil → Sikkerhetskopi og gjenoppretting → Gjenopprett fra sikkerhetskopi.</source>
        <extracomment>storage/schema/runner.py's refusal of a register from a newer release (command-line words).</extracomment>
        <translation>Gjenopprett den frå ein tryggingskopi: Fil → Tryggingskopi og gjenoppretting → Gjenopprett frå tryggingskopi.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="87" />
        <source>Databasen {} er laget av en nyere versjon av programmet (skjemaversjon {}; denne versjonen kjenner bare versjon {}). Oppdater Leie til eie før du åpner denne databasen; ingenting er endret.</source>
        <translation>Databasen {} er laga av ein nyere versjon av programmet (skjemaversjon {}; denne versjonen kjenner berre versjon {}). Oppdater Leige til eige før du opnar denne databasen; ingenting er endra.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="137" />
        <source>Kan ikke fullføre</source>
        <translation>Kan ikkje fullføre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="151" />
        <source>Det oppstod en feil i programmet. Handlingen som feilet, ble ikke fullført; programmet kan brukes videre.

Feilen er skrevet til loggfilen
{}

Send loggfilen til brukerstøtte (den kan inneholde personopplysninger: send den på en sikker måte).</source>
        <translation>Det oppstod ein feil i programmet. Handlinga som feila, vart ikkje fullført; programmet kan brukast vidare.

Feilen er skriven til loggfila
{}

Send loggfila til brukarstøtte (ho kan innehalde personopplysningar: send ho på ein trygg måte).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="159" />
        <source>Det oppstod en feil i programmet, og loggfilen kunne ikke skrives. Programmet kan brukes videre.</source>
        <translation>Det oppstod ein feil i programmet, og loggfila kunne ikkje skrivast. Programmet kan brukast vidare.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="165" />
        <source>Feil i programmet</source>
        <translation>Feil i programmet</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="188" />
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="189" />
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="190" />
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="191" />
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="192" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="196" />
        <source> (forfalt)</source>
        <translation> (forfalle)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="72" />
        <source>Endre husstand {}</source>
        <extracomment>``AppContext.write``: runs ``fn(db)`` off the GUI thread with its own connection</extracomment>
        <translation>Endre hushald {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="94" />
        <source>Ny husstand {}</source>
        <extracomment>the version this command last wrote (``after`` was saved at after.version)</extracomment>
        <translation>Nytt hushald {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="116" />
        <source>Slett husstand {}</source>
        <translation>Slett hushald {}</translation>
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
        <location filename="../../leietileie/ui/views/screening_export.py" line="28" />
        <source>Eksporter liste</source>
        <translation>Eksporter liste</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="31" />
        <source>{} husstander i listen. Velg kolonnene som trengs:</source>
        <translation>{} hushald i lista. Vel kolonnane som trengst:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="33" />
        <source>Kolonner</source>
        <translation>Kolonnar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="42" />
        <source>Vis hele fødselsnummeret (ellers maskert)</source>
        <translation>Vis heile fødselsnummeret (elles maskert)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="43" />
        <source>Gjelder bare når kolonnen Fødselsnummer er valgt</source>
        <translation>Gjeld berre når kolonnen Fødselsnummer er vald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="48" />
        <source>Velg fil …</source>
        <translation>Vel fil …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="49" />
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>FollowupDetail</name>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="61" />
        <source>Leie til eie-avtale</source>
        <translation>Leige til eige-avtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="63" />
        <source>Ingen avtale.</source>
        <translation>Ingen avtale.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="65" />
        <source>{}: {} – {}</source>
        <translation>{}: {} – {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="72" />
        <source>Pris år 0</source>
        <translation>Pris år 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="74" />
        <source>Sparemål</source>
        <translation>Sparemål</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="75" />
        <source>{} /mnd</source>
        <translation>{} /mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="82" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="86" />
        <source>Forventet spart</source>
        <translation>Forventet spart</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="88" />
        <source>Faktisk spart</source>
        <translation>Faktisk spart</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="92" />
        <source>Mangler</source>
        <translation>Manglar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="99" />
        <source>Vilkår</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="106" />
        <source>Sparing: {}</source>
        <translation>Sparing: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="123" />
        <source>Restanse</source>
        <translation>Restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="127" />
        <source>Skylder</source>
        <translation>Skylder</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="128" />
        <source>Måneder etter</source>
        <translation>Månader etter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="129" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="138" />
        <source>Neste steg</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="141" />
        <source>Ingen restanse.</source>
        <translation>Ingen restanse.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="143" />
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="154" />
        <source>Ingen tiltak er logget.</source>
        <translation>Ingen tiltak er logget.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="157" />
        <source>Nedbetalingsavtaler</source>
        <translation>Nedbetalingsavtaler</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="160" />
        <source>Ingen nedbetalingsavtale.</source>
        <translation>Ingen nedbetalingsavtale.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="166" />
        <source>Fra {}: {} /mnd, i alt {} ({})</source>
        <translation>Frå {}: {} /mnd, i alt {} ({})</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="177" />
        <source>Restansesaker</source>
        <translation>Restansesaker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="181" />
        <source>åpen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="183" />
        <source>avsluttet {}</source>
        <translation>avslutta {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="187" />
        <source>åpnet {}</source>
        <translation>opna {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="197" />
        <source>Kartlegging</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="218" />
        <source>Husstand {}</source>
        <translation>Hushald {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="219" />
        <source>per {}</source>
        <translation>per {}</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="94" />
        <source>Feil</source>
        <extracomment>what a caseworker logs by hand (a payment agreement has its own dialog)</extracomment>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="101" />
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="104" />
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>FollowupLetterDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="42" />
        <source>Betalingsoppfordring</source>
        <translation>Betalingsoppfordring</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="45" />
        <source>Invitasjon til samtale om restansen</source>
        <translation>Invitasjon til samtale om restansen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="47" />
        <source>Nedbetalingsavtale</source>
        <translation>Nedbetalingsavtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="48" />
        <source>Leie til eie-avtale</source>
        <translation>Leige til eige-avtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="49" />
        <source>Statusbrev om sparingen</source>
        <translation>Statusbrev om sparingen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="50" />
        <source>Tilbud om å kjøpe boligen</source>
        <translation>Tilbod om å kjøpe bustaden</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="72" />
        <source>Oppfølgingsbrev til %s</source>
        <extracomment>The letters that take an account number / a proposed meeting.</extracomment>
        <translation>Oppfølgingsbrev til %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="98" />
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="84" />
        <source>Kontonummer</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="85" />
        <source>Tomt: som på husleiefakturaen</source>
        <translation>Tomt: som på husleiefakturaen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="87" />
        <source>Foreslått samtale</source>
        <translation>Foreslått samtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="88" />
        <source>F.eks. 8. januar kl. 10 på servicetorget</source>
        <translation>F.eks. 8. januar kl. 10 på servicetorget</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="90" />
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="132" />
        <source>Mappe for brevet</source>
        <translation>Mappe for brevet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="91" />
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="97" />
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="99" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="100" />
        <source>Konto</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="101" />
        <source>Samtale</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="102" />
        <source>Mappe</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="106" />
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="173" />
        <source>Brevet kan ikke lages</source>
        <translation>Brevet kan ikkje blir laga</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="108" />
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="167" />
        <source>Lager brevet …</source>
        <translation>Lagar brevet …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="177" />
        <source>Lagret i arkivet: %s</source>
        <translation>Lagra i arkivet: %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="179" />
        <source>Ført som tiltak på restansesaken.</source>
        <translation>Ført som tiltak på restansesaken.</translation>
    </message>
</context>
<context>
    <name>FollowupModels</name>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="45" />
        <location filename="../../leietileie/ui/models/followup_models.py" line="52" />
        <source>Aktiv</source>
        <extracomment>the raw value a column sorts by the code a list is filtered by (the next step, the pathway status) the household of a row payment agreement statuses (storage ``payment_agreements.status``)
----------
rent-to-own agreement statuses (storage ``rto_agreements.status``)</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="46" />
        <source>Holdt</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="47" />
        <source>Brutt</source>
        <translation>Brutt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="48" />
        <source>Nedbetalt</source>
        <translation>Nedbetalt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="53" />
        <source>Kjøpt</source>
        <translation>Kjøpt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="54" />
        <source>Utløpt</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="55" />
        <source>Avbrutt</source>
        <translation>Avbroten</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="184" />
        <location filename="../../leietileie/ui/models/followup_models.py" line="257" />
        <source>Husstand</source>
        <extracomment>the column whose CODE_ROLE the proxy filters by the typed columns (column → export kind); the others are exported as their text</extracomment>
        <translation>Hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="185" />
        <location filename="../../leietileie/ui/models/followup_models.py" line="258" />
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="186" />
        <source>Skylder</source>
        <translation>Skylder</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="187" />
        <source>Mnd. etter</source>
        <translation>Mnd. etter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="188" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="189" />
        <source>Neste steg</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="190" />
        <source>Siste tiltak</source>
        <translation>Siste tiltak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="191" />
        <source>Nedbetalingsavtale</source>
        <translation>Nedbetalingsavtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="192" />
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="259" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="260" />
        <source>Forventet spart</source>
        <translation>Forventet spart</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="261" />
        <source>Faktisk spart</source>
        <translation>Faktisk spart</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="262" />
        <source>Mangler</source>
        <translation>Manglar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="263" />
        <source>Avtale</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="264" />
        <source>Neste revurdering</source>
        <translation>Neste revurdering</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="265" />
        <source>Opsjon</source>
        <translation>Opsjon</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="296" />
        <source>Kan utøves</source>
        <extracomment>worst first when sorted ascending</extracomment>
        <translation>Kan utøves</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="238" />
        <source>Eldste ubetalte måned: {}</source>
        <translation>Eldste ubetalte månad: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="322" />
        <source>Start {}, opsjonen utløper {}</source>
        <translation>Start {}, opsjonen utløper {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="326" />
        <source>Sist registrert {}</source>
        <translation>Sist registrert {}</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="86" />
        <source>Eksporter listen</source>
        <extracomment>background loads still running: kept alive here until they finish (never collected while running, even when the view that asked is gone)</extracomment>
        <translation>Eksporter lista</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="147" />
        <location filename="../../leietileie/ui/views/followup_page.py" line="624" />
        <source>Leie til eie-avtale</source>
        <translation>Leige til eige-avtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="184" />
        <source>Per</source>
        <extracomment>the household shown in the detail pane the dialog while it is open (tests answer it)</extracomment>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="190" />
        <source>Per dato</source>
        <translation>Per dato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="195" />
        <source>Søk: navn, husstand, bolig</source>
        <translation>Søk: namn, hushald, bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="196" />
        <source>Søk i oppfølgingen</source>
        <translation>Søk i oppfølgingen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="201" />
        <source>Antall</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="228" />
        <source>Lister</source>
        <translation>Lister</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="233" />
        <source>Neste steg</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="234" />
        <source>Alle steg</source>
        <translation>Alle steg</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="240" />
        <source>Neste steg:</source>
        <translation>Neste steg:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="241" />
        <location filename="../../leietileie/ui/views/followup_page.py" line="246" />
        <source>Restanser</source>
        <translation>Restanser</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="251" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="252" />
        <source>Alle statuser</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="258" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="260" />
        <source>Leie til eie-avtaler</source>
        <translation>Leige til eige-avtaler</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="266" />
        <source>Leie til eie</source>
        <translation>Leige til eige</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="270" />
        <source>&amp;Eksporter …</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="271" />
        <source>Lagre listen som Excel, CSV eller PDF</source>
        <translation>Lagre lista som Excel, CSV eller PDF</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="273" />
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="274" />
        <source>Skriv ut listen slik den vises</source>
        <translation>Skriv ut lista slik den vises</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="289" />
        <source>Oppfølging av husstanden</source>
        <translation>Oppfølging av hushaldet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="298" />
        <source>Logg &amp;tiltak …</source>
        <translation>Logg &amp;tiltak …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="299" />
        <source>Påminnelse, samtale, møte, henvisning til NAV, notat</source>
        <translation>Påminnelse, samtale, møte, henvisning til NAV, notat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="304" />
        <source>&amp;Nedbetalingsavtale …</source>
        <translation>&amp;Nedbetalingsavtale …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="305" />
        <source>Avtale om nedbetaling av restansen, med plan</source>
        <translation>Avtale om nedbetaling av restansen, med plan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="310" />
        <source>Registrer &amp;sparing …</source>
        <translation>Registrer &amp;sparing …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="311" />
        <source>Saldo på sparekontoen på en dato</source>
        <translation>Saldo på sparekontoen på ein dato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="316" />
        <source>A&amp;vslutt restansesak …</source>
        <translation>A&amp;vslutt restansesak …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="317" />
        <location filename="../../leietileie/ui/views/followup_page.py" line="521" />
        <source>Avslutt restansesaken med utfallet</source>
        <translation>Avslutt restansesaken med utfallet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="322" />
        <source>Ny leie til eie-&amp;avtale …</source>
        <translation>Ny leige til eige-&amp;avtale …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="323" />
        <source>Gjør planen til en avtale på husstandens sak</source>
        <translation>Gjer planen til ein avtale på husstandens sak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="366" />
        <source>Henter …</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="450" />
        <source>{} i restanse · {} avtaler</source>
        <translation>{} i restanse · {} avtaler</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="509" />
        <source>Velg en husstand i en av listene.</source>
        <translation>Vel ein hushald i ein av listene.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="523" />
        <source>Husstanden har ingen åpen restansesak</source>
        <translation>Hushaldet har ingen open restansesak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="552" />
        <source>Logg tiltak</source>
        <translation>Logg tiltak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="566" />
        <source>Nedbetalingsavtale</source>
        <translation>Nedbetalingsavtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="579" />
        <source>Registrer sparing</source>
        <translation>Registrer sparing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="591" />
        <source>Avslutt restansesak</source>
        <translation>Avslutt restansesak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="677" />
        <location filename="../../leietileie/ui/table_tools.py" line="150" />
        <source>Eksporterer listen …</source>
        <translation>Eksporterer lista …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="680" />
        <source>Eksportert</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="680" />
        <source>Listen er lagret i {}</source>
        <translation>Lista er lagra i {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="682" />
        <source>Eksporten feilet</source>
        <translation>Eksporten feila</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="384" />
        <source>Kunne ikke hente oppfølgingen</source>
        <translation>Kunne ikkje hente oppfølgingen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="328" />
        <source>La&amp;g brev …</source>
        <translation>La&amp;g brev …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="329" />
        <source>Brev til husstanden: påminnelse, innkalling, avtale</source>
        <translation>Brev til hushaldet: påminnelse, innkalling, avtale</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="9" />
        <source>Betjeningsevne: om husstanden klarer å betjene lånet. Inntekt etter skatt minus levekostnader, faste forpliktelser og bokostnader er det som er tilgjengelig til lån; det må dekke terminbeløpet regnet med kalkulasjonsrenten.</source>
        <translation>Betjeningsevne: om hushaldet klarer å betjene lånet. Inntekt etter skatt minus levekostnader, faste plikter og bukostnader er det som er tilgjengeleg til lån; det må dekke terminbeløpet regnet med kalkulasjonsrenta.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="16" />
        <source>Kalkulasjonsrente: renten lånet prøves mot (stresstest) – dagens rente pluss et påslag, slik at husstanden tåler at renten stiger. Påslaget står under Innstillinger → Regelsett og satser.</source>
        <translation>Kalkulasjonsrente: renten lånet prøves mot (stresstest) – dagens rente pluss eit påslag, slik at hushaldet tåler at renten stiger. Påslaget står under Innstillingar → Regelsett og satsar.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="22" />
        <source>Fellesgjeld: boligens andel av borettslagets (eller aksjeselskapets) lån. Den regnes med i kjøpesummen og i den samlede gjelden; renter og avdrag betales gjennom felleskostnadene.</source>
        <translation>Fellesgjeld: boligens andel av borettslagets (eller aksjeselskapets) lån. Den regnes med i kjøpesummen og i den samlede gjelden; renter og avdrag betales gjennom felleskostnadene.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="28" />
        <source>Egenkapital: husstandens egne midler til kjøpet (oppsparte penger), før lån og tilskudd.</source>
        <translation>Eigenkapital: husstandens egne midlar til kjøpet (oppsparte penger), før lån og tilskot.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="32" />
        <source>Startlån: lån fra kommunen (med midler fra Husbanken) til den som ikke får nok lån i vanlig bank. Kan komme i tillegg til banklån eller finansiere hele kjøpet.</source>
        <translation>Startlån: lån frå kommunen (med midlar frå Husbanken) til den som ikkje får nok lån i vanlig bank. Kan komme i tillegg til banklån eller finansiere heile kjøpet.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="37" />
        <source>Tilskudd til etablering: støtte fra kommunen til kjøpet som ikke skal betales tilbake.</source>
        <translation>Tilskot til etablering: støtte frå kommunen til kjøpet som ikkje skal betales tilbake.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="41" />
        <source>Levekostnader: det husstanden trenger å leve av hver måned, etter SIFOs referansebudsjett for husstandens sammensetning, aldri lavere enn sosialhjelpsnormen.</source>
        <translation>Levekostnader: det hushaldet treng å leve av kvar månad, etter SIFOs referansebudsjett for husstandens sammensetning, aldri lavere enn sosialhjelpsnormen.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="46" />
        <source>Terminbeløp: det som betales på lånene hver måned, renter og avdrag.</source>
        <translation>Terminbeløp: det som betales på lånene kvar månad, renter og avdrag.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="49" />
        <source>Omkostninger: dokumentavgift, tinglysingsgebyr og andre kostnader ved kjøpet.</source>
        <translation>Omkostnader: dokumentavgift, tinglysingsgebyr og andre kostnader ved kjøpet.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="52" />
        <source>Sosialhjelpsnorm: statens veiledende satser for livsopphold. Levekostnadene i beregningen settes aldri lavere enn normen.</source>
        <translation>Sosialhjelpsnorm: statens veiledende satsar for livsopphold. Levekostnadene i berekninga settes aldri lavere enn normen.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="66" />
        <source>Brukerveiledningen (docs/brukerveiledning.md) finnes ikke i denne installasjonen.</source>
        <translation>Brukarrettleiinga (docs/brukarrettleiing.md) finst ikkje i denne installasjonen.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="77" />
        <location filename="../../leietileie/ui/guide.py" line="81" />
        <source>Brukerveiledning</source>
        <translation>Brukarrettleiing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="105" />
        <source>Gå mellom felt og knapper</source>
        <translation>Gå mellom felt og knappar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="106" />
        <source>Velg visning i navigasjonen</source>
        <translation>Vel vising i navigasjonen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="107" />
        <source>Åpne en meny</source>
        <translation>Opne ein meny</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="114" />
        <location filename="../../leietileie/ui/guide.py" line="116" />
        <source>Hurtigtaster</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="118" />
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="118" />
        <source>Taster</source>
        <translation>Tastar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="142" />
        <source>Lisens: {} (European Union Public Licence 1.2).</source>
        <translation>Lisens: {} (European Union Public Licence 1.2).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="144" />
        <source>Lisensteksten ligger i filen LICENSE.</source>
        <translation>Lisensteksten ligg i fila LICENSE.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="147" />
        <source>Leie til eie – versjon {}</source>
        <translation>Leige til eige – versjon {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="149" />
        <source>Regelsett: {}</source>
        <translation>Regelsett: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="150" />
        <source>Database: {}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="158" />
        <source>Om Leie til eie</source>
        <translation>Om Leige til eige</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="162" />
        <source>Om programmet</source>
        <translation>Om programmet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="167" />
        <source>Lisens</source>
        <translation>Lisens</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="58" />
        <source>ingen inntekt</source>
        <translation>inga inntekt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="69" />
        <source>Medlemmer og inntekter</source>
        <translation>Medlemmer og inntekter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="77" />
        <location filename="../../leietileie/ui/household_detail.py" line="128" />
        <source>{} /mnd</source>
        <translation>{} /mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="80" />
        <source>Skattefrie inntekter</source>
        <translation>Skattefrie inntekter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="83" />
        <source>Oppsparte midler</source>
        <translation>Oppsparte midlar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="85" />
        <source>Andre faste utgifter</source>
        <translation>Andre faste utgifter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="92" />
        <source>Gjeld ({})</source>
        <translation>Gjeld ({})</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="97" />
        <source>uten begrunnelse</source>
        <translation>utan grunngiving</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="102" />
        <source>Levekostnader (satt)</source>
        <translation>Levekostnader (sett)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="107" />
        <source>Økonomi</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="116" />
        <location filename="../../leietileie/ui/household_detail.py" line="165" />
        <source>Leieforhold</source>
        <translation>Leigeforhold</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="118" />
        <source>Leier ingen kommunal bolig.</source>
        <translation>Leiger ingen kommunal bustad.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="123" />
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="127" />
        <source>Husleie</source>
        <translation>Husleige</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="130" />
        <source>Restanse</source>
        <translation>Restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="131" />
        <source>Leid fra</source>
        <translation>Leigd frå</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="137" />
        <source>{} av {} måneder betalt i tide</source>
        <translation>{} av {} månader betalt i tide</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="143" />
        <source>for sent eller ikke betalt: {}</source>
        <translation>for sent eller ikkje betalt: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="148" />
        <source>Husleie siste år</source>
        <translation>Husleige siste år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="151" />
        <source>selveier</source>
        <translation>sjølveigar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="153" />
        <source>borettslag/aksje</source>
        <translation>burettslag/aksje</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="157" />
        <source>Boligen</source>
        <translation>Bustaden</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="158" />
        <source>{}, takst {}, felleskost. {} /mnd</source>
        <translation>{}, takst {}, felleskost. {} /mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="172" />
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="175" />
        <source>Ingen saker.</source>
        <translation>Ingen saker.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="181" />
        <source>Sak {}</source>
        <translation>Sak {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="183" />
        <source>{}, åpnet {}</source>
        <translation>{}, opna {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="203" />
        <source>Siste beregning {}: &lt;b&gt;{}&lt;/b&gt; ({} lagret)</source>
        <translation>Siste berekning {}: &lt;b&gt;{}&lt;/b&gt; ({} lagra)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="215" />
        <source>Kartlegging: {}</source>
        <translation>Kartlegging: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="225" />
        <location filename="../../leietileie/ui/household_detail.py" line="241" />
        <source>Dokumenter</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="227" />
        <source>Ingen brev er laget.</source>
        <translation>Ingen brev er laga.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="249" />
        <source>Husstand {}</source>
        <translation>Hushald {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="267" />
        <source>Notater</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="47" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="110" />
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="48" />
        <source>Fornavn</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="49" />
        <source>Etternavn</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="50" />
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="51" />
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="52" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="121" />
        <source>Kjønn</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="53" />
        <source>Inntekter (type og beløp per år)</source>
        <translation>Inntekter (type og beløp per år)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="81" />
        <source>Inntektstype</source>
        <extracomment>the incomes take two grid columns (type and amount); the member's Fjern comes after</extracomment>
        <translation>Inntektstype</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="86" />
        <source>kr per år</source>
        <translation>kr per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="88" />
        <source>Inntekt per år</source>
        <translation>Inntekt per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="90" />
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="116" />
        <source>11 sifre</source>
        <translation>11 sifre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="119" />
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="123" />
        <source>Fjern medlem</source>
        <translation>Fjern medlem</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="126" />
        <source>Særskilt omsorgsbehov</source>
        <translation>Særskilt omsorgsbehov</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="129" />
        <source>Barnet har særskilt behov for omsorg: foreldrefradrag også etter fylte 11 år</source>
        <translation>Barnet har særskilt behov for omsorg: foreldrefrådrag også etter fylte 11 år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="156" />
        <source>Legg til inntekt</source>
        <translation>Legg til inntekt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="198" />
        <source>Medlem {}</source>
        <translation>Medlem {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="201" />
        <source>{}, inntektstype {}</source>
        <translation>{}, inntektstype {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="206" />
        <source>{}, inntekt {} per år</source>
        <translation>{}, inntekt {} per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="211" />
        <source>{}, fjern inntekt {}</source>
        <translation>{}, fjern inntekt {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="216" />
        <source>{}, legg til inntekt</source>
        <translation>{}, legg til inntekt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="219" />
        <source>Fjern medlem {}</source>
        <translation>Fjern medlem {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="222" />
        <source>{}, særskilt omsorgsbehov</source>
        <translation>{}, særskilt omsorgsbehov</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="288" />
        <source>Rediger husstand</source>
        <translation>Rediger hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="288" />
        <source>Ny husstand</source>
        <translation>Nytt hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="300" />
        <source>Feil i skjemaet</source>
        <translation>Feil i skjemaet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="305" />
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="306" />
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="324" />
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="326" />
        <source>Husstand-ID</source>
        <translation>Hushald-ID</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="327" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="328" />
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="331" />
        <source>Skattefrie inntekter per måned</source>
        <translation>Skattefrie inntekter per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="336" />
        <source>Oppsparte midler</source>
        <translation>Oppsparte midlar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="340" />
        <source>Andre faste utgifter per måned</source>
        <translation>Andre faste utgifter per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="346" />
        <source>Barnehage og SFO per år (foreldrefradrag)</source>
        <translation>Barnehage og SFO per år (foreldrefradrag)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="352" />
        <source>Renter på gjeld per år (rentefradrag)</source>
        <translation>Renter på gjeld per år (rentefradrag)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="356" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="357" />
        <source>Bil</source>
        <translation>Bil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="359" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="361" />
        <source>Notater</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="365" />
        <source>Medlemmer</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="382" />
        <source>Legg til medlem</source>
        <translation>Legg til medlem</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="463" />
        <source>Leieforhold</source>
        <translation>Leigeforhold</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="465" />
        <source>Bolig (bolig-ID)</source>
        <translation>Bustad (bustad-ID)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="468" />
        <source>Husleie per måned</source>
        <translation>Husleige per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="472" />
        <source>Restanse</source>
        <translation>Restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="474" />
        <source>Leid fra (dd.mm.åååå)</source>
        <translation>Leigd frå (dd.mm.åååå)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="494" />
        <source>Husstand-ID: «{}» er allerede i bruk</source>
        <translation>Hushald-ID: «{}» er allerede i bruk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="500" />
        <source>Husstand-ID: «{}» tilhører en slettet husstand; angre slettingen eller velg en annen ID</source>
        <translation>Hushald-ID: «{}» høyrer til eit sletta hushald; angre slettinga eller vel ein annan ID</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="89" />
        <source>{}: må fylles ut</source>
        <extracomment>every income of the member, in the order shown a child's special care needs (foreldrefradrag after age 11)</extracomment>
        <translation>{}: må blir fylt ut</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="96" />
        <source>{}: «{}» er ikke et beløp (skriv for eksempel 12 500)</source>
        <translation>{}: «{}» er ikkje eit beløp (skriv for eksempel 12 500)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="103" />
        <source>{}: kan ikke være negativt</source>
        <translation>{}: kan ikkje vere negativt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="118" />
        <source>Medlem {}</source>
        <translation>Medlem {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="123" />
        <source>{}, rolle: «{}» er ukjent; velg søker, medsøker, voksen eller barn</source>
        <translation>{}, rolle: «{}» er ukjent; vel søkjar, medsøkjar, vaksen eller barn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="129" />
        <source>fornavn</source>
        <translation>førenamn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="130" />
        <source>etternavn</source>
        <translation>etternamn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="134" />
        <source>{}, {}: må fylles ut</source>
        <translation>{}, {}: må blir fylt ut</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="142" />
        <source>{}, fødselsdato: «{}» er ikke en dato (dd.mm.åååå)</source>
        <translation>{}, fødselsdato: «{}» er ikkje ein dato (dd.mm.åååå)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="151" />
        <source>{}, fødselsnummer: {}</source>
        <translation>{}, fødselsnummer: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="157" />
        <source>{}, fødselsnummer: mangler (påkrevd for voksne)</source>
        <translation>{}, fødselsnummer: manglar (påkravd for vaksne)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="163" />
        <source>{}, fødselsdato: barn må ha fødselsnummer eller fødselsdato</source>
        <translation>{}, fødselsdato: barn må ha fødselsnummer eller fødselsdato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="172" />
        <source>{}, alder: {} år er utenfor {}–{} år for rollen</source>
        <translation>{}, alder: {} år er utanfor {}–{} år for rollen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="180" />
        <source>{}, kjønn: «{}» er ukjent; velg kvinne eller mann</source>
        <translation>{}, kjønn: «{}» er ukjent; vel kvinne eller mann</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="206" />
        <source>{}, inntekt {}</source>
        <translation>{}, inntekt {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="209" />
        <source>{}, inntektstype {}: velg hva slags inntekt beløpet er</source>
        <translation>{}, inntektstype {}: vel kva slag inntekt beløpet er</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="234" />
        <source>Husstand-ID: må fylles ut</source>
        <translation>Hushald-ID: må blir fylt ut</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="238" />
        <source>Medlemmer: husstanden må ha minst én søker</source>
        <translation>Medlemmer: hushaldet må ha minst én søkjar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="244" />
        <source>Medlemmer: husstanden må ha nøyaktig én søker</source>
        <translation>Medlemmer: hushaldet må ha nøyaktig én søkjar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="249" />
        <source>Medlemmer: høyst én medsøker</source>
        <translation>Medlemmer: høgst én medsøkjar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="255" />
        <source>Medlem {}, fødselsnummer: samme person står to ganger</source>
        <translation>Medlem {}, fødselsnummer: same person står to gonger</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="266" />
        <source>Skattefrie inntekter per måned</source>
        <translation>Skattefrie inntekter per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="268" />
        <source>Oppsparte midler</source>
        <translation>Oppsparte midlar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="271" />
        <source>Andre faste utgifter per måned</source>
        <translation>Andre faste utgifter per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="275" />
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="286" />
        <source>Barnehage og SFO per år</source>
        <translation>Barnehage og SFO per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="279" />
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="291" />
        <source>Renter på gjeld per år</source>
        <translation>Renter på gjeld per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="297" />
        <source>{}: er over {}, største rimelige verdi</source>
        <translation>{}: er over {}, største rimelege verdi</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="304" />
        <source>E-post: «{}» er ikke en e-postadresse</source>
        <translation>E-post: «{}» er ikkje ein e-postadresse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="330" />
        <source>Husleie per måned</source>
        <translation>Husleige per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="335" />
        <source>Restanse</source>
        <translation>Restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="341" />
        <source>Leid fra: «{}» er ikke en dato (dd.mm.åååå)</source>
        <translation>Leigd frå: «{}» er ikkje ein dato (dd.mm.åååå)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="349" />
        <source>Bolig: «{}» finnes ikke i boligregisteret</source>
        <translation>Bustad: «{}» finst ikkje i bustadregisteret</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="38" />
        <source>Navn</source>
        <extracomment>rows read at a time when the whole list is exported (sort key, header, alignment right?)</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="39" />
        <source>Fødselsnr.</source>
        <translation>Fødselsnr.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="40" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="41" />
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="42" />
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="43" />
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="44" />
        <source>Inntekt/år</source>
        <translation>Inntekt/år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="45" />
        <source>Husleie/mnd</source>
        <translation>Husleige/mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="46" />
        <source>Restanse</source>
        <translation>Restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="47" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="38" />
        <source>Leietakere (husstander og medlemmer)</source>
        <translation>Leigetakarar (hushald og medlemmer)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="39" />
        <source>Boliger</source>
        <translation>Bustader</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="42" />
        <source>Husleiereskontro (forfalt og betalt husleie per måned)</source>
        <translation>Husleigereskontro (forfalle og betalt husleige per månad)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="45" />
        <source>(ikke i filen)</source>
        <translation>(ikkje i fila)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="55" />
        <source>Importer register</source>
        <translation>Importer register</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="61" />
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="63" />
        <source>Hva importeres</source>
        <translation>Kva blir importerte</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="66" />
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="68" />
        <source>Velg fil …</source>
        <translation>Vel fil …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="72" />
        <source>Fil (XLSX eller CSV)</source>
        <translation>Fil (XLSX eller CSV)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="73" />
        <source>Importer de gyldige radene og hopp over resten</source>
        <translation>Importer dei gyldige radene og hopp over resten</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="80" />
        <source>Kolonner: hvilken kolonne i filen svarer til hvert felt?</source>
        <translation>Kolonnar: kva for kolonne i fila svarar til kvart felt?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="85" />
        <source>Problemer i filen</source>
        <translation>Problem i fila</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="88" />
        <source>Sjekk filen</source>
        <translation>Sjekk fila</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="90" />
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="92" />
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="102" />
        <source>Velg fil</source>
        <translation>Vel fil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="102" />
        <source>Regneark (*.xlsx *.csv)</source>
        <translation>Regneark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="148" />
        <source>Velg en fil først.</source>
        <translation>Vel ei fil først.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="156" />
        <source>Sjekker filen …</source>
        <translation>Sjekkar fila …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="156" />
        <source>Importerer …</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="173" />
        <source>Importen ble avbrutt. Ingenting er endret.</source>
        <translation>Importen vart avbroten. Ingenting er endra.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="177" />
        <source>Uventet feil: {}</source>
        <translation>Uventa feil: {}</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="29" />
        <source>Bare startlån</source>
        <translation>Berre startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="30" />
        <source>Banklån først, startlån på toppen</source>
        <translation>Banklån først, startlån på toppen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="33" />
        <source>Banklån først når banken kan låne noe, ellers bare startlån</source>
        <translation>Banklån først når banken kan låne noko, elles berre startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="54" />
        <source>Annuitet</source>
        <translation>Annuitet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="55" />
        <source>Serie</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="58" />
        <source>Selveier (dokumentavgift)</source>
        <translation>Sjølveigar (dokumentavgift)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="59" />
        <source>Borettslag / aksje</source>
        <translation>Burettslag / aksje</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="126" />
        <source>Boligen</source>
        <extracomment>The policy rate shown from the rule year's set (percent), None when the caseworker's.</extracomment>
        <translation>Bustaden</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="127" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="132" />
        <source>Kjøpesum</source>
        <translation>Kjøpesum</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="128" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="133" />
        <source>Eierform</source>
        <translation>Eigarform</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="129" />
        <source>Felleskostnader per måned</source>
        <translation>Felleskostnader per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="130" />
        <source>Andre bokostnader per måned</source>
        <translation>Andre bukostnader per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="134" />
        <source>Felleskost./mnd</source>
        <translation>Felleskost./mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="135" />
        <source>Andre bokost./mnd</source>
        <translation>Andre bukost./mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="141" />
        <source>Husstanden</source>
        <translation>Hushaldet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="142" />
        <source>Egenkapital (sparing)</source>
        <translation>Eigenkapital (sparing)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="143" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="144" />
        <source>Sett levekostnader selv</source>
        <translation>Sett levekostnader sjølv</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="145" />
        <source>Levekostnader per måned</source>
        <translation>Levekostnader per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="147" />
        <source>Begrunnelse (påkrevd)</source>
        <translation>Grunngiving (påkravd)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="148" />
        <source>Begrunnelse for levekostnader</source>
        <translation>Grunngiving for levekostnader</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="132" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="151" />
        <source>Egenkapital</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="153" />
        <source>Levekost./mnd</source>
        <translation>Levekost./mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="154" />
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="160" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="165" />
        <source>Finansiering</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="162" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="179" />
        <source>Regelår</source>
        <translation>Regelår</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="170" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="181" />
        <source>Løpetid</source>
        <translation>Løpetid</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="134" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="171" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="182" />
        <source>Nedbetaling</source>
        <translation>Nedbetaling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="172" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="183" />
        <source>Startlånsrente</source>
        <translation>Startlånsrente</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="173" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="184" />
        <source>Bankrente</source>
        <translation>Bankrente</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="174" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="185" />
        <source>Styringsrente</source>
        <translation>Styringsrente</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="175" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="186" />
        <source>Største tilskudd</source>
        <translation>Største tilskot</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="180" />
        <source>Opplegg</source>
        <translation>Opplegg</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="38" />
        <source>Tilbud om kjøp av bolig</source>
        <translation>Tilbod om kjøp av bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="39" />
        <source>Invitasjon til samtale</source>
        <translation>Invitasjon til samtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="40" />
        <source>Forhåndsvurdering av startlån</source>
        <translation>Førehandsvurdering av startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="58" />
        <source>Brev til %s</source>
        <translation>Brev til %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="42" />
        <source>Brevtype</source>
        <translation>Brevtype</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="69" />
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="47" />
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="65" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="71" />
        <source>Vedtaket fattes av</source>
        <translation>Vedtaket fattes av</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="66" />
        <source>Navn (kreves med tomannsregel)</source>
        <translation>Namn (kreves med tomannsregel)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="68" />
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="70" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="51" />
        <source>Brevdato</source>
        <translation>Brevdato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="57" />
        <source>Lag brev</source>
        <translation>Lag brev</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="61" />
        <source>Åpne for utskrift …</source>
        <translation>Opne for utskrift …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="65" />
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="105" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="129" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="132" />
        <source>Brevet kan ikke lages</source>
        <translation>Brevet kan ikkje blir laga</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="126" />
        <source>Lager brevet …</source>
        <translation>Lagar brevet …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="136" />
        <source>Lagret i arkivet: %s</source>
        <translation>Lagra i arkivet: %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="140" />
        <source>Beregnet på nytt fordi noe er endret:</source>
        <translation>Beregnet på nytt fordi noko er endra:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="149" />
        <source>Lage brevet likevel?</source>
        <translation>Lage brevet likevel?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="150" />
        <source>Før utskrift</source>
        <translation>Før utskrift</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../leietileie/ui/letters_ui.py" line="22" />
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/letters_ui.py" line="23" />
        <source>Velg en husstand først.</source>
        <translation>Vel eit hushald først.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="28" />
        <source>Leietakere</source>
        <translation>Leigetakarar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="32" />
        <source>Beregning</source>
        <translation>Berekning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="36" />
        <source>Leie til eie</source>
        <translation>Leige til eige</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="39" />
        <source>Kartlegging</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="43" />
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="52" />
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="60" />
        <source>Navigasjon</source>
        <extracomment>The default size of a first start (fits a 1 366 × 768 laptop).</extracomment>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="195" />
        <source>Denne visningen har ingen liste å eksportere.</source>
        <extracomment>refreshes the lists on a colleague's change (the office database only) the window that took over after a switch of register (or a reconnection)</extracomment>
        <translation>Denne visinga har inga liste å eksportere.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="206" />
        <source>Denne visningen har ingen liste å skrive ut.</source>
        <translation>Denne visinga har inga liste å skrive ut.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="238" />
        <source>Du bruker allerede en lokal fil.</source>
        <translation>Du bruker allerede ein lokal fil.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="270" />
        <source>Ingen forbindelse med kontorets database</source>
        <translation>Ingen forbindelse med kontorets database</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="278" />
        <source>Forbindelsen med kontorets database er tilbake.</source>
        <translation>Forbindelsen med kontorets database er tilbake.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="330" />
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="344" />
        <source>Leie til eie – {}</source>
        <translation>Leige til eige – {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="347" />
        <source>kontorets database {}</source>
        <translation>kontorets database {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="348" />
        <source>Kontorets database: {}</source>
        <translation>Kontorets database: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="350" />
        <source>Database: {}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="353" />
        <source>Regelår {}</source>
        <translation>Regelår {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="34" />
        <source>Menylinje</source>
        <translation>Menylinje</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="38" />
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="40" />
        <source>&amp;Ny husstand …</source>
        <translation>&amp;Nytt hushald …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="43" />
        <source>&amp;Importer …</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="46" />
        <source>&amp;Eksporter listen som vist …</source>
        <translation>&amp;Eksporter lista som vist …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="49" />
        <source>&amp;Sikkerhetskopi og gjenoppretting</source>
        <translation>Trygging&amp;skopi og gjenoppretting</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="52" />
        <source>&amp;Lag sikkerhetskopi …</source>
        <translation>&amp;Lag tryggingskopi …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="57" />
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Gjenopprett frå tryggingskopi …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="62" />
        <source>&amp;Vis hvor sikkerhetskopiene ligger</source>
        <translation>&amp;Vis kvar tryggingskopiane ligg</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="67" />
        <source>&amp;Koble til kontorets database …</source>
        <translation>&amp;Koble til kontorets database …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="70" />
        <source>Bruk &amp;lokal fil</source>
        <translation>Bruk &amp;lokal fil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="73" />
        <source>Åpne &amp;datamappen</source>
        <translation>Opne &amp;datamappa</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="76" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="78" />
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="79" />
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="80" />
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="82" />
        <source>&amp;Kopier</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="83" />
        <source>&amp;Søk</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="85" />
        <source>&amp;Brev</source>
        <translation>&amp;Brev</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="87" />
        <source>&amp;Lag brev …</source>
        <translation>&amp;Lag brev …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="90" />
        <source>&amp;Skriv ut listen …</source>
        <translation>&amp;Skriv ut lista …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="93" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="96" />
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="102" />
        <source>&amp;Hurtigtaster</source>
        <translation>&amp;Snøggtastar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="106" />
        <source>&amp;Om programmet</source>
        <translation>&amp;Om programmet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="46" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../leietileie/ui/messages.py" line="29" />
        <source>Last inn på nytt</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/messages.py" line="33" />
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../leietileie/ui/office_ui.py" line="54" />
        <source>Husstanden ble slettet av {actor} kl. {time} ({date}) etter at du åpnet den.</source>
        <extracomment>How long the listener waits for notices before it looks at its stop flag (seconds). How long the listener waits before it tries a lost connection again (seconds). Notices within this many milliseconds refresh the lists once.</extracomment>
        <translation>Hushaldet vart sletta av {actor} kl. {time} ({date}) etter at du opna den.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/office_ui.py" line="58" />
        <source>Husstanden ble endret av {actor} kl. {time} ({date}) etter at du åpnet den.</source>
        <translation>Hushaldet vart endra av {actor} kl. {time} ({date}) etter at du opna den.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/office_ui.py" line="66" />
        <source>Endringen din er ikke lagret: last inn på nytt og gjør den igjen.</source>
        <translation>Endringen din er ikkje lagra: last inn på nytt og gjer den igjen.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/office_ui.py" line="73" />
        <source>Endringene dine er ikke lagret. «Last inn på nytt» henter den lagrede versjonen (endringene dine forkastes); «Avbryt» lar deg fortsette i skjemaet.</source>
        <translation>Endringene dine er ikkje lagra. «Last inn på nytt» henter den lagrede versjonen (endringene dine forkastes); «Avbryt» lar deg fortsette i skjemaet.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="35" />
        <source>Kryptert når tjeneren kan (prefer)</source>
        <translation>Kryptert når tjeneren kan (prefer)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="36" />
        <source>Alltid kryptert (require)</source>
        <translation>Alltid kryptert (require)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="37" />
        <source>Kryptert og tjenerens sertifikat kontrollert (verify-full)</source>
        <translation>Kryptert og tjenerens sertifikat kontrollert (verify-full)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="54" />
        <source>Koble til kontorets database</source>
        <translation>Koble til kontorets database</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="65" />
        <source>Kontorets database er en PostgreSQL-database som alle saksbehandlerne bruker. Spør IT om vert, database og brukernavn, eller om navnet på tjenesten.</source>
        <translation>Kontorets database er ein PostgreSQL-database som alle saksbehandlerne bruker. Spør IT om vert, database og brukernavn, eller om navnet på tjenesten.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="72" />
        <source>Tjeneste (service)</source>
        <translation>Tjeneste (service)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="74" />
        <source>navn i tjenestefilen (pg_service.conf); valgfritt</source>
        <translation>namn i tjenestefilen (pg_service.conf); valgfritt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="76" />
        <source>Vert</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="77" />
        <source>f.eks. db.kommune.no</source>
        <translation>f.eks. db.kommune.no</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="82" />
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="83" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="84" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="85" />
        <source>Brukernavn</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="90" />
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="91" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="93" />
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="101" />
        <source>CA-fil</source>
        <translation>CA-fil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="94" />
        <source>kontorets CA-sertifikat (for verify-full)</source>
        <translation>kontorets CA-sertifikat (for verify-full)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="95" />
        <source>Velg …</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="96" />
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="151" />
        <source>Velg CA-fil</source>
        <translation>Vel CA-fil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="102" />
        <source>Passord</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="104" />
        <source>tomt: ~/.pgpass eller tjenestefilen</source>
        <translation>tomt: ~/.pgpass eller tjenestefilen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="106" />
        <source>Husk passordet i systemets nøkkelring</source>
        <translation>Husk passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="111" />
        <source>Passord lagres ikke. Et passord du skriver her, brukes bare til programmet lukkes; ellers hentes det fra ~/.pgpass eller PostgreSQL-tjenestefilen.</source>
        <translation>Passord blir lagra ikkje. Eit passord du skriver her, blir brukt berre til programmet blir lukka; elles hentes det frå ~/.pgpass eller PostgreSQL-tjenestefilen.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="121" />
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="126" />
        <source>&amp;Test tilkoblingen</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="129" />
        <source>Bruk &amp;lokal fil</source>
        <translation>Bruk &amp;lokal fil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="132" />
        <source>&amp;Koble til</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="134" />
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="151" />
        <source>Sertifikater (*.crt *.pem);;Alle filer (*)</source>
        <translation>Sertifikater (*.crt *.pem);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="187" />
        <source>Skriv passordet i feltet Passord (det lagres ikke).</source>
        <translation>Skriv passordet i feltet Passord (det blir lagra ikkje).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="198" />
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="223" />
        <source>Kobler til …</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="204" />
        <source>Tilkoblingen virker: {}. Databasen er tom; registeret settes opp når du kobler til.</source>
        <translation>Tilkoblingen virker: {}. Databasen er tom; registeret settes opp når du kobler til.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="208" />
        <source>Tilkoblingen virker: {}.</source>
        <translation>Tilkoblingen virker: {}.</translation>
    </message>
</context>
<context>
    <name>PaymentAgreementDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="162" />
        <source>Nedbetalingsavtale</source>
        <translation>Nedbetalingsavtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="165" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="166" />
        <source>Første måned</source>
        <translation>Første månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="167" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="168" />
        <source>Avdrag per måned</source>
        <translation>Avdrag per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="169" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="171" />
        <source>Samlet beløp</source>
        <translation>Samla beløp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="174" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="177" />
        <source>Nedbetalingsplan</source>
        <translation>Nedbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="178" />
        <source>Måned</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="178" />
        <source>Avdrag</source>
        <translation>Avdrag</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="200" />
        <source>Ingen plan ennå: {}</source>
        <translation>Ingen plan enno: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="213" />
        <source>{} avdrag, det siste i {}: {}</source>
        <translation>{} avdrag, det siste i {}: {}</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="36" />
        <source>Vurdering i dag</source>
        <translation>Vurdering i dag</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="37" />
        <source>Vurdering ved kjøp</source>
        <translation>Vurdering ved kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="38" />
        <source>Oppspart ved kjøp</source>
        <translation>Oppspart ved kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="39" />
        <source>Markedsverdi ved kjøp</source>
        <translation>Marknadsverdi ved kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="40" />
        <source>Egenkapital ved kjøp</source>
        <translation>Eigenkapital ved kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="41" />
        <source>Startlån ved kjøp</source>
        <translation>Startlån ved kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="42" />
        <source>Tilskudd ved kjøp</source>
        <translation>Tilskot ved kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="43" />
        <source>Eie per måned ved kjøp</source>
        <translation>Eige per månad ved kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="56" />
        <source>Velg en husstand under Leietakere.</source>
        <translation>Vel eit hushald under Leigetakarar.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="66" />
        <source>Sparing og egenkapital måned for måned (tusen kr)</source>
        <translation>Sparing og eigenkapital månad for månad (tusen kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="67" />
        <source>Sparing og egenkapital over leieperioden</source>
        <translation>Sparing og eigenkapital over leigeperioden</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="71" />
        <source>Planen</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="78" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="85" />
        <source>Leieperiode</source>
        <translation>Leigeperiode</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="79" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="86" />
        <source>Sparing per måned</source>
        <translation>Sparing per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="80" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="87" />
        <source>Pris år 0</source>
        <translation>Pris år 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="81" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="88" />
        <source>Prisvekst per år</source>
        <translation>Prisvekst per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="83" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="89" />
        <source>Rente på sparing</source>
        <translation>Rente på sparing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="132" />
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="151" />
        <source>Leie til eie for {} ({})</source>
        <translation>Leige til eige for {} ({})</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="213" />
        <source>Oppspart</source>
        <translation>Oppspart</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="214" />
        <source>Egenkapital om boligen kjøpes (sparing + verdiøkning)</source>
        <translation>Eigenkapital om bustaden blir kjøpt (sparing + verdiauke)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="233" />
        <source>måneder</source>
        <translation>månader</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="239" />
        <source>tusen kr</source>
        <translation>tusen kr</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="94" />
        <source>Gjør planen til en &amp;avtale …</source>
        <translation>Gjer planen til ein &amp;avtale …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="95" />
        <source>Gjør planen til en avtale</source>
        <translation>Gjer planen til ein avtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="98" />
        <source>En leie til eie-avtale med planens pris og sparing, fulgt opp under Oppfølging</source>
        <translation>Ein leige til eige-avtale med planens pris og sparing, fulgt opp under Oppfølging</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <location filename="../../leietileie/ui/fmt.py" line="26" />
        <source>%n husstander</source>
        <translation><numerusform>%n hushald</numerusform><numerusform>%n hushald</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leietileie/ui/fmt.py" line="32" />
        <source>%n år</source>
        <translation><numerusform>%n år</numerusform><numerusform>%n år</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leietileie/ui/fmt.py" line="37" />
        <source> år</source>
        <comment>suffix</comment>
        <translation><numerusform> år</numerusform><numerusform> år</numerusform></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="67" />
        <source>Forhåndsvisning – {}</source>
        <translation>Førehandsvising – {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="83" />
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="84" />
        <source>Fant ikke filen {}.</source>
        <translation>Fant ikkje fila {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="97" />
        <source>Kan ikke åpne PDF</source>
        <translation>Kan ikkje opne PDF</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="98" />
        <source>Det finnes ikke noe program for PDF-filer på denne maskinen. Filen ligger her:
{}

Bruk «Skriv ut …» for å skrive den ut direkte.</source>
        <translation>Det finst ikkje noko program for PDF-filer på denne maskinen. Fila ligg her:
{}

Bruk «Skriv ut …» for å skrive den ut direkte.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="18" />
        <source>Brutto inntekt per år</source>
        <extracomment>key, label, bold (a sum line)</extracomment>
        <translation>Brutto inntekt per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="19" />
        <source>Skatt per år</source>
        <translation>Skatt per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="20" />
        <source>Netto inntekt per måned</source>
        <translation>Netto inntekt per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="21" />
        <source>− Levekostnader</source>
        <translation>− Levekostnader</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="24" />
        <source>− Faste forpliktelser (gjeld, barnehage o.l.)</source>
        <translation>− Faste plikter (gjeld, barnehage o.l.)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="27" />
        <source>= Tilgjengelig til bolig</source>
        <translation>= Tilgjengeleg til bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="28" />
        <source>− Bokostnader (felleskost. og drift)</source>
        <translation>− Bukostnader (felleskost. og drift)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="29" />
        <source>= Tilgjengelig til lån</source>
        <translation>= Tilgjengeleg til lån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="30" />
        <source>Kalkulasjonsrente</source>
        <translation>Kalkulasjonsrente</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="31" />
        <source>Største lån budsjettet bærer</source>
        <translation>Største lån budsjettet ber</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="34" />
        <source>Kjøpesum</source>
        <translation>Kjøpesum</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="35" />
        <source>+ Omkostninger</source>
        <translation>+ Omkostnader</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="36" />
        <source>− Egenkapital</source>
        <translation>− Eigenkapital</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="37" />
        <source>Banklån</source>
        <translation>Banklån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="38" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="39" />
        <source>Tilskudd</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="40" />
        <source>Terminbeløp første måned</source>
        <translation>Terminbeløp første månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="41" />
        <source>Eie per måned (med bokostnader)</source>
        <translation>Eige per månad (med bukostnader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="42" />
        <source>Eie etter rentefradrag</source>
        <translation>Eige etter rentefradrag</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="43" />
        <source>Leie i dag</source>
        <translation>Leige i dag</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="97" />
        <source>Konklusjon</source>
        <extracomment>result lines explained by a tooltip (line key → glossary term)</extracomment>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="100" />
        <source>Budsjett</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="101" />
        <source>Finansiering og månedskostnad</source>
        <translation>Finansiering og månadskostnad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="106" />
        <location filename="../../leietileie/ui/views/assessment_results.py" line="107" />
        <source>Kontroller</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="112" />
        <source>Hva kan få det til å gå</source>
        <translation>Kva kan få det til å gå</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="119" />
        <source>Kan ikke beregne: </source>
        <translation>Kan ikkje berekne: </translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="152" />
        <source>satt av saksbehandler</source>
        <translation>sett av sakshandsamar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="154" />
        <source>SIFO {}, norm {}</source>
        <translation>SIFO {}, norm {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="180" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="182" />
        <source>Ikke OK</source>
        <translation>Ikkje OK</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="194" />
        <source>Dette kan få det til å gå:</source>
        <translation>Dette kan få det til å gå:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="197" />
        <source>Merk:</source>
        <translation>Merk:</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="29" />
        <source>Skatt</source>
        <translation>Skatt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="30" />
        <source>SIFO referansebudsjett</source>
        <translation>SIFO referansebudsjett</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="31" />
        <source>Sosialhjelpsnorm</source>
        <translation>Sosialhjelpsnorm</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="32" />
        <source>Bankenes utlånsregler</source>
        <translation>Bankenes utlånsreglar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="33" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="34" />
        <source>Husbankens renter</source>
        <translation>Husbankens renter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="35" />
        <source>Gebyrer</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="36" />
        <source>Omkostninger ved kjøp</source>
        <translation>Omkostnader ved kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="37" />
        <source>Tilskudd</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="38" />
        <source>Bostøtte</source>
        <translation>Bustøtte</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="41" />
        <source>Norges Banks styringsrente</source>
        <translation>Norges Banks styringsrente</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="42" />
        <source>Husbankens flytende rente</source>
        <translation>Husbankens flytande rente</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="43" />
        <source>Bankens rente</source>
        <translation>Bankens rente</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="44" />
        <source>Påslag i kalkulasjonsrenten</source>
        <translation>Påslag i kalkulasjonsrenta</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="73" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="75" />
        <source>Regelsett for år</source>
        <translation>Regelsett for år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="83" />
        <source>Bekreft at satsene er kontrollert mot kilden</source>
        <translation>Bekreft at satsene er kontrollert mot kilden</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="88" />
        <source>Satser</source>
        <translation>Satsar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="88" />
        <source>Kontrollert</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="88" />
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="88" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="99" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="124" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="128" />
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <source>Regelsett</source>
        <translation>Regelsett</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="95" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="122" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="127" />
        <source>Gjelder fra</source>
        <translation>Gjeld frå</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="96" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="117" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="125" />
        <source>Sats</source>
        <translation>Sats</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="97" />
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="98" />
        <source>Endret av</source>
        <translation>Endra av</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="101" />
        <source>Justerte satser</source>
        <translation>Justerte satsar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="104" />
        <source>Justerte satser (daterte, tas vare på)</source>
        <translation>Justerte satsar (daterte, blir teke vare på)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="120" />
        <source>Ny verdi i prosent</source>
        <translation>Ny verdi i prosent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="126" />
        <source>Ny verdi (%)</source>
        <translation>Ny verdi (%)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="130" />
        <source>Legg til &amp;justering</source>
        <translation>Legg til &amp;justering</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="155" />
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="155" />
        <source>Nei – bør kontrolleres</source>
        <translation>Nei – bør bør kontrollerast</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="163" />
        <source>Bekreftet av %1, %2</source>
        <translation>Bekreftet av %1, %2</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="186" />
        <source>Ny verdi: skriv en prosentsats, for eksempel 4,25</source>
        <translation>Ny verdi: skriv ein prosentsats, for eksempel 4,25</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="189" />
        <source>Gjelder fra: skriv en dato (dd.mm.åååå)</source>
        <translation>Gjeld frå: skriv ein dato (dd.mm.åååå)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="192" />
        <source>Ny verdi: må være mellom 0 og 30 %</source>
        <translation>Ny verdi: må vere mellom 0 og 30 %</translation>
    </message>
</context>
<context>
    <name>SavingsDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="231" />
        <source>Registrer sparing</source>
        <translation>Registrer sparing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="232" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="233" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="234" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="235" />
        <source>Saldo på sparekontoen</source>
        <translation>Saldo på sparekontoen</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="113" />
        <source>Vurder alle husstander for boligen de leier, med kommunens forutsetninger</source>
        <translation>Vurder alle hushald for bustaden dei leiger, med kommunens føresetnader</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="119" />
        <source>Om kartleggingen</source>
        <translation>Om kartlegginga</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="122" />
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="123" />
        <source>Alle resultater</source>
        <translation>Alle resultat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="127" />
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="128" />
        <source>Alle begrunnelser</source>
        <translation>Alle grunngivingar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="136" />
        <source>Søk: navn, husstand, adresse</source>
        <translation>Søk: namn, hushald, adresse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="137" />
        <source>Søk i resultatene</source>
        <translation>Søk i resultata</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="164" />
        <source>Fordeling av husstander</source>
        <translation>Fordeling av hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="169" />
        <source>Diagram over fordelingen</source>
        <translation>Diagram over fordelinga</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="183" />
        <source>Resultater</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="197" />
        <source>Lagre listen som Excel, CSV eller PDF (filteret over gjelder)</source>
        <translation>Lagre lista som Excel, CSV eller PDF (filteret over gjeld)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="202" />
        <source>Åpne en sak med status Kartlagt for de valgte husstandene</source>
        <translation>Opne ei sak med status Kartlagt for dei valde hushalda</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="111" />
        <source>K&amp;jør kartlegging</source>
        <extracomment>households per ``mark_screened`` call when opening cases (progress and Avbryt between them) The widest a reason may be in the filter (pixels). A run with more households than this is loaded in a background task (issue 15 item 4).</extracomment>
        <translation>&amp;Køyr kartlegging</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="195" />
        <source>E&amp;ksporter liste …</source>
        <translation>E&amp;ksporter liste …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="200" />
        <source>Åpne &amp;saker (kartlagt)</source>
        <translation>Opne &amp;saker (kartlagt)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="205" />
        <source>Lag &amp;invitasjonsbrev</source>
        <translation>Lag &amp;invitasjonsbrev</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="230" />
        <source>Henter kartleggingen …</source>
        <translation>Hentar kartlegginga …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="240" />
        <source>Ingen kartlegging er kjørt ennå.</source>
        <translation>Inga kartlegging er køyrd enno.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="243" />
        <source>Kartlegging nr. {} per {} (regelår {}): {} husstander</source>
        <translation>Kartlegging nr. {} per {} (regelår {}): {} hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="300" />
        <source>{} valgt</source>
        <translation>{} vald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="305" />
        <source>Brevtjenesten er ikke tilgjengelig ennå</source>
        <translation>Brevtenesta er ikkje tilgjengeleg enno</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="309" />
        <source>Lag invitasjon til samtale for de valgte husstandene</source>
        <translation>Lag invitasjon til samtale for dei valde hushalda</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="330" />
        <source>Kartlegger registeret …</source>
        <translation>Kartlegg registeret …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="342" />
        <source>Kartlegging</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="343" />
        <source>Kartleggingen ble avbrutt. Ingenting ble lagret.</source>
        <translation>Kartlegginga vart avbroten. Ingenting vart lagra.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="346" />
        <source>Kartleggingen feilet</source>
        <translation>Kartlegginga feila</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="354" />
        <source>Lagre liste</source>
        <translation>Lagre liste</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="389" />
        <source>Eksportert</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="389" />
        <source>Listen er lagret i {}</source>
        <translation>Lista er lagra i {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="394" />
        <source>Eksporterer liste …</source>
        <translation>Eksporterer liste …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="397" />
        <source>Eksporten feilet</source>
        <translation>Eksporten feila</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="430" />
        <source>{} saker åpnet, {} hadde allerede en åpen sak.</source>
        <translation>{} saker opna, {} hadde allerede ein open sak.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="432" />
        <source>Avbrutt før alle var behandlet.</source>
        <translation>Avbroten før alle var behandla.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="433" />
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="438" />
        <source>Kunne ikke åpne saker</source>
        <translation>Kunne ikkje opne saker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="442" />
        <source>Åpner saker for {} husstander …</source>
        <translation>Opnar saker for {} hushald …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="447" />
        <source>Velg mappe for brevene</source>
        <translation>Vel mappe for breva</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="465" />
        <source>{} invitasjonsbrev er laget i {}.</source>
        <translation>{} invitasjonsbrev er laga i {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="471" />
        <source>Ikke laget:</source>
        <translation>Ikkje laga:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="472" />
        <source>Invitasjonsbrev</source>
        <translation>Invitasjonsbrev</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="477" />
        <source>Lager invitasjonsbrev …</source>
        <translation>Lagar invitasjonsbrev …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="480" />
        <source>Brevene feilet</source>
        <translation>Breva feila</translation>
    </message>
</context>
<context>
    <name>ScreeningResultsModel</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="34" />
        <source>Rang</source>
        <extracomment>(key, header, right-aligned)</extracomment>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="35" />
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="36" />
        <source>Om år</source>
        <translation>Om år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="37" />
        <source>Søker</source>
        <translation>Søkjar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="38" />
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="39" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="40" />
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="41" />
        <source>Pris</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="42" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="43" />
        <source>Tilskudd</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="44" />
        <source>Eie/mnd</source>
        <translation>Eige/mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="45" />
        <source>Husleie/mnd</source>
        <translation>Husleige/mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="46" />
        <source>Overskudd/mnd</source>
        <translation>Overskot/mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="47" />
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="48" />
        <source>Saksstatus</source>
        <translation>Saksstatus</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="30" />
        <source>Kommunen</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="31" />
        <source>Beregning</source>
        <translation>Berekning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="32" />
        <source>Tilskudd</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="33" />
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="34" />
        <source>Kartlegging</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="93" />
        <source>Regelsett og satser</source>
        <translation>Regelsett og satsar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="94" />
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="99" />
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="100" />
        <source>&amp;Lagre innstillingene</source>
        <translation>&amp;Lagre innstillingane</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="101" />
        <source>Lagre innstillingene</source>
        <translation>Lagre innstillingane</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="127" />
        <location filename="../../leietileie/ui/views/settings_view.py" line="133" />
        <source>Språk i programmet</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="134" />
        <source>Språket gjelder fra neste gang programmet startes.</source>
        <translation>Språket gjeld frå neste gong programmet blir starta.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="139" />
        <source>Språket er endret; start programmet på nytt.</source>
        <translation>Språket er endra; start programmet på nytt.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="152" />
        <source>Lagrer innstillingene …</source>
        <translation>Lagrer innstillingane …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leietileie/ui/views/settings_view.py" line="159" />
        <source>Lagret (%n endringer).</source>
        <translation><numerusform>Lagra (%n endring).</numerusform><numerusform>Lagra (%n endringar).</numerusform></translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="35" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="51" />
        <source>Salg av kommunale utleieboliger til leietakere, per år</source>
        <extracomment>(column key, colour) shown in the chart</extracomment>
        <translation>Sal av kommunale utleigebustader til leigetakarar, per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="56" />
        <location filename="../../leietileie/ui/views/case_stats.py" line="57" />
        <source>Søk i statistikken</source>
        <translation>Søk i statistikken</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="61" />
        <source>E&amp;ksporter statistikk …</source>
        <translation>E&amp;ksporter statistikk …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="67" />
        <source>Statistikk per år</source>
        <translation>Statistikk per år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="73" />
        <source>Fra kartlegging til kjøp</source>
        <translation>Frå kartlegging til kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="78" />
        <source>Diagram over statistikken</source>
        <translation>Diagram over statistikken</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="107" />
        <source>Husstander</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="114" />
        <source>Lagre statistikk</source>
        <translation>Lagre statistikk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="125" />
        <source>Eksporten feilet</source>
        <translation>Eksporten feila</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="128" />
        <source>Eksportert</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="128" />
        <source>Statistikken er lagret i {}</source>
        <translation>Statistikken er lagra i {}</translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="30" />
        <source>Excel (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="204" />
        <source>Eksporter listen</source>
        <translation>Eksporter lista</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="217" />
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="235" />
        <source>Eksporten feilet</source>
        <translation>Eksporten feila</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="239" />
        <source>Eksportert</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="240" />
        <source>{} rader er lagret i {}</source>
        <translation>{} rader er lagra i {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="279" />
        <source>&amp;Kopier</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="283" />
        <source>&amp;Eksporter listen som vist …</source>
        <translation>&amp;Eksporter lista som vist …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="286" />
        <source>&amp;Skriv ut listen …</source>
        <translation>&amp;Skriv ut lista …</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../leietileie/ui/worker.py" line="54" />
        <location filename="../../leietileie/ui/table_tools.py" line="171" />
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/worker.py" line="74" />
        <source>Avbryter …</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>TenantActions</name>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="38" />
        <source>&amp;Ny husstand</source>
        <extracomment>the household editor while it is open (tests answer it)</extracomment>
        <translation>&amp;Nytt hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="39" />
        <source>R&amp;ediger</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="40" />
        <source>Sle&amp;tt</source>
        <translation>Sle&amp;tt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="41" />
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="42" />
        <source>N&amp;y bolig</source>
        <translation>N&amp;y bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="43" />
        <source>Rediger bo&amp;lig</source>
        <translation>Rediger &amp;bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="44" />
        <source>&amp;Importer …</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="45" />
        <source>Bre&amp;v …</source>
        <translation>Bre&amp;v …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="46" />
        <source>Beregnin&amp;g →</source>
        <translation>Bereknin&amp;g →</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="61" />
        <source>Kunne ikke lagre</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="113" />
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="151" />
        <source>Last inn på nytt</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="114" />
        <source>Husstanden {} er slettet og kan ikke åpnes igjen.</source>
        <translation>Hushaldet {} er sletta og kan ikkje åpnes igjen.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="145" />
        <source>Endret av en annen</source>
        <translation>Endra av ein annan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="148" />
        <source>Endringene du har gjort i skjemaet, forkastes, og husstanden lastes inn slik den er lagret nå. Fortsette?</source>
        <translation>Endringene du har gjort i skjemaet, forkastes, og hushaldet lastes inn slik den er lagra no. Fortsette?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="158" />
        <source>Slette husstanden {} ({}) med saker og dokumenter?</source>
        <translation>Slette hushaldet {} ({}) med saker og dokument?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="161" />
        <source>Slett husstand</source>
        <translation>Slett hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="196" />
        <source>Rediger bolig</source>
        <translation>Rediger bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="196" />
        <source>Velg en husstand som leier en bolig.</source>
        <translation>Vel eit hushald som leiger ein bustad.</translation>
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="59" />
        <source>Detaljer om husstanden</source>
        <translation>Detaljar om hushaldet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="70" />
        <source>Søk: navn, adresse, bolig, fødselsnr. (Ctrl+F)</source>
        <translation>Søk: namn, adresse, bustad, fødselsnr. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="71" />
        <source>Søk</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="83" />
        <source>Husstandstype</source>
        <translation>Hushaldstype</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="84" />
        <source>Alle husstander</source>
        <translation>Alle hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="88" />
        <source>Inntektstype</source>
        <translation>Inntektstype</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="89" />
        <source>Alle inntekter</source>
        <translation>Alle inntekter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="93" />
        <source>Kartlegging</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="94" />
        <source>Alle kartlagte</source>
        <translation>Alle kartlagde</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="98" />
        <source>Saksstatus</source>
        <translation>Saksstatus</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="99" />
        <source>Alle statuser</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="103" />
        <source>Restanse</source>
        <translation>Restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="104" />
        <source>Med og uten restanse</source>
        <translation>Med og utan restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="105" />
        <source>Med restanse</source>
        <translation>Med restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="105" />
        <source>Uten restanse</source>
        <translation>Utan restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="76" />
        <source>Antall husstander</source>
        <translation>Tal hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="121" />
        <source>Husstander</source>
        <translation>Hushald</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="28" />
        <source>Bolig-ID</source>
        <extracomment>key, label, required</extracomment>
        <translation>Bustad-ID</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="29" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="30" />
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="31" />
        <source>Poststed</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="32" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="62" />
        <source>Takst (kr)</source>
        <translation>Takst (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="33" />
        <source>Felleskostnader per måned</source>
        <translation>Felleskostnader per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="36" />
        <source>Andre bokostnader per måned</source>
        <translation>Andre bukostnader per månad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="39" />
        <source>Fellesgjeld</source>
        <translation>Fellesgjeld</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="40" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="66" />
        <source>Bruksareal (m²)</source>
        <translation>Bruksareal (m²)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="41" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="69" />
        <source>Soverom</source>
        <translation>Soverom</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="44" />
        <source>Selveier / eierseksjon</source>
        <translation>Sjølveigar / eigarseksjon</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="45" />
        <source>Borettslag / aksjeleilighet</source>
        <translation>Burettslag / aksjeleilegheit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="57" />
        <source>{}: må fylles ut</source>
        <translation>{}: må blir fylt ut</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="60" />
        <source>Postnummer: må ha 4 sifre</source>
        <translation>Postnummer: må ha 4 sifre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="72" />
        <source>Soverom: må være et helt tall</source>
        <translation>Soverom: må vere eit heilt tal</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="75" />
        <source>Eierform: velg selveier eller borettslag</source>
        <translation>Eigarform: vel sjølveigar eller burettslag</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="101" />
        <source>Rediger bolig</source>
        <translation>Rediger bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="101" />
        <source>Ny bolig</source>
        <translation>Ny bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="124" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="125" />
        <source>Eierform</source>
        <translation>Eigarform</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="134" />
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="135" />
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="147" />
        <source>Bolig-ID: «{}» er allerede i bruk</source>
        <translation>Bustad-ID: «{}» er allerede i bruk</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="27" />
        <source>Velkommen til Leie til eie</source>
        <translation>Velkomen til Leige til eige</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="31" />
        <source>&lt;h2&gt;Velkommen&lt;/h2&gt;&lt;p&gt;Det finnes ikke noe leietakerregister ennå. Hvordan vil du begynne?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Velkomen&lt;/h2&gt;&lt;p&gt;Det finst ikkje noko leigetakarregister enno. Korleis vil du byrje?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="39" />
        <source>Prøv med et demoregister (oppdiktet kommune)</source>
        <translation>Prøv med eit demoregister (oppdikta kommune)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="40" />
        <source>Importer boliger og leietakere fra fil …</source>
        <translation>Importer bustader og leigetakarar frå fil …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="41" />
        <source>Start med et tomt register</source>
        <translation>Start med eit tomt register</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="42" />
        <source>Koble til kontorets database …</source>
        <translation>Koble til kontorets database …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="63" />
        <source>Lager demoregisteret …</source>
        <extracomment>the office database, when the caseworker connected to it instead</extracomment>
        <translation>Lagar demoregisteret …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="73" />
        <source>Demoregisteret</source>
        <translation>Demoregisteret</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="31" />
        <source>Kvinne</source>
        <translation>Kvinne</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="32" />
        <source>Mann</source>
        <translation>Mann</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="36" />
        <source>Ingen bil</source>
        <translation>Ingen bil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="37" />
        <source>Bensin/diesel</source>
        <translation>Bensin/diesel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="38" />
        <source>Elbil</source>
        <translation>Elbil</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="24" />
        <source>Kan kjøpe</source>
        <extracomment>Every fixed Norwegian text the UI may receive from the engine or the services.</extracomment>
        <translation>Kan kjøpe</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="25" />
        <source>Kan kjøpe med tilskudd</source>
        <translation>Kan kjøpe med tilskot</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="26" />
        <source>Kan ikke kjøpe nå</source>
        <translation>Kan ikkje kjøpe no</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="28" />
        <source>Enslig</source>
        <translation>Einsleg</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="29" />
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="30" />
        <source>Andre voksne (bofellesskap)</source>
        <translation>Andre vaksne (bufellesskap)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="31" />
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="33" />
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="34" />
        <source>Kartlagt</source>
        <translation>Kartlagt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="35" />
        <source>Invitert</source>
        <translation>Invitert</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="36" />
        <source>Samtale</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="37" />
        <source>Vurdert</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="38" />
        <source>Vedtak sendt</source>
        <translation>Vedtak sendt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="39" />
        <source>Tilbud sendt</source>
        <translation>Tilbod sendt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="40" />
        <source>Akseptert</source>
        <translation>Akseptert</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="41" />
        <source>Avslått</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="42" />
        <source>Kjøpt</source>
        <translation>Kjøpt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="43" />
        <source>Avsluttet</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="45" />
        <source>Svarfrist for tilbud</source>
        <translation>Svarfrist for tilbod</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="46" />
        <source>Svarfrist for invitasjon</source>
        <translation>Svarfrist for invitasjon</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="47" />
        <source>Svarfrist for vedtak</source>
        <translation>Svarfrist for vedtak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="48" />
        <source>Klagefrist</source>
        <translation>Klagefrist</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="49" />
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="52" />
        <source>Lønn</source>
        <translation>Løn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="53" />
        <source>Uføretrygd</source>
        <translation>Uføretrygd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="54" />
        <source>Arbeidsavklaringspenger (AAP)</source>
        <translation>Arbeidsavklaringspenger (AAP)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="55" />
        <source>Sykepenger</source>
        <translation>Sjukepengar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="56" />
        <source>Dagpenger</source>
        <translation>Dagpengar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="57" />
        <source>Introduksjonsstønad</source>
        <translation>Introduksjonsstønad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="58" />
        <source>Annen skattepliktig inntekt</source>
        <translation>Annan skattepliktig inntekt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="59" />
        <source>Pensjon</source>
        <translation>Pensjon</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="60" />
        <source>Kapitalinntekt</source>
        <translation>Kapitalinntekt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="61" />
        <source>Søker</source>
        <translation>Søkjar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="62" />
        <source>Medsøker</source>
        <translation>Medsøkjar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="63" />
        <source>Voksen</source>
        <translation>Vaksen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="65" />
        <source>Enslig forsørger</source>
        <translation>Einsleg forsørgjar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="66" />
        <source>Par med barn</source>
        <translation>Par med barn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="67" />
        <source>Flere voksne</source>
        <translation>Fleire vaksne</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="68" />
        <source>Uten medlemmer</source>
        <translation>Utan medlemmer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="70" />
        <source>skattesatser</source>
        <translation>skattesatser</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="71" />
        <source>skattefradrag for pensjonsinntekt</source>
        <translation>skattefradrag for pensjonsinntekt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="72" />
        <source>SIFO-budsjett</source>
        <translation>SIFO-budsjett</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="73" />
        <source>sosialhjelpsnorm</source>
        <translation>sosialhjelpsnorm</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="74" />
        <source>bankregler</source>
        <translation>bankreglar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="75" />
        <source>startlånsvilkår</source>
        <translation>startlånsvilkår</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="76" />
        <source>Husbankens renter</source>
        <translation>Husbankens renter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="77" />
        <source>gebyrer</source>
        <translation>gebyr</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="78" />
        <source>tinglysingsgebyr</source>
        <translation>tinglysingsgebyr</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="79" />
        <source>tilskuddsregler</source>
        <translation>tilskotsreglar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="80" />
        <source>bostøtte</source>
        <translation>bustøtte</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="82" />
        <source>Mat og drikke</source>
        <translation>Mat og drikke</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="83" />
        <source>Klær og sko</source>
        <translation>Klær og sko</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="84" />
        <source>Personlig pleie</source>
        <translation>Personleg pleie</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="85" />
        <source>Lek, sport og mediebruk</source>
        <translation>Lek, sport og mediebruk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="86" />
        <source>Reisekostnader (kollektiv)</source>
        <translation>Reisekostnader (kollektiv)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="87" />
        <source>Andre dagligvarer</source>
        <translation>Andre dagligvarer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="88" />
        <source>Husholdningsartikler</source>
        <translation>Husholdningsartikler</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="89" />
        <source>Møbler</source>
        <translation>Møbler</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="90" />
        <source>Mediebruk og fritid</source>
        <translation>Mediebruk og fritid</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="91" />
        <source>Bil (drift og vedlikehold)</source>
        <translation>Bil (drift og vedlikehald)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="93" />
        <source>Betjeningsevne (Husbanken)</source>
        <translation>Betjeningsevne (Husbanken)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="94" />
        <source>Belåningsgrad (utlånsforskriften)</source>
        <translation>Belåningsgrad (utlånsforskriften)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="95" />
        <source>Gjeld mot inntekt (5 × inntekt)</source>
        <translation>Gjeld mot inntekt (5 × inntekt)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="96" />
        <source>Stresstest (rente + 3 pp, minst 7 %)</source>
        <translation>Stresstest (rente + 3 pp, minst 7 %)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="98" />
        <source>Kan kjøpe nå</source>
        <translation>Kan kjøpe no</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="99" />
        <source>Kan kjøpe om noen år</source>
        <translation>Kan kjøpe om nokon år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="100" />
        <source>Ikke aktuelt nå</source>
        <translation>Ikkje aktuelt no</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="101" />
        <source>Kan kjøpe med banklån</source>
        <translation>Kan kjøpe med banklån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="102" />
        <source>Banken kan trolig finansiere hele kjøpet (startlån er for dem som ikke får stort nok banklån)</source>
        <translation>Banken kan truleg finansiere heile kjøpet (startlån er for dei som ikkje får stort nok banklån)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="107" />
        <source>Boligen mangler takst</source>
        <translation>Bustaden manglar takst</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="108" />
        <source>Leieforholdet er kortere enn kravet</source>
        <translation>Leigeforholdet er kortare enn kravet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="109" />
        <source>Husleierestanse over grensen</source>
        <translation>Husleigerestanse over grensa</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="110" />
        <source>Husleien er betalt for sent flere ganger siste år</source>
        <translation>Husleiga er betalt for sent fleire gonger siste år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="111" />
        <source>Bare midlertidig inntekt (AAP, dagpenger o.l.)</source>
        <translation>Berre mellombels inntekt (AAP, dagpengar o.l.)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="112" />
        <source>Søker er yngre enn aldersgrensen</source>
        <translation>Søkjar er yngre enn aldersgrensa</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="113" />
        <source>Søker er eldre enn aldersgrensen</source>
        <translation>Søkjar er eldre enn aldersgrensa</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="114" />
        <source>Inntekten dekker ikke levekostnader og bokostnader</source>
        <translation>Inntekta dekkjer ikkje levekostnader og bukostnader</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="115" />
        <source>Betjeningsevnen er for svak</source>
        <translation>Betjeningsevna er for svak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="116" />
        <source>Trenger mer tilskudd enn kommunens grense</source>
        <translation>Treng meir tilskot enn kommunens grense</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="117" />
        <source>Sparing kan gi nok egenkapital</source>
        <translation>Sparing kan gi nok eigenkapital</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="118" />
        <source>En annen ledig bolig kan passe</source>
        <translation>Ein annan ledig bustad kan passe</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="120" />
        <source>Rang</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="121" />
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="122" />
        <source>Om år</source>
        <translation>Om år</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="123" />
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="124" />
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="125" />
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="126" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="127" />
        <source>Husstandstype</source>
        <translation>Hushaldstype</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="161" />
        <source>Klageinstans for vedtak om startlån</source>
        <translation>Klageinstans for vedtak om startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="162" />
        <source>Forvaltningsloven § 28 annet ledd: kommunens eget klageorgan (klagenemnd)</source>
        <translation>Forvaltningsloven § 28 anna ledd: kommunens eget klageorgan (klagenemnd)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="169" />
        <source>Behandlingsansvarlig (tom = kommunen)</source>
        <translation>Behandlingsansvarlig (tom = kommunen)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="170" />
        <source>Personvernombud (navn og e-post)</source>
        <translation>Personvernombud (namn og e-post)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="171" />
        <source>Underskrivere (brukernavn = navn, tittel; …)</source>
        <translation>Underskrivarar (brukarnamn = namn, tittel; …)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="172" />
        <source>kari = Kari Nordmann, rådgiver; per = Per Hansen, leder</source>
        <translation>kari = Kari Nordmann, rådgivar; per = Per Hansen, leiar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="173" />
        <source>Beregning eldre enn (dager) regnes ut på nytt</source>
        <translation>Berekning eldre enn (dagar) regnes ut på nytt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="174" />
        <source>Advar når taksten er eldre enn (måneder)</source>
        <translation>Advar når taksten er eldre enn (månader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="175" />
        <source>Vedtak krever en annen beslutter enn saksbehandleren</source>
        <translation>Vedtak krev ein annan beslutter enn saksbehandleren</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="176" />
        <source>Oppbevaring etter avsluttet sak (år)</source>
        <translation>Oppbevaring etter avslutta sak (år)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="128" />
        <source>Personer</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="129" />
        <source>Brutto inntekt</source>
        <translation>Brutto inntekt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="130" />
        <source>Husleie/mnd</source>
        <translation>Husleige/mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="131" />
        <source>Restanse</source>
        <translation>Restanse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="132" />
        <source>Pris</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="133" />
        <source>Største lån</source>
        <translation>Største lån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="44" />
        <location filename="../../leietileie/ui/domain_text.py" line="134" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="43" />
        <location filename="../../leietileie/ui/domain_text.py" line="135" />
        <source>Banklån</source>
        <translation>Banklån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="136" />
        <source>Tilskudd</source>
        <translation>Tilskot</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="137" />
        <source>Tilskuddsbehov</source>
        <translation>Tilskotsbehov</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="138" />
        <source>Eie/mnd</source>
        <translation>Eige/mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="139" />
        <source>Overskudd/mnd</source>
        <translation>Overskot/mnd</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="140" />
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="141" />
        <source>Annen ledig bolig</source>
        <translation>Annan ledig bustad</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="142" />
        <source>Saksstatus</source>
        <translation>Saksstatus</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="143" />
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="144" />
        <source>Leietakere kartlagt</source>
        <translation>Leigetakarar kartlagt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="145" />
        <source>Kjøp gjennomført</source>
        <translation>Kjøp gjennomført</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="146" />
        <source>Boliger frigjort</source>
        <translation>Bustader frigjort</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="148" />
        <source>Kommunens navn</source>
        <translation>Kommunens namn</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="149" />
        <source>Organisasjonsnummer</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="150" />
        <source>9 siffer</source>
        <translation>9 siffer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="151" />
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="152" />
        <source>Postadresse</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="153" />
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="154" />
        <source>Poststed</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="155" />
        <source>Logo (PNG eller JPG)</source>
        <translation>Logo (PNG eller JPG)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="156" />
        <source>Målform</source>
        <translation>Målform</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="157" />
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="158" />
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="159" />
        <source>Underskriver</source>
        <translation>Underskrivar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="160" />
        <source>Underskrivers tittel</source>
        <translation>Underskrivaren sin tittel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="165" />
        <source>Kommunen ligger i tiltakssonen (Finnmark og Nord-Troms)</source>
        <translation>Kommunen ligg i tiltakssonen (Finnmark og Nord-Troms)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="166" />
        <source>Lavere skatt: 18,5 % på alminnelig inntekt og finnmarksfradrag (Skatte-ABC)</source>
        <translation>Lavere skatt: 18,5 % på alminnelig inntekt og finnmarksfradrag (Skatte-ABC)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="177" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="178" />
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="179" />
        <source>Kommunegruppe for bostøtte</source>
        <translation>Kommunegruppe for bustøtte</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="180" />
        <source>1 – Oslo</source>
        <translation>1 – Oslo</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="181" />
        <source>2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum</source>
        <translation>2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="182" />
        <source>3 – Kristiansand, Lillestrøm, Asker m.fl.</source>
        <translation>3 – Kristiansand, Lillestrøm, Asker m.fl.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="183" />
        <source>4 – Øvrige kommuner</source>
        <translation>4 – Øvrige kommunar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="184" />
        <source>Regelår</source>
        <translation>Regelår</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="185" />
        <source>Løpetid (år)</source>
        <translation>Løpetid (år)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="186" />
        <source>Nedbetaling</source>
        <translation>Nedbetaling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="187" />
        <source>Annuitet</source>
        <translation>Annuitet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="188" />
        <source>Serie</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="189" />
        <source>Finansiering</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="45" />
        <location filename="../../leietileie/ui/domain_text.py" line="190" />
        <source>Bare startlån</source>
        <translation>Berre startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="191" />
        <source>Banklån først når banken kan låne noe, ellers bare startlån</source>
        <translation>Banklån først når banken kan låne noko, elles berre startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="192" />
        <source>Banklån først, startlån på toppen</source>
        <translation>Banklån først, startlån på toppen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="193" />
        <source>Kommunen gir tilskudd til etablering</source>
        <translation>Kommunen gir tilskot til etablering</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="194" />
        <source>Største tilskudd (kr)</source>
        <translation>Største tilskot (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="195" />
        <source>Svarfrist (virkedager)</source>
        <translation>Svarfrist (vyrkedagar)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="196" />
        <source>Leieforhold minst (år)</source>
        <translation>Leigeforhold minst (år)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="197" />
        <source>Husleierestanse høyst (kr)</source>
        <translation>Husleigerestanse høgst (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="198" />
        <source>Måneder med for sen husleie siste år, høyst</source>
        <translation>Månader med for sen husleige siste år, høgst</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="199" />
        <source>Utelat husstander med bare midlertidig inntekt</source>
        <translation>Utelat hushald med berre mellombels inntekt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="200" />
        <source>Søkers alder minst</source>
        <translation>Søkjaren sin alder minst</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="201" />
        <source>Søkers alder høyst</source>
        <translation>Søkjaren sin alder høgst</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="202" />
        <source>«Kan kjøpe om N år»: høyst N</source>
        <translation>«Kan kjøpe om N år»: høgst N</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="203" />
        <source>Prøv også ledige boliger som passer husstanden</source>
        <translation>Prøv òg ledige bustader som passar hushaldet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="204" />
        <source>Kommunalt påslag i startlånsrenten (høyst 0,25 pp)</source>
        <translation>Kommunalt påslag i startlånsrenten (høgst 0,25 pp)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="205" />
        <source>Kommunens eget etableringsgebyr på startlån (kr)</source>
        <translation>Kommunens eget etableringsgebyr på startlån (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="206" />
        <source>Kommunens eget termingebyr på startlån (kr)</source>
        <translation>Kommunens eget termingebyr på startlån (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="207" />
        <source>Forslag: sparing i høyst (måneder)</source>
        <translation>Forslag: sparing i høgst (månader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="208" />
        <source>Forslag: løpetid ikke forbi alder (tom = ingen grense)</source>
        <translation>Forslag: løpetid ikkje forbi alder (tom = ingen grense)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="209" />
        <source>Startlån: en kommune som tar egne gebyrer kan ikke også ta påslag på Husbankens rente; sett påslaget til 0 eller gebyrene til 0</source>
        <translation>Startlån: ein kommune som tar egne gebyr kan ikkje òg ta påslag på Husbankens rente; sett påslaget til 0 eller gebyrene til 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="263" />
        <source>må ha 11 sifre</source>
        <translation>må ha 11 sifre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="264" />
        <source>kan bare inneholde sifre</source>
        <translation>kan berre inneholde sifre</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="265" />
        <source>ugyldig kontrollsiffer</source>
        <translation>ugyldig kontrollsiffer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="266" />
        <source>ugyldig fødselsdato i nummeret</source>
        <translation>ugyldig fødselsdato i nummeret</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="267" />
        <source>fødselsdatoen er fram i tid</source>
        <translation>fødselsdatoen er fram i tid</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="272" />
        <source>Tilbud om kjøp</source>
        <extracomment>Kinds of documents produced on a case (the letters service's kinds).</extracomment>
        <translation>Tilbod om kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="273" />
        <source>Invitasjon til samtale</source>
        <translation>Invitasjon til samtale</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="274" />
        <source>Forhåndsvurdering av startlån</source>
        <translation>Førehandsvurdering av startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="50" />
        <source>Årlig revurdering (leie til eie)</source>
        <translation>Årlig revurdering (leige til eige)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="215" />
        <source>Leie til eie: «etter plan» når sparingen mangler mer enn (måneders sparemål)</source>
        <translation>Leige til eige: «etter plan» når sparingen manglar meir enn (måneders sparemål)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="219" />
        <source>Leie til eie: «i faresonen» når sparingen mangler minst (måneders sparemål)</source>
        <translation>Leige til eige: «i faresonen» når sparingen manglar minst (måneders sparemål)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="223" />
        <source>Leie til eie: «i faresonen» uten ny sparesaldo på (måneder)</source>
        <translation>Leige til eige: «i faresonen» utan ny sparesaldo på (månader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="224" />
        <source>Leie til eie: «etter plan» ved husleierestanse på (måneder)</source>
        <translation>Leige til eige: «etter plan» ved husleigerestanse på (månader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="225" />
        <source>Leie til eie: «i faresonen» ved husleierestanse på (måneder)</source>
        <translation>Leige til eige: «i faresonen» ved husleigerestanse på (månader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="226" />
        <source>Leie til eie: «i faresonen» ved restanse på minst (kr, tom = av)</source>
        <translation>Leige til eige: «i faresonen» ved restanse på minst (kr, tom = av)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="227" />
        <source>Tilbud om kjøp kan sendes fra (måneder før opsjonen utløper, når i rute)</source>
        <translation>Tilbod om kjøp kan sendes frå (månader før opsjonen utløper, når i rute)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="231" />
        <source>Tilbud om kjøp sendes uansett status (måneder før opsjonen utløper)</source>
        <translation>Tilbod om kjøp sendes uansett status (månader før opsjonen utløper)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="234" />
        <source>Restanse: betalingspåminnelse etter (dager etter forfall)</source>
        <translation>Restanse: betalingspåminnelse etter (dagar etter forfall)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="235" />
        <source>Restanse: betalingspåminnelse straks restansen er minst (kr, tom = av)</source>
        <translation>Restanse: betalingspåminnelse straks restansen er minst (kr, tom = av)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="238" />
        <source>Restanse: inviter til samtale ved (måneder)</source>
        <translation>Restanse: inviter til samtale ved (månader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="239" />
        <source>Restanse: tilby økonomisk rådgivning (NAV) ved (måneder)</source>
        <translation>Restanse: tilby økonomisk rådgivning (NAV) ved (månader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="240" />
        <source>Restanse: vurder varsel/oppsigelse ved (måneder)</source>
        <translation>Restanse: vurder varsel/oppsigelse ved (månader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="241" />
        <source>Restanse: vurder begjæring om utkastelse (dager etter varselet)</source>
        <translation>Restanse: vurder begjæring om utkastelse (dagar etter varselet)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="242" />
        <source>Restanse: se bort fra beløp under (kr)</source>
        <translation>Restanse: se bort frå beløp under (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="243" />
        <source>Nedbetalingsavtale: brutt etter (måneder uten betaling på rad)</source>
        <translation>Nedbetalingsavtale: brutt etter (månader utan betaling på rad)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="244" />
        <source>Kartlegges igjen etter oppgjort restanse og betalt i tide i (måneder)</source>
        <translation>Kartlegges igjen etter oppgjort restanse og betalt i tide i (månader)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="248" />
        <source>Restansesaker åpnet</source>
        <translation>Restansesaker opna</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="249" />
        <source>Restansesaker avsluttet</source>
        <translation>Restansesaker avslutta</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="250" />
        <source>Nedbetalingsavtaler overholdt</source>
        <translation>Nedbetalingsavtaler overholdt</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="251" />
        <source>Utkastelser forhindret</source>
        <translation>Utkastelser forhindret</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="252" />
        <source>Fra leie til eie-avtale til kjøp</source>
        <translation>Frå leige til eige-avtale til kjøp</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="254" />
        <source>Holdes tilbake: forfalt husleie over grensen i reskontroen</source>
        <translation>Holdes tilbake: forfalle husleige over grensa i reskontroen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="258" />
        <source>Holdes tilbake: restansen er gjort opp, men husleien er ikke betalt i tide lenge nok ennå</source>
        <translation>Holdes tilbake: restansen er gjort opp, men husleiga er ikkje betalt i tide lenge nok enno</translation>
    </message>
</context>
</TS>