"""The report's two charts, drawn with reportlab.graphics: hours by category this
month, and hours per month over the last six months. The stacked month chart is the
window's portfolio chart too (gui/chart.py), in the window's colours and font."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from babel.dates import format_skeleton
from babel.numbers import format_decimal
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from accountdesk.reports.data import MonthlyReportData
from accountdesk.reports.fonts import CJK, SANS, SANS_BOLD, needs_cjk, runs
from accountdesk.wording import Words, current, words

CATEGORY_ORDER = ("consulting", "development", "training", "onsite", "incident")
CATEGORY_COLOUR = {
    "consulting": colors.HexColor("#2E6DB4"),
    "development": colors.HexColor("#2BB3A3"),
    "training": colors.HexColor("#E8A33D"),
    "onsite": colors.HexColor("#8E6CC0"),
    "incident": colors.HexColor("#9AA5B1"),
}
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
GRID = colors.HexColor("#E4E7EB")


def _nice_top(value: float) -> tuple[float, float]:
    """An axis end at or above `value`, and a step giving four or five ticks."""
    if value <= 0:
        return 4.0, 1.0
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step), step


@dataclass(frozen=True)
class ChartStyle:
    """How a chart draws its text and lines: the report's look by default."""

    font: str = SANS
    size: float = 6.5  # labels and legend
    ink: Any = INK
    muted: Any = MUTED
    grid: Any = GRID
    value_label: Callable[[float], str] = lambda value: f"{value:g} h"
    bar_width: float = 10  # a bar's share of its month, against group_spacing
    group_spacing: float = 10


def _cjk(w: Words) -> bool:
    """Japanese and Chinese: names in the CJK fallback font, which has no Latin digits,
    so figures are set apart from them (bare numbers, `2026/11` months)."""
    return needs_cjk(w.gettext("Hours"))


def _hours_label(w: Words) -> Callable[[float], str]:
    if _cjk(w):
        return lambda value: w.number(Decimal(repr(value)).quantize(Decimal("0.01")))
    return lambda value: w.hours(Decimal(repr(value)))


def _seconds(data: MonthlyReportData) -> dict[str, int]:
    found = {c.category: c.seconds for c in data.hours_by_category}
    return {key: max(0, found.get(key, 0)) for key in CATEGORY_ORDER}


class _Drawing(Drawing):
    """A drawing that starts in the report's font: ReportLab's default state names
    Helvetica, which would be the one font of the file not embedded."""

    def draw(self, *args: Any, **kwargs: Any) -> None:
        saved = STATE_DEFAULTS["fontName"]
        STATE_DEFAULTS["fontName"] = SANS
        try:
            super().draw(*args, **kwargs)
        finally:
            STATE_DEFAULTS["fontName"] = saved


def hours_charts(data: MonthlyReportData, width: float, height: float = 178) -> Drawing:
    """Hours by category this month, and hours per month, in the report's language."""
    drawing = _Drawing(width, height)
    gap = 28
    half = (width - gap) / 2
    _by_category(drawing, data, 0, half, height)
    _trend(drawing, data, half + gap, half, height)
    return drawing


def _title(drawing: Drawing, x: float, y: float, caption: str) -> None:
    """A chart's title, its CJK pieces in the fallback font."""
    for font, piece in runs(caption):
        name = CJK if font == CJK else SANS_BOLD
        drawing.add(String(x, y, piece, fontName=name, fontSize=8.5, fillColor=INK))
        x += stringWidth(piece, name, 8.5)


def _by_category(drawing: Drawing, data: MonthlyReportData, x: float, w: float, h: float) -> None:
    words_ = words(data.language)
    font = CJK if _cjk(words_) else SANS
    caption = words_.gettext("Hours by category, {month}").format(
        month=words_.month_title(data.month)
    )
    _title(drawing, x, h - 10, caption)
    seconds = _seconds(data)
    values = [seconds[key] / 3600 for key in CATEGORY_ORDER]
    chart = HorizontalBarChart()
    chart.x, chart.y = x + 62, 24
    chart.width, chart.height = w - 62 - 46, h - 48
    chart.data = [values]
    chart.categoryAxis.categoryNames = [words_.category(key) for key in CATEGORY_ORDER]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    chart.bars.strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 8
    for index, key in enumerate(CATEGORY_ORDER):
        chart.bars[(0, index)].fillColor = CATEGORY_COLOUR[key]
    _hours_axis(chart.valueAxis, max(values), ChartStyle(value_label=_axis_label(words_)))
    chart.barLabelFormat = _hours_label(words_)
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)


