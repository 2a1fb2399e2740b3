<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>AllowanceAlertModel</name>
    <message>
        <source>{category} {used} of {included}</source>
        <translation>{category} {used} de {included}</translation>
    </message>
    <message>
        <source>all overage</source>
        <translation>todo excedente</translation>
    </message>
    <message>
        <source>{customer}: {allowance} over in {period}, {used} of {included}</source>
        <translation>{customer}: {allowance} superadas en {period}, {used} de {included}</translation>
    </message>
    <message>
        <source>{customer}: {allowance} nearly used in {period}, {used} of {included}</source>
        <translation>{customer}: {allowance} casi agotadas en {period}, {used} de {included}</translation>
    </message>
</context>
<context>
    <name>AllowanceCard</name>
    <message>
        <source>Overage charge</source>
        <translation>Cargo por excedente</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Excedente</translation>
    </message>
    <message>
        <source>{left} left of {included}</source>
        <translation>Quedan {left} de {included}</translation>
    </message>
    <message>
        <source>Overage charge at {rate}/h</source>
        <translation>Cargo por excedente a {rate}/h</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Month-end batch</source>
        <translation>Lote de fin de mes</translation>
    </message>
    <message>
        <source>Choose the month and the folder, then Start.</source>
        <translation>Elija el mes y la carpeta, y luego Iniciar.</translation>
    </message>
    <message>
        <source>Folder for the monthly reports</source>
        <translation>Carpeta de los informes mensuales</translation>
    </message>
    <message>
        <source>Choose the folder the reports go to.</source>
        <translation>Elija la carpeta de destino de los informes.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>La carpeta {folder} no existe; elija otra.</translation>
    </message>
    <message>
        <source>Issue every report</source>
        <translation>Emitir todos los informes</translation>
    </message>
    <message>
        <source>Issuing locks {month} for every customer whose report is written: hours dated in it can no longer be logged, changed or deleted, and each report becomes final. Months already issued are exported again as they were issued.

Issue the {month} reports now?</source>
        <translation>Emitir bloquea {month} para cada cliente cuyo informe se genera: las horas con fecha de ese mes ya no se pueden registrar, cambiar ni eliminar, y cada informe pasa a ser definitivo. Los meses ya emitidos se vuelven a exportar tal como se emitieron.

¿Emitir ahora los informes de {month}?</translation>
    </message>
    <message>
        <source>Gathering the figures for {month}…</source>
        <translation>Reuniendo las cifras de {month}…</translation>
    </message>
    <message>
        <source>Writing the {month} reports…</source>
        <translation>Generando los informes de {month}…</translation>
    </message>
    <message>
        <source>Cancelling: reports already written stay written…</source>
        <translation>Cancelando: los informes ya generados se conservan…</translation>
    </message>
    <message>
        <source>{done} of {total} done — {customer}</source>
        <translation>{done} de {total} hechos — {customer}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: wrote %Ln reports for {month}; {missing} not written.</source>
        <translation>
            <numerusform>Cancelado: se generó %Ln informe de {month}; {missing} sin generar.</numerusform>
            <numerusform>Cancelado: se generaron %Ln informes de {month}; {missing} sin generar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reports for {month}.</source>
        <translation>
            <numerusform>Se generó %Ln informe de {month}.</numerusform>
            <numerusform>Se generaron %Ln informes de {month}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} failed (reasons below).</source>
        <translation>{count} fallidos (motivos abajo).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers skipped: no monthly report in their tier that month.</source>
        <translation>
            <numerusform>%Ln cliente omitido: su nivel de servicio no tiene informe mensual ese mes.</numerusform>
            <numerusform>%Ln clientes omitidos: su nivel de servicio no tiene informe mensual ese mes.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued now</source>
        <translation>emitido ahora</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitido</translation>
    </message>
    <message>
        <source>{amount} due</source>
        <translation>{amount} a pagar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Not written (cancelled)</source>
        <translation>Sin generar (cancelado)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Generados</translation>
    </message>
    <message>
        <source>Skipped (no monthly report in their tier)</source>
        <translation>Omitidos (sin informe mensual en su nivel de servicio)</translation>
    </message>
    <message>
        <source>No application opened {folder}; open it from your file manager.</source>
        <translation>Ninguna aplicación abrió {folder}; ábrala desde su gestor de archivos.</translation>
    </message>
</context>
<context>
    <name>BatchForm</name>
    <message>
        <source>Writes one monthly service report per customer whose tier includes one (Professional and Enterprise), named after the customer and the month, into the folder you choose.</source>
        <translation>Genera un informe mensual de servicio por cada cliente cuyo nivel de servicio lo incluye (Professional y Enterprise), con el nombre del cliente y del mes, en la carpeta que elija.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation>Dónde se guardan los PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Issue every report (locks the month for each customer)</source>
        <translation>&amp;Emitir todos los informes (bloquea el mes de cada cliente)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>The summary of the run appears here: reports written, failed (with the reason) and customers skipped.</source>
        <translation>Aquí aparece el resumen de la ejecución: informes generados, fallidos (con el motivo) y clientes omitidos.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Excedente</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Horas incluidas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <source>Oldest overdue</source>
        <translation>Vencida más antigua</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Fin del contrato</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Adjustments to</source>
        <translation>Ajustes de</translation>
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
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Registrar respuesta</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>En espera del cliente</translation>
    </message>
    <message>
        <source>Record wait</source>
        <translation>Registrar espera</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>A new support case</source>
        <translation>Un nuevo caso de soporte</translation>
    </message>
    <message>
        <source>Its response target is the tier&apos;s for the severity, counted from the time it opened, on the customer&apos;s clock.</source>
        <translation>Su objetivo de respuesta es el del nivel de servicio para esa gravedad, contado desde su apertura, en el horario del cliente.</translation>
    </message>
    <message>
        <source>What the customer reported</source>
        <translation>Lo que informó el cliente</translation>
    </message>
    <message>
        <source>The help desk&apos;s ticket number, or the next CASE-n</source>
        <translation>El número de ticket de la mesa de ayuda, o el siguiente CASE-n</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>A&amp;bierto:</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}, nivel {level} ({escalation})</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>abierto el {when}</translation>
    </message>
    <message>
        <source>response due {when}</source>
        <translation>respuesta debida el {when}</translation>
    </message>
    <message>
        <source>answered {when}</source>
        <translation>respondido el {when}</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>&amp;Resuelto:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Why it goes up (kept in the case&apos;s history)</source>
        <translation>Por qué sube (se guarda en el historial del caso)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>Add a customer before opening a case.</source>
        <translation>Añada un cliente antes de abrir un caso.</translation>
    </message>
