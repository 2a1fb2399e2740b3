"""The monthly service report: gathering its figures, exporting it and issuing it.

Rules (domain document, "Monthly service report" and "Locked periods"):

- One report per customer per month, for the tiers that include it (not
  Community); a month that has not begun, or that the contract does not cover,
  has none.
- Until the month is issued, a report is a draft built from the live ledger, and
  every page says DRAFT.
- Issuing stores the figures the report showed and the SHA-256 of its PDF, and
  locks the customer's month, in one transaction. A month is issued once; a
  reopened month can be issued again (the next revision).
- Exporting an issued month rebuilds the report from the stored figures, never
  from the live ledger, so it shows exactly what was issued (the same bytes while
  the PDF library is the same version).
- Nothing of any other customer is read into a report.
- Files are written atomically: a failed export leaves no file under the target
  name, and the previous file there, if any, untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.clock import Clock, local_today
from accountdesk.domain.contracts import Contract
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.sla import CaseState, attainment
from accountdesk.domain.tiers import UNLIMITED, Category, Severity
from accountdesk.files import atomic_path
from accountdesk.reports import slug
from accountdesk.reports.data import (
    AllowanceLine,
    CategoryHours,
    ChargeLine,
    EntryLine,
    MonthHours,
    MonthlyReportData,
    OverageLine,
    ReviewLine,
    ReviewTally,
    SeatLine,
    SlaBreachLine,
    SlaSection,
    SlaSeverityLine,
    TierSpan,
    figures_from_json,
    figures_to_json,
)
from accountdesk.reports.workers import end_with_parent
from accountdesk.services.audit import record
from accountdesk.services.cases import customer_month_sla
from accountdesk.services.company import company_on_report
from accountdesk.services.ledger import lock_month
from accountdesk.services.loading import (
    contract_of,
    find_customer,
    hold_customer,
    locked_months,
    reading,
    tier_catalog,
)
from accountdesk.services.reviews import month_reviews
from accountdesk.services.statements import (
    corrections_counted,
    pending_adjustments,
    standing_statements,
)
from accountdesk.services.usage import month_usage
from accountdesk.wording import language_of, long_day, month_title, say, words

if TYPE_CHECKING:
    from accountdesk.reports.pdf import BuiltReport


def build_report(data: MonthlyReportData) -> BuiltReport:
    """The PDF of the figures (ReportLab is imported on first use, not at start-up)."""
    from accountdesk.reports.pdf import build_report as build

    return build(data)


# PDFs are built in worker processes, two at a time, so a month-end batch uses more
# than one core while the desktop stays responsive.
PDF_WORKERS = 2
TREND_MONTHS = 6

Progress = Callable[[int, int, str], None]
"""Told (done, total, customer name) after each customer of a batch."""


@dataclass(frozen=True)
class ReportResult:
    customer_id: int
    customer: str
    month: str
    path: Path
    report_id: str
    draft: bool  # built from the live ledger, marked DRAFT on every page
    issued_now: bool  # this call issued the month
    sha256: str
    pages: int
    total_due: Decimal
    currency: str
    # For an issued month: whether the file is byte-for-byte the PDF that was issued.
    matches_issued: bool | None = None


@dataclass(frozen=True)
class BatchItem:
    customer_id: int
    customer: str
    path: Path
    result: ReportResult | None = None
    error: str | None = None  # one sentence saying why this customer's report failed
    # Not written because the batch was cancelled first (`error` says so to people).
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class BatchResult:
    month: str
    items: tuple[BatchItem, ...]  # every customer whose tier gets a report, by name
    skipped: tuple[str, ...]  # customers whose tier gets no report that month
    cancelled: bool = False

    @property
    def written(self) -> tuple[BatchItem, ...]:
        return tuple(item for item in self.items if item.ok)

    @property
    def failed(self) -> tuple[BatchItem, ...]:
        return tuple(item for item in self.items if not item.ok)


@dataclass(frozen=True)
class _Job:
    customer_id: int
    customer: str
    path: Path
    data: MonthlyReportData
    issued_sha256: str | None  # the month was issued before: rebuild, do not issue again


def report_id(customer_id: int, month: Month, revision: int | None) -> str:
    """`SR-00042-202611` once issued (`-R2` for a re-issue), `SR-00042-202611-DRAFT` before."""
    base = f"SR-{customer_id:05d}-{month.year:04d}{month.month:02d}"
    if revision is None:
        return f"{base}-DRAFT"
    return base if revision == 1 else f"{base}-R{revision}"


def file_names(customers: Sequence[tuple[int, str]], month: Month) -> dict[int, str]:
    """`<customer-slug>-<YYYY-MM>.pdf` for each (id, name); a name with no Latin letters
    uses the id, and names that would share a file name all get their id appended."""
    slugs = {cid: slug(name) or f"customer-{cid}" for cid, name in customers}
    shared = Counter(slugs.values())
    return {
        cid: f"{base}{f'-{cid}' if shared[base] > 1 else ''}-{month.label}.pdf"
        for cid, base in slugs.items()
    }


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _checked(target: Path) -> Path:
    target = Path(target)
    if target.is_dir():
        raise Refused(
            say("{target!r} is a folder; name a file for the report.", target=str(target)),
            Field.FILE,
        )
    if not target.parent.is_dir():
        raise Refused(
            say("The folder {parent!r} does not exist.", parent=str(target.parent)), Field.FILE
        )
    return target


def _written_after_issue(result: ReportResult, exc: OSError) -> Refused:
    """The month is issued (the database said so first), but its file is missing: the
    report can be exported again, byte for byte, at any time."""
    return Refused(
        say(
            "{month} is issued for {customer} (report {report_id}), but {path!r} "
            "could not be written ({value}); export the month again to get the "
            "file.",
            month=result.month,
            customer=result.customer,
            report_id=result.report_id,
            path=str(result.path),
            value=exc.strerror or exc,
        ),
        Field.FILE,
    )


def _write(partial: Path, content: bytes) -> None:
    with partial.open("wb") as stream:
        stream.write(content)
        stream.flush()
        os.fsync(stream.fileno())


# --- gathering ----------------------------------------------------------------


def check_reportable(customer: m.Customer, contract: Contract, month: Month, today: date) -> None:
    """Refuse a month with no report: not begun, outside the contract, or a tier without one."""
    if month.first > today:
        raise Refused(
            say(
                "{month} has not begun yet; a report covers a month under way or past.",
                month=month.label,
            ),
            Field.MONTH,
        )
    segments = list(contract.segments(month.first, month.last))
    if not segments:
        raise Refused(
            say(
                "{customer}'s contract does not cover {month}, so there is no report for it.",
                customer=customer.name,
                month=month.label,
            ),
            Field.MONTH,
        )
    if not any(term.tier.monthly_report for term, _, _ in segments):
        names = " and ".join(dict.fromkeys(term.tier.name for term, _, _ in segments))
        raise Refused(
            say(
                "{customer} is on the {names} tier in {month}, which includes no "
                "monthly service report.",
                customer=customer.name,
                names=names,
                month=month.label,
            ),
            Field.MONTH,
        )


def check_ended(customer: m.Customer, month: Month, clock: Clock) -> None:
    """Refuse to issue a month that has not ended in the customer's time zone."""
    if local_today(clock, customer.timezone) <= month.last:
        opens = month.next().first
        raise Refused(
            say(
                "{month_title} can be issued for {customer} from {long_day}, once it "
                "has ended in {timezone}.",
                month_title=month_title(month.label),
                customer=customer.name,
                long_day=long_day(opens),
                timezone=customer.timezone,
            ),
            Field.MONTH,
        )


