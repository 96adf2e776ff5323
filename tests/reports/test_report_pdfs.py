"""The PDFs themselves: text as stored, page numbering, contents, bookmarks, a valid file.

Reading a PDF needs poppler-utils (pdftotext) and qpdf; without them those checks are skipped and say
why. pdftotext gives Arabic in its presentation forms (the shaped glyphs) and in reading order,
wrapped in bidi marks: `normalised` folds the forms back (NFKC) and drops the marks, after which a
purely Arabic name reads exactly as stored. A line mixing Arabic with Latin text comes back from
pdftotext in an order of its own, so such names are checked word by word.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from report_fixtures import (
    CALL_TITLE,
    HOSTILE,
    PAGE_OF,
    QPDF,
    REPRESENTATIVES,
    SCRIPTS,
    needs_pdftotext,
    needs_qpdf,
    normalised,
    pdf_pages,
)
from report_fixtures import outline as _outline
from report_fixtures import qpdf_check as _qpdf_check

from opn_desk.reports.applications import (
    write_acknowledgement_letter,
    write_application_summary,
    write_decision_letter,
    write_review_pack,
)
from opn_desk.reports.base import DeskDocument, contents, heading, para, styles
from opn_desk.reports.values import Letter, ReportError
from opn_desk.services import report_data


def flat(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces (phrases may wrap)."""
    return " ".join(text.split())


def _page_numbers_everywhere(pages: list[str]) -> None:
    for n, text in enumerate(pages, start=1):
        found = PAGE_OF.findall(text)
        assert found == [(str(n), str(len(pages)))], f"page {n}: {found}"


@pytest.fixture(scope="module")
def pack(report_desk, built):
    return report_desk.read(report_data.review_pack, built.call_id, today=date(2025, 11, 25))


@pytest.fixture(scope="module")
def pack_pdf(pack, tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("pack") / "pack.pdf"
    pages = write_review_pack(pack, path)
    return path, pages


def test_review_pack_is_written_atomically_and_counts_its_pages(pack_pdf):
    path, pages = pack_pdf
    assert path.read_bytes().startswith(b"%PDF-")
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]
    assert pages == 2 + 1 + 9  # cover, contents, overview, one page per (short) application


@needs_pdftotext
def test_review_pack_prints_every_name_literally(pack_pdf):
    path, _ = pack_pdf
    pages = pdf_pages(path)
    text = "\n".join(pages)
    for name in HOSTILE:
        assert name in text, name
    assert "Big" in text and "<font size=40>Big</font>" in text  # literal, not obeyed
    for key in ("latin", "cyrillic", "greek", "chinese"):
        assert SCRIPTS[key] in text, key
    assert SCRIPTS["arabic"] in normalised(text)
    assert REPRESENTATIVES["arabic"] in normalised(text)
    for key in ("latin", "cyrillic", "greek", "chinese"):
        assert REPRESENTATIVES[key] in text, key
    assert CALL_TITLE in text
    assert "Strong <b>bold</b> & clear" in text and "Former employer <X>" in text
    assert "Chen Wei 陈伟" in text


@needs_pdftotext
def test_review_pack_structure_contents_and_page_numbers(pack_pdf, pack):
    path, pages_count = pack_pdf
    pages = pdf_pages(path)
    assert len(pages) == pages_count
    _page_numbers_everywhere(pages)
    assert "Review pack" in pages[0] and "Multi-stakeholder Advisory Committee" in pages[0]
    toc = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    assert "Contents" in toc
    # Every application has a contents line ending in the page where its section starts.
    for ranked in pack.applications:
        name = ranked.summary.display_name
        line = next((ln for ln in normalised(toc).splitlines() if normalised(name) in ln), None)
        assert line is not None, f"{name} missing from the contents"
        number = int(re.search(r"(\d+)\s*$", line).group(1))
        assert normalised(name) in normalised(pages[number - 1]), name
        assert "Scores" in pages[number - 1]
    # Ranking: rank 1 first; the unscored application last, unranked.
    assert pack.applications[-1].rank is None
    assert "Not ranked: no scores yet" in pages[-1]
    assert "Large disagreement between reviewers" in "\n".join(pages)


