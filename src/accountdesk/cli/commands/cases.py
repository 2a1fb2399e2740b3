"""Support cases and the SLA: case open, respond, wait, escalate, resolve, list; sla;
import cases; customer service-credit."""

from __future__ import annotations

from pathlib import Path

from accountdesk.cli.context import Context
from accountdesk.cli.shapes import case_import_json, case_json, sla_json
from accountdesk.cli.text import case_text, cases_text, sla_text
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.money import parse_money
from accountdesk.domain.periods import Month
from accountdesk.services.case_import import parse_mapping
from accountdesk.wording import noun


def open_case(ctx: Context) -> None:
    a = ctx.args
    case = ctx.desk.cases.open(
        a.customer, a.severity, a.title, reference=a.ref, at=a.at, engineer=a.engineer
    )
    ctx.out(case_json(case), lambda: case.reference)


def respond(ctx: Context) -> None:
    case = ctx.desk.cases.respond(ctx.args.case, ctx.args.at)
    ctx.out(case_json(case), lambda: case_text(case))


def wait(ctx: Context) -> None:
    case = ctx.desk.cases.wait(ctx.args.case, ctx.args.wait_from, ctx.args.until)
    ctx.out(case_json(case), lambda: case_text(case))


def escalate(ctx: Context) -> None:
    case = ctx.desk.cases.escalate(ctx.args.case, ctx.args.level, ctx.args.reason or "")
    ctx.out(
        case_json(case),
        lambda: (
            f"Case {case.reference} of {case.customer} is at escalation level "
            f"{case.escalation_level}."
        ),
    )


def resolve(ctx: Context) -> None:
    case = ctx.desk.cases.resolve(ctx.args.case, ctx.args.at)
    ctx.out(case_json(case), lambda: case_text(case))


def list_cases(ctx: Context) -> None:
    a = ctx.args
    month = Month.parse(a.month) if a.month else None
    cases = ctx.desk.cases.cases(a.customer, open_only=a.open, month=month)
    ctx.out({"cases": [case_json(c) for c in cases]}, lambda: cases_text(cases))


def sla(ctx: Context) -> None:
    result = ctx.desk.cases.sla(ctx.args.customer, Month.parse(ctx.args.month))
    ctx.out(sla_json(result), lambda: sla_text(result))


def import_cases(ctx: Context) -> None:
    a = ctx.args
    mapping = parse_mapping(Path(a.severity_map)) if a.severity_map else None
    result = ctx.desk.cases.import_cases(Path(a.file), mapping)
    ctx.out(
        case_import_json(result),
        lambda: (
            f"Imported {result.added + result.updated} "
            f"{noun(result.added + result.updated, 'case')}: {result.added} new, "
            f"{result.updated} updated, {result.unchanged} unchanged."
        ),
    )


def service_credit(ctx: Context) -> None:
    text = ctx.args.pct.strip().removesuffix("%")
    try:
        pct = parse_money(text, "percentage")
    except Refused as refused:
        raise refused.about(Field.SERVICE_CREDIT) from None
    done = ctx.desk.cases.set_service_credit(ctx.args.customer, pct)
    ctx.out(
        {"customer": ctx.args.customer, "service_credit_pct": f"{done:.2f}"},
        lambda: f"Service credit on an SLA breach: {done:.2f}% of the month's fee.",
    )
