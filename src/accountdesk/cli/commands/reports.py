"""The monthly service report: one customer's (draft or issued), or every customer's
into a folder."""

from __future__ import annotations

import sys
from pathlib import Path

from tqdm import tqdm  # type: ignore[import-untyped]

from accountdesk.cli.context import Context
from accountdesk.cli.errors import say
from accountdesk.cli.shapes import report_json
from accountdesk.cli.text import batch_text, report_text
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.wording import noun


def report(ctx: Context) -> None:
    a = ctx.args
    month = Month.parse(a.month)
    if a.customer == "reopen" and a.reopened:
        reopen(ctx, a.reopened, month)
        return
    if a.reopened or a.reason:
        raise Refused("A reason is for `report reopen C --month M --reason TEXT`.")
    if a.all and a.language:
        raise Refused("--language is for one customer's export, not --all.", Field.LANGUAGE)
    if a.all:
        every_customer(ctx, month)
        return
    if not a.customer or not a.output:
        raise Refused("report needs a customer and -o FILE.pdf (or --all --out-dir DIR).")
    reports = ctx.desk.reports
    if a.language:
        # An issued report is always rebuilt in the customer's language, so only an
        # export can be in another.
        if a.issue:
            raise Refused(
                "--language is for one export; an issued report is in the customer's language.",
                Field.LANGUAGE,
            )
        result = reports.export(a.customer, month, Path(a.output), language=a.language)
    else:
        write = reports.issue if a.issue else reports.export
        result = write(a.customer, month, Path(a.output))
    ctx.out(report_json(result), lambda: report_text(result, a.issue))


def every_customer(ctx: Context, month: Month) -> None:
    """report --all: one file per customer that gets reports; a progress bar on a
    terminal; each failure named on stderr, and any failure makes the run a refusal."""
    a = ctx.args
    if a.customer or a.output:
        raise Refused(
            "report --all writes one file per customer; give --out-dir, not a customer or -o."
        )
    if not a.out_dir:
        raise Refused("report --all needs --out-dir DIR.")
    out_dir = Path(a.out_dir)
    if not out_dir.is_dir():
        try:
            out_dir.mkdir(parents=True)
        except OSError as exc:
            raise Refused(
                f"The folder {a.out_dir!r} could not be made ({exc.strerror or exc})."
            ) from None
    with tqdm(total=0, unit="report", disable=not sys.stderr.isatty(), file=sys.stderr) as bar:

        def progress(done: int, total: int, customer: str) -> None:
            bar.total = total
            bar.set_postfix_str(customer[:30], refresh=False)
            bar.update(done - bar.n)

        batch = ctx.desk.reports.export_all(month, out_dir, issue=a.issue, progress=progress)
    for item in batch.failed:
        say(f"{item.customer}: {item.error}")
    print(batch_text(month, batch, out_dir, a.issue))
    if batch.failed:
        raise Refused(
            f"{len(batch.failed)} {noun(len(batch.failed), 'report')} failed; see the lines above."
        )


def reopen(ctx: Context, customer: str, month: Month) -> None:
    """report reopen C --month M --reason TEXT: the latest issued month, with a reason."""
    reason = ctx.args.reason or ""
    ctx.desk.ledger.reopen_month(customer, month, reason)
    ctx.out(
        {"customer": customer, "month": month.label, "reopened": True, "reason": reason.strip()},
        lambda: f"Reopened {month.label} for {customer}; its next issue is a new revision.",
    )
