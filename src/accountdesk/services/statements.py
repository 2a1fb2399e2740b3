"""Issued statements and the adjustments to them.

Rules (domain document, "Issued statements, corrections and adjustments"):

- Issuing a month stores its statement (the figures its report showed). The statement
  that stands for a month is its latest revision while the month is issued; from then
  on the month's figures everywhere are the stored ones.
- Anything later that would change an issued month's money (a correction, an entry
  that moves where a quarter's overage falls, a contract change that changes a
  quarter's allowance) becomes an adjustment: the month's figures recomputed from
  scratch, minus what its statement fixed, minus the adjustments to it already on a
  standing statement. Adjustments are carried by the next report issued, whichever
  month that is, and never enter another month's allowance.
- So, for any sequence of actions: the issued totals plus the pending adjustments
  equal the totals recomputed from scratch over the same months, to the cent.
- Only the latest issued statement can be reopened: statements are a stack, and every
  adjustment a standing statement carries concerns a month that still stands.

A month recomputed from scratch uses the whole contract as it is now recorded (a tier
change after the month changes the quarter's allowance), unlike what an open month
shows (services/usage.py), which sees the contract as it stood on its last day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from accountdesk.db import models as m
from accountdesk.domain.allowances import (
    AllowanceUsage,
    Logged,
    OverageLine,
    allowance_usage,
    measured_categories,
)
from accountdesk.domain.contracts import Contract, period_of
from accountdesk.domain.periods import Month, Quarter
from accountdesk.domain.tiers import UNLIMITED, Category, Tier
from accountdesk.reports.data import AdjustmentLine, MonthlyReportData, figures_from_json
from accountdesk.services.loading import contract_of, locked_months
from accountdesk.services.overview import CustomerAdjustments
from accountdesk.services.usage import MonthUsage, SeatUsage, logged
from accountdesk.wording import Words, words

FEE = "fee"
OVERAGE = "overage"
SERVICE_CREDIT = "service_credit"


@dataclass(frozen=True)
class Statement:
    """A month's issued statement that stands (its latest revision, month issued)."""

    id: int
    month: Month
    revision: int
    report_id: str
    issued_at: datetime
    issued_by: str
    figures: MonthlyReportData


def standing_statements(s: Session, customer_id: int) -> list[Statement]:
    """The customer's standing statements, in the order they were issued."""
    issued = locked_months(s, customer_id)
    if not issued:
        return []
    latest: dict[str, m.IssuedReport] = {}
    for row in s.scalars(
        select(m.IssuedReport)
        .where(m.IssuedReport.customer_id == customer_id)
        .order_by(m.IssuedReport.revision)
    ):
        latest[row.month] = row
    found = [
        Statement(
            row.id,
            Month.parse(label),
            row.revision,
            row.report_id,
            row.issued_at,
            row.issued_by,
            figures_from_json(row.figures),
        )
        for label, row in latest.items()
        if Month.parse(label) in issued
    ]
    return sorted(found, key=lambda statement: statement.id)


def statement_of(s: Session, customer_id: int, month: Month) -> Statement | None:
    for statement in standing_statements(s, customer_id):
        if statement.month == month:
            return statement
    return None


@dataclass(frozen=True)
class _Money:
    """One component of a month's money: the fee, or one allowance's overage."""

    hours: Decimal
    amount: Decimal


def _stored(figures: MonthlyReportData) -> dict[tuple[str, str], _Money]:
    found = {(FEE, ""): _Money(Decimal(0), figures.fee)}
    for line in figures.allowances:
        found[(OVERAGE, line.category)] = _Money(line.overage_hours, line.overage_charge)
    return found


def _recomputed(
    contract: Contract, month: Month, entries: dict[Category, list[Logged]]
) -> tuple[dict[tuple[str, str], _Money], dict[Category, AllowanceUsage]]:
    found = {(FEE, ""): _Money(Decimal(0), contract.fee(month))}
    usages = {}
    for category in measured_categories(contract, month):
        usage = allowance_usage(contract, category, month, entries.get(category, []))
        usages[category] = usage
        found[(OVERAGE, category.value)] = _Money(usage.overage_hours, usage.overage_charge)
    return found, usages


@dataclass(frozen=True)
class _Correction:
    id: int
    corrects: int
    corrects_day: date
    reason: str


def _corrections(s: Session, customer_id: int) -> dict[int, _Correction]:
    entry, original = m.LedgerEntry, aliased(m.LedgerEntry)
    rows = s.execute(
        select(entry.id, original.id, original.entry_date, entry.reason)
        .join(original, entry.corrects_id == original.id)
        .where(entry.customer_id == customer_id)
    )
    return {
        cid: _Correction(cid, corrects, day, reason or "") for cid, corrects, day, reason in rows
    }


