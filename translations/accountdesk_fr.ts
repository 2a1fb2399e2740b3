<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AllowanceAlertModel</name>
    <message>
        <source>{category} {used} of {included}</source>
        <translation>{category} {used} sur {included}</translation>
    </message>
    <message>
        <source>all overage</source>
        <translation>tout en dépassement</translation>
    </message>
    <message>
        <source>{customer}: {allowance} over in {period}, {used} of {included}</source>
        <translation>{customer}&#x202f;: {allowance} dépassées en {period}, {used} sur {included}</translation>
    </message>
    <message>
        <source>{customer}: {allowance} nearly used in {period}, {used} of {included}</source>
        <translation>{customer}&#x202f;: {allowance} presque épuisées en {period}, {used} sur {included}</translation>
    </message>
</context>
<context>
    <name>AllowanceCard</name>
    <message>
        <source>Overage charge</source>
        <translation>Facturation du dépassement</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>{left} left of {included}</source>
        <translation>Reste {left} sur {included}</translation>
    </message>
    <message>
        <source>Overage charge at {rate}/h</source>
        <translation>Facturation du dépassement à {rate}/h</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Month-end batch</source>
        <translation>Lot de fin de mois</translation>
    </message>
    <message>
        <source>Choose the month and the folder, then Start.</source>
        <translation>Choisissez le mois et le dossier, puis Démarrer.</translation>
    </message>
    <message>
        <source>Folder for the monthly reports</source>
        <translation>Dossier des rapports mensuels</translation>
    </message>
    <message>
        <source>Choose the folder the reports go to.</source>
        <translation>Choisissez le dossier où vont les rapports.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>Le dossier {folder} n’existe pas&#x202f;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Issue every report</source>
        <translation>Émettre tous les rapports</translation>
    </message>
    <message>
        <source>Issuing locks {month} for every customer whose report is written: hours dated in it can no longer be logged, changed or deleted, and each report becomes final. Months already issued are exported again as they were issued.

Issue the {month} reports now?</source>
        <translation>L’émission verrouille {month} pour chaque client dont le rapport est écrit&#x202f;: les heures datées de ce mois ne peuvent plus être saisies, modifiées ni supprimées, et chaque rapport devient définitif. Les mois déjà émis sont exportés à nouveau tels qu’ils ont été émis.

