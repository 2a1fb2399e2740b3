"""Files in and out: import customers or hours from CSV, export hours, backup."""

from __future__ import annotations

from pathlib import Path

from accountdesk.cli.context import Context
from accountdesk.domain.periods import Month


def import_csv(ctx: Context) -> None:
    path = Path(ctx.args.file)
    if ctx.args.what == "customers":
        count = ctx.desk.transfer.import_customers(path)
    else:
        count = ctx.desk.transfer.import_hours(path)
    noun = {"customers": ("customer", "customers"), "hours": ("entry", "entries")}[ctx.args.what]
    print(f"Imported {count} {noun[count != 1]}.")


def export_hours(ctx: Context) -> None:
    month = Month.parse(ctx.args.month)
    count = ctx.desk.transfer.export_hours(month, Path(ctx.args.output))
    print(
        f"Wrote {count} entr{'ies' if count != 1 else 'y'} of {month.label} to {ctx.args.output}."
    )


def backup(ctx: Context) -> None:
    ctx.desk.transfer.backup(Path(ctx.args.file))
    print(f"Backed up to {ctx.args.file}.")
