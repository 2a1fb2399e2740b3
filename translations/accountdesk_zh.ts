<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>AllowanceAlertModel</name>
    <message>
        <source>{category} {used} of {included}</source>
        <translation>{category} {used} / {included}</translation>
    </message>
    <message>
        <source>all overage</source>
        <translation>全部为超额</translation>
    </message>
    <message>
        <source>{customer}: {allowance} over in {period}, {used} of {included}</source>
        <translation>{customer}：{period}{allowance}已超出，{used} / {included}</translation>
    </message>
    <message>
        <source>{customer}: {allowance} nearly used in {period}, {used} of {included}</source>
        <translation>{customer}：{period}{allowance}即将用完，{used} / {included}</translation>
    </message>
</context>
<context>
    <name>AllowanceCard</name>
    <message>
        <source>Overage charge</source>
        <translation>超额费用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>超额工时</translation>
    </message>
    <message>
        <source>{left} left of {included}</source>
        <translation>剩余 {left} / {included}</translation>
    </message>
    <message>
        <source>Overage charge at {rate}/h</source>
        <translation>超额费用（{rate}/小时）</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Month-end batch</source>
        <translation>月末批量处理</translation>
    </message>
    <message>
        <source>Choose the month and the folder, then Start.</source>
        <translation>选择月份和文件夹，然后点击“开始”。</translation>
    </message>
    <message>
        <source>Folder for the monthly reports</source>
        <translation>月度报告的文件夹</translation>
    </message>
    <message>
        <source>Choose the folder the reports go to.</source>
        <translation>请选择报告保存的文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>文件夹 {folder} 不存在，请另选一个。</translation>
    </message>
    <message>
        <source>Issue every report</source>
        <translation>出具全部报告</translation>
    </message>
    <message>
        <source>Issuing locks {month} for every customer whose report is written: hours dated in it can no longer be logged, changed or deleted, and each report becomes final. Months already issued are exported again as they were issued.

Issue the {month} reports now?</source>
        <translation>出具将锁定已生成报告的每位客户的{month}：该月的工时将无法再记录、修改或删除，每份报告都将成为最终版本。已出具的月份将按出具时的内容再次导出。

现在出具{month}的报告吗？</translation>
    </message>
    <message>
        <source>Gathering the figures for {month}…</source>
        <translation>正在汇总{month}的数据…</translation>
    </message>
    <message>
        <source>Writing the {month} reports…</source>
        <translation>正在生成{month}的报告…</translation>
    </message>
    <message>
        <source>Cancelling: reports already written stay written…</source>
        <translation>正在取消：已生成的报告会保留…</translation>
    </message>
    <message>
        <source>{done} of {total} done — {customer}</source>
        <translation>已完成 {done} / {total} — {customer}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: wrote %Ln reports for {month}; {missing} not written.</source>
        <translation>
            <numerusform>已取消：为{month}生成了 %Ln 份报告；{missing} 份未生成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reports for {month}.</source>
        <translation>
            <numerusform>已为{month}生成 %Ln 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} failed (reasons below).</source>
        <translation>{count} 份失败（原因见下文）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers skipped: no monthly report in their tier that month.</source>
        <translation>
            <numerusform>跳过 %Ln 位客户：其服务等级在该月没有月度报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>issued now</source>
        <translation>本次出具</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已出具</translation>
    </message>
    <message>
        <source>{amount} due</source>
        <translation>应付 {amount}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not written (cancelled)</source>
        <translation>未生成（已取消）</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>Skipped (no monthly report in their tier)</source>
        <translation>已跳过（服务等级不含月度报告）</translation>
    </message>
    <message>
        <source>No application opened {folder}; open it from your file manager.</source>
        <translation>没有应用程序打开 {folder}，请在文件管理器中打开。</translation>
    </message>
</context>
<context>
    <name>BatchForm</name>
    <message>
        <source>Writes one monthly service report per customer whose tier includes one (Professional and Enterprise), named after the customer and the month, into the folder you choose.</source>
        <translation>为服务等级包含月度服务报告的每位客户（Professional 和 Enterprise）各生成一份报告，以客户名称和月份命名，保存到所选文件夹。</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation>PDF 的保存位置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Issue every report (locks the month for each customer)</source>
        <translation>出具全部报告（锁定各客户的该月）(&amp;I)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>The summary of the run appears here: reports written, failed (with the reason) and customers skipped.</source>
        <translation>运行结果摘要将显示在此处：已生成的报告、失败的报告（附原因）以及跳过的客户。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>超额工时</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>包含工时额度</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Oldest overdue</source>
        <translation>最早逾期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>合同结束</translation>
    </message>
    <message>
        <source>In</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Adjustments to</source>
        <translation>调整月份</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>记录响应</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Record wait</source>
        <translation>记录等待</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>A new support case</source>
        <translation>新支持工单</translation>
    </message>
    <message>
        <source>Its response target is the tier&apos;s for the severity, counted from the time it opened, on the customer&apos;s clock.</source>
        <translation>目标响应时间由服务等级按严重程度确定，自工单创建时起按客户的时区和计时规则计算。</translation>
    </message>
    <message>
        <source>What the customer reported</source>
        <translation>客户报告的问题</translation>
    </message>
    <message>
        <source>The help desk&apos;s ticket number, or the next CASE-n</source>
        <translation>服务台的工单号，或下一个 CASE-n</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>创建时间(&amp;O)：</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}，升级级别 {level}（{escalation}）</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>创建于 {when}</translation>
    </message>
    <message>
        <source>response due {when}</source>
        <translation>响应截止 {when}</translation>
    </message>
    <message>
        <source>answered {when}</source>
        <translation>响应于 {when}</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>解决时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>结束(&amp;U)：</translation>
    </message>
    <message>
        <source>Why it goes up (kept in the case&apos;s history)</source>
        <translation>升级原因（保存在工单历史中）</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>Add a customer before opening a case.</source>
        <translation>请先添加客户，再创建工单。</translation>
    </message>
