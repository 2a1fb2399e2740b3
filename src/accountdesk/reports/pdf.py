"""The monthly service report as a PDF, built from plain data.

The body is a list of section builders, each turning the report data into
flowables; a new section (support cases and SLA) is one more function in
`SECTIONS`. Every page carries the vendor header, "Page N of M" and the report
id, and a diagonal DRAFT mark until the month is issued. Output is byte-for-byte
reproducible for the same data (ReportLab's invariant mode), so an issued report
exported again is the same file.
"""

from __future__ import annotations

import base64
import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from accountdesk import wording as text
from accountdesk.reports.charts import CATEGORY_ORDER, hours_charts
from accountdesk.reports.data import MonthlyReportData, SlaSection
from accountdesk.reports.fonts import (
    SANS,
    SANS_BOLD,
    draw_text,
    fit,
    markup,
    needs_cjk,
    register_fonts,
)
from accountdesk.shipped import resource_path

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP = 33 * mm  # header band above the frame
BOTTOM = 20 * mm  # footer band below the frame
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
BRAND = colors.HexColor("#16365C")
ACCENT = colors.HexColor("#2BB3A3")
RULE = colors.HexColor("#D9E2EC")
ZEBRA = colors.HexColor("#F5F7FA")
PANEL = colors.HexColor("#EEF3F8")
DRAFT_RED = colors.HexColor("#C0392B")


