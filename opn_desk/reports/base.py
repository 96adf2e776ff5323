"""What every desk PDF shares: bundled fonts, the one door for user text, the page furniture.

User text enters a PDF in exactly three ways, all here:
- `markup(text)` turns a user string into Paragraph markup: it escapes it (xml.sax.saxutils.escape),
  so names like ``AT&T <b>`` or ``<img src='/etc/hosts'/>`` print literally; switches font for runs
  the main font cannot draw (Chinese, Japanese, Korean -> Droid Sans Fallback); and shapes Arabic
  (arabic-reshaper) and lays out right-to-left runs in display order (python-bidi). `para(text,
  style)` is the Paragraph built from it, and the table of contents gets its entries from it too.
- `draw_text(canvas, ...)` draws one line of user text on the canvas (headers, footers): no markup
  is parsed there, but the same font runs and right-to-left layout apply.
- Outline (bookmark) titles and document metadata are PDF strings, never parsed as markup; they keep
  the logical order, which PDF viewers lay out themselves.

Scripts: Latin with diacritics, Cyrillic, Greek, Hebrew and Arabic come from DejaVu Sans; Chinese,
Japanese and Korean from Droid Sans Fallback (regular weight only: bold CJK prints regular). Not
supported: scripts neither font covers (Devanagari and other Indic scripts, Thai, Ethiopic, emoji...),
which print as empty boxes; Arabic vowel marks (harakat) are kept but may sit imprecisely.

Page furniture: a running header (the letterhead), a footer with "Page x of y" (the document is built
in passes until the total is known and the table of contents settles), an optional DRAFT
watermark, and PDF bookmarks plus table-of-contents entries for every `heading()`.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from opn_desk.domain.vocab import short_name
from opn_desk.i18n import number as number_text
from opn_desk.i18n import percent_text, translate
from opn_desk.paths import resource
from opn_desk.reports.values import ReportError


def fixed_text(text: str) -> str:
    """A document's fixed wording in the document's language (opn_desk/i18n.py: `report_language`)."""
    return translate("Reports", text)


FONT = "OPNSans"
FONT_BOLD = "OPNSans-Bold"
FONT_CJK = "OPNSans-CJK"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_CJK: "DroidSansFallback.ttf"}

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5f6b76")
RULE = colors.HexColor("#b7c3cf")
TINT = colors.HexColor("#eef3f8")
ALERT = colors.HexColor("#fbe3d6")
ALERT_INK = colors.HexColor("#a23b12")

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN_X


# ---------------------------------------------------------------------------------------- fonts

def _font_path(file: str) -> Path:
    path = resource("fonts", file)
    if not path.is_file():
        raise ReportError(fixed_text("The font file {file} is missing from this installation of OPN Desk ({path}).")
                          .format(file=file, path=path))
    return path


@cache
def _font(name: str) -> TTFont:
    font = TTFont(name, str(_font_path(_FONT_FILES[name])))
    pdfmetrics.registerFont(font)
    return font


@cache
def register_fonts() -> None:
    """Register the bundled main fonts (the CJK fallback is loaded on first need: it is 3.4 MB)."""
    from reportlab.pdfbase.pdfmetrics import registerFontFamily

    _font(FONT)
    _font(FONT_BOLD)
    registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def _cmap(name: str) -> frozenset[int]:
    """The code points font ``name`` has glyphs for."""
    register_fonts()
    return frozenset(_font(name).face.charToGlyph)


def _font_for(ch: str, main: str) -> str:
    code = ord(ch)
    if code in _cmap(main) or ch.isspace():
        return main
    if code in _cmap(FONT_CJK):
        return FONT_CJK
    return main  # neither font has it: the main font's empty box, at least it is visible


def _runs(text: str, main: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, run) pieces, each drawable by its font."""
    return [(font, "".join(chars)) for font, chars in groupby(text, key=lambda ch: _font_for(ch, main))]