</context>
<context>
    <name>CasesForm</name>
    <message>
        <source>Cases</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <source>Open a support case for the customer chosen in the toolbar</source>
        <translation>为工具栏中所选客户创建支持工单</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>要显示的工单</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>严重程度(&amp;E)：</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Filter by customer, case or title (Ctrl+F)</source>
        <translation>按客户、工单或标题筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>筛选工单</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>响应(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the first response to the selected case</source>
        <translation>记录所选工单的首次响应</translation>
    </message>
    <message>
        <source>&amp;Wait on customer…</source>
        <translation>等待客户回复(&amp;W)…</translation>
    </message>
    <message>
        <source>A period waiting on the customer: the case&apos;s clock stops in it</source>
        <translation>记录等待客户回复的时段：在此期间工单暂停计时</translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation>升级(&amp;A)…</translation>
    </message>
    <message>
        <source>Move the selected case to another escalation level, with a reason</source>
        <translation>将所选工单调整到其他升级级别，并注明原因</translation>
    </message>
    <message>
        <source>Res&amp;olve…</source>
        <translation>解决(&amp;O)…</translation>
    </message>
    <message>
        <source>Resolve the selected case</source>
        <translation>将所选工单标记为已解决</translation>
    </message>
    <message>
        <source>Response SLA this month</source>
        <translation>本月响应 SLA</translation>
    </message>
    <message>
        <source>Attainment by customer</source>
        <translation>各客户达成率</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>服务等级</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期数</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>服务抵扣</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation>{days} 天 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation>{hours} 小时 {minutes} 分钟 {seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分钟 {seconds} 秒</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>已逾期 {span}</translation>
    </message>
    <message>
        <source>The tier promises no response time for this severity.</source>
        <translation>该服务等级未对此严重程度承诺响应时间。</translation>
    </message>
    <message>
        <source>The clock runs around the clock (24x7).</source>
        <translation>全天候计时（7×24 小时）。</translation>
    </message>
    <message>
        <source>The clock runs in business hours only: 09:00-17:00 Monday to Friday in {zone}, without the customer&apos;s public holidays.</source>
        <translation>仅在工作时间计时：{zone} 时间周一至周五 09:00–17:00，不含客户所在地的公共假日。</translation>
    </message>
    <message>
        <source>{state}, resolved</source>
        <translation>{state}，已解决</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}，升级级别 {level}（{escalation}）</translation>
    </message>
    <message>
        <source>Opened {when}</source>
        <translation>创建于 {when}</translation>
    </message>
    <message>
        <source>Response due {when} ({state})</source>
        <translation>响应截止 {when}（{state}）</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>响应于 {when}</translation>
    </message>
    <message>
        <source>Resolved {when}</source>
        <translation>解决于 {when}</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Open cases</source>
        <translation>未解决的工单</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>当前有违约风险</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已违约</translation>
    </message>
    <message>
        <source>All opened this month</source>
        <translation>本月创建的全部工单</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>未解决的工单</translation>
    </message>
    <message>
        <source>at risk now</source>
        <translation>当前有违约风险</translation>
    </message>
    <message>
        <source>breached ({month})</source>
        <translation>已违约（{month}）</translation>
    </message>
    <message>
        <source>all opened this month ({month})</source>
        <translation>本月创建的全部工单（{month}）</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>正在读取工单…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>severity</comment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Reading the month&apos;s SLA…</source>
        <translation>正在读取本月 SLA…</translation>
    </message>
    <message>
        <source>The month&apos;s SLA could not be read: {message}</source>
        <translation>无法读取本月 SLA：{message}</translation>
    </message>
    <message>
        <source>The cases could not be read: {message}</source>
        <translation>无法读取工单：{message}</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>No open cases for {customer}. Open one with New case….</source>
        <translation>{customer} 没有未解决的工单。可通过“新建工单…”创建。</translation>
    </message>
    <message>
        <source>No case for {customer} is at risk now.</source>
        <translation>{customer} 当前没有有违约风险的工单。</translation>
    </message>
    <message>
        <source>No case for {customer} breached its response target in {month}.</source>
        <translation>{customer} 在{month}没有超出目标响应时间的工单。</translation>
    </message>
    <message>
        <source>No case for {customer} opened in {month}.</source>
        <translation>{customer} 在{month}没有创建工单。</translation>
    </message>
    <message>
        <source>No open cases. Open one with New case….</source>
        <translation>没有未解决的工单。可通过“新建工单…”创建。</translation>
    </message>
    <message>
        <source>No case is at risk now.</source>
        <translation>当前没有有违约风险的工单。</translation>
    </message>
    <message>
        <source>No case breached its response target in {month}.</source>
        <translation>{month}没有超出目标响应时间的工单。</translation>
    </message>
    <message>
        <source>No case opened in {month}.</source>
        <translation>{month}没有创建工单。</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>{month}的响应 SLA</translation>
    </message>
    <message>
        <source>none ({percent} % if breached)</source>
        <translation>无（违约时为 {percent}%）</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>无 SLA</translation>
    </message>
    <message>
        <source>Below the target of {target} %: the SLA is breached.</source>
        <translation>低于目标 {target}%：SLA 已违约。</translation>
    </message>
    <message>
        <source>No cases were due in {month}.</source>
        <translation>{month}没有到期的工单。</translation>
    </message>
    <message>
        <source>{customer}&apos;s tier has no response SLA.</source>
        <translation>{customer} 的服务等级不含响应 SLA。</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio: %Ln cases due in {month}, {met} met, {percent} attainment.</source>
        <translation>
            <numerusform>客户组合：{month}到期工单 %Ln 个，达标 {met} 个，达成率 {percent}。</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}: cases whose response fell due in {month} and are decided.</source>
        <translation>{customer}：响应在{month}到期且结果已确定的工单。</translation>
    </message>
    <message>
        <source>Opened case {case} for {customer}</source>
        <translation>已为 {customer} 创建工单 {case}</translation>
    </message>
    <message>
        <source>Recorded the first response to case {case} of {customer}</source>
        <translation>已记录 {customer} 的工单 {case} 的首次响应</translation>
    </message>
    <message>
        <source>Recorded a wait on the customer in case {case} of {customer}</source>
        <translation>已在 {customer} 的工单 {case} 中记录等待客户回复</translation>
    </message>
    <message>
        <source>Escalated to level {level} case {case} of {customer}</source>
        <translation>已将 {customer} 的工单 {case} 升级到第 {level} 级</translation>
    </message>
    <message>
        <source>Resolved case {case} of {customer}</source>
        <translation>已解决 {customer} 的工单 {case}</translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes it).</source>
        <translation>{done}（按 Ctrl+Z 可撤销）。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact — {customer}</source>
        <translation>新建联系人 — {customer}</translation>
    </message>
    <message>
        <source>Contact — {customer}</source>
        <translation>联系人 — {customer}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{named} named contacts, {seats} training seats.</source>
        <translation>指定联系人 {named} 位，培训名额 {seats} 个。</translation>
    </message>
    <message>
        <source>{count} named contacts (unlimited on {tier})</source>
        <translation>指定联系人 {count} 位（{tier} 不限）</translation>
    </message>
    <message>
        <source>No named contacts on {tier}</source>
        <translation>{tier} 不含指定联系人</translation>
    </message>
    <message>
        <source>{count} of {limit} named contacts used</source>
        <translation>已用指定联系人 {count}/{limit} 位</translation>
    </message>
    <message>
        <source>{count} training seats (unlimited on {tier})</source>
        <translation>培训名额 {count} 个（{tier} 不限）</translation>
    </message>
    <message>
        <source>no training seats on {tier}</source>
        <translation>{tier} 不含培训名额</translation>
    </message>
    <message>
        <source>{count} of {limit} training seats used</source>
        <translation>已用培训名额 {count}/{limit} 个</translation>
    </message>
    <message>
        <source>{named}; {seats}.</source>
        <translation>{named}；{seats}。</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Named &amp;support contact (may open support cases)</source>
        <translation>指定支持联系人（可提交支持工单）(&amp;S)</translation>
    </message>
    <message>
        <source>Has an online &amp;training seat</source>
        <translation>拥有在线培训名额(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>★ named</source>
        <translation>★ 指定</translation>
    </message>
    <message>
        <source>training seat</source>
        <translation>培训名额</translation>
    </message>
</context>
<context>
    <name>ContractTermsModel</name>
    <message>
        <source>Tier</source>
        <translation>服务等级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>当前生效</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>No money changes: the month&apos;s charges stay as issued.</source>
        <translation>金额没有变化：该月的费用保持出具时的数额。</translation>
    </message>
    <message>
        <source>{month}, the fee: a charge of {amount} USD</source>
        <translation>{month}，月费：收费 {amount} USD</translation>
    </message>
    <message>
        <source>{month}, the fee: a credit of {amount} USD</source>
        <translation>{month}，月费：抵扣 {amount} USD</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a charge of {amount} USD ({hours})</source>
        <translation>{month}，{category}超额：收费 {amount} USD（{hours}）</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a credit of {amount} USD ({hours})</source>
        <translation>{month}，{category}超额：抵扣 {amount} USD（{hours}）</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the changes of a list</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>The next report issued will carry {changes}.</source>
        <translation>下一份出具的报告将包含{changes}。</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>记录更正</translation>
    </message>
    <message>
        <source>Entry {entry}: {hours} of {category} for {customer} on {day}, by {engineer}. Its month is issued, so the entry stays as it is and the correction is recorded beside it.</source>
        <translation>记录 {entry}：{engineer} 于 {day} 为 {customer} 记录的{category} {hours}。其月份已出具，因此该记录保持不变，更正记录在其旁边。</translation>
    </message>
    <message>
        <source>What the entry should have been; 0 takes it back entirely</source>
        <translation>该记录应有的工时；0 表示全部撤销</translation>
    </message>
    <message>
        <source>Why, in a few words (kept with the correction)</source>
        <translation>简要说明原因（与更正一同保存）</translation>
    </message>
    <message>
        <source>Hours it should have been:</source>
        <translation>正确工时：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>更正需要填写原因。</translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>已于 %n 天前结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named contacts (unlimited)</source>
        <translation>
            <numerusform>指定联系人 %n 位（不限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts — over the tier&apos;s limit</source>
        <translation>
            <numerusform>指定联系人 {count}/%n 位 — 超出服务等级上限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts</source>
        <translation>
            <numerusform>指定联系人 {count}/%n 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit {customer}</source>
        <translation>编辑 {customer}</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s starting price)</source>
        <translation>{fee}（{tier} 起价）</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee}（{tier} 价格）</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>The customer&apos;s company name</source>
        <translation>客户的公司名称</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>服务等级(&amp;T)</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>月费(&amp;F)</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>美元/月</translation>
    </message>
    <message>
        <source>Contract &amp;start</source>
        <translation>合同开始(&amp;S)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Contract &amp;end</source>
        <translation>合同结束(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;o end date</source>
        <translation>无结束日期(&amp;O)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin or New_York</source>
        <translation>输入城市，例如 Berlin 或 New_York</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>报告语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;CSM</source>
        <translation>CSM(&amp;C)</translation>
    </message>
    <message>
        <source>Customer success manager (optional)</source>
        <translation>客户成功经理（可选）</translation>
    </message>
    <message>
        <source>T&amp;AM</source>
        <translation>TAM(&amp;A)</translation>
    </message>
    <message>
        <source>Technical account manager (optional)</source>
        <translation>技术客户经理（可选）</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>公共假日(&amp;H)</translation>
    </message>
    <message>
        <source>None; or a country code such as DE or US-CA</source>
        <translation>无；或国家/地区代码，例如 DE 或 US-CA</translation>
    </message>
    <message>
        <source>Unused hours &amp;roll over</source>
        <translation>未用工时结转(&amp;R)</translation>
    </message>
    <message>
        <source>Hours left at the end of a period carry into the next one, at most one period&apos;s allowance.</source>
        <translation>期末剩余的工时结转到下一期，最多为一期的包含工时额度。</translation>
    </message>
    <message>
        <source>The tier and its fee change with Change tier…, which keeps the contract history and prorates the month.</source>
        <translation>服务等级及其月费通过“变更服务等级…”修改，合同历史会保留，当月费用按比例折算。</translation>
    </message>
</context>
<context>
    <name>CustomersForm</name>
    <message>
        <source>Search name, CSM or TAM (Ctrl+F)</source>
        <translation>搜索名称、CSM 或 TAM（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filters the table as you type; Esc clears, Down goes to the table</source>
        <translation>输入时即筛选表格；按 Esc 清除，按向下键转到表格</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <source>Select a customer in the table to see its contract, contacts and notes, or add a customer with Ctrl+N.</source>
        <translation>在表格中选择客户以查看其合同、联系人和备注，或按 Ctrl+N 添加客户。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the name, dates, time zone, language, CSM or TAM</source>
        <translation>修改名称、日期、时区、语言、CSM 或 TAM</translation>
    </message>
    <message>
        <source>Change &amp;tier…</source>
        <translation>变更服务等级(&amp;T)…</translation>
    </message>
    <message>
        <source>Upgrade or downgrade from a date, with the month&apos;s fee and allowances previewed</source>
        <translation>自指定日期起升级或降级，并预览当月月费和包含工时额度</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s monthly service report for the toolbar&apos;s month (PDF)</source>
        <translation>导出该客户在工具栏所选月份的月度服务报告（PDF）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>服务等级</translation>
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
        <translation>合同</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>公共假日</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>指定联系人</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Contract history</source>
        <translation>合同历史</translation>
    </message>
    <message>
        <source>Each term runs from its date until the next one or the contract&apos;s end; the one in force today is bold. Upgrades and downgrades are prorated by days: use Change tier….</source>
        <translation>每个期间自其日期起，至下一个期间开始或合同结束为止；当前生效的期间以粗体显示。升级和降级按天数按比例折算：请使用“变更服务等级…”。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>编辑联系人(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected contact (or double-click it)</source>
        <translation>修改所选联系人（或双击该联系人）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected contact, e.g. someone who left the customer</source>
        <translation>移除所选联系人，例如已离开客户公司的人员</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>No contacts yet. Add the people who open support cases with Add contact….</source>
        <translation>暂无联系人。请通过“添加联系人…”添加提交支持工单的人员。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes about this account: who to call, what was promised, what to watch. Only your team sees them.</source>
        <translation>关于此客户的备注：联系谁、承诺了什么、需关注什么。仅您的团队可见。</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>保存备注(&amp;S)</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S)</source>
        <translation>保存备注（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>no end date</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>over contact limit ({count} of {limit} named)</source>
        <translation>超出联系人上限（指定 {count}/{limit} 位）</translation>
    </message>
    <message>
        <source>starts {day}</source>
        <translation>{day} 开始</translation>
    </message>
    <message>
        <source>contract ended</source>
        <translation>合同已结束</translation>
    </message>
    <message>
        <source>renewal due</source>
        <translation>待续约</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>服务等级</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
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
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Consulting {month}</source>
        <translation>{month}咨询</translation>
    </message>
    <message>
        <source>Consulting hours logged in the month chosen in the toolbar</source>
        <translation>工具栏所选月份记录的咨询工时</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>The {tier} tier includes no named contacts</source>
        <translation>{tier} 服务等级不含指定联系人</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <source>The customers could not be loaded. {message}
Check the database connection, then open the view again (Ctrl+2).</source>
        <translation>无法加载客户。{message}
请检查数据库连接，然后重新打开此视图（Ctrl+2）。</translation>
    </message>
    <message>
        <source>No customers yet. Add your first customer with Ctrl+N, or load the demo portfolio from the File menu.</source>
        <translation>暂无客户。按 Ctrl+N 添加第一位客户，或从“文件”菜单加载演示客户组合。</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>No customer, CSM or TAM matches “{search}”.
Press Esc to clear the search, or add a customer with Ctrl+N.</source>
        <translation>没有与“{search}”匹配的客户、CSM 或 TAM。
按 Esc 清除搜索，或按 Ctrl+N 添加客户。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer could not be read. {message}</source>
        <translation>无法读取客户。{message}</translation>
    </message>
    <message>
        <source>since {day}, {fee} a month</source>
        <translation>自 {day} 起，月费 {fee}</translation>
    </message>
    <message>
        <source>{tier} from {day}</source>
        <translation>自 {day} 起为 {tier}</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>from {day}, no end date</source>
        <translation>自 {day} 起，无结束日期</translation>
    </message>
    <message>
        <source>{zone} — {time} there now</source>
        <translation>{zone} — 当地时间 {time}</translation>
    </message>
    <message>
        <source>{calendar} public holidays</source>
        <translation>{calendar} 公共假日</translation>
    </message>
    <message>
        <source>none (Monday to Friday are working days)</source>
        <translation>无（周一至周五为工作日）</translation>
    </message>
    <message>
        <source>unused hours roll over</source>
        <translation>未使用工时可结转</translation>
    </message>
    <message>
        <source>reports issued up to {month}</source>
        <translation>报告已出具至{month}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no flags</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>未保存：{why}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The notes typed for {customer} could not be saved. {why}

What you typed, to copy elsewhere:

{notes}</source>
        <translation>无法保存为 {customer} 输入的备注。{why}

您输入的内容如下，可复制到别处：

{notes}</translation>
    </message>
    <message>
        <source>Remove {contact} (a named support contact) from {customer}&apos;s contacts?</source>
        <translation>要从 {customer} 的联系人中移除 {contact}（指定支持联系人）吗？</translation>
    </message>
    <message>
        <source>Remove {contact} from {customer}&apos;s contacts?</source>
        <translation>要从 {customer} 的联系人中移除 {contact} 吗？</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <source>{hours} in {month} (none included)</source>
        <translation>{month}：{hours}（无包含工时额度）</translation>
    </message>
    <message>
        <source>not included in {month}</source>
        <translation>{month}不包含</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}; {over} over, {charge}</source>
        <translation>{month}：已用 {used}／{included}；超额工时 {over}，超额费用 {charge}</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}</source>
        <translation>{month}：已用 {used}／{included}</translation>
    </message>