def pending_adjustments(
    s: Session, customer: m.Customer, statements: list[Statement] | None = None
) -> tuple[AdjustmentLine, ...]:
    """What the customer's issued months now come to, minus what was issued and already
    adjusted: the adjustments the next report issued will carry."""
    if statements is None:
        statements = standing_statements(s, customer.id)
    if not statements:
        return ()
    # An adjustment's reason is printed on the client's report: the client's language.
    w = words(customer.language)
    contract = contract_of(s, customer)
    months = sorted(statement.month for statement in statements)
    entries: dict[Category, list[Logged]] = {}
    for category in (Category.CONSULTING, Category.DEVELOPMENT):
        first = contract.start if contract.rollover else period_of(category, months[0].first).first
        entries[category] = logged(s, customer.id, category, first, months[-1].last)
    billed: dict[tuple[str, str, str], _Money] = defaultdict(lambda: _Money(Decimal(0), Decimal(0)))
    billed_corrections: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for statement in statements:
        for line in statement.figures.adjustments:
            key = (line.month, line.kind, line.category)
            was = billed[key]
            billed[key] = _Money(was.hours + line.hours, was.amount + line.amount)
            billed_corrections[key].update(line.corrections)
    corrections: dict[int, _Correction] | None = None
    found: list[AdjustmentLine] = []
    for statement in sorted(statements, key=lambda each: each.month):
        month = statement.month
        stored = _stored(statement.figures)
        now, usages = _recomputed(contract, month, entries)
        for part in sorted(set(stored) | set(now), key=lambda k: (k[0] != FEE, k[1])):
            kind, allowance = part
            zero = _Money(Decimal(0), Decimal(0))
            was, then = stored.get(part, zero), now.get(part, zero)
            done = billed[(month.label, kind, allowance)]
            delta_hours = then.hours - was.hours - done.hours
            delta_amount = then.amount - was.amount - done.amount
            if delta_hours == 0 and delta_amount == 0:
                continue
            new: list[int] = []
            if kind == OVERAGE:
                period = period_of(Category(allowance), month.first)
                counted = set(statement.figures.corrections_counted)
                counted |= billed_corrections[(month.label, kind, allowance)]
                new = sorted(
                    e.correction
                    for e in entries[Category(allowance)]
                    if e.correction is not None
                    and period.first <= e.day <= month.last
                    and e.correction not in counted
                )
            if new and corrections is None:
                corrections = _corrections(s, customer.id)
            found.append(
                AdjustmentLine(
                    month=month.label,
                    kind=kind,
                    category=allowance,
                    hours=delta_hours,
                    amount=delta_amount,
                    reason=_reason(
                        w,
                        kind,
                        allowance,
                        month,
                        statement.figures,
                        usages,
                        [corrections[c] for c in new] if corrections else [],
                    ),
                    corrections=tuple(new),
                )
            )
    found += _sla_adjustments(s, customer, statements, billed, w)
    return tuple(found)


def _percent(w: Words, value: Decimal | None) -> str:
    return w.gettext("no cases due") if value is None else w.percent(value)


def _sla_adjustments(
    s: Session,
    customer: m.Customer,
    statements: list[Statement],
    billed: dict[tuple[str, str, str], _Money],
    w: Words,
) -> list[AdjustmentLine]:
    """The change in each issued month's SLA service credit: a case answered, or
    recorded or imported, after the month was issued moves its attainment. A month
    keeps the credit percentage it stated. Statements issued before the report had an
    SLA section stated no SLA figures, so nothing is adjusted for them."""
    stated = {
        statement.month: statement.figures.sla
        for statement in statements
        if statement.figures.sla is not None
    }
    if not stated:
        return []
    # Here, not at the top: cases import the help-desk import, which reaches the ledger,
    # which imports this module.
    from accountdesk.services.cases import ended_months_sla

    now = ended_months_sla(s, customer, {k: v.credit_pct for k, v in stated.items()})
    found = []
    for month, issued in sorted(stated.items()):
        figures = now[month].figures
        done = billed[(month.label, SERVICE_CREDIT, "")]
        delta = -figures.credit + issued.credit - done.amount
        if delta == 0:
            continue
        found.append(
            AdjustmentLine(
                month=month.label,
                kind=SERVICE_CREDIT,
                category="",
                hours=Decimal(0),
                amount=delta,
                reason=(
                    w.say(
                        "SLA attainment now {now}, issued as {issued} (target {target}): "
                        "cases answered or recorded after the month was issued",
                        now=_percent(w, figures.attainment),
                        issued=_percent(w, issued.attainment),
                        target=_percent(w, issued.target),
                    )
                    if figures.attainment != issued.attainment
                    else w.say(
                        "the month's fee changed after it was issued, and its service "
                        "credit with it"
                    )
                ),
            )
        )
    return found


