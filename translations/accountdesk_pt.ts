<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en_US">
<context>
    <name>AllowanceAlertModel</name>
    <message>
        <source>{category} {used} of {included}</source>
        <translation>{category} {used} de {included}</translation>
    </message>
    <message>
        <source>all overage</source>
        <translation>tudo excedente</translation>
    </message>
    <message>
        <source>{customer}: {allowance} over in {period}, {used} of {included}</source>
        <translation>{customer}: {allowance} ultrapassada em {period}, {used} de {included}</translation>
    </message>
    <message>
        <source>{customer}: {allowance} nearly used in {period}, {used} of {included}</source>
        <translation>{customer}: {allowance} quase esgotada em {period}, {used} de {included}</translation>
    </message>
</context>
<context>
    <name>AllowanceCard</name>
    <message>
        <source>Overage charge</source>
        <translation>Cobrança de excedente</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Horas excedentes</translation>
    </message>
    <message>
        <source>{left} left of {included}</source>
        <translation>Restam {left} de {included}</translation>
    </message>
    <message>
        <source>Overage charge at {rate}/h</source>
        <translation>Cobrança de excedente a {rate}/h</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Month-end batch</source>
        <translation>Lote de fim de mês</translation>
    </message>
    <message>
        <source>Choose the month and the folder, then Start.</source>
        <translation>Escolha o mês e a pasta e depois Iniciar.</translation>
    </message>
    <message>
        <source>Folder for the monthly reports</source>
        <translation>Pasta dos relatórios mensais</translation>
    </message>
    <message>
        <source>Choose the folder the reports go to.</source>
        <translation>Escolha a pasta dos relatórios.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>A pasta {folder} não existe; escolha outra.</translation>
    </message>
    <message>
        <source>Issue every report</source>
        <translation>Emitir todos os relatórios</translation>
    </message>
    <message>
        <source>Issuing locks {month} for every customer whose report is written: hours dated in it can no longer be logged, changed or deleted, and each report becomes final. Months already issued are exported again as they were issued.

Issue the {month} reports now?</source>
        <translation>Emitir bloqueia {month} para cada cliente cujo relatório é gerado: as horas com data nesse mês não podem mais ser registradas, alteradas ou excluídas, e cada relatório passa a ser final. Meses já emitidos são exportados de novo como foram emitidos.

Emitir agora os relatórios de {month}?</translation>
    </message>
    <message>
        <source>Gathering the figures for {month}…</source>
        <translation>Reunindo os números de {month}…</translation>
    </message>
    <message>
        <source>Writing the {month} reports…</source>
        <translation>Gerando os relatórios de {month}…</translation>
    </message>
    <message>
        <source>Cancelling: reports already written stay written…</source>
        <translation>Cancelando: os relatórios já gerados são mantidos…</translation>
    </message>
    <message>
        <source>{done} of {total} done — {customer}</source>
        <translation>{done} de {total} concluídos — {customer}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nada foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: wrote %Ln reports for {month}; {missing} not written.</source>
        <translation>
            <numerusform>Cancelado: %Ln relatório gerado para {month}; {missing} não gerados.</numerusform>
            <numerusform>Cancelado: %Ln relatórios gerados para {month}; {missing} não gerados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reports for {month}.</source>
        <translation>
            <numerusform>%Ln relatório gerado para {month}.</numerusform>
            <numerusform>%Ln relatórios gerados para {month}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} failed (reasons below).</source>
        <translation>{count} com falha (motivos abaixo).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers skipped: no monthly report in their tier that month.</source>
        <translation>
            <numerusform>%Ln cliente ignorado: sem relatório mensal no nível de serviço naquele mês.</numerusform>
            <numerusform>%Ln clientes ignorados: sem relatório mensal no nível de serviço naquele mês.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued now</source>
        <translation>emitido agora</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
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
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Not written (cancelled)</source>
        <translation>Não gerados (cancelado)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Gerados</translation>
    </message>
    <message>
        <source>Skipped (no monthly report in their tier)</source>
        <translation>Ignorados (sem relatório mensal no nível de serviço)</translation>
    </message>
    <message>
        <source>No application opened {folder}; open it from your file manager.</source>
        <translation>Nenhum aplicativo abriu {folder}; abra pelo gerenciador de arquivos.</translation>
    </message>
</context>
<context>
    <name>BatchForm</name>
    <message>
        <source>Writes one monthly service report per customer whose tier includes one (Professional and Enterprise), named after the customer and the month, into the folder you choose.</source>
        <translation>Gera um relatório mensal de serviço para cada cliente cujo nível de serviço o inclui (Professional e Enterprise), com o nome do cliente e do mês, na pasta escolhida.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mês:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation>Onde os PDFs são salvos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>&amp;Issue every report (locks the month for each customer)</source>
        <translation>&amp;Emitir todos os relatórios (bloqueia o mês de cada cliente)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>The summary of the run appears here: reports written, failed (with the reason) and customers skipped.</source>
        <translation>O resumo da execução aparece aqui: relatórios gerados, com falha (com o motivo) e clientes ignorados.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
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
        <translation>Fechar</translation>
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
        <translation>Cobrança</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Franquia de horas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <source>Oldest overdue</source>
        <translation>Atrasada mais antiga</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Fim do contrato</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Em</translation>
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
        <translation>Novo chamado</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir chamado</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primeira resposta</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>Registrar resposta</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Aguardando o cliente</translation>
    </message>
    <message>
        <source>Record wait</source>
        <translation>Registrar espera</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalonar</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>A new support case</source>
        <translation>Um novo chamado de suporte</translation>
    </message>
    <message>
        <source>Its response target is the tier&apos;s for the severity, counted from the time it opened, on the customer&apos;s clock.</source>
        <translation>A meta de resposta é a do nível de serviço para essa gravidade, contada a partir da abertura, no horário do cliente.</translation>
    </message>
    <message>
        <source>What the customer reported</source>
        <translation>O que o cliente relatou</translation>
    </message>
    <message>
        <source>The help desk&apos;s ticket number, or the next CASE-n</source>
        <translation>O número do ticket do service desk, ou o próximo CASE-n</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravidade:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referência:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>A&amp;berto em:</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}, nível {level} ({escalation})</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>aberto em {when}</translation>
    </message>
    <message>
        <source>response due {when}</source>
        <translation>resposta devida em {when}</translation>
    </message>
    <message>
        <source>answered {when}</source>
        <translation>respondido em {when}</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Em:</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>&amp;Resolvido em:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Why it goes up (kept in the case&apos;s history)</source>
        <translation>Por que sobe (fica no histórico do chamado)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>Add a customer before opening a case.</source>
        <translation>Adicione um cliente antes de abrir um chamado.</translation>
    </message>
