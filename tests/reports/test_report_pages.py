"""Every report built from the demo desk, looked at page by page as a Board member would.

Each PDF is checked with qpdf, each page rendered to PNG at low resolution (pdftoppm -r 30), and its
text layer (pdftotext -layout, one page at a time) checked for what can be checked by a program:

- a table's header row never appears twice on one page (it repeats only at the top of a continued page);
- no word is split across two lines ("Withdraw / n", "Organisa / tion"): the end of a line in a cell and
  the start of the next line of that cell never join into a word the reports print elsewhere;
- no stored code as text ("un_agency", "Ngo", "regional_group EEG"), weights as percentages, scores
  with two decimals;
- the running header is never cut ("…");
- page counts within bounds (the five-lead dossier's summary edition fits a few pages).
"""

from __future__ import annotations

import dataclasses
import math
import re
import shutil
import sqlite3
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest

TOOLS = ("pdftoppm", "pdftotext", "qpdf")
CALL = "SPP core partners call 2026"
HEADER_WORDS = {"Organisation", "Rule", "Criterion", "Count", "Score", "Weight", "Seats", "Cluster", "Step",
                "Programme", "Rank", "Candidate", "Item", "Year", "Date", "Mean", "Reviewers", "Bound"}


def _require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:  # .ci/run installs poppler-utils and qpdf; a bare machine says what to install
        pytest.fail(f"{', '.join(missing)} missing: apt-get install -y poppler-utils qpdf")


def _words(value, out: set[str]) -> None:
    """Every word of every string in a report's values (the source the printed words come from)."""
    if isinstance(value, str):
        out.update(w.strip(".,;:()[]\"'“”!?") for w in value.split())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _words(getattr(value, f.name), out)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _words(item, out)
    elif isinstance(value, dict):
        for k, v in value.items():
            _words(k, out)
            _words(v, out)


@dataclasses.dataclass
class Report:
    name: str
    path: Path
    pages: int
    texts: list[str]  # one per page
    values: object


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Report]:
    _require_tools()
    from opn_desk.db.store import open_store
    from opn_desk.services import documents
    from opn_desk.services.demo import generate_demo
    from opn_desk.services.desk import Desk

    folder = tmp_path_factory.mktemp("pages")
    db = folder / "demo.sqlite"
    store = open_store(db, create=True)
    try:
        generate_demo(store, seed=1)
    finally:
        store.close()
    con = sqlite3.connect(db)
    try:
        call_id = uuid.UUID(con.execute("SELECT id FROM call WHERE title = ?", (CALL,)).fetchone()[0])
        app_id = uuid.UUID(con.execute("SELECT id FROM application WHERE call_id = ? ORDER BY id",
                                       (call_id.hex,)).fetchone()[0])
        decided = con.execute("SELECT id FROM application WHERE decision IN ('accepted', 'not_accepted') "
                              "AND decision_rationale != '' ORDER BY id").fetchone()
    finally:
        con.close()
    store = open_store(db, readonly=True)
    desk = Desk(store, actor="test")
    built = {}
    try:
        jobs = {
            "dossier": lambda p: documents.dossier(desk, "SPP", p),
            "dossier-summary": lambda p: documents.dossier(desk, "SPP", p, edition="summary"),
            "roster": lambda p: documents.roster(desk, "SPP", p, as_of=date(2026, 12, 3)),
            "review-pack": lambda p: documents.review_pack(desk, call_id, p),
            "selection": lambda p: documents.selection_report(desk, call_id, p),
            "application": lambda p: documents.application_document(desk, "summary", app_id, p),
            "acknowledgement": lambda p: documents.application_document(desk, "acknowledgement", app_id, p),
        }
        if decided:
            jobs["decision"] = lambda p: documents.application_document(desk, "decision", uuid.UUID(decided[0]), p)
        for name, job in jobs.items():
            path = folder / f"{name}.pdf"
            written = job(path)
            text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                  check=True).stdout
            pages = text.split("\f")
            if pages and not pages[-1].strip():
                pages = pages[:-1]
            built[name] = Report(name, path, written.pages, pages, written.values)
    finally:
        store.close()
    return built


