"""The command line: the same services as the window, for batch work and scripts.

Its names are a stable interface (see the README). A user's mistake ends with one
sentence on stderr and exit code 2, never a traceback, and nothing written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from accountdesk.domain.clock import Clock
from accountdesk.domain.errors import Refused
from accountdesk.domain.ledger import parse_category
from accountdesk.domain.money import hours, money_text, parse_duration, parse_money
from accountdesk.domain.periods import Month, parse_date
from accountdesk.domain.reviews import ReviewState
from accountdesk.domain.tiers import UNLIMITED, Limit, Severity, TierSpec, parse_tier
from accountdesk.paths import chosen_database, pinned_clock

if TYPE_CHECKING:
    # Only names for annotations here: the database layer loads when a command runs, so
    # that `accountdesk` without a command shows the window before it loads.
    from accountdesk.app import Desk
    from accountdesk.domain.allowances import AllowanceUsage
    from accountdesk.services.entitlements import MonthUsage
    from accountdesk.services.ledger import EntryInfo
    from accountdesk.services.portfolio import ContactInfo, CustomerDetail, CustomerSummary
    from accountdesk.services.reviews import ReviewInfo

EXIT_REFUSED = 2


class Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr like every other refusal."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"accountdesk: {message} (see '{self.prog} --help')\n")
        raise SystemExit(EXIT_REFUSED)


@dataclass
class Context:
    desk: Desk
    args: argparse.Namespace

    def out(self, document: Any, text: Callable[[], str]) -> None:
        """Print the JSON document with --json, else the human text."""
        if getattr(self.args, "json", False):
            print(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            print(text())


# ---------------------------------------------------------------- formatting


def dec(value: Decimal) -> str:
    return f"{value:.2f}"


def limit(value: Limit) -> int | str:
    return "unlimited" if value is UNLIMITED else value


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


def tier_json(t: TierSpec) -> dict[str, Any]:
    def opt(value: Decimal | None) -> str | None:
        return None if value is None else dec(value)

    annual: str | None = opt(t.annual_commitment_price)
    if t.annual_price_per_contract:
        annual = "per contract"
    return {
        "key": t.key.value,
        "name": t.name,
        "monthly_fee": dec(t.monthly_fee),
        "monthly_fee_is_starting_price": t.fee_is_starting_price,
        "annual_commitment_price": annual,
        "named_support_contacts": limit(t.named_contacts),
        "architecture_consulting_hours_per_month": dec(t.consulting_hours_per_month),
        "custom_development_hours_per_quarter": dec(t.development_hours_per_quarter),
        "online_training_seats": limit(t.training_seats),
        "onsite_training_sessions_per_contract_year": t.onsite_sessions_per_contract_year,
        "certification_exams_included": t.certification_exams_included,
        "certification_discount_pct": dec(t.certification_discount_pct),
        "overage_rates": {
            "consulting": opt(t.consulting_overage_rate),
            "development": opt(t.development_overage_rate),
        },
        "response_targets_minutes": {s.value: t.response_minutes.get(s) for s in Severity},
        "coverage": {s.value: c.value if (c := t.coverage.get(s)) else None for s in Severity},
        "sla_target_pct": opt(t.sla_target_pct),
        "service_credit_on_breach": t.service_credit,
        "cadences": {
            "architecture_review": _value(t.architecture_review),
            "tam_checkin": _value(t.tam_checkin),
            "qbr": _value(t.business_review),
            "strategic_planning": _value(t.strategic_planning),
        },
        "monthly_service_report": t.monthly_report,
        "support_languages": list(t.languages),
        "versions_supported_years": t.versions_supported_years,
    }


def _value(cadence: Any) -> str | None:
    return None if cadence is None else str(cadence.value)


def summary_json(c: CustomerSummary, today: date) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "tier": c.tier.value,
        "csm": c.csm,
        "tam": c.tam,
        "start": c.start.isoformat(),
        "end": c.end.isoformat() if c.end else None,
        "renewal_in_days": c.renewal_in_days(today),
        "named_contacts": c.named_contacts,
        "named_contact_limit": limit(c.named_contact_limit),
        "over_contact_limit": c.over_contact_limit,
    }


def detail_json(d: CustomerDetail, today: date) -> dict[str, Any]:
    return {
        **summary_json(d.summary, today),
        "timezone": d.timezone,
        "language": d.language,
        "holiday_calendar": d.holiday_calendar,
        "rollover": d.rollover,
        "notes": d.notes,
        "contract_history": [
            {
                "tier": t.tier.value,
                "from": t.effective_from.isoformat(),
                "to": t.effective_to.isoformat() if t.effective_to else None,
                "monthly_fee": dec(t.monthly_fee),
            }
            for t in d.terms
        ],
        "contacts": [contact_json(c) for c in d.contacts],
        "locked_months": list(d.locked_months),
    }


def entry_json(e: EntryInfo) -> dict[str, Any]:
    return {
        "id": e.id,
        "customer": e.customer,
        "date": e.day.isoformat(),
        "hours": e.hours,
        "category": e.category.value,
        "engineer": e.engineer,
        "note": e.note,
        "locked": e.locked,
        "corrects": e.corrects,
        "reason": e.reason,
    }


def allowance_json(a: AllowanceUsage) -> dict[str, Any]:
    return {
        "category": a.category.value,
        "period": a.period.label,
        "included_hours": dec(a.included_hours),
        "used_hours": dec(a.used_hours),
        "remaining_hours": dec(a.remaining_hours),
        "overage_hours": dec(a.overage_hours),
        "overage_rate": dec(a.overage_rate) if a.overage_rate is not None else None,
        "overage_charge": dec(a.overage_charge),
    }


def usage_json(u: MonthUsage) -> dict[str, Any]:
    return {
        "customer": u.customer,
        "month": u.month.label,
        "tiers": [t.value for t in u.tiers],
        "fee": dec(u.fee),
        "currency": u.currency,
        "allowances": [allowance_json(a) for a in u.allowances],
        "overage_total": dec(u.overage_total),
        "hours_by_category": {c.value: str(hours(m)) for c, m in u.hours_by_category.items()},
        "seats": [
            {"item": s.item, "included": limit(s.included), "used": s.used, "period": s.period}
            for s in u.seats
        ],
    }


def review_json(r: ReviewInfo) -> dict[str, Any]:
    return {
        "id": r.id,
        "customer": r.customer,
        "kind": r.kind.value,
        "period": r.period_key,
        "date": r.due.isoformat(),
        "starts_at": r.starts_at.isoformat(),
        "minutes": r.minutes,
        "state": r.state.value,
        "overdue": r.overdue,
        "notes": r.notes,
        "attendees": r.attendees,
        "reason": r.reason,
    }


# ---------------------------------------------------------------- commands


def cmd_init(ctx: Context) -> None:
    from accountdesk.db.engine import schema_head

    print(f"Database ready: {ctx.desk.location} (schema {schema_head()}).")


def cmd_demo(ctx: Context) -> None:
    from accountdesk.services.demo import generate_demo

    a = ctx.args
    if a.customers < 1 or a.months < 1:
        raise Refused("--customers and --months must be at least 1.")
    done = generate_demo(ctx.desk.sessions, ctx.desk.clock, a.customers, a.months, a.seed)
    ctx.out(
        {
            "customers": done.customers,
            "entries": done.entries,
            "contacts": done.contacts,
            "reviews": done.reviews,
            "tier_changes": done.tier_changes,
        },
        lambda: (
            f"Demo portfolio: {done.customers:,} customers, {done.entries:,} ledger "
            f"entries, {done.contacts:,} contacts, {done.reviews:,} reviews, "
            f"{done.tier_changes:,} tier changes."
        ),
    )


def cmd_tiers(ctx: Context) -> None:
    tiers = ctx.desk.catalog.tiers()

    def text() -> str:
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

    ctx.out({"currency": "USD", "tiers": [tier_json(t) for t in tiers]}, text)


def cmd_customer_add(ctx: Context) -> None:
    from accountdesk.services.portfolio import NewCustomer

    a = ctx.args
    new = NewCustomer(
        name=a.name,
        tier=parse_tier(a.tier),
        start=parse_date(a.start, "start date"),
        end=parse_date(a.end, "end date") if a.end else None,
        timezone=a.timezone,
        language=a.language,
        csm=a.csm,
        tam=a.tam,
        monthly_fee=parse_money(a.monthly_fee, "monthly fee") if a.monthly_fee else None,
        holiday_calendar=a.holidays,
        rollover=a.rollover,
    )
    new_id = ctx.desk.portfolio.add_customer(new)
    ctx.out({"id": new_id}, lambda: str(new_id))


def cmd_customer_list(ctx: Context) -> None:
    today = ctx.desk.clock.today()
    customers = ctx.desk.portfolio.customers()

    def text() -> str:
        if not customers:
            return (
                "No customers yet. Add one with: "
                "accountdesk customer add NAME --tier T --start DATE"
            )
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

    ctx.out({"customers": [summary_json(c, today) for c in customers]}, text)


def cmd_customer_show(ctx: Context) -> None:
    today = ctx.desk.clock.today()
    d = ctx.desk.portfolio.customer(ctx.args.customer)

    def text() -> str:
        s = d.summary
        named_limit = limit(s.named_contact_limit)
        lines = [
            f"{s.name} (id {s.id}) — {s.tier.label}",
            f"Contract: {s.start}{' to ' + str(s.end) if s.end else ', open-ended'}",
            f"CSM: {s.csm or '—'}   TAM: {s.tam or '—'}",
            f"Time zone: {d.timezone}   Report language: {d.language}",
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
                for c in d.contacts
            ]
        if d.locked_months:
            lines += ["", "Issued months: " + ", ".join(d.locked_months)]
        return "\n".join(lines)

    ctx.out(detail_json(d, today), text)


def cmd_customer_change_tier(ctx: Context) -> None:
    a = ctx.args
    d = ctx.desk.portfolio.change_tier(
        a.customer,
        parse_tier(a.tier),
        parse_date(a.effective, "effective date"),
        parse_money(a.monthly_fee, "monthly fee") if a.monthly_fee else None,
    )
    ctx.out(
        detail_json(d, ctx.desk.clock.today()),
        lambda: f"{d.name} is on {parse_tier(a.tier).label} from {a.effective}.",
    )


def cmd_contact_add(ctx: Context) -> None:
    a = ctx.args
    new_id = ctx.desk.portfolio.add_contact(a.customer, a.name, a.email, a.named, a.training_seat)
    ctx.out({"id": new_id}, lambda: str(new_id))


def contact_json(c: ContactInfo) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "email": c.email,
        "named": c.named,
        "training_seat": c.training_seat,
    }


def cmd_contact_edit(ctx: Context) -> None:
    a = ctx.args
    portfolio = ctx.desk.portfolio
    was = portfolio.contact(a.contact)
    now = portfolio.update_contact(
        was.id,
        was.name if a.name is None else a.name,
        was.email if a.email is None else a.email,
        was.named if a.named is None else a.named,
        was.training_seat if a.training_seat is None else a.training_seat,
    )
    ctx.out(contact_json(now), lambda: f"Contact {now.id}: {now.name} <{now.email}>.")


def cmd_contact_remove(ctx: Context) -> None:
    gone = ctx.desk.portfolio.remove_contact(ctx.args.contact)
    ctx.out(contact_json(gone), lambda: f"Removed contact {gone.id}: {gone.name}.")


def cmd_hours_log(ctx: Context) -> None:
    from accountdesk.services.ledger import NewEntry

    a = ctx.args
    entry = NewEntry(
        customer=a.customer,
        day=parse_date(a.date),
        minutes=parse_duration(a.hours),
        category=parse_category(a.category),
        engineer=a.engineer,
        note=a.note or "",
    )
    new_id = ctx.desk.ledger.log(entry)
    ctx.out({"id": new_id}, lambda: str(new_id))


def cmd_hours_list(ctx: Context) -> None:
    month = Month.parse(ctx.args.month)
    entries = ctx.desk.ledger.entries(ctx.args.customer, month)
    total = hours(sum(e.minutes for e in entries))

    def text() -> str:
        if not entries:
            return f"No hours logged in {month.label}."
        rows = [(e.id, e.day, e.hours, e.category.value, e.engineer, e.note) for e in entries]
        body = table(["id", "date", "hours", "category", "engineer", "note"], rows, {0, 2})
        return f"{body}\nTotal: {total} h"

    ctx.out(
        {
            "month": month.label,
            "entries": [entry_json(e) for e in entries],
            "total_hours": str(total),
        },
        text,
    )


def cmd_usage(ctx: Context) -> None:
    u = ctx.desk.entitlements.usage(ctx.args.customer, Month.parse(ctx.args.month))

    def text() -> str:
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
        lines.append(f"Overage total: {money_text(u.overage_total)} {u.currency}")
        return "\n".join(lines)

    ctx.out(usage_json(u), text)


def cmd_reviews_plan(ctx: Context) -> None:
    until = parse_date(ctx.args.until, "--until date") if ctx.args.until else None
    planned = ctx.desk.reviews.plan(ctx.args.customer, until)
    ctx.out(
        {"planned": [review_json(r) for r in planned]},
        lambda: f"Planned {len(planned)} new review{'s' * (len(planned) != 1)}.",
    )


def cmd_reviews_list(ctx: Context) -> None:
    reviews = ctx.desk.reviews.reviews(ctx.args.customer)

    def text() -> str:
        if not reviews:
            return "No reviews yet. Plan them with: accountdesk reviews plan"
        rows = [
            (r.id, r.due, r.customer, r.kind.label, "overdue" if r.overdue else r.state.value)
            for r in reviews
        ]
        return table(["id", "date", "customer", "review", "state"], rows, {0})

    ctx.out({"reviews": [review_json(r) for r in reviews]}, text)


def cmd_reviews_mark(ctx: Context) -> None:
    a = ctx.args
    state = (
        ReviewState.HELD if a.held else ReviewState.CANCELLED if a.cancelled else ReviewState.MISSED
    )
    r = ctx.desk.reviews.mark(
        a.id, state, notes=a.notes or "", reason=a.reason or "", attendees=a.attendees or ""
    )
    ctx.out(review_json(r), lambda: f"Review {r.id} ({r.kind.label}, {r.due}) is {r.state.value}.")


def cmd_reviews_export_ics(ctx: Context) -> None:
    count = ctx.desk.reviews.export_ics(ctx.args.customer, Path(ctx.args.output))
    print(f"Wrote {count} review{'s' * (count != 1)} to {ctx.args.output}.")


def cmd_import(ctx: Context) -> None:
    path = Path(ctx.args.file)
    if ctx.args.what == "customers":
        count = ctx.desk.transfer.import_customers(path)
    else:
        count = ctx.desk.transfer.import_hours(path)
    noun = {"customers": ("customer", "customers"), "hours": ("entry", "entries")}[ctx.args.what]
    print(f"Imported {count} {noun[count != 1]}.")


def cmd_export_hours(ctx: Context) -> None:
    month = Month.parse(ctx.args.month)
    count = ctx.desk.transfer.export_hours(month, Path(ctx.args.output))
    print(
        f"Wrote {count} entr{'ies' if count != 1 else 'y'} of {month.label} to {ctx.args.output}."
    )


def cmd_report(ctx: Context) -> None:
    a = ctx.args
    month = Month.parse(a.month)
    reports = ctx.desk.reports
    if a.all:
        if a.customer or a.output:
            raise Refused(
                "report --all writes one file per customer; give --out-dir, not a customer or -o."
            )
        if not a.out_dir:
            raise Refused("report --all needs --out-dir DIR.")
        out_dir = Path(a.out_dir)
        if not out_dir.is_dir():
            raise Refused(f"The folder {a.out_dir!r} does not exist.")
        from tqdm import tqdm

        with tqdm(total=0, unit="report", disable=not sys.stderr.isatty(), file=sys.stderr) as bar:

            def progress(done: int, total: int, customer: str) -> None:
                bar.total = total
                bar.set_postfix_str(customer[:30], refresh=False)
                bar.update(done - bar.n)

            batch = reports.export_all(month, out_dir, issue=a.issue, progress=progress)
        for item in batch.failed:
            sys.stderr.write(f"accountdesk: {item.customer}: {item.error}\n")
        verb = "issued" if a.issue else "wrote"
        print(
            f"{month.label}: {verb} {len(batch.written)} report{'s' * (len(batch.written) != 1)}"
            f" in {out_dir}, {len(batch.failed)} failed, {len(batch.skipped)} skipped "
            "(no monthly report for their tier or no contract in the month)."
        )
        if batch.failed:
            raise Refused(
                f"{len(batch.failed)} report{'s' * (len(batch.failed) != 1)} failed; "
                "see the lines above."
            )
        return
    if not a.customer or not a.output:
        raise Refused("report needs a customer and -o FILE.pdf (or --all --out-dir DIR).")
    run = reports.issue if a.issue else reports.export
    result = run(a.customer, month, Path(a.output))
    ctx.out(
        {
            "customer": result.customer,
            "month": str(result.month),
            "path": str(result.path),
            "report_id": result.report_id,
            "draft": result.draft,
            "pages": result.pages,
            "sha256": result.sha256,
            "total_due": dec(result.total_due),
            "currency": result.currency,
        },
        lambda: (
            f"{'Issued' if a.issue else 'Wrote'} {result.report_id} "
            f"({result.pages} page{'s' * (result.pages != 1)}"
            f"{', draft' if result.draft else ''}) to {result.path}."
        ),
    )


def cmd_backup(ctx: Context) -> None:
    ctx.desk.transfer.backup(Path(ctx.args.file))
    print(f"Backed up to {ctx.args.file}.")


# ---------------------------------------------------------------- parser


class ShowVersion(argparse.Action):
    """--version, reading the package metadata only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        from accountdesk import __version__

        print(f"accountdesk {__version__}")
        parser.exit()


