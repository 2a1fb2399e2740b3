"""The commands, one module per subject, each function running one command with the
services; `HANDLERS` maps the words a user types (as the parser names them) to the
function that runs them."""

from __future__ import annotations

from collections.abc import Callable

from accountdesk.cli.commands import (
    audit,
    cases,
    customers,
    hours,
    reports,
    reviews,
    setup,
    transfer,
)
from accountdesk.cli.context import Context

Handler = Callable[[Context], None]

HANDLERS: dict[str, Handler] = {
    "init": setup.init,
    "demo": setup.demo,
    "tiers": setup.tiers,
    "customer add": customers.customer_add,
    "customer list": customers.customer_list,
    "customer show": customers.customer_show,
    "customer change-tier": customers.customer_change_tier,
    "contact add": customers.contact_add,
    "contact edit": customers.contact_edit,
    "contact remove": customers.contact_remove,
    "hours log": hours.log,
    "hours list": hours.list_month,
    "hours correct": hours.correct,
    "usage": hours.usage,
    "reviews plan": reviews.plan,
    "reviews list": reviews.list_reviews,
    "reviews mark": reviews.mark,
    "reviews export-ics": reviews.export_ics,
    "report": reports.report,
    "import customers": transfer.import_csv,
    "import hours": transfer.import_csv,
    "export hours": transfer.export_hours,
    "backup": transfer.backup,
    "customer service-credit": cases.service_credit,
    "case open": cases.open_case,
    "case respond": cases.respond,
    "case wait": cases.wait,
    "case escalate": cases.escalate,
    "case resolve": cases.resolve,
    "case list": cases.list_cases,
    "sla": cases.sla,
    "import cases": cases.import_cases,
    "audit": audit.audit_log,
}
