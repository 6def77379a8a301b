<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AuditPage</name>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Hier ziet u wie wanneer welke gegevens heeft ingezien of gewijzigd, vanaf welke werkplek, en welke pogingen zijn geweigerd. PlusDesk legt dit vast volgens NEN 7513. Het auditlog kan niet worden gewijzigd en wordt ten minste 5 jaar bewaard.</source>
        <translation>Here you can see who viewed or changed which data and when, from which workstation, and which attempts were refused. PlusDesk records this in accordance with NEN 7513. The audit log cannot be changed and is kept for at least 5 years.</translation>
    </message>
    <message>
        <source>Periode vanaf</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periode tot en met</source>
        <translation>Period up to and including</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Toon de gebeurtenissen die bij deze filters horen</source>
        <translation>Show the events that match these filters</translation>
    </message>
    <message>
        <source>bijv. H-1001</source>
        <translation>e.g. H-1001</translation>
    </message>
    <message>
        <source>Patiëntnummer uit het HIS</source>
        <translation>Patient number from the HIS</translation>
    </message>
    <message>
        <source>Het patiëntnummer zoals het in uw HIS staat; nooit het BSN.</source>
        <translation>The patient number as it appears in your HIS; never the BSN.</translation>
    </message>
    <message>
        <source>&amp;Wie zag deze patiënt?</source>
        <translation>&amp;Who viewed this patient?</translation>
    </message>
    <message>
        <source>Toon iedereen die deze patiënt in de gekozen periode heeft ingezien of gewijzigd (alle gebruikers en acties).</source>
        <translation>Show everyone who viewed or changed this patient in the chosen period (all users and actions).</translation>
    </message>
    <message>
        <source>Melding bij het patiëntnummer</source>
        <translation>Patient number notice</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Gebr&amp;uiker</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Actie</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>Pa&amp;tiëntnummer</source>
        <translation>Pa&amp;tient number</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Gebeurtenissen in het auditlog</source>
        <translation>Events in the audit log</translation>
    </message>
    <message>
        <source>Geen gebeurtenissen gevonden voor deze selectie.</source>
        <translation>No events found for this selection.</translation>
    </message>
    <message>
        <source>&amp;Exporteren naar CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <source>Sla de gebeurtenissen in de tabel op als CSV-bestand voor Excel. De export wordt zelf ook in het auditlog vastgelegd.</source>
        <translation>Save the events in the table as a CSV file for Excel. The export itself is also recorded in the audit log.</translation>
    </message>
    <message>
        <source>Geen toegang tot het auditlog</source>
        <translation>No access to the audit log</translation>
    </message>
    <message>
        <source>Alle gebruikers</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Geen gebeurtenissen</source>
        <translation>No events</translation>
    </message>
    <message>
        <source>1 gebeurtenis</source>
        <translation>1 event</translation>
    </message>
    <message>
        <source>{0} gebeurtenissen</source>
        <translation>{0} events</translation>
    </message>
    <message>
        <source> met patiënt {0}</source>
        <translation> with patient {0}</translation>
    </message>
    <message>
        <source> van {0} t/m {1}</source>
        <translation> from {0} to {1}</translation>
    </message>
    <message>
        <source> door {0}</source>
        <translation> by {0}</translation>
    </message>
    <message>
        <source>, actie {0}</source>
        <translation>, action {0}</translation>
    </message>
    <message>
        <source>Alleen de nieuwste {0} worden getoond; kies een kortere periode.</source>
        <translation>Only the newest {0} are shown; choose a shorter period.</translation>
    </message>
    <message>
        <source>Niemand heeft patiënt {0} in deze periode in PlusDesk ingezien of gewijzigd. Kies een eerdere begindatum om verder terug te kijken.</source>
        <translation>Nobody viewed or changed patient {0} in PlusDesk during this period. Choose an earlier start date to look further back.</translation>
    </message>
    <message>
        <source>Kies een langere periode, of zet Gebruiker op ‘Alle gebruikers’ en Actie op ‘Alle acties’.</source>
        <translation>Choose a longer period, or set User to ‘All users’ and Action to ‘All actions’.</translation>
    </message>
    <message>
        <source>✓ Keten gecontroleerd: {0} regels, intact.</source>
        <translation>✓ Chain verified: {0} entries, intact.</translation>
    </message>
    <message>
        <source>Elke regel bevat een vingerafdruk van de regel ervoor. Een gewijzigde, verwijderde of tussengevoegde regel valt daardoor op.</source>
        <translation>Each entry contains a fingerprint of the entry before it, so a changed, deleted or inserted entry stands out.</translation>
    </message>
    <message>
        <source>Let op: het auditlog is niet intact ({0} regels gecontroleerd). {1}</source>
        <translation>Warning: the audit log is not intact ({0} entries checked). {1}</translation>
    </message>
    <message>
        <source>En nog {0} andere problemen (zie de tooltip).</source>
        <translation>And {0} other problems (see the tooltip).</translation>
    </message>
    <message>
        <source>Bewaar een kopie van het gegevensbestand en meld dit bij uw ICT-leverancier.</source>
        <translation>Keep a copy of the data file and report this to your IT supplier.</translation>
    </message>
    <message>
        <source>Het auditlog laat zien wie welke patiëntgegevens heeft ingezien; daarom kan alleen de praktijkmanager het openen.</source>
        <translation>The audit log shows who viewed which patient data; that is why only the practice manager can open it.</translation>
    </message>
    <message>
        <source>Auditlog exporteren</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>{0} geëxporteerd naar {1}. Het bestand bevat patiëntnummers: bewaar het op een beveiligde plek. De export is vastgelegd in het auditlog.</source>
        <translation>{0} exported to {1}. The file contains patient numbers: store it in a secure place. The export has been recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Werkplek</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Patiënt</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Soort gegeven waar de actie over ging</source>
        <translation>Type of data the action concerned</translation>
    </message>
    <message>
        <source>Nummer van het gegeven binnen PlusDesk</source>
        <translation>Number of the item within PlusDesk</translation>
    </message>
    <message>
        <source>Patiëntnummer uit het HIS (nooit een BSN)</source>
        <translation>Patient number from the HIS (never a BSN)</translation>
    </message>
    <message>
        <source>Deze poging is {0}.</source>
        <translation>This attempt was {0}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Map wijzigen…</source>
        <translation>&amp;Change folder…</translation>
    </message>
    <message>
        <source>PlusDesk maakt zelf een back-up bij het afsluiten en elke vier uur als er iets is gewijzigd. Oude back-ups worden uitgedund: van de laatste dag blijven ze allemaal, daarna één per dag, per week en per maand (een jaar terug).</source>
        <translation>PlusDesk makes a backup itself when closing and every four hours if anything has changed. Old backups are thinned out: all of those from the last day are kept, after that one per day, per week and per month (going back one year).</translation>
    </message>
    <message>
        <source>Inhoud van de gekozen back-up</source>
        <translation>Contents of the selected backup</translation>
    </message>
    <message>
        <source>Gemaakt:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Praktijk:</source>
        <translation>Practice:</translation>
    </message>
    <message>
        <source>Gebruikers:</source>
        <translation>Users:</translation>
    </message>
    <message>
        <source>Interventies:</source>
        <translation>Interventions:</translation>
    </message>
    <message>
        <source>Regels in het auditlog:</source>
        <translation>Rows in the audit log:</translation>
    </message>
    <message>
        <source>Schemaversie:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Nu een back-up maken</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alleen de praktijkmanager kan back-ups terugzetten en de back-upmap wijzigen.</source>
        <translation>Only the practice manager can restore backups and change the backup folder.</translation>
    </message>
    <message>
        <source>Back-ups van &lt;b&gt;{0}&lt;/b&gt; staan in:&lt;br&gt;{1}</source>
        <translation>Backups of &lt;b&gt;{0}&lt;/b&gt; are stored in:&lt;br&gt;{1}</translation>
    </message>
    <message>
        <source>Er zijn nog geen back-ups in deze map.</source>
        <translation>There are no backups in this folder yet.</translation>
    </message>
    <message>
        <source>Kies een back-up in de lijst.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <source>Deze back-up kan niet worden gelezen (beschadigd of onvolledig).</source>
        <translation>This backup cannot be read (damaged or incomplete).</translation>
    </message>
    <message>
        <source>(nog niet ingevuld)</source>
        <translation>(not filled in yet)</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {0}</source>
        <translation>Backup created: {0}</translation>
    </message>
    <message>
        <source>Kies de map voor back-ups</source>
        <translation>Choose the folder for backups</translation>
    </message>
    <message>
        <source>Nieuwe back-ups komen voortaan in {0}.</source>
        <translation>New backups will now be stored in {0}.</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>De gegevens worden teruggezet zoals ze waren op {0} om {1}. Wat daarna is ingevoerd, staat dan niet meer in het bestand.

PlusDesk maakt eerst een back-up van de huidige gegevens; die vindt u daarna in deze lijst als &apos;Voor terugzetten&apos;.

Deze back-up terugzetten?</source>
        <translation>The data will be restored as it was on {0} at {1}. Anything entered after that will then no longer be in the file.

PlusDesk first makes a backup of the current data; you will then find it in this list as &apos;Before restore&apos;.