# ------------------------------------------------------------------------- right-to-left text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: object) -> str:
    """Printable text: None -> "", control characters dropped, tabs as spaces, any newline as \\n."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", value)


def _strong_direction(text: str) -> str | None:
    """'R' or 'L' for the first strongly directional character, None when there is none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@cache
def _reshaper():
    import arabic_reshaper

    # Keep every mark the user typed (pdftotext then gives it back); DejaVu Sans has the lam-alef
    # ligatures but not the ALLAH word ligature (U+FDF2).
    return arabic_reshaper.ArabicReshaper(configuration={
        "delete_harakat": False,
        "ARABIC LIGATURE ALLAH": False,
    })


def shape(text: str) -> str:
    """Arabic letters in their contextual forms (presentation forms); other text unchanged."""
    if not any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text):
        return text
    return _reshaper().reshape(text)


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(text: str, base: str) -> list[int] | None:
    """The Unicode bidi algorithm's resolved level of each character (python-bidi's debug output).

    python-bidi documents ``debug=True`` as returning the calculated levels (one per UTF-8 byte);
    None when that output cannot be read, and the caller then falls back to plain `get_display`.
    """
    from bidi import get_display

    dump = get_display(text, base_dir=base, debug=True)
    start, end = dump.find("levels: ["), dump.find("paragraphs:")
    if start < 0 or end < start:
        return None
    per_byte = [int(n) for n in _LEVEL.findall(dump[start:end])]
    if len(per_byte) != len(text.encode("utf-8")):
        return None
    levels, at = [], 0
    for ch in text:
        levels.append(per_byte[at])
        at += len(ch.encode("utf-8"))
    return levels


def visual(line: str, base: str | None = None) -> str:
    """One line of text in display order (left to right as drawn), Arabic shaped, brackets mirrored."""
    if not _has_rtl(line):
        return line
    from bidi import get_display
    from bidi.mirror import MIRRORED

    base = base or _strong_direction(line) or "L"
    shaped = shape(line)
    levels = _levels(shaped, base)
    if levels is None:
        return get_display(shaped, base_dir=base)
    para_level = 1 if base == "R" else 0
    chars = list(shaped)
    # L1: whitespace at the end of the line goes back to the paragraph's level.
    i = len(chars) - 1
    while i >= 0 and chars[i].isspace():
        levels[i] = para_level
        i -= 1
    # L4: characters with a mirror image (brackets, < >) take it inside right-to-left runs.
    chars = [MIRRORED.get(ch, ch) if level % 2 else ch for ch, level in zip(chars, levels, strict=True)]
    # L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
    order = list(range(len(chars)))
    lowest_odd = min((lv for lv in levels if lv % 2), default=None)
    if lowest_odd is not None:
        for level in range(max(levels), lowest_odd - 1, -1):
            j = 0
            while j < len(order):
                if levels[order[j]] >= level:
                    k = j
                    while k < len(order) and levels[order[k]] >= level:
                        k += 1
                    order[j:k] = order[j:k][::-1]
                    j = k
                else:
                    j += 1
    return "".join(chars[n] for n in order)


# ----------------------------------------------------------------------- the one door for text

def _run_markup(line: str, style_font: str) -> str:
    # A style in a font other than the bundled ones (Helvetica...) gets the bundled font explicitly.
    main = style_font if style_font in _FONT_FILES else FONT
    parts = []
    for font, run in _runs(line, main):
        text = escape(run)
        parts.append(text if font == style_font else f'<font name="{font}">{text}</font>')
    return "".join(parts)


def markup(text: object, font: str = FONT) -> str:
    """Paragraph markup that prints ``text`` literally: THE place user text is escaped.

    ``font`` is the font of the style the markup goes into (runs it cannot draw switch font).
    Each line is laid out on its own: right-to-left lines that must wrap go through `para`.
    """
    lines = clean(text).split("\n")
    return "<br/>".join(_run_markup(visual(line), font) for line in lines)


