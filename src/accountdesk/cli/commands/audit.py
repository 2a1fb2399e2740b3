"""The audit log: who changed what, and when."""

from __future__ import annotations

from accountdesk.cli.context import Context
from accountdesk.cli.shapes import audit_json
from accountdesk.cli.text import audit_text
from accountdesk.domain.periods import parse_date


def audit_log(ctx: Context) -> None:
    a = ctx.args
    since = None if a.since is None else parse_date(a.since, "--since date")
    rows = ctx.desk.audit.entries(a.customer, since)
    ctx.out({"entries": [audit_json(row) for row in rows]}, lambda: audit_text(rows))