Émettre maintenant les rapports de {month}&#x202f;?</translation>
    </message>
    <message>
        <source>Gathering the figures for {month}…</source>
        <translation>Rassemblement des chiffres de {month}…</translation>
    </message>
    <message>
        <source>Writing the {month} reports…</source>
        <translation>Écriture des rapports de {month}…</translation>
    </message>
    <message>
        <source>Cancelling: reports already written stay written…</source>
        <translation>Annulation&#x202f;: les rapports déjà écrits restent écrits…</translation>
    </message>
    <message>
        <source>{done} of {total} done — {customer}</source>
        <translation>{done} sur {total} traités — {customer}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: wrote %Ln reports for {month}; {missing} not written.</source>
        <translation>
            <numerusform>Annulé&#x202f;: %Ln rapport écrit pour {month}&#x202f;; {missing} non écrits.</numerusform>
            <numerusform>Annulé&#x202f;: %Ln rapports écrits pour {month}&#x202f;; {missing} non écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reports for {month}.</source>
        <translation>
            <numerusform>%Ln rapport écrit pour {month}.</numerusform>
            <numerusform>%Ln rapports écrits pour {month}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} failed (reasons below).</source>
        <translation>{count} en échec (motifs ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers skipped: no monthly report in their tier that month.</source>
        <translation>
            <numerusform>%Ln client ignoré&#x202f;: pas de rapport mensuel dans son niveau de service ce mois-là.</numerusform>
            <numerusform>%Ln clients ignorés&#x202f;: pas de rapport mensuel dans leur niveau de service ce mois-là.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued now</source>
        <translation>émis maintenant</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émis</translation>
    </message>
    <message>
        <source>{amount} due</source>
        <translation>{amount} dus</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Not written (cancelled)</source>
        <translation>Non écrits (annulé)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrits</translation>
    </message>
    <message>
        <source>Skipped (no monthly report in their tier)</source>
        <translation>Ignorés (pas de rapport mensuel dans leur niveau de service)</translation>
    </message>
    <message>
        <source>No application opened {folder}; open it from your file manager.</source>
        <translation>Aucune application n’a ouvert {folder}&#x202f;; ouvrez-le depuis votre gestionnaire de fichiers.</translation>
    </message>
</context>
<context>
    <name>BatchForm</name>
    <message>
        <source>Writes one monthly service report per customer whose tier includes one (Professional and Enterprise), named after the customer and the month, into the folder you choose.</source>
        <translation>Génère, dans le dossier choisi, un rapport mensuel de service pour chaque client dont le niveau de service en prévoit un (Professional et Enterprise), nommé d’après le client et le mois.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#x202f;:</translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation>Dossier de destination des PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Issue every report (locks the month for each customer)</source>
        <translation>Émettre &amp;tous les rapports (verrouille le mois pour chaque client)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>The summary of the run appears here: reports written, failed (with the reason) and customers skipped.</source>
        <translation>Le bilan de l’exécution s’affiche ici&#x202f;: rapports générés, rapports en échec (avec le motif) et clients ignorés.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Heures incluses</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Oldest overdue</source>
        <translation>Plus ancienne en retard</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Adjustments to</source>
        <translation>Régularisations sur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le ticket</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Record wait</source>
        <translation>Enregistrer l’attente</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>A new support case</source>
        <translation>Nouveau ticket de support</translation>
    </message>
    <message>
        <source>Its response target is the tier&apos;s for the severity, counted from the time it opened, on the customer&apos;s clock.</source>
        <translation>Son délai de réponse cible est celui que le niveau de service prévoit pour cette gravité, décompté à partir de l’ouverture, à l’heure du client.</translation>
    </message>
    <message>
        <source>What the customer reported</source>
        <translation>Ce que le client a signalé</translation>
    </message>
    <message>
        <source>The help desk&apos;s ticket number, or the next CASE-n</source>
        <translation>Numéro de ticket du service d’assistance, ou le prochain CASE-n</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Ouvert le&#x202f;:</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}, niveau {level} ({escalation})</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>ouvert le {when}</translation>
    </message>
    <message>
        <source>response due {when}</source>
        <translation>réponse attendue le {when}</translation>
    </message>
    <message>
        <source>answered {when}</source>
        <translation>répondu le {when}</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Répondu le&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>&amp;Résolu le&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Au&#x202f;:</translation>
    </message>
    <message>
        <source>Why it goes up (kept in the case&apos;s history)</source>
        <translation>Motif de l’escalade (conservé dans l’historique du ticket)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#x202f;:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif&#x202f;:</translation>
    </message>
    <message>
        <source>Add a customer before opening a case.</source>
        <translation>Ajoutez un client avant d’ouvrir un ticket.</translation>
    </message>
</context>
<context>
    <name>CasesForm</name>
    <message>
        <source>Cases</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouveau ticket…</translation>
    </message>
    <message>
        <source>Open a support case for the customer chosen in the toolbar</source>
        <translation>Ouvrir un ticket de support pour le client choisi dans la barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#x202f;:</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Tickets à afficher</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Gravité&#x202f;:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Filter by customer, case or title (Ctrl+F)</source>
        <translation>Filtrer par client, ticket ou titre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrer les tickets</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Record the first response to the selected case</source>
        <translation>Enregistrer la première réponse au ticket sélectionné</translation>
    </message>
    <message>
        <source>&amp;Wait on customer…</source>
        <translation>En a&amp;ttente du client…</translation>
    </message>
    <message>
        <source>A period waiting on the customer: the case&apos;s clock stops in it</source>
        <translation>Une période d’attente du client&#x202f;: l’horloge du ticket est suspendue pendant celle-ci</translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>Move the selected case to another escalation level, with a reason</source>
        <translation>Passer le ticket sélectionné à un autre niveau d’escalade, avec un motif</translation>
    </message>
    <message>
        <source>Res&amp;olve…</source>
        <translation>Rés&amp;oudre…</translation>
    </message>
    <message>
        <source>Resolve the selected case</source>
        <translation>Résoudre le ticket sélectionné</translation>
    </message>
    <message>
        <source>Response SLA this month</source>
        <translation>SLA de réponse ce mois-ci</translation>
    </message>
    <message>
        <source>Attainment by customer</source>
        <translation>Taux de respect par client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échus</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectés</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Taux de respect</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Case</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation>{days} j {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation>{hours} h {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sans délai cible</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>en retard de {span}</translation>
    </message>
    <message>
        <source>The tier promises no response time for this severity.</source>
        <translation>Le niveau de service ne prévoit aucun délai de réponse pour cette gravité.</translation>
    </message>
    <message>
        <source>The clock runs around the clock (24x7).</source>
        <translation>Le délai court en continu (24 h/24, 7 j/7).</translation>
    </message>
    <message>
        <source>The clock runs in business hours only: 09:00-17:00 Monday to Friday in {zone}, without the customer&apos;s public holidays.</source>
        <translation>Le délai ne court que pendant les heures ouvrées&#x202f;: de 9 h à 17 h, du lundi au vendredi, fuseau {zone}, hors jours fériés du client.</translation>
    </message>
    <message>
        <source>{state}, resolved</source>
        <translation>{state}, résolu</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}, niveau {level} ({escalation})</translation>
    </message>
    <message>
        <source>Opened {when}</source>
        <translation>Ouvert le {when}</translation>
    </message>
    <message>
        <source>Response due {when} ({state})</source>
        <translation>Réponse attendue le {when} ({state})</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>Répondu le {when}</translation>
    </message>
    <message>
        <source>Resolved {when}</source>
        <translation>Résolu le {when}</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Open cases</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>Actuellement à risque</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Délai non respecté</translation>
    </message>
    <message>
        <source>All opened this month</source>
        <translation>Tous les tickets ouverts ce mois-ci</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>tickets ouverts</translation>
    </message>
    <message>
        <source>at risk now</source>
        <translation>actuellement à risque</translation>
    </message>
    <message>
        <source>breached ({month})</source>
        <translation>délai non respecté ({month})</translation>
    </message>
    <message>
        <source>all opened this month ({month})</source>
        <translation>tous les tickets ouverts ce mois-ci ({month})</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}&#x202f;%</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Lecture des tickets…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>severity</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Reading the month&apos;s SLA…</source>
        <translation>Lecture du SLA du mois…</translation>
    </message>
    <message>
        <source>The month&apos;s SLA could not be read: {message}</source>
        <translation>Impossible de lire le SLA du mois&#x202f;: {message}</translation>
    </message>
    <message>
        <source>The cases could not be read: {message}</source>
        <translation>Impossible de lire les tickets&#x202f;: {message}</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>No open cases for {customer}. Open one with New case….</source>
        <translation>Aucun ticket ouvert pour {customer}. Ouvrez-en un avec «&#x202f;Nouveau ticket…&#x202f;».</translation>
    </message>
    <message>
        <source>No case for {customer} is at risk now.</source>
        <translation>Aucun ticket de {customer} n’est actuellement à risque.</translation>
    </message>
    <message>
        <source>No case for {customer} breached its response target in {month}.</source>
        <translation>Aucun ticket de {customer} n’a dépassé son délai de réponse cible en {month}.</translation>
    </message>
    <message>
        <source>No case for {customer} opened in {month}.</source>
        <translation>Aucun ticket de {customer} ouvert en {month}.</translation>
    </message>
    <message>
        <source>No open cases. Open one with New case….</source>
        <translation>Aucun ticket ouvert. Ouvrez-en un avec «&#x202f;Nouveau ticket…&#x202f;».</translation>
    </message>
    <message>
        <source>No case is at risk now.</source>
        <translation>Aucun ticket n’est actuellement à risque.</translation>
    </message>
    <message>
        <source>No case breached its response target in {month}.</source>
        <translation>Aucun ticket n’a dépassé son délai de réponse cible en {month}.</translation>
    </message>
    <message>
        <source>No case opened in {month}.</source>
        <translation>Aucun ticket ouvert en {month}.</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>SLA de réponse en {month}</translation>
    </message>
    <message>
        <source>none ({percent} % if breached)</source>
        <translation>aucun ({percent}&#x202f;% en cas de non-respect)</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>pas de SLA</translation>
    </message>
    <message>
        <source>Below the target of {target} %: the SLA is breached.</source>
        <translation>Sous l’objectif de {target}&#x202f;%&#x202f;: le SLA n’est pas respecté.</translation>
    </message>
    <message>
        <source>No cases were due in {month}.</source>
        <translation>Aucun ticket n’arrivait à échéance en {month}.</translation>
    </message>
    <message>
        <source>{customer}&apos;s tier has no response SLA.</source>
        <translation>Le niveau de service de {customer} ne comporte pas de SLA de réponse.</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio: %Ln cases due in {month}, {met} met, {percent} attainment.</source>
        <translation>
            <numerusform>Portefeuille&#x202f;: %Ln ticket échu en {month}, {met} dans les délais, taux de respect de {percent}.</numerusform>
            <numerusform>Portefeuille&#x202f;: %Ln tickets échus en {month}, {met} dans les délais, taux de respect de {percent}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}: cases whose response fell due in {month} and are decided.</source>
        <translation>{customer}&#x202f;: tickets dont la réponse arrivait à échéance en {month} et dont l’issue est connue.</translation>
    </message>
    <message>
        <source>Opened case {case} for {customer}</source>
        <translation>Ticket {case} ouvert pour {customer}</translation>
    </message>
    <message>
        <source>Recorded the first response to case {case} of {customer}</source>
        <translation>Première réponse enregistrée pour le ticket {case} de {customer}</translation>
    </message>
    <message>
        <source>Recorded a wait on the customer in case {case} of {customer}</source>
        <translation>Attente du client enregistrée pour le ticket {case} de {customer}</translation>
    </message>
    <message>
        <source>Escalated to level {level} case {case} of {customer}</source>
        <translation>Ticket {case} de {customer} escaladé au niveau {level}</translation>
    </message>
    <message>
        <source>Resolved case {case} of {customer}</source>
        <translation>Ticket {case} de {customer} résolu</translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes it).</source>
        <translation>{done} (Ctrl+Z pour annuler).</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact — {customer}</source>
        <translation>Nouveau contact — {customer}</translation>
    </message>
    <message>
        <source>Contact — {customer}</source>
        <translation>Contact — {customer}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>{named} named contacts, {seats} training seats.</source>
        <translation>Contacts désignés&#x202f;: {named}, places de formation&#x202f;: {seats}.</translation>
    </message>
    <message>
        <source>{count} named contacts (unlimited on {tier})</source>
        <translation>Contacts désignés&#x202f;: {count} (illimités au niveau {tier})</translation>
    </message>
    <message>
        <source>No named contacts on {tier}</source>
        <translation>Aucun contact désigné au niveau {tier}</translation>
    </message>
    <message>
        <source>{count} of {limit} named contacts used</source>
        <translation>Contacts désignés utilisés&#x202f;: {count} sur {limit}</translation>
    </message>
    <message>
        <source>{count} training seats (unlimited on {tier})</source>
        <translation>places de formation&#x202f;: {count} (illimitées au niveau {tier})</translation>
    </message>
    <message>
        <source>no training seats on {tier}</source>
        <translation>aucune place de formation au niveau {tier}</translation>
    </message>
    <message>
        <source>{count} of {limit} training seats used</source>
        <translation>places de formation utilisées&#x202f;: {count} sur {limit}</translation>
    </message>
    <message>
        <source>{named}; {seats}.</source>
        <translation>{named}&#x202f;; {seats}.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Named &amp;support contact (may open support cases)</source>
        <translation>Contact de &amp;support désigné (peut ouvrir des tickets)</translation>
    </message>
    <message>
        <source>Has an online &amp;training seat</source>
        <translation>Dispose d’une place de &amp;formation en ligne</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Désigné</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>★ named</source>
        <translation>★ désigné</translation>
    </message>
    <message>
        <source>training seat</source>
        <translation>place de formation</translation>
    </message>
</context>
<context>
    <name>ContractTermsModel</name>
    <message>
        <source>Tier</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Redevance mensuelle</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>En vigueur aujourd’hui</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>No money changes: the month&apos;s charges stay as issued.</source>
        <translation>Aucun changement d’argent&#x202f;: les montants du mois restent tels qu’émis.</translation>
    </message>
    <message>
        <source>{month}, the fee: a charge of {amount} USD</source>
        <translation>{month}, la redevance&#x202f;: un débit de {amount} USD</translation>
    </message>
    <message>
        <source>{month}, the fee: a credit of {amount} USD</source>
        <translation>{month}, la redevance&#x202f;: un crédit de {amount} USD</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a charge of {amount} USD ({hours})</source>
        <translation>{month}, dépassement {category}&#x202f;: un débit de {amount} USD ({hours})</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a credit of {amount} USD ({hours})</source>
        <translation>{month}, dépassement {category}&#x202f;: un crédit de {amount} USD ({hours})</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the changes of a list</comment>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>The next report issued will carry {changes}.</source>
        <translation>Le prochain rapport émis portera {changes}.</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Enregistrer une correction</translation>
    </message>
    <message>
        <source>Entry {entry}: {hours} of {category} for {customer} on {day}, by {engineer}. Its month is issued, so the entry stays as it is and the correction is recorded beside it.</source>
        <translation>Saisie {entry}&#x202f;: {hours} de {category} pour {customer} le {day}, par {engineer}. Son mois est émis&#x202f;: la saisie reste telle quelle et la correction est enregistrée à côté.</translation>
    </message>
    <message>
        <source>What the entry should have been; 0 takes it back entirely</source>
        <translation>Ce qu’aurait dû être la saisie&#x202f;; 0 l’annule entièrement</translation>
    </message>
    <message>
        <source>Why, in a few words (kept with the correction)</source>
        <translation>Pourquoi, en quelques mots (conservé avec la correction)</translation>
    </message>
    <message>
        <source>Hours it should have been:</source>
        <translation>Heures correctes&#x202f;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#x202f;:</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Une correction demande un motif.</translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>terminé il y a %n jour</numerusform>
            <numerusform>terminé il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named contacts (unlimited)</source>
        <translation>
            <numerusform>%n contact désigné (illimité)</numerusform>
            <numerusform>%n contacts désignés (illimités)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts — over the tier&apos;s limit</source>
        <translation>
            <numerusform>Contacts désignés&#x202f;: {count} sur %n — au-delà de la limite du niveau de service</numerusform>
            <numerusform>Contacts désignés&#x202f;: {count} sur %n — au-delà de la limite du niveau de service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts</source>
        <translation>
            <numerusform>Contacts désignés&#x202f;: {count} sur %n</numerusform>
            <numerusform>Contacts désignés&#x202f;: {count} sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit {customer}</source>
        <translation>Modifier {customer}</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Ajouter le client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s starting price)</source>
        <translation>{fee} (prix de départ du niveau {tier})</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee} (prix du niveau {tier})</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>The customer&apos;s company name</source>
        <translation>Raison sociale du client</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>Ni&amp;veau de service</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>&amp;Redevance mensuelle</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD par mois</translation>
    </message>
    <message>
        <source>Contract &amp;start</source>
        <translation>&amp;Début du contrat</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Contract &amp;end</source>
        <translation>&amp;Fin du contrat</translation>
    </message>
    <message>
        <source>N&amp;o end date</source>
        <translation>&amp;Sans date de fin</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>F&amp;useau horaire</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin or New_York</source>
        <translation>Saisissez une ville, p. ex. Berlin ou New_York</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;CSM</source>
        <translation>&amp;CSM</translation>
    </message>
    <message>
        <source>Customer success manager (optional)</source>
        <translation>Responsable de la réussite client (facultatif)</translation>
    </message>
    <message>
        <source>T&amp;AM</source>
        <translation>&amp;TAM</translation>
    </message>
    <message>
        <source>Technical account manager (optional)</source>
        <translation>Responsable technique de compte (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Jours fériés</translation>
    </message>
    <message>
        <source>None; or a country code such as DE or US-CA</source>
        <translation>Aucun&#x202f;; ou un code pays comme DE ou US-CA</translation>
    </message>
    <message>
        <source>Unused hours &amp;roll over</source>
        <translation>Re&amp;port des heures non utilisées</translation>
    </message>
    <message>
        <source>Hours left at the end of a period carry into the next one, at most one period&apos;s allowance.</source>
        <translation>Les heures restantes en fin de période passent à la suivante, au plus les heures incluses d’une période.</translation>
    </message>
    <message>
        <source>The tier and its fee change with Change tier…, which keeps the contract history and prorates the month.</source>
        <translation>Le niveau de service et sa redevance se modifient avec «&#x202f;Changer de niveau de service…&#x202f;», qui conserve l’historique du contrat et calcule le mois au prorata.</translation>
    </message>
</context>
<context>
    <name>CustomersForm</name>
    <message>
        <source>Search name, CSM or TAM (Ctrl+F)</source>
        <translation>Rechercher un nom, un CSM ou un TAM (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filters the table as you type; Esc clears, Down goes to the table</source>
        <translation>Filtre le tableau pendant la saisie&#x202f;; Échap efface, Flèche bas passe au tableau</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>Select a customer in the table to see its contract, contacts and notes, or add a customer with Ctrl+N.</source>
        <translation>Sélectionnez un client dans le tableau pour voir son contrat, ses contacts et ses notes, ou ajoutez un client avec Ctrl+N.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the name, dates, time zone, language, CSM or TAM</source>
        <translation>Modifier le nom, les dates, le fuseau horaire, la langue, le CSM ou le TAM</translation>
    </message>
    <message>
        <source>Change &amp;tier…</source>
        <translation>Changer de &amp;niveau de service…</translation>
    </message>
    <message>
        <source>Upgrade or downgrade from a date, with the month&apos;s fee and allowances previewed</source>
        <translation>Passer à un niveau supérieur ou inférieur à partir d’une date, avec un aperçu de la redevance et des heures incluses du mois</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s monthly service report for the toolbar&apos;s month (PDF)</source>
        <translation>Exporter le rapport mensuel de service de ce client pour le mois de la barre d’outils (PDF)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau de service</translation>
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
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>Contacts désignés</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Contract history</source>
        <translation>Historique du contrat</translation>
    </message>
    <message>
        <source>Each term runs from its date until the next one or the contract&apos;s end; the one in force today is bold. Upgrades and downgrades are prorated by days: use Change tier….</source>
        <translation>Chaque période court de sa date jusqu’à la suivante ou jusqu’à la fin du contrat&#x202f;; celle en vigueur aujourd’hui est en gras. Les changements de niveau sont calculés au prorata des jours&#x202f;: utilisez «&#x202f;Changer de niveau de service…&#x202f;».</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>Modifier le &amp;contact…</translation>
    </message>
    <message>
        <source>Change the selected contact (or double-click it)</source>
        <translation>Modifier le contact sélectionné (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected contact, e.g. someone who left the customer</source>
        <translation>Supprimer le contact sélectionné, p. ex. une personne qui a quitté le client</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>No contacts yet. Add the people who open support cases with Add contact….</source>
        <translation>Aucun contact pour l’instant. Ajoutez les personnes qui ouvrent des tickets de support avec «&#x202f;Ajouter un contact…&#x202f;».</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes about this account: who to call, what was promised, what to watch. Only your team sees them.</source>
        <translation>Notes sur ce compte&#x202f;: qui appeler, ce qui a été promis, ce qu’il faut surveiller. Seule votre équipe les voit.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Enregistrer les notes</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S)</source>
        <translation>Enregistrer les notes (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>over contact limit ({count} of {limit} named)</source>
        <translation>limite de contacts dépassée (désignés&#x202f;: {count} sur {limit})</translation>
    </message>
    <message>
        <source>starts {day}</source>
        <translation>commence le {day}</translation>
    </message>
    <message>
        <source>contract ended</source>
        <translation>contrat terminé</translation>
    </message>
    <message>
        <source>renewal due</source>
        <translation>renouvellement à prévoir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
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
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Consulting {month}</source>
        <translation>Conseil {month}</translation>
    </message>
    <message>
        <source>Consulting hours logged in the month chosen in the toolbar</source>
        <translation>Heures de conseil saisies pendant le mois choisi dans la barre d’outils</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>The {tier} tier includes no named contacts</source>
        <translation>Le niveau de service {tier} ne comprend aucun contact désigné</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Lecture du client…</translation>
    </message>
    <message>
        <source>The customers could not be loaded. {message}
Check the database connection, then open the view again (Ctrl+2).</source>
        <translation>Impossible de charger les clients. {message}
Vérifiez la connexion à la base de données, puis rouvrez la vue (Ctrl+2).</translation>
    </message>
    <message>
        <source>No customers yet. Add your first customer with Ctrl+N, or load the demo portfolio from the File menu.</source>
        <translation>Aucun client pour l’instant. Ajoutez votre premier client avec Ctrl+N, ou chargez le portefeuille de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>No customer, CSM or TAM matches “{search}”.
Press Esc to clear the search, or add a customer with Ctrl+N.</source>
        <translation>Aucun client, CSM ou TAM ne correspond à «&#x202f;{search}&#x202f;».
Appuyez sur Échap pour effacer la recherche, ou ajoutez un client avec Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer could not be read. {message}</source>
        <translation>Impossible de lire le client. {message}</translation>
    </message>
    <message>
        <source>since {day}, {fee} a month</source>
        <translation>depuis le {day}, {fee} par mois</translation>
    </message>
    <message>
        <source>{tier} from {day}</source>
        <translation>{tier} à partir du {day}</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>from {day}, no end date</source>
        <translation>à partir du {day}, sans date de fin</translation>
    </message>
    <message>
        <source>{zone} — {time} there now</source>
        <translation>{zone} — {time} en ce moment sur place</translation>
    </message>
    <message>
        <source>{calendar} public holidays</source>
        <translation>jours fériés&#x202f;: {calendar}</translation>
    </message>
    <message>
        <source>none (Monday to Friday are working days)</source>
        <translation>aucun (jours ouvrés du lundi au vendredi)</translation>
    </message>
    <message>
        <source>unused hours roll over</source>
        <translation>report des heures non utilisées</translation>
    </message>
    <message>
        <source>reports issued up to {month}</source>
        <translation>rapports émis jusqu’à {month}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no flags</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Non enregistré&#x202f;: {why}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The notes typed for {customer} could not be saved. {why}

What you typed, to copy elsewhere:

{notes}</source>
        <translation>Impossible d’enregistrer les notes saisies pour {customer}. {why}

Votre texte, à copier ailleurs&#x202f;:

{notes}</translation>
    </message>
    <message>
        <source>Remove {contact} (a named support contact) from {customer}&apos;s contacts?</source>
        <translation>Supprimer {contact} (contact de support désigné) des contacts de {customer}&#x202f;?</translation>
    </message>
    <message>
        <source>Remove {contact} from {customer}&apos;s contacts?</source>
        <translation>Supprimer {contact} des contacts de {customer}&#x202f;?</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>{hours} in {month} (none included)</source>
        <translation>{hours} en {month} (aucune heure incluse)</translation>
    </message>
    <message>
        <source>not included in {month}</source>
        <translation>non inclus en {month}</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}; {over} over, {charge}</source>
        <translation>{used} utilisées sur {included} en {month}&#x202f;; {over} de dépassement, {charge}</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}</source>
        <translation>{used} utilisées sur {included} en {month}</translation>
    </message>
</context>
<context>
    <name>Engineer</name>
    <message>
        <source>Your name on the hours you log</source>
        <translation>Votre nom sur les heures que vous saisissez</translation>
    </message>
    <message>
        <source>Which name should go on the hours you log? Your colleagues and the monthly reports see it. (The command line uses it too; Edit ▸ Preferences changes it.)</source>
        <translation>Quel nom mettre sur les heures que vous saisissez&#x202f;? Vos collègues et les rapports mensuels le voient. (La ligne de commande l’utilise aussi&#x202f;; Édition ▸ Préférences le change.)</translation>
    </message>
</context>
<context>
    <name>EntitlementsForm</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>Choisissez un client dans la barre d’outils pour voir ce à quoi il a droit</translation>
    </message>
    <message>
        <source>Type a few letters of the name in the Customer box (Ctrl+F here) and pick it; the Month arrows choose the month. The Home view lists every customer&apos;s overage at once.</source>
        <translation>Tapez quelques lettres du nom dans la zone Client (ici Ctrl+F) et sélectionnez-le&#x202f;; les flèches Mois choisissent le mois. La vue Accueil affiche d’un coup le dépassement de chaque client.</translation>
    </message>
    <message>
        <source>Export monthly &amp;report…</source>
        <translation>Exporter le &amp;rapport mensuel…</translation>
    </message>
    <message>
        <source>The client&apos;s service report for this customer and month (PDF)</source>
        <translation>Le rapport mensuel de service destiné au client pour ce mois (PDF)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>Overage charges</source>
        <translation>Facturation du dépassement</translation>
    </message>
    <message>
        <source>Fee and overage</source>
        <translation>Redevance et dépassement</translation>
    </message>
    <message>
        <source>Seats and sessions</source>
        <translation>Places et sessions</translation>
    </message>
    <message>
        <source>Adjustments for the next report</source>
        <translation>Régularisations pour le prochain rapport</translation>
    </message>
    <message>
        <source>Months already issued whose figures changed since: the next report issued for this customer charges or credits the difference.</source>
        <translation>Mois déjà émis dont les chiffres ont changé depuis&#x202f;: le prochain rapport émis pour ce client facture ou crédite la différence.</translation>
    </message>
</context>
<context>
    <name>EntitlementsView</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>Choisissez un client dans la barre d’outils pour voir ce à quoi il a droit</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>T{number} {year}</translation>
    </message>
    <message>
        <source>{quarter} to date</source>
        <translation>{quarter} à ce jour</translation>
    </message>
    <message>
        <source>{quarter} to the end of {month}</source>
        <translation>{quarter} jusqu’à fin {month}</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this quarter.</source>
        <translation>Émis&#x202f;: ce sont les chiffres du rapport&#x202f;; les heures saisies ou corrigées plus tard vont au prochain rapport sous forme de régularisations, pas dans ce trimestre.</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this month.</source>
        <translation>Émis&#x202f;: ce sont les chiffres du rapport&#x202f;; les heures saisies ou corrigées plus tard vont au prochain rapport sous forme de régularisations, pas dans ce mois.</translation>
    </message>
    <message>
        <source>{month} has not started yet.</source>
        <translation>{month} n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>The quarter is over; these are its final figures.</source>
        <translation>Le trimestre est terminé&#x202f;; voici ses chiffres définitifs.</translation>
    </message>
    <message>
        <source>The month is over; these are its final figures.</source>
        <translation>Le mois est terminé&#x202f;; voici ses chiffres définitifs.</translation>
    </message>
    <message>
        <source>Counted to the end of {month}; the forecast is on {current}.</source>
        <translation>Compté jusqu’à fin {month}&#x202f;; la prévision porte sur {current}.</translation>
    </message>
    <message>
        <source>The contract starts on {day}.</source>
        <translation>Le contrat commence le {day}.</translation>
    </message>
    <message>
        <source>The contract ended on {day}.</source>
        <translation>Le contrat a pris fin le {day}.</translation>
    </message>
    <message>
        <source>No hours are included; every hour logged is overage.</source>
        <translation>Aucune heure incluse&#x202f;; chaque heure saisie est du dépassement.</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the quarter.</source>
        <translation>Rien de consommé&#x202f;: toutes les heures incluses du trimestre sont disponibles.</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the month.</source>
        <translation>Rien de consommé&#x202f;: toutes les heures incluses du mois sont disponibles.</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage.</source>
        <translation>Les heures incluses sont épuisées&#x202f;; les heures suivantes sont du dépassement.</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage at {rate}/h.</source>
        <translation>Les heures incluses sont épuisées&#x202f;; les heures suivantes sont du dépassement à {rate}/h.</translation>
    </message>
    <message>
        <source>At this pace the allowance runs out on {day}.</source>
        <translation>À ce rythme, les heures incluses seront épuisées le {day}.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts until the contract ends on {day}.</source>
        <translation>À ce rythme, les heures incluses durent jusqu’à la fin du contrat le {day}.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the quarter.</source>
        <translation>À ce rythme, les heures incluses couvrent le trimestre.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the month.</source>
        <translation>À ce rythme, les heures incluses couvrent le mois.</translation>
    </message>
    <message>
        <source>{hours} at {rate} = {charge}</source>
        <translation>{hours} à {rate} = {charge}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>SLA service credit</source>
        <translation>Crédit de service SLA</translation>
    </message>
    <message>
        <source>{allowance} overage</source>
        <translation>Dépassement {allowance}</translation>
    </message>
    <message>
        <source>{used} (unlimited)</source>
        <translation>{used} (illimité)</translation>
    </message>
    <message>
        <source>{used} of {included}</source>
        <translation>{used} sur {included}</translation>
    </message>
    <message>
        <source>this contract year, from {day}</source>
        <translation>cette année de contrat, depuis le {day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Reading the entitlements…</source>
        <translation>Lecture des droits…</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>SLA de réponse</translation>
    </message>
    <message>
        <source>{reason} Choose a customer in the toolbar to see what they are entitled to.</source>
        <translation>{reason} Choisissez un client dans la barre d’outils pour voir ce à quoi il a droit.</translation>
    </message>
    <message>
        <source> then </source>
        <comment>between the tiers of one month</comment>
        <translation> puis </translation>
    </message>
    <message>
        <source>contract from {start}</source>
        <translation>contrat depuis le {start}</translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation>contrat du {start} au {end}</translation>
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
        <translation>Le contrat de {customer} ne couvre pas {month}&#x202f;: rien n’y est inclus&#x202f;; choisissez un autre mois avec les flèches Mois.</translation>
    </message>
    <message>
        <source>{tier} includes no consulting or development hours in {month}; hours logged are tracked below but not measured against an allowance.</source>
        <translation>{tier} n’inclut aucune heure de conseil ou de développement en {month}&#x202f;; les heures saisies sont listées ci-dessous sans être comparées à des heures incluses.</translation>
    </message>
    <message>
        <source>Issued — these are the figures of report {report}. Changes made since reach the client as adjustments on the next report.</source>
        <translation>Émis — ce sont les chiffres du rapport {report}. Les changements faits depuis parviennent au client sous forme de régularisations sur le prochain rapport.</translation>
    </message>
    <message>
        <source>Fee and hours in {month}, as issued</source>
        <translation>Redevance et heures de {month}, telles qu’émises</translation>
    </message>
    <message>
        <source>Fee and hours in {month}</source>
        <translation>Redevance et heures de {month}</translation>
    </message>
    <message>
        <source>Fee, prorated by days</source>
        <translation>Redevance, au prorata des jours</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the categories of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Hours logged: {hours}</source>
        <translation>Heures saisies&#x202f;: {hours}</translation>
    </message>
    <message>
        <source>No hours logged in {month}; log them in the Hours view (Ctrl+4).</source>
        <translation>Aucune heure saisie en {month}&#x202f;; saisissez-les dans le Registre des heures (Ctrl+4).</translation>
    </message>
    <message>
        <source>No hours logged in {month}.</source>
        <translation>Aucune heure saisie en {month}.</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>SLA de réponse en {month}</translation>
    </message>
    <message>
        <source>No cases were due in {month} (target {target} %).</source>
        <translation>Aucun ticket n’arrivait à échéance en {month} (objectif {target}&#x202f;%).</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} % — breached</source>
        <translation>Taux de respect {attainment}&#x202f;% pour un objectif de {target}&#x202f;% — non respecté</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} %</source>
        <translation>Taux de respect {attainment}&#x202f;% pour un objectif de {target}&#x202f;%</translation>
    </message>
    <message>
        <source>Cases due: {due}, met: {met}</source>
        <translation>Tickets échus&#x202f;: {due}, dans les délais&#x202f;: {met}</translation>
    </message>
    <message>
        <source>Service credit: {credit} ({percent} % of the fee)</source>
        <translation>Crédit de service&#x202f;: {credit} ({percent}&#x202f;% de la redevance)</translation>
    </message>
    <message>
        <source>No service credit ({percent} % of the fee if breached)</source>
        <translation>Aucun crédit de service ({percent}&#x202f;% de la redevance en cas de non-respect)</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>column of the adjustments</comment>
        <translation>Mois</translation>
    </message>
    <message>
        <source>What</source>
        <comment>column of the adjustments</comment>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column of the adjustments</comment>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column of the adjustments</comment>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column of the adjustments</comment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Together on the next report</source>
        <translation>Ensemble sur le prochain rapport</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown step the month; the Customer box finds as you type.</source>
        <translation>Ctrl+Page préc. et Ctrl+Page suiv. changent de mois&#x202f;; la zone Client cherche pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer l’historique</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <source>The history could not be read. {message}</source>
        <translation>L’historique n’a pas pu être lu. {message}</translation>
    </message>
</context>
<context>
    <name>HomeForm</name>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Find a customer in these lists (Ctrl+F)</source>
        <translation>Rechercher un client dans ces listes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <source>Overage this month</source>
        <translation>Dépassement ce mois-ci</translation>
    </message>
    <message>
        <source>No overage this month.</source>
        <translation>Aucun dépassement ce mois-ci.</translation>
    </message>
    <message>
        <source>Allowances past 80 %</source>
        <translation>Heures incluses consommées à plus de 80&#x202f;%</translation>
    </message>
    <message>
        <source>No allowance is past 80 % this month.</source>
        <translation>Aucun client n’a consommé plus de 80&#x202f;% de ses heures incluses ce mois-ci.</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Revues en retard</translation>
    </message>
    <message>
        <source>No overdue reviews.</source>
        <translation>Aucune revue en retard.</translation>
    </message>
    <message>
        <source>Renewals within 60 days</source>
        <translation>Renouvellements sous 60 jours</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days.</source>
        <translation>Aucun contrat ne se termine dans les 60 prochains jours.</translation>
    </message>
    <message>
        <source>Adjustments waiting for the next report</source>
        <translation>Régularisations en attente du prochain rapport</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>Aucune régularisation en attente d’un rapport.</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio</source>
        <translation>Heures par mois, tout le portefeuille</translation>
    </message>
    <message>
        <source>No hours logged in these twelve months. Log hours in the Hours view (Ctrl+4) and they show here by month and category.</source>
        <translation>Aucune heure saisie sur ces douze mois. Saisissez des heures dans le Registre des heures (Ctrl+4)&#x202f;: elles s’afficheront ici par mois et par catégorie.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Chargement du tableau de bord…</translation>
    </message>
    <message>
        <source>Open a customer to see the adjustments in Entitlements.</source>
        <translation>Ouvrez un client pour voir les régularisations dans Droits.</translation>
    </message>
    <message>
        <source>Reading the support cases…</source>
        <translation>Lecture des tickets de support…</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it.</source>
        <translation>Double-cliquez sur un client ou appuyez sur Entrée pour l’ouvrir.</translation>
    </message>
    <message>
        <source>SLA at risk now / breached this month</source>
        <translation>SLA à risque maintenant / non respecté ce mois-ci</translation>
    </message>
    <message>
        <source>Double-click a case, or press Enter, to open it in Cases.</source>
        <translation>Double-cliquez sur un ticket ou appuyez sur Entrée pour l’ouvrir dans Tickets.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Adding up the hours of twelve months…</source>
        <translation>Addition des heures de douze mois…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation>Le tableau de bord n’a pas pu être lu&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Portfolio in {month}</source>
        <translation>Portefeuille en {month}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers · reviews and renewals as of {day}</source>
        <translation>
            <numerusform>%Ln client · revues et renouvellements au {day}</numerusform>
            <numerusform>%Ln clients · revues et renouvellements au {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overage in {month}</source>
        <translation>Dépassement en {month}</translation>
    </message>
    <message>
        <source>All customers&apos; overage charges in the month together</source>
        <translation>Facturation du dépassement de tous les clients sur le mois</translation>
    </message>
    <message>
        <source>No overage in {month}: every customer stayed within their allowances.</source>
        <translation>Aucun dépassement en {month}&#x202f;: chaque client est resté dans ses heures incluses.</translation>
    </message>
    <message>
        <source>Allowances past 80 % in {month}</source>
        <translation>Heures incluses consommées à plus de 80&#x202f;% en {month}</translation>
    </message>
    <message>
        <source>No allowance is past 80 % in {month}. Customers show here as they near their included hours.</source>
        <translation>Aucun client n’a consommé plus de 80&#x202f;% de ses heures incluses en {month}. Les clients apparaissent ici à l’approche de leurs heures incluses.</translation>
    </message>
    <message>
        <source>No overdue reviews. A planned review shows here once its time has passed and it is not marked held, cancelled or missed in the Reviews view.</source>
        <translation>Aucune revue en retard. Une revue planifiée apparaît ici une fois son heure passée, si elle n’est pas marquée tenue, annulée ou manquée dans la vue Revues.</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days. Contracts show here two months before they end.</source>
        <translation>Aucun contrat ne se termine dans les 60 prochains jours. Les contrats apparaissent ici deux mois avant leur fin.</translation>
    </message>
    <message>
        <source>Customers whose next report carries adjustments to months already issued</source>
        <translation>Clients dont le prochain rapport porte des régularisations sur des mois déjà émis</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>Aucune régularisation en attente d’un rapport.</translation>
    </message>
    <message>
        <source>SLA at risk now / breached in {month}</source>
        <translation>SLA à risque maintenant / non respecté en {month}</translation>
    </message>
    <message>
        <source>No case is at risk now, and none breached its response target in {month}.</source>
        <translation>Aucun ticket n’est à risque maintenant, et aucun n’a manqué son délai de réponse en {month}.</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio: {first} to {last}</source>
        <translation>Heures par mois, tout le portefeuille&#x202f;: {first} à {last}</translation>
    </message>
    <message>
        <source>{hours} in total</source>
        <translation>{hours} au total</translation>
    </message>
    <message>
        <source>No customer matching “{typed}” in this list.</source>
        <translation>Aucun client ne correspond à «&#x202f;{typed}&#x202f;» dans cette liste.</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
</context>
<context>
    <name>LedgerForm</name>
    <message>
        <source>Cu&amp;stomer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name</source>
        <translation>Saisissez le nom d’un client</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1,5 ou 1:30</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>&amp;Description (client sees this)</source>
        <translation>Des&amp;cription (visible par le client)</translation>
    </message>
    <message>
        <source>What the hours were for, as the report says it</source>
        <translation>L’objet des heures, tel que le rapport l’indique</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report; required for consulting and development hours</source>
        <translation>Imprimée sur le rapport mensuel du client&#x202f;; obligatoire pour les heures de conseil et de développement</translation>
    </message>
    <message>
        <source>Internal n&amp;ote (team only)</source>
        <translation>N&amp;ote interne (équipe uniquement)</translation>
    </message>
    <message>
        <source>Never on a report</source>
        <translation>Jamais sur un rapport</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Réservée à l’équipe&#x202f;: jamais imprimée sur un rapport</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Saisir</translation>
    </message>
    <message>
        <source>Log these hours (Enter in any field)</source>
        <translation>Saisir ces heures (Entrée dans n’importe quel champ)</translation>
    </message>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>Tapez les heures et appuyez sur Entrée pour les saisir&#x202f;; le client, la date, la catégorie, la description et la note sont conservés pour la saisie suivante.</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Afficher tous les clients</translation>
    </message>
    <message>
        <source>&amp;All months</source>
        <translation>&amp;Tous les mois</translation>
    </message>
    <message>
        <source>Show every month instead of the month chosen in the toolbar</source>
        <translation>Afficher tous les mois au lieu du mois choisi dans la barre d’outils</translation>
    </message>
    <message>
        <source>Only the hours one engineer logged</source>
        <translation>Uniquement les heures saisies par un ingénieur</translation>
    </message>
    <message>
        <source>Only one category of hours</source>
        <translation>Une seule catégorie d’heures</translation>
    </message>
    <message>
        <source>Search text (Ctrl+F)</source>
        <translation>Rechercher du texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds entries whose description or internal note holds the text</source>
        <translation>Trouve les saisies dont la description ou la note interne contient le texte</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Modifier (F2)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Enregistrer une correction…</translation>
    </message>
    <message>
        <source>Correct an entry of an issued month (Ctrl+Shift+R): the change reaches the client as an adjustment on the next report</source>
        <translation>Corriger une saisie d’un mois émis (Ctrl+Maj+R)&#x202f;: la modification parvient au client sous forme de régularisation sur le prochain rapport</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Ingénieur</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Description (client)</source>
        <translation>Description (client)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>What the client reads on the monthly report</source>
        <translation>Ce que le client lit sur le rapport mensuel</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Pour l’équipe seulement&#x202f;: jamais imprimé sur un rapport</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: this entry is read-only. Record a correction instead.</source>
        <translation>{month} est émis pour {customer}&#x202f;: cette saisie est en lecture seule. Enregistrez plutôt une correction.</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: no reason given</source>
        <translation>Correction de la saisie {entry}&#x202f;: aucun motif donné</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: {reason}</source>
        <translation>Correction de la saisie {entry}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Internal, never on a report: {note}</source>
        <translation>Interne, jamais sur un rapport&#x202f;: {note}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>Tapez les heures et appuyez sur Entrée pour les saisir&#x202f;; le client, la date, la catégorie, la description et la note restent pour la saisie suivante.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>ingénieur</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>note interne</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>Registre des heures</translation>
    </message>
    <message>
        <source>Reading the hours ledger…</source>
        <translation>Lecture du registre des heures…</translation>
    </message>
    <message>
        <source>Listing the engineers…</source>
        <translation>Liste des ingénieurs…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name first.</source>
        <translation>Tapez d’abord le nom du client.</translation>
    </message>
    <message>
        <source>Type the hours spent, e.g. 1.5 or 1:30.</source>
        <translation>Tapez les heures passées, p. ex. 1,5 ou 1:30.</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it). It is outside the filters, so the table does not show it.</source>
        <translation>{hours} de {category} saisies pour {customer} le {day} (Ctrl+Z annule). La saisie est hors des filtres&#x202f;: le tableau ne l’affiche pas.</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it).</source>
        <translation>{hours} de {category} saisies pour {customer} le {day} (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Select an entry to change it.</source>
        <translation>Sélectionnez une saisie pour la modifier.</translation>
    </message>
    <message>
        <source>Select an entry of an issued month to correct it; entries of open months are changed directly.</source>
        <translation>Sélectionnez une saisie d’un mois émis pour la corriger&#x202f;; les saisies des mois ouverts se modifient directement.</translation>
    </message>
    <message>
        <source>Correction recorded; the next report issued carries the adjustment (Ctrl+Z takes it back).</source>
        <translation>Correction enregistrée&#x202f;; le prochain rapport émis porte la régularisation (Ctrl+Z la reprend).</translation>
    </message>
    <message>
        <source>Select an entry to see its history.</source>
        <translation>Sélectionnez une saisie pour voir son historique.</translation>
    </message>
    <message>
        <source>History of entry {entry} ({customer}, {day})</source>
        <translation>Historique de la saisie {entry} ({customer}, {day})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries are selected; delete at most {most} at once.</source>
        <translation>
            <numerusform>%Ln saisie est sélectionnée&#x202f;; supprimez-en au plus {most} à la fois.</numerusform>
            <numerusform>%Ln saisies sont sélectionnées&#x202f;; supprimez-en au plus {most} à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entries to delete.</source>
        <translation>Sélectionnez les saisies à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entries (Ctrl+Z brings it back).</source>
        <translation>
            <numerusform>%Ln saisie supprimée (Ctrl+Z la rétablit).</numerusform>
            <numerusform>%Ln saisies supprimées (Ctrl+Z les rétablit).</numerusform>
        </translation>
    </message>
    <message>
        <source>Any engineer</source>
        <translation>Tous les ingénieurs</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Enregistrer une correction…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · {hours}</source>
        <translation>
            <numerusform>%Ln saisie · {hours}</numerusform>
            <numerusform>%Ln saisies · {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>all months</source>
        <translation>tous les mois</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: its entries are read-only. A correction goes into the next open month.</source>
        <translation>{month} est émis pour {customer}&#x202f;: ses saisies sont en lecture seule. Une correction va dans le prochain mois ouvert.</translation>
    </message>
    <message>
        <source>No entries match these filters. Choose “Clear filters” above to see every entry again.</source>
        <translation>Aucune saisie ne correspond à ces filtres. Choisissez «&#x202f;Effacer les filtres&#x202f;» ci-dessus pour revoir toutes les saisies.</translation>
    </message>
    <message>
        <source>No hours logged for {customer} in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>Aucune heure saisie pour {customer} en {month}. Tapez les heures dans la barre ci-dessus et appuyez sur Entrée pour la première saisie. Cochez «&#x202f;Tous les mois&#x202f;» pour voir les autres mois, ou changez de mois dans la barre d’outils.</translation>
    </message>
    <message>
        <source>No hours logged for {customer} yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>Aucune heure saisie pour {customer} pour l’instant. Tapez les heures dans la barre ci-dessus et appuyez sur Entrée pour la première saisie.</translation>
    </message>
    <message>
        <source>No hours logged in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>Aucune heure saisie en {month}. Tapez les heures dans la barre ci-dessus et appuyez sur Entrée pour la première saisie. Cochez «&#x202f;Tous les mois&#x202f;» pour voir les autres mois, ou changez de mois dans la barre d’outils.</translation>
    </message>
    <message>
        <source>No hours logged yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>Aucune heure saisie pour l’instant. Tapez les heures dans la barre ci-dessus et appuyez sur Entrée pour la première saisie.</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Change…&lt;/a&gt;</source>
        <translation>Saisi en tant que &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Changer…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; (your login) · &lt;a href=&apos;name&apos;&gt;Set your name…&lt;/a&gt;</source>
        <translation>Saisi en tant que &lt;b&gt;{name}&lt;/b&gt; (votre identifiant) · &lt;a href=&apos;name&apos;&gt;Indiquer votre nom…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The name on the hours you log here and on the command line (Edit ▸ Preferences)</source>
        <translation>Le nom sur les heures saisies ici et en ligne de commande (Édition ▸ Préférences)</translation>
    </message>
    <message>
        <source>This entry is read-only: {month} is issued for {customer}, so its entries can be neither changed nor deleted. Record a correction instead (Ctrl+Shift+R).</source>
        <translation>Cette saisie est en lecture seule&#x202f;: {month} est émis pour {customer}, ses saisies ne peuvent être ni modifiées ni supprimées. Enregistrez plutôt une correction (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <source>This entry corrects entry {entry} of an issued month; corrections stay as they were recorded.</source>
        <translation>Cette saisie corrige la saisie {entry} d’un mois émis&#x202f;; les corrections restent telles qu’enregistrées.</translation>
    </message>
    <message>
        <source>Changed the date (Ctrl+Z undoes it).</source>
        <translation>Date modifiée (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Changed the customer (Ctrl+Z undoes it).</source>
        <translation>Client modifié (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Changed the category (Ctrl+Z undoes it).</source>
        <translation>Catégorie modifiée (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Changed the engineer (Ctrl+Z undoes it).</source>
        <translation>Ingénieur modifié (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Changed the hours (Ctrl+Z undoes it).</source>
        <translation>Heures modifiées (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Changed the description (Ctrl+Z undoes it).</source>
        <translation>Description modifiée (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Changed the internal note (Ctrl+Z undoes it).</source>
        <translation>Note interne modifiée (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Pick a date from the calendar.</source>
        <translation>Choisissez une date dans le calendrier.</translation>
    </message>
    <message>
        <source>An entry needs a customer.</source>
        <translation>Une saisie demande un client.</translation>
    </message>
    <message>
        <source>An entry needs the engineer who spent the hours.</source>
        <translation>Une saisie demande l’ingénieur qui a passé les heures.</translation>
    </message>
</context>
<context>
    <name>LevelBadge</name>
    <message>
        <source>Within allowance</source>
        <translation>Dans les heures incluses</translation>
    </message>
    <message>
        <source>Nearly used</source>
        <translation>Presque épuisées</translation>
    </message>
    <message>
        <source>Over allowance</source>
        <translation>Au-delà des heures incluses</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>The database: {where}</source>
        <translation>La base de données&#x202f;: {where}</translation>
    </message>
    <message>
        <source>Updated with changes by {who}.</source>
        <translation>Mis à jour avec les modifications de {who}.</translation>
    </message>
    <message>
        <source>Not receiving others&apos; changes</source>
        <translation>Modifications des autres non reçues</translation>
    </message>
    <message>
        <source>The connection to {where} was lost; trying again every {seconds} seconds. ({reason})</source>
        <translation>La connexion à {where} a été perdue&#x202f;; nouvel essai toutes les {seconds} secondes. ({reason})</translation>
    </message>
    <message>
        <source>Asking who else is connected…</source>
        <translation>Recherche des autres personnes connectées…</translation>
    </message>
    <message>
        <source>Who else is connected could not be read: {message}</source>
        <translation>Les autres personnes connectées n’ont pas pu être lues&#x202f;: {message}</translation>
    </message>
    <message>
        <source>{name} (as {role})</source>
        <translation>{name} (en tant que {role})</translation>
    </message>
    <message>
        <source>No one else connected</source>
        <translation>Personne d’autre n’est connecté</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>Également connectés&#x202f;: {names}</translation>
    </message>
</context>
<context>
    <name>LoadedWhenShown</name>
    <message>
        <source>Reading the database…</source>
        <translation>Lecture de la base de données…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases AccountDesk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>Registre des heures</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Counting customers and entries…</source>
        <translation>Décompte des clients et des saisies…</translation>
    </message>
    <message>
        <source>{file} is an empty file. Make it a new AccountDesk database?</source>
        <translation>{file} est un fichier vide. En faire une nouvelle base AccountDesk&#x202f;?</translation>
    </message>
    <message>
        <source>{file} was left as it was, an empty file.</source>
        <translation>{file} a été laissé tel quel, un fichier vide.</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>Ouverture de {database}…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>{file} already exists; a new database needs a new file name. To work in that database, choose File ▸ Open database….</source>
        <translation>{file} existe déjà&#x202f;; une nouvelle base demande un nouveau nom de fichier. Pour travailler dans cette base, choisissez Fichier ▸ Ouvrir une base de données….</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Ajouter un client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation>Saisir des heures</translation>
    </message>
    <message>
        <source>Log hours (Ctrl+L)</source>
        <translation>Saisir des heures (Ctrl+L)</translation>
    </message>
    <message>
        <source> Customer: </source>
        <translation> Client&#x202f;: </translation>
    </message>
    <message>
        <source> Month: </source>
        <translation> Mois&#x202f;: </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation>Mois précédent (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown)</source>
        <translation>Mois suivant (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de données récentes</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Charger les données de démonstration…</translation>
    </message>
    <message>
        <source>Back up database…</source>
        <translation>Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo {command}</source>
        <translation>Annuler&#x202f;: {command}</translation>
    </message>
    <message>
        <source>Redo {command}</source>
        <translation>Rétablir&#x202f;: {command}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Monthly report for this customer…</source>
        <translation>Rapport mensuel de ce client…</translation>
    </message>
    <message>
        <source>Month-end batch…</source>
        <translation>Lot de fin de mois…</translation>
    </message>
    <message>
        <source>Reopen month…</source>
        <translation>Rouvrir un mois…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation>À propos d’AccountDesk</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Aucune base de données ouverte pour l’instant</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Loaded the demo portfolio: {customers} customers, {entries} ledger entries.</source>
        <translation>Portefeuille de démonstration chargé&#x202f;: {customers} clients, {entries} saisies d’heures.</translation>
    </message>
    <message>
        <source>Loading the demo portfolio…</source>
        <translation>Chargement du portefeuille de démonstration…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>Bases SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Sauvegardé dans {file}.</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to reopen one of its months.</source>
        <translation>Choisissez un client dans la barre d’outils pour rouvrir l’un de ses mois.</translation>
    </message>
    <message>
        <source>Reopen month</source>
        <translation>Rouvrir un mois</translation>
    </message>
    <message>
        <source>Why is {month} reopened for {customer}? Its next issue will be a new revision of the report.</source>
        <translation>Pourquoi rouvrir {month} pour {customer}&#x202f;? La prochaine émission sera une nouvelle révision du rapport.</translation>
    </message>
    <message>
        <source>Reopened {month} for {customer} (Ctrl+Z issues it again as it was).</source>
        <translation>{month} rouvert pour {customer} (Ctrl+Z le réémet tel qu’il était).</translation>
    </message>
    <message>
        <source>Support contracts, entitlements, hours and reviews for customer success teams.</source>
        <translation>Contrats de support, droits, heures et revues pour les équipes customer success.</translation>
    </message>
    <message>
        <source>SQLite (local)</source>
        <translation>SQLite (local)</translation>
    </message>
    <message>
        <source>PostgreSQL (team)</source>
        <translation>PostgreSQL (équipe)</translation>
    </message>
    <message>
        <source>{customers} · {entries} · signed in as {user} · {database}</source>
        <translation>{customers} · {entries} · connecté en tant que {user} · {database}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln saisie</numerusform>
            <numerusform>%Ln saisies</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be read: {reason}</source>
        <translation>La base de données n’a pas pu être lue&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have been finished. The details are in {log}; please send it to your support contact.</source>
        <translation>Un problème est survenu, et ce que vous faisiez n’est peut-être pas terminé. Les détails sont dans {log}&#x202f;; merci de l’envoyer à votre contact support.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Choose a customer in the toolbar first: a monthly report is about one customer. For every customer at once, use Reports ▸ Month-end batch….</source>
        <translation>Choisissez d’abord un client dans la barre d’outils&#x202f;: un rapport mensuel concerne un client. Pour tous les clients à la fois, utilisez Rapports ▸ Lot de fin de mois….</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Construction du rapport…</translation>
    </message>
    <message>
        <source>Monthly service report</source>
        <translation>Rapport mensuel de service</translation>
    </message>
    <message>
        <source>Draft: built from the live ledger; every page is marked DRAFT until the month is issued.</source>
        <translation>Brouillon&#x202f;: construit à partir du registre en cours&#x202f;; chaque page porte la mention BROUILLON jusqu’à l’émission du mois.</translation>
    </message>
    <message>
        <source>Issued on {day} by {person} as report {report}. The month is locked; an export gives exactly the report that was issued.</source>
        <translation>Émis le {day} par {person} sous le numéro {report}. Le mois est verrouillé&#x202f;; un export donne exactement le rapport émis.</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>Émettre le rapport&#x202f;: écrire le PDF définitif et verrouiller le mois du client</translation>
    </message>
    <message>
        <source>The pages could not be shown; export the PDF to read it.</source>
        <translation>Les pages n’ont pas pu être affichées&#x202f;; exportez le PDF pour le lire.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>Exporter le rapport mensuel</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Issue the monthly report</source>
        <translation>Émettre le rapport mensuel</translation>
    </message>
    <message>
        <source>Issuing the {month} report for {customer} locks {month} for this customer: hours dated in it can no longer be logged, changed or deleted, and the report becomes final (a later export gives exactly the same report). Corrections then go into the next open month.

Issue it now?</source>
        <translation>Émettre le rapport de {month} pour {customer} verrouille {month} pour ce client&#x202f;: les heures datées de ce mois ne peuvent plus être saisies, modifiées ni supprimées, et le rapport devient définitif (un export ultérieur donne exactement le même rapport). Les corrections vont ensuite dans le prochain mois ouvert.

L’émettre maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Issuing the report…</source>
        <translation>Émission du rapport…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued report {report} ({pages}) and wrote it to {file}. {month} is now locked for {customer}.</source>
        <translation>Rapport {report} émis ({pages}) et écrit dans {file}. {month} est maintenant verrouillé pour {customer}.</translation>
    </message>
    <message>
        <source>Wrote the draft report ({pages}) to {file}.</source>
        <translation>Brouillon du rapport ({pages}) écrit dans {file}.</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file} — the same file that was issued.</source>
        <translation>Rapport émis {report} ({pages}) écrit dans {file} — le même fichier que celui émis.</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file}.</source>
        <translation>Rapport émis {report} ({pages}) écrit dans {file}.</translation>
    </message>
    <message>
        <source>No application opened {file}; open it from its folder.</source>
        <translation>Aucune application n’a ouvert {file}&#x202f;; ouvrez-le depuis son dossier.</translation>
    </message>
</context>
<context>
    <name>OverageModel</name>
    <message>
        <source>{customer}: {hours} over the allowances, charged {charge}</source>
        <translation>{customer}&#x202f;: {hours} au-delà des heures incluses, facturées {charge}</translation>
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
            <numerusform>{oldest} (+%Ln autre)</numerusform>
            <numerusform>{oldest} (+%Ln autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln reviews not recorded; the oldest, {review}, was due {day}</source>
        <translation>
            <numerusform>{customer}&#x202f;: %Ln revue non enregistrée&#x202f;; la plus ancienne, {review}, était due le {day}</numerusform>
            <numerusform>{customer}&#x202f;: %Ln revues non enregistrées&#x202f;; la plus ancienne, {review}, était due le {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingAdjustmentsModel</name>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a credit of {amount}</source>
        <translation>
            <numerusform>{customer}&#x202f;: %Ln régularisation sur {months} attend le prochain rapport, soit un crédit de {amount}</numerusform>
            <numerusform>{customer}&#x202f;: %Ln régularisations sur {months} attendent le prochain rapport, soit un crédit de {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a charge of {amount}</source>
        <translation>
            <numerusform>{customer}&#x202f;: %Ln régularisation sur {months} attend le prochain rapport, soit un débit de {amount}</numerusform>
            <numerusform>{customer}&#x202f;: %Ln régularisations sur {months} attendent le prochain rapport, soit un débit de {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>You (on this computer)</source>
        <translation>Vous (sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Your name on the hours you log:</source>
        <translation>Votre nom sur les heures que vous saisissez&#x202f;:</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Langue de l’interface&#x202f;:</translation>
    </message>
    <message>
        <source>A new language applies the next time AccountDesk starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage d’AccountDesk.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation>Logo par défaut</translation>
    </message>
    <message>
        <source>Company (on every report, for the whole team)</source>
        <translation>Entreprise (sur chaque rapport, pour toute l’équipe)</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nom de l’entreprise&#x202f;:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Nom du service&#x202f;:</translation>
    </message>
    <message>
        <source>Report footer:</source>
        <translation>Pied de page du rapport&#x202f;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#x202f;:</translation>
    </message>
    <message>
        <source>Your company&apos;s logo</source>
        <translation>Logo de votre entreprise</translation>
    </message>
    <message>
        <source>AccountDesk&apos;s logo</source>
        <translation>Logo d’AccountDesk</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Logo de l’entreprise</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Open another database, or start a new one?</source>
        <translation>Ouvrir une autre base de données, ou en créer une nouvelle&#x202f;?</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Ouvrir une autre…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nouvelle base de données…</translation>
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
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}&apos;s {tier} contract ends on {day}, in %Ln days</source>
        <translation>
            <numerusform>Le contrat {tier} de {customer} se termine le {day}, dans %Ln jour</numerusform>
            <numerusform>Le contrat {tier} de {customer} se termine le {day}, dans %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>The report&apos;s pages, exactly as the PDF will print them</source>
        <translation>Les pages du rapport, exactement telles que le PDF les imprimera</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the report as a PDF; before the month is issued it is marked DRAFT</source>
        <translation>Générer le rapport en PDF&#x202f;; tant que le mois n’est pas émis, il porte la mention brouillon</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Émettre…</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>Émettre le rapport&#x202f;: générer le PDF définitif et verrouiller le mois du client</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Open the report just written in the system&apos;s PDF viewer</source>
        <translation>Ouvrir le rapport qui vient d’être généré dans la visionneuse PDF du système</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participants&#x202f;:</translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation>Participants, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Summary for the client:</source>
        <translation>&amp;Compte rendu pour le client&#x202f;:</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report: what was reviewed and agreed</source>
        <translation>Imprimé sur le rapport mensuel du client&#x202f;: ce qui a été examiné et convenu</translation>
    </message>
    <message>
        <source>The client reads this on the monthly report</source>
        <translation>Le client le lit sur le rapport mensuel</translation>
    </message>
    <message>
        <source>Internal &amp;notes (team only):</source>
        <translation>&amp;Notes internes (équipe uniquement)&#x202f;:</translation>
    </message>
    <message>
        <source>For the team only, never on a report: concerns, follow-ups</source>
        <translation>Réservées à l’équipe, jamais sur un rapport&#x202f;: points d’attention, suites à donner</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Réservées à l’équipe&#x202f;: jamais imprimées sur un rapport</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>&amp;Tenue le&#x202f;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the review took place, on the customer&apos;s clock</source>
        <translation>Date et heure de la revue, à l’heure du client</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#x202f;:</translation>
    </message>
    <message>
        <source>Why the review is cancelled (required)</source>
        <translation>Motif de l’annulation de la revue (obligatoire)</translation>
    </message>
</context>
<context>
    <name>ReviewOutcomeDialog</name>
    <message>
        <source>{day}, {time} ({minutes} minutes) · {state}</source>
        <translation>{day}, {time} ({minutes} minutes) · {state}</translation>
    </message>
    <message>
        <source>Review held</source>
        <translation>Revue tenue</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Marquer tenue</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Annuler la revue</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
</context>
<context>
    <name>ReviewsForm</name>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Plan ahead</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Schedule the reviews each tier owes over the next 90 days (never twice)</source>
        <translation>Planifier les revues dues par chaque niveau de service sur les 90 prochains jours (jamais en double)</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exporter en .ics…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Planned reviews: overdue, this week and later</source>
        <translation>Revues planifiées&#x202f;: en retard, cette semaine et plus tard</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Revues passées</translation>
    </message>
    <message>
        <source>Held, cancelled and missed reviews of the month chosen in the toolbar</source>
        <translation>Revues tenues, annulées et manquées du mois choisi dans la barre d’outils</translation>
    </message>
    <message>
        <source>Filter by customer or review (Ctrl+F)</source>
        <translation>Filtrer par client ou revue (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter reviews</source>
        <translation>Filtrer les revues</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>Tenue…</translation>
    </message>
    <message>
        <source>Record that the selected review took place, with notes and attendees</source>
        <translation>Enregistrer que la revue sélectionnée a eu lieu, avec notes et participants</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Cancel the selected review, with a reason</source>
        <translation>Annuler la revue sélectionnée, avec un motif</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>Enregistrer que la revue sélectionnée n’a pas eu lieu</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time (customer&apos;s zone)</source>
        <translation>Heure (fuseau du client)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Overdue (today)</source>
        <translation>En retard (aujourd’hui)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard de 1 jour</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>En retard de {count} jours</translation>
    </message>
    <message numerus="yes">
        <source>{group} · %Ln reviews</source>
        <translation>
            <numerusform>{group} · %Ln revue</numerusform>
            <numerusform>{group} · %Ln revues</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click (or press Enter) to open {customer}.</source>
        <translation>Double-cliquez (ou appuyez sur Entrée) pour ouvrir {customer}.</translation>
    </message>
    <message>
        <source>{minutes} minutes; your time: {when}</source>
        <translation>{minutes} minutes&#x202f;; votre heure&#x202f;: {when}</translation>
    </message>
    <message>
        <source>Held on: {when}</source>
        <translation>Tenue le&#x202f;: {when}</translation>
    </message>
    <message>
        <source>Attendees: {names}</source>
        <translation>Participants&#x202f;: {names}</translation>
    </message>
    <message>
        <source>Summary for the client: {text}</source>
        <translation>Résumé pour le client&#x202f;: {text}</translation>
    </message>
    <message>
        <source>Internal notes: {text}</source>
        <translation>Notes internes&#x202f;: {text}</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>Motif&#x202f;: {text}</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>Chargement des revues…</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>Tenue…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>This week (to {day})</source>
        <translation>Cette semaine (jusqu’au {day})</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>The reviews could not be read: {reason}</source>
        <translation>Les revues n’ont pas pu être lues&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>No review matches “{typed}”. Clear the filter to see all {count}.</source>
        <translation>Aucune revue ne correspond à «&#x202f;{typed}&#x202f;». Effacez le filtre pour voir les {count}.</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month} for {customer}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>Aucune revue tenue, annulée ou manquée n’était due en {month} pour {customer}. Changez de mois dans la barre d’outils, ou revenez à l’agenda.</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>Aucune revue tenue, annulée ou manquée n’était due en {month}. Changez de mois dans la barre d’outils, ou revenez à l’agenda.</translation>
    </message>
    <message>
        <source>No reviews are planned for {customer}. Plan ahead to schedule what their tier owes over the next {days} days; a Community contract includes no reviews.</source>
        <translation>Aucune revue n’est planifiée pour {customer}. Planifier à l’avance programme ce que son niveau de service prévoit sur les {days} prochains jours&#x202f;; un contrat Community n’inclut aucune revue.</translation>
    </message>
    <message>
        <source>No reviews are planned. Plan ahead to schedule the reviews each customer&apos;s tier owes over the next {days} days.</source>
        <translation>Aucune revue n’est planifiée. Planifier à l’avance programme les revues que le niveau de service de chaque client prévoit sur les {days} prochains jours.</translation>
    </message>
    <message>
        <source>Reviews due in {month} whose outcome is recorded: {held} held · {cancelled} cancelled · {missed} missed. Step the month in the toolbar to see another.</source>
        <translation>Revues dues en {month} dont l’issue est enregistrée&#x202f;: {held} tenues · {cancelled} annulées · {missed} manquées. Changez de mois dans la barre d’outils pour en voir un autre.</translation>
    </message>
    <message>
        <source>{overdue} overdue · {week} this week · {later} later. Select a review to record how it went: Held…, Cancel… or Missed. Times are in each customer&apos;s time zone.</source>
        <translation>{overdue} en retard · {week} cette semaine · {later} plus tard. Sélectionnez une revue pour enregistrer son issue&#x202f;: Tenue…, Annuler… ou Manquée. Les heures sont dans le fuseau de chaque client.</translation>
    </message>
    <message>
        <source>· All customers</source>
        <translation>· Tous les clients</translation>
    </message>
    <message>
        <source>Write this customer&apos;s reviews to an iCalendar (.ics) file for any calendar app</source>
        <translation>Écrire les revues de ce client dans un fichier iCalendar (.ics) pour toute application d’agenda</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to export their reviews to a calendar file</source>
        <translation>Choisissez un client dans la barre d’outils pour exporter ses revues dans un fichier d’agenda</translation>
    </message>
    <message>
        <source>Schedule the reviews this customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>Planifier les revues que le niveau de service de ce client prévoit sur les {days} prochains jours (jamais deux fois)</translation>
    </message>
    <message>
        <source>Schedule the reviews each customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>Planifier les revues que le niveau de service de chaque client prévoit sur les {days} prochains jours (jamais deux fois)</translation>
    </message>
    <message>
        <source>This review has not happened yet.</source>
        <translation>Cette revue n’a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>Enregistrer que la revue sélectionnée n’a pas eu lieu</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as held (Ctrl+Z undoes it).</source>
        <translation>{review} avec {customer} le {day} enregistrée comme tenue (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as cancelled (Ctrl+Z undoes it).</source>
        <translation>{review} avec {customer} le {day} enregistrée comme annulée (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as missed (Ctrl+Z undoes it).</source>
        <translation>{review} avec {customer} le {day} enregistrée comme manquée (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Planning reviews… {customer}</source>
        <translation>Planification des revues… {customer}</translation>
    </message>
    <message>
        <source>Planning reviews…</source>
        <translation>Planification des revues…</translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews for {customer} over the next {days} days.</source>
        <translation>
            <numerusform>%Ln nouvelle revue planifiée pour {customer} sur les {days} prochains jours.</numerusform>
            <numerusform>%Ln nouvelles revues planifiées pour {customer} sur les {days} prochains jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews over the next {days} days.</source>
        <translation>
            <numerusform>%Ln nouvelle revue planifiée sur les {days} prochains jours.</numerusform>
            <numerusform>%Ln nouvelles revues planifiées sur les {days} prochains jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to plan for {customer}: every review owed over the next {days} days is already on the agenda.</source>
        <translation>Rien de nouveau à planifier pour {customer}&#x202f;: chaque revue prévue sur les {days} prochains jours est déjà à l’agenda.</translation>
    </message>
    <message>
        <source>Nothing new to plan: every review owed over the next {days} days is already on the agenda.</source>
        <translation>Rien de nouveau à planifier&#x202f;: chaque revue prévue sur les {days} prochains jours est déjà à l’agenda.</translation>
    </message>
    <message>
        <source>Planning stopped early; plan again to finish.</source>
        <translation>Planification interrompue&#x202f;; planifiez à nouveau pour terminer.</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>client {id}</translation>
    </message>
    <message>
        <source>Export {customer}&apos;s reviews</source>
        <translation>Exporter les revues de {customer}</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting reviews…</source>
        <translation>Export des revues…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reviews of {customer} to {file}; open it in any calendar app.</source>
        <translation>
            <numerusform>%Ln revue de {customer} écrite dans {file}&#x202f;; ouvrez-le dans toute application d’agenda.</numerusform>
            <numerusform>%Ln revues de {customer} écrites dans {file}&#x202f;; ouvrez-le dans toute application d’agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaCardModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>at risk, {span} left</source>
        <translation>à risque, reste {span}</translation>
    </message>
    <message>
        <source>breached {when}</source>
        <translation>non respecté depuis le {when}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {first}. The details are in {where}.</source>
        <translation>Un problème est survenu&#x202f;: {first}. Les détails sont dans {where}.</translation>
    </message>
    <message>
        <source>Saving… waiting for another change to the database to finish.</source>
        <translation>Enregistrement… en attente de la fin d’une autre modification de la base de données.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TierChangeDialog</name>
    <message>
        <source>Consulting</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>conseil</translation>
    </message>
    <message>
        <source>Custom development</source>
        <translation>Développement spécifique</translation>
    </message>
    <message>
        <source>custom development</source>
        <translation>développement spécifique</translation>
    </message>
    <message>
        <source>Change tier — {customer}</source>
        <translation>Changer de niveau de service — {customer}</translation>
    </message>
    <message>
        <source>{customer} is on {tier} since {day} at {fee} a month.</source>
        <translation>{customer} est au niveau {tier} depuis le {day}, pour {fee} par mois.</translation>
    </message>
    <message>
        <source>{customer} is on {tier}.</source>
        <translation>{customer} est au niveau {tier}.</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>Changer de niveau de service</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee} (prix du niveau {tier})</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>Effet sur le mois</translation>
    </message>
    <message>
        <source>Nothing to preview until the change can be made.</source>
        <translation>Aucun aperçu tant que le changement n’est pas possible.</translation>
    </message>
    <message>
        <source>Effect on {month} (prorated by days)</source>
        <translation>Effet sur {month} (au prorata des jours)</translation>
    </message>
    <message>
        <source>Fee for {month}</source>
        <translation>Redevance pour {month}</translation>
    </message>
    <message>
        <source>Fee {before} → {after}</source>
        <translation>Redevance {before} → {after}</translation>
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
        <translation>Facturation du dépassement à ce jour</translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n days of {month} fall under {tier} from {day}.</source>
        <translation>
            <numerusform>Jours relevant du niveau {tier} à partir du {day}&#x202f;: {days} sur %n en {month}.</numerusform>
            <numerusform>Jours relevant du niveau {tier} à partir du {day}&#x202f;: {days} sur %n en {month}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer} keeps its %n named contacts; {tier} includes {limit}, so the account will be flagged as over its limit.</source>
        <translation>
            <numerusform>{customer} conserve son contact désigné&#x202f;; le niveau {tier} en inclut {limit}, le compte sera donc signalé comme dépassant sa limite.</numerusform>
            <numerusform>{customer} conserve ses %n contacts désignés&#x202f;; le niveau {tier} en inclut {limit}, le compte sera donc signalé comme dépassant sa limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Change tier.</source>
        <translation>Rien n’est enregistré tant que vous n’avez pas choisi «&#x202f;Changer de niveau de service&#x202f;».</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>T{number} {year}</translation>
    </message>
</context>
<context>
    <name>TierChangeForm</name>
    <message>
        <source>New &amp;tier</source>
        <translation>Nouveau &amp;niveau de service</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;En vigueur à partir du</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>&amp;Redevance mensuelle</translation>
    </message>
    <message>
        <source>USD per month (optional)</source>
        <translation>USD par mois (facultatif)</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>Effet sur le mois</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Commas (,)</source>
        <translation>Virgules (,)</translation>
    </message>
    <message>
        <source>Semicolons (;), for Excel where 1,5 is a number</source>
        <translation>Points-virgules (;), pour Excel où 1,5 est un nombre</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabulations</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entries of {month} to {target}.</source>
        <translation>
            <numerusform>%Ln saisie de {month} écrite dans {target}.</numerusform>
            <numerusform>%Ln saisies de {month} écrites dans {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importer des clients…</translation>
    </message>
    <message>
        <source>Import hours…</source>
        <translation>Importer des heures…</translation>
    </message>
    <message>
        <source>Export hours…</source>
        <translation>Exporter les heures…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation>Importer des heures</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Import des clients…</translation>
    </message>
    <message>
        <source>Importing hours…</source>
        <translation>Import des heures…</translation>
    </message>
    <message>
        <source>Export hours of {month}</source>
        <translation>Exporter les heures de {month}</translation>
    </message>
    <message>
        <source>Separate the values by:</source>
        <translation>Séparer les valeurs par&#x202f;:</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>Exporter les heures</translation>
    </message>
    <message>
        <source>Exporting hours…</source>
        <translation>Export des heures…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Mark the {review} with {customer} on {day} held</source>
        <translation>Marquer la {review} avec {customer} le {day} tenue</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} missed</source>
        <translation>Marquer la {review} avec {customer} le {day} manquée</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} cancelled</source>
        <translation>Marquer la {review} avec {customer} le {day} annulée</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} planned</source>
        <translation>Marquer la {review} avec {customer} le {day} planifiée</translation>
    </message>
    <message>
        <source>Log {hours} for {customer} on {day}</source>
        <translation>Saisir {hours} pour {customer} le {day}</translation>
    </message>
    <message>
        <source>Change the {field} of {customer}&apos;s entry</source>
        <translation>Modifier {field} de la saisie de {customer}</translation>
    </message>
    <message>
        <source>Delete {hours} for {customer} on {day}</source>
        <translation>Supprimer {hours} pour {customer} le {day}</translation>
    </message>
    <message>
        <source>Delete {count} entries</source>
        <translation>Supprimer {count} saisies</translation>
    </message>
    <message>
        <source>Correct {customer}&apos;s entry of {day} to {hours}</source>
        <translation>Corriger la saisie de {customer} du {day} à {hours}</translation>
    </message>
    <message>
        <source>Reopen {month} for {customer}</source>
        <translation>Rouvrir {month} pour {customer}</translation>
    </message>
    <message>
        <source>Open a {severity} case for {customer}</source>
        <translation>Ouvrir un ticket {severity} pour {customer}</translation>
    </message>
    <message>
        <source>Open case {reference} for {customer}</source>
        <translation>Ouvrir le ticket {reference} pour {customer}</translation>
    </message>
    <message>
        <source>Answer case {reference} of {customer}</source>
        <translation>Répondre au ticket {reference} de {customer}</translation>
    </message>
    <message>
        <source>Wait on the customer in case {reference} of {customer}</source>
        <translation>Attendre le client dans le ticket {reference} de {customer}</translation>
    </message>
    <message>
        <source>Escalate to level {level} case {reference} of {customer}</source>
        <translation>Escalader au niveau {level} le ticket {reference} de {customer}</translation>
    </message>
    <message>
        <source>Resolve case {reference} of {customer}</source>
        <translation>Résoudre le ticket {reference} de {customer}</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Welcome to AccountDesk</source>
        <translation>Bienvenue dans AccountDesk</translation>
    </message>
    <message>
        <source>This database has no customers yet. Add your first customer, or load a demo portfolio to look around; you can start a clean database any time (File ▸ New database…).</source>
        <translation>Cette base de données ne contient encore aucun client. Ajoutez votre premier client, ou chargez un portefeuille de démonstration pour découvrir l’application&#x202f;; vous pouvez repartir d’une base vierge à tout moment (Fichier ▸ Nouvelle base de données…).</translation>
    </message>
    <message>
        <source>Add your first customer…</source>
        <translation>Ajouter votre premier client…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Charger les données de démonstration</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>{unusual} Agree this custom price for the contract?</source>
        <translation>{unusual} Accepter ce prix personnalisé pour le contrat&#x202f;?</translation>
    </message>
    <message>
        <source>Custom price</source>
        <translation>Prix personnalisé</translation>
    </message>
    <message>
        <source>The custom price was not agreed; nothing was saved.</source>
        <translation>Le prix personnalisé n’a pas été accepté&#x202f;; rien n’a été enregistré.</translation>
    </message>
</context>
</TS>
