<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AllowanceAlertModel</name>
    <message>
        <source>{category} {used} of {included}</source>
        <translation>{category} {used} von {included}</translation>
    </message>
    <message>
        <source>all overage</source>
        <translation>alles Mehrstunden</translation>
    </message>
    <message>
        <source>{customer}: {allowance} over in {period}, {used} of {included}</source>
        <translation>{customer}: {allowance} überschritten in {period}, {used} von {included}</translation>
    </message>
    <message>
        <source>{customer}: {allowance} nearly used in {period}, {used} of {included}</source>
        <translation>{customer}: {allowance} fast aufgebraucht in {period}, {used} von {included}</translation>
    </message>
</context>
<context>
    <name>AllowanceCard</name>
    <message>
        <source>Overage charge</source>
        <translation>Mehrstundenberechnung</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Mehrstunden</translation>
    </message>
    <message>
        <source>{left} left of {included}</source>
        <translation>{left} übrig von {included}</translation>
    </message>
    <message>
        <source>Overage charge at {rate}/h</source>
        <translation>Mehrstundenberechnung zu {rate}/Std.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Month-end batch</source>
        <translation>Monatsabschluss</translation>
    </message>
    <message>
        <source>Choose the month and the folder, then Start.</source>
        <translation>Wählen Sie Monat und Ordner, dann Starten.</translation>
    </message>
    <message>
        <source>Folder for the monthly reports</source>
        <translation>Ordner für die monatlichen Berichte</translation>
    </message>
    <message>
        <source>Choose the folder the reports go to.</source>
        <translation>Wählen Sie den Ordner für die Berichte.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>Der Ordner {folder} existiert nicht; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Issue every report</source>
        <translation>Alle Berichte ausstellen</translation>
    </message>
    <message>
        <source>Issuing locks {month} for every customer whose report is written: hours dated in it can no longer be logged, changed or deleted, and each report becomes final. Months already issued are exported again as they were issued.

Issue the {month} reports now?</source>
        <translation>Das Ausstellen sperrt {month} für jeden Kunden, dessen Bericht erstellt wird: Stunden aus diesem Monat können nicht mehr erfasst, geändert oder gelöscht werden, und jeder Bericht wird endgültig. Bereits ausgestellte Monate werden so exportiert, wie sie ausgestellt wurden.

Berichte für {month} jetzt ausstellen?</translation>
    </message>
    <message>
        <source>Gathering the figures for {month}…</source>
        <translation>Zahlen für {month} werden zusammengestellt…</translation>
    </message>
    <message>
        <source>Writing the {month} reports…</source>
        <translation>Berichte für {month} werden erstellt…</translation>
    </message>
    <message>
        <source>Cancelling: reports already written stay written…</source>
        <translation>Wird abgebrochen: bereits erstellte Berichte bleiben erhalten…</translation>
    </message>
    <message>
        <source>{done} of {total} done — {customer}</source>
        <translation>{done} von {total} erledigt — {customer}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: wrote %Ln reports for {month}; {missing} not written.</source>
        <translation>
            <numerusform>Abgebrochen: %Ln Bericht für {month} erstellt; {missing} nicht erstellt.</numerusform>
            <numerusform>Abgebrochen: %Ln Berichte für {month} erstellt; {missing} nicht erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reports for {month}.</source>
        <translation>
            <numerusform>%Ln Bericht für {month} erstellt.</numerusform>
            <numerusform>%Ln Berichte für {month} erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} failed (reasons below).</source>
        <translation>{count} fehlgeschlagen (Gründe unten).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers skipped: no monthly report in their tier that month.</source>
        <translation>
            <numerusform>%Ln Kunde übersprungen: kein monatlicher Bericht in seiner Servicestufe in diesem Monat.</numerusform>
            <numerusform>%Ln Kunden übersprungen: kein monatlicher Bericht in ihrer Servicestufe in diesem Monat.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued now</source>
        <translation>jetzt ausgestellt</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>{amount} due</source>
        <translation>{amount} fällig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not written (cancelled)</source>
        <translation>Nicht erstellt (abgebrochen)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Skipped (no monthly report in their tier)</source>
        <translation>Übersprungen (kein monatlicher Bericht in der Servicestufe)</translation>
    </message>
    <message>
        <source>No application opened {folder}; open it from your file manager.</source>
        <translation>Keine Anwendung hat {folder} geöffnet; öffnen Sie ihn im Dateimanager.</translation>
    </message>
</context>
<context>
    <name>BatchForm</name>
    <message>
        <source>Writes one monthly service report per customer whose tier includes one (Professional and Enterprise), named after the customer and the month, into the folder you choose.</source>
        <translation>Erstellt für jeden Kunden, dessen Servicestufe einen monatlichen Servicebericht umfasst (Professional und Enterprise), einen Bericht, benannt nach Kunde und Monat, im gewählten Ordner.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation>Zielordner für die PDFs</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Issue every report (locks the month for each customer)</source>
        <translation>Alle Berichte &amp;ausstellen (sperrt den Monat für jeden Kunden)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>The summary of the run appears here: reports written, failed (with the reason) and customers skipped.</source>
        <translation>Hier erscheint die Zusammenfassung des Laufs: erstellte und fehlgeschlagene Berichte (mit Grund) sowie übersprungene Kunden.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Mehrstunden</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Stundenkontingent</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Oldest overdue</source>
        <translation>Älteste überfällige</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätung</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Adjustments to</source>
        <translation>Korrekturen zu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Supportfall</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Supportfall eröffnen</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Reaktion erfassen</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Record wait</source>
        <translation>Wartezeit erfassen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>A new support case</source>
        <translation>Neuer Supportfall</translation>
    </message>
    <message>
        <source>Its response target is the tier&apos;s for the severity, counted from the time it opened, on the customer&apos;s clock.</source>
        <translation>Die Reaktionszeit richtet sich nach Servicestufe und Schweregrad und zählt ab der Eröffnung, in der Zeitzone des Kunden.</translation>
    </message>
    <message>
        <source>What the customer reported</source>
        <translation>Was der Kunde gemeldet hat</translation>
    </message>
    <message>
        <source>The help desk&apos;s ticket number, or the next CASE-n</source>
        <translation>Ticketnummer des Helpdesks oder die nächste CASE-n</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Eröffnet:</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}, Stufe {level} ({escalation})</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>eröffnet am {when}</translation>
    </message>
    <message>
        <source>response due {when}</source>
        <translation>Reaktion fällig am {when}</translation>
    </message>
    <message>
        <source>answered {when}</source>
        <translation>beantwortet am {when}</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>&amp;Gelöst:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Why it goes up (kept in the case&apos;s history)</source>
        <translation>Grund der Eskalation (wird im Verlauf des Supportfalls gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Add a customer before opening a case.</source>
        <translation>Legen Sie einen Kunden an, bevor Sie einen Supportfall eröffnen.</translation>
    </message>
</context>
<context>
    <name>CasesForm</name>
    <message>
        <source>Cases</source>
        <translation>Supportfälle</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Neuer Supportfall…</translation>
    </message>
    <message>
        <source>Open a support case for the customer chosen in the toolbar</source>
        <translation>Supportfall für den in der Symbolleiste gewählten Kunden eröffnen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Welche Supportfälle</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>Schwere&amp;grad:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Filter by customer, case or title (Ctrl+F)</source>
        <translation>Nach Kunde, Supportfall oder Titel filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Supportfälle filtern</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>&amp;Reagieren…</translation>
    </message>
    <message>
        <source>Record the first response to the selected case</source>
        <translation>Erste Reaktion auf den gewählten Supportfall erfassen</translation>
    </message>
    <message>
        <source>&amp;Wait on customer…</source>
        <translation>Auf Kunden &amp;warten…</translation>
    </message>
    <message>
        <source>A period waiting on the customer: the case&apos;s clock stops in it</source>
        <translation>Ein Zeitraum, in dem auf den Kunden gewartet wird: Die Uhr des Supportfalls steht still</translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation>Es&amp;kalieren…</translation>
    </message>
    <message>
        <source>Move the selected case to another escalation level, with a reason</source>
        <translation>Gewählten Supportfall mit Begründung auf eine andere Eskalationsstufe setzen</translation>
    </message>
    <message>
        <source>Res&amp;olve…</source>
        <translation>&amp;Lösen…</translation>
    </message>
    <message>
        <source>Resolve the selected case</source>
        <translation>Gewählten Supportfall lösen</translation>
    </message>
    <message>
        <source>Response SLA this month</source>
        <translation>Reaktions-SLA in diesem Monat</translation>
    </message>
    <message>
        <source>Attainment by customer</source>
        <translation>Erfüllungsgrad nach Kunde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Erfüllungsgrad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Servicegutschrift</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Case</source>
        <translation>Supportfall</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation>{days} T. {hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation>{hours} Std. {minutes} Min. {seconds} Sek.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} Sek.</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>keine Reaktionszeit</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>überfällig seit {span}</translation>
    </message>
    <message>
        <source>The tier promises no response time for this severity.</source>
        <translation>Die Servicestufe sieht für diesen Schweregrad keine Reaktionszeit vor.</translation>
    </message>
    <message>
        <source>The clock runs around the clock (24x7).</source>
        <translation>Die Uhr läuft rund um die Uhr (24x7).</translation>
    </message>
    <message>
        <source>The clock runs in business hours only: 09:00-17:00 Monday to Friday in {zone}, without the customer&apos;s public holidays.</source>
        <translation>Die Uhr läuft nur während der Geschäftszeiten: Montag bis Freitag 09:00–17:00 in {zone}, ohne die Feiertage des Kunden.</translation>
    </message>
    <message>
        <source>{state}, resolved</source>
        <translation>{state}, gelöst</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}, Stufe {level} ({escalation})</translation>
    </message>
    <message>
        <source>Opened {when}</source>
        <translation>Eröffnet am {when}</translation>
    </message>
    <message>
        <source>Response due {when} ({state})</source>
        <translation>Reaktion fällig am {when} ({state})</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>Beantwortet am {when}</translation>
    </message>
    <message>
        <source>Resolved {when}</source>
        <translation>Gelöst am {when}</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Open cases</source>
        <translation>Offene Supportfälle</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>Aktuell gefährdet</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>All opened this month</source>
        <translation>Alle in diesem Monat eröffneten</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>offene Supportfälle</translation>
    </message>
    <message>
        <source>at risk now</source>
        <translation>aktuell gefährdet</translation>
    </message>
    <message>
        <source>breached ({month})</source>
        <translation>verletzt ({month})</translation>
    </message>
    <message>
        <source>all opened this month ({month})</source>
        <translation>alle in diesem Monat eröffneten ({month})</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Supportfälle</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Supportfälle werden gelesen…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>severity</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reading the month&apos;s SLA…</source>
        <translation>SLA des Monats wird gelesen…</translation>
    </message>
    <message>
        <source>The month&apos;s SLA could not be read: {message}</source>
        <translation>Das SLA des Monats konnte nicht gelesen werden: {message}</translation>
    </message>
    <message>
        <source>The cases could not be read: {message}</source>
        <translation>Die Supportfälle konnten nicht gelesen werden: {message}</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln Supportfall</numerusform>
            <numerusform>%Ln Supportfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>No open cases for {customer}. Open one with New case….</source>
        <translation>Keine offenen Supportfälle für {customer}. Eröffnen Sie einen mit „Neuer Supportfall…“.</translation>
    </message>
    <message>
        <source>No case for {customer} is at risk now.</source>
        <translation>Kein Supportfall von {customer} ist aktuell gefährdet.</translation>
    </message>
    <message>
        <source>No case for {customer} breached its response target in {month}.</source>
        <translation>Kein Supportfall von {customer} hat im {month} die Reaktionszeit verletzt.</translation>
    </message>
    <message>
        <source>No case for {customer} opened in {month}.</source>
        <translation>Im {month} wurde kein Supportfall für {customer} eröffnet.</translation>
    </message>
    <message>
        <source>No open cases. Open one with New case….</source>
        <translation>Keine offenen Supportfälle. Eröffnen Sie einen mit „Neuer Supportfall…“.</translation>
    </message>
    <message>
        <source>No case is at risk now.</source>
        <translation>Kein Supportfall ist aktuell gefährdet.</translation>
    </message>
    <message>
        <source>No case breached its response target in {month}.</source>
        <translation>Kein Supportfall hat im {month} die Reaktionszeit verletzt.</translation>
    </message>
    <message>
        <source>No case opened in {month}.</source>
        <translation>Im {month} wurde kein Supportfall eröffnet.</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>Reaktions-SLA im {month}</translation>
    </message>
    <message>
        <source>none ({percent} % if breached)</source>
        <translation>keine ({percent} % bei Verletzung)</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>kein SLA</translation>
    </message>
    <message>
        <source>Below the target of {target} %: the SLA is breached.</source>
        <translation>Unter dem Ziel von {target} %: Das SLA ist verletzt.</translation>
    </message>
    <message>
        <source>No cases were due in {month}.</source>
        <translation>Im {month} war kein Supportfall fällig.</translation>
    </message>
    <message>
        <source>{customer}&apos;s tier has no response SLA.</source>
        <translation>Die Servicestufe von {customer} hat kein Reaktions-SLA.</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio: %Ln cases due in {month}, {met} met, {percent} attainment.</source>
        <translation>
            <numerusform>Portfolio: %Ln Supportfall fällig im {month}, {met} eingehalten, Erfüllungsgrad {percent}.</numerusform>
            <numerusform>Portfolio: %Ln Supportfälle fällig im {month}, {met} eingehalten, Erfüllungsgrad {percent}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}: cases whose response fell due in {month} and are decided.</source>
        <translation>{customer}: Supportfälle, deren Reaktion im {month} fällig wurde und deren Ergebnis feststeht.</translation>
    </message>
    <message>
        <source>Opened case {case} for {customer}</source>
        <translation>Supportfall {case} für {customer} eröffnet</translation>
    </message>
    <message>
        <source>Recorded the first response to case {case} of {customer}</source>
        <translation>Erste Reaktion auf Supportfall {case} von {customer} erfasst</translation>
    </message>
    <message>
        <source>Recorded a wait on the customer in case {case} of {customer}</source>
        <translation>Wartezeit auf den Kunden in Supportfall {case} von {customer} erfasst</translation>
    </message>
    <message>
        <source>Escalated to level {level} case {case} of {customer}</source>
        <translation>Supportfall {case} von {customer} auf Stufe {level} eskaliert</translation>
    </message>
    <message>
        <source>Resolved case {case} of {customer}</source>
        <translation>Supportfall {case} von {customer} gelöst</translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes it).</source>
        <translation>{done} (Strg+Z macht es rückgängig).</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact — {customer}</source>
        <translation>Neuer Kontakt — {customer}</translation>
    </message>
    <message>
        <source>Contact — {customer}</source>
        <translation>Kontakt — {customer}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>{named} named contacts, {seats} training seats.</source>
        <translation>{named} benannte Ansprechpartner, {seats} Online-Schulungsplätze.</translation>
    </message>
    <message>
        <source>{count} named contacts (unlimited on {tier})</source>
        <translation>{count} benannte Ansprechpartner (unbegrenzt bei {tier})</translation>
    </message>
    <message>
        <source>No named contacts on {tier}</source>
        <translation>Keine benannten Ansprechpartner bei {tier}</translation>
    </message>
    <message>
        <source>{count} of {limit} named contacts used</source>
        <translation>{count} von {limit} benannten Ansprechpartnern genutzt</translation>
    </message>
    <message>
        <source>{count} training seats (unlimited on {tier})</source>
        <translation>{count} Online-Schulungsplätze (unbegrenzt bei {tier})</translation>
    </message>
    <message>
        <source>no training seats on {tier}</source>
        <translation>keine Online-Schulungsplätze bei {tier}</translation>
    </message>
    <message>
        <source>{count} of {limit} training seats used</source>
        <translation>{count} von {limit} Online-Schulungsplätzen genutzt</translation>
    </message>
    <message>
        <source>{named}; {seats}.</source>
        <translation>{named}; {seats}.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Named &amp;support contact (may open support cases)</source>
        <translation>Benannter &amp;Ansprechpartner (darf Supportfälle eröffnen)</translation>
    </message>
    <message>
        <source>Has an online &amp;training seat</source>
        <translation>Hat einen Online-&amp;Schulungsplatz</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Benannt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>★ named</source>
        <translation>★ benannt</translation>
    </message>
    <message>
        <source>training seat</source>
        <translation>Schulungsplatz</translation>
    </message>
