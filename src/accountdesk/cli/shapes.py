"""The JSON documents the commands print with --json: a stable interface (cli.md).

Money and hours are decimal strings ("1250.00"); a limit without end is "unlimited";
a date is ISO 8601. One function per kind of document, named after what it shows.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from accountdesk.domain.allowances import AllowanceUsage
from accountdesk.domain.money import hours
from accountdesk.domain.tiers import UNLIMITED, Cadence, Limit, Severity, TierSpec
from accountdesk.reports.data import AdjustmentLine
from accountdesk.services.audit import AuditInfo
from accountdesk.services.case_import import CaseImport
from accountdesk.services.cases import CaseInfo, CustomerSla
from accountdesk.services.demo import DemoSummary
from accountdesk.services.entitlements import MonthUsage
from accountdesk.services.ledger import EntryInfo
from accountdesk.services.portfolio import ContactInfo, CustomerDetail, CustomerSummary
from accountdesk.services.reports import ReportResult
from accountdesk.services.reviews import ReviewInfo

Json = dict[str, Any]


def dec(value: Decimal) -> str:
    return f"{value:.2f}"


def limit(value: Limit) -> int | str:
    return "unlimited" if value is UNLIMITED else value


def tier_json(t: TierSpec) -> Json:
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


def _value(cadence: Cadence | None) -> str | None:
    return None if cadence is None else cadence.value


def summary_json(c: CustomerSummary, today: date) -> Json:
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


def detail_json(d: CustomerDetail, today: date) -> Json:
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


def entry_json(e: EntryInfo) -> Json:
    return {
        "id": e.id,
        "customer": e.customer,
        "date": e.day.isoformat(),
        "hours": e.hours,
        "category": e.category.value,
        "engineer": e.engineer,
        "description": e.description,
        "note": e.note,
        "case": e.case,
        "locked": e.locked,
        "corrects": e.corrects,
        "reason": e.reason,
    }


def allowance_json(a: AllowanceUsage) -> Json:
    return {
        "category": a.category.value,
        "period": a.period.label,
        "included_hours": dec(a.included_hours),
        "used_hours": dec(a.used_hours),
        "remaining_hours": dec(a.remaining_hours),
        "overage_hours": dec(a.overage_hours),
        "overage_rate": dec(a.overage_rate) if a.overage_rate is not None else None,
        "overage_charge": dec(a.overage_charge),
        "overage_lines": [
            {
                "hours": dec(line.hours),
                "rate": dec(line.rate) if line.rate is not None else None,
                "charge": dec(line.charge),
                "tier": line.tier.value,
            }
            for line in a.overage_lines
        ],
    }


def adjustment_json(a: AdjustmentLine) -> Json:
    return {
        "month": a.month,
        "kind": a.kind,
        "category": a.category or None,
        "hours": dec(a.hours),
        "amount": dec(a.amount),
        "reason": a.reason,
        "corrections": list(a.corrections),
    }


def usage_json(u: MonthUsage) -> Json:
    return {
        "customer": u.customer,
        "month": u.month.label,
        "tiers": [t.value for t in u.tiers],
        "fee": dec(u.fee),
        "currency": u.currency,
        "allowances": [allowance_json(a) for a in u.allowances],
        "overage_total": dec(u.overage_total),
        "issued": u.issued is not None,
        "report_id": u.issued,
        "pending_adjustments": [adjustment_json(a) for a in u.pending],
        "hours_by_category": {c.value: str(hours(m)) for c, m in u.hours_by_category.items()},
        "seats": [
            {"item": s.item, "included": limit(s.included), "used": s.used, "period": s.period}
            for s in u.seats
        ],
    }


def review_json(r: ReviewInfo) -> Json:
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
        "summary": r.summary,
        "notes": r.notes,
        "attendees": r.attendees,
        "reason": r.reason,
        "held_at": None if r.held_at is None else r.held_at.isoformat(),
    }


def contact_json(c: ContactInfo) -> Json:
    return {
        "id": c.id,
        "name": c.name,
        "email": c.email,
        "named": c.named,
        "training_seat": c.training_seat,
    }


def demo_json(done: DemoSummary) -> Json:
    return {
        "customers": done.customers,
        "entries": done.entries,
        "contacts": done.contacts,
        "reviews": done.reviews,
        "tier_changes": done.tier_changes,
    }


def report_json(result: ReportResult) -> Json:
    return {
        "customer": result.customer,
        "month": str(result.month),
        "path": str(result.path),
        "report_id": result.report_id,
        "draft": result.draft,
        "pages": result.pages,
        "sha256": result.sha256,
        "total_due": dec(result.total_due),
        "currency": result.currency,
    }


def _local(moment: datetime | None, zone: str) -> str | None:
    """An instant in the customer's zone, with its offset."""
    return None if moment is None else moment.astimezone(ZoneInfo(zone)).isoformat()


def case_json(c: CaseInfo) -> Json:
    """A case; its times in the customer's zone, with their offsets."""
    return {
        "reference": c.reference,
        "customer": c.customer,
        "title": c.title,
        "severity": c.severity.value,
        "timezone": c.timezone,
        "opened_at": _local(c.opened_at, c.timezone),
        "first_response_at": _local(c.first_response_at, c.timezone),
        "resolved_at": _local(c.resolved_at, c.timezone),
        "engineer": c.engineer,
        "escalation_level": c.escalation_level,
        "tier": c.tier.value if c.tier else None,
        "target_minutes": c.target_minutes,
        "due": _local(c.due, c.timezone),
        "state": c.state.value,
        "minutes_left": None if c.left is None else int(c.left.total_seconds() // 60),
        "waiting": [
            {"from": _local(lo, c.timezone), "until": _local(hi, c.timezone)}
            for lo, hi in c.waiting
        ],
        "escalations": [
            {
                "at": _local(e.at, c.timezone),
                "by": e.by,
                "from_level": e.from_level,
                "to_level": e.to_level,
                "reason": e.reason,
            }
            for e in c.escalations
        ],
    }


def sla_json(sla: CustomerSla) -> Json:
    f = sla.figures
    return {
        "customer": sla.customer,
        "month": sla.month.label,
        "tier": sla.tier.value if sla.tier else None,
        "cases_due": f.due,
        "met": f.met,
        "breached": f.breached,
        "attainment": dec(f.attainment) if f.attainment is not None else None,
        "target": dec(f.target) if f.target is not None else None,
        "breach": f.breach,
        "fee": dec(sla.fee),
        "credit_pct": dec(f.credit_pct) if f.credit_pct is not None else None,
        "credit": dec(f.credit),
        "currency": "USD",
        "breaches": [case_json(c) for c in sla.breaches],
        "issued": sla.issued is not None,
        "report_id": sla.issued,
        "pending_adjustments": [adjustment_json(a) for a in sla.pending],
    }


def case_import_json(result: CaseImport) -> Json:
    return {"added": result.added, "updated": result.updated, "unchanged": result.unchanged}


def audit_json(a: AuditInfo) -> Json:
    """One audit row: when (UTC), who (the person, their login, the database role), what."""
    return {
        "id": a.id,
        "at": a.at.isoformat(),
        "actor": a.actor,
        "workstation_user": a.workstation_user,
        "database_role": a.database_role,
        "action": a.action,
        "entity": a.entity,
        "entity_id": a.entity_id,
        "customer_id": a.customer_id,
        "customer": a.customer,
        "detail": a.detail,
        "before": a.before,
        "after": a.after,
    }