</context>
<context>
    <name>Engineer</name>
    <message>
        <source>Your name on the hours you log</source>
        <translation>您记录工时时使用的姓名</translation>
    </message>
    <message>
        <source>Which name should go on the hours you log? Your colleagues and the monthly reports see it. (The command line uses it too; Edit ▸ Preferences changes it.)</source>
        <translation>您记录的工时应使用哪个姓名？同事和月度报告都会看到它。（命令行也使用它；可在“编辑 ▸ 首选项”中修改。）</translation>
    </message>
</context>
<context>
    <name>EntitlementsForm</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>在工具栏中选择客户，查看其权益</translation>
    </message>
    <message>
        <source>Type a few letters of the name in the Customer box (Ctrl+F here) and pick it; the Month arrows choose the month. The Home view lists every customer&apos;s overage at once.</source>
        <translation>在“客户”框中输入名称的几个字母（此处按 Ctrl+F）并选择；用“月份”箭头选择月份。“首页”视图会一次列出所有客户的超额工时。</translation>
    </message>
    <message>
        <source>Export monthly &amp;report…</source>
        <translation>导出月度报告(&amp;R)…</translation>
    </message>
    <message>
        <source>The client&apos;s service report for this customer and month (PDF)</source>
        <translation>该客户该月的月度服务报告（PDF）</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>Overage charges</source>
        <translation>超额费用</translation>
    </message>
    <message>
        <source>Fee and overage</source>
        <translation>月费与超额费用</translation>
    </message>
    <message>
        <source>Seats and sessions</source>
        <translation>名额与培训场次</translation>
    </message>
    <message>
        <source>Adjustments for the next report</source>
        <translation>下一份报告的调整</translation>
    </message>
    <message>
        <source>Months already issued whose figures changed since: the next report issued for this customer charges or credits the difference.</source>
        <translation>已出具但其后数据有变动的月份：为该客户出具的下一份报告将补收或退还差额。</translation>
    </message>