def para(text: object, style: ParagraphStyle, *, rtl_right: bool = True) -> Flowable:
    """A Paragraph showing ``text`` (user text, any script) literally in ``style``.

    Text that starts right-to-left is aligned right in a left-aligned style, unless ``rtl_right`` is
    False (address blocks, where every line keeps the same edge).
    """
    value = clean(text)
    if _has_rtl(value):
        return _BidiParagraph(value, style, rtl_right=rtl_right)
    return Paragraph(markup(value, style.fontName), style)


def text_width(text: str, font: str, size: float) -> float:
    """Width of user text as drawn (font runs and Arabic shaping included)."""
    font = font if font in _FONT_FILES else FONT
    return sum(pdfmetrics.stringWidth(run, name, size) for name, run in _runs(shape(text), font))


class _BidiParagraph(Flowable):
    """Text with right-to-left runs, wrapped in logical order, each line then laid out for display.

    Paragraph would wrap the display-ordered string, which puts the end of a right-to-left text on
    its first line; here the lines are cut first and only then reordered.
    """

    def __init__(self, text: str, style: ParagraphStyle, *, rtl_right: bool = True):
        super().__init__()
        self.text = text
        self.style = style
        self.rtl_right = rtl_right
        self._inner: Paragraph | None = None

    def _lines(self, width: float) -> list[tuple[str, str]]:
        font, size = self.style.fontName, self.style.fontSize
        space = text_width(" ", font, size)
        out = []
        for block in self.text.split("\n"):
            base = _strong_direction(block) or "L"
            words = block.split()
            if not words:
                out.append(("", base))
                continue
            line, used = [], 0.0
            for word in words:
                w = text_width(word, font, size)
                if line and used + space + w > width:
                    out.append((" ".join(line), base))
                    line, used = [], 0.0
                used += (space if line else 0.0) + w
                line.append(word)
            out.append((" ".join(line), base))
        return out

    def _build(self, width: float) -> Paragraph:
        style = self.style
        lines = self._lines(max(width - style.leftIndent - style.rightIndent, 10))
        rtl = _strong_direction(self.text) == "R"
        if rtl and self.rtl_right and style.alignment == TA_LEFT:
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        text = "<br/>".join(_run_markup(visual(line, base), style.fontName) for line, base in lines)
        return Paragraph(text, style)

    def wrap(self, availWidth, availHeight):
        self._inner = self._build(availWidth)
        self.width, self.height = self._inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return self._build(availWidth).split(availWidth, availHeight)

    def draw(self):
        self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter


def draw_text(canvas, x: float, y: float, text: object, *, size: float = 8, bold: bool = False,
              align: str = "left", max_width: float | None = None, color=INK) -> None:
    """Draw one line of user text on the canvas (never parsed as markup), shortened with … to fit."""
    main = FONT_BOLD if bold else FONT
    value = " ".join(clean(text).split())
    if max_width is not None and text_width(value, main, size) > max_width:
        while value and text_width(value + "…", main, size) > max_width:
            value = value[:-1]
        value = value.rstrip() + "…"
    runs = _runs(visual(value), main)
    width = sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    canvas.setFillColor(color)
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)


# ------------------------------------------------------------------------------------- styles

