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
from datetime import UTC, date, datetime
from decimal import Decimal
from html import escape
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

from accountdesk.reports.charts import CATEGORY_ORDER, hours_charts
from accountdesk.reports.data import MonthlyReportData, SlaSection
from accountdesk.reports.fonts import (
    CJK,
    SANS,
    SANS_BOLD,
    cjk_markup,
    draw_text,
    fit,
    markup,
    needs_cjk,
    register_fonts,
    text_width,
)
from accountdesk.shipped import resource_path
from accountdesk.wording import N_, Words, words

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
        """A paragraph of markup we wrote ourselves (labels, figures); never customer w."""
        chosen = style or self.body
        if needs_cjk(content):
            chosen = ParagraphStyle(f"{chosen.name}-cjk", parent=chosen, wordWrap="CJK")
            return Paragraph(cjk_markup(content), chosen)
        return Paragraph(content, chosen)

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
    rows = [
        [
            _cjk_cell(cell, col in numeric, total_row and index == len(rows) - 1)
            if isinstance(cell, str) and needs_cjk(cell)
            else cell
            for col, cell in enumerate(row)
        ]
        for index, row in enumerate(rows)
    ]
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


def _cjk_cell(text: str, right: bool, bold: bool) -> Paragraph:
    """A plain cell in Japanese or Chinese: the CJK pieces in the fallback font (it has
    no Latin digits), the rest in the table's own font."""
    style = ParagraphStyle(
        "cjk-cell",
        fontName=SANS_BOLD if bold else SANS,
        fontSize=8,
        leading=10,
        textColor=INK,
        alignment=TA_RIGHT if right else TA_LEFT,
        wordWrap="CJK",
    )
    return Paragraph(cjk_markup(escape(text)), style)


def _header(styles: Styles, names: Sequence[str], numeric: Sequence[int] = ()) -> list[Paragraph]:
    return [
        styles.para(name, styles.head_right if index in numeric else styles.head)
        for index, name in enumerate(names)
    ]


def _empty(styles: Styles, sentence: str) -> Paragraph:
    return styles.para(sentence, styles.muted)


# --- sections ---------------------------------------------------------------


def _tier_text(data: MonthlyReportData) -> str:
    w = words(data.language)
    if len(data.tiers) == 1:
        return data.tiers[0].tier_name
    return "<br/>".join(
        f"{span.tier_name}: {w.short_span(span.first, span.last)}" for span in data.tiers
    )


def _optional(value: str | None) -> str:
    return value if value else "\u2014"


