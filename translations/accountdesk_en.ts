<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AllowanceAlertModel</name>
    <message>
        <source>{category} {used} of {included}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}: {allowance} over in {period}, {used} of {included}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}: {allowance} nearly used in {period}, {used} of {included}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllowanceCard</name>
    <message>
        <source>Overage charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} left of {included}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage charge at {rate}/h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Month-end batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month and the folder, then Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the monthly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the reports go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue every report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing locks {month} for every customer whose report is written: hours dated in it can no longer be logged, changed or deleted, and each report becomes final. Months already issued are exported again as they were issued.

Issue the {month} reports now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the figures for {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the {month} reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: reports already written stay written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} done — {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: wrote %Ln reports for {month}; {missing} not written.</source>
        <translation>
            <numerusform>Cancelled: wrote %Ln report for {month}; {missing} not written.</numerusform>
            <numerusform>Cancelled: wrote %Ln reports for {month}; {missing} not written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reports for {month}.</source>
        <translation>
            <numerusform>Wrote %Ln report for {month}.</numerusform>
            <numerusform>Wrote %Ln reports for {month}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} failed (reasons below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers skipped: no monthly report in their tier that month.</source>
        <translation>
            <numerusform>%Ln customer skipped: no monthly report in their tier that month.</numerusform>
            <numerusform>%Ln customers skipped: no monthly report in their tier that month.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (no monthly report in their tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opened {folder}; open it from your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchForm</name>
    <message>
        <source>Writes one monthly service report per customer whose tier includes one (Professional and Enterprise), named after the customer and the month, into the folder you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue every report (locks the month for each customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of the run appears here: reports written, failed (with the reason) and customers skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new support case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its response target is the tier&apos;s for the severity, counted from the time it opened, on the customer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help desk&apos;s ticket number, or the next CASE-n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it goes up (kept in the case&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer before opening a case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesForm</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a support case for the customer chosen in the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by customer, case or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the first response to the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait on customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period waiting on the customer: the case&apos;s clock stops in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected case to another escalation level, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;olve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response SLA this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier promises no response time for this severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock runs around the clock (24x7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock runs in business hours only: 09:00-17:00 Monday to Friday in {zone}, without the customer&apos;s public holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due {when} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All opened this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached ({month})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all opened this month ({month})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the month&apos;s SLA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s SLA could not be read: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No open cases for {customer}. Open one with New case….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case for {customer} is at risk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case for {customer} breached its response target in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case for {customer} opened in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases. Open one with New case….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is at risk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case breached its response target in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case opened in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none ({percent} % if breached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the target of {target} %: the SLA is breached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases were due in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}&apos;s tier has no response SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Portfolio: %Ln cases due in {month}, {met} met, {percent} attainment.</source>
        <translation>
            <numerusform>Portfolio: %Ln case due in {month}, {met} met, {percent} attainment.</numerusform>
            <numerusform>Portfolio: %Ln cases due in {month}, {met} met, {percent} attainment.</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}: cases whose response fell due in {month} and are decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened case {case} for {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the first response to case {case} of {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a wait on the customer in case {case} of {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to level {level} case {case} of {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved case {case} of {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact — {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact — {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{named} named contacts, {seats} training seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} named contacts (unlimited on {tier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No named contacts on {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {limit} named contacts used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} training seats (unlimited on {tier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no training seats on {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {limit} training seats used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{named}; {seats}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named &amp;support contact (may open support cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an online &amp;training seat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training seat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractTermsModel</name>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>No money changes: the month&apos;s charges stay as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}, the fee: a charge of {amount} USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}, the fee: a credit of {amount} USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}, {category} overage: a charge of {amount} USD ({hours})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}, {category} overage: a credit of {amount} USD ({hours})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the changes of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next report issued will carry {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {entry}: {hours} of {category} for {customer} on {day}, by {engineer}. Its month is issued, so the entry stays as it is and the correction is recorded beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the entry should have been; 0 takes it back entirely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a few words (kept with the correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours it should have been:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named contacts (unlimited)</source>
        <translation>
            <numerusform>%n named contact (unlimited)</numerusform>
            <numerusform>%n named contacts (unlimited)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts — over the tier&apos;s limit</source>
        <translation>
            <numerusform>{count} of %n named contact — over the tier&apos;s limit</numerusform>
            <numerusform>{count} of %n named contacts — over the tier&apos;s limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts</source>
        <translation>
            <numerusform>{count} of %n named contact</numerusform>
            <numerusform>{count} of %n named contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s starting price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin or New_York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer success manager (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;AM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical account manager (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None; or a country code such as DE or US-CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused hours &amp;roll over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours left at the end of a period carry into the next one, at most one period&apos;s allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier and its fee change with Change tier…, which keeps the contract history and prorates the month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersForm</name>
    <message>
        <source>Search name, CSM or TAM (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the table as you type; Esc clears, Down goes to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer in the table to see its contract, contacts and notes, or add a customer with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name, dates, time zone, language, CSM or TAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade or downgrade from a date, with the month&apos;s fee and allowances previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this customer&apos;s monthly service report for the toolbar&apos;s month (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each term runs from its date until the next one or the contract&apos;s end; the one in force today is bold. Upgrades and downgrades are prorated by days: use Change tier….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected contact (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected contact, e.g. someone who left the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Add the people who open support cases with Add contact….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this account: who to call, what was promised, what to watch. Only your team sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over contact limit ({count} of {limit} named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulting {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulting hours logged in the month chosen in the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>The {tier} tier includes no named contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers could not be loaded. {message}
Check the database connection, then open the view again (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet. Add your first customer with Ctrl+N, or load the demo portfolio from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer, CSM or TAM matches “{search}”.
Press Esc to clear the search, or add a customer with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer could not be read. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {day}, {fee} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {day}, no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} — {time} there now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{calendar} public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (Monday to Friday are working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused hours roll over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports issued up to {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no flags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes typed for {customer} could not be saved. {why}

What you typed, to copy elsewhere:

{notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {contact} (a named support contact) from {customer}&apos;s contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {contact} from {customer}&apos;s contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} in {month} (none included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}; {over} over, {charge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engineer</name>
    <message>
        <source>Your name on the hours you log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which name should go on the hours you log? Your colleagues and the monthly reports see it. (The command line uses it too; Edit ▸ Preferences changes it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementsForm</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the name in the Customer box (Ctrl+F here) and pick it; the Month arrows choose the month. The Home view lists every customer&apos;s overage at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export monthly &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s service report for this customer and month (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee and overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments for the next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months already issued whose figures changed since: the next report issued for this customer charges or credits the difference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementsView</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quarter} to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quarter} to the end of {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter is over; these are its final figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is over; these are its final figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted to the end of {month}; the forecast is on {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract starts on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract ended on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours are included; every hour logged is overage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage at {rate}/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the allowance runs out on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the allowance lasts until the contract ends on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} at {rate} = {charge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA service credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{allowance} overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} (unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} of {included}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contract year, from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the entitlements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Choose a customer in the toolbar to see what they are entitled to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> then </source>
        <comment>between the tiers of one month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSM {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAM {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}&apos;s contract does not cover {month}, so nothing is included in it; choose another month with the Month arrows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} includes no consulting or development hours in {month}; hours logged are tracked below but not measured against an allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued — these are the figures of report {report}. Changes made since reach the client as adjustments on the next report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee and hours in {month}, as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee and hours in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee, prorated by days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the categories of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours logged: {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours logged in {month}; log them in the Hours view (Ctrl+4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours logged in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases were due in {month} (target {target} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} % — breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases due: {due}, met: {met}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service credit: {credit} ({percent} % of the fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service credit ({percent} % of the fee if breached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <comment>column of the adjustments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <comment>column of the adjustments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column of the adjustments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column of the adjustments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column of the adjustments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together on the next report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown step the month; the Customer box finds as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read. {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeForm</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer in these lists (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overage this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances past 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allowance is past 80 % this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments waiting for the next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours logged in these twelve months. Log hours in the Hours view (Ctrl+4) and they show here by month and category.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a customer to see the adjustments in Entitlements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the support cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk now / breached this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a case, or press Enter, to open it in Cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the hours of twelve months…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers · reviews and renewals as of {day}</source>
        <translation>
            <numerusform>%Ln customer · reviews and renewals as of {day}</numerusform>
            <numerusform>%Ln customers · reviews and renewals as of {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overage in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers&apos; overage charges in the month together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overage in {month}: every customer stayed within their allowances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances past 80 % in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allowance is past 80 % in {month}. Customers show here as they near their included hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue reviews. A planned review shows here once its time has passed and it is not marked held, cancelled or missed in the Reviews view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days. Contracts show here two months before they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose next report carries adjustments to months already issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA at risk now / breached in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is at risk now, and none breached its response target in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio: {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matching “{typed}” in this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerForm</name>
    <message>
        <source>Cu&amp;stomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description (client sees this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the hours were for, as the report says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report; required for consulting and development hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal n&amp;ote (team only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never on a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log these hours (Enter in any field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every month instead of the month chosen in the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the hours one engineer logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one category of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds entries whose description or internal note holds the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an entry of an issued month (Ctrl+Shift+R): the change reaches the client as an adjustment on the next report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client reads on the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: this entry is read-only. Record a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of entry {entry}: no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of entry {entry}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal, never on a report: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the hours ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the engineers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hours spent, e.g. 1.5 or 1:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it). It is outside the filters, so the table does not show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry of an issued month to correct it; entries of open months are changed directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction recorded; the next report issued carries the adjustment (Ctrl+Z takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of entry {entry} ({customer}, {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries are selected; delete at most {most} at once.</source>
        <translation>
            <numerusform>%Ln entry is selected; delete at most {most} at once.</numerusform>
            <numerusform>%Ln entries are selected; delete at most {most} at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entries to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entries (Ctrl+Z brings it back).</source>
        <translation>
            <numerusform>Deleted %Ln entry (Ctrl+Z brings it back).</numerusform>
            <numerusform>Deleted %Ln entries (Ctrl+Z brings it back).</numerusform>
        </translation>
    </message>
    <message>
        <source>Any engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · {hours}</source>
        <translation>
            <numerusform>%Ln entry · {hours}</numerusform>
            <numerusform>%Ln entries · {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>all months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: its entries are read-only. A correction goes into the next open month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters. Choose “Clear filters” above to see every entry again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours logged for {customer} in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours logged for {customer} yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours logged in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours logged yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Change…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; (your login) · &lt;a href=&apos;name&apos;&gt;Set your name…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on the hours you log here and on the command line (Edit ▸ Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is read-only: {month} is issued for {customer}, so its entries can be neither changed nor deleted. Record a correction instead (Ctrl+Shift+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry corrects entry {entry} of an issued month; corrections stay as they were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the date (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the customer (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the category (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the engineer (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the hours (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the description (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the internal note (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs the engineer who spent the hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelBadge</name>
    <message>
        <source>Within allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over allowance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>The database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not receiving others&apos; changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {where} was lost; trying again every {seconds} seconds. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking who else is connected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else is connected could not be read: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (as {role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one else connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadedWhenShown</name>
    <message>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting customers and entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an empty file. Make it a new AccountDesk database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was left as it was, an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists; a new database needs a new file name. To work in that database, choose File ▸ Open database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log hours (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Customer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Month: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report for this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo portfolio: {customers} customers, {entries} ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to reopen one of its months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {month} reopened for {customer}? Its next issue will be a new revision of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened {month} for {customer} (Ctrl+Z issues it again as it was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contracts, entitlements, hours and reviews for customer success teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL (team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customers} · {entries} · signed in as {user} · {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have been finished. The details are in {log}; please send it to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Choose a customer in the toolbar first: a monthly report is about one customer. For every customer at once, use Reports ▸ Month-end batch….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly service report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: built from the live ledger; every page is marked DRAFT until the month is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on {day} by {person} as report {report}. The month is locked; an export gives exactly the report that was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be shown; export the PDF to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the {month} report for {customer} locks {month} for this customer: hours dated in it can no longer be logged, changed or deleted, and the report becomes final (a later export gives exactly the same report). Corrections then go into the next open month.

Issue it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the report…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the draft report ({pages}) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file} — the same file that was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opened {file}; open it from its folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverageModel</name>
    <message>
        <source>{customer}: {hours} over the allowances, charged {charge}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueReviewsModel</name>
    <message>
        <source>{review}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{oldest} (+%Ln more)</source>
        <translation>
            <numerusform>{oldest} (+%Ln more)</numerusform>
            <numerusform>{oldest} (+%Ln more)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln reviews not recorded; the oldest, {review}, was due {day}</source>
        <translation>
            <numerusform>{customer}: %Ln review not recorded; the oldest, {review}, was due {day}</numerusform>
            <numerusform>{customer}: %Ln reviews not recorded; the oldest, {review}, was due {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingAdjustmentsModel</name>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a credit of {amount}</source>
        <translation>
            <numerusform>{customer}: %Ln adjustment to {months} waits for the next report, together a credit of {amount}</numerusform>
            <numerusform>{customer}: %Ln adjustments to {months} wait for the next report, together a credit of {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a charge of {amount}</source>
        <translation>
            <numerusform>{customer}: %Ln adjustment to {months} waits for the next report, together a charge of {amount}</numerusform>
            <numerusform>{customer}: %Ln adjustments to {months} wait for the next report, together a charge of {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name on the hours you log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time AccountDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company (on every report, for the whole team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccountDesk&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database, or start a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>{tier}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}&apos;s {tier} contract ends on {day}, in %Ln days</source>
        <translation>
            <numerusform>{customer}&apos;s {tier} contract ends on {day}, in %Ln day</numerusform>
            <numerusform>{customer}&apos;s {tier} contract ends on {day}, in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>The report&apos;s pages, exactly as the PDF will print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as a PDF; before the month is issued it is marked DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report just written in the system&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary for the client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report: what was reviewed and agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client reads this on the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;notes (team only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the team only, never on a report: concerns, follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the review took place, on the customer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the review is cancelled (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewOutcomeDialog</name>
    <message>
        <source>{day}, {time} ({minutes} minutes) · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsForm</name>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the reviews each tier owes over the next 90 days (never twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned reviews: overdue, this week and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held, cancelled and missed reviews of the month chosen in the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by customer or review (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected review took place, with notes and attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected review, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (customer&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{group} · %Ln reviews</source>
        <translation>
            <numerusform>{group} · %Ln review</numerusform>
            <numerusform>{group} · %Ln reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click (or press Enter) to open {customer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes; your time: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the client: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week (to {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviews could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review matches “{typed}”. Clear the filter to see all {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month} for {customer}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews are planned for {customer}. Plan ahead to schedule what their tier owes over the next {days} days; a Community contract includes no reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews are planned. Plan ahead to schedule the reviews each customer&apos;s tier owes over the next {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due in {month} whose outcome is recorded: {held} held · {cancelled} cancelled · {missed} missed. Step the month in the toolbar to see another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{overdue} overdue · {week} this week · {later} later. Select a review to record how it went: Held…, Cancel… or Missed. Times are in each customer&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this customer&apos;s reviews to an iCalendar (.ics) file for any calendar app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to export their reviews to a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the reviews this customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the reviews each customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review has not happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as held (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as cancelled (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as missed (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning reviews… {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews for {customer} over the next {days} days.</source>
        <translation>
            <numerusform>Planned %Ln new review for {customer} over the next {days} days.</numerusform>
            <numerusform>Planned %Ln new reviews for {customer} over the next {days} days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews over the next {days} days.</source>
        <translation>
            <numerusform>Planned %Ln new review over the next {days} days.</numerusform>
            <numerusform>Planned %Ln new reviews over the next {days} days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to plan for {customer}: every review owed over the next {days} days is already on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to plan: every review owed over the next {days} days is already on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning stopped early; plan again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {customer}&apos;s reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reviews of {customer} to {file}; open it in any calendar app.</source>
        <translation>
            <numerusform>Wrote %Ln review of {customer} to {file}; open it in any calendar app.</numerusform>
            <numerusform>Wrote %Ln reviews of {customer} to {file}; open it in any calendar app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaCardModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk, {span} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {first}. The details are in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… waiting for another change to the database to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierChangeDialog</name>
    <message>
        <source>Consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tier — {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} is on {tier} since {day} at {fee} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} is on {tier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview until the change can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on {month} (prorated by days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee for {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{allowance} ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{allowance} {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage charge so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n days of {month} fall under {tier} from {day}.</source>
        <translation>
            <numerusform>{days} of %n day of {month} falls under {tier} from {day}.</numerusform>
            <numerusform>{days} of %n days of {month} fall under {tier} from {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer} keeps its %n named contacts; {tier} includes {limit}, so the account will be flagged as over its limit.</source>
        <translation>
            <numerusform>{customer} keeps its %n named contact; {tier} includes {limit}, so the account will be flagged as over its limit.</numerusform>
            <numerusform>{customer} keeps its %n named contacts; {tier} includes {limit}, so the account will be flagged as over its limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Change tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierChangeForm</name>
    <message>
        <source>New &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per month (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commas (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolons (;), for Excel where 1,5 is a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entries of {month} to {target}.</source>
        <translation>
            <numerusform>Wrote %Ln entry of {month} to {target}.</numerusform>
            <numerusform>Wrote %Ln entries of {month} to {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hours of {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate the values by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting hours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Mark the {review} with {customer} on {day} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {hours} for {customer} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the {field} of {customer}&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {hours} for {customer} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct {customer}&apos;s entry of {day} to {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {month} for {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a {severity} case for {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case {reference} for {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer case {reference} of {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait on the customer in case {reference} of {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to level {level} case {reference} of {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve case {reference} of {customer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Welcome to AccountDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no customers yet. Add your first customer, or load a demo portfolio to look around; you can start a clean database any time (File ▸ New database…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>{unusual} Agree this custom price for the contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom price was not agreed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