def gather(
    s: Session,
    customer: m.Customer,
    month: Month,
    now: datetime,
    user: str,
    report: str,
    issued: bool,
) -> MonthlyReportData:
    """The report's figures for one customer and month, read within the caller's
    transaction. Every query is filtered by this customer."""
    contract = contract_of(s, customer)
    usage = month_usage(s, customer, month)
    allowances = tuple(
        AllowanceLine(
            category=a.category.value,
            period=a.period.label,
            quarterly=a.period.label != month.label,
            included_hours=a.included_hours,
            used_hours=a.used_hours,
            remaining_hours=a.remaining_hours,
            overage_hours=a.overage_hours,
            overage_rate=a.overage_rate,
            overage_charge=a.overage_charge,
            overage_lines=tuple(
                OverageLine(line.hours, line.rate, line.charge, line.tier.value)
                for line in a.overage_lines
            ),
        )
        for a in usage.allowances
    )
    charges = [ChargeLine("fee", "", usage.fee)]
    charges += [
        ChargeLine("overage", a.category, a.overage_charge)
        for a in allowances
        if a.overage_charge != 0
    ]
    sla = sla_section(s, customer, month, now)
    if sla is not None and sla.credit:
        charges.append(ChargeLine("service_credit", "", -sla.credit))
    # Adjustments to earlier, issued months: this report carries them if issued next.
    # (While being issued, the month is locked already: its own last statement is not
    # an earlier one.)
    earlier = [each for each in standing_statements(s, customer.id) if each.month != month]
    adjustments = pending_adjustments(s, customer, earlier)
    if adjustments:
        charges.append(
            ChargeLine("adjustments", "", sum((a.amount for a in adjustments), Decimal(0)))
        )
    entries = _entries(s, customer, month)
    reviews, upcoming, tallies = _reviews(s, customer, contract, month, now)
    return MonthlyReportData(
        report_id=report,
        customer_id=customer.id,
        customer=customer.name,
        month=month.label,
        first=month.first,
        last=month.last,
        language=customer.language,
        timezone=customer.timezone,
        csm=customer.csm,
        tam=customer.tam,
        contract_start=customer.contract_start,
        contract_end=customer.contract_end,
        tiers=tuple(
            TierSpan(term.tier.key.value, term.tier.name, first, last, term.fee)
            for term, first, last in contract.segments(month.first, month.last)
        ),
        fee=usage.fee,
        currency=usage.currency,
        allowances=allowances,
        hours_by_category=tuple(
            CategoryHours(c.value, seconds) for c, seconds in usage.hours_by_category.items()
        ),
        trend=_trend(s, customer, month),
        entries=entries,
        corrections=(),
        adjustments=adjustments,
        corrections_counted=corrections_counted(s, customer.id, month.last),
        reviews=reviews,
        review_tallies=tallies,
        upcoming=upcoming,
        seats=tuple(
            SeatLine(
                seat.item,
                None if seat.included is UNLIMITED else int(seat.included),
                seat.used,
                seat.period,
            )
            for seat in usage.seats
        ),
        charges=tuple(charges),
        sla=sla,
        generated_at=now,
        generated_by=user,
        issued_at=now if issued else None,
        issued_by=user if issued else None,
        **company_on_report(s),  # the company's name, logo and footer (settings)
    )