def _reason(
    w: Words,
    kind: str,
    category: str,
    month: Month,
    figures: MonthlyReportData,
    usages: dict[Category, AllowanceUsage],
    corrections: list[_Correction],
) -> str:
    if corrections:
        return "; ".join(
            w.say(
                "entry {entry} of {day} corrected: {reason}",
                entry=c.corrects,
                day=c.corrects_day.isoformat(),
                reason=c.reason,
            )
            if c.reason
            else w.say(
                "entry {entry} of {day} corrected", entry=c.corrects, day=c.corrects_day.isoformat()
            )
            for c in corrections
        )
    if kind == FEE:
        return w.say("the contract's fee or dates changed after the month was issued")
    usage = usages.get(Category(category))
    stored = {line.category: line.included_hours for line in figures.allowances}
    if usage is None or stored.get(category) != usage.included_hours:
        return w.say("the allowance changed with the contract after the month was issued")
    period = period_of(Category(category), month.first)
    return w.say(
        "hours logged or changed later in {period} moved its overage", period=w.period(period.label)
    )


def corrections_counted(s: Session, customer_id: int, last: date) -> tuple[int, ...]:
    """The correction entries counting on a day up to `last`: a statement issued now
    counts them, so they are not adjustments to it later."""
    return tuple(
        sorted(c.id for c in _corrections(s, customer_id).values() if c.corrects_day <= last)
    )


def usage_from_statement(statement: Statement, pending: Iterable[AdjustmentLine]) -> MonthUsage:
    """A month's figures as its issued statement fixed them."""
    figures = statement.figures
    allowances = []
    for line in figures.allowances:
        category = Category(line.category)
        period = Quarter.parse(line.period) if line.quarterly else Month.parse(line.period)
        lines = line.overage_lines
        overage = tuple(
            OverageLine(each.hours * 3600, each.rate, Tier(each.tier)) for each in lines
        )
        if not overage and line.overage_hours:  # stored before lines per rate
            tier = Tier(figures.tiers[-1].tier) if figures.tiers else Tier.PROFESSIONAL
            overage = (OverageLine(line.overage_hours * 3600, line.overage_rate, tier),)
        allowances.append(
            AllowanceUsage(
                category=category,
                period=period,
                included_hours=line.included_hours,
                used_seconds=int(line.used_hours * 3600),
                overage_lines=overage,
            )
        )
    by_category = {each.category: each.seconds for each in figures.hours_by_category}
    return MonthUsage(
        customer_id=figures.customer_id,
        customer=figures.customer,
        month=statement.month,
        tiers=tuple(Tier(span.tier) for span in figures.tiers),
        fee=figures.fee,
        allowances=tuple(allowances),
        seats=tuple(
            SeatUsage(
                seat.item,
                UNLIMITED if seat.included is None else seat.included,
                seat.used,
                seat.period,
            )
            for seat in figures.seats
        ),
        hours_by_category={c: by_category.get(c.value, 0) for c in Category},
        currency=figures.currency,
        issued=statement.report_id,
        pending=tuple(pending),
    )


# ------------------------------------------------------------ across the portfolio

_ID_BATCH = 500  # ids per IN (...) list, well below every database's limit


def customers_with_statements(s: Session) -> list[int]:
    """The customers with an issued month (locked, with an issued report)."""
    locked, issued = m.LockedMonth, m.IssuedReport
    return sorted(
        s.scalars(
            select(locked.customer_id)
            .join(
                issued,
                (issued.customer_id == locked.customer_id) & (issued.month == locked.month),
            )
            .distinct()
        )
    )


def portfolio_pending(
    s: Session, candidates: Iterable[int] | None = None
) -> tuple[CustomerAdjustments, ...]:
    """Every customer's pending adjustments, the largest total (charge or credit) first.

    Only a customer with an issued month can have any, so only those customers' issued
    months are recomputed: the portfolio's size does not matter, the number of customers
    with issued months does. `candidates` may name them (a superset will do), else they
    are looked up."""
    ids = sorted(customers_with_statements(s) if candidates is None else set(candidates))
    found: list[CustomerAdjustments] = []
    for index in range(0, len(ids), _ID_BATCH):
        customers = s.scalars(
            select(m.Customer)
            .where(m.Customer.id.in_(ids[index : index + _ID_BATCH]))
            .order_by(m.Customer.id)
        )
        found += [
            CustomerAdjustments(customer.id, customer.name, lines)
            for customer in customers
            if (lines := pending_adjustments(s, customer))
        ]
    found.sort(key=lambda each: (-abs(each.total), each.customer.casefold()))
    return tuple(found)
