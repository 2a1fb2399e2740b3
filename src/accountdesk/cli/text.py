"""What the commands print without --json: plain tables and sentences for people.

The wording is part of the stable interface (scripts grep it), so it changes only
on purpose. One-sentence confirmations stay beside their command; what takes more
than a sentence is shaped here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from accountdesk.cli.shapes import dec, limit
from accountdesk.domain.money import money_text
from accountdesk.domain.periods import Month
from accountdesk.domain.sla import CaseState
from accountdesk.domain.tiers import TierSpec
from accountdesk.reports.data import AdjustmentLine
from accountdesk.services.audit import AuditInfo
from accountdesk.services.cases import CaseInfo, CustomerSla
from accountdesk.services.demo import DemoSummary
from accountdesk.services.entitlements import MonthUsage
from accountdesk.services.ledger import EntryInfo
from accountdesk.services.portfolio import CustomerDetail, CustomerSummary
from accountdesk.services.reports import BatchResult, ReportResult
from accountdesk.services.reviews import ReviewInfo
from accountdesk.wording import noun


def table(header: Sequence[str], rows: Sequence[Sequence[object]], right: set[int]) -> str:
    """A plain text table; columns in `right` are right-aligned (numbers)."""
    cells = [[str(h) for h in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for row in cells:
        parts = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def demo_text(done: DemoSummary) -> str:
    return (
        f"Demo portfolio: {done.customers:,} customers, {done.entries:,} ledger "
        f"entries, {done.contacts:,} contacts, {done.reviews:,} reviews, "
        f"{done.tier_changes:,} tier changes."
    )


def tiers_text(tiers: Sequence[TierSpec]) -> str:
    rows = [
        (
            t.name,
            money_text(t.monthly_fee) + ("+" if t.fee_is_starting_price else ""),
            limit(t.named_contacts),
            dec(t.consulting_hours_per_month),
            dec(t.development_hours_per_quarter),
            money_text(t.consulting_overage_rate) if t.consulting_overage_rate else "—",
            f"{t.sla_target_pct}%" if t.sla_target_pct else "—",
        )
        for t in tiers
    ]
    return table(
        [
            "tier",
            "fee/month USD",
            "named contacts",
            "consulting h/month",
            "development h/quarter",
            "overage USD/h",
            "SLA",
        ],
        rows,
        {1, 2, 3, 4, 5},
    )


def customers_text(customers: Sequence[CustomerSummary]) -> str:
    if not customers:
        return "No customers yet. Add one with: accountdesk customer add NAME --tier T --start DATE"
    rows = [
        (
            c.id,
            c.name,
            c.tier.label,
            c.csm or "",
            c.tam or "",
            c.start,
            c.end or "",
            "over contact limit" if c.over_contact_limit else "",
        )
        for c in customers
    ]
    return table(["id", "name", "tier", "CSM", "TAM", "start", "end", "flags"], rows, {0})


def customer_text(d: CustomerDetail) -> str:
    s = d.summary
    named_limit = limit(s.named_contact_limit)
    lines = [
        f"{s.name} (id {s.id}) — {s.tier.label}",
        f"Contract: {s.start}{' to ' + str(s.end) if s.end else ', open-ended'}",
        f"CSM: {s.csm or '—'}   TAM: {s.tam or '—'}",
        f"Time zone: {d.timezone}   Report language: {d.language}",
        f"Holidays: {d.holiday_calendar or 'none'}   Rollover: {'yes' if d.rollover else 'no'}",
        f"Named contacts: {s.named_contacts} of {named_limit}"
        + ("  (over the tier's limit)" if s.over_contact_limit else ""),
        "",
        "Contract history:",
    ]
    lines += [
        f"  {t.effective_from} – {t.effective_to or '…'}  {t.tier.label}  "
        f"{money_text(t.monthly_fee)} USD/month"
        for t in d.terms
    ]
    if d.contacts:
        lines += ["", "Contacts:"]
        lines += [
            f"  {c.id:>5}  {c.name} <{c.email}>{'  named' if c.named else ''}"
            + ("  training seat" if c.training_seat else "")
            for c in d.contacts
        ]
    if d.locked_months:
        lines += ["", "Issued months: " + ", ".join(d.locked_months)]
    return "\n".join(lines)


def entries_text(month: Month, entries: Sequence[EntryInfo], total: Decimal) -> str:
    if not entries:
        return f"No hours logged in {month.label}."
    rows = [
        (e.id, e.day, e.hours, e.category.value, e.engineer, e.description, e.note) for e in entries
    ]
    headers = ["id", "date", "hours", "category", "engineer", "description", "note (internal)"]
    body = table(headers, rows, {0, 2})
    return f"{body}\nTotal: {total} h"


def usage_text(u: MonthUsage) -> str:
    lines = [
        f"{u.customer} — {u.month.label} — "
        + (", ".join(t.label for t in u.tiers) or "outside the contract"),
        f"Fee: {money_text(u.fee)} {u.currency}",
    ]
    rows = [
        (
            a.category.value,
            a.period.label,
            dec(a.included_hours),
            dec(a.used_hours),
            dec(a.remaining_hours),
            dec(a.overage_hours),
            money_text(a.overage_charge),
        )
        for a in u.allowances
    ]
    if rows:
        lines.append(
            table(
                [
                    "allowance",
                    "period",
                    "included h",
                    "used h",
                    "remaining h",
                    "overage h",
                    "overage USD",
                ],
                rows,
                {2, 3, 4, 5, 6},
            )
        )
    for a in u.allowances:
        if len(a.overage_lines) > 1:
            lines.append(
                f"{a.category.value} overage by rate: "
                + "; ".join(
                    f"{dec(line.hours)} h x {money_text(line.rate or Decimal(0))} "
                    f"({line.tier.label}) = {money_text(line.charge)}"
                    for line in a.overage_lines
                )
            )
    lines.append(f"Overage total: {money_text(u.overage_total)} {u.currency}")
    if u.issued:
        lines.insert(1, f"Issued: these are the figures of report {u.issued}.")
    if u.pending:
        lines.append(adjustments_text(u.pending))
    return "\n".join(lines)


def adjustments_text(adjustments: Sequence[AdjustmentLine]) -> str:
    """Adjustments to issued months, as the next report will carry them."""
    if not adjustments:
        return "No adjustment to an issued month."
    rows = [
        (
            a.month,
            a.kind if not a.category else f"{a.kind} {a.category}",
            dec(a.hours) if a.kind == "overage" else "",
            money_text(a.amount),
            a.reason,
        )
        for a in adjustments
    ]
    total = sum((a.amount for a in adjustments), Decimal(0))
    return (
        "Adjustments for the next report:\n"
        + table(["month", "what", "hours", "amount USD", "reason"], rows, {2, 3})
        + f"\nTotal adjustments: {money_text(total)} USD"
    )


def reviews_text(reviews: Sequence[ReviewInfo]) -> str:
    if not reviews:
        return "No reviews yet. Plan them with: accountdesk reviews plan"
    rows = [
        (
            r.id,
            r.due,
            r.customer,
            r.kind.label,
            "overdue" if r.overdue else r.state.value,
            "" if r.held_at is None else moment_text(r.held_at),
        )
        for r in reviews
    ]
    return table(["id", "date", "customer", "review", "state", "held on"], rows, {0})


def moment_text(moment: datetime) -> str:
    """A moment as the customer's clock showed it: 2026-11-05 10:30 Europe/Berlin."""
    return f"{moment:%Y-%m-%d %H:%M} {moment.tzinfo}"