</context>
<context>
    <name>EntitlementsView</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>在工具栏中选择客户，即可查看其权益</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>{year}年第{number}季度</translation>
    </message>
    <message>
        <source>{quarter} to date</source>
        <translation>{quarter}至今</translation>
    </message>
    <message>
        <source>{quarter} to the end of {month}</source>
        <translation>{quarter}至{month}底</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this quarter.</source>
        <translation>已出具：这些是报告中的数据；之后记录或更正的工时将作为调整计入下一份报告，而不计入本季度。</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this month.</source>
        <translation>已出具：这些是报告中的数据；之后记录或更正的工时将作为调整计入下一份报告，而不计入本月。</translation>
    </message>
    <message>
        <source>{month} has not started yet.</source>
        <translation>{month}尚未开始。</translation>
    </message>
    <message>
        <source>The quarter is over; these are its final figures.</source>
        <translation>本季度已结束；以下为最终数据。</translation>
    </message>
    <message>
        <source>The month is over; these are its final figures.</source>
        <translation>本月已结束；以下为最终数据。</translation>
    </message>
    <message>
        <source>Counted to the end of {month}; the forecast is on {current}.</source>
        <translation>统计至{month}底；预测针对{current}。</translation>
    </message>
    <message>
        <source>The contract starts on {day}.</source>
        <translation>合同于 {day} 开始。</translation>
    </message>
    <message>
        <source>The contract ended on {day}.</source>
        <translation>合同已于 {day} 结束。</translation>
    </message>
    <message>
        <source>No hours are included; every hour logged is overage.</source>
        <translation>不包含任何工时；记录的每小时都是超额工时。</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the quarter.</source>
        <translation>尚未使用：本季度的包含工时额度全部可用。</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the month.</source>
        <translation>尚未使用：本月的包含工时额度全部可用。</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage.</source>
        <translation>包含工时额度已用完；之后的工时为超额工时。</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage at {rate}/h.</source>
        <translation>包含工时额度已用完；之后的工时按 {rate}/小时 计为超额工时。</translation>
    </message>
    <message>
        <source>At this pace the allowance runs out on {day}.</source>
        <translation>按此进度，包含工时额度将于 {day} 用完。</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts until the contract ends on {day}.</source>
        <translation>按此进度，包含工时额度可用到合同于 {day} 结束。</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the quarter.</source>
        <translation>按此进度，包含工时额度足够本季度使用。</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the month.</source>
        <translation>按此进度，包含工时额度足够本月使用。</translation>
    </message>
    <message>
        <source>{hours} at {rate} = {charge}</source>
        <translation>{hours} × {rate} = {charge}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>SLA service credit</source>
        <translation>SLA 服务抵扣</translation>
    </message>
    <message>
        <source>{allowance} overage</source>
        <translation>{allowance}超额</translation>
    </message>
    <message>
        <source>{used} (unlimited)</source>
        <translation>{used}（不限）</translation>
    </message>
    <message>
        <source>{used} of {included}</source>
        <translation>{used} / {included}</translation>
    </message>
    <message>
        <source>this contract year, from {day}</source>
        <translation>本合同年度，自 {day} 起</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Reading the entitlements…</source>
        <translation>正在读取权益…</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>响应 SLA</translation>
    </message>
    <message>
        <source>{reason} Choose a customer in the toolbar to see what they are entitled to.</source>
        <translation>{reason} 在工具栏中选择客户，即可查看其权益。</translation>
    </message>
    <message>
        <source> then </source>
        <comment>between the tiers of one month</comment>
        <translation> 之后 </translation>
    </message>
    <message>
        <source>contract from {start}</source>
        <translation>合同自 {start} 起</translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation>合同 {start} 至 {end}</translation>
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
        <translation>{customer} 的合同不覆盖{month}，因此该月不包含任何内容；请用月份箭头选择其他月份。</translation>
    </message>
    <message>
        <source>{tier} includes no consulting or development hours in {month}; hours logged are tracked below but not measured against an allowance.</source>
        <translation>{tier}在{month}不包含咨询或开发工时；记录的工时列在下方，但不计入包含工时额度。</translation>
    </message>
    <message>
        <source>Issued — these are the figures of report {report}. Changes made since reach the client as adjustments on the next report.</source>
        <translation>已出具 — 这些是报告 {report} 的数据。之后的更改将作为调整计入下一份报告并告知客户。</translation>
    </message>
    <message>
        <source>Fee and hours in {month}, as issued</source>
        <translation>{month}的月费和工时（出具时）</translation>
    </message>
    <message>
        <source>Fee and hours in {month}</source>
        <translation>{month}的月费和工时</translation>
    </message>
    <message>
        <source>Fee, prorated by days</source>
        <translation>月费，按天数折算</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the categories of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Hours logged: {hours}</source>
        <translation>已记录工时：{hours}</translation>
    </message>
    <message>
        <source>No hours logged in {month}; log them in the Hours view (Ctrl+4).</source>
        <translation>{month}没有记录工时；请在“工时台账”视图（Ctrl+4）中记录。</translation>
    </message>
    <message>
        <source>No hours logged in {month}.</source>
        <translation>{month}没有记录工时。</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>{month}的响应 SLA</translation>
    </message>
    <message>
        <source>No cases were due in {month} (target {target} %).</source>
        <translation>{month}没有到期的工单（目标 {target} %）。</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} % — breached</source>
        <translation>达成率 {attainment} %，目标 {target} % — 已违约</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} %</source>
        <translation>达成率 {attainment} %，目标 {target} %</translation>
    </message>
    <message>
        <source>Cases due: {due}, met: {met}</source>
        <translation>到期工单：{due}，按时：{met}</translation>
    </message>
    <message>
        <source>Service credit: {credit} ({percent} % of the fee)</source>
        <translation>服务抵扣：{credit}（月费的 {percent} %）</translation>
    </message>
    <message>
        <source>No service credit ({percent} % of the fee if breached)</source>
        <translation>无服务抵扣（违约时为月费的 {percent} %）</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>column of the adjustments</comment>
        <translation>月份</translation>
    </message>
    <message>
        <source>What</source>
        <comment>column of the adjustments</comment>
        <translation>项目</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column of the adjustments</comment>
        <translation>工时</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column of the adjustments</comment>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column of the adjustments</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Together on the next report</source>
        <translation>下一份报告合计</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown step the month; the Customer box finds as you type.</source>
        <translation>Ctrl+PgUp 和 Ctrl+PgDown 切换月份；“客户”框边输入边查找。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>全部更改</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>筛选历史记录</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <source>The history could not be read. {message}</source>
        <translation>无法读取历史记录。{message}</translation>
    </message>
