"""Files in and out: import customers or hours from CSV, export hours, backup."""

from __future__ import annotations

from pathlib import Path

from accountdesk.cli.context import Context
from accountdesk.domain.periods import Month
from accountdesk.wording import noun

# What `--delimiter` may say, and the character each means.
DELIMITERS = {",": ",", ";": ";", "tab": "\t"}


def import_csv(ctx: Context) -> None:
    path = Path(ctx.args.file)
    if ctx.args.what == "customers":
        imported = ctx.desk.transfer.import_customers(path)
        said = imported.sentences("customers")
    else:
        imported = ctx.desk.transfer.import_hours(path)
        said = imported.sentences("hours")
    print("\n".join(said))


def export_hours(ctx: Context) -> None:
    month = Month.parse(ctx.args.month)
    delimiter = DELIMITERS[ctx.args.delimiter]
    count = ctx.desk.transfer.export_hours(month, Path(ctx.args.output), delimiter)
    print(f"Wrote {count} {noun(count, 'entry', 'entries')} of {month.label} to {ctx.args.output}.")


def backup(ctx: Context) -> None:
    ctx.desk.transfer.backup(Path(ctx.args.file))
    print(f"Backed up to {ctx.args.file}.")
