<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AllowanceAlertModel</name>
    <message>
        <source>{category} {used} of {included}</source>
        <translation>{category} {used} / {included}</translation>
    </message>
    <message>
        <source>all overage</source>
        <translation>すべて超過</translation>
    </message>
    <message>
        <source>{customer}: {allowance} over in {period}, {used} of {included}</source>
        <translation>{customer}：{period}の{allowance}が超過、{used} / {included}</translation>
    </message>
    <message>
        <source>{customer}: {allowance} nearly used in {period}, {used} of {included}</source>
        <translation>{customer}：{period}の{allowance}がまもなく上限、{used} / {included}</translation>
    </message>
</context>
<context>
    <name>AllowanceCard</name>
    <message>
        <source>Overage charge</source>
        <translation>超過料金</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>超過時間</translation>
    </message>
    <message>
        <source>{left} left of {included}</source>
        <translation>残り {left} / {included}</translation>
    </message>
    <message>
        <source>Overage charge at {rate}/h</source>
        <translation>超過料金（{rate}/時間）</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Month-end batch</source>
        <translation>月末一括処理</translation>
    </message>
    <message>
        <source>Choose the month and the folder, then Start.</source>
        <translation>月とフォルダーを選んで［開始］を押してください。</translation>
    </message>
    <message>
        <source>Folder for the monthly reports</source>
        <translation>月次レポートの保存先フォルダー</translation>
    </message>
    <message>
        <source>Choose the folder the reports go to.</source>
        <translation>レポートの保存先フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>フォルダー {folder} は存在しません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Issue every report</source>
        <translation>すべてのレポートを発行</translation>
    </message>
    <message>
        <source>Issuing locks {month} for every customer whose report is written: hours dated in it can no longer be logged, changed or deleted, and each report becomes final. Months already issued are exported again as they were issued.

Issue the {month} reports now?</source>
        <translation>発行すると、レポートが作成された各顧客の{month}が確定します。その月の時間は記録・変更・削除できなくなり、各レポートは最終版になります。発行済みの月は発行時のまま再度エクスポートされます。

{month}のレポートを今すぐ発行しますか？</translation>
    </message>
    <message>
        <source>Gathering the figures for {month}…</source>
        <translation>{month}の数値を集計しています…</translation>
    </message>
    <message>
        <source>Writing the {month} reports…</source>
        <translation>{month}のレポートを作成しています…</translation>
    </message>
    <message>
        <source>Cancelling: reports already written stay written…</source>
        <translation>キャンセルしています。作成済みのレポートはそのまま残ります…</translation>
    </message>
    <message>
        <source>{done} of {total} done — {customer}</source>
        <translation>{done} / {total} 完了 — {customer}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き込まれませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: wrote %Ln reports for {month}; {missing} not written.</source>
        <translation>
            <numerusform>キャンセルしました：{month}のレポートを %Ln 件作成、{missing} 件は未作成です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reports for {month}.</source>
        <translation>
            <numerusform>{month}のレポートを %Ln 件作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} failed (reasons below).</source>
        <translation>{count} 件失敗（理由は下記）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers skipped: no monthly report in their tier that month.</source>
        <translation>
            <numerusform>%Ln 件の顧客をスキップしました：その月のサービスプランに月次レポートがありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>issued now</source>
        <translation>今回発行</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <source>{amount} due</source>
        <translation>請求額 {amount}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not written (cancelled)</source>
        <translation>未作成（キャンセル）</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Skipped (no monthly report in their tier)</source>
        <translation>スキップ（サービスプランに月次レポートなし）</translation>
    </message>
    <message>
        <source>No application opened {folder}; open it from your file manager.</source>
        <translation>{folder} を開けるアプリケーションがありません。ファイルマネージャーで開いてください。</translation>
    </message>
