"""The leadership renewal dossier and the roster, rendered from the demo database.

The demo's SPP renewal (step 3) gets six more co-lead applicants, with hostile and multi-script names and
representatives, so every script the dossier promises is printed and read back. Reading the PDFs needs
poppler-utils (pdftotext) and qpdf, as in test_report_pdfs.py.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date, timedelta

import pytest
from report_fixtures import (
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

from opn_desk.cli import main
from opn_desk.domain.applications import ApplicationInput
from opn_desk.domain.registry import OrganisationInput, PersonInput
from opn_desk.services import applications, registry, renewal, report_data

EXTRA = [  # organisation, country, representative
    (HOSTILE[2], "USA", HOSTILE[1]),  # AT&T <b>, represented by <font size=40>Big</font>
    (HOSTILE[0], "GBR", "Ann <O'Neil> & Co"),
    (SCRIPTS["cyrillic"], "RUS", REPRESENTATIVES["cyrillic"]),
    (SCRIPTS["greek"], "GRC", REPRESENTATIVES["greek"]),
    (SCRIPTS["chinese"], "CHN", REPRESENTATIVES["chinese"]),
    (SCRIPTS["arabic"], "SAU", REPRESENTATIVES["arabic"]),
    (SCRIPTS["latin"], "FRA", REPRESENTATIVES["latin"]),
]


def flat(text: str) -> str:
    return " ".join(text.split())


def _arabic(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def shows(text: str, name: str) -> bool:
    """``name`` is in ``text`` as stored (Arabic folded back; a name mixing Arabic with Latin word by word;
    a name wrapped in a table cell whose lines pdftotext interleaves with the next cell's, word by word in
    order with at most a few of the neighbour's words between)."""
    page, wanted = flat(normalised(text)), flat(normalised(name))
    if wanted in page:
        return True
    if any(_arabic(ch) for ch in wanted) and any(ch.isascii() and ch.isalpha() for ch in wanted):
        return all(word in page for word in wanted.split())
    return in_order(page.split(), wanted.split())


def in_order(words: list[str], wanted: list[str], gap: int = 4) -> bool:
    """``wanted`` in ``words`` in order, at most ``gap`` other words between two of its words."""
    for start, word in enumerate(words):
        if word != wanted[0]:
            continue
        at = start
        for part in wanted[1:]:
            found = next((k for k in range(at + 1, min(len(words), at + 2 + gap)) if words[k] == part), None)
            if found is None:
                break
            at = found
        else:
            return True
    return False


def _add_candidates(session):
    pid = renewal.latest_process(session, "SPP")
    call_id = renewal.get_process(session, pid).call_id
    for name, iso3, rep in EXTRA:
        org = registry.create_organisation(session, OrganisationInput(name=name, country_iso3=iso3,
                                                                       stakeholder_cluster="civil_society"))
        person = registry.add_person(session, PersonInput(org, rep, gender="female"))
        app = applications.record_application(session, ApplicationInput(
            organisation_id=org, programme_code="SPP", role="co_lead", call_id=call_id, representative_id=person,
            received_on=date.today() - timedelta(days=20), contribution_kinds=("in_kind",),
            contribution_details="Offices <free> & staff"))
        applications.move_application(session, app, "screening")
        applications.move_application(session, app, "under_review", override="Checked")
    first = renewal.list_candidates(session, pid)
    hostile = next(c for c in first if c.organisation == HOSTILE[2])
    applications.set_mac_opinion(session, hostile.key, "The MAC <strongly> supports AT&T's bid")
    renewal.propose(session, pid, hostile.key, note="Adds the private sector <finally>")
    return pid


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from opn_desk.db.store import open_store
    from opn_desk.services.demo import generate_demo
    from opn_desk.services.desk import Desk

    path = tmp_path_factory.mktemp("leadership") / "demo.sqlite"
    store = open_store(path)
    generate_demo(store, organisations=300)
    desk = Desk(store, actor="Test Officer")
    desk.write("Add candidates", _add_candidates)
    yield desk
    store.close()


@pytest.fixture(scope="module")
def dossier(demo):
    return demo.read(report_data.leadership_dossier, "SPP")


@pytest.fixture(scope="module")
def pdfs(dossier, tmp_path_factory):
    from opn_desk.reports.leadership import write_dossier

    folder = tmp_path_factory.mktemp("dossier")
    draft, final = folder / "draft.pdf", folder / "final.pdf"
    return {"draft": (draft, write_dossier(dossier, draft)), "final": (final, write_dossier(dossier, final, final=True))}


def _numbered(pages: list[str]) -> None:
    for n, text in enumerate(pages, start=1):
        assert PAGE_OF.findall(text) == [(str(n), str(len(pages)))], f"page {n}"


def _watermarked(page: str) -> bool:
    # pdftotext gives the rotated watermark one letter a line.
    return set(re.findall(r"^\s*([DRAFT])\s*$", page, re.M)) == set("DRAFT")


# --- the values ------------------------------------------------------------------------------------

def test_dossier_values_from_the_demo(dossier):
    assert dossier.programme_code == "SPP" and dossier.current_step == 3
    assert len(dossier.candidates) >= 6 + len(EXTRA)
    names = [p.candidate.organisation for p in dossier.candidates]
    assert HOSTILE[2] in names and SCRIPTS["arabic"] in names
    assert dossier.current_leadership and dossier.criteria and dossier.succession and dossier.checklist
    assert len(dossier.proposed) > 3 and dossier.balance is not None and dossier.balance.seats == len(dossier.proposed)
    ranked = [p.candidate.rank for p in dossier.candidates if p.candidate.rank is not None]
    assert ranked == list(range(1, len(ranked) + 1))
    assert all(p.record for p in dossier.candidates if p.candidate.incumbent)


# --- the dossier PDF -------------------------------------------------------------------------------

@needs_qpdf
def test_dossier_is_valid_and_has_an_outline_entry_per_section_and_candidate(pdfs, dossier):
    path, count = pdfs["draft"]
    _qpdf_check(path)
    _qpdf_check(pdfs["final"][0])
    outline = _outline(path)
    top = [title for level, title, _ in outline if level == 0]
    assert top == ["Cover", "Contents", "The renewal process", "Current leadership and their terms", "Candidates",
                   "Candidate profiles", "The proposed leadership", "Succession planning to 2030",
                   "The external review's recommendations", "Annex A: Evaluation criteria",
                   "Annex B: The process steps"]
    start = next(i for i, (_, title, _) in enumerate(outline) if title == "Candidate profiles")
    people = []
    for level, title, page in outline[start + 1:]:
        if level == 0:
            break
        people.append((title, page))
    assert len(people) == len(dossier.candidates)
    for (title, _page), profile in zip(people, dossier.candidates, strict=True):
        c = profile.candidate
        assert normalised(title).endswith(normalised(c.display_name))  # outline titles keep the stored text
        if c.rank:
            assert title.startswith(f"{c.rank}. ")
    pages = [p for _, p in people]
    # profiles flow: two may share a page, never more than two
    assert pages == sorted(pages) and max(pages.count(p) for p in pages) <= 2 and pages[-1] <= count
    steps = [title for level, title, _ in outline if title.startswith("Step ")]
    assert len(steps) == 4 and {"Balance", "Balance rules"} <= {t for _, t, _ in outline}


@needs_pdftotext
def test_dossier_pages_are_numbered_and_every_candidate_prints_as_stored(pdfs, dossier):
    path, count = pdfs["draft"]
    pages = pdf_pages(path)
    assert len(pages) == count
    _numbered(pages)
    text = "\n".join(pages)
    for profile in dossier.candidates:
        c = profile.candidate
        assert shows(text, c.organisation), c.organisation
        if c.representative:
            assert shows(text, c.representative), c.representative
    # Each candidate's own profile page names it and its representative.
    if QPDF:
        profiles = [(t, p) for level, t, p in _outline(path) if level == 1 and not t.startswith(("Step", "Balance"))]
        for (_title, page), profile in zip(profiles, dossier.candidates, strict=True):
            c = profile.candidate
            assert shows(pages[page - 1], c.organisation), c.organisation
            assert not c.representative or shows(pages[page - 1], c.representative), c.representative
            assert "Record in the network" in pages[page - 1] or "Record in the network" in pages[page]


@needs_pdftotext
def test_every_script_and_hostile_name_prints_literally(pdfs):
    text = "\n".join(pdf_pages(pdfs["draft"][0]))
    for name, _iso3, rep in EXTRA:
        assert shows(text, name) and shows(text, rep), name
    for key in ("latin", "cyrillic", "greek", "chinese"):
        assert SCRIPTS[key] in flat(text) and REPRESENTATIVES[key] in text
    assert SCRIPTS["arabic"] in normalised(text) and REPRESENTATIVES["arabic"] in normalised(text)
    assert "AT&T <b>" in text and "<font size=40>Big</font>" in text and "Ann <O'Neil> & Co" in text
    assert "The MAC <strongly> supports AT&T's bid" in flat(text)
    assert "Adds the private sector <finally>" in flat(text)
    assert "In kind: Offices <free> & staff" in flat(text)


@needs_pdftotext
def test_draft_until_final(pdfs):
    draft = pdf_pages(pdfs["draft"][0])
    final = pdf_pages(pdfs["final"][0])
    assert all(_watermarked(page) for page in draft)
    assert "DRAFT" in draft[0]
    assert not any(_watermarked(page) for page in final)
    assert "DRAFT" not in "\n".join(final) and "FINAL" in final[0]
    _numbered(final)


@needs_pdftotext
def test_dossier_sections_contents_and_charts(pdfs, dossier):
    path, _ = pdfs["draft"]
    pages = pdf_pages(path)
    cover = flat(pages[0])
    assert "Leadership renewal dossier" in cover and "Sustainable Public Procurement (SPP)" in cover
    assert "Step 3 of 4: Review of applications" in cover and date.today().strftime("%Y") in cover
    toc = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "3", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    for section in ("The renewal process", "Candidates", "The proposed leadership", "Annex A: Evaluation criteria"):
        line = next(ln for ln in toc.splitlines() if ln.strip().startswith(section))
        number = int(re.search(r"(\d+)\s*$", line).group(1))
        assert section in pages[number - 1]
    process = next(p for p in pages if "Timeline: planned and actual" in p)
    for label in ("Planned", "Actual (done)", "Today", "1. Agree on the need"):
        assert label in process
    assert any("The proposed leadership" in p for p in pages)
    proposed = next(p for p in pages if "By regional group" in p)
    assert "GRULAC" in proposed or "WEOG" in proposed or "Africa" in proposed  # chart axis labels
    annex = "\n".join(p for p in pages if "Annex B" in p or "Step 4: Submission to the Board" in p)
    assert "Evidence" in annex and "Step 1: Agree on the need, the steps and the timeline" in flat(annex)
    words = flat(normalised("\n".join(pages))).split()
    for item in dossier.checklist:
        # A wrapped item's lines come out of pdftotext with the "by whom, when" cell beside it between them.
        assert in_order(words, flat(normalised(item.text)).split(), gap=8), item.text


# --- the roster ------------------------------------------------------------------------------------

@needs_pdftotext
def test_roster_from_the_demo(demo, tmp_path):
    from opn_desk.reports.leadership import write_roster

    roster = demo.read(report_data.roster, "SPP")
    assert roster.co_leads and len(roster.core_partners) >= 20
    path = tmp_path / "roster.pdf"
    count = write_roster(roster, path)
    pages = pdf_pages(path)
    assert len(pages) == count
    _numbered(pages)
    text = "\n".join(pages)
    assert "Co-leads" in text and "Core partners (the MAC)" in text
    for m in (*roster.co_leads, *roster.core_partners):
        assert shows(text, m.organisation), m.organisation
        if m.representative:
            assert shows(text, m.representative), m.representative
    assert "DRAFT" not in text
    if QPDF:
        _qpdf_check(path)
        titles = [t for _, t, _ in _outline(path)]
        assert titles == ["Roster", "Co-leads", "Core partners (the MAC)"]
    # Another date, another composition; history is not overwritten.
    past = demo.read(report_data.roster, "SPP", as_of=date(2023, 6, 1))
    assert {m.membership_id for m in past.core_partners} != {m.membership_id for m in roster.core_partners}
    assert write_roster(past, tmp_path / "past.pdf") >= 1
    assert "This is a past date" in flat(pdf_pages(tmp_path / "past.pdf")[0])


# --- the command line ------------------------------------------------------------------------------

def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_command_line_dossier_and_roster(capsys, demo, tmp_path):
    db = demo.store.path
    out_pdf = tmp_path / "dossier.pdf"
    code, out, err = run(capsys, "report", "dossier", "--db", db, "--programme", "spp", "--out", out_pdf)
    assert code == 0, err
    assert out.count("\n") == 1 and re.search(r"DRAFT leadership renewal dossier for SPP \(\d+ candidates\) .*: "
                                              r"\d+ pages\.$", out.strip())
    pages = int(re.search(r"(\d+) pages\.$", out.strip()).group(1))
    if QPDF:
        _qpdf_check(out_pdf)
    code, out, err = run(capsys, "report", "dossier", "--db", db, "--programme", "SPP", "--out", out_pdf, "--final")
    assert code == 0 and "FINAL leadership renewal dossier" in out and f": {pages} pages." in out

    code, out, err = run(capsys, "report", "dossier", "--db", db, "--programme", "XYZ", "--out", tmp_path / "x.pdf")
    assert code == 2 and out == "" and "There is no programme with the code 'XYZ'" in err
    for code_name in ("SPP", "CI", "SFS", "SLE", "STP", "SBC"):
        assert f"\n  {code_name}  " in err
    code, out, err = run(capsys, "report", "dossier", "--db", db, "--programme", "CI", "--out", tmp_path / "x.pdf")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "CI – Consumer Information has no leadership renewal process yet" in err
    assert not (tmp_path / "x.pdf").exists()
    code, _, err = run(capsys, "report", "dossier", "--db", db, "--out", tmp_path / "x.pdf")
    assert code == 2 and "--programme CODE" in err

    code, out, err = run(capsys, "report", "roster", "--db", db, "--programme", "SPP", "--as-of", "2025-01-01",
                         "--out", tmp_path / "roster.pdf")
    assert code == 0, err
    assert re.fullmatch(r"Wrote the roster of SPP as of 2025-01-01 \(\d+ co-leads, \d+ core partners\) to .*: "
                        r"\d+ pages?\.", out.strip())
    code, _, err = run(capsys, "report", "roster", "--db", db, "--programme", "SPP", "--as-of", "1 May",
                       "--out", tmp_path / "roster.pdf")
    assert code == 2 and "is not a date in the form YYYY-MM-DD" in err
    code, _, err = run(capsys, "report", "roster", "--db", db, "--programme", "SPP", "--out", tmp_path / "r.txt")
    assert code == 2 and "must end in .pdf" in err


def test_command_line_dossier_editions(cli, demo, tmp_path):
    """``--edition summary`` writes the Board's edition, shorter than the full dossier (the default);
    an unknown edition, or --edition on another report, is one sentence and exit 2, nothing written."""
    db = str(demo.store.path)
    full, summary = tmp_path / "full.pdf", tmp_path / "summary.pdf"
    r = cli("report", "dossier", "--db", db, "--programme", "SPP", "--out", str(full))
    assert r.returncode == 0, r.stderr
    full_pages = int(re.search(r"(\d+) pages\.$", r.stdout.strip()).group(1))
    assert "summary" not in r.stdout
    r = cli("report", "dossier", "--db", db, "--programme", "SPP", "--edition", "summary", "--out", str(summary))
    assert r.returncode == 0, r.stderr
    assert re.fullmatch(r"Wrote the DRAFT leadership renewal dossier \(summary edition\) for SPP \(\d+ candidates\) "
                        r"to .*: \d+ pages\.", r.stdout.strip())
    summary_pages = int(re.search(r"(\d+) pages\.$", r.stdout.strip()).group(1))
    assert summary_pages < full_pages
    text = " ".join(subprocess.run(["pdftotext", str(summary), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "summary for the Board" in text and "Annex A" not in text

    r = cli("report", "dossier", "--db", db, "--programme", "SPP", "--edition", "short", "--out",
            str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1
    assert "'short' is not an edition of the dossier: give full or summary." in r.stderr
    r = cli("report", "roster", "--db", db, "--programme", "SPP", "--edition", "summary", "--out",
            str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "--edition is for the dossier." in r.stderr
    assert not (tmp_path / "x.pdf").exists()