</context>
<context>
    <name>HomeForm</name>
    <message>
        <source>Portfolio</source>
        <translation>客户组合</translation>
    </message>
    <message>
        <source>Find a customer in these lists (Ctrl+F)</source>
        <translation>在这些列表中查找客户（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Overage this month</source>
        <translation>本月超额工时</translation>
    </message>
    <message>
        <source>No overage this month.</source>
        <translation>本月没有超额工时。</translation>
    </message>
    <message>
        <source>Allowances past 80 %</source>
        <translation>已用超过 80% 的包含工时额度</translation>
    </message>
    <message>
        <source>No allowance is past 80 % this month.</source>
        <translation>本月没有已用超过 80% 的包含工时额度。</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>逾期的评审</translation>
    </message>
    <message>
        <source>No overdue reviews.</source>
        <translation>没有逾期的评审。</translation>
    </message>
    <message>
        <source>Renewals within 60 days</source>
        <translation>60 天内续约</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days.</source>
        <translation>未来 60 天内没有到期的合同。</translation>
    </message>
    <message>
        <source>Adjustments waiting for the next report</source>
        <translation>待计入下一份报告的调整</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>没有待计入报告的调整。</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio</source>
        <translation>每月工时（整个客户组合）</translation>
    </message>
    <message>
        <source>No hours logged in these twelve months. Log hours in the Hours view (Ctrl+4) and they show here by month and category.</source>
        <translation>近十二个月没有记录工时。在“工时”视图（Ctrl+4）中记录工时后，将按月份和类别显示在此处。</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>正在加载仪表板…</translation>
    </message>
    <message>
        <source>Open a customer to see the adjustments in Entitlements.</source>
        <translation>打开客户即可在“权益”中查看调整。</translation>
    </message>
    <message>
        <source>Reading the support cases…</source>
        <translation>正在读取支持工单…</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it.</source>
        <translation>双击客户或按 Enter 键将其打开。</translation>
    </message>
    <message>
        <source>SLA at risk now / breached this month</source>
        <translation>SLA：当前有风险／本月已违约</translation>
    </message>
    <message>
        <source>Double-click a case, or press Enter, to open it in Cases.</source>
        <translation>双击工单或按 Enter 键，在“支持工单”中将其打开。</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Adding up the hours of twelve months…</source>
        <translation>正在汇总十二个月的工时…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation>无法读取仪表板：{reason}</translation>
    </message>
    <message>
        <source>Portfolio in {month}</source>
        <translation>{month}客户组合</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers · reviews and renewals as of {day}</source>
        <translation>
            <numerusform>%Ln 位客户 · 评审和续约截至 {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overage in {month}</source>
        <translation>{month}超额</translation>
    </message>
    <message>
        <source>All customers&apos; overage charges in the month together</source>
        <translation>本月全部客户的超额费用合计</translation>
    </message>
    <message>
        <source>No overage in {month}: every customer stayed within their allowances.</source>
        <translation>{month}没有超额：每位客户都在其包含工时额度之内。</translation>
    </message>
    <message>
        <source>Allowances past 80 % in {month}</source>
        <translation>{month}超过 80 % 的包含工时额度</translation>
    </message>
    <message>
        <source>No allowance is past 80 % in {month}. Customers show here as they near their included hours.</source>
        <translation>{month}没有超过 80 % 的包含工时额度。客户接近其包含工时时会显示在这里。</translation>
    </message>
    <message>
        <source>No overdue reviews. A planned review shows here once its time has passed and it is not marked held, cancelled or missed in the Reviews view.</source>
        <translation>没有逾期评审。已计划的评审在时间过后、且未在“评审”视图中标记为已举行、已取消或未举行时，会显示在这里。</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days. Contracts show here two months before they end.</source>
        <translation>未来 60 天内没有合同结束。合同在结束前两个月显示在这里。</translation>
    </message>
    <message>
        <source>Customers whose next report carries adjustments to months already issued</source>
        <translation>下一份报告将包含已出具月份调整的客户</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>没有待计入报告的调整。</translation>
    </message>
    <message>
        <source>SLA at risk now / breached in {month}</source>
        <translation>SLA：当前有风险／{month}已违约</translation>
    </message>
    <message>
        <source>No case is at risk now, and none breached its response target in {month}.</source>
        <translation>目前没有有风险的工单，{month}也没有工单违反响应目标。</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio: {first} to {last}</source>
        <translation>按月工时，整个客户组合：{first} 至 {last}</translation>
    </message>
    <message>
        <source>{hours} in total</source>
        <translation>合计 {hours}</translation>
    </message>
    <message>
        <source>No customer matching “{typed}” in this list.</source>
        <translation>此列表中没有与“{typed}”匹配的客户。</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>LedgerForm</name>
    <message>
        <source>Cu&amp;stomer</source>
        <translation>客户(&amp;S)</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name</source>
        <translation>输入客户名称</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>工时(&amp;U)</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1.5 或 1:30</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>类别(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Description (client sees this)</source>
        <translation>工作内容（客户可见）(&amp;D)</translation>
    </message>
    <message>
        <source>What the hours were for, as the report says it</source>
        <translation>工时的用途，按报告中的表述填写</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report; required for consulting and development hours</source>
        <translation>打印在客户的月度服务报告上；咨询和开发工时必填</translation>
    </message>
    <message>
        <source>Internal n&amp;ote (team only)</source>
        <translation>内部备注（仅限团队）(&amp;O)</translation>
    </message>
    <message>
        <source>Never on a report</source>
        <translation>不会出现在报告中</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>仅供团队使用：不会打印在报告上</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <source>Log these hours (Enter in any field)</source>
        <translation>记录这些工时（在任意字段中按 Enter）</translation>
    </message>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>输入工时并按 Enter 即可记录；客户、日期、类别、工作内容和备注会保留，供下一条记录使用。</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>显示所有客户</translation>
    </message>
    <message>
        <source>&amp;All months</source>
        <translation>所有月份(&amp;A)</translation>
    </message>
    <message>
        <source>Show every month instead of the month chosen in the toolbar</source>
        <translation>显示所有月份，而不仅是工具栏所选月份</translation>
    </message>
    <message>
        <source>Only the hours one engineer logged</source>
        <translation>仅显示某位工程师记录的工时</translation>
    </message>
    <message>
        <source>Only one category of hours</source>
        <translation>仅显示某一类别的工时</translation>
    </message>
    <message>
        <source>Search text (Ctrl+F)</source>
        <translation>搜索文本（Ctrl+F）</translation>
    </message>
    <message>
        <source>Finds entries whose description or internal note holds the text</source>
        <translation>查找工作内容或内部备注中包含该文本的记录</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>编辑（F2）</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>删除（Del）</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>记录更正…</translation>
    </message>
    <message>
        <source>Correct an entry of an issued month (Ctrl+Shift+R): the change reaches the client as an adjustment on the next report</source>
        <translation>更正已出具月份中的记录（Ctrl+Shift+R）：变动将作为调整体现在客户的下一份报告中</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Description (client)</source>
        <translation>工作内容（客户可见）</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>What the client reads on the monthly report</source>
        <translation>客户在月度报告中看到的内容</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>仅限团队：绝不会打印在报告上</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: this entry is read-only. Record a correction instead.</source>
        <translation>{customer} 的{month}已出具：此记录为只读。请改为记录更正。</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: no reason given</source>
        <translation>记录 {entry} 的更正：未填写原因</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: {reason}</source>
        <translation>记录 {entry} 的更正：{reason}</translation>
    </message>
    <message>
        <source>Internal, never on a report: {note}</source>
        <translation>内部，绝不出现在报告上：{note}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>输入工时并按 Enter 键记录；客户、日期、类别、工作内容和备注会保留到下一条记录。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>description</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>工时台账</translation>
    </message>
    <message>
        <source>Reading the hours ledger…</source>
        <translation>正在读取工时台账…</translation>
    </message>
    <message>
        <source>Listing the engineers…</source>
        <translation>正在列出工程师…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name first.</source>
        <translation>请先输入客户名称。</translation>
    </message>
    <message>
        <source>Type the hours spent, e.g. 1.5 or 1:30.</source>
        <translation>输入所用工时，例如 1.5 或 1:30。</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it). It is outside the filters, so the table does not show it.</source>
        <translation>已为 {customer} 记录 {day} 的{category} {hours}（Ctrl+Z 可撤销）。该记录不在筛选范围内，因此表格中不显示。</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it).</source>
        <translation>已为 {customer} 记录 {day} 的{category} {hours}（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Select an entry to change it.</source>
        <translation>请选择要修改的记录。</translation>
    </message>
    <message>
        <source>Select an entry of an issued month to correct it; entries of open months are changed directly.</source>
        <translation>请选择已出具月份的记录进行更正；未锁定月份的记录可直接修改。</translation>
    </message>
    <message>
        <source>Correction recorded; the next report issued carries the adjustment (Ctrl+Z takes it back).</source>
        <translation>已记录更正；下一份出具的报告将包含该调整（Ctrl+Z 可撤回）。</translation>
    </message>
    <message>
        <source>Select an entry to see its history.</source>
        <translation>请选择记录以查看其历史。</translation>
    </message>
    <message>
        <source>History of entry {entry} ({customer}, {day})</source>
        <translation>记录 {entry} 的历史（{customer}，{day}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries are selected; delete at most {most} at once.</source>
        <translation>
            <numerusform>已选择 %Ln 条记录；一次最多删除 {most} 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entries to delete.</source>
        <translation>请选择要删除的记录。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entries (Ctrl+Z brings it back).</source>
        <translation>
            <numerusform>已删除 %Ln 条记录（Ctrl+Z 可恢复）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Any engineer</source>
        <translation>全部工程师</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>记录更正…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · {hours}</source>
        <translation>
            <numerusform>%Ln 条记录 · {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>all months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: its entries are read-only. A correction goes into the next open month.</source>
        <translation>{customer} 的{month}已出具：其记录为只读。更正将计入下一个未锁定的月份。</translation>
    </message>
    <message>
        <source>No entries match these filters. Choose “Clear filters” above to see every entry again.</source>
        <translation>没有符合这些筛选条件的记录。点击上方的“清除筛选”可再次查看全部记录。</translation>
    </message>
    <message>
        <source>No hours logged for {customer} in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>{month}没有为 {customer} 记录工时。在上方输入工时并按 Enter 键即可记录第一条。勾选“全部月份”查看其他月份，或在工具栏中切换月份。</translation>
    </message>
    <message>
        <source>No hours logged for {customer} yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>尚未为 {customer} 记录工时。在上方输入工时并按 Enter 键即可记录第一条。</translation>
    </message>
    <message>
        <source>No hours logged in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>{month}没有记录工时。在上方输入工时并按 Enter 键即可记录第一条。勾选“全部月份”查看其他月份，或在工具栏中切换月份。</translation>
    </message>
    <message>
        <source>No hours logged yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>尚未记录工时。在上方输入工时并按 Enter 键即可记录第一条。</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Change…&lt;/a&gt;</source>
        <translation>记录人 &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;更改…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; (your login) · &lt;a href=&apos;name&apos;&gt;Set your name…&lt;/a&gt;</source>
        <translation>记录人 &lt;b&gt;{name}&lt;/b&gt;（您的登录名） · &lt;a href=&apos;name&apos;&gt;设置姓名…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The name on the hours you log here and on the command line (Edit ▸ Preferences)</source>
        <translation>在这里和命令行中记录工时时使用的姓名（编辑 ▸ 首选项）</translation>
    </message>
    <message>
        <source>This entry is read-only: {month} is issued for {customer}, so its entries can be neither changed nor deleted. Record a correction instead (Ctrl+Shift+R).</source>
        <translation>此记录为只读：{customer} 的{month}已出具，其记录既不能修改也不能删除。请改为记录更正（Ctrl+Shift+R）。</translation>
    </message>
    <message>
        <source>This entry corrects entry {entry} of an issued month; corrections stay as they were recorded.</source>
        <translation>此记录更正了已出具月份的记录 {entry}；更正保持记录时的内容。</translation>
    </message>
    <message>
        <source>Changed the date (Ctrl+Z undoes it).</source>
        <translation>已修改日期（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Changed the customer (Ctrl+Z undoes it).</source>
        <translation>已修改客户（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Changed the category (Ctrl+Z undoes it).</source>
        <translation>已修改类别（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Changed the engineer (Ctrl+Z undoes it).</source>
        <translation>已修改工程师（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Changed the hours (Ctrl+Z undoes it).</source>
        <translation>已修改工时（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Changed the description (Ctrl+Z undoes it).</source>
        <translation>已修改工作内容（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Changed the internal note (Ctrl+Z undoes it).</source>
        <translation>已修改内部备注（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Pick a date from the calendar.</source>
        <translation>请从日历中选择日期。</translation>
    </message>
    <message>
        <source>An entry needs a customer.</source>
        <translation>记录需要客户。</translation>
    </message>
    <message>
        <source>An entry needs the engineer who spent the hours.</source>
        <translation>记录需要投入工时的工程师。</translation>
    </message>
</context>
<context>
    <name>LevelBadge</name>
    <message>
        <source>Within allowance</source>
        <translation>在额度之内</translation>
    </message>
    <message>
        <source>Nearly used</source>
        <translation>即将用完</translation>
    </message>
    <message>
        <source>Over allowance</source>
        <translation>超出额度</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>The database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <source>Updated with changes by {who}.</source>
        <translation>已根据 {who} 的更改更新。</translation>
    </message>
    <message>
        <source>Not receiving others&apos; changes</source>
        <translation>未接收他人的更改</translation>
    </message>
    <message>
        <source>The connection to {where} was lost; trying again every {seconds} seconds. ({reason})</source>
        <translation>与 {where} 的连接已断开；每 {seconds} 秒重试一次。（{reason}）</translation>
    </message>
    <message>
        <source>Asking who else is connected…</source>
        <translation>正在查询还有谁已连接…</translation>
    </message>
    <message>
        <source>Who else is connected could not be read: {message}</source>
        <translation>无法读取已连接的用户：{message}</translation>
    </message>
    <message>
        <source>{name} (as {role})</source>
        <translation>{name}（角色 {role}）</translation>
    </message>
    <message>
        <source>No one else connected</source>
        <translation>没有其他人连接</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>同时连接：{names}</translation>
    </message>
</context>
<context>
    <name>LoadedWhenShown</name>
    <message>
        <source>Reading the database…</source>
        <translation>正在读取数据库…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>AccountDesk 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>工时台账</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Counting customers and entries…</source>
        <translation>正在统计客户和记录…</translation>
    </message>
    <message>
        <source>{file} is an empty file. Make it a new AccountDesk database?</source>
        <translation>{file} 是空文件。要把它设为新的 AccountDesk 数据库吗？</translation>
    </message>
    <message>
        <source>{file} was left as it was, an empty file.</source>
        <translation>{file} 保持原样，仍为空文件。</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>正在打开 {database}…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>{file} already exists; a new database needs a new file name. To work in that database, choose File ▸ Open database….</source>
        <translation>{file} 已存在；新数据库需要新的文件名。要在该数据库中工作，请选择“文件 ▸ 打开数据库…”。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation>记录工时</translation>
    </message>
    <message>
        <source>Log hours (Ctrl+L)</source>
        <translation>记录工时（Ctrl+L）</translation>
    </message>
    <message>
        <source> Customer: </source>
        <translation> 客户： </translation>
    </message>
    <message>
        <source> Month: </source>
        <translation> 月份： </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation>上个月（Ctrl+PgUp）</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown)</source>
        <translation>下个月（Ctrl+PgDown）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近的数据库</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>加载演示数据…</translation>
    </message>
    <message>
        <source>Back up database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo {command}</source>
        <translation>撤销：{command}</translation>
    </message>
    <message>
        <source>Redo {command}</source>
        <translation>重做：{command}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>Monthly report for this customer…</source>
        <translation>此客户的月度报告…</translation>
    </message>
    <message>
        <source>Month-end batch…</source>
        <translation>月末批量处理…</translation>
    </message>
    <message>
        <source>Reopen month…</source>
        <translation>重新打开月份…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation>关于 AccountDesk</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>尚未打开任何数据库</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Loaded the demo portfolio: {customers} customers, {entries} ledger entries.</source>
        <translation>已加载演示客户组合：{customers} 位客户，{entries} 条工时记录。</translation>
    </message>
    <message>
        <source>Loading the demo portfolio…</source>
        <translation>正在加载演示客户组合…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>SQLite 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to reopen one of its months.</source>
        <translation>请在工具栏中选择客户，以重新打开其某个月份。</translation>
    </message>
    <message>
        <source>Reopen month</source>
        <translation>重新打开月份</translation>
    </message>
    <message>
        <source>Why is {month} reopened for {customer}? Its next issue will be a new revision of the report.</source>
        <translation>为什么要为 {customer} 重新打开{month}？下一次出具将是报告的新修订版。</translation>
    </message>
    <message>
        <source>Reopened {month} for {customer} (Ctrl+Z issues it again as it was).</source>
        <translation>已为 {customer} 重新打开{month}（Ctrl+Z 可按原样重新出具）。</translation>
    </message>
    <message>
        <source>Support contracts, entitlements, hours and reviews for customer success teams.</source>
        <translation>面向客户成功团队的支持合同、权益、工时和评审管理。</translation>
    </message>
    <message>
        <source>SQLite (local)</source>
        <translation>SQLite（本地）</translation>
    </message>
    <message>
        <source>PostgreSQL (team)</source>
        <translation>PostgreSQL（团队）</translation>
    </message>
    <message>
        <source>{customers} · {entries} · signed in as {user} · {database}</source>
        <translation>{customers} · {entries} · 以 {user} 身份登录 · {database}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be read: {reason}</source>
        <translation>无法读取数据库：{reason}</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have been finished. The details are in {log}; please send it to your support contact.</source>
        <translation>出现问题，您正在进行的操作可能未完成。详细信息在 {log} 中；请将其发送给您的支持联系人。</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Choose a customer in the toolbar first: a monthly report is about one customer. For every customer at once, use Reports ▸ Month-end batch….</source>
        <translation>请先在工具栏中选择客户：月度报告针对单个客户。要一次处理所有客户，请使用“报告 ▸ 月末批量处理…”。</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Monthly service report</source>
        <translation>月度服务报告</translation>
    </message>
    <message>
        <source>Draft: built from the live ledger; every page is marked DRAFT until the month is issued.</source>
        <translation>草稿：根据当前工时台账生成；在该月出具之前，每页都标有“草稿”。</translation>
    </message>
    <message>
        <source>Issued on {day} by {person} as report {report}. The month is locked; an export gives exactly the report that was issued.</source>
        <translation>已于 {day} 由 {person} 出具为报告 {report}。该月已锁定；导出得到的正是出具的报告。</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>出具报告：写出最终 PDF 并锁定客户的该月</translation>
    </message>
    <message>
        <source>The pages could not be shown; export the PDF to read it.</source>
        <translation>无法显示页面；请导出 PDF 后阅读。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>导出月度报告</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Issue the monthly report</source>
        <translation>出具月度报告</translation>
    </message>
    <message>
        <source>Issuing the {month} report for {customer} locks {month} for this customer: hours dated in it can no longer be logged, changed or deleted, and the report becomes final (a later export gives exactly the same report). Corrections then go into the next open month.