</context>
<context>
    <name>ContractTermsModel</name>
    <message>
        <source>Tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Heute gültig</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>No money changes: the month&apos;s charges stay as issued.</source>
        <translation>Keine Änderung am Geld: Die Gebühren des Monats bleiben wie ausgestellt.</translation>
    </message>
    <message>
        <source>{month}, the fee: a charge of {amount} USD</source>
        <translation>{month}, Gebühr: eine Belastung von {amount} USD</translation>
    </message>
    <message>
        <source>{month}, the fee: a credit of {amount} USD</source>
        <translation>{month}, Gebühr: eine Gutschrift von {amount} USD</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a charge of {amount} USD ({hours})</source>
        <translation>{month}, Mehrstunden {category}: eine Belastung von {amount} USD ({hours})</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a credit of {amount} USD ({hours})</source>
        <translation>{month}, Mehrstunden {category}: eine Gutschrift von {amount} USD ({hours})</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the changes of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>The next report issued will carry {changes}.</source>
        <translation>Der nächste ausgestellte Bericht enthält {changes}.</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Korrektur erfassen</translation>
    </message>
    <message>
        <source>Entry {entry}: {hours} of {category} for {customer} on {day}, by {engineer}. Its month is issued, so the entry stays as it is and the correction is recorded beside it.</source>
        <translation>Eintrag {entry}: {hours} {category} für {customer} am {day}, von {engineer}. Sein Monat ist ausgestellt; der Eintrag bleibt daher unverändert, und die Korrektur wird daneben erfasst.</translation>
    </message>
    <message>
        <source>What the entry should have been; 0 takes it back entirely</source>
        <translation>Wie der Eintrag hätte lauten sollen; 0 nimmt ihn ganz zurück</translation>
    </message>
    <message>
        <source>Why, in a few words (kept with the correction)</source>
        <translation>Warum, in wenigen Worten (wird mit der Korrektur gespeichert)</translation>
    </message>
    <message>
        <source>Hours it should have been:</source>
        <translation>Richtige Stunden:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Eine Korrektur braucht einen Grund.</translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>vor %n Tag beendet</numerusform>
            <numerusform>vor %n Tagen beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named contacts (unlimited)</source>
        <translation>
            <numerusform>%n benannter Ansprechpartner (unbegrenzt)</numerusform>
            <numerusform>%n benannte Ansprechpartner (unbegrenzt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts — over the tier&apos;s limit</source>
        <translation>
            <numerusform>{count} von %n benannten Ansprechpartner — über dem Limit der Servicestufe</numerusform>
            <numerusform>{count} von %n benannten Ansprechpartnern — über dem Limit der Servicestufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts</source>
        <translation>
            <numerusform>{count} von %n benannten Ansprechpartner</numerusform>
            <numerusform>{count} von %n benannten Ansprechpartnern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit {customer}</source>
        <translation>{customer} bearbeiten</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Kunde hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s starting price)</source>
        <translation>{fee} (Einstiegspreis von {tier})</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee} (Preis von {tier})</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>The customer&apos;s company name</source>
        <translation>Firmenname des Kunden</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Servicestufe</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>&amp;Monatsgebühr</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD pro Monat</translation>
    </message>
    <message>
        <source>Contract &amp;start</source>
        <translation>Vertrags&amp;beginn</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Contract &amp;end</source>
        <translation>Vertrags&amp;ende</translation>
    </message>
    <message>
        <source>N&amp;o end date</source>
        <translation>&amp;Kein Enddatum</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin or New_York</source>
        <translation>Stadt eingeben, z. B. Berlin oder New_York</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>Berichtss&amp;prache</translation>
    </message>
    <message>
        <source>&amp;CSM</source>
        <translation>&amp;CSM</translation>
    </message>
    <message>
        <source>Customer success manager (optional)</source>
        <translation>Customer Success Manager (optional)</translation>
    </message>
    <message>
        <source>T&amp;AM</source>
        <translation>T&amp;AM</translation>
    </message>
    <message>
        <source>Technical account manager (optional)</source>
        <translation>Technical Account Manager (optional)</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Feiertage</translation>
    </message>
    <message>
        <source>None; or a country code such as DE or US-CA</source>
        <translation>Keine; oder ein Ländercode wie DE oder US-CA</translation>
    </message>
    <message>
        <source>Unused hours &amp;roll over</source>
        <translation>Ungenutzte Stunden &amp;übertragen</translation>
    </message>
    <message>
        <source>Hours left at the end of a period carry into the next one, at most one period&apos;s allowance.</source>
        <translation>Am Ende eines Zeitraums übrige Stunden gehen in den nächsten über, höchstens das Kontingent eines Zeitraums.</translation>
    </message>
    <message>
        <source>The tier and its fee change with Change tier…, which keeps the contract history and prorates the month.</source>
        <translation>Servicestufe und Gebühr ändern Sie mit „Servicestufe ändern…“; dabei bleibt der Vertragsverlauf erhalten und der Monat wird anteilig berechnet.</translation>
    </message>