</context>
<context>
    <name>CasesForm</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <source>Open a support case for the customer chosen in the toolbar</source>
        <translation>Abrir un caso de soporte para el cliente elegido en la barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Qué casos</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Filter by customer, case or title (Ctrl+F)</source>
        <translation>Filtrar por cliente, caso o título (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrar casos</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>Record the first response to the selected case</source>
        <translation>Registrar la primera respuesta al caso seleccionado</translation>
    </message>
    <message>
        <source>&amp;Wait on customer…</source>
        <translation>&amp;Esperar al cliente…</translation>
    </message>
    <message>
        <source>A period waiting on the customer: the case&apos;s clock stops in it</source>
        <translation>Un periodo de espera del cliente: el reloj del caso se detiene en él</translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation>Es&amp;calar…</translation>
    </message>
    <message>
        <source>Move the selected case to another escalation level, with a reason</source>
        <translation>Llevar el caso seleccionado a otro nivel de escalado, con un motivo</translation>
    </message>
    <message>
        <source>Res&amp;olve…</source>
        <translation>Res&amp;olver…</translation>
    </message>
    <message>
        <source>Resolve the selected case</source>
        <translation>Resolver el caso seleccionado</translation>
    </message>
    <message>
        <source>Response SLA this month</source>
        <translation>SLA de respuesta este mes</translation>
    </message>
    <message>
        <source>Attainment by customer</source>
        <translation>Cumplimiento por cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation>{days} d {hours} h {minutes} min</translation>
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
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>vencido hace {span}</translation>
    </message>
    <message>
        <source>The tier promises no response time for this severity.</source>
        <translation>El nivel de servicio no promete tiempo de respuesta para esta gravedad.</translation>
    </message>
    <message>
        <source>The clock runs around the clock (24x7).</source>
        <translation>El reloj corre todo el día (24x7).</translation>
    </message>
    <message>
        <source>The clock runs in business hours only: 09:00-17:00 Monday to Friday in {zone}, without the customer&apos;s public holidays.</source>
        <translation>El reloj corre solo en horario laboral: de 09:00 a 17:00, de lunes a viernes, en {zone}, sin los festivos del cliente.</translation>
    </message>
    <message>
        <source>{state}, resolved</source>
        <translation>{state}, resuelto</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}, nivel {level} ({escalation})</translation>
    </message>
    <message>
        <source>Opened {when}</source>
        <translation>Abierto el {when}</translation>
    </message>
    <message>
        <source>Response due {when} ({state})</source>
        <translation>Respuesta debida el {when} ({state})</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>Respondido el {when}</translation>
    </message>
    <message>
        <source>Resolved {when}</source>
        <translation>Resuelto el {when}</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>En riesgo ahora</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplidos</translation>
    </message>
    <message>
        <source>All opened this month</source>
        <translation>Todos los abiertos este mes</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>casos abiertos</translation>
    </message>
    <message>
        <source>at risk now</source>
        <translation>en riesgo ahora</translation>
    </message>
    <message>
        <source>breached ({month})</source>
        <translation>incumplidos ({month})</translation>
    </message>
    <message>
        <source>all opened this month ({month})</source>
        <translation>todos los abiertos este mes ({month})</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Leyendo los casos…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>severity</comment>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Reading the month&apos;s SLA…</source>
        <translation>Leyendo el SLA del mes…</translation>
    </message>
    <message>
        <source>The month&apos;s SLA could not be read: {message}</source>
        <translation>No se pudo leer el SLA del mes: {message}</translation>
    </message>
    <message>
        <source>The cases could not be read: {message}</source>
        <translation>No se pudieron leer los casos: {message}</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <source>No open cases for {customer}. Open one with New case….</source>
        <translation>No hay casos abiertos de {customer}. Abra uno con Nuevo caso….</translation>
    </message>
    <message>
        <source>No case for {customer} is at risk now.</source>
        <translation>Ningún caso de {customer} está en riesgo ahora.</translation>
    </message>
    <message>
        <source>No case for {customer} breached its response target in {month}.</source>
        <translation>Ningún caso de {customer} incumplió su objetivo de respuesta en {month}.</translation>
    </message>
    <message>
        <source>No case for {customer} opened in {month}.</source>
        <translation>No se abrió ningún caso de {customer} en {month}.</translation>
    </message>
    <message>
        <source>No open cases. Open one with New case….</source>
        <translation>No hay casos abiertos. Abra uno con Nuevo caso….</translation>
    </message>
    <message>
        <source>No case is at risk now.</source>
        <translation>Ningún caso está en riesgo ahora.</translation>
    </message>
    <message>
        <source>No case breached its response target in {month}.</source>
        <translation>Ningún caso incumplió su objetivo de respuesta en {month}.</translation>
    </message>
    <message>
        <source>No case opened in {month}.</source>
        <translation>No se abrió ningún caso en {month}.</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>SLA de respuesta en {month}</translation>
    </message>
    <message>
        <source>none ({percent} % if breached)</source>
        <translation>ninguno ({percent} % si se incumple)</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>sin SLA</translation>
    </message>
    <message>
        <source>Below the target of {target} %: the SLA is breached.</source>
        <translation>Por debajo del objetivo de {target} %: el SLA se incumple.</translation>
    </message>
    <message>
        <source>No cases were due in {month}.</source>
        <translation>No vencía ningún caso en {month}.</translation>
    </message>
    <message>
        <source>{customer}&apos;s tier has no response SLA.</source>
        <translation>El nivel de servicio de {customer} no tiene SLA de respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio: %Ln cases due in {month}, {met} met, {percent} attainment.</source>
        <translation>
            <numerusform>Cartera: %Ln caso vencido en {month}, {met} cumplidos, {percent} de cumplimiento.</numerusform>
            <numerusform>Cartera: %Ln casos vencidos en {month}, {met} cumplidos, {percent} de cumplimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}: cases whose response fell due in {month} and are decided.</source>
        <translation>{customer}: casos cuya respuesta vencía en {month} y ya están decididos.</translation>
    </message>
    <message>
        <source>Opened case {case} for {customer}</source>
        <translation>Caso {case} abierto para {customer}</translation>
    </message>
    <message>
        <source>Recorded the first response to case {case} of {customer}</source>
        <translation>Primera respuesta registrada en el caso {case} de {customer}</translation>
    </message>
    <message>
        <source>Recorded a wait on the customer in case {case} of {customer}</source>
        <translation>Espera del cliente registrada en el caso {case} de {customer}</translation>
    </message>
    <message>
        <source>Escalated to level {level} case {case} of {customer}</source>
        <translation>Caso {case} de {customer} escalado al nivel {level}</translation>
    </message>
    <message>
        <source>Resolved case {case} of {customer}</source>
        <translation>Caso {case} de {customer} resuelto</translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes it).</source>
        <translation>{done} (Ctrl+Z lo deshace).</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact — {customer}</source>
        <translation>Nuevo contacto — {customer}</translation>
    </message>
    <message>
        <source>Contact — {customer}</source>
        <translation>Contacto — {customer}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>{named} named contacts, {seats} training seats.</source>
        <translation>{named} contactos designados, {seats} plazas de formación.</translation>
    </message>
    <message>
        <source>{count} named contacts (unlimited on {tier})</source>
        <translation>{count} contactos designados (ilimitados en {tier})</translation>
    </message>
    <message>
        <source>No named contacts on {tier}</source>
        <translation>Sin contactos designados en {tier}</translation>
    </message>
    <message>
        <source>{count} of {limit} named contacts used</source>
        <translation>{count} de {limit} contactos designados usados</translation>
    </message>
    <message>
        <source>{count} training seats (unlimited on {tier})</source>
        <translation>{count} plazas de formación (ilimitadas en {tier})</translation>
    </message>
    <message>
        <source>no training seats on {tier}</source>
        <translation>sin plazas de formación en {tier}</translation>
    </message>
    <message>
        <source>{count} of {limit} training seats used</source>
        <translation>{count} de {limit} plazas de formación usadas</translation>
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
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Named &amp;support contact (may open support cases)</source>
        <translation>Contacto de &amp;soporte designado (puede abrir casos de soporte)</translation>
    </message>
    <message>
        <source>Has an online &amp;training seat</source>
        <translation>Tiene una plaza de &amp;formación en línea</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Designado</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>★ named</source>
        <translation>★ designado</translation>
    </message>
    <message>
        <source>training seat</source>
        <translation>plaza de formación</translation>
    </message>
</context>
<context>
    <name>ContractTermsModel</name>
    <message>
        <source>Tier</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Vigente hoy</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>No money changes: the month&apos;s charges stay as issued.</source>
        <translation>Sin cambios de importe: los cargos del mes quedan como se emitieron.</translation>
    </message>
    <message>
        <source>{month}, the fee: a charge of {amount} USD</source>
        <translation>{month}, la cuota: un cargo de {amount} USD</translation>
    </message>
    <message>
        <source>{month}, the fee: a credit of {amount} USD</source>
        <translation>{month}, la cuota: un abono de {amount} USD</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a charge of {amount} USD ({hours})</source>
        <translation>{month}, excedente de {category}: un cargo de {amount} USD ({hours})</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a credit of {amount} USD ({hours})</source>
        <translation>{month}, excedente de {category}: un abono de {amount} USD ({hours})</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the changes of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>The next report issued will carry {changes}.</source>
        <translation>El próximo informe emitido llevará {changes}.</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Registrar una corrección</translation>
    </message>
    <message>
        <source>Entry {entry}: {hours} of {category} for {customer} on {day}, by {engineer}. Its month is issued, so the entry stays as it is and the correction is recorded beside it.</source>
        <translation>Registro {entry}: {hours} de {category} para {customer} el {day}, por {engineer}. Su mes está emitido, así que el registro queda como está y la corrección se registra a su lado.</translation>
    </message>
    <message>
        <source>What the entry should have been; 0 takes it back entirely</source>
        <translation>Lo que debió ser el registro; 0 lo anula por completo</translation>
    </message>
    <message>
        <source>Why, in a few words (kept with the correction)</source>
        <translation>Por qué, en pocas palabras (se guarda con la corrección)</translation>
    </message>
    <message>
        <source>Hours it should have been:</source>
        <translation>Horas correctas:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Una corrección necesita un motivo.</translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>terminó hace %n día</numerusform>
            <numerusform>terminó hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named contacts (unlimited)</source>
        <translation>
            <numerusform>%n contacto designado (ilimitado)</numerusform>
            <numerusform>%n contactos designados (ilimitados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts — over the tier&apos;s limit</source>
        <translation>
            <numerusform>{count} de %n contacto designado — por encima del límite del nivel</numerusform>
            <numerusform>{count} de %n contactos designados — por encima del límite del nivel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts</source>
        <translation>
            <numerusform>{count} de %n contacto designado</numerusform>
            <numerusform>{count} de %n contactos designados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Edit {customer}</source>
        <translation>Editar {customer}</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Añadir cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s starting price)</source>
        <translation>{fee} (precio inicial de {tier})</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee} (precio de {tier})</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>The customer&apos;s company name</source>
        <translation>El nombre de la empresa del cliente</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Nivel de servicio</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>Cuota &amp;mensual</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD al mes</translation>
    </message>
    <message>
        <source>Contract &amp;start</source>
        <translation>&amp;Inicio del contrato</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Contract &amp;end</source>
        <translation>&amp;Fin del contrato</translation>
    </message>
    <message>
        <source>N&amp;o end date</source>
        <translation>Sin fecha de &amp;fin</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin or New_York</source>
        <translation>Escriba una ciudad, p. ej. Berlin o New_York</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Idioma del informe</translation>
    </message>
    <message>
        <source>&amp;CSM</source>
        <translation>&amp;CSM</translation>
    </message>
    <message>
        <source>Customer success manager (optional)</source>
        <translation>Customer success manager (opcional)</translation>
    </message>
    <message>
        <source>T&amp;AM</source>
        <translation>T&amp;AM</translation>
    </message>
    <message>
        <source>Technical account manager (optional)</source>
        <translation>Technical account manager (opcional)</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Festivos</translation>
    </message>
    <message>
        <source>None; or a country code such as DE or US-CA</source>
        <translation>Ninguno; o un código de país como DE o US-CA</translation>
    </message>
    <message>
        <source>Unused hours &amp;roll over</source>
        <translation>&amp;Trasladar las horas no usadas</translation>
    </message>
    <message>
        <source>Hours left at the end of a period carry into the next one, at most one period&apos;s allowance.</source>
        <translation>Las horas que sobran al final de un periodo pasan al siguiente, como máximo las horas incluidas de un periodo.</translation>
    </message>
    <message>
        <source>The tier and its fee change with Change tier…, which keeps the contract history and prorates the month.</source>
        <translation>El nivel de servicio y su cuota cambian con Cambiar nivel…, que conserva el historial del contrato y prorratea el mes.</translation>
    </message>
