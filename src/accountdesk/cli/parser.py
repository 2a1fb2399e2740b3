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
from collections.abc import Sequence
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

    command(sub, "init", "create or upgrade the database")
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
    log.add_argument("--engineer", required=True)
    log.add_argument("--note")
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
    mark.add_argument("--notes")
    mark.add_argument("--attendees")
    mark.add_argument("--reason")
    ics = command(reviews, "reviews export-ics", "iCalendar file of reviews")
    ics.add_argument("customer")
    ics.add_argument("-o", "--output", required=True)

    imp = sub.add_parser("import", help="import CSV (all rows or none)").add_subparsers(
        dest="what", parser_class=Parser, metavar="WHAT", required=True
    )
    for what in ("customers", "hours"):
        command(imp, f"import {what}", f"import {what} from CSV").add_argument("file")
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
    report = command(sub, "report", "the monthly service report (PDF)", True)
    report.add_argument("customer", nargs="?", help="id or name (any case)")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("-o", "--output", help="the PDF file to write")
    report.add_argument("--all", action="store_true", help="every customer that gets reports")
    report.add_argument("--out-dir", help="with --all: the folder for the files")
    report.add_argument(
        "--issue", action="store_true", help="finalize: store the issued figures and lock the month"
    )
    backup = command(sub, "backup", "a consistent copy of the SQLite database")
    backup.add_argument("file")
    return p