</context>
<context>
    <name>CustomersForm</name>
    <message>
        <source>Search name, CSM or TAM (Ctrl+F)</source>
        <translation>Name, CSM oder TAM suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Filters the table as you type; Esc clears, Down goes to the table</source>
        <translation>Filtert die Tabelle während der Eingabe; Esc leert das Feld, Pfeil nach unten wechselt zur Tabelle</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>Select a customer in the table to see its contract, contacts and notes, or add a customer with Ctrl+N.</source>
        <translation>Wählen Sie einen Kunden in der Tabelle, um Vertrag, Kontakte und Notizen zu sehen, oder legen Sie mit Strg+N einen Kunden an.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the name, dates, time zone, language, CSM or TAM</source>
        <translation>Name, Daten, Zeitzone, Sprache, CSM oder TAM ändern</translation>
    </message>
    <message>
        <source>Change &amp;tier…</source>
        <translation>&amp;Servicestufe ändern…</translation>
    </message>
    <message>
        <source>Upgrade or downgrade from a date, with the month&apos;s fee and allowances previewed</source>
        <translation>Ab einem Datum hoch- oder herabstufen, mit Vorschau von Monatsgebühr und Stundenkontingenten</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>Be&amp;richt…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s monthly service report for the toolbar&apos;s month (PDF)</source>
        <translation>Monatlichen Servicebericht dieses Kunden für den Monat der Symbolleiste exportieren (PDF)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>TAM</source>
        <translation>TAM</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>Benannte Ansprechpartner</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Contract history</source>
        <translation>Vertragsverlauf</translation>
    </message>
    <message>
        <source>Each term runs from its date until the next one or the contract&apos;s end; the one in force today is bold. Upgrades and downgrades are prorated by days: use Change tier….</source>
        <translation>Jede Vertragsphase gilt ab ihrem Datum bis zur nächsten oder bis Vertragsende; die heute gültige ist fett. Hoch- und Herabstufungen werden tageweise anteilig berechnet: Verwenden Sie „Servicestufe ändern…“.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Kontakt bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected contact (or double-click it)</source>
        <translation>Gewählten Kontakt ändern (oder doppelklicken)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected contact, e.g. someone who left the customer</source>
        <translation>Gewählten Kontakt entfernen, z. B. jemanden, der den Kunden verlassen hat</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No contacts yet. Add the people who open support cases with Add contact….</source>
        <translation>Noch keine Kontakte. Fügen Sie mit „Kontakt hinzufügen…“ die Personen hinzu, die Supportfälle eröffnen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes about this account: who to call, what was promised, what to watch. Only your team sees them.</source>
        <translation>Notizen zu diesem Kunden: wen anrufen, was zugesagt wurde, worauf zu achten ist. Nur Ihr Team sieht sie.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Notizen speichern</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S)</source>
        <translation>Notizen speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>no end date</source>
        <translation>kein Enddatum</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>over contact limit ({count} of {limit} named)</source>
        <translation>über dem Kontaktlimit ({count} von {limit} benannt)</translation>
    </message>
    <message>
        <source>starts {day}</source>
        <translation>beginnt am {day}</translation>
    </message>
    <message>
        <source>contract ended</source>
        <translation>Vertrag beendet</translation>
    </message>
    <message>
        <source>renewal due</source>
        <translation>Verlängerung fällig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Servicestufe</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>TAM</source>
        <translation>TAM</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Consulting {month}</source>
        <translation>Beratung {month}</translation>
    </message>
    <message>
        <source>Consulting hours logged in the month chosen in the toolbar</source>
        <translation>Im Monat der Symbolleiste erfasste Beratungsstunden</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>The {tier} tier includes no named contacts</source>
        <translation>Die Servicestufe {tier} umfasst keine benannten Ansprechpartner</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Kunde wird gelesen…</translation>
    </message>
    <message>
        <source>The customers could not be loaded. {message}
Check the database connection, then open the view again (Ctrl+2).</source>
        <translation>Die Kunden konnten nicht geladen werden. {message}
Prüfen Sie die Datenbankverbindung und öffnen Sie die Ansicht erneut (Strg+2).</translation>
    </message>
    <message>
        <source>No customers yet. Add your first customer with Ctrl+N, or load the demo portfolio from the File menu.</source>
        <translation>Noch keine Kunden. Legen Sie mit Strg+N Ihren ersten Kunden an oder laden Sie das Demo-Portfolio über das Menü „Datei“.</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>No customer, CSM or TAM matches “{search}”.
Press Esc to clear the search, or add a customer with Ctrl+N.</source>
        <translation>Kein Kunde, CSM oder TAM passt zu „{search}“.
Drücken Sie Esc, um die Suche zu leeren, oder legen Sie mit Strg+N einen Kunden an.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer could not be read. {message}</source>
        <translation>Der Kunde konnte nicht gelesen werden. {message}</translation>
    </message>
    <message>
        <source>since {day}, {fee} a month</source>
        <translation>seit {day}, {fee} im Monat</translation>
    </message>
    <message>
        <source>{tier} from {day}</source>
        <translation>{tier} ab {day}</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>from {day}, no end date</source>
        <translation>ab {day}, kein Enddatum</translation>
    </message>
    <message>
        <source>{zone} — {time} there now</source>
        <translation>{zone} — dort jetzt {time}</translation>
    </message>
    <message>
        <source>{calendar} public holidays</source>
        <translation>Feiertage: {calendar}</translation>
    </message>
    <message>
        <source>none (Monday to Friday are working days)</source>
        <translation>keine (Montag bis Freitag sind Arbeitstage)</translation>
    </message>
    <message>
        <source>unused hours roll over</source>
        <translation>ungenutzte Stunden werden übertragen</translation>
    </message>
    <message>
        <source>reports issued up to {month}</source>
        <translation>Berichte bis {month} ausgestellt</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no flags</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The notes typed for {customer} could not be saved. {why}

What you typed, to copy elsewhere:

{notes}</source>
        <translation>Die für {customer} eingegebenen Notizen konnten nicht gespeichert werden. {why}

Ihre Eingabe zum Kopieren an eine andere Stelle:

{notes}</translation>
    </message>
    <message>
        <source>Remove {contact} (a named support contact) from {customer}&apos;s contacts?</source>
        <translation>{contact} (benannter Ansprechpartner) aus den Kontakten von {customer} entfernen?</translation>
    </message>
    <message>
        <source>Remove {contact} from {customer}&apos;s contacts?</source>
        <translation>{contact} aus den Kontakten von {customer} entfernen?</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>{hours} in {month} (none included)</source>
        <translation>{hours} im {month} (kein Stundenkontingent)</translation>
    </message>
    <message>
        <source>not included in {month}</source>
        <translation>im {month} nicht enthalten</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}; {over} over, {charge}</source>
        <translation>{used} von {included} im {month} genutzt; {over} Mehrstunden, {charge}</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}</source>
        <translation>{used} von {included} im {month} genutzt</translation>
    </message>
</context>
<context>
    <name>Engineer</name>
    <message>
        <source>Your name on the hours you log</source>
        <translation>Ihr Name auf den erfassten Stunden</translation>
    </message>
    <message>
        <source>Which name should go on the hours you log? Your colleagues and the monthly reports see it. (The command line uses it too; Edit ▸ Preferences changes it.)</source>
        <translation>Unter welchem Namen sollen Ihre Stunden erfasst werden? Kollegen und die monatlichen Berichte sehen ihn. (Die Befehlszeile verwendet ihn auch; Bearbeiten ▸ Einstellungen ändert ihn.)</translation>
    </message>
</context>
<context>
    <name>EntitlementsForm</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>Wählen Sie in der Symbolleiste einen Kunden, um seine Leistungsansprüche zu sehen</translation>
    </message>
    <message>
        <source>Type a few letters of the name in the Customer box (Ctrl+F here) and pick it; the Month arrows choose the month. The Home view lists every customer&apos;s overage at once.</source>
        <translation>Geben Sie im Feld „Kunde“ (hier Strg+F) einige Buchstaben des Namens ein und wählen Sie ihn aus; mit den Pfeilen bei „Monat“ wählen Sie den Monat. Die Startansicht zeigt die Mehrstunden aller Kunden auf einen Blick.</translation>
    </message>
    <message>
        <source>Export monthly &amp;report…</source>
        <translation>Monatlichen &amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>The client&apos;s service report for this customer and month (PDF)</source>
        <translation>Servicebericht für diesen Kunden und Monat (PDF)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <source>Overage charges</source>
        <translation>Mehrstundenberechnung</translation>
    </message>
    <message>
        <source>Fee and overage</source>
        <translation>Monatsgebühr und Mehrstunden</translation>
    </message>
    <message>
        <source>Seats and sessions</source>
        <translation>Plätze und Schulungen</translation>
    </message>
    <message>
        <source>Adjustments for the next report</source>
        <translation>Korrekturen für den nächsten Bericht</translation>
    </message>
    <message>
        <source>Months already issued whose figures changed since: the next report issued for this customer charges or credits the difference.</source>
        <translation>Bereits ausgestellte Monate, deren Zahlen sich seitdem geändert haben: Der nächste für diesen Kunden ausgestellte Bericht berechnet oder erstattet die Differenz.</translation>
    </message>
