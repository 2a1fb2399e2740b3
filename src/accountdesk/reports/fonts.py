"""The report's fonts, and customer text made safe for Platypus markup.

DejaVu Sans sets the report. Characters it has no glyph for (Japanese, Chinese)
are set in Droid Sans Fallback, loaded only when a report needs it. Both are
TrueType, so ReportLab embeds a subset of each and the text extracts back as
written.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from accountdesk.shipped import resource_path

SANS = "AccountDeskSans"
SANS_BOLD = "AccountDeskSans-Bold"
CJK = "AccountDeskCJK"

_FILES = {
    SANS: "fonts/DejaVuSans.ttf",
    SANS_BOLD: "fonts/DejaVuSans-Bold.ttf",
    CJK: "fonts/DroidSansFallbackFull.ttf",
}
# Control characters would corrupt markup and show as boxes; tabs read as spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _load(name: str) -> TTFont:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(_FILES[name]))))
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font


def register_fonts() -> None:
    """Register the report's typeface (once per process) so styles can name it."""
    _load(SANS)
    _load(SANS_BOLD)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(SANS_BOLD, 0, 0, SANS_BOLD)
    addMapping(SANS_BOLD, 1, 0, SANS_BOLD)
    addMapping(SANS_BOLD, 0, 1, SANS_BOLD)
    addMapping(SANS_BOLD, 1, 1, SANS_BOLD)


def _cjk() -> TTFont:
    font = _load(CJK)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK, bold, italic, CJK)
    return font


def clean(text: str) -> str:
    return _CONTROL.sub("", text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n"))


def runs(text: str) -> list[tuple[str, str]]:
    """`text` split into (font name, piece): pieces DejaVu cannot set go to the CJK font."""
    base = _load(SANS).face.charToGlyph
    found: list[tuple[str, str]] = []
    fallback: dict[int, int] | None = None
    for char in clean(text):
        font = SANS
        if char != "\n" and ord(char) not in base:
            fallback = fallback if fallback is not None else _cjk().face.charToGlyph
            if ord(char) in fallback:
                font = CJK
        if found and found[-1][0] == font:
            found[-1] = (font, found[-1][1] + char)
        else:
            found.append((font, char))
    return found


def needs_cjk(text: str) -> bool:
    return any(font == CJK for font, _ in runs(text))


def markup(text: str) -> str:
    """Customer text as Paragraph markup: escaped, so `<b>` or `&` show literally, with
    line breaks kept and CJK pieces set in the fallback font."""
    parts = []
    for font, piece in runs(text):
        safe = escape(piece).replace("\n", "<br/>")
        parts.append(f'<font face="{CJK}">{safe}</font>' if font == CJK else safe)
    return "".join(parts)


def cjk_markup(content: str) -> str:
    """Paragraph markup we wrote (a translated label), its CJK pieces set in the
    fallback font; the tags are Latin and stay as they are."""
    return "".join(
        f'<font face="{CJK}">{piece}</font>' if font == CJK else piece
        for font, piece in runs(content)
    )


def text_width(text: str, font: str, size: float) -> float:
    return sum(
        pdfmetrics.stringWidth(piece, CJK if face == CJK else font, size)
        for face, piece in runs(text)
    )


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw one line straight on the canvas (page header), CJK pieces in the fallback font."""
    width = text_width(text, font, size)
    start = x - width if align == "right" else x - width / 2 if align == "center" else x
    for face, piece in runs(text.replace("\n", " ")):
        name = CJK if face == CJK else font
        canvas.setFont(name, size)
        canvas.drawString(start, y, piece)
        start += pdfmetrics.stringWidth(piece, name, size)


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis to fit `width` (for one-line page headers)."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