Issue it now?</source>
        <translation>为 {customer} 出具{month}的报告将锁定该客户的{month}：该月的工时将无法再记录、修改或删除，报告将成为最终版本（之后导出得到的是同一份报告）。之后的更正将计入下一个未锁定的月份。

现在出具吗？</translation>
    </message>
    <message>
        <source>Issuing the report…</source>
        <translation>正在出具报告…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued report {report} ({pages}) and wrote it to {file}. {month} is now locked for {customer}.</source>
        <translation>已出具报告 {report}（{pages}）并写入 {file}。{customer} 的{month}现已锁定。</translation>
    </message>
    <message>
        <source>Wrote the draft report ({pages}) to {file}.</source>
        <translation>已将报告草稿（{pages}）写入 {file}。</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file} — the same file that was issued.</source>
        <translation>已将出具的报告 {report}（{pages}）写入 {file} — 与出具时的文件相同。</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file}.</source>
        <translation>已将出具的报告 {report}（{pages}）写入 {file}。</translation>
    </message>
    <message>
        <source>No application opened {file}; open it from its folder.</source>
        <translation>没有应用程序打开 {file}，请从其所在文件夹打开。</translation>
    </message>
</context>
<context>
    <name>OverageModel</name>
    <message>
        <source>{customer}: {hours} over the allowances, charged {charge}</source>
        <translation>{customer}：超出包含工时额度 {hours}，收费 {charge}</translation>
    </message>