</context>
<context>
    <name>CasesForm</name>
    <message>
        <source>Cases</source>
        <translation>Chamados</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Novo chamado…</translation>
    </message>
    <message>
        <source>Open a support case for the customer chosen in the toolbar</source>
        <translation>Abrir um chamado de suporte para o cliente escolhido na barra de ferramentas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Quais chamados</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>Gra&amp;vidade:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Filter by customer, case or title (Ctrl+F)</source>
        <translation>Filtrar por cliente, chamado ou título (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrar chamados</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>Record the first response to the selected case</source>
        <translation>Registrar a primeira resposta ao chamado selecionado</translation>
    </message>
    <message>
        <source>&amp;Wait on customer…</source>
        <translation>&amp;Aguardar o cliente…</translation>
    </message>
    <message>
        <source>A period waiting on the customer: the case&apos;s clock stops in it</source>
        <translation>Um período aguardando o cliente: o relógio do chamado para durante ele</translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation>Es&amp;calonar…</translation>
    </message>
    <message>
        <source>Move the selected case to another escalation level, with a reason</source>
        <translation>Levar o chamado selecionado a outro nível de escalonamento, com um motivo</translation>
    </message>
    <message>
        <source>Res&amp;olve…</source>
        <translation>Res&amp;olver…</translation>
    </message>
    <message>
        <source>Resolve the selected case</source>
        <translation>Resolver o chamado selecionado</translation>
    </message>
    <message>
        <source>Response SLA this month</source>
        <translation>SLA de resposta neste mês</translation>
    </message>
    <message>
        <source>Attainment by customer</source>
        <translation>Cumprimento por cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumpridos</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Cumprimento</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
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
        <translation>Chamado</translation>
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
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
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
        <translation>sem meta</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>vencido há {span}</translation>
    </message>
    <message>
        <source>The tier promises no response time for this severity.</source>
        <translation>O nível de serviço não promete tempo de resposta para esta gravidade.</translation>
    </message>
    <message>
        <source>The clock runs around the clock (24x7).</source>
        <translation>O relógio corre o dia todo (24x7).</translation>
    </message>
    <message>
        <source>The clock runs in business hours only: 09:00-17:00 Monday to Friday in {zone}, without the customer&apos;s public holidays.</source>
        <translation>O relógio corre só no horário comercial: das 09:00 às 17:00, de segunda a sexta, em {zone}, sem os feriados do cliente.</translation>
    </message>
    <message>
        <source>{state}, resolved</source>
        <translation>{state}, resolvido</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}, nível {level} ({escalation})</translation>
    </message>
    <message>
        <source>Opened {when}</source>
        <translation>Aberto em {when}</translation>
    </message>
    <message>
        <source>Response due {when} ({state})</source>
        <translation>Resposta devida em {when} ({state})</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>Respondido em {when}</translation>
    </message>
    <message>
        <source>Resolved {when}</source>
        <translation>Resolvido em {when}</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Open cases</source>
        <translation>Chamados abertos</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>Em risco agora</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Descumpridos</translation>
    </message>
    <message>
        <source>All opened this month</source>
        <translation>Todos os abertos neste mês</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>chamados abertos</translation>
    </message>
    <message>
        <source>at risk now</source>
        <translation>em risco agora</translation>
    </message>
    <message>
        <source>breached ({month})</source>
        <translation>descumpridos ({month})</translation>
    </message>
    <message>
        <source>all opened this month ({month})</source>
        <translation>todos os abertos neste mês ({month})</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Chamados</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Lendo os chamados…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>severity</comment>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>Reading the month&apos;s SLA…</source>
        <translation>Lendo o SLA do mês…</translation>
    </message>
    <message>
        <source>The month&apos;s SLA could not be read: {message}</source>
        <translation>Não foi possível ler o SLA do mês: {message}</translation>
    </message>
    <message>
        <source>The cases could not be read: {message}</source>
        <translation>Não foi possível ler os chamados: {message}</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln chamado</numerusform>
            <numerusform>%Ln chamados</numerusform>
        </translation>
    </message>
    <message>
        <source>No open cases for {customer}. Open one with New case….</source>
        <translation>Nenhum chamado aberto de {customer}. Abra um com Novo chamado….</translation>
    </message>
    <message>
        <source>No case for {customer} is at risk now.</source>
        <translation>Nenhum chamado de {customer} está em risco agora.</translation>
    </message>
    <message>
        <source>No case for {customer} breached its response target in {month}.</source>
        <translation>Nenhum chamado de {customer} descumpriu a meta de resposta em {month}.</translation>
    </message>
    <message>
        <source>No case for {customer} opened in {month}.</source>
        <translation>Nenhum chamado de {customer} foi aberto em {month}.</translation>
    </message>
    <message>
        <source>No open cases. Open one with New case….</source>
        <translation>Nenhum chamado aberto. Abra um com Novo chamado….</translation>
    </message>
    <message>
        <source>No case is at risk now.</source>
        <translation>Nenhum chamado está em risco agora.</translation>
    </message>
    <message>
        <source>No case breached its response target in {month}.</source>
        <translation>Nenhum chamado descumpriu a meta de resposta em {month}.</translation>
    </message>
    <message>
        <source>No case opened in {month}.</source>
        <translation>Nenhum chamado foi aberto em {month}.</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>SLA de resposta em {month}</translation>
    </message>
    <message>
        <source>none ({percent} % if breached)</source>
        <translation>nenhum ({percent} % se descumprido)</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>sem SLA</translation>
    </message>
    <message>
        <source>Below the target of {target} %: the SLA is breached.</source>
        <translation>Abaixo da meta de {target} %: o SLA foi descumprido.</translation>
    </message>
    <message>
        <source>No cases were due in {month}.</source>
        <translation>Nenhum chamado vencia em {month}.</translation>
    </message>
    <message>
        <source>{customer}&apos;s tier has no response SLA.</source>
        <translation>O nível de serviço de {customer} não tem SLA de resposta.</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio: %Ln cases due in {month}, {met} met, {percent} attainment.</source>
        <translation>
            <numerusform>Carteira: %Ln chamado vencido em {month}, {met} cumpridos, {percent} de cumprimento.</numerusform>
            <numerusform>Carteira: %Ln chamados vencidos em {month}, {met} cumpridos, {percent} de cumprimento.</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}: cases whose response fell due in {month} and are decided.</source>
        <translation>{customer}: chamados cuja resposta vencia em {month} e já estão decididos.</translation>
    </message>
    <message>
        <source>Opened case {case} for {customer}</source>
        <translation>Chamado {case} aberto para {customer}</translation>
    </message>
    <message>
        <source>Recorded the first response to case {case} of {customer}</source>
        <translation>Primeira resposta registrada no chamado {case} de {customer}</translation>
    </message>
    <message>
        <source>Recorded a wait on the customer in case {case} of {customer}</source>
        <translation>Espera do cliente registrada no chamado {case} de {customer}</translation>
    </message>
    <message>
        <source>Escalated to level {level} case {case} of {customer}</source>
        <translation>Chamado {case} de {customer} escalonado para o nível {level}</translation>
    </message>
    <message>
        <source>Resolved case {case} of {customer}</source>
        <translation>Chamado {case} de {customer} resolvido</translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes it).</source>
        <translation>{done} (Ctrl+Z desfaz).</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact — {customer}</source>
        <translation>Novo contato — {customer}</translation>
    </message>
    <message>
        <source>Contact — {customer}</source>
        <translation>Contato — {customer}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Adicionar contato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>{named} named contacts, {seats} training seats.</source>
        <translation>{named} contatos nomeados, {seats} vagas de treinamento.</translation>
    </message>
    <message>
        <source>{count} named contacts (unlimited on {tier})</source>
        <translation>{count} contatos nomeados (ilimitados no {tier})</translation>
    </message>
    <message>
        <source>No named contacts on {tier}</source>
        <translation>Nenhum contato nomeado no {tier}</translation>
    </message>
    <message>
        <source>{count} of {limit} named contacts used</source>
        <translation>{count} de {limit} contatos nomeados usados</translation>
    </message>
    <message>
        <source>{count} training seats (unlimited on {tier})</source>
        <translation>{count} vagas de treinamento (ilimitadas no {tier})</translation>
    </message>
    <message>
        <source>no training seats on {tier}</source>
        <translation>nenhuma vaga de treinamento no {tier}</translation>
    </message>
    <message>
        <source>{count} of {limit} training seats used</source>
        <translation>{count} de {limit} vagas de treinamento usadas</translation>
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
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Named &amp;support contact (may open support cases)</source>
        <translation>Contato de &amp;suporte nomeado (pode abrir chamados)</translation>
    </message>
    <message>
        <source>Has an online &amp;training seat</source>
        <translation>Tem uma vaga de &amp;treinamento online</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nomeado</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>★ named</source>
        <translation>★ nomeado</translation>
    </message>
    <message>
        <source>training seat</source>
        <translation>vaga de treinamento</translation>
    </message>
</context>
<context>
    <name>ContractTermsModel</name>
    <message>
        <source>Tier</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Mensalidade</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sem data de término</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Em vigor hoje</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>No money changes: the month&apos;s charges stay as issued.</source>
        <translation>Nenhuma mudança de valores: as cobranças do mês ficam como emitidas.</translation>
    </message>
    <message>
        <source>{month}, the fee: a charge of {amount} USD</source>
        <translation>{month}, a mensalidade: uma cobrança de {amount} USD</translation>
    </message>
    <message>
        <source>{month}, the fee: a credit of {amount} USD</source>
        <translation>{month}, a mensalidade: um crédito de {amount} USD</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a charge of {amount} USD ({hours})</source>
        <translation>{month}, excedente de {category}: uma cobrança de {amount} USD ({hours})</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a credit of {amount} USD ({hours})</source>
        <translation>{month}, excedente de {category}: um crédito de {amount} USD ({hours})</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the changes of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>The next report issued will carry {changes}.</source>
        <translation>O próximo relatório emitido trará {changes}.</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Registrar uma correção</translation>
    </message>
    <message>
        <source>Entry {entry}: {hours} of {category} for {customer} on {day}, by {engineer}. Its month is issued, so the entry stays as it is and the correction is recorded beside it.</source>
        <translation>Registro {entry}: {hours} de {category} para {customer} em {day}, por {engineer}. O mês está emitido, então o registro fica como está e a correção é registrada ao lado.</translation>
    </message>
    <message>
        <source>What the entry should have been; 0 takes it back entirely</source>
        <translation>O que o registro deveria ter sido; 0 o desfaz por completo</translation>
    </message>
    <message>
        <source>Why, in a few words (kept with the correction)</source>
        <translation>Por quê, em poucas palavras (fica com a correção)</translation>
    </message>
    <message>
        <source>Hours it should have been:</source>
        <translation>Horas corretas:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Uma correção precisa de um motivo.</translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>terminou há %n dia</numerusform>
            <numerusform>terminou há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named contacts (unlimited)</source>
        <translation>
            <numerusform>%n contato nomeado (ilimitado)</numerusform>
            <numerusform>%n contatos nomeados (ilimitados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts — over the tier&apos;s limit</source>
        <translation>
            <numerusform>{count} de %n contato nomeado — acima do limite do nível</numerusform>
            <numerusform>{count} de %n contatos nomeados — acima do limite do nível</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts</source>
        <translation>
            <numerusform>{count} de %n contato nomeado</numerusform>
            <numerusform>{count} de %n contatos nomeados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemão</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonês</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinês</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Edit {customer}</source>
        <translation>Editar {customer}</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s starting price)</source>
        <translation>{fee} (preço inicial do {tier})</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee} (preço do {tier})</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>The customer&apos;s company name</source>
        <translation>O nome da empresa do cliente</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>&amp;Nível de serviço</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>&amp;Mensalidade</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD por mês</translation>
    </message>
    <message>
        <source>Contract &amp;start</source>
        <translation>&amp;Início do contrato</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Contract &amp;end</source>
        <translation>&amp;Fim do contrato</translation>
    </message>
    <message>
        <source>N&amp;o end date</source>
        <translation>Sem data de &amp;término</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin or New_York</source>
        <translation>Digite uma cidade, p. ex. Berlin ou New_York</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Idioma do relatório</translation>
    </message>
    <message>
        <source>&amp;CSM</source>
        <translation>&amp;CSM</translation>
    </message>
    <message>
        <source>Customer success manager (optional)</source>
        <translation>Gerente de sucesso do cliente (opcional)</translation>
    </message>
    <message>
        <source>T&amp;AM</source>
        <translation>T&amp;AM</translation>
    </message>
    <message>
        <source>Technical account manager (optional)</source>
        <translation>Gerente técnico de contas (opcional)</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Feriados</translation>
    </message>
    <message>
        <source>None; or a country code such as DE or US-CA</source>
        <translation>Nenhum; ou um código de país como DE ou US-CA</translation>
    </message>
    <message>
        <source>Unused hours &amp;roll over</source>
        <translation>&amp;Transferir horas não usadas</translation>
    </message>
    <message>
        <source>Hours left at the end of a period carry into the next one, at most one period&apos;s allowance.</source>
        <translation>As horas que sobram no fim de um período passam para o seguinte, no máximo a franquia de um período.</translation>
    </message>
    <message>
        <source>The tier and its fee change with Change tier…, which keeps the contract history and prorates the month.</source>
        <translation>O nível de serviço e sua mensalidade mudam com Mudar nível…, que mantém o histórico do contrato e calcula o mês proporcionalmente.</translation>
    </message>