</context>
<context>
    <name>BatchForm</name>
    <message>
        <source>Writes one monthly service report per customer whose tier includes one (Professional and Enterprise), named after the customer and the month, into the folder you choose.</source>
        <translation>月次サービスレポートが含まれるサービスプラン（Professional と Enterprise）の顧客ごとに、顧客名と月を名前に付けたレポートを 1 件ずつ、選択したフォルダーに書き出します。</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation>PDFの保存先</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>&amp;Issue every report (locks the month for each customer)</source>
        <translation>すべてのレポートを発行（各顧客の当月を確定）(&amp;I)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>The summary of the run appears here: reports written, failed (with the reason) and customers skipped.</source>
        <translation>実行結果の概要がここに表示されます：書き出したレポート、失敗したレポート（理由付き）、スキップした顧客。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>超過時間</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>料金</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>契約時間枠</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>Oldest overdue</source>
        <translation>最も古い期限超過</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <source>In</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>Adjustments to</source>
        <translation>調整対象</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新規ケース</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>ケースを起票</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初回応答</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>応答を記録</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>お客様回答待ち</translation>
    </message>
    <message>
        <source>Record wait</source>
        <translation>回答待ちを記録</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>エスカレート</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>A new support case</source>
        <translation>新しいサポートケース</translation>
    </message>
    <message>
        <source>Its response target is the tier&apos;s for the severity, counted from the time it opened, on the customer&apos;s clock.</source>
        <translation>目標応答時間は、サービスプランで重要度ごとに定められた時間です。起票時刻から顧客のタイムゾーンで計測します。</translation>
    </message>
    <message>
        <source>What the customer reported</source>
        <translation>顧客から報告された内容</translation>
    </message>
    <message>
        <source>The help desk&apos;s ticket number, or the next CASE-n</source>
        <translation>ヘルプデスクのチケット番号、または次の CASE-n</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>顧客(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>重要度(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参照番号(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>起票日時(&amp;O):</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}、レベル {level}（{escalation}）</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>起票 {when}</translation>
    </message>
    <message>
        <source>response due {when}</source>
        <translation>応答期限 {when}</translation>
    </message>
    <message>
        <source>answered {when}</source>
        <translation>応答 {when}</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>日時(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>解決日時(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>終了(&amp;U):</translation>
    </message>
    <message>
        <source>Why it goes up (kept in the case&apos;s history)</source>
        <translation>エスカレーションの理由（ケースの履歴に残ります）</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L):</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S):</translation>
    </message>
    <message>
        <source>Add a customer before opening a case.</source>
        <translation>ケースを起票する前に顧客を追加してください。</translation>
    </message>
</context>
<context>
    <name>CasesForm</name>
    <message>
        <source>Cases</source>
        <translation>サポートケース</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新規ケース…</translation>
    </message>
    <message>
        <source>Open a support case for the customer chosen in the toolbar</source>
        <translation>ツールバーで選択した顧客のサポートケースを起票します</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>表示するケース</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>重要度(&amp;E):</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Filter by customer, case or title (Ctrl+F)</source>
        <translation>顧客、ケース、件名で絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>ケースを絞り込み</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>応答(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the first response to the selected case</source>
        <translation>選択したケースの初回応答を記録します</translation>
    </message>
    <message>
        <source>&amp;Wait on customer…</source>
        <translation>お客様回答待ち(&amp;W)…</translation>
    </message>
    <message>
        <source>A period waiting on the customer: the case&apos;s clock stops in it</source>
        <translation>お客様回答待ちの期間を記録します。この間、ケースの時間計測は止まります</translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation>エスカレート(&amp;A)…</translation>
    </message>
    <message>
        <source>Move the selected case to another escalation level, with a reason</source>
        <translation>選択したケースのエスカレーションレベルを、理由を付けて変更します</translation>
    </message>
    <message>
        <source>Res&amp;olve…</source>
        <translation>解決(&amp;O)…</translation>
    </message>
    <message>
        <source>Resolve the selected case</source>
        <translation>選択したケースを解決済みにします</translation>
    </message>
    <message>
        <source>Response SLA this month</source>
        <translation>今月の応答SLA</translation>
    </message>
    <message>
        <source>Attainment by customer</source>
        <translation>顧客別の達成率</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>サービスプラン</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限到来</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>サービスクレジット</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>起票日時</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min</source>
        <translation>{days}日 {hours}時間 {minutes}分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation>{hours}時間 {minutes}分 {seconds}秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}分 {seconds}秒</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>応答済み</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>{span} 超過</translation>
    </message>
    <message>
        <source>The tier promises no response time for this severity.</source>
        <translation>このサービスプランでは、この重要度の応答時間は定められていません。</translation>
    </message>
    <message>
        <source>The clock runs around the clock (24x7).</source>
        <translation>時間は24時間計測されます（24x7）。</translation>
    </message>
    <message>
        <source>The clock runs in business hours only: 09:00-17:00 Monday to Friday in {zone}, without the customer&apos;s public holidays.</source>
        <translation>時間は営業時間内のみ計測されます：{zone}の月曜～金曜 09:00～17:00（顧客の祝日を除く）。</translation>
    </message>
    <message>
        <source>{state}, resolved</source>
        <translation>{state}、解決済み</translation>
    </message>
    <message>
        <source>{severity}, level {level} ({escalation})</source>
        <translation>{severity}、レベル {level}（{escalation}）</translation>
    </message>
    <message>
        <source>Opened {when}</source>
        <translation>起票 {when}</translation>
    </message>
    <message>
        <source>Response due {when} ({state})</source>
        <translation>応答期限 {when}（{state}）</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>応答 {when}</translation>
    </message>
    <message>
        <source>Resolved {when}</source>
        <translation>解決 {when}</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Open cases</source>
        <translation>未解決のケース</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>違反リスクあり</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>違反</translation>
    </message>
    <message>
        <source>All opened this month</source>
        <translation>今月起票されたケース</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>未解決のケース</translation>
    </message>
    <message>
        <source>at risk now</source>
        <translation>違反リスクあり</translation>
    </message>
    <message>
        <source>breached ({month})</source>
        <translation>違反（{month}）</translation>
    </message>
    <message>
        <source>all opened this month ({month})</source>
        <translation>今月起票されたケース（{month}）</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>サポートケース</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>ケースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>severity</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Reading the month&apos;s SLA…</source>
        <translation>当月のSLAを読み込んでいます…</translation>
    </message>
    <message>
        <source>The month&apos;s SLA could not be read: {message}</source>
        <translation>当月のSLAを読み込めませんでした：{message}</translation>
    </message>
    <message>
        <source>The cases could not be read: {message}</source>
        <translation>ケースを読み込めませんでした：{message}</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No open cases for {customer}. Open one with New case….</source>
        <translation>{customer}の未解決のケースはありません。「新規ケース…」で起票できます。</translation>
    </message>
    <message>
        <source>No case for {customer} is at risk now.</source>
        <translation>{customer}に違反リスクのあるケースはありません。</translation>
    </message>
    <message>
        <source>No case for {customer} breached its response target in {month}.</source>
        <translation>{month}に目標応答時間を超過した{customer}のケースはありません。</translation>
    </message>
    <message>
        <source>No case for {customer} opened in {month}.</source>
        <translation>{month}に起票された{customer}のケースはありません。</translation>
    </message>
    <message>
        <source>No open cases. Open one with New case….</source>
        <translation>未解決のケースはありません。「新規ケース…」で起票できます。</translation>
    </message>
    <message>
        <source>No case is at risk now.</source>
        <translation>違反リスクのあるケースはありません。</translation>
    </message>
    <message>
        <source>No case breached its response target in {month}.</source>
        <translation>{month}に目標応答時間を超過したケースはありません。</translation>
    </message>
    <message>
        <source>No case opened in {month}.</source>
        <translation>{month}に起票されたケースはありません。</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>{month}の応答SLA</translation>
    </message>
    <message>
        <source>none ({percent} % if breached)</source>
        <translation>なし（違反時 {percent}%）</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>SLAなし</translation>
    </message>
    <message>
        <source>Below the target of {target} %: the SLA is breached.</source>
        <translation>目標の {target}% を下回っています：SLA違反です。</translation>
    </message>
    <message>
        <source>No cases were due in {month}.</source>
        <translation>{month}に期限を迎えたケースはありません。</translation>
    </message>
    <message>
        <source>{customer}&apos;s tier has no response SLA.</source>
        <translation>{customer}のサービスプランには応答SLAがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio: %Ln cases due in {month}, {met} met, {percent} attainment.</source>
        <translation>
            <numerusform>ポートフォリオ：{month}に期限を迎えたケース %Ln 件、達成 {met} 件、達成率 {percent}。</numerusform>
        </translation>
    </message>
    <message>
        <source>{customer}: cases whose response fell due in {month} and are decided.</source>
        <translation>{customer}：{month}に応答期限を迎え、達成／違反が確定したケース。</translation>
    </message>
    <message>
        <source>Opened case {case} for {customer}</source>
        <translation>{customer}のケース {case} を起票しました</translation>
    </message>
    <message>
        <source>Recorded the first response to case {case} of {customer}</source>
        <translation>{customer}のケース {case} に初回応答を記録しました</translation>
    </message>
    <message>
        <source>Recorded a wait on the customer in case {case} of {customer}</source>
        <translation>{customer}のケース {case} にお客様回答待ちを記録しました</translation>
    </message>
    <message>
        <source>Escalated to level {level} case {case} of {customer}</source>
        <translation>{customer}のケース {case} をレベル {level} にエスカレートしました</translation>
    </message>
    <message>
        <source>Resolved case {case} of {customer}</source>
        <translation>{customer}のケース {case} を解決しました</translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes it).</source>
        <translation>{done}（Ctrl+Z で元に戻せます）。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact — {customer}</source>
        <translation>新規連絡先 — {customer}</translation>
    </message>
    <message>
        <source>Contact — {customer}</source>
        <translation>連絡先 — {customer}</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>連絡先を追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{named} named contacts, {seats} training seats.</source>
        <translation>指定連絡担当者 {named} 名、トレーニング受講枠 {seats}。</translation>
    </message>
    <message>
        <source>{count} named contacts (unlimited on {tier})</source>
        <translation>指定連絡担当者 {count} 名（{tier}は無制限）</translation>
    </message>
    <message>
        <source>No named contacts on {tier}</source>
        <translation>{tier}には指定連絡担当者の枠がありません</translation>
    </message>
    <message>
        <source>{count} of {limit} named contacts used</source>
        <translation>指定連絡担当者 {limit} 名中 {count} 名を使用</translation>
    </message>
    <message>
        <source>{count} training seats (unlimited on {tier})</source>
        <translation>トレーニング受講枠 {count}（{tier}は無制限）</translation>
    </message>
    <message>
        <source>no training seats on {tier}</source>
        <translation>{tier}にはトレーニング受講枠がありません</translation>
    </message>
    <message>
        <source>{count} of {limit} training seats used</source>
        <translation>トレーニング受講枠 {limit} 中 {count} を使用</translation>
    </message>
    <message>
        <source>{named}; {seats}.</source>
        <translation>{named}、{seats}。</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Named &amp;support contact (may open support cases)</source>
        <translation>指定サポート連絡担当者（サポートケースを起票可能）(&amp;S)</translation>
    </message>
    <message>
        <source>Has an online &amp;training seat</source>
        <translation>オンライントレーニング受講枠あり(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>トレーニング</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>★ named</source>
        <translation>★ 指定</translation>
    </message>
    <message>
        <source>training seat</source>
        <translation>受講枠</translation>
    </message>
</context>
<context>
    <name>ContractTermsModel</name>
    <message>
        <source>Tier</source>
        <translation>サービスプラン</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月額料金</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>期間の定めなし</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>現在適用中</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>No money changes: the month&apos;s charges stay as issued.</source>
        <translation>金額の変更はありません：この月の請求は発行時のままです。</translation>
    </message>
    <message>
        <source>{month}, the fee: a charge of {amount} USD</source>
        <translation>{month}、月額料金：{amount} USD の請求</translation>
    </message>
    <message>
        <source>{month}, the fee: a credit of {amount} USD</source>
        <translation>{month}、月額料金：{amount} USD のクレジット</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a charge of {amount} USD ({hours})</source>
        <translation>{month}、{category}の超過：{amount} USD の請求（{hours}）</translation>
    </message>
    <message>
        <source>{month}, {category} overage: a credit of {amount} USD ({hours})</source>
        <translation>{month}、{category}の超過：{amount} USD のクレジット（{hours}）</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the changes of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The next report issued will carry {changes}.</source>
        <translation>次に発行するレポートに{changes}が記載されます。</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>訂正を記録</translation>
    </message>
    <message>
        <source>Entry {entry}: {hours} of {category} for {customer} on {day}, by {engineer}. Its month is issued, so the entry stays as it is and the correction is recorded beside it.</source>
        <translation>記録 {entry}：{customer}の{day}の{category} {hours}（{engineer}）。この月は発行済みのため記録はそのまま残り、訂正がその横に記録されます。</translation>
    </message>
    <message>
        <source>What the entry should have been; 0 takes it back entirely</source>
        <translation>本来の時間。0 にすると記録全体を取り消します</translation>
    </message>
    <message>
        <source>Why, in a few words (kept with the correction)</source>
        <translation>理由を簡潔に（訂正と一緒に保存されます）</translation>
    </message>
    <message>
        <source>Hours it should have been:</source>
        <translation>正しい時間:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>訂正には理由が必要です。</translation>
    </message>
</context>
<context>
    <name>CustomerCounts</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>%n 日前に終了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named contacts (unlimited)</source>
        <translation>
            <numerusform>指定連絡担当者 %n 名（無制限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts — over the tier&apos;s limit</source>
        <translation>
            <numerusform>指定連絡担当者 %n 名中 {count} 名 — サービスプランの上限超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n named contacts</source>
        <translation>
            <numerusform>指定連絡担当者 %n 名中 {count} 名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <source>Edit {customer}</source>
        <translation>{customer}の編集</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>顧客を追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s starting price)</source>
        <translation>{fee}（{tier}の最低価格）</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee}（{tier}の価格）</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>The customer&apos;s company name</source>
        <translation>顧客の会社名</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>サービスプラン(&amp;T)</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>月額料金(&amp;F)</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>月額（USD）</translation>
    </message>
    <message>
        <source>Contract &amp;start</source>
        <translation>契約開始日(&amp;S)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Contract &amp;end</source>
        <translation>契約終了日(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;o end date</source>
        <translation>終了日なし(&amp;O)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>タイムゾーン(&amp;Z)</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin or New_York</source>
        <translation>都市名を入力（例：Berlin、New_York）</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>レポートの言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;CSM</source>
        <translation>&amp;CSM</translation>
    </message>
    <message>
        <source>Customer success manager (optional)</source>
        <translation>カスタマーサクセスマネージャー（任意）</translation>
    </message>
    <message>
        <source>T&amp;AM</source>
        <translation>T&amp;AM</translation>
    </message>
    <message>
        <source>Technical account manager (optional)</source>
        <translation>テクニカルアカウントマネージャー（任意）</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>祝日(&amp;H)</translation>
    </message>
    <message>
        <source>None; or a country code such as DE or US-CA</source>
        <translation>なし、または国コード（例：DE、US-CA）</translation>
    </message>
    <message>
        <source>Unused hours &amp;roll over</source>
        <translation>未使用時間を繰り越す(&amp;R)</translation>
    </message>
    <message>
        <source>Hours left at the end of a period carry into the next one, at most one period&apos;s allowance.</source>
        <translation>期間末に残った時間を次の期間へ繰り越します（上限は1期間分の契約時間枠）。</translation>
    </message>
    <message>
        <source>The tier and its fee change with Change tier…, which keeps the contract history and prorates the month.</source>
        <translation>サービスプランと月額料金は「サービスプラン変更…」で変更します。契約履歴は保持され、その月は日割りで計算されます。</translation>
    </message>
</context>
<context>
    <name>CustomersForm</name>
    <message>
        <source>Search name, CSM or TAM (Ctrl+F)</source>
        <translation>名前、CSM、TAMで検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filters the table as you type; Esc clears, Down goes to the table</source>
        <translation>入力に合わせて表を絞り込みます。Esc でクリア、↓ キーで表に移動します</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>顧客を読み込んでいます…</translation>
    </message>
    <message>
        <source>Select a customer in the table to see its contract, contacts and notes, or add a customer with Ctrl+N.</source>
        <translation>表で顧客を選択すると、契約、連絡先、メモが表示されます。Ctrl+N で顧客を追加することもできます。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the name, dates, time zone, language, CSM or TAM</source>
        <translation>名前、日付、タイムゾーン、言語、CSM、TAMを変更します</translation>
    </message>
    <message>
        <source>Change &amp;tier…</source>
        <translation>サービスプラン変更(&amp;T)…</translation>
    </message>
    <message>
        <source>Upgrade or downgrade from a date, with the month&apos;s fee and allowances previewed</source>
        <translation>指定日からアップグレードまたはダウングレードします（当月の月額料金と契約時間枠をプレビュー）</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>レポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s monthly service report for the toolbar&apos;s month (PDF)</source>
        <translation>ツールバーで選択した月の、この顧客の月次サービスレポートをエクスポートします（PDF）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>サービスプラン</translation>
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
        <translation>契約</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>レポートの言語</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>コンサルティング</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>指定連絡担当者</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Contract history</source>
        <translation>契約履歴</translation>
    </message>
    <message>
        <source>Each term runs from its date until the next one or the contract&apos;s end; the one in force today is bold. Upgrades and downgrades are prorated by days: use Change tier….</source>
        <translation>各期間は開始日から次の期間の開始日または契約終了日まで適用され、現在適用中の期間は太字で表示されます。アップグレードとダウングレードは日割りで計算されます：「サービスプラン変更…」を使用してください。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>連絡先を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected contact (or double-click it)</source>
        <translation>選択した連絡先を変更します（ダブルクリックでも可）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected contact, e.g. someone who left the customer</source>
        <translation>選択した連絡先を削除します（例：顧客企業を退職した人）</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>連絡先を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>No contacts yet. Add the people who open support cases with Add contact….</source>
        <translation>連絡先はまだありません。サポートケースを起票する担当者を「連絡先を追加…」で追加してください。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Notes about this account: who to call, what was promised, what to watch. Only your team sees them.</source>
        <translation>このアカウントに関するメモ（連絡すべき相手、約束した内容、注意点など）。チーム内でのみ表示されます。</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>メモを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S)</source>
        <translation>メモを保存します（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>CustomersTableModel</name>
    <message>
        <source>no end date</source>
        <translation>終了日なし</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>over contact limit ({count} of {limit} named)</source>
        <translation>連絡先上限超過（指定 {limit} 名中 {count} 名）</translation>
    </message>
    <message>
        <source>starts {day}</source>
        <translation>{day} 開始</translation>
    </message>
    <message>
        <source>contract ended</source>
        <translation>契約終了</translation>
    </message>
    <message>
        <source>renewal due</source>
        <translation>更新時期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>サービスプラン</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>コンサルティング</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
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
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Consulting {month}</source>
        <translation>コンサルティング（{month}）</translation>
    </message>
    <message>
        <source>Consulting hours logged in the month chosen in the toolbar</source>
        <translation>ツールバーで選択した月に記録されたコンサルティング時間</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>The {tier} tier includes no named contacts</source>
        <translation>{tier}には指定連絡担当者が含まれません</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>顧客を読み込んでいます…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>顧客情報を読み込んでいます…</translation>
    </message>
    <message>
        <source>The customers could not be loaded. {message}