</context>
<context>
    <name>CustomersForm</name>
    <message>
        <source>Search name, CSM or TAM (Ctrl+F)</source>
        <translation>Buscar nombre, CSM o TAM (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filters the table as you type; Esc clears, Down goes to the table</source>
        <translation>Filtra la tabla mientras escribe; Esc borra, Abajo va a la tabla</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <source>Select a customer in the table to see its contract, contacts and notes, or add a customer with Ctrl+N.</source>
        <translation>Seleccione un cliente en la tabla para ver su contrato, contactos y notas, o añada un cliente con Ctrl+N.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the name, dates, time zone, language, CSM or TAM</source>
        <translation>Cambiar el nombre, las fechas, la zona horaria, el idioma, el CSM o el TAM</translation>
    </message>
    <message>
        <source>Change &amp;tier…</source>
        <translation>Cambiar &amp;nivel…</translation>
    </message>
    <message>
        <source>Upgrade or downgrade from a date, with the month&apos;s fee and allowances previewed</source>
        <translation>Subir o bajar de nivel desde una fecha, con vista previa de la cuota y las horas incluidas del mes</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s monthly service report for the toolbar&apos;s month (PDF)</source>
        <translation>Exportar el informe mensual de servicio de este cliente para el mes de la barra de herramientas (PDF)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel de servicio</translation>
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
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>Contactos designados</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Contract history</source>
        <translation>Historial del contrato</translation>
    </message>
    <message>
        <source>Each term runs from its date until the next one or the contract&apos;s end; the one in force today is bold. Upgrades and downgrades are prorated by days: use Change tier….</source>
        <translation>Cada periodo va desde su fecha hasta el siguiente o el fin del contrato; el vigente hoy aparece en negrita. Las subidas y bajadas de nivel se prorratean por días: use Cambiar nivel….</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Editar contacto…</translation>
    </message>
    <message>
        <source>Change the selected contact (or double-click it)</source>
        <translation>Cambiar el contacto seleccionado (o hacer doble clic en él)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected contact, e.g. someone who left the customer</source>
        <translation>Quitar el contacto seleccionado, p. ej. alguien que dejó el cliente</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <source>No contacts yet. Add the people who open support cases with Add contact….</source>
        <translation>Aún no hay contactos. Añada a las personas que abren casos de soporte con Añadir contacto….</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes about this account: who to call, what was promised, what to watch. Only your team sees them.</source>
        <translation>Notas sobre esta cuenta: a quién llamar, qué se prometió, qué vigilar. Solo las ve su equipo.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Guardar notas</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S)</source>
        <translation>Guardar las notas (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>over contact limit ({count} of {limit} named)</source>
        <translation>por encima del límite de contactos ({count} de {limit} designados)</translation>
    </message>
    <message>
        <source>starts {day}</source>
        <translation>empieza el {day}</translation>
    </message>
    <message>
        <source>contract ended</source>
        <translation>contrato terminado</translation>
    </message>
    <message>
        <source>renewal due</source>
        <translation>renovación próxima</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Consulting {month}</source>
        <translation>Consultoría {month}</translation>
    </message>
    <message>
        <source>Consulting hours logged in the month chosen in the toolbar</source>
        <translation>Horas de consultoría registradas en el mes elegido en la barra de herramientas</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>The {tier} tier includes no named contacts</source>
        <translation>El nivel de servicio {tier} no incluye contactos designados</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Leyendo el cliente…</translation>
    </message>
    <message>
        <source>The customers could not be loaded. {message}
Check the database connection, then open the view again (Ctrl+2).</source>
        <translation>No se pudieron cargar los clientes. {message}
Compruebe la conexión con la base de datos y vuelva a abrir la vista (Ctrl+2).</translation>
    </message>
    <message>
        <source>No customers yet. Add your first customer with Ctrl+N, or load the demo portfolio from the File menu.</source>
        <translation>Aún no hay clientes. Añada su primer cliente con Ctrl+N, o cargue la cartera de demostración desde el menú Archivo.</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>No customer, CSM or TAM matches “{search}”.
Press Esc to clear the search, or add a customer with Ctrl+N.</source>
        <translation>Ningún cliente, CSM o TAM coincide con «{search}».
Pulse Esc para borrar la búsqueda, o añada un cliente con Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer could not be read. {message}</source>
        <translation>No se pudo leer el cliente. {message}</translation>
    </message>
    <message>
        <source>since {day}, {fee} a month</source>
        <translation>desde el {day}, {fee} al mes</translation>
    </message>
    <message>
        <source>{tier} from {day}</source>
        <translation>{tier} desde el {day}</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>from {day}, no end date</source>
        <translation>desde el {day}, sin fecha de fin</translation>
    </message>
    <message>
        <source>{zone} — {time} there now</source>
        <translation>{zone} — allí son las {time}</translation>
    </message>
    <message>
        <source>{calendar} public holidays</source>
        <translation>festivos de {calendar}</translation>
    </message>
    <message>
        <source>none (Monday to Friday are working days)</source>
        <translation>ninguno (de lunes a viernes son laborables)</translation>
    </message>
    <message>
        <source>unused hours roll over</source>
        <translation>las horas no usadas se trasladan</translation>
    </message>
    <message>
        <source>reports issued up to {month}</source>
        <translation>informes emitidos hasta {month}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no flags</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The notes typed for {customer} could not be saved. {why}

What you typed, to copy elsewhere:

{notes}</source>
        <translation>No se pudieron guardar las notas escritas para {customer}. {why}

Lo que escribió, para copiarlo en otro lugar:

{notes}</translation>
    </message>
    <message>
        <source>Remove {contact} (a named support contact) from {customer}&apos;s contacts?</source>
        <translation>¿Quitar a {contact} (un contacto de soporte designado) de los contactos de {customer}?</translation>
    </message>
    <message>
        <source>Remove {contact} from {customer}&apos;s contacts?</source>
        <translation>¿Quitar a {contact} de los contactos de {customer}?</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>{hours} in {month} (none included)</source>
        <translation>{hours} en {month} (ninguna incluida)</translation>
    </message>
    <message>
        <source>not included in {month}</source>
        <translation>no incluidas en {month}</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}; {over} over, {charge}</source>
        <translation>{used} usadas de {included} en {month}; {over} de excedente, {charge}</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}</source>
        <translation>{used} usadas de {included} en {month}</translation>
    </message>
</context>
<context>
    <name>Engineer</name>
    <message>
        <source>Your name on the hours you log</source>
        <translation>Su nombre en las horas que registra</translation>
    </message>
    <message>
        <source>Which name should go on the hours you log? Your colleagues and the monthly reports see it. (The command line uses it too; Edit ▸ Preferences changes it.)</source>
        <translation>¿Con qué nombre se registran sus horas? Sus compañeros y los informes mensuales lo ven. (La línea de comandos también lo usa; Edición ▸ Preferencias lo cambia.)</translation>
    </message>
</context>
<context>
    <name>EntitlementsForm</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>Elija un cliente en la barra de herramientas para ver a qué tiene derecho</translation>
    </message>
    <message>
        <source>Type a few letters of the name in the Customer box (Ctrl+F here) and pick it; the Month arrows choose the month. The Home view lists every customer&apos;s overage at once.</source>
        <translation>Escriba unas letras del nombre en el cuadro Cliente (aquí Ctrl+F) y elíjalo; las flechas de Mes eligen el mes. La vista Inicio muestra el excedente de todos los clientes a la vez.</translation>
    </message>
    <message>
        <source>Export monthly &amp;report…</source>
        <translation>Exportar &amp;informe mensual…</translation>
    </message>
    <message>
        <source>The client&apos;s service report for this customer and month (PDF)</source>
        <translation>El informe de servicio del cliente para este cliente y mes (PDF)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Overage charges</source>
        <translation>Cargos por excedente</translation>
    </message>
    <message>
        <source>Fee and overage</source>
        <translation>Cuota y excedente</translation>
    </message>
    <message>
        <source>Seats and sessions</source>
        <translation>Plazas y sesiones</translation>
    </message>
    <message>
        <source>Adjustments for the next report</source>
        <translation>Ajustes para el próximo informe</translation>
    </message>
    <message>
        <source>Months already issued whose figures changed since: the next report issued for this customer charges or credits the difference.</source>
        <translation>Meses ya emitidos cuyas cifras cambiaron desde entonces: el próximo informe emitido para este cliente cobra o abona la diferencia.</translation>
    </message>