</context>
<context>
    <name>CustomersForm</name>
    <message>
        <source>Search name, CSM or TAM (Ctrl+F)</source>
        <translation>Buscar nome, CSM ou TAM (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filters the table as you type; Esc clears, Down goes to the table</source>
        <translation>Filtra a tabela enquanto você digita; Esc limpa, Seta para baixo vai para a tabela</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Carregando clientes…</translation>
    </message>
    <message>
        <source>Select a customer in the table to see its contract, contacts and notes, or add a customer with Ctrl+N.</source>
        <translation>Selecione um cliente na tabela para ver o contrato, os contatos e as notas, ou adicione um cliente com Ctrl+N.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the name, dates, time zone, language, CSM or TAM</source>
        <translation>Mudar o nome, as datas, o fuso horário, o idioma, o CSM ou o TAM</translation>
    </message>
    <message>
        <source>Change &amp;tier…</source>
        <translation>Mudar &amp;nível…</translation>
    </message>
    <message>
        <source>Upgrade or downgrade from a date, with the month&apos;s fee and allowances previewed</source>
        <translation>Subir ou descer de nível a partir de uma data, com prévia da mensalidade e das franquias do mês</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Relatório…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s monthly service report for the toolbar&apos;s month (PDF)</source>
        <translation>Exportar o relatório mensal de serviço deste cliente para o mês da barra de ferramentas (PDF)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nível de serviço</translation>
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
        <translation>Renovação</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma do relatório</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feriados</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultoria</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>Contatos nomeados</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Contract history</source>
        <translation>Histórico do contrato</translation>
    </message>
    <message>
        <source>Each term runs from its date until the next one or the contract&apos;s end; the one in force today is bold. Upgrades and downgrades are prorated by days: use Change tier….</source>
        <translation>Cada período vai da sua data até o seguinte ou o fim do contrato; o vigente hoje aparece em negrito. Subidas e descidas de nível são proporcionais aos dias: use Mudar nível….</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Editar contato…</translation>
    </message>
    <message>
        <source>Change the selected contact (or double-click it)</source>
        <translation>Mudar o contato selecionado (ou clique duas vezes nele)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the selected contact, e.g. someone who left the customer</source>
        <translation>Remover o contato selecionado, p. ex. alguém que saiu do cliente</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Adicionar contato…</translation>
    </message>
    <message>
        <source>No contacts yet. Add the people who open support cases with Add contact….</source>
        <translation>Ainda não há contatos. Adicione as pessoas que abrem chamados com Adicionar contato….</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes about this account: who to call, what was promised, what to watch. Only your team sees them.</source>
        <translation>Notas sobre esta conta: quem contatar, o que foi prometido, o que observar. Só a sua equipe as vê.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Salvar notas</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S)</source>
        <translation>Salvar as notas (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>no end date</source>
        <translation>sem data de término</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>over contact limit ({count} of {limit} named)</source>
        <translation>acima do limite de contatos ({count} de {limit} nomeados)</translation>
    </message>
    <message>
        <source>starts {day}</source>
        <translation>começa em {day}</translation>
    </message>
    <message>
        <source>contract ended</source>
        <translation>contrato encerrado</translation>
    </message>
    <message>
        <source>renewal due</source>
        <translation>renovação próxima</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovação</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultoria</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Consulting {month}</source>
        <translation>Consultoria {month}</translation>
    </message>
    <message>
        <source>Consulting hours logged in the month chosen in the toolbar</source>
        <translation>Horas de consultoria registradas no mês escolhido na barra de ferramentas</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>The {tier} tier includes no named contacts</source>
        <translation>O nível de serviço {tier} não inclui contatos nomeados</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Carregando clientes…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Lendo o cliente…</translation>
    </message>
    <message>
        <source>The customers could not be loaded. {message}
Check the database connection, then open the view again (Ctrl+2).</source>
        <translation>Não foi possível carregar os clientes. {message}
Verifique a conexão com o banco de dados e abra a visão novamente (Ctrl+2).</translation>
    </message>
    <message>
        <source>No customers yet. Add your first customer with Ctrl+N, or load the demo portfolio from the File menu.</source>
        <translation>Ainda não há clientes. Adicione o primeiro cliente com Ctrl+N, ou carregue a carteira de demonstração pelo menu Arquivo.</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>No customer, CSM or TAM matches “{search}”.
Press Esc to clear the search, or add a customer with Ctrl+N.</source>
        <translation>Nenhum cliente, CSM ou TAM corresponde a “{search}”.
Pressione Esc para limpar a busca, ou adicione um cliente com Ctrl+N.</translation>
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
        <translation>Não foi possível ler o cliente. {message}</translation>
    </message>
    <message>
        <source>since {day}, {fee} a month</source>
        <translation>desde {day}, {fee} por mês</translation>
    </message>
    <message>
        <source>{tier} from {day}</source>
        <translation>{tier} desde {day}</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>nenhum atribuído</translation>
    </message>
    <message>
        <source>from {day}, no end date</source>
        <translation>desde {day}, sem data de término</translation>
    </message>
    <message>
        <source>{zone} — {time} there now</source>
        <translation>{zone} — lá são {time} agora</translation>
    </message>
    <message>
        <source>{calendar} public holidays</source>
        <translation>feriados de {calendar}</translation>
    </message>
    <message>
        <source>none (Monday to Friday are working days)</source>
        <translation>nenhum (segunda a sexta são dias úteis)</translation>
    </message>
    <message>
        <source>unused hours roll over</source>
        <translation>horas não usadas são transferidas</translation>
    </message>
    <message>
        <source>reports issued up to {month}</source>
        <translation>relatórios emitidos até {month}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no flags</comment>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Não salvo: {why}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>The notes typed for {customer} could not be saved. {why}

What you typed, to copy elsewhere:

{notes}</source>
        <translation>Não foi possível salvar as notas digitadas para {customer}. {why}

O que você digitou, para copiar em outro lugar:

{notes}</translation>
    </message>
    <message>
        <source>Remove {contact} (a named support contact) from {customer}&apos;s contacts?</source>
        <translation>Remover {contact} (um contato de suporte nomeado) dos contatos de {customer}?</translation>
    </message>
    <message>
        <source>Remove {contact} from {customer}&apos;s contacts?</source>
        <translation>Remover {contact} dos contatos de {customer}?</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remover contato</translation>
    </message>
    <message>
        <source>{hours} in {month} (none included)</source>
        <translation>{hours} em {month} (nenhuma incluída)</translation>
    </message>
    <message>
        <source>not included in {month}</source>
        <translation>não incluídas em {month}</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}; {over} over, {charge}</source>
        <translation>{used} usadas de {included} em {month}; {over} excedentes, {charge}</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}</source>
        <translation>{used} usadas de {included} em {month}</translation>
    </message>
</context>
<context>
    <name>Engineer</name>
    <message>
        <source>Your name on the hours you log</source>
        <translation>Seu nome nas horas que você registra</translation>
    </message>
    <message>
        <source>Which name should go on the hours you log? Your colleagues and the monthly reports see it. (The command line uses it too; Edit ▸ Preferences changes it.)</source>
        <translation>Com qual nome suas horas devem ser registradas? Seus colegas e os relatórios mensais o veem. (A linha de comando também o usa; Editar ▸ Preferências o altera.)</translation>
    </message>
</context>
<context>
    <name>EntitlementsForm</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>Escolha um cliente na barra de ferramentas para ver a que ele tem direito</translation>
    </message>
    <message>
        <source>Type a few letters of the name in the Customer box (Ctrl+F here) and pick it; the Month arrows choose the month. The Home view lists every customer&apos;s overage at once.</source>
        <translation>Digite algumas letras do nome na caixa Cliente (aqui Ctrl+F) e escolha; as setas de Mês escolhem o mês. A visão Início mostra o excedente de todos os clientes de uma vez.</translation>
    </message>
    <message>
        <source>Export monthly &amp;report…</source>
        <translation>Exportar &amp;relatório mensal…</translation>
    </message>
    <message>
        <source>The client&apos;s service report for this customer and month (PDF)</source>
        <translation>O relatório de serviço do cliente para este cliente e mês (PDF)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Mensalidade</translation>
    </message>
    <message>
        <source>Overage charges</source>
        <translation>Cobranças de excedente</translation>
    </message>
    <message>
        <source>Fee and overage</source>
        <translation>Mensalidade e excedente</translation>
    </message>
    <message>
        <source>Seats and sessions</source>
        <translation>Vagas e sessões</translation>
    </message>
    <message>
        <source>Adjustments for the next report</source>
        <translation>Ajustes para o próximo relatório</translation>
    </message>
    <message>
        <source>Months already issued whose figures changed since: the next report issued for this customer charges or credits the difference.</source>
        <translation>Meses já emitidos cujos números mudaram desde então: o próximo relatório emitido para este cliente cobra ou credita a diferença.</translation>
    </message>