Restore this backup?</translation>
    </message>
    <message>
        <source>De back-up van {0} om {1} is teruggezet. De gegevens van daarvoor staan in de back-up &apos;Voor terugzetten&apos;.</source>
        <translation>The backup from {0} at {1} has been restored. The data from before that is in the backup &apos;Before restore&apos;.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Regels</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Overgeslagen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Telt mee</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Ingelezen op</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Verwijzingen ingelezen uit het bestand</source>
        <translation>Referrals imported from the file</translation>
    </message>
    <message>
        <source>Regels met fouten die bij het inlezen zijn overgeslagen</source>
        <translation>Rows with errors that were skipped during import</translation>
    </message>
    <message>
        <source>Verwijzingen die nog meetellen: niet vervangen door een latere import</source>
        <translation>Referrals that still count: not replaced by a later import</translation>
    </message>
    <message>
        <source>{0} t/m {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>Kolomkoppeling: {0}</source>
        <translation>Column mapping: {0}</translation>
    </message>
</context>
<context>
    <name>BeforeAfterChart</name>
    <message>
        <source>Kies een interventie en een specialisme of groep om de verwijzingen vóór en na de start te vergelijken.</source>
        <translation>Choose an intervention and a specialism or group to compare referrals before and after the start.</translation>
    </message>
    <message>
        <source>Verwijzingen vóór en na de start</source>
        <translation>Referrals before and after the start</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>per 1.000 patiënten per {0}</source>
        <translation>per 1,000 patients per {0}</translation>
    </message>
    <message>
        <source>verwijzingen per {0}</source>
        <translation>referrals per {0}</translation>
    </message>
    <message>
        <source>waargenomen</source>
        <translation>observed</translation>
    </message>
    <message>
        <source>model vóór en na de start</source>
        <translation>model before and after the start</translation>
    </message>
    <message>
        <source>trend van vóór de start, doorgetrokken</source>
        <translation>trend from before the start, extended</translation>
    </message>
    <message>
        <source> per 1.000</source>
        <translation> per 1,000</translation>
    </message>
    <message>
        <source>waargenomen: {0}{1} ({2})</source>
        <translation>observed: {0}{1} ({2})</translation>
    </message>
    <message>
        <source>1 verwijzing</source>
        <translation>1 referral</translation>
    </message>
    <message>
        <source>{0} verwijzingen</source>
        <translation>{0} referrals</translation>
    </message>
    <message>
        <source>model: {0}{1}</source>
        <translation>model: {0}{1}</translation>
    </message>
    <message>
        <source>zonder de interventie: {0}{1}</source>
        <translation>without the intervention: {0}{1}</translation>
    </message>
</context>
<context>
    <name>BeforeAfterTab</name>
    <message>
        <source>Nog geen verwijzingen. Lees een export uit het HIS in via Importeren… op het tabblad Imports.</source>
        <translation>No referrals yet. Import an export from the HIS via Import… on the Imports tab.</translation>
    </message>
    <message>
        <source>Het model houdt rekening met de trend vóór de start en met seizoenen. Een verandering kan ook andere oorzaken hebben dan de interventie.</source>
        <translation>The model takes into account the trend before the start and seasonal effects. A change may also have causes other than the intervention.</translation>
    </message>
    <message>
        <source>&amp;Interventie:</source>
        <translation>&amp;Intervention:</translation>
    </message>
    <message>
        <source>&amp;Specialisme of groep:</source>
        <translation>&amp;Specialism or group:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>{0} {1} (gestart {2})</source>
        <translation>{0} {1} (started {2})</translation>
    </message>
    <message>
        <source>Nog geen interventie met een startdatum. Zodra een interventie in Interventies de status gestart krijgt, kunt u hier vóór en na vergelijken.</source>
        <translation>No intervention with a start date yet. Once an intervention is given the status started in Interventions, you can compare before and after here.</translation>
    </message>
    <message>
        <source>start {0}</source>
        <translation>start {0}</translation>
    </message>
</context>
<context>
    <name>BenchmarkDialog</name>
    <message>
        <source>Vektis: waargenomen en verwacht</source>
        <translation>Vektis: observed and expected</translation>
    </message>
    <message>
        <source>Neem de cijfers over uit de Praktijkspiegel van Vektis: per specialisme of groep het aantal verwijzingen (waargenomen) en het verwachte aantal. PlusDesk rekent de verhouding O/E uit, met het 95%-betrouwbaarheidsinterval.</source>
        <translation>Copy the figures from the Vektis Praktijkspiegel: per specialism or group, the number of referrals (observed) and the expected number. PlusDesk calculates the O/E ratio, with the 95% confidence interval.</translation>
    </message>
    <message>
        <source>{0} (groep)</source>
        <translation>{0} (group)</translation>
    </message>
    <message>
        <source>Vektis-cijfers</source>
        <translation>Vektis figures</translation>
    </message>
    <message>
        <source>Specialisme of groep</source>
        <translation>Specialism or group</translation>
    </message>
    <message>
        <source>Waargenomen</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Aantal verwijzingen volgens Vektis</source>
        <translation>Number of referrals according to Vektis</translation>
    </message>
    <message>
        <source>Verwacht</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Verwacht aantal volgens Vektis</source>
        <translation>Expected number according to Vektis</translation>
    </message>
    <message>
        <source>O/E (95%-interval)</source>
        <translation>O/E (95% interval)</translation>
    </message>
    <message>
        <source>Waargenomen gedeeld door verwacht; berekend door PlusDesk</source>
        <translation>Observed divided by expected; calculated by PlusDesk</translation>
    </message>
    <message>
        <source>Regel &amp;toevoegen</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>Regel &amp;verwijderen</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>Rood: duidelijk meer verwijzingen dan verwacht, groen: duidelijk minder (het hele 95%-interval ligt boven of onder 1).</source>
        <translation>Red: clearly more referrals than expected; green: clearly fewer (the entire 95% interval lies above or below 1).</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Kies eerst de regel die u wilt verwijderen.</source>
        <translation>First select the row you want to remove.</translation>
    </message>
    <message>
        <source>Vul het verwachte aantal in</source>
        <translation>Enter the expected number</translation>
    </message>
    <message>
        <source>Hoger dan verwacht: het hele interval ligt boven 1</source>
        <translation>Higher than expected: the entire interval lies above 1</translation>
    </message>
    <message>
        <source>Lager dan verwacht: het hele interval ligt onder 1</source>
        <translation>Lower than expected: the entire interval lies below 1</translation>
    </message>
    <message>
        <source>Niet duidelijk anders dan verwacht: het interval bevat 1</source>
        <translation>Not clearly different from expected: the interval contains 1</translation>
    </message>
    <message>
        <source>Voor {0} zijn nog geen Vektis-cijfers ingevuld. Voeg regels toe of lees een sjabloon in.</source>
        <translation>No Vektis figures have been entered for {0} yet. Add rows or import a template.</translation>
    </message>
    <message>
        <source>Kies in regel {0} een specialisme of groep, of verwijder de regel.</source>
        <translation>In row {0}, choose a specialism or group, or remove the row.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; staat twee keer in de lijst.</source>
        <translation>&apos;{0}&apos; appears twice in the list.</translation>
    </message>
    <message>
        <source>Vul in regel {0} ({1}) het verwachte aantal in; dat moet groter dan 0 zijn.</source>
        <translation>In row {0} ({1}), enter the expected number; it must be greater than 0.</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Uw praktijk tussen de andere praktijken van de zorggroep, uit het laatste benchmarkpakket. Alleen uw eigen praktijk staat er met naam in; de andere zijn letters.</source>
        <translation>Your practice among the other practices of the zorggroep, from the latest benchmark pack. Only your own practice appears by name; the others are letters.</translation>
    </message>
    <message>
        <source>Nog geen benchmarkpakket ingelezen. De zorggroep maakt het pakket uit de exports van alle praktijken; lees het in bij Zorggroep-export → Benchmarkpakket inlezen…</source>
        <translation>No benchmark pack imported yet. The zorggroep creates the pack from the exports of all practices; import it under Zorggroep export → Import benchmark pack…</translation>
    </message>
    <message>
        <source>Naar &amp;Zorggroep-export</source>
        <translation>Go to &amp;Zorggroep export</translation>
    </message>
    <message>
        <source>Het benchmarkpakket bevat geen interventies. Lees een nieuwer pakket in.</source>
        <translation>The benchmark pack contains no interventions. Import a newer pack.</translation>
    </message>
    <message>
        <source>&amp;Funnelplot</source>
        <translation>&amp;Funnel plot</translation>
    </message>
    <message>
        <source>&amp;Implementatie in de groep</source>
        <translation>&amp;Implementation in the group</translation>
    </message>
    <message>
        <source>Benchmarkpakket van {0}{1}: uw praktijk en {2} andere praktijken.</source>
        <translation>Benchmark pack dated {0}{1}: your practice and {2} other practices.</translation>
    </message>
    <message>
        <source> van {0}</source>
        <translation> from {0}</translation>
    </message>
    <message>
        <source>Geïmplementeerd of geborgd: bij u {0} van {1} interventies ({2} %); de mediaan van de groep is {3} %.</source>
        <translation>Implemented or embedded: {0} of {1} interventions at your practice ({2}%); the group median is {3}%.</translation>
    </message>
</context>
<context>
    <name>CareCasesPage</name>
    <message>
        <source>Collaborative care</source>
        <translation>Collaborative care</translation>
    </message>
    <message>
        <source>De caseload van de POH-GGZ als casemanager, samen met de consultatief psychiater van de zorggroep. Bovenaan staan de casussen die nu aandacht nodig hebben. Dubbelklik op een casus om hem te openen.</source>
        <translation>The caseload of the POH-GGZ as case manager, together with the zorggroep&apos;s consultant psychiatrist. The cases that need attention now are at the top. Double-click a case to open it.</translation>
    </message>
    <message>
        <source>Patiëntnummer…</source>
        <translation>Patient number…</translation>
    </message>
    <message>
        <source>Open casussen</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Gesloten casussen</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>Alle casussen</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Casemanager:</source>
        <translation>&amp;Case manager:</translation>
    </message>
    <message>
        <source>Ton&amp;en:</source>
        <translation>&amp;Display:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Con&amp;tact…</source>
        <translation>Co&amp;ntact…</translation>
    </message>
    <message>
        <source>&amp;Meting…</source>
        <translation>&amp;Measurement…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe casus…</source>
        <translation>Ne&amp;w case…</translation>
    </message>
    <message>
        <source>&amp;Drempels…</source>
        <translation>Thr&amp;esholds…</translation>
    </message>
    <message>
        <source>Wanneer een casus &apos;niet verbeterd&apos; of &apos;contact verlopen&apos; is</source>
        <translation>When a case counts as &apos;not improved&apos; or &apos;contact overdue&apos;</translation>
    </message>
    <message>
        <source>Bespreeklijst psychiater</source>
        <translation>Psychiatrist review list</translation>
    </message>
    <message>
        <source>Geen casussen om te bespreken.</source>
        <translation>No cases to discuss.</translation>
    </message>
    <message>
        <source>&amp;Consult vastleggen…</source>
        <translation>&amp;Record consultation…</translation>
    </message>
    <message>
        <source>C&amp;aseload</source>
        <translation>C&amp;aseload</translation>
    </message>
    <message>
        <source>Bespreek&amp;lijst psychiater</source>
        <translation>Psychiatrist review &amp;list</translation>
    </message>
    <message>
        <source>Bespreek&amp;lijst psychiater ({0})</source>
        <translation>Psychiatrist review &amp;list ({0})</translation>
    </message>
    <message>
        <source>Geen casussen binnen deze filters.</source>
        <translation>No cases within these filters.</translation>
    </message>
    <message>
        <source>Nog geen casussen. Start er een met Nieuwe casus… (Ctrl+N).</source>
        <translation>No cases yet. Start one with New case… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nog geen casussen.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <source>C&amp;ijfers</source>
        <translation>F&amp;igures</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Casussen om met de psychiater te bespreken: bespreken aangevraagd bij een contact, zorgen over veiligheid, geen respons na {0} weken, of nog nooit besproken. Een vastgelegd consult haalt de casus van de lijst.</source>
        <translation>Cases to discuss with the psychiatrist: discussion requested at a contact, safety concerns, no response after {0} weeks, or never discussed. A recorded consultation removes the case from the list.</translation>
    </message>
    <message>
        <source>{0} casussen, waarvan {1} te bespreken en {2} met contact verlopen.</source>
        <translation>{0} cases, of which {1} to discuss and {2} with contact overdue.</translation>
    </message>
    <message>
        <source>Geen casussen gevonden.</source>
        <translation>No cases found.</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <source>Casus van patiënt {0}, gestart op {1}</source>
        <translation>Case of patient {0}, started on {1}</translation>
    </message>
    <message>
        <source>Met uw rol kunt u geen casussen vastleggen of wijzigen.</source>
        <translation>Your role does not allow you to record or change cases.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Wat u hier heeft ingevuld, is nog niet opgeslagen. Wilt u het nu opslaan?</source>
        <translation>What you have entered here has not been saved yet. Do you want to save it now?</translation>
    </message>
</context>
<context>
    <name>CareFiguresView</name>
    <message>
        <source>actieve casussen aan het eind van de periode</source>
        <translation>active cases at the end of the period</translation>
    </message>
    <message>
        <source>van de actieve casussen met contact in de laatste dagen</source>
        <translation>of active cases with contact in recent days</translation>
    </message>
    <message>
        <source>nieuwe casussen in de periode</source>
        <translation>new cases in the period</translation>
    </message>
    <message>
        <source>casussen afgesloten in de periode</source>
        <translation>cases closed in the period</translation>
    </message>
    <message>
        <source>respons na 12 weken</source>
        <translation>response after 12 weeks</translation>
    </message>
    <message>
        <source>remissie na 12 weken</source>
        <translation>remission after 12 weeks</translation>
    </message>
    <message>
        <source>respons na 24 weken</source>
        <translation>response after 24 weeks</translation>
    </message>
    <message>
        <source>remissie na 24 weken</source>
        <translation>remission after 24 weeks</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Routes in de periode</source>
        <translation>Routes in the period</translation>
    </message>
    <message>
        <source>Conclusie psychiater</source>
        <translation>Psychiatrist&apos;s conclusion</translation>
    </message>
    <message>
        <source>Consulten</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Consulten psychiater in de periode</source>
        <translation>Psychiatrist consultations in the period</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Consulten psychiater</source>
        <translation>Psychiatrist consultations</translation>
    </message>
    <message>
        <source>van de actieve casussen had contact in de laatste {0} dagen</source>
        <translation>of active cases had contact in the last {0} days</translation>
    </message>
    <message>
        <source>Respons: de score daalde minstens {0} %; remissie: de laatste score is lager dan {1}. Gerekend over de casussen die in de periode startten en die termijn al haalden ({2} na 12 weken, {3} na 24 weken), met een eerste score van {1} of meer.</source>
        <translation>Response: the score fell by at least {0}%; remission: the latest score is below {1}. Calculated over the cases that started in the period and have already reached that point ({2} at 12 weeks, {3} at 24 weeks), with a first score of {1} or more.</translation>
    </message>
    <message>
        <source>{0} van de {1} casussen bleven buiten de specialistische GGZ.</source>
        <translation>{0} of the {1} cases stayed outside specialist GGZ.</translation>
    </message>
    <message>
        <source>Nog geen routes vastgelegd in deze periode.</source>
        <translation>No routes recorded in this period yet.</translation>
    </message>
    <message>
        <source>{0} consulten over {1} casussen.</source>
        <translation>{0} consultations about {1} cases.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Bespreken</source>
        <translation>Discuss</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Psychiater</source>
        <translation>Psychiatrist</translation>
    </message>
    <message>
        <source>Conclusie</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Onderdelen van de casus</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <source>Contact &amp;toevoegen…</source>
        <translation>Add con&amp;tact…</translation>
    </message>
    <message>
        <source>&amp;Meting toevoegen…</source>
        <translation>Add &amp;measurement…</translation>
    </message>
    <message>
        <source>&amp;Consult vastleggen…</source>
        <translation>Record &amp;consultation…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>&amp;Route vastleggen…</source>
        <translation>Record &amp;route…</translation>
    </message>
    <message>
        <source>Casus af&amp;sluiten…</source>
        <translation>Clo&amp;se case…</translation>
    </message>
    <message>
        <source>&amp;Heropenen</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Route en afsluiting</source>
        <translation>Route and closure</translation>
    </message>
    <message>
        <source>Casus &amp;wijzigen…</source>
        <translation>&amp;Edit case…</translation>
    </message>
    <message>
        <source>Casus verwij&amp;deren…</source>
        <translation>&amp;Delete case…</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Casus van patiënt {0}</source>
        <translation>Case of patient {0}</translation>
    </message>
    <message>
        <source>Patiënt {0} · {1}</source>
        <translation>Patient {0} · {1}</translation>
    </message>
    <message>
        <source>laatste contact {0} ({1} dagen geleden)</source>
        <translation>last contact {0} ({1} days ago)</translation>
    </message>
    <message>
        <source>nog geen contact vastgelegd</source>
        <translation>no contact recorded yet</translation>
    </message>
    <message>
        <source>Casemanager {0}</source>
        <translation>Case manager {0}</translation>
    </message>
    <message>
        <source>gestart {0}</source>
        <translation>started {0}</translation>
    </message>
    <message>
        <source>{0} weken in behandeling</source>
        <translation>{0} weeks in treatment</translation>
    </message>
    <message>
        <source>afgesloten {0}</source>
        <translation>closed {0}</translation>
    </message>
    <message>
        <source>Te bespreken met de psychiater: {0}.</source>
        <translation>To discuss with the psychiatrist: {0}.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Contacten ({0})</source>
        <translation>Contacts ({0})</translation>
    </message>
    <message>
        <source>Metingen ({0})</source>
        <translation>Measurements ({0})</translation>
    </message>
    <message>
        <source>Consulten psychiater ({0})</source>
        <translation>Psychiatrist consultations ({0})</translation>
    </message>
    <message>
        <source>Route: {0}{1}</source>
        <translation>Route: {0}{1}</translation>
    </message>
    <message>
        <source>nog niet vastgelegd</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source> (per {0})</source>
        <translation> (as of {0})</translation>
    </message>
    <message>
        <source>Terugvalpreventieplan: {0}</source>
        <translation>Relapse prevention plan: {0}</translation>
    </message>
    <message>
        <source>gemaakt op {0}</source>
        <translation>made on {0}</translation>
    </message>
    <message>
        <source>nog niet gemaakt</source>
        <translation>not made yet</translation>
    </message>
    <message>
        <source>Afgesloten op {0}: {1}</source>
        <translation>Closed on {0}: {1}</translation>
    </message>
    <message>
        <source>De casus is open.</source>
        <translation>The case is open.</translation>
    </message>
    <message>
        <source>Verwijderen?</source>
        <translation>Delete?</translation>
    </message>
    <message>
        <source>De regel van {0} verwijderen? Dit kan niet ongedaan worden gemaakt; het auditlog bewaart dat u het verwijderde.</source>
        <translation>Delete the row from {0}? This cannot be undone; the audit log records that you deleted it.</translation>
    </message>
    <message>
        <source>Casus verwijderen?</source>
        <translation>Delete case?</translation>
    </message>
    <message>
        <source>De casus van patiënt {0} met alle contacten, metingen en consulten verwijderen? Doe dit alleen als de casus per vergissing is geopend; een afgeronde casus sluit u af. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete the case of patient {0} with all contacts, measurements and consultations? Only do this if the case was opened by mistake; a completed case should be closed instead. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Casus wijzigen</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <source>Nieuwe casus</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>zoals in uw HIS, geen BSN</source>
        <translation>as in your HIS, not the BSN</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>bijvoorbeeld: na verlies van werk</source>
        <translation>for example: after losing their job</translation>
    </message>
    <message>
        <source>&amp;Zorgen over veiligheid (bespreken met psychiater)</source>
        <translation>&amp;Worried about safety (discuss with psychiatrist)</translation>
    </message>
    <message>
        <source>&amp;Patiëntnummer (HIS):</source>
        <translation>&amp;Patient number (HIS):</translation>
    </message>
    <message>
        <source>&amp;Startdatum:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Casemanager:</source>
        <translation>&amp;Case manager:</translation>
    </message>
    <message>
        <source>&amp;Aanmeldklacht:</source>
        <translation>Presenting co&amp;mplaint:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Op de startdatum; leeg laten als de vragenlijst niet is afgenomen.</source>
        <translation>On the start date; leave empty if the questionnaire was not completed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eerste meting&lt;/b&gt;</source>
        <translation>&lt;b&gt;First measurement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P&amp;HQ-9:</source>
        <translation>P&amp;HQ-9:</translation>
    </message>
    <message>
        <source>&amp;GAD-7:</source>
        <translation>&amp;GAD-7:</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>Patiënt (HIS)</source>
        <translation>Patient (HIS)</translation>
    </message>
    <message>
        <source>Casemanager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Weken</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Eerste score</source>
        <translation>First score</translation>
    </message>
    <message>
        <source>Laatste score</source>
        <translation>Latest score</translation>
    </message>
    <message>
        <source>Verandering</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Weken in behandeling (tot het afsluiten bij een gesloten casus)</source>
        <translation>Weeks in treatment (until closure, for a closed case)</translation>
    </message>
    <message>
        <source>Dagen sinds het laatste contact; rood als het te lang is</source>
        <translation>Days since the last contact; red if it has been too long</translation>
    </message>
    <message>
        <source>PHQ-9 bij de start; GAD-7 als er geen PHQ-9 is</source>
        <translation>PHQ-9 at the start; GAD-7 if there is no PHQ-9</translation>
    </message>
    <message>
        <source>Van de eerste naar de laatste score; respons is −50 % of meer</source>
        <translation>From the first to the latest score; response is −50% or more</translation>
    </message>
    <message>
        <source>Sorteer op deze kolom om de casussen op urgentie te zien: eerst te bespreken, dan niet verbeterd, dan het langst niet gezien</source>
        <translation>Sort by this column to see the cases by urgency: first those to discuss, then not improved, then those not seen for longest</translation>
    </message>
    <message>
        <source>gesloten {0}</source>
        <translation>closed {0}</translation>
    </message>
    <message>
        <source>nog geen ({0} d sinds start)</source>
        <translation>none yet ({0} d since start)</translation>
    </message>
    <message>
        <source>{0} d geleden</source>
        <translation>{0} d ago</translation>
    </message>
    <message>
        <source>Te bespreken met de psychiater: {0}</source>
        <translation>To discuss with the psychiatrist: {0}</translation>
    </message>
    <message>
        <source>; route: {0}</source>
        <translation>; route: {0}</translation>
    </message>
    <message>
        <source>Aanmeldklacht: {0}</source>
        <translation>Presenting complaint: {0}</translation>
    </message>
    <message>
        <source>Laatste contact op {0}</source>
        <translation>Last contact on {0}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Wachtwoord wijzigen – PlusDesk</source>
        <translation>Change password – PlusDesk</translation>
    </message>
    <message>
        <source>minstens {0} tekens</source>
        <translation>at least {0} characters</translation>
    </message>
    <message>
        <source>&amp;Huidig wachtwoord:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>He&amp;rhaal nieuw wachtwoord:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Vul uw huidige wachtwoord in.</source>
        <translation>Enter your current password.</translation>
    </message>
</context>
<context>
    <name>CodeGroupsDialog</name>
    <message>
        <source>Groepen van specialismen</source>
        <translation>Specialism groups</translation>
    </message>
    <message>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>bijvoorbeeld 0329, 94*, 9116</source>
        <translation>for example 0329, 94*, 9116</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Codes:</translation>
    </message>
    <message>
        <source>Nie&amp;uwe groep</source>
        <translation>Ne&amp;w group</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Een groep telt verwijzingen naar meerdere codes samen, zoals GGZ: psychiatrie plus psychologen en sociaal-psychiatrisch verpleegkundigen. O/E wordt berekend over de opgetelde aantallen. Een code met * telt alle codes die zo beginnen.</source>
        <translation>A group adds up referrals to several codes, such as GGZ: psychiatry plus psychologists and community psychiatric nurses. O/E is calculated over the combined numbers. A code with * counts all codes that start that way.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>De naam van een bestaande groep ligt vast.</source>
        <translation>The name of an existing group cannot be changed.</translation>
    </message>
    <message>
        <source>code {0}</source>
        <translation>code {0}</translation>
    </message>
    <message>
        <source>geen van de bekende specialismen</source>
        <translation>none of the known specialisms</translation>
    </message>
    <message>
        <source>; en elke code die begint met {0}</source>
        <translation>; and every code that starts with {0}</translation>
    </message>
    <message>
        <source>Telt mee: {0}.</source>
        <translation>Included: {0}.</translation>
    </message>
    <message>
        <source>Groep verwijderen</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>De groep &apos;{0}&apos; verwijderen? De verwijzingen zelf blijven bewaard; alleen de optelling als groep verdwijnt.</source>
        <translation>Delete the group &apos;{0}&apos;? The referrals themselves are kept; only their grouping disappears.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ColumnBand</name>
    <message>
        <source>Groepen van kolommen</source>
        <translation>Column groups</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact vastleggen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Wat is besproken en afgesproken</source>
        <translation>What was discussed and agreed</translation>
    </message>
    <message>
        <source>&amp;Bespreken met psychiater</source>
        <translation>Discuss with &amp;psychiatrist</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Soort contact:</source>
        <translation>&amp;Type of contact:</translation>
    </message>
    <message>
        <source>D&amp;uur:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Gesprek vastleggen</source>
        <translation>Record conversation</translation>
    </message>
    <message>
        <source>Gesprek inzien</source>
        <translation>View conversation</translation>
    </message>
    <message>
        <source>Gesprek wijzigen</source>
        <translation>Edit conversation</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>zoals in uw HIS, geen BSN</source>
        <translation>as in your HIS, not the BSN</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>bijvoorbeeld: mantelzorger overbelast</source>
        <translation>for example: informal carer overburdened</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Patiëntnummer (HIS):</source>
        <translation>&amp;Patient number (HIS):</translation>
    </message>
    <message>
        <source>P&amp;rofessional:</source>
        <translation>P&amp;rofessional:</translation>
    </message>
    <message>
        <source>Ro&amp;l:</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <source>Reden van &amp;inclusie:</source>
        <translation>Reason for &amp;inclusion:</translation>
    </message>
    <message>
        <source>&amp;Andere reden:</source>
        <translation>&amp;Other reason:</translation>
    </message>
    <message>
        <source>Positieve &amp;Gezondheid</source>
        <translation>Positive &amp;Health</translation>
    </message>
    <message>
        <source>Het cijfer dat de patiënt zelf geeft; leeg als niet gescoord.</source>
        <translation>The score the patient gives themselves; empty if not scored.</translation>
    </message>
    <message>
        <source>Score {0}</source>
        <translation>Score {0}</translation>
    </message>
    <message>
        <source>wil ik over praten</source>
        <translation>want to talk about this</translation>
    </message>
    <message>
        <source>{0}: wil ik over praten</source>
        <translation>{0}: want to talk about this</translation>
    </message>
    <message>
        <source>&amp;Vraag achter de vraag</source>
        <translation>&amp;Question behind the question</translation>
    </message>
    <message>
        <source>Wat wil de patiënt echt? Bijvoorbeeld: weer zelf boodschappen kunnen doen.</source>
        <translation>What does the patient really want? For example: being able to do their own shopping again.</translation>
    </message>
    <message>
        <source>Doel&amp;en</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>Doel (hoogstens drie)</source>
        <translation>Goal (at most three)</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Vervolgdatum</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Doel {0}</source>
        <translation>Goal {0}</translation>
    </message>
    <message>
        <source>bijvoorbeeld: twee keer per week wandelen</source>
        <translation>for example: walking twice a week</translation>
    </message>
    <message>
        <source>wie?</source>
        <translation>who?</translation>
    </message>
    <message>
        <source>Wie bij doel {0}</source>
        <translation>Who for goal {0}</translation>
    </message>
    <message>
        <source>Vervolgdatum van doel {0}</source>
        <translation>Follow-up date for goal {0}</translation>
    </message>
    <message>
        <source>Af&amp;spraken</source>
        <translation>&amp;Agreements</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Verwijzing voor&amp;komen naar:</source>
        <translation>Referral a&amp;voided to:</translation>
    </message>
    <message>
        <source>Kies een specialisme…</source>
        <translation>Choose a specialism…</translation>
    </message>
    <message>
        <source>Volgende &amp;contact</source>
        <translation>Next &amp;contact</translation>
    </message>
    <message>
        <source>Volgende contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <source>Leeg: geen vervolg gepland.</source>
        <translation>Empty: no follow-up planned.</translation>
    </message>
    <message>
        <source>over 2 weken</source>
        <translation>in 2 weeks</translation>
    </message>
    <message>
        <source>over 6 weken</source>
        <translation>in 6 weeks</translation>
    </message>
    <message>
        <source>over 3 maanden</source>
        <translation>in 3 months</translation>
    </message>
    <message>
        <source>Gerekend vanaf de datum van het gesprek</source>
        <translation>Counted from the date of the conversation</translation>
    </message>
    <message>
        <source>U kunt dit gesprek alleen inzien: met uw rol kunt u geen gesprekken vastleggen of wijzigen.</source>
        <translation>You can only view this conversation: your role does not allow you to record or change conversations.</translation>
    </message>
    <message>
        <source>Dit gesprek is vastgelegd door {0}. Alleen die collega of de praktijkmanager kan het wijzigen; u kunt het inzien.</source>
        <translation>This conversation was recorded by {0}. Only that colleague or the practice manager can change it; you can view it.</translation>
    </message>
    <message>
        <source>Vervolggesprek: dezelfde patiënt.</source>
        <translation>Follow-up conversation: the same patient.</translation>
    </message>
    <message>
        <source>Vervolg op het gesprek van {0} ({1}e gesprek met deze patiënt).</source>
        <translation>Follow-up to the conversation of {0} (conversation no. {1} with this patient).</translation>
    </message>
    <message>
        <source>Eerder gesprek met deze patiënt op {0}; dit wordt het {1}e gesprek.</source>
        <translation>Earlier conversation with this patient on {0}; this will be conversation no. {1}.</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <source>Gesprek niet opgeslagen</source>
        <translation>Conversation not saved</translation>
    </message>
    <message>
        <source>U heeft dit gesprek nog niet opgeslagen. Wilt u het nu opslaan?</source>
        <translation>You have not saved this conversation yet. Do you want to save it now?</translation>
    </message>
</context>
<context>
    <name>ConversationTable</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Patiënt (HIS)</source>
        <translation>Patient (HIS)</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Reden van inclusie</source>
        <translation>Reason for inclusion</translation>
    </message>
    <message>
        <source>Volgend contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Het hoeveelste gesprek met deze patiënt</source>
        <translation>Which conversation with this patient this is (1st, 2nd, …)</translation>
    </message>
    <message>
        <source>Alleen het laatste gesprek van een patiënt heeft een open vervolgafspraak</source>
        <translation>Only a patient&apos;s latest conversation has an open follow-up appointment</translation>
    </message>
    <message>
        <source>vervolggesprek gehouden</source>
        <translation>follow-up conversation held</translation>
    </message>
    <message>
        <source>geen vervolg gepland</source>
        <translation>no follow-up planned</translation>
    </message>
    <message>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>deze week</source>
        <translation>this week</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Patiëntgerichte gesprekken volgens Positieve Gezondheid: wie u sprak, wat de vraag achter de vraag was en wanneer het vervolg is. Dubbelklik op een gesprek om het te openen.</source>
        <translation>Patient-centred conversations based on Positive Health: who you spoke to, what the question behind the question was and when the follow-up is. Double-click a conversation to open it.</translation>
    </message>
    <message>
        <source>Patiëntnummer of naam…</source>
        <translation>Patient number or name…</translation>
    </message>
    <message>
        <source>Alle redenen</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>Alle gesprekken</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <source>Verlopen of deze week</source>
        <translation>Overdue or this week</translation>
    </message>
    <message>
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Later gepland</source>
        <translation>Planned later</translation>
    </message>
    <message>
        <source>Geen vervolg gepland</source>
        <translation>No follow-up planned</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Pro&amp;fessional:</source>
        <translation>Prof&amp;essional:</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Vervolg:</source>
        <translation>Follow-&amp;up:</translation>
    </message>
    <message>
        <source>Lijst van gesprekken</source>
        <translation>List of conversations</translation>
    </message>
    <message>
        <source>&amp;Nieuw gesprek…</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <source>Vervo&amp;lggesprek…</source>
        <translation>Follo&amp;w-up conversation…</translation>
    </message>
    <message>
        <source>Ge&amp;sprekken</source>
        <translation>&amp;Conversations</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Pa&amp;tiënt bekijken…</source>
        <translation>View pa&amp;tient…</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Cijfers</source>
        <translation>F&amp;igures</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>{0} gesprekken met {1} patiënten.</source>
        <translation>{0} conversations with {1} patients.</translation>
    </message>
    <message>
        <source>Geen gesprekken gevonden.</source>
        <translation>No conversations found.</translation>
    </message>
    <message>
        <source>Geen gesprekken binnen deze filters.</source>
        <translation>No conversations within these filters.</translation>
    </message>
    <message>
        <source>Nog geen gesprekken. Leg er een vast met Nieuw gesprek… (Ctrl+N).</source>
        <translation>No conversations yet. Record one with New conversation… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nog geen gesprekken.</source>
        <translation>No conversations yet.</translation>
    </message>
    <message>
        <source>Gesprek verwijderen?</source>
        <translation>Delete conversation?</translation>
    </message>
    <message>
        <source>Het gesprek van {0} met patiënt {1} verwijderen? De scores, doelen en afspraken van dit gesprek verdwijnen; dit kan niet ongedaan worden gemaakt. Het auditlog bewaart dat u het verwijderde.</source>
        <translation>Delete the conversation of {0} with patient {1}? The scores, goals and agreements of this conversation will be removed; this cannot be undone. The audit log records that you deleted it.</translation>
    </message>
</context>
<context>
    <name>DomainCard</name>
    <message>
        <source>{0} van {1} geïmplementeerd</source>
        <translation>{0} of {1} implemented</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Zorggroep-export</source>
        <translation>Zorggroep export</translation>
    </message>
    <message>
        <source>Eén bestand met de geaggregeerde cijfers van uw praktijk voor de zorggroep. Er gaat niets mee dat een patiënt herkenbaar maakt: kleine aantallen blijven leeg.</source>
        <translation>One file with your practice&apos;s aggregated figures for the zorggroep. Nothing that makes a patient identifiable is included: small numbers are left empty.</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Hele &amp;periode</source>
        <translation>Whole &amp;period</translation>
    </message>
    <message>
        <source>Vanaf 1 januari van het eerste jaar met gegevens tot en met vandaag</source>
        <translation>From 1 January of the first year with data up to and including today</translation>
    </message>
    <message>
        <source>Drempel kleine aantallen</source>
        <translation>Small-number threshold</translation>
    </message>
    <message>
        <source>Aantallen kleiner dan de drempel gaan niet mee, net als wat daaruit terug te rekenen is. Een instelling van de praktijk ({0} tot en met {1}); een wijziging komt in het auditlog.</source>
        <translation>Numbers below the threshold are not included, nor is anything from which they could be derived. A practice setting ({0} to {1}); a change is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;Drempel kleine aantallen:</source>
        <translation>Small-number &amp;threshold:</translation>
    </message>
    <message>
        <source>Wat verlaat de praktijk</source>
        <translation>What leaves the practice</translation>
    </message>
    <message>
        <source>&amp;Wat verlaat de praktijk</source>
        <translation>&amp;What leaves the practice</translation>
    </message>
    <message>
        <source>Ook een &amp;XLSX-bestand opslaan (voor mensen)</source>
        <translation>Also save an &amp;XLSX file (human-readable)</translation>
    </message>
    <message>
        <source>Dezelfde cijfers als Excel-bestand, met dezelfde naam naast de export; om zelf te lezen. De zorggroep leest alleen het .plusdesk-bestand in.</source>
        <translation>The same figures as an Excel file, with the same name next to the export, for reading yourself. The zorggroep only imports the .plusdesk file.</translation>
    </message>
    <message>
        <source>&amp;Opslaan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Sla de export op om naar de zorggroep te sturen; het opslaan komt in het auditlog.</source>
        <translation>Save the export to send to the zorggroep; saving is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Bench&amp;markpakket inlezen…</source>
        <translation>Import bench&amp;mark pack…</translation>
    </message>
    <message>
        <source>Het bestand dat de zorggroep terugstuurt: uw praktijk naast de andere praktijken (anoniem), en eventueel de referentietabel van de zorggroep.</source>
        <translation>The file the zorggroep sends back: your practice alongside the other practices (anonymised), and possibly the zorggroep&apos;s reference table.</translation>
    </message>
    <message>
        <source>Voor de praktijkmanager</source>
        <translation>For the practice manager</translation>
    </message>
    <message>
        <source>De praktijkmanager maakt de export voor de zorggroep en leest het benchmarkpakket van de zorggroep in. In de export staan alleen getallen over de hele praktijk, geen gegevens van patiënten. Wilt u weten wat er met de zorggroep wordt gedeeld? Vraag het de praktijkmanager.</source>
        <translation>The practice manager creates the export for the zorggroep and imports the zorggroep&apos;s benchmark pack. The export contains only figures for the whole practice, no patient data. Want to know what is shared with the zorggroep? Ask the practice manager.</translation>
    </message>
    <message>
        <source>aantallen van 1 tot en met {0} gaan niet mee</source>
        <translation>numbers from 1 to {0} are not included</translation>
    </message>
    <message>
        <source>{0} waarden, waarvan {1} onderdrukt (aantallen van 1 tot en met {2} en wat daaruit terug te rekenen is). Er gaan geen gegevens van patiënten mee.</source>
        <translation>{0} values, of which {1} suppressed (numbers from 1 to {2} and anything from which they could be derived). No patient data is included.</translation>
    </message>
    <message>
        <source>zorggroep niet ingevuld (Bestand → Praktijkgegevens)</source>
        <translation>zorggroep not filled in (File → Practice details)</translation>
    </message>
    <message>
        <source>{0} · AGB-code {1} · {2} · periode {3} t/m {4}</source>
        <translation>{0} · AGB code {1} · {2} · period {3} to {4}</translation>
    </message>
    <message>
        <source>Nog geen benchmarkpakket ingelezen.</source>
        <translation>No benchmark pack imported yet.</translation>
    </message>
    <message>
        <source>1 praktijk</source>
        <translation>1 practice</translation>
    </message>
    <message>
        <source>{0} praktijken</source>
        <translation>{0} practices</translation>
    </message>
    <message>
        <source>Laatste benchmarkpakket: van {0}, {1}.</source>
        <translation>Latest benchmark pack: dated {0}, {1}.</translation>
    </message>
    <message>
        <source>Zorggroep-export opslaan</source>
        <translation>Save Zorggroep export</translation>
    </message>
    <message>
        <source>PlusDesk-export (*.plusdesk)</source>
        <translation>PlusDesk export (*.plusdesk)</translation>
    </message>
    <message>
        <source>Dit bestaat al:
{0}

Wilt u het vervangen?</source>
        <translation>This already exists:
{0}

Do you want to replace it?</translation>
    </message>
    <message>
        <source>&amp;Vervangen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De export kan niet worden opgeslagen ({0}).</source>
        <translation>The export could not be saved ({0}).</translation>
    </message>
    <message>
        <source>De export is opgeslagen als:
{0}</source>
        <translation>The export has been saved as:
{0}</translation>
    </message>
    <message>
        <source>Het XLSX-bestand om zelf te lezen staat ernaast:
{0}</source>
        <translation>The XLSX file for reading yourself is next to it:
{0}</translation>
    </message>
    <message>
        <source>Het opslaan is vastgelegd in het auditlog. Stuur het .plusdesk-bestand naar de zorggroep.</source>
        <translation>Saving has been recorded in the audit log. Send the .plusdesk file to the zorggroep.</translation>
    </message>
    <message>
        <source>Benchmarkpakket inlezen</source>
        <translation>Import benchmark pack</translation>
    </message>
    <message>
        <source>Benchmarkpakket (*.plusdesk);;Alle bestanden (*)</source>
        <translation>Benchmark pack (*.plusdesk);;All files (*)</translation>
    </message>
    <message>
        <source>De referentietabel van de zorggroep vervangt uw huidige referentietabel. Doorgaan?</source>
        <translation>The zorggroep&apos;s reference table replaces your current reference table. Continue?</translation>
    </message>
    <message>
        <source>&amp;Doorgaan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Het benchmarkpakket van {0} is ingelezen: {1}.</source>
        <translation>The benchmark pack dated {0} has been imported: {1}.</translation>
    </message>
    <message>
        <source>De referentietabel van de zorggroep (&apos;{0}&apos;) vervangt nu de eigen referentietabel van de praktijk; de verwachte aantallen (O/E) bij Verwijzingen zijn daarmee opnieuw berekend.</source>
        <translation>The zorggroep&apos;s reference table (&apos;{0}&apos;) now replaces the practice&apos;s own reference table; the expected numbers (O/E) under Referrals have been recalculated accordingly.</translation>
    </message>
    <message>
        <source>Benchmarkpakket niet ingelezen</source>
        <translation>Benchmark pack not imported</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>gesprekken</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>patiënten bereikt</source>
        <translation>patients reached</translation>
    </message>
    <message>
        <source>van de patiënten had een vervolggesprek</source>
        <translation>of patients had a follow-up conversation</translation>
    </message>
    <message>
        <source>keer een verwijzing voorkomen</source>
        <translation>referrals prevented</translation>
    </message>
    <message>
        <source>Dimensie</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Patiënten</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Eerste gesprek</source>
        <translation>First conversation</translation>
    </message>
    <message>
        <source>Laatste gesprek</source>
        <translation>Last conversation</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Verandering per dimensie</source>
        <translation>Change per dimension</translation>
    </message>
    <message>
        <source>Specialisme</source>
        <translation>Specialism</translation>
    </message>
    <message>
        <source>Voorkomen</source>
        <translation>Prevented</translation>
    </message>
    <message>
        <source>Voorkomen verwijzingen per specialisme</source>
        <translation>Referrals prevented per specialism</translation>
    </message>
    <message>
        <source>Gemiddelde score: eerste tegenover laatste gesprek</source>
        <translation>Average score: first versus last conversation</translation>
    </message>
    <message>
        <source>Patiënten met twee of meer gesprekken in de periode; per dimensie telt een patiënt mee als beide gesprekken die dimensie scoorden.</source>
        <translation>Patients with two or more conversations in the period; for each dimension a patient counts if both conversations scored that dimension.</translation>
    </message>
    <message>
        <source>Voorkomen verwijzingen</source>
        <translation>Referrals prevented</translation>
    </message>
    <message>
        <source>Periode: {0}. Alleen totalen; niets hier maakt een patiënt herkenbaar.</source>
        <translation>Period: {0}. Totals only; nothing here makes a patient identifiable.</translation>
    </message>
    <message>
        <source>alle perioden</source>
        <translation>all periods</translation>
    </message>
    <message>
        <source>Geen in deze periode</source>
        <translation>None in this period</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <source>Eerste account – PlusDesk</source>
        <translation>First account – PlusDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Maak het account van de praktijkmanager aan&lt;/h3&gt;&lt;p&gt;Vanaf deze versie logt iedereen met een eigen account in, zodat PlusDesk bijhoudt wie welke gegevens inziet of wijzigt (NEN 7513). Het eerste account is dat van de praktijkmanager; die maakt daarna de andere gebruikers aan.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Create the practice manager&apos;s account&lt;/h3&gt;&lt;p&gt;From this version onwards, everyone logs in with their own account, so that PlusDesk records who views or changes which data (NEN 7513). The first account is the practice manager&apos;s; they then create the other users.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>minstens {0} tekens</source>
        <translation>at least {0} characters</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Uw naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Account &amp;aanmaken</source>
        <translation>Create &amp;account</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Nieuwe praktijk – PlusDesk</source>
        <translation>New practice – PlusDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welkom bij PlusDesk&lt;/h2&gt;&lt;p&gt;Vul de gegevens van uw praktijk in en maak uw eigen account aan om te beginnen. U kunt de praktijkgegevens later aanvullen via Bestand → Praktijkgegevens. Wilt u eerst rondkijken? Kies dan &lt;b&gt;Demopraktijk laden&lt;/b&gt;: een verzonnen praktijk met voorbeeldgegevens.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to PlusDesk&lt;/h2&gt;&lt;p&gt;Enter your practice&apos;s details and create your own account to get started. You can complete the practice details later via File → Practice details. Would you like to look around first? Then choose &lt;b&gt;Load demo practice&lt;/b&gt;: a fictitious practice with sample data.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>bijv. Huisartsenpraktijk De Linde</source>
        <translation>e.g. Huisartsenpraktijk De Linde</translation>
    </message>
    <message>
        <source>8 cijfers, bijv. 01234567</source>
        <translation>8 digits, e.g. 01234567</translation>
    </message>
    <message>
        <source>bijv. Zorggroep Zuid-Limburg</source>
        <translation>e.g. Zorggroep Zuid-Limburg</translation>
    </message>
    <message>
        <source>nog onbekend</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <source> patiënten</source>
        <translation> patients</translation>
    </message>
    <message>
        <source>golf </source>
        <translation>wave </translation>
    </message>
    <message>
        <source>De golf waarin de praktijk met PlusPraktijk begon</source>
        <translation>The wave in which the practice started with PlusPraktijk</translation>
    </message>
    <message>
        <source>&amp;Naam praktijk:</source>
        <translation>Practice &amp;name:</translation>
    </message>
    <message>
        <source>&amp;AGB-code praktijk:</source>
        <translation>Practice &amp;AGB code:</translation>
    </message>
    <message>
        <source>&amp;Zorggroep:</source>
        <translation>&amp;Zorggroep:</translation>
    </message>
    <message>
        <source>Aantal &amp;ingeschreven patiënten:</source>
        <translation>Number of &amp;registered patients:</translation>
    </message>
    <message>
        <source>Go&amp;lf:</source>
        <translation>&amp;Wave:</translation>
    </message>
    <message>
        <source>Praktijk aanma&amp;ken</source>
        <translation>Create pra&amp;ctice</translation>
    </message>
    <message>
        <source>bijv. m.jansen</source>
        <translation>e.g. m.jansen</translation>
    </message>
    <message>
        <source>bijv. Marieke Jansen</source>
        <translation>e.g. Marieke Jansen</translation>
    </message>
    <message>
        <source>minstens {0} tekens</source>
        <translation>at least {0} characters</translation>
    </message>
    <message>
        <source>Uw account (praktijkmanager)</source>
        <translation>Your account (practice manager)</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Uw naam:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <source>Gegevensbestand: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>&amp;Demopraktijk laden</source>
        <translation>Load &amp;demo practice</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ForestChart</name>
    <message>
        <source>Waargenomen gedeeld door verwacht per specialisme</source>
        <translation>Observed divided by expected per specialism</translation>
    </message>
    <message>
        <source>O/E (1 = zoals verwacht)</source>
        <translation>O/E (1 = as expected)</translation>
    </message>
    <message>
        <source>Nog geen O/E te berekenen voor dit jaar. Lees verwijzingen in (Imports), vul de praktijkomvang per leeftijdsgroep en geslacht in (Praktijkomvang…) en zorg voor een referentietabel, of voer de cijfers uit de Vektis Praktijkspiegel in (Vektis-cijfers…).</source>
        <translation>No O/E can be calculated for this year yet. Import referrals (Imports), enter the practice size by age group and sex (Practice size…) and provide a reference table, or enter the figures from the Vektis Praktijkspiegel (Vektis figures…).</translation>
    </message>
    <message>
        <source>boven verwachting</source>
        <translation>above expected</translation>
    </message>
    <message>
        <source>onder verwachting</source>
        <translation>below expected</translation>
    </message>
    <message>
        <source>niet duidelijk anders</source>
        <translation>not clearly different</translation>
    </message>
    <message>
        <source>95 %-interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>■ cijfers uit Vektis, ● berekend met de referentietabel</source>
        <translation>■ figures from Vektis, ● calculated with the reference table</translation>
    </message>
    <message>
        <source>niet duidelijk anders dan verwacht</source>
        <translation>not clearly different from expected</translation>
    </message>
    <message>
        <source>Vektis</source>
        <translation>Vektis</translation>
    </message>
    <message>
        <source>berekend (referentietabel)</source>
        <translation>calculated (reference table)</translation>
    </message>
    <message>
        <source>waargenomen {0}, verwacht {1}</source>
        <translation>observed {0}, expected {1}</translation>
    </message>
    <message>
        <source>O/E {0} (95 %-interval {1} tot {2})</source>
        <translation>O/E {0} (95% interval {1} to {2})</translation>
    </message>
    <message>
        <source>bron: {0}</source>
        <translation>source: {0}</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Funnelplot: O/E per praktijk tegen het verwachte aantal</source>
        <translation>Funnel plot: O/E per practice against the expected number</translation>
    </message>
    <message>
        <source>verwacht aantal verwijzingen (E)</source>
        <translation>expected number of referrals (E)</translation>
    </message>
    <message>
        <source>O/E</source>
        <translation>O/E</translation>
    </message>
    <message>
        <source>Geen O/E-cijfers van praktijken voor dit specialisme en jaar. De zorggroep voegt de exports van de praktijken samen; een praktijk leest het benchmarkpakket van de zorggroep in (Zorggroep-export).</source>
        <translation>No O/E figures from practices for this specialism and year. The zorggroep combines the practices&apos; exports; a practice imports the zorggroep&apos;s benchmark pack (Zorggroep export).</translation>
    </message>
    <message>
        <source>binnen de trechter</source>
        <translation>within the funnel</translation>
    </message>
    <message>
        <source>boven de 99,8 %-grens</source>
        <translation>above the 99.8% limit</translation>
    </message>
    <message>
        <source>onder de 99,8 %-grens</source>
        <translation>below the 99.8% limit</translation>
    </message>
    <message>
        <source>boven de 95 %-grens (binnen de 99,8 %-grens)</source>
        <translation>above the 95% limit (within the 99.8% limit)</translation>
    </message>
    <message>
        <source>onder de 95 %-grens (binnen de 99,8 %-grens)</source>
        <translation>below the 95% limit (within the 99.8% limit)</translation>
    </message>
    <message>
        <source>boven de 95 %-grens</source>
        <translation>above the 95% limit</translation>
    </message>
    <message>
        <source>onder de 95 %-grens</source>
        <translation>below the 95% limit</translation>
    </message>
    <message>
        <source>95 %-grenzen</source>
        <translation>95% limits</translation>
    </message>
    <message>
        <source>99,8 %-grenzen</source>
        <translation>99.8% limits</translation>
    </message>
    <message>
        <source>eigen praktijk</source>
        <translation>own practice</translation>
    </message>
    <message>
        <source>O/E {0}</source>
        <translation>O/E {0}</translation>
    </message>
    <message>
        <source>(95 %-interval {0} tot {1})</source>
        <translation>(95% interval {0} to {1})</translation>
    </message>
    <message>
        <source>(eigen praktijk)</source>
        <translation>(own practice)</translation>
    </message>
    <message>
        <source>waargenomen (O): {0}</source>
        <translation>observed (O): {0}</translation>
    </message>
    <message>
        <source>verwacht (E): {0}</source>
        <translation>expected (E): {0}</translation>
    </message>
    <message>
        <source>Vektis</source>
        <translation>Vektis</translation>
    </message>
    <message>
        <source>berekend (referentietabel)</source>
        <translation>calculated (reference table)</translation>
    </message>
    <message>
        <source>bron: {0}</source>
        <translation>source: {0}</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <source>Funnelplot</source>
        <translation>Funnel plot</translation>
    </message>
    <message>
        <source>Elke praktijk is een punt: haar O/E (waargenomen gedeeld door verwacht aantal verwijzingen) tegen het aantal dat te verwachten was. De trechter toont hoeveel verschil toeval toelaat; een punt erbuiten is een reden voor een gesprek, geen oordeel.</source>
        <translation>Each practice is a point: its O/E (observed divided by expected number of referrals) against the number that was expected. The funnel shows how much difference chance allows; a point outside it is a reason for a conversation, not a judgement.</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Te weinig praktijken voor een toets op overdispersie.</source>
        <translation>Too few practices for an overdispersion test.</translation>
    </message>
    <message>
        <source>De praktijken verschillen onderling meer dan toeval verklaart ({0}). Een punt buiten de 95 %-grens is daarom alleen nog geen signaal; de 99,8 %-grenzen wegen zwaarder.</source>
        <translation>The practices differ from one another more than chance explains ({0}). A point outside the 95% limit is therefore not a signal on its own; the 99.8% limits carry more weight.</translation>
    </message>
    <message>
        <source>De verschillen tussen de praktijken passen bij toeval ({0}).</source>
        <translation>The differences between the practices are consistent with chance ({0}).</translation>
    </message>
    <message>
        <source>Zonder punt: {0} (aantal onderdrukt of geen O/E).</source>
        <translation>Without a point: {0} (number suppressed or no O/E).</translation>
    </message>
    <message>
        <source>&amp;Specialisme of groep:</source>
        <translation>&amp;Specialism or group:</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>GroupTrendChart</name>
    <message>
        <source>Verwijzingen per 1.000 patiënten per jaar per praktijk</source>
        <translation>Referrals per 1,000 patients per year per practice</translation>
    </message>
    <message>
        <source>verwijzingen per 1.000 patiënten</source>
        <translation>referrals per 1,000 patients</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Geen verwijzingscijfers per jaar om te tonen.</source>
        <translation>No annual referral figures to show.</translation>
    </message>
    <message>
        <source>groep (gewogen gemiddelde)</source>
        <translation>group (weighted average)</translation>
    </message>
    <message>
        <source>elke praktijk</source>
        <translation>each practice</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{0} per 1.000</source>
        <translation>{0} per 1,000</translation>
    </message>
    <message>
        <source>groep: {0}</source>
        <translation>group: {0}</translation>
    </message>
</context>
<context>
    <name>ImplementationPage</name>
    <message>
        <source>Implementatie</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Per praktijk de status van elke interventie op de laatste dag van haar laatste export. Wijs een vakje aan voor de datums: sinds wanneer, wanneer gestart en wanneer geïmplementeerd.</source>
        <translation>For each practice, the status of every intervention on the last day of its latest export. Point to a cell for the dates: since when, when started and when implemented.</translation>
    </message>
    <message>
        <source>Nog geen praktijken ingelezen. Zodra de exports van de praktijken in dit zorggroepbestand zijn samengevoegd, staat hier per praktijk de status van elke interventie.</source>
        <translation>No practices imported yet. Once the practices&apos; exports have been merged into this zorggroep file, the status of every intervention for each practice appears here.</translation>
    </message>
</context>
<context>
    <name>ImplementedChart</name>
    <message>
        <source>Nog geen interventies geïmplementeerd. Zodra een interventie de status geïmplementeerd of geborgd krijgt, ziet u hier het verloop per domein.</source>
        <translation>No interventions implemented yet. As soon as an intervention gets the status implemented or embedded, you will see the progress per domain here.</translation>
    </message>
    <message>
        <source>Aantal geïmplementeerde interventies per domein</source>
        <translation>Number of implemented interventions per domain</translation>
    </message>
    <message>
        <source>aantal geïmplementeerd</source>
        <translation>number implemented</translation>
    </message>
    <message>
        <source>{domain} ({count} van {total})</source>
        <translation>{domain} ({count} of {total})</translation>
    </message>
    <message>
        <source>{domain}: {count} van {total}</source>
        <translation>{domain}: {count} of {total}</translation>
    </message>
</context>
<context>
    <name>ImportsTab</name>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Een export uit het HIS inlezen (CSV of Excel)</source>
        <translation>Import an export from the HIS (CSV or Excel)</translation>
    </message>
    <message>
        <source>Import onge&amp;daan maken…</source>
        <translation>&amp;Undo import…</translation>
    </message>
    <message>
        <source>De verwijzingen uit de gekozen import weer weghalen</source>
        <translation>Remove the referrals from the selected import again</translation>
    </message>
    <message>
        <source>Nog geen imports.</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <source>{0} imports; {1} verwijzingen tellen mee.</source>
        <translation>{0} imports; {1} referrals counted.</translation>
    </message>
    <message>
        <source>1 import; {0} verwijzingen tellen mee.</source>
        <translation>1 import; {0} referrals counted.</translation>
    </message>
    <message>
        <source>Elke import is één bestand uit het HIS. Een import ongedaan maken haalt de verwijzingen uit dat bestand weer weg; wat die import verving, telt dan weer mee.</source>
        <translation>Each import is one file from the HIS. Undoing an import removes the referrals from that file again; whatever that import replaced then counts again.</translation>
    </message>
    <message>
        <source>De ingelezen bestanden. Alleen de praktijkmanager kan verwijzingen importeren of een import ongedaan maken.</source>
        <translation>The imported files. Only the practice manager can import referrals or undo an import.</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Onderdelen van de interventie</source>
        <translation>Parts of the intervention</translation>
    </message>
    <message>
        <source>&amp;Status en geschiedenis</source>
        <translation>&amp;Status and history</translation>
    </message>
    <message>
        <source>&amp;Randvoorwaarden</source>
        <translation>&amp;Preconditions</translation>
    </message>
    <message>
        <source>&amp;Maatwerk en verantwoordelijke</source>
        <translation>&amp;Local adaptation and owner</translation>
    </message>
    <message>
        <source>Alleen de praktijkmanager kan interventies bijwerken; u kunt alles inzien.</source>
        <translation>Only the practice manager can update interventions; you can view everything.</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vastgelegd</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Geldigheid</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Statusgeschiedenis</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Status &amp;wijzigen…</source>
        <translation>C&amp;hange status…</translation>
    </message>
    <message>
        <source>&amp;Corrigeren…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>Vervang de gekozen regel door een verbeterde; de oude blijft zichtbaar.</source>
        <translation>Replace the selected row with a corrected one; the old row remains visible.</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken…</source>
        <translation>&amp;Undo…</translation>
    </message>
    <message>
        <source>Maak de gekozen regel ongedaan; hij blijft doorgestreept zichtbaar.</source>
        <translation>Undo the selected row; it remains visible, struck through.</translation>
    </message>
    <message>
        <source>De geschiedenis wordt nooit overschreven: een vergissing corrigeert u met een nieuwe regel, of u maakt de regel ongedaan.</source>
        <translation>The history is never overwritten: you correct a mistake with a new row, or you undo the row.</translation>
    </message>
    <message>
        <source>Randvoorwaarde</source>
        <translation>Precondition</translation>
    </message>
    <message>
        <source>Voldaan op</source>
        <translation>Met on</translation>
    </message>
    <message>
        <source>Randvoorwaarden</source>
        <translation>Preconditions</translation>
    </message>
    <message>
        <source>&amp;Bijwerken…</source>
        <translation>Up&amp;date…</translation>
    </message>
    <message>
        <source>Naam (en functie) van wie de interventie trekt</source>
        <translation>Name (and role) of the person leading the intervention</translation>
    </message>
    <message>
        <source>Hoe doet uw praktijk het? Wie, wanneer, met welke partners, wat wijkt af?</source>
        <translation>How does your practice do it? Who, when, with which partners, what is different?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld waar het protocol of de werkafspraak staat</source>
        <translation>For example, where the protocol or working agreement can be found</translation>
    </message>
    <message>
        <source>Maatwerk &amp;opslaan</source>
        <translation>Sa&amp;ve local adaptation</translation>
    </message>
    <message>
        <source>&amp;Verantwoordelijke:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Maat&amp;werk:</source>
        <translation>Local &amp;adaptation:</translation>
    </message>
    <message>
        <source>Onder&amp;bouwing:</source>
        <translation>Supporting in&amp;formation:</translation>
    </message>
    <message>
        <source>Interventie {0}</source>
        <translation>Intervention {0}</translation>
    </message>
    <message>
        <source>eigen interventie</source>
        <translation>own intervention</translation>
    </message>
    <message>
        <source>catalogus</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source> · vervallen</source>
        <translation> · withdrawn</translation>
    </message>
    <message>
        <source>Huidige status: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Current status: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> sinds {0}</source>
        <translation> since {0}</translation>
    </message>
    <message>
        <source>gestart op {0}</source>
        <translation>started on {0}</translation>
    </message>
    <message>
        <source>geïmplementeerd op {0}</source>
        <translation>implemented on {0}</translation>
    </message>
    <message>
        <source>Reden van stoppen: {0}</source>
        <translation>Reason for stopping: {0}</translation>
    </message>
    <message>
        <source>{0} door {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <source>Reden: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source>(correctie) </source>
        <translation>(correction) </translation>
    </message>
    <message>
        <source>geldig</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>ongedaan gemaakt {0} door {1}</source>
        <translation>undone {0} by {1}</translation>
    </message>
    <message>
        <source>gecorrigeerd {0} door {1}</source>
        <translation>corrected {0} by {1}</translation>
    </message>
    <message>
        <source>Aan {0} van de {1} randvoorwaarden is voldaan.</source>
        <translation>{0} of the {1} preconditions have been met.</translation>
    </message>
    <message>
        <source>Voor deze interventie zijn geen randvoorwaarden vastgelegd.</source>
        <translation>No preconditions have been recorded for this intervention.</translation>
    </message>
    <message>
        <source>Laatst bijgewerkt {0} door {1}.</source>
        <translation>Last updated {0} by {1}.</translation>
    </message>
    <message>
        <source>Nog niets vastgelegd.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>Niet meer voldaan?</source>
        <translation>No longer met?</translation>
    </message>
    <message>
        <source>Deze randvoorwaarde staat als voldaan per {0}. Wilt u haar als niet (meer) voldaan vastleggen? De datum vervalt; het auditlog bewaart hem.</source>
        <translation>This precondition is recorded as met as of {0}. Do you want to record it as not (or no longer) met? The date will be removed; the audit log keeps it.</translation>
    </message>
    <message>
        <source>Niet-opgeslagen maatwerk van vóór de vergrendeling is teruggezet.</source>
        <translation>Unsaved local adaptation from before the lock has been restored.</translation>
    </message>
    <message>
        <source>Maatwerk niet opgeslagen</source>
        <translation>Local adaptation not saved</translation>
    </message>
    <message>
        <source>U heeft het maatwerk gewijzigd. Wilt u de wijzigingen opslaan?</source>
        <translation>You have changed the local adaptation. Do you want to save the changes?</translation>
    </message>
</context>
<context>
    <name>InterventionsPage</name>
    <message>
        <source>Interventies</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Welke interventies van het programma uw praktijk heeft ingevoerd, sinds wanneer en door wie. Dubbelklik op een interventie voor de geschiedenis, de randvoorwaarden en het maatwerk.</source>
        <translation>Which of the programme&apos;s interventions your practice has introduced, since when and by whom. Double-click an intervention to see its history, preconditions and local adaptation.</translation>
    </message>
    <message>
        <source>Zoek op naam, code of verantwoordelijke…</source>
        <translation>Search by name, code or person responsible…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Nog te implementeren</source>
        <translation>Still to be implemented</translation>
    </message>
    <message>
        <source>Vervallen interventies to&amp;nen</source>
        <translation>Show retired &amp;interventions</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Domein:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Register van interventies</source>
        <translation>Register of interventions</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>T&amp;ijdlijn</source>
        <translation>Ti&amp;meline</translation>
    </message>
    <message>
        <source>&amp;Aantal geïmplementeerd</source>
        <translation>&amp;Number implemented</translation>
    </message>
    <message>
        <source>Status &amp;wijzigen…</source>
        <translation>&amp;Change status…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Eigen interventie toevoegen…</source>
        <translation>&amp;Add own intervention…</translation>
    </message>
    <message>
        <source>Laten &amp;vervallen…</source>
        <translation>Re&amp;tire…</translation>
    </message>
    <message>
        <source>Catalogus van de zorggroep &amp;laden…</source>
        <translation>&amp;Load zorggroep catalogue…</translation>
    </message>
    <message>
        <source>Vervang de standaardcatalogus door het catalogusbestand van uw zorggroep. Wat u per interventie vastlegde, blijft bewaard.</source>
        <translation>Replace the standard catalogue with your zorggroep&apos;s catalogue file. What you recorded for each intervention is kept.</translation>
    </message>
    <message>
        <source>Golf {0}</source>
        <translation>Wave {0}</translation>
    </message>
    <message>
        <source>Golf: —</source>
        <translation>Wave: —</translation>
    </message>
    <message>
        <source>De golf waarin uw praktijk met het programma begon (Praktijkgegevens).</source>
        <translation>The wave in which your practice started the programme (Practice details).</translation>
    </message>
    <message>
        <source>Alle domeinen</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>{0} van {1} interventies geïmplementeerd of geborgd.</source>
        <translation>{0} of {1} interventions implemented or embedded.</translation>
    </message>
    <message>
        <source>{0} getoond.</source>
        <translation>{0} shown.</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>Interventie laten vervallen?</source>
        <translation>Retire intervention?</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; laten vervallen? De interventie verdwijnt uit het register en de grafieken; haar geschiedenis blijft bewaard. Met &apos;Vervallen eigen interventies tonen&apos; kunt u haar later terugzetten.</source>
        <translation>Retire &apos;{0}&apos;? The intervention disappears from the register and the charts; its history is kept. You can restore it later using &apos;Show retired interventions&apos;.</translation>
    </message>
    <message>
        <source>Catalogus van de zorggroep laden</source>
        <translation>Load zorggroep catalogue</translation>
    </message>
    <message>
        <source>Catalogusbestanden (*.json);;Alle bestanden (*)</source>
        <translation>Catalogue files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Catalogus vervangen?</source>
        <translation>Replace catalogue?</translation>
    </message>
    <message>
        <source>Huidige catalogus: {0}
Nieuwe catalogus: {1} ({2})

{3}

Wilt u de catalogus vervangen?</source>
        <translation>Current catalogue: {0}
New catalogue: {1} ({2})

{3}

Do you want to replace the catalogue?</translation>
    </message>
</context>
<context>
    <name>ListSizeDialog</name>
    <message>
        <source>Praktijkomvang per leeftijd en geslacht</source>
        <translation>List size by age and sex</translation>
    </message>
    <message>
        <source>Het aantal ingeschreven patiënten op 1 januari, naar leeftijd op die dag. Nodig voor verwijzingen per 1.000 patiënten en voor het verwachte aantal.</source>
        <translation>The number of registered patients on 1 January, by age on that day. Needed for referrals per 1,000 patients and for the expected number.</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{0} jaar en ouder</source>
        <translation>{0} years and over</translation>
    </message>
    <message>
        <source>{0} jaar</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <source>Voor {0} is nog niets ingevuld.</source>
        <translation>Nothing has been entered for {0} yet.</translation>
    </message>
</context>
<context>
    <name>LocalInterventionDialog</name>
    <message>
        <source>Eigen interventie toevoegen</source>
        <translation>Add own intervention</translation>
    </message>
    <message>
        <source>Een interventie die uw praktijk zelf invoert, naast de catalogus van de zorggroep. Ze krijgt een eigen code en is in het register gemarkeerd als eigen.</source>
        <translation>An intervention that your practice enters itself, alongside the zorggroep&apos;s catalogue. It gets its own code and is marked as own in the register.</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Wandelgroep met de buurtsportcoach</source>
        <translation>for example: Walking group with the neighbourhood sports coach</translation>
    </message>
    <message>
        <source>&amp;Domein:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Vul de naam van de interventie in.</source>
        <translation>Enter the name of the intervention.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Vergrendeld – PlusDesk</source>
        <translation>Locked – PlusDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlusDesk is vergrendeld&lt;/h3&gt;&lt;p&gt;Zo kan niemand anders de gegevens op deze computer zien. Voer het wachtwoord van &lt;b&gt;{0}&lt;/b&gt; in om verder te gaan.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlusDesk is locked&lt;/h3&gt;&lt;p&gt;This way, nobody else can see the data on this computer. Enter the password of &lt;b&gt;{0}&lt;/b&gt; to continue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Andere &amp;gebruiker…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <source>Meldt {0} af, zodat iemand anders kan inloggen</source>
        <translation>Logs {0} out so that someone else can log in</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Inloggen – PlusDesk</source>
        <translation>Log in – PlusDesk</translation>
    </message>
    <message>
        <source>PlusDesk</source>
        <translation>PlusDesk</translation>
    </message>
    <message>
        <source>Gegevensbestand: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Dit is de demopraktijk. Log in als &lt;b&gt;demo&lt;/b&gt; (praktijkmanager), &lt;b&gt;poh&lt;/b&gt;, &lt;b&gt;huisarts&lt;/b&gt; of &lt;b&gt;lezer&lt;/b&gt;, met het wachtwoord &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>This is the demo practice. Log in as &lt;b&gt;demo&lt;/b&gt; (practice manager), &lt;b&gt;poh&lt;/b&gt;, &lt;b&gt;huisarts&lt;/b&gt; or &lt;b&gt;lezer&lt;/b&gt;, with the password &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Inloggen</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam in.</source>
        <translation>Enter your username.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Praktijken</source>
        <translation>Practices</translation>
    </message>
    <message>
        <source>Implementatie</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Funnelplot</source>
        <translation>Funnel plot</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Naast elkaar</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Interventies</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Collaborative care</source>
        <translation>Collaborative care</translation>
    </message>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Zorggroep-export</source>
        <translation>Zorggroep export</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw praktijkbestand…</source>
        <translation>&amp;New practice file…</translation>
    </message>
    <message>
        <source>Nieuw &amp;zorggroepbestand…</source>
        <translation>New &amp;zorggroep file…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Praktijkgegevens…</source>
        <translation>&amp;Practice details…</translation>
    </message>
    <message>
        <source>Rappor&amp;t…</source>
        <translation>Repor&amp;t…</translation>
    </message>
    <message>
        <source>Het praktijkrapport voor het intervisieoverleg, als PDF of op papier</source>
        <translation>The practice report for the peer review meeting, as a PDF or on paper</translation>
    </message>
    <message>
        <source>&amp;Back-ups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Gebruikers…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change pass&amp;word…</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>A&amp;fmelden</source>
        <translation>Lo&amp;g out</translation>
    </message>
    <message>
        <source>&amp;Recent geopend</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over PlusDesk</source>
        <translation>&amp;About PlusDesk</translation>
    </message>
    <message>
        <source>(nog geen bestanden)</source>
        <translation>(no files yet)</translation>
    </message>
    <message>
        <source>{0} (zorggroepbestand)</source>
        <translation>{0} (zorggroep file)</translation>
    </message>
    <message>
        <source>geen praktijk</source>
        <translation>no practice</translation>
    </message>
    <message>
        <source>Ingelogd: {0} ({1})</source>
        <translation>Logged in: {0} ({1})</translation>
    </message>
    <message>
        <source>Gegevensbestand: {0}</source>
        <translation>Data file: {0}</translation>
    </message>
    <message>
        <source>Gegevensbestand openen</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <source>Nieuw praktijkbestand</source>
        <translation>New practice file</translation>
    </message>
    <message>
        <source>Bestand bestaat al</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; bestaat al. PlusDesk overschrijft geen bestaand bestand; kies een andere naam.</source>
        <translation>&apos;{0}&apos; already exists. PlusDesk does not overwrite an existing file; choose a different name.</translation>
    </message>
    <message>
        <source>PlusDesk-bestanden (*.sqlite);;Alle bestanden (*)</source>
        <translation>PlusDesk files (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Geopend: {0}</source>
        <translation>Opened: {0}</translation>
    </message>
    <message>
        <source>Nieuw zorggroepbestand</source>
        <translation>New zorggroep file</translation>
    </message>
    <message>
        <source>zorggroep.sqlite</source>
        <translation>zorggroep.sqlite</translation>
    </message>
    <message>
        <source>Zorggroepbestand aangemaakt: {0}</source>
        <translation>Zorggroep file created: {0}</translation>
    </message>
    <message>
        <source>Praktijkgegevens opgeslagen.</source>
        <translation>Practice details saved.</translation>
    </message>
    <message>
        <source>Over PlusDesk</source>
        <translation>About PlusDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlusDesk {0}&lt;/h3&gt;&lt;p&gt;Registratie en benchmarking voor PlusPraktijken: interventies, patiëntgerichte gesprekken, collaborative care en verwijsgedrag – volledig offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gegevensbestand:&lt;/b&gt;&lt;br&gt;{1}&lt;br&gt;Schemaversie {2}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlusDesk {0}&lt;/h3&gt;&lt;p&gt;Registration and benchmarking for PlusPraktijken: interventions, patient-centred conversations, collaborative care and referral behaviour – fully offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data file:&lt;/b&gt;&lt;br&gt;{1}&lt;br&gt;Schema version {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Automatische back-up mislukt: {0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {0}</source>
        <translation>Backup created: {0}</translation>
    </message>
    <message>
        <source>De back-up is teruggezet. Log opnieuw in met een account uit die back-up.</source>
        <translation>The backup has been restored. Log in again with an account from that backup.</translation>
    </message>
    <message>
        <source>Uw wachtwoord is gewijzigd.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>MappingBox</name>
    <message>
        <source>Welke kolom bevat wat?</source>
        <translation>Which column contains what?</translation>
    </message>
    <message>
        <source>Patiëntgegevens: deze kolom wordt nooit opgeslagen</source>
        <translation>Patient data: this column is never stored</translation>
    </message>
    <message>
        <source>Kies een kolom…</source>
        <translation>Choose a column…</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{0} (patiëntgegevens)</source>
        <translation>{0} (patient data)</translation>
    </message>
    <message>
        <source>dag-maand-jaar (31-12-2024)</source>
        <translation>day-month-year (31-12-2024)</translation>
    </message>
    <message>
        <source>maand-dag-jaar (12-31-2024)</source>
        <translation>month-day-year (12-31-2024)</translation>
    </message>
    <message>
        <source>Een datum als 2024-12-31 wordt altijd goed gelezen.</source>
        <translation>A date such as 2024-12-31 is always read correctly.</translation>
    </message>
    <message>
        <source>Datumvolgorde:</source>
        <translation>Date order:</translation>
    </message>
    <message>
        <source>leeg laten: niet opslaan</source>
        <translation>leave empty: do not save</translation>
    </message>
    <message>
        <source>Met een naam herkent PlusDesk zo&apos;n bestand de volgende keer zelf.</source>
        <translation>With a name, PlusDesk will recognise such a file by itself next time.</translation>
    </message>
    <message>
        <source>Koppeling opslaan als:</source>
        <translation>Save mapping as:</translation>
    </message>
    <message>
        <source>Koppeling &apos;{0}&apos; herkend: de kolommen staan zoals de vorige keer.</source>
        <translation>Mapping &apos;{0}&apos; recognised: the columns are the same as last time.</translation>
    </message>
    <message>
        <source>De kolommen zijn gekozen op hun naam. Kijk of dat klopt.</source>
        <translation>The columns have been chosen by their names. Check that this is correct.</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Elke regel nakijken; er wordt nog niets opgeslagen</source>
        <translation>Check every row; nothing is saved yet</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Zonder domein</source>
        <translation>No domain</translation>
    </message>
    <message>
        <source>Geïmplementeerd</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Hoeveel interventies de praktijk heeft geïmplementeerd of geborgd, van de interventies waarvan de praktijk een status heeft</source>
        <translation>How many interventions the practice has implemented or embedded, out of the interventions for which the practice has a status</translation>
    </message>
    <message>
        <source>Domein: {0}</source>
        <translation>Domain: {0}</translation>
    </message>
    <message>
        <source>Hoeveel praktijken de interventie hebben geïmplementeerd of geborgd, van de praktijken met een status voor de interventie</source>
        <translation>How many practices have implemented or embedded the intervention, out of the practices with a status for the intervention</translation>
    </message>
    <message>
        <source>{0} (uw praktijk)</source>
        <translation>{0} (your practice)</translation>
    </message>
    <message>
        <source>Uw eigen praktijk</source>
        <translation>Your own practice</translation>
    </message>
    <message>
        <source>Stand op {0}, de laatste dag van het bestand</source>
        <translation>Position on {0}, the last day of the file</translation>
    </message>
    <message>
        <source> · maatwerk</source>
        <translation> · local adaptation</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>sinds {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <source>gestart op {0}</source>
        <translation>started on {0}</translation>
    </message>
    <message>
        <source>geïmplementeerd op {0}</source>
        <translation>implemented on {0}</translation>
    </message>
    <message>
        <source>Met maatwerk: aangepast aan de eigen praktijk</source>
        <translation>With local adaptation: adapted to the practice itself</translation>
    </message>
    <message>
        <source>Geen status: de interventie hoort niet bij het programma van deze praktijk, of de praktijk heeft er niets over vastgelegd.</source>
        <translation>No status: the intervention is not part of this practice&apos;s programme, or the practice has not recorded anything about it.</translation>
    </message>
    <message>
        <source>Alle praktijken en interventies samen: {0} van {1} geïmplementeerd</source>
        <translation>All practices and interventions together: {0} of {1} implemented</translation>
    </message>
    <message>
        <source>{0} van de {1} praktijken met een status hebben {2} geïmplementeerd</source>
        <translation>{0} of the {1} practices with a status have implemented {2}</translation>
    </message>
    <message>
        <source>{2}: {0} van de {1} interventies met een status geïmplementeerd</source>
        <translation>{2}: {0} of the {1} interventions with a status implemented</translation>
    </message>
    <message>
        <source>{0} van {1}</source>
        <translation>{0} of {1}</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Implementatie per praktijk en interventie</source>
        <translation>Implementation by practice and intervention</translation>
    </message>
    <message>
        <source>Status per &amp;praktijk en interventie</source>
        <translation>Status by &amp;practice and intervention</translation>
    </message>
    <message>
        <source>Wijs een vakje aan voor de datums, een kolomkop voor de naam van de interventie.</source>
        <translation>Point to a cell for the dates, or to a column header for the name of the intervention.</translation>
    </message>
    <message>
        <source>De ingelezen praktijken hebben geen interventies met een status doorgegeven.</source>
        <translation>The imported practices have not supplied any interventions with a status.</translation>
    </message>
    <message>
        <source>{0}: {1} van {2} geïmplementeerd</source>
        <translation>{0}: {1} of {2} implemented</translation>
    </message>
    <message>
        <source>Zonder domein</source>
        <translation>No domain</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Meting vastleggen</source>
        <translation>Record measurement</translation>
    </message>
    <message>
        <source>&amp;Vragenlijst:</source>
        <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>S&amp;core:</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>Nog geen gesprekken in deze periode.</source>
        <translation>No conversations in this period yet.</translation>
    </message>
    <message>
        <source>Gesprekken per maand</source>
        <translation>Conversations per month</translation>
    </message>
    <message>
        <source>gesprekken</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>1 gesprek</source>
        <translation>1 conversation</translation>
    </message>
    <message>
        <source>{n} gesprekken</source>
        <translation>{n} conversations</translation>
    </message>
</context>
<context>
    <name>NameTies</name>
    <message>
        <source>kies, of typ een code</source>
        <translation>choose, or type a code</translation>
    </message>
    <message>
        <source>Kies een specialisme, of typ een specialismecode van 4 cijfers</source>
        <translation>Choose a specialism, or type a 4-digit specialism code</translation>
    </message>
    <message>
        <source>Specialisme voor &apos;{0}&apos;</source>
        <translation>Specialism for &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; (gekoppeld)</source>
        <translation>&apos;{0}&apos; (mapped)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; (1 regel)</source>
        <translation>&apos;{0}&apos; (1 row)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; ({1} regels)</source>
        <translation>&apos;{0}&apos; ({1} rows)</translation>
    </message>
</context>
<context>
    <name>NewZorggroepDialog</name>
    <message>
        <source>Nieuw zorggroepbestand – PlusDesk</source>
        <translation>New zorggroep file – PlusDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Een zorggroepbestand aanmaken&lt;/h3&gt;&lt;p&gt;Hierin leest de zorggroep de exportbestanden van haar praktijken in, vergelijkt ze en maakt de benchmarkpakketten. Het bevat geen patiëntgegevens: alleen de getallen die de praktijken delen. Het eerste account beheert het bestand en de gebruikers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Create a zorggroep file&lt;/h3&gt;&lt;p&gt;In this file the zorggroep imports the export files from its practices, compares them and creates the benchmark packs. It contains no patient data: only the figures the practices share. The first account manages the file and the users.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>bijv. Zorggroep Zuid-Limburg</source>
        <translation>e.g. Zorggroep Zuid-Limburg</translation>
    </message>
    <message>
        <source>bijv. m.jansen</source>
        <translation>e.g. m.jansen</translation>
    </message>
    <message>
        <source>minstens {0} tekens</source>
        <translation>at least {0} characters</translation>
    </message>
    <message>
        <source>&amp;Naam zorggroep:</source>
        <translation>&amp;Zorggroep name:</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Uw naam:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Bestand: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>Zorggroepbestand &amp;aanmaken</source>
        <translation>&amp;Create zorggroep file</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul de naam van de zorggroep in.</source>
        <translation>Enter the name of the zorggroep.</translation>
    </message>
</context>
<context>
    <name>OEModel</name>
    <message>
        <source>Specialisme</source>
        <translation>Specialism</translation>
    </message>
    <message>
        <source>Waargenomen</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Verwacht</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>O/E</source>
        <translation>O/E</translation>
    </message>
    <message>
        <source>95 %-interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verwijzingen in het jaar</source>
        <translation>Referrals in the year</translation>
    </message>
    <message>
        <source>Wat te verwachten is bij de leeftijd en het geslacht van uw patiënten</source>
        <translation>What is to be expected given the age and sex of your patients</translation>
    </message>
    <message>
        <source>Waargenomen gedeeld door verwacht; 1 is zoals verwacht. ▲: boven verwachting, ▼: onder verwachting (het hele 95 %-interval ligt boven of onder 1)</source>
        <translation>Observed divided by expected; 1 is as expected. ▲: above expected, ▼: below expected (the whole 95% interval lies above or below 1)</translation>
    </message>
    <message>
        <source>Ligt het hele interval boven of onder 1, dan is er een signaal</source>
        <translation>If the whole interval lies above or below 1, there is a signal</translation>
    </message>
    <message>
        <source>Vektis: uit de Vektis Praktijkspiegel; standaardisatie: berekend met de referentietabel</source>
        <translation>Vektis: from the Vektis Praktijkspiegel; standardisation: calculated with the reference table</translation>
    </message>
    <message>
        <source>boven verwachting</source>
        <translation>above expected</translation>
    </message>
    <message>
        <source>onder verwachting</source>
        <translation>below expected</translation>
    </message>
    <message>
        <source>niet duidelijk anders dan verwacht</source>
        <translation>not clearly different from expected</translation>
    </message>
</context>
<context>
    <name>OETab</name>
    <message>
        <source>&amp;Praktijkomvang…</source>
        <translation>&amp;Practice size…</translation>
    </message>
    <message>
        <source>Het aantal ingeschreven patiënten per leeftijdsgroep en geslacht</source>
        <translation>The number of registered patients by age group and sex</translation>
    </message>
    <message>
        <source>Waargenomen en verwacht aantal uit de Vektis Praktijkspiegel</source>
        <translation>Observed and expected numbers from the Vektis Praktijkspiegel</translation>
    </message>
    <message>
        <source>&amp;Referentietabel…</source>
        <translation>&amp;Reference table…</translation>
    </message>
    <message>
        <source>De referentiecijfers per 1.000 patiënten die de zorggroep levert (CSV: specialisme;leeftijd;geslacht;per_1000)</source>
        <translation>The reference figures per 1,000 patients supplied by the zorggroep (CSV: specialisme;leeftijd;geslacht;per_1000)</translation>
    </message>
    <message>
        <source>Vektis-&amp;cijfers…</source>
        <translation>&amp;Vektis figures…</translation>
    </message>
    <message>
        <source>Gro&amp;epen…</source>
        <translation>Gro&amp;ups…</translation>
    </message>
    <message>
        <source>Codes die samen tellen, zoals GGZ (psychiatrie, psychologen en SPV)</source>
        <translation>Codes that count together, such as GGZ (psychiatry, psychologists and community psychiatric nurses)</translation>
    </message>
    <message>
        <source>O/E per specialisme</source>
        <translation>O/E by specialism</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Verwacht berekend met: {0}. Bij bron Vektis komen waargenomen en verwacht uit de Vektis Praktijkspiegel.</source>
        <translation>Expected calculated with: {0}. For source Vektis, observed and expected come from the Vektis Praktijkspiegel.</translation>
    </message>
    <message>
        <source>Nog geen referentietabel: verwacht is alleen bekend waar Vektis-cijfers zijn ingevoerd.</source>
        <translation>No reference table yet: expected is only known where Vektis figures have been entered.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>De praktijk in één oogopslag.</source>
        <translation>The practice at a glance.</translation>
    </message>
    <message>
        <source>Demopraktijk – verzonnen gegevens</source>
        <translation>Demo practice – fictitious data</translation>
    </message>
    <message>
        <source>AGB-code</source>
        <translation>AGB code</translation>
    </message>
    <message>
        <source>Zorggroep</source>
        <translation>Zorggroep</translation>
    </message>
    <message>
        <source>Ingeschreven patiënten</source>
        <translation>Registered patients</translation>
    </message>
    <message>
        <source>Golf</source>
        <translation>Wave</translation>
    </message>
    <message>
        <source>In PlusDesk sinds</source>
        <translation>In PlusDesk since</translation>
    </message>
    <message>
        <source>Interventiecatalogus</source>
        <translation>Intervention catalogue</translation>
    </message>
    <message>
        <source>interventies in de catalogus</source>
        <translation>interventions in the catalogue</translation>
    </message>
    <message>
        <source>interventies geïmplementeerd</source>
        <translation>interventions implemented</translation>
    </message>
    <message>
        <source>patiëntgerichte gesprekken dit jaar</source>
        <translation>patient-centred conversations this year</translation>
    </message>
    <message>
        <source>vervolgafspraken verlopen</source>
        <translation>follow-up appointments overdue</translation>
    </message>
    <message>
        <source>actieve GGZ-casussen</source>
        <translation>active GGZ cases</translation>
    </message>
    <message>
        <source>verwijzingen dit jaar</source>
        <translation>referrals this year</translation>
    </message>
    <message>
        <source>(geen praktijk vastgelegd)</source>
        <translation>(no practice recorded)</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>golf {0}</source>
        <translation>wave {0}</translation>
    </message>
    <message>
        <source>, waarvan {0} eigen interventies</source>
        <translation>, of which {0} are own interventions</translation>
    </message>
    <message>
        <source>in {0} domeinen{1}</source>
        <translation>in {0} domains{1}</translation>
    </message>
    <message>
        <source>van {0}; per domein: {1}</source>
        <translation>of {0}; by domain: {1}</translation>
    </message>
    <message>
        <source>met {0} patiënten</source>
        <translation>with {0} patients</translation>
    </message>
    <message>
        <source>1 vervolgafspraak deze week</source>
        <translation>1 follow-up appointment this week</translation>
    </message>
    <message>
        <source>{0} vervolgafspraken deze week</source>
        <translation>{0} follow-up appointments this week</translation>
    </message>
    <message>
        <source>Toon de verlopen vervolgafspraken in Gesprekken</source>
        <translation>Show the overdue follow-up appointments in Conversations</translation>
    </message>
    <message>
        <source>1 casus te bespreken met de psychiater</source>
        <translation>1 case to discuss with the psychiatrist</translation>
    </message>
    <message>
        <source>{0} casussen te bespreken met de psychiater</source>
        <translation>{0} cases to discuss with the psychiatrist</translation>
    </message>
    <message>
        <source>, {0} met contact verlopen</source>
        <translation>, {0} with contact overdue</translation>
    </message>
    <message>
        <source>Toon de caseload in Collaborative care</source>
        <translation>Show the caseload in Collaborative care</translation>
    </message>
    <message>
        <source>Toon de trend in Verwijzingen</source>
        <translation>Show the trend in Referrals</translation>
    </message>
    <message>
        <source>O/E over {0} nog niet te berekenen</source>
        <translation>O/E for {0} cannot be calculated yet</translation>
    </message>
    <message>
        <source>geen specialismen boven verwachting ({0})</source>
        <translation>no specialisms above expected ({0})</translation>
    </message>
    <message>
        <source>1 specialisme boven verwachting ({0})</source>
        <translation>1 specialism above expected ({0})</translation>
    </message>
    <message>
        <source>{0} specialismen boven verwachting ({1})</source>
        <translation>{0} specialisms above expected ({1})</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Tabbladen van {0}</source>
        <translation>Tabs of {0}</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patiënt {0}</source>
        <translation>Patient {0}</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>{0}; * = wil ik over praten</source>
        <translation>{0}; * = I want to talk about this</translation>
    </message>
    <message>
        <source>Gesprekken met deze patiënt</source>
        <translation>Conversations with this patient</translation>
    </message>
    <message>
        <source>* = de patiënt wil hierover praten</source>
        <translation>* = the patient wants to talk about this</translation>
    </message>
    <message>
        <source>Positieve Gezondheid: eerste en laatste gesprek</source>
        <translation>Positive Health: first and last conversation</translation>
    </message>
    <message>
        <source>Gesprek &amp;openen…</source>
        <translation>&amp;Open conversation…</translation>
    </message>
    <message>
        <source>&amp;Vervolggesprek…</source>
        <translation>&amp;Follow-up conversation…</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Er zijn geen gesprekken (meer) met deze patiënt.</source>
        <translation>There are no (longer any) conversations with this patient.</translation>
    </message>
    <message>
        <source>geen vervolg gepland</source>
        <translation>no follow-up planned</translation>
    </message>
    <message>
        <source>volgend contact {0} is verlopen</source>
        <translation>next contact {0} is overdue</translation>
    </message>
    <message>
        <source>volgend contact {0}, deze week</source>
        <translation>next contact {0}, this week</translation>
    </message>
    <message>
        <source>volgend contact {0}</source>
        <translation>next contact {0}</translation>
    </message>
    <message>
        <source>1 gesprek</source>
        <translation>1 conversation</translation>
    </message>
    <message>
        <source>{0} gesprekken</source>
        <translation>{0} conversations</translation>
    </message>
    <message>
        <source>{0} sinds {1} · reden van inclusie: {2} · {3}</source>
        <translation>{0} since {1} · reason for inclusion: {2} · {3}</translation>
    </message>
    <message>
        <source> (wil ik over praten)</source>
        <translation> (I want to talk about this)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gesprek van {0}&lt;/b&gt; met {1}</source>
        <translation>&lt;b&gt;Conversation of {0}&lt;/b&gt; with {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vraag achter de vraag:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Question behind the question:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>, vervolg {0}</source>
        <translation>, follow-up {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Doel {0}:&lt;/b&gt; {1}{2}{3}</source>
        <translation>&lt;b&gt;Goal {0}:&lt;/b&gt; {1}{2}{3}</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afspraken:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Agreements:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verwijzing voorkomen:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Referral avoided:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Volgend contact:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Next contact:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Eerste gesprek {0}</source>
        <translation>First conversation {0}</translation>
    </message>
    <message>
        <source>Laatste gesprek {0}</source>
        <translation>Last conversation {0}</translation>
    </message>
    <message>
        <source>Nog maar één gesprek met scores; na het volgende ziet u de verandering.</source>
        <translation>Only one conversation with scores so far; after the next one you will see the change.</translation>
    </message>
</context>
<context>
    <name>PracticeDetailsDialog</name>
    <message>
        <source>Praktijkgegevens – PlusDesk</source>
        <translation>Practice details – PlusDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Praktijkgegevens&lt;/h2&gt;&lt;p&gt;De zorggroep herkent uw praktijk aan de AGB-code; het aantal ingeschreven patiënten is de basis voor de cijfers per 1.000 patiënten.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Practice details&lt;/h2&gt;&lt;p&gt;The zorggroep recognises your practice by its AGB code; the number of registered patients is the basis for the figures per 1,000 patients.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>PracticesModel</name>
    <message>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>AGB-code</source>
        <translation>AGB code</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Export van</source>
        <translation>Export from</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Ingelezen op</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <source>De datum van het nieuwste exportbestand van deze praktijk</source>
        <translation>The date of this practice&apos;s latest export file</translation>
    </message>
    <message>
        <source>De periode die de export beslaat</source>
        <translation>The period covered by the export</translation>
    </message>
    <message>
        <source>{0} t/m {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>Gemaakt op {0}</source>
        <translation>Created on {0}</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <source>Praktijken</source>
        <translation>Practices</translation>
    </message>
    <message>
        <source>De praktijken van de zorggroep met de datum van hun nieuwste exportbestand. Lees nieuwe exports in met de knop of sleep de .plusdesk-bestanden hierheen: een nieuwere export van een praktijk vervangt de oudere, een oudere nooit een nieuwere. Een bestand dat niet klopt, wordt geweigerd met de reden.</source>
        <translation>The zorggroep&apos;s practices with the date of their latest export file. Import new exports with the button or drag the .plusdesk files here: a newer export from a practice replaces the older one, an older one never replaces a newer one. A file that is not valid is rejected with the reason.</translation>
    </message>
    <message>
        <source>Ingelezen praktijken</source>
        <translation>Imported practices</translation>
    </message>
    <message>
        <source>Nog geen praktijken ingelezen. Kies &lt;b&gt;Exportbestanden inlezen…&lt;/b&gt; of sleep de .plusdesk-bestanden van de praktijken naar dit venster.</source>
        <translation>No practices imported yet. Choose &lt;b&gt;Import export files…&lt;/b&gt; or drag the practices&apos; .plusdesk files to this window.</translation>
    </message>
    <message>
        <source>Exportbestanden &amp;inlezen…</source>
        <translation>&amp;Import export files…</translation>
    </message>
    <message>
        <source>Praktijk &amp;verwijderen…</source>
        <translation>&amp;Remove practice…</translation>
    </message>
    <message>
        <source>Benchmarkpakketten &amp;maken…</source>
        <translation>Create &amp;benchmark packs…</translation>
    </message>
    <message>
        <source>Eén bestand per praktijk: die praktijk met naam, de andere als letter, plus de referentietabel van de zorggroep</source>
        <translation>One file per practice: that practice by name, the others as a letter, plus the zorggroep&apos;s reference table</translation>
    </message>
    <message>
        <source>Opslaan als &amp;XLSX…</source>
        <translation>Save as &amp;XLSX…</translation>
    </message>
    <message>
        <source>Alle samengevoegde gegevens in een werkblad: één kolom per gegeven</source>
        <translation>All merged data in one worksheet: one column per data item</translation>
    </message>
    <message>
        <source>1 praktijk</source>
        <translation>1 practice</translation>
    </message>
    <message>
        <source>{0} praktijken</source>
        <translation>{0} practices</translation>
    </message>
    <message>
        <source>exports van {0}</source>
        <translation>exports from {0}</translation>
    </message>
    <message>
        <source>exports van {0} tot en met {1}</source>
        <translation>exports from {0} to {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} ingelezen; {2}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} imported; {2}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exportbestanden inlezen</source>
        <translation>Import export files</translation>
    </message>
    <message>
        <source>PlusDesk-export (*{0});;Alle bestanden (*)</source>
        <translation>PlusDesk export (*{0});;All files (*)</translation>
    </message>
    <message>
        <source>Bestand {0} van {1} controleren…</source>
        <translation>Checking file {0} of {1}…</translation>
    </message>
    <message>
        <source>Bestand {0} van {1} inlezen…</source>
        <translation>Importing file {0} of {1}…</translation>
    </message>
    <message>
        <source>{0} van {1} bestanden ingelezen.</source>
        <translation>{0} of {1} files imported.</translation>
    </message>
    <message>
        <source>{0} geweigerd: daarvan is niets ingelezen.</source>
        <translation>{0} rejected: nothing was imported from these.</translation>
    </message>
    <message>
        <source>Praktijk verwijderen</source>
        <translation>Remove practice</translation>
    </message>
    <message>
        <source>{0} ({1}) en al haar cijfers uit dit zorggroepbestand verwijderen? U kunt de praktijk later opnieuw inlezen uit haar exportbestand.</source>
        <translation>Remove {0} ({1}) and all its figures from this zorggroep file? You can import the practice again later from its export file.</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Benchmarkpakketten maken</source>
        <translation>Create benchmark packs</translation>
    </message>
    <message>
        <source>Pakket {0} van {1}…</source>
        <translation>Pack {0} of {1}…</translation>
    </message>
    <message>
        <source>{0} benchmarkpakketten opgeslagen in {1}.</source>
        <translation>{0} benchmark packs saved in {1}.</translation>
    </message>
    <message>
        <source>Stuur elke praktijk haar eigen pakket (de AGB-code staat in de bestandsnaam). In elk pakket staat alleen die praktijk met naam; de andere zijn letters. Het maken is vastgelegd in het auditlog.</source>
        <translation>Send each practice its own pack (the AGB code is in the file name). Each pack shows only that practice by name; the others are letters. The creation has been recorded in the audit log.</translation>
    </message>
    <message>
        <source>Opslaan als XLSX</source>
        <translation>Save as XLSX</translation>
    </message>
    <message>
        <source>{0}.xlsx</source>
        <translation>{0}.xlsx</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>PreconditionDialog</name>
    <message>
        <source>Randvoorwaarde bijwerken</source>
        <translation>Update precondition</translation>
    </message>
    <message>
        <source>&amp;Is voldaan</source>
        <translation>&amp;Met</translation>
    </message>
    <message>
        <source>bijvoorbeeld: scholing gevolgd op de ALV</source>
        <translation>for example: training attended at the general meeting</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Instellingen – PlusDesk</source>
        <translation>Settings – PlusDesk</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>PlusDesk bevat gegevens van patiënten. Op een gedeelde computer vergrendelt het venster zich als het een tijd niet gebruikt is; daarna is uw wachtwoord nodig. Deze instelling geldt voor deze computer.</source>
        <translation>PlusDesk contains patient data. On a shared computer, the window locks itself when it has not been used for a while; after that, your password is required. This setting applies to this computer.</translation>
    </message>
    <message>
        <source>Taal van het systeem ({0})</source>
        <translation>System language ({0})</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Een andere taal geldt vanaf de volgende start.</source>
        <translation>A change of language takes effect the next time PlusDesk starts.</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen na:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Patiëntgegevens: deze kolom wordt nooit opgeslagen</source>
        <translation>Patient data: this column is never stored</translation>
    </message>
    <message>
        <source>Regelnummer in het bestand</source>
        <translation>Row number in the file</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Waarden</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Onderdrukt</source>
        <translation>Suppressed</translation>
    </message>
    <message>
        <source>De eerste en de laatste periode; &apos;stand&apos;: aan het eind</source>
        <translation>The first and the last period; &apos;stand&apos; (snapshot): at the end</translation>
    </message>
    <message>
        <source>Hoeveel getallen van deze indicator in de export staan</source>
        <translation>How many figures for this indicator are in the export</translation>
    </message>
    <message>
        <source>Hoeveel daarvan leeg blijven: een klein aantal, of een getal waaruit een klein aantal terug te rekenen is</source>
        <translation>How many of them are left empty: a small number, or a figure from which a small number could be derived</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Regelnummer in het bestand (regel 1 is de kop)</source>
        <translation>Row number in the file (row 1 is the header)</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Nog geen scores vastgelegd.</source>
        <translation>No scores recorded yet.</translation>
    </message>
    <message>
        <source>Scores op de zes dimensies: eerste en laatste gesprek</source>
        <translation>Scores on the six dimensions: first and latest conversation</translation>
    </message>
    <message>
        <source>{axis}: {score} — {series}</source>
        <translation>{axis}: {score} — {series}</translation>
    </message>
</context>
<context>
    <name>ReferralImportDialog</name>
    <message>
        <source>Verwijzingen importeren</source>
        <translation>Import referrals</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Met uw rol kunt u bestanden controleren, maar niet importeren.</source>
        <translation>With your role you can check files, but not import them.</translation>
    </message>
    <message>
        <source>{0} zonder de kopregel</source>
        <translation>{0} excluding the header row</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{0} regels</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <source>het aantal regels volgt bij Controleren</source>
        <translation>the number of rows follows when checking</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; {1} &amp;nbsp;·&amp;nbsp; {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; &amp;nbsp;·&amp;nbsp; {1} &amp;nbsp;·&amp;nbsp; {2}</translation>
    </message>
    <message>
        <source>Voorbeeld: de eerste {0} regels, zoals ze in het bestand staan</source>
        <translation>Preview: the first {0} rows, as they appear in the file</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Grijze kolommen bevatten patiëntgegevens ({0}); PlusDesk leest ze niet in en slaat ze nooit op.</source>
        <translation>Grey columns contain patient data ({0}); PlusDesk does not import them and never stores them.</translation>
    </message>
    <message>
        <source>Het bestand wordt gecontroleerd…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Controle afgebroken</source>
        <translation>Check aborted</translation>
    </message>
    <message>
        <source>De controle is afgebroken.</source>
        <translation>The check was aborted.</translation>
    </message>
    <message>
        <source>De verwijzingen worden opgeslagen…</source>
        <translation>Saving the referrals…</translation>
    </message>
    <message>
        <source>Import afgebroken</source>
        <translation>Import aborted</translation>
    </message>
    <message>
        <source>Het importeren is afgebroken. Er is niets opgeslagen.</source>
        <translation>The import was aborted. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Onbekende code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is geen bekende specialismecode. Kies een specialisme uit de lijst, of typ een code van 4 cijfers uit COD016 of uit een codegroep (zoals GGZ).</source>
        <translation>&apos;{0}&apos; is not a known specialism code. Choose a specialism from the list, or type a 4-digit code from COD016 or from a code group (such as GGZ).</translation>
    </message>
    <message>
        <source>Al geïmporteerd</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is al geïmporteerd op {1} door {2} ({3} verwijzingen). Het telt niet dubbel; er is niets opgeslagen.</source>
        <translation>&apos;{0}&apos; was already imported on {1} by {2} ({3} referrals). It is not counted twice; nothing has been saved.</translation>
    </message>
    <message>
        <source>1 verwijzing ingelezen.</source>
        <translation>1 referral imported.</translation>
    </message>
    <message>
        <source>{0} verwijzingen ingelezen.</source>
        <translation>{0} referrals imported.</translation>
    </message>
    <message>
        <source>Periode {0} t/m {1}.</source>
        <translation>Period {0} to {1}.</translation>
    </message>
    <message>
        <source>{0} met fouten overgeslagen.</source>
        <translation>{0} with errors skipped.</translation>
    </message>
    <message>
        <source>{0} eerdere verwijzingen vervangen.</source>
        <translation>{0} earlier referrals replaced.</translation>
    </message>
    <message>
        <source>Import gelukt</source>
        <translation>Import successful</translation>
    </message>
    <message>
        <source>Regels met fouten</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>{0} van de {1} bevat fouten.</source>
        <translation>{0} of the {1} contains errors.</translation>
    </message>
    <message>
        <source>{0} van de {1} bevatten fouten.</source>
        <translation>{0} of the {1} contain errors.</translation>
    </message>
    <message>
        <source>Wilt u de {0} goede regels importeren en de foute overslaan?</source>
        <translation>Do you want to import the {0} correct rows and skip the faulty ones?</translation>
    </message>
    <message>
        <source>Importeren &amp;zonder de foute regels</source>
        <translation>Import &amp;without the faulty rows</translation>
    </message>
    <message>
        <source>&amp;Niet importeren</source>
        <translation>&amp;Don&apos;t import</translation>
    </message>
    <message>
        <source>Periode al ingelezen</source>
        <translation>Period already imported</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; loopt van {1} t/m {2}. In die periode staan al {3}.

Wilt u die vervangen door de {4} verwijzingen uit dit bestand? Maakt u deze import later ongedaan, dan tellen de eerdere weer mee.</source>
        <translation>&apos;{0}&apos; runs from {1} to {2}. That period already contains {3}.

Do you want to replace them with the {4} referrals from this file? If you undo this import later, the earlier ones will count again.</translation>
    </message>
    <message>
        <source>Periode &amp;vervangen</source>
        <translation>&amp;Replace period</translation>
    </message>
    <message>
        <source>Koppeling bestaat al</source>
        <translation>Mapping already exists</translation>
    </message>
    <message>
        <source>Er is al een kolomkoppeling met de naam &apos;{0}&apos;. Wilt u die vervangen door deze?</source>
        <translation>A column mapping named &apos;{0}&apos; already exists. Do you want to replace it with this one?</translation>
    </message>
    <message>
        <source>Koppeling &amp;vervangen</source>
        <translation>&amp;Replace mapping</translation>
    </message>
    <message>
        <source>&amp;Andere naam kiezen</source>
        <translation>Choose &amp;another name</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Het verwijsgedrag van de praktijk: de trend per specialisme met de start van interventies, vóór en na een interventie, en hoeveel u verwijst tegenover wat bij uw patiëntenpopulatie te verwachten is (O/E).</source>
        <translation>The practice&apos;s referral pattern: the trend by specialism with the start of interventions, before and after an intervention, and how much you refer compared with what is to be expected for your patient population (O/E).</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>&amp;Voor/na</source>
        <translation>&amp;Before/after</translation>
    </message>
    <message>
        <source>&amp;O/E-overzicht</source>
        <translation>&amp;O/E overview</translation>
    </message>
    <message>
        <source>I&amp;mports</source>
        <translation>I&amp;mports</translation>
    </message>
    <message>
        <source>Nog geen verwijzingen. De praktijkmanager kan een export uit het HIS inlezen; daarna ziet u hier de trend.</source>
        <translation>No referrals yet. The practice manager can import an export from the HIS; after that you will see the trend here.</translation>
    </message>
    <message>
        <source>Nog geen O/E te berekenen voor dit jaar. Daarvoor zijn verwijzingen, de praktijkomvang per leeftijdsgroep en geslacht en een referentietabel of Vektis-cijfers nodig; de praktijkmanager kan die invoeren.</source>
        <translation>No O/E can be calculated for this year yet. This requires referrals, the practice size by age group and sex, and a reference table or Vektis figures; the practice manager can enter these.</translation>
    </message>
    <message>
        <source>Export uit het HIS kiezen</source>
        <translation>Choose export from the HIS</translation>
    </message>
    <message>
        <source>Exports (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Exports (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>De ene verwijzing uit dit bestand telt dan niet meer mee.</source>
        <translation>The one referral from this file will then no longer be counted.</translation>
    </message>
    <message>
        <source>De {0} verwijzingen uit dit bestand tellen dan niet meer mee.</source>
        <translation>The {0} referrals from this file will then no longer be counted.</translation>
    </message>
    <message>
        <source>Import ongedaan maken?</source>
        <translation>Undo import?</translation>
    </message>
    <message>
        <source>Wilt u de import van &apos;{0}&apos; ongedaan maken?

{1} Verwijzingen die deze import had vervangen, tellen weer mee.</source>
        <translation>Do you want to undo the import of &apos;{0}&apos;?

{1} Referrals that this import had replaced will be counted again.</translation>
    </message>
    <message>
        <source>Referentietabel inlezen</source>
        <translation>Import reference table</translation>
    </message>
    <message>
        <source>Referentietabel (*.csv *.txt *.xlsx)</source>
        <translation>Reference table (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Naam van deze tabel, zoals de zorggroep hem noemt:</source>
        <translation>Name of this table, as the zorggroep calls it:</translation>
    </message>
    <message>
        <source>De referentietabel &apos;{0}&apos; wordt vervangen door &apos;{1}&apos;.</source>
        <translation>The reference table &apos;{0}&apos; will be replaced by &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} referentiecijfers ingelezen.</source>
        <translation>{0} reference figures imported.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Interventie</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Gestart op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Randvoorwaarden</source>
        <translation>Preconditions</translation>
    </message>
    <message>
        <source>Ingangsdatum van de huidige status</source>
        <translation>Effective date of the current status</translation>
    </message>
    <message>
        <source>Eerste dag als pilot gestart (of verder)</source>
        <translation>First day started as a pilot (or further)</translation>
    </message>
    <message>
        <source>Aantal randvoorwaarden waaraan de praktijk voldoet</source>
        <translation>Number of preconditions the practice meets</translation>
    </message>
    <message>
        <source>Reden: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source> (eigen)</source>
        <translation> (own)</translation>
    </message>
    <message>
        <source> – vervallen</source>
        <translation> – retired</translation>
    </message>
    <message>
        <source>{0} van {1}</source>
        <translation>{0} of {1}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Praktijkrapport</source>
        <translation>Practice report</translation>
    </message>
    <message>
        <source>Een rapport voor het intervisieoverleg: de interventies per domein met de tijdlijn, de gesprekken en de caseload, de verwijzingen tegen verwacht (O/E) en de trends van de specialismen boven verwachting, met vóór en na elke interventie. Het bevat alleen totalen, geen patiëntnummers.</source>
        <translation>A report for the peer review meeting: the interventions by domain with the timeline, the conversations and the caseload, the referrals against expected (O/E) and the trends of the specialisms above expected, with before and after each intervention. It contains totals only, no patient numbers.</translation>
    </message>
    <message>
        <source>Jaar van het rapport</source>
        <translation>Year of the report</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Het lopende jaar loopt tot vandaag. De stand van de interventies is die van vandaag.</source>
        <translation>The current year runs up to today. The position of the interventions is today&apos;s.</translation>
    </message>
    <message>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Voortgang van het rapport</source>
        <translation>Progress of the report</translation>
    </message>
    <message>
        <source>Het rapport wordt opgemaakt… %p%</source>
        <translation>Making the report… %p%</translation>
    </message>
    <message>
        <source>Praktijkrapport {0} {1}.pdf</source>
        <translation>Practice report {0} {1}.pdf</translation>
    </message>
    <message>
        <source>Praktijkrapport opslaan</source>
        <translation>Save practice report</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Rapport niet opgeslagen</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <source>Het rapport kon niet worden opgeslagen in {0}:
{1}</source>
        <translation>The report could not be saved in {0}:
{1}</translation>
    </message>
    <message>
        <source>Rapport opgeslagen</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>Het rapport is opgeslagen:
{0}</source>
        <translation>The report has been saved:
{0}</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Praktijkrapport {0}</source>
        <translation>Practice report {0}</translation>
    </message>
    <message>
        <source>Praktijkrapport afdrukken</source>
        <translation>Print practice report</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Nieuw wachtwoord voor {0}</source>
        <translation>New password for {0}</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Geef het nieuwe wachtwoord persoonlijk door. Een vergrendeling door te veel mislukte pogingen wordt hiermee ook opgeheven.</source>
        <translation>Pass on the new password in person. This also lifts a lock caused by too many failed attempts.</translation>
    </message>
</context>
<context>
    <name>ResultBox</name>
    <message>
        <source>Resultaat van de controle</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Problemen per regel</source>
        <translation>Problems per row</translation>
    </message>
    <message>
        <source>Onbekende specialismen</source>
        <translation>Unknown specialisms</translation>
    </message>
    <message>
        <source>Koppel elke naam aan een specialisme; daarna volgt een nieuwe controle.</source>
        <translation>Map each name to a specialism; a new check then follows.</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{0} regels</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <source>De koppeling is gewijzigd. Klik op Controleren om opnieuw te kijken.</source>
        <translation>The mapping has changed. Click Check to check again.</translation>
    </message>
    <message>
        <source>Kies links per gegeven de kolom uit het bestand en klik op Controleren. Er wordt dan nog niets opgeslagen.</source>
        <translation>On the left, choose the column from the file for each item and click Check. Nothing is saved yet.</translation>
    </message>
    <message>
        <source>De lijst toont de eerste {0} van de {1} problemen.</source>
        <translation>The list shows the first {0} of the {1} problems.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} goed, {2} met fouten.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} correct, {2} with errors.</translation>
    </message>
    <message>
        <source>Periode {0} t/m {1}.</source>
        <translation>Period {0} to {1}.</translation>
    </message>
    <message>
        <source>Dit bestand is al geïmporteerd op {0} door {1} ({2} verwijzingen). Het telt niet dubbel.</source>
        <translation>This file was already imported on {0} by {1} ({2} referrals). It is not counted twice.</translation>
    </message>
    <message>
        <source>Er staat geen enkele geldige verwijzing in. Zijn de kolommen goed gekozen?</source>
        <translation>It does not contain a single valid referral. Have the columns been chosen correctly?</translation>
    </message>
    <message>
        <source>Regels met fouten worden niet ingelezen. Pas de koppeling aan of koppel onbekende namen; u kunt ook importeren zonder de foute regels.</source>
        <translation>Rows with errors are not imported. Adjust the mapping or map unknown names; you can also import without the faulty rows.</translation>
    </message>
    <message>
        <source>In deze periode staan al {0}. Bij Importeren kiest u of u die vervangt.</source>
        <translation>This period already contains {0}. When you click Import, you choose whether to replace them.</translation>
    </message>
    <message>
        <source>Alles in orde. Klik op Importeren om {0} verwijzingen op te slaan.</source>
        <translation>Everything is in order. Click Import to save {0} referrals.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Consult psychiater</source>
        <translation>Psychiatrist consultation</translation>
    </message>
    <message>
        <source>naam van de psychiater</source>
        <translation>name of the psychiatrist</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Advies aan de huisarts en de POH</source>
        <translation>Advice to the GP and the POH</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Psychiater:</source>
        <translation>&amp;Psychiatrist:</translation>
    </message>
    <message>
        <source>Conclusie:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <source>So&amp;ciale oorzaak:</source>
        <translation>So&amp;cial cause:</translation>
    </message>
    <message>
        <source>Ad&amp;vies:</source>
        <translation>Ad&amp;vice:</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <source>Patiënt (HIS)</source>
        <translation>Patient (HIS)</translation>
    </message>
    <message>
        <source>Casemanager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <source>Waarom bespreken</source>
        <translation>Reason for discussion</translation>
    </message>
    <message>
        <source>Weken</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Eerste → laatste score</source>
        <translation>First → latest score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Casus afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Route vastleggen</source>
        <translation>Record route</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Nog geen route</source>
        <translation>No route yet</translation>
    </message>
    <message>
        <source>Terugvalpreventieplan &amp;gemaakt op</source>
        <translation>Relapse prevention plan &amp;made on</translation>
    </message>
    <message>
        <source>Datum terugvalpreventieplan</source>
        <translation>Relapse prevention plan date</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <source>Hulp &amp;bij:</source>
        <translation>Help &amp;with:</translation>
    </message>
    <message>
        <source>&amp;Datum route:</source>
        <translation>Route &amp;date:</translation>
    </message>
    <message>
        <source>Verplicht bij &apos;anders&apos;</source>
        <translation>Required for &apos;other&apos;</translation>
    </message>
    <message>
        <source>&amp;Afsluitdatum:</source>
        <translation>&amp;Closing date:</translation>
    </message>
    <message>
        <source>R&amp;eden:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Kies waar de patiënt na het afsluiten verder gaat.</source>
        <translation>Choose where the patient goes after the case is closed.</translation>
    </message>
    <message>
        <source>Terugvalpreventieplan nog niet gemaakt. Toch afsluiten?</source>
        <translation>Relapse prevention plan not made yet. Close anyway?</translation>
    </message>
    <message>
        <source>Toch &amp;afsluiten</source>
        <translation>Close &amp;anyway</translation>
    </message>
    <message>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
</context>
<context>
    <name>ScoreInput</name>
    <message>
        <source>totaal</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Vragen invullen</source>
        <translation>Enter items</translation>
    </message>
    <message>
        <source>Per vraag een score van 0 t/m 3 invullen</source>
        <translation>Enter a score from 0 to 3 for each item</translation>
    </message>
    <message>
        <source>Vraag:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>Vraag 9 (gedachten aan de dood of zelfbeschadiging) is positief: bespreek de veiligheid.</source>
        <translation>Item 9 (thoughts of death or self-harm) is positive: discuss safety.</translation>
    </message>
    <message>
        <source>{0}-totaal</source>
        <translation>{0} total</translation>
    </message>
    <message>
        <source>0 t/m {0}; leeg: niet gemeten</source>
        <translation>0 to {0}; empty: not measured</translation>
    </message>
    <message>
        <source>{0} vraag {1}</source>
        <translation>{0} item {1}</translation>
    </message>
    <message>
        <source>nog {0} van de {1} vragen open</source>
        <translation>{0} of the {1} items still open</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Het aantal ingeschreven patiënten van de praktijk in het jaar.</source>
        <translation>The practice&apos;s number of registered patients in the year.</translation>
    </message>
    <message>
        <source>Het aantal gesprekken in het jaar.</source>
        <translation>The number of conversations in the year.</translation>
    </message>
    <message>
        <source>Het aantal gesprekken per 1.000 ingeschreven patiënten.</source>
        <translation>The number of conversations per 1,000 registered patients.</translation>
    </message>
    <message>
        <source>Het aantal patiënten met minstens één gesprek in het jaar.</source>
        <translation>The number of patients with at least one conversation in the year.</translation>
    </message>
    <message>
        <source>Het deel van de gesproken patiënten dat ook een vervolggesprek had.</source>
        <translation>The proportion of patients seen who also had a follow-up conversation.</translation>
    </message>
    <message>
        <source>De gemiddelde verandering van de score tussen het eerste en het laatste gesprek, over alle dimensies samen (naar het aantal patiënten per dimensie). Positief is vooruitgang.</source>
        <translation>The average change in score between the first and the last conversation, across all dimensions together (weighted by the number of patients per dimension). Positive means improvement.</translation>
    </message>
    <message>
        <source>Het aantal open GGZ-casussen (collaborative care) op de laatste dag van het jaar.</source>
        <translation>The number of open GGZ cases (collaborative care) on the last day of the year.</translation>
    </message>
    <message>
        <source>De open GGZ-casussen op de laatste dag van het jaar per 1.000 ingeschreven patiënten.</source>
        <translation>The open GGZ cases on the last day of the year per 1,000 registered patients.</translation>
    </message>
    <message>
        <source>Het aantal GGZ-casussen dat in het jaar begon.</source>
        <translation>The number of GGZ cases that started in the year.</translation>
    </message>
    <message>
        <source>Het deel van de open casussen met een recent contact (aan het eind van het jaar).</source>
        <translation>The proportion of open cases with a recent contact (at the end of the year).</translation>
    </message>
    <message>
        <source>Van de casussen die in het jaar begonnen en al 12 weken liepen: het deel met respons.</source>
        <translation>Of the cases that started in the year and had been running for 12 weeks: the proportion with a response.</translation>
    </message>
    <message>
        <source>Van de casussen die in het jaar begonnen en al 12 weken liepen: het deel in remissie.</source>
        <translation>Of the cases that started in the year and had been running for 12 weeks: the proportion in remission.</translation>
    </message>
    <message>
        <source>ingeschreven
patiënten</source>
        <translation>registered
patients</translation>
    </message>
    <message>
        <source>gesprekken</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>gesprekken
per 1.000
patiënten</source>
        <translation>conversations
per 1,000
patients</translation>
    </message>
    <message>
        <source>patiënten
gesproken</source>
        <translation>patients
seen</translation>
    </message>
    <message>
        <source>met vervolg-
gesprek</source>
        <translation>with follow-
up</translation>
    </message>
    <message>
        <source>gem. score-
verandering</source>
        <translation>avg. score
change</translation>
    </message>
    <message>
        <source>actieve
casussen
(eind jaar)</source>
        <translation>active
cases
(year end)</translation>
    </message>
    <message>
        <source>caseload
per 1.000
patiënten</source>
        <translation>caseload
per 1,000
patients</translation>
    </message>
    <message>
        <source>nieuwe
casussen</source>
        <translation>new
cases</translation>
    </message>
    <message>
        <source>gecontac-
teerd</source>
        <translation>contac-
ted</translation>
    </message>
    <message>
        <source>respons na
12 weken</source>
        <translation>response at
12 weeks</translation>
    </message>
    <message>
        <source>remissie na
12 weken</source>
        <translation>remission at
12 weeks</translation>
    </message>
</context>
<context>
    <name>SideBySideModel</name>
    <message>
        <source>Groep (mediaan)</source>
        <translation>Group (median)</translation>
    </message>
    <message>
        <source>Per kolom het middelste getal van de praktijken met een bekend getal</source>
        <translation>For each column, the middle value of the practices with a known value</translation>
    </message>
    <message>
        <source> (uw praktijk)</source>
        <translation> (your practice)</translation>
    </message>
    <message>
        <source>Uw eigen praktijk</source>
        <translation>Your own practice</translation>
    </message>
    <message>
        <source>Bestand van {0} tot en met {1}</source>
        <translation>File from {0} to {1}</translation>
    </message>
    <message>
        <source>* Het bestand beslaat niet het hele jaar.</source>
        <translation>* The file does not cover the whole year.</translation>
    </message>
    <message>
        <source>onderdrukt</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <source>Onderdrukt: een klein aantal waarop dit getal berust, is niet gedeeld.</source>
        <translation>Suppressed: this figure is based on a small number that has not been shared.</translation>
    </message>
    <message>
        <source>Niet bekend voor dit jaar.</source>
        <translation>Not known for this year.</translation>
    </message>
    <message>
        <source>(mediaan van {0} van de {1} praktijken)</source>
        <translation>(median of {0} of the {1} practices)</translation>
    </message>
</context>
<context>
    <name>SideBySidePage</name>
    <message>
        <source>Naast elkaar</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>De cijfers van gesprekken en GGZ-casussen van elke praktijk over één jaar, naast elkaar. Dit is geen ranglijst: de praktijken staan op naam. Klik op een kolomkop om op dat getal te sorteren; een derde klik zet de volgorde terug.</source>
        <translation>The conversation and GGZ case figures of each practice for one year, side by side. This is not a ranking: the practices are listed by name. Click a column header to sort by that figure; a third click restores the order.</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Cijfers per praktijk</source>
        <translation>Figures by practice</translation>
    </message>
    <message>
        <source>Cijfers per &amp;praktijk</source>
        <translation>Figures by &amp;practice</translation>
    </message>
    <message>
        <source>— niet bekend · onderdrukt: berust op een klein aantal dat de praktijk niet deelt</source>
        <translation>— not known · suppressed: based on a small number that the practice does not share</translation>
    </message>
    <message>
        <source>{0} (deel van het jaar)</source>
        <translation>{0} (part of the year)</translation>
    </message>
    <message>
        <source> (ze lopen tot en met {0})</source>
        <translation> (they run up to and including {0})</translation>
    </message>
    <message>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <source>* Alleen een deel van {0}: geen van de bestanden beslaat het hele jaar{1}. De aantallen zijn daardoor lager dan over een heel jaar.</source>
        <translation>* Only part of {0}: none of the files covers the whole year{1}. The numbers are therefore lower than over a full year.</translation>
    </message>
    <message>
        <source>{0} (bestand t/m {1})</source>
        <translation>{0} (file up to {1})</translation>
    </message>
    <message>
        <source>* Alleen een deel van {0}: {1}. Het bestand van deze praktijken beslaat niet het hele jaar, dus hun aantallen zijn lager dan over een heel jaar en niet goed te vergelijken met die van de andere praktijken.</source>
        <translation>* Only part of {0}: {1}. The files of these practices do not cover the whole year, so their numbers are lower than over a full year and cannot be properly compared with those of the other practices.</translation>
    </message>
    <message>
        <source>Nog geen praktijken ingelezen. Zodra de exports van de praktijken in dit zorggroepbestand zijn samengevoegd, staan hier hun cijfers naast elkaar.</source>
        <translation>No practices imported yet. Once the practices&apos; exports have been merged into this zorggroep file, their figures appear here side by side.</translation>
    </message>
    <message>
        <source>Lees eerst een benchmarkpakket van de zorggroep in (Zorggroep-export → Benchmarkpakket inlezen…).</source>
        <translation>First import a benchmark pack from the zorggroep (Zorggroep export → Import benchmark pack…).</translation>
    </message>
    <message>
        <source>De ingelezen praktijken hebben geen cijfers over gesprekken of GGZ-casussen doorgegeven.</source>
        <translation>The imported practices have not supplied any figures on conversations or GGZ cases.</translation>
    </message>
    <message>
        <source>Het benchmarkpakket van de zorggroep bevat geen cijfers over gesprekken of GGZ-casussen om naast elkaar te zetten.</source>
        <translation>The zorggroep&apos;s benchmark pack contains no figures on conversations or GGZ cases to put side by side.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Statusregel corrigeren</source>
        <translation>Correct status row</translation>
    </message>
    <message>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>U corrigeert de regel &apos;{0}&apos; per {1}. De oude regel blijft in de geschiedenis zichtbaar als gecorrigeerd.</source>
        <translation>You are correcting the row &apos;{0}&apos; as of {1}. The old row remains visible in the history as corrected.</translation>
    </message>
    <message>
        <source>Huidige status: {0}. Vul de datum in waarop de nieuwe status ingaat. Die mag in het verleden liggen als u iets achteraf vastlegt.</source>
        <translation>Current status: {0}. Enter the date on which the new status takes effect. It may be in the past if you are recording something retrospectively.</translation>
    </message>
    <message>
        <source>bijvoorbeeld: geen capaciteit, geen effect</source>
        <translation>for example: no capacity, no effect</translation>
    </message>
    <message>
        <source>Bijvoorbeeld wat er besloten is, of waarom een stap terug nodig was</source>
        <translation>For example, what was decided, or why a step back was needed</translation>
    </message>
    <message>
        <source>Nieuwe &amp;status:</source>
        <translation>New &amp;status:</translation>
    </message>
    <message>
        <source>&amp;Ingangsdatum:</source>
        <translation>&amp;Effective date:</translation>
    </message>
    <message>
        <source>&amp;Reden van stoppen:</source>
        <translation>&amp;Reason for stopping:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Vul de reden van stoppen in.</source>
        <translation>Enter the reason for stopping.</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>— geen status</source>
        <translation>— no status</translation>
    </message>
    <message>
        <source>· maatwerk: aangepast aan de eigen praktijk</source>
        <translation>· local adaptation: adapted to the practice itself</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Kleuren van de statussen: {0}</source>
        <translation>Status colours: {0}</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Drempels van de caseload</source>
        <translation>Caseload thresholds</translation>
    </message>
    <message>
        <source>Deze drempels bepalen wat de caseloadlijst laat zien: wanneer een casus &apos;niet verbeterd&apos; is en met de psychiater besproken moet worden, wanneer het contact verlopen is, en vanaf wanneer een daling telt als respons of remissie. Ze gelden voor de hele praktijk. De standaardwaarden volgen de collaborative-care-aanpak.</source>
        <translation>These thresholds determine what the caseload list shows: when a case is &apos;not improved&apos; and should be discussed with the psychiatrist, when contact is overdue, and from what point a decrease counts as response or remission. They apply to the whole practice. The default values follow the Collaborative care approach.</translation>
    </message>
    <message>
        <source>{0} t/m {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>S&amp;tandaardwaarden</source>
        <translation>Res&amp;tore defaults</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Nog geen statussen vastgelegd. Wijzig de status van een interventie om de tijdlijn te vullen.</source>
        <translation>No statuses recorded yet. Change the status of an intervention to fill the timeline.</translation>
    </message>
    <message>
        <source>Tijdlijn: de status van elke interventie door de tijd</source>
        <translation>Timeline: the status of each intervention over time</translation>
    </message>
    <message>
        <source>geen balk: nog niet gestart</source>
        <translation>no bar: not started yet</translation>
    </message>
    <message>
        <source>sinds {start}</source>
        <translation>since {start}</translation>
    </message>
    <message>
        <source>van {start} t/m {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>Verloop PHQ-9 en GAD-7</source>
        <translation>PHQ-9 and GAD-7 over time</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>Nog geen PHQ-9 of GAD-7 gemeten. Voeg een meting toe om het verloop te zien.</source>
        <translation>No PHQ-9 or GAD-7 measured yet. Add a measurement to see the course over time.</translation>
    </message>
    <message>
        <source>psychiater</source>
        <translation>psychiatrist</translation>
    </message>
    <message>
        <source>achtergrond: ernst volgens de PHQ-9</source>
        <translation>background: severity according to the PHQ-9</translation>
    </message>
    <message>
        <source>{instrument} op {day}: {total} ({band})</source>
        <translation>{instrument} on {day}: {total} ({band})</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Nog geen verwijzingen. Lees een export uit het HIS in via Importeren… op het tabblad Imports.</source>
        <translation>No referrals yet. Import an export from the HIS via Import… on the Imports tab.</translation>
    </message>
    <message>
        <source>Trend van de verwijzingen</source>
        <translation>Referral trend</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>per 1.000 patiënten per {0}</source>
        <translation>per 1,000 patients per {0}</translation>
    </message>
    <message>
        <source>verwijzingen per 1.000 patiënten per {0}</source>
        <translation>referrals per 1,000 patients per {0}</translation>
    </message>
    <message>
        <source>gemiddelde</source>
        <translation>average</translation>
    </message>
    <message>
        <source>grenzen van de gewone variatie</source>
        <translation>limits of common-cause variation</translation>
    </message>
    <message>
        <source>bijzondere variatie: zorgpunt</source>
        <translation>special-cause variation: concern</translation>
    </message>
    <message>
        <source>bijzondere variatie: verbetering</source>
        <translation>special-cause variation: improvement</translation>
    </message>
    <message>
        <source>verwacht (referentietabel)</source>
        <translation>expected (reference table)</translation>
    </message>
    <message>
        <source>start interventie</source>
        <translation>intervention start</translation>
    </message>
    <message>
        <source>geïmplementeerd (✓)</source>
        <translation>implemented (✓)</translation>
    </message>
    <message>
        <source>gestart op {0}</source>
        <translation>started on {0}</translation>
    </message>
    <message>
        <source>geïmplementeerd op {0}</source>
        <translation>implemented on {0}</translation>
    </message>
    <message>
        <source>1 verwijzing</source>
        <translation>1 referral</translation>
    </message>
    <message>
        <source>{0} verwijzingen</source>
        <translation>{0} referrals</translation>
    </message>
    <message>
        <source>{0} per 1.000 patiënten (praktijk: {1} patiënten)</source>
        <translation>{0} per 1,000 patients (practice: {1} patients)</translation>
    </message>
    <message>
        <source>verwacht: {0} per 1.000</source>
        <translation>expected: {0} per 1,000</translation>
    </message>
    <message>
        <source>gemiddelde {0}; grenzen {1} tot {2}</source>
        <translation>average {0}; limits {1} to {2}</translation>
    </message>
    <message>
        <source>bijzondere variatie ({0}): {1}</source>
        <translation>special-cause variation ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>TrendTab</name>
    <message>
        <source>Welke interventies als lijn in de grafiek staan</source>
        <translation>Which interventions appear as a line in the chart</translation>
    </message>
    <message>
        <source>Opnieuw bere&amp;kenen vanaf start interventie</source>
        <translation>&amp;Recalculate from start of intervention</translation>
    </message>
    <message>
        <source>Het gemiddelde en de grenzen opnieuw berekenen vanaf de start van elke interventie in de grafiek: zo ziet u of het niveau daarna veranderd is.</source>
        <translation>Recalculate the mean and the limits from the start of each intervention in the chart: this shows whether the level changed afterwards.</translation>
    </message>
    <message>
        <source>&amp;Specialisme of groep:</source>
        <translation>&amp;Specialism or group:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>Alle interventies</source>
        <translation>All interventions</translation>
    </message>
    <message>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Interventies: geen</source>
        <translation>Interventions: none</translation>
    </message>
    <message>
        <source>Interventies: {0}</source>
        <translation>Interventions: {0}</translation>
    </message>
    <message>
        <source>Interventies: {0} gekozen</source>
        <translation>Interventions: {0} selected</translation>
    </message>
    <message>
        <source>Het aantal ingeschreven patiënten is onbekend, dus PlusDesk kan geen verwijzingen per 1.000 patiënten berekenen. Vul de praktijkomvang in via Praktijkomvang… op het tabblad O/E-overzicht.</source>
        <translation>The number of registered patients is unknown, so PlusDesk cannot calculate referrals per 1,000 patients. Enter the practice size via Practice size… on the O/E overview tab.</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <source>kwartalen</source>
        <translation>quarters</translation>
    </message>
    <message>
        <source>Geen bijzondere variatie in de laatste {0} {1}: de schommelingen passen bij het gewone patroon.</source>
        <translation>No special-cause variation in the last {0} {1}: the fluctuations fit the usual pattern.</translation>
    </message>
    <message>
        <source>Bijzondere variatie in de laatste {0} {1}: {2}.</source>
        <translation>Special-cause variation in the last {0} {1}: {2}.</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Verwijzingen per 1.000 ingeschreven patiënten per jaar: elke praktijk als dunne lijn, de groep als dikke lijn, en één praktijk uitgelicht.</source>
        <translation>Referrals per 1,000 registered patients per year: each practice as a thin line, the group as a thick line, and one practice highlighted.</translation>
    </message>
    <message>
        <source>&amp;Specialisme of groep:</source>
        <translation>&amp;Specialism or group:</translation>
    </message>
    <message>
        <source>&amp;Praktijk om uit te lichten:</source>
        <translation>&amp;Practice to highlight:</translation>
    </message>
    <message>
        <source>Geen verwijzingscijfers per jaar in dit bestand. Die staan alleen in de werkruimte van de zorggroep: een benchmarkpakket bevat ze niet. De Funnelplot laat wel zien hoe de praktijken zich tot hun verwachting verhouden.</source>
        <translation>No annual referral figures in this file. They are only in the zorggroep&apos;s workspace: a benchmark pack does not contain them. The Funnel plot does show how the practices compare with their expected numbers.</translation>
    </message>
    <message>
        <source>De groepslijn is het gewogen gemiddelde: alle verwijzingen van de praktijken met bekende cijfers gedeeld door al hun ingeschreven patiënten. Alleen volledige jaren tellen mee.</source>
        <translation>The group line is the weighted average: all referrals of the practices with known figures divided by all their registered patients. Only full years are counted.</translation>
    </message>
    <message>
        <source>Eén praktijkjaar is weggelaten omdat het aantal verwijzingen is onderdrukt.</source>
        <translation>One practice-year has been left out because the number of referrals is suppressed.</translation>
    </message>
    <message>
        <source>{0} praktijkjaren zijn weggelaten omdat het aantal verwijzingen is onderdrukt.</source>
        <translation>{0} practice-years have been left out because the number of referrals is suppressed.</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Statusregel ongedaan maken</source>
        <translation>Undo status row</translation>
    </message>
    <message>
        <source>De regel &apos;{0}&apos; per {1} ongedaan maken? De regel blijft zichtbaar in de geschiedenis, doorgestreept, met uw naam en de datum van vandaag.</source>
        <translation>Undo the row &apos;{0}&apos; as of {1}? The row remains visible in the history, struck through, with your name and today&apos;s date.</translation>
    </message>
    <message>
        <source>Dit is een correctie: ook de regel die zij verving, blijft dan ongeldig.</source>
        <translation>This is a correction: the row it replaced will then also remain invalid.</translation>
    </message>
    <message>
        <source>Waarom? (optioneel)</source>
        <translation>Why? (optional)</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Nieuwe gebruiker</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Gebruiker wijzigen</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Account is actief (kan inloggen)</source>
        <translation>Account is active (can log in)</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laatst ingelogd</source>
        <translation>Last signed in</translation>
    </message>
    <message>
        <source>Gebruikers – PlusDesk</source>
        <translation>Users – PlusDesk</translation>
    </message>
    <message>
        <source>Iedereen die PlusDesk gebruikt heeft een eigen account, zodat het auditlog laat zien wie wat heeft ingezien of gewijzigd. Accounts worden niet verwijderd maar uitgeschakeld: het auditlog blijft naar hen verwijzen.</source>
        <translation>Everyone who uses PlusDesk has their own account, so that the audit log shows who viewed or changed what. Accounts are not deleted but disabled: the audit log continues to refer to them.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe gebruiker…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>Wij&amp;zigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Nieuw &amp;wachtwoord…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>uitgeschakeld</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>vergrendeld tot {0}</source>
        <translation>locked until {0}</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>YearTableDialog</name>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Sjabloon opslaan…</source>
        <translation>&amp;Save template…</translation>
    </message>
    <message>
        <source>Een voorbeeldbestand (CSV) om in te vullen</source>
        <translation>A sample file (CSV) to fill in</translation>
    </message>
    <message>
        <source>Uit sjabloon &amp;inlezen…</source>
        <translation>&amp;Import from template…</translation>
    </message>
    <message>
        <source>Met uw rol kunt u deze cijfers bekijken, niet wijzigen.</source>
        <translation>With your role you can view these figures, but not change them.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>De cijfers voor {0} zijn nog niet opgeslagen. Wilt u ze nu opslaan?</source>
        <translation>The figures for {0} have not been saved yet. Do you want to save them now?</translation>
    </message>
    <message>
        <source>Sjabloon opslaan</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Het sjabloon kan niet worden opgeslagen ({0}).</source>
        <translation>The template cannot be saved ({0}).</translation>
    </message>
    <message>
        <source>Sjabloon opgeslagen als {0}. Vul het in, bijvoorbeeld in Excel, en lees het in met &apos;Uit sjabloon inlezen…&apos;.</source>
        <translation>Template saved as {0}. Fill it in, for example in Excel, and import it with &apos;Import from template…&apos;.</translation>
    </message>
    <message>
        <source>Sjabloon inlezen</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>CSV- of Excel-bestanden (*.csv *.xlsx);;Alle bestanden (*)</source>
        <translation>CSV or Excel files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>{0} regels uit &apos;{1}&apos; ingelezen en opgeslagen.</source>
        <translation>{0} rows imported from &apos;{1}&apos; and saved.</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>jaar {n}</source>
        <translation>year {n}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>PlusDesk – er ging iets mis</source>
        <translation>PlusDesk – something went wrong</translation>
    </message>
    <message>
        <source>Er is geen goede back-up gevonden. Neem contact op met uw ICT-beheerder; het bestand is niet gewijzigd.</source>
        <translation>No good backup was found. Please contact your IT administrator; the file has not been changed.</translation>
    </message>
    <message>
        <source>
Die back-up bevat {0} ({1} auditregels).</source>
        <translation>
That backup contains {0} ({1} audit rows).</translation>
    </message>
    <message>
        <source>Gegevensbestand beschadigd – PlusDesk</source>
        <translation>Data file damaged – PlusDesk</translation>
    </message>
    <message>
        <source>{0}

De nieuwste goede back-up is van {1}.{2}

Deze back-up terugzetten? Wat na dat moment is ingevoerd, moet opnieuw worden ingevoerd. Het beschadigde bestand wordt als kopie bewaard.</source>
        <translation>{0}

The most recent good backup is from {1}.{2}

Restore this backup? Anything entered after that moment will have to be entered again. The damaged file is kept as a copy.</translation>
    </message>
    <message>
        <source>Back-up teruggezet – PlusDesk</source>
        <translation>Backup restored – PlusDesk</translation>
    </message>
    <message>
        <source>De back-up van {0} is teruggezet. Het beschadigde bestand is bewaard als:
{1}</source>
        <translation>The backup from {0} has been restored. The damaged file has been kept as:
{1}</translation>
    </message>
    <message>
        <source>Bestand op een netwerkschijf – PlusDesk</source>
        <translation>File on a network drive – PlusDesk</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; staat op een netwerkschijf. SQLite raadt dat af: als de verbinding wegvalt, kan het bestand beschadigen. PlusDesk werkt daarom voorzichtiger: zolang PlusDesk dit bestand open heeft, kan niemand anders het openen. Zet het bestand bij voorkeur op de eigen schijf van de praktijkcomputer en kies de netwerkschijf als map voor de back-ups.</source>
        <translation>&apos;{0}&apos; is on a network drive. SQLite advises against this: if the connection drops, the file can become damaged. PlusDesk therefore works more cautiously: while PlusDesk has this file open, nobody else can open it. Preferably put the file on the practice computer&apos;s own drive and choose the network drive as the folder for the backups.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>zorgpunt</source>
        <translation>concern</translation>
    </message>
    <message>
        <source>verbetering</source>
        <translation>improvement</translation>
    </message>
    <message>
        <source>{0}e kwartaal {1}</source>
        <translation>Q{0} {1}</translation>
    </message>
    <message>
        <source> kwartaal</source>
        <translation> quarter</translation>
    </message>
    <message>
        <source>{0} t/m {1}</source>
        <translation>{0} to {1}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Kies een jaar van {first} tot en met {last}; {year} kan niet.</source>
        <translation>Choose a year from {first} to {last}; {year} is not possible.</translation>
    </message>
    <message>
        <source>Dit bestand heeft nog geen praktijk; er is niets om te rapporteren.</source>
        <translation>This file has no practice yet; there is nothing to report.</translation>
    </message>
    <message>
        <source>Inloggen</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Inloggen mislukt</source>
        <translation>Log-in failed</translation>
    </message>
    <message>
        <source>Uitloggen</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Scherm vergrendeld</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Scherm ontgrendeld</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Inzien</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Gebruikersbeheer</source>
        <translation>User management</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>gelukt</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>gebruiker</source>
        <translation>user</translation>
    </message>
    <message>
        <source>casus</source>
        <translation>case</translation>
    </message>
    <message>
        <source>drempels caseload</source>
        <translation>caseload thresholds</translation>
    </message>
    <message>
        <source>gesprek</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>interventie</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>patiënt</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>verwijzing</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>praktijkomvang</source>
        <translation>practice size</translation>
    </message>
    <message>
        <source>Vektis-cijfers</source>
        <translation>Vektis figures</translation>
    </message>
    <message>
        <source>referentiecijfers</source>
        <translation>reference rates</translation>
    </message>
    <message>
        <source>auditlog</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>back-up</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>catalogus</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>codegroep</source>
        <translation>code group</translation>
    </message>
    <message>
        <source>praktijk</source>
        <translation>practice</translation>
    </message>
    <message>
        <source>sessie</source>
        <translation>session</translation>
    </message>
    <message>
        <source>gegevensbestand</source>
        <translation>data file</translation>
    </message>
    <message>
        <source>praktijkrapport</source>
        <translation>practice report</translation>
    </message>
    <message>
        <source>Auditregel(s) {first} t/m {last} ontbreken (verwijderd).</source>
        <translation>Audit row(s) {first} to {last} are missing (deleted).</translation>
    </message>
    <message>
        <source>Auditregel {row} sluit niet aan op de regel ervoor (keten verbroken).</source>
        <translation>Audit row {row} does not follow on from the row before it (chain broken).</translation>
    </message>
    <message>
        <source>Auditregel {row} is achteraf gewijzigd.</source>
        <translation>Audit row {row} was changed afterwards.</translation>
    </message>
    <message>
        <source>De beveiliging &apos;{guard}&apos; van het auditlog is verwijderd; het log kan dan ongemerkt zijn aangepast.</source>
        <translation>The audit log&apos;s safeguard &apos;{guard}&apos; has been removed; the log may then have been altered unnoticed.</translation>
    </message>
    <message>
        <source>De laatste auditregel(s) {first} t/m {last} ontbreken (verwijderd).</source>
        <translation>The last audit row(s) {first} to {last} are missing (deleted).</translation>
    </message>
    <message>
        <source>Kan &apos;{path}&apos; niet schrijven: {reason}. Er is niets geëxporteerd.</source>
        <translation>Cannot write &apos;{path}&apos;: {reason}. Nothing has been exported.</translation>
    </message>
    <message>
        <source>systeem</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Bij afsluiten</source>
        <translation>On closing</translation>
    </message>
    <message>
        <source>Automatisch</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Handmatig</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Voor bijwerken</source>
        <translation>Before update</translation>
    </message>
    <message>
        <source>Voor terugzetten</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>PlusDesk kan de back-upmap &apos;{folder}&apos; niet aanmaken. Controleer of u daar schrijfrechten heeft, of kies een andere back-upmap.</source>
        <translation>PlusDesk cannot create the backup folder &apos;{folder}&apos;. Please check that you have write permission there, or choose another backup folder.</translation>
    </message>
    <message>
        <source>De back-upmap &apos;{folder}&apos; is niet bereikbaar. Is de USB-stick of de netwerkschijf aangesloten? Kies anders een andere back-upmap. Er is niets gewijzigd.</source>
        <translation>The backup folder &apos;{folder}&apos; cannot be reached. Is the USB stick or the network drive connected? Otherwise, choose another backup folder. Nothing has been changed.</translation>
    </message>
    <message>
        <source>PlusDesk mag niet schrijven in de back-upmap &apos;{folder}&apos;. Controleer of u daar schrijfrechten heeft, of kies een andere back-upmap. Er is niets gewijzigd.</source>
        <translation>PlusDesk may not write to the backup folder &apos;{folder}&apos;. Please check that you have write permission there, or choose another backup folder. Nothing has been changed.</translation>
    </message>
    <message>
        <source>De back-up &apos;{path}&apos; bestaat niet of is niet leesbaar.</source>
        <translation>The backup &apos;{path}&apos; does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>De back-up is niet gemaakt: bij de controle van de kopie vond SQLite fouten. Mogelijk is &apos;{name}&apos; zelf beschadigd; zet dan een eerdere back-up terug.</source>
        <translation>The backup was not made: SQLite found errors when checking the copy. &apos;{name}&apos; itself may be damaged; if so, restore an earlier backup.</translation>
    </message>
    <message>
        <source>De back-up kon niet worden geschreven in &apos;{folder}&apos;. Is de schijf vol, of is de USB-stick of netwerkschijf losgekoppeld? Het gegevensbestand is niet gewijzigd.</source>
        <translation>The backup could not be written to &apos;{folder}&apos;. Is the disk full, or has the USB stick or network drive been disconnected? The data file has not been changed.</translation>
    </message>
    <message>
        <source>PlusDesk moet &apos;{name}&apos; bijwerken voor deze versie en maakt daarvoor eerst een back-up, maar dat lukte niet. {cause}</source>
        <translation>PlusDesk has to update &apos;{name}&apos; for this version and first makes a backup, but that did not succeed. {cause}</translation>
    </message>
    <message>
        <source>De {label} ligt vóór de start van de casus ({start:%d-%m-%Y}).</source>
        <translation>The {label} is before the start of the case ({start:%d-%m-%Y}).</translation>
    </message>
    <message>
        <source>Vul alle {count} vragen van de {instrument} in (0–3), of alleen het totaal.</source>
        <translation>Fill in all {count} questions of the {instrument} (0–3), or only the total.</translation>
    </message>
    <message>
        <source>vraag {number} van de {instrument}</source>
        <translation>question {number} of the {instrument}</translation>
    </message>
    <message>
        <source>{instrument}-totaal</source>
        <translation>{instrument} total</translation>
    </message>
    <message>
        <source>Het totaal {total} klopt niet met de vragen (samen {items_total}).</source>
        <translation>The total {total} does not match the questions (which add up to {items_total}).</translation>
    </message>
    <message>
        <source>{instrument}-score</source>
        <translation>{instrument} score</translation>
    </message>
    <message>
        <source>startdatum</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>Kies de casemanager.</source>
        <translation>Choose the case manager.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen gebruiker van deze praktijk.</source>
        <translation>&apos;{name}&apos; is not a user of this practice.</translation>
    </message>
    <message>
        <source>Kies de aanmeldklacht.</source>
        <translation>Choose the presenting complaint.</translation>
    </message>
    <message>
        <source>toelichting</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Beschrijf de aanmeldklacht bij &apos;anders&apos;.</source>
        <translation>Describe the presenting complaint when choosing &apos;other&apos;.</translation>
    </message>
    <message>
        <source>contactdatum</source>
        <translation>contact date</translation>
    </message>
    <message>
        <source>Kies het soort contact.</source>
        <translation>Choose the type of contact.</translation>
    </message>
    <message>
        <source>duur in minuten</source>
        <translation>duration in minutes</translation>
    </message>
    <message>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <source>meetdatum</source>
        <translation>measurement date</translation>
    </message>
    <message>
        <source>Kies PHQ-9 of GAD-7.</source>
        <translation>Choose PHQ-9 or GAD-7.</translation>
    </message>
    <message>
        <source>Vul de {instrument}-score in.</source>
        <translation>Fill in the {instrument} score.</translation>
    </message>
    <message>
        <source>datum van het consult</source>
        <translation>date of the consultation</translation>
    </message>
    <message>
        <source>naam van de psychiater</source>
        <translation>name of the psychiatrist</translation>
    </message>
    <message>
        <source>Kies de conclusie van het consult.</source>
        <translation>Choose the conclusion of the consultation.</translation>
    </message>
    <message>
        <source>Kies welke sociale oorzaak.</source>
        <translation>Choose which social cause.</translation>
    </message>
    <message>
        <source>advies</source>
        <translation>advice</translation>
    </message>
    <message>
        <source>Kies een bestaande route.</source>
        <translation>Choose an existing route.</translation>
    </message>
    <message>
        <source>Kies voor welk probleem het sociaal domein helpt.</source>
        <translation>Choose which problem the social domain helps with.</translation>
    </message>
    <message>
        <source>datum van de route</source>
        <translation>date of the route</translation>
    </message>
    <message>
        <source>datum van het terugvalpreventieplan</source>
        <translation>date of the relapse prevention plan</translation>
    </message>
    <message>
        <source>datum van afsluiten</source>
        <translation>closing date</translation>
    </message>
    <message>
        <source>Kies waarom de casus wordt afgesloten.</source>
        <translation>Choose why the case is being closed.</translation>
    </message>
    <message>
        <source>Licht toe waarom de casus wordt afgesloten.</source>
        <translation>Explain why the case is being closed.</translation>
    </message>
    <message>
        <source>De route ligt na het afsluiten van de casus.</source>
        <translation>The route is dated after the case was closed.</translation>
    </message>
    <message>
        <source>somberheid</source>
        <translation>low mood</translation>
    </message>
    <message>
        <source>angst</source>
        <translation>anxiety</translation>
    </message>
    <message>
        <source>somberheid en angst</source>
        <translation>low mood and anxiety</translation>
    </message>
    <message>
        <source>overspanning of burn-out</source>
        <translation>stress or burnout</translation>
    </message>
    <message>
        <source>rouw of verlies</source>
        <translation>grief or loss</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <source>spreekuur</source>
        <translation>surgery appointment</translation>
    </message>
    <message>
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>beeldbellen</source>
        <translation>video call</translation>
    </message>
    <message>
        <source>huisbezoek</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>minimaal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>matig</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>matig-ernstig</source>
        <translation>moderately severe</translation>
    </message>
    <message>
        <source>ernstig</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>psychische stoornis</source>
        <translation>mental disorder</translation>
    </message>
    <message>
        <source>geen stoornis — sociale oorzaak</source>
        <translation>no disorder — social cause</translation>
    </message>
    <message>
        <source>schulden of geldzorgen</source>
        <translation>debt or money worries</translation>
    </message>
    <message>
        <source>wonen</source>
        <translation>housing</translation>
    </message>
    <message>
        <source>werk of dagbesteding</source>
        <translation>work or daytime activities</translation>
    </message>
    <message>
        <source>relaties of gezin</source>
        <translation>relationships or family</translation>
    </message>
    <message>
        <source>eenzaamheid</source>
        <translation>loneliness</translation>
    </message>
    <message>
        <source>blijft in de huisartsenpraktijk</source>
        <translation>stays in general practice</translation>
    </message>
    <message>
        <source>sociaal domein</source>
        <translation>social domain</translation>
    </message>
    <message>
        <source>basis-GGZ</source>
        <translation>basic GGZ</translation>
    </message>
    <message>
        <source>specialistische GGZ</source>
        <translation>specialist GGZ</translation>
    </message>
    <message>
        <source>klachten afgenomen, doelen bereikt</source>
        <translation>symptoms reduced, goals reached</translation>
    </message>
    <message>
        <source>verwezen of overgedragen</source>
        <translation>referred or handed over</translation>
    </message>
    <message>
        <source>gestopt op verzoek van de patiënt</source>
        <translation>stopped at the patient&apos;s request</translation>
    </message>
    <message>
        <source>geen contact meer met de patiënt</source>
        <translation>no more contact with the patient</translation>
    </message>
    <message>
        <source>verhuisd of uitgeschreven</source>
        <translation>moved or deregistered</translation>
    </message>
    <message>
        <source>te bespreken</source>
        <translation>to discuss</translation>
    </message>
    <message>
        <source>niet verbeterd</source>
        <translation>not improved</translation>
    </message>
    <message>
        <source>contact verlopen</source>
        <translation>contact overdue</translation>
    </message>
    <message>
        <source>respons</source>
        <translation>response</translation>
    </message>
    <message>
        <source>remissie</source>
        <translation>remission</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>bespreken aangevraagd</source>
        <translation>discussion requested</translation>
    </message>
    <message>
        <source>zorgen over veiligheid</source>
        <translation>safety concern</translation>
    </message>
    <message>
        <source>nieuwe casus</source>
        <translation>new case</translation>
    </message>
    <message>
        <source>weken zonder respons tot bespreken</source>
        <translation>weeks without response before discussion</translation>
    </message>
    <message>
        <source>dagen zonder contact tot &apos;contact verlopen&apos;</source>
        <translation>days without contact before &apos;contact overdue&apos;</translation>
    </message>
    <message>
        <source>daling in % voor respons</source>
        <translation>drop in % for response</translation>
    </message>
    <message>
        <source>score waaronder remissie</source>
        <translation>score below which remission</translation>
    </message>
    <message>
        <source>{decision}: {cause}</source>
        <translation>{decision}: {cause}</translation>
    </message>
    <message>
        <source>{problem}: {note}</source>
        <translation>{problem}: {note}</translation>
    </message>
    <message>
        <source>{route} ({cause})</source>
        <translation>{route} ({cause})</translation>
    </message>
    <message>
        <source>Deze casus bestaat niet (meer); misschien is hij verwijderd.</source>
        <translation>This case does not exist (any more); perhaps it was deleted.</translation>
    </message>
    <message>
        <source>Patiënt {patient} heeft al een open casus sinds {date}. Open die casus, of sluit hem eerst af.</source>
        <translation>Patient {patient} has had an open case since {date}. Open that case, or close it first.</translation>
    </message>
    <message>
        <source>De startdatum kan niet na het eerste contact of de eerste meting liggen ({date}).</source>
        <translation>The start date cannot be after the first contact or the first measurement ({date}).</translation>
    </message>
    <message>
        <source>Er staat al een {instrument} op {date} bij deze casus.</source>
        <translation>This case already has a {instrument} on {date}.</translation>
    </message>
    <message>
        <source>Er is nog een contact, meting of consult op {date}, na deze datum.</source>
        <translation>There is still a contact, measurement or consultation on {date}, after this date.</translation>
    </message>
    <message>
        <source>Het terugvalpreventieplan ligt na het afsluiten van de casus.</source>
        <translation>The relapse prevention plan is dated after the case was closed.</translation>
    </message>
    <message>
        <source>Deze casus is geopend door een collega; alleen die collega of de praktijkmanager kan hem verwijderen.</source>
        <translation>This case was opened by a colleague; only that colleague or the practice manager can delete it.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>meting</source>
        <translation>measurement</translation>
    </message>
    <message>
        <source>consult psychiater</source>
        <translation>psychiatrist consultation</translation>
    </message>
    <message>
        <source>Deze {entry} bestaat niet (meer).</source>
        <translation>This {entry} does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze {entry} is vastgelegd door een collega; alleen die collega of de praktijkmanager kan hem verwijderen.</source>
        <translation>This {entry} was recorded by a colleague; only that colleague or the practice manager can delete it.</translation>
    </message>
    <message>
        <source>Deze casus is niet afgesloten.</source>
        <translation>This case is not closed.</translation>
    </message>
    <message>
        <source>Patiënt {patient} heeft inmiddels een andere open casus; twee open casussen voor één patiënt kan niet.</source>
        <translation>Patient {patient} now has another open case; one patient cannot have two open cases.</translation>
    </message>
    <message>
        <source>Deze casus is afgesloten per {date}. Heropen de casus om er iets aan toe te voegen.</source>
        <translation>This case was closed on {date}. Reopen the case to add anything to it.</translation>
    </message>
    <message>
        <source>de catalogus</source>
        <translation>the catalogue</translation>
    </message>
    <message>
        <source>Catalogusbestand ongeldig: {where} mist het veld &apos;{key}&apos;.</source>
        <translation>Invalid catalogue file: {where} is missing the field &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen geldig catalogusbestand (geen JSON).</source>
        <translation>&apos;{name}&apos; is not a valid catalogue file (not JSON).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen PlusDesk-catalogus.</source>
        <translation>&apos;{name}&apos; is not a PlusDesk catalogue.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; heeft catalogusformaat {version}; deze versie van PlusDesk kan catalogusformaat t/m {supported} lezen.</source>
        <translation>&apos;{name}&apos; has catalogue format {version}; this version of PlusDesk can read catalogue formats up to {supported}.</translation>
    </message>
    <message>
        <source>domein {number}</source>
        <translation>domain {number}</translation>
    </message>
    <message>
        <source>Catalogusbestand ongeldig: een domeincode komt dubbel voor.</source>
        <translation>Invalid catalogue file: a domain code occurs twice.</translation>
    </message>
    <message>
        <source>interventie {number}</source>
        <translation>intervention {number}</translation>
    </message>
    <message>
        <source>interventie {code}</source>
        <translation>intervention {code}</translation>
    </message>
    <message>
        <source>Catalogusbestand ongeldig: {where} hoort bij onbekend domein.</source>
        <translation>Invalid catalogue file: {where} belongs to an unknown domain.</translation>
    </message>
    <message>
        <source>Catalogusbestand ongeldig: de code &apos;{code}&apos; komt dubbel voor.</source>
        <translation>Invalid catalogue file: the code &apos;{code}&apos; occurs twice.</translation>
    </message>
    <message>
        <source>Catalogusbestand ongeldig: er staan geen interventies in.</source>
        <translation>Invalid catalogue file: it contains no interventions.</translation>
    </message>
    <message>
        <source>Kan het catalogusbestand &apos;{path}&apos; niet lezen: {reason}</source>
        <translation>Cannot read the catalogue file &apos;{path}&apos;: {reason}</translation>
    </message>
    <message>
        <source>De catalogus gebruikt de code &apos;{code}&apos;, die al een lokale interventie is.</source>
        <translation>The catalogue uses the code &apos;{code}&apos;, which is already a local intervention.</translation>
    </message>
    <message>
        <source>{count} interventies blijven staan; hun teksten worden bijgewerkt.</source>
        <translation>{count} interventions remain; their texts will be updated.</translation>
    </message>
    <message>
        <source>{count} nieuw: {codes}.</source>
        <translation>{count} new: {codes}.</translation>
    </message>
    <message>
        <source>{count} teruggezet: {codes}.</source>
        <translation>{count} restored: {codes}.</translation>
    </message>
    <message>
        <source>{count} vervallen: {interventions}. Wat de praktijk hierover vastlegde, blijft bewaard.</source>
        <translation>{count} retired: {interventions}. What the practice recorded about them is kept.</translation>
    </message>
    <message>
        <source>lichaamsfuncties</source>
        <translation>bodily functions</translation>
    </message>
    <message>
        <source>mentaal welbevinden</source>
        <translation>mental well-being</translation>
    </message>
    <message>
        <source>zingeving</source>
        <translation>meaning</translation>
    </message>
    <message>
        <source>kwaliteit van leven</source>
        <translation>quality of life</translation>
    </message>
    <message>
        <source>meedoen</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>dagelijks functioneren</source>
        <translation>daily functioning</translation>
    </message>
    <message>
        <source>gespreksdatum</source>
        <translation>conversation date</translation>
    </message>
    <message>
        <source>naam van de professional</source>
        <translation>name of the professional</translation>
    </message>
    <message>
        <source>Kies de rol van de professional.</source>
        <translation>Choose the professional&apos;s role.</translation>
    </message>
    <message>
        <source>Kies de reden van inclusie.</source>
        <translation>Choose the reason for inclusion.</translation>
    </message>
    <message>
        <source>andere reden</source>
        <translation>other reason</translation>
    </message>
    <message>
        <source>vraag achter de vraag</source>
        <translation>question behind the question</translation>
    </message>
    <message>
        <source>score voor {dimension}</source>
        <translation>score for {dimension}</translation>
    </message>
    <message>
        <source>Onbekende dimensie: {dimensions}.</source>
        <translation>Unknown dimension: {dimensions}.</translation>
    </message>
    <message>
        <source>Leg hoogstens {count} doelen vast.</source>
        <translation>Record at most {count} goals.</translation>
    </message>
    <message>
        <source>Beschrijf doel {number}, of maak de regel leeg.</source>
        <translation>Describe goal {number}, or clear the line.</translation>
    </message>
    <message>
        <source>doel {number}</source>
        <translation>goal {number}</translation>
    </message>
    <message>
        <source>vervolgdatum van doel {number}</source>
        <translation>follow-up date for goal {number}</translation>
    </message>
    <message>
        <source>De vervolgdatum van doel {number} ligt vóór het gesprek.</source>
        <translation>The follow-up date for goal {number} is before the conversation.</translation>
    </message>
    <message>
        <source>Onbekende afspraak.</source>
        <translation>Unknown agreement.</translation>
    </message>
    <message>
        <source>Kies &apos;geen&apos; óf een of meer afspraken, niet allebei.</source>
        <translation>Choose &apos;none&apos; or one or more agreements, not both.</translation>
    </message>
    <message>
        <source>Kies welke afspraken zijn gemaakt (zorg, sociaal domein, welzijn) of &apos;geen&apos;.</source>
        <translation>Choose which agreements were made (care, social domain, welfare) or &apos;none&apos;.</translation>
    </message>
    <message>
        <source>Kies naar welk specialisme een verwijzing is voorkomen.</source>
        <translation>Choose the specialism to which a referral was avoided.</translation>
    </message>
    <message>
        <source>Onbekend specialisme: {code}.</source>
        <translation>Unknown specialism: {code}.</translation>
    </message>
    <message>
        <source>datum van het volgende contact</source>
        <translation>date of the next contact</translation>
    </message>
    <message>
        <source>Het volgende contact ligt vóór dit gesprek.</source>
        <translation>The next contact is before this conversation.</translation>
    </message>
    <message>
        <source>hoge zorgkosten</source>
        <translation>high healthcare costs</translation>
    </message>
    <message>
        <source>kwetsbaar</source>
        <translation>vulnerable</translation>
    </message>
    <message>
        <source>frequente bezoeker</source>
        <translation>frequent attender</translation>
    </message>
    <message>
        <source>chronische aandoening verbetert niet</source>
        <translation>chronic condition not improving</translation>
    </message>
    <message>
        <source>huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>POH-S</source>
        <translation>POH-S</translation>
    </message>
    <message>
        <source>POH-GGZ</source>
        <translation>POH-GGZ</translation>
    </message>
    <message>
        <source>Lichaamsfuncties</source>
        <translation>Bodily functions</translation>
    </message>
    <message>
        <source>Mentaal welbevinden</source>
        <translation>Mental well-being</translation>
    </message>
    <message>
        <source>Zingeving</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Kwaliteit van leven</source>
        <translation>Quality of life</translation>
    </message>
    <message>
        <source>Meedoen</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Dagelijks functioneren</source>
        <translation>Daily functioning</translation>
    </message>
    <message>
        <source>zorg</source>
        <translation>care</translation>
    </message>
    <message>
        <source>welzijn</source>
        <translation>welfare</translation>
    </message>
    <message>
        <source>Patiënt</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>POH</source>
        <translation>POH</translation>
    </message>
    <message>
        <source>Naaste</source>
        <translation>Loved one</translation>
    </message>
    <message>
        <source>Sociaal team</source>
        <translation>Social team</translation>
    </message>
    <message>
        <source>Welzijn</source>
        <translation>Welfare</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>{reason}: {note}</translation>
    </message>
    <message>
        <source>Dit gesprek bestaat niet (meer); misschien is het al verwijderd.</source>
        <translation>This conversation does not exist (any more); perhaps it has already been deleted.</translation>
    </message>
    <message>
        <source>Dit gesprek is vastgelegd door een collega; alleen die collega of de praktijkmanager kan het wijzigen of verwijderen.</source>
        <translation>This conversation was recorded by a colleague; only that colleague or the practice manager can change or delete it.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; {why} Het bestand is niet gewijzigd.</source>
        <translation>&apos;{name}&apos; {why} The file has not been changed.</translation>
    </message>
    <message>
        <source>Kan &apos;{path}&apos; niet aanmaken: {reason}</source>
        <translation>Cannot create &apos;{path}&apos;: {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is beschadigd: SQLite vond fouten in het bestand. PlusDesk kan de nieuwste goede back-up terugzetten; het beschadigde bestand wordt dan apart bewaard.</source>
        <translation>&apos;{name}&apos; is damaged: SQLite found errors in the file. PlusDesk can restore the newest good backup; the damaged file is then kept separately.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is gemaakt met een nieuwere versie van PlusDesk (schemaversie {version}; deze versie kan t/m {readable} lezen). Installeer de nieuwste versie van PlusDesk om dit bestand te openen. Het bestand is niet gewijzigd.</source>
        <translation>&apos;{name}&apos; was made with a newer version of PlusDesk (schema version {version}; this version can read up to {readable}). Install the latest version of PlusDesk to open this file. The file has not been changed.</translation>
    </message>
    <message>
        <source>is een map, geen PlusDesk-bestand.</source>
        <translation>is a folder, not a PlusDesk file.</translation>
    </message>
    <message>
        <source>Kan &apos;{path}&apos; niet lezen: {reason}</source>
        <translation>Cannot read &apos;{path}&apos;: {reason}</translation>
    </message>
    <message>
        <source>is beschadigd of geen PlusDesk-bestand.</source>
        <translation>is damaged or not a PlusDesk file.</translation>
    </message>
    <message>
        <source>is een database van een ander programma, geen PlusDesk-bestand.</source>
        <translation>is a database of another program, not a PlusDesk file.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in gebruik op een andere computer of in een ander PlusDesk-venster. Sluit PlusDesk daar en probeer het opnieuw.</source>
        <translation>&apos;{name}&apos; is in use on another computer or in another PlusDesk window. Please close PlusDesk there and try again.</translation>
    </message>
    <message>
        <source>De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full; nothing has been saved. Please free up space and try again.</translation>
    </message>
    <message>
        <source>PlusDesk mag niet schrijven in &apos;{path}&apos;. Controleer of de map bestaat en of u er schrijfrechten heeft.</source>
        <translation>PlusDesk may not write to &apos;{path}&apos;. Please check that the folder exists and that you have write permission there.</translation>
    </message>
    <message>
        <source>Er ging iets mis met &apos;{name}&apos;; er is niets gewijzigd.</source>
        <translation>Something went wrong with &apos;{name}&apos;; nothing has been changed.</translation>
    </message>
    <message>
        <source>Het bijwerken van &apos;{name}&apos; naar schemaversie {version} is mislukt; het bestand is teruggezet zoals het was (versie {previous}).</source>
        <translation>Updating &apos;{name}&apos; to schema version {version} failed; the file has been put back as it was (version {previous}).</translation>
    </message>
    <message>
        <source>Het bestand &apos;{path}&apos; bestaat niet.</source>
        <translation>The file &apos;{path}&apos; does not exist.</translation>
    </message>
    <message>
        <source>is een database van een ander programma.</source>
        <translation>is a database of another program.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; bevat nog geen PlusDesk-gegevens.</source>
        <translation>&apos;{name}&apos; does not contain any PlusDesk data yet.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; komt van een oudere versie van PlusDesk. Open het eerst in PlusDesk, dan wordt het bijgewerkt (met een kopie van het oude bestand).</source>
        <translation>&apos;{name}&apos; comes from an older version of PlusDesk. Open it in PlusDesk first; it is then updated (with a copy of the old file).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; bestaat al; PlusDesk overschrijft geen bestaand bestand. Kies een andere bestandsnaam.</source>
        <translation>&apos;{path}&apos; already exists; PlusDesk does not overwrite an existing file. Please choose another file name.</translation>
    </message>
    <message>
        <source>Kan &apos;{path}&apos; niet opslaan: {reason}</source>
        <translation>Cannot save &apos;{path}&apos;: {reason}</translation>
    </message>
    <message>
        <source>De drempel moet een heel getal zijn.</source>
        <translation>The threshold must be a whole number.</translation>
    </message>
    <message>
        <source>De drempel moet tussen {low} en {high} liggen.</source>
        <translation>The threshold must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>{first} t/m {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Dit bestand heeft nog geen praktijk; vul eerst de praktijk in.</source>
        <translation>This file does not have a practice yet; fill in the practice first.</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Interventies</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Patiëntgerichte gesprekken</source>
        <translation>Patient-centred conversations</translation>
    </message>
    <message>
        <source>GGZ-casussen (collaborative care)</source>
        <translation>GGZ cases (collaborative care)</translation>
    </message>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>ingeschreven patiënten</source>
        <translation>registered patients</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>status sinds</source>
        <translation>status since</translation>
    </message>
    <message>
        <source>gestart op</source>
        <translation>started on</translation>
    </message>
    <message>
        <source>geïmplementeerd op</source>
        <translation>implemented on</translation>
    </message>
    <message>
        <source>maatwerk (1 = ja)</source>
        <translation>local adaptation (1 = yes)</translation>
    </message>
    <message>
        <source>randvoorwaarden voldaan</source>
        <translation>preconditions met</translation>
    </message>
    <message>
        <source>randvoorwaarden totaal</source>
        <translation>preconditions in total</translation>
    </message>
    <message>
        <source>gesprekken per maand</source>
        <translation>conversations per month</translation>
    </message>
    <message>
        <source>patiënten gesproken per maand</source>
        <translation>patients seen per month</translation>
    </message>
    <message>
        <source>gesprekken per jaar</source>
        <translation>conversations per year</translation>
    </message>
    <message>
        <source>patiënten gesproken per jaar</source>
        <translation>patients seen per year</translation>
    </message>
    <message>
        <source>patiënten met een vervolggesprek</source>
        <translation>patients with a follow-up conversation</translation>
    </message>
    <message>
        <source>gesprekken per aanleiding</source>
        <translation>conversations per reason</translation>
    </message>
    <message>
        <source>patiënten met eerste en laatste score</source>
        <translation>patients with a first and latest score</translation>
    </message>
    <message>
        <source>gemiddelde eerste score</source>
        <translation>average first score</translation>
    </message>
    <message>
        <source>gemiddelde laatste score</source>
        <translation>average latest score</translation>
    </message>
    <message>
        <source>gemiddelde verandering</source>
        <translation>average change</translation>
    </message>
    <message>
        <source>verwijzingen voorkomen</source>
        <translation>referrals avoided</translation>
    </message>
    <message>
        <source>actieve casussen aan het eind van de periode</source>
        <translation>active cases at the end of the period</translation>
    </message>
    <message>
        <source>daarvan recent contact</source>
        <translation>of which with recent contact</translation>
    </message>
    <message>
        <source>nieuwe casussen</source>
        <translation>new cases</translation>
    </message>
    <message>
        <source>afgesloten casussen</source>
        <translation>closed cases</translation>
    </message>
    <message>
        <source>contacten</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>casussen met een uitkomstmeting</source>
        <translation>cases with an outcome measurement</translation>
    </message>
    <message>
        <source>casussen per route</source>
        <translation>cases per route</translation>
    </message>
    <message>
        <source>psychiatrische besprekingen</source>
        <translation>psychiatric consultations</translation>
    </message>
    <message>
        <source>casussen besproken</source>
        <translation>cases discussed</translation>
    </message>
    <message>
        <source>besprekingen per besluit</source>
        <translation>consultations per decision</translation>
    </message>
    <message>
        <source>sociale oorzaak</source>
        <translation>social cause</translation>
    </message>
    <message>
        <source>verwijzingen per maand</source>
        <translation>referrals per month</translation>
    </message>
    <message>
        <source>verwijzingen per jaar</source>
        <translation>referrals per year</translation>
    </message>
    <message>
        <source>waargenomen (O)</source>
        <translation>observed (O)</translation>
    </message>
    <message>
        <source>verwacht (E)</source>
        <translation>expected (E)</translation>
    </message>
    <message>
        <source>O/E</source>
        <translation>O/E</translation>
    </message>
    <message>
        <source>O/E ondergrens 95 %</source>
        <translation>O/E lower limit 95%</translation>
    </message>
    <message>
        <source>O/E bovengrens 95 %</source>
        <translation>O/E upper limit 95%</translation>
    </message>
    <message>
        <source>bron van O en E</source>
        <translation>source of O and E</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; kan niet worden geopend: {error}</source>
        <translation>&apos;{name}&apos; cannot be opened: {error}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; bestaat niet of is geen bestand.</source>
        <translation>&apos;{name}&apos; does not exist or is not a file.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen PlusDesk-exportbestand (het is geen SQLite-bestand).</source>
        <translation>&apos;{name}&apos; is not a PlusDesk export file (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is beschadigd of onvolledig en is niet gebruikt ({error}).</source>
        <translation>&apos;{name}&apos; is damaged or incomplete and has not been used ({error}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is na het maken gewijzigd of beschadigd: de controlesom (SHA-256) klopt niet. Vraag de praktijk om het bestand opnieuw te maken.</source>
        <translation>&apos;{name}&apos; has been changed or damaged since it was created: the checksum (SHA-256) does not match. Ask the practice to create the file again.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen PlusDesk-exportbestand. Kies het .plusdesk-bestand dat PlusDesk bij Zorggroep-export heeft gemaakt.</source>
        <translation>&apos;{name}&apos; is not a PlusDesk export file. Choose the .plusdesk file that PlusDesk created under Zorggroep export.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen PlusDesk-exportbestand.</source>
        <translation>&apos;{name}&apos; is not a PlusDesk export file.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; heeft geen geldige formaatversie.</source>
        <translation>&apos;{name}&apos; does not have a valid format version.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is gemaakt met een nieuwere PlusDesk ({made_with}, formaatversie {version}); deze PlusDesk leest tot formaatversie {supported}. Werk PlusDesk bij en probeer het opnieuw.</source>
        <translation>&apos;{name}&apos; was created with a newer PlusDesk ({made_with}, format version {version}); this PlusDesk reads up to format version {supported}. Update PlusDesk and try again.</translation>
    </message>
    <message>
        <source>{first} of {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <source>onbekend soort bestand</source>
        <translation>unknown kind of file</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is een {found}; hier hoort een {wanted}.</source>
        <translation>&apos;{name}&apos; is the wrong kind of file ({found}); expected here: {wanted}.</translation>
    </message>
    <message>
        <source>praktijkexport</source>
        <translation>practice export</translation>
    </message>
    <message>
        <source>benchmarkpakket</source>
        <translation>benchmark pack</translation>
    </message>
    <message>
        <source>praktijken</source>
        <translation>practices</translation>
    </message>
    <message>
        <source>categorieen</source>
        <translation>categories</translation>
    </message>
    <message>
        <source>waarden</source>
        <translation>values</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is onvolledig: het manifest noemt {listed} regels ({what}), het bestand bevat er {found}.</source>
        <translation>&apos;{name}&apos; is incomplete: the manifest lists {listed} rows ({what}), the file contains {found}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; bevat onbekende indicatoren ({codes}) en is niet gebruikt.</source>
        <translation>&apos;{name}&apos; contains unknown indicators ({codes}) and has not been used.</translation>
    </message>
    <message>
        <source>stand</source>
        <translation>end of period</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>number</translation>
    </message>
    <message>
        <source>per 1.000</source>
        <translation>per 1,000</translation>
    </message>
    <message>
        <source>punten</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>GGZ</source>
        <translation>GGZ</translation>
    </message>
    <message>
        <source>gesprekken</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>gesprekken per 1.000 patiënten</source>
        <translation>conversations per 1,000 patients</translation>
    </message>
    <message>
        <source>patiënten gesproken</source>
        <translation>patients seen</translation>
    </message>
    <message>
        <source>met een vervolggesprek</source>
        <translation>with a follow-up conversation</translation>
    </message>
    <message>
        <source>gem. scoreverandering</source>
        <translation>avg. score change</translation>
    </message>
    <message>
        <source>actieve casussen (eind van het jaar)</source>
        <translation>active cases (end of the year)</translation>
    </message>
    <message>
        <source>caseload per 1.000 patiënten</source>
        <translation>caseload per 1,000 patients</translation>
    </message>
    <message>
        <source>gecontacteerd</source>
        <translation>contacted</translation>
    </message>
    <message>
        <source>respons na 12 weken</source>
        <translation>response after 12 weeks</translation>
    </message>
    <message>
        <source>remissie na 12 weken</source>
        <translation>remission after 12 weeks</translation>
    </message>
    <message>
        <source>onbekende indicatoren ({codes})</source>
        <translation>unknown indicators ({codes})</translation>
    </message>
    <message>
        <source>de map bestaat niet</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>puntkomma</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>verticale streep</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <source>UTF-8 met BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Het inlezen is afgebroken; er is niets opgeslagen.</source>
        <translation>The import was stopped; nothing has been saved.</translation>
    </message>
    <message>
        <source>Excel-werkmap (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>CSV, {encoding}, gescheiden door {delimiter}</source>
        <translation>CSV, {encoding}, separated by {delimiter}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is te groot om in te lezen (meer dan 2 GB).</source>
        <translation>&apos;{name}&apos; is too large to import (more than 2 GB).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is een map, geen bestand.</source>
        <translation>&apos;{path}&apos; is a folder, not a file.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; kan niet gelezen worden: {reason}.</source>
        <translation>&apos;{name}&apos; cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>In dit bestand zijn geen kolommen te herkennen: er staat geen puntkomma, komma of tab tussen de waarden.</source>
        <translation>No columns can be recognised in this file: there is no semicolon, comma or tab between the values.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is leeg.</source>
        <translation>&apos;{name}&apos; is empty.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen tekstbestand (CSV) en geen Excel-werkmap (XLSX).</source>
        <translation>&apos;{name}&apos; is neither a text file (CSV) nor an Excel workbook (XLSX).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen geldig CSV-bestand: {reason}</source>
        <translation>&apos;{name}&apos; is not a valid CSV file: {reason}</translation>
    </message>
    <message>
        <source>{count} regels gelezen</source>
        <translation>{count} rows read</translation>
    </message>
    <message>
        <source>Deze kolommen ontbreken in het bestand: {columns}</source>
        <translation>These columns are missing from the file: {columns}</translation>
    </message>
    <message>
        <source>regel {row} heeft {values} waarden, terwijl de kop {columns} kolommen heeft.</source>
        <translation>row {row} has {values} values, while the header has {columns} columns.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen leesbare Excel-werkmap ({error}).</source>
        <translation>&apos;{name}&apos; is not a readable Excel workbook ({error}).</translation>
    </message>
    <message>
        <source>Het eerste werkblad van &apos;{name}&apos; is leeg.</source>
        <translation>The first worksheet of &apos;{name}&apos; is empty.</translation>
    </message>
    <message>
        <source>De {label} is te lang (max. {max_length} tekens).</source>
        <translation>The {label} is too long (max. {max_length} characters).</translation>
    </message>
    <message>
        <source>naam van de verantwoordelijke</source>
        <translation>name of the person responsible</translation>
    </message>
    <message>
        <source>beschrijving van het maatwerk</source>
        <translation>description of the local adaptation</translation>
    </message>
    <message>
        <source>onderbouwing</source>
        <translation>rationale</translation>
    </message>
    <message>
        <source>De randvoorwaarde &apos;{code}&apos; bestaat niet (meer).</source>
        <translation>The precondition &apos;{code}&apos; does not exist (any more).</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>naam van de interventie</source>
        <translation>name of the intervention</translation>
    </message>
    <message>
        <source>beschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Kies het domein van de interventie.</source>
        <translation>Choose the domain of the intervention.</translation>
    </message>
    <message>
        <source>Er is al een interventie met de naam &apos;{title}&apos; ({code}).</source>
        <translation>There is already an intervention named &apos;{title}&apos; ({code}).</translation>
    </message>
    <message>
        <source>Alleen eigen interventies kunnen vervallen; een interventie uit de catalogus vervalt met een nieuwe catalogus van de zorggroep, of krijgt de status &apos;gestopt&apos;.</source>
        <translation>Only your own interventions can be retired; an intervention from the catalogue is retired by a new catalogue from the zorggroep, or gets the status &apos;stopped&apos;.</translation>
    </message>
    <message>
        <source>niet gestart</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>in voorbereiding</source>
        <translation>in preparation</translation>
    </message>
    <message>
        <source>gestart (pilot)</source>
        <translation>started (pilot)</translation>
    </message>
    <message>
        <source>geïmplementeerd</source>
        <translation>implemented</translation>
    </message>
    <message>
        <source>geborgd</source>
        <translation>embedded</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>De interventie &apos;{code}&apos; bestaat niet in dit bestand.</source>
        <translation>The intervention &apos;{code}&apos; does not exist in this file.</translation>
    </message>
    <message>
        <source>Kies een geldige status.</source>
        <translation>Choose a valid status.</translation>
    </message>
    <message>
        <source>ingangsdatum</source>
        <translation>effective date</translation>
    </message>
    <message>
        <source>reden van stoppen</source>
        <translation>reason for stopping</translation>
    </message>
    <message>
        <source>Deze statusregel kan niet meer worden gecorrigeerd: hij is al gecorrigeerd of ongedaan gemaakt.</source>
        <translation>This status row can no longer be corrected: it has already been corrected or undone.</translation>
    </message>
    <message>
        <source>De correctie verandert niets aan de regel.</source>
        <translation>The correction does not change anything in the row.</translation>
    </message>
    <message>
        <source>Op {date} staat de interventie al op &apos;{status}&apos;.</source>
        <translation>On {date} the intervention is already &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Op {date} is al &apos;{status}&apos; vastgelegd. Was de status die dag anders, corrigeer dan die regel.</source>
        <translation>&apos;{status}&apos; has already been recorded on {date}. If the status was different that day, correct that row.</translation>
    </message>
    <message>
        <source>Van &apos;{old_status}&apos; terug naar &apos;{new_status}&apos; is een stap terug; schrijf in de toelichting waarom.</source>
        <translation>Going from &apos;{old_status}&apos; back to &apos;{new_status}&apos; is a step back; write in the note why.</translation>
    </message>
    <message>
        <source>Op {later_date} is al &apos;{later_status}&apos; vastgelegd; met &apos;{new_status}&apos; op {new_date} wordt dat een stap terug. Schrijf in de toelichting waarom, of corrigeer die latere regel.</source>
        <translation>&apos;{later_status}&apos; has already been recorded on {later_date}; with &apos;{new_status}&apos; on {new_date} that becomes a step back. Write in the note why, or correct that later row.</translation>
    </message>
    <message>
        <source>Daarna gaat de interventie op {date} van &apos;{old_status}&apos; terug naar &apos;{new_status}&apos;; schrijf in de toelichting waarom.</source>
        <translation>After that, on {date}, the intervention goes back from &apos;{old_status}&apos; to &apos;{new_status}&apos;; write in the note why.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is vervallen; zet de interventie eerst terug (Vervallen interventies tonen) om haar bij te werken.</source>
        <translation>&apos;{title}&apos; has been retired; restore the intervention first (Show retired interventions) to update it.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is vervallen met een nieuwe catalogus van de zorggroep. Wat u vastlegde blijft bewaard, maar kan niet meer worden gewijzigd.</source>
        <translation>&apos;{title}&apos; was retired by a new catalogue from the zorggroep. What you recorded is kept, but can no longer be changed.</translation>
    </message>
    <message>
        <source>Deze statusregel kan niet ongedaan worden gemaakt: hij is al gecorrigeerd of ongedaan gemaakt.</source>
        <translation>This status row cannot be undone: it has already been corrected or undone.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>werkplek {workstation} door {user}, sinds {since}</source>
        <translation>workstation {workstation} by {user}, since {since}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is al geopend in PlusDesk, op deze of een andere werkplek. Een gegevensbestand kan maar op één plek tegelijk open zijn; sluit PlusDesk daar eerst af.</source>
        <translation>&apos;{name}&apos; is already open in PlusDesk, on this or another workstation. A data file can only be open in one place at a time; please close PlusDesk there first.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is al geopend in PlusDesk op {holder}. Een gegevensbestand kan maar op één plek tegelijk open zijn; sluit PlusDesk daar eerst af. Staat die computer uit of is PlusDesk daar vastgelopen? Probeer het dan over drie minuten opnieuw.</source>
        <translation>&apos;{name}&apos; is already open in PlusDesk on {holder}. A data file can only be open in one place at a time; please close PlusDesk there first. Is that computer switched off, or has PlusDesk stopped responding there? Then try again in three minutes.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is al geopend in PlusDesk op {holder}. Een gegevensbestand kan maar op één plek tegelijk open zijn; sluit PlusDesk daar eerst af.</source>
        <translation>&apos;{name}&apos; is already open in PlusDesk on {holder}. A data file can only be open in one place at a time; please close PlusDesk there first.</translation>
    </message>
    <message>
        <source>PlusDesk kan de vergrendeling &apos;{name}&apos; niet aanmaken. Controleer of u schrijfrechten heeft in &apos;{folder}&apos;.</source>
        <translation>PlusDesk cannot create the lock &apos;{name}&apos;. Please check that you have write permission in &apos;{folder}&apos;.</translation>
    </message>
    <message>
        <source>PlusDesk kan &apos;{name}&apos; niet vergrendelen.</source>
        <translation>PlusDesk cannot lock &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>PlusDesk kan niet schrijven in &apos;{name}&apos;.</source>
        <translation>PlusDesk cannot write to &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>PlusDesk was niet netjes afgesloten op werkplek {workstation} (door {user}); de vergrendeling van &apos;{name}&apos; is opgeheven.</source>
        <translation>PlusDesk was not closed properly on workstation {workstation} (by {user}); the lock on &apos;{name}&apos; has been lifted.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is overgenomen door PlusDesk op {holder}. Sluit PlusDesk hier af; wat u hier nog wijzigt, kan verloren gaan.</source>
        <translation>&apos;{name}&apos; has been taken over by PlusDesk on {holder}. Please close PlusDesk here; anything you still change here may be lost.</translation>
    </message>
    <message>
        <source>Vul de AGB-code van de praktijk in.</source>
        <translation>Please enter the practice&apos;s AGB code.</translation>
    </message>
    <message>
        <source>De AGB-code &apos;{code}&apos; is ongeldig: een AGB-code bestaat uit precies 8 cijfers.</source>
        <translation>The AGB code &apos;{code}&apos; is invalid: an AGB code consists of exactly 8 digits.</translation>
    </message>
    <message>
        <source>Het aantal ingeschreven patiënten &apos;{value}&apos; is geen geheel getal.</source>
        <translation>The number of registered patients &apos;{value}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>Het aantal ingeschreven patiënten moet tussen 1 en {maximum} liggen.</source>
        <translation>The number of registered patients must be between 1 and {maximum}.</translation>
    </message>
    <message>
        <source>Vul de naam van de praktijk in.</source>
        <translation>Please enter the practice&apos;s name.</translation>
    </message>
    <message>
        <source>De naam van de praktijk is te lang (max. 120 tekens).</source>
        <translation>The practice&apos;s name is too long (max. 120 characters).</translation>
    </message>
    <message>
        <source>Het golfnummer moet tussen 1 en 20 liggen.</source>
        <translation>The wave number must be between 1 and 20.</translation>
    </message>
    <message>
        <source>Dit bestand heeft nog geen praktijk om te wijzigen.</source>
        <translation>This file does not have a practice to change yet.</translation>
    </message>
    <message>
        <source>De back-up &apos;{path}&apos; bestaat niet (meer). Er is niets teruggezet.</source>
        <translation>The backup &apos;{path}&apos; does not exist (any more). Nothing has been restored.</translation>
    </message>
    <message>
        <source>De back-up &apos;{name}&apos; is gemaakt met een nieuwere versie van PlusDesk. Installeer eerst de nieuwste versie. Er is niets teruggezet.</source>
        <translation>The backup &apos;{name}&apos; was made with a newer version of PlusDesk. Please install the latest version first. Nothing has been restored.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen PlusDesk-back-up, of is beschadigd. Er is niets teruggezet.</source>
        <translation>&apos;{name}&apos; is not a PlusDesk backup, or it is damaged. Nothing has been restored.</translation>
    </message>
    <message>
        <source>De back-up &apos;{name}&apos; is leeg. Er is niets teruggezet.</source>
        <translation>The backup &apos;{name}&apos; is empty. Nothing has been restored.</translation>
    </message>
    <message>
        <source>De back-up &apos;{name}&apos; is beschadigd; kies een andere back-up. Er is niets teruggezet.</source>
        <translation>The backup &apos;{name}&apos; is damaged; please choose another backup. Nothing has been restored.</translation>
    </message>
    <message>
        <source>Kies een back-up, niet het gegevensbestand zelf.</source>
        <translation>Please choose a backup, not the data file itself.</translation>
    </message>
    <message>
        <source>De back-up &apos;{name}&apos; komt van vóór de gebruikersaccounts en het auditlog; terugzetten zou alle accounts en het auditlog wissen. Er is niets teruggezet.</source>
        <translation>The backup &apos;{name}&apos; dates from before user accounts and the audit log; restoring it would erase all accounts and the audit log. Nothing has been restored.</translation>
    </message>
    <message>
        <source>De back-up &apos;{name}&apos; kon niet worden teruggezet; de gegevens van daarvoor staan er weer in.</source>
        <translation>The backup &apos;{name}&apos; could not be restored; the data from before are back in place.</translation>
    </message>
    <message>
        <source>De back-up kon niet naar &apos;{folder}&apos; worden gekopieerd; er is niets gewijzigd.</source>
        <translation>The backup could not be copied to &apos;{folder}&apos;; nothing has been changed.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; kon niet opzij worden gezet; is het nog geopend in PlusDesk of een ander programma? Er is niets gewijzigd.</source>
        <translation>&apos;{name}&apos; could not be moved aside; is it still open in PlusDesk or another program? Nothing has been changed.</translation>
    </message>
    <message>
        <source>{table}: regel {row} verwijst naar een ontbrekende regel in {parent}</source>
        <translation>{table}: row {row} refers to a missing row in {parent}</translation>
    </message>
    <message>
        <source>Geef de groep een naam.</source>
        <translation>Give the group a name.</translation>
    </message>
    <message>
        <source>Een groep moet minstens één code bevatten.</source>
        <translation>A group must contain at least one code.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is geen geldige code; gebruik cijfers, eventueel gevolgd door * (bijvoorbeeld 0329 of 94*).</source>
        <translation>&apos;{code}&apos; is not a valid code; use digits, optionally followed by * (for example 0329 or 94*).</translation>
    </message>
    <message>
        <source>De groep &apos;{name}&apos; bestaat niet (meer).</source>
        <translation>The group &apos;{name}&apos; does not exist (any more).</translation>
    </message>
    <message>
        <source>lijkt een BSN; een BSN wordt nooit opgeslagen</source>
        <translation>looks like a BSN; a BSN is never stored</translation>
    </message>
    <message>
        <source>datum ontbreekt</source>
        <translation>date missing</translation>
    </message>
    <message>
        <source>geen geldige datum (verwacht bijvoorbeeld 31-12-2024)</source>
        <translation>not a valid date (expected for example 31-12-2024)</translation>
    </message>
    <message>
        <source>datum ligt in de toekomst</source>
        <translation>date lies in the future</translation>
    </message>
    <message>
        <source>datum ligt vóór 1990</source>
        <translation>date lies before 1990</translation>
    </message>
    <message>
        <source>specialisme ontbreekt</source>
        <translation>specialism missing</translation>
    </message>
    <message>
        <source>onbekende specialismecode {code} (niet in COD016 of een codegroep)</source>
        <translation>unknown specialism code {code} (not in COD016 or a code group)</translation>
    </message>
    <message>
        <source>onbekend specialisme; koppel de naam aan een code</source>
        <translation>unknown specialism; map the name to a code</translation>
    </message>
    <message>
        <source>geen geldige ICPC-code (bijvoorbeeld R96 of K86.01)</source>
        <translation>not a valid ICPC code (for example R96 or K86.01)</translation>
    </message>
    <message>
        <source>langer dan 100 tekens</source>
        <translation>longer than 100 characters</translation>
    </message>
    <message>
        <source>… en nog {count} problemen.</source>
        <translation>… and {count} more problems.</translation>
    </message>
    <message>
        <source>Regel {row}, kolom &apos;{column}&apos;: &apos;{value}&apos; — {problem}</source>
        <translation>Row {row}, column &apos;{column}&apos;: &apos;{value}&apos; — {problem}</translation>
    </message>
    <message>
        <source>Regel {row}, &apos;{value}&apos; — {problem}</source>
        <translation>Row {row}, &apos;{value}&apos; — {problem}</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>kwartalen</source>
        <translation>quarters</translation>
    </message>
    <message>
        <source>Te weinig gegevens voor een vergelijking rond de start ({when}): er zijn minstens {minimum} volledige {units} vóór de start nodig, er is er {count}.</source>
        <translation>Too little data for a comparison around the start ({when}): at least {minimum} complete {units} before the start are needed, there is {count}.</translation>
    </message>
    <message>
        <source>Te weinig gegevens voor een vergelijking rond de start ({when}): er zijn minstens {minimum} volledige {units} vóór de start nodig, er zijn er {count}.</source>
        <translation>Too little data for a comparison around the start ({when}): at least {minimum} complete {units} before the start are needed, there are {count}.</translation>
    </message>
    <message>
        <source>Te weinig gegevens voor een vergelijking rond de start ({when}): er zijn minstens {minimum} volledige {units} vanaf de start nodig, er is er {count}.</source>
        <translation>Too little data for a comparison around the start ({when}): at least {minimum} complete {units} from the start on are needed, there is {count}.</translation>
    </message>
    <message>
        <source>Te weinig gegevens voor een vergelijking rond de start ({when}): er zijn minstens {minimum} volledige {units} vanaf de start nodig, er zijn er {count}.</source>
        <translation>Too little data for a comparison around the start ({when}): at least {minimum} complete {units} from the start on are needed, there are {count}.</translation>
    </message>
    <message>
        <source>Er zijn vóór de start ({when}) geen verwijzingen; een vergelijking is dan niet mogelijk.</source>
        <translation>There are no referrals before the start ({when}); a comparison is then not possible.</translation>
    </message>
    <message>
        <source>Er zijn na de start ({when}) geen verwijzingen; een vergelijking is dan niet mogelijk.</source>
        <translation>There are no referrals after the start ({when}); a comparison is then not possible.</translation>
    </message>
    <message>
        <source>{percent} % lager</source>
        <translation>{percent}% lower</translation>
    </message>
    <message>
        <source>{percent} % hoger</source>
        <translation>{percent}% higher</translation>
    </message>
    <message>
        <source>lag het aantal verwijzingen direct {change} (95 %-interval {near} % tot {far})</source>
        <translation>the number of referrals was immediately {change} (95% interval {near}% to {far})</translation>
    </message>
    <message>
        <source>was er geen duidelijke verandering in niveau (direct {change}, 95 %-interval {low} tot {high})</source>
        <translation>there was no clear change in level (immediately {change}, 95% interval {low} to {high})</translation>
    </message>
    <message>
        <source>Daarna bleef de trend gelijk (95 %-interval {interval}).</source>
        <translation>After that the trend stayed the same (95% interval {interval}).</translation>
    </message>
    <message>
        <source>Daarna daalde het met {amount} % per {unit} extra (95 %-interval {interval}).</source>
        <translation>After that it fell by an extra {amount}% per {unit} (95% interval {interval}).</translation>
    </message>
    <message>
        <source>Daarna steeg het met {amount} % per {unit} extra (95 %-interval {interval}).</source>
        <translation>After that it rose by an extra {amount}% per {unit} (95% interval {interval}).</translation>
    </message>
    <message>
        <source>Vergeleken zijn {before} {units} vóór en {after} {units} vanaf de start.</source>
        <translation>{before} {units} before and {after} {units} from the start were compared.</translation>
    </message>
    <message>
        <source>Na de start ({when}) {level}. {slope} {basis}</source>
        <translation>After the start ({when}) {level}. {slope} {basis}</translation>
    </message>
    <message>
        <source>daling</source>
        <translation>decrease</translation>
    </message>
    <message>
        <source>stijging</source>
        <translation>increase</translation>
    </message>
    <message>
        <source>{low} % tot {high} % {change}</source>
        <translation>{low}% to {high}% {change}</translation>
    </message>
    <message>
        <source>{low} % {low_change} tot {high} % {high_change}</source>
        <translation>{low}% {low_change} to {high}% {high_change}</translation>
    </message>
    <message>
        <source>{code} gestart</source>
        <translation>{code} started</translation>
    </message>
    <message>
        <source>{code} geïmplementeerd</source>
        <translation>{code} implemented</translation>
    </message>
    <message>
        <source>Datum verwijzing</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>Specialisme (code of naam)</source>
        <translation>Specialism (code or name)</translation>
    </message>
    <message>
        <source>ICPC-code</source>
        <translation>ICPC code</translation>
    </message>
    <message>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Kies de kolom met &apos;{field}&apos;; die is verplicht.</source>
        <translation>Choose the column with &apos;{field}&apos;; it is required.</translation>
    </message>
    <message>
        <source>De kolom &apos;{column}&apos; staat niet in dit bestand.</source>
        <translation>The column &apos;{column}&apos; is not in this file.</translation>
    </message>
    <message>
        <source>Elke kolom kan maar voor één gegeven gekozen worden: {columns}.</source>
        <translation>Each column can be chosen for only one data item: {columns}.</translation>
    </message>
    <message>
        <source>Kolommen met patiëntgegevens worden niet opgeslagen: {columns}.</source>
        <translation>Columns with patient data are not stored: {columns}.</translation>
    </message>
    <message>
        <source>Er is geen kolomkoppeling met de naam &apos;{name}&apos;. Bekende koppelingen: {names}.</source>
        <translation>There is no column mapping named &apos;{name}&apos;. Known mappings: {names}.</translation>
    </message>
    <message>
        <source>Er is geen kolomkoppeling met de naam &apos;{name}&apos;.</source>
        <translation>There is no column mapping named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Geef de kolomkoppeling een naam.</source>
        <translation>Give the column mapping a name.</translation>
    </message>
    <message>
        <source>man</source>
        <translation>male</translation>
    </message>
    <message>
        <source>vrouw</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>{name} (groep)</source>
        <translation>{name} (group)</translation>
    </message>
    <message>
        <source>praktijkomvang per leeftijd en geslacht</source>
        <translation>list size by age and sex</translation>
    </message>
    <message>
        <source>Vektis-cijfers (waargenomen en verwacht)</source>
        <translation>Vektis figures (observed and expected)</translation>
    </message>
    <message>
        <source>referentiecijfers per 1.000 patiënten</source>
        <translation>reference figures per 1,000 patients</translation>
    </message>
    <message>
        <source>Waargenomen</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen jaartal tussen 1990 en 2100.</source>
        <translation>&apos;{value}&apos; is not a year between 1990 and 2100.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is geen geheel getal van 0 of meer.</source>
        <translation>{label} &apos;{value}&apos; is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>Leeftijdsgroep &apos;{value}&apos; is onbekend; gebruik {bands}.</source>
        <translation>Age group &apos;{value}&apos; is unknown; use {bands}.</translation>
    </message>
    <message>
        <source>Geslacht &apos;{value}&apos; is onbekend; gebruik M of V.</source>
        <translation>Sex &apos;{value}&apos; is unknown; use M or V.</translation>
    </message>
    <message>
        <source>Specialismecode {code} is onbekend.</source>
        <translation>Specialism code {code} is unknown.</translation>
    </message>
    <message>
        <source>Specialisme of groep &apos;{name}&apos; is onbekend.</source>
        <translation>Specialism or group &apos;{name}&apos; is unknown.</translation>
    </message>
    <message>
        <source>Aantal {band} {sex}</source>
        <translation>Number ({band}, {sex})</translation>
    </message>
    <message>
        <source>Vul voor {year} minstens één aantal patiënten in.</source>
        <translation>Enter at least one number of patients for {year}.</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; staat twee keer in de lijst voor {year}.</source>
        <translation>&apos;{subject}&apos; appears twice in the list for {year}.</translation>
    </message>
    <message>
        <source>Verwacht &apos;{value}&apos; is geen getal groter dan 0.</source>
        <translation>Expected &apos;{value}&apos; is not a number greater than 0.</translation>
    </message>
    <message>
        <source>Dit is niet het sjabloon voor {template}: de kolom(men) {missing} ontbreken. Verwacht: {expected}.</source>
        <translation>This is not the template for {template}: the column(s) {missing} are missing. Expected: {expected}.</translation>
    </message>
    <message>
        <source>Het bestand is niet ingelezen: {count} regel bevat fouten. Er is niets opgeslagen.</source>
        <translation>The file has not been imported: {count} row contains errors. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Het bestand is niet ingelezen: {count} regels bevatten fouten. Er is niets opgeslagen.</source>
        <translation>The file has not been imported: {count} rows contain errors. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Het sjabloon bevat geen regels onder de kop.</source>
        <translation>The template contains no rows below the header.</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Referentiecijfers horen bij een specialismecode, niet bij een groep.</source>
        <translation>Reference figures belong to a specialism code, not to a group.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen getal van 0 of meer.</source>
        <translation>&apos;{value}&apos; is not a number of 0 or more.</translation>
    </message>
    <message>
        <source>{count} verwijzingen uit eerdere imports ({files})</source>
        <translation>{count} referrals from earlier imports ({files})</translation>
    </message>
    <message>
        <source>{count} verwijzingen uit een eerdere import ({files})</source>
        <translation>{count} referrals from an earlier import ({files})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is niet geïmporteerd: {bad} van de {total} regels bevat fouten. Er is niets opgeslagen.</source>
        <translation>&apos;{name}&apos; has not been imported: {bad} of the {total} rows contains errors. Nothing has been saved.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is niet geïmporteerd: {bad} van de {total} regels bevatten fouten. Er is niets opgeslagen.</source>
        <translation>&apos;{name}&apos; has not been imported: {bad} of the {total} rows contain errors. Nothing has been saved.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is al geïmporteerd op {when} door {user} ({count} verwijzingen). Het telt niet dubbel; er is niets gewijzigd.</source>
        <translation>&apos;{name}&apos; was already imported on {when} by {user} ({count} referrals). It is not counted twice; nothing has been changed.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; bevat geen enkele geldige verwijzing. Er is niets opgeslagen.</source>
        <translation>&apos;{name}&apos; does not contain a single valid referral. Nothing has been saved.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; loopt van {first} tot {last}; in die periode staan al {count} verwijzingen. Vervang die periode of annuleer.</source>
        <translation>&apos;{name}&apos; runs from {first} to {last}; that period already holds {count} referrals. Replace that period or cancel.</translation>
    </message>
    <message>
        <source>{count} verwijzingen opgeslagen</source>
        <translation>{count} referrals saved</translation>
    </message>
    <message>
        <source>Deze import bestaat niet (meer); hij is al ongedaan gemaakt.</source>
        <translation>This import does not exist (any more); it has already been undone.</translation>
    </message>
    <message>
        <source>Het betrouwbaarheidsniveau moet tussen 0 en 1 liggen.</source>
        <translation>The confidence level must lie between 0 and 1.</translation>
    </message>
    <message>
        <source>Het verwachte aantal moet groter dan 0 zijn.</source>
        <translation>The expected number must be greater than 0.</translation>
    </message>
    <message>
        <source>Het waargenomen aantal mag niet negatief zijn.</source>
        <translation>The observed number must not be negative.</translation>
    </message>
    <message>
        <source>Elk verwacht aantal moet groter dan 0 zijn.</source>
        <translation>Each expected number must be greater than 0.</translation>
    </message>
    <message>
        <source>Geef minstens twee paren van waargenomen en verwachte aantallen.</source>
        <translation>Give at least two pairs of observed and expected numbers.</translation>
    </message>
    <message>
        <source>Verwachte aantallen moeten groter dan 0 zijn, waargenomen niet negatief.</source>
        <translation>Expected numbers must be greater than 0, observed numbers must not be negative.</translation>
    </message>
    <message>
        <source>{point} is geen punt van de reeks.</source>
        <translation>{point} is not a point of the series.</translation>
    </message>
    <message>
        <source>De reeks bevat ontbrekende waarden.</source>
        <translation>The series contains missing values.</translation>
    </message>
    <message>
        <source>Herberekenpunt {point} ligt buiten de reeks.</source>
        <translation>Recalculation point {point} lies outside the series.</translation>
    </message>
    <message>
        <source>Aantallen en noemers moeten dezelfde perioden hebben.</source>
        <translation>Counts and denominators must have the same periods.</translation>
    </message>
    <message>
        <source>De perioden moeten oplopend en uniek zijn.</source>
        <translation>The periods must be ascending and unique.</translation>
    </message>
    <message>
        <source>De noemer (zoals de praktijkgrootte) moet overal groter dan 0 zijn.</source>
        <translation>The denominator (such as the practice size) must be greater than 0 everywhere.</translation>
    </message>
    <message>
        <source>Aantallen mogen niet negatief of leeg zijn.</source>
        <translation>Counts must not be negative or empty.</translation>
    </message>
    <message>
        <source>Te weinig meetpunten vóór de start: minstens 3 nodig.</source>
        <translation>Too few data points before the start: at least 3 needed.</translation>
    </message>
    <message>
        <source>Te weinig meetpunten ná de start: minstens 3 nodig.</source>
        <translation>Too few data points after the start: at least 3 needed.</translation>
    </message>
    <message>
        <source>Praktijkmanager</source>
        <translation>Practice manager</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>praktijkmanager</source>
        <translation>practice manager</translation>
    </message>
    <message>
        <source>alleen lezen</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>gebruikers beheren</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>de interventiecatalogus beheren</source>
        <translation>manage the intervention catalogue</translation>
    </message>
    <message>
        <source>de praktijkgegevens wijzigen</source>
        <translation>change the practice details</translation>
    </message>
    <message>
        <source>interventies bijwerken</source>
        <translation>update interventions</translation>
    </message>
    <message>
        <source>gegevens op patiëntniveau inzien</source>
        <translation>view patient-level data</translation>
    </message>
    <message>
        <source>gesprekken vastleggen</source>
        <translation>record conversations</translation>
    </message>
    <message>
        <source>casussen beheren</source>
        <translation>manage cases</translation>
    </message>
    <message>
        <source>verwijsgegevens invoeren</source>
        <translation>enter referral data</translation>
    </message>
    <message>
        <source>gegevens exporteren</source>
        <translation>export data</translation>
    </message>
    <message>
        <source>het auditlog inzien</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>back-ups beheren en terugzetten</source>
        <translation>manage and restore backups</translation>
    </message>
    <message>
        <source>{name} is afgemeld; log opnieuw in om dit te doen.</source>
        <translation>{name} has logged out; please log in again to do this.</translation>
    </message>
    <message>
        <source>U bent ingelogd als {role}; met die rol mag u niet {action}. Vraag de praktijkmanager als u dit nodig heeft.</source>
        <translation>You are logged in as {role}; that role may not {action}. Please ask the practice manager if you need this.</translation>
    </message>
    <message>
        <source>Vul een gebruikersnaam in.</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>Een gebruikersnaam heeft 2 tot 40 tekens: letters a–z zonder accenten, cijfers en . _ - @ (geen spaties).</source>
        <translation>A user name has 2 to 40 characters: letters a–z without accents, digits and . _ - @ (no spaces).</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens {minimum} tekens. Een zin van een paar woorden is sterk en goed te onthouden.</source>
        <translation>Choose a password of at least {minimum} characters. A sentence of a few words is strong and easy to remember.</translation>
    </message>
    <message>
        <source>Het wachtwoord mag niet gelijk zijn aan de gebruikersnaam.</source>
        <translation>The password may not be the same as the user name.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Onbekende rol &apos;{role}&apos;.</source>
        <translation>Unknown role &apos;{role}&apos;.</translation>
    </message>
    <message>
        <source>De gebruikersnaam &apos;{username}&apos; bestaat al.</source>
        <translation>The user name &apos;{username}&apos; already exists.</translation>
    </message>
    <message>
        <source>Dit bestand heeft al gebruikers; nieuwe gebruikers maakt de praktijkmanager aan.</source>
        <translation>This file already has users; new users are created by the practice manager.</translation>
    </message>
    <message>
        <source>Deze gebruiker bestaat niet (meer).</source>
        <translation>This user does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit account is tijdelijk vergrendeld na {attempts} mislukte pogingen, tot {until}. Probeer het daarna opnieuw, of vraag de praktijkmanager.</source>
        <translation>This account is temporarily locked after {attempts} failed attempts, until {until}. Please try again after that, or ask the practice manager.</translation>
    </message>
    <message>
        <source>Gebruikersnaam of wachtwoord klopt niet.</source>
        <translation>User name or password is incorrect.</translation>
    </message>
    <message>
        <source>Dit account is uitgeschakeld. Vraag de praktijkmanager.</source>
        <translation>This account is disabled. Please ask the practice manager.</translation>
    </message>
    <message>
        <source>Gebruikersnaam of wachtwoord klopt niet. Nog {left} poging(en) voordat het account tijdelijk wordt vergrendeld.</source>
        <translation>User name or password is incorrect. {left} attempt(s) left before the account is temporarily locked.</translation>
    </message>
    <message>
        <source>Dit account is uitgeschakeld.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt niet.</source>
        <translation>The password is incorrect.</translation>
    </message>
    <message>
        <source>Er moet altijd minstens één actieve praktijkmanager zijn; maak eerst iemand anders praktijkmanager.</source>
        <translation>There must always be at least one active practice manager; make someone else practice manager first.</translation>
    </message>
    <message>
        <source>Het huidige wachtwoord klopt niet.</source>
        <translation>The current password is incorrect.</translation>
    </message>
    <message>
        <source>Vul het patiëntnummer uit het HIS in.</source>
        <translation>Please enter the patient number from the HIS.</translation>
    </message>
    <message>
        <source>Dit lijkt een BSN (9 cijfers die de elfproef doorstaan). PlusDesk slaat geen BSN op: gebruik het patiëntnummer uit uw HIS.</source>
        <translation>This looks like a BSN (9 digits that pass the eleven test). PlusDesk does not store BSNs: please use the patient number from your HIS.</translation>
    </message>
    <message>
        <source>Het patiëntnummer &apos;{value}&apos; is ongeldig: gebruik alleen letters, cijfers en - / . (max. {maximum} tekens), zoals het in uw HIS staat.</source>
        <translation>The patient number &apos;{value}&apos; is invalid: use only letters, digits and - / . (max. {maximum} characters), as it appears in your HIS.</translation>
    </message>
    <message>
        <source>Vul de {label} in.</source>
        <translation>Please enter the {label}.</translation>
    </message>
    <message>
        <source>De {label} &apos;{text}&apos; is geen geldige datum; schrijf dd-mm-jjjj.</source>
        <translation>The {label} &apos;{text}&apos; is not a valid date; write dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>De {label} ({date}) ligt in de toekomst; dat kan hier niet.</source>
        <translation>The {label} ({date}) is in the future; that is not possible here.</translation>
    </message>
    <message>
        <source>De {label} ({date}) ligt vóór {earliest}.</source>
        <translation>The {label} ({date}) is before {earliest}.</translation>
    </message>
    <message>
        <source>Vul de {label} in ({low}–{high}).</source>
        <translation>Please enter the {label} ({low}–{high}).</translation>
    </message>
    <message>
        <source>De {label} moet een getal zijn ({low}–{high}).</source>
        <translation>The {label} must be a number ({low}–{high}).</translation>
    </message>
    <message>
        <source>De {label} moet een geheel getal van {low} t/m {high} zijn.</source>
        <translation>The {label} must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>De {label} is te lang (max. {maximum} tekens).</source>
        <translation>The {label} is too long (max. {maximum} characters).</translation>
    </message>
    <message>
        <source>Zorggroep</source>
        <translation>Zorggroep</translation>
    </message>
    <message>
        <source>Vul de naam van de zorggroep in.</source>
        <translation>Enter the name of the zorggroep.</translation>
    </message>
    <message>
        <source>Dit is een praktijkbestand. Praktijkexports worden samengevoegd in een zorggroepbestand; maak of open dat eerst.</source>
        <translation>This is a practice file. Practice exports are merged in a zorggroep file; create or open one first.</translation>
    </message>
    <message>
        <source>Dit is een zorggroepbestand; dit kan alleen in het bestand van een praktijk.</source>
        <translation>This is a zorggroep file; this can only be done in a practice&apos;s file.</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>vervangen</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>al ingelezen</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>ouder</source>
        <translation>older</translation>
    </message>
    <message>
        <source>{who}: ingelezen (export van {made}).</source>
        <translation>{who}: imported (export dated {made}).</translation>
    </message>
    <message>
        <source>{who}: ingelezen; vervangt de eerdere export ({reason}).</source>
        <translation>{who}: imported; replaces the earlier export ({reason}).</translation>
    </message>
    <message>
        <source>{who}: dit bestand was al ingelezen; niets veranderd.</source>
        <translation>{who}: this file had already been imported; nothing changed.</translation>
    </message>
    <message>
        <source>{who}: niet ingelezen: er is al een nieuwere export ({reason}).</source>
        <translation>{who}: not imported: there is already a newer export ({reason}).</translation>
    </message>
    <message>
        <source>{file}: geweigerd. {reason}</source>
        <translation>{file}: rejected. {reason}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; noemt geen (of meer dan één) praktijk.</source>
        <translation>&apos;{name}&apos; names no practice (or more than one).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is tijdens het inlezen gewijzigd.</source>
        <translation>&apos;{name}&apos; was changed while it was being imported.</translation>
    </message>
    <message>
        <source>van {date}</source>
        <translation>dated {date}</translation>
    </message>
    <message>
        <source>Deze praktijk staat niet (meer) in het bestand.</source>
        <translation>This practice is not (or no longer) in the file.</translation>
    </message>
    <message>
        <source>Praktijk {practice} staat niet in dit zorggroepbestand.</source>
        <translation>Practice {practice} is not in this zorggroep file.</translation>
    </message>
    <message>
        <source>De map &apos;{folder}&apos; bestaat niet.</source>
        <translation>The folder &apos;{folder}&apos; does not exist.</translation>
    </message>
    <message>
        <source>Er zijn nog geen praktijkexports ingelezen.</source>
        <translation>No practice exports have been imported yet.</translation>
    </message>
    <message>
        <source>Dit benchmarkpakket is voor {practice} (AGB-code {agb_code}), niet voor deze praktijk. Er is niets ingelezen.</source>
        <translation>This benchmark pack is for {practice} (AGB code {agb_code}), not for this practice. Nothing has been imported.</translation>
    </message>
    <message>
        <source>Er is al een nieuwer benchmarkpakket ingelezen (van {previous}); dit pakket van {made} is niet ingelezen.</source>
        <translation>A newer benchmark pack has already been imported (dated {previous}); this pack dated {made} has not been imported.</translation>
    </message>
    <message>
        <source>referentietabel van de zorggroep</source>
        <translation>zorggroep reference table</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Niet ingelezen</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Afbreken</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>dimensions</name>
    <message>
        <source>Lichaam</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Mentaal</source>
        <translation>Mental</translation>
    </message>
    <message>
        <source>Zingeving</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Kwaliteit</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Meedoen</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Dagelijks</source>
        <translation>Daily life</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Niet opslaan</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>mei (kort)</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>Alle perioden</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Afgelopen 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Praktijkrapport {0}</source>
        <translation>Practice report {0}</translation>
    </message>
    <message>
        <source>AGB-code {0}</source>
        <translation>AGB code {0}</translation>
    </message>
    <message>
        <source>zorggroep {0}</source>
        <translation>zorggroep {0}</translation>
    </message>
    <message>
        <source>{0} ingeschreven patiënten</source>
        <translation>{0} registered patients</translation>
    </message>
    <message>
        <source>Periode: {0} tot en met {1}</source>
        <translation>Period: {0} to {1} inclusive</translation>
    </message>
    <message>
        <source>(het lopende jaar, tot vandaag)</source>
        <translation>(the current year, up to today)</translation>
    </message>
    <message>
        <source>Gemaakt op {0}</source>
        <translation>Made on {0}</translation>
    </message>
    <message>
        <source>Gemaakt op {0} door {1}</source>
        <translation>Made on {0} by {1}</translation>
    </message>
    <message>
        <source>Demopraktijk: verzonnen gegevens, geen echte patiënten.</source>
        <translation>Demo practice: made-up data, no real patients.</translation>
    </message>
    <message>
        <source>{0} van de {1} interventies zijn geïmplementeerd of geborgd.</source>
        <translation>{0} of the {1} interventions are implemented or embedded.</translation>
    </message>
    <message>
        <source>Patiëntgerichte gesprekken: {0}, met {1} patiënten.</source>
        <translation>Patient-centred conversations: {0}, with {1} patients.</translation>
    </message>
    <message>
        <source>Collaborative care: open casussen op {1}: {0}; nieuw in de periode: {2}.</source>
        <translation>Collaborative care: open cases on {1}: {0}; new in the period: {2}.</translation>
    </message>
    <message>
        <source>Nog geen verwijzingen ingelezen.</source>
        <translation>No referrals imported yet.</translation>
    </message>
    <message>
        <source>Geen specialismen boven verwachting in {0}.</source>
        <translation>No specialisms above expected in {0}.</translation>
    </message>
    <message>
        <source>Boven verwachting in {0}: {1}.</source>
        <translation>Above expected in {0}: {1}.</translation>
    </message>
    <message>
        <source>In het kort</source>
        <translation>In brief</translation>
    </message>
    <message>
        <source>Interventies per domein</source>
        <translation>Interventions by domain</translation>
    </message>
    <message>
        <source>De stand op {0}.</source>
        <translation>The position on {0}.</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Geïmplementeerd of geborgd</source>
        <translation>Implemented or embedded</translation>
    </message>
    <message>
        <source>Interventies</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Tijdlijn van de interventies</source>
        <translation>Timeline of the interventions</translation>
    </message>
    <message>
        <source>Nog geen interventies met een status.</source>
        <translation>No interventions with a status yet.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Interventie</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Gesprekken en caseload</source>
        <translation>Conversations and caseload</translation>
    </message>
    <message>
        <source>Patiëntgerichte gesprekken</source>
        <translation>Patient-centred conversations</translation>
    </message>
    <message>
        <source>Geen gesprekken in deze periode.</source>
        <translation>No conversations in this period.</translation>
    </message>
    <message>
        <source>{0} gesprekken met {1} patiënten; {2} patiënten ({3}) hadden een vervolggesprek.</source>
        <translation>{0} conversations with {1} patients; {2} patients ({3}) had a follow-up conversation.</translation>
    </message>
    <message>
        <source>Aanleiding</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Patiënten</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Positieve Gezondheid: eerste en laatste score</source>
        <translation>Positive Health: first and latest score</translation>
    </message>
    <message>
        <source>Dimensie</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Eerste</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Laatste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>In {0} gesprekken werd een verwijzing voorkomen.</source>
        <translation>A referral was avoided in {0} conversations.</translation>
    </message>
    <message>
        <source>Collaborative care (POH-GGZ als casemanager)</source>
        <translation>Collaborative care (POH-GGZ as case manager)</translation>
    </message>
    <message>
        <source>Open casussen op {0}</source>
        <translation>Open cases on {0}</translation>
    </message>
    <message>
        <source>waarvan met recent contact</source>
        <translation>of which with recent contact</translation>
    </message>
    <message>
        <source>Nieuwe casussen</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Afgesloten casussen</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Besprekingen met de psychiater</source>
        <translation>Reviews with the psychiatrist</translation>
    </message>
    <message>
        <source>Doorverwezen buiten de specialistische GGZ</source>
        <translation>Referred outside specialist mental health care</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Respons en remissie</source>
        <translation>Response and remission</translation>
    </message>
    <message>
        <source>Na</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Respons</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Remissie</source>
        <translation>Remission</translation>
    </message>
    <message>
        <source>{0} weken</source>
        <translation>{0} weeks</translation>
    </message>
    <message>
        <source>Verwijzingen: waargenomen tegen verwacht (O/E)</source>
        <translation>Referrals: observed against expected (O/E)</translation>
    </message>
    <message>
        <source>Nog geen verwijzingen ingelezen. Lees een export uit het HIS in op de pagina Verwijzingen.</source>
        <translation>No referrals imported yet. Import an export from the HIS on the Referrals page.</translation>
    </message>
    <message>
        <source>{0} verwijzingen in {1}.</source>
        <translation>{0} referrals in {1}.</translation>
    </message>
    <message>
        <source>Verwacht volgens: {0}.</source>
        <translation>Expected according to: {0}.</translation>
    </message>
    <message>
        <source>O/E is over {0} niet te berekenen: er zijn geen verwachte aantallen. Vul de praktijkomvang en de referentiecijfers in op de pagina Verwijzingen.</source>
        <translation>O/E cannot be calculated for {0}: there are no expected numbers. Enter the practice size and the reference rates on the Referrals page.</translation>
    </message>
    <message>
        <source>boven verwachting</source>
        <translation>above expected</translation>
    </message>
    <message>
        <source>onder verwachting</source>
        <translation>below expected</translation>
    </message>
    <message>
        <source>Specialisme of groep</source>
        <translation>Specialism or group</translation>
    </message>
    <message>
        <source>Waargenomen</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Verwacht</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>O/E</source>
        <translation>O/E</translation>
    </message>
    <message>
        <source>95%-interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Boven of onder verwachting alleen wanneer het 95%-interval 1 niet bevat.</source>
        <translation>Above or below expected only when the 95% interval does not contain 1.</translation>
    </message>
    <message>
        <source>Specialismen boven verwachting</source>
        <translation>Specialisms above expected</translation>
    </message>
    <message>
        <source>Per specialisme of groep de verwijzingen per maand (per 1.000 patiënten) met de regelkaart, de start en implementatie van de interventies voor doelmatige zorg, en wat er na elke start veranderde.</source>
        <translation>For each specialism or group: the referrals per month (per 1,000 patients) with the control chart, the start and implementation of the interventions for doelmatige zorg, and what changed after each start.</translation>
    </message>
    <message>
        <source>O/E {0} (95%-interval {1} – {2}) in {3}.</source>
        <translation>O/E {0} (95% interval {1} – {2}) in {3}.</translation>
    </message>
    <message>
        <source>Geen verwijzingen voor dit specialisme.</source>
        <translation>No referrals for this specialism.</translation>
    </message>
    <message>
        <source>Nog geen interventie voor doelmatige zorg gestart; er is geen vóór en na te vergelijken.</source>
        <translation>No intervention for doelmatige zorg has started yet; there is no before and after to compare.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Niveau direct na de start (95%-interval)</source>
        <translation>Level right after the start (95% interval)</translation>
    </message>
    <message>
        <source>Trend per maand erna (95%-interval)</source>
        <translation>Trend per month afterwards (95% interval)</translation>
    </message>
    <message>
        <source>Verhoudingen: 1 is geen verandering, lager dan 1 minder verwijzingen.</source>
        <translation>Ratios: 1 is no change, below 1 fewer referrals.</translation>
    </message>
    <message>
        <source>Over de berekeningen</source>
        <translation>About the calculations</translation>
    </message>
    <message>
        <source>O/E: het aantal verwijzingen gedeeld door het verwachte aantal, met een exact 95%-betrouwbaarheidsinterval (Poisson).</source>
        <translation>O/E: the number of referrals divided by the expected number, with an exact 95% confidence interval (Poisson).</translation>
    </message>
    <message>
        <source>Regelkaart: een XmR-kaart op de verwijzingen per 1.000 patiënten; punten buiten de grenzen of lange reeksen aan één kant wijzen op een echte verandering.</source>
        <translation>Control chart: an XmR chart of the referrals per 1,000 patients; points outside the limits or long runs on one side point to a real change.</translation>
    </message>
    <message>
        <source>Vóór en na: een onderbroken tijdreeks (Poisson-regressie met de praktijkomvang als blootstelling en een correctie voor seizoenen). Een verandering kan ook andere oorzaken hebben dan de interventie.</source>
        <translation>Before and after: an interrupted time series (Poisson regression with the practice size as exposure and a correction for seasons). A change can also have causes other than the intervention.</translation>
    </message>
    <message>
        <source>Alle cijfers zijn totalen; het rapport bevat geen patiëntnummers.</source>
        <translation>All figures are totals; the report contains no patient numbers.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>alles, ook gebruikers, catalogus, back-ups en het auditlog</source>
        <translation>everything, including users, catalogue, backups and the audit log</translation>
    </message>
    <message>
        <source>gesprekken en casussen vastleggen, eigen invoer wijzigen</source>
        <translation>record conversations and cases, change own entries</translation>
    </message>
    <message>
        <source>alles inzien, gesprekken vastleggen</source>
        <translation>see everything, record conversations</translation>
    </message>
    <message>
        <source>overzichten en grafieken, geen gegevens op patiëntniveau</source>
        <translation>overviews and charts, no patient-level data</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>buiten de grenzen</source>
        <translation>outside the limits</translation>
    </message>
    <message>
        <source>7 op rij aan één kant</source>
        <translation>7 in a row on one side</translation>
    </message>
    <message>
        <source>7 op rij stijgend of dalend</source>
        <translation>7 in a row rising or falling</translation>
    </message>
    <message>
        <source>2 van 3 voorbij 2σ</source>
        <translation>2 of 3 beyond 2σ</translation>
    </message>
    <message>
        <source>buiten de grenzen van de gewone variatie</source>
        <translation>outside the limits of common-cause variation</translation>
    </message>
    <message>
        <source>7 of meer {units} op rij aan dezelfde kant van het gemiddelde</source>
        <translation>7 or more {units} in a row on the same side of the mean</translation>
    </message>
    <message>
        <source>7 of meer {units} op rij stijgend of dalend</source>
        <translation>7 or more {units} in a row rising or falling</translation>
    </message>
    <message>
        <source>2 van 3 {units} dicht bij een grens</source>
        <translation>2 of 3 {units} close to a limit</translation>
    </message>
    <message>
        <source>meer verwijzingen dan gewoonlijk (zorgpunt)</source>
        <translation>more referrals than usual (concern)</translation>
    </message>
    <message>
        <source>minder verwijzingen dan gewoonlijk (verbetering)</source>
        <translation>fewer referrals than usual (improvement)</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>minstens {0} tekens</source>
        <translation>at least {0} characters</translation>
    </message>
</context>
<context>
    <name>zorggroep</name>
    <message>
        <source>Naar Praktijken…</source>
        <translation>Go to Practices…</translation>
    </message>
    <message>
        <source>Lees de exportbestanden van de praktijken in op de pagina Praktijken</source>
        <translation>Read the practices&apos; export files on the Practices page</translation>
    </message>
</context>
</TS>