class Styles:
    """The desk's paragraph styles (fonts registered on first use)."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK,
                              spaceAfter=4, splitLongWords=1)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED,
                                    spaceAfter=2)
        self.label = ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10.5,
                                    textColor=MUTED, spaceAfter=0)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=FONT_BOLD, textColor=colors.white)
        self.cell_head_right = ParagraphStyle("cell_head_right", parent=self.cell_head, alignment=TA_RIGHT)
        self.cell_head_centre = ParagraphStyle("cell_head_centre", parent=self.cell_head, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27,
                                    textColor=ACCENT, spaceAfter=10)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17, textColor=INK,
                                       spaceAfter=6)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=14.5, leading=18,
                                 textColor=ACCENT, spaceBefore=2, spaceAfter=8, keepWithNext=1)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                                 textColor=ACCENT, spaceBefore=8, spaceAfter=4, keepWithNext=1)
        self.centered = ParagraphStyle("centered", parent=base, alignment=TA_CENTER)
        self.body_bold = ParagraphStyle("body_bold", parent=base, fontName=FONT_BOLD)
        self.address = ParagraphStyle("address", parent=base, spaceAfter=0)
        self.address_bold = ParagraphStyle("address_bold", parent=self.address, fontName=FONT_BOLD)
        self.quote = ParagraphStyle("quote", parent=base, leftIndent=6 * mm, rightIndent=6 * mm,
                                    borderPadding=(2, 0, 2, 0))
        self.toc = [
            ParagraphStyle("toc0", parent=base, fontSize=10, leading=14, spaceBefore=3, spaceAfter=0,
                           leftIndent=0, firstLineIndent=0, rightIndent=14 * mm),
            ParagraphStyle("toc1", parent=base, fontSize=9, leading=12.5, spaceBefore=0, spaceAfter=0,
                           leftIndent=8 * mm, firstLineIndent=0, rightIndent=14 * mm, textColor=INK),
        ]


@cache
def styles() -> Styles:
    return Styles()


# ------------------------------------------------------------------------------ tables helpers

def grid_style(header_rows: int = 1, *, zebra: bool = True, extra: Iterable[tuple] = ()) -> TableStyle:
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
            ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8.5),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, TINT]))
    commands.extend(extra)
    return TableStyle(commands)


class Label(Paragraph):
    """A vocabulary label in a table cell that may give way to its short form (vocab.py's short labels)
    when its column is too narrow for its longest word: `fit_widths` swaps it, never breaks it."""

    def __init__(self, text: str, short: str, style: ParagraphStyle):
        super().__init__(markup(text, style.fontName), style)
        self.short = short or text


def term_cell(label: str, style: ParagraphStyle, vocabulary=None) -> Paragraph:
    """A label printed as the window shows it, as a `Label` with the vocabulary's short form (vocab.py,
    the one place for both) when the label is one of the vocabulary's; any other text as it is."""
    if vocabulary is not None:
        for term in vocabulary:
            shown = translate("Vocabulary", term.label)  # the document's language
            if label in (term.label, term.code, shown):
                return Label(shown, short_name(vocabulary, term.code), style)
    return Label(label, label, style)


def percent(part: float, whole: float) -> str:
    """A weight as a share of the whole, as printed: "33%", "12.5%" (never 0.333); in French "12,5 %"."""
    if not whole:
        return "–"
    value = round(100 * part / whole, 1)
    return percent_text(value, 0 if value == int(value) else 1)


def score_text(value: float | None) -> str:
    """A score or total as the window shows it: two decimals ("3,50" in French); "–" when there is none."""
    return "–" if value is None else number_text(value, 2)


_CELL_PADDING = 8.5  # left + right padding of grid_style, plus a hair


def _cell_texts(cell) -> list[tuple[str, str, float]]:
    """(text, font, size) for what a cell prints: plain strings in the grid font, Paragraphs in their style."""
    if cell is None:
        return []
    if isinstance(cell, str):
        return [(cell, FONT, 8.5)]
    if isinstance(cell, list | tuple):
        return [piece for item in cell for piece in _cell_texts(item)]
    style = getattr(cell, "style", None)
    text = getattr(cell, "text", None) if isinstance(cell, _BidiParagraph) else None
    if text is None and isinstance(cell, Paragraph):
        text = cell.getPlainText()
    if text is None or style is None:
        return []
    return [(text, style.fontName, style.fontSize)]


def _word_widths(cell) -> tuple[float, float]:
    """(longest word, longest line) of a cell, in points; Flowables other than text count as fixed."""
    longest = line_w = 0.0
    if not isinstance(cell, str | list | tuple | type(None)) and not isinstance(cell, Paragraph | _BidiParagraph):
        width = float(getattr(cell, "width", 0) or 0)
        return width, width
    for text, font, size in _cell_texts(cell):
        for line in clean(text).split("\n"):
            words = line.split()
            whole = text_width(" ".join(words), font, size)
            for word in words:
                longest = max(longest, text_width(word, font, size))
            if _has_rtl(line):  # right-to-left text keeps to one line when it can: its order is per line
                longest = max(longest, min(whole, CONTENT_WIDTH * 0.3))
            line_w = max(line_w, whole)
    return longest, line_w