Check the database connection, then open the view again (Ctrl+2).</source>
        <translation>顧客を読み込めませんでした。{message}
データベース接続を確認してから、ビューを開き直してください（Ctrl+2）。</translation>
    </message>
    <message>
        <source>No customers yet. Add your first customer with Ctrl+N, or load the demo portfolio from the File menu.</source>
        <translation>顧客はまだ登録されていません。Ctrl+N で最初の顧客を追加するか、［ファイル］メニューからデモ用ポートフォリオを読み込んでください。</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{total} 件中 {shown} 件</translation>
    </message>
    <message>
        <source>No customer, CSM or TAM matches “{search}”.
Press Esc to clear the search, or add a customer with Ctrl+N.</source>
        <translation>「{search}」に一致する顧客、CSM、TAMはありません。
Esc で検索をクリアするか、Ctrl+N で顧客を追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>顧客 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer could not be read. {message}</source>
        <translation>顧客情報を読み込めませんでした。{message}</translation>
    </message>
    <message>
        <source>since {day}, {fee} a month</source>
        <translation>{day}から、月額 {fee}</translation>
    </message>
    <message>
        <source>{tier} from {day}</source>
        <translation>{day}から{tier}</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>from {day}, no end date</source>
        <translation>{day}から（終了日なし）</translation>
    </message>
    <message>
        <source>{zone} — {time} there now</source>
        <translation>{zone} — 現地時刻 {time}</translation>
    </message>
    <message>
        <source>{calendar} public holidays</source>
        <translation>{calendar}の祝日</translation>
    </message>
    <message>
        <source>none (Monday to Friday are working days)</source>
        <translation>なし（月曜～金曜が営業日）</translation>
    </message>
    <message>
        <source>unused hours roll over</source>
        <translation>未使用時間を繰越</translation>
    </message>
    <message>
        <source>reports issued up to {month}</source>
        <translation>{month}までレポート発行済み</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no flags</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>保存されていません：{why}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The notes typed for {customer} could not be saved. {why}

What you typed, to copy elsewhere:

{notes}</source>
        <translation>{customer}のメモを保存できませんでした。{why}

入力した内容（別の場所にコピーしてください）：

{notes}</translation>
    </message>
    <message>
        <source>Remove {contact} (a named support contact) from {customer}&apos;s contacts?</source>
        <translation>{customer}の連絡先から{contact}（指定サポート連絡担当者）を削除しますか？</translation>
    </message>
    <message>
        <source>Remove {contact} from {customer}&apos;s contacts?</source>
        <translation>{customer}の連絡先から{contact}を削除しますか？</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>連絡先の削除</translation>
    </message>
    <message>
        <source>{hours} in {month} (none included)</source>
        <translation>{month}：{hours}（契約時間枠なし）</translation>
    </message>
    <message>
        <source>not included in {month}</source>
        <translation>{month}は契約に含まれません</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}; {over} over, {charge}</source>
        <translation>{month}：{included}中 {used} 使用済み、超過時間 {over}、超過料金 {charge}</translation>
    </message>
    <message>
        <source>{used} used of {included} in {month}</source>
        <translation>{month}：{included}中 {used} 使用済み</translation>
    </message>
</context>
<context>
    <name>Engineer</name>
    <message>
        <source>Your name on the hours you log</source>
        <translation>記録する時間に付ける名前</translation>
    </message>
    <message>
        <source>Which name should go on the hours you log? Your colleagues and the monthly reports see it. (The command line uses it too; Edit ▸ Preferences changes it.)</source>
        <translation>記録する時間にどの名前を付けますか？同僚と月次レポートに表示されます。（コマンドラインでも使われます。［編集］▸［設定］で変更できます。）</translation>
    </message>
</context>
<context>
    <name>EntitlementsForm</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>ツールバーで顧客を選択すると、契約内容が表示されます</translation>
    </message>
    <message>
        <source>Type a few letters of the name in the Customer box (Ctrl+F here) and pick it; the Month arrows choose the month. The Home view lists every customer&apos;s overage at once.</source>
        <translation>［顧客］ボックスに名前の一部を入力して（ここでは Ctrl+F）選択し、［月］の矢印で月を選びます。ホームビューには全顧客の超過時間が一覧表示されます。</translation>
    </message>
    <message>
        <source>Export monthly &amp;report…</source>
        <translation>月次レポートをエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <source>The client&apos;s service report for this customer and month (PDF)</source>
        <translation>この顧客と月の月次サービスレポート（PDF）</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>月額料金</translation>
    </message>
    <message>
        <source>Overage charges</source>
        <translation>超過料金</translation>
    </message>
    <message>
        <source>Fee and overage</source>
        <translation>月額料金と超過料金</translation>
    </message>
    <message>
        <source>Seats and sessions</source>
        <translation>受講枠とトレーニング</translation>
    </message>
    <message>
        <source>Adjustments for the next report</source>
        <translation>次回レポートでの調整</translation>
    </message>
    <message>
        <source>Months already issued whose figures changed since: the next report issued for this customer charges or credits the difference.</source>
        <translation>発行後に数値が変わった発行済みの月です。この顧客に次に発行するレポートで差額を請求または返金します。</translation>
    </message>