def _axis_label(w: Words) -> Callable[[float], str]:
    """`10 h` on the hours scale; a bare number in Japanese and Chinese (the title says
    hours)."""
    if _cjk(w):
        return lambda value: f"{value:g}"
    unit = w.gettext("{hours} h")
    return lambda value: unit.format(hours=format_decimal(value, locale=w.locale))


def _hours_axis(axis: Any, largest: float, style: ChartStyle) -> None:
    """The hours scale the charts share: from zero to a round top, with a light grid."""
    top, step = _nice_top(largest)
    axis.valueMin = 0
    axis.valueMax = top
    axis.valueStep = step
    axis.labels.fontName = style.font
    axis.labels.fontSize = style.size + 0.5
    axis.labels.fillColor = style.muted
    axis.labelTextFormat = style.value_label
    axis.strokeColor = style.muted
    axis.visibleGrid = 1
    axis.gridStrokeColor = style.grid
    axis.gridStrokeWidth = 0.5


def _trend(drawing: Drawing, data: MonthlyReportData, x: float, w: float, h: float) -> None:
    words_ = words(data.language)
    _title(drawing, x, h - 10, words_.gettext("Hours per month, last 6 months"))
    hours = {key: [0.0] * len(data.trend) for key in CATEGORY_ORDER}
    for index, month in enumerate(data.trend):
        for each in month.hours:
            if each.category in hours:
                hours[each.category][index] = max(0, each.seconds) / 3600
    style = ChartStyle(value_label=_axis_label(words_))
    months = [
        format_skeleton("yM", date(int(m.month[:4]), int(m.month[5:7]), 1), locale=words_.locale)
        if not words_.english  # `Sept. 2026` is too wide under a bar
        else words_.short_month(m.month)
        for m in data.trend
    ]
    chart = month_bars(months, hours, style)
    chart.x, chart.y = x + 30, 40
    chart.width, chart.height = w - 34, h - 64
    drawing.add(chart)
    names = ChartStyle(font=CJK) if _cjk(words_) else style
    drawing.add(category_legend(chart, x, w, 12, names, words_))


def month_bars(
    months: Sequence[str], hours: Mapping[str, Sequence[float]], style: ChartStyle
) -> VerticalBarChart:
    """Hours per month, stacked by category (keys of CATEGORY_ORDER); the caller places
    it (x, y, width, height)."""
    series = [list(hours.get(key, [0.0] * len(months))) for key in CATEGORY_ORDER]
    totals = [sum(column) for column in zip(*series, strict=True)] or [0.0]
    chart = VerticalBarChart()
    chart.data = series or [[0.0]]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = list(months)
    chart.categoryAxis.labels.fontName = style.font
    chart.categoryAxis.labels.fontSize = style.size
    chart.categoryAxis.labels.fillColor = style.ink
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = style.muted
    chart.categoryAxis.tickDown = 0
    chart.bars.strokeColor = None
    chart.barSpacing = 0
    chart.barWidth = style.bar_width
    chart.groupSpacing = style.group_spacing
    for index, key in enumerate(CATEGORY_ORDER):
        chart.bars[index].fillColor = CATEGORY_COLOUR[key]
    _hours_axis(chart.valueAxis, max(totals), style)
    return chart


def category_legend(
    chart: VerticalBarChart,
    x: float,
    w: float,
    y: float,
    style: ChartStyle,
    language: Words | None = None,
) -> Legend:
    """The categories' colours in one row at height `y`, centred under the chart and
    never past the right edge of [x, x + w]; named in `language` (else the window's)."""
    legend = Legend()
    names = [(language or current()).category(key) for key in CATEGORY_ORDER]
    # swatch, gap, name, padding per item
    swatch = style.size - 0.5
    wide = sum(swatch + 3 + stringWidth(name, style.font, style.size) + 7 for name in names) - 7
    legend.x = max(x, min(x + w - wide, chart.x + (chart.width - wide) / 2))
    legend.y = y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = None
    legend.autoXPadding = 7
    legend.dx = swatch
    legend.dy = swatch
    legend.dxTextSpace = 3
    legend.variColumn = 1
    legend.fontName = style.font
    legend.fontSize = style.size
    legend.fillColor = style.ink
    legend.strokeColor = None
    legend.boxAnchor = "w"
    legend.colorNamePairs = [
        (CATEGORY_COLOUR[key], name) for key, name in zip(CATEGORY_ORDER, names, strict=True)
    ]
    return legend