def sla_section(
    s: Session,
    customer: m.Customer,
    month: Month,
    now: datetime,
    credit_pct: Decimal | None = None,
) -> SlaSection | None:
    """The month against the response SLA, for a tier that has one at the month's end
    (Professional, Enterprise); None for Community. The figures are those of `sla`
    (services/cases.py); `credit_pct` replaces the contract's percentage."""
    found = customer_month_sla(s, customer, month, now, credit_pct)
    figures = found.figures
    if found.tier is None or figures.target is None:
        return None
    spec = tier_catalog(s)[found.tier]
    severities = []
    for severity in Severity:
        cases = [c for c in found.cases if c.severity is severity]
        coverage = spec.coverage.get(severity)
        met = sum(1 for c in cases if c.state is CaseState.MET)
        severities.append(
            SlaSeverityLine(
                severity=severity.value,
                target_minutes=spec.response_minutes.get(severity),
                coverage=None if coverage is None else coverage.value,
                due=len(cases),
                met=met,
                attainment=attainment(len(cases), met),
            )
        )
    breaches = tuple(
        SlaBreachLine(
            reference=c.reference,
            title=c.title,
            severity=c.severity.value,
            opened=c.opened_at,
            due=c.due,
            responded=c.answered_at,
        )
        for c in sorted(found.breaches, key=lambda c: (c.due, c.reference))
        if c.due is not None
    )
    return SlaSection(
        tier=found.tier.value,
        target=figures.target,
        due=figures.due,
        met=figures.met,
        attainment=figures.attainment,
        breach=figures.breach,
        credit_pct=figures.credit_pct,
        credit=figures.credit,
        severities=tuple(severities),
        breaches=breaches,
    )