</context>
<context>
    <name>EntitlementsView</name>
    <message>
        <source>Choose a customer in the toolbar to see what they are entitled to</source>
        <translation>ツールバーで顧客を選ぶと、その契約内容が表示されます</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>{year}年 第{number}四半期</translation>
    </message>
    <message>
        <source>{quarter} to date</source>
        <translation>{quarter}（今日まで）</translation>
    </message>
    <message>
        <source>{quarter} to the end of {month}</source>
        <translation>{quarter}（{month}末まで）</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this quarter.</source>
        <translation>発行済み：これはレポートの数値です。後から記録・訂正された時間は、この四半期ではなく次のレポートに調整として記載されます。</translation>
    </message>
    <message>
        <source>Issued: these are the report&apos;s figures; hours logged or corrected later go on the next report as adjustments, not into this month.</source>
        <translation>発行済み：これはレポートの数値です。後から記録・訂正された時間は、この月ではなく次のレポートに調整として記載されます。</translation>
    </message>
    <message>
        <source>{month} has not started yet.</source>
        <translation>{month}はまだ始まっていません。</translation>
    </message>
    <message>
        <source>The quarter is over; these are its final figures.</source>
        <translation>四半期は終了しました。これが最終の数値です。</translation>
    </message>
    <message>
        <source>The month is over; these are its final figures.</source>
        <translation>月は終了しました。これが最終の数値です。</translation>
    </message>
    <message>
        <source>Counted to the end of {month}; the forecast is on {current}.</source>
        <translation>{month}末までの集計です。見通しは{current}についてのものです。</translation>
    </message>
    <message>
        <source>The contract starts on {day}.</source>
        <translation>契約は{day}に始まります。</translation>
    </message>
    <message>
        <source>The contract ended on {day}.</source>
        <translation>契約は{day}に終了しました。</translation>
    </message>
    <message>
        <source>No hours are included; every hour logged is overage.</source>
        <translation>含まれる時間はありません。記録した時間はすべて超過時間です。</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the quarter.</source>
        <translation>まだ使用していません：この四半期の契約時間枠がすべて残っています。</translation>
    </message>
    <message>
        <source>Nothing used yet: the whole allowance is there for the month.</source>
        <translation>まだ使用していません：この月の契約時間枠がすべて残っています。</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage.</source>
        <translation>契約時間枠を使い切りました。以降の時間は超過時間です。</translation>
    </message>
    <message>
        <source>The allowance is used up; further hours are overage at {rate}/h.</source>
        <translation>契約時間枠を使い切りました。以降の時間は {rate}/時間 の超過時間です。</translation>
    </message>
    <message>
        <source>At this pace the allowance runs out on {day}.</source>
        <translation>このペースでは契約時間枠は{day}に尽きます。</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts until the contract ends on {day}.</source>
        <translation>このペースでは契約時間枠は契約終了日（{day}）までもちます。</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the quarter.</source>
        <translation>このペースでは契約時間枠は四半期末までもちます。</translation>
    </message>
    <message>
        <source>At this pace the allowance lasts the month.</source>
        <translation>このペースでは契約時間枠は月末までもちます。</translation>
    </message>
    <message>
        <source>{hours} at {rate} = {charge}</source>
        <translation>{hours} × {rate} = {charge}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>月額料金</translation>
    </message>
    <message>
        <source>SLA service credit</source>
        <translation>SLA サービスクレジット</translation>
    </message>
    <message>
        <source>{allowance} overage</source>
        <translation>{allowance}の超過</translation>
    </message>
    <message>
        <source>{used} (unlimited)</source>
        <translation>{used}（無制限）</translation>
    </message>
    <message>
        <source>{used} of {included}</source>
        <translation>{used} / {included}</translation>
    </message>
    <message>
        <source>this contract year, from {day}</source>
        <translation>今契約年度、{day}から</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>契約内容</translation>
    </message>
    <message>
        <source>Reading the entitlements…</source>
        <translation>契約内容を読み込んでいます…</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>応答 SLA</translation>
    </message>
    <message>
        <source>{reason} Choose a customer in the toolbar to see what they are entitled to.</source>
        <translation>{reason} ツールバーで顧客を選ぶと、その契約内容が表示されます。</translation>
    </message>
    <message>
        <source> then </source>
        <comment>between the tiers of one month</comment>
        <translation> → </translation>
    </message>
    <message>
        <source>contract from {start}</source>
        <translation>契約 {start}〜</translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation>契約 {start}〜{end}</translation>
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
        <translation>{customer}の契約は{month}を含まないため、この月には何も含まれません。月の矢印で別の月を選んでください。</translation>
    </message>
    <message>
        <source>{tier} includes no consulting or development hours in {month}; hours logged are tracked below but not measured against an allowance.</source>
        <translation>{tier}には{month}のコンサルティング・開発時間が含まれません。記録した時間は下に表示されますが、契約時間枠とは照合されません。</translation>
    </message>
    <message>
        <source>Issued — these are the figures of report {report}. Changes made since reach the client as adjustments on the next report.</source>
        <translation>発行済み — これはレポート {report} の数値です。その後の変更は、次のレポートの調整としてお客様に届きます。</translation>
    </message>
    <message>
        <source>Fee and hours in {month}, as issued</source>
        <translation>{month}の月額料金と時間（発行時）</translation>
    </message>
    <message>
        <source>Fee and hours in {month}</source>
        <translation>{month}の月額料金と時間</translation>
    </message>
    <message>
        <source>Fee, prorated by days</source>
        <translation>月額料金（日割り）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the categories of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Hours logged: {hours}</source>
        <translation>記録した時間：{hours}</translation>
    </message>
    <message>
        <source>No hours logged in {month}; log them in the Hours view (Ctrl+4).</source>
        <translation>{month}に記録された時間はありません。［時間］ビュー（Ctrl+4）で記録してください。</translation>
    </message>
    <message>
        <source>No hours logged in {month}.</source>
        <translation>{month}に記録された時間はありません。</translation>
    </message>
    <message>
        <source>Response SLA in {month}</source>
        <translation>{month}の応答 SLA</translation>
    </message>
    <message>
        <source>No cases were due in {month} (target {target} %).</source>
        <translation>{month}に期限の来たケースはありません（目標 {target} %）。</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} % — breached</source>
        <translation>達成率 {attainment} %（目標 {target} %）— 違反</translation>
    </message>
    <message>
        <source>Attainment {attainment} % against a target of {target} %</source>
        <translation>達成率 {attainment} %（目標 {target} %）</translation>
    </message>
    <message>
        <source>Cases due: {due}, met: {met}</source>
        <translation>期限到来：{due}、達成：{met}</translation>
    </message>
    <message>
        <source>Service credit: {credit} ({percent} % of the fee)</source>
        <translation>サービスクレジット：{credit}（月額料金の {percent} %）</translation>
    </message>
    <message>
        <source>No service credit ({percent} % of the fee if breached)</source>
        <translation>サービスクレジットなし（違反時は月額料金の {percent} %）</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>column of the adjustments</comment>
        <translation>月</translation>
    </message>
    <message>
        <source>What</source>
        <comment>column of the adjustments</comment>
        <translation>内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>column of the adjustments</comment>
        <translation>時間</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column of the adjustments</comment>
        <translation>金額</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column of the adjustments</comment>
        <translation>理由</translation>
    </message>
    <message>
        <source>Together on the next report</source>
        <translation>次のレポートでの合計</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown step the month; the Customer box finds as you type.</source>
        <translation>Ctrl+PgUp と Ctrl+PgDown で月を移動します。［顧客］ボックスは入力しながら検索します。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>履歴を絞り込む</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>The history could not be read. {message}</source>
        <translation>履歴を読み込めませんでした。{message}</translation>
    </message>