def _shorten(cell):
    if isinstance(cell, Label):
        return Paragraph(markup(cell.short, cell.style.fontName), cell.style)
    return cell


def fit_widths(data: list[list], total: float = CONTENT_WIDTH, *, fixed: dict[int, float] | None = None,
               spans: bool = False) -> list[float]:
    """Column widths sized from the cells' content so that no word has to break.

    Each column gets at least its longest word; the room left goes to the columns whose text would
    wrap, in proportion to how much they would need. When even the longest words do not fit, the
    `Label` cells of the widest columns take their short form (in ``data``, in place) first. ``fixed``
    gives columns a set width (a drawing, a tick box). ``spans``: the last row spans its columns (a
    total row) and is left out of the measure.
    """
    fixed = dict(fixed or {})
    columns = max((len(row) for row in data), default=0)
    measured = data[:-1] if spans else data

    def measure() -> tuple[list[float], list[float]]:
        least, wish = [0.0] * columns, [0.0] * columns
        for row in measured:
            for c, cell in enumerate(row):
                word, line = _word_widths(cell)
                least[c] = max(least[c], word + _CELL_PADDING)
                wish[c] = max(wish[c], line + _CELL_PADDING)
        for c, width in fixed.items():
            least[c] = wish[c] = width
        return least, wish

    least, wish = measure()
    order = sorted((c for c in range(columns) if c not in fixed), key=lambda c: -least[c])
    for column in order:  # narrowest forms first where the longest words need the room
        if sum(least) <= total:
            break
        changed = False
        for row in data:
            if column < len(row) and isinstance(row[column], Label):
                row[column] = _shorten(row[column])
                changed = True
        if changed:
            least, wish = measure()
    if sum(least) > total:  # still too wide: share the page in proportion (long user words may break)
        scale = total / sum(least)
        return [w * scale for w in least]
    if sum(wish) <= total:  # everything fits on one line: the room left goes to the text columns
        spare = total - sum(wish)
        flexible = [c for c in range(columns) if c not in fixed]
        weight = sum(wish[c] for c in flexible) or 1
        return [wish[c] + (spare * wish[c] / weight if c in flexible else 0) for c in range(columns)]
    # Water-filling on the widths themselves: the columns that would wrap are raised to one common
    # width (never beyond what holds their text on one line), so short labels and numbers keep to one
    # line before a long note or name takes the rest of the page.
    # The common width is scaled by the square root of each column's one-line width, so a column of
    # long names gets more than a column of short notes, but not all of the page.
    open_ = range(columns)
    root = [math.sqrt(max(w, 1.0)) for w in wish]
    low, high = 0.0, max(wish)
    for _ in range(40):
        level = (low + high) / 2
        used = sum(max(least[c], min(wish[c], level * root[c])) for c in open_)
        low, high = (level, high) if used <= total else (low, level)
    widths = [max(least[c], min(wish[c], low * root[c])) for c in open_]
    spare = total - sum(widths)
    if spare > 0:
        flexible = [c for c in open_ if c not in fixed]
        weight = sum(widths[c] for c in flexible) or 1
        widths = [w + (spare * w / weight if c in flexible else 0) for c, w in enumerate(widths)]
    return widths