def build_parser() -> Parser:
    p = Parser(
        prog="accountdesk",
        description="AccountDesk: support contracts, hours, "
        "entitlements and reviews. Without a command, opens the window.",
    )
    p.add_argument("--version", action=ShowVersion, help="show the version and exit")
    p.add_argument(
        "--db",
        help="database: a SQLAlchemy URL or a SQLite file path "
        "(default: $ACCOUNTDESK_DB, else accountdesk.sqlite3 in the user data folder)",
    )
    sub = p.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")

    def command(
        parent: Any, name: str, run: Callable[[Context], None], help: str, json_output: bool = False
    ) -> Parser:
        parser: Parser = parent.add_parser(name, help=help, description=help)
        parser.set_defaults(run=run)
        if json_output:
            parser.add_argument("--json", action="store_true", help="print one JSON document")
        return parser

    command(sub, "init", cmd_init, "create or upgrade the database")
    demo = command(sub, "demo", cmd_demo, "fill a new database with a demo portfolio", True)
    demo.add_argument("--customers", type=int, default=50)
    demo.add_argument("--months", type=int, default=12)
    demo.add_argument("--seed", type=int, default=1)
    command(sub, "tiers", cmd_tiers, "the tier catalog", True)

    customer = sub.add_parser("customer", help="customer accounts").add_subparsers(
        dest="action", parser_class=Parser, metavar="ACTION", required=True
    )
    add = command(customer, "add", cmd_customer_add, "add a customer; prints its id", True)
    add.add_argument("name")
    add.add_argument("--tier", required=True)
    add.add_argument("--start", required=True, help="contract start, YYYY-MM-DD")
    add.add_argument("--end", help="contract end, YYYY-MM-DD")
    add.add_argument("--timezone", default="UTC", help="IANA name, e.g. Europe/Berlin")
    add.add_argument("--language", default="en", help="report language, e.g. en")
    add.add_argument("--csm")
    add.add_argument("--tam")
    add.add_argument("--monthly-fee", help="per-contract monthly price in USD")
    add.add_argument("--holidays", help="holiday calendar, e.g. DE or US-CA")
    add.add_argument(
        "--rollover",
        action="store_true",
        help="unused hours carry into the next period (at most one period's worth)",
    )
    command(customer, "list", cmd_customer_list, "the portfolio", True)
    show = command(customer, "show", cmd_customer_show, "one account", True)
    show.add_argument("customer", help="id or exact name")
    change = command(
        customer,
        "change-tier",
        cmd_customer_change_tier,
        "change tier from a date (prorated)",
        True,
    )
    change.add_argument("customer")
    change.add_argument("--tier", required=True)
    change.add_argument("--effective", required=True, help="YYYY-MM-DD")
    change.add_argument("--monthly-fee", help="per-contract monthly price from that date")

    contact = sub.add_parser("contact", help="contacts").add_subparsers(
        dest="action", parser_class=Parser, metavar="ACTION", required=True
    )
    cadd = command(contact, "add", cmd_contact_add, "add a contact; prints its id", True)
    cadd.add_argument("customer")
    cadd.add_argument("name")
    cadd.add_argument("--email", required=True)
    cadd.add_argument("--named", action="store_true", help="a named support contact")
    cadd.add_argument("--training-seat", action="store_true", help="holds an online training seat")
    cedit = command(contact, "edit", cmd_contact_edit, "change a contact (by id)", True)
    cedit.add_argument("contact", type=int, help="the contact's id (customer show lists them)")
    cedit.add_argument("--name")
    cedit.add_argument("--email")
    cedit.add_argument(
        "--named", action=argparse.BooleanOptionalAction, help="a named support contact or not"
    )
    cedit.add_argument(
        "--training-seat", action=argparse.BooleanOptionalAction, help="holds a training seat"
    )
    cremove = command(contact, "remove", cmd_contact_remove, "remove a contact (by id)", True)
    cremove.add_argument("contact", type=int, help="the contact's id")

    hours_cmd = sub.add_parser("hours", help="the hours ledger").add_subparsers(
        dest="action", parser_class=Parser, metavar="ACTION", required=True
    )
    log = command(hours_cmd, "log", cmd_hours_log, "log hours; prints the entry id", True)
    log.add_argument("customer")
    log.add_argument("--date", required=True)
    log.add_argument("--hours", required=True, help="2.5 or 2:30")
    log.add_argument(
        "--category", required=True, help="consulting, development, training, onsite or incident"
    )
    log.add_argument("--engineer", required=True)
    log.add_argument("--note")
    hlist = command(hours_cmd, "list", cmd_hours_list, "a month's entries", True)
    hlist.add_argument("customer")
    hlist.add_argument("--month", required=True, help="YYYY-MM")

    usage = command(sub, "usage", cmd_usage, "a month's fee and allowances", True)
    usage.add_argument("customer")
    usage.add_argument("--month", required=True)

    reviews = sub.add_parser("reviews", help="scheduled reviews").add_subparsers(
        dest="action", parser_class=Parser, metavar="ACTION", required=True
    )
    plan = command(reviews, "plan", cmd_reviews_plan, "plan the reviews tiers owe", True)
    plan.add_argument("customer", nargs="?")
    plan.add_argument("--until", help="YYYY-MM-DD (default: 90 days ahead)")
    rlist = command(reviews, "list", cmd_reviews_list, "list reviews", True)
    rlist.add_argument("customer", nargs="?")
    mark = command(reviews, "mark", cmd_reviews_mark, "record a review's outcome", True)
    mark.add_argument("id", type=int)
    outcome = mark.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--held", action="store_true")
    outcome.add_argument("--cancelled", action="store_true")
    outcome.add_argument("--missed", action="store_true")
    mark.add_argument("--notes")
    mark.add_argument("--attendees")
    mark.add_argument("--reason")
    ics = command(reviews, "export-ics", cmd_reviews_export_ics, "iCalendar file of reviews")
    ics.add_argument("customer")
    ics.add_argument("-o", "--output", required=True)

    imp = sub.add_parser("import", help="import CSV (all rows or none)").add_subparsers(
        dest="what", parser_class=Parser, metavar="WHAT", required=True
    )
    for what in ("customers", "hours"):
        command(imp, what, cmd_import, f"import {what} from CSV").add_argument("file")
    exp = sub.add_parser("export", help="export CSV").add_subparsers(
        dest="what", parser_class=Parser, metavar="WHAT", required=True
    )
    exph = command(exp, "hours", cmd_export_hours, "a month's ledger as CSV")
    exph.add_argument("--month", required=True)
    exph.add_argument("-o", "--output", required=True)
    report = command(sub, "report", cmd_report, "the monthly service report (PDF)", True)
    report.add_argument("customer", nargs="?", help="id or exact name")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("-o", "--output", help="the PDF file to write")
    report.add_argument("--all", action="store_true", help="every customer that gets reports")
    report.add_argument("--out-dir", help="with --all: the folder for the files")
    report.add_argument(
        "--issue", action="store_true", help="finalize: store the issued figures and lock the month"
    )
    backup = command(sub, "backup", cmd_backup, "a consistent copy of the SQLite database")
    backup.add_argument("file")
    return p


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit code when parsing already ended the run
    (--help, --version, or a usage mistake, each already printed)."""
    try:
        return build_parser().parse_args(argv)
    except SystemExit as done:
        return int(done.code or 0)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    args = parse(argv)
    if isinstance(args, int):
        return args
    if args.command is None:  # the window is the program's (launch), not the command line's
        sys.stderr.write("accountdesk: a command is needed (see 'accountdesk --help')\n")
        return EXIT_REFUSED
    return run(args, clock)


def run(args: argparse.Namespace, clock: Clock | None = None) -> int:
    """Run the parsed command against the chosen database; returns the exit code."""
    from accountdesk.app import open_desk

    desk: Desk | None = None
    try:
        desk = open_desk(chosen_database(args.db), clock=clock or pinned_clock())
        args.run(Context(desk, args))
    except Refused as refused:
        sys.stderr.write(f"accountdesk: {refused}\n")
        return EXIT_REFUSED
    except BrokenPipeError:  # the reader (`| head`) stopped reading: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # an unwritable output file, a full disk
        where = f" ({exc.filename})" if exc.filename else ""
        sys.stderr.write(f"accountdesk: {exc.strerror or exc}{where}.\n")
        return EXIT_REFUSED
    finally:
        if desk is not None:
            desk.close()
    return 0
