"""The database and the catalog: init, demo, tiers."""

from __future__ import annotations

from pathlib import Path

from accountdesk.cli.context import Context
from accountdesk.cli.shapes import demo_json, tier_json
from accountdesk.cli.text import demo_text, tiers_text
from accountdesk.db.engine import schema_head
from accountdesk.db.grants import grant_application_role
from accountdesk.domain.errors import Refused
from accountdesk.services.demo import generate_demo


def init(ctx: Context) -> None:
    a = ctx.args
    changes = (a.company_name, a.company_service, a.company_footer, a.company_logo)
    if any(value is not None for value in changes):
        company = ctx.desk.company.update(
            name=a.company_name,
            service=a.company_service,
            footer=a.company_footer,
            logo=Path(a.company_logo) if a.company_logo is not None else None,
        )
        logo = "its own logo" if company.logo else "the product's logo"
        print(f"Reports now show {company.name} ({company.service or 'no service name'}), {logo}.")
    print(f"Database ready: {ctx.desk.location} (schema {schema_head()}).")
    role = grant_application_role(ctx.desk.engine)
    if role is not None:
        print(
            f"Role {role} may read and write everything but add to the audit log only "
            f"(GRANT {role} TO each person's login)."
        )


def demo(ctx: Context) -> None:
    a = ctx.args
    if a.customers < 1 or a.months < 1:
        raise Refused("--customers and --months must be at least 1.")
    done = generate_demo(ctx.desk.sessions, ctx.desk.clock, a.customers, a.months, a.seed)
    ctx.out(demo_json(done), lambda: demo_text(done))


def tiers(ctx: Context) -> None:
    tiers = ctx.desk.catalog.tiers()
    ctx.out({"currency": "USD", "tiers": [tier_json(t) for t in tiers]}, lambda: tiers_text(tiers))