</context>
<context>
    <name>OverdueReviewsModel</name>
    <message>
        <source>{review}, {day}</source>
        <translation>{review}，{day}</translation>
    </message>
    <message numerus="yes">
        <source>{oldest} (+%Ln more)</source>
        <translation>
            <numerusform>{oldest}（另有 %Ln 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln reviews not recorded; the oldest, {review}, was due {day}</source>
        <translation>
            <numerusform>{customer}：%Ln 次评审未记录；最早的一次（{review}）应于 {day} 举行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingAdjustmentsModel</name>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a credit of {amount}</source>
        <translation>
            <numerusform>{customer}：{months}的 %Ln 项调整等待计入下一份报告，合计抵扣 {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a charge of {amount}</source>
        <translation>
            <numerusform>{customer}：{months}的 %Ln 项调整等待计入下一份报告，合计收费 {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <source>You (on this computer)</source>
        <translation>个人设置（本机）</translation>
    </message>
    <message>
        <source>Your name on the hours you log:</source>
        <translation>记录工时时显示的姓名：</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>A new language applies the next time AccountDesk starts.</source>
        <translation>新语言将在下次启动 AccountDesk 时生效。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation>默认徽标</translation>
    </message>
    <message>
        <source>Company (on every report, for the whole team)</source>
        <translation>公司（用于所有报告，对整个团队生效）</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>服务名称：</translation>
    </message>
    <message>
        <source>Report footer:</source>
        <translation>报告页脚：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <source>Your company&apos;s logo</source>
        <translation>贵公司的徽标</translation>
    </message>
    <message>
        <source>AccountDesk&apos;s logo</source>
        <translation>AccountDesk 的徽标</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>公司徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图像 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Open another database, or start a new one?</source>
        <translation>打开另一个数据库，还是新建一个？</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>打开其他…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>{tier}, {day}</source>
        <translation>{tier}，{day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}&apos;s {tier} contract ends on {day}, in %Ln days</source>
        <translation>
            <numerusform>{customer} 的{tier}合同将于 {day} 结束，还有 %Ln 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>The report&apos;s pages, exactly as the PDF will print them</source>
        <translation>报告页面，与 PDF 打印效果完全一致</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the report as a PDF; before the month is issued it is marked DRAFT</source>
        <translation>将报告导出为 PDF；该月出具之前，报告标有“草稿”</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>出具…</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>出具报告：生成最终 PDF 并锁定该客户的该月</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Open the report just written in the system&apos;s PDF viewer</source>
        <translation>在系统的 PDF 查看器中打开刚生成的报告</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参会人员(&amp;A)：</translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation>参会人员，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Summary for the client:</source>
        <translation>给客户的摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report: what was reviewed and agreed</source>
        <translation>打印在客户的月度服务报告上：评审内容和达成的共识</translation>
    </message>
    <message>
        <source>The client reads this on the monthly report</source>
        <translation>客户会在月度服务报告中看到此内容</translation>
    </message>
    <message>
        <source>Internal &amp;notes (team only):</source>
        <translation>内部备注（仅限团队）(&amp;N)：</translation>
    </message>
    <message>
        <source>For the team only, never on a report: concerns, follow-ups</source>
        <translation>仅供团队使用，不会出现在报告中：关注事项、后续跟进</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>仅供团队使用：不会打印在报告上</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>举行时间(&amp;O)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the review took place, on the customer&apos;s clock</source>
        <translation>评审举行的时间（客户所在时区）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the review is cancelled (required)</source>
        <translation>取消评审的原因（必填）</translation>
    </message>
</context>
<context>
    <name>ReviewOutcomeDialog</name>
    <message>
        <source>{day}, {time} ({minutes} minutes) · {state}</source>
        <translation>{day}，{time}（{minutes} 分钟） · {state}</translation>
    </message>
    <message>
        <source>Review held</source>
        <translation>评审已举行</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>标记为已举行</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>取消评审</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>ReviewsForm</name>
    <message>
        <source>Reviews</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Plan ahead</source>
        <translation>提前安排</translation>
    </message>
    <message>
        <source>Schedule the reviews each tier owes over the next 90 days (never twice)</source>
        <translation>安排未来 90 天内各服务等级应举行的评审（不会重复安排）</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Planned reviews: overdue, this week and later</source>
        <translation>已计划的评审：逾期、本周及以后</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>过往评审</translation>
    </message>
    <message>
        <source>Held, cancelled and missed reviews of the month chosen in the toolbar</source>
        <translation>工具栏所选月份中已举行、已取消和未举行的评审</translation>
    </message>
    <message>
        <source>Filter by customer or review (Ctrl+F)</source>
        <translation>按客户或评审筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter reviews</source>
        <translation>筛选评审</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>已举行…</translation>
    </message>
    <message>
        <source>Record that the selected review took place, with notes and attendees</source>
        <translation>记录所选评审已举行，并填写备注和参会人员</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Cancel the selected review, with a reason</source>
        <translation>取消所选评审，并注明原因</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未举行</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>记录所选评审未举行</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time (customer&apos;s zone)</source>
        <translation>时间（客户时区）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未举行</translation>
    </message>
    <message>
        <source>Overdue (today)</source>
        <translation>已逾期（今天）</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>已逾期 1 天</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>已逾期 {count} 天</translation>
    </message>
    <message numerus="yes">
        <source>{group} · %Ln reviews</source>
        <translation>
            <numerusform>{group} · %Ln 次评审</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click (or press Enter) to open {customer}.</source>
        <translation>双击（或按 Enter 键）打开 {customer}。</translation>
    </message>
    <message>
        <source>{minutes} minutes; your time: {when}</source>
        <translation>{minutes} 分钟；您的时间：{when}</translation>
    </message>
    <message>
        <source>Held on: {when}</source>
        <translation>举行时间：{when}</translation>
    </message>
    <message>
        <source>Attendees: {names}</source>
        <translation>参会人：{names}</translation>
    </message>
    <message>
        <source>Summary for the client: {text}</source>
        <translation>给客户的摘要：{text}</translation>
    </message>
    <message>
        <source>Internal notes: {text}</source>
        <translation>内部备注：{text}</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>原因：{text}</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>正在加载评审…</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>已举行…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未举行</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>This week (to {day})</source>
        <translation>本周（至 {day}）</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>The reviews could not be read: {reason}</source>
        <translation>无法读取评审：{reason}</translation>
    </message>
    <message>
        <source>No review matches “{typed}”. Clear the filter to see all {count}.</source>
        <translation>没有与“{typed}”匹配的评审。清除筛选可查看全部 {count} 项。</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month} for {customer}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>{month}没有 {customer} 的已举行、已取消或未举行的到期评审。请在工具栏中切换月份，或返回日程。</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>{month}没有已举行、已取消或未举行的到期评审。请在工具栏中切换月份，或返回日程。</translation>
    </message>
    <message>
        <source>No reviews are planned for {customer}. Plan ahead to schedule what their tier owes over the next {days} days; a Community contract includes no reviews.</source>
        <translation>{customer} 没有已计划的评审。使用“提前计划”安排其服务等级在未来 {days} 天内应有的评审；Community 合同不包含评审。</translation>
    </message>
    <message>
        <source>No reviews are planned. Plan ahead to schedule the reviews each customer&apos;s tier owes over the next {days} days.</source>
        <translation>没有已计划的评审。使用“提前计划”安排每位客户的服务等级在未来 {days} 天内应有的评审。</translation>
    </message>
    <message>
        <source>Reviews due in {month} whose outcome is recorded: {held} held · {cancelled} cancelled · {missed} missed. Step the month in the toolbar to see another.</source>
        <translation>{month}到期且已记录结果的评审：已举行 {held} · 已取消 {cancelled} · 未举行 {missed}。在工具栏中切换月份可查看其他月份。</translation>
    </message>
    <message>
        <source>{overdue} overdue · {week} this week · {later} later. Select a review to record how it went: Held…, Cancel… or Missed. Times are in each customer&apos;s time zone.</source>
        <translation>已逾期 {overdue} · 本周 {week} · 以后 {later}。选择评审以记录结果：已举行…、取消… 或未举行。时间均为各客户所在时区。</translation>
    </message>
    <message>
        <source>· All customers</source>
        <translation>· 全部客户</translation>
    </message>
    <message>
        <source>Write this customer&apos;s reviews to an iCalendar (.ics) file for any calendar app</source>
        <translation>将此客户的评审写入 iCalendar (.ics) 文件，可用于任何日历应用</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to export their reviews to a calendar file</source>
        <translation>在工具栏中选择客户，即可将其评审导出为日历文件</translation>
    </message>
    <message>
        <source>Schedule the reviews this customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>安排此客户的服务等级在未来 {days} 天内应有的评审（不会重复）</translation>
    </message>
    <message>
        <source>Schedule the reviews each customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>安排每位客户的服务等级在未来 {days} 天内应有的评审（不会重复）</translation>
    </message>
    <message>
        <source>This review has not happened yet.</source>
        <translation>此评审尚未进行。</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>记录所选评审未举行</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as held (Ctrl+Z undoes it).</source>
        <translation>已将与 {customer} 在 {day} 的{review}记录为已举行（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as cancelled (Ctrl+Z undoes it).</source>
        <translation>已将与 {customer} 在 {day} 的{review}记录为已取消（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as missed (Ctrl+Z undoes it).</source>
        <translation>已将与 {customer} 在 {day} 的{review}记录为未举行（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Planning reviews… {customer}</source>
        <translation>正在计划评审… {customer}</translation>
    </message>
    <message>
        <source>Planning reviews…</source>
        <translation>正在计划评审…</translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews for {customer} over the next {days} days.</source>
        <translation>
            <numerusform>已为 {customer} 在未来 {days} 天内计划 %Ln 次新评审。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews over the next {days} days.</source>
        <translation>
            <numerusform>已在未来 {days} 天内计划 %Ln 次新评审。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to plan for {customer}: every review owed over the next {days} days is already on the agenda.</source>
        <translation>{customer} 没有需要新计划的内容：未来 {days} 天内应有的评审都已在日程中。</translation>
    </message>
    <message>
        <source>Nothing new to plan: every review owed over the next {days} days is already on the agenda.</source>
        <translation>没有需要新计划的内容：未来 {days} 天内应有的评审都已在日程中。</translation>
    </message>
    <message>
        <source>Planning stopped early; plan again to finish.</source>
        <translation>计划提前停止；请再次计划以完成。</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>客户 {id}</translation>
    </message>
    <message>
        <source>Export {customer}&apos;s reviews</source>
        <translation>导出 {customer} 的评审</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Exporting reviews…</source>
        <translation>正在导出评审…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reviews of {customer} to {file}; open it in any calendar app.</source>
        <translation>
            <numerusform>已将 {customer} 的 %Ln 次评审写入 {file}；可用任何日历应用打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaCardModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>at risk, {span} left</source>
        <translation>有违约风险，剩余 {span}</translation>
    </message>
    <message>
        <source>breached {when}</source>
        <translation>于 {when} 违约</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {first}. The details are in {where}.</source>
        <translation>出现问题：{first}。详细信息在 {where} 中。</translation>
    </message>
    <message>
        <source>Saving… waiting for another change to the database to finish.</source>
        <translation>正在保存… 正在等待对数据库的另一项更改完成。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TierChangeDialog</name>
    <message>
        <source>Consulting</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Custom development</source>
        <translation>定制开发</translation>
    </message>
    <message>
        <source>custom development</source>
        <translation>定制开发</translation>
    </message>
    <message>
        <source>Change tier — {customer}</source>
        <translation>变更服务等级 — {customer}</translation>
    </message>
    <message>
        <source>{customer} is on {tier} since {day} at {fee} a month.</source>
        <translation>{customer} 自 {day} 起使用 {tier}，月费 {fee}。</translation>
    </message>
    <message>
        <source>{customer} is on {tier}.</source>
        <translation>{customer} 当前使用 {tier}。</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>变更服务等级</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee}（{tier} 价格）</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>对当月的影响</translation>
    </message>
    <message>
        <source>Nothing to preview until the change can be made.</source>
        <translation>在可以进行变更之前，没有可预览的内容。</translation>
    </message>
    <message>
        <source>Effect on {month} (prorated by days)</source>
        <translation>对{month}的影响（按天数按比例折算）</translation>
    </message>
    <message>
        <source>Fee for {month}</source>
        <translation>{month}的月费</translation>
    </message>
    <message>
        <source>Fee {before} → {after}</source>
        <translation>月费 {before} → {after}</translation>
    </message>
    <message>
        <source>{allowance} ({period})</source>
        <translation>{allowance}（{period}）</translation>
    </message>
    <message>
        <source>{allowance} {before} → {after}</source>
        <translation>{allowance} {before} → {after}</translation>
    </message>
    <message>
        <source>Overage charge so far</source>
        <translation>目前的超额费用</translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n days of {month} fall under {tier} from {day}.</source>
        <translation>
            <numerusform>{month}共 %n 天，其中 {days} 天（自 {day} 起）按 {tier} 计。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer} keeps its %n named contacts; {tier} includes {limit}, so the account will be flagged as over its limit.</source>
        <translation>
            <numerusform>{customer} 保留其 %n 位指定联系人；{tier} 仅包含 {limit} 位，因此该客户将被标记为超出上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Change tier.</source>
        <translation>在您选择“变更服务等级”之前，不会保存任何内容。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>{year}年第{number}季度</translation>
    </message>