</context>
<context>
    <name>EntitlementsView</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>Escolha um cliente na barra de ferramentas para ver a que ele tem direito</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>T{number} {year}</translation>
    </message>
    <message>
        <source>{quarter} to date</source>
        <translation>{quarter} até hoje</translation>
    </message>
    <message>
        <source>{quarter} to the end of {month}</source>
        <translation>{quarter} até o fim de {month}</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this quarter.</source>
        <translation>Emitido: estes são os números do relatório; horas registradas ou corrigidas depois vão para o próximo relatório como ajustes, não para este trimestre.</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this month.</source>
        <translation>Emitido: estes são os números do relatório; horas registradas ou corrigidas depois vão para o próximo relatório como ajustes, não para este mês.</translation>
    </message>
    <message>
        <source>{month} has not started yet.</source>
        <translation>{month} ainda não começou.</translation>
    </message>
    <message>
        <source>The quarter is over; these are its final figures.</source>
        <translation>O trimestre terminou; estes são os números finais.</translation>
    </message>
    <message>
        <source>The month is over; these are its final figures.</source>
        <translation>O mês terminou; estes são os números finais.</translation>
    </message>
    <message>
        <source>Counted to the end of {month}; the forecast is on {current}.</source>
        <translation>Contado até o fim de {month}; a previsão é para {current}.</translation>
    </message>
    <message>
        <source>The contract starts on {day}.</source>
        <translation>O contrato começa em {day}.</translation>
    </message>
    <message>
        <source>The contract ended on {day}.</source>
        <translation>O contrato terminou em {day}.</translation>
    </message>
    <message>
        <source>No hours are included; every hour logged is overage.</source>
        <translation>Nenhuma hora incluída; cada hora registrada é excedente.</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the quarter.</source>
        <translation>Nada usado ainda: toda a franquia do trimestre está disponível.</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the month.</source>
        <translation>Nada usado ainda: toda a franquia do mês está disponível.</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage.</source>
        <translation>A franquia acabou; as próximas horas são excedentes.</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage at {rate}/h.</source>
        <translation>A franquia acabou; as próximas horas são excedentes a {rate}/h.</translation>
    </message>
    <message>
        <source>At this pace the allowance runs out on {day}.</source>
        <translation>Neste ritmo, a franquia acaba em {day}.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts until the contract ends on {day}.</source>
        <translation>Neste ritmo, a franquia dura até o fim do contrato em {day}.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the quarter.</source>
        <translation>Neste ritmo, a franquia dura o trimestre.</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the month.</source>
        <translation>Neste ritmo, a franquia dura o mês.</translation>
    </message>
    <message>
        <source>{hours} at {rate} = {charge}</source>
        <translation>{hours} a {rate} = {charge}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Mensalidade</translation>
    </message>
    <message>
        <source>SLA service credit</source>
        <translation>Crédito de serviço do SLA</translation>
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
        <translation>este ano de contrato, desde {day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Direitos</translation>
    </message>
    <message>
        <source>Reading the entitlements…</source>
        <translation>Lendo os direitos…</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>SLA de resposta</translation>
    </message>
    <message>
        <source>{reason} Choose a customer in the toolbar to see what they are entitled to.</source>
        <translation>{reason} Escolha um cliente na barra de ferramentas para ver a que ele tem direito.</translation>
    </message>
    <message>
        <source> then </source>
        <comment>between the tiers of one month</comment>
        <translation> e depois </translation>
    </message>
    <message>
        <source>contract from {start}</source>
        <translation>contrato desde {start}</translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation>contrato de {start} a {end}</translation>
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
        <translation>O contrato de {customer} não cobre {month}, então nada está incluído nele; escolha outro mês com as setas de Mês.</translation>
    </message>
    <message>
        <source>{tier} includes no consulting or development hours in {month}; hours logged are tracked below but not measured against an allowance.</source>
        <translation>O {tier} não inclui horas de consultoria nem de desenvolvimento em {month}; as horas registradas aparecem abaixo, mas não são comparadas com uma franquia.</translation>
    </message>
    <message>
        <source>Issued — these are the figures of report {report}. Changes made since reach the client as adjustments on the next report.</source>
        <translation>Emitido — estes são os números do relatório {report}. Mudanças feitas depois chegam ao cliente como ajustes no próximo relatório.</translation>
    </message>
    <message>
        <source>Fee and hours in {month}, as issued</source>
        <translation>Mensalidade e horas de {month}, como emitidas</translation>
    </message>
    <message>
        <source>Fee and hours in {month}</source>
        <translation>Mensalidade e horas de {month}</translation>
    </message>
    <message>
        <source>Fee, prorated by days</source>
        <translation>Mensalidade, proporcional aos dias</translation>
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
        <translation>Nenhuma hora registrada em {month}; registre-as na visão Horas (Ctrl+4).</translation>
    </message>
    <message>
        <source>No hours logged in {month}.</source>
        <translation>Nenhuma hora registrada em {month}.</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>SLA de resposta em {month}</translation>
    </message>
    <message>
        <source>No cases were due in {month} (target {target} %).</source>
        <translation>Nenhum chamado vencia em {month} (meta {target} %).</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} % — breached</source>
        <translation>Cumprimento {attainment} % para uma meta de {target} % — descumprido</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} %</source>
        <translation>Cumprimento {attainment} % para uma meta de {target} %</translation>
    </message>
    <message>
        <source>Cases due: {due}, met: {met}</source>
        <translation>Chamados vencidos: {due}, cumpridos: {met}</translation>
    </message>
    <message>
        <source>Service credit: {credit} ({percent} % of the fee)</source>
        <translation>Crédito de serviço: {credit} ({percent} % da mensalidade)</translation>
    </message>
    <message>
        <source>No service credit ({percent} % of the fee if breached)</source>
        <translation>Sem crédito de serviço ({percent} % da mensalidade se descumprido)</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>column of the adjustments</comment>
        <translation>Mês</translation>
    </message>
    <message>
        <source>What</source>
        <comment>column of the adjustments</comment>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column of the adjustments</comment>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column of the adjustments</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column of the adjustments</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Together on the next report</source>
        <translation>Total no próximo relatório</translation>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown step the month; the Customer box finds as you type.</source>
        <translation>Ctrl+PgUp e Ctrl+PgDown mudam o mês; a caixa Cliente busca enquanto você digita.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todas as alterações</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrar o histórico</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lendo o histórico…</translation>
    </message>
    <message>
        <source>The history could not be read. {message}</source>
        <translation>Não foi possível ler o histórico. {message}</translation>
    </message>