</context>
<context>
    <name>EntitlementsView</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>Wählen Sie in der Symbolleiste einen Kunden, um seine Ansprüche zu sehen</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>Q{number} {year}</translation>
    </message>
    <message>
        <source>{quarter} to date</source>
        <translation>{quarter} bis heute</translation>
    </message>
    <message>
        <source>{quarter} to the end of {month}</source>
        <translation>{quarter} bis Ende {month}</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this quarter.</source>
        <translation>Ausgestellt: Dies sind die Zahlen des Berichts; später erfasste oder korrigierte Stunden kommen als Korrekturen in den nächsten Bericht, nicht in dieses Quartal.</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this month.</source>
        <translation>Ausgestellt: Dies sind die Zahlen des Berichts; später erfasste oder korrigierte Stunden kommen als Korrekturen in den nächsten Bericht, nicht in diesen Monat.</translation>
    </message>
    <message>
        <source>{month} has not started yet.</source>
        <translation>{month} hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>The quarter is over; these are its final figures.</source>
        <translation>Das Quartal ist vorbei; dies sind seine endgültigen Zahlen.</translation>
    </message>
    <message>
        <source>The month is over; these are its final figures.</source>
        <translation>Der Monat ist vorbei; dies sind seine endgültigen Zahlen.</translation>
    </message>
    <message>
        <source>Counted to the end of {month}; the forecast is on {current}.</source>
        <translation>Gezählt bis Ende {month}; die Prognose gilt für {current}.</translation>
    </message>
    <message>
        <source>The contract starts on {day}.</source>
        <translation>Der Vertrag beginnt am {day}.</translation>
    </message>
    <message>
        <source>The contract ended on {day}.</source>
        <translation>Der Vertrag endete am {day}.</translation>
    </message>
    <message>
        <source>No hours are included; every hour logged is overage.</source>
        <translation>Keine Stunden inklusive; jede erfasste Stunde ist eine Mehrstunde.</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the quarter.</source>
        <translation>Noch nichts genutzt: Das ganze Kontingent steht für das Quartal bereit.</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the month.</source>
        <translation>Noch nichts genutzt: Das ganze Kontingent steht für den Monat bereit.</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage.</source>
        <translation>Das Kontingent ist aufgebraucht; weitere Stunden sind Mehrstunden.</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage at {rate}/h.</source>
        <translation>Das Kontingent ist aufgebraucht; weitere Stunden sind Mehrstunden zu {rate}/Std.</translation>
    </message>
    <message>
        <source>At this pace the allowance runs out on {day}.</source>
        <translation>Bei diesem Tempo ist das Kontingent am {day} aufgebraucht.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts until the contract ends on {day}.</source>
        <translation>Bei diesem Tempo reicht das Kontingent bis zum Vertragsende am {day}.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the quarter.</source>
        <translation>Bei diesem Tempo reicht das Kontingent für das Quartal.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the month.</source>
        <translation>Bei diesem Tempo reicht das Kontingent für den Monat.</translation>
    </message>
    <message>
        <source>{hours} at {rate} = {charge}</source>
        <translation>{hours} zu {rate} = {charge}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>SLA service credit</source>
        <translation>SLA-Servicegutschrift</translation>
    </message>
    <message>
        <source>{allowance} overage</source>
        <translation>Mehrstunden {allowance}</translation>
    </message>
    <message>
        <source>{used} (unlimited)</source>
        <translation>{used} (unbegrenzt)</translation>
    </message>
    <message>
        <source>{used} of {included}</source>
        <translation>{used} von {included}</translation>
    </message>
    <message>
        <source>this contract year, from {day}</source>
        <translation>dieses Vertragsjahr, ab {day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Ansprüche</translation>
    </message>
    <message>
        <source>Reading the entitlements…</source>
        <translation>Ansprüche werden gelesen…</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>Reaktionszeit-SLA</translation>
    </message>
    <message>
        <source>{reason} Choose a customer in the toolbar to see what they are entitled to.</source>
        <translation>{reason} Wählen Sie in der Symbolleiste einen Kunden, um seine Ansprüche zu sehen.</translation>
    </message>
    <message>
        <source> then </source>
        <comment>between the tiers of one month</comment>
        <translation> dann </translation>
    </message>
    <message>
        <source>contract from {start}</source>
        <translation>Vertrag ab {start}</translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation>Vertrag vom {start} bis {end}</translation>
    </message>
    <message>
        <source>CSM {name}</source>
        <translation>CSM {name}</translation>
    </message>
    <message>
        <source>TAM {name}</source>
        <translation>TAM {name}</translation>
    </message>
    <message>
        <source>{customer}&apos;s contract does not cover {month}, so nothing is included in it; choose another month with the Month arrows.</source>
        <translation>Der Vertrag von {customer} umfasst {month} nicht, daher ist darin nichts inklusive; wählen Sie mit den Monatspfeilen einen anderen Monat.</translation>
    </message>
    <message>
        <source>{tier} includes no consulting or development hours in {month}; hours logged are tracked below but not measured against an allowance.</source>
        <translation>{tier} enthält im {month} keine Beratungs- oder Entwicklungsstunden; erfasste Stunden werden unten aufgeführt, aber nicht gegen ein Kontingent gerechnet.</translation>
    </message>
    <message>
        <source>Issued — these are the figures of report {report}. Changes made since reach the client as adjustments on the next report.</source>
        <translation>Ausgestellt — dies sind die Zahlen von Bericht {report}. Spätere Änderungen erreichen den Kunden als Korrekturen im nächsten Bericht.</translation>
    </message>
    <message>
        <source>Fee and hours in {month}, as issued</source>
        <translation>Gebühr und Stunden im {month}, wie ausgestellt</translation>
    </message>
    <message>
        <source>Fee and hours in {month}</source>
        <translation>Gebühr und Stunden im {month}</translation>
    </message>
    <message>
        <source>Fee, prorated by days</source>
        <translation>Gebühr, nach Tagen anteilig</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the categories of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Hours logged: {hours}</source>
        <translation>Erfasste Stunden: {hours}</translation>
    </message>
    <message>
        <source>No hours logged in {month}; log them in the Hours view (Ctrl+4).</source>
        <translation>Keine Stunden im {month} erfasst; erfassen Sie sie in der Ansicht Stunden (Strg+4).</translation>
    </message>
    <message>
        <source>No hours logged in {month}.</source>
        <translation>Keine Stunden im {month} erfasst.</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>Reaktionszeit-SLA im {month}</translation>
    </message>
    <message>
        <source>No cases were due in {month} (target {target} %).</source>
        <translation>Im {month} waren keine Supportfälle fällig (Ziel {target} %).</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} % — breached</source>
        <translation>Erfüllungsgrad {attainment} % bei einem Ziel von {target} % — verletzt</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} %</source>
        <translation>Erfüllungsgrad {attainment} % bei einem Ziel von {target} %</translation>
    </message>
    <message>
        <source>Cases due: {due}, met: {met}</source>
        <translation>Fällige Supportfälle: {due}, eingehalten: {met}</translation>
    </message>
    <message>
        <source>Service credit: {credit} ({percent} % of the fee)</source>
        <translation>Servicegutschrift: {credit} ({percent} % der Gebühr)</translation>
    </message>
    <message>
        <source>No service credit ({percent} % of the fee if breached)</source>
        <translation>Keine Servicegutschrift ({percent} % der Gebühr bei Verletzung)</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>column of the adjustments</comment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>What</source>
        <comment>column of the adjustments</comment>
        <translation>Was</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column of the adjustments</comment>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column of the adjustments</comment>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column of the adjustments</comment>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Together on the next report</source>
        <translation>Zusammen im nächsten Bericht</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown step the month; the Customer box finds as you type.</source>
        <translation>Strg+Bild↑ und Strg+Bild↓ wechseln den Monat; das Feld Kunde sucht während der Eingabe.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>The history could not be read. {message}</source>
        <translation>Der Verlauf konnte nicht gelesen werden. {message}</translation>
    </message>
