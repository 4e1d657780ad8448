<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="134" />
        <source>Logg tiltak</source>
        <translation>Log an action</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="136" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="139" />
        <source>Tiltak</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="140" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="142" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="144" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="143" />
        <source>Hva ble gjort eller avtalt</source>
        <translation>What was done or agreed</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="269" />
        <source>Leie til eie-avtale</source>
        <translation>Rent-to-own agreement</translation>
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
        <translation>Price in year 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="277" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="279" />
        <source>Takst år 0</source>
        <translation>Valuation year 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="280" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="282" />
        <source>Oppspart ved start</source>
        <translation>Savings at the start</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="283" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="285" />
        <source>Sparemål per måned</source>
        <translation>Saving target per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="287" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="289" />
        <source>Opsjonen utløper</source>
        <translation>Option expires</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="288" />
        <source>Høyst fem år etter start</source>
        <translation>At most five years after the start</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="291" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="292" />
        <source>Vilkår</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../leietileie/ui/app.py" line="115" />
        <source>Den automatiske sikkerhetskopien feilet: {}</source>
        <translation>The automatic backup failed: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/app.py" line="284" />
        <source>Sikkerhetskopi</source>
        <extracomment>How long the GUI connection waits for another writer's lock before saying so (seconds); long work runs in background tasks with their own connections and the default timeout.</extracomment>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../leietileie/ui/context.py" line="74" />
        <source>Kommunen</source>
        <extracomment>How long a write from the app waits for another writer's lock before saying so (seconds). a household was chosen somewhere (tenant list, screening, cases) → id households were added, changed, deleted or imported the declared settings changed ask the main window to show a view by name the office database cannot be reached (the message), and when it can again the office database's server processes of this app's own connections: a change notice from one of them is the app's own change, already shown</extracomment>
        <translation>The municipality</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/context.py" line="95" />
        <source>Lagrer …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="81" />
        <source>Velg en husstand under Leietakere.</source>
        <translation>Choose a household under Tenants.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="83" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="89" />
        <source>Bolig</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="242" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="259" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="262" />
        <source>Lagre på saken</source>
        <translation>Store on the case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="128" />
        <source>Nedbetalingsplan per år</source>
        <translation>Repayment schedule per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="86" />
        <source>B&amp;olig:</source>
        <translation>&amp;Dwelling:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="95" />
        <source>Å&amp;pne …</source>
        <translation>O&amp;pen …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="96" />
        <source>&amp;Lagre …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="97" />
        <source>Lagre på sak&amp;en</source>
        <translation>Save on the cas&amp;e</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="98" />
        <source>Bre&amp;v …</source>
        <translation>Le&amp;tter …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="105" />
        <source>Åpne en lagret beregning (JSON)</source>
        <translation>Open a saved assessment (JSON)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="106" />
        <source>Lagre beregningen som fil (JSON)</source>
        <translation>Save the assessment as a file (JSON)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="107" />
        <source>Lag brev til husstanden</source>
        <translation>Make a letter to the household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="131" />
        <source>Leie og eie</source>
        <translation>Renting and owning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="133" />
        <source>Gjeld og egenkapital</source>
        <translation>Debt and equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="135" />
        <source>Nedbetalingsplan</source>
        <translation>Repayment schedule</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="152" />
        <source> (leier nå)</source>
        <translation> (rents now)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="207" />
        <source>Lagre beregning</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="209" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="220" />
        <source>Beregning (*.json)</source>
        <translation>Assessment (*.json)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="220" />
        <source>Åpne beregning</source>
        <translation>Open assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="229" />
        <source>Kan ikke åpne beregningen</source>
        <translation>Cannot open the assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="233" />
        <source>Beregning fra fil: {}</source>
        <translation>Assessment from file: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="242" />
        <source>Velg en husstand og en bolig først.</source>
        <translation>Choose a household and a dwelling first.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="262" />
        <source>Beregningen er lagret på saken.</source>
        <translation>The assessment is stored on the case.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="59" />
        <source>Ingen sikkerhetskopi er lagret utenfor denne maskinen. Velg Fil → Sikkerhetskopi.</source>
        <translation>No backup has been saved outside this computer. Choose File → Backup.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="63" />
        <source>Siste sikkerhetskopi lagret et annet sted: {}. Ta en ny (Fil → Sikkerhetskopi).</source>
        <translation>Last backup saved elsewhere: {}. Make a new one (File → Backup).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="81" />
        <source>Lagre sikkerhetskopi</source>
        <translation>Save backup</translation>
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
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="106" />
        <location filename="../../leietileie/ui/backups.py" line="131" />
        <location filename="../../leietileie/ui/backups.py" line="140" />
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="107" />
        <source>Kontorets database sikkerhetskopieres på databasetjeneren; spør IT. Sikkerhetskopi og gjenoppretting her gjelder bare en lokal registerfil.</source>
        <translation>The office database is backed up on the database server; ask IT. Backup and restore here apply to a local register file only.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="132" />
        <source>Sikkerhetskopien kunne ikke lagres: {}</source>
        <translation>The backup could not be saved: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="141" />
        <source>Sikkerhetskopien er lagret i {}</source>
        <translation>The backup was saved in {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="155" />
        <source>Erstatte registeret med sikkerhetskopien {}? Dagens database tas vare på først, og programmet lukkes etterpå.</source>
        <translation>Replace the register with the backup {}? Today's database is kept first, and the program closes afterwards.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="160" />
        <location filename="../../leietileie/ui/backups.py" line="183" />
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="169" />
        <source>Gjenoppretting feilet</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="172" />
        <source>Registeret er uendret. Programmet lukkes; start det på nytt.</source>
        <translation>The register is unchanged. The program closes; start it again.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="176" />
        <source>Registeret er gjenopprettet fra {}.</source>
        <translation>The register was restored from {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="178" />
        <source>Den forrige databasen er tatt vare på i {}.</source>
        <translation>The previous database was kept in {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="184" />
        <source>Programmet lukkes nå; start det på nytt.</source>
        <translation>The program closes now; start it again.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="199" />
        <source>Automatiske sikkerhetskopier (ved hver oppstart): {}</source>
        <translation>Automatic backups (at every start): {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="202" />
        <source>Nyeste: {}</source>
        <translation>Newest: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="205" />
        <source>Sist lagret et annet sted: {}</source>
        <translation>Last saved elsewhere: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="207" />
        <source>Ingen sikkerhetskopi er lagret et annet sted ennå.</source>
        <translation>No backup has been saved elsewhere yet.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="210" />
        <source>Sikkerhetskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="220" />
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="221" />
        <source>Fant ikke et program som kan vise mappen. Den ligger her:
{}</source>
        <translation>Found no program that can show the folder. It is here:
{}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="126" />
        <source>Sak</source>
        <extracomment>the typed columns (column → export kind); the others are exported as their text the translation context of ``headers``</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="127" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="128" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="129" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="130" />
        <source>Saksbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="131" />
        <source>Åpnet</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="132" />
        <source>Neste frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="176" />
        <source>{} (forfalt)</source>
        <translation>{} (overdue)</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="111" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="169" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="113" />
        <source>Statistikk</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="141" />
        <source>Saksstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="142" />
        <source>Alle saker</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="143" />
        <source>Åpne saker</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="162" />
        <source>Personvern: slett saker som ble avsluttet for lenge siden</source>
        <translation>Privacy: delete cases closed long ago</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="172" />
        <source>Forfalt og forfaller innen {} dager</source>
        <translation>Overdue and due within {} days</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="174" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="314" />
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="196" />
        <source>Saken i detalj</source>
        <translation>The case in detail</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="198" />
        <source>Flytt saken</source>
        <translation>Move the case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="201" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="211" />
        <source>Ny status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="207" />
        <source>Notat (valgfritt)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="209" />
        <source>Fl&amp;ytt saken</source>
        <translation>Mo&amp;ve the case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="205" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="212" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="208" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="213" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="216" />
        <source>Bre&amp;v …</source>
        <translation>Le&amp;tter …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="218" />
        <source>Lag brev til husstanden i saken</source>
        <translation>Make a letter to the case's household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="244" />
        <source>{} saker, {} forfalte frister</source>
        <translation>{} cases, {} overdue deadlines</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="276" />
        <source>Ingen sak er valgt.</source>
        <translation>No case is selected.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="285" />
        <source>Saken er avsluttet</source>
        <translation>The case is closed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="290" />
        <source>Sak nr. {} · &lt;b&gt;{}&lt;/b&gt; · åpnet {}</source>
        <translation>Case no. {} · &lt;b&gt;{}&lt;/b&gt; · opened {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="294" />
        <source>avsluttet {}</source>
        <translation>closed {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="300" />
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="318" />
        <source>utført</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="320" />
        <source>forfalt</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="322" />
        <source>åpen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="424" />
        <source>{} brevfiler er fjernet fra disken.</source>
        <translation>{} letter files removed from disk.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="427" />
        <source>{} av {} brevfiler er fjernet fra disken; de andre fantes ikke lenger eller lå utenfor programmets datamappe og er ikke rørt.</source>
        <translation>{} of {} letter files removed from disk; the others no longer existed or lay outside the program's data folder and were left alone.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="432" />
        <source>{} brevfiler ligger utenfor programmets mappe og ble ikke slettet fra disken:
{}</source>
        <translation>{} letter files lie outside the program's folder and were not deleted from disk:
{}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="217" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="328" />
        <source>Brev</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="147" />
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="152" />
        <source>Søk: navn, husstand, saksbehandler</source>
        <translation>Search: name, household, caseworker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="153" />
        <source>Søk i sakene</source>
        <translation>Search the cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="160" />
        <source>Slett &amp;avsluttede saker …</source>
        <translation>Delete &amp;closed cases …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="339" />
        <source>Ingen brev er knyttet til saken.</source>
        <translation>No letters are linked to the case.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="341" />
        <source>Beregninger</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="342" />
        <source>regelår {}</source>
        <translation>rule year {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="353" />
        <source>Ingen beregninger er knyttet til saken.</source>
        <translation>No assessments are linked to the case.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="372" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="375" />
        <source>Kan ikke flytte saken</source>
        <translation>Cannot move the case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="386" />
        <source>Slett avsluttede saker</source>
        <translation>Delete closed cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="393" />
        <source>Ingen saker ble avsluttet før {}.</source>
        <translation>No cases were closed before {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="397" />
        <source>{} saker som ble avsluttet før {}, slettes for godt med historikk, frister, beregninger og brev. Husstander som ikke lenger leier og ikke har andre saker, slettes også. Vil du slette?</source>
        <translation>{} cases closed before {} will be deleted for good, with their history, deadlines, assessments and letters. Households that no longer rent and have no other cases are deleted too. Delete?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="412" />
        <source>Sletter avsluttede saker …</source>
        <translation>Deleting closed cases …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="420" />
        <source>{} saker er slettet ({} brev, {} beregninger, {} husstander).</source>
        <translation>{} cases deleted ({} letters, {} assessments, {} households).</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="114" />
        <source>Kostnad per måned (kr)</source>
        <translation>Cost per month (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="116" />
        <source>Kostnad per måned, leie og eie</source>
        <translation>Cost per month, renting and owning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="134" />
        <source>Leie i dag</source>
        <translation>Renting today</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="138" />
        <source>Eie</source>
        <translation>Owning</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="140" />
        <source>Eie etter rentefradrag</source>
        <translation>Owning after interest deduction</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="126" />
        <source>kr per måned</source>
        <translation>kr per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="176" />
        <source>Gjenstående gjeld og egenkapital over årene</source>
        <translation>Remaining debt and equity over the years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="191" />
        <source>Gjenstående lån</source>
        <translation>Remaining loan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="193" />
        <source>Egenkapital i boligen (uten prisvekst)</source>
        <translation>Equity in the dwelling (no price growth)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="180" />
        <source>år</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="172" />
        <source>Gjeld og egenkapital over tid (tusen kr)</source>
        <translation>Debt and equity over time (thousand kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="183" />
        <source>tusen kr</source>
        <translation>thousand kr</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="213" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="214" />
        <source>Innbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="215" />
        <source>Renter</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="216" />
        <source>Avdrag</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="217" />
        <source>Gebyrer</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="218" />
        <source>Restgjeld</source>
        <translation>Remaining debt</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="245" />
        <source>Avslutt restansesaken</source>
        <translation>Close the arrears case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="247" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="250" />
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="251" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="252" />
        <source>Dato</source>
        <translation>Date</translation>
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
        <location filename="../../leietileie/ui/views/cases_page.py" line="71" />
        <source>Saker som ble avsluttet før datoen slettes med historikk, frister, beregninger og brev.</source>
        <translation>Cases closed before the date are deleted with their history, deadlines, assessments and letters.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="80" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="81" />
        <source>Avsluttet før</source>
        <translation>Closed before</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="80" />
        <source>Gjenopprett den fra en sikkerhetskopi: Fil → Sikkerhetskopi og gjenoppretting → Gjenopprett fra sikkerhetskopi.</source>
        <extracomment>storage/schema/runner.py's refusal of a register from a newer release (command-line words).</extracomment>
        <translation>Restore it from a backup: File → Backup and restore → Restore from backup.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="87" />
        <source>Databasen {} er laget av en nyere versjon av programmet (skjemaversjon {}; denne versjonen kjenner bare versjon {}). Oppdater Leie til eie før du åpner denne databasen; ingenting er endret.</source>
        <translation>The database {} was made by a newer version of the program (schema version {}; this version only knows version {}). Update Leie til eie before opening this database; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="137" />
        <source>Kan ikke fullføre</source>
        <translation>Cannot complete</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="151" />
        <source>Det oppstod en feil i programmet. Handlingen som feilet, ble ikke fullført; programmet kan brukes videre.

Feilen er skrevet til loggfilen
{}

Send loggfilen til brukerstøtte (den kan inneholde personopplysninger: send den på en sikker måte).</source>
        <translation>An error occurred in the program. The action that failed was not completed; you can go on using the program.

The error is written to the log file
{}

Send the log file to support (it may hold personal data: send it securely).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="159" />
        <source>Det oppstod en feil i programmet, og loggfilen kunne ikke skrives. Programmet kan brukes videre.</source>
        <translation>An error occurred in the program, and the log file could not be written. You can go on using the program.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="165" />
        <source>Feil i programmet</source>
        <translation>Error in the program</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="188" />
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="189" />
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="190" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="191" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="192" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="196" />
        <source> (forfalt)</source>
        <translation> (overdue)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="72" />
        <source>Endre husstand {}</source>
        <extracomment>``AppContext.write``: runs ``fn(db)`` off the GUI thread with its own connection</extracomment>
        <translation>Edit household {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="94" />
        <source>Ny husstand {}</source>
        <extracomment>the version this command last wrote (``after`` was saved at after.version)</extracomment>
        <translation>New household {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="116" />
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
        <location filename="../../leietileie/ui/views/screening_export.py" line="28" />
        <source>Eksporter liste</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="31" />
        <source>{} husstander i listen. Velg kolonnene som trengs:</source>
        <translation>{} households in the list. Choose the columns you need:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="33" />
        <source>Kolonner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="42" />
        <source>Vis hele fødselsnummeret (ellers maskert)</source>
        <translation>Show the full identity number (masked otherwise)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="43" />
        <source>Gjelder bare når kolonnen Fødselsnummer er valgt</source>
        <translation>Applies only when the Identity number column is chosen</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="48" />
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="49" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowupDetail</name>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="61" />
        <source>Leie til eie-avtale</source>
        <translation>Rent-to-own agreement</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="63" />
        <source>Ingen avtale.</source>
        <translation>No agreement.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="65" />
        <source>{}: {} – {}</source>
        <translation>{}: {} – {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="72" />
        <source>Pris år 0</source>
        <translation>Price in year 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="74" />
        <source>Sparemål</source>
        <translation>Saving target</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="75" />
        <source>{} /mnd</source>
        <translation>{} /month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="82" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="86" />
        <source>Forventet spart</source>
        <translation>Expected savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="88" />
        <source>Faktisk spart</source>
        <translation>Actual savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="92" />
        <source>Mangler</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="99" />
        <source>Vilkår</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="106" />
        <source>Sparing: {}</source>
        <translation>Savings: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="123" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="127" />
        <source>Skylder</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="128" />
        <source>Måneder etter</source>
        <translation>Months late</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="129" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="138" />
        <source>Neste steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="141" />
        <source>Ingen restanse.</source>
        <translation>No arrears.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="143" />
        <source>Tiltak</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="154" />
        <source>Ingen tiltak er logget.</source>
        <translation>No actions logged.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="157" />
        <source>Nedbetalingsavtaler</source>
        <translation>Payment agreements</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="160" />
        <source>Ingen nedbetalingsavtale.</source>
        <translation>No payment agreement.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="166" />
        <source>Fra {}: {} /mnd, i alt {} ({})</source>
        <translation>From {}: {} /month, {} in all ({})</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="177" />
        <source>Restansesaker</source>
        <translation>Arrears cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="181" />
        <source>åpen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="183" />
        <source>avsluttet {}</source>
        <translation>closed {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="187" />
        <source>åpnet {}</source>
        <translation>opened {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="197" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="218" />
        <source>Husstand {}</source>
        <translation>Household {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/followup_detail.py" line="219" />
        <source>per {}</source>
        <translation>as of {}</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="94" />
        <source>Feil</source>
        <extracomment>what a caseworker logs by hand (a payment agreement has its own dialog)</extracomment>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="101" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="104" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowupLetterDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="42" />
        <source>Betalingsoppfordring</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="45" />
        <source>Invitasjon til samtale om restansen</source>
        <translation>Invitation to a talk about the arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="47" />
        <source>Nedbetalingsavtale</source>
        <translation>Payment agreement</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="48" />
        <source>Leie til eie-avtale</source>
        <translation>Rent-to-own agreement</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="49" />
        <source>Statusbrev om sparingen</source>
        <translation>Status letter on the saving</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="50" />
        <source>Tilbud om å kjøpe boligen</source>
        <translation>Offer to buy the home</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="72" />
        <source>Oppfølgingsbrev til %s</source>
        <extracomment>The letters that take an account number / a proposed meeting.</extracomment>
        <translation>Follow-up letter to %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="98" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="84" />
        <source>Kontonummer</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="85" />
        <source>Tomt: som på husleiefakturaen</source>
        <translation>Empty: as on the rent invoice</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="87" />
        <source>Foreslått samtale</source>
        <translation>Proposed talk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="88" />
        <source>F.eks. 8. januar kl. 10 på servicetorget</source>
        <translation>E.g. 8 January at 10:00 at the service desk</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="90" />
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="132" />
        <source>Mappe for brevet</source>
        <translation>Folder for the letter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="91" />
        <source>&amp;Bla gjennom …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="97" />
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="99" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="100" />
        <source>Konto</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="101" />
        <source>Samtale</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="102" />
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="106" />
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="173" />
        <source>Brevet kan ikke lages</source>
        <translation>The letter cannot be made</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="108" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="167" />
        <source>Lager brevet …</source>
        <translation>Making the letter …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="177" />
        <source>Lagret i arkivet: %s</source>
        <translation>Saved in the archive: %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_letter_dialog.py" line="179" />
        <source>Ført som tiltak på restansesaken.</source>
        <translation>Logged as an action on the arrears case.</translation>
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
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="46" />
        <source>Holdt</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="47" />
        <source>Brutt</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="48" />
        <source>Nedbetalt</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="53" />
        <source>Kjøpt</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="54" />
        <source>Utløpt</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="55" />
        <source>Avbrutt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="184" />
        <location filename="../../leietileie/ui/models/followup_models.py" line="257" />
        <source>Husstand</source>
        <extracomment>the column whose CODE_ROLE the proxy filters by the typed columns (column → export kind); the others are exported as their text</extracomment>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="185" />
        <location filename="../../leietileie/ui/models/followup_models.py" line="258" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="186" />
        <source>Skylder</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="187" />
        <source>Mnd. etter</source>
        <translation>Months late</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="188" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="189" />
        <source>Neste steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="190" />
        <source>Siste tiltak</source>
        <translation>Last action</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="191" />
        <source>Nedbetalingsavtale</source>
        <translation>Payment agreement</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="192" />
        <source>Bolig</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="259" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="260" />
        <source>Forventet spart</source>
        <translation>Expected savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="261" />
        <source>Faktisk spart</source>
        <translation>Actual savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="262" />
        <source>Mangler</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="263" />
        <source>Avtale</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="264" />
        <source>Neste revurdering</source>
        <translation>Next re-assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="265" />
        <source>Opsjon</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="296" />
        <source>Kan utøves</source>
        <extracomment>worst first when sorted ascending</extracomment>
        <translation>Can be exercised</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="238" />
        <source>Eldste ubetalte måned: {}</source>
        <translation>Oldest unpaid month: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="322" />
        <source>Start {}, opsjonen utløper {}</source>
        <translation>Start {}, the option expires {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/models/followup_models.py" line="326" />
        <source>Sist registrert {}</source>
        <translation>Last recorded {}</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="86" />
        <source>Eksporter listen</source>
        <extracomment>background loads still running: kept alive here until they finish (never collected while running, even when the view that asked is gone)</extracomment>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="147" />
        <location filename="../../leietileie/ui/views/followup_page.py" line="624" />
        <source>Leie til eie-avtale</source>
        <translation>Rent-to-own agreement</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="184" />
        <source>Per</source>
        <extracomment>the household shown in the detail pane the dialog while it is open (tests answer it)</extracomment>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="190" />
        <source>Per dato</source>
        <translation>As of date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="195" />
        <source>Søk: navn, husstand, bolig</source>
        <translation>Search: name, household, unit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="196" />
        <source>Søk i oppfølgingen</source>
        <translation>Search the follow-up</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="201" />
        <source>Antall</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="228" />
        <source>Lister</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="233" />
        <source>Neste steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="234" />
        <source>Alle steg</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="240" />
        <source>Neste steg:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="241" />
        <location filename="../../leietileie/ui/views/followup_page.py" line="246" />
        <source>Restanser</source>
        <translation>Rent arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="251" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="252" />
        <source>Alle statuser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="258" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="260" />
        <source>Leie til eie-avtaler</source>
        <translation>Rent-to-own agreements</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="266" />
        <source>Leie til eie</source>
        <translation>Rent to own</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="270" />
        <source>&amp;Eksporter …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="271" />
        <source>Lagre listen som Excel, CSV eller PDF</source>
        <translation>Save the list as Excel, CSV or PDF</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="273" />
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="274" />
        <source>Skriv ut listen slik den vises</source>
        <translation>Print the list as shown</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="289" />
        <source>Oppfølging av husstanden</source>
        <translation>The household's follow-up</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="298" />
        <source>Logg &amp;tiltak …</source>
        <translation>Log an ac&amp;tion …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="299" />
        <source>Påminnelse, samtale, møte, henvisning til NAV, notat</source>
        <translation>Reminder, call, meeting, referral to NAV, note</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="304" />
        <source>&amp;Nedbetalingsavtale …</source>
        <translation>Pa&amp;yment agreement …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="305" />
        <source>Avtale om nedbetaling av restansen, med plan</source>
        <translation>An agreement to pay off the arrears, with its schedule</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="310" />
        <source>Registrer &amp;sparing …</source>
        <translation>Record &amp;savings …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="311" />
        <source>Saldo på sparekontoen på en dato</source>
        <translation>The savings account's balance on a date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="316" />
        <source>A&amp;vslutt restansesak …</source>
        <translation>Close arrears &amp;case …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="317" />
        <location filename="../../leietileie/ui/views/followup_page.py" line="521" />
        <source>Avslutt restansesaken med utfallet</source>
        <translation>Close the arrears case with its outcome</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="322" />
        <source>Ny leie til eie-&amp;avtale …</source>
        <translation>New &amp;agreement …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="323" />
        <source>Gjør planen til en avtale på husstandens sak</source>
        <translation>Make the plan an agreement on the household's case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="366" />
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="450" />
        <source>{} i restanse · {} avtaler</source>
        <translation>{} in arrears · {} agreements</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="509" />
        <source>Velg en husstand i en av listene.</source>
        <translation>Choose a household in one of the lists.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="523" />
        <source>Husstanden har ingen åpen restansesak</source>
        <translation>The household has no open arrears case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="552" />
        <source>Logg tiltak</source>
        <translation>Log an action</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="566" />
        <source>Nedbetalingsavtale</source>
        <translation>Payment agreement</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="579" />
        <source>Registrer sparing</source>
        <translation>Record savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="591" />
        <source>Avslutt restansesak</source>
        <translation>Close arrears case</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="677" />
        <location filename="../../leietileie/ui/table_tools.py" line="150" />
        <source>Eksporterer listen …</source>
        <translation>Exporting the list …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="680" />
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="680" />
        <source>Listen er lagret i {}</source>
        <translation>The list is saved in {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="682" />
        <source>Eksporten feilet</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="384" />
        <source>Kunne ikke hente oppfølgingen</source>
        <translation>Could not load the follow-up</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="328" />
        <source>La&amp;g brev …</source>
        <translation>Write a lette&amp;r …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/followup_page.py" line="329" />
        <source>Brev til husstanden: påminnelse, innkalling, avtale</source>
        <translation>A letter to the household: reminder, invitation, agreement</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="9" />
        <source>Betjeningsevne: om husstanden klarer å betjene lånet. Inntekt etter skatt minus levekostnader, faste forpliktelser og bokostnader er det som er tilgjengelig til lån; det må dekke terminbeløpet regnet med kalkulasjonsrenten.</source>
        <translation>Betjeningsevne (debt-servicing capacity): whether the household can service the loan. Income after tax minus living costs, fixed obligations and running costs is what is available for loans; it must cover the payments at the stress rate.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="16" />
        <source>Kalkulasjonsrente: renten lånet prøves mot (stresstest) – dagens rente pluss et påslag, slik at husstanden tåler at renten stiger. Påslaget står under Innstillinger → Regelsett og satser.</source>
        <translation>Kalkulasjonsrente (stress rate): the rate the loan is tested at – today's rate plus a margin, so the household can bear a rate rise. The margin is under Settings → Rule sets and figures.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="22" />
        <source>Fellesgjeld: boligens andel av borettslagets (eller aksjeselskapets) lån. Den regnes med i kjøpesummen og i den samlede gjelden; renter og avdrag betales gjennom felleskostnadene.</source>
        <translation>Fellesgjeld (shared debt): the dwelling's share of the housing cooperative's (or company's) loan. It counts in the purchase price and the total debt; interest and repayments are paid through the common costs.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="28" />
        <source>Egenkapital: husstandens egne midler til kjøpet (oppsparte penger), før lån og tilskudd.</source>
        <translation>Egenkapital (equity): the household's own money for the purchase (savings), before loans and grants.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="32" />
        <source>Startlån: lån fra kommunen (med midler fra Husbanken) til den som ikke får nok lån i vanlig bank. Kan komme i tillegg til banklån eller finansiere hele kjøpet.</source>
        <translation>Startlån (starter loan): a loan from the municipality (funded by Husbanken) for those who cannot get enough from an ordinary bank. It can top up a bank loan or finance the whole purchase.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="37" />
        <source>Tilskudd til etablering: støtte fra kommunen til kjøpet som ikke skal betales tilbake.</source>
        <translation>Grant for establishment: support from the municipality for the purchase that is not paid back.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="41" />
        <source>Levekostnader: det husstanden trenger å leve av hver måned, etter SIFOs referansebudsjett for husstandens sammensetning, aldri lavere enn sosialhjelpsnormen.</source>
        <translation>Living costs: what the household needs to live on each month, from SIFO's reference budget for its composition, never lower than the social assistance floor.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="46" />
        <source>Terminbeløp: det som betales på lånene hver måned, renter og avdrag.</source>
        <translation>Payment: what is paid on the loans each month, interest and repayment.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="49" />
        <source>Omkostninger: dokumentavgift, tinglysingsgebyr og andre kostnader ved kjøpet.</source>
        <translation>Purchase costs: document duty, registration fee and other costs of buying.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="52" />
        <source>Sosialhjelpsnorm: statens veiledende satser for livsopphold. Levekostnadene i beregningen settes aldri lavere enn normen.</source>
        <translation>Social assistance floor: the state's guideline rates for subsistence. The living costs in the assessment are never set lower than the floor.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="66" />
        <source>Brukerveiledningen (docs/brukerveiledning.md) finnes ikke i denne installasjonen.</source>
        <translation>The user guide (docs/brukerveiledning.md) is missing from this installation.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="77" />
        <location filename="../../leietileie/ui/guide.py" line="81" />
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="105" />
        <source>Gå mellom felt og knapper</source>
        <translation>Move between fields and buttons</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="106" />
        <source>Velg visning i navigasjonen</source>
        <translation>Choose a view in the navigation</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="107" />
        <source>Åpne en meny</source>
        <translation>Open a menu</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="114" />
        <location filename="../../leietileie/ui/guide.py" line="116" />
        <source>Hurtigtaster</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="118" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="118" />
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="142" />
        <source>Lisens: {} (European Union Public Licence 1.2).</source>
        <translation>Licence: {} (European Union Public Licence 1.2).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="144" />
        <source>Lisensteksten ligger i filen LICENSE.</source>
        <translation>The licence text is in the file LICENSE.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="147" />
        <source>Leie til eie – versjon {}</source>
        <translation>Rent to own – version {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="149" />
        <source>Regelsett: {}</source>
        <translation>Rule set: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="150" />
        <source>Database: {}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="158" />
        <source>Om Leie til eie</source>
        <translation>About Rent to own</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="162" />
        <source>Om programmet</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="167" />
        <source>Lisens</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="58" />
        <source>ingen inntekt</source>
        <translation>no income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="69" />
        <source>Medlemmer og inntekter</source>
        <translation>Members and incomes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="77" />
        <location filename="../../leietileie/ui/household_detail.py" line="128" />
        <source>{} /mnd</source>
        <translation>{} /month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="80" />
        <source>Skattefrie inntekter</source>
        <translation>Tax-free income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="83" />
        <source>Oppsparte midler</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="85" />
        <source>Andre faste utgifter</source>
        <translation>Other fixed costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="92" />
        <source>Gjeld ({})</source>
        <translation>Debt ({})</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="97" />
        <source>uten begrunnelse</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="102" />
        <source>Levekostnader (satt)</source>
        <translation>Living costs (set)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="107" />
        <source>Økonomi</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="116" />
        <location filename="../../leietileie/ui/household_detail.py" line="165" />
        <source>Leieforhold</source>
        <translation>Tenancy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="118" />
        <source>Leier ingen kommunal bolig.</source>
        <translation>Rents no municipal dwelling.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="123" />
        <source>Bolig</source>
        <translation>Dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="127" />
        <source>Husleie</source>
        <translation>Rent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="130" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="131" />
        <source>Leid fra</source>
        <translation>Rented since</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="137" />
        <source>{} av {} måneder betalt i tide</source>
        <translation>{} of {} months paid on time</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="143" />
        <source>for sent eller ikke betalt: {}</source>
        <translation>late or unpaid: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="148" />
        <source>Husleie siste år</source>
        <translation>Rent last year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="151" />
        <source>selveier</source>
        <translation>freehold</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="153" />
        <source>borettslag/aksje</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="157" />
        <source>Boligen</source>
        <translation>The dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="158" />
        <source>{}, takst {}, felleskost. {} /mnd</source>
        <translation>{}, valuation {}, common costs {} /month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="172" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="175" />
        <source>Ingen saker.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="181" />
        <source>Sak {}</source>
        <translation>Case {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="183" />
        <source>{}, åpnet {}</source>
        <translation>{}, opened {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="203" />
        <source>Siste beregning {}: &lt;b&gt;{}&lt;/b&gt; ({} lagret)</source>
        <translation>Latest assessment {}: &lt;b&gt;{}&lt;/b&gt; ({} stored)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="215" />
        <source>Kartlegging: {}</source>
        <translation>Screening: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="225" />
        <location filename="../../leietileie/ui/household_detail.py" line="241" />
        <source>Dokumenter</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="227" />
        <source>Ingen brev er laget.</source>
        <translation>No letters have been made.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="249" />
        <source>Husstand {}</source>
        <translation>Household {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="267" />
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="47" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="110" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="48" />
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="49" />
        <source>Etternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="50" />
        <source>Fødselsnummer</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="51" />
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="52" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="121" />
        <source>Kjønn</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="81" />
        <source>Inntektstype</source>
        <extracomment>the incomes take two grid columns (type and amount); the member's Fjern comes after</extracomment>
        <translation>Income kind</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="88" />
        <source>Inntekt per år</source>
        <translation>Income per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="116" />
        <source>11 sifre</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="119" />
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="90" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="53" />
        <source>Inntekter (type og beløp per år)</source>
        <translation>Incomes (kind and amount per year)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="86" />
        <source>kr per år</source>
        <translation>kr per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="123" />
        <source>Fjern medlem</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="126" />
        <source>Særskilt omsorgsbehov</source>
        <translation>Special care needs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="129" />
        <source>Barnet har særskilt behov for omsorg: foreldrefradrag også etter fylte 11 år</source>
        <translation>The child has special care needs: the parental deduction (foreldrefradrag) also after age 11</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="156" />
        <source>Legg til inntekt</source>
        <translation>Add income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="198" />
        <source>Medlem {}</source>
        <translation>Member {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="201" />
        <source>{}, inntektstype {}</source>
        <translation>{}, income kind {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="206" />
        <source>{}, inntekt {} per år</source>
        <translation>{}, income {} per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="211" />
        <source>{}, fjern inntekt {}</source>
        <translation>{}, remove income {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="216" />
        <source>{}, legg til inntekt</source>
        <translation>{}, add income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="219" />
        <source>Fjern medlem {}</source>
        <translation>Remove member {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="222" />
        <source>{}, særskilt omsorgsbehov</source>
        <translation>{}, special care needs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="288" />
        <source>Rediger husstand</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="288" />
        <source>Ny husstand</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="300" />
        <source>Feil i skjemaet</source>
        <translation>Errors in the form</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="305" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="306" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="324" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="326" />
        <source>Husstand-ID</source>
        <translation>Household ID</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="327" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="328" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="331" />
        <source>Skattefrie inntekter per måned</source>
        <translation>Tax-free income per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="336" />
        <source>Oppsparte midler</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="340" />
        <source>Andre faste utgifter per måned</source>
        <translation>Other fixed costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="346" />
        <source>Barnehage og SFO per år (foreldrefradrag)</source>
        <translation>Childcare per year (kindergarten, after-school care)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="352" />
        <source>Renter på gjeld per år (rentefradrag)</source>
        <translation>Interest on existing debt per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="356" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="357" />
        <source>Bil</source>
        <translation>Car</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="359" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="361" />
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="365" />
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="382" />
        <source>Legg til medlem</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="463" />
        <source>Leieforhold</source>
        <translation>Tenancy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="465" />
        <source>Bolig (bolig-ID)</source>
        <translation>Dwelling (unit ID)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="468" />
        <source>Husleie per måned</source>
        <translation>Rent per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="472" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="474" />
        <source>Leid fra (dd.mm.åååå)</source>
        <translation>Rented since (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="494" />
        <source>Husstand-ID: «{}» er allerede i bruk</source>
        <translation>Household ID: «{}» is already in use</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="500" />
        <source>Husstand-ID: «{}» tilhører en slettet husstand; angre slettingen eller velg en annen ID</source>
        <translation>Household ID: «{}» belongs to a deleted household; undo the deletion or choose another ID</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="89" />
        <source>{}: må fylles ut</source>
        <extracomment>every income of the member, in the order shown a child's special care needs (foreldrefradrag after age 11)</extracomment>
        <translation>{}: required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="96" />
        <source>{}: «{}» er ikke et beløp (skriv for eksempel 12 500)</source>
        <translation>{}: «{}» is not an amount (write for example 12 500)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="103" />
        <source>{}: kan ikke være negativt</source>
        <translation>{}: cannot be negative</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="118" />
        <source>Medlem {}</source>
        <translation>Member {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="123" />
        <source>{}, rolle: «{}» er ukjent; velg søker, medsøker, voksen eller barn</source>
        <translation>{}, role: «{}» is unknown; choose applicant, co-applicant, adult or child</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="129" />
        <source>fornavn</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="130" />
        <source>etternavn</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="134" />
        <source>{}, {}: må fylles ut</source>
        <translation>{}, {}: required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="142" />
        <source>{}, fødselsdato: «{}» er ikke en dato (dd.mm.åååå)</source>
        <translation>{}, date of birth: «{}» is not a date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="151" />
        <source>{}, fødselsnummer: {}</source>
        <translation>{}, identity number: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="157" />
        <source>{}, fødselsnummer: mangler (påkrevd for voksne)</source>
        <translation>{}, identity number: missing (required for adults)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="163" />
        <source>{}, fødselsdato: barn må ha fødselsnummer eller fødselsdato</source>
        <translation>{}, date of birth: a child needs an identity number or a date of birth</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="172" />
        <source>{}, alder: {} år er utenfor {}–{} år for rollen</source>
        <translation>{}, age: {} years is outside {}–{} years for the role</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="180" />
        <source>{}, kjønn: «{}» er ukjent; velg kvinne eller mann</source>
        <translation>{}, sex: «{}» is unknown; choose female or male</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="206" />
        <source>{}, inntekt {}</source>
        <translation>{}, income {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="209" />
        <source>{}, inntektstype {}: velg hva slags inntekt beløpet er</source>
        <translation>{}, income kind {}: choose what kind of income the amount is</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="234" />
        <source>Husstand-ID: må fylles ut</source>
        <translation>Household ID: required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="238" />
        <source>Medlemmer: husstanden må ha minst én søker</source>
        <translation>Members: the household must have at least one applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="244" />
        <source>Medlemmer: husstanden må ha nøyaktig én søker</source>
        <translation>Members: the household must have exactly one applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="249" />
        <source>Medlemmer: høyst én medsøker</source>
        <translation>Members: at most one co-applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="255" />
        <source>Medlem {}, fødselsnummer: samme person står to ganger</source>
        <translation>Member {}, identity number: the same person appears twice</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="266" />
        <source>Skattefrie inntekter per måned</source>
        <translation>Tax-free income per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="268" />
        <source>Oppsparte midler</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="271" />
        <source>Andre faste utgifter per måned</source>
        <translation>Other fixed costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="275" />
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="286" />
        <source>Barnehage og SFO per år</source>
        <translation>Childcare per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="279" />
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="291" />
        <source>Renter på gjeld per år</source>
        <translation>Interest on existing debt per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="297" />
        <source>{}: er over {}, største rimelige verdi</source>
        <translation>{}: is over {}, the largest plausible value</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="304" />
        <source>E-post: «{}» er ikke en e-postadresse</source>
        <translation>E-mail: «{}» is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="330" />
        <source>Husleie per måned</source>
        <translation>Rent per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="335" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="341" />
        <source>Leid fra: «{}» er ikke en dato (dd.mm.åååå)</source>
        <translation>Rented since: «{}» is not a date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="349" />
        <source>Bolig: «{}» finnes ikke i boligregisteret</source>
        <translation>Unit: «{}» is not in the dwelling register</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="38" />
        <source>Navn</source>
        <extracomment>rows read at a time when the whole list is exported (sort key, header, alignment right?)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="39" />
        <source>Fødselsnr.</source>
        <translation>Identity no.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="40" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="41" />
        <source>Bolig</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="42" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="43" />
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="44" />
        <source>Inntekt/år</source>
        <translation>Income/year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="45" />
        <source>Husleie/mnd</source>
        <translation>Rent/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="46" />
        <source>Restanse</source>
        <translation>Arrears</translation>
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
        <translation>Tenants (households and members)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="39" />
        <source>Boliger</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="42" />
        <source>Husleiereskontro (forfalt og betalt husleie per måned)</source>
        <translation>Rent ledger (rent due and paid per month)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="45" />
        <source>(ikke i filen)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="55" />
        <source>Importer register</source>
        <translation>Import register</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="61" />
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="63" />
        <source>Hva importeres</source>
        <translation>What to import</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="66" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="68" />
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="72" />
        <source>Fil (XLSX eller CSV)</source>
        <translation>File (XLSX or CSV)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="73" />
        <source>Importer de gyldige radene og hopp over resten</source>
        <translation>Import the valid rows and skip the rest</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="80" />
        <source>Kolonner: hvilken kolonne i filen svarer til hvert felt?</source>
        <translation>Columns: which column of the file is each field?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="85" />
        <source>Problemer i filen</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="88" />
        <source>Sjekk filen</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="90" />
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="92" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="102" />
        <source>Velg fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="102" />
        <source>Regneark (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="148" />
        <source>Velg en fil først.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="156" />
        <source>Sjekker filen …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="156" />
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="173" />
        <source>Importen ble avbrutt. Ingenting er endret.</source>
        <translation>The import was cancelled. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="177" />
        <source>Uventet feil: {}</source>
        <translation>Unexpected error: {}</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="29" />
        <source>Bare startlån</source>
        <translation>Startlån only</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="30" />
        <source>Banklån først, startlån på toppen</source>
        <translation>Bank loan first, startlån on top</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="33" />
        <source>Banklån først når banken kan låne noe, ellers bare startlån</source>
        <translation>Bank loan first where the bank can lend something, else startlån only</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="54" />
        <source>Annuitet</source>
        <translation>Annuity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="55" />
        <source>Serie</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="58" />
        <source>Selveier (dokumentavgift)</source>
        <translation>Freehold (transfer duty)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="59" />
        <source>Borettslag / aksje</source>
        <translation>Cooperative / share</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="126" />
        <source>Boligen</source>
        <extracomment>The policy rate shown from the rule year's set (percent), None when the caseworker's.</extracomment>
        <translation>The dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="127" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="132" />
        <source>Kjøpesum</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="128" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="133" />
        <source>Eierform</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="129" />
        <source>Felleskostnader per måned</source>
        <translation>Common costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="130" />
        <source>Andre bokostnader per måned</source>
        <translation>Other running costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="134" />
        <source>Felleskost./mnd</source>
        <translation>Common costs/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="135" />
        <source>Andre bokost./mnd</source>
        <translation>Other costs/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="141" />
        <source>Husstanden</source>
        <translation>The household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="142" />
        <source>Egenkapital (sparing)</source>
        <translation>Equity (savings)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="143" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="144" />
        <source>Sett levekostnader selv</source>
        <translation>Set living costs manually</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="145" />
        <source>Levekostnader per måned</source>
        <translation>Living costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="147" />
        <source>Begrunnelse (påkrevd)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="148" />
        <source>Begrunnelse for levekostnader</source>
        <translation>Reason for living costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="132" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="151" />
        <source>Egenkapital</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="153" />
        <source>Levekost./mnd</source>
        <translation>Living costs/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="154" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="160" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="165" />
        <source>Finansiering</source>
        <translation>Financing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="162" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="179" />
        <source>Regelår</source>
        <translation>Rule year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="170" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="181" />
        <source>Løpetid</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="134" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="171" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="182" />
        <source>Nedbetaling</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="172" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="183" />
        <source>Startlånsrente</source>
        <translation>Startlån rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="173" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="184" />
        <source>Bankrente</source>
        <translation>Bank rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="174" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="185" />
        <source>Styringsrente</source>
        <translation>Policy rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="175" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="186" />
        <source>Største tilskudd</source>
        <translation>Largest grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="180" />
        <source>Opplegg</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="38" />
        <source>Tilbud om kjøp av bolig</source>
        <translation>Offer to buy the dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="39" />
        <source>Invitasjon til samtale</source>
        <translation>Invitation to a meeting</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="40" />
        <source>Forhåndsvurdering av startlån</source>
        <translation>Preliminary startlån assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="58" />
        <source>Brev til %s</source>
        <translation>Letter to %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="42" />
        <source>Brevtype</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="69" />
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="47" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="65" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="71" />
        <source>Vedtaket fattes av</source>
        <translation>Decision made by</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="66" />
        <source>Navn (kreves med tomannsregel)</source>
        <translation>Name (required by the two-person rule)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="68" />
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="70" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="51" />
        <source>Brevdato</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="57" />
        <source>Lag brev</source>
        <translation>Make letter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="61" />
        <source>Åpne for utskrift …</source>
        <translation>Open for printing …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/pdf_preview.py" line="65" />
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="105" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="129" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="132" />
        <source>Brevet kan ikke lages</source>
        <translation>The letter cannot be made</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="126" />
        <source>Lager brevet …</source>
        <translation>Making the letter …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="136" />
        <source>Lagret i arkivet: %s</source>
        <translation>Saved in the archive: %s</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="140" />
        <source>Beregnet på nytt fordi noe er endret:</source>
        <translation>Assessed again because something changed:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="149" />
        <source>Lage brevet likevel?</source>
        <translation>Make the letter anyway?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="150" />
        <source>Før utskrift</source>
        <translation>Before printing</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../leietileie/ui/letters_ui.py" line="22" />
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/letters_ui.py" line="23" />
        <source>Velg en husstand først.</source>
        <translation>Choose a household first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="60" />
        <source>Navigasjon</source>
        <extracomment>The default size of a first start (fits a 1 366 × 768 laptop).</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="195" />
        <source>Denne visningen har ingen liste å eksportere.</source>
        <extracomment>refreshes the lists on a colleague's change (the office database only) the window that took over after a switch of register (or a reconnection)</extracomment>
        <translation>This view has no list to export.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="206" />
        <source>Denne visningen har ingen liste å skrive ut.</source>
        <translation>This view has no list to print.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="238" />
        <source>Du bruker allerede en lokal fil.</source>
        <translation>You are already using a local file.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="270" />
        <source>Ingen forbindelse med kontorets database</source>
        <translation>No connection to the office database</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="278" />
        <source>Forbindelsen med kontorets database er tilbake.</source>
        <translation>The connection to the office database is back.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="330" />
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="344" />
        <source>Leie til eie – {}</source>
        <translation>Rent to own – {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="347" />
        <source>kontorets database {}</source>
        <translation>the office database {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="348" />
        <source>Kontorets database: {}</source>
        <translation>Office database: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="350" />
        <source>Database: {}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="353" />
        <source>Regelår {}</source>
        <translation>Rule year {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="28" />
        <source>Leietakere</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="32" />
        <source>Beregning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="36" />
        <source>Leie til eie</source>
        <translation>Rent to own</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="39" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="43" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="52" />
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="34" />
        <source>Menylinje</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="38" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="40" />
        <source>&amp;Ny husstand …</source>
        <translation>&amp;New household …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="43" />
        <source>&amp;Importer …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="46" />
        <source>&amp;Eksporter listen som vist …</source>
        <translation>&amp;Export the list as shown …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="49" />
        <source>&amp;Sikkerhetskopi og gjenoppretting</source>
        <translation>&amp;Backup and restore</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="52" />
        <source>&amp;Lag sikkerhetskopi …</source>
        <translation>&amp;Make a backup …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="57" />
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Restore from a backup …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="62" />
        <source>&amp;Vis hvor sikkerhetskopiene ligger</source>
        <translation>&amp;Show where the backups are</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="67" />
        <source>&amp;Koble til kontorets database …</source>
        <translation>&amp;Connect to the office database …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="70" />
        <source>Bruk &amp;lokal fil</source>
        <translation>Use a &amp;local file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="73" />
        <source>Åpne &amp;datamappen</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="76" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="78" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="79" />
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="80" />
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="82" />
        <source>&amp;Kopier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="83" />
        <source>&amp;Søk</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="85" />
        <source>&amp;Brev</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="87" />
        <source>&amp;Lag brev …</source>
        <translation>&amp;Make a letter …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="90" />
        <source>&amp;Skriv ut listen …</source>
        <translation>&amp;Print the list …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="93" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="96" />
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="102" />
        <source>&amp;Hurtigtaster</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="106" />
        <source>&amp;Om programmet</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="46" />
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../leietileie/ui/messages.py" line="29" />
        <source>Last inn på nytt</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/messages.py" line="33" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../leietileie/ui/office_ui.py" line="54" />
        <source>Husstanden ble slettet av {actor} kl. {time} ({date}) etter at du åpnet den.</source>
        <extracomment>How long the listener waits for notices before it looks at its stop flag (seconds). How long the listener waits before it tries a lost connection again (seconds). Notices within this many milliseconds refresh the lists once.</extracomment>
        <translation>The household was deleted by {actor} at {time} ({date}) after you opened it.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/office_ui.py" line="58" />
        <source>Husstanden ble endret av {actor} kl. {time} ({date}) etter at du åpnet den.</source>
        <translation>The household was changed by {actor} at {time} ({date}) after you opened it.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/office_ui.py" line="66" />
        <source>Endringen din er ikke lagret: last inn på nytt og gjør den igjen.</source>
        <translation>Your change is not saved: reload and make it again.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/office_ui.py" line="73" />
        <source>Endringene dine er ikke lagret. «Last inn på nytt» henter den lagrede versjonen (endringene dine forkastes); «Avbryt» lar deg fortsette i skjemaet.</source>
        <translation>Your changes are not saved. “Reload” fetches the stored version (your changes are discarded); “Cancel” lets you go on in the form.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="35" />
        <source>Kryptert når tjeneren kan (prefer)</source>
        <translation>Encrypted when the server can (prefer)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="36" />
        <source>Alltid kryptert (require)</source>
        <translation>Always encrypted (require)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="37" />
        <source>Kryptert og tjenerens sertifikat kontrollert (verify-full)</source>
        <translation>Encrypted and the server's certificate verified (verify-full)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="54" />
        <source>Koble til kontorets database</source>
        <translation>Connect to the office database</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="65" />
        <source>Kontorets database er en PostgreSQL-database som alle saksbehandlerne bruker. Spør IT om vert, database og brukernavn, eller om navnet på tjenesten.</source>
        <translation>The office database is a PostgreSQL database every caseworker uses. Ask IT for the host, database and user name, or for the name of the service.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="72" />
        <source>Tjeneste (service)</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="74" />
        <source>navn i tjenestefilen (pg_service.conf); valgfritt</source>
        <translation>name in the service file (pg_service.conf); optional</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="76" />
        <source>Vert</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="77" />
        <source>f.eks. db.kommune.no</source>
        <translation>e.g. db.kommune.no</translation>
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
        <translation>User name</translation>
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
        <translation>CA file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="94" />
        <source>kontorets CA-sertifikat (for verify-full)</source>
        <translation>the office's CA certificate (for verify-full)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="95" />
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="96" />
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="151" />
        <source>Velg CA-fil</source>
        <translation>Choose a CA file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="102" />
        <source>Passord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="104" />
        <source>tomt: ~/.pgpass eller tjenestefilen</source>
        <translation>empty: ~/.pgpass or the service file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="106" />
        <source>Husk passordet i systemets nøkkelring</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="111" />
        <source>Passord lagres ikke. Et passord du skriver her, brukes bare til programmet lukkes; ellers hentes det fra ~/.pgpass eller PostgreSQL-tjenestefilen.</source>
        <translation>Passwords are not stored. A password you type here is used only until the program closes; otherwise it comes from ~/.pgpass or the PostgreSQL service file.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="121" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="126" />
        <source>&amp;Test tilkoblingen</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="129" />
        <source>Bruk &amp;lokal fil</source>
        <translation>Use a &amp;local file</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="132" />
        <source>&amp;Koble til</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="134" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="151" />
        <source>Sertifikater (*.crt *.pem);;Alle filer (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="187" />
        <source>Skriv passordet i feltet Passord (det lagres ikke).</source>
        <translation>Type the password in the Password field (it is not stored).</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="198" />
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="223" />
        <source>Kobler til …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="204" />
        <source>Tilkoblingen virker: {}. Databasen er tom; registeret settes opp når du kobler til.</source>
        <translation>The connection works: {}. The database is empty; the register is set up when you connect.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/office_dialog.py" line="208" />
        <source>Tilkoblingen virker: {}.</source>
        <translation>The connection works: {}.</translation>
    </message>
</context>
<context>
    <name>PaymentAgreementDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="162" />
        <source>Nedbetalingsavtale</source>
        <translation>Payment agreement</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="165" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="166" />
        <source>Første måned</source>
        <translation>First month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="167" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="168" />
        <source>Avdrag per måned</source>
        <translation>Instalment per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="169" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="171" />
        <source>Samlet beløp</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="174" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="177" />
        <source>Nedbetalingsplan</source>
        <translation>Repayment schedule</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="178" />
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="178" />
        <source>Avdrag</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="200" />
        <source>Ingen plan ennå: {}</source>
        <translation>No schedule yet: {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="213" />
        <source>{} avdrag, det siste i {}: {}</source>
        <translation>{} instalments, the last in {}: {}</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="36" />
        <source>Vurdering i dag</source>
        <translation>Assessment today</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="37" />
        <source>Vurdering ved kjøp</source>
        <translation>Assessment at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="38" />
        <source>Oppspart ved kjøp</source>
        <translation>Saved at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="39" />
        <source>Markedsverdi ved kjøp</source>
        <translation>Market value at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="40" />
        <source>Egenkapital ved kjøp</source>
        <translation>Equity at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="41" />
        <source>Startlån ved kjøp</source>
        <translation>Startlån at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="42" />
        <source>Tilskudd ved kjøp</source>
        <translation>Grant at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="43" />
        <source>Eie per måned ved kjøp</source>
        <translation>Owning per month at purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="56" />
        <source>Velg en husstand under Leietakere.</source>
        <translation>Choose a household under Tenants.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="67" />
        <source>Sparing og egenkapital over leieperioden</source>
        <translation>Savings and equity over the rent period</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="71" />
        <source>Planen</source>
        <translation>The plan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="66" />
        <source>Sparing og egenkapital måned for måned (tusen kr)</source>
        <translation>Savings and equity month by month (thousand kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="78" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="85" />
        <source>Leieperiode</source>
        <translation>Rent period</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="79" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="86" />
        <source>Sparing per måned</source>
        <translation>Saving per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="80" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="87" />
        <source>Pris år 0</source>
        <translation>Price in year 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="81" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="88" />
        <source>Prisvekst per år</source>
        <translation>Price growth per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="83" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="89" />
        <source>Rente på sparing</source>
        <translation>Interest on savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="132" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="151" />
        <source>Leie til eie for {} ({})</source>
        <translation>Rent to own for {} ({})</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="213" />
        <source>Oppspart</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="214" />
        <source>Egenkapital om boligen kjøpes (sparing + verdiøkning)</source>
        <translation>Equity if bought (savings + value growth)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="233" />
        <source>måneder</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="239" />
        <source>tusen kr</source>
        <translation>thousand kr</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="94" />
        <source>Gjør planen til en &amp;avtale …</source>
        <translation>Make the plan an &amp;agreement …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="95" />
        <source>Gjør planen til en avtale</source>
        <translation>Make the plan an agreement</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="98" />
        <source>En leie til eie-avtale med planens pris og sparing, fulgt opp under Oppfølging</source>
        <translation>A rent-to-own agreement with the plan's price and saving, followed up under Follow-up</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <location filename="../../leietileie/ui/fmt.py" line="26" />
        <source>%n husstander</source>
        <translation><numerusform>%n household</numerusform><numerusform>%n households</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leietileie/ui/fmt.py" line="32" />
        <source>%n år</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leietileie/ui/fmt.py" line="37" />
        <source> år</source>
        <comment>suffix</comment>
        <translation><numerusform> year</numerusform><numerusform> years</numerusform></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="67" />
        <source>Forhåndsvisning – {}</source>
        <translation>Preview – {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="83" />
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="84" />
        <source>Fant ikke filen {}.</source>
        <translation>Could not find the file {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="97" />
        <source>Kan ikke åpne PDF</source>
        <translation>Cannot open the PDF</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="98" />
        <source>Det finnes ikke noe program for PDF-filer på denne maskinen. Filen ligger her:
{}

Bruk «Skriv ut …» for å skrive den ut direkte.</source>
        <translation>There is no program for PDF files on this computer. The file is here:
{}

Use «Print …» to print it directly.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="18" />
        <source>Brutto inntekt per år</source>
        <extracomment>key, label, bold (a sum line)</extracomment>
        <translation>Gross income per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="19" />
        <source>Skatt per år</source>
        <translation>Tax per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="20" />
        <source>Netto inntekt per måned</source>
        <translation>Net income per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="21" />
        <source>− Levekostnader</source>
        <translation>− Living costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="24" />
        <source>− Faste forpliktelser (gjeld, barnehage o.l.)</source>
        <translation>− Fixed obligations (debt, childcare etc.)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="27" />
        <source>= Tilgjengelig til bolig</source>
        <translation>= Available for housing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="28" />
        <source>− Bokostnader (felleskost. og drift)</source>
        <translation>− Running costs (common costs, upkeep)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="29" />
        <source>= Tilgjengelig til lån</source>
        <translation>= Available for loans</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="30" />
        <source>Kalkulasjonsrente</source>
        <translation>Stress rate (kalkulasjonsrente)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="31" />
        <source>Største lån budsjettet bærer</source>
        <translation>Largest loan the budget carries</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="34" />
        <source>Kjøpesum</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="35" />
        <source>+ Omkostninger</source>
        <translation>+ Purchase costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="36" />
        <source>− Egenkapital</source>
        <translation>− Equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="37" />
        <source>Banklån</source>
        <translation>Bank loan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="38" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="39" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="40" />
        <source>Terminbeløp første måned</source>
        <translation>Payment in the first month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="41" />
        <source>Eie per måned (med bokostnader)</source>
        <translation>Owning per month (with running costs)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="42" />
        <source>Eie etter rentefradrag</source>
        <translation>Owning after interest deduction</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="43" />
        <source>Leie i dag</source>
        <translation>Renting today</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="97" />
        <source>Konklusjon</source>
        <extracomment>result lines explained by a tooltip (line key → glossary term)</extracomment>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="100" />
        <source>Budsjett</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="101" />
        <source>Finansiering og månedskostnad</source>
        <translation>Financing and monthly cost</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="106" />
        <location filename="../../leietileie/ui/views/assessment_results.py" line="107" />
        <source>Kontroller</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="112" />
        <source>Hva kan få det til å gå</source>
        <translation>What would make it work</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="119" />
        <source>Kan ikke beregne: </source>
        <translation>Cannot assess: </translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="152" />
        <source>satt av saksbehandler</source>
        <translation>set by the caseworker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="154" />
        <source>SIFO {}, norm {}</source>
        <translation>SIFO {}, floor {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="180" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="182" />
        <source>Ikke OK</source>
        <translation>Not OK</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="194" />
        <source>Dette kan få det til å gå:</source>
        <translation>This could make it work:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="197" />
        <source>Merk:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="29" />
        <source>Skatt</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="30" />
        <source>SIFO referansebudsjett</source>
        <translation>SIFO reference budget</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="31" />
        <source>Sosialhjelpsnorm</source>
        <translation>Social assistance floor (sosialhjelpsnorm)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="32" />
        <source>Bankenes utlånsregler</source>
        <translation>Banks' lending rules</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="33" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="34" />
        <source>Husbankens renter</source>
        <translation>Husbanken's rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="35" />
        <source>Gebyrer</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="36" />
        <source>Omkostninger ved kjøp</source>
        <translation>Purchase costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="37" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="38" />
        <source>Bostøtte</source>
        <translation>Housing allowance (bostøtte)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="41" />
        <source>Norges Banks styringsrente</source>
        <translation>Norges Bank's policy rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="42" />
        <source>Husbankens flytende rente</source>
        <translation>Husbanken's floating rate</translation>
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
        <location filename="../../leietileie/ui/views/rules_panel.py" line="73" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="75" />
        <source>Regelsett for år</source>
        <translation>Rule set for year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="83" />
        <source>Bekreft at satsene er kontrollert mot kilden</source>
        <translation>Confirm that the rates have been checked against the source</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="88" />
        <source>Satser</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="88" />
        <source>Kontrollert</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="88" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="88" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="99" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="124" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="128" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <source>Regelsett</source>
        <translation>Rule sets</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="95" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="122" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="127" />
        <source>Gjelder fra</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="96" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="117" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="125" />
        <source>Sats</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="97" />
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="98" />
        <source>Endret av</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="101" />
        <source>Justerte satser</source>
        <translation>Adjusted rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="104" />
        <source>Justerte satser (daterte, tas vare på)</source>
        <translation>Adjusted rates (dated, kept)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="120" />
        <source>Ny verdi i prosent</source>
        <translation>New value in percent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="126" />
        <source>Ny verdi (%)</source>
        <translation>New value (%)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="130" />
        <source>Legg til &amp;justering</source>
        <translation>Add &amp;adjustment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="155" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="155" />
        <source>Nei – bør kontrolleres</source>
        <translation>No – should be checked</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="163" />
        <source>Bekreftet av %1, %2</source>
        <translation>Confirmed by %1, %2</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="186" />
        <source>Ny verdi: skriv en prosentsats, for eksempel 4,25</source>
        <translation>New value: write a percentage, for example 4,25</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="189" />
        <source>Gjelder fra: skriv en dato (dd.mm.åååå)</source>
        <translation>Valid from: write a date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="192" />
        <source>Ny verdi: må være mellom 0 og 30 %</source>
        <translation>New value: must be between 0 and 30 %</translation>
    </message>
</context>
<context>
    <name>SavingsDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="231" />
        <source>Registrer sparing</source>
        <translation>Record savings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="232" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="233" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="234" />
        <location filename="../../leietileie/ui/dialogs/followup_dialogs.py" line="235" />
        <source>Saldo på sparekontoen</source>
        <translation>Savings account balance</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="113" />
        <source>Vurder alle husstander for boligen de leier, med kommunens forutsetninger</source>
        <translation>Assess every household for the dwelling it rents, with the municipality's assumptions</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="119" />
        <source>Om kartleggingen</source>
        <translation>About the screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="122" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="123" />
        <source>Alle resultater</source>
        <translation>All results</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="127" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="128" />
        <source>Alle begrunnelser</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="164" />
        <source>Fordeling av husstander</source>
        <translation>Households by result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="169" />
        <source>Diagram over fordelingen</source>
        <translation>Chart of the results</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="183" />
        <source>Resultater</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="197" />
        <source>Lagre listen som Excel, CSV eller PDF (filteret over gjelder)</source>
        <translation>Save the list as Excel, CSV or PDF (the filter above applies)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="202" />
        <source>Åpne en sak med status Kartlagt for de valgte husstandene</source>
        <translation>Open a case with status Screened for the selected households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="230" />
        <source>Henter kartleggingen …</source>
        <translation>Loading the screening …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="240" />
        <source>Ingen kartlegging er kjørt ennå.</source>
        <translation>No screening has been run yet.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="243" />
        <source>Kartlegging nr. {} per {} (regelår {}): {} husstander</source>
        <translation>Screening no. {} as of {} (rule year {}): {} households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="300" />
        <source>{} valgt</source>
        <translation>{} selected</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="305" />
        <source>Brevtjenesten er ikke tilgjengelig ennå</source>
        <translation>The letter service is not available yet</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="309" />
        <source>Lag invitasjon til samtale for de valgte husstandene</source>
        <translation>Make an invitation to a meeting for the selected households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="330" />
        <source>Kartlegger registeret …</source>
        <translation>Screening the register …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="342" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="343" />
        <source>Kartleggingen ble avbrutt. Ingenting ble lagret.</source>
        <translation>The screening was cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="346" />
        <source>Kartleggingen feilet</source>
        <translation>The screening failed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="354" />
        <source>Lagre liste</source>
        <translation>Save list</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="389" />
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="389" />
        <source>Listen er lagret i {}</source>
        <translation>The list is saved in {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="394" />
        <source>Eksporterer liste …</source>
        <translation>Exporting the list …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="397" />
        <source>Eksporten feilet</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="432" />
        <source>Avbrutt før alle var behandlet.</source>
        <translation>Cancelled before all were handled.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="433" />
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="430" />
        <source>{} saker åpnet, {} hadde allerede en åpen sak.</source>
        <translation>{} cases opened, {} already had an open case.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="111" />
        <source>K&amp;jør kartlegging</source>
        <extracomment>households per ``mark_screened`` call when opening cases (progress and Avbryt between them) The widest a reason may be in the filter (pixels). A run with more households than this is loaded in a background task (issue 15 item 4).</extracomment>
        <translation>&amp;Run screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="136" />
        <source>Søk: navn, husstand, adresse</source>
        <translation>Search: name, household, address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="137" />
        <source>Søk i resultatene</source>
        <translation>Search the results</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="195" />
        <source>E&amp;ksporter liste …</source>
        <translation>E&amp;xport list …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="200" />
        <source>Åpne &amp;saker (kartlagt)</source>
        <translation>Open &amp;cases (screened)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="205" />
        <source>Lag &amp;invitasjonsbrev</source>
        <translation>Make &amp;invitation letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="438" />
        <source>Kunne ikke åpne saker</source>
        <translation>Could not open cases</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="442" />
        <source>Åpner saker for {} husstander …</source>
        <translation>Opening cases for {} households …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="447" />
        <source>Velg mappe for brevene</source>
        <translation>Choose a folder for the letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="465" />
        <source>{} invitasjonsbrev er laget i {}.</source>
        <translation>{} invitation letters were made in {}.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="471" />
        <source>Ikke laget:</source>
        <translation>Not made:</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="472" />
        <source>Invitasjonsbrev</source>
        <translation>Invitation letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="477" />
        <source>Lager invitasjonsbrev …</source>
        <translation>Making invitation letters …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="480" />
        <source>Brevene feilet</source>
        <translation>The letters failed</translation>
    </message>
</context>
<context>
    <name>ScreeningResultsModel</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="34" />
        <source>Rang</source>
        <extracomment>(key, header, right-aligned)</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="35" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="36" />
        <source>Om år</source>
        <translation>In years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="37" />
        <source>Søker</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="38" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="39" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="40" />
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="41" />
        <source>Pris</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="42" />
        <source>Startlån</source>
        <translation>Startlån</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="43" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="44" />
        <source>Eie/mnd</source>
        <translation>Owning/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="45" />
        <source>Husleie/mnd</source>
        <translation>Rent/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="46" />
        <source>Overskudd/mnd</source>
        <translation>Surplus/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="47" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="48" />
        <source>Saksstatus</source>
        <translation>Case status</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="30" />
        <source>Kommunen</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="31" />
        <source>Beregning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="32" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="33" />
        <source>Brev</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="34" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="93" />
        <source>Regelsett og satser</source>
        <translation>Rule sets and rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="94" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="99" />
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="100" />
        <source>&amp;Lagre innstillingene</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="101" />
        <source>Lagre innstillingene</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="127" />
        <location filename="../../leietileie/ui/views/settings_view.py" line="133" />
        <source>Språk i programmet</source>
        <translation>Program language</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="134" />
        <source>Språket gjelder fra neste gang programmet startes.</source>
        <translation>The language applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="139" />
        <source>Språket er endret; start programmet på nytt.</source>
        <translation>The language has changed; restart the program.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="152" />
        <source>Lagrer innstillingene …</source>
        <translation>Saving the settings …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leietileie/ui/views/settings_view.py" line="159" />
        <source>Lagret (%n endringer).</source>
        <translation><numerusform>Saved (%n change).</numerusform><numerusform>Saved (%n changes).</numerusform></translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="35" />
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="51" />
        <source>Salg av kommunale utleieboliger til leietakere, per år</source>
        <extracomment>(column key, colour) shown in the chart</extracomment>
        <translation>Sales of municipal rental dwellings to tenants, per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="56" />
        <location filename="../../leietileie/ui/views/case_stats.py" line="57" />
        <source>Søk i statistikken</source>
        <translation>Search the statistics</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="61" />
        <source>E&amp;ksporter statistikk …</source>
        <translation>E&amp;xport statistics …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="67" />
        <source>Statistikk per år</source>
        <translation>Statistics per year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="73" />
        <source>Fra kartlegging til kjøp</source>
        <translation>From screening to purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="78" />
        <source>Diagram over statistikken</source>
        <translation>Chart of the statistics</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="107" />
        <source>Husstander</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="114" />
        <source>Lagre statistikk</source>
        <translation>Save statistics</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="125" />
        <source>Eksporten feilet</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="128" />
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="128" />
        <source>Statistikken er lagret i {}</source>
        <translation>The statistics are saved in {}</translation>
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
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="217" />
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="235" />
        <source>Eksporten feilet</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="239" />
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="240" />
        <source>{} rader er lagret i {}</source>
        <translation>{} rows were saved in {}</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="279" />
        <source>&amp;Kopier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="283" />
        <source>&amp;Eksporter listen som vist …</source>
        <translation>&amp;Export the list as shown …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="286" />
        <source>&amp;Skriv ut listen …</source>
        <translation>&amp;Print the list …</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../leietileie/ui/worker.py" line="54" />
        <location filename="../../leietileie/ui/table_tools.py" line="171" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/worker.py" line="74" />
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>TenantActions</name>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="196" />
        <source>Rediger bolig</source>
        <translation>Edit dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="38" />
        <source>&amp;Ny husstand</source>
        <extracomment>the household editor while it is open (tests answer it)</extracomment>
        <translation>&amp;New household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="39" />
        <source>R&amp;ediger</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="40" />
        <source>Sle&amp;tt</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="41" />
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="42" />
        <source>N&amp;y bolig</source>
        <translation>New d&amp;welling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="43" />
        <source>Rediger bo&amp;lig</source>
        <translation>Edit dwellin&amp;g</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="44" />
        <source>&amp;Importer …</source>
        <translation>Im&amp;port …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="45" />
        <source>Bre&amp;v …</source>
        <translation>Le&amp;tter …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="46" />
        <source>Beregnin&amp;g →</source>
        <translation>Assess&amp;ment →</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="61" />
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="113" />
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="151" />
        <source>Last inn på nytt</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="114" />
        <source>Husstanden {} er slettet og kan ikke åpnes igjen.</source>
        <translation>The household {} has been deleted and cannot be opened again.</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="145" />
        <source>Endret av en annen</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="148" />
        <source>Endringene du har gjort i skjemaet, forkastes, og husstanden lastes inn slik den er lagret nå. Fortsette?</source>
        <translation>The changes you made in the form are discarded, and the household is loaded as it is stored now. Continue?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="158" />
        <source>Slette husstanden {} ({}) med saker og dokumenter?</source>
        <translation>Delete the household {} ({}) with its cases and documents?</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="161" />
        <source>Slett husstand</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="196" />
        <source>Velg en husstand som leier en bolig.</source>
        <translation>Choose a household that rents a dwelling.</translation>
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="59" />
        <source>Detaljer om husstanden</source>
        <translation>Household details</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="70" />
        <source>Søk: navn, adresse, bolig, fødselsnr. (Ctrl+F)</source>
        <translation>Search: name, address, unit, identity no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="71" />
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="83" />
        <source>Husstandstype</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="84" />
        <source>Alle husstander</source>
        <translation>All households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="88" />
        <source>Inntektstype</source>
        <translation>Income kind</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="89" />
        <source>Alle inntekter</source>
        <translation>All incomes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="93" />
        <source>Kartlegging</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="94" />
        <source>Alle kartlagte</source>
        <translation>All screening results</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="98" />
        <source>Saksstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="99" />
        <source>Alle statuser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="103" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="104" />
        <source>Med og uten restanse</source>
        <translation>With and without arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="105" />
        <source>Med restanse</source>
        <translation>With arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="105" />
        <source>Uten restanse</source>
        <translation>Without arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="76" />
        <source>Antall husstander</source>
        <translation>Number of households</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="121" />
        <source>Husstander</source>
        <translation>Households</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="28" />
        <source>Bolig-ID</source>
        <extracomment>key, label, required</extracomment>
        <translation>Unit ID</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="29" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="30" />
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="31" />
        <source>Poststed</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="32" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="62" />
        <source>Takst (kr)</source>
        <translation>Valuation (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="33" />
        <source>Felleskostnader per måned</source>
        <translation>Common costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="36" />
        <source>Andre bokostnader per måned</source>
        <translation>Other running costs per month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="39" />
        <source>Fellesgjeld</source>
        <translation>Shared debt (fellesgjeld)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="40" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="66" />
        <source>Bruksareal (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="41" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="69" />
        <source>Soverom</source>
        <translation>Bedrooms</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="44" />
        <source>Selveier / eierseksjon</source>
        <translation>Freehold (selveier / eierseksjon)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="45" />
        <source>Borettslag / aksjeleilighet</source>
        <translation>Cooperative (borettslag / aksjeleilighet)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="57" />
        <source>{}: må fylles ut</source>
        <translation>{}: required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="60" />
        <source>Postnummer: må ha 4 sifre</source>
        <translation>Postcode: must have 4 digits</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="72" />
        <source>Soverom: må være et helt tall</source>
        <translation>Bedrooms: must be a whole number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="75" />
        <source>Eierform: velg selveier eller borettslag</source>
        <translation>Tenure: choose freehold or cooperative</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="101" />
        <source>Rediger bolig</source>
        <translation>Edit dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="101" />
        <source>Ny bolig</source>
        <translation>New dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="124" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="125" />
        <source>Eierform</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="134" />
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="135" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="147" />
        <source>Bolig-ID: «{}» er allerede i bruk</source>
        <translation>Unit ID: «{}» is already in use</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="27" />
        <source>Velkommen til Leie til eie</source>
        <translation>Welcome to Rent to own</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="31" />
        <source>&lt;h2&gt;Velkommen&lt;/h2&gt;&lt;p&gt;Det finnes ikke noe leietakerregister ennå. Hvordan vil du begynne?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;There is no tenant register yet. How would you like to start?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="39" />
        <source>Prøv med et demoregister (oppdiktet kommune)</source>
        <translation>Try a demo register (fictional municipality)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="40" />
        <source>Importer boliger og leietakere fra fil …</source>
        <translation>Import dwellings and tenants from a file …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="41" />
        <source>Start med et tomt register</source>
        <translation>Start with an empty register</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="42" />
        <source>Koble til kontorets database …</source>
        <translation>Connect to the office database …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="63" />
        <source>Lager demoregisteret …</source>
        <extracomment>the office database, when the caseworker connected to it instead</extracomment>
        <translation>Creating the demo register …</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="73" />
        <source>Demoregisteret</source>
        <translation>Demo register</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="31" />
        <source>Kvinne</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="32" />
        <source>Mann</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="36" />
        <source>Ingen bil</source>
        <translation>No car</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="37" />
        <source>Bensin/diesel</source>
        <translation>Petrol/diesel</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="38" />
        <source>Elbil</source>
        <translation>Electric car</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="24" />
        <source>Kan kjøpe</source>
        <extracomment>Every fixed Norwegian text the UI may receive from the engine or the services.</extracomment>
        <translation>Can buy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="25" />
        <source>Kan kjøpe med tilskudd</source>
        <translation>Can buy with a grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="26" />
        <source>Kan ikke kjøpe nå</source>
        <translation>Cannot buy now</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="28" />
        <source>Enslig</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="29" />
        <source>Par</source>
        <translation>Couple</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="30" />
        <source>Andre voksne (bofellesskap)</source>
        <translation>Other adults (shared household)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="31" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="33" />
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="34" />
        <source>Kartlagt</source>
        <translation>Screened</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="35" />
        <source>Invitert</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="36" />
        <source>Samtale</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="37" />
        <source>Vurdert</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="38" />
        <source>Vedtak sendt</source>
        <translation>Decision sent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="39" />
        <source>Tilbud sendt</source>
        <translation>Offer sent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="40" />
        <source>Akseptert</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="41" />
        <source>Avslått</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="42" />
        <source>Kjøpt</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="43" />
        <source>Avsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="45" />
        <source>Svarfrist for tilbud</source>
        <translation>Reply deadline for the offer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="46" />
        <source>Svarfrist for invitasjon</source>
        <translation>Reply deadline for the invitation</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="47" />
        <source>Svarfrist for vedtak</source>
        <translation>Reply deadline for the decision</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="48" />
        <source>Klagefrist</source>
        <translation>Appeal deadline</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="49" />
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="52" />
        <source>Lønn</source>
        <translation>Wages</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="53" />
        <source>Uføretrygd</source>
        <translation>Disability benefit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="54" />
        <source>Arbeidsavklaringspenger (AAP)</source>
        <translation>Work assessment allowance (AAP)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="55" />
        <source>Sykepenger</source>
        <translation>Sickness benefit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="56" />
        <source>Dagpenger</source>
        <translation>Unemployment benefit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="57" />
        <source>Introduksjonsstønad</source>
        <translation>Introduction benefit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="58" />
        <source>Annen skattepliktig inntekt</source>
        <translation>Other taxable income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="59" />
        <source>Pensjon</source>
        <translation>Pension</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="60" />
        <source>Kapitalinntekt</source>
        <translation>Capital income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="61" />
        <source>Søker</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="62" />
        <source>Medsøker</source>
        <translation>Co-applicant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="63" />
        <source>Voksen</source>
        <translation>Adult</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="65" />
        <source>Enslig forsørger</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="66" />
        <source>Par med barn</source>
        <translation>Couple with children</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="67" />
        <source>Flere voksne</source>
        <translation>Several adults</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="68" />
        <source>Uten medlemmer</source>
        <translation>No members</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="70" />
        <source>skattesatser</source>
        <translation>tax rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="71" />
        <source>skattefradrag for pensjonsinntekt</source>
        <translation>tax deduction for pension income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="72" />
        <source>SIFO-budsjett</source>
        <translation>SIFO budget</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="73" />
        <source>sosialhjelpsnorm</source>
        <translation>social assistance floor</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="74" />
        <source>bankregler</source>
        <translation>bank rules</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="75" />
        <source>startlånsvilkår</source>
        <translation>startlån terms</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="76" />
        <source>Husbankens renter</source>
        <translation>Husbanken's rates</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="77" />
        <source>gebyrer</source>
        <translation>fees</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="78" />
        <source>tinglysingsgebyr</source>
        <translation>registration fee</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="79" />
        <source>tilskuddsregler</source>
        <translation>grant rules</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="80" />
        <source>bostøtte</source>
        <translation>housing allowance</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="82" />
        <source>Mat og drikke</source>
        <translation>Food and drink</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="83" />
        <source>Klær og sko</source>
        <translation>Clothes and shoes</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="84" />
        <source>Personlig pleie</source>
        <translation>Personal care</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="85" />
        <source>Lek, sport og mediebruk</source>
        <translation>Play, sport and media</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="86" />
        <source>Reisekostnader (kollektiv)</source>
        <translation>Travel (public transport)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="87" />
        <source>Andre dagligvarer</source>
        <translation>Other groceries</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="88" />
        <source>Husholdningsartikler</source>
        <translation>Household articles</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="89" />
        <source>Møbler</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="90" />
        <source>Mediebruk og fritid</source>
        <translation>Media and leisure</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="91" />
        <source>Bil (drift og vedlikehold)</source>
        <translation>Car (running and upkeep)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="93" />
        <source>Betjeningsevne (Husbanken)</source>
        <translation>Betjeningsevne – servicing test (Husbanken)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="94" />
        <source>Belåningsgrad (utlånsforskriften)</source>
        <translation>Loan-to-value (utlånsforskriften)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="95" />
        <source>Gjeld mot inntekt (5 × inntekt)</source>
        <translation>Debt to income (5 × income)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="96" />
        <source>Stresstest (rente + 3 pp, minst 7 %)</source>
        <translation>Stress test (rate + 3 pp, at least 7 %)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="98" />
        <source>Kan kjøpe nå</source>
        <translation>Can buy now</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="99" />
        <source>Kan kjøpe om noen år</source>
        <translation>Can buy in a few years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="100" />
        <source>Ikke aktuelt nå</source>
        <translation>Not relevant now</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="101" />
        <source>Kan kjøpe med banklån</source>
        <translation>Can buy with a bank loan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="102" />
        <source>Banken kan trolig finansiere hele kjøpet (startlån er for dem som ikke får stort nok banklån)</source>
        <translation>The bank can probably finance the whole purchase (startlån is for those who cannot get a large enough bank loan)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="107" />
        <source>Boligen mangler takst</source>
        <translation>The dwelling has no valuation</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="108" />
        <source>Leieforholdet er kortere enn kravet</source>
        <translation>The tenancy is shorter than required</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="109" />
        <source>Husleierestanse over grensen</source>
        <translation>Rent arrears above the limit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="110" />
        <source>Husleien er betalt for sent flere ganger siste år</source>
        <translation>Rent paid late several times in the last year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="111" />
        <source>Bare midlertidig inntekt (AAP, dagpenger o.l.)</source>
        <translation>Only temporary income (AAP, unemployment benefit etc.)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="112" />
        <source>Søker er yngre enn aldersgrensen</source>
        <translation>Applicant is below the age limit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="113" />
        <source>Søker er eldre enn aldersgrensen</source>
        <translation>Applicant is above the age limit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="114" />
        <source>Inntekten dekker ikke levekostnader og bokostnader</source>
        <translation>Income does not cover living and housing costs</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="115" />
        <source>Betjeningsevnen er for svak</source>
        <translation>Servicing capacity (betjeningsevne) too weak</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="116" />
        <source>Trenger mer tilskudd enn kommunens grense</source>
        <translation>Needs more grant than the municipality's limit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="117" />
        <source>Sparing kan gi nok egenkapital</source>
        <translation>Saving can give enough equity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="118" />
        <source>En annen ledig bolig kan passe</source>
        <translation>Another vacant dwelling may fit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="120" />
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="121" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="122" />
        <source>Om år</source>
        <translation>In years</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="123" />
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="124" />
        <source>Fødselsnummer</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="125" />
        <source>Bolig</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="126" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="127" />
        <source>Husstandstype</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="161" />
        <source>Klageinstans for vedtak om startlån</source>
        <translation>Appeal body for start-up loan decisions</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="162" />
        <source>Forvaltningsloven § 28 annet ledd: kommunens eget klageorgan (klagenemnd)</source>
        <translation>Public Administration Act section 28, second paragraph: the municipality's own appeal body (klagenemnd)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="169" />
        <source>Behandlingsansvarlig (tom = kommunen)</source>
        <translation>Data controller (empty = the municipality)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="170" />
        <source>Personvernombud (navn og e-post)</source>
        <translation>Data protection officer (name and email)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="171" />
        <source>Underskrivere (brukernavn = navn, tittel; …)</source>
        <translation>Signatories (login = name, title; …)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="172" />
        <source>kari = Kari Nordmann, rådgiver; per = Per Hansen, leder</source>
        <translation>kari = Kari Nordmann, adviser; per = Per Hansen, manager</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="173" />
        <source>Beregning eldre enn (dager) regnes ut på nytt</source>
        <translation>Assess again when older than (days)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="174" />
        <source>Advar når taksten er eldre enn (måneder)</source>
        <translation>Warn when the valuation is older than (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="175" />
        <source>Vedtak krever en annen beslutter enn saksbehandleren</source>
        <translation>A decision needs a decision-maker other than the caseworker</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="176" />
        <source>Oppbevaring etter avsluttet sak (år)</source>
        <translation>Kept after the case is closed (years)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="128" />
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="129" />
        <source>Brutto inntekt</source>
        <translation>Gross income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="130" />
        <source>Husleie/mnd</source>
        <translation>Rent/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="131" />
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="132" />
        <source>Pris</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="133" />
        <source>Største lån</source>
        <translation>Largest loan</translation>
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
        <translation>Bank loan</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="136" />
        <source>Tilskudd</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="137" />
        <source>Tilskuddsbehov</source>
        <translation>Grant needed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="138" />
        <source>Eie/mnd</source>
        <translation>Owning/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="139" />
        <source>Overskudd/mnd</source>
        <translation>Surplus/month</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="140" />
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="141" />
        <source>Annen ledig bolig</source>
        <translation>Other vacant dwelling</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="142" />
        <source>Saksstatus</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="143" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="144" />
        <source>Leietakere kartlagt</source>
        <translation>Tenants screened</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="145" />
        <source>Kjøp gjennomført</source>
        <translation>Purchases completed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="146" />
        <source>Boliger frigjort</source>
        <translation>Dwellings freed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="148" />
        <source>Kommunens navn</source>
        <translation>Municipality's name</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="149" />
        <source>Organisasjonsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="150" />
        <source>9 siffer</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="151" />
        <source>Enhet</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="152" />
        <source>Postadresse</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="153" />
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="154" />
        <source>Poststed</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="155" />
        <source>Logo (PNG eller JPG)</source>
        <translation>Logo (PNG or JPG)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="156" />
        <source>Målform</source>
        <translation>Written standard (målform)</translation>
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
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="160" />
        <source>Underskrivers tittel</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="165" />
        <source>Kommunen ligger i tiltakssonen (Finnmark og Nord-Troms)</source>
        <translation>The municipality is in the action zone (tiltakssonen: Finnmark and Nord-Troms)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="166" />
        <source>Lavere skatt: 18,5 % på alminnelig inntekt og finnmarksfradrag (Skatte-ABC)</source>
        <translation>Lower tax: 18.5 % on ordinary income and the Finnmark deduction (Skatte-ABC)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="177" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="178" />
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="179" />
        <source>Kommunegruppe for bostøtte</source>
        <translation>Municipality group for bostøtte</translation>
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
        <translation>3 – Kristiansand, Lillestrøm, Asker and others</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="183" />
        <source>4 – Øvrige kommuner</source>
        <translation>4 – Other municipalities</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="184" />
        <source>Regelår</source>
        <translation>Rule year</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="185" />
        <source>Løpetid (år)</source>
        <translation>Term (years)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="186" />
        <source>Nedbetaling</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="187" />
        <source>Annuitet</source>
        <translation>Annuity</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="188" />
        <source>Serie</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="189" />
        <source>Finansiering</source>
        <translation>Financing</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="45" />
        <location filename="../../leietileie/ui/domain_text.py" line="190" />
        <source>Bare startlån</source>
        <translation>Startlån only</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="191" />
        <source>Banklån først når banken kan låne noe, ellers bare startlån</source>
        <translation>Bank loan first where the bank can lend something, else startlån only</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="192" />
        <source>Banklån først, startlån på toppen</source>
        <translation>Bank loan first, startlån on top</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="193" />
        <source>Kommunen gir tilskudd til etablering</source>
        <translation>The municipality gives establishment grants</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="194" />
        <source>Største tilskudd (kr)</source>
        <translation>Largest grant (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="195" />
        <source>Svarfrist (virkedager)</source>
        <translation>Reply deadline (working days)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="196" />
        <source>Leieforhold minst (år)</source>
        <translation>Tenancy at least (years)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="197" />
        <source>Husleierestanse høyst (kr)</source>
        <translation>Rent arrears at most (kr)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="198" />
        <source>Måneder med for sen husleie siste år, høyst</source>
        <translation>Months with late rent in the last year, at most</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="199" />
        <source>Utelat husstander med bare midlertidig inntekt</source>
        <translation>Leave out households with only temporary income</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="200" />
        <source>Søkers alder minst</source>
        <translation>Applicant's age at least</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="201" />
        <source>Søkers alder høyst</source>
        <translation>Applicant's age at most</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="202" />
        <source>«Kan kjøpe om N år»: høyst N</source>
        <translation>«Can buy in N years»: N at most</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="203" />
        <source>Prøv også ledige boliger som passer husstanden</source>
        <translation>Also try vacant dwellings that suit the household</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="204" />
        <source>Kommunalt påslag i startlånsrenten (høyst 0,25 pp)</source>
        <translation>Municipal margin in the startlån rate (at most 0.25 pp)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="205" />
        <source>Kommunens eget etableringsgebyr på startlån (kr)</source>
        <translation>The municipality's own startlån set-up fee (NOK)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="206" />
        <source>Kommunens eget termingebyr på startlån (kr)</source>
        <translation>The municipality's own startlån instalment fee (NOK)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="207" />
        <source>Forslag: sparing i høyst (måneder)</source>
        <translation>Suggestions: saving for at most (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="208" />
        <source>Forslag: løpetid ikke forbi alder (tom = ingen grense)</source>
        <translation>Suggestions: term not past age (empty = no limit)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="209" />
        <source>Startlån: en kommune som tar egne gebyrer kan ikke også ta påslag på Husbankens rente; sett påslaget til 0 eller gebyrene til 0</source>
        <translation>Startlån: a municipality that charges its own fees may not also add a margin to Husbanken's rate; set the margin or the fees to 0</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="263" />
        <source>må ha 11 sifre</source>
        <translation>must have 11 digits</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="264" />
        <source>kan bare inneholde sifre</source>
        <translation>may contain digits only</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="265" />
        <source>ugyldig kontrollsiffer</source>
        <translation>invalid check digit</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="266" />
        <source>ugyldig fødselsdato i nummeret</source>
        <translation>invalid date of birth in the number</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="267" />
        <source>fødselsdatoen er fram i tid</source>
        <translation>the date of birth is in the future</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="272" />
        <source>Tilbud om kjøp</source>
        <extracomment>Kinds of documents produced on a case (the letters service's kinds).</extracomment>
        <translation>Offer to buy</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="273" />
        <source>Invitasjon til samtale</source>
        <translation>Invitation to a meeting</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="274" />
        <source>Forhåndsvurdering av startlån</source>
        <translation>Preliminary startlån assessment</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="50" />
        <source>Årlig revurdering (leie til eie)</source>
        <translation>Yearly re-assessment (rent to own)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="215" />
        <source>Leie til eie: «etter plan» når sparingen mangler mer enn (måneders sparemål)</source>
        <translation>Rent to own: “behind” when savings fall short by more than (months of the saving target)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="219" />
        <source>Leie til eie: «i faresonen» når sparingen mangler minst (måneders sparemål)</source>
        <translation>Rent to own: “at risk” when savings fall short by at least (months of the saving target)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="223" />
        <source>Leie til eie: «i faresonen» uten ny sparesaldo på (måneder)</source>
        <translation>Rent to own: “at risk” without a new savings balance for (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="224" />
        <source>Leie til eie: «etter plan» ved husleierestanse på (måneder)</source>
        <translation>Rent to own: “behind” at rent arrears of (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="225" />
        <source>Leie til eie: «i faresonen» ved husleierestanse på (måneder)</source>
        <translation>Rent to own: “at risk” at rent arrears of (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="226" />
        <source>Leie til eie: «i faresonen» ved restanse på minst (kr, tom = av)</source>
        <translation>Rent to own: “at risk” at arrears of at least (NOK, empty = off)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="227" />
        <source>Tilbud om kjøp kan sendes fra (måneder før opsjonen utløper, når i rute)</source>
        <translation>The purchase offer may go out from (months before the option expires, when on track)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="231" />
        <source>Tilbud om kjøp sendes uansett status (måneder før opsjonen utløper)</source>
        <translation>The purchase offer goes out whatever the status (months before the option expires)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="234" />
        <source>Restanse: betalingspåminnelse etter (dager etter forfall)</source>
        <translation>Arrears: payment reminder after (days past due)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="235" />
        <source>Restanse: betalingspåminnelse straks restansen er minst (kr, tom = av)</source>
        <translation>Arrears: payment reminder as soon as the arrears are at least (NOK, empty = off)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="238" />
        <source>Restanse: inviter til samtale ved (måneder)</source>
        <translation>Arrears: invite to a talk at (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="239" />
        <source>Restanse: tilby økonomisk rådgivning (NAV) ved (måneder)</source>
        <translation>Arrears: offer economic counselling (NAV) at (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="240" />
        <source>Restanse: vurder varsel/oppsigelse ved (måneder)</source>
        <translation>Arrears: consider warning/notice at (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="241" />
        <source>Restanse: vurder begjæring om utkastelse (dager etter varselet)</source>
        <translation>Arrears: consider an eviction petition (days after the warning)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="242" />
        <source>Restanse: se bort fra beløp under (kr)</source>
        <translation>Arrears: ignore amounts below (NOK)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="243" />
        <source>Nedbetalingsavtale: brutt etter (måneder uten betaling på rad)</source>
        <translation>Payment agreement: broken after (months in a row without payment)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="244" />
        <source>Kartlegges igjen etter oppgjort restanse og betalt i tide i (måneder)</source>
        <translation>Screened again after settled arrears and rent paid on time for (months)</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="248" />
        <source>Restansesaker åpnet</source>
        <translation>Arrears cases opened</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="249" />
        <source>Restansesaker avsluttet</source>
        <translation>Arrears cases closed</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="250" />
        <source>Nedbetalingsavtaler overholdt</source>
        <translation>Payment agreements kept</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="251" />
        <source>Utkastelser forhindret</source>
        <translation>Evictions prevented</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="252" />
        <source>Fra leie til eie-avtale til kjøp</source>
        <translation>From rent-to-own agreement to purchase</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="254" />
        <source>Holdes tilbake: forfalt husleie over grensen i reskontroen</source>
        <translation>Held back: overdue rent above the limit in the rent ledger</translation>
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="258" />
        <source>Holdes tilbake: restansen er gjort opp, men husleien er ikke betalt i tide lenge nok ennå</source>
        <translation>Held back: the arrears are settled, but the rent has not been paid on time for long enough yet</translation>
    </message>
</context>
</TS>