@dataclass(frozen=True)
class BuiltReport:
    pdf: bytes
    pages: int


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    notice: ParagraphStyle
    summary: ParagraphStyle
    summary_total: ParagraphStyle

    def para(self, content: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of markup we wrote ourselves (labels, figures); never customer text."""
        return Paragraph(content, style or self.body)

    def customer_text(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of customer text (names, notes, descriptions): escaped, never markup.
        Japanese and Chinese wrap between any two characters, as those scripts do."""
        chosen = style or self.cell
        if needs_cjk(value):
            chosen = ParagraphStyle(f"{chosen.name}-cjk", parent=chosen, wordWrap="CJK")
        return Paragraph(markup(value), chosen)


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12, textColor=INK)
    return Styles(
        body=body,
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        label=ParagraphStyle(
            "label", parent=body, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=ACCENT
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=20, leading=25, textColor=BRAND
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=10.5, leading=14),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            textColor=BRAND,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        # Kept with the table it introduces, so it never ends a page alone.
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=SANS_BOLD,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
        head=ParagraphStyle(
            "head", parent=body, fontName=SANS_BOLD, fontSize=7.5, leading=9, textColor=colors.white
        ),
        head_right=ParagraphStyle(
            "head-right",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=7.5,
            leading=9,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        notice=ParagraphStyle(
            "notice",
            parent=body,
            fontSize=8.5,
            leading=11,
            textColor=DRAFT_RED,
            alignment=TA_LEFT,
        ),
        summary=ParagraphStyle("summary", parent=body, fontSize=8.5, leading=11),
        summary_total=ParagraphStyle(
            "summary-total", parent=body, fontName=SANS_BOLD, fontSize=10.5, leading=13
        ),
    )


Section = Callable[[MonthlyReportData, Styles], list[Flowable]]


# --- tables -----------------------------------------------------------------


class _SplitsTallRows(Table):
    """A table that splits between rows, as any table does, and splits inside a row
    only when that row is taller than a whole page (a note of thousands of characters):
    its text then wraps on over the next pages. Rows that fit on a page are never cut,
    so every report without such a row comes out exactly as before."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.splitInRow = 0
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts or not self._has_row_taller_than_a_page():
            return parts
        self.splitInRow = 1
        parts = super().split(availWidth, availHeight)
        self.splitInRow = 0
        return parts

    def _has_row_taller_than_a_page(self) -> bool:
        heights: list[float] = list(self._rowHeights)
        repeated = self.repeatRows if isinstance(self.repeatRows, int) else 0
        header = sum(heights[:repeated])
        return any(header + height > FRAME_HEIGHT for height in heights[repeated:])


class _Grid(_SplitsTallRows):
    pass


class _LongGrid(_SplitsTallRows, LongTable):
    pass


def _grid(
    rows: list[list[Any]],
    widths: Sequence[float],
    numeric: Sequence[int] = (),
    total_row: bool = False,
    long: bool = False,
) -> Table:
    """A data table: navy header row (repeated on each page), zebra rows, numbers right.
    A row too tall for a page (a long note) splits across pages, its text wrapping on."""
    kind = _LongGrid if long else _Grid
    table = kind(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 1), (-1, -1), 8),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), BRAND),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    style += [("ALIGN", (col, 1), (col, -1), "RIGHT") for col in numeric]
    if total_row:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD),
            ("BACKGROUND", (0, -1), (-1, -1), PANEL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, BRAND),
        ]
    table.setStyle(TableStyle(style))
    return table


def _header(styles: Styles, names: Sequence[str], numeric: Sequence[int] = ()) -> list[Paragraph]:
    return [
        styles.para(name, styles.head_right if index in numeric else styles.head)
        for index, name in enumerate(names)
    ]


def _empty(styles: Styles, sentence: str) -> Paragraph:
    return styles.para(sentence, styles.muted)


# --- sections ---------------------------------------------------------------


def _tier_text(data: MonthlyReportData) -> str:
    if len(data.tiers) == 1:
        return data.tiers[0].tier_name
    return "<br/>".join(
        f"{span.tier_name}: {text.short_span(span.first, span.last)}" for span in data.tiers
    )


def _optional(value: str | None) -> str:
    return value if value else "\u2014"


def cover(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Who and when, the account's facts, and the summary box."""
    flow: list[Flowable] = [
        styles.para("MONTHLY SERVICE REPORT", styles.label),
        Spacer(1, 3),
        styles.customer_text(data.customer, styles.title),
        styles.para(
            f"{text.month_title(data.month)} \u00b7 {text.span(data.first, data.last)}",
            styles.subtitle,
        ),
        Spacer(1, 8),
    ]
    if data.draft:
        notice = Table(
            [
                [
                    styles.para(
                        "<b>Draft.</b> The figures can still change until this report is "
                        "issued; the issued report replaces it.",
                        styles.notice,
                    )
                ]
            ],
            colWidths=[BODY_WIDTH],
        )
        notice.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FDF2F1")),
                    ("BOX", (0, 0), (-1, -1), 0.6, DRAFT_RED),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        flow += [notice, Spacer(1, 10)]
    contract = text.day(data.contract_start) + (
        f" to {text.day(data.contract_end)}" if data.contract_end else " (open-ended)"
    )
    facts = [
        ("Customer", styles.customer_text(data.customer, styles.body)),
        ("Tier", styles.para(_tier_text(data), styles.body)),
        ("Period", styles.para(text.span(data.first, data.last), styles.body)),
        ("Customer success manager", styles.customer_text(_optional(data.csm), styles.body)),
        ("Technical account manager", styles.customer_text(_optional(data.tam), styles.body)),
        ("Contract", styles.para(contract, styles.body)),
        ("Report", styles.para(_report_text(data), styles.body)),
    ]
    left_width = BODY_WIDTH * 0.54
    right_width = BODY_WIDTH - left_width - 12
    account = Table(
        [[styles.para(label, styles.muted), value] for label, value in facts],
        colWidths=[43 * mm, left_width - 43 * mm],
        hAlign="LEFT",
    )
    account.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    layout = Table(
        [[account, _summary_box(data, styles, right_width)]],
        colWidths=[left_width + 12, right_width],
        hAlign="LEFT",
    )
    layout.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    flow.append(layout)
    return flow


def _report_text(data: MonthlyReportData) -> str:
    """The report id; a new revision names the one it replaces."""
    if data.replaces:
        return f"{data.report_id}<br/><font color='#616E7C'>replaces {data.replaces}</font>"
    return data.report_id


_CHARGE = {"adjustments": "Adjustments to earlier months", "service_credit": "SLA service credit"}


def _summary_box(data: MonthlyReportData, styles: Styles, width: float) -> Table:
    ccy = data.currency
    label, value = width * 0.6, width * 0.4
    rows: list[list[Any]] = [
        [styles.para("Summary", styles.head), ""],
        [styles.para("Fee for the period", styles.summary), text.money_with(data.fee, ccy)],
    ]
    for line in data.allowances:
        name = text.ALLOWANCE.get(line.category, text.category(line.category))
        when = text.period(line.period) + (", to date" if line.quarterly else "")
        rows.append(
            [
                styles.para(
                    f"{name} included<br/><font color='#616E7C' size='7'>{when}, "
                    f"used {text.hours(line.used_hours)}</font>",
                    styles.summary,
                ),
                text.hours(line.included_hours),
            ]
        )
    rows.append([styles.para("Overage", styles.summary), text.money_with(data.overage_total, ccy)])
    for charge in data.charges:
        if charge.kind not in ("fee", "overage"):
            named = _CHARGE.get(charge.kind) or text.category(charge.kind)
            rows.append(
                [
                    styles.para(named, styles.summary),
                    text.money_with(charge.amount, ccy),
                ]
            )
    rows.append(
        [styles.para("Total due", styles.summary_total), text.money_with(data.total_due, ccy)]
    )
    box = Table(rows, colWidths=[label, value], hAlign="RIGHT")
    style: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), BRAND),
        ("BACKGROUND", (0, 1), (-1, -1), PANEL),
        ("FONTNAME", (0, 1), (-1, -1), SANS),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("ALIGN", (1, 1), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("LINEBELOW", (0, 1), (-1, -3), 0.4, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, BRAND),
        ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD),
        ("FONTSIZE", (0, -1), (-1, -1), 10.5),
        ("VALIGN", (0, -1), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, -1), (-1, -1), 7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ("BOX", (0, 0), (-1, -1), 0.8, BRAND),
    ]
    box.setStyle(TableStyle(style))
    return box