@needs_qpdf
def test_review_pack_outline_has_an_entry_per_application(pack_pdf, pack):
    path, _ = pack_pdf
    _qpdf_check(path)
    outline = _outline(path)
    titles = [title for _, title, _ in outline]
    for section in ("Cover", "Contents", "Overview", "Ranking", "Evaluation criteria", "Applications"):
        assert section in titles
    apps = [(title, page) for level, title, page in outline if level == 1 and title not in
            ("Ranking", "Evaluation criteria", "Reviewers")]
    assert len(apps) == len(pack.applications)
    for (title, _page), ranked in zip(apps, pack.applications, strict=True):
        assert title.endswith(ranked.summary.display_name)  # outline titles keep the stored text
        if ranked.rank is not None:
            assert title.startswith(ranked.rank_text if ranked.tied else f"{ranked.rank}. ")
    pages = [page for _, page in apps]
    assert pages == sorted(pages) and len(set(pages)) == len(pages)


@needs_pdftotext
def test_application_summary_is_one_page(report_desk, built, tmp_path):
    for name in [HOSTILE[0], SCRIPTS["arabic"], SCRIPTS["chinese"]]:
        summary = report_desk.read(report_data.application_summary, built.app_ids[name])
        path = tmp_path / "summary.pdf"
        assert write_application_summary(summary, path, letterhead="SPP report_desk <letterhead> & co") == 1
        pages = pdf_pages(path)
        assert len(pages) == 1
        _page_numbers_everywhere(pages)
        assert normalised(name) in normalised(pages[0])
        assert "SPP report_desk <letterhead> & co" in pages[0]
        if QPDF:
            _qpdf_check(path)


def test_application_summary_shortens_a_long_statement_to_stay_on_one_page(report_desk, built, tmp_path):
    from dataclasses import replace

    summary = report_desk.read(report_data.application_summary, built.app_ids[HOSTILE[0]])
    history = summary.history * 10
    long = replace(summary, statement="A long statement <with markup> & more. " * 400, history=history)
    assert write_application_summary(long, tmp_path / "long.pdf") == 1


@needs_pdftotext
def test_letters(report_desk, built, tmp_path):
    accepted = report_desk.read(report_data.application_summary, built.app_ids[HOSTILE[0]])
    refused = report_desk.read(report_data.application_summary, built.app_ids[HOSTILE[2]])
    arabic = report_desk.read(report_data.application_summary, built.app_ids[SCRIPTS["arabic"]])
    letter = Letter(date(2025, 11, 21), "Ana <Desk> Officer", "The SPP <report_desk>\nUNEP & partners")

    assert write_acknowledgement_letter(arabic, letter, tmp_path / "ack.pdf") == 1
    text = flat(normalised(pdf_pages(tmp_path / "ack.pdf")[0]))
    assert SCRIPTS["arabic"] in text and REPRESENTATIVES["arabic"] in text
    assert "The SPP <report_desk>" in text and "UNEP & partners" in text and "Ana <Desk> Officer" in text
    assert "18 September 2025" in text and CALL_TITLE in text

    assert write_decision_letter(accepted, letter, tmp_path / "yes.pdf") == 1
    text = flat(pdf_pages(tmp_path / "yes.pdf")[0])
    assert "Smith & Sons <Ltd> has been accepted" in text
    assert "1 January 2026 to 31 December 2027" in text
    assert "Page 1 of 1" in text

    assert write_decision_letter(refused, letter, tmp_path / "no.pdf") == 1
    text = flat(pdf_pages(tmp_path / "no.pdf")[0])
    assert "has not been accepted" in text
    assert "The offer <staff> did not meet the minimum & was unclear." in text
    assert "AT&T <b>" in text
    if QPDF:
        for name in ("ack.pdf", "yes.pdf", "no.pdf"):
            _qpdf_check(tmp_path / name)