</context>
<context>
    <name>HomeForm</name>
    <message>
        <source>Portfolio</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <source>Find a customer in these lists (Ctrl+F)</source>
        <translation>Encontrar um cliente nestas listas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Encontrar um cliente</translation>
    </message>
    <message>
        <source>Overage this month</source>
        <translation>Excedente neste mês</translation>
    </message>
    <message>
        <source>No overage this month.</source>
        <translation>Sem excedente neste mês.</translation>
    </message>
    <message>
        <source>Allowances past 80 %</source>
        <translation>Franquias acima de 80 %</translation>
    </message>
    <message>
        <source>No allowance is past 80 % this month.</source>
        <translation>Nenhuma franquia passou de 80 % neste mês.</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Revisões atrasadas</translation>
    </message>
    <message>
        <source>No overdue reviews.</source>
        <translation>Nenhuma revisão atrasada.</translation>
    </message>
    <message>
        <source>Renewals within 60 days</source>
        <translation>Renovações em 60 dias</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days.</source>
        <translation>Nenhum contrato termina nos próximos 60 dias.</translation>
    </message>
    <message>
        <source>Adjustments waiting for the next report</source>
        <translation>Ajustes aguardando o próximo relatório</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>Nenhum ajuste aguardando um relatório.</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio</source>
        <translation>Horas por mês, carteira inteira</translation>
    </message>
    <message>
        <source>No hours logged in these twelve months. Log hours in the Hours view (Ctrl+4) and they show here by month and category.</source>
        <translation>Nenhuma hora registrada nestes doze meses. Registre horas na visão Horas (Ctrl+4) e elas aparecem aqui por mês e categoria.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Carregando o painel…</translation>
    </message>
    <message>
        <source>Open a customer to see the adjustments in Entitlements.</source>
        <translation>Abra um cliente para ver os ajustes em Direitos.</translation>
    </message>
    <message>
        <source>Reading the support cases…</source>
        <translation>Lendo os chamados de suporte…</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it.</source>
        <translation>Clique duas vezes em um cliente ou pressione Enter para abri-lo.</translation>
    </message>
    <message>
        <source>SLA at risk now / breached this month</source>
        <translation>SLA em risco agora / descumprido neste mês</translation>
    </message>
    <message>
        <source>Double-click a case, or press Enter, to open it in Cases.</source>
        <translation>Clique duas vezes em um chamado ou pressione Enter para abri-lo em Chamados.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>Adding up the hours of twelve months…</source>
        <translation>Somando as horas de doze meses…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation>Não foi possível ler o painel: {reason}</translation>
    </message>
    <message>
        <source>Portfolio in {month}</source>
        <translation>Carteira em {month}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers · reviews and renewals as of {day}</source>
        <translation>
            <numerusform>%Ln cliente · revisões e renovações em {day}</numerusform>
            <numerusform>%Ln clientes · revisões e renovações em {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overage in {month}</source>
        <translation>Excedente em {month}</translation>
    </message>
    <message>
        <source>All customers&apos; overage charges in the month together</source>
        <translation>Cobranças de excedente de todos os clientes no mês</translation>
    </message>
    <message>
        <source>No overage in {month}: every customer stayed within their allowances.</source>
        <translation>Sem excedente em {month}: todos os clientes ficaram dentro das franquias.</translation>
    </message>
    <message>
        <source>Allowances past 80 % in {month}</source>
        <translation>Franquias acima de 80 % em {month}</translation>
    </message>
    <message>
        <source>No allowance is past 80 % in {month}. Customers show here as they near their included hours.</source>
        <translation>Nenhuma franquia passou de 80 % em {month}. Os clientes aparecem aqui ao se aproximarem das horas incluídas.</translation>
    </message>
    <message>
        <source>No overdue reviews. A planned review shows here once its time has passed and it is not marked held, cancelled or missed in the Reviews view.</source>
        <translation>Nenhuma revisão atrasada. Uma revisão planejada aparece aqui quando o horário passa e ela não foi marcada como realizada, cancelada ou não realizada na visão Revisões.</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days. Contracts show here two months before they end.</source>
        <translation>Nenhum contrato termina nos próximos 60 dias. Os contratos aparecem aqui dois meses antes do fim.</translation>
    </message>
    <message>
        <source>Customers whose next report carries adjustments to months already issued</source>
        <translation>Clientes cujo próximo relatório traz ajustes de meses já emitidos</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>Nenhum ajuste aguardando um relatório.</translation>
    </message>
    <message>
        <source>SLA at risk now / breached in {month}</source>
        <translation>SLA em risco agora / descumprido em {month}</translation>
    </message>
    <message>
        <source>No case is at risk now, and none breached its response target in {month}.</source>
        <translation>Nenhum chamado está em risco agora, e nenhum descumpriu a meta de resposta em {month}.</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio: {first} to {last}</source>
        <translation>Horas por mês, carteira inteira: {first} a {last}</translation>
    </message>
    <message>
        <source>{hours} in total</source>
        <translation>{hours} no total</translation>
    </message>
    <message>
        <source>No customer matching “{typed}” in this list.</source>
        <translation>Nenhum cliente corresponde a “{typed}” nesta lista.</translation>
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
        <translation>Digite o nome de um cliente</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>Ho&amp;ras</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1,5 ou 1:30</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoria</translation>
    </message>
    <message>
        <source>&amp;Description (client sees this)</source>
        <translation>&amp;Descrição (o cliente vê)</translation>
    </message>
    <message>
        <source>What the hours were for, as the report says it</source>
        <translation>Para que foram as horas, como o relatório diz</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report; required for consulting and development hours</source>
        <translation>Impressa no relatório mensal do cliente; obrigatória para horas de consultoria e desenvolvimento</translation>
    </message>
    <message>
        <source>Internal n&amp;ote (team only)</source>
        <translation>N&amp;ota interna (só a equipe)</translation>
    </message>
    <message>
        <source>Never on a report</source>
        <translation>Nunca em um relatório</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Só para a equipe: nunca impressa em um relatório</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Log these hours (Enter in any field)</source>
        <translation>Registrar estas horas (Enter em qualquer campo)</translation>
    </message>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>Digite as horas e pressione Enter para registrá-las; cliente, data, categoria, descrição e nota ficam para o próximo registro.</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Mostrar todos os clientes</translation>
    </message>
    <message>
        <source>&amp;All months</source>
        <translation>&amp;Todos os meses</translation>
    </message>
    <message>
        <source>Show every month instead of the month chosen in the toolbar</source>
        <translation>Mostrar todos os meses em vez do mês escolhido na barra de ferramentas</translation>
    </message>
    <message>
        <source>Only the hours one engineer logged</source>
        <translation>Só as horas que um engenheiro registrou</translation>
    </message>
    <message>
        <source>Only one category of hours</source>
        <translation>Só uma categoria de horas</translation>
    </message>
    <message>
        <source>Search text (Ctrl+F)</source>
        <translation>Buscar texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds entries whose description or internal note holds the text</source>
        <translation>Encontra registros cuja descrição ou nota interna contém o texto</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Editar (F2)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Excluir (Del)</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Registrar uma correção…</translation>
    </message>
    <message>
        <source>Correct an entry of an issued month (Ctrl+Shift+R): the change reaches the client as an adjustment on the next report</source>
        <translation>Corrigir um registro de um mês emitido (Ctrl+Shift+R): a alteração chega ao cliente como ajuste no próximo relatório</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engenheiro</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Description (client)</source>
        <translation>Descrição (cliente)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>What the client reads on the monthly report</source>
        <translation>O que o cliente lê no relatório mensal</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Só para a equipe: nunca impressa em um relatório</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(excluído)</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: this entry is read-only. Record a correction instead.</source>
        <translation>{month} está emitido para {customer}: este registro é somente leitura. Registre uma correção.</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: no reason given</source>
        <translation>Correção do registro {entry}: sem motivo</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: {reason}</source>
        <translation>Correção do registro {entry}: {reason}</translation>
    </message>
    <message>
        <source>Internal, never on a report: {note}</source>
        <translation>Interna, nunca em um relatório: {note}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>Digite as horas e pressione Enter para registrá-las; cliente, data, categoria, descrição e nota ficam para o próximo registro.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>engenheiro</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>nota interna</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>Livro de horas</translation>
    </message>
    <message>
        <source>Reading the hours ledger…</source>
        <translation>Lendo o livro de horas…</translation>
    </message>
    <message>
        <source>Listing the engineers…</source>
        <translation>Listando os engenheiros…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name first.</source>
        <translation>Digite primeiro o nome do cliente.</translation>
    </message>
    <message>
        <source>Type the hours spent, e.g. 1.5 or 1:30.</source>
        <translation>Digite as horas gastas, p. ex. 1,5 ou 1:30.</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it). It is outside the filters, so the table does not show it.</source>
        <translation>{hours} de {category} registradas para {customer} em {day} (Ctrl+Z desfaz). Está fora dos filtros, por isso a tabela não o mostra.</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it).</source>
        <translation>{hours} de {category} registradas para {customer} em {day} (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Select an entry to change it.</source>
        <translation>Selecione um registro para alterá-lo.</translation>
    </message>
    <message>
        <source>Select an entry of an issued month to correct it; entries of open months are changed directly.</source>
        <translation>Selecione um registro de um mês emitido para corrigi-lo; registros de meses abertos são alterados diretamente.</translation>
    </message>
    <message>
        <source>Correction recorded; the next report issued carries the adjustment (Ctrl+Z takes it back).</source>
        <translation>Correção registrada; o próximo relatório emitido traz o ajuste (Ctrl+Z o retira).</translation>
    </message>
    <message>
        <source>Select an entry to see its history.</source>
        <translation>Selecione um registro para ver o histórico.</translation>
    </message>
    <message>
        <source>History of entry {entry} ({customer}, {day})</source>
        <translation>Histórico do registro {entry} ({customer}, {day})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries are selected; delete at most {most} at once.</source>
        <translation>
            <numerusform>%Ln registro selecionado; exclua no máximo {most} de uma vez.</numerusform>
            <numerusform>%Ln registros selecionados; exclua no máximo {most} de uma vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entries to delete.</source>
        <translation>Selecione os registros a excluir.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entries (Ctrl+Z brings it back).</source>
        <translation>
            <numerusform>%Ln registro excluído (Ctrl+Z o traz de volta).</numerusform>
            <numerusform>%Ln registros excluídos (Ctrl+Z os traz de volta).</numerusform>
        </translation>
    </message>
    <message>
        <source>Any engineer</source>
        <translation>Qualquer engenheiro</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Qualquer categoria</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Registrar uma correção…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
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
        <translation>todos os meses</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: its entries are read-only. A correction goes into the next open month.</source>
        <translation>{month} está emitido para {customer}: os registros são somente leitura. Uma correção vai para o próximo mês aberto.</translation>
    </message>
    <message>
        <source>No entries match these filters. Choose “Clear filters” above to see every entry again.</source>
        <translation>Nenhum registro corresponde a estes filtros. Escolha “Limpar filtros” acima para ver todos os registros de novo.</translation>
    </message>
    <message>
        <source>No hours logged for {customer} in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>Nenhuma hora registrada para {customer} em {month}. Digite as horas na barra acima e pressione Enter para o primeiro registro. Marque “Todos os meses” para ver os outros meses, ou mude o mês na barra de ferramentas.</translation>
    </message>
    <message>
        <source>No hours logged for {customer} yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>Ainda não há horas registradas para {customer}. Digite as horas na barra acima e pressione Enter para o primeiro registro.</translation>
    </message>
    <message>
        <source>No hours logged in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>Nenhuma hora registrada em {month}. Digite as horas na barra acima e pressione Enter para o primeiro registro. Marque “Todos os meses” para ver os outros meses, ou mude o mês na barra de ferramentas.</translation>
    </message>
    <message>
        <source>No hours logged yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>Ainda não há horas registradas. Digite as horas na barra acima e pressione Enter para o primeiro registro.</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Change…&lt;/a&gt;</source>
        <translation>Registrado como &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Alterar…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; (your login) · &lt;a href=&apos;name&apos;&gt;Set your name…&lt;/a&gt;</source>
        <translation>Registrado como &lt;b&gt;{name}&lt;/b&gt; (seu login) · &lt;a href=&apos;name&apos;&gt;Definir seu nome…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The name on the hours you log here and on the command line (Edit ▸ Preferences)</source>
        <translation>O nome nas horas registradas aqui e na linha de comando (Editar ▸ Preferências)</translation>
    </message>
    <message>
        <source>This entry is read-only: {month} is issued for {customer}, so its entries can be neither changed nor deleted. Record a correction instead (Ctrl+Shift+R).</source>
        <translation>Este registro é somente leitura: {month} está emitido para {customer}, então os registros não podem ser alterados nem excluídos. Registre uma correção (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>This entry corrects entry {entry} of an issued month; corrections stay as they were recorded.</source>
        <translation>Este registro corrige o registro {entry} de um mês emitido; as correções ficam como foram registradas.</translation>
    </message>
    <message>
        <source>Changed the date (Ctrl+Z undoes it).</source>
        <translation>Data alterada (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Changed the customer (Ctrl+Z undoes it).</source>
        <translation>Cliente alterado (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Changed the category (Ctrl+Z undoes it).</source>
        <translation>Categoria alterada (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Changed the engineer (Ctrl+Z undoes it).</source>
        <translation>Engenheiro alterado (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Changed the hours (Ctrl+Z undoes it).</source>
        <translation>Horas alteradas (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Changed the description (Ctrl+Z undoes it).</source>
        <translation>Descrição alterada (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Changed the internal note (Ctrl+Z undoes it).</source>
        <translation>Nota interna alterada (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Pick a date from the calendar.</source>
        <translation>Escolha uma data no calendário.</translation>
    </message>
    <message>
        <source>An entry needs a customer.</source>
        <translation>Um registro precisa de um cliente.</translation>
    </message>
    <message>
        <source>An entry needs the engineer who spent the hours.</source>
        <translation>Um registro precisa do engenheiro que gastou as horas.</translation>
    </message>
</context>
<context>
    <name>LevelBadge</name>
    <message>
        <source>Within allowance</source>
        <translation>Dentro da franquia</translation>
    </message>
    <message>
        <source>Nearly used</source>
        <translation>Quase esgotada</translation>
    </message>
    <message>
        <source>Over allowance</source>
        <translation>Acima da franquia</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>The database: {where}</source>
        <translation>O banco de dados: {where}</translation>
    </message>
    <message>
        <source>Updated with changes by {who}.</source>
        <translation>Atualizado com alterações de {who}.</translation>
    </message>
    <message>
        <source>Not receiving others&apos; changes</source>
        <translation>Não recebendo as alterações dos outros</translation>
    </message>
    <message>
        <source>The connection to {where} was lost; trying again every {seconds} seconds. ({reason})</source>
        <translation>A conexão com {where} caiu; nova tentativa a cada {seconds} segundos. ({reason})</translation>
    </message>
    <message>
        <source>Asking who else is connected…</source>
        <translation>Consultando quem mais está conectado…</translation>
    </message>
    <message>
        <source>Who else is connected could not be read: {message}</source>
        <translation>Não foi possível ler quem mais está conectado: {message}</translation>
    </message>
    <message>
        <source>{name} (as {role})</source>
        <translation>{name} (como {role})</translation>
    </message>
    <message>
        <source>No one else connected</source>
        <translation>Ninguém mais conectado</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>Também conectados: {names}</translation>
    </message>
</context>
<context>
    <name>LoadedWhenShown</name>
    <message>
        <source>Reading the database…</source>
        <translation>Lendo o banco de dados…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do AccountDesk (*.sqlite3 *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Direitos</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>Livro de horas</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Chamados</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abrindo o banco de dados…</translation>
    </message>
    <message>
        <source>Counting customers and entries…</source>
        <translation>Contando clientes e registros…</translation>
    </message>
    <message>
        <source>{file} is an empty file. Make it a new AccountDesk database?</source>
        <translation>{file} é um arquivo vazio. Transformá-lo em um novo banco de dados do AccountDesk?</translation>
    </message>
    <message>
        <source>{file} was left as it was, an empty file.</source>
        <translation>{file} foi deixado como estava, um arquivo vazio.</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>Abrindo {database}…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Não foi possível abrir o banco de dados.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <source>{file} already exists; a new database needs a new file name. To work in that database, choose File ▸ Open database….</source>
        <translation>{file} já existe; um novo banco de dados precisa de um novo nome de arquivo. Para trabalhar nesse banco, escolha Arquivo ▸ Abrir banco de dados….</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Novo cliente…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Adicionar um cliente (Ctrl+N)</translation>
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
        <translation> Mês: </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation>Mês anterior (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Próximo mês</translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown)</source>
        <translation>Próximo mês (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Novo banco de dados…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Abrir banco de dados…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bancos de dados recentes</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Carregar dados de demonstração…</translation>
    </message>
    <message>
        <source>Back up database…</source>
        <translation>Fazer backup do banco de dados…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Undo {command}</source>
        <translation>Desfazer: {command}</translation>
    </message>
    <message>
        <source>Redo {command}</source>
        <translation>Refazer: {command}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferências…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <source>Monthly report for this customer…</source>
        <translation>Relatório mensal deste cliente…</translation>
    </message>
    <message>
        <source>Month-end batch…</source>
        <translation>Lote de fim de mês…</translation>
    </message>
    <message>
        <source>Reopen month…</source>
        <translation>Reabrir mês…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation>Sobre o AccountDesk</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>Nenhum banco de dados aberto ainda</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Limpar a lista</translation>
    </message>
    <message>
        <source>Loaded the demo portfolio: {customers} customers, {entries} ledger entries.</source>
        <translation>Carteira de demonstração carregada: {customers} clientes, {entries} registros de horas.</translation>
    </message>
    <message>
        <source>Loading the demo portfolio…</source>
        <translation>Carregando a carteira de demonstração…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Fazer backup do banco de dados</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>Bancos de dados SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Backup salvo em {file}.</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to reopen one of its months.</source>
        <translation>Escolha um cliente na barra de ferramentas para reabrir um dos seus meses.</translation>
    </message>
    <message>
        <source>Reopen month</source>
        <translation>Reabrir mês</translation>
    </message>
    <message>
        <source>Why is {month} reopened for {customer}? Its next issue will be a new revision of the report.</source>
        <translation>Por que {month} é reaberto para {customer}? A próxima emissão será uma nova revisão do relatório.</translation>
    </message>
    <message>
        <source>Reopened {month} for {customer} (Ctrl+Z issues it again as it was).</source>
        <translation>{month} reaberto para {customer} (Ctrl+Z emite de novo como era).</translation>
    </message>
    <message>
        <source>Support contracts, entitlements, hours and reviews for customer success teams.</source>
        <translation>Contratos de suporte, direitos, horas e revisões para equipes de customer success.</translation>
    </message>
    <message>
        <source>SQLite (local)</source>
        <translation>SQLite (local)</translation>
    </message>
    <message>
        <source>PostgreSQL (team)</source>
        <translation>PostgreSQL (equipe)</translation>
    </message>
    <message>
        <source>{customers} · {entries} · signed in as {user} · {database}</source>
        <translation>{customers} · {entries} · conectado como {user} · {database}</translation>
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
        <translation>Não foi possível ler o banco de dados: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have been finished. The details are in {log}; please send it to your support contact.</source>
        <translation>Algo deu errado, e o que você estava fazendo pode não ter sido concluído. Os detalhes estão em {log}; envie-o ao seu contato de suporte.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Choose a customer in the toolbar first: a monthly report is about one customer. For every customer at once, use Reports ▸ Month-end batch….</source>
        <translation>Escolha primeiro um cliente na barra de ferramentas: um relatório mensal é de um cliente. Para todos os clientes de uma vez, use Relatórios ▸ Lote de fim de mês….</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Gerando o relatório…</translation>
    </message>
    <message>
        <source>Monthly service report</source>
        <translation>Relatório mensal de serviço</translation>
    </message>
    <message>
        <source>Draft: built from the live ledger; every page is marked DRAFT until the month is issued.</source>
        <translation>Rascunho: gerado a partir do livro de horas atual; cada página leva a marca RASCUNHO até a emissão do mês.</translation>
    </message>
    <message>
        <source>Issued on {day} by {person} as report {report}. The month is locked; an export gives exactly the report that was issued.</source>
        <translation>Emitido em {day} por {person} como relatório {report}. O mês está bloqueado; uma exportação dá exatamente o relatório emitido.</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>Emitir o relatório: gravar o PDF final e bloquear o mês do cliente</translation>
    </message>
    <message>
        <source>The pages could not be shown; export the PDF to read it.</source>
        <translation>Não foi possível mostrar as páginas; exporte o PDF para lê-lo.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>Exportar o relatório mensal</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>Issue the monthly report</source>
        <translation>Emitir o relatório mensal</translation>
    </message>
    <message>
        <source>Issuing the {month} report for {customer} locks {month} for this customer: hours dated in it can no longer be logged, changed or deleted, and the report becomes final (a later export gives exactly the same report). Corrections then go into the next open month.

Issue it now?</source>
        <translation>Emitir o relatório de {month} para {customer} bloqueia {month} para este cliente: as horas com data nesse mês não podem mais ser registradas, alteradas ou excluídas, e o relatório passa a ser final (uma exportação posterior dá exatamente o mesmo relatório). As correções vão então para o próximo mês aberto.

Emitir agora?</translation>
    </message>
    <message>
        <source>Issuing the report…</source>
        <translation>Emitindo o relatório…</translation>
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
        <translation>Relatório {report} emitido ({pages}) e gravado em {file}. {month} agora está bloqueado para {customer}.</translation>
    </message>
    <message>
        <source>Wrote the draft report ({pages}) to {file}.</source>
        <translation>Rascunho do relatório ({pages}) gravado em {file}.</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file} — the same file that was issued.</source>
        <translation>Relatório emitido {report} ({pages}) gravado em {file} — o mesmo arquivo que foi emitido.</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file}.</source>
        <translation>Relatório emitido {report} ({pages}) gravado em {file}.</translation>
    </message>
    <message>
        <source>No application opened {file}; open it from its folder.</source>
        <translation>Nenhum aplicativo abriu {file}; abra-o pela pasta.</translation>
    </message>
</context>
<context>
    <name>OverageModel</name>
    <message>
        <source>{customer}: {hours} over the allowances, charged {charge}</source>
        <translation>{customer}: {hours} acima das franquias, cobrança de {charge}</translation>
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
            <numerusform>{oldest} (+%Ln outra)</numerusform>
            <numerusform>{oldest} (+%Ln outras)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln reviews not recorded; the oldest, {review}, was due {day}</source>
        <translation>
            <numerusform>{customer}: %Ln revisão não registrada; a mais antiga, {review}, vencia em {day}</numerusform>
            <numerusform>{customer}: %Ln revisões não registradas; a mais antiga, {review}, vencia em {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingAdjustmentsModel</name>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a credit of {amount}</source>
        <translation>
            <numerusform>{customer}: %Ln ajuste de {months} aguarda o próximo relatório, no total um crédito de {amount}</numerusform>
            <numerusform>{customer}: %Ln ajustes de {months} aguardam o próximo relatório, no total um crédito de {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a charge of {amount}</source>
        <translation>
            <numerusform>{customer}: %Ln ajuste de {months} aguarda o próximo relatório, no total uma cobrança de {amount}</numerusform>
            <numerusform>{customer}: %Ln ajustes de {months} aguardam o próximo relatório, no total uma cobrança de {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>O idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>You (on this computer)</source>
        <translation>Você (neste computador)</translation>
    </message>
    <message>
        <source>Your name on the hours you log:</source>
        <translation>Seu nome nas horas que você registra:</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Idioma da janela:</translation>
    </message>
    <message>
        <source>A new language applies the next time AccountDesk starts.</source>
        <translation>Um novo idioma vale na próxima vez que o AccountDesk iniciar.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation>Logotipo padrão</translation>
    </message>
    <message>
        <source>Company (on every report, for the whole team)</source>
        <translation>Empresa (em todo relatório, para toda a equipe)</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nome da empresa:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Nome do serviço:</translation>
    </message>
    <message>
        <source>Report footer:</source>
        <translation>Rodapé do relatório:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Your company&apos;s logo</source>
        <translation>O logotipo da sua empresa</translation>
    </message>
    <message>
        <source>AccountDesk&apos;s logo</source>
        <translation>O logotipo do AccountDesk</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Logotipo da empresa</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Open another database, or start a new one?</source>
        <translation>Abrir outro banco de dados ou criar um novo?</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Abrir outro…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Novo banco de dados…</translation>
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
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}&apos;s {tier} contract ends on {day}, in %Ln days</source>
        <translation>
            <numerusform>O contrato {tier} de {customer} termina em {day}, em %Ln dia</numerusform>
            <numerusform>O contrato {tier} de {customer} termina em {day}, em %Ln dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>The report&apos;s pages, exactly as the PDF will print them</source>
        <translation>As páginas do relatório, exatamente como o PDF as imprimirá</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the report as a PDF; before the month is issued it is marked DRAFT</source>
        <translation>Gravar o relatório como PDF; antes da emissão do mês ele leva a marca RASCUNHO</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Emitir…</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>Emitir o relatório: gravar o PDF final e bloquear o mês do cliente</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>Open the report just written in the system&apos;s PDF viewer</source>
        <translation>Abrir o relatório recém-gravado no visualizador de PDF do sistema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participantes:</translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation>Quem participou, separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Summary for the client:</source>
        <translation>&amp;Resumo para o cliente:</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report: what was reviewed and agreed</source>
        <translation>Impresso no relatório mensal do cliente: o que foi revisado e combinado</translation>
    </message>
    <message>
        <source>The client reads this on the monthly report</source>
        <translation>O cliente lê isto no relatório mensal</translation>
    </message>
    <message>
        <source>Internal &amp;notes (team only):</source>
        <translation>&amp;Notas internas (só a equipe):</translation>
    </message>
    <message>
        <source>For the team only, never on a report: concerns, follow-ups</source>
        <translation>Só para a equipe, nunca em um relatório: preocupações, próximos passos</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>Só para a equipe: nunca impressas em um relatório</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>Realizada &amp;em:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the review took place, on the customer&apos;s clock</source>
        <translation>Quando a revisão aconteceu, no horário do cliente</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Why the review is cancelled (required)</source>
        <translation>Por que a revisão foi cancelada (obrigatório)</translation>
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
        <translation>Revisão realizada</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Cancelar a revisão</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>ReviewsForm</name>
    <message>
        <source>Reviews</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>Plan ahead</source>
        <translation>Planejar</translation>
    </message>
    <message>
        <source>Schedule the reviews each tier owes over the next 90 days (never twice)</source>
        <translation>Agendar as revisões que cada nível de serviço deve nos próximos 90 dias (nunca duas vezes)</translation>
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
        <translation>Revisões planejadas: atrasadas, nesta semana e depois</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Revisões passadas</translation>
    </message>
    <message>
        <source>Held, cancelled and missed reviews of the month chosen in the toolbar</source>
        <translation>Revisões realizadas, canceladas e não realizadas do mês escolhido na barra de ferramentas</translation>
    </message>
    <message>
        <source>Filter by customer or review (Ctrl+F)</source>
        <translation>Filtrar por cliente ou revisão (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter reviews</source>
        <translation>Filtrar revisões</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>Realizada…</translation>
    </message>
    <message>
        <source>Record that the selected review took place, with notes and attendees</source>
        <translation>Registrar que a revisão selecionada aconteceu, com notas e participantes</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Cancel the selected review, with a reason</source>
        <translation>Cancelar a revisão selecionada, com um motivo</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Não realizada</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>Registrar que a revisão selecionada não aconteceu</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time (customer&apos;s zone)</source>
        <translation>Horário (fuso do cliente)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planejada</translation>
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
        <translation>Não realizada</translation>
    </message>
    <message>
        <source>Overdue (today)</source>
        <translation>Atrasada (hoje)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Atrasada 1 dia</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>Atrasada {count} dias</translation>
    </message>
    <message numerus="yes">
        <source>{group} · %Ln reviews</source>
        <translation>
            <numerusform>{group} · %Ln revisão</numerusform>
            <numerusform>{group} · %Ln revisões</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click (or press Enter) to open {customer}.</source>
        <translation>Clique duas vezes (ou pressione Enter) para abrir {customer}.</translation>
    </message>
    <message>
        <source>{minutes} minutes; your time: {when}</source>
        <translation>{minutes} minutos; seu horário: {when}</translation>
    </message>
    <message>
        <source>Held on: {when}</source>
        <translation>Realizada em: {when}</translation>
    </message>
    <message>
        <source>Attendees: {names}</source>
        <translation>Participantes: {names}</translation>
    </message>
    <message>
        <source>Summary for the client: {text}</source>
        <translation>Resumo para o cliente: {text}</translation>
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
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>Carregando revisões…</translation>
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
        <translation>Não realizada</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>This week (to {day})</source>
        <translation>Esta semana (até {day})</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>The reviews could not be read: {reason}</source>
        <translation>Não foi possível ler as revisões: {reason}</translation>
    </message>
    <message>
        <source>No review matches “{typed}”. Clear the filter to see all {count}.</source>
        <translation>Nenhuma revisão corresponde a “{typed}”. Limpe o filtro para ver todas as {count}.</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month} for {customer}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>Nenhuma revisão realizada, cancelada ou não realizada de {customer} vencia em {month}. Mude o mês na barra de ferramentas ou volte para a Agenda.</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>Nenhuma revisão realizada, cancelada ou não realizada vencia em {month}. Mude o mês na barra de ferramentas ou volte para a Agenda.</translation>
    </message>
    <message>
        <source>No reviews are planned for {customer}. Plan ahead to schedule what their tier owes over the next {days} days; a Community contract includes no reviews.</source>
        <translation>Não há revisões planejadas para {customer}. Planejar agenda o que o nível de serviço deve nos próximos {days} dias; um contrato Community não inclui revisões.</translation>
    </message>
    <message>
        <source>No reviews are planned. Plan ahead to schedule the reviews each customer&apos;s tier owes over the next {days} days.</source>
        <translation>Não há revisões planejadas. Planejar agenda as revisões que o nível de serviço de cada cliente deve nos próximos {days} dias.</translation>
    </message>
    <message>
        <source>Reviews due in {month} whose outcome is recorded: {held} held · {cancelled} cancelled · {missed} missed. Step the month in the toolbar to see another.</source>
        <translation>Revisões que venciam em {month} com resultado registrado: {held} realizadas · {cancelled} canceladas · {missed} não realizadas. Mude o mês na barra de ferramentas para ver outro.</translation>
    </message>
    <message>
        <source>{overdue} overdue · {week} this week · {later} later. Select a review to record how it went: Held…, Cancel… or Missed. Times are in each customer&apos;s time zone.</source>
        <translation>{overdue} atrasadas · {week} nesta semana · {later} depois. Selecione uma revisão para registrar como foi: Realizada…, Cancelar… ou Não realizada. Os horários estão no fuso de cada cliente.</translation>
    </message>
    <message>
        <source>· All customers</source>
        <translation>· Todos os clientes</translation>
    </message>
    <message>
        <source>Write this customer&apos;s reviews to an iCalendar (.ics) file for any calendar app</source>
        <translation>Gravar as revisões deste cliente em um arquivo iCalendar (.ics) para qualquer aplicativo de agenda</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to export their reviews to a calendar file</source>
        <translation>Escolha um cliente na barra de ferramentas para exportar as revisões dele para um arquivo de agenda</translation>
    </message>
    <message>
        <source>Schedule the reviews this customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>Agendar as revisões que o nível de serviço deste cliente deve nos próximos {days} dias (nunca duas vezes)</translation>
    </message>
    <message>
        <source>Schedule the reviews each customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>Agendar as revisões que o nível de serviço de cada cliente deve nos próximos {days} dias (nunca duas vezes)</translation>
    </message>
    <message>
        <source>This review has not happened yet.</source>
        <translation>Esta revisão ainda não aconteceu.</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>Registrar que a revisão selecionada não aconteceu</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as held (Ctrl+Z undoes it).</source>
        <translation>{review} com {customer} em {day} registrada como realizada (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as cancelled (Ctrl+Z undoes it).</source>
        <translation>{review} com {customer} em {day} registrada como cancelada (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as missed (Ctrl+Z undoes it).</source>
        <translation>{review} com {customer} em {day} registrada como não realizada (Ctrl+Z desfaz).</translation>
    </message>
    <message>
        <source>Planning reviews… {customer}</source>
        <translation>Planejando revisões… {customer}</translation>
    </message>
    <message>
        <source>Planning reviews…</source>
        <translation>Planejando revisões…</translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews for {customer} over the next {days} days.</source>
        <translation>
            <numerusform>%Ln nova revisão planejada para {customer} nos próximos {days} dias.</numerusform>
            <numerusform>%Ln novas revisões planejadas para {customer} nos próximos {days} dias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews over the next {days} days.</source>
        <translation>
            <numerusform>%Ln nova revisão planejada nos próximos {days} dias.</numerusform>
            <numerusform>%Ln novas revisões planejadas nos próximos {days} dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to plan for {customer}: every review owed over the next {days} days is already on the agenda.</source>
        <translation>Nada novo a planejar para {customer}: cada revisão devida nos próximos {days} dias já está na agenda.</translation>
    </message>
    <message>
        <source>Nothing new to plan: every review owed over the next {days} days is already on the agenda.</source>
        <translation>Nada novo a planejar: cada revisão devida nos próximos {days} dias já está na agenda.</translation>
    </message>
    <message>
        <source>Planning stopped early; plan again to finish.</source>
        <translation>O planejamento parou antes do fim; planeje de novo para concluir.</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>cliente {id}</translation>
    </message>
    <message>
        <source>Export {customer}&apos;s reviews</source>
        <translation>Exportar as revisões de {customer}</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting reviews…</source>
        <translation>Exportando revisões…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reviews of {customer} to {file}; open it in any calendar app.</source>
        <translation>
            <numerusform>%Ln revisão de {customer} gravada em {file}; abra-o em qualquer aplicativo de agenda.</numerusform>
            <numerusform>%Ln revisões de {customer} gravadas em {file}; abra-o em qualquer aplicativo de agenda.</numerusform>
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
        <translation>Chamado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>at risk, {span} left</source>
        <translation>em risco, faltam {span}</translation>
    </message>
    <message>
        <source>breached {when}</source>
        <translation>descumprido em {when}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {first}. The details are in {where}.</source>
        <translation>Algo deu errado: {first}. Os detalhes estão em {where}.</translation>
    </message>
    <message>
        <source>Saving… waiting for another change to the database to finish.</source>
        <translation>Salvando… aguardando o término de outra alteração no banco de dados.</translation>
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
        <translation>Consultoria</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>consultoria</translation>
    </message>
    <message>
        <source>Custom development</source>
        <translation>Desenvolvimento sob medida</translation>
    </message>
    <message>
        <source>custom development</source>
        <translation>desenvolvimento sob medida</translation>
    </message>
    <message>
        <source>Change tier — {customer}</source>
        <translation>Mudar nível — {customer}</translation>
    </message>
    <message>
        <source>{customer} is on {tier} since {day} at {fee} a month.</source>
        <translation>{customer} está no {tier} desde {day} por {fee} por mês.</translation>
    </message>
    <message>
        <source>{customer} is on {tier}.</source>
        <translation>{customer} está no {tier}.</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>Mudar nível</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee} (preço do {tier})</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>Efeito no mês</translation>
    </message>
    <message>
        <source>Nothing to preview until the change can be made.</source>
        <translation>Nada a prever até que a mudança possa ser feita.</translation>
    </message>
    <message>
        <source>Effect on {month} (prorated by days)</source>
        <translation>Efeito em {month} (proporcional aos dias)</translation>
    </message>
    <message>
        <source>Fee for {month}</source>
        <translation>Mensalidade de {month}</translation>
    </message>
    <message>
        <source>Fee {before} → {after}</source>
        <translation>Mensalidade {before} → {after}</translation>
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
        <translation>Cobrança de excedente até agora</translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n days of {month} fall under {tier} from {day}.</source>
        <translation>
            <numerusform>{days} de %n dia de {month} ficam no {tier} a partir de {day}.</numerusform>
            <numerusform>{days} de %n dias de {month} ficam no {tier} a partir de {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer} keeps its %n named contacts; {tier} includes {limit}, so the account will be flagged as over its limit.</source>
        <translation>
            <numerusform>{customer} mantém seu %n contato nomeado; o {tier} inclui {limit}, então a conta será marcada como acima do limite.</numerusform>
            <numerusform>{customer} mantém seus %n contatos nomeados; o {tier} inclui {limit}, então a conta será marcada como acima do limite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Change tier.</source>
        <translation>Nada é salvo até você escolher Mudar nível.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
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
        <translation>Novo &amp;nível</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Vigente a partir de</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>&amp;Mensalidade</translation>
    </message>
    <message>
        <source>USD per month (optional)</source>
        <translation>USD por mês (opcional)</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>Efeito no mês</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Commas (,)</source>
        <translation>Vírgulas (,)</translation>
    </message>
    <message>
        <source>Semicolons (;), for Excel where 1,5 is a number</source>
        <translation>Ponto e vírgula (;), para o Excel em que 1,5 é um número</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabulações</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entries of {month} to {target}.</source>
        <translation>
            <numerusform>%Ln registro de {month} gravado em {target}.</numerusform>
            <numerusform>%Ln registros de {month} gravados em {target}.</numerusform>
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
        <translation>Exportar as horas de {month}</translation>
    </message>
    <message>
        <source>Separate the values by:</source>
        <translation>Separar os valores por:</translation>
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
        <translation>Marcar a {review} com {customer} em {day} como realizada</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} missed</source>
        <translation>Marcar a {review} com {customer} em {day} como não realizada</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} cancelled</source>
        <translation>Marcar a {review} com {customer} em {day} como cancelada</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} planned</source>
        <translation>Marcar a {review} com {customer} em {day} como planejada</translation>
    </message>
    <message>
        <source>Log {hours} for {customer} on {day}</source>
        <translation>Registrar {hours} para {customer} em {day}</translation>
    </message>
    <message>
        <source>Change the {field} of {customer}&apos;s entry</source>
        <translation>Alterar {field} do registro de {customer}</translation>
    </message>
    <message>
        <source>Delete {hours} for {customer} on {day}</source>
        <translation>Excluir {hours} de {customer} em {day}</translation>
    </message>
    <message>
        <source>Delete {count} entries</source>
        <translation>Excluir {count} registros</translation>
    </message>
    <message>
        <source>Correct {customer}&apos;s entry of {day} to {hours}</source>
        <translation>Corrigir o registro de {customer} de {day} para {hours}</translation>
    </message>
    <message>
        <source>Reopen {month} for {customer}</source>
        <translation>Reabrir {month} para {customer}</translation>
    </message>
    <message>
        <source>Open a {severity} case for {customer}</source>
        <translation>Abrir um chamado {severity} para {customer}</translation>
    </message>
    <message>
        <source>Open case {reference} for {customer}</source>
        <translation>Abrir o chamado {reference} para {customer}</translation>
    </message>
    <message>
        <source>Answer case {reference} of {customer}</source>
        <translation>Responder o chamado {reference} de {customer}</translation>
    </message>
    <message>
        <source>Wait on the customer in case {reference} of {customer}</source>
        <translation>Aguardar o cliente no chamado {reference} de {customer}</translation>
    </message>
    <message>
        <source>Escalate to level {level} case {reference} of {customer}</source>
        <translation>Escalonar para o nível {level} o chamado {reference} de {customer}</translation>
    </message>
    <message>
        <source>Resolve case {reference} of {customer}</source>
        <translation>Resolver o chamado {reference} de {customer}</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Welcome to AccountDesk</source>
        <translation>Boas-vindas ao AccountDesk</translation>
    </message>
    <message>
        <source>This database has no customers yet. Add your first customer, or load a demo portfolio to look around; you can start a clean database any time (File ▸ New database…).</source>
        <translation>Este banco de dados ainda não tem clientes. Adicione o primeiro cliente, ou carregue uma carteira de demonstração para explorar; você pode começar um banco de dados limpo a qualquer momento (Arquivo ▸ Novo banco de dados…).</translation>
    </message>
    <message>
        <source>Add your first customer…</source>
        <translation>Adicionar o primeiro cliente…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carregar dados de demonstração</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>{unusual} Agree this custom price for the contract?</source>
        <translation>{unusual} Aceitar este preço personalizado para o contrato?</translation>
    </message>
    <message>
        <source>Custom price</source>
        <translation>Preço personalizado</translation>
    </message>
    <message>
        <source>The custom price was not agreed; nothing was saved.</source>
        <translation>O preço personalizado não foi aceito; nada foi salvo.</translation>
    </message>
</context>
</TS>