def grid_table(header: Sequence | None, rows: Sequence[Sequence], *, total: float = CONTENT_WIDTH,
               style: TableStyle | None = None, fixed: dict[int, float] | None = None,
               spans: bool = False, widths: Sequence[float] | None = None) -> Table:
    """One table whose header (when given) repeats only at the top of a continued page.

    Columns are sized from the content (`fit_widths`) unless ``widths`` are given. A long table is a
    LongTable, which measures only the rows that fit when it splits.
    """
    data = [list(header)] if header is not None else []
    data += [list(row) for row in rows]
    cols = list(widths) if widths is not None else fit_widths(data, total, fixed=fixed, spans=spans)
    table = LongTable(data, colWidths=cols, repeatRows=1 if header is not None else 0, hAlign="LEFT")
    table.setStyle(style or grid_style(1 if header is not None else 0))
    return table


def chunked_tables(header: Sequence, rows: Sequence[Sequence], col_widths: Sequence[float] | None = None, *,
                   chunk: int = 30, style_for: Callable[[Sequence[Sequence]], TableStyle] | None = None,
                   ) -> list[Table]:
    """The rows as one table under ``header``: the header repeats only at the top of a continued page,
    never in the middle of one. Columns are sized from the content over the width ``col_widths`` add
    up to (``chunk`` is kept for the callers; a LongTable splits in linear time)."""
    total = sum(col_widths) if col_widths else CONTENT_WIDTH
    rows = list(rows)
    return [grid_table(header, rows, total=total, style=style_for(rows) if style_for else grid_style())]


def key_values(pairs: Sequence[tuple[str, object]], *, label_width: float = 42 * mm,
               width: float = CONTENT_WIDTH) -> Table:
    """A two-column table of labels (ours) and values (user text, escaped by para)."""
    st = styles()
    data = [[Paragraph(escape(label), st.label), para(value, st.cell)] for label, value in pairs]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


# ----------------------------------------------------------------- headings, bookmarks, contents

class Heading(Paragraph):
    """A heading that becomes a PDF bookmark (outline entry) and, optionally, a contents entry."""

    def __init__(self, text: str, style: ParagraphStyle, *, key: str, level: int = 0, toc: bool = True,
                 outline_title: str | None = None):
        super().__init__(markup(text, style.fontName), style)
        self.outline = (clean(outline_title if outline_title is not None else text), key, level, toc)


def heading(text: str, style: ParagraphStyle, key: str, *, level: int = 0, toc: bool = True,
            outline_title: str | None = None) -> Heading:
    return Heading(text, style, key=key, level=level, toc=toc, outline_title=outline_title)


class Bookmark(Flowable):
    """An invisible bookmark (and contents entry) at this point of the story, e.g. for the cover."""

    def __init__(self, title: str, key: str, *, level: int = 0, toc: bool = False):
        super().__init__()
        self.outline = (clean(title), key, level, toc)
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        pass


def _outlines(flowables: Iterable) -> Iterable[tuple[str, str, int, bool]]:
    """The outline entries of a story, in order, looking inside KeepTogether-like containers."""
    for flowable in flowables:
        outline = getattr(flowable, "outline", None)
        if outline:
            yield outline
        inner = getattr(flowable, "_content", None)
        if isinstance(inner, list | tuple):
            yield from _outlines(inner)


def contents(st: Styles | None = None) -> TableOfContents:
    st = st or styles()
    toc = TableOfContents(levelStyles=list(st.toc), dotsMinLevel=0, rightColumnWidth=14 * mm)
    return toc


class _PageTotal(IndexingFlowable):
    """Asks for one more pass until the footer's "of y" equals the real page count."""

    def __init__(self, doc: DeskDocument):
        super().__init__()
        self.doc = doc
        self._ok = False
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        pass

    def afterBuild(self):
        self._ok = self.doc.total_pages == self.doc.page_count
        self.doc.total_pages = self.doc.page_count

    def isSatisfied(self):
        return self._ok


# ---------------------------------------------------------------------------- document template

def default_letterhead(programme_name: str) -> str:
    network = fixed_text("One Planet network")
    return f"{network} — {programme_name}" if programme_name else network