</context>
<context>
    <name>HomeForm</name>
    <message>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <source>Find a customer in these lists (Ctrl+F)</source>
        <translation>これらのリストで顧客を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>顧客を検索</translation>
    </message>
    <message>
        <source>Overage this month</source>
        <translation>今月の超過時間</translation>
    </message>
    <message>
        <source>No overage this month.</source>
        <translation>今月の超過時間はありません。</translation>
    </message>
    <message>
        <source>Allowances past 80 %</source>
        <translation>80% を超えた契約時間枠</translation>
    </message>
    <message>
        <source>No allowance is past 80 % this month.</source>
        <translation>今月 80% を超えた契約時間枠はありません。</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>期限切れのレビュー</translation>
    </message>
    <message>
        <source>No overdue reviews.</source>
        <translation>期限切れのレビューはありません。</translation>
    </message>
    <message>
        <source>Renewals within 60 days</source>
        <translation>60日以内の更新</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days.</source>
        <translation>今後60日以内に終了する契約はありません。</translation>
    </message>
    <message>
        <source>Adjustments waiting for the next report</source>
        <translation>次回レポート待ちの調整</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>レポート待ちの調整はありません。</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio</source>
        <translation>月別時間（ポートフォリオ全体）</translation>
    </message>
    <message>
        <source>No hours logged in these twelve months. Log hours in the Hours view (Ctrl+4) and they show here by month and category.</source>
        <translation>過去12か月に記録された時間はありません。［時間］ビュー（Ctrl+4）で時間を記録すると、ここに月別・カテゴリ別に表示されます。</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>ダッシュボードを読み込んでいます…</translation>
    </message>
    <message>
        <source>Open a customer to see the adjustments in Entitlements.</source>
        <translation>顧客を開くと、［契約内容］で調整を確認できます。</translation>
    </message>
    <message>
        <source>Reading the support cases…</source>
        <translation>サポートケースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open it.</source>
        <translation>顧客をダブルクリックするか Enter キーを押すと開きます。</translation>
    </message>
    <message>
        <source>SLA at risk now / breached this month</source>
        <translation>SLA：現在リスクあり／今月違反</translation>
    </message>
    <message>
        <source>Double-click a case, or press Enter, to open it in Cases.</source>
        <translation>ケースをダブルクリックするか Enter キーを押すと［サポートケース］で開きます。</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Adding up the hours of twelve months…</source>
        <translation>12か月分の時間を集計しています…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation>ダッシュボードを読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Portfolio in {month}</source>
        <translation>{month}のポートフォリオ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers · reviews and renewals as of {day}</source>
        <translation>
            <numerusform>顧客 %Ln 件 · レビューと更新は{day}時点</numerusform>
        </translation>
    </message>
    <message>
        <source>Overage in {month}</source>
        <translation>{month}の超過</translation>
    </message>
    <message>
        <source>All customers&apos; overage charges in the month together</source>
        <translation>全顧客のこの月の超過料金の合計</translation>
    </message>
    <message>
        <source>No overage in {month}: every customer stayed within their allowances.</source>
        <translation>{month}の超過はありません：すべての顧客が契約時間枠内に収まりました。</translation>
    </message>
    <message>
        <source>Allowances past 80 % in {month}</source>
        <translation>{month}に 80 % を超えた契約時間枠</translation>
    </message>
    <message>
        <source>No allowance is past 80 % in {month}. Customers show here as they near their included hours.</source>
        <translation>{month}に 80 % を超えた契約時間枠はありません。含まれる時間の上限に近づくと、ここに顧客が表示されます。</translation>
    </message>
    <message>
        <source>No overdue reviews. A planned review shows here once its time has passed and it is not marked held, cancelled or missed in the Reviews view.</source>
        <translation>期限超過のレビューはありません。予定したレビューは、時刻を過ぎても［レビュー］ビューで実施済み・中止・未実施のいずれも記録されていないと、ここに表示されます。</translation>
    </message>
    <message>
        <source>No contract ends in the next 60 days. Contracts show here two months before they end.</source>
        <translation>60日以内に終了する契約はありません。契約は終了の2か月前からここに表示されます。</translation>
    </message>
    <message>
        <source>Customers whose next report carries adjustments to months already issued</source>
        <translation>次のレポートに発行済みの月の調整が記載される顧客</translation>
    </message>
    <message>
        <source>No adjustments are waiting for a report.</source>
        <translation>レポートを待っている調整はありません。</translation>
    </message>
    <message>
        <source>SLA at risk now / breached in {month}</source>
        <translation>SLA：現在リスクあり／{month}に違反</translation>
    </message>
    <message>
        <source>No case is at risk now, and none breached its response target in {month}.</source>
        <translation>現在リスクのあるケースはなく、{month}に目標応答時間を違反したケースもありません。</translation>
    </message>
    <message>
        <source>Hours by month, whole portfolio: {first} to {last}</source>
        <translation>月別の時間、ポートフォリオ全体：{first}〜{last}</translation>
    </message>
    <message>
        <source>{hours} in total</source>
        <translation>合計 {hours}</translation>
    </message>
    <message>
        <source>No customer matching “{typed}” in this list.</source>
        <translation>この一覧に「{typed}」に一致する顧客はありません。</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>LedgerForm</name>
    <message>
        <source>Cu&amp;stomer</source>
        <translation>顧客(&amp;S)</translation>
    </message>
    <message>
        <source>Type a customer&apos;s name</source>
        <translation>顧客名を入力</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>時間(&amp;U)</translation>
    </message>
    <message>
        <source>1.5 or 1:30</source>
        <translation>1.5 または 1:30</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>カテゴリ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Description (client sees this)</source>
        <translation>作業内容（お客様に表示）(&amp;D)</translation>
    </message>
    <message>
        <source>What the hours were for, as the report says it</source>
        <translation>レポートに記載する作業内容</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report; required for consulting and development hours</source>
        <translation>お客様の月次サービスレポートに記載されます。コンサルティングと開発の時間では必須です</translation>
    </message>
    <message>
        <source>Internal n&amp;ote (team only)</source>
        <translation>社内メモ（チームのみ）(&amp;O)</translation>
    </message>
    <message>
        <source>Never on a report</source>
        <translation>レポートには記載されません</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>チーム専用：レポートには記載されません</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>記録(&amp;L)</translation>
    </message>
    <message>
        <source>Log these hours (Enter in any field)</source>
        <translation>この時間を記録します（どの欄でも Enter で記録）</translation>
    </message>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>時間を入力して Enter キーを押すと記録されます。顧客、日付、カテゴリ、作業内容、メモは次の入力用にそのまま残ります。</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>すべての顧客を表示</translation>
    </message>
    <message>
        <source>&amp;All months</source>
        <translation>すべての月(&amp;A)</translation>
    </message>
    <message>
        <source>Show every month instead of the month chosen in the toolbar</source>
        <translation>ツールバーで選択した月ではなく、すべての月を表示します</translation>
    </message>
    <message>
        <source>Only the hours one engineer logged</source>
        <translation>特定のエンジニアが記録した時間のみ</translation>
    </message>
    <message>
        <source>Only one category of hours</source>
        <translation>特定のカテゴリの時間のみ</translation>
    </message>
    <message>
        <source>Search text (Ctrl+F)</source>
        <translation>テキストを検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Finds entries whose description or internal note holds the text</source>
        <translation>作業内容または社内メモにこのテキストを含む記録を検索します</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>編集（F2）</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>削除（Del）</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>訂正を記録…</translation>
    </message>
    <message>
        <source>Correct an entry of an issued month (Ctrl+Shift+R): the change reaches the client as an adjustment on the next report</source>
        <translation>発行済みの月の記録を訂正します（Ctrl+Shift+R）。変更内容は次回レポートで調整としてお客様に通知されます</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Description (client)</source>
        <translation>作業内容（お客様向け）</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>What the client reads on the monthly report</source>
        <translation>お客様が月次レポートで読む内容</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>チーム内のみ：レポートには一切印刷されません</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（削除済み）</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: this entry is read-only. Record a correction instead.</source>
        <translation>{customer}の{month}は発行済みです：この記録は読み取り専用です。代わりに訂正を記録してください。</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: no reason given</source>
        <translation>記録 {entry} の訂正：理由なし</translation>
    </message>
    <message>
        <source>Correction of entry {entry}: {reason}</source>
        <translation>記録 {entry} の訂正：{reason}</translation>
    </message>
    <message>
        <source>Internal, never on a report: {note}</source>
        <translation>社内用、レポートには載りません：{note}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Type the hours and press Enter to log them; the customer, date, category, description and note stay for the next entry.</source>
        <translation>時間を入力して Enter キーで記録します。顧客、日付、カテゴリ、作業内容、メモは次の記録にも引き継がれます。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>エンジニア</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>description</source>
        <translation>作業内容</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>時間台帳</translation>
    </message>
    <message>
        <source>Reading the hours ledger…</source>
        <translation>時間台帳を読み込んでいます…</translation>
    </message>
    <message>
        <source>Listing the engineers…</source>
        <translation>エンジニアを一覧にしています…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name first.</source>
        <translation>先に顧客名を入力してください。</translation>
    </message>
    <message>
        <source>Type the hours spent, e.g. 1.5 or 1:30.</source>
        <translation>かかった時間を入力してください（例：1.5 または 1:30）。</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it). It is outside the filters, so the table does not show it.</source>
        <translation>{customer}の{day}に{category} {hours}を記録しました（Ctrl+Z で元に戻せます）。絞り込み条件の範囲外のため、表には表示されません。</translation>
    </message>
    <message>
        <source>Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it).</source>
        <translation>{customer}の{day}に{category} {hours}を記録しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Select an entry to change it.</source>
        <translation>変更する記録を選んでください。</translation>
    </message>
    <message>
        <source>Select an entry of an issued month to correct it; entries of open months are changed directly.</source>
        <translation>訂正するには発行済みの月の記録を選んでください。未確定の月の記録は直接変更できます。</translation>
    </message>
    <message>
        <source>Correction recorded; the next report issued carries the adjustment (Ctrl+Z takes it back).</source>
        <translation>訂正を記録しました。次に発行するレポートに調整が記載されます（Ctrl+Z で取り消せます）。</translation>
    </message>
    <message>
        <source>Select an entry to see its history.</source>
        <translation>履歴を見る記録を選んでください。</translation>
    </message>
    <message>
        <source>History of entry {entry} ({customer}, {day})</source>
        <translation>記録 {entry} の履歴（{customer}、{day}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries are selected; delete at most {most} at once.</source>
        <translation>
            <numerusform>%Ln 件の記録が選択されています。一度に削除できるのは {most} 件までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entries to delete.</source>
        <translation>削除する記録を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln entries (Ctrl+Z brings it back).</source>
        <translation>
            <numerusform>%Ln 件の記録を削除しました（Ctrl+Z で元に戻せます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Any engineer</source>
        <translation>すべてのエンジニア</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>訂正を記録…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · {hours}</source>
        <translation>
            <numerusform>%Ln 件 · {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>all months</source>
        <translation>すべての月</translation>
    </message>
    <message>
        <source>{month} is issued for {customer}: its entries are read-only. A correction goes into the next open month.</source>
        <translation>{customer}の{month}は発行済みです：その記録は読み取り専用です。訂正は次の未確定の月に入ります。</translation>
    </message>
    <message>
        <source>No entries match these filters. Choose “Clear filters” above to see every entry again.</source>
        <translation>この絞り込み条件に一致する記録はありません。上の「絞り込みを解除」を選ぶと、すべての記録が再び表示されます。</translation>
    </message>
    <message>
        <source>No hours logged for {customer} in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>{month}に{customer}の時間は記録されていません。上のバーに時間を入力し Enter キーを押すと最初の記録ができます。他の月を見るには「すべての月」にチェックを入れるか、ツールバーで月を移動してください。</translation>
    </message>
    <message>
        <source>No hours logged for {customer} yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>{customer}の時間はまだ記録されていません。上のバーに時間を入力し Enter キーを押すと最初の記録ができます。</translation>
    </message>
    <message>
        <source>No hours logged in {month}. Type the hours in the bar above and press Enter to log the first entry. Tick “All months” to see the other months, or step the month in the toolbar.</source>
        <translation>{month}に記録された時間はありません。上のバーに時間を入力し Enter キーを押すと最初の記録ができます。他の月を見るには「すべての月」にチェックを入れるか、ツールバーで月を移動してください。</translation>
    </message>
    <message>
        <source>No hours logged yet. Type the hours in the bar above and press Enter to log the first entry.</source>
        <translation>まだ時間が記録されていません。上のバーに時間を入力し Enter キーを押すと最初の記録ができます。</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;Change…&lt;/a&gt;</source>
        <translation>記録者：&lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;name&apos;&gt;変更…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logged as &lt;b&gt;{name}&lt;/b&gt; (your login) · &lt;a href=&apos;name&apos;&gt;Set your name…&lt;/a&gt;</source>
        <translation>記録者：&lt;b&gt;{name}&lt;/b&gt;（ログイン名） · &lt;a href=&apos;name&apos;&gt;名前を設定…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The name on the hours you log here and on the command line (Edit ▸ Preferences)</source>
        <translation>こことコマンドラインで記録する時間に付ける名前（［編集］▸［設定］）</translation>
    </message>
    <message>
        <source>This entry is read-only: {month} is issued for {customer}, so its entries can be neither changed nor deleted. Record a correction instead (Ctrl+Shift+R).</source>
        <translation>この記録は読み取り専用です：{customer}の{month}は発行済みのため、その記録は変更も削除もできません。代わりに訂正を記録してください（Ctrl+Shift+R）。</translation>
    </message>
    <message>
        <source>This entry corrects entry {entry} of an issued month; corrections stay as they were recorded.</source>
        <translation>この記録は発行済みの月の記録 {entry} を訂正するものです。訂正は記録された時のまま残ります。</translation>
    </message>
    <message>
        <source>Changed the date (Ctrl+Z undoes it).</source>
        <translation>日付を変更しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Changed the customer (Ctrl+Z undoes it).</source>
        <translation>顧客を変更しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Changed the category (Ctrl+Z undoes it).</source>
        <translation>カテゴリを変更しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Changed the engineer (Ctrl+Z undoes it).</source>
        <translation>エンジニアを変更しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Changed the hours (Ctrl+Z undoes it).</source>
        <translation>時間を変更しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Changed the description (Ctrl+Z undoes it).</source>
        <translation>作業内容を変更しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Changed the internal note (Ctrl+Z undoes it).</source>
        <translation>社内メモを変更しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Pick a date from the calendar.</source>
        <translation>カレンダーから日付を選んでください。</translation>
    </message>
    <message>
        <source>An entry needs a customer.</source>
        <translation>記録には顧客が必要です。</translation>
    </message>
    <message>
        <source>An entry needs the engineer who spent the hours.</source>
        <translation>記録には作業したエンジニアが必要です。</translation>
    </message>
</context>
<context>
    <name>LevelBadge</name>
    <message>
        <source>Within allowance</source>
        <translation>契約時間枠内</translation>
    </message>
    <message>
        <source>Nearly used</source>
        <translation>まもなく上限</translation>
    </message>
    <message>
        <source>Over allowance</source>
        <translation>契約時間枠超過</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>The database: {where}</source>
        <translation>データベース：{where}</translation>
    </message>
    <message>
        <source>Updated with changes by {who}.</source>
        <translation>{who}による変更で更新しました。</translation>
    </message>
    <message>
        <source>Not receiving others&apos; changes</source>
        <translation>他の人の変更を受信していません</translation>
    </message>
    <message>
        <source>The connection to {where} was lost; trying again every {seconds} seconds. ({reason})</source>
        <translation>{where} への接続が切れました。{seconds} 秒ごとに再試行しています。（{reason}）</translation>
    </message>
    <message>
        <source>Asking who else is connected…</source>
        <translation>接続中の他のユーザーを確認しています…</translation>
    </message>
    <message>
        <source>Who else is connected could not be read: {message}</source>
        <translation>接続中の他のユーザーを読み込めませんでした：{message}</translation>
    </message>
    <message>
        <source>{name} (as {role})</source>
        <translation>{name}（{role} として）</translation>
    </message>
    <message>
        <source>No one else connected</source>
        <translation>他に接続中のユーザーはいません</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>接続中：{names}</translation>
    </message>
</context>
<context>
    <name>LoadedWhenShown</name>
    <message>
        <source>Reading the database…</source>
        <translation>データベースを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>AccountDesk データベース (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>契約内容</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>時間台帳</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>サポートケース</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>Counting customers and entries…</source>
        <translation>顧客と記録を数えています…</translation>
    </message>
    <message>
        <source>{file} is an empty file. Make it a new AccountDesk database?</source>
        <translation>{file} は空のファイルです。新しい AccountDesk データベースにしますか？</translation>
    </message>
    <message>
        <source>{file} was left as it was, an empty file.</source>
        <translation>{file} は空のファイルのまま残しました。</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>{database} を開いています…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>{file} already exists; a new database needs a new file name. To work in that database, choose File ▸ Open database….</source>
        <translation>{file} はすでに存在します。新しいデータベースには新しいファイル名が必要です。そのデータベースで作業するには［ファイル］▸［データベースを開く…］を選んでください。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新しい顧客…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新しい顧客</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>顧客を追加（Ctrl+N）</translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation>時間を記録</translation>
    </message>
    <message>
        <source>Log hours (Ctrl+L)</source>
        <translation>時間を記録（Ctrl+L）</translation>
    </message>
    <message>
        <source> Customer: </source>
        <translation> 顧客: </translation>
    </message>
    <message>
        <source> Month: </source>
        <translation> 月: </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>前の月</translation>
    </message>
    <message>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation>前の月（Ctrl+PgUp）</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>次の月</translation>
    </message>
    <message>
        <source>Next month (Ctrl+PgDown)</source>
        <translation>次の月（Ctrl+PgDown）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新しいデータベース…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>データベースを開く…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近使ったデータベース</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>デモデータを読み込む…</translation>
    </message>
    <message>
        <source>Back up database…</source>
        <translation>データベースをバックアップ…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Undo {command}</source>
        <translation>元に戻す：{command}</translation>
    </message>
    <message>
        <source>Redo {command}</source>
        <translation>やり直す：{command}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>顧客(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>レポート(&amp;R)</translation>
    </message>
    <message>
        <source>Monthly report for this customer…</source>
        <translation>この顧客の月次レポート…</translation>
    </message>
    <message>
        <source>Month-end batch…</source>
        <translation>月末一括処理…</translation>
    </message>
    <message>
        <source>Reopen month…</source>
        <translation>月を再オープン…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation>AccountDesk について</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>まだ開いたデータベースはありません</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>Loaded the demo portfolio: {customers} customers, {entries} ledger entries.</source>
        <translation>デモのポートフォリオを読み込みました：顧客 {customers} 件、時間台帳の記録 {entries} 件。</translation>
    </message>
    <message>
        <source>Loading the demo portfolio…</source>
        <translation>デモのポートフォリオを読み込んでいます…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>データベースをバックアップ</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation>SQLite データベース (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>{file} にバックアップしました。</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to reopen one of its months.</source>
        <translation>月を再オープンするには、ツールバーで顧客を選んでください。</translation>
    </message>
    <message>
        <source>Reopen month</source>
        <translation>月を再オープン</translation>
    </message>
    <message>
        <source>Why is {month} reopened for {customer}? Its next issue will be a new revision of the report.</source>
        <translation>{customer}の{month}を再オープンする理由は何ですか？次の発行はレポートの新しい改訂版になります。</translation>
    </message>
    <message>
        <source>Reopened {month} for {customer} (Ctrl+Z issues it again as it was).</source>
        <translation>{customer}の{month}を再オープンしました（Ctrl+Z で元どおり発行済みに戻せます）。</translation>
    </message>
    <message>
        <source>Support contracts, entitlements, hours and reviews for customer success teams.</source>
        <translation>カスタマーサクセスチームのためのサポート契約、契約内容、時間、レビューの管理。</translation>
    </message>
    <message>
        <source>SQLite (local)</source>
        <translation>SQLite（ローカル）</translation>
    </message>
    <message>
        <source>PostgreSQL (team)</source>
        <translation>PostgreSQL（チーム）</translation>
    </message>
    <message>
        <source>{customers} · {entries} · signed in as {user} · {database}</source>
        <translation>{customers} · {entries} · {user} としてサインイン · {database}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>顧客 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>記録 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be read: {reason}</source>
        <translation>データベースを読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing may not have been finished. The details are in {log}; please send it to your support contact.</source>
        <translation>問題が発生しました。作業が完了していない可能性があります。詳細は {log} にあります。サポート窓口に送ってください。</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>Choose a customer in the toolbar first: a monthly report is about one customer. For every customer at once, use Reports ▸ Month-end batch….</source>
        <translation>先にツールバーで顧客を選んでください。月次レポートは1顧客ごとです。全顧客を一度に処理するには［レポート］▸［月末一括処理…］を使ってください。</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>レポートを作成しています…</translation>
    </message>
    <message>
        <source>Monthly service report</source>
        <translation>月次サービスレポート</translation>
    </message>
    <message>
        <source>Draft: built from the live ledger; every page is marked DRAFT until the month is issued.</source>
        <translation>下書き：現在の時間台帳から作成しています。月が発行されるまで、すべてのページに「下書き」と表示されます。</translation>
    </message>
    <message>
        <source>Issued on {day} by {person} as report {report}. The month is locked; an export gives exactly the report that was issued.</source>
        <translation>{day}に{person}がレポート {report} として発行しました。この月は確定済みです。エクスポートすると発行時と同じレポートになります。</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>レポートを発行：最終版の PDF を書き出し、顧客の当月を確定します</translation>
    </message>
    <message>
        <source>The pages could not be shown; export the PDF to read it.</source>
        <translation>ページを表示できませんでした。PDF をエクスポートして読んでください。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page} / {pages} ページ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>月次レポートをエクスポート</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>レポートを書き出しています…</translation>
    </message>
    <message>
        <source>Issue the monthly report</source>
        <translation>月次レポートを発行</translation>
    </message>
    <message>
        <source>Issuing the {month} report for {customer} locks {month} for this customer: hours dated in it can no longer be logged, changed or deleted, and the report becomes final (a later export gives exactly the same report). Corrections then go into the next open month.

Issue it now?</source>
        <translation>{customer}の{month}のレポートを発行すると、この顧客の{month}が確定します。その月の時間は記録・変更・削除できなくなり、レポートは最終版になります（後でエクスポートしても同じレポートになります）。訂正はその後、次の未確定の月に入ります。

今すぐ発行しますか？</translation>
    </message>
    <message>
        <source>Issuing the report…</source>
        <translation>レポートを発行しています…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued report {report} ({pages}) and wrote it to {file}. {month} is now locked for {customer}.</source>
        <translation>レポート {report}（{pages}）を発行し、{file} に書き出しました。{customer}の{month}は確定しました。</translation>
    </message>
    <message>
        <source>Wrote the draft report ({pages}) to {file}.</source>
        <translation>下書きのレポート（{pages}）を {file} に書き出しました。</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file} — the same file that was issued.</source>
        <translation>発行済みレポート {report}（{pages}）を {file} に書き出しました — 発行時と同じファイルです。</translation>
    </message>
    <message>
        <source>Wrote issued report {report} ({pages}) to {file}.</source>
        <translation>発行済みレポート {report}（{pages}）を {file} に書き出しました。</translation>
    </message>
    <message>
        <source>No application opened {file}; open it from its folder.</source>
        <translation>{file} を開けるアプリケーションがありません。保存先のフォルダーから開いてください。</translation>
    </message>
</context>
<context>
    <name>OverageModel</name>
    <message>
        <source>{customer}: {hours} over the allowances, charged {charge}</source>
        <translation>{customer}：契約時間枠を {hours} 超過、請求 {charge}</translation>
    </message>
</context>
<context>
    <name>OverdueReviewsModel</name>
    <message>
        <source>{review}, {day}</source>
        <translation>{review}、{day}</translation>
    </message>
    <message numerus="yes">
        <source>{oldest} (+%Ln more)</source>
        <translation>
            <numerusform>{oldest}（ほか %Ln 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln reviews not recorded; the oldest, {review}, was due {day}</source>
        <translation>
            <numerusform>{customer}：未記録のレビュー %Ln 件。最も古い{review}の期限は{day}でした</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingAdjustmentsModel</name>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a credit of {amount}</source>
        <translation>
            <numerusform>{customer}：{months}への調整 %Ln 件が次のレポートを待っています。合計 {amount} のクレジット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %Ln adjustments to {months} wait for the next report, together a charge of {amount}</source>
        <translation>
            <numerusform>{customer}：{months}への調整 %Ln 件が次のレポートを待っています。合計 {amount} の請求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>システムの言語（{language}）</translation>
    </message>
    <message>
        <source>You (on this computer)</source>
        <translation>ユーザー（このコンピューター）</translation>
    </message>
    <message>
        <source>Your name on the hours you log:</source>
        <translation>記録する時間に表示する名前:</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>画面の言語:</translation>
    </message>
    <message>
        <source>A new language applies the next time AccountDesk starts.</source>
        <translation>新しい言語は、次回 AccountDesk を起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation>既定のロゴ</translation>
    </message>
    <message>
        <source>Company (on every report, for the whole team)</source>
        <translation>会社（全レポート共通、チーム全体に適用）</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>会社名:</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>サービス名:</translation>
    </message>
    <message>
        <source>Report footer:</source>
        <translation>レポートのフッター:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>ロゴ:</translation>
    </message>
    <message>
        <source>Your company&apos;s logo</source>
        <translation>自社のロゴ</translation>
    </message>
    <message>
        <source>AccountDesk&apos;s logo</source>
        <translation>AccountDesk のロゴ</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>会社のロゴ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーが変更しました</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Open another database, or start a new one?</source>
        <translation>別のデータベースを開きますか、それとも新しく作成しますか？</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>別のデータベースを開く…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新しいデータベース…</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>{tier}, {day}</source>
        <translation>{tier}、{day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer}&apos;s {tier} contract ends on {day}, in %Ln days</source>
        <translation>
            <numerusform>{customer}の{tier}契約は{day}に終了します（あと %Ln 日）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>The report&apos;s pages, exactly as the PDF will print them</source>
        <translation>PDF の印刷イメージどおりのレポートページ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Write the report as a PDF; before the month is issued it is marked DRAFT</source>
        <translation>レポートを PDF として書き出します。当月の発行前は「下書き」と表示されます</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>発行…</translation>
    </message>
    <message>
        <source>Issue the report: write the final PDF and lock the customer&apos;s month</source>
        <translation>レポートを発行します：最終版の PDF を書き出し、顧客の当月を確定します</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF を開く</translation>
    </message>
    <message>
        <source>Open the report just written in the system&apos;s PDF viewer</source>
        <translation>書き出したレポートをシステムの PDF ビューアーで開きます</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参加者(&amp;A):</translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation>参加者（カンマ区切り）</translation>
    </message>
    <message>
        <source>&amp;Summary for the client:</source>
        <translation>お客様向けの概要(&amp;S):</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s monthly report: what was reviewed and agreed</source>
        <translation>お客様の月次サービスレポートに記載されます：レビューした内容と合意事項</translation>
    </message>
    <message>
        <source>The client reads this on the monthly report</source>
        <translation>お客様が月次サービスレポートで読む内容です</translation>
    </message>
    <message>
        <source>Internal &amp;notes (team only):</source>
        <translation>社内メモ（チームのみ）(&amp;N):</translation>
    </message>
    <message>
        <source>For the team only, never on a report: concerns, follow-ups</source>
        <translation>チーム専用（レポートには記載されません）：懸念事項、フォローアップなど</translation>
    </message>
    <message>
        <source>For the team only: never printed on a report</source>
        <translation>チーム専用：レポートには記載されません</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>実施日時(&amp;O):</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the review took place, on the customer&apos;s clock</source>
        <translation>レビューの実施日時（顧客のタイムゾーン）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Why the review is cancelled (required)</source>
        <translation>レビューを中止する理由（必須）</translation>
    </message>
</context>
<context>
    <name>ReviewOutcomeDialog</name>
    <message>
        <source>{day}, {time} ({minutes} minutes) · {state}</source>
        <translation>{day}、{time}（{minutes} 分） · {state}</translation>
    </message>
    <message>
        <source>Review held</source>
        <translation>レビュー実施</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>実施済みにする</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>レビューを中止</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>中止しない</translation>
    </message>
</context>
<context>
    <name>ReviewsForm</name>
    <message>
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>Plan ahead</source>
        <translation>今後の予定を作成</translation>
    </message>
    <message>
        <source>Schedule the reviews each tier owes over the next 90 days (never twice)</source>
        <translation>今後90日間に各サービスプランで予定すべきレビューを登録します（重複登録はしません）</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics をエクスポート…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Planned reviews: overdue, this week and later</source>
        <translation>予定済みのレビュー：期限切れ、今週、それ以降</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>過去のレビュー</translation>
    </message>
    <message>
        <source>Held, cancelled and missed reviews of the month chosen in the toolbar</source>
        <translation>ツールバーで選択した月に実施済み、中止、未実施となったレビュー</translation>
    </message>
    <message>
        <source>Filter by customer or review (Ctrl+F)</source>
        <translation>顧客またはレビューで絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter reviews</source>
        <translation>レビューを絞り込み</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>実施済み…</translation>
    </message>
    <message>
        <source>Record that the selected review took place, with notes and attendees</source>
        <translation>選択したレビューを実施済みとして記録します（メモと参加者付き）</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>中止…</translation>
    </message>
    <message>
        <source>Cancel the selected review, with a reason</source>
        <translation>選択したレビューを、理由を付けて中止します</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>選択したレビューを未実施として記録します</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time (customer&apos;s zone)</source>
        <translation>時刻（顧客のタイムゾーン）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Overdue (today)</source>
        <translation>期限超過（今日）</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1日の期限超過</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>{count}日の期限超過</translation>
    </message>
    <message numerus="yes">
        <source>{group} · %Ln reviews</source>
        <translation>
            <numerusform>{group} · レビュー %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click (or press Enter) to open {customer}.</source>
        <translation>ダブルクリック（または Enter キー）で{customer}を開きます。</translation>
    </message>
    <message>
        <source>{minutes} minutes; your time: {when}</source>
        <translation>{minutes} 分。あなたの時刻：{when}</translation>
    </message>
    <message>
        <source>Held on: {when}</source>
        <translation>実施日時：{when}</translation>
    </message>
    <message>
        <source>Attendees: {names}</source>
        <translation>出席者：{names}</translation>
    </message>
    <message>
        <source>Summary for the client: {text}</source>
        <translation>お客様向けの概要：{text}</translation>
    </message>
    <message>
        <source>Internal notes: {text}</source>
        <translation>社内メモ：{text}</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>理由：{text}</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>レビューを読み込んでいます…</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>実施済み…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>中止…</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>顧客を開く</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>This week (to {day})</source>
        <translation>今週（{day}まで）</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>今後</translation>
    </message>
    <message>
        <source>The reviews could not be read: {reason}</source>
        <translation>レビューを読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>No review matches “{typed}”. Clear the filter to see all {count}.</source>
        <translation>「{typed}」に一致するレビューはありません。絞り込みを解除すると全 {count} 件が表示されます。</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month} for {customer}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>{month}に期限の来た{customer}の実施済み・中止・未実施のレビューはありません。ツールバーで別の月に移動するか、予定表に戻ってください。</translation>
    </message>
    <message>
        <source>No held, cancelled or missed reviews were due in {month}. Step the month in the toolbar to look at another month, or switch back to the Agenda.</source>
        <translation>{month}に期限の来た実施済み・中止・未実施のレビューはありません。ツールバーで別の月に移動するか、予定表に戻ってください。</translation>
    </message>
    <message>
        <source>No reviews are planned for {customer}. Plan ahead to schedule what their tier owes over the next {days} days; a Community contract includes no reviews.</source>
        <translation>{customer}に予定されたレビューはありません。［先の予定を作成］で、サービスプランが今後 {days} 日間に定めるレビューを予定できます。Community 契約にはレビューが含まれません。</translation>
    </message>
    <message>
        <source>No reviews are planned. Plan ahead to schedule the reviews each customer&apos;s tier owes over the next {days} days.</source>
        <translation>予定されたレビューはありません。［先の予定を作成］で、各顧客のサービスプランが今後 {days} 日間に定めるレビューを予定できます。</translation>
    </message>
    <message>
        <source>Reviews due in {month} whose outcome is recorded: {held} held · {cancelled} cancelled · {missed} missed. Step the month in the toolbar to see another.</source>
        <translation>{month}に期限の来た、結果を記録済みのレビュー：実施済み {held} · 中止 {cancelled} · 未実施 {missed}。ツールバーで別の月に移動できます。</translation>
    </message>
    <message>
        <source>{overdue} overdue · {week} this week · {later} later. Select a review to record how it went: Held…, Cancel… or Missed. Times are in each customer&apos;s time zone.</source>
        <translation>期限超過 {overdue} · 今週 {week} · 今後 {later}。レビューを選んで結果を記録してください：実施済み…、中止…、未実施。時刻は各顧客のタイムゾーンです。</translation>
    </message>
    <message>
        <source>· All customers</source>
        <translation>· すべての顧客</translation>
    </message>
    <message>
        <source>Write this customer&apos;s reviews to an iCalendar (.ics) file for any calendar app</source>
        <translation>この顧客のレビューを、どのカレンダーアプリでも読める iCalendar (.ics) ファイルに書き出します</translation>
    </message>
    <message>
        <source>Choose a customer in the toolbar to export their reviews to a calendar file</source>
        <translation>ツールバーで顧客を選ぶと、そのレビューをカレンダーファイルに書き出せます</translation>
    </message>
    <message>
        <source>Schedule the reviews this customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>この顧客のサービスプランが今後 {days} 日間に定めるレビューを予定します（重複しません）</translation>
    </message>
    <message>
        <source>Schedule the reviews each customer&apos;s tier owes over the next {days} days (never twice)</source>
        <translation>各顧客のサービスプランが今後 {days} 日間に定めるレビューを予定します（重複しません）</translation>
    </message>
    <message>
        <source>This review has not happened yet.</source>
        <translation>このレビューはまだ行われていません。</translation>
    </message>
    <message>
        <source>Record that the selected review did not take place</source>
        <translation>選択したレビューが行われなかったことを記録します</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as held (Ctrl+Z undoes it).</source>
        <translation>{customer}との{day}の{review}を実施済みとして記録しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as cancelled (Ctrl+Z undoes it).</source>
        <translation>{customer}との{day}の{review}を中止として記録しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Recorded the {review} with {customer} on {day} as missed (Ctrl+Z undoes it).</source>
        <translation>{customer}との{day}の{review}を未実施として記録しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <source>Planning reviews… {customer}</source>
        <translation>レビューを予定しています… {customer}</translation>
    </message>
    <message>
        <source>Planning reviews…</source>
        <translation>レビューを予定しています…</translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews for {customer} over the next {days} days.</source>
        <translation>
            <numerusform>{customer}の今後 {days} 日間に新しいレビューを %Ln 件予定しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln new reviews over the next {days} days.</source>
        <translation>
            <numerusform>今後 {days} 日間に新しいレビューを %Ln 件予定しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to plan for {customer}: every review owed over the next {days} days is already on the agenda.</source>
        <translation>{customer}に新しく予定するものはありません：今後 {days} 日間に定められたレビューはすべて予定表にあります。</translation>
    </message>
    <message>
        <source>Nothing new to plan: every review owed over the next {days} days is already on the agenda.</source>
        <translation>新しく予定するものはありません：今後 {days} 日間に定められたレビューはすべて予定表にあります。</translation>
    </message>
    <message>
        <source>Planning stopped early; plan again to finish.</source>
        <translation>予定の作成を途中で停止しました。完了するにはもう一度予定を作成してください。</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>顧客 {id}</translation>
    </message>
    <message>
        <source>Export {customer}&apos;s reviews</source>
        <translation>{customer}のレビューをエクスポート</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Exporting reviews…</source>
        <translation>レビューをエクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln reviews of {customer} to {file}; open it in any calendar app.</source>
        <translation>
            <numerusform>{customer}のレビュー %Ln 件を {file} に書き出しました。どのカレンダーアプリでも開けます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaCardModel</name>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>at risk, {span} left</source>
        <translation>違反リスクあり（残り {span}）</translation>
    </message>
    <message>
        <source>breached {when}</source>
        <translation>{when} 違反</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Something went wrong: {first}. The details are in {where}.</source>
        <translation>問題が発生しました：{first}。詳細は {where} にあります。</translation>
    </message>
    <message>
        <source>Saving… waiting for another change to the database to finish.</source>
        <translation>保存しています… データベースへの別の変更が終わるのを待っています。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>TierChangeDialog</name>
    <message>
        <source>Consulting</source>
        <translation>コンサルティング</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>コンサルティング</translation>
    </message>
    <message>
        <source>Custom development</source>
        <translation>カスタム開発</translation>
    </message>
    <message>
        <source>custom development</source>
        <translation>カスタム開発</translation>
    </message>
    <message>
        <source>Change tier — {customer}</source>
        <translation>サービスプラン変更 — {customer}</translation>
    </message>
    <message>
        <source>{customer} is on {tier} since {day} at {fee} a month.</source>
        <translation>{customer}は{day}から{tier}（月額 {fee}）を契約中です。</translation>
    </message>
    <message>
        <source>{customer} is on {tier}.</source>
        <translation>{customer}は{tier}を契約中です。</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>サービスプラン変更</translation>
    </message>
    <message>
        <source>{fee} ({tier}&apos;s price)</source>
        <translation>{fee}（{tier}の価格）</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>当月への影響</translation>
    </message>
    <message>
        <source>Nothing to preview until the change can be made.</source>
        <translation>変更が可能になるまでプレビューはありません。</translation>
    </message>
    <message>
        <source>Effect on {month} (prorated by days)</source>
        <translation>{month}への影響（日割り）</translation>
    </message>
    <message>
        <source>Fee for {month}</source>
        <translation>{month}の月額料金</translation>
    </message>
    <message>
        <source>Fee {before} → {after}</source>
        <translation>月額料金 {before} → {after}</translation>
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
        <translation>現時点の超過料金</translation>
    </message>
    <message numerus="yes">
        <source>{days} of %n days of {month} fall under {tier} from {day}.</source>
        <translation>
            <numerusform>{month}の %n 日中 {days} 日が、{day}から{tier}の対象になります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{customer} keeps its %n named contacts; {tier} includes {limit}, so the account will be flagged as over its limit.</source>
        <translation>
            <numerusform>{customer}の指定連絡担当者 %n 名はそのまま残ります。{tier}の上限は {limit} 名のため、このアカウントには上限超過のフラグが付きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Change tier.</source>
        <translation>「サービスプラン変更」を選択するまで、何も保存されません。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>{year}年 第{number}四半期</translation>
    </message>
</context>
<context>
    <name>TierChangeForm</name>
    <message>
        <source>New &amp;tier</source>
        <translation>新しいサービスプラン(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>適用開始日(&amp;E)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>月額料金(&amp;F)</translation>
    </message>
    <message>
        <source>USD per month (optional)</source>
        <translation>月額（USD、任意）</translation>
    </message>
    <message>
        <source>Effect on the month</source>
        <translation>当月への影響</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Commas (,)</source>
        <translation>カンマ（,）</translation>
    </message>
    <message>
        <source>Semicolons (;), for Excel where 1,5 is a number</source>
        <translation>セミコロン（;）— 1,5 を数値とみなす Excel 向け</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entries of {month} to {target}.</source>
        <translation>
            <numerusform>{month}の記録 %Ln 件を {target} に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>顧客をインポート…</translation>
    </message>
    <message>
        <source>Import hours…</source>
        <translation>時間をインポート…</translation>
    </message>
    <message>
        <source>Export hours…</source>
        <translation>時間をエクスポート…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>顧客をインポート</translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation>時間をインポート</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>顧客をインポートしています…</translation>
    </message>
    <message>
        <source>Importing hours…</source>
        <translation>時間をインポートしています…</translation>
    </message>
    <message>
        <source>Export hours of {month}</source>
        <translation>{month}の時間をエクスポート</translation>
    </message>
    <message>
        <source>Separate the values by:</source>
        <translation>値の区切り:</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>時間をエクスポート</translation>
    </message>
    <message>
        <source>Exporting hours…</source>
        <translation>時間をエクスポートしています…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Mark the {review} with {customer} on {day} held</source>
        <translation>{customer}との{day}の{review}を実施済みにする</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} missed</source>
        <translation>{customer}との{day}の{review}を未実施にする</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} cancelled</source>
        <translation>{customer}との{day}の{review}を中止にする</translation>
    </message>
    <message>
        <source>Mark the {review} with {customer} on {day} planned</source>
        <translation>{customer}との{day}の{review}を予定に戻す</translation>
    </message>
    <message>
        <source>Log {hours} for {customer} on {day}</source>
        <translation>{customer}の{day}に{hours}を記録</translation>
    </message>
    <message>
        <source>Change the {field} of {customer}&apos;s entry</source>
        <translation>{customer}の記録の{field}を変更</translation>
    </message>
    <message>
        <source>Delete {hours} for {customer} on {day}</source>
        <translation>{customer}の{day}の{hours}を削除</translation>
    </message>
    <message>
        <source>Delete {count} entries</source>
        <translation>記録 {count} 件を削除</translation>
    </message>
    <message>
        <source>Correct {customer}&apos;s entry of {day} to {hours}</source>
        <translation>{customer}の{day}の記録を{hours}に訂正</translation>
    </message>
    <message>
        <source>Reopen {month} for {customer}</source>
        <translation>{customer}の{month}を再オープン</translation>
    </message>
    <message>
        <source>Open a {severity} case for {customer}</source>
        <translation>{customer}の重要度{severity}のケースを起票</translation>
    </message>
    <message>
        <source>Open case {reference} for {customer}</source>
        <translation>{customer}のケース {reference} を起票</translation>
    </message>
    <message>
        <source>Answer case {reference} of {customer}</source>
        <translation>{customer}のケース {reference} に応答</translation>
    </message>
    <message>
        <source>Wait on the customer in case {reference} of {customer}</source>
        <translation>{customer}のケース {reference} でお客様回答待ち</translation>
    </message>
    <message>
        <source>Escalate to level {level} case {reference} of {customer}</source>
        <translation>{customer}のケース {reference} をレベル {level} にエスカレート</translation>
    </message>
    <message>
        <source>Resolve case {reference} of {customer}</source>
        <translation>{customer}のケース {reference} を解決</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Welcome to AccountDesk</source>
        <translation>AccountDesk へようこそ</translation>
    </message>
    <message>
        <source>This database has no customers yet. Add your first customer, or load a demo portfolio to look around; you can start a clean database any time (File ▸ New database…).</source>
        <translation>このデータベースにはまだ顧客が登録されていません。最初の顧客を追加するか、デモ用ポートフォリオを読み込んで操作を試してください。新しいデータベースはいつでも作成できます（［ファイル］▸［新規データベース…］）。</translation>
    </message>
    <message>
        <source>Add your first customer…</source>
        <translation>最初の顧客を追加…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>デモデータを読み込む</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>{unusual} Agree this custom price for the contract?</source>
        <translation>{unusual} この個別価格で契約しますか？</translation>
    </message>
    <message>
        <source>Custom price</source>
        <translation>個別価格</translation>
    </message>
    <message>
        <source>The custom price was not agreed; nothing was saved.</source>
        <translation>個別価格は確定されませんでした。何も保存されていません。</translation>
    </message>
</context>
</TS>