def report_text(result: ReportResult, issued: bool) -> str:
    return (
        f"{'Issued' if issued else 'Wrote'} {result.report_id} "
        f"({result.pages} {noun(result.pages, 'page')}"
        f"{', draft' if result.draft else ''}) to {result.path}."
    )


def batch_text(month: Month, batch: BatchResult, out_dir: Path, issued: bool) -> str:
    verb = "issued" if issued else "wrote"
    return (
        f"{month.label}: {verb} {len(batch.written)} {noun(len(batch.written), 'report')}"
        f" in {out_dir}, {len(batch.failed)} failed, {len(batch.skipped)} skipped "
        "(no monthly report for their tier or no contract in the month)."
    )


def _when(moment: datetime | None, zone: str) -> str:
    if moment is None:
        return "—"
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")


def _left(c: CaseInfo) -> str:
    if c.left is None:
        return ""
    minutes = int(c.left.total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def case_text(c: CaseInfo) -> str:
    said = f"Case {c.reference} of {c.customer} ({c.severity.value})"
    if c.due is None:
        return f"{said}: no response target on the contract."
    due = _when(c.due, c.timezone)
    if c.state is CaseState.DUE:
        return f"{said}: due {due}, {_left(c)} left."
    if c.state is CaseState.AT_RISK:
        return f"{said}: at risk, due {due}, {_left(c)} left."
    return f"{said}: {c.state.label} (due {due})."


def cases_text(cases: Sequence[CaseInfo]) -> str:
    """Cases with their times in each customer's zone."""
    if not cases:
        return "No cases."
    rows = [
        (
            c.reference,
            c.customer,
            c.severity.value,
            c.escalation_level,
            _when(c.opened_at, c.timezone),
            _when(c.due, c.timezone),
            c.state.label,
            _left(c),
            c.title,
        )
        for c in cases
    ]
    header = ["case", "customer", "severity", "level", "opened", "due", "state", "left", "title"]
    return table(header, rows, {3, 7})


def sla_text(sla: CustomerSla) -> str:
    f = sla.figures
    if sla.tier is None or f.target is None:
        return f"{sla.customer}, {sla.month.label}: no response SLA on the contract."
    if f.attainment is None:
        return (
            f"{sla.customer}, {sla.month.label}: no cases were due this month (target {f.target}%)."
        ) + _sla_issued(sla)
    lines = [
        f"{sla.customer}, {sla.month.label} ({sla.tier.label}): {f.met} of {f.due} "
        f"{noun(f.due, 'case')} answered in time, attainment {f.attainment}% "
        f"against {f.target}%" + (" — SLA breached." if f.breach else "."),
    ]
    if f.breach:
        if f.credit_pct is None:
            lines.append("No service credit on this tier.")
        else:
            lines.append(
                f"Service credit: {f.credit_pct:.2f}% of the fee {money_text(sla.fee)} = "
                f"{money_text(f.credit)} USD."
            )
    if sla.breaches:
        lines.append("Breaches:\n" + cases_text(sla.breaches))
    return "\n".join(lines) + _sla_issued(sla)


def _sla_issued(sla: CustomerSla) -> str:
    """An issued month's figures are its statement's; say so, and what changed since."""
    if sla.issued is None:
        return ""
    told = f"\nIssued: these are the figures of report {sla.issued}."
    for line in sla.pending:
        told += (
            f"\nSince then: {line.reason}; the next report carries "
            f"{money_text(line.amount)} USD for it."
        )
    return told


def audit_text(rows: Sequence[AuditInfo]) -> str:
    """The audit log, newest first, in the workstation's time."""
    if not rows:
        return "No changes recorded."
    shown = [
        (
            f"{a.at.astimezone():%Y-%m-%d %H:%M}",
            a.who,
            a.action.replace("_", " "),
            a.customer or "",
            a.what,
            a.changes,
        )
        for a in rows
    ]
    return table(["when", "who", "action", "customer", "what", "changes"], shown, set())