</context>
<context>
    <name>EntitlementsView</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>Elija un cliente en la barra de herramientas para ver a qué tiene derecho</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>T{number} {year}</translation>
    </message>
    <message>
        <source>{quarter} to date</source>
        <translation>{quarter} hasta hoy</translation>
    </message>
    <message>
        <source>{quarter} to the end of {month}</source>
        <translation>{quarter} hasta el final de {month}</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this quarter.</source>
        <translation>Emitido: estas son las cifras del informe; las horas registradas o corregidas después van al próximo informe como ajustes, no a este trimestre.</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this month.</source>
        <translation>Emitido: estas son las cifras del informe; las horas registradas o corregidas después van al próximo informe como ajustes, no a este mes.</translation>
    </message>
    <message>
        <source>{month} has not started yet.</source>
        <translation>{month} aún no ha empezado.</translation>
    </message>
    <message>
        <source>The quarter is over; these are its final figures.</source>
        <translation>El trimestre ha terminado; estas son sus cifras definitivas.</translation>
    </message>
    <message>
        <source>The month is over; these are its final figures.</source>
        <translation>El mes ha terminado; estas son sus cifras definitivas.</translation>
    </message>
    <message>
        <source>Counted to the end of {month}; the forecast is on {current}.</source>
        <translation>Contado hasta el final de {month}; la previsión es para {current}.</translation>
    </message>
    <message>
        <source>The contract starts on {day}.</source>
        <translation>El contrato empieza el {day}.</translation>
    </message>
    <message>
        <source>The contract ended on {day}.</source>
        <translation>El contrato terminó el {day}.</translation>
    </message>
    <message>
        <source>No hours are included; every hour logged is overage.</source>
        <translation>No hay horas incluidas; cada hora registrada es excedente.</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the quarter.</source>
        <translation>Nada usado aún: todas las horas incluidas del trimestre están disponibles.</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the month.</source>
        <translation>Nada usado aún: todas las horas incluidas del mes están disponibles.</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage.</source>
        <translation>Las horas incluidas se agotaron; las siguientes horas son excedente.</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage at {rate}/h.</source>
        <translation>Las horas incluidas se agotaron; las siguientes horas son excedente a {rate}/h.</translation>
    </message>
    <message>
        <source>At this pace the allowance runs out on {day}.</source>
        <translation>A este ritmo, las horas incluidas se agotan el {day}.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts until the contract ends on {day}.</source>
        <translation>A este ritmo, las horas incluidas alcanzan hasta el fin del contrato el {day}.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the quarter.</source>
        <translation>A este ritmo, las horas incluidas alcanzan para el trimestre.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the month.</source>
        <translation>A este ritmo, las horas incluidas alcanzan para el mes.</translation>
    </message>
    <message>
        <source>{hours} at {rate} = {charge}</source>
        <translation>{hours} a {rate} = {charge}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>SLA service credit</source>
        <translation>Crédito de servicio SLA</translation>
    </message>
    <message>
        <source>{allowance} overage</source>
        <translation>Excedente de {allowance}</translation>
    </message>
    <message>
        <source>{used} (unlimited)</source>
        <translation>{used} (ilimitado)</translation>
    </message>
    <message>
        <source>{used} of {included}</source>
        <translation>{used} de {included}</translation>
    </message>
    <message>
        <source>this contract year, from {day}</source>
        <translation>este año de contrato, desde el {day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <source>Reading the entitlements…</source>
        <translation>Leyendo los derechos…</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>SLA de respuesta</translation>
    </message>
    <message>
        <source>{reason} Choose a customer in the toolbar to see what they are entitled to.</source>
        <translation>{reason} Elija un cliente en la barra de herramientas para ver a qué tiene derecho.</translation>
    </message>
    <message>
        <source> then </source>
        <comment>between the tiers of one month</comment>
        <translation> y luego </translation>
    </message>
    <message>
        <source>contract from {start}</source>
        <translation>contrato desde el {start}</translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation>contrato del {start} al {end}</translation>
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
        <translation>El contrato de {customer} no cubre {month}, así que no incluye nada en él; elija otro mes con las flechas de Mes.</translation>
    </message>
    <message>
        <source>{tier} includes no consulting or development hours in {month}; hours logged are tracked below but not measured against an allowance.</source>
        <translation>{tier} no incluye horas de consultoría ni de desarrollo en {month}; las horas registradas se listan abajo pero no se comparan con horas incluidas.</translation>
    </message>
    <message>
        <source>Issued — these are the figures of report {report}. Changes made since reach the client as adjustments on the next report.</source>
        <translation>Emitido — estas son las cifras del informe {report}. Los cambios posteriores llegan al cliente como ajustes en el próximo informe.</translation>
    </message>
    <message>
        <source>Fee and hours in {month}, as issued</source>
        <translation>Cuota y horas de {month}, tal como se emitieron</translation>
    </message>
    <message>
        <source>Fee and hours in {month}</source>
        <translation>Cuota y horas de {month}</translation>
    </message>
    <message>
        <source>Fee, prorated by days</source>
        <translation>Cuota, prorrateada por días</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the categories of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Hours logged: {hours}</source>
        <translation>Horas registradas: {hours}</translation>
    </message>
    <message>
        <source>No hours logged in {month}; log them in the Hours view (Ctrl+4).</source>
        <translation>No hay horas registradas en {month}; regístrelas en la vista Horas (Ctrl+4).</translation>
    </message>
    <message>
        <source>No hours logged in {month}.</source>
        <translation>No hay horas registradas en {month}.</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>SLA de respuesta en {month}</translation>
    </message>
    <message>
        <source>No cases were due in {month} (target {target} %).</source>
        <translation>No vencía ningún caso en {month} (objetivo {target} %).</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} % — breached</source>
        <translation>Cumplimiento {attainment} % frente a un objetivo de {target} % — incumplido</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} %</source>
        <translation>Cumplimiento {attainment} % frente a un objetivo de {target} %</translation>
    </message>
    <message>
        <source>Cases due: {due}, met: {met}</source>
        <translation>Casos vencidos: {due}, cumplidos: {met}</translation>
    </message>
    <message>
        <source>Service credit: {credit} ({percent} % of the fee)</source>
        <translation>Crédito de servicio: {credit} ({percent} % de la cuota)</translation>
    </message>
    <message>
        <source>No service credit ({percent} % of the fee if breached)</source>
        <translation>Sin crédito de servicio ({percent} % de la cuota si se incumple)</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>column of the adjustments</comment>
        <translation>Mes</translation>
    </message>
    <message>
        <source>What</source>
        <comment>column of the adjustments</comment>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column of the adjustments</comment>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column of the adjustments</comment>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column of the adjustments</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Together on the next report</source>
        <translation>En total en el próximo informe</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown step the month; the Customer box finds as you type.</source>
        <translation>Ctrl+RePág y Ctrl+AvPág cambian de mes; el cuadro Cliente busca mientras escribe.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrar el historial</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>The history could not be read. {message}</source>
        <translation>No se pudo leer el historial. {message}</translation>
    </message>
