"""The portfolio's hours by month as a stacked bar chart.

ReportLab's chart library draws it, with the code that draws the monthly report's
month chart (reports/charts.py), as SVG in the window's colours and font at the
widget's size; Qt's SVG renderer shows it, crisp at any scale. Hovering a month shows
its figures. Kept apart from the other widgets so that ReportLab is imported when the
chart is first drawn, not while the window starts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QLocale, QRectF, QTimer
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolTip, QWidget
from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from accountdesk import wording
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category
from accountdesk.gui import format
from accountdesk.reports.charts import ChartStyle, category_legend, month_bars
from accountdesk.services.overview import PortfolioMonth
from accountdesk.shipped import resource_path

BAR_SHARE = 0.7  # of a month's width
MARGIN = 8  # pixels around the plot


class HoursChart(QWidget):
    """Hours per month across the portfolio, stacked by category, with a legend; hover
    a month for its figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursChart")
        self.setMinimumHeight(150)
        self.setMouseTracking(True)
        self._months: list[PortfolioMonth] = []
        self._svg = QSvgRenderer(self)
        self._plot = QRectF()  # where the bars are, in the widget's pixels
        self._svg_text = ""
        self._font = _chart_font()
        # Drawn again once a resize has settled, not at every step of it.
        self._redraw = QTimer(self, singleShot=True, interval=0)
        self._redraw.timeout.connect(self._draw)

    @property
    def months(self) -> list[PortfolioMonth]:
        return list(self._months)

    def set_months(self, months: Sequence[PortfolioMonth]) -> None:
        self._months = list(months)
        self._draw()

    def month_at(self, x: float) -> PortfolioMonth | None:
        """The month whose bar is at `x`, counted in months from the first bar's centre
        (0 is the first bar, 1 the second); None between bars and outside them."""
        index = round(x)
        if 0 <= index < len(self._months) and abs(x - index) <= BAR_SHARE / 2:
            return self._months[index]
        return None

    def describe(self, month: PortfolioMonth) -> str:
        lines = [
            f"{wording.month_title(month.month.label)}: {format.hours_text(month.total_seconds)}"
        ]
        lines += [
            f"{wording.category(c.value)}: {format.hours_text(seconds)}"
            for c, seconds in month.seconds.items()
            if seconds
        ]
        return "\n".join(lines)

    def plot_area(self) -> QRectF:
        """Where the bars are, in the widget's pixels."""
        return QRectF(self._plot)

    def svg(self) -> str:
        """The chart as drawn now, as SVG text (what the widget shows)."""
        return self._svg_text

    # ------------------------------------------------------------ Qt

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self._svg.isValid():
            self._svg.render(painter, QRectF(self.rect()))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: redraw in its colours
            self._redraw.start()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        month = None
        if self._plot.contains(position) and self._months:
            slot = self._plot.width() / len(self._months)
            month = self.month_at((position.x() - self._plot.left()) / slot - 0.5)
        if month is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(month), self)

    def leaveEvent(self, event: QEvent) -> None:
        QToolTip.hideText()
        super().leaveEvent(event)

    # ------------------------------------------------------------ drawing

    def _draw(self) -> None:
        width, height = max(1, self.width()), max(1, self.height())
        palette = self.palette()
        size = max(7.0, self._font_pixels() * 0.95)
        style = ChartStyle(
            font=self._font,
            size=size,
            ink=_colour(palette.color(QPalette.ColorRole.Text)),
            muted=_colour(palette.color(QPalette.ColorRole.PlaceholderText)),
            grid=_colour(palette.color(QPalette.ColorRole.Midlight)),
            value_label=_value_label,
            bar_width=BAR_SHARE * 10,
            group_spacing=(1 - BAR_SHARE) * 10,
        )
        months = [_tick(each.month, number == 0) for number, each in enumerate(self._months)]
        hours = {
            category.value: [each.seconds.get(category, 0) / 3600 for each in self._months]
            for category in Category
        }
        drawing = Drawing(width, height)
        chart = month_bars(months, hours, style)
        # Room on the left for the widest value label (the top one) and the axis' name.
        top = chart.valueAxis.valueMax
        axis_room = pdfmetrics.stringWidth(style.value_label(top), self._font, size + 0.5)
        legend_room = size * 2.6
        chart.x = MARGIN + size * 1.6 + axis_room + 6
        chart.y = MARGIN + size * 2
        chart.width = max(10, width - chart.x - MARGIN)
        chart.height = max(10, height - chart.y - MARGIN - legend_room)
        drawing.add(chart)
        # The axis' name, upright along it.
        name = String(
            0, 0, self.tr("hours"), fontName=self._font, fontSize=size, fillColor=style.muted
        )
        name.textAnchor = "middle"
        drawing.add(_rotated(name, MARGIN + size, chart.y + chart.height / 2))
        drawing.add(category_legend(chart, chart.x, chart.width, height - MARGIN - size, style))
        # No clip path: Qt's SVG renderer (SVG Tiny) would fill it as a shape.
        self._svg_text = renderSVG.drawToString(drawing, useClip=True)
        self._svg.load(QByteArray(self._svg_text.encode()))
        # ReportLab measures from the bottom; the widget from the top.
        self._plot = QRectF(chart.x, height - chart.y - chart.height, chart.width, chart.height)
        self.update()

    def _font_pixels(self) -> float:
        font = self.font()
        if font.pixelSize() > 0:
            return float(font.pixelSize())
        return font.pointSizeF() * self.logicalDpiY() / 72


def _rotated(label: String, x: float, y: float) -> Group:
    group = Group(label)
    group.transform = (0, 1, -1, 0, x, y)  # 90° anticlockwise, centred at (x, y)
    return group


def _chart_font() -> str:
    """The window's sans font for ReportLab (to measure) and Qt (to draw): DejaVu Sans
    from the package, registered with both under the family name Qt knows it by."""
    path = str(resource_path("fonts/DejaVuSans.ttf"))
    loaded = QFontDatabase.addApplicationFont(path)
    families = QFontDatabase.applicationFontFamilies(loaded) if loaded >= 0 else []
    family = families[0] if families else "DejaVu Sans"
    if family not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(family, path))
    return family


def _colour(colour: QColor) -> colors.Color:
    return colors.Color(colour.redF(), colour.greenF(), colour.blueF(), colour.alphaF())


def _tick(month: Month, first: bool) -> str:
    """`Jan 2026` where a year begins (and on the first bar), else `Feb`."""
    if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        name = wording.MONTHS[month.month - 1][:3]
    else:
        name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year}" if first or month.month == 1 else name


def _value_label(value: float) -> str:
    """`1,250` on the value axis, with the window locale's separators."""
    if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        return f"{value:,.0f}" if value >= 10 else f"{value:g}"
    shown = float(value)  # Qt has no int overload with a format
    return QLocale().toString(shown, "f", 0) if shown >= 10 else QLocale().toString(shown, "g")
