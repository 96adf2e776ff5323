"""`opn-desk report progress --out FILE.docx` (issue 15): the work plan's progress report as a Word document
officers edit before sending, read back with python-docx as Word would open it: the symbol, distribution and
date, the sections by area as headings, one table Tasks | Progress | Next steps per section with one row
per task; .pdf keeps working, any other extension is refused with one sentence, and nothing half-written
is ever left."""

from __future__ import annotations

from datetime import date

import docx
import pytest

from opn_desk import i18n

AS_OF = date(2026, 11, 22)
TASKS = (  # (area, work-stream, title, status, progress, next steps)
    ("Advocacy", "Communications", "Publish the newsletter", "ongoing", "Two issues went out.", "Send the third."),
    ("Advocacy", "Communications", "Renew the website", "completed", "Online since June.", ""),
    ("Advocacy", "Events", "Hold the webinar on ICT", "not_started", "", ""),
    ("Implementation", "Monitoring", "Collect the partners' reports", "ongoing", "Half are in.\nReminders sent.",
     "Chase the late ones."),
)


@pytest.fixture(scope="module")
def plan_db(tmp_path_factory):
    from opn_desk.db.store import open_store
    from opn_desk.services import work_plan
    from opn_desk.services.desk import Desk

    path = tmp_path_factory.mktemp("plan") / "desk.sqlite"
    store = open_store(path)

    def build(session):
        for area, stream, title, status, progress, nxt in TASKS:
            tid = work_plan.add_task(session, "SPP", title, area=area, work_stream=stream, status=status,
                                     responsibility="Desk", due_on=date(2026, 12, 31))
            if progress or nxt:
                work_plan.add_progress(session, tid, date(2026, 10, 1), progress, nxt)
        postponed = work_plan.add_task(session, "SPP", "Train the buyers <of cities>", area="Implementation",
                                       work_stream="Training", due_on=date(2026, 6, 30))
        work_plan.set_status(session, postponed, "postponed", reason="The cities asked to wait")

    try:
        Desk(store, actor="Test Officer").write("A work plan", build)
    finally:
        store.close()
    return path


def _texts(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]


def test_the_docx_has_the_symbol_headings_by_area_and_a_row_per_task(plan_db, cli, tmp_path):
    out = tmp_path / "progress.docx"
    r = cli("report", "progress", "--db", plan_db, "--programme", "spp", "--as-of", AS_OF.isoformat(), "--out", out)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"Wrote the work plan progress report of SPP as of 2026-11-22 (5 tasks) to {out}."
    assert [p.name for p in tmp_path.iterdir()] == ["progress.docx"]  # no temporary file left beside it
    document = docx.Document(str(out))
    texts = _texts(document)
    top = texts[0][1]
    assert top.splitlines() == ["SPP/WP/2026/11", "Distribution: Co-leads, core partners and the 10YFP Secretariat",
                                "22 November 2026"]
    assert ("Title", "Work plan progress report") in texts
    assert ("Heading 2", "Note by the Coordination Desk") in texts
    headings = [text for style, text in texts if style == "Heading 1"]
    assert headings == ["I. Advocacy: Communications", "II. Advocacy: Events", "III. Implementation: Monitoring",
                        "IV. Implementation: Training"]
    tables = document.tables
    assert len(tables) == len(headings)
    for table in tables:
        assert [c.text for c in table.rows[0].cells] == ["Tasks", "Progress", "Next steps"]
        assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")  # the header row repeats on each page
    rows = [[c.text for c in row.cells] for table in tables for row in table.rows[1:]]
    assert len(rows) == 5  # one row per task
    assert ["Publish the newsletter (Responsible: Desk)", "Ongoing: Two issues went out.", "Send the third."] in rows
    assert ["Collect the partners' reports (Responsible: Desk)", "Ongoing: Half are in.\nReminders sent.",
            "Chase the late ones."] in rows
    postponed = next(row for row in rows if row[0].startswith("Train the buyers <of cities>"))
    assert postponed[1] == "Ongoing-postponed. Postponed: The cities asked to wait"
    assert document.sections[0].header.paragraphs[0].text.split() == ["SPP/WP/2026/11", "DRAFT"]
    assert document.core_properties.subject == "Work plan progress report"


def test_pdf_still_works_and_other_extensions_are_refused_in_one_sentence(plan_db, cli, tmp_path):
    r = cli("report", "progress", "--db", plan_db, "--programme", "SPP", "--out", tmp_path / "p.pdf")
    assert r.returncode == 0 and (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF-")
    assert r.stdout.rstrip().endswith("page.") or r.stdout.rstrip().endswith("pages.")
    for name in ("p.odt", "p.doc", "p.docx.txt"):
        r = cli("report", "progress", "--db", plan_db, "--programme", "SPP", "--out", tmp_path / name)
        assert r.returncode == 2 and not (tmp_path / name).exists()
        assert r.stderr == f"opn-desk: {name}: the report file must end in .pdf or .docx.\n"
    r = cli("report", "progress", "--db", plan_db, "--programme", "SPP", "--out", tmp_path / "none" / "p.docx")
    assert r.returncode == 2 and "does not exist" in r.stderr and "Traceback" not in r.stderr


def test_the_documents_fixed_text_goes_through_the_translator(tmp_path):
    from opn_desk.domain.work_plan import ProgressReportValues, ProgressRow
    from opn_desk.reports.work_plan_docx import write_progress_docx

    words = {"Tasks": "Tâches", "Progress": "Avancement", "Next steps": "Prochaines étapes",
             "Distribution: {distribution}": "Distribution : {distribution}"}
    values = ProgressReportValues("SPP", "Achats publics durables", "SPP/WP/2026/11", "Partenaires", AS_OF,
                                  "Rapport", "Note.", (("Plaidoyer", (ProgressRow("T", "P", "N", "ongoing"),)),), True)
    i18n.install(lambda _context, text: words.get(text, text), "fr")
    try:
        write_progress_docx(values, tmp_path / "fr.docx")
    finally:
        i18n.install(None)
    document = docx.Document(str(tmp_path / "fr.docx"))
    assert [c.text for c in document.tables[0].rows[0].cells] == ["Tâches", "Avancement", "Prochaines étapes"]
    assert document.paragraphs[0].text.splitlines() == ["SPP/WP/2026/11", "Distribution : Partenaires",
                                                        "22 novembre 2026"]
    assert document.sections[0].header.paragraphs[0].text == "SPP/WP/2026/11"  # final: no DRAFT
