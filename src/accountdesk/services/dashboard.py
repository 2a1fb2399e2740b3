"""What needs attention across the portfolio: the Home view's lists and its chart.

The whole portfolio is read with a handful of queries: customers and contract terms in
bulk, the hours of the quarter and of the chart's twelve months from the month sums
the database keeps with every ledger write (`month_hours`), and the overdue candidates
among the planned reviews. The allowance rules then run per customer on those sums, the
same rules (domain.allowances) that `Entitlements.usage` applies to one customer;
summing a customer's hours per month changes nothing in them while one term is in
force all month, since overage telescopes within it (the few customers whose tier
changes within the month get that month's days from the ledger).

The rules' answer for each customer's month is kept in the database
(`allowance_figures`) once computed, so Home runs the rules only for the customers
changed since, and opens without running them for thousands. An answer from data that
changed meanwhile is never used:
- on SQLite, triggers (migration 0014) forget a customer's answers in the same
  statement as any write the rules read, and answers are stored in the read's own
  transaction, which SQLite refuses a write when another program has written since it
  began;
- on PostgreSQL, where a reader may store after others committed, triggers (0015)
  raise the customer's stamp instead; Home reads the stamps before the data it
  computes from, stores each answer with its customer's, and uses an answer only while
  the stamp is still the customer's.

The adjustments waiting for the next report are computed only for the customers with
an issued month (services.statements.portfolio_pending): no one else can have any.
They are kept with the rules' answers: the triggers of 0017 forget the answers (SQLite)
or raise the stamps (PostgreSQL) on every write they are computed from too (an issued
report, a support case).

Home's types, and the code that makes its lists of kept answers, are in
services.overview, which loads no SQLAlchemy: the window reads Home's first figures
through it (services.home_at_start).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, exists, func, insert, select, union_all
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased, sessionmaker

from accountdesk.db import models as m
from accountdesk.db.engine import damaged_file
from accountdesk.db.notices import changed as note_change
from accountdesk.domain.allowances import Logged, allowance_usage, measured_categories
from accountdesk.domain.clock import Clock
from accountdesk.domain.contracts import MEASURED, RENEWAL_WINDOW_DAYS, Contract
from accountdesk.domain.errors import Refused
from accountdesk.domain.forecast import Level, level
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewState
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.loading import reading, term, tier_catalog
from accountdesk.services.overview import (
    CATEGORY_OF,
    RULES,
    CustomerFigures,
    OverdueReviews,
    Overview,
    Person,
    PortfolioMonth,
    Renewal,
    alert_order,
    allowance_lines,
    figures_of,
    fraction,
    merged,
    overage_order,
    overdue_lines,
    overdue_order,
    pending_lines,
    pending_order,
    renewal_lines,
    renewal_order,
)
from accountdesk.services.statements import portfolio_pending

CHART_MONTHS = 12
ID_BATCH = 500  # ids per IN (...) list, well below every database's limit
_ORIGINAL = aliased(m.LedgerEntry)  # the entry a correction corrects
_FIGURES = cast(Table, m.AllowanceFigures.__table__)


@dataclass(frozen=True)
class _Account(Person):
    contract: Contract


class Dashboard:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def overview(
        self,
        month: Month,
        since: Overview | None = None,
        changed: frozenset[int] | None = None,
    ) -> Overview:
        """The portfolio at a glance for `month`: the customers whose allowances are past
        80 % and the overage charged in the month (as at the month's end, by the same
        rules as a customer's usage), and, as of today, the customers with overdue
        reviews, the contracts ending within 60 days and the adjustments waiting for
        the next report.

        `since`, an overview of the same month read earlier today, and `changed`, the
        customers changed since (a change notice names them), make a refresh: only those
        customers are read again, and the others' lines are kept from `since`. What a
        change cannot name (the tiers' catalog) needs a whole read (`changed` None)."""
        today = self._clock.today()
        if since is None or changed is None or since.month != month or since.today != today:
            return self._read(month, today)
        if not changed:
            return since  # nothing a notice named: what was read stands
        return self._refreshed(since, changed, today)

    def _read(self, month: Month, today: date) -> Overview:
        with reading(self._sessions) as s:
            stamps = _stamps(s)  # before anything the rules read
            kept = _kept_figures(s, month, stamps)
            people: Mapping[int, Person]
            if kept:
                # Names for every line, contracts only for the customers the rules run
                # for and the renewals to list.
                people = _people(s)
                missing = [i for i in people if i not in kept]
                ending = select(m.Customer.id).where(
                    m.Customer.contract_end.between(
                        today, today + timedelta(days=RENEWAL_WINDOW_DAYS)
                    )
                )
                accounts = _accounts(s, sorted(set(missing) | set(s.scalars(ending))))
            else:  # nothing kept (a new month, a change to the tiers): every contract
                accounts = _accounts(s)
                people, missing = accounts, list(accounts)
            # Only an issued (locked) month's entry can be corrected or adjusted.
            locked = sorted(
                set(s.scalars(select(m.LockedMonth.customer_id).distinct())) & set(people)
            )
            figures = kept | _computed(s, month, accounts, missing, locked, stamps, whole=not kept)
            alerts, overages = allowance_lines(figures, people, month)
            return Overview(
                month=month,
                today=today,
                customers=len(people),
                overdue_reviews=_overdue(s, people, self._clock.now(), today),
                allowance_alerts=alerts,
                renewals=_renewals(accounts, today),
                overages=overages,
                pending=pending_lines({i: f.pending for i, f in figures.items()}, people),
            )

    def _refreshed(self, since: Overview, changed: frozenset[int], today: date) -> Overview:
        month, ids = since.month, sorted(changed)
        with reading(self._sessions) as s:
            stamps = _stamps(s, ids)  # before anything the rules read
            accounts = _accounts(s, ids)
            locked = sorted(
                set(
                    s.scalars(
                        select(m.LockedMonth.customer_id)
                        .where(m.LockedMonth.customer_id.in_(ids))
                        .distinct()
                    )
                )
                & set(accounts)
            )
            kept = _kept_figures(s, month, stamps, ids)
            missing = [i for i in accounts if i not in kept]
            figures = kept | _computed(s, month, accounts, missing, locked, stamps, whole=False)
            alerts, overages = allowance_lines(figures, accounts, month)
            customers = s.scalar(select(func.count(func.distinct(m.ContractTerm.customer_id))))
            overdue = _overdue(s, accounts, self._clock.now(), today, only=ids)
            pending = pending_lines({i: f.pending for i, f in figures.items()}, accounts)

        return Overview(
            month=month,
            today=today,
            customers=int(customers or 0),
            overdue_reviews=merged(since.overdue_reviews, overdue, changed, overdue_order),
            allowance_alerts=merged(since.allowance_alerts, alerts, changed, alert_order),
            renewals=merged(since.renewals, _renewals(accounts, today), changed, renewal_order),
            overages=merged(since.overages, overages, changed, overage_order),
            pending=merged(since.pending, pending, changed, pending_order),
        )

    def hours_by_month(
        self, month: Month, months: int = CHART_MONTHS
    ) -> tuple[PortfolioMonth, ...]:
        """Hours logged across the portfolio in each of the `months` months up to and
        including `month`, per category, oldest first; a correction counts in the month
        of the entry it corrects."""
        with reading(self._sessions) as s:
            return _hours_by_month(s, month, months)


def _people(s: Session) -> dict[int, Person]:
    """Every customer with a contract term (the customers the rules can read)."""
    has_term = exists().where(m.ContractTerm.customer_id == m.Customer.id)
    rows = s.execute(
        select(m.Customer.id, m.Customer.name, m.Customer.timezone)
        .where(has_term)
        .order_by(m.Customer.name)
    )
    return {i: Person(i, name, timezone) for i, name, timezone in rows}


def _accounts(s: Session, only: list[int] | None = None) -> dict[int, _Account]:
    """Every customer (or those of `only`) with its contract, in three queries."""
    tiers = tier_catalog(s)
    terms: dict[int, list[m.ContractTerm]] = defaultdict(list)
    # Plain rows, not ORM objects (a third of the time at 5,000 customers): they carry
    # the same attributes, converted by the same column types.
    table = m.ContractTerm.__table__
    customers = select(
        m.Customer.id,
        m.Customer.name,
        m.Customer.timezone,
        m.Customer.contract_start,
        m.Customer.contract_end,
        m.Customer.rollover,
    ).order_by(m.Customer.name)
    found: list[Any] = []
    for batch in _batches(only):
        term_rows = select(table).order_by(table.c.effective_from)
        customer_rows = customers
        if batch is not None:
            term_rows = term_rows.where(table.c.customer_id.in_(batch))
            customer_rows = customers.where(m.Customer.id.in_(batch))
        for row in s.execute(term_rows):
            terms[row.customer_id].append(row)  # type: ignore[arg-type]
        found += s.execute(customer_rows).all()
    accounts: dict[int, _Account] = {}
    for customer_id, name, timezone, start, end, rollover in found:
        if not terms[customer_id]:
            continue  # a customer without a contract term is not one the rules can read
        contract = Contract(
            start=start,
            end=end,
            terms=tuple(term(row, tiers) for row in terms[customer_id]),
            rollover=rollover,
        )
        accounts[customer_id] = _Account(customer_id, name, timezone, contract)
    return accounts


def _measured_hours(
    s: Session,
    accounts: Mapping[int, _Account],
    month: Month,
    locked: list[int],
    only: list[int] | None = None,
) -> dict[tuple[int, Category], list[Logged]]:
    """The measured hours that count for `month`, from the month sums the database
    keeps (`month_hours`, a correction already in the month of the entry it corrects):
    each month of the quarter to the month's end (a monthly period lies within the
    quarter) and, for the customers with rollover, every month before, which is all
    the rollover rule reads of them.

    The rules give each overage line the rate of the tier in force on its entry's day.
    Where one term is in force all month, a month's sum stands for its days (overage
    telescopes within it); the few customers whose tier changes within the month get
    their days summed from the ledger instead (`_days_of_the_month`)."""
    hours = m.MonthHours
    measured = [c.value for c in MEASURED]
    sums = select(hours.customer_id, hours.category, hours.month, hours.seconds).where(
        hours.category.in_(measured)
    )
    quarter = sums.where(hours.month.between(month.quarter.first, month.first))
    queries = [
        quarter if batch is None else quarter.where(hours.customer_id.in_(batch))
        for batch in _batches(only)
    ]
    # By customer id rather than a join on the rollover flag: the key's first column
    # then finds their history, where a join would read every earlier month.
    rollover = sorted(a.id for a in accounts.values() if a.contract.rollover)
    for index in range(0, len(rollover), ID_BATCH):
        queries.append(
            sums.where(
                hours.customer_id.in_(rollover[index : index + ID_BATCH]),
                hours.month < month.quarter.first,
            )
        )
    # The day each customer's month sum stands for: one the month's only term is in
    # force on; None where the tier changes within the month.
    days = {i: _one_term_day(a.contract.as_of(month.last), month) for i, a in accounts.items()}
    found: dict[tuple[int, Category], list[Logged]] = defaultdict(list)
    # In one statement: one round trip to a server.
    for customer_id, text, first, seconds in s.execute(union_all(*queries)):
        day = days.get(customer_id) if first == month.first else first
        if day is not None:  # else summed per day below
            found[(customer_id, CATEGORY_OF[text])].append(Logged(day, int(seconds)))
    changing = sorted(i for i, day in days.items() if day is None)
    summed = _days_of_the_month(s, changing, set(locked), month)
    for (customer_id, category, day), seconds in summed.items():
        found[(customer_id, category)].append(Logged(day, seconds))
    return found


def _one_term_day(contract: Contract, month: Month) -> date | None:
    """A day of `month` on which the term in force is the one every entry of the month
    is charged at, or None when entries of the month fall under different terms (a
    tier change within it; days outside the contract are charged at its last term)."""
    segments = list(contract.segments(month.first, month.last))
    if not segments:
        return month.first  # no allowance applies: no rate is asked for
    terms = {id(term) for term, _, _ in segments}
    if segments[0][1] > month.first or segments[-1][2] < month.last:
        terms.add(id(contract.terms[-1]))
    return segments[0][1] if len(terms) == 1 else None


def _days_of_the_month(
    s: Session, customer_ids: list[int], locked: set[int], month: Month
) -> dict[tuple[int, Category, date], int]:
    """The customers' measured hours of `month` summed per day, a correction on the day
    of the entry it corrects (only a customer with an issued month has any)."""
    entry, original = m.LedgerEntry, _ORIGINAL
    measured = [c.value for c in MEASURED]
    sums: dict[tuple[int, Category, date], int] = defaultdict(int)
    for index in range(0, len(customer_ids), ID_BATCH):
        batch = customer_ids[index : index + ID_BATCH]
        # Corrections left out here rather than in SQL: a condition on corrects_id leads
        # SQLite to that index (the whole ledger) instead of the customer's.
        own = select(
            entry.customer_id,
            entry.category,
            entry.entry_date,
            entry.seconds,
            entry.corrects_id,
        ).where(
            entry.customer_id.in_(batch),
            entry.category.in_(measured),
            entry.entry_date.between(month.first, month.last),
        )
        for customer_id, text, day, seconds, corrects in s.execute(own):
            if corrects is None:
                sums[(customer_id, CATEGORY_OF[text], day)] += int(seconds)
        corrections = (
            select(entry.customer_id, entry.category, original.entry_date, func.sum(entry.seconds))
            .join(original, entry.corrects_id == original.id)
            .where(
                entry.customer_id.in_(batch),
                entry.category.in_(measured),
                original.entry_date.between(month.first, month.last),
            )
            .group_by(entry.customer_id, entry.category, original.entry_date)
        )
        if locked.isdisjoint(batch):
            continue
        for customer_id, text, day, seconds in s.execute(corrections):
            sums[(customer_id, CATEGORY_OF[text], day)] += int(seconds)
    return sums


def _stamps(s: Session, only: list[int] | None = None) -> dict[int, int] | None:
    """On PostgreSQL, the stamps of the customers of `only` (or all) as they are now (a
    customer without one: 0); None on SQLite, whose triggers forget answers instead."""
    if s.get_bind().dialect.name != "postgresql":
        return None
    table = m.FiguresStamp
    stamps = select(table.customer_id, table.stamp)
    return {
        customer_id: stamp
        for batch in _batches(only)
        for customer_id, stamp in s.execute(
            stamps if batch is None else stamps.where(table.customer_id.in_(batch))
        )
    }


def _kept_figures(
    s: Session, month: Month, stamps: dict[int, int] | None, only: list[int] | None = None
) -> dict[int, CustomerFigures]:
    """The rules' answers for `month` the database keeps (for the customers of `only`,
    or all), of this version of the rules; with `stamps` (PostgreSQL), only those
    stored with their customer's stamp."""
    table = m.AllowanceFigures
    kept = select(table.customer_id, table.payload, table.stamp).where(
        table.month == month.first, table.rules == RULES
    )
    return {
        customer_id: figures_of(payload)
        for batch in _batches(only)
        for customer_id, payload, stamp in s.execute(
            kept if batch is None else kept.where(table.customer_id.in_(batch))
        )
        if stamps is None or stamps.get(customer_id, 0) == stamp
    }


def _computed(
    s: Session,
    month: Month,
    accounts: Mapping[int, _Account],
    missing: list[int],
    locked: list[int],
    stamps: dict[int, int] | None,
    whole: bool,
) -> dict[int, CustomerFigures]:
    """The rules' answers for the customers of `missing` (their contracts in
    `accounts`; `whole`: that is every customer), kept for the next read with their
    `stamps` (PostgreSQL)."""
    if not missing:
        return {}
    wanted = {i: accounts[i] for i in missing if i in accounts}
    figures = _figures(s, wanted, month, locked, None if whole else sorted(wanted))
    # The adjustments waiting, kept with the answers (a customer without an issued month
    # has none): the triggers forget the answers, or raise the stamps, on every write
    # they are computed from too (0017).
    waiting = portfolio_pending(s, [i for i in locked if i in wanted])
    lines = {each.customer_id: each.lines for each in waiting}
    figures = {i: replace(said, pending=lines.get(i, ())) for i, said in figures.items()}
    _keep_figures(s, month, figures, stamps)
    return figures


def _keep_figures(
    s: Session, month: Month, figures: dict[int, CustomerFigures], stamps: dict[int, int] | None
) -> None:
    """Keep `figures` for the next read, in the reading transaction. Home does not wait
    for it, and a refusal keeps nothing.

    SQLite refuses a read transaction its first write when another program has written
    since it began (or is writing): an answer computed from data that changed meanwhile
    never is kept. On PostgreSQL each answer is kept with its customer's stamp as read
    before its data (`stamps`), and counts only while the stamp is still the customer's;
    an answer stored meanwhile with a later stamp stays."""
    bind = s.get_bind()
    if not figures or damaged_file(bind.engine.url.database):
        return
    table = _FIGURES
    rows = [
        {
            "customer_id": i,
            "month": month.first,
            "rules": RULES,
            "payload": figures[i].payload(),
            "stamp": 0 if stamps is None else stamps.get(i, 0),
        }
        for i in sorted(figures)  # in one order: two readers storing the same rows queue
    ]
    if bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert

        stored = upsert(table)
        statement: Any = stored.on_conflict_do_update(
            index_elements=[table.c.customer_id, table.c.month],
            set_={c: stored.excluded[c] for c in ("rules", "payload", "stamp")},
            where=table.c.stamp <= stored.excluded.stamp,
        )
    else:
        statement = insert(table).prefix_with("OR REPLACE")
    try:
        with s.begin_nested():
            # On the connection: the ORM's bookkeeping has nothing to do with these rows.
            s.connection().execute(statement, rows)
    except (Refused, DBAPIError):
        return  # written meanwhile, or a database this program may only read
    if stamps is None:
        # Named in a notice, so that the other windows on the file know what was
        # written (a write without one makes them read everything again); no view shows
        # this table. PostgreSQL's windows hear only of what a notice names.
        note_change(s, table.name, figures, [month.label])


def _figures(
    s: Session,
    accounts: Mapping[int, _Account],
    month: Month,
    locked: list[int],
    only: list[int] | None = None,
) -> dict[int, CustomerFigures]:
    """The rules' answer for each customer of `accounts` in `month` (`only`: the
    customers to read the hours of, when not every one)."""
    hours = _measured_hours(s, accounts, month, locked, only)
    figures = {i: CustomerFigures(ends_as=_ends_as(a.contract)) for i, a in accounts.items()}
    for customer_id in sorted({customer_id for customer_id, _ in hours}):
        account = accounts.get(customer_id)
        if account is None:
            continue
        fullest: tuple[Category, Decimal, int, Level] | None = None
        over_seconds, charge = Decimal(0), Decimal(0)
        # As the month shows it (services/usage.py): the contract as of its last day.
        contract = account.contract.as_of(month.last)
        for category in measured_categories(contract, month):
            entries = hours.get((customer_id, category))
            if not entries:
                continue
            usage = allowance_usage(contract, category, month, entries)
            over_seconds += usage.overage_seconds
            charge += usage.overage_charge
            found = level(usage.included_hours, usage.used_seconds)
            if found is Level.FINE:
                continue
            candidate = (category, usage.included_hours, usage.used_seconds, found)
            if fullest is None or fraction(*candidate[1:3]) > fraction(*fullest[1:3]):
                fullest = candidate
        # A correction counts in its entry's month, so it can take back overage of an
        # earlier month of the quarter: a negative figure, listed too.
        overage = (over_seconds, charge) if charge != 0 or over_seconds != 0 else None
        figures[customer_id] = replace(figures[customer_id], fullest=fullest, overage=overage)
    return figures


def _batches(only: list[int] | None) -> list[list[int] | None]:
    """`only` in lists short enough for an IN (...); [None] for every customer."""
    if only is None:
        return [None]
    return [only[index : index + ID_BATCH] for index in range(0, len(only), ID_BATCH)]


def _overdue(
    s: Session,
    people: Mapping[int, Person],
    now: datetime,
    today: date,
    only: list[int] | None = None,
) -> tuple[OverdueReviews, ...]:
    """Planned reviews whose start (10:00 in the customer's time zone) has passed. The
    database narrows them to those due by tomorrow (time zones run up to a day apart);
    the customer's clock decides."""
    planned = (
        select(m.Review.customer_id, m.Review.kind, m.Review.due_date, m.Review.start_time)
        .where(
            m.Review.state == ReviewState.PLANNED.value,
            m.Review.due_date <= today + timedelta(days=1),
        )
        .order_by(m.Review.due_date, m.Review.kind)
    )
    rows = [
        row
        for batch in _batches(only)
        for row in s.execute(
            planned if batch is None else planned.where(m.Review.customer_id.in_(batch))
        )
    ]
    if only is not None:  # in due order across the batches
        rows.sort(key=lambda row: (row.due_date, row.kind))
    return overdue_lines(rows, people, now, today)


def _renewals(accounts: dict[int, _Account], today: date) -> tuple[Renewal, ...]:
    return renewal_lines(
        (
            (account.id, account.name, account.contract.tier_on(end).key, end)
            for account in accounts.values()
            if (end := account.contract.end) is not None
        ),
        today,
    )


def _ends_as(contract: Contract) -> Tier | None:
    """The tier the contract ends on (None: it has no end)."""
    return None if contract.end is None else contract.tier_on(contract.end).key


def _hours_by_month(s: Session, month: Month, count: int) -> tuple[PortfolioMonth, ...]:
    months = [month]
    while len(months) < count:
        months.insert(0, months[0].previous())
    # The month sums the database keeps: a correction is already in its entry's month.
    hours = m.MonthHours
    rows = s.execute(
        select(hours.month, hours.category, func.sum(hours.seconds))
        .where(hours.month.between(months[0].first, month.first))
        .group_by(hours.month, hours.category)
    )
    totals = {(Month.of(first), category): int(seconds or 0) for first, category, seconds in rows}
    return tuple(
        PortfolioMonth(each, {c: totals.get((each, c.value), 0) for c in Category})
        for each in months
    )