def allowances(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Every hour allowance: included, used, remaining, overage hours and charge."""
    flow: list[Flowable] = [styles.para("Allowances", styles.heading)]
    if not data.allowances:
        return [*flow, _empty(styles, "No hour allowances apply to this month.")]
    numeric = (1, 2, 3, 4, 5, 6)
    rows: list[list[Any]] = [
        _header(
            styles,
            ["Allowance", "Included", "Used", "Remaining", "Overage", "Rate", "Charge"],
            numeric,
        )
    ]
    for line in data.allowances:
        name = text.ALLOWANCE.get(line.category, text.category(line.category))
        when = (
            f"{text.period(line.period)}, quarter to date"
            if line.quarterly
            else text.period(line.period)
        )
        several = len(line.overage_lines) > 1
        if several:
            rate = f"{len(line.overage_lines)} rates"
        else:
            rate = "\u2014" if line.overage_rate is None else f"{text.money(line.overage_rate)}/h"
        rows.append(
            [
                styles.para(f"{name}<br/><font color='#616E7C'>{when}</font>", styles.cell),
                text.hours(line.included_hours),
                text.hours(line.used_hours),
                text.hours(line.remaining_hours),
                text.hours(line.overage_hours),
                rate,
                text.money(line.overage_charge),
            ]
        )
        # A month charged at two rates (a tier change): one line per rate, each
        # hours x rate = charge.
        for each in line.overage_lines if several else ():
            rows.append(
                [
                    styles.para(
                        f"<font color='#616E7C'>\u2003at the {text.tier_name(each.tier)} rate"
                        "</font>",
                        styles.cell,
                    ),
                    "",
                    "",
                    "",
                    text.hours(each.hours),
                    "\u2014" if each.rate is None else f"{text.money(each.rate)}/h",
                    text.money(each.charge),
                ]
            )
    widths = [148, 52, 52, 58, 52, 64, 67]
    flow.append(_grid(rows, _fill(widths), numeric))
    flow.append(Spacer(1, 4))
    flow.append(
        styles.para(
            f"Rates and charges in {data.currency}. Overage is charged in the month in which "
            "the entry that went past the allowance was logged; unused hours do not carry over "
            "unless the contract says so.",
            styles.muted,
        )
    )
    return flow


def _fill(widths: Sequence[float]) -> list[float]:
    """Column widths scaled to the body width."""
    scale = BODY_WIDTH / sum(widths)
    return [w * scale for w in widths]


def charts(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Hours by category this month, and the last six months."""
    return [
        KeepTogether(
            [styles.para("Hours", styles.heading), hours_charts(data, BODY_WIDTH)],
        )
    ]


def entries(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Every ledger entry of the month, in a table that runs across pages."""
    flow: list[Flowable] = [
        styles.para(f"Hours logged in {text.month_title(data.month)}", styles.heading)
    ]
    if not data.entries:
        return [*flow, _empty(styles, f"No hours were logged in {text.month_title(data.month)}.")]
    numeric = (4,)
    rows: list[list[Any]] = [
        _header(styles, ["Date", "Category", "Engineer", "Description", "Hours"], numeric)
    ]
    for entry in data.entries:
        rows.append(
            [
                text.day(entry.day),
                text.category(entry.category),
                styles.customer_text(entry.engineer),
                styles.customer_text(entry.description),
                text.seconds_as_hours(entry.seconds),
            ]
        )
    total = sum(e.seconds for e in data.entries)
    count = len(data.entries)
    rows.append(
        [
            f"Total, {text.plural(count, 'entry', 'entries')}",
            "",
            "",
            "",
            text.seconds_as_hours(total),
        ]
    )
    table = _grid(rows, _fill([56, 62, 88, 232, 50]), numeric, total_row=True, long=True)
    table.setStyle(TableStyle([("SPAN", (0, -1), (3, -1))]))
    flow.append(table)
    by_category = ", ".join(
        f"{text.category(key)} {text.seconds_as_hours(seconds)}"
        for key in CATEGORY_ORDER
        if (seconds := sum(e.seconds for e in data.entries if e.category == key))
    )
    flow.append(Spacer(1, 4))
    flow.append(styles.para(f"By category: {by_category}.", styles.muted))
    if data.corrections:
        flow.append(
            styles.para("Corrections to earlier months are listed separately below.", styles.muted)
        )
    return flow


_ADJUSTED = {"fee": "Fee", "service_credit": "SLA service credit"}


def adjustments(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Changes to the money of earlier, issued months, charged or credited here."""
    if not data.adjustments:
        return corrections(data, styles)
    ccy = data.currency
    numeric = (2, 3)
    rows: list[list[Any]] = [
        _header(styles, ["Month", "What changed", "Hours", f"Amount ({ccy})"], numeric)
    ]
    for line in data.adjustments:
        what = (
            f"Overage: {text.ALLOWANCE.get(line.category, text.category(line.category))}"
            if line.kind == "overage"
            else _ADJUSTED.get(line.kind, line.kind)
        )
        rows.append(
            [
                text.period(line.month),
                styles.para(
                    f"{what}<br/><font color='#616E7C'>{markup(line.reason)}</font>",
                    styles.cell,
                ),
                text.hours(line.hours) if line.kind == "overage" else "",
                text.money(line.amount),
            ]
        )
    total = sum((line.amount for line in data.adjustments), Decimal(0))
    rows.append(["Total adjustments", "", "", text.money(total)])
    table = _grid(rows, _fill([80, 272, 60, 80]), numeric, total_row=True, long=True)
    table.setStyle(TableStyle([("SPAN", (0, -1), (2, -1))]))
    return [
        styles.para("Adjustments to earlier months", styles.heading),
        table,
        Spacer(1, 4),
        styles.para(
            "An issued month's figures never change. Anything that changes them later, such "
            "as a correction, a contract change or a support case answered or recorded "
            "late, is charged or credited here, on the next report, and counts in the total "
            "due.",
            styles.muted,
        ),
        *corrections(data, styles),
    ]


def corrections(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Correction entries recorded in the month (reports issued by older versions)."""
    if not data.corrections:
        return []
    numeric = (3,)
    rows: list[list[Any]] = [
        _header(styles, ["Date", "Corrects", "Category", "Change", "Reason"], numeric)
    ]
    for line in data.corrections:
        if line.corrects_day is not None:
            was = (
                f", was {text.seconds_as_hours(line.corrects_seconds)}"
                if line.corrects_seconds is not None
                else ""
            )
            corrects = f"Entry {line.corrects_id} of {text.day(line.corrects_day)}{was}"
        else:
            corrects = "An earlier entry"
        rows.append(
            [
                text.day(line.day),
                styles.para(corrects, styles.cell),
                text.category(line.category),
                text.seconds_as_hours(line.seconds),
                styles.customer_text(line.reason),
            ]
        )
    total = sum(line.seconds for line in data.corrections)
    rows.append(["Total change", "", "", text.seconds_as_hours(total), ""])
    table = _grid(rows, _fill([56, 120, 62, 52, 198]), numeric, total_row=True, long=True)
    return [styles.para("Corrections recorded this month", styles.heading), table]


def reviews(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """The month's reviews, counted from the same list that follows the counts (owed =
    held + not held + coming up), then the reviews planned after the month."""
    flow: list[Flowable] = [styles.para("Reviews", styles.heading)]
    month = text.month_title(data.month)
    tallies = data.review_tallies
    # Reports issued before the split was recorded have owed and held only.
    split = all(t.not_held is not None and t.coming_up is not None for t in tallies)
    if tallies and split:
        numeric = (1, 2, 3, 4)
        rows: list[list[Any]] = [
            _header(styles, ["Review", "Owed", "Held", "Not held", "Coming up"], numeric)
        ]
        for tally in tallies:
            rows.append(
                [
                    text.REVIEW_KIND.get(tally.kind, tally.kind),
                    str(tally.owed),
                    str(tally.held),
                    str(tally.not_held),
                    str(tally.coming_up),
                ]
            )
        flow += [
            _grid(rows, _fill([224, 67, 67, 67, 67]), numeric),
            Spacer(1, 3),
            styles.para(
                "Not held: missed, cancelled, or its time passed without a record.", styles.muted
            ),
            Spacer(1, 8),
        ]
    elif tallies:
        rows = [_header(styles, ["Review", "Owed", "Held"], (1, 2))]
        for tally in tallies:
            rows.append(
                [text.REVIEW_KIND.get(tally.kind, tally.kind), str(tally.owed), str(tally.held)]
            )
        flow += [_grid(rows, _fill([300, 96, 96]), (1, 2)), Spacer(1, 8)]
    if data.reviews:
        rows = [_header(styles, ["Date", "Review", "Status", "Summary"])]
        for review in data.reviews:
            notes = review.summary if review.state == "held" else review.reason
            status = text.REVIEW_STATE.get(review.state, review.state)
            rows.append(
                [
                    text.day(review.due),
                    text.REVIEW_KIND.get(review.kind, review.kind),
                    # When it was held: written by us, digits only.
                    styles.para(f"{status}<br/>{review.held_at}", styles.cell)
                    if review.held_at
                    else status,
                    styles.customer_text(notes),
                ]
            )
        flow.append(_grid(rows, _fill([56, 122, 80, 234]), long=True))
    else:
        flow.append(_empty(styles, f"No reviews were due in {month}."))
    flow.append(styles.para(f"Coming up after {month}", styles.subheading))
    if data.upcoming:
        rows = [_header(styles, ["Date", "Time", "Review"])]
        for review in data.upcoming:
            rows.append(
                [
                    text.day(review.due),
                    review.starts,
                    text.REVIEW_KIND.get(review.kind, review.kind),
                ]
            )
        flow.append(_grid(rows, _fill([56, 140, 296])))
    else:
        flow.append(_empty(styles, "No later reviews are scheduled yet."))
    return flow


def seats(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Named contacts, training seats and on-site sessions used against the tier."""
    if not data.seats:
        return []
    numeric = (1, 2)
    rows: list[list[Any]] = [_header(styles, ["Item", "Included", "Used", "Counted"], numeric)]
    for seat in data.seats:
        if seat.period == "now":
            counted = "At the end of the month"
        else:
            first, _, end = seat.period.partition("/")
            counted = f"Contract year from {first}" if end else seat.period
        rows.append(
            [
                text.SEAT.get(seat.item, seat.item),
                text.limit(seat.included),
                str(seat.used),
                counted,
            ]
        )
    return [
        KeepTogether(
            [
                styles.para("Seats and sessions", styles.heading),
                _grid(rows, _fill([180, 70, 60, 182]), numeric),
            ]
        )
    ]


SEVERITY = {"critical": "Critical", "high": "High", "normal": "Normal", "low": "Low"}
COVERAGE = {"24x7": "around the clock", "business_hours": "business hours"}


def _percent(value: Decimal | None) -> str:
    return "\u2014" if value is None else f"{value:.2f} %"


def _target(minutes: int | None, coverage: str | None) -> str:
    """`240, business_hours` as `4 h, business hours`."""
    if minutes is None:
        return "\u2014"
    amount = f"{minutes} min" if minutes < 60 or minutes % 60 else f"{minutes // 60} h"
    return f"{amount}, {COVERAGE.get(coverage or '', coverage or '')}".rstrip(", ")


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    if moment is None:
        return "No response"
    if moment.tzinfo is None:  # stored in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _sla_verdict(sla: SlaSection, month: str) -> str:
    if sla.attainment is None:
        return f"No cases were due in {month}, so there is no attainment this month."
    against = f"{_percent(sla.attainment)} against a target of {_percent(sla.target)}"
    if not sla.breach:
        return f"The SLA was met: {against}."
    verdict = f"The SLA was not met: {against}."
    if sla.credit:
        return (
            f"{verdict} A service credit of {_percent(sla.credit_pct)} of the month's fee is "
            "deducted from the amount due."
        )
    return verdict


def sla(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """The response SLA: cases due by severity, met, attainment against the target, the
    breaches with their times in the customer's zone, and the verdict (Professional and
    Enterprise; reports issued before this section have none)."""
    section = data.sla
    if section is None:
        return []
    month = text.month_title(data.month)
    flow: list[Flowable] = [styles.para("Support cases and SLA", styles.heading)]
    if section.due == 0:
        flow += [_empty(styles, "No cases were due this month.")]
        return flow
    numeric = (2, 3, 4)
    rows: list[list[Any]] = [
        _header(styles, ["Severity", "Response target", "Due", "Met", "Attainment"], numeric)
    ]
    for line in section.severities:
        rows.append(
            [
                SEVERITY.get(line.severity, line.severity),
                _target(line.target_minutes, line.coverage),
                str(line.due),
                str(line.met),
                _percent(line.attainment),
            ]
        )
    rows.append(
        [
            f"All cases (target {_percent(section.target)})",
            "",
            str(section.due),
            str(section.met),
            _percent(section.attainment),
        ]
    )
    table = _grid(rows, _fill([150, 150, 56, 56, 80]), numeric, total_row=True)
    table.setStyle(TableStyle([("SPAN", (0, -1), (1, -1))]))
    flow += [
        table,
        Spacer(1, 4),
        styles.para(_sla_verdict(section, month), styles.body),
    ]
    if section.breaches:
        zone = ZoneInfo(data.timezone)
        rows = [_header(styles, ["Case", "Severity", "Due", "First response"])]
        for breach in section.breaches:
            rows.append(
                [
                    styles.para(
                        f"{markup(breach.reference)}<br/>"
                        f"<font color='#616E7C'>{markup(breach.title)}</font>",
                        styles.cell,
                    ),
                    SEVERITY.get(breach.severity, breach.severity),
                    _local(breach.due, zone),
                    _local(breach.responded, zone),
                ]
            )
        flow += [
            styles.para("Responses not made in time", styles.subheading),
            _grid(rows, _fill([212, 60, 110, 110]), long=True),
            Spacer(1, 3),
            styles.para(f"Times in {markup(data.timezone)}.", styles.muted),
        ]
    flow.append(Spacer(1, 2))
    flow.append(
        styles.para(
            "A case counts in the month its response fell due. Cases that fall due after "
            "the month is issued, or answers recorded later, are settled on a later report.",
            styles.muted,
        )
    )
    return flow


def amount_due(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """The fee, each overage charge (and later credits), and the total due."""
    ccy = data.currency
    rows: list[list[Any]] = [_header(styles, ["", f"Amount ({ccy})"], (1,))]
    by_category = {line.category: line for line in data.allowances}
    for charge in data.charges:
        if charge.kind == "fee":
            detail = "<br/>".join(
                f"<font color='#616E7C'>{span.tier_name}, {text.span(span.first, span.last)}: "
                f"{(span.last - span.first).days + 1} of {(data.last - data.first).days + 1} days "
                f"at {text.money_with(span.monthly_fee, ccy)} a month</font>"
                for span in data.tiers
            )
            label = styles.para(f"Fee for the period (prorated by days)<br/>{detail}", styles.cell)
        elif charge.kind == "overage":
            line = by_category.get(charge.category)
            name = text.ALLOWANCE.get(charge.category, text.category(charge.category))
            extra = ""
            if line is not None:
                extra = "".join(
                    f"<br/><font color='#616E7C'>{text.hours(each.hours)} at "
                    f"{text.money_with(each.rate, ccy)} an hour = "
                    f"{text.money_with(each.charge, ccy)}</font>"
                    for each in line.overage_lines
                    if each.rate is not None
                )
                if not line.overage_lines and line.overage_rate is not None:
                    extra = (
                        f"<br/><font color='#616E7C'>{text.hours(line.overage_hours)} at "
                        f"{text.money_with(line.overage_rate, ccy)} an hour</font>"
                    )
            label = styles.para(f"Overage: {name}{extra}", styles.cell)
        elif charge.kind == "adjustments":
            count = len(data.adjustments)
            label = styles.para(
                f"Adjustments to earlier months<br/><font color='#616E7C'>{count} "
                f"{'line' if count == 1 else 'lines'}, listed above</font>",
                styles.cell,
            )
        elif charge.kind == "service_credit" and data.sla is not None:
            sla = data.sla
            label = styles.para(
                f"SLA service credit<br/><font color='#616E7C'>Attainment "
                f"{_percent(sla.attainment)} below the {_percent(sla.target)} target: "
                f"{_percent(sla.credit_pct)} of the month's fee</font>",
                styles.cell,
            )
        else:
            label = styles.para(text.category(charge.kind), styles.cell)
        rows.append([label, text.money(charge.amount)])
    rows.append(["Total due", text.money_with(data.total_due, ccy)])
    table = _grid(rows, _fill([352, 140]), (1,), total_row=True)
    table.setStyle(TableStyle([("FONTSIZE", (0, -1), (-1, -1), 10)]))
    return [KeepTogether([styles.para("Amount due", styles.heading), table])]


# The report's body, in order.
SECTIONS: tuple[Section, ...] = (
    cover,
    allowances,
    charts,
    entries,
    adjustments,
    reviews,
    seats,
    sla,
    amount_due,
)


# --- pages ------------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "Page N of M"; dates the file by
    the report (issued or drafted), not by the clock, so the same data gives the same
    bytes."""

    def __init__(
        self,
        *args: Any,
        decorate: Callable[[Canvas, int, int], None],
        stamp: datetime,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._held: list[dict[str, Any]] = []
        utc = stamp.astimezone(UTC)
        self.setDateFormatter(lambda *_: f"D:{utc:%Y%m%d%H%M%S}+00'00'")

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def _logo(data: MonthlyReportData) -> Any:
    """The company's logo (settings), else the product's."""
    if data.logo is None:
        return str(resource_path("logo.png"))
    return ImageReader(io.BytesIO(base64.b64decode(data.logo)))


def _decorate(data: MonthlyReportData, canvas: Canvas, page: int, pages: int) -> None:
    canvas.saveState()
    # Header: the vendor's mark and name left, the customer and month right.
    logo = 11 * mm
    top = PAGE_HEIGHT - 13 * mm
    canvas.drawImage(_logo(data), MARGIN, top - logo, logo, logo, mask="auto")
    canvas.setFillColor(BRAND)
    draw_text(canvas, MARGIN + logo + 3 * mm, top - 4.6 * mm, data.vendor, SANS_BOLD, 11)
    canvas.setFillColor(MUTED)
    draw_text(canvas, MARGIN + logo + 3 * mm, top - 9.2 * mm, data.service, SANS, 8)
    right = PAGE_WIDTH - MARGIN
    canvas.setFillColor(INK)
    name = fit(data.customer, SANS_BOLD, 9, BODY_WIDTH * 0.55)
    draw_text(canvas, right, top - 4.6 * mm, name, SANS_BOLD, 9, align="right")
    canvas.setFillColor(MUTED)
    caption = f"Monthly service report \u00b7 {text.month_title(data.month)}"
    draw_text(canvas, right, top - 9.2 * mm, caption, SANS, 8, align="right")
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, top - logo - 3 * mm, right, top - logo - 3 * mm)

    # Footer: report id and state left, page count right.
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, 14 * mm, right, 14 * mm)
    canvas.setFillColor(MUTED)
    if data.issued_at is not None:
        state = f"Issued {data.issued_at.date().isoformat()}"
    else:
        state = f"Draft of {data.generated_at.date().isoformat()}, not issued"
    footer = " \u00b7 ".join(x for x in (f"Report {data.report_id}", state, data.footer) if x)
    draw_text(canvas, MARGIN, 9.5 * mm, footer, SANS, 7.5)
    draw_text(canvas, right, 9.5 * mm, f"Page {page} of {pages}", SANS, 7.5, align="right")

    if data.draft:
        # Over the content, translucent, so nothing can be read as final.
        canvas.setFillColor(DRAFT_RED)
        canvas.setFillAlpha(0.13)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(45)
        canvas.setFont(SANS_BOLD, 120)
        canvas.drawCentredString(0, -42, "DRAFT")
    canvas.restoreState()


def build_report(data: MonthlyReportData, sections: Sequence[Section] = SECTIONS) -> BuiltReport:
    """The report as PDF bytes. Same data, same bytes."""
    styles = make_styles()
    story: list[Flowable] = []
    for section in sections:
        story += section(data, styles)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=f"Monthly service report \u2014 {data.customer} \u2014 "
        f"{text.month_title(data.month)}",
        author=data.vendor,
        subject=f"{data.service}: monthly service report {data.report_id}",
        creator="AccountDesk",
        invariant=1,
        lang=data.language,
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        BODY_WIDTH,
        FRAME_HEIGHT,
        id="body",
        showBoundary=0,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvasmaker = functools.partial(
        _NumberedCanvas,
        decorate=functools.partial(_decorate, data),
        stamp=data.issued_at or data.generated_at,
    )
    document.build(story, canvasmaker=canvasmaker)
    pdf = buffer.getvalue()
    return BuiltReport(pdf=pdf, pages=document.page)
