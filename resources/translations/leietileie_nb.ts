<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>App</name>
    <message>
        <location filename="../../leietileie/ui/app.py" line="121" />
        <source>Den automatiske sikkerhetskopien feilet: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/app.py" line="177" />
        <source>Sikkerhetskopi</source>
        <extracomment>How long the GUI connection waits for another writer's lock before saying so (seconds); long work runs in background tasks with their own connections and the default timeout.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../leietileie/ui/context.py" line="47" />
        <source>Kommunen</source>
        <extracomment>How long a write from the app waits for another writer's lock before saying so (seconds). a household was chosen somewhere (tenant list, screening, cases) → id households were added, changed, deleted or imported the declared settings changed ask the main window to show a view by name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/context.py" line="66" />
        <source>Lagrer …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="81" />
        <source>Velg en husstand under Leietakere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="83" />
        <source>Husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="86" />
        <source>B&amp;olig:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="89" />
        <source>Bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="94" />
        <source>Å&amp;pne …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="95" />
        <source>&amp;Lagre …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="96" />
        <source>Lagre på sak&amp;en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="97" />
        <source>Bre&amp;v …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="103" />
        <source>Åpne en lagret beregning (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="104" />
        <source>Lagre beregningen som fil (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="105" />
        <source>Lag brev til husstanden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="126" />
        <source>Nedbetalingsplan per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="127" />
        <source>Leie og eie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="128" />
        <source>Gjeld og egenkapital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="129" />
        <source>Nedbetalingsplan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="146" />
        <source> (leier nå)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="199" />
        <source>Lagre beregning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="201" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="210" />
        <source>Beregning (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="210" />
        <source>Åpne beregning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="217" />
        <source>Kan ikke åpne beregningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="220" />
        <source>Beregning fra fil: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="228" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="236" />
        <location filename="../../leietileie/ui/views/assessment_view.py" line="239" />
        <source>Lagre på saken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="228" />
        <source>Velg en husstand og en bolig først.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_view.py" line="239" />
        <source>Beregningen er lagret på saken.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="52" />
        <source>Ingen sikkerhetskopi er lagret utenfor denne maskinen. Velg Fil → Sikkerhetskopi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="53" />
        <source>Siste sikkerhetskopi lagret et annet sted: {}. Ta en ny (Fil → Sikkerhetskopi).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="60" />
        <source>Lagre sikkerhetskopi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="61" />
        <location filename="../../leietileie/ui/backups.py" line="68" />
        <source>Database (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="67" />
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="83" />
        <location filename="../../leietileie/ui/backups.py" line="89" />
        <source>Sikkerhetskopi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="83" />
        <source>Sikkerhetskopien kunne ikke lagres: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="89" />
        <source>Sikkerhetskopien er lagret i {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="100" />
        <source>Erstatte registeret med sikkerhetskopien {}? Dagens database tas vare på først, og programmet lukkes etterpå.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="102" />
        <location filename="../../leietileie/ui/backups.py" line="117" />
        <source>Gjenopprett</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="110" />
        <source>Gjenoppretting feilet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="111" />
        <source>Registeret er uendret. Programmet lukkes; start det på nytt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="114" />
        <source>Registeret er gjenopprettet fra {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="116" />
        <source>Den forrige databasen er tatt vare på i {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="117" />
        <source>Programmet lukkes nå; start det på nytt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="130" />
        <source>Automatiske sikkerhetskopier (ved hver oppstart): {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="132" />
        <source>Nyeste: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="134" />
        <source>Sist lagret et annet sted: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="135" />
        <source>Ingen sikkerhetskopi er lagret et annet sted ennå.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="137" />
        <source>Sikkerhetskopier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="145" />
        <source>Mappe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/backups.py" line="145" />
        <source>Fant ikke et program som kan vise mappen. Den ligger her:
{}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="109" />
        <source>Sak</source>
        <extracomment>the translation context of ``headers``</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="109" />
        <source>Husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="110" />
        <source>Navn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="110" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="111" />
        <source>Saksbehandler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="111" />
        <source>Åpnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="112" />
        <source>Neste frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="145" />
        <source>{} (forfalt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="106" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="162" />
        <source>Saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="108" />
        <source>Statistikk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="136" />
        <source>Saksstatus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="137" />
        <source>Alle saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="138" />
        <source>Åpne saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="142" />
        <source>&amp;Vis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="147" />
        <source>Søk: navn, husstand, saksbehandler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="148" />
        <source>Søk i sakene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="155" />
        <source>Slett &amp;avsluttede saker …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="156" />
        <source>Personvern: slett saker som ble avsluttet for lenge siden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="165" />
        <source>Forfalt og forfaller innen {} dager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="167" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="290" />
        <source>Frister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="187" />
        <source>Saken i detalj</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="189" />
        <source>Flytt saken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="192" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="200" />
        <source>Ny status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="197" />
        <source>Notat (valgfritt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="198" />
        <source>Fl&amp;ytt saken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="201" />
        <source>Dato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="202" />
        <source>Notat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="205" />
        <source>Bre&amp;v …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="206" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="298" />
        <source>Brev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="207" />
        <source>Lag brev til husstanden i saken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="230" />
        <source>{} saker, {} forfalte frister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="261" />
        <source>Ingen sak er valgt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="270" />
        <source>Saken er avsluttet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="275" />
        <source>Sak nr. {} · &lt;b&gt;{}&lt;/b&gt; · åpnet {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="277" />
        <source>avsluttet {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="281" />
        <source>Historikk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="293" />
        <source>utført</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="293" />
        <source>forfalt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="293" />
        <source>åpen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="302" />
        <source>Ingen brev er knyttet til saken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="303" />
        <source>Beregninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="304" />
        <source>regelår {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="309" />
        <source>Ingen beregninger er knyttet til saken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="325" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="328" />
        <source>Kan ikke flytte saken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="339" />
        <source>Slett avsluttede saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="345" />
        <source>Ingen saker ble avsluttet før {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="348" />
        <source>{} saker som ble avsluttet før {}, slettes for godt med historikk, frister, beregninger og brev. Husstander som ikke lenger leier og ikke har andre saker, slettes også. Vil du slette?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="360" />
        <source>Sletter avsluttede saker …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="366" />
        <source>{} saker er slettet ({} brev, {} beregninger, {} husstander).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="369" />
        <source>{} brevfiler er fjernet fra disken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="371" />
        <source>{} av {} brevfiler er fjernet fra disken; de andre fantes ikke lenger eller lå utenfor programmets datamappe og er ikke rørt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="376" />
        <source>{} brevfiler ligger utenfor programmets mappe og ble ikke slettet fra disken:
{}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="118" />
        <source>Kostnad per måned (kr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="119" />
        <source>Kostnad per måned, leie og eie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="133" />
        <source>Leie i dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="133" />
        <source>Eie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="134" />
        <source>Eie etter rentefradrag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="127" />
        <source>kr per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="155" />
        <source>Gjeld og egenkapital over tid (tusen kr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="162" />
        <source>tusen kr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="156" />
        <source>Gjenstående gjeld og egenkapital over årene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="170" />
        <source>Gjenstående lån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="171" />
        <source>Egenkapital i boligen (uten prisvekst)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="159" />
        <source>år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="189" />
        <source>År</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="189" />
        <source>Innbetalt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="190" />
        <source>Renter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="190" />
        <source>Avdrag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="191" />
        <source>Gebyrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/charts.py" line="191" />
        <source>Restgjeld</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClosedBeforeDialog</name>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="68" />
        <source>Slett avsluttede saker</source>
        <extracomment>Closed cases are kept this many years before the deletion proposes them.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="70" />
        <source>Saker som ble avsluttet før datoen slettes med historikk, frister, beregninger og brev.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/cases_page.py" line="77" />
        <location filename="../../leietileie/ui/views/cases_page.py" line="78" />
        <source>Avsluttet før</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="92" />
        <source>Kan ikke fullføre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="106" />
        <source>Det oppstod en feil i programmet. Handlingen som feilet, ble ikke fullført; programmet kan brukes videre.

Feilen er skrevet til loggfilen
{}

Send loggfilen til brukerstøtte (den kan inneholde personopplysninger: send den på en sikker måte).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="112" />
        <source>Det oppstod en feil i programmet, og loggfilen kunne ikke skrives. Programmet kan brukes videre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/crash.py" line="115" />
        <source>Feil i programmet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="156" />
        <source>Frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="156" />
        <source>Hva</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="157" />
        <source>Navn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="157" />
        <source>Husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="158" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_models.py" line="161" />
        <source> (forfalt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="66" />
        <source>Endre husstand {}</source>
        <extracomment>``AppContext.write``: runs ``fn(db)`` off the GUI thread with its own connection</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="87" />
        <source>Ny husstand {}</source>
        <extracomment>the version this command last wrote (``after`` was saved at after.version)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/edits.py" line="104" />
        <source>Slett husstand {}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportColumnsDialog</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="20" />
        <source>Excel (*.xlsx);;CSV for Excel (*.csv);;PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="26" />
        <source>Eksporter liste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="28" />
        <source>{} husstander i listen. Velg kolonnene som trengs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="29" />
        <source>Kolonner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="38" />
        <source>Vis hele fødselsnummeret (ellers maskert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="39" />
        <source>Gjelder bare når kolonnen Fødselsnummer er valgt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="44" />
        <source>Velg fil …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_export.py" line="45" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="9" />
        <source>Betjeningsevne: om husstanden klarer å betjene lånet. Inntekt etter skatt minus levekostnader, faste forpliktelser og bokostnader er det som er tilgjengelig til lån; det må dekke terminbeløpet regnet med kalkulasjonsrenten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="13" />
        <source>Kalkulasjonsrente: renten lånet prøves mot (stresstest) – dagens rente pluss et påslag, slik at husstanden tåler at renten stiger. Påslaget står under Innstillinger → Regelsett og satser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="16" />
        <source>Fellesgjeld: boligens andel av borettslagets (eller aksjeselskapets) lån. Den regnes med i kjøpesummen og i den samlede gjelden; renter og avdrag betales gjennom felleskostnadene.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="19" />
        <source>Egenkapital: husstandens egne midler til kjøpet (oppsparte penger), før lån og tilskudd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="21" />
        <source>Startlån: lån fra kommunen (med midler fra Husbanken) til den som ikke får nok lån i vanlig bank. Kan komme i tillegg til banklån eller finansiere hele kjøpet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="24" />
        <source>Tilskudd til etablering: støtte fra kommunen til kjøpet som ikke skal betales tilbake.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="26" />
        <source>Levekostnader: det husstanden trenger å leve av hver måned, etter SIFOs referansebudsjett for husstandens sammensetning, aldri lavere enn sosialhjelpsnormen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="29" />
        <source>Terminbeløp: det som betales på lånene hver måned, renter og avdrag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="31" />
        <source>Omkostninger: dokumentavgift, tinglysingsgebyr og andre kostnader ved kjøpet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/glossary.py" line="33" />
        <source>Sosialhjelpsnorm: statens veiledende satser for livsopphold. Levekostnadene i beregningen settes aldri lavere enn normen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="67" />
        <source>Brukerveiledningen (docs/brukerveiledning.md) finnes ikke i denne installasjonen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="75" />
        <location filename="../../leietileie/ui/guide.py" line="79" />
        <source>Brukerveiledning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="103" />
        <source>Gå mellom felt og knapper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="104" />
        <source>Velg visning i navigasjonen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="105" />
        <source>Åpne en meny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="112" />
        <location filename="../../leietileie/ui/guide.py" line="114" />
        <source>Hurtigtaster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="115" />
        <source>Handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="115" />
        <source>Taster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="138" />
        <source>Lisens: {} (European Union Public Licence 1.2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="140" />
        <source>Lisensteksten ligger i filen LICENSE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="142" />
        <source>Leie til eie – versjon {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="144" />
        <source>Regelsett: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="145" />
        <source>Database: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="152" />
        <source>Om Leie til eie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="156" />
        <source>Om programmet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/guide.py" line="161" />
        <source>Lisens</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="46" />
        <source>ingen inntekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="50" />
        <source>Medlemmer og inntekter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="55" />
        <location filename="../../leietileie/ui/household_detail.py" line="74" />
        <source>{} /mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="57" />
        <source>Skattefrie inntekter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="58" />
        <source>Oppsparte midler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="59" />
        <source>Andre faste utgifter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="62" />
        <source>Gjeld ({})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="64" />
        <source>uten begrunnelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="65" />
        <source>Levekostnader (satt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="66" />
        <source>Økonomi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="72" />
        <location filename="../../leietileie/ui/household_detail.py" line="89" />
        <source>Leieforhold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="72" />
        <source>Leier ingen kommunal bolig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="73" />
        <source>Bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="74" />
        <source>Husleie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="75" />
        <source>Restanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="76" />
        <source>Leid fra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="81" />
        <source>{} av {} måneder betalt i tide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="83" />
        <source>for sent eller ikke betalt: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="84" />
        <source>Husleie siste år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="86" />
        <source>selveier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="86" />
        <source>borettslag/aksje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="87" />
        <source>Boligen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="87" />
        <source>{}, takst {}, felleskost. {} /mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="93" />
        <source>Saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="95" />
        <source>Ingen saker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="98" />
        <source>Sak {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="98" />
        <source>{}, åpnet {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="105" />
        <source>Siste beregning {}: &lt;b&gt;{}&lt;/b&gt; ({} lagret)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="110" />
        <source>Kartlegging: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="116" />
        <location filename="../../leietileie/ui/household_detail.py" line="119" />
        <source>Dokumenter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="116" />
        <source>Ingen brev er laget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="124" />
        <source>Husstand {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_detail.py" line="131" />
        <source>Notater</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="46" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="97" />
        <source>Rolle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="46" />
        <source>Fornavn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="47" />
        <source>Etternavn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="47" />
        <source>Fødselsnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="48" />
        <source>Fødselsdato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="48" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="104" />
        <source>Kjønn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="49" />
        <source>Inntekter (type og beløp per år)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="72" />
        <source>Inntektstype</source>
        <extracomment>the incomes take two grid columns (type and amount); the member's Fjern comes after</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="76" />
        <source>kr per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="77" />
        <source>Inntekt per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="78" />
        <source>Fjern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="101" />
        <source>11 sifre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="103" />
        <source>dd.mm.åååå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="105" />
        <source>Fjern medlem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="107" />
        <source>Særskilt omsorgsbehov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="108" />
        <source>Barnet har særskilt behov for omsorg: foreldrefradrag også etter fylte 11 år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="127" />
        <source>Legg til inntekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="162" />
        <source>Medlem {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="164" />
        <source>{}, inntektstype {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="165" />
        <source>{}, inntekt {} per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="166" />
        <source>{}, fjern inntekt {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="167" />
        <source>{}, legg til inntekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="168" />
        <source>Fjern medlem {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="170" />
        <source>{}, særskilt omsorgsbehov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="199" />
        <source>Rediger husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="199" />
        <source>Ny husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="211" />
        <source>Feil i skjemaet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="214" />
        <source>Lagre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="215" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="233" />
        <source>Husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="235" />
        <source>Husstand-ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="236" />
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="237" />
        <source>E-post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="238" />
        <source>Skattefrie inntekter per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="240" />
        <source>Oppsparte midler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="241" />
        <source>Andre faste utgifter per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="243" />
        <source>Barnehage og SFO per år (foreldrefradrag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="245" />
        <source>Renter på gjeld per år (rentefradrag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="247" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="248" />
        <source>Bil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="250" />
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="252" />
        <source>Notater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="256" />
        <source>Medlemmer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="273" />
        <source>Legg til medlem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="340" />
        <source>Leieforhold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="342" />
        <source>Bolig (bolig-ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="343" />
        <source>Husleie per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="344" />
        <source>Restanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="345" />
        <source>Leid fra (dd.mm.åååå)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="361" />
        <source>Husstand-ID: «{}» er allerede i bruk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_dialog.py" line="364" />
        <source>Husstand-ID: «{}» tilhører en slettet husstand; angre slettingen eller velg en annen ID</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="72" />
        <source>{}: må fylles ut</source>
        <extracomment>every income of the member, in the order shown a child's special care needs (foreldrefradrag after age 11)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="77" />
        <source>{}: «{}» er ikke et beløp (skriv for eksempel 12 500)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="80" />
        <source>{}: kan ikke være negativt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="92" />
        <source>Medlem {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="96" />
        <source>{}, rolle: «{}» er ukjent; velg søker, medsøker, voksen eller barn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="97" />
        <source>fornavn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="97" />
        <source>etternavn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="99" />
        <source>{}, {}: må fylles ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="103" />
        <source>{}, fødselsdato: «{}» er ikke en dato (dd.mm.åååå)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="108" />
        <source>{}, fødselsnummer: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="110" />
        <source>{}, fødselsnummer: mangler (påkrevd for voksne)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="112" />
        <source>{}, fødselsdato: barn må ha fødselsnummer eller fødselsdato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="117" />
        <source>{}, alder: {} år er utenfor {}–{} år for rollen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="121" />
        <source>{}, kjønn: «{}» er ukjent; velg kvinne eller mann</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="136" />
        <source>{}, inntekt {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="138" />
        <source>{}, inntektstype {}: velg hva slags inntekt beløpet er</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="160" />
        <source>Husstand-ID: må fylles ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="163" />
        <source>Medlemmer: husstanden må ha minst én søker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="165" />
        <source>Medlemmer: husstanden må ha nøyaktig én søker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="167" />
        <source>Medlemmer: høyst én medsøker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="172" />
        <source>Medlem {}, fødselsnummer: samme person står to ganger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="176" />
        <source>Skattefrie inntekter per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="177" />
        <source>Oppsparte midler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="178" />
        <source>Andre faste utgifter per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="179" />
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="182" />
        <source>Barnehage og SFO per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="180" />
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="183" />
        <source>Renter på gjeld per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="186" />
        <source>{}: er over {}, største rimelige verdi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="190" />
        <source>E-post: «{}» er ikke en e-postadresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="204" />
        <source>Husleie per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="205" />
        <source>Restanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="209" />
        <source>Leid fra: «{}» er ikke en dato (dd.mm.åååå)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="213" />
        <source>Bolig: «{}» finnes ikke i boligregisteret</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="33" />
        <source>Navn</source>
        <extracomment>(sort key, header, alignment right?)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="34" />
        <source>Fødselsnr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="35" />
        <source>Adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="36" />
        <source>Bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="37" />
        <source>Husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="38" />
        <source>Pers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="39" />
        <source>Inntekt/år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="40" />
        <source>Husleie/mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="41" />
        <source>Restanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/household_model.py" line="42" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="38" />
        <source>Leietakere (husstander og medlemmer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="39" />
        <source>Boliger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="40" />
        <source>Husleiereskontro (forfalt og betalt husleie per måned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="42" />
        <source>(ikke i filen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="52" />
        <source>Importer register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="58" />
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="60" />
        <source>Hva importeres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="63" />
        <source>Fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="65" />
        <source>Velg fil …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="69" />
        <source>Fil (XLSX eller CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="70" />
        <source>Importer de gyldige radene og hopp over resten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="76" />
        <source>Kolonner: hvilken kolonne i filen svarer til hvert felt?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="80" />
        <source>Problemer i filen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="83" />
        <source>Sjekk filen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="85" />
        <source>Importer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="87" />
        <source>Lukk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="96" />
        <source>Velg fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="96" />
        <source>Regneark (*.xlsx *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="134" />
        <source>Velg en fil først.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="142" />
        <source>Sjekker filen …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="142" />
        <source>Importerer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="155" />
        <source>Importen ble avbrutt. Ingenting er endret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/import_dialog.py" line="159" />
        <source>Uventet feil: {}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="28" />
        <source>Bare startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="29" />
        <source>Banklån først, startlån på toppen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="30" />
        <source>Banklån først når banken kan låne noe, ellers bare startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="31" />
        <source>Annuitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="31" />
        <source>Serie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="32" />
        <source>Selveier (dokumentavgift)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="33" />
        <source>Borettslag / aksje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="97" />
        <source>Boligen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="98" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="102" />
        <source>Kjøpesum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="99" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="102" />
        <source>Eierform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="100" />
        <source>Felleskostnader per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="101" />
        <source>Andre bokostnader per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="103" />
        <source>Felleskost./mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="104" />
        <source>Andre bokost./mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="109" />
        <source>Husstanden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="110" />
        <source>Egenkapital (sparing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="111" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="112" />
        <source>Sett levekostnader selv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="113" />
        <source>Levekostnader per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="115" />
        <source>Begrunnelse (påkrevd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="116" />
        <source>Begrunnelse for levekostnader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="119" />
        <source>Egenkapital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="121" />
        <source>Levekost./mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="122" />
        <source>Begrunnelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="128" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="133" />
        <source>Finansiering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="130" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="146" />
        <source>Regelår</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="138" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="147" />
        <source>Løpetid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="139" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="147" />
        <source>Nedbetaling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="140" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="148" />
        <source>Startlånsrente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="141" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="149" />
        <source>Bankrente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="142" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="150" />
        <source>Styringsrente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="143" />
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="151" />
        <source>Største tilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_inputs.py" line="146" />
        <source>Opplegg</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="48" />
        <source>Tilbud om kjøp av bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="49" />
        <source>Invitasjon til samtale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="50" />
        <source>Forhåndsvurdering av startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="68" />
        <source>Brev til %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="73" />
        <source>Brevtype</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="78" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="87" />
        <source>Språk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="83" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="89" />
        <source>Vedtaket fattes av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="84" />
        <source>Navn (kreves med tomannsregel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="86" />
        <source>Brev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="88" />
        <source>Dato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="91" />
        <source>Lag brev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="94" />
        <source>Åpne for utskrift …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="97" />
        <source>Skriv &amp;ut …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="142" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="152" />
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="155" />
        <source>Brevet kan ikke lages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="150" />
        <source>Lager brevet …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="159" />
        <source>Lagret i arkivet: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="162" />
        <source>Beregnet på nytt fordi noe er endret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="169" />
        <source>Lage brevet likevel?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/letter_dialog.py" line="170" />
        <source>Før utskrift</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../leietileie/ui/letters_ui.py" line="18" />
        <source>Brev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/letters_ui.py" line="19" />
        <source>Velg en husstand først.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="27" />
        <source>Leietakere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="28" />
        <source>Beregning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="29" />
        <source>Leie til eie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="30" />
        <source>Kartlegging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="31" />
        <source>Saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/registry.py" line="32" />
        <source>Innstillinger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="62" />
        <source>Navigasjon</source>
        <extracomment>The default size of a first start (fits a 1 366 × 768 laptop).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="183" />
        <source>Denne visningen har ingen liste å eksportere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="192" />
        <source>Denne visningen har ingen liste å skrive ut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="206" />
        <source>Sikkerhetskopi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="220" />
        <source>Leie til eie – {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="221" />
        <source>Database: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/main_window.py" line="223" />
        <source>Regelår {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="34" />
        <source>Menylinje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="38" />
        <source>&amp;Fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="39" />
        <source>&amp;Ny husstand …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="40" />
        <source>&amp;Importer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="41" />
        <source>&amp;Eksporter listen som vist …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="43" />
        <source>&amp;Sikkerhetskopi og gjenoppretting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="44" />
        <source>&amp;Lag sikkerhetskopi …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="45" />
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="47" />
        <source>&amp;Vis hvor sikkerhetskopiene ligger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="49" />
        <source>Åpne &amp;datamappen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="51" />
        <source>&amp;Avslutt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="53" />
        <source>&amp;Rediger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="54" />
        <source>&amp;Angre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="55" />
        <source>&amp;Gjør om</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="57" />
        <source>&amp;Kopier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="58" />
        <source>&amp;Søk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="60" />
        <source>&amp;Brev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="61" />
        <source>&amp;Lag brev …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="62" />
        <source>&amp;Skriv ut listen …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="64" />
        <source>&amp;Hjelp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="65" />
        <source>&amp;Brukerveiledning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="67" />
        <source>&amp;Hurtigtaster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/menus.py" line="68" />
        <source>&amp;Om programmet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="34" />
        <source>Vurdering i dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="35" />
        <source>Vurdering ved kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="36" />
        <source>Oppspart ved kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="37" />
        <source>Markedsverdi ved kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="38" />
        <source>Egenkapital ved kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="39" />
        <source>Startlån ved kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="40" />
        <source>Tilskudd ved kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="41" />
        <source>Eie per måned ved kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="54" />
        <source>Velg en husstand under Leietakere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="64" />
        <source>Sparing og egenkapital måned for måned (tusen kr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="65" />
        <source>Sparing og egenkapital over leieperioden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="69" />
        <source>Planen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="76" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="82" />
        <source>Leieperiode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="77" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="82" />
        <source>Sparing per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="78" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="83" />
        <source>Pris år 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="79" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="83" />
        <source>Prisvekst per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="81" />
        <location filename="../../leietileie/ui/views/plan_view.py" line="84" />
        <source>Rente på sparing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="91" />
        <source>Resultat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="109" />
        <source>Leie til eie for {} ({})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="151" />
        <source>Oppspart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="152" />
        <source>Egenkapital om boligen kjøpes (sparing + verdiøkning)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="167" />
        <source>måneder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/plan_view.py" line="173" />
        <source>tusen kr</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <location filename="../../leietileie/ui/fmt.py" line="26" />
        <source>%n husstander</source>
        <translation><numerusform>%n husstand</numerusform><numerusform>%n husstander</numerusform></translation>
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
        <location filename="../../leietileie/ui/printing.py" line="64" />
        <source>Forhåndsvisning – {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="78" />
        <source>Skriv ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="78" />
        <source>Fant ikke filen {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="88" />
        <source>Kan ikke åpne PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/printing.py" line="89" />
        <source>Det finnes ikke noe program for PDF-filer på denne maskinen. Filen ligger her:
{}

Bruk «Skriv ut …» for å skrive den ut direkte.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="18" />
        <source>Brutto inntekt per år</source>
        <extracomment>key, label, bold (a sum line)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="19" />
        <source>Skatt per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="20" />
        <source>Netto inntekt per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="21" />
        <source>− Levekostnader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="22" />
        <source>− Faste forpliktelser (gjeld, barnehage o.l.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="23" />
        <source>= Tilgjengelig til bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="24" />
        <source>− Bokostnader (felleskost. og drift)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="25" />
        <source>= Tilgjengelig til lån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="26" />
        <source>Kalkulasjonsrente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="27" />
        <source>Største lån budsjettet bærer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="30" />
        <source>Kjøpesum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="31" />
        <source>+ Omkostninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="32" />
        <source>− Egenkapital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="33" />
        <source>Banklån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="34" />
        <source>Startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="35" />
        <source>Tilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="36" />
        <source>Terminbeløp første måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="37" />
        <source>Eie per måned (med bokostnader)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="38" />
        <source>Eie etter rentefradrag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="39" />
        <source>Leie i dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="79" />
        <source>Konklusjon</source>
        <extracomment>result lines explained by a tooltip (line key → glossary term)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="82" />
        <source>Budsjett</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="83" />
        <source>Finansiering og månedskostnad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="88" />
        <location filename="../../leietileie/ui/views/assessment_results.py" line="89" />
        <source>Kontroller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="94" />
        <source>Hva kan få det til å gå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="100" />
        <source>Kan ikke beregne: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="120" />
        <source>satt av saksbehandler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="120" />
        <source>SIFO {}, norm {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="137" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="137" />
        <source>Ikke OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="146" />
        <source>Dette kan få det til å gå:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/assessment_results.py" line="149" />
        <source>Merk:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="29" />
        <source>Skatt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="30" />
        <source>SIFO referansebudsjett</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="31" />
        <source>Sosialhjelpsnorm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="32" />
        <source>Bankenes utlånsregler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="33" />
        <source>Startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="34" />
        <source>Husbankens renter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="35" />
        <source>Gebyrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="36" />
        <source>Omkostninger ved kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="37" />
        <source>Tilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="38" />
        <source>Bostøtte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="41" />
        <source>Norges Banks styringsrente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="42" />
        <source>Husbankens flytende rente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="43" />
        <source>Bankens rente</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="44" />
        <source>Påslag i kalkulasjonsrenten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="71" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="73" />
        <source>Regelsett for år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="81" />
        <source>Bekreft at satsene er kontrollert mot kilden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <source>Satser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <source>Kontrollert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <source>Kilde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="111" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="115" />
        <source>Merknad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="86" />
        <source>Regelsett</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="109" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="114" />
        <source>Gjelder fra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="104" />
        <location filename="../../leietileie/ui/views/rules_panel.py" line="112" />
        <source>Sats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <source>Verdi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="89" />
        <source>Endret av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="90" />
        <source>Justerte satser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="91" />
        <source>Justerte satser (daterte, tas vare på)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="107" />
        <source>Ny verdi i prosent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="113" />
        <source>Ny verdi (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="117" />
        <source>Legg til &amp;justering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="142" />
        <source>Ja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="142" />
        <source>Nei – bør kontrolleres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="145" />
        <source>Bekreftet av %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="160" />
        <source>Ny verdi: skriv en prosentsats, for eksempel 4,25</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="163" />
        <source>Gjelder fra: skriv en dato (dd.mm.åååå)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/rules_panel.py" line="166" />
        <source>Ny verdi: må være mellom 0 og 30 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="95" />
        <source>Vurder alle husstander for boligen de leier, med kommunens forutsetninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="100" />
        <source>Om kartleggingen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="103" />
        <source>Resultat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="104" />
        <source>Alle resultater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="108" />
        <source>Begrunnelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="109" />
        <source>Alle begrunnelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="113" />
        <source>Søk: navn, husstand, adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="114" />
        <source>Søk i resultatene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="141" />
        <source>Fordeling av husstander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="146" />
        <source>Diagram over fordelingen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="152" />
        <source>Resultater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="161" />
        <source>Lagre listen som Excel, CSV eller PDF (filteret over gjelder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="164" />
        <source>Åpne en sak med status Kartlagt for de valgte husstandene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="94" />
        <source>K&amp;jør kartlegging</source>
        <extracomment>households per ``mark_screened`` call when opening cases (progress and Avbryt between them) A run with more households than this is loaded in a background task (issue 15 item 4).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="160" />
        <source>E&amp;ksporter liste …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="163" />
        <source>Åpne &amp;saker (kartlagt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="166" />
        <source>Lag &amp;invitasjonsbrev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="188" />
        <source>Henter kartleggingen …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="196" />
        <source>Ingen kartlegging er kjørt ennå.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="198" />
        <source>Kartlegging nr. {} per {} (regelår {}): {} husstander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="253" />
        <source>{} valgt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="258" />
        <source>Brevtjenesten er ikke tilgjengelig ennå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="261" />
        <source>Lag invitasjon til samtale for de valgte husstandene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="280" />
        <source>Kartlegger registeret …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="289" />
        <source>Kartlegging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="289" />
        <source>Kartleggingen ble avbrutt. Ingenting ble lagret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="291" />
        <source>Kartleggingen feilet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="298" />
        <source>Lagre liste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="322" />
        <source>Eksportert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="322" />
        <source>Listen er lagret i {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="324" />
        <source>Eksporterer liste …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="325" />
        <source>Eksporten feilet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="357" />
        <source>{} saker åpnet, {} hadde allerede en åpen sak.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="359" />
        <source>Avbrutt før alle var behandlet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="360" />
        <source>Saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="365" />
        <source>Kunne ikke åpne saker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="368" />
        <source>Åpner saker for {} husstander …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="372" />
        <source>Velg mappe for brevene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="390" />
        <source>{} invitasjonsbrev er laget i {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="392" />
        <source>Ikke laget:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="393" />
        <source>Invitasjonsbrev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="396" />
        <source>Lager invitasjonsbrev …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_page.py" line="397" />
        <source>Brevene feilet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreeningResultsModel</name>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="33" />
        <source>Rang</source>
        <extracomment>(key, header, right-aligned)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="34" />
        <source>Resultat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="35" />
        <source>Om år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="36" />
        <source>Søker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="37" />
        <source>Husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="38" />
        <source>Adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="39" />
        <source>Pers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="40" />
        <source>Pris</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="41" />
        <source>Startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="42" />
        <source>Tilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="43" />
        <source>Eie/mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="44" />
        <source>Husleie/mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="45" />
        <source>Overskudd/mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="46" />
        <source>Begrunnelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/screening_model.py" line="47" />
        <source>Saksstatus</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="29" />
        <source>Kommunen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="30" />
        <source>Beregning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="31" />
        <source>Tilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="32" />
        <source>Brev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="33" />
        <source>Kartlegging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="90" />
        <source>Regelsett og satser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="91" />
        <source>Språk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="96" />
        <source>Melding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="97" />
        <source>&amp;Lagre innstillingene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="98" />
        <source>Lagre innstillingene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="124" />
        <location filename="../../leietileie/ui/views/settings_view.py" line="130" />
        <source>Språk i programmet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="131" />
        <source>Språket gjelder fra neste gang programmet startes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/settings_view.py" line="136" />
        <source>Språket er endret; start programmet på nytt.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../leietileie/ui/views/settings_view.py" line="152" />
        <source>Lagret (%n endringer).</source>
        <translation><numerusform>Lagret (%n endring).</numerusform><numerusform>Lagret (%n endringer).</numerusform></translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="46" />
        <source>Salg av kommunale utleieboliger til leietakere, per år</source>
        <extracomment>(column key, colour) shown in the chart</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="51" />
        <location filename="../../leietileie/ui/views/case_stats.py" line="52" />
        <source>Søk i statistikken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="56" />
        <source>E&amp;ksporter statistikk …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="62" />
        <source>Statistikk per år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="66" />
        <source>Fra kartlegging til kjøp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="71" />
        <source>Diagram over statistikken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="100" />
        <source>Husstander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="106" />
        <source>Lagre statistikk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="114" />
        <source>Eksporten feilet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="116" />
        <source>Eksportert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/case_stats.py" line="116" />
        <source>Statistikken er lagret i {}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="18" />
        <source>Excel (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="77" />
        <source>Eksporter listen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="87" />
        <source>Liste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="98" />
        <source>Eksporten feilet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="100" />
        <source>Eksportert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="100" />
        <source>{} rader er lagret i {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="115" />
        <source>&amp;Kopier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="119" />
        <source>&amp;Eksporter listen som vist …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/table_tools.py" line="122" />
        <source>&amp;Skriv ut listen …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../leietileie/ui/worker.py" line="54" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/worker.py" line="74" />
        <source>Avbryter …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TenantActions</name>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="32" />
        <source>&amp;Ny husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="33" />
        <source>R&amp;ediger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="34" />
        <source>Sle&amp;tt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="35" />
        <source>&amp;Angre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="36" />
        <source>N&amp;y bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="37" />
        <source>Rediger bo&amp;lig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="38" />
        <source>&amp;Importer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="39" />
        <source>Bre&amp;v …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="40" />
        <source>Beregnin&amp;g →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="53" />
        <source>Kunne ikke lagre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="107" />
        <source>Slette husstanden {} ({}) med saker og dokumenter?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="109" />
        <source>Slett husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="143" />
        <source>Rediger bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenant_actions.py" line="143" />
        <source>Velg en husstand som leier en bolig.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TenantsView</name>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="63" />
        <source>Detaljer om husstanden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="77" />
        <source>Søk: navn, adresse, bolig, fødselsnr. (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="78" />
        <source>Søk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="82" />
        <source>Husstandstype</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="82" />
        <source>Alle husstander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="84" />
        <source>Inntektstype</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="84" />
        <source>Alle inntekter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="86" />
        <source>Kartlegging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="86" />
        <source>Alle kartlagte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="88" />
        <source>Saksstatus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="88" />
        <source>Alle statuser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="90" />
        <source>Restanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="90" />
        <source>Med og uten restanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="91" />
        <source>Med restanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="91" />
        <source>Uten restanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="97" />
        <source>Antall husstander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/views/tenants_view.py" line="102" />
        <source>Husstander</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="28" />
        <source>Bolig-ID</source>
        <extracomment>key, label, required</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="29" />
        <source>Adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="30" />
        <source>Postnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="31" />
        <source>Poststed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="32" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="55" />
        <source>Takst (kr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="33" />
        <source>Felleskostnader per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="34" />
        <source>Andre bokostnader per måned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="35" />
        <source>Fellesgjeld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="36" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="57" />
        <source>Bruksareal (m²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="37" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="58" />
        <source>Soverom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="39" />
        <source>Selveier / eierseksjon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="40" />
        <source>Borettslag / aksjeleilighet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="51" />
        <source>{}: må fylles ut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="54" />
        <source>Postnummer: må ha 4 sifre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="60" />
        <source>Soverom: må være et helt tall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="62" />
        <source>Eierform: velg selveier eller borettslag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="80" />
        <source>Rediger bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="80" />
        <source>Ny bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="97" />
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="98" />
        <source>Eierform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="105" />
        <source>Lagre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="106" />
        <source>Avbryt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/unit_dialog.py" line="116" />
        <source>Bolig-ID: «{}» er allerede i bruk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="23" />
        <source>Velkommen til Leie til eie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="26" />
        <source>&lt;h2&gt;Velkommen&lt;/h2&gt;&lt;p&gt;Det finnes ikke noe leietakerregister ennå. Hvordan vil du begynne?&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="31" />
        <source>Prøv med et demoregister (oppdiktet kommune)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="32" />
        <source>Importer boliger og leietakere fra fil …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="33" />
        <source>Start med et tomt register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="50" />
        <source>Lager demoregisteret …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/welcome_dialog.py" line="59" />
        <source>Demoregisteret</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="25" />
        <source>Kvinne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="25" />
        <source>Mann</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="27" />
        <source>Ingen bil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="27" />
        <source>Bensin/diesel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/dialogs/household_form.py" line="28" />
        <source>Elbil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="24" />
        <source>Kan kjøpe</source>
        <extracomment>Every fixed Norwegian text the UI may receive from the engine or the services.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="25" />
        <source>Kan kjøpe med tilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="26" />
        <source>Kan ikke kjøpe nå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="28" />
        <source>Enslig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="29" />
        <source>Par</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="30" />
        <source>Andre voksne (bofellesskap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="31" />
        <source>Barn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="33" />
        <source>Ny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="34" />
        <source>Kartlagt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="35" />
        <source>Invitert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="36" />
        <source>Samtale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="37" />
        <source>Vurdert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="38" />
        <source>Vedtak sendt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="39" />
        <source>Tilbud sendt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="40" />
        <source>Akseptert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="41" />
        <source>Avslått</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="42" />
        <source>Kjøpt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="43" />
        <source>Avsluttet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="45" />
        <source>Svarfrist for tilbud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="46" />
        <source>Oppfølging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="48" />
        <source>Lønn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="49" />
        <source>Uføretrygd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="50" />
        <source>Arbeidsavklaringspenger (AAP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="51" />
        <source>Sykepenger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="52" />
        <source>Dagpenger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="53" />
        <source>Introduksjonsstønad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="54" />
        <source>Annen skattepliktig inntekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="55" />
        <source>Pensjon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="56" />
        <source>Kapitalinntekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="57" />
        <source>Søker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="58" />
        <source>Medsøker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="59" />
        <source>Voksen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="61" />
        <source>Enslig forsørger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="62" />
        <source>Par med barn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="63" />
        <source>Flere voksne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="64" />
        <source>Uten medlemmer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="66" />
        <source>skattesatser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="67" />
        <source>skattefradrag for pensjonsinntekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="68" />
        <source>SIFO-budsjett</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="69" />
        <source>sosialhjelpsnorm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="70" />
        <source>bankregler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="71" />
        <source>startlånsvilkår</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="72" />
        <source>Husbankens renter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="73" />
        <source>gebyrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="74" />
        <source>tinglysingsgebyr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="75" />
        <source>tilskuddsregler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="76" />
        <source>bostøtte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="78" />
        <source>Mat og drikke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="79" />
        <source>Klær og sko</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="80" />
        <source>Personlig pleie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="81" />
        <source>Lek, sport og mediebruk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="82" />
        <source>Reisekostnader (kollektiv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="83" />
        <source>Andre dagligvarer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="84" />
        <source>Husholdningsartikler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="85" />
        <source>Møbler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="86" />
        <source>Mediebruk og fritid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="87" />
        <source>Bil (drift og vedlikehold)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="89" />
        <source>Betjeningsevne (Husbanken)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="90" />
        <source>Belåningsgrad (utlånsforskriften)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="91" />
        <source>Gjeld mot inntekt (5 × inntekt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="92" />
        <source>Stresstest (rente + 3 pp, minst 7 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="94" />
        <source>Kan kjøpe nå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="95" />
        <source>Kan kjøpe om noen år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="96" />
        <source>Ikke aktuelt nå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="97" />
        <source>Kan kjøpe med banklån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="98" />
        <source>Banken kan trolig finansiere hele kjøpet (startlån er for dem som ikke får stort nok banklån)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="100" />
        <source>Boligen mangler takst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="101" />
        <source>Leieforholdet er kortere enn kravet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="102" />
        <source>Husleierestanse over grensen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="103" />
        <source>Husleien er betalt for sent flere ganger siste år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="104" />
        <source>Bare midlertidig inntekt (AAP, dagpenger o.l.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="105" />
        <source>Søker er yngre enn aldersgrensen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="106" />
        <source>Søker er eldre enn aldersgrensen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="107" />
        <source>Inntekten dekker ikke levekostnader og bokostnader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="108" />
        <source>Betjeningsevnen er for svak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="109" />
        <source>Trenger mer tilskudd enn kommunens grense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="110" />
        <source>Sparing kan gi nok egenkapital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="111" />
        <source>En annen ledig bolig kan passe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="113" />
        <source>Rang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="114" />
        <source>Resultat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="115" />
        <source>Om år</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="116" />
        <source>Husstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="117" />
        <source>Fødselsnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="118" />
        <source>Bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="119" />
        <source>Adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="120" />
        <source>Husstandstype</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="154" />
        <source>Klageinstans for vedtak om startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="155" />
        <source>Forvaltningsloven § 28 annet ledd: kommunens eget klageorgan (klagenemnd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="158" />
        <source>Behandlingsansvarlig (tom = kommunen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="159" />
        <source>Personvernombud (navn og e-post)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="160" />
        <source>Beregning eldre enn (dager) regnes ut på nytt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="161" />
        <source>Advar når taksten er eldre enn (måneder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="162" />
        <source>Vedtak krever en annen beslutter enn saksbehandleren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="163" />
        <source>Oppbevaring etter avsluttet sak (år)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="121" />
        <source>Personer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="122" />
        <source>Brutto inntekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="123" />
        <source>Husleie/mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="124" />
        <source>Restanse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="125" />
        <source>Pris</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="126" />
        <source>Største lån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="127" />
        <source>Startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="128" />
        <source>Banklån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="129" />
        <source>Tilskudd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="130" />
        <source>Tilskuddsbehov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="131" />
        <source>Eie/mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="132" />
        <source>Overskudd/mnd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="133" />
        <source>Begrunnelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="134" />
        <source>Annen ledig bolig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="135" />
        <source>Saksstatus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="136" />
        <source>År</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="137" />
        <source>Leietakere kartlagt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="138" />
        <source>Kjøp gjennomført</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="139" />
        <source>Boliger frigjort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="141" />
        <source>Kommunens navn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="142" />
        <source>Organisasjonsnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="143" />
        <source>9 siffer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="144" />
        <source>Enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="145" />
        <source>Postadresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="146" />
        <source>Postnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="147" />
        <source>Poststed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="148" />
        <source>Logo (PNG eller JPG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="149" />
        <source>Målform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="150" />
        <source>Bokmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="151" />
        <source>Nynorsk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="152" />
        <source>Underskriver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="153" />
        <source>Underskrivers tittel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="156" />
        <source>Kommunen ligger i tiltakssonen (Finnmark og Nord-Troms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="157" />
        <source>Lavere skatt: 18,5 % på alminnelig inntekt og finnmarksfradrag (Skatte-ABC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="164" />
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="165" />
        <source>E-post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="166" />
        <source>Kommunegruppe for bostøtte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="167" />
        <source>1 – Oslo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="168" />
        <source>2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="169" />
        <source>3 – Kristiansand, Lillestrøm, Asker m.fl.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="170" />
        <source>4 – Øvrige kommuner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="171" />
        <source>Regelår</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="172" />
        <source>Løpetid (år)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="173" />
        <source>Nedbetaling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="174" />
        <source>Annuitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="175" />
        <source>Serie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="176" />
        <source>Finansiering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="177" />
        <source>Bare startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="178" />
        <source>Banklån først når banken kan låne noe, ellers bare startlån</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="179" />
        <source>Banklån først, startlån på toppen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="180" />
        <source>Kommunen gir tilskudd til etablering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="181" />
        <source>Største tilskudd (kr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="182" />
        <source>Svarfrist (virkedager)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="183" />
        <source>Leieforhold minst (år)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="184" />
        <source>Husleierestanse høyst (kr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="185" />
        <source>Måneder med for sen husleie siste år, høyst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="186" />
        <source>Utelat husstander med bare midlertidig inntekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="187" />
        <source>Søkers alder minst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="188" />
        <source>Søkers alder høyst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="189" />
        <source>«Kan kjøpe om N år»: høyst N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="190" />
        <source>Prøv også ledige boliger som passer husstanden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="191" />
        <source>Kommunalt påslag i startlånsrenten (høyst 0,25 pp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="192" />
        <source>Kommunens eget etableringsgebyr på startlån (kr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="193" />
        <source>Kommunens eget termingebyr på startlån (kr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="194" />
        <source>Forslag: sparing i høyst (måneder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="195" />
        <source>Forslag: løpetid ikke forbi alder (tom = ingen grense)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="196" />
        <source>Startlån: en kommune som tar egne gebyrer kan ikke også ta påslag på Husbankens rente; sett påslaget til 0 eller gebyrene til 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="199" />
        <source>må ha 11 sifre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="200" />
        <source>kan bare inneholde sifre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="201" />
        <source>ugyldig kontrollsiffer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="202" />
        <source>ugyldig fødselsdato i nummeret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="203" />
        <source>fødselsdatoen er fram i tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="208" />
        <source>Tilbud om kjøp</source>
        <extracomment>Kinds of documents produced on a case (the letters service's kinds).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="209" />
        <source>Invitasjon til samtale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leietileie/ui/domain_text.py" line="210" />
        <source>Forhåndsvurdering av startlån</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>