def cover(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Who and when, the account's facts, and the summary box."""
    w = words(data.language)
    _ = w.gettext
    flow: list[Flowable] = [
        styles.para(_("MONTHLY SERVICE REPORT"), styles.label),
        Spacer(1, 3),
        styles.customer_text(data.customer, styles.title),
        styles.para(
            f"{w.month_title(data.month)} \u00b7 {w.span(data.first, data.last)}",
            styles.subtitle,
        ),
        Spacer(1, 8),
    ]
    if data.draft:
        notice = Table(
            [
                [
                    styles.para(
                        _(
                            "<b>Draft.</b> The figures can still change until this report is "
                            "issued; the issued report replaces it."
                        ),
                        styles.notice,
                    )
                ]
            ],
            colWidths=[BODY_WIDTH],
        )
        notice.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),  # else Helvetica, not embedded
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FDF2F1")),
                    ("BOX", (0, 0), (-1, -1), 0.6, DRAFT_RED),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        flow += [notice, Spacer(1, 10)]
    if data.contract_end:
        contract = _("{start} to {end}").format(
            start=w.day(data.contract_start), end=w.day(data.contract_end)
        )
    else:
        contract = _("{start} (open-ended)").format(start=w.day(data.contract_start))
    facts = [
        (_("Customer"), styles.customer_text(data.customer, styles.body)),
        (_("Tier"), styles.para(_tier_text(data), styles.body)),
        (_("Period"), styles.para(w.span(data.first, data.last), styles.body)),
        (_("Customer success manager"), styles.customer_text(_optional(data.csm), styles.body)),
        (_("Technical account manager"), styles.customer_text(_optional(data.tam), styles.body)),
        (_("Contract"), styles.para(contract, styles.body)),
        (_("Report"), styles.para(_report_text(data), styles.body)),
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
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # else Helvetica, not embedded
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
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # else Helvetica, not embedded
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
    _ = words(data.language).gettext
    if data.replaces:
        replaces = _("replaces {report}").format(report=data.replaces)
        return f"{data.report_id}<br/><font color='#616E7C'>{replaces}</font>"
    return data.report_id


_CHARGE = {
    "adjustments": N_("Adjustments to earlier months"),
    "service_credit": N_("SLA service credit"),
}


def _summary_box(data: MonthlyReportData, styles: Styles, width: float) -> Table:
    w = words(data.language)
    _ = w.gettext
    ccy = data.currency
    label, value = width * 0.6, width * 0.4
    rows: list[list[Any]] = [
        [styles.para(_("Summary"), styles.head), ""],
        [styles.para(_("Fee for the period"), styles.summary), w.money_with(data.fee, ccy)],
    ]
    for line in data.allowances:
        name = w.allowance(line.category)
        when = (
            _("{period}, to date").format(period=w.period(line.period))
            if line.quarterly
            else w.period(line.period)
        )
        included = _("{allowance} included").format(allowance=name)
        used = _("{period}, used {hours}").format(period=when, hours=w.hours(line.used_hours))
        rows.append(
            [
                styles.para(
                    f"{included}<br/><font color='#616E7C' size='7'>{used}</font>",
                    styles.summary,
                ),
                _cjk_cell(w.hours(line.included_hours), True, False)
                if needs_cjk(w.hours(line.included_hours))
                else w.hours(line.included_hours),
            ]
        )
    rows.append([styles.para(_("Overage"), styles.summary), w.money_with(data.overage_total, ccy)])
    for charge in data.charges:
        if charge.kind not in ("fee", "overage"):
            named = _(_CHARGE[charge.kind]) if charge.kind in _CHARGE else w.category(charge.kind)
            rows.append(
                [
                    styles.para(named, styles.summary),
                    w.money_with(charge.amount, ccy),
                ]
            )
    rows.append(
        [styles.para(_("Total due"), styles.summary_total), w.money_with(data.total_due, ccy)]
    )
    box = Table(rows, colWidths=[label, value], hAlign="RIGHT")
    style: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), BRAND),
        ("BACKGROUND", (0, 1), (-1, -1), PANEL),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
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
    w = words(data.language)
    _ = w.gettext
    flow: list[Flowable] = [styles.para(_("Allowances"), styles.heading)]
    if not data.allowances:
        return [*flow, _empty(styles, _("No hour allowances apply to this month."))]
    numeric = (1, 2, 3, 4, 5, 6)
    rows: list[list[Any]] = [
        _header(
            styles,
            [
                _("Allowance"),
                _("Included"),
                _("Used"),
                _("Remaining"),
                _("Overage"),
                _("Rate"),
                _("Charge"),
            ],
            numeric,
        )
    ]
    for line in data.allowances:
        name = w.allowance(line.category)
        when = (
            _("{period}, quarter to date").format(period=w.period(line.period))
            if line.quarterly
            else w.period(line.period)
        )
        several = len(line.overage_lines) > 1
        if several:
            count = len(line.overage_lines)
            rate = w.ngettext("{count} rate", "{count} rates", count).format(count=count)
        else:
            rate = (
                "\u2014"
                if line.overage_rate is None
                else _("{amount}/h").format(amount=w.money(line.overage_rate))
            )
        rows.append(
            [
                styles.para(f"{name}<br/><font color='#616E7C'>{when}</font>", styles.cell),
                w.hours(line.included_hours),
                w.hours(line.used_hours),
                w.hours(line.remaining_hours),
                w.hours(line.overage_hours),
                rate,
                w.money(line.overage_charge),
            ]
        )
        # A month charged at two rates (a tier change): one line per rate, each
        # hours x rate = charge.
        for each in line.overage_lines if several else ():
            rows.append(
                [
                    styles.para(
                        "<font color='#616E7C'>\u2003"
                        + _("at the {tier} rate").format(tier=w.tier_name(each.tier))
                        + "</font>",
                        styles.cell,
                    ),
                    "",
                    "",
                    "",
                    w.hours(each.hours),
                    "\u2014"
                    if each.rate is None
                    else _("{amount}/h").format(amount=w.money(each.rate)),
                    w.money(each.charge),
                ]
            )
    widths = [124, 52, 52, 68, 64, 64, 67]  # room for Verbleibend, Mehrstunden
    flow.append(_grid(rows, _fill(widths), numeric))
    flow.append(Spacer(1, 4))
    flow.append(
        styles.para(
            _(
                "Rates and charges in {currency}. Overage is charged in the month in which "
                "the entry that went past the allowance was logged; unused hours do not carry "
                "over unless the contract says so."
            ).format(currency=data.currency),
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
    _ = words(data.language).gettext
    return [
        KeepTogether(
            [styles.para(_("Hours"), styles.heading), hours_charts(data, BODY_WIDTH)],
        )
    ]


def entries(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Every ledger entry of the month, in a table that runs across pages."""
    w = words(data.language)
    _ = w.gettext
    flow: list[Flowable] = [
        styles.para(
            _("Hours logged in {month}").format(month=w.month_title(data.month)), styles.heading
        )
    ]
    if not data.entries:
        none = _("No hours were logged in {month}.").format(month=w.month_title(data.month))
        return [*flow, _empty(styles, none)]
    numeric = (4,)
    rows: list[list[Any]] = [
        _header(
            styles,
            [_("Date"), _("Category"), _("Engineer"), _("Description"), _("Hours")],
            numeric,
        )
    ]
    for entry in data.entries:
        rows.append(
            [
                w.day(entry.day),
                w.category(entry.category),
                styles.customer_text(entry.engineer),
                styles.customer_text(entry.description),
                w.seconds_as_hours(entry.seconds),
            ]
        )
    total = sum(e.seconds for e in data.entries)
    count = len(data.entries)
    rows.append(
        [
            w.ngettext("Total, {count} entry", "Total, {count} entries", count).format(
                count=w.number(count)
            ),
            "",
            "",
            "",
            w.seconds_as_hours(total),
        ]
    )
    table = _grid(rows, _fill([56, 72, 88, 222, 50]), numeric, total_row=True, long=True)
    table.setStyle(TableStyle([("SPAN", (0, -1), (3, -1))]))
    flow.append(table)
    by_category = w.listing(
        [
            f"{w.category(key)} {w.seconds_as_hours(seconds)}"
            for key in CATEGORY_ORDER
            if (seconds := sum(e.seconds for e in data.entries if e.category == key))
        ]
    )
    flow.append(Spacer(1, 4))
    flow.append(styles.para(_("By category: {hours}.").format(hours=by_category), styles.muted))
    if data.corrections:
        flow.append(
            styles.para(
                _("Corrections to earlier months are listed separately below."), styles.muted
            )
        )
    return flow


_ADJUSTED = {"fee": N_("Fee"), "service_credit": N_("SLA service credit")}


def adjustments(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Changes to the money of earlier, issued months, charged or credited here."""
    w = words(data.language)
    _ = w.gettext
    if not data.adjustments:
        return corrections(data, styles)
    ccy = data.currency
    numeric = (2, 3)
    rows: list[list[Any]] = [
        _header(
            styles,
            [
                _("Month"),
                _("What changed"),
                _("Hours"),
                _("Amount ({currency})").format(currency=ccy),
            ],
            numeric,
        )
    ]
    for line in data.adjustments:
        what = (
            _("Overage: {allowance}").format(allowance=w.allowance(line.category))
            if line.kind == "overage"
            else _(_ADJUSTED[line.kind])
            if line.kind in _ADJUSTED
            else line.kind
        )
        rows.append(
            [
                w.period(line.month),
                styles.para(
                    f"{what}<br/><font color='#616E7C'>{markup(line.reason)}</font>",
                    styles.cell,
                ),
                w.hours(line.hours) if line.kind == "overage" else "",
                w.money(line.amount),
            ]
        )
    total = sum((line.amount for line in data.adjustments), Decimal(0))
    rows.append([_("Total adjustments"), "", "", w.money(total)])
    table = _grid(rows, _fill([80, 272, 60, 80]), numeric, total_row=True, long=True)
    table.setStyle(TableStyle([("SPAN", (0, -1), (2, -1))]))
    return [
        styles.para(_("Adjustments to earlier months"), styles.heading),
        table,
        Spacer(1, 4),
        styles.para(
            _(
                "An issued month's figures never change. Anything that changes them later, such "
                "as a correction, a contract change or a support case answered or recorded "
                "late, is charged or credited here, on the next report, and counts in the total "
                "due."
            ),
            styles.muted,
        ),
        *corrections(data, styles),
    ]


def corrections(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Correction entries recorded in the month (reports issued by older versions)."""
    w = words(data.language)
    _ = w.gettext
    if not data.corrections:
        return []
    numeric = (3,)
    rows: list[list[Any]] = [
        _header(
            styles,
            [_("Date"), _("Corrects"), _("Category"), _("Change"), _("Reason")],
            numeric,
        )
    ]
    for line in data.corrections:
        if line.corrects_day is not None:
            if line.corrects_seconds is not None:
                corrects = _("Entry {entry} of {day}, was {hours}").format(
                    entry=line.corrects_id,
                    day=w.day(line.corrects_day),
                    hours=w.seconds_as_hours(line.corrects_seconds),
                )
            else:
                corrects = _("Entry {entry} of {day}").format(
                    entry=line.corrects_id, day=w.day(line.corrects_day)
                )
        else:
            corrects = _("An earlier entry")
        rows.append(
            [
                w.day(line.day),
                styles.para(corrects, styles.cell),
                w.category(line.category),
                w.seconds_as_hours(line.seconds),
                styles.customer_text(line.reason),
            ]
        )
    total = sum(line.seconds for line in data.corrections)
    rows.append([_("Total change"), "", "", w.seconds_as_hours(total), ""])
    table = _grid(rows, _fill([56, 120, 62, 52, 198]), numeric, total_row=True, long=True)
    return [styles.para(_("Corrections recorded this month"), styles.heading), table]


def reviews(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """The month's reviews, counted from the same list that follows the counts (owed =
    held + not held + coming up), then the reviews planned after the month."""
    w = words(data.language)
    _ = w.gettext
    flow: list[Flowable] = [styles.para(_("Reviews"), styles.heading)]
    month = w.month_title(data.month)
    tallies = data.review_tallies
    # Reports issued before the split was recorded have owed and held only.
    split = all(t.not_held is not None and t.coming_up is not None for t in tallies)
    if tallies and split:
        numeric = (1, 2, 3, 4)
        rows: list[list[Any]] = [
            _header(
                styles,
                [
                    _("Review"),
                    _("Owed"),
                    w.pgettext("count", "Held"),
                    _("Not held"),
                    _("Coming up"),
                ],
                numeric,
            )
        ]
        for tally in tallies:
            rows.append(
                [
                    w.review_kind(tally.kind),
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
                _("Not held: missed, cancelled, or its time passed without a record."),
                styles.muted,
            ),
            Spacer(1, 8),
        ]
    elif tallies:
        rows = [_header(styles, [_("Review"), _("Owed"), w.pgettext("count", "Held")], (1, 2))]
        for tally in tallies:
            rows.append([w.review_kind(tally.kind), str(tally.owed), str(tally.held)])
        flow += [_grid(rows, _fill([300, 96, 96]), (1, 2)), Spacer(1, 8)]
    if data.reviews:
        rows = [
            _header(styles, [_("Date"), _("Review"), _("Status"), w.pgettext("review", "Summary")])
        ]
        for review in data.reviews:
            notes = review.summary if review.state == "held" else review.reason
            status = w.review_state(review.state)
            rows.append(
                [
                    w.day(review.due),
                    w.review_kind(review.kind),
                    # When it was held: written by us, digits only.
                    styles.para(f"{status}<br/>{review.held_at}", styles.cell)
                    if review.held_at
                    else status,
                    styles.customer_text(notes),
                ]
            )
        flow.append(_grid(rows, _fill([56, 122, 80, 234]), long=True))
    else:
        flow.append(_empty(styles, _("No reviews were due in {month}.").format(month=month)))
    flow.append(styles.para(_("Coming up after {month}").format(month=month), styles.subheading))
    if data.upcoming:
        rows = [_header(styles, [_("Date"), _("Time"), _("Review")])]
        for review in data.upcoming:
            rows.append(
                [
                    w.day(review.due),
                    review.starts,
                    w.review_kind(review.kind),
                ]
            )
        flow.append(_grid(rows, _fill([56, 140, 296])))
    else:
        flow.append(_empty(styles, _("No later reviews are scheduled yet.")))
    return flow


def seats(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """Named contacts, training seats and on-site sessions used against the tier."""
    w = words(data.language)
    _ = w.gettext
    if not data.seats:
        return []
    numeric = (1, 2)
    rows: list[list[Any]] = [
        _header(styles, [_("Item"), _("Included"), _("Used"), _("Counted")], numeric)
    ]
    for seat in data.seats:
        if seat.period == "now":
            counted = _("At the end of the month")
        else:
            first, _slash, end = seat.period.partition("/")
            counted = (
                _("Contract year from {day}").format(day=w.day(date.fromisoformat(first)))
                if end
                else seat.period
            )
        rows.append(
            [
                w.seat(seat.item),
                w.limit(seat.included),
                str(seat.used),
                counted,
            ]
        )
    return [
        KeepTogether(
            [
                styles.para(_("Seats and sessions"), styles.heading),
                _grid(rows, _fill([180, 70, 60, 182]), numeric),
            ]
        )
    ]


COVERAGE = {"24x7": N_("around the clock"), "business_hours": N_("business hours")}


def _target(w: Words, minutes: int | None, coverage: str | None) -> str:
    """`240, business_hours` as `4 h, business hours`."""
    _ = w.gettext
    if minutes is None:
        return "\u2014"
    if minutes < 60 or minutes % 60:
        amount = _("{minutes} min").format(minutes=minutes)
    else:
        amount = _("{hours} h").format(hours=minutes // 60)
    if not coverage:
        return amount
    hours = _(COVERAGE[coverage]) if coverage in COVERAGE else coverage
    return _("{time}, {hours}").format(time=amount, hours=hours)


def _local(w: Words, moment: datetime | None, zone: ZoneInfo) -> str:
    if moment is None:
        return w.gettext("No response")
    if moment.tzinfo is None:  # stored in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _sla_verdict(w: Words, sla: SlaSection, month: str) -> str:
    _ = w.gettext
    if sla.attainment is None:
        return _("No cases were due in {month}, so there is no attainment this month.").format(
            month=month
        )
    figures = {"attainment": w.percent(sla.attainment), "target": w.percent(sla.target)}
    if not sla.breach:
        return _("The SLA was met: {attainment} against a target of {target}.").format(**figures)
    verdict = _("The SLA was not met: {attainment} against a target of {target}.").format(**figures)
    if sla.credit:
        credit = _(
            "A service credit of {credit} of the month's fee is deducted from the amount due."
        ).format(credit=w.percent(sla.credit_pct))
        # Two sentences: Japanese and Chinese join them without a space.
        return _("{verdict} {credit}").format(verdict=verdict, credit=credit)
    return verdict


def sla(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """The response SLA: cases due by severity, met, attainment against the target, the
    breaches with their times in the customer's zone, and the verdict (Professional and
    Enterprise; reports issued before this section have none)."""
    w = words(data.language)
    _ = w.gettext
    section = data.sla
    if section is None:
        return []
    month = w.month_title(data.month)
    flow: list[Flowable] = [styles.para(_("Support cases and SLA"), styles.heading)]
    if section.due == 0:
        flow += [_empty(styles, _("No cases were due this month."))]
        return flow
    numeric = (2, 3, 4)
    rows: list[list[Any]] = [
        _header(
            styles,
            [_("Severity"), _("Response target"), _("Due"), _("Met"), _("Attainment")],
            numeric,
        )
    ]
    for line in section.severities:
        rows.append(
            [
                w.severity(line.severity),
                _target(w, line.target_minutes, line.coverage),
                str(line.due),
                str(line.met),
                w.percent(line.attainment),
            ]
        )
    rows.append(
        [
            _("All cases (target {target})").format(target=w.percent(section.target)),
            "",
            str(section.due),
            str(section.met),
            w.percent(section.attainment),
        ]
    )
    table = _grid(rows, _fill([134, 146, 60, 72, 80]), numeric, total_row=True)
    table.setStyle(TableStyle([("SPAN", (0, -1), (1, -1))]))
    flow += [
        table,
        Spacer(1, 4),
        styles.para(_sla_verdict(w, section, month), styles.body),
    ]
    if section.breaches:
        zone = ZoneInfo(data.timezone)
        rows = [
            _header(
                styles, [_("Case"), _("Severity"), w.pgettext("time", "Due"), _("First response")]
            )
        ]
        for breach in section.breaches:
            rows.append(
                [
                    styles.para(
                        f"{markup(breach.reference)}<br/>"
                        f"<font color='#616E7C'>{markup(breach.title)}</font>",
                        styles.cell,
                    ),
                    w.severity(breach.severity),
                    _local(w, breach.due, zone),
                    _local(w, breach.responded, zone),
                ]
            )
        flow += [
            styles.para(_("Responses not made in time"), styles.subheading),
            _grid(rows, _fill([194, 78, 110, 110]), long=True),
            Spacer(1, 3),
            styles.para(_("Times in {zone}.").format(zone=markup(data.timezone)), styles.muted),
        ]
    flow.append(Spacer(1, 2))
    flow.append(
        styles.para(
            _(
                "A case counts in the month its response fell due. Cases that fall due after "
                "the month is issued, or answers recorded later, are settled on a later report."
            ),
            styles.muted,
        )
    )
    return flow


def amount_due(data: MonthlyReportData, styles: Styles) -> list[Flowable]:
    """The fee, each overage charge (and later credits), and the total due."""
    w = words(data.language)
    _ = w.gettext
    ccy = data.currency
    rows: list[list[Any]] = [
        _header(styles, ["", _("Amount ({currency})").format(currency=ccy)], (1,))
    ]
    by_category = {line.category: line for line in data.allowances}
    for charge in data.charges:
        if charge.kind == "fee":
            month_days = (data.last - data.first).days + 1
            detail = "<br/>".join(
                "<font color='#616E7C'>"
                + w.ngettext(
                    "{tier}, {span}: {days} of {month_days} day at {fee} a month",
                    "{tier}, {span}: {days} of {month_days} days at {fee} a month",
                    month_days,
                ).format(
                    tier=span.tier_name,
                    span=w.span(span.first, span.last),
                    days=(span.last - span.first).days + 1,
                    month_days=month_days,
                    fee=w.money_with(span.monthly_fee, ccy),
                )
                + "</font>"
                for span in data.tiers
            )
            fee = _("Fee for the period (prorated by days)")
            label = styles.para(f"{fee}<br/>{detail}", styles.cell)
        elif charge.kind == "overage":
            line = by_category.get(charge.category)
            name = w.allowance(charge.category)
            extra = ""
            if line is not None:
                extra = "".join(
                    "<br/><font color='#616E7C'>"
                    + _("{hours} at {rate} an hour = {charge}").format(
                        hours=w.hours(each.hours),
                        rate=w.money_with(each.rate, ccy),
                        charge=w.money_with(each.charge, ccy),
                    )
                    + "</font>"
                    for each in line.overage_lines
                    if each.rate is not None
                )
                if not line.overage_lines and line.overage_rate is not None:
                    extra = (
                        "<br/><font color='#616E7C'>"
                        + _("{hours} at {rate} an hour").format(
                            hours=w.hours(line.overage_hours),
                            rate=w.money_with(line.overage_rate, ccy),
                        )
                        + "</font>"
                    )
            overage = _("Overage: {allowance}").format(allowance=name)
            label = styles.para(f"{overage}{extra}", styles.cell)
        elif charge.kind == "adjustments":
            count = len(data.adjustments)
            listed = w.ngettext(
                "{count} line, listed above", "{count} lines, listed above", count
            ).format(count=count)
            label = styles.para(
                f"{_('Adjustments to earlier months')}<br/><font color='#616E7C'>{listed}</font>",
                styles.cell,
            )
        elif charge.kind == "service_credit" and data.sla is not None:
            sla = data.sla
            why = _(
                "Attainment {attainment} below the {target} target: {credit} of the month's fee"
            ).format(
                attainment=w.percent(sla.attainment),
                target=w.percent(sla.target),
                credit=w.percent(sla.credit_pct),
            )
            label = styles.para(
                f"{_('SLA service credit')}<br/><font color='#616E7C'>{why}</font>",
                styles.cell,
            )
        else:
            label = styles.para(w.category(charge.kind), styles.cell)
        rows.append([label, w.money(charge.amount)])
    rows.append([_("Total due"), w.money_with(data.total_due, ccy)])
    table = _grid(rows, _fill([352, 140]), (1,), total_row=True)
    table.setStyle(TableStyle([("FONTSIZE", (0, -1), (-1, -1), 10)]))
    return [KeepTogether([styles.para(_("Amount due"), styles.heading), table])]


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
    w = words(data.language)
    _ = w.gettext
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
    caption = _("Monthly service report \u00b7 {month}").format(month=w.month_title(data.month))
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
        state = _("Issued {day}").format(day=w.day(data.issued_at.date()))
    else:
        state = _("Draft of {day}, not issued").format(day=w.day(data.generated_at.date()))
    report = _("Report {report}").format(report=data.report_id)
    footer = " \u00b7 ".join(x for x in (report, state, data.footer) if x)
    numbered = _("Page {page} of {pages}").format(page=page, pages=pages)
    # Longer words (German) must not run the footer into the page count.
    room = BODY_WIDTH - text_width(numbered, SANS, 7.5) - 6 * mm
    draw_text(canvas, MARGIN, 9.5 * mm, fit(footer, SANS, 7.5, room), SANS, 7.5)
    draw_text(canvas, right, 9.5 * mm, numbered, SANS, 7.5, align="right")

    if data.draft:
        # Over the content, translucent, so nothing can be read as final.
        canvas.setFillColor(DRAFT_RED)
        canvas.setFillAlpha(0.13)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(45)
        canvas.setFont(SANS_BOLD, 120)
        draft = _("DRAFT")
        if needs_cjk(draft):
            canvas.setFont(CJK, 120)
        canvas.drawCentredString(0, -42, draft)
    canvas.restoreState()


def build_report(data: MonthlyReportData, sections: Sequence[Section] = SECTIONS) -> BuiltReport:
    """The report as PDF bytes. Same data, same bytes."""
    styles = make_styles()
    w = words(data.language)
    _ = w.gettext
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
        title=_("Monthly service report \u2014 {customer} \u2014 {month}").format(
            customer=data.customer, month=w.month_title(data.month)
        ),
        author=data.vendor,
        subject=_("{service}: monthly service report {report}").format(
            service=data.service, report=data.report_id
        ),
        creator="AccountDesk",
        invariant=1,
        # Our own font from the start, so no unembedded Helvetica is named in the file.
        initialFontName=SANS,
        lang=w.language,
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