def _source_words(reports: dict[str, Report]) -> tuple[set[str], set[str]]:
    """(words of the values and the vocabularies, every word printed anywhere)."""
    from opn_desk.domain import vocab

    source: set[str] = set()
    for r in reports.values():
        _words(r.values, source)
    for vocabulary in (vocab.STAKEHOLDER_CLUSTERS, vocab.ROLES, vocab.GENDERS, vocab.APPLICATION_STATUSES,
                       vocab.MEMBERSHIP_STATUSES, vocab.ORGANISATION_TYPES, vocab.REGIONAL_GROUPS):
        for term in vocabulary:
            _words((term.label, term.short_label), source)
    printed = {w.strip(".,;:()[]\"'“”!?") for r in reports.values() for page in r.texts for w in page.split()}
    return source, printed


def _cells(line: str) -> list[tuple[int, str]]:
    """(start column, text) of each cell of a -layout line (cells are 2 or more spaces apart)."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def test_every_report_is_valid_and_renders_page_by_page(reports, tmp_path):
    for r in reports.values():
        check = subprocess.run(["qpdf", "--check", str(r.path)], capture_output=True, text=True)
        assert check.returncode == 0, (r.name, check.stdout[-300:])
        assert len(r.texts) == r.pages, r.name
        prefix = tmp_path / r.name
        subprocess.run(["pdftoppm", "-png", "-r", "30", str(r.path), str(prefix)], check=True)
        images = sorted(tmp_path.glob(f"{r.name}-*.png"))
        assert len(images) == r.pages, r.name
        assert all(image.stat().st_size > 500 for image in images), r.name


def test_a_header_row_appears_at_most_once_on_a_page(reports):
    """Within one table: two tables of the same kind (each candidate's scores) are told apart by the
    heading between them (a bookmark of the PDF)."""
    from report_fixtures import outline

    for r in reports.values():
        titles = [re.sub(r"^\d+[.=]?\s+", "", title) for _level, title, _page in outline(r.path)]
        titles = [title for title in titles if len(title) > 3]
        for number, page in enumerate(r.texts, start=1):
            seen: dict[str, int] = {}
            lines = page.splitlines()
            for i, line in enumerate(lines):
                cells = [text for _start, text in _cells(line)]
                if not (len(cells) >= 2 and any(c in HEADER_WORDS for c in cells)
                        and not any(ch.isdigit() for ch in line)):
                    continue
                key = " | ".join(cells)
                if key in seen:
                    between = "\n".join(lines[seen[key] + 1:i])
                    assert any(title in between for title in titles), (
                        f"{r.name} page {number}: header row repeated within a table: {key}")
                seen[key] = i


def test_no_word_is_broken_across_lines(reports):
    source, printed = _source_words(reports)
    known = source | printed
    broken = []
    for r in reports.values():
        for number, page in enumerate(r.texts, start=1):
            lines = [line for line in page.splitlines()]
            for i, line in enumerate(lines[:-1]):
                following = next((nxt for nxt in lines[i + 1:i + 3] if nxt.strip()), "")
                starts = {start: text for start, text in _cells(following)}
                for start, text in _cells(line):
                    head = text.split()[-1]
                    below = next((t for s, t in starts.items() if abs(s - start) <= 1), None)
                    if below is None or not head[-1:].isalpha():
                        continue
                    tail = below.split()[0].rstrip(".,;:)")
                    joined = (head + tail).strip(".,;:()\"'“”")
                    if (tail[:1].islower() and len(joined) >= 5 and joined in known and tail not in source
                            and head.strip("(\"'“") not in source):
                        broken.append(f"{r.name} p{number}: {head} / {tail}")
    assert not broken, broken


def test_no_codes_raw_weights_or_long_scores_are_printed(reports):
    from opn_desk.domain.vocab import ORGANISATION_TYPES, STAKEHOLDER_CLUSTERS

    codes = {t.code for v in (ORGANISATION_TYPES, STAKEHOLDER_CLUSTERS) for t in v if "_" in t.code}
    codes |= {"regional_group", "stakeholder_cluster", "representative_gender"}
    for r in reports.values():
        for number, page in enumerate(r.texts, start=1):
            where = f"{r.name} page {number}"
            for code in codes:
                assert not re.search(rf"\b{code}\b", page), (where, code)
            assert not re.search(r"\bNgo\b|\bUn agency\b", page), where
            assert not re.search(r"(?<![\d.])0\.\d{3}\b", page), (where, "a weight as 0.333")
            assert not re.search(r"(?<![\d.-])\d+\.\d{3,}(?![\d-])", page), (where, "a score with more than two decimals")


def test_weights_print_as_percentages(reports):
    pack = "\n".join(reports["review-pack"].texts)
    assert re.search(r"Relevance to the programme's.*\b33(\.3)?%", pack)
    dossier = "\n".join(reports["dossier-summary"].texts)
    assert re.search(r"\b\d{1,2}%\s+\d+\s+\d\.\d\d", dossier)


def test_running_headers_are_never_cut(reports):
    for r in reports.values():
        for number, page in enumerate(r.texts, start=1):
            top = next((line for line in page.splitlines() if line.strip()), "")
            assert "…" not in top, f"{r.name} page {number}: {top.strip()}"
    first = next(line for line in reports["dossier"].texts[2].splitlines() if line.strip())
    assert "Leadership renewal dossier: SPP" in first or "Leadership renewal dossier: Sustainable Public" in first


def test_page_counts_stay_within_bounds(reports):
    dossier = reports["dossier"].values
    proposed, candidates = len(dossier.proposed), len(dossier.candidates)
    assert proposed == 5
    # the summary edition: a page or two for the decision and the balance, half a page per candidate
    assert reports["dossier-summary"].pages <= 2 + math.ceil(candidates / 2) + 1
    assert reports["dossier-summary"].pages < reports["dossier"].pages
    assert reports["dossier"].pages <= 4 + candidates + 3  # cover, contents, sections that flow
    assert reports["selection"].pages <= 8
    assert reports["roster"].pages <= 4
    for one_page in ("application", "acknowledgement", "decision"):
        if one_page in reports:
            assert reports[one_page].pages == 1, one_page


def test_no_near_empty_page_in_the_middle_of_a_report(reports):
    for name in ("dossier-summary", "selection", "roster"):
        r = reports[name]
        for number, page in enumerate(r.texts[:-1], start=1):
            body = [line for line in page.splitlines()[1:-1] if line.strip()]
            assert len(body) >= 12, f"{name} page {number} is nearly empty ({len(body)} lines)"


def test_who_counts_names_the_organisations_and_counts_read_well(reports):
    rep = reports["selection"].values
    named = [row for row in rep.balance if "personal data" not in row.message and row.count]
    slate = {row.name for row in rep.slate}
    assert named and all(any(name in row.message for name in slate) for row in named
                         if not row.name.startswith("One per"))
    text = "\n".join(reports["selection"].texts)
    assert not re.search(r"\b1 of them incumbents\b", text)


def test_a_column_too_narrow_for_a_labels_longest_word_takes_the_short_label():
    """"inter-g / overnmental" never: the cluster's label gives way to the window's short label (vocab.py)
    when its column cannot hold the label's longest word; a column that can keeps the full label."""
    from reportlab.platypus import Paragraph

    from opn_desk.domain.vocab import STAKEHOLDER_CLUSTERS
    from opn_desk.reports.base import fit_widths, styles, term_cell, text_width

    st = styles()
    name = "A very long organisation name that needs a lot of room in its column to stay on one line " * 2

    def data():
        return [[Paragraph(name, st.cell), term_cell("UN and other inter-governmental", st.cell, STAKEHOLDER_CLUSTERS)]]

    wide = data()
    widths = fit_widths(wide, 400)
    assert wide[0][1].getPlainText() == "UN and other inter-governmental"
    assert widths[1] >= text_width("inter-governmental", st.cell.fontName, st.cell.fontSize) + 8

    narrow = data()
    room = text_width("inter-governmental", st.cell.fontName, st.cell.fontSize) + 8 + 60 - 1
    widths = fit_widths(narrow, room)
    assert narrow[0][1].getPlainText() == STAKEHOLDER_CLUSTERS.short("intergovernmental") == "UN / IGO"
    assert sum(widths) <= room + 0.01
    assert widths[0] >= text_width("organisation", st.cell.fontName, st.cell.fontSize)
