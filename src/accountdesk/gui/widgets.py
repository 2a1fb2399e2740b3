"""Small widgets the views share: an allowance's usage bar and card, and the portfolio's
hours-by-month chart.

Colours: the level colours keep their contrast against a light and a dark window alike
(figures below), and every level is also said in words, so colour is never the only
sign. Everything else takes the palette's own roles.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.forecast import Level
from accountdesk.domain.tiers import Category
from accountdesk.gui import format

# Bars and swatches: at least 3:1 against a light base (white) and a dark one
# (#1e1e1e, #2b2b2b), as WCAG asks of graphics that carry meaning.
LEVEL_COLOUR = {
    Level.FINE: QColor("#2F8F46"),
    Level.NEARLY_USED: QColor("#BF7F00"),
    Level.OVER: QColor("#E03E3E"),
}
# Badges: text at least 4.5:1 against the badge's own colour, whatever the palette.
BADGE_BACKGROUND = {
    Level.FINE: QColor("#1E7A37"),
    Level.NEARLY_USED: QColor("#F2B233"),
    Level.OVER: QColor("#C62828"),
}
BADGE_INK = {
    Level.FINE: QColor("#FFFFFF"),
    Level.NEARLY_USED: QColor("#1A1A1A"),
    Level.OVER: QColor("#FFFFFF"),
}
LEVEL_WORDS = {
    Level.FINE: str(QT_TRANSLATE_NOOP("LevelBadge", "Within allowance")),
    Level.NEARLY_USED: str(QT_TRANSLATE_NOOP("LevelBadge", "Nearly used")),
    Level.OVER: str(QT_TRANSLATE_NOOP("LevelBadge", "Over allowance")),
}

# The report's chart colours, so the window and the PDF tell categories apart alike.
CATEGORY_COLOUR = {
    Category.CONSULTING: QColor("#2E6DB4"),
    Category.DEVELOPMENT: QColor("#2BB3A3"),
    Category.TRAINING: QColor("#E8A33D"),
    Category.ONSITE: QColor("#8E6CC0"),
    Category.INCIDENT: QColor("#9AA5B1"),
}

BAR_RESOLUTION = 1000  # steps of the bar, so 87.5 % is drawn as such


def percent(fraction: Decimal) -> str:
    """`0.875` as `88 %`, rounded half-up like every other figure."""
    return f"{(fraction * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP):,} %"


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def plain_label(text_: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never reads its text as markup (it may hold a customer's name)."""
    label = QLabel(text_, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class UsageBar(QProgressBar):
    """How much of an allowance is used: green, amber from 80 %, red past 100 %.

    The bar fills up to 100 %; beyond that it stays full and turns red. Its text is
    hidden (the card says the figures); screen readers get them in the accessible
    description.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, BAR_RESOLUTION)
        self.setTextVisible(False)
        self.setFixedHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._level = Level.FINE
        self.set_usage(Decimal(0), Level.FINE)

    @property
    def level(self) -> Level:
        return self._level

    def colour(self) -> QColor:
        return QColor(LEVEL_COLOUR[self._level])

    def set_usage(self, fraction: Decimal | None, level: Level) -> None:
        """`fraction` is used / included (None when nothing is included)."""
        self._level = level
        if fraction is None:
            filled = BAR_RESOLUTION if level is Level.OVER else 0
        else:
            filled = int(min(Decimal(1), max(Decimal(0), fraction)) * BAR_RESOLUTION)
        self.setValue(filled)
        # A style sheet, not the palette: native styles ignore a palette's highlight.
        # The groove takes the palette's roles, so it suits light and dark windows.
        self.setStyleSheet(
            "QProgressBar { border: 1px solid palette(mid); border-radius: 5px;"
            " background: palette(base); }"
            f"QProgressBar::chunk {{ background: {self.colour().name()}; border-radius: 4px; }}"
        )
        used = "nothing included" if fraction is None else f"{percent(fraction)} used"
        self.setAccessibleDescription(
            f"{used}: {QCoreApplication.translate('LevelBadge', LEVEL_WORDS[level]).lower()}"
        )


class LevelBadge(QLabel):
    """The level in words on its colour: 'Within allowance', 'Nearly used', 'Over'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_level(Level.FINE)

    def set_level(self, level: Level) -> None:
        self.setText(QCoreApplication.translate("LevelBadge", LEVEL_WORDS[level]))
        self.setStyleSheet(
            f"QLabel {{ background: {BADGE_BACKGROUND[level].name()};"
            f" color: {BADGE_INK[level].name()}; border-radius: 8px; padding: 2px 8px; }}"
        )


class AllowanceCard(QFrame):
    """One hour allowance: what is left, a usage bar, used and overage figures, the
    period and a forecast line. The view fills it with `show_allowance`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allowanceCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setMinimumWidth(320)

        self.title = plain_label()
        self.title.setFont(scaled_font(self, 1.1, bold=True))
        self.badge = LevelBadge()
        self.period = plain_label()
        self.period.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.headline = plain_label()
        self.headline.setObjectName("headline")
        self.headline.setFont(scaled_font(self, 1.9, bold=True))
        self.bar = UsageBar()
        self.used = self._figure()
        self.overage_hours = self._figure()
        self.overage_charge = self._figure()
        self.overage_caption = plain_label(self.tr("Overage charge"))
        # One line per rate, when the overage was charged at several.
        self.overage_lines = plain_label()
        self.overage_lines.setObjectName("overageLines")
        self.overage_lines.setWordWrap(True)
        self.overage_lines.setAlignment(format.NUMBER_ALIGNMENT)
        self.overage_lines.hide()
        self.forecast = plain_label()
        self.forecast.setObjectName("forecast")
        self.forecast.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.badge)
        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        figures.addWidget(plain_label(self.tr("Used")), 0, 0)
        figures.addWidget(self.used, 0, 1)
        figures.addWidget(plain_label(self.tr("Overage")), 1, 0)
        figures.addWidget(self.overage_hours, 1, 1)
        figures.addWidget(self.overage_caption, 2, 0)
        figures.addWidget(self.overage_charge, 2, 1)
        figures.addWidget(self.overage_lines, 3, 0, 1, 2)
        figures.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.period)
        layout.addSpacing(4)
        layout.addWidget(self.headline)
        layout.addWidget(self.bar)
        layout.addSpacing(4)
        layout.addLayout(figures)
        layout.addSpacing(2)
        layout.addWidget(self.forecast)

    @staticmethod
    def _figure() -> QLabel:
        label = plain_label()
        label.setAlignment(format.NUMBER_ALIGNMENT)
        return label

    def show_allowance(
        self,
        title: str,
        period: str,
        included_hours: Decimal,
        remaining_hours: Decimal,
        used_hours: Decimal,
        used_fraction: Decimal | None,
        level: Level,
        overage_hours: Decimal,
        overage_charge: Decimal,
        overage_rate: Decimal | None,
        currency: str,
        forecast: str,
        overage_lines: str = "",
    ) -> None:
        self.title.setText(title)
        self.period.setText(period)
        left, of = format.decimal_hours(remaining_hours), format.decimal_hours(included_hours)
        self.headline.setText(self.tr("{left} left of {included}").format(left=left, included=of))
        self.bar.set_usage(used_fraction, level)
        self.badge.set_level(level)
        share = "" if used_fraction is None else f"  ({percent(used_fraction)})"
        self.used.setText(f"{format.decimal_hours(used_hours)}{share}")
        self.overage_hours.setText(format.decimal_hours(overage_hours))
        self.overage_charge.setText(format.money(overage_charge, currency))
        if overage_rate is None:
            self.overage_caption.setText(self.tr("Overage charge"))
        else:
            self.overage_caption.setText(
                self.tr("Overage charge at {rate}/h").format(
                    rate=format.money(overage_rate, currency)
                )
            )
        self.overage_lines.setText(overage_lines)
        self.overage_lines.setVisible(bool(overage_lines))
        self.forecast.setText(forecast)