class _KeepWithStart(KeepTogether):
    """A heading kept with what follows it (keepWithNext). When that is a long table and a fair part of
    the page is left, the heading stays here with the table's first rows and the table continues on
    the next page (its header repeated there), rather than leaving the rest of this page empty."""

    ROOM = 50 * mm

    def split(self, aW, aH):
        last = self._content[-1] if self._content else None
        if isinstance(last, Table) and len(getattr(last, "_cellvalues", ())) > 6 and aH >= self.ROOM:
            if getattr(self, "_wrapInfo", None) != (aW, aH):
                self.wrap(aW, aH)
            if self._H > aH:
                return self._content[:]
        return super().split(aW, aH)


class DeskDocument(BaseDocTemplate):
    """A4 document with the letterhead header, "Page x of y" footer, bookmarks and an optional DRAFT.

    ``letterhead`` may hold several lines (the first is printed bold). ``first_page`` = "letter"
    prints the letterhead large on page 1 (letters); "plain" leaves page 1 without a running header
    (covers).
    """

    def __init__(self, path: Path, *, title: str, letterhead: str, footer: str = "", draft: bool = False,
                 subject: str = "", first_page: str = "running", short_title: str = ""):
        register_fonts()
        super().__init__(
            str(path), pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=clean(title), author="OPN Desk", creator="OPN Desk",
            subject=clean(subject),
        )
        self.letterhead_lines = [line.strip() for line in clean(letterhead).split("\n") if line.strip()][:4]
        self.footer = footer
        self.short_title = clean(short_title) or clean(title)
        self.draft = draft
        self.total_pages: int | None = None
        self.page_count = 0
        self.passes = 0
        self.show_outline = first_page != "letter"  # a one-page letter needs no bookmarks pane
        first_top = MARGIN_TOP
        if first_page == "letter":  # the letterhead block: its lines, a rule, a gap
            first_top = 16 * mm + 4.6 * mm * max(len(self.letterhead_lines) - 1, 0) + 14 * mm
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        first = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE[1] - first_top - MARGIN_BOTTOM, id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        decorate_first = {"letter": self._letter_page, "plain": self._plain_page}.get(first_page, self._page)
        self.keepTogetherClass = _KeepWithStart
        self.addPageTemplates([
            PageTemplate(id="first", frames=[first], onPage=decorate_first, autoNextPageTemplate="page"),
            PageTemplate(id="page", frames=[frame], onPage=self._page),
        ])

    # --- passes and bookkeeping
    def render(self, story: list) -> int:
        """Build the PDF (as many passes as the contents and page total need); returns the page count.

        The contents are sized from the story's headings before the first pass, so a document with
        contents usually takes two passes, not three.
        """
        entries = [(level, markup(title), 0, key) for title, key, level, in_toc in _outlines(story) if in_toc]
        for flowable in story:
            if isinstance(flowable, TableOfContents) and not flowable._entries:
                flowable.addEntries(entries)
        self.passes = self.multiBuild([_PageTotal(self), *story], maxPasses=8)
        return self.page_count

    def afterPage(self):
        self.page_count = self.page

    def afterFlowable(self, flowable):
        outline = getattr(flowable, "outline", None)
        if not outline:
            return
        title, key, level, in_toc = outline
        # Jump to the heading itself, not just its page: the frame's y is now just below it.
        frame = getattr(self, "frame", None)
        if frame is not None:
            top = frame._y + getattr(flowable, "height", 0) + flowable.getSpaceAfter() + 6
            self.canv.bookmarkPage(key, fit="XYZ", top=min(top, PAGE[1]))
        else:
            self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title or "(untitled)", key, level=level, closed=level > 0)
        if in_toc:
            self.notify("TOCEntry", (level, markup(title), self.page, key))

    def handle_documentBegin(self):
        super().handle_documentBegin()
        if self.show_outline:
            self.canv.showOutline()

    # --- page furniture
    def _watermark(self, canv) -> None:
        if not self.draft:
            return
        canv.saveState()
        canv.setFillColor(colors.HexColor("#c9302c"))
        canv.setFillAlpha(0.10)
        canv.translate(PAGE[0] / 2, PAGE[1] / 2)
        canv.rotate(40)
        canv.setFont(FONT_BOLD, 120)
        canv.drawCentredString(0, -40, fixed_text("DRAFT"))
        canv.restoreState()

    def _footer(self, canv) -> None:
        y = MARGIN_BOTTOM - 10 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y + 4 * mm, PAGE[0] - MARGIN_X, y + 4 * mm)
        total = self.total_pages if self.total_pages else "?"
        number = fixed_text("Page {page} of {total}").format(page=canv.getPageNumber(), total=total)
        draw_text(canv, PAGE[0] - MARGIN_X, y, number, size=8, align="right", color=MUTED)
        if self.footer:
            draw_text(canv, MARGIN_X, y, self.footer, size=8, color=MUTED,
                      max_width=CONTENT_WIDTH - 35 * mm)

    def running_header(self) -> tuple[str, float, str, float]:
        """(letterhead line, its size, title, its size) as printed at the top of a page: the full title
        when it fits beside the letterhead, else smaller, else its short form (the programme's code);
        never cut while a shorter form fits."""
        first = self.letterhead_lines[0] if self.letterhead_lines else fixed_text("One Planet network")
        gap = 8 * mm
        for left_size in (8.5, 7.5):
            left_w = text_width(first, FONT_BOLD, left_size)
            for title in dict.fromkeys((clean(self.title), self.short_title)):
                for size in (8, 7):
                    if left_w + gap + text_width(title, FONT, size) <= CONTENT_WIDTH:
                        return first, left_size, title, size
        return first, 7.5, self.short_title, 7

    def _running_header(self, canv) -> None:
        y = PAGE[1] - 13 * mm
        first, first_size, title, size = self.running_header()
        title_w = min(text_width(title, FONT, size), CONTENT_WIDTH * 0.5)
        draw_text(canv, MARGIN_X, y, first, size=first_size, bold=True, color=ACCENT,
                  max_width=CONTENT_WIDTH - title_w - 6 * mm)
        draw_text(canv, PAGE[0] - MARGIN_X, y, title, size=size, align="right", color=MUTED,
                  max_width=CONTENT_WIDTH * 0.5)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y - 3 * mm, PAGE[0] - MARGIN_X, y - 3 * mm)

    def _page(self, canv, doc) -> None:
        canv.saveState()
        self._watermark(canv)
        self._running_header(canv)
        self._footer(canv)
        canv.restoreState()

    def _plain_page(self, canv, doc) -> None:
        canv.saveState()
        self._watermark(canv)
        self._footer(canv)
        canv.restoreState()

    def _letter_page(self, canv, doc) -> None:
        canv.saveState()
        self._watermark(canv)
        y = PAGE[1] - 16 * mm
        lines = self.letterhead_lines or [fixed_text("One Planet network")]
        size = 14.0  # a long first line is set smaller before it is shortened
        while size > 10 and text_width(lines[0], FONT_BOLD, size) > CONTENT_WIDTH:
            size -= 0.5
        draw_text(canv, MARGIN_X, y, lines[0], size=size, bold=True, color=ACCENT, max_width=CONTENT_WIDTH)
        for line in lines[1:]:
            y -= 4.6 * mm
            draw_text(canv, MARGIN_X, y, line, size=9, color=MUTED, max_width=CONTENT_WIDTH)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.2)
        canv.line(MARGIN_X, y - 4 * mm, PAGE[0] - MARGIN_X, y - 4 * mm)
        self._footer(canv)
        canv.restoreState()


def write_pdf(path: Path, build: Callable[[Path], int]) -> int:
    """Run ``build(temporary path)`` and move the finished file over ``path``; no half-written PDF."""
    path = Path(path)
    if path.is_dir():
        raise ReportError(fixed_text("{path} is a folder; give the PDF file's name.").format(path=path))
    if not path.parent.is_dir():
        raise ReportError(fixed_text("The folder {path} does not exist.").format(path=path.parent))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        pages = build(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return pages
