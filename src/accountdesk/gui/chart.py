"""The portfolio's hours by month as a stacked bar chart (pyqtgraph).

Kept apart from the other widgets so that pyqtgraph (and numpy) are imported when
the chart is first drawn, not while the window starts.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QToolTip,
    QWidget,
)

from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category
from accountdesk.gui import format
from accountdesk.gui.widgets import CATEGORY_COLOUR
from accountdesk.reports import text
from accountdesk.services.dashboard import PortfolioMonth


class HoursChart(pg.PlotWidget):  # type: ignore[misc]
    """Hours per month across the portfolio, stacked by category, with a legend; hover
    a month for its figures."""

    BAR_WIDTH = 0.7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"left": _HoursAxis("left")})
        self.setObjectName("hoursChart")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMinimumHeight(150)
        plot = self.getPlotItem()
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.setLabel("left", "hours")
        self.legend = plot.addLegend(offset=(10, 5), colCount=len(Category))
        self._months: list[PortfolioMonth] = []
        # One bar item per category, made once: a refresh changes their figures only.
        self._bars = {
            category: pg.BarGraphItem(
                x=[],
                y0=[],
                height=[],
                width=self.BAR_WIDTH,
                brush=CATEGORY_COLOUR[category],
                pen=pg.mkPen(None),
                name=text.category(category.value),
            )
            for category in Category
        }
        for bar in self._bars.values():
            plot.addItem(bar)
        self.apply_palette()
        self.scene().sigMouseMoved.connect(self._hovered)

    def apply_palette(self) -> None:
        """Follow the window's palette, so the chart reads in light and dark themes."""
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        plot = self.getPlotItem()
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(ink))
        self.legend.setLabelTextColor(ink)
        for _, label in self.legend.items:  # the colour applies once the text is set again
            label.setText(label.text, color=ink)

    def changeEvent(self, event):  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        # pyqtgraph changes the palette while it is being built, before there is a plot.
        if event.type() == event.Type.PaletteChange and hasattr(self, "legend"):
            self.apply_palette()

    @property
    def months(self) -> list[PortfolioMonth]:
        return list(self._months)

    def set_months(self, months: Sequence[PortfolioMonth]) -> None:
        plot = self.getPlotItem()
        self._months = list(months)
        xs = list(range(len(self._months)))
        bottoms = [0.0] * len(xs)
        for category, bar in self._bars.items():
            heights = [each.minutes.get(category, 0) / 60 for each in self._months]
            bar.setOpts(x=xs, y0=list(bottoms), height=heights)
            bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
        ticks = [(x, _tick(each.month, x == 0)) for x, each in enumerate(self._months)]
        plot.getAxis("bottom").setTicks([ticks])
        top = max(bottoms, default=0.0)
        # Headroom above the tallest bar for the legend, which sits in the plot.
        plot.setYRange(0, max(1.0, top * 1.18), padding=0)
        plot.setXRange(-0.6, max(0, len(xs) - 1) + 0.6, padding=0)

    def month_at(self, x: float) -> PortfolioMonth | None:
        index = round(x)
        if 0 <= index < len(self._months) and abs(x - index) <= self.BAR_WIDTH / 2:
            return self._months[index]
        return None

    def describe(self, month: PortfolioMonth) -> str:
        lines = [f"{text.month_title(month.month.label)}: {format.hours_text(month.total_minutes)}"]
        lines += [
            f"{text.category(c.value)}: {format.hours_text(minutes)}"
            for c, minutes in month.minutes.items()
            if minutes
        ]
        return "\n".join(lines)

    def _hovered(self, position: QPointF) -> None:
        view_box = self.getPlotItem().getViewBox()
        if not view_box.sceneBoundingRect().contains(position):
            QToolTip.hideText()
            return
        month = self.month_at(view_box.mapSceneToView(position).x())
        if month is None:
            QToolTip.hideText()
            return
        where = self.mapToGlobal(self.mapFromScene(position))
        QToolTip.showText(where, self.describe(month), self)


class _HoursAxis(pg.AxisItem):  # type: ignore[misc]
    """Hours with thousands separated (`80,000`), never in SI prefixes (`80 k`)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        decimals = 0 if spacing >= 1 else 1
        return [f"{value:,.{decimals}f}" for value in values]


def _tick(month: Month, first: bool) -> str:
    """`Jan 2026` where a year begins (and on the first bar), else `Feb`."""
    name = text.MONTHS[month.month - 1][:3]
    return f"{name} {month.year}" if first or month.month == 1 else name
