"""Report data made by hand for the builder tests: the PDF builder needs no database."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from pypdf import PdfReader

from accountdesk.reports import (
    AllowanceLine,
    CategoryHours,
    ChargeLine,
    EntryLine,
    MonthHours,
    MonthlyReportData,
    ReviewLine,
    ReviewTally,
    SeatLine,
    TierSpan,
)

D = Decimal


def sample_data(**changes: Any) -> MonthlyReportData:
    """The domain document's worked example: Professional, November 2026, 6.5 h of
    consulting: 4.00 included, 2.50 over, 1,250.00 USD."""
    data = MonthlyReportData(
        report_id="SR-00007-202611-DRAFT",
        customer_id=7,
        customer="Acme Analytics",
        month="2026-11",
        first=date(2026, 11, 1),
        last=date(2026, 11, 30),
        language="en",
        timezone="Europe/Lisbon",
        csm="Carla Souza",
        tam="Tomás Ribeiro",
        contract_start=date(2026, 1, 5),
        contract_end=None,
        tiers=(
            TierSpan(
                "professional", "Professional", date(2026, 11, 1), date(2026, 11, 30), D("5000.00")
            ),
        ),
        fee=D("5000.00"),
        currency="USD",
        allowances=(
            AllowanceLine(
                "consulting",
                "2026-11",
                False,
                D("4.00"),
                D("6.50"),
                D("0.00"),
                D("2.50"),
                D("500.00"),
                D("1250.00"),
            ),
        ),
        hours_by_category=(CategoryHours("consulting", 23400), CategoryHours("incident", 2700)),
        trend=tuple(
            MonthHours(f"2026-{month:02d}", (CategoryHours("consulting", 3600 * (month - 4)),))
            for month in range(6, 12)
        ),
        entries=(
            EntryLine(
                11,
                date(2026, 11, 3),
                "consulting",
                "Tomás Ribeiro",
                14400,
                "Architecture review of the payment pipeline",
            ),
            EntryLine(
                12,
                date(2026, 11, 10),
                "consulting",
                "Tomás Ribeiro",
                9000,
                "Design review: ledger sharding",
            ),
            EntryLine(
                13,
                date(2026, 11, 12),
                "incident",
                "Ana Lima",
                2700,
                "Settlement batch stalled; restarted the worker pool",
            ),
        ),
        corrections=(),
        reviews=(
            ReviewLine(
                "architecture_review",
                date(2026, 11, 5),
                "10:00 Europe/Lisbon",
                "held",
                summary="Agreed to split the ledger service",
            ),
        ),
        review_tallies=(ReviewTally("architecture_review", 1, 1), ReviewTally("qbr", 1, 0)),
        upcoming=(
            ReviewLine("architecture_review", date(2026, 12, 7), "10:00 Europe/Lisbon", "planned"),
        ),
        seats=(
            SeatLine("named_contacts", 10, 4, "now"),
            SeatLine("online_training_seats", 2, 1, "now"),
        ),
        charges=(
            ChargeLine("fee", "", D("5000.00")),
            ChargeLine("overage", "consulting", D("1250.00")),
        ),
        generated_at=datetime(2026, 11, 26, 12, 0, tzinfo=UTC),
        generated_by="tester",
    )
    return replace(data, **changes)


def issued(data: MonthlyReportData) -> MonthlyReportData:
    return replace(
        data,
        report_id=data.report_id.removesuffix("-DRAFT"),
        issued_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        issued_by="tester",
    )


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