def test_decision_letter_needs_a_decision_and_a_rationale(report_desk, built, tmp_path):
    from dataclasses import replace

    pending = report_desk.read(report_data.application_summary, built.app_ids[HOSTILE[1]])
    letter = Letter(date(2025, 11, 21))
    with pytest.raises(ReportError, match="no decision yet"):
        write_decision_letter(pending, letter, tmp_path / "x.pdf")
    refused = report_desk.read(report_data.application_summary, built.app_ids[HOSTILE[2]])
    with pytest.raises(ReportError, match="no rationale"):
        write_decision_letter(replace(refused, decision_rationale="  "), letter, tmp_path / "x.pdf")
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")]  # nothing half-written


@needs_pdftotext
def test_an_empty_call_still_makes_a_pack(report_desk, built, tmp_path):
    pack = report_desk.read(report_data.review_pack, built.other_call_id)
    assert write_review_pack(pack, tmp_path / "empty.pdf") == 3  # cover, contents, overview and applications
    pages = pdf_pages(tmp_path / "empty.pdf")
    _page_numbers_everywhere(pages)
    assert "This call has no applications yet." in pages[-1]


@needs_pdftotext
def test_shared_base_draft_watermark_contents_and_bookmarks(tmp_path):
    """What the dossier will reuse: DRAFT until final, contents with page numbers, bookmarks."""
    st = styles()
    names = [SCRIPTS[k] for k in SCRIPTS] + HOSTILE
    for draft in (True, False):
        story = [heading("Contents", st.h1, "contents", toc=False), contents()]
        for i, name in enumerate(names):
            story += [heading(name, st.h1, f"s{i}"), para(name + " " + "text " * 600, st.body)]
        path = tmp_path / f"doc-{draft}.pdf"
        doc = DeskDocument(path, title="Dossier <draft>", letterhead="", footer="footer & <b>", draft=draft)
        count = doc.render(story)
        assert doc.passes == 2  # contents sized before the first pass; the second prints the numbers
        pages = pdf_pages(path)
        assert len(pages) == count >= 5
        _page_numbers_everywhere(pages)
        # pdftotext gives the rotated watermark one letter a line.
        assert all((set(re.findall(r"^\s*([DRAFT])\s*$", page, re.M)) == set("DRAFT")) == draft for page in pages)
        toc = normalised(pages[0])
        for name in names:
            assert normalised(name) in toc
        if QPDF:
            _qpdf_check(path)
            outline = _outline(path)
            assert [normalised(t) for _, t, _ in outline[1:]] == [normalised(n) for n in names]
            assert [p for _, _, p in outline[1:]] == sorted(p for _, _, p in outline[1:])


def test_missing_output_folder_is_a_plain_error(pack, tmp_path):
    with pytest.raises(ReportError, match="does not exist"):
        write_review_pack(pack, tmp_path / "nowhere" / "pack.pdf")


def test_scores_tables_name_reviewers_or_number_them_with_a_key():
    from reportlab.platypus import Paragraph, Table

    from opn_desk.reports.applications import scores_tables
    from opn_desk.reports.values import CriterionScores, Scores

    def scores(names):
        crit = CriterionScores("C <1>", 1.0, tuple(3.0 for _ in names), 3.0, 0.0, False)
        return Scores(reviewers=tuple(names), criteria=(crit,), weighted_total=3.0)

    def header_texts(table: Table) -> list[str]:
        return ["".join(f.text for f in cell.frags) if isinstance(cell, Paragraph) else str(cell)
                for cell in table._cellvalues[0]]

    short = scores(["Ann <A>", "Bo & Co"])
    tables = scores_tables(short)
    assert header_texts(tables[0])[2:4] == ["Ann <A>", "Bo & Co"]

    long = scores([f"Reviewer with a rather long name number {i}" for i in range(10)])
    tables = [t for t in scores_tables(long) if isinstance(t, Table)]
    assert len(tables) == 2  # eight reviewers a table
    assert header_texts(tables[0])[2:4] == ["R1", "R2"] and header_texts(tables[1])[2:4] == ["R9", "R10"]
    key = [f for f in scores_tables(long) if isinstance(f, Paragraph) and "R10 = " in "".join(x.text for x in f.frags)]
    assert key, "the reviewers' key is missing"