def _entries(s: Session, customer: m.Customer, month: Month) -> tuple[EntryLine, ...]:
    """The entries that count in the month: those dated in it, and the corrections of
    them (whenever recorded), each after the entry it corrects."""
    entry, original = m.LedgerEntry, aliased(m.LedgerEntry)
    counts_on = func.coalesce(original.entry_date, entry.entry_date)
    rows = s.execute(
        select(entry, original.entry_date)
        .outerjoin(original, entry.corrects_id == original.id)
        .where(entry.customer_id == customer.id, counts_on.between(month.first, month.last))
        .order_by(counts_on, func.coalesce(entry.corrects_id, entry.id), entry.id)
    )
    lines = []
    for row, corrected_day in rows:
        description = row.description
        if row.corrects_id is not None:
            w = words(customer.language)  # the report's words
            description = (
                w.say(
                    "Correction of entry {entry}: {reason}",
                    entry=row.corrects_id,
                    reason=row.reason,
                )
                if row.reason
                else w.say("Correction of entry {entry}", entry=row.corrects_id)
            )
        lines.append(
            EntryLine(
                row.id,
                corrected_day or row.entry_date,
                row.category,
                row.engineer,
                row.seconds,
                description,
            )
        )
    return tuple(lines)


def _trend(s: Session, customer: m.Customer, month: Month) -> tuple[MonthHours, ...]:
    months = [month]
    while len(months) < TREND_MONTHS:
        months.insert(0, months[0].previous())
    totals: dict[tuple[str, str], int] = defaultdict(int)
    entry, original = m.LedgerEntry, aliased(m.LedgerEntry)
    counts_on = func.coalesce(original.entry_date, entry.entry_date)
    rows = s.execute(
        select(counts_on, entry.category, entry.seconds)
        .outerjoin(original, entry.corrects_id == original.id)
        .where(
            entry.customer_id == customer.id,
            counts_on.between(months[0].first, month.last),
        )
    )
    for day, category, seconds in rows:
        totals[(Month.of(day).label, category)] += seconds
    return tuple(
        MonthHours(
            each.label,
            tuple(CategoryHours(c.value, totals[(each.label, c.value)]) for c in Category),
        )
        for each in months
    )


def _reviews(
    s: Session, customer: m.Customer, contract: Contract, month: Month, now: datetime
) -> tuple[tuple[ReviewLine, ...], tuple[ReviewLine, ...], tuple[ReviewTally, ...]]:
    told = month_reviews(s, customer, contract, month, now)
    return told.lines, told.upcoming, told.tallies


def _latest_issue(s: Session, customer_id: int, month: Month) -> m.IssuedReport | None:
    return s.scalar(
        select(m.IssuedReport)
        .where(m.IssuedReport.customer_id == customer_id, m.IssuedReport.month == month.label)
        .order_by(m.IssuedReport.revision.desc())
        .limit(1)
    )


def _issued_now(s: Session, customer: m.Customer, month: Month) -> m.IssuedReport | None:
    """The issued report that stands: the latest, while the month is still locked."""
    if month not in locked_months(s, customer.id):
        return None
    return _latest_issue(s, customer.id, month)


def _result(
    data: MonthlyReportData,
    path: Path,
    built: BuiltReport,
    issued_now: bool = False,
    issued_sha256: str | None = None,
) -> ReportResult:
    digest = sha256(built.pdf)
    return ReportResult(
        customer_id=data.customer_id,
        customer=data.customer,
        month=data.month,
        path=path,
        report_id=data.report_id,
        draft=data.draft,
        issued_now=issued_now,
        sha256=digest,
        pages=built.pages,
        total_due=data.total_due,
        currency=data.currency,
        matches_issued=None if issued_sha256 is None else digest == issued_sha256,
    )