</context>
<context>
    <name>TierChangeForm</name>
    <message>
        <source>New &amp;tier</source>
        <translation>新服务等级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>生效日期(&amp;E)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>月费(&amp;F)</translation>
    </message>
    <message>
        <source>USD per month (optional)</source>
        <translation>美元/月（可选）</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>对当月的影响</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Commas (,)</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Semicolons (;), for Excel where 1,5 is a number</source>
        <translation>分号（;），适用于将 1,5 视为数字的 Excel</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>制表符</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entries of {month} to {target}.</source>
        <translation>
            <numerusform>已将{month}的 %Ln 条记录写入 {target}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>导入客户…</translation>
    </message>
    <message>
        <source>Import hours…</source>
        <translation>导入工时…</translation>
    </message>
    <message>
        <source>Export hours…</source>
        <translation>导出工时…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation>导入工时</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <source>Importing hours…</source>
        <translation>正在导入工时…</translation>
    </message>
    <message>
        <source>Export hours of {month}</source>
        <translation>导出{month}的工时</translation>
    </message>
    <message>
        <source>Separate the values by:</source>
        <translation>值的分隔符：</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>导出工时</translation>
    </message>
    <message>
        <source>Exporting hours…</source>
        <translation>正在导出工时…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Mark the {review} with {customer} on {day} held</source>
        <translation>将与 {customer} 在 {day} 的{review}标记为已举行</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} missed</source>
        <translation>将与 {customer} 在 {day} 的{review}标记为未举行</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} cancelled</source>
        <translation>将与 {customer} 在 {day} 的{review}标记为已取消</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} planned</source>
        <translation>将与 {customer} 在 {day} 的{review}标记为已计划</translation>
    </message>
    <message>
        <source>Log {hours} for {customer} on {day}</source>
        <translation>为 {customer} 记录 {day} 的 {hours}</translation>
    </message>
    <message>
        <source>Change the {field} of {customer}&apos;s entry</source>
        <translation>修改 {customer} 记录的{field}</translation>
    </message>
    <message>
        <source>Delete {hours} for {customer} on {day}</source>
        <translation>删除 {customer} {day} 的 {hours}</translation>
    </message>
    <message>
        <source>Delete {count} entries</source>
        <translation>删除 {count} 条记录</translation>
    </message>
    <message>
        <source>Correct {customer}&apos;s entry of {day} to {hours}</source>
        <translation>将 {customer} {day} 的记录更正为 {hours}</translation>
    </message>
    <message>
        <source>Reopen {month} for {customer}</source>
        <translation>为 {customer} 重新打开{month}</translation>
    </message>
    <message>
        <source>Open a {severity} case for {customer}</source>
        <translation>为 {customer} 创建{severity}工单</translation>
    </message>
    <message>
        <source>Open case {reference} for {customer}</source>
        <translation>为 {customer} 创建工单 {reference}</translation>
    </message>
    <message>
        <source>Answer case {reference} of {customer}</source>
        <translation>响应 {customer} 的工单 {reference}</translation>
    </message>
    <message>
        <source>Wait on the customer in case {reference} of {customer}</source>
        <translation>在 {customer} 的工单 {reference} 中等待客户</translation>
    </message>
    <message>
        <source>Escalate to level {level} case {reference} of {customer}</source>
        <translation>将 {customer} 的工单 {reference} 升级到 {level} 级</translation>
    </message>
    <message>
        <source>Resolve case {reference} of {customer}</source>
        <translation>解决 {customer} 的工单 {reference}</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Welcome to AccountDesk</source>
        <translation>欢迎使用 AccountDesk</translation>
    </message>
    <message>
        <source>This database has no customers yet. Add your first customer, or load a demo portfolio to look around; you can start a clean database any time (File ▸ New database…).</source>
        <translation>此数据库中还没有客户。请添加第一位客户，或加载演示客户组合来熟悉功能；您随时可以新建一个空数据库（文件 ▸ 新建数据库…）。</translation>
    </message>
    <message>
        <source>Add your first customer…</source>
        <translation>添加第一位客户…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>{unusual} Agree this custom price for the contract?</source>
        <translation>{unusual} 是否为该合同确认此自定义价格？</translation>
    </message>
    <message>
        <source>Custom price</source>
        <translation>自定义价格</translation>
    </message>
    <message>
        <source>The custom price was not agreed; nothing was saved.</source>
        <translation>未确认自定义价格；未保存任何内容。</translation>
    </message>
</context>
</TS>