</context>
<context>
    <name>HomeForm</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Find a customer in these lists (Ctrl+F)</source>
        <translation>Kunden in diesen Listen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Overage this month</source>
        <translation>Mehrstunden in diesem Monat</translation>
    </message>
    <message>
        <source>No overage this month.</source>
        <translation>Keine Mehrstunden in diesem Monat.</translation>
    </message>
    <message>
        <source>Allowances past 80 %</source>
        <translation>Stundenkontingente über 80 %</translation>
    </message>
    <message>
        <source>No allowance is past 80 % this month.</source>
        <translation>Kein Stundenkontingent liegt in diesem Monat über 80 %.</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Überfällige Reviews</translation>
    </message>
    <message>
        <source>No overdue reviews.</source>
        <translation>Keine überfälligen Reviews.</translation>
    </message>
    <message>
        <source>Renewals within 60 days</source>
        <translation>Verlängerungen innerhalb von 60 Tagen</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days.</source>
        <translation>In den nächsten 60 Tagen endet kein Vertrag.</translation>
    </message>
    <message>
        <source>Adjustments waiting for the next report</source>
        <translation>Offene Korrekturen für den nächsten Bericht</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>Keine Korrekturen warten auf einen Bericht.</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio</source>
        <translation>Stunden pro Monat, gesamtes Portfolio</translation>
    </message>
    <message>
        <source>No hours logged in these twelve months. Log hours in the Hours view (Ctrl+4) and they show here by month and category.</source>
        <translation>In diesen zwölf Monaten wurden keine Stunden erfasst. Erfassen Sie Stunden in der Ansicht „Stunden“ (Strg+4); sie erscheinen dann hier nach Monat und Kategorie.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Übersicht wird geladen…</translation>
    </message>
    <message>
        <source>Open a customer to see the adjustments in Entitlements.</source>
        <translation>Öffnen Sie einen Kunden, um die Korrekturen unter Ansprüche zu sehen.</translation>
    </message>
    <message>
        <source>Reading the support cases…</source>
        <translation>Supportfälle werden gelesen…</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it.</source>
        <translation>Doppelklicken Sie auf einen Kunden oder drücken Sie die Eingabetaste, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>SLA at risk now / breached this month</source>
        <translation>SLA jetzt gefährdet / in diesem Monat verletzt</translation>
    </message>
    <message>
        <source>Double-click a case, or press Enter, to open it in Cases.</source>
        <translation>Doppelklicken Sie auf einen Supportfall oder drücken Sie die Eingabetaste, um ihn unter Supportfälle zu öffnen.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Adding up the hours of twelve months…</source>
        <translation>Stunden von zwölf Monaten werden addiert…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation>Die Übersicht konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Portfolio in {month}</source>
        <translation>Portfolio im {month}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers · reviews and renewals as of {day}</source>
        <translation>
            <numerusform>%Ln Kunde · Reviews und Verlängerungen zum {day}</numerusform>
            <numerusform>%Ln Kunden · Reviews und Verlängerungen zum {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overage in {month}</source>
        <translation>Mehrstunden im {month}</translation>
    </message>
    <message>
        <source>All customers&apos; overage charges in the month together</source>
        <translation>Mehrstundenberechnungen aller Kunden im Monat zusammen</translation>
    </message>
    <message>
        <source>No overage in {month}: every customer stayed within their allowances.</source>
        <translation>Keine Mehrstunden im {month}: Jeder Kunde blieb innerhalb seiner Kontingente.</translation>
    </message>
    <message>
        <source>Allowances past 80 % in {month}</source>
        <translation>Kontingente über 80 % im {month}</translation>
    </message>
    <message>
        <source>No allowance is past 80 % in {month}. Customers show here as they near their included hours.</source>
        <translation>Im {month} ist kein Kontingent über 80 %. Kunden erscheinen hier, wenn sie ihre inklusiven Stunden fast aufgebraucht haben.</translation>
    </message>
    <message>
        <source>No overdue reviews. A planned review shows here once its time has passed and it is not marked held, cancelled or missed in the Reviews view.</source>
        <translation>Keine überfälligen Reviews. Ein geplantes Review erscheint hier, sobald sein Termin vorbei ist und es in der Ansicht Reviews nicht als durchgeführt, abgesagt oder versäumt markiert ist.</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days. Contracts show here two months before they end.</source>
        <translation>Kein Vertrag endet in den nächsten 60 Tagen. Verträge erscheinen hier zwei Monate vor ihrem Ende.</translation>
    </message>
    <message>
        <source>Customers whose next report carries adjustments to months already issued</source>
        <translation>Kunden, deren nächster Bericht Korrekturen zu bereits ausgestellten Monaten enthält</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>Keine Korrekturen warten auf einen Bericht.</translation>
    </message>
    <message>
        <source>SLA at risk now / breached in {month}</source>
        <translation>SLA jetzt gefährdet / verletzt im {month}</translation>
    </message>
    <message>
        <source>No case is at risk now, and none breached its response target in {month}.</source>
        <translation>Kein Supportfall ist jetzt gefährdet, und keiner hat im {month} seine Reaktionszeit verletzt.</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio: {first} to {last}</source>
        <translation>Stunden pro Monat, gesamtes Portfolio: {first} bis {last}</translation>
    </message>
    <message>
        <source>{hours} in total</source>
        <translation>{hours} insgesamt</translation>
    </message>
    <message>
        <source>No customer matching “{typed}” in this list.</source>
        <translation>Kein Kunde passt zu „{typed}“ in dieser Liste.</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>LedgerForm</name>
    <message>
        <source>Cu&amp;stomer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name</source>
        <translation>Kundennamen eingeben</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>&amp;Stunden</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1,5 oder 1:30</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegorie</translation>
    </message>
    <message>
        <source>&amp;Description (client sees this)</source>
        <translation>&amp;Beschreibung (für den Kunden sichtbar)</translation>
    </message>
    <message>
        <source>What the hours were for, as the report says it</source>
        <translation>Wofür die Stunden waren, wie es im Bericht steht</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report; required for consulting and development hours</source>
        <translation>Steht im monatlichen Servicebericht des Kunden; Pflicht für Beratungs- und Entwicklungsstunden</translation>
    </message>
    <message>
        <source>Internal n&amp;ote (team only)</source>
        <translation>Interne &amp;Notiz (nur Team)</translation>
    </message>
    <message>
        <source>Never on a report</source>
        <translation>Nie im Bericht</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Nur für das Team: erscheint nie in einem Bericht</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Log these hours (Enter in any field)</source>
        <translation>Diese Stunden erfassen (Eingabetaste in jedem Feld)</translation>
    </message>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>Geben Sie die Stunden ein und drücken Sie die Eingabetaste, um sie zu erfassen; Kunde, Datum, Kategorie, Beschreibung und Notiz bleiben für den nächsten Eintrag stehen.</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Alle Kunden anzeigen</translation>
    </message>
    <message>
        <source>&amp;All months</source>
        <translation>&amp;Alle Monate</translation>
    </message>
    <message>
        <source>Show every month instead of the month chosen in the toolbar</source>
        <translation>Alle Monate statt des in der Symbolleiste gewählten Monats anzeigen</translation>
    </message>
    <message>
        <source>Only the hours one engineer logged</source>
        <translation>Nur die von einem Techniker erfassten Stunden</translation>
    </message>
    <message>
        <source>Only one category of hours</source>
        <translation>Nur eine Stundenkategorie</translation>
    </message>
    <message>
        <source>Search text (Ctrl+F)</source>
        <translation>Text suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Finds entries whose description or internal note holds the text</source>
        <translation>Findet Einträge, deren Beschreibung oder interne Notiz den Text enthält</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Bearbeiten (F2)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Löschen (Entf)</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Berichtigung erfassen…</translation>
    </message>
    <message>
        <source>Correct an entry of an issued month (Ctrl+Shift+R): the change reaches the client as an adjustment on the next report</source>
        <translation>Eintrag eines ausgestellten Monats berichtigen (Strg+Umschalt+R): Die Änderung erscheint als Korrektur im nächsten Bericht an den Kunden</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Description (client)</source>
        <translation>Beschreibung (Kunde)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>What the client reads on the monthly report</source>
        <translation>Was der Kunde im monatlichen Bericht liest</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Nur für das Team: nie in einem Bericht</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: this entry is read-only. Record a correction instead.</source>
        <translation>{month} ist für {customer} ausgestellt: Dieser Eintrag ist schreibgeschützt. Erfassen Sie stattdessen eine Korrektur.</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: no reason given</source>
        <translation>Korrektur von Eintrag {entry}: kein Grund angegeben</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: {reason}</source>
        <translation>Korrektur von Eintrag {entry}: {reason}</translation>
    </message>
    <message>
        <source>Internal, never on a report: {note}</source>
        <translation>Intern, nie in einem Bericht: {note}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>Geben Sie die Stunden ein und drücken Sie die Eingabetaste; Kunde, Datum, Kategorie, Beschreibung und Notiz bleiben für den nächsten Eintrag.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>interne Notiz</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>Stundenbuch</translation>
    </message>
    <message>
        <source>Reading the hours ledger…</source>
        <translation>Stundenbuch wird gelesen…</translation>
    </message>
    <message>
        <source>Listing the engineers…</source>
        <translation>Techniker werden aufgelistet…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>Type the hours spent, e.g. 1.5 or 1:30.</source>
        <translation>Geben Sie die aufgewendeten Stunden ein, z. B. 1,5 oder 1:30.</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it). It is outside the filters, so the table does not show it.</source>
        <translation>{hours} {category} für {customer} am {day} erfasst (Strg+Z macht es rückgängig). Der Eintrag liegt außerhalb der Filter, daher zeigt die Tabelle ihn nicht.</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it).</source>
        <translation>{hours} {category} für {customer} am {day} erfasst (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Select an entry to change it.</source>
        <translation>Wählen Sie einen Eintrag, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Select an entry of an issued month to correct it; entries of open months are changed directly.</source>
        <translation>Wählen Sie einen Eintrag eines ausgestellten Monats, um ihn zu korrigieren; Einträge offener Monate werden direkt geändert.</translation>
    </message>
    <message>
        <source>Correction recorded; the next report issued carries the adjustment (Ctrl+Z takes it back).</source>
        <translation>Korrektur erfasst; der nächste ausgestellte Bericht enthält die Korrektur (Strg+Z nimmt sie zurück).</translation>
    </message>
    <message>
        <source>Select an entry to see its history.</source>
        <translation>Wählen Sie einen Eintrag, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>History of entry {entry} ({customer}, {day})</source>
        <translation>Verlauf von Eintrag {entry} ({customer}, {day})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries are selected; delete at most {most} at once.</source>
        <translation>
            <numerusform>%Ln Eintrag ist ausgewählt; löschen Sie höchstens {most} auf einmal.</numerusform>
            <numerusform>%Ln Einträge sind ausgewählt; löschen Sie höchstens {most} auf einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entries to delete.</source>
        <translation>Wählen Sie die zu löschenden Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entries (Ctrl+Z brings it back).</source>
        <translation>
            <numerusform>%Ln Eintrag gelöscht (Strg+Z holt ihn zurück).</numerusform>
            <numerusform>%Ln Einträge gelöscht (Strg+Z holt sie zurück).</numerusform>
        </translation>
    </message>
    <message>
        <source>Any engineer</source>
        <translation>Alle Techniker</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Korrektur erfassen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · {hours}</source>
        <translation>
            <numerusform>%Ln Eintrag · {hours}</numerusform>
            <numerusform>%Ln Einträge · {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>all months</source>
        <translation>alle Monate</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: its entries are read-only. A correction goes into the next open month.</source>
        <translation>{month} ist für {customer} ausgestellt: Seine Einträge sind schreibgeschützt. Eine Korrektur kommt in den nächsten offenen Monat.</translation>
    </message>
    <message>
        <source>No entries match these filters. Choose “Clear filters” above to see every entry again.</source>
        <translation>Keine Einträge passen zu diesen Filtern. Wählen Sie oben „Filter zurücksetzen“, um wieder alle Einträge zu sehen.</translation>
    </message>
    <message>
        <source>No hours logged for {customer} in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>Keine Stunden für {customer} im {month} erfasst. Geben Sie die Stunden oben ein und drücken Sie die Eingabetaste, um den ersten Eintrag zu erfassen. Aktivieren Sie „Alle Monate“, um die anderen Monate zu sehen, oder wechseln Sie den Monat in der Symbolleiste.</translation>
    </message>
    <message>
        <source>No hours logged for {customer} yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>Noch keine Stunden für {customer} erfasst. Geben Sie die Stunden oben ein und drücken Sie die Eingabetaste, um den ersten Eintrag zu erfassen.</translation>
    </message>
    <message>
        <source>No hours logged in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>Keine Stunden im {month} erfasst. Geben Sie die Stunden oben ein und drücken Sie die Eingabetaste, um den ersten Eintrag zu erfassen. Aktivieren Sie „Alle Monate“, um die anderen Monate zu sehen, oder wechseln Sie den Monat in der Symbolleiste.</translation>
    </message>
    <message>
        <source>No hours logged yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>Noch keine Stunden erfasst. Geben Sie die Stunden oben ein und drücken Sie die Eingabetaste, um den ersten Eintrag zu erfassen.</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Change…&lt;/a&gt;</source>
        <translation>Erfasst als &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Ändern…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; (your login) · &lt;a href=&apos;name&apos;&gt;Set your name…&lt;/a&gt;</source>
        <translation>Erfasst als &lt;b&gt;{name}&lt;/b&gt; (Ihre Anmeldung) · &lt;a href=&apos;name&apos;&gt;Namen festlegen…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The name on the hours you log here and on the command line (Edit ▸ Preferences)</source>
        <translation>Der Name auf den hier und in der Befehlszeile erfassten Stunden (Bearbeiten ▸ Einstellungen)</translation>
    </message>
    <message>
        <source>This entry is read-only: {month} is issued for {customer}, so its entries can be neither changed nor deleted. Record a correction instead (Ctrl+Shift+R).</source>
        <translation>Dieser Eintrag ist schreibgeschützt: {month} ist für {customer} ausgestellt, daher können seine Einträge weder geändert noch gelöscht werden. Erfassen Sie stattdessen eine Korrektur (Strg+Umschalt+R).</translation>
    </message>
    <message>
        <source>This entry corrects entry {entry} of an issued month; corrections stay as they were recorded.</source>
        <translation>Dieser Eintrag korrigiert Eintrag {entry} eines ausgestellten Monats; Korrekturen bleiben, wie sie erfasst wurden.</translation>
    </message>
    <message>
        <source>Changed the date (Ctrl+Z undoes it).</source>
        <translation>Datum geändert (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Changed the customer (Ctrl+Z undoes it).</source>
        <translation>Kunde geändert (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Changed the category (Ctrl+Z undoes it).</source>
        <translation>Kategorie geändert (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Changed the engineer (Ctrl+Z undoes it).</source>
        <translation>Techniker geändert (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Changed the hours (Ctrl+Z undoes it).</source>
        <translation>Stunden geändert (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Changed the description (Ctrl+Z undoes it).</source>
        <translation>Beschreibung geändert (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Changed the internal note (Ctrl+Z undoes it).</source>
        <translation>Interne Notiz geändert (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Pick a date from the calendar.</source>
        <translation>Wählen Sie ein Datum im Kalender.</translation>
    </message>
    <message>
        <source>An entry needs a customer.</source>
        <translation>Ein Eintrag braucht einen Kunden.</translation>
    </message>
    <message>
        <source>An entry needs the engineer who spent the hours.</source>
        <translation>Ein Eintrag braucht den Techniker, der die Stunden geleistet hat.</translation>
    </message>
</context>
<context>
    <name>LevelBadge</name>
    <message>
        <source>Within allowance</source>
        <translation>Innerhalb des Kontingents</translation>
    </message>
    <message>
        <source>Nearly used</source>
        <translation>Fast aufgebraucht</translation>
    </message>
    <message>
        <source>Over allowance</source>
        <translation>Kontingent überschritten</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>The database: {where}</source>
        <translation>Die Datenbank: {where}</translation>
    </message>
    <message>
        <source>Updated with changes by {who}.</source>
        <translation>Aktualisiert mit Änderungen von {who}.</translation>
    </message>
    <message>
        <source>Not receiving others&apos; changes</source>
        <translation>Änderungen anderer werden nicht empfangen</translation>
    </message>
    <message>
        <source>The connection to {where} was lost; trying again every {seconds} seconds. ({reason})</source>
        <translation>Die Verbindung zu {where} wurde unterbrochen; neuer Versuch alle {seconds} Sekunden. ({reason})</translation>
    </message>
    <message>
        <source>Asking who else is connected…</source>
        <translation>Wird ermittelt, wer noch verbunden ist…</translation>
    </message>
    <message>
        <source>Who else is connected could not be read: {message}</source>
        <translation>Wer noch verbunden ist, konnte nicht gelesen werden: {message}</translation>
    </message>
    <message>
        <source>{name} (as {role})</source>
        <translation>{name} (als {role})</translation>
    </message>
    <message>
        <source>No one else connected</source>
        <translation>Sonst niemand verbunden</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>Ebenfalls verbunden: {names}</translation>
    </message>
</context>
<context>
    <name>LoadedWhenShown</name>
    <message>
        <source>Reading the database…</source>
        <translation>Datenbank wird gelesen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>AccountDesk-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Ansprüche</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>Stundenbuch</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Supportfälle</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Counting customers and entries…</source>
        <translation>Kunden und Einträge werden gezählt…</translation>
    </message>
    <message>
        <source>{file} is an empty file. Make it a new AccountDesk database?</source>
        <translation>{file} ist eine leere Datei. Daraus eine neue AccountDesk-Datenbank machen?</translation>
    </message>
    <message>
        <source>{file} was left as it was, an empty file.</source>
        <translation>{file} wurde unverändert gelassen, eine leere Datei.</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>{database} wird geöffnet…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>{file} already exists; a new database needs a new file name. To work in that database, choose File ▸ Open database….</source>
        <translation>{file} existiert bereits; eine neue Datenbank braucht einen neuen Dateinamen. Um in dieser Datenbank zu arbeiten, wählen Sie Datei ▸ Datenbank öffnen….</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Kunden hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation>Stunden erfassen</translation>
    </message>
    <message>
        <source>Log hours (Ctrl+L)</source>
        <translation>Stunden erfassen (Strg+L)</translation>
    </message>
    <message>
        <source> Customer: </source>
        <translation> Kunde: </translation>
    </message>
    <message>
        <source> Month: </source>
        <translation> Monat: </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation>Vorheriger Monat (Strg+Bild↑)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown)</source>
        <translation>Nächster Monat (Strg+Bild↓)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Neue Datenbank…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Demodaten laden…</translation>
    </message>
    <message>
        <source>Back up database…</source>
        <translation>Datenbank sichern…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo {command}</source>
        <translation>Rückgängig: {command}</translation>
    </message>
    <message>
        <source>Redo {command}</source>
        <translation>Wiederholen: {command}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Be&amp;richte</translation>
    </message>
    <message>
        <source>Monthly report for this customer…</source>
        <translation>Monatsbericht für diesen Kunden…</translation>
    </message>
    <message>
        <source>Month-end batch…</source>
        <translation>Monatsabschluss…</translation>
    </message>
    <message>
        <source>Reopen month…</source>
        <translation>Monat wieder öffnen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation>Über AccountDesk</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Noch keine Datenbanken geöffnet</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Loaded the demo portfolio: {customers} customers, {entries} ledger entries.</source>
        <translation>Demoportfolio geladen: {customers} Kunden, {entries} Einträge im Stundenbuch.</translation>
    </message>
    <message>
        <source>Loading the demo portfolio…</source>
        <translation>Demoportfolio wird geladen…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>SQLite-Datenbanken (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Gesichert nach {file}.</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to reopen one of its months.</source>
        <translation>Wählen Sie in der Symbolleiste einen Kunden, um einen seiner Monate wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Reopen month</source>
        <translation>Monat wieder öffnen</translation>
    </message>
    <message>
        <source>Why is {month} reopened for {customer}? Its next issue will be a new revision of the report.</source>
        <translation>Warum wird {month} für {customer} wieder geöffnet? Die nächste Ausstellung wird eine neue Revision des Berichts.</translation>
    </message>
    <message>
        <source>Reopened {month} for {customer} (Ctrl+Z issues it again as it was).</source>
        <translation>{month} für {customer} wieder geöffnet (Strg+Z stellt ihn wieder so aus, wie er war).</translation>
    </message>
    <message>
        <source>Support contracts, entitlements, hours and reviews for customer success teams.</source>
        <translation>Supportverträge, Ansprüche, Stunden und Reviews für Customer-Success-Teams.</translation>
    </message>
    <message>
        <source>SQLite (local)</source>
        <translation>SQLite (lokal)</translation>
    </message>
    <message>
        <source>PostgreSQL (team)</source>
        <translation>PostgreSQL (Team)</translation>
    </message>
    <message>
        <source>{customers} · {entries} · signed in as {user} · {database}</source>
        <translation>{customers} · {entries} · angemeldet als {user} · {database}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be read: {reason}</source>
        <translation>Die Datenbank konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have been finished. The details are in {log}; please send it to your support contact.</source>
        <translation>Etwas ist schiefgegangen, und was Sie gerade getan haben, ist vielleicht nicht abgeschlossen. Die Details stehen in {log}; bitte senden Sie die Datei an Ihren Supportkontakt.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Choose a customer in the toolbar first: a monthly report is about one customer. For every customer at once, use Reports ▸ Month-end batch….</source>
        <translation>Wählen Sie zuerst in der Symbolleiste einen Kunden: Ein Monatsbericht gilt einem Kunden. Für alle Kunden auf einmal verwenden Sie Berichte ▸ Monatsabschluss….</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Monthly service report</source>
        <translation>Monatlicher Servicebericht</translation>
    </message>
    <message>
        <source>Draft: built from the live ledger; every page is marked DRAFT until the month is issued.</source>
        <translation>Entwurf: aus dem aktuellen Stundenbuch erstellt; jede Seite trägt den Vermerk ENTWURF, bis der Monat ausgestellt ist.</translation>
    </message>
    <message>
        <source>Issued on {day} by {person} as report {report}. The month is locked; an export gives exactly the report that was issued.</source>
        <translation>Ausgestellt am {day} von {person} als Bericht {report}. Der Monat ist gesperrt; ein Export liefert genau den ausgestellten Bericht.</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>Bericht ausstellen: endgültiges PDF speichern und den Monat des Kunden sperren</translation>
    </message>
    <message>
        <source>The pages could not be shown; export the PDF to read it.</source>
        <translation>Die Seiten konnten nicht angezeigt werden; exportieren Sie das PDF, um es zu lesen.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>Monatsbericht exportieren</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Issue the monthly report</source>
        <translation>Monatsbericht ausstellen</translation>
    </message>
    <message>
        <source>Issuing the {month} report for {customer} locks {month} for this customer: hours dated in it can no longer be logged, changed or deleted, and the report becomes final (a later export gives exactly the same report). Corrections then go into the next open month.

Issue it now?</source>
        <translation>Das Ausstellen des Berichts für {month} für {customer} sperrt {month} für diesen Kunden: Stunden aus diesem Monat können nicht mehr erfasst, geändert oder gelöscht werden, und der Bericht wird endgültig (ein späterer Export liefert genau denselben Bericht). Korrekturen kommen dann in den nächsten offenen Monat.

Jetzt ausstellen?</translation>
    </message>
    <message>
        <source>Issuing the report…</source>
        <translation>Bericht wird ausgestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued report {report} ({pages}) and wrote it to {file}. {month} is now locked for {customer}.</source>
        <translation>Bericht {report} ausgestellt ({pages}) und nach {file} geschrieben. {month} ist jetzt für {customer} gesperrt.</translation>
    </message>
    <message>
        <source>Wrote the draft report ({pages}) to {file}.</source>
        <translation>Entwurf des Berichts ({pages}) nach {file} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file} — the same file that was issued.</source>
        <translation>Ausgestellten Bericht {report} ({pages}) nach {file} geschrieben — dieselbe Datei wie bei der Ausstellung.</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file}.</source>
        <translation>Ausgestellten Bericht {report} ({pages}) nach {file} geschrieben.</translation>
    </message>
    <message>
        <source>No application opened {file}; open it from its folder.</source>
        <translation>Keine Anwendung hat {file} geöffnet; öffnen Sie die Datei in ihrem Ordner.</translation>
    </message>
</context>
<context>
    <name>OverageModel</name>
    <message>
        <source>{customer}: {hours} over the allowances, charged {charge}</source>
        <translation>{customer}: {hours} über den Kontingenten, berechnet {charge}</translation>
    </message>
</context>
<context>
    <name>OverdueReviewsModel</name>
    <message>
        <source>{review}, {day}</source>
        <translation>{review}, {day}</translation>
    </message>
    <message numerus="yes">
        <source>{oldest} (+%Ln more)</source>
        <translation>
            <numerusform>{oldest} (+%Ln weiteres)</numerusform>
            <numerusform>{oldest} (+%Ln weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln reviews not recorded; the oldest, {review}, was due {day}</source>
        <translation>
            <numerusform>{customer}: %Ln Review nicht erfasst; das älteste, {review}, war am {day} fällig</numerusform>
            <numerusform>{customer}: %Ln Reviews nicht erfasst; das älteste, {review}, war am {day} fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingAdjustmentsModel</name>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a credit of {amount}</source>
        <translation>
            <numerusform>{customer}: %Ln Korrektur zu {months} wartet auf den nächsten Bericht, insgesamt eine Gutschrift von {amount}</numerusform>
            <numerusform>{customer}: %Ln Korrekturen zu {months} warten auf den nächsten Bericht, insgesamt eine Gutschrift von {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a charge of {amount}</source>
        <translation>
            <numerusform>{customer}: %Ln Korrektur zu {months} wartet auf den nächsten Bericht, insgesamt eine Belastung von {amount}</numerusform>
            <numerusform>{customer}: %Ln Korrekturen zu {months} warten auf den nächsten Bericht, insgesamt eine Belastung von {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>You (on this computer)</source>
        <translation>Sie (auf diesem Computer)</translation>
    </message>
    <message>
        <source>Your name on the hours you log:</source>
        <translation>Ihr Name bei erfassten Stunden:</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>A new language applies the next time AccountDesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von AccountDesk.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation>Standardlogo</translation>
    </message>
    <message>
        <source>Company (on every report, for the whole team)</source>
        <translation>Unternehmen (in jedem Bericht, für das ganze Team)</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Servicename:</translation>
    </message>
    <message>
        <source>Report footer:</source>
        <translation>Berichtsfußzeile:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Your company&apos;s logo</source>
        <translation>Logo Ihres Unternehmens</translation>
    </message>
    <message>
        <source>AccountDesk&apos;s logo</source>
        <translation>Logo von AccountDesk</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Firmenlogo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Open another database, or start a new one?</source>
        <translation>Eine andere Datenbank öffnen oder eine neue anlegen?</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Andere öffnen…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Neue Datenbank…</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>{tier}, {day}</source>
        <translation>{tier}, {day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}&apos;s {tier} contract ends on {day}, in %Ln days</source>
        <translation>
            <numerusform>Der {tier}-Vertrag von {customer} endet am {day}, in %Ln Tag</numerusform>
            <numerusform>Der {tier}-Vertrag von {customer} endet am {day}, in %Ln Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>The report&apos;s pages, exactly as the PDF will print them</source>
        <translation>Die Seiten des Berichts, genau wie im PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the report as a PDF; before the month is issued it is marked DRAFT</source>
        <translation>Bericht als PDF speichern; solange der Monat nicht ausgestellt ist, trägt er den Vermerk ENTWURF</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ausstellen…</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>Bericht ausstellen: endgültiges PDF speichern und den Monat des Kunden sperren</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Open the report just written in the system&apos;s PDF viewer</source>
        <translation>Soeben gespeicherten Bericht im PDF-Viewer des Systems öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation>Wer teilgenommen hat, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Summary for the client:</source>
        <translation>&amp;Zusammenfassung für den Kunden:</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report: what was reviewed and agreed</source>
        <translation>Steht im monatlichen Servicebericht des Kunden: was geprüft und vereinbart wurde</translation>
    </message>
    <message>
        <source>The client reads this on the monthly report</source>
        <translation>Der Kunde liest dies im monatlichen Servicebericht</translation>
    </message>
    <message>
        <source>Internal &amp;notes (team only):</source>
        <translation>Interne &amp;Notizen (nur Team):</translation>
    </message>
    <message>
        <source>For the team only, never on a report: concerns, follow-ups</source>
        <translation>Nur für das Team, nie in einem Bericht: Bedenken, Folgeaufgaben</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Nur für das Team: erscheint nie in einem Bericht</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>&amp;Durchgeführt am:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the review took place, on the customer&apos;s clock</source>
        <translation>Wann das Review stattfand, in der Zeitzone des Kunden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Why the review is cancelled (required)</source>
        <translation>Warum das Review abgesagt wird (Pflichtfeld)</translation>
    </message>
</context>
<context>
    <name>ReviewOutcomeDialog</name>
    <message>
        <source>{day}, {time} ({minutes} minutes) · {state}</source>
        <translation>{day}, {time} ({minutes} Minuten) · {state}</translation>
    </message>
    <message>
        <source>Review held</source>
        <translation>Review durchgeführt</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Als durchgeführt markieren</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Review absagen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
</context>
<context>
    <name>ReviewsForm</name>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Plan ahead</source>
        <translation>Vorausplanen</translation>
    </message>
    <message>
        <source>Schedule the reviews each tier owes over the next 90 days (never twice)</source>
        <translation>Die laut Servicestufe vereinbarten Reviews der nächsten 90 Tage planen (nie doppelt)</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics exportieren…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Planned reviews: overdue, this week and later</source>
        <translation>Geplante Reviews: überfällig, diese Woche und später</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Vergangene Reviews</translation>
    </message>
    <message>
        <source>Held, cancelled and missed reviews of the month chosen in the toolbar</source>
        <translation>Durchgeführte, abgesagte und versäumte Reviews des in der Symbolleiste gewählten Monats</translation>
    </message>
    <message>
        <source>Filter by customer or review (Ctrl+F)</source>
        <translation>Nach Kunde oder Review filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter reviews</source>
        <translation>Reviews filtern</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>Durchgeführt…</translation>
    </message>
    <message>
        <source>Record that the selected review took place, with notes and attendees</source>
        <translation>Erfassen, dass das gewählte Review stattgefunden hat, mit Notizen und Teilnehmern</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Absagen…</translation>
    </message>
    <message>
        <source>Cancel the selected review, with a reason</source>
        <translation>Gewähltes Review mit Begründung absagen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>Erfassen, dass das gewählte Review nicht stattgefunden hat</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time (customer&apos;s zone)</source>
        <translation>Uhrzeit (Zeitzone des Kunden)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Overdue (today)</source>
        <translation>Überfällig (heute)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>{count} Tage überfällig</translation>
    </message>
    <message numerus="yes">
        <source>{group} · %Ln reviews</source>
        <translation>
            <numerusform>{group} · %Ln Review</numerusform>
            <numerusform>{group} · %Ln Reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click (or press Enter) to open {customer}.</source>
        <translation>Doppelklicken (oder Eingabetaste drücken), um {customer} zu öffnen.</translation>
    </message>
    <message>
        <source>{minutes} minutes; your time: {when}</source>
        <translation>{minutes} Minuten; Ihre Uhrzeit: {when}</translation>
    </message>
    <message>
        <source>Held on: {when}</source>
        <translation>Durchgeführt am: {when}</translation>
    </message>
    <message>
        <source>Attendees: {names}</source>
        <translation>Teilnehmer: {names}</translation>
    </message>
    <message>
        <source>Summary for the client: {text}</source>
        <translation>Zusammenfassung für den Kunden: {text}</translation>
    </message>
    <message>
        <source>Internal notes: {text}</source>
        <translation>Interne Notizen: {text}</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>Grund: {text}</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>Reviews werden geladen…</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>Durchgeführt…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Absagen…</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>This week (to {day})</source>
        <translation>Diese Woche (bis {day})</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The reviews could not be read: {reason}</source>
        <translation>Die Reviews konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>No review matches “{typed}”. Clear the filter to see all {count}.</source>
        <translation>Kein Review passt zu „{typed}“. Setzen Sie den Filter zurück, um alle {count} zu sehen.</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month} for {customer}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>Im {month} waren für {customer} keine durchgeführten, abgesagten oder versäumten Reviews fällig. Wechseln Sie den Monat in der Symbolleiste oder kehren Sie zur Agenda zurück.</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>Im {month} waren keine durchgeführten, abgesagten oder versäumten Reviews fällig. Wechseln Sie den Monat in der Symbolleiste oder kehren Sie zur Agenda zurück.</translation>
    </message>
    <message>
        <source>No reviews are planned for {customer}. Plan ahead to schedule what their tier owes over the next {days} days; a Community contract includes no reviews.</source>
        <translation>Für {customer} sind keine Reviews geplant. Mit Vorausplanen planen Sie, was die Servicestufe in den nächsten {days} Tagen schuldet; ein Community-Vertrag enthält keine Reviews.</translation>
    </message>
    <message>
        <source>No reviews are planned. Plan ahead to schedule the reviews each customer&apos;s tier owes over the next {days} days.</source>
        <translation>Keine Reviews geplant. Mit Vorausplanen planen Sie die Reviews, die die Servicestufe jedes Kunden in den nächsten {days} Tagen schuldet.</translation>
    </message>
    <message>
        <source>Reviews due in {month} whose outcome is recorded: {held} held · {cancelled} cancelled · {missed} missed. Step the month in the toolbar to see another.</source>
        <translation>Im {month} fällige Reviews mit erfasstem Ergebnis: {held} durchgeführt · {cancelled} abgesagt · {missed} versäumt. Wechseln Sie den Monat in der Symbolleiste, um einen anderen zu sehen.</translation>
    </message>
    <message>
        <source>{overdue} overdue · {week} this week · {later} later. Select a review to record how it went: Held…, Cancel… or Missed. Times are in each customer&apos;s time zone.</source>
        <translation>{overdue} überfällig · {week} diese Woche · {later} später. Wählen Sie ein Review, um sein Ergebnis zu erfassen: Durchgeführt…, Absagen… oder Versäumt. Uhrzeiten gelten in der Zeitzone des jeweiligen Kunden.</translation>
    </message>
    <message>
        <source>· All customers</source>
        <translation>· Alle Kunden</translation>
    </message>
    <message>
        <source>Write this customer&apos;s reviews to an iCalendar (.ics) file for any calendar app</source>
        <translation>Die Reviews dieses Kunden in eine iCalendar-Datei (.ics) für jede Kalender-App schreiben</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to export their reviews to a calendar file</source>
        <translation>Wählen Sie in der Symbolleiste einen Kunden, um seine Reviews in eine Kalenderdatei zu exportieren</translation>
    </message>
    <message>
        <source>Schedule the reviews this customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>Die Reviews planen, die die Servicestufe dieses Kunden in den nächsten {days} Tagen schuldet (nie doppelt)</translation>
    </message>
    <message>
        <source>Schedule the reviews each customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>Die Reviews planen, die die Servicestufe jedes Kunden in den nächsten {days} Tagen schuldet (nie doppelt)</translation>
    </message>
    <message>
        <source>This review has not happened yet.</source>
        <translation>Dieses Review hat noch nicht stattgefunden.</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>Erfassen, dass das gewählte Review nicht stattgefunden hat</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as held (Ctrl+Z undoes it).</source>
        <translation>{review} mit {customer} am {day} als durchgeführt erfasst (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as cancelled (Ctrl+Z undoes it).</source>
        <translation>{review} mit {customer} am {day} als abgesagt erfasst (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as missed (Ctrl+Z undoes it).</source>
        <translation>{review} mit {customer} am {day} als versäumt erfasst (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Planning reviews… {customer}</source>
        <translation>Reviews werden geplant… {customer}</translation>
    </message>
    <message>
        <source>Planning reviews…</source>
        <translation>Reviews werden geplant…</translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews for {customer} over the next {days} days.</source>
        <translation>
            <numerusform>%Ln neues Review für {customer} in den nächsten {days} Tagen geplant.</numerusform>
            <numerusform>%Ln neue Reviews für {customer} in den nächsten {days} Tagen geplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews over the next {days} days.</source>
        <translation>
            <numerusform>%Ln neues Review in den nächsten {days} Tagen geplant.</numerusform>
            <numerusform>%Ln neue Reviews in den nächsten {days} Tagen geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to plan for {customer}: every review owed over the next {days} days is already on the agenda.</source>
        <translation>Für {customer} gibt es nichts Neues zu planen: Jedes in den nächsten {days} Tagen geschuldete Review steht bereits in der Agenda.</translation>
    </message>
    <message>
        <source>Nothing new to plan: every review owed over the next {days} days is already on the agenda.</source>
        <translation>Nichts Neues zu planen: Jedes in den nächsten {days} Tagen geschuldete Review steht bereits in der Agenda.</translation>
    </message>
    <message>
        <source>Planning stopped early; plan again to finish.</source>
        <translation>Planung vorzeitig beendet; planen Sie erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>Kunde {id}</translation>
    </message>
    <message>
        <source>Export {customer}&apos;s reviews</source>
        <translation>Reviews von {customer} exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Exporting reviews…</source>
        <translation>Reviews werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reviews of {customer} to {file}; open it in any calendar app.</source>
        <translation>
            <numerusform>%Ln Review von {customer} nach {file} geschrieben; öffnen Sie die Datei in einer beliebigen Kalender-App.</numerusform>
            <numerusform>%Ln Reviews von {customer} nach {file} geschrieben; öffnen Sie die Datei in einer beliebigen Kalender-App.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaCardModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Supportfall</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>at risk, {span} left</source>
        <translation>gefährdet, noch {span}</translation>
    </message>
    <message>
        <source>breached {when}</source>
        <translation>verletzt am {when}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {first}. The details are in {where}.</source>
        <translation>Etwas ist schiefgegangen: {first}. Die Details stehen in {where}.</translation>
    </message>
    <message>
        <source>Saving… waiting for another change to the database to finish.</source>
        <translation>Wird gespeichert… Es wird gewartet, bis eine andere Änderung an der Datenbank abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TierChangeDialog</name>
    <message>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Custom development</source>
        <translation>Individualentwicklung</translation>
    </message>
    <message>
        <source>custom development</source>
        <translation>Individualentwicklung</translation>
    </message>
    <message>
        <source>Change tier — {customer}</source>
        <translation>Servicestufe ändern — {customer}</translation>
    </message>
    <message>
        <source>{customer} is on {tier} since {day} at {fee} a month.</source>
        <translation>{customer} hat seit {day} die Servicestufe {tier} zu {fee} im Monat.</translation>
    </message>
    <message>
        <source>{customer} is on {tier}.</source>
        <translation>{customer} hat die Servicestufe {tier}.</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>Servicestufe ändern</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee} (Preis von {tier})</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>Auswirkung auf den Monat</translation>
    </message>
    <message>
        <source>Nothing to preview until the change can be made.</source>
        <translation>Eine Vorschau ist erst möglich, wenn die Änderung vorgenommen werden kann.</translation>
    </message>
    <message>
        <source>Effect on {month} (prorated by days)</source>
        <translation>Auswirkung auf {month} (anteilig nach Tagen)</translation>
    </message>
    <message>
        <source>Fee for {month}</source>
        <translation>Monatsgebühr für {month}</translation>
    </message>
    <message>
        <source>Fee {before} → {after}</source>
        <translation>Monatsgebühr {before} → {after}</translation>
    </message>
    <message>
        <source>{allowance} ({period})</source>
        <translation>{allowance} ({period})</translation>
    </message>
    <message>
        <source>{allowance} {before} → {after}</source>
        <translation>{allowance} {before} → {after}</translation>
    </message>
    <message>
        <source>Overage charge so far</source>
        <translation>Bisherige Mehrstundenberechnung</translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n days of {month} fall under {tier} from {day}.</source>
        <translation>
            <numerusform>{days} von %n Tag im {month} fallen ab {day} unter {tier}.</numerusform>
            <numerusform>{days} von %n Tagen im {month} fallen ab {day} unter {tier}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer} keeps its %n named contacts; {tier} includes {limit}, so the account will be flagged as over its limit.</source>
        <translation>
            <numerusform>{customer} behält %n benannten Ansprechpartner; {tier} umfasst {limit}, daher wird der Kunde als über dem Limit markiert.</numerusform>
            <numerusform>{customer} behält %n benannte Ansprechpartner; {tier} umfasst {limit}, daher wird der Kunde als über dem Limit markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Change tier.</source>
        <translation>Erst mit „Servicestufe ändern“ wird etwas gespeichert.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>Q{number} {year}</translation>
    </message>
</context>
<context>
    <name>TierChangeForm</name>
    <message>
        <source>New &amp;tier</source>
        <translation>Neue &amp;Servicestufe</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Gültig ab</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>&amp;Monatsgebühr</translation>
    </message>
    <message>
        <source>USD per month (optional)</source>
        <translation>USD pro Monat (optional)</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>Auswirkung auf den Monat</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Commas (,)</source>
        <translation>Kommas (,)</translation>
    </message>
    <message>
        <source>Semicolons (;), for Excel where 1,5 is a number</source>
        <translation>Semikolons (;), für Excel, wo 1,5 eine Zahl ist</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entries of {month} to {target}.</source>
        <translation>
            <numerusform>%Ln Eintrag von {month} nach {target} geschrieben.</numerusform>
            <numerusform>%Ln Einträge von {month} nach {target} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Kunden importieren…</translation>
    </message>
    <message>
        <source>Import hours…</source>
        <translation>Stunden importieren…</translation>
    </message>
    <message>
        <source>Export hours…</source>
        <translation>Stunden exportieren…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation>Stunden importieren</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Kunden werden importiert…</translation>
    </message>
    <message>
        <source>Importing hours…</source>
        <translation>Stunden werden importiert…</translation>
    </message>
    <message>
        <source>Export hours of {month}</source>
        <translation>Stunden von {month} exportieren</translation>
    </message>
    <message>
        <source>Separate the values by:</source>
        <translation>Werte trennen durch:</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>Stunden exportieren</translation>
    </message>
    <message>
        <source>Exporting hours…</source>
        <translation>Stunden werden exportiert…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Mark the {review} with {customer} on {day} held</source>
        <translation>{review} mit {customer} am {day} als durchgeführt markieren</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} missed</source>
        <translation>{review} mit {customer} am {day} als versäumt markieren</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} cancelled</source>
        <translation>{review} mit {customer} am {day} als abgesagt markieren</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} planned</source>
        <translation>{review} mit {customer} am {day} als geplant markieren</translation>
    </message>
    <message>
        <source>Log {hours} for {customer} on {day}</source>
        <translation>{hours} für {customer} am {day} erfassen</translation>
    </message>
    <message>
        <source>Change the {field} of {customer}&apos;s entry</source>
        <translation>{field} des Eintrags von {customer} ändern</translation>
    </message>
    <message>
        <source>Delete {hours} for {customer} on {day}</source>
        <translation>{hours} für {customer} am {day} löschen</translation>
    </message>
    <message>
        <source>Delete {count} entries</source>
        <translation>{count} Einträge löschen</translation>
    </message>
    <message>
        <source>Correct {customer}&apos;s entry of {day} to {hours}</source>
        <translation>Eintrag von {customer} vom {day} auf {hours} korrigieren</translation>
    </message>
    <message>
        <source>Reopen {month} for {customer}</source>
        <translation>{month} für {customer} wieder öffnen</translation>
    </message>
    <message>
        <source>Open a {severity} case for {customer}</source>
        <translation>Supportfall mit Schweregrad {severity} für {customer} eröffnen</translation>
    </message>
    <message>
        <source>Open case {reference} for {customer}</source>
        <translation>Supportfall {reference} für {customer} eröffnen</translation>
    </message>
    <message>
        <source>Answer case {reference} of {customer}</source>
        <translation>Supportfall {reference} von {customer} beantworten</translation>
    </message>
    <message>
        <source>Wait on the customer in case {reference} of {customer}</source>
        <translation>Im Supportfall {reference} von {customer} auf den Kunden warten</translation>
    </message>
    <message>
        <source>Escalate to level {level} case {reference} of {customer}</source>
        <translation>Supportfall {reference} von {customer} auf Stufe {level} eskalieren</translation>
    </message>
    <message>
        <source>Resolve case {reference} of {customer}</source>
        <translation>Supportfall {reference} von {customer} lösen</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Welcome to AccountDesk</source>
        <translation>Willkommen bei AccountDesk</translation>
    </message>
    <message>
        <source>This database has no customers yet. Add your first customer, or load a demo portfolio to look around; you can start a clean database any time (File ▸ New database…).</source>
        <translation>Diese Datenbank enthält noch keine Kunden. Legen Sie Ihren ersten Kunden an oder laden Sie ein Demo-Portfolio, um sich umzusehen; mit einer leeren Datenbank können Sie jederzeit neu beginnen (Datei ▸ Neue Datenbank…).</translation>
    </message>
    <message>
        <source>Add your first customer…</source>
        <translation>Ersten Kunden anlegen…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>{unusual} Agree this custom price for the contract?</source>
        <translation>{unusual} Diesen individuellen Preis für den Vertrag vereinbaren?</translation>
    </message>
    <message>
        <source>Custom price</source>
        <translation>Individueller Preis</translation>
    </message>
    <message>
        <source>The custom price was not agreed; nothing was saved.</source>
        <translation>Der individuelle Preis wurde nicht vereinbart; nichts wurde gespeichert.</translation>
    </message>
</context>
</TS>
