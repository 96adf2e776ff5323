"""The one door for user text: escaping, font runs, right-to-left layout (no PDF tools needed)."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from opn_desk.reports import base
from opn_desk.reports.base import FONT, FONT_CJK, markup, para, styles, visual

HOSTILE = [
    "Smith & Sons <Ltd>",
    "<font size=40>Big</font>",
    "AT&T <b>",
    "<img src='/etc/hosts'/>",
    '<a href="file:///etc/passwd">click</a>',
    "<b>unclosed",
    "&amp; &lt; &#60; &nbsp;",
    "]]> <![CDATA[ x",
    "<para> <br/> <onDraw name=x/>",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_user_text_is_parsed_back_as_exactly_itself(name):
    paragraph = Paragraph(markup(name), styles().body)
    # Paragraph's parser gives the text runs it will draw: they must spell the name, in one plain font.
    assert "".join(frag.text for frag in paragraph.frags) == name
    assert {frag.fontName for frag in paragraph.frags} == {FONT}
    assert {frag.fontSize for frag in paragraph.frags} == {styles().body.fontSize}
    assert not any(getattr(frag, "link", None) or getattr(frag, "cbDefn", None) for frag in paragraph.frags)


def test_para_never_reads_an_image_or_link_from_user_text():
    paragraph = para("<img src='/etc/hosts'/> <a href='file:///etc/passwd'>x</a>", styles().body)
    paragraph.wrap(400, 800)
    assert all(not getattr(frag, "cbDefn", None) for frag in paragraph.frags)


def test_control_characters_and_newlines():
    assert markup("a\x00b\x07c") == "abc"
    assert markup("one\r\ntwo\rthree\tfour") == "one<br/>two<br/>three four"
    assert markup(None) == ""


def test_chinese_runs_switch_to_the_fallback_font():
    text = markup("Chen Wei 陈伟 & <co>")
    assert text == f'Chen Wei <font name="{FONT_CJK}">陈伟</font> &amp; &lt;co&gt;'
    runs: list[list[str]] = []
    for frag in Paragraph(text, styles().body).frags:  # the parser splits at entities: merge by font
        if runs and runs[-1][0] == frag.fontName:
            runs[-1][1] += frag.text
        else:
            runs.append([frag.fontName, frag.text])
    assert runs == [[FONT, "Chen Wei "], [FONT_CJK, "陈伟"], [FONT, " & <co>"]]


def test_latin_cyrillic_greek_arabic_stay_in_the_main_font():
    for name in ["Zoë Ångström-Müller Łódź", "Министерство", "Υπουργείο", "وزارة البيئة"]:
        assert "<font" not in markup(name)


def test_arabic_is_shaped_and_laid_out_right_to_left():
    shown = visual("وزارة البيئة")
    # Presentation forms (contextual shapes), drawn left to right: the last word comes first.
    assert all(0xFE70 <= ord(ch) <= 0xFEFF or ch == " " for ch in shown)
    assert shown == base.shape("وزارة البيئة")[::-1]


def test_brackets_are_mirrored_inside_right_to_left_runs():
    # Displayed left to right: "2024 (UNEP) <arabic>" — the opening bracket after the Arabic word shows
    # as ")" once reordered, so it must be mirrored back (python-bidi's reordering alone does not).
    shown = visual("منظمة (UNEP) 2024")
    assert shown.startswith("2024 (UNEP) ")
    assert base._levels(base.shape("منظمة (UNEP) 2024"), "R") is not None, \
        "python-bidi's debug levels could not be read: brackets would not be mirrored"


def test_left_to_right_text_is_left_alone():
    assert visual("AT&T (UNEP) 2024") == "AT&T (UNEP) 2024"


def test_right_to_left_paragraphs_wrap_in_reading_order():
    words = ["واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"] * 4
    text = " ".join(words)
    flowable = para(text, styles().body)
    width, height = flowable.wrap(120, 1000)
    lines = flowable._lines(120)
    assert len(lines) > 3
    assert lines[0][0].split()[0] == words[0]  # the first line holds the first words
    assert " ".join(line for line, _ in lines) == text  # nothing lost or reordered between lines
    assert height >= len(lines) * styles().body.leading - 1
    parts = flowable.split(120, styles().body.leading * 2 + 1)
    assert len(parts) == 2  # splits across pages like any paragraph


def test_draw_text_shortens_to_fit():
    from reportlab.pdfgen.canvas import Canvas

    class Recorder(Canvas):
        def __init__(self):
            super().__init__("/dev/null")
            self.drawn = []

        def drawString(self, x, y, text, *args, **kwargs):
            self.drawn.append(text)

    canvas = Recorder()
    base.draw_text(canvas, 0, 0, "<b>" + "long name " * 40, max_width=100)
    assert "".join(canvas.drawn).endswith("…")
    assert "".join(canvas.drawn).startswith("<b>long")


def test_a_style_in_another_font_still_gets_the_bundled_fonts():
    from reportlab.lib.styles import ParagraphStyle

    helvetica = ParagraphStyle("plain")  # ReportLab's default font, which has no Cyrillic
    assert markup("Мир & <b>", helvetica.fontName) == f'<font name="{FONT}">Мир &amp; &lt;b&gt;</font>'
    para("Мир 中文 سلام", helvetica).wrap(200, 200)


def test_the_fonts_ship_with_their_licences():
    from opn_desk.paths import resource

    folder = resource("fonts")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallback.ttf", "LICENSE-DejaVu.txt",
                 "NOTICE-DroidSansFallback.txt", "LICENSE-Apache-2.0.txt", "README.md"):
        assert (folder / name).is_file(), name
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallback.ttf"):
        assert (folder / font).read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines (glyf), not CFF