</context>
<context>
    <name>HomeForm</name>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Find a customer in these lists (Ctrl+F)</source>
        <translation>Buscar un cliente en estas listas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Overage this month</source>
        <translation>Excedente este mes</translation>
    </message>
    <message>
        <source>No overage this month.</source>
        <translation>Sin excedente este mes.</translation>
    </message>
    <message>
        <source>Allowances past 80 %</source>
        <translation>Horas incluidas por encima del 80 %</translation>
    </message>
    <message>
        <source>No allowance is past 80 % this month.</source>
        <translation>Ninguna bolsa de horas supera el 80 % este mes.</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Revisiones vencidas</translation>
    </message>
    <message>
        <source>No overdue reviews.</source>
        <translation>No hay revisiones vencidas.</translation>
    </message>
    <message>
        <source>Renewals within 60 days</source>
        <translation>Renovaciones en 60 días</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days.</source>
        <translation>Ningún contrato termina en los próximos 60 días.</translation>
    </message>
    <message>
        <source>Adjustments waiting for the next report</source>
        <translation>Ajustes en espera del próximo informe</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>No hay ajustes en espera de un informe.</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio</source>
        <translation>Horas por mes, toda la cartera</translation>
    </message>
    <message>
        <source>No hours logged in these twelve months. Log hours in the Hours view (Ctrl+4) and they show here by month and category.</source>
        <translation>No hay horas registradas en estos doce meses. Registre horas en la vista Horas (Ctrl+4) y aparecerán aquí por mes y categoría.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Cargando el panel…</translation>
    </message>
    <message>
        <source>Open a customer to see the adjustments in Entitlements.</source>
        <translation>Abra un cliente para ver los ajustes en Derechos.</translation>
    </message>
    <message>
        <source>Reading the support cases…</source>
        <translation>Leyendo los casos de soporte…</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it.</source>
        <translation>Haga doble clic en un cliente o pulse Intro para abrirlo.</translation>
    </message>
    <message>
        <source>SLA at risk now / breached this month</source>
        <translation>SLA en riesgo ahora / incumplido este mes</translation>
    </message>
    <message>
        <source>Double-click a case, or press Enter, to open it in Cases.</source>
        <translation>Haga doble clic en un caso o pulse Intro para abrirlo en Casos.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Adding up the hours of twelve months…</source>
        <translation>Sumando las horas de doce meses…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation>No se pudo leer el panel: {reason}</translation>
    </message>
    <message>
        <source>Portfolio in {month}</source>
        <translation>Cartera en {month}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers · reviews and renewals as of {day}</source>
        <translation>
            <numerusform>%Ln cliente · revisiones y renovaciones a {day}</numerusform>
            <numerusform>%Ln clientes · revisiones y renovaciones a {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overage in {month}</source>
        <translation>Excedente en {month}</translation>
    </message>
    <message>
        <source>All customers&apos; overage charges in the month together</source>
        <translation>Cargos por excedente de todos los clientes en el mes</translation>
    </message>
    <message>
        <source>No overage in {month}: every customer stayed within their allowances.</source>
        <translation>Sin excedente en {month}: todos los clientes se mantuvieron dentro de sus horas incluidas.</translation>
    </message>
    <message>
        <source>Allowances past 80 % in {month}</source>
        <translation>Horas incluidas por encima del 80 % en {month}</translation>
    </message>
    <message>
        <source>No allowance is past 80 % in {month}. Customers show here as they near their included hours.</source>
        <translation>Ninguna bolsa de horas supera el 80 % en {month}. Los clientes aparecen aquí al acercarse a sus horas incluidas.</translation>
    </message>
    <message>
        <source>No overdue reviews. A planned review shows here once its time has passed and it is not marked held, cancelled or missed in the Reviews view.</source>
        <translation>No hay revisiones vencidas. Una revisión planificada aparece aquí cuando pasa su hora y no está marcada como realizada, cancelada o no realizada en la vista Revisiones.</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days. Contracts show here two months before they end.</source>
        <translation>Ningún contrato termina en los próximos 60 días. Los contratos aparecen aquí dos meses antes de terminar.</translation>
    </message>
    <message>
        <source>Customers whose next report carries adjustments to months already issued</source>
        <translation>Clientes cuyo próximo informe lleva ajustes de meses ya emitidos</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>No hay ajustes en espera de un informe.</translation>
    </message>
    <message>
        <source>SLA at risk now / breached in {month}</source>
        <translation>SLA en riesgo ahora / incumplido en {month}</translation>
    </message>
    <message>
        <source>No case is at risk now, and none breached its response target in {month}.</source>
        <translation>Ningún caso está en riesgo ahora, y ninguno incumplió su objetivo de respuesta en {month}.</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio: {first} to {last}</source>
        <translation>Horas por mes, toda la cartera: {first} a {last}</translation>
    </message>
    <message>
        <source>{hours} in total</source>
        <translation>{hours} en total</translation>
    </message>
    <message>
        <source>No customer matching “{typed}” in this list.</source>
        <translation>Ningún cliente coincide con «{typed}» en esta lista.</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
</context>
<context>
    <name>LedgerForm</name>
    <message>
        <source>Cu&amp;stomer</source>
        <translation>Clie&amp;nte</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name</source>
        <translation>Escriba el nombre de un cliente</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>Ho&amp;ras</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1,5 o 1:30</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <source>&amp;Description (client sees this)</source>
        <translation>&amp;Descripción (la ve el cliente)</translation>
    </message>
    <message>
        <source>What the hours were for, as the report says it</source>
        <translation>Para qué fueron las horas, como lo dice el informe</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report; required for consulting and development hours</source>
        <translation>Se imprime en el informe mensual del cliente; obligatoria para horas de consultoría y desarrollo</translation>
    </message>
    <message>
        <source>Internal n&amp;ote (team only)</source>
        <translation>N&amp;ota interna (solo el equipo)</translation>
    </message>
    <message>
        <source>Never on a report</source>
        <translation>Nunca en un informe</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Solo para el equipo: nunca se imprime en un informe</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Log these hours (Enter in any field)</source>
        <translation>Registrar estas horas (Intro en cualquier campo)</translation>
    </message>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>Escriba las horas y pulse Intro para registrarlas; el cliente, la fecha, la categoría, la descripción y la nota se mantienen para el siguiente registro.</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Mostrar todos los clientes</translation>
    </message>
    <message>
        <source>&amp;All months</source>
        <translation>&amp;Todos los meses</translation>
    </message>
    <message>
        <source>Show every month instead of the month chosen in the toolbar</source>
        <translation>Mostrar todos los meses en lugar del mes elegido en la barra de herramientas</translation>
    </message>
    <message>
        <source>Only the hours one engineer logged</source>
        <translation>Solo las horas que registró un ingeniero</translation>
    </message>
    <message>
        <source>Only one category of hours</source>
        <translation>Solo una categoría de horas</translation>
    </message>
    <message>
        <source>Search text (Ctrl+F)</source>
        <translation>Buscar texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds entries whose description or internal note holds the text</source>
        <translation>Busca registros cuya descripción o nota interna contiene el texto</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Editar (F2)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Eliminar (Supr)</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Registrar una corrección…</translation>
    </message>
    <message>
        <source>Correct an entry of an issued month (Ctrl+Shift+R): the change reaches the client as an adjustment on the next report</source>
        <translation>Corregir un registro de un mes emitido (Ctrl+Mayús+R): el cambio llega al cliente como ajuste en el próximo informe</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Ingeniero</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Description (client)</source>
        <translation>Descripción (cliente)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>What the client reads on the monthly report</source>
        <translation>Lo que el cliente lee en el informe mensual</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Solo para el equipo: nunca se imprime en un informe</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: this entry is read-only. Record a correction instead.</source>
        <translation>{month} está emitido para {customer}: este registro es de solo lectura. Registre una corrección en su lugar.</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: no reason given</source>
        <translation>Corrección del registro {entry}: sin motivo</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: {reason}</source>
        <translation>Corrección del registro {entry}: {reason}</translation>
    </message>
    <message>
        <source>Internal, never on a report: {note}</source>
        <translation>Interno, nunca en un informe: {note}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>Escriba las horas y pulse Intro para registrarlas; el cliente, la fecha, la categoría, la descripción y la nota se mantienen para el siguiente registro.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>ingeniero</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>nota interna</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>Registro de horas</translation>
    </message>
    <message>
        <source>Reading the hours ledger…</source>
        <translation>Leyendo el registro de horas…</translation>
    </message>
    <message>
        <source>Listing the engineers…</source>
        <translation>Listando los ingenieros…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name first.</source>
        <translation>Escriba primero el nombre del cliente.</translation>
    </message>
    <message>
        <source>Type the hours spent, e.g. 1.5 or 1:30.</source>
        <translation>Escriba las horas dedicadas, p. ej. 1,5 o 1:30.</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it). It is outside the filters, so the table does not show it.</source>
        <translation>Registradas {hours} de {category} para {customer} el {day} (Ctrl+Z lo deshace). Queda fuera de los filtros, por eso la tabla no lo muestra.</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it).</source>
        <translation>Registradas {hours} de {category} para {customer} el {day} (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Select an entry to change it.</source>
        <translation>Seleccione un registro para cambiarlo.</translation>
    </message>
    <message>
        <source>Select an entry of an issued month to correct it; entries of open months are changed directly.</source>
        <translation>Seleccione un registro de un mes emitido para corregirlo; los registros de meses abiertos se cambian directamente.</translation>
    </message>
    <message>
        <source>Correction recorded; the next report issued carries the adjustment (Ctrl+Z takes it back).</source>
        <translation>Corrección registrada; el próximo informe emitido lleva el ajuste (Ctrl+Z la retira).</translation>
    </message>
    <message>
        <source>Select an entry to see its history.</source>
        <translation>Seleccione un registro para ver su historial.</translation>
    </message>
    <message>
        <source>History of entry {entry} ({customer}, {day})</source>
        <translation>Historial del registro {entry} ({customer}, {day})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries are selected; delete at most {most} at once.</source>
        <translation>
            <numerusform>%Ln registro seleccionado; elimine como máximo {most} a la vez.</numerusform>
            <numerusform>%Ln registros seleccionados; elimine como máximo {most} a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entries to delete.</source>
        <translation>Seleccione los registros que desea eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entries (Ctrl+Z brings it back).</source>
        <translation>
            <numerusform>%Ln registro eliminado (Ctrl+Z lo recupera).</numerusform>
            <numerusform>%Ln registros eliminados (Ctrl+Z los recupera).</numerusform>
        </translation>
    </message>
    <message>
        <source>Any engineer</source>
        <translation>Cualquier ingeniero</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Registrar una corrección…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · {hours}</source>
        <translation>
            <numerusform>%Ln registro · {hours}</numerusform>
            <numerusform>%Ln registros · {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>all months</source>
        <translation>todos los meses</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: its entries are read-only. A correction goes into the next open month.</source>
        <translation>{month} está emitido para {customer}: sus registros son de solo lectura. Una corrección va al próximo mes abierto.</translation>
    </message>
    <message>
        <source>No entries match these filters. Choose “Clear filters” above to see every entry again.</source>
        <translation>Ningún registro coincide con estos filtros. Elija «Borrar filtros» arriba para ver de nuevo todos los registros.</translation>
    </message>
    <message>
        <source>No hours logged for {customer} in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>No hay horas registradas para {customer} en {month}. Escriba las horas en la barra de arriba y pulse Intro para el primer registro. Marque «Todos los meses» para ver los demás meses, o cambie de mes en la barra de herramientas.</translation>
    </message>
    <message>
        <source>No hours logged for {customer} yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>Aún no hay horas registradas para {customer}. Escriba las horas en la barra de arriba y pulse Intro para el primer registro.</translation>
    </message>
    <message>
        <source>No hours logged in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>No hay horas registradas en {month}. Escriba las horas en la barra de arriba y pulse Intro para el primer registro. Marque «Todos los meses» para ver los demás meses, o cambie de mes en la barra de herramientas.</translation>
    </message>
    <message>
        <source>No hours logged yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>Aún no hay horas registradas. Escriba las horas en la barra de arriba y pulse Intro para el primer registro.</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Change…&lt;/a&gt;</source>
        <translation>Registrado como &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Cambiar…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; (your login) · &lt;a href=&apos;name&apos;&gt;Set your name…&lt;/a&gt;</source>
        <translation>Registrado como &lt;b&gt;{name}&lt;/b&gt; (su usuario) · &lt;a href=&apos;name&apos;&gt;Indicar su nombre…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The name on the hours you log here and on the command line (Edit ▸ Preferences)</source>
        <translation>El nombre en las horas que registra aquí y en la línea de comandos (Edición ▸ Preferencias)</translation>
    </message>
    <message>
        <source>This entry is read-only: {month} is issued for {customer}, so its entries can be neither changed nor deleted. Record a correction instead (Ctrl+Shift+R).</source>
        <translation>Este registro es de solo lectura: {month} está emitido para {customer}, así que sus registros no se pueden cambiar ni eliminar. Registre una corrección en su lugar (Ctrl+Mayús+R).</translation>
    </message>
    <message>
        <source>This entry corrects entry {entry} of an issued month; corrections stay as they were recorded.</source>
        <translation>Este registro corrige el registro {entry} de un mes emitido; las correcciones quedan tal como se registraron.</translation>
    </message>
    <message>
        <source>Changed the date (Ctrl+Z undoes it).</source>
        <translation>Fecha cambiada (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Changed the customer (Ctrl+Z undoes it).</source>
        <translation>Cliente cambiado (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Changed the category (Ctrl+Z undoes it).</source>
        <translation>Categoría cambiada (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Changed the engineer (Ctrl+Z undoes it).</source>
        <translation>Ingeniero cambiado (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Changed the hours (Ctrl+Z undoes it).</source>
        <translation>Horas cambiadas (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Changed the description (Ctrl+Z undoes it).</source>
        <translation>Descripción cambiada (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Changed the internal note (Ctrl+Z undoes it).</source>
        <translation>Nota interna cambiada (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Pick a date from the calendar.</source>
        <translation>Elija una fecha en el calendario.</translation>
    </message>
    <message>
        <source>An entry needs a customer.</source>
        <translation>Un registro necesita un cliente.</translation>
    </message>
    <message>
        <source>An entry needs the engineer who spent the hours.</source>
        <translation>Un registro necesita el ingeniero que dedicó las horas.</translation>
    </message>
</context>
<context>
    <name>LevelBadge</name>
    <message>
        <source>Within allowance</source>
        <translation>Dentro de las horas incluidas</translation>
    </message>
    <message>
        <source>Nearly used</source>
        <translation>Casi agotadas</translation>
    </message>
    <message>
        <source>Over allowance</source>
        <translation>Por encima de las horas incluidas</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>The database: {where}</source>
        <translation>La base de datos: {where}</translation>
    </message>
    <message>
        <source>Updated with changes by {who}.</source>
        <translation>Actualizado con cambios de {who}.</translation>
    </message>
    <message>
        <source>Not receiving others&apos; changes</source>
        <translation>No se reciben los cambios de otros</translation>
    </message>
    <message>
        <source>The connection to {where} was lost; trying again every {seconds} seconds. ({reason})</source>
        <translation>Se perdió la conexión con {where}; se reintenta cada {seconds} segundos. ({reason})</translation>
    </message>
    <message>
        <source>Asking who else is connected…</source>
        <translation>Consultando quién más está conectado…</translation>
    </message>
    <message>
        <source>Who else is connected could not be read: {message}</source>
        <translation>No se pudo leer quién más está conectado: {message}</translation>
    </message>
    <message>
        <source>{name} (as {role})</source>
        <translation>{name} (como {role})</translation>
    </message>
    <message>
        <source>No one else connected</source>
        <translation>Nadie más conectado</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>También conectados: {names}</translation>
    </message>
</context>
<context>
    <name>LoadedWhenShown</name>
    <message>
        <source>Reading the database…</source>
        <translation>Leyendo la base de datos…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de AccountDesk (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>Registro de horas</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Counting customers and entries…</source>
        <translation>Contando clientes y registros…</translation>
    </message>
    <message>
        <source>{file} is an empty file. Make it a new AccountDesk database?</source>
        <translation>{file} es un archivo vacío. ¿Convertirlo en una nueva base de datos de AccountDesk?</translation>
    </message>
    <message>
        <source>{file} was left as it was, an empty file.</source>
        <translation>{file} se dejó como estaba, un archivo vacío.</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>Abriendo {database}…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>{file} already exists; a new database needs a new file name. To work in that database, choose File ▸ Open database….</source>
        <translation>{file} ya existe; una base de datos nueva necesita un nombre de archivo nuevo. Para trabajar en esa base de datos, elija Archivo ▸ Abrir base de datos….</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Añadir un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation>Registrar horas</translation>
    </message>
    <message>
        <source>Log hours (Ctrl+L)</source>
        <translation>Registrar horas (Ctrl+L)</translation>
    </message>
    <message>
        <source> Customer: </source>
        <translation> Cliente: </translation>
    </message>
    <message>
        <source> Month: </source>
        <translation> Mes: </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation>Mes anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown)</source>
        <translation>Mes siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nueva base de datos…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Abrir base de datos…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de datos recientes</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Cargar datos de demostración…</translation>
    </message>
    <message>
        <source>Back up database…</source>
        <translation>Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo {command}</source>
        <translation>Deshacer: {command}</translation>
    </message>
    <message>
        <source>Redo {command}</source>
        <translation>Rehacer: {command}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Monthly report for this customer…</source>
        <translation>Informe mensual de este cliente…</translation>
    </message>
    <message>
        <source>Month-end batch…</source>
        <translation>Lote de fin de mes…</translation>
    </message>
    <message>
        <source>Reopen month…</source>
        <translation>Reabrir mes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation>Acerca de AccountDesk</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Aún no se ha abierto ninguna base de datos</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Loaded the demo portfolio: {customers} customers, {entries} ledger entries.</source>
        <translation>Cartera de demostración cargada: {customers} clientes, {entries} registros de horas.</translation>
    </message>
    <message>
        <source>Loading the demo portfolio…</source>
        <translation>Cargando la cartera de demostración…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>Bases de datos SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Copia guardada en {file}.</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to reopen one of its months.</source>
        <translation>Elija un cliente en la barra de herramientas para reabrir uno de sus meses.</translation>
    </message>
    <message>
        <source>Reopen month</source>
        <translation>Reabrir mes</translation>
    </message>
    <message>
        <source>Why is {month} reopened for {customer}? Its next issue will be a new revision of the report.</source>
        <translation>¿Por qué se reabre {month} para {customer}? Su próxima emisión será una nueva revisión del informe.</translation>
    </message>
    <message>
        <source>Reopened {month} for {customer} (Ctrl+Z issues it again as it was).</source>
        <translation>{month} reabierto para {customer} (Ctrl+Z lo vuelve a emitir tal como estaba).</translation>
    </message>
    <message>
        <source>Support contracts, entitlements, hours and reviews for customer success teams.</source>
        <translation>Contratos de soporte, derechos, horas y revisiones para equipos de customer success.</translation>
    </message>
    <message>
        <source>SQLite (local)</source>
        <translation>SQLite (local)</translation>
    </message>
    <message>
        <source>PostgreSQL (team)</source>
        <translation>PostgreSQL (equipo)</translation>
    </message>
    <message>
        <source>{customers} · {entries} · signed in as {user} · {database}</source>
        <translation>{customers} · {entries} · sesión de {user} · {database}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be read: {reason}</source>
        <translation>No se pudo leer la base de datos: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have been finished. The details are in {log}; please send it to your support contact.</source>
        <translation>Algo salió mal, y es posible que lo que estaba haciendo no se completara. Los detalles están en {log}; envíelo a su contacto de soporte.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Choose a customer in the toolbar first: a monthly report is about one customer. For every customer at once, use Reports ▸ Month-end batch….</source>
        <translation>Elija primero un cliente en la barra de herramientas: un informe mensual es de un cliente. Para todos los clientes a la vez, use Informes ▸ Lote de fin de mes….</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Monthly service report</source>
        <translation>Informe mensual de servicio</translation>
    </message>
    <message>
        <source>Draft: built from the live ledger; every page is marked DRAFT until the month is issued.</source>
        <translation>Borrador: generado a partir del registro actual; cada página lleva la marca BORRADOR hasta que se emita el mes.</translation>
    </message>
    <message>
        <source>Issued on {day} by {person} as report {report}. The month is locked; an export gives exactly the report that was issued.</source>
        <translation>Emitido el {day} por {person} como informe {report}. El mes está bloqueado; una exportación da exactamente el informe emitido.</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>Emitir el informe: escribir el PDF definitivo y bloquear el mes del cliente</translation>
    </message>
    <message>
        <source>The pages could not be shown; export the PDF to read it.</source>
        <translation>No se pudieron mostrar las páginas; exporte el PDF para leerlo.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>Exportar el informe mensual</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Issue the monthly report</source>
        <translation>Emitir el informe mensual</translation>
    </message>
    <message>
        <source>Issuing the {month} report for {customer} locks {month} for this customer: hours dated in it can no longer be logged, changed or deleted, and the report becomes final (a later export gives exactly the same report). Corrections then go into the next open month.

Issue it now?</source>
        <translation>Emitir el informe de {month} para {customer} bloquea {month} para este cliente: las horas con fecha de ese mes ya no se pueden registrar, cambiar ni eliminar, y el informe pasa a ser definitivo (una exportación posterior da exactamente el mismo informe). Las correcciones van después al próximo mes abierto.

¿Emitirlo ahora?</translation>
    </message>
    <message>
        <source>Issuing the report…</source>
        <translation>Emitiendo el informe…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued report {report} ({pages}) and wrote it to {file}. {month} is now locked for {customer}.</source>
        <translation>Informe {report} emitido ({pages}) y escrito en {file}. {month} queda bloqueado para {customer}.</translation>
    </message>
    <message>
        <source>Wrote the draft report ({pages}) to {file}.</source>
        <translation>Borrador del informe ({pages}) escrito en {file}.</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file} — the same file that was issued.</source>
        <translation>Informe emitido {report} ({pages}) escrito en {file} — el mismo archivo que se emitió.</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file}.</source>
        <translation>Informe emitido {report} ({pages}) escrito en {file}.</translation>
    </message>
    <message>
        <source>No application opened {file}; open it from its folder.</source>
        <translation>Ninguna aplicación abrió {file}; ábralo desde su carpeta.</translation>
    </message>
</context>
<context>
    <name>OverageModel</name>
    <message>
        <source>{customer}: {hours} over the allowances, charged {charge}</source>
        <translation>{customer}: {hours} por encima de las horas incluidas, cargo {charge}</translation>
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
            <numerusform>{oldest} (+%Ln más)</numerusform>
            <numerusform>{oldest} (+%Ln más)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln reviews not recorded; the oldest, {review}, was due {day}</source>
        <translation>
            <numerusform>{customer}: %Ln revisión sin registrar; la más antigua, {review}, vencía el {day}</numerusform>
            <numerusform>{customer}: %Ln revisiones sin registrar; la más antigua, {review}, vencía el {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingAdjustmentsModel</name>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a credit of {amount}</source>
        <translation>
            <numerusform>{customer}: %Ln ajuste de {months} espera el próximo informe, en total un abono de {amount}</numerusform>
            <numerusform>{customer}: %Ln ajustes de {months} esperan el próximo informe, en total un abono de {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a charge of {amount}</source>
        <translation>
            <numerusform>{customer}: %Ln ajuste de {months} espera el próximo informe, en total un cargo de {amount}</numerusform>
            <numerusform>{customer}: %Ln ajustes de {months} esperan el próximo informe, en total un cargo de {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>El idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>You (on this computer)</source>
        <translation>Usted (en este equipo)</translation>
    </message>
    <message>
        <source>Your name on the hours you log:</source>
        <translation>Su nombre en las horas que registra:</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Idioma de la ventana:</translation>
    </message>
    <message>
        <source>A new language applies the next time AccountDesk starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie AccountDesk.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation>Logotipo predeterminado</translation>
    </message>
    <message>
        <source>Company (on every report, for the whole team)</source>
        <translation>Empresa (en cada informe, para todo el equipo)</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nombre de la empresa:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Nombre del servicio:</translation>
    </message>
    <message>
        <source>Report footer:</source>
        <translation>Pie del informe:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Your company&apos;s logo</source>
        <translation>El logotipo de su empresa</translation>
    </message>
    <message>
        <source>AccountDesk&apos;s logo</source>
        <translation>El logotipo de AccountDesk</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Logotipo de la empresa</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Open another database, or start a new one?</source>
        <translation>¿Abrir otra base de datos o crear una nueva?</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Abrir otra…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nueva base de datos…</translation>
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
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}&apos;s {tier} contract ends on {day}, in %Ln days</source>
        <translation>
            <numerusform>El contrato {tier} de {customer} termina el {day}, dentro de %Ln día</numerusform>
            <numerusform>El contrato {tier} de {customer} termina el {day}, dentro de %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>The report&apos;s pages, exactly as the PDF will print them</source>
        <translation>Las páginas del informe, exactamente como las imprimirá el PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the report as a PDF; before the month is issued it is marked DRAFT</source>
        <translation>Escribir el informe como PDF; antes de emitir el mes lleva la marca BORRADOR</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Emitir…</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>Emitir el informe: escribir el PDF definitivo y bloquear el mes del cliente</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>Open the report just written in the system&apos;s PDF viewer</source>
        <translation>Abrir el informe recién escrito en el visor de PDF del sistema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Asistentes:</translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation>Quién participó, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Summary for the client:</source>
        <translation>&amp;Resumen para el cliente:</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report: what was reviewed and agreed</source>
        <translation>Se imprime en el informe mensual del cliente: qué se revisó y acordó</translation>
    </message>
    <message>
        <source>The client reads this on the monthly report</source>
        <translation>El cliente lo lee en el informe mensual</translation>
    </message>
    <message>
        <source>Internal &amp;notes (team only):</source>
        <translation>&amp;Notas internas (solo el equipo):</translation>
    </message>
    <message>
        <source>For the team only, never on a report: concerns, follow-ups</source>
        <translation>Solo para el equipo, nunca en un informe: inquietudes, seguimientos</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Solo para el equipo: nunca se imprime en un informe</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>Realizada &amp;el:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the review took place, on the customer&apos;s clock</source>
        <translation>Cuándo tuvo lugar la revisión, en el horario del cliente</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Why the review is cancelled (required)</source>
        <translation>Por qué se cancela la revisión (obligatorio)</translation>
    </message>
</context>
<context>
    <name>ReviewOutcomeDialog</name>
    <message>
        <source>{day}, {time} ({minutes} minutes) · {state}</source>
        <translation>{day}, {time} ({minutes} minutos) · {state}</translation>
    </message>
    <message>
        <source>Review held</source>
        <translation>Revisión realizada</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Cancelar la revisión</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
</context>
<context>
    <name>ReviewsForm</name>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Plan ahead</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>Schedule the reviews each tier owes over the next 90 days (never twice)</source>
        <translation>Programar las revisiones que cada nivel de servicio debe en los próximos 90 días (nunca dos veces)</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Planned reviews: overdue, this week and later</source>
        <translation>Revisiones planificadas: vencidas, esta semana y después</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Revisiones pasadas</translation>
    </message>
    <message>
        <source>Held, cancelled and missed reviews of the month chosen in the toolbar</source>
        <translation>Revisiones realizadas, canceladas y no realizadas del mes elegido en la barra de herramientas</translation>
    </message>
    <message>
        <source>Filter by customer or review (Ctrl+F)</source>
        <translation>Filtrar por cliente o revisión (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter reviews</source>
        <translation>Filtrar revisiones</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>Realizada…</translation>
    </message>
    <message>
        <source>Record that the selected review took place, with notes and attendees</source>
        <translation>Registrar que la revisión seleccionada tuvo lugar, con notas y asistentes</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Cancel the selected review, with a reason</source>
        <translation>Cancelar la revisión seleccionada, con un motivo</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No realizada</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>Registrar que la revisión seleccionada no tuvo lugar</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time (customer&apos;s zone)</source>
        <translation>Hora (zona del cliente)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No realizada</translation>
    </message>
    <message>
        <source>Overdue (today)</source>
        <translation>Vencida (hoy)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Vencida hace 1 día</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>Vencida hace {count} días</translation>
    </message>
    <message numerus="yes">
        <source>{group} · %Ln reviews</source>
        <translation>
            <numerusform>{group} · %Ln revisión</numerusform>
            <numerusform>{group} · %Ln revisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click (or press Enter) to open {customer}.</source>
        <translation>Doble clic (o Intro) para abrir {customer}.</translation>
    </message>
    <message>
        <source>{minutes} minutes; your time: {when}</source>
        <translation>{minutes} minutos; su hora: {when}</translation>
    </message>
    <message>
        <source>Held on: {when}</source>
        <translation>Realizada el: {when}</translation>
    </message>
    <message>
        <source>Attendees: {names}</source>
        <translation>Asistentes: {names}</translation>
    </message>
    <message>
        <source>Summary for the client: {text}</source>
        <translation>Resumen para el cliente: {text}</translation>
    </message>
    <message>
        <source>Internal notes: {text}</source>
        <translation>Notas internas: {text}</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>Motivo: {text}</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>Cargando revisiones…</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>Realizada…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No realizada</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>This week (to {day})</source>
        <translation>Esta semana (hasta el {day})</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>The reviews could not be read: {reason}</source>
        <translation>No se pudieron leer las revisiones: {reason}</translation>
    </message>
    <message>
        <source>No review matches “{typed}”. Clear the filter to see all {count}.</source>
        <translation>Ninguna revisión coincide con «{typed}». Borre el filtro para ver las {count}.</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month} for {customer}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>No vencía ninguna revisión realizada, cancelada o no realizada de {customer} en {month}. Cambie de mes en la barra de herramientas, o vuelva a la Agenda.</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>No vencía ninguna revisión realizada, cancelada o no realizada en {month}. Cambie de mes en la barra de herramientas, o vuelva a la Agenda.</translation>
    </message>
    <message>
        <source>No reviews are planned for {customer}. Plan ahead to schedule what their tier owes over the next {days} days; a Community contract includes no reviews.</source>
        <translation>No hay revisiones planificadas para {customer}. Planificar programa lo que su nivel de servicio debe en los próximos {days} días; un contrato Community no incluye revisiones.</translation>
    </message>
    <message>
        <source>No reviews are planned. Plan ahead to schedule the reviews each customer&apos;s tier owes over the next {days} days.</source>
        <translation>No hay revisiones planificadas. Planificar programa las revisiones que el nivel de servicio de cada cliente debe en los próximos {days} días.</translation>
    </message>
    <message>
        <source>Reviews due in {month} whose outcome is recorded: {held} held · {cancelled} cancelled · {missed} missed. Step the month in the toolbar to see another.</source>
        <translation>Revisiones que vencían en {month} con resultado registrado: {held} realizadas · {cancelled} canceladas · {missed} no realizadas. Cambie de mes en la barra de herramientas para ver otro.</translation>
    </message>
    <message>
        <source>{overdue} overdue · {week} this week · {later} later. Select a review to record how it went: Held…, Cancel… or Missed. Times are in each customer&apos;s time zone.</source>
        <translation>{overdue} vencidas · {week} esta semana · {later} después. Seleccione una revisión para registrar cómo fue: Realizada…, Cancelar… o No realizada. Las horas están en la zona horaria de cada cliente.</translation>
    </message>
    <message>
        <source>· All customers</source>
        <translation>· Todos los clientes</translation>
    </message>
    <message>
        <source>Write this customer&apos;s reviews to an iCalendar (.ics) file for any calendar app</source>
        <translation>Escribir las revisiones de este cliente en un archivo iCalendar (.ics) para cualquier aplicación de calendario</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to export their reviews to a calendar file</source>
        <translation>Elija un cliente en la barra de herramientas para exportar sus revisiones a un archivo de calendario</translation>
    </message>
    <message>
        <source>Schedule the reviews this customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>Programar las revisiones que el nivel de servicio de este cliente debe en los próximos {days} días (nunca dos veces)</translation>
    </message>
    <message>
        <source>Schedule the reviews each customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>Programar las revisiones que el nivel de servicio de cada cliente debe en los próximos {days} días (nunca dos veces)</translation>
    </message>
    <message>
        <source>This review has not happened yet.</source>
        <translation>Esta revisión aún no ha tenido lugar.</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>Registrar que la revisión seleccionada no tuvo lugar</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as held (Ctrl+Z undoes it).</source>
        <translation>{review} con {customer} el {day} registrada como realizada (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as cancelled (Ctrl+Z undoes it).</source>
        <translation>{review} con {customer} el {day} registrada como cancelada (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as missed (Ctrl+Z undoes it).</source>
        <translation>{review} con {customer} el {day} registrada como no realizada (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Planning reviews… {customer}</source>
        <translation>Planificando revisiones… {customer}</translation>
    </message>
    <message>
        <source>Planning reviews…</source>
        <translation>Planificando revisiones…</translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews for {customer} over the next {days} days.</source>
        <translation>
            <numerusform>%Ln revisión nueva planificada para {customer} en los próximos {days} días.</numerusform>
            <numerusform>%Ln revisiones nuevas planificadas para {customer} en los próximos {days} días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews over the next {days} days.</source>
        <translation>
            <numerusform>%Ln revisión nueva planificada en los próximos {days} días.</numerusform>
            <numerusform>%Ln revisiones nuevas planificadas en los próximos {days} días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to plan for {customer}: every review owed over the next {days} days is already on the agenda.</source>
        <translation>Nada nuevo que planificar para {customer}: cada revisión debida en los próximos {days} días ya está en la agenda.</translation>
    </message>
    <message>
        <source>Nothing new to plan: every review owed over the next {days} days is already on the agenda.</source>
        <translation>Nada nuevo que planificar: cada revisión debida en los próximos {days} días ya está en la agenda.</translation>
    </message>
    <message>
        <source>Planning stopped early; plan again to finish.</source>
        <translation>La planificación se detuvo antes de tiempo; planifique de nuevo para terminar.</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>cliente {id}</translation>
    </message>
    <message>
        <source>Export {customer}&apos;s reviews</source>
        <translation>Exportar las revisiones de {customer}</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting reviews…</source>
        <translation>Exportando revisiones…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reviews of {customer} to {file}; open it in any calendar app.</source>
        <translation>
            <numerusform>%Ln revisión de {customer} escrita en {file}; ábralo en cualquier aplicación de calendario.</numerusform>
            <numerusform>%Ln revisiones de {customer} escritas en {file}; ábralo en cualquier aplicación de calendario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaCardModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>at risk, {span} left</source>
        <translation>en riesgo, quedan {span}</translation>
    </message>
    <message>
        <source>breached {when}</source>
        <translation>incumplido el {when}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {first}. The details are in {where}.</source>
        <translation>Algo salió mal: {first}. Los detalles están en {where}.</translation>
    </message>
    <message>
        <source>Saving… waiting for another change to the database to finish.</source>
        <translation>Guardando… a la espera de que termine otro cambio en la base de datos.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TierChangeDialog</name>
    <message>
        <source>Consulting</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>consultoría</translation>
    </message>
    <message>
        <source>Custom development</source>
        <translation>Desarrollo a medida</translation>
    </message>
    <message>
        <source>custom development</source>
        <translation>desarrollo a medida</translation>
    </message>
    <message>
        <source>Change tier — {customer}</source>
        <translation>Cambiar nivel — {customer}</translation>
    </message>
    <message>
        <source>{customer} is on {tier} since {day} at {fee} a month.</source>
        <translation>{customer} está en {tier} desde el {day} por {fee} al mes.</translation>
    </message>
    <message>
        <source>{customer} is on {tier}.</source>
        <translation>{customer} está en {tier}.</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>Cambiar nivel</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee} (precio de {tier})</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>Efecto en el mes</translation>
    </message>
    <message>
        <source>Nothing to preview until the change can be made.</source>
        <translation>Nada que previsualizar hasta que se pueda hacer el cambio.</translation>
    </message>
    <message>
        <source>Effect on {month} (prorated by days)</source>
        <translation>Efecto en {month} (prorrateado por días)</translation>
    </message>
    <message>
        <source>Fee for {month}</source>
        <translation>Cuota de {month}</translation>
    </message>
    <message>
        <source>Fee {before} → {after}</source>
        <translation>Cuota {before} → {after}</translation>
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
        <translation>Cargo por excedente hasta ahora</translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n days of {month} fall under {tier} from {day}.</source>
        <translation>
            <numerusform>{days} de %n día de {month} quedan en {tier} desde el {day}.</numerusform>
            <numerusform>{days} de %n días de {month} quedan en {tier} desde el {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer} keeps its %n named contacts; {tier} includes {limit}, so the account will be flagged as over its limit.</source>
        <translation>
            <numerusform>{customer} conserva su %n contacto designado; {tier} incluye {limit}, así que la cuenta se marcará por encima de su límite.</numerusform>
            <numerusform>{customer} conserva sus %n contactos designados; {tier} incluye {limit}, así que la cuenta se marcará por encima de su límite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Change tier.</source>
        <translation>No se guarda nada hasta que elija Cambiar nivel.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
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
        <translation>Nuevo &amp;nivel</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Vigente desde</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>Cuota &amp;mensual</translation>
    </message>
    <message>
        <source>USD per month (optional)</source>
        <translation>USD al mes (opcional)</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>Efecto en el mes</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Commas (,)</source>
        <translation>Comas (,)</translation>
    </message>
    <message>
        <source>Semicolons (;), for Excel where 1,5 is a number</source>
        <translation>Puntos y coma (;), para Excel donde 1,5 es un número</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabulaciones</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entries of {month} to {target}.</source>
        <translation>
            <numerusform>%Ln registro de {month} escrito en {target}.</numerusform>
            <numerusform>%Ln registros de {month} escritos en {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importar clientes…</translation>
    </message>
    <message>
        <source>Import hours…</source>
        <translation>Importar horas…</translation>
    </message>
    <message>
        <source>Export hours…</source>
        <translation>Exportar horas…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation>Importar horas</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Importando clientes…</translation>
    </message>
    <message>
        <source>Importing hours…</source>
        <translation>Importando horas…</translation>
    </message>
    <message>
        <source>Export hours of {month}</source>
        <translation>Exportar las horas de {month}</translation>
    </message>
    <message>
        <source>Separate the values by:</source>
        <translation>Separar los valores con:</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>Exportar horas</translation>
    </message>
    <message>
        <source>Exporting hours…</source>
        <translation>Exportando horas…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Mark the {review} with {customer} on {day} held</source>
        <translation>Marcar la {review} con {customer} el {day} como realizada</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} missed</source>
        <translation>Marcar la {review} con {customer} el {day} como no realizada</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} cancelled</source>
        <translation>Marcar la {review} con {customer} el {day} como cancelada</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} planned</source>
        <translation>Marcar la {review} con {customer} el {day} como planificada</translation>
    </message>
    <message>
        <source>Log {hours} for {customer} on {day}</source>
        <translation>Registrar {hours} para {customer} el {day}</translation>
    </message>
    <message>
        <source>Change the {field} of {customer}&apos;s entry</source>
        <translation>Cambiar {field} del registro de {customer}</translation>
    </message>
    <message>
        <source>Delete {hours} for {customer} on {day}</source>
        <translation>Eliminar {hours} de {customer} el {day}</translation>
    </message>
    <message>
        <source>Delete {count} entries</source>
        <translation>Eliminar {count} registros</translation>
    </message>
    <message>
        <source>Correct {customer}&apos;s entry of {day} to {hours}</source>
        <translation>Corregir el registro de {customer} del {day} a {hours}</translation>
    </message>
    <message>
        <source>Reopen {month} for {customer}</source>
        <translation>Reabrir {month} para {customer}</translation>
    </message>
    <message>
        <source>Open a {severity} case for {customer}</source>
        <translation>Abrir un caso {severity} para {customer}</translation>
    </message>
    <message>
        <source>Open case {reference} for {customer}</source>
        <translation>Abrir el caso {reference} para {customer}</translation>
    </message>
    <message>
        <source>Answer case {reference} of {customer}</source>
        <translation>Responder el caso {reference} de {customer}</translation>
    </message>
    <message>
        <source>Wait on the customer in case {reference} of {customer}</source>
        <translation>Esperar al cliente en el caso {reference} de {customer}</translation>
    </message>
    <message>
        <source>Escalate to level {level} case {reference} of {customer}</source>
        <translation>Escalar al nivel {level} el caso {reference} de {customer}</translation>
    </message>
    <message>
        <source>Resolve case {reference} of {customer}</source>
        <translation>Resolver el caso {reference} de {customer}</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Welcome to AccountDesk</source>
        <translation>Bienvenido a AccountDesk</translation>
    </message>
    <message>
        <source>This database has no customers yet. Add your first customer, or load a demo portfolio to look around; you can start a clean database any time (File ▸ New database…).</source>
        <translation>Esta base de datos aún no tiene clientes. Añada su primer cliente, o cargue una cartera de demostración para explorar; puede empezar una base de datos limpia en cualquier momento (Archivo ▸ Nueva base de datos…).</translation>
    </message>
    <message>
        <source>Add your first customer…</source>
        <translation>Añadir su primer cliente…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>{unusual} Agree this custom price for the contract?</source>
        <translation>{unusual} ¿Acordar este precio personalizado para el contrato?</translation>
    </message>
    <message>
        <source>Custom price</source>
        <translation>Precio personalizado</translation>
    </message>
    <message>
        <source>The custom price was not agreed; nothing was saved.</source>
        <translation>No se acordó el precio personalizado; no se guardó nada.</translation>
    </message>
</context>
</TS>
