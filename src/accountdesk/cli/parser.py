"""The grammar of the command line: every command, its options and their help.

Parsing only: each command names its handler by the words the user types ("customer
add"), and `commands.HANDLERS` maps those words to the function that runs it. Nothing
here loads the database layer, so `--help`, `--version` and a usage mistake answer at
once.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from accountdesk.cli.errors import EXIT_REFUSED


class Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr like every other refusal."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"accountdesk: {message} (see '{self.prog} --help')\n")
        raise SystemExit(EXIT_REFUSED)


if TYPE_CHECKING:  # generic only in the type stubs
    Commands = argparse._SubParsersAction[Parser]  # what add_subparsers returns


class ShowVersion(argparse.Action):
    """--version, reading the package metadata only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from accountdesk import __version__

        print(f"accountdesk {__version__}")
        parser.exit()


def whole_number(text: str) -> int:
    """A count typed in ASCII digits (`int()` also reads `٣` as 3)."""
    if not re.fullmatch(r"-?[0-9]{1,30}", text.strip()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
    return int(text)


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

    def command(parent: Commands, words: str, help: str, json_output: bool = False) -> Parser:
        """The command the user types as `words`, run by the handler of that name."""
        parser = parent.add_parser(words.rsplit(" ", 1)[-1], help=help, description=help)
        parser.set_defaults(handler=words)
        if json_output:
            parser.add_argument("--json", action="store_true", help="print one JSON document")
        return parser

    init = command(sub, "init", "create or upgrade the database; set the company's details")
    init.add_argument("--company-name", help="the company's name at the head of every report")
    init.add_argument("--company-service", help="the support service's name under it")
    init.add_argument("--company-footer", help="the line at the foot of every report page")
    init.add_argument("--company-logo", help="a PNG or JPEG file for the reports' logo")
    demo = command(sub, "demo", "fill a new database with a demo portfolio", True)
    demo.add_argument("--customers", type=whole_number, default=50)
    demo.add_argument("--months", type=whole_number, default=12)
    demo.add_argument("--seed", type=whole_number, default=1)
    command(sub, "tiers", "the tier catalog", True)

    customer = sub.add_parser("customer", help="customer accounts").add_subparsers(
        dest="action", parser_class=Parser, metavar="ACTION", required=True
    )
    add = command(customer, "customer add", "add a customer; prints its id", True)
    add.add_argument("name")
    add.add_argument("--tier", required=True)
    add.add_argument("--start", required=True, help="contract start, YYYY-MM-DD")
    add.add_argument("--end", help="contract end, YYYY-MM-DD")
    add.add_argument("--timezone", default="UTC", help="IANA name, e.g. Europe/Berlin")
    add.add_argument("--language", default="en", help="report language, e.g. en")
    add.add_argument("--csm")
    add.add_argument("--tam")
    add.add_argument("--monthly-fee", help="per-contract monthly price in USD")
    add.add_argument(
        "--allow-custom-price",
        action="store_true",
        help="take a monthly fee below the catalog's price (or above a fixed one)",
    )
    add.add_argument("--holidays", help="holiday calendar, e.g. DE or US-CA")
    add.add_argument(
        "--rollover",
        action="store_true",
        help="unused hours carry into the next period (at most one period's worth)",
    )
    command(customer, "customer list", "the portfolio", True)
    show = command(customer, "customer show", "one account", True)
    show.add_argument("customer", help="id or name (any case)")
    change = command(
        customer,
        "customer change-tier",
        "change tier from a date (prorated)",
        True,
    )
    change.add_argument("customer")
    change.add_argument("--tier", required=True)
    change.add_argument("--effective", required=True, help="YYYY-MM-DD")
    change.add_argument("--monthly-fee", help="per-contract monthly price from that date")
    change.add_argument(
        "--allow-custom-price",
        action="store_true",
        help="take a monthly fee below the catalog's price (or above a fixed one)",
    )

    credit = command(
        customer,
        "customer service-credit",
        "the contract's service credit on an SLA breach (Enterprise), from today on",
        True,
    )
    credit.add_argument("customer")
    credit.add_argument("--pct", required=True, help="percent of the month's fee, e.g. 10")

    contact = sub.add_parser("contact", help="contacts").add_subparsers(
        dest="action", parser_class=Parser, metavar="ACTION", required=True
    )
    cadd = command(contact, "contact add", "add a contact; prints its id", True)
    cadd.add_argument("customer")
    cadd.add_argument("name")
    cadd.add_argument("--email", required=True)
    cadd.add_argument("--named", action="store_true", help="a named support contact")
    cadd.add_argument("--training-seat", action="store_true", help="holds an online training seat")
    cedit = command(contact, "contact edit", "change a contact (by id)", True)
    cedit.add_argument("contact", help="the contact's id (customer show lists them)")
    cedit.add_argument("--name")
    cedit.add_argument("--email")
    cedit.add_argument(
        "--named", action=argparse.BooleanOptionalAction, help="a named support contact or not"
    )
    cedit.add_argument(
        "--training-seat", action=argparse.BooleanOptionalAction, help="holds a training seat"
    )
    cremove = command(contact, "contact remove", "remove a contact (by id)", True)
    cremove.add_argument("contact", help="the contact's id")

    hours_cmd = sub.add_parser("hours", help="the hours ledger").add_subparsers(
        dest="action", parser_class=Parser, metavar="ACTION", required=True
    )
    log = command(hours_cmd, "hours log", "log hours; prints the entry id", True)
    log.add_argument("customer")
    log.add_argument("--date", required=True)
    log.add_argument("--hours", required=True, help="2.5 or 2:30")
    log.add_argument(
        "--category", required=True, help="consulting, development, training, onsite or incident"
    )
    log.add_argument(
        "--engineer", help="whose hours (default: the name saved for you, as the window keeps it)"
    )
    log.add_argument(
        "--description",
        help="what the hours were for, as the client reads it on the report (required for "
        "consulting and development)",
    )
    log.add_argument("--note", help="an internal note for the team, never on a report")
    log.add_argument("--case", help="the customer's support case the hours were spent on")
    correct = command(
        hours_cmd,
        "hours correct",
        "correct an entry of an issued month: a linked correction entry; the change to the "
        "issued month becomes an adjustment on the next report",
        True,
    )
    correct.add_argument("entry", help="the entry's id (hours list shows them)")
    correct.add_argument(
        "--hours", required=True, help="what the entry should have been (0 takes it back)"
    )
    correct.add_argument("--reason", required=True, help="why; kept with the correction")
    hlist = command(hours_cmd, "hours list", "a month's entries", True)
    hlist.add_argument("customer")
    hlist.add_argument("--month", required=True, help="YYYY-MM")

    usage = command(sub, "usage", "a month's fee and allowances", True)
    usage.add_argument("customer")
    usage.add_argument("--month", required=True)

    reviews = sub.add_parser("reviews", help="scheduled reviews").add_subparsers(
        dest="action", parser_class=Parser, metavar="ACTION", required=True
    )
    plan = command(reviews, "reviews plan", "plan the reviews tiers owe", True)
    plan.add_argument("customer", nargs="?")
    plan.add_argument("--until", help="YYYY-MM-DD (default: 90 days ahead)")
    rlist = command(reviews, "reviews list", "list reviews", True)
    rlist.add_argument("customer", nargs="?")
    mark = command(reviews, "reviews mark", "record a review's outcome", True)
    mark.add_argument("id", help="the review's id (reviews list shows them)")
    outcome = mark.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--held", action="store_true")
    outcome.add_argument("--cancelled", action="store_true")
    outcome.add_argument("--missed", action="store_true")
    mark.add_argument("--summary", help="what the client reads on the report")
    mark.add_argument("--notes", help="internal notes for the team, never on a report")
    mark.add_argument("--attendees")
    mark.add_argument("--reason")
    mark.add_argument(
        "--held-at", help="when it was held, ISO with offset (default: its planned time)"
    )
    ics = command(reviews, "reviews export-ics", "iCalendar file of reviews")
    ics.add_argument("customer")
    ics.add_argument("-o", "--output", required=True)

    add_case_commands(sub, command)

    imp = sub.add_parser("import", help="import CSV (all rows or none)").add_subparsers(
        dest="what", parser_class=Parser, metavar="WHAT", required=True
    )
    for what in ("customers", "hours"):
        command(imp, f"import {what}", f"import {what} from CSV").add_argument("file")
    icases = command(imp, "import cases", "import support cases from a help desk's CSV", True)
    icases.add_argument("file")
    icases.add_argument(
        "--severity-map",
        "--mapping",
        help="a mapping file (TOML): severity names, and the export's columns and times",
    )
    exp = sub.add_parser("export", help="export CSV").add_subparsers(
        dest="what", parser_class=Parser, metavar="WHAT", required=True
    )
    exph = command(exp, "export hours", "a month's ledger as CSV")
    exph.add_argument("--month", required=True)
    exph.add_argument("-o", "--output", required=True)
    exph.add_argument(
        "--delimiter",
        choices=(",", ";", "tab"),
        default=",",
        help="what separates values: ',' (default), ';' (Excel where 1,5 is a number) or tab",
    )
    report = command(
        sub,
        "report",
        "the monthly service report (PDF); `report reopen C --month M --reason TEXT` reopens "
        "the latest issued month",
        True,
    )
    report.add_argument("customer", nargs="?", help="id or name (any case)")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("-o", "--output", help="the PDF file to write")
    report.add_argument("--all", action="store_true", help="every customer that gets reports")
    report.add_argument("--out-dir", help="with --all: the folder for the files")
    report.add_argument(
        "--language",
        help="one export in this language (en, es, pt, fr, de, ja, zh) instead of the customer's",
    )
    report.add_argument(
        "--issue", action="store_true", help="finalize: store the issued figures and lock the month"
    )
    # `report reopen C --month M --reason TEXT`: the customer follows the word reopen.
    report.add_argument("reopened", nargs="?", help=argparse.SUPPRESS)
    report.add_argument("--reason", help="with reopen: why the issued month is reopened")
    backup = command(sub, "backup", "a consistent copy of the SQLite database")
    backup.add_argument("file")
    return p


def add_case_commands(sub: Commands, command: Callable[..., Parser]) -> None:
    """case open / respond / wait / escalate / resolve / list, and sla."""
    case = sub.add_parser("case", help="support cases").add_subparsers(
        dest="action", parser_class=Parser, metavar="ACTION", required=True
    )
    when = "ISO 8601 with an offset or Z, e.g. 2026-11-03T14:05+01:00"
    named = "the case's reference, or CUSTOMER:REFERENCE when customers share it"
    copen = command(case, "case open", "open a support case; prints its reference", True)
    copen.add_argument("customer", help="id or name (any case)")
    copen.add_argument("--severity", required=True, help="critical, high, normal, low, P1-P4, ...")
    copen.add_argument("--title", required=True)
    copen.add_argument("--ref", help="the help desk's ticket id (default: CASE-n)")
    copen.add_argument("--at", help=f"when it opened (default: now); {when}")
    copen.add_argument("--engineer")
    respond = command(case, "case respond", "record the first response", True)
    respond.add_argument("case", help=named)
    respond.add_argument("--at", required=True, help=when)
    cwait = command(case, "case wait", "a period waiting on the customer (the clock stops)", True)
    cwait.add_argument("case", help=named)
    cwait.add_argument("--from", dest="wait_from", required=True, help=when)
    cwait.add_argument("--until", required=True, help=when)
    escalate = command(case, "case escalate", "move to escalation level 1-4", True)
    escalate.add_argument("case", help=named)
    escalate.add_argument(
        "--level",
        type=whole_number,
        required=True,
        help="1 support engineer, 2 senior engineer, 3 engineering team, 4 executive",
    )
    escalate.add_argument("--reason")
    resolve = command(case, "case resolve", "resolve the case", True)
    resolve.add_argument("case", help=named)
    resolve.add_argument("--at", required=True, help=when)
    clist = command(case, "case list", "cases with their due time and state", True)
    clist.add_argument("customer", nargs="?")
    clist.add_argument("--open", action="store_true", help="only cases not resolved")
    clist.add_argument("--month", help="opened in this month, YYYY-MM")
    sla = command(
        sub, "sla", "a month's response SLA: cases due, met, attainment, breach, credit", True
    )
    sla.add_argument("customer")
    sla.add_argument("--month", required=True, help="YYYY-MM")
    audit = command(sub, "audit", "who changed what, and when: the audit log, newest first", True)
    audit.add_argument("customer", nargs="?", help="only this customer's changes")
    audit.add_argument("--since", help="from this day on (UTC), YYYY-MM-DD")