# --- building in worker processes ---------------------------------------------


# How a pool fails as a whole: a worker died, or none could start (a fork server
# that cannot be reached ends in EOFError or an OSError).
_POOL_FAILURES = (BrokenProcessPool, EOFError, OSError)


def _pdf_pool() -> ProcessPoolExecutor:
    """Two worker processes for PDFs. Never a plain fork of this process, which holds
    database connections and (in the desktop) GUI threads: workers come from a clean
    fork server that has the report builder loaded (POSIX), else from fresh
    interpreters (Windows)."""
    context: multiprocessing.context.BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        multiprocessing.set_forkserver_preload(
            ["accountdesk.reports.pdf", "accountdesk.reports.workers"]
        )
    else:
        context = multiprocessing.get_context("spawn")
    # Workers end with this process, also when it is killed outright.
    return ProcessPoolExecutor(
        PDF_WORKERS, mp_context=context, initializer=end_with_parent, initargs=(os.getpid(),)
    )


class _Builder:
    """Builds each job's PDF as soon as its figures are gathered: in the worker pool
    once there are two jobs or more (one alone is built here; a pool would only add
    its start-up). A job whose build fails yields its exception; if the pool itself
    breaks, or its workers cannot start at all, the rest are built here."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False  # the pool failed: everything left is built here
        self._here: list[_Job] = []
        self._futures: dict[Future[BuiltReport], _Job] = {}

    def add(self, job: _Job) -> None:
        self._here.append(job)
        if self._broken or (self._pool is None and len(self._here) < 2):
            return
        try:
            if self._pool is None:
                self._pool = _pdf_pool()
            for waiting in self._here:
                self._futures[self._pool.submit(build_report, waiting.data)] = waiting
        except _POOL_FAILURES:
            submitted = set(self._futures.values())
            self._here = [j for j in self._here if j not in submitted]
            self._broken = True
            return
        self._here = []

    def results(self) -> Iterator[tuple[_Job, BuiltReport | Exception]]:
        for future in as_completed(self._futures):
            job = self._futures[future]
            # A failure is read, never raised here: raised, it would keep this frame,
            # and through it the builder, its pool and every future, in a cycle that
            # lasts until the garbage collector happens to run.
            failure = None if future.cancelled() else future.exception()
            if future.cancelled() or isinstance(failure, _POOL_FAILURES):
                yield job, _build_here(job)
            elif failure is None:
                yield job, future.result()
            elif isinstance(failure, Exception):
                yield job, failure
            else:
                raise failure
        for job in self._here:
            yield job, _build_here(job)

    def close(self) -> None:
        """Shut the pool down (its worker processes, queues and semaphores) and let go
        of it, whichever way the batch ended."""
        pool, self._pool = self._pool, None
        self._futures.clear()
        if pool is not None:
            with contextlib.suppress(*_POOL_FAILURES):
                pool.shutdown(wait=True, cancel_futures=True)


def _build_here(job: _Job) -> BuiltReport | Exception:
    try:
        return build_report(job.data)
    except Exception as exc:
        return exc


def _failure(exc: BaseException) -> str:
    if isinstance(exc, Refused):
        return exc.message
    return say("The report could not be made ({problem}).", problem=f"{type(exc).__name__}: {exc}")


# --- the service ---------------------------------------------------------------


class Reports:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, user: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._user = user

    def figures(self, ref: str | int, month: Month) -> MonthlyReportData:
        """What the month's report shows: the issued figures once the month is issued,
        else a draft from the live ledger. Refused like `export`."""
        with reading(self._sessions) as s:
            data, _ = self._current(s, find_customer(s, ref), month, self._clock.now())
            return data

    def export(
        self, ref: str | int, month: Month, target: Path, language: str | None = None
    ) -> ReportResult:
        """Write the month's report to `target` (atomically). Before the month is issued
        it is a draft from the live ledger; afterwards it is rebuilt from the issued
        figures. In the customer's language, or `language` for this one file (a code
        outside the seven gives English). Refused for a tier without monthly reports
        (Community), a month the contract does not cover or that has not begun, and a
        folder that does not exist."""
        target = _checked(target)
        with self._sessions.begin() as s:
            data, issued_sha = self._current(s, find_customer(s, ref), month, self._clock.now())
        if language and language_of(language) != language_of(data.language):
            # Another language is another file: it cannot match the issued one.
            data, issued_sha = replace(data, language=language_of(language)), None
        with atomic_path(target) as partial:
            built = build_report(data)
            _write(partial, built.pdf)
        return _result(data, target, built, issued_sha256=issued_sha)

    def issue(self, ref: str | int, month: Month, target: Path) -> ReportResult:
        """Issue the month's report: write it to `target`, store its figures and the PDF's
        SHA-256, and lock the customer's month, all or nothing. Refused when the month is
        already issued (or locked), and for the reasons `export` refuses."""
        target = _checked(target)
        name = str(ref)
        committed: ReportResult | None = None
        try:
            with atomic_path(target) as partial:
                with self._sessions.begin() as s:
                    customer = find_customer(s, ref)
                    name = customer.name
                    data, built = self._issue_in(s, customer, month, self._clock.now(), None)
                    _write(partial, built.pdf)
                digest = sha256(built.pdf)
                committed = _result(data, target, built, issued_now=True, issued_sha256=digest)
        except IntegrityError:
            raise Refused(
                say(
                    "{month} was issued for {name} by someone else a moment ago.",
                    month=month.label,
                    name=name,
                ),
                Field.MONTH,
            ) from None
        except OSError as exc:
            if committed is None:
                raise
            raise _written_after_issue(committed, exc) from exc
        return committed

    def export_all(
        self,
        month: Month,
        out_dir: Path,
        issue: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:
        """One report per customer whose tier gets one that month, as
        `<customer-slug>-<YYYY-MM>.pdf` in `out_dir`; with `issue`, each is issued as by
        `issue`. Customers already issued get their issued report again (a batch can be
        run again after a failure). One customer's failure is reported in its item and
        the others go on. Figures are gathered here and PDFs built in worker processes.
        `cancelled` is asked between customers; what is written stays written."""
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise Refused(
                say("The folder {out_dir!r} does not exist.", out_dir=str(out_dir)), Field.FOLDER
            )
        if month.first > self._clock.today():
            raise Refused(
                say(
                    "{month} has not begun yet; a report covers a month under way or past.",
                    month=month.label,
                ),
                Field.MONTH,
            )
        now = self._clock.now()
        with self._sessions.begin() as s:
            customers = [
                (cid, name)
                for cid, name in s.execute(
                    select(m.Customer.id, m.Customer.name).order_by(m.Customer.name, m.Customer.id)
                )
            ]
        names = file_names(customers, month)
        items: dict[int, BatchItem] = {}
        skipped: list[str] = []
        jobs: list[_Job] = []
        builder = _Builder()
        stopped = False
        try:
            for index, (cid, name) in enumerate(customers):
                # Gathering takes a while on a big portfolio: say so, and let it stop.
                if cancelled is not None and cancelled():
                    stopped = True
                    break
                if progress is not None:
                    progress(index, len(customers), f"Gathering figures: {name}")
                path = out_dir / names[cid]
                try:
                    job = self._job(cid, month, now, issue, path)
                except Exception as exc:
                    items[cid] = BatchItem(cid, name, path, error=_failure(exc))
                    continue
                if job is None:
                    skipped.append(name)
                else:
                    jobs.append(job)
                    builder.add(job)  # building starts while the next figures are gathered
            total = len(jobs) + len(items)
            done = 0
            for item in items.values():  # those whose figures could not be gathered
                done += 1
                if progress is not None:
                    progress(done, total, item.customer)
            for job, outcome in builder.results() if not stopped else ():
                if cancelled is not None and cancelled():
                    stopped = True
                    break
                items[job.customer_id] = self._finish(job, outcome, month, now, issue)
                done += 1
                if progress is not None:
                    progress(done, total, job.customer)
        finally:
            builder.close()
        for job in jobs:
            if job.customer_id not in items:
                items[job.customer_id] = BatchItem(
                    job.customer_id,
                    job.customer,
                    job.path,
                    error="Cancelled before this report was written.",
                    cancelled=True,
                )
        order = {cid: index for index, (cid, _) in enumerate(customers)}
        return BatchResult(
            month=month.label,
            items=tuple(sorted(items.values(), key=lambda item: order[item.customer_id])),
            skipped=tuple(skipped),
            cancelled=stopped,
        )

    # --- inside -------------------------------------------------------------------

    def _current(
        self, s: Session, customer: m.Customer, month: Month, now: datetime
    ) -> tuple[MonthlyReportData, str | None]:
        """The figures to show, and the issued PDF's SHA-256 when the month is issued."""
        issued = _issued_now(s, customer, month)
        if issued is not None:
            return figures_from_json(issued.figures), issued.sha256
        check_reportable(customer, contract_of(s, customer), month, self._clock.today())
        draft_id = report_id(customer.id, month, None)
        return gather(s, customer, month, now, self._user, draft_id, issued=False), None

    def _issue_in(
        self,
        s: Session,
        customer: m.Customer,
        month: Month,
        now: datetime,
        prebuilt: tuple[MonthlyReportData, BuiltReport] | None,
    ) -> tuple[MonthlyReportData, BuiltReport]:
        """Within the caller's transaction: check, lock the month, gather and build (or
        take a PDF built elsewhere from exactly these figures), record the issue."""
        hold_customer(s, customer.id)  # issues and ledger writes of one customer queue up
        check_reportable(customer, contract_of(s, customer), month, self._clock.today())
        check_ended(customer, month, self._clock)
        existing = _issued_now(s, customer, month)
        if existing is not None:
            raise Refused(
                say(
                    "The {month} report for {customer} was already issued on {date} by "
                    "{issued_by} (report {report_id}); export it to get it again.",
                    month=month.label,
                    customer=customer.name,
                    date=existing.issued_at.date().isoformat(),
                    issued_by=existing.issued_by,
                    report_id=existing.report_id,
                ),
                Field.MONTH,
            )
        if month in locked_months(s, customer.id):
            raise Refused(
                say(
                    "{month} is locked for {customer} without an issued report; reopen the "
                    "month before issuing it.",
                    month=month.label,
                    customer=customer.name,
                ),
                Field.MONTH,
            )
        revision = 1 + (
            s.scalar(
                select(func.max(m.IssuedReport.revision)).where(
                    m.IssuedReport.customer_id == customer.id,
                    m.IssuedReport.month == month.label,
                )
            )
            or 0
        )
        report = report_id(customer.id, month, revision)
        lock_month(s, customer, month, self._clock, self._user)
        data = gather(s, customer, month, now, self._user, report, issued=True)
        if revision > 1:
            data = replace(data, replaces=report_id(customer.id, month, revision - 1))
        # A PDF built elsewhere is taken only if it shows exactly what is now locked.
        reuse = prebuilt is not None and prebuilt[0] == data
        built = prebuilt[1] if prebuilt is not None and reuse else build_report(data)
        digest = sha256(built.pdf)
        s.add(
            m.IssuedReport(
                report_id=report,
                customer_id=customer.id,
                month=month.label,
                revision=revision,
                issued_at=now,
                issued_by=self._user,
                sha256=digest,
                figures=figures_to_json(data),
            )
        )
        detail = f"{month.label}: report {report}, SHA-256 {digest}"
        record(s, "issue_report", None, None, None, customer_id=customer.id, detail=detail, at=now)
        s.flush()
        return data, built

    def _job(
        self, customer_id: int, month: Month, now: datetime, issue: bool, path: Path
    ) -> _Job | None:
        """A customer's batch job (None: the tier gets no report that month)."""
        with self._sessions.begin() as s:
            customer = s.get(m.Customer, customer_id)
            if customer is None:  # deleted since the list was read
                return None
            issued = _issued_now(s, customer, month)
            if issued is not None:
                data = figures_from_json(issued.figures)
                return _Job(customer.id, customer.name, path, data, issued.sha256)
            try:
                check_reportable(customer, contract_of(s, customer), month, self._clock.today())
            except Refused:
                return None
            if issue and month in locked_months(s, customer.id):
                raise Refused(
                    say(
                        "{month} is locked for {customer} without an issued report; reopen the "
                        "month before issuing it.",
                        month=month.label,
                        customer=customer.name,
                    ),
                    Field.MONTH,
                )
            revision = None
            if issue:
                check_ended(customer, month, self._clock)
                latest = _latest_issue(s, customer.id, month)
                revision = 1 + (latest.revision if latest else 0)
            data = gather(
                s,
                customer,
                month,
                now,
                self._user,
                report_id(customer.id, month, revision),
                issued=issue,
            )
            if revision is not None and revision > 1:
                data = replace(data, replaces=report_id(customer.id, month, revision - 1))
            return _Job(customer.id, customer.name, path, data, None)

    def _finish(
        self,
        job: _Job,
        outcome: BuiltReport | Exception,
        month: Month,
        now: datetime,
        issue: bool,
    ) -> BatchItem:
        if isinstance(outcome, Exception):
            return BatchItem(job.customer_id, job.customer, job.path, error=_failure(outcome))
        committed: ReportResult | None = None
        try:
            _checked(job.path)
            if issue and job.issued_sha256 is None:
                with atomic_path(job.path) as partial:
                    with self._sessions.begin() as s:
                        customer = s.get(m.Customer, job.customer_id)
                        if customer is None:
                            raise Refused(
                                say(
                                    "{customer} was deleted while the batch ran.",
                                    customer=job.customer,
                                ),
                                Field.CUSTOMER,
                            )
                        data, built = self._issue_in(s, customer, month, now, (job.data, outcome))
                        _write(partial, built.pdf)
                    digest = sha256(built.pdf)
                    committed = _result(
                        data, job.path, built, issued_now=True, issued_sha256=digest
                    )
                result = committed
            else:
                with atomic_path(job.path) as partial:
                    _write(partial, outcome.pdf)
                result = _result(job.data, job.path, outcome, issued_sha256=job.issued_sha256)
        except IntegrityError:
            error = say(
                "{month} was issued for {customer} by someone else a moment ago.",
                month=month.label,
                customer=job.customer,
            )
            return BatchItem(job.customer_id, job.customer, job.path, error=error)
        except OSError as exc:
            if committed is not None:
                error = _written_after_issue(committed, exc).message
                return BatchItem(job.customer_id, job.customer, job.path, committed, error)
            return BatchItem(job.customer_id, job.customer, job.path, error=_failure(exc))
        except Exception as exc:
            return BatchItem(job.customer_id, job.customer, job.path, error=_failure(exc))
        return BatchItem(job.customer_id, job.customer, job.path, result=result)

    def issue_blocker(self, ref: str | int, month: Month) -> str | None:
        """Why the month's report cannot be issued now, as one sentence for the person
        about to issue it, or None when it can: it is already issued, the month is
        locked without a report, the customer has no report that month, or the month
        has not ended yet in the customer's time zone (their local date is still on or
        before its last day)."""
        from datetime import UTC

        from accountdesk.wording import long_day, month_title

        title = month_title(month.label)
        with reading(self._sessions) as s:
            customer = find_customer(s, ref)
            issued = _issued_now(s, customer, month)
            if issued is not None:
                at = issued.issued_at
                at = (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone(UTC)
                return say(
                    "{month} was issued for {customer} by {by} on {day} at {time} UTC "
                    "(report {report}); export it to get the same report again.",
                    month=title,
                    customer=customer.name,
                    by=issued.issued_by,
                    day=long_day(at.date()),
                    time=f"{at:%H:%M}",
                    report=issued.report_id,
                )
            if month in locked_months(s, customer.id):
                return say(
                    "{month} is locked for {customer} without an issued report; reopen the "
                    "month before issuing it.",
                    month=title,
                    customer=customer.name,
                )
            try:
                check_reportable(customer, contract_of(s, customer), month, self._clock.today())
                check_ended(customer, month, self._clock)
            except Refused as refused:
                return refused.message
        return None
