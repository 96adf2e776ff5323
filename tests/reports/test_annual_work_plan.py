"""`opn-desk report work-plan` (issue 15): the annual work plan for the funding partners. The tasks whose
dates fall in (or span) the year, by area and work-stream, each with its expected outputs, milestones and
dates, responsibility, budget line and funding source (a donor, or a co-lead's contribution in kind), and
the number of tasks per funding source, never a sum of money (the work plan records none). Each format is
read back as the partners would open it: the PDF with pdftotext and its bookmarks, the Word document with
python-docx, the workbook with openpyxl."""

from __future__ import annotations

import subprocess
from datetime import date

import docx
import openpyxl
import pytest
from pypdf import PdfReader
from report_fixtures import outline, qpdf_check

from opn_desk import i18n

YEAR = 2026
OUTSIDE = ("Review the 2025 plan", "Plan for 2027", "Send the minutes", "Water audit")


@pytest.fixture(scope="module")
def plan_db(tmp_path_factory):
    from opn_desk.db.store import open_store
    from opn_desk.services import meetings, work_plan
    from opn_desk.services.desk import Desk

    path = tmp_path_factory.mktemp("annual") / "desk.sqlite"
    store = open_store(path)

    def build(session):
        add = work_plan.add_task
        add(session, "SPP", "Publish the global review", area="Implementation support", work_stream="Monitoring",
            responsibility="Coordination Desk", status="completed", starts_on=date(2026, 1, 15),
            due_on=date(2026, 6, 30), milestones="Draft in March; launch at the HLPF",
            expected_outputs="The global review (PDF, three languages)", budget_line="SPP-2026-01",
            funding_source="European Union")
        add(session, "SPP", "Update the indicator methodology", area="Implementation support",
            work_stream="Monitoring", responsibility="Working group leads", status="ongoing",
            starts_on=date(2026, 2, 1), due_on=date(2026, 12, 15), expected_outputs="A revised methodology",
            budget_line="SPP-2026-02", funding_source="Ministry of the Environment, Japan (co-lead)", in_kind=True)
        add(session, "SPP", "Launch the construction working group", area="Priority sectors",
            work_stream="Construction", responsibility="Co-leads", status="not_started", due_on=date(2026, 9, 30),
            budget_line="SPP-2026-03", funding_source="European Union")
        # Planned for 2025, its dates reach into 2026: it spans the year.
        add(session, "SPP", "Train the buyers of the pilot cities", area="Priority sectors", work_stream="Food",
            status="ongoing", plan_year=2025, starts_on=date(2025, 10, 1), due_on=date(2026, 3, 31),
            budget_line="SPP-2025-09", funding_source="Ministry of the Environment, Japan (co-lead)", in_kind=True)
        # No budget line nor funding source yet; user text that must print literally and stay text.
        add(session, "SPP", "=HYPERLINK(\"x\") <b>webinars</b> & more", area="Advocacy", status="ongoing",
            plan_year=2026, responsibility="Desk")
        add(session, "SPP", "Review the 2025 plan", area="Advocacy", starts_on=date(2025, 2, 1),
            due_on=date(2025, 11, 30), budget_line="SPP-2025-01", funding_source="European Union")
        add(session, "SPP", "Plan for 2027", area="Advocacy", plan_year=2027, due_on=date(2027, 3, 1))
        add(session, "SFS", "Water audit", area="Advocacy", plan_year=2026, budget_line="SFS-1",
            funding_source="European Union")
        meeting = meetings.create_meeting(session, "SPP", "virtual", "MAC April 2026", date(2026, 4, 22),
                                          today=date(2026, 11, 22))
        meetings.add_action_item(session, meeting, "Send the minutes", owner="Desk", due_on=date(2026, 6, 1))

    try:
        Desk(store, actor="Test Officer").write("An annual work plan", build)
    finally:
        store.close()
    return path


def _pdf_text(path, mode: str = "-layout") -> str:
    """The text layer: "-layout" as the page shows it, "-raw" in the order drawn (a table cell's lines
    together)."""
    return subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def test_the_plan_holds_the_years_tasks_and_counts_them_per_funding_source(plan_db):
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk
    from opn_desk.services.work_plan_documents import annual_work_plan_values

    store = open_store(plan_db, readonly=True)
    try:
        v = Desk(store).read(annual_work_plan_values, "spp", YEAR, today=date(2026, 12, 3))
        earlier = Desk(store).read(annual_work_plan_values, "SPP", 2025)
    finally:
        store.close()
    assert v.symbol == "SPP/AWP/2026"
    assert [(t.area, t.work_stream, t.task) for t in v.tasks] == [
        ("Advocacy", "", "=HYPERLINK(\"x\") <b>webinars</b> & more"),
        ("Implementation support", "Monitoring", "Publish the global review"),
        ("Implementation support", "Monitoring", "Update the indicator methodology"),
        ("Priority sectors", "Construction", "Launch the construction working group"),
        ("Priority sectors", "Food", "Train the buyers of the pilot cities")]
    assert [(f.funding_source, f.in_kind, f.tasks) for f in v.funding] == [
        ("European Union", False, 2), ("Ministry of the Environment, Japan (co-lead)", True, 2), ("", False, 1)]
    assert v.without_budget_line == 1
    # The task spanning the two years is in both plans; the action item of a meeting is in neither.
    assert {t.task for t in earlier.tasks} == {"Train the buyers of the pilot cities", "Review the 2025 plan"}


def test_the_pdf_prints_each_task_with_its_budget_line_and_funding_source(plan_db, cli, tmp_path):
    out = tmp_path / "plan.pdf"
    r = cli("report", "work-plan", "--db", plan_db, "--programme", "SPP", "--year", str(YEAR), "--out", out)
    assert r.returncode == 0, r.stderr
    pages = len(PdfReader(str(out)).pages)
    assert r.stdout == (f"Wrote the annual work plan 2026 of SPP (5 tasks, 2 funding sources) to {out}: "
                        f"{pages} page{'s' if pages != 1 else ''}.\n")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # no temporary file left beside it
    qpdf_check(out)
    text = _pdf_text(out)
    flat = " ".join(_pdf_text(out, "-raw").split())
    assert "Annual work plan 2026" in flat and "SPP/AWP/2026" in flat
    assert "1 January 2026 – 31 December 2026" in flat
    for expected in ("SPP-2026-01", "SPP-2026-02", "SPP-2026-03", "SPP-2025-09", "Donor", "In-kind contribution",
                     "Responsible: Coordination Desk", "Draft in March; launch at the HLPF", "Start: 15 January 2026",
                     "Due: 30 June 2026", "=HYPERLINK(\"x\") <b>webinars</b> & more", "Not recorded",
                     "The work plan records no amounts", "One task has no budget line yet."):
        assert expected in flat, expected
    for absent in OUTSIDE:
        assert absent not in flat
    assert "€" not in text and "$" not in text  # no invented amounts
    # The funding summary: each source with its number of tasks, then all of them.
    assert [line.split()[-1] for line in text.splitlines()
            if line.strip().startswith(("European Union ", "All tasks"))] == ["2", "5"]
    assert f"Page {pages} of {pages}" in text
    assert outline(out) == [(0, "Annual work plan 2026", 1), (0, "Funding sources", 1),
                            *[(level, title, page) for level, title, page in outline(out)[2:]]]
    titles = [(level, title) for level, title, _page in outline(out)[2:]]
    assert titles == [(0, "I. Advocacy"), (0, "II. Implementation support"), (1, "Monitoring"),
                      (0, "III. Priority sectors"), (1, "Construction"), (1, "Food")]


def test_the_word_document_has_headings_by_area_and_work_stream_and_a_row_per_task(plan_db, cli, tmp_path):
    out = tmp_path / "plan.docx"
    r = cli("report", "work-plan", "--db", plan_db, "--programme", "SPP", "--year", str(YEAR), "--out", out,
            "--final")
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"Wrote the annual work plan 2026 of SPP (5 tasks, 2 funding sources) to {out}.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]
    document = docx.Document(str(out))
    texts = [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]
    assert texts[0][1].splitlines()[0] == "SPP/AWP/2026"
    assert ("Title", "Annual work plan 2026") in texts
    assert [t for s, t in texts if s.startswith("Heading")] == [
        "Funding sources", "I. Advocacy", "II. Implementation support", "Monitoring", "III. Priority sectors",
        "Construction", "Food"]
    funding, *plans = document.tables
    assert [[c.text for c in row.cells] for row in funding.rows] == [
        ["Funding source", "Kind", "Tasks"], ["European Union", "Donor", "2"],
        ["Ministry of the Environment, Japan (co-lead)", "In-kind contribution", "2"], ["Not recorded", "", "1"],
        ["All tasks", "", "5"]]
    for table in plans:
        assert [c.text for c in table.rows[0].cells] == ["Task", "Expected outputs", "Milestones and dates",
                                                         "Budget line", "Funding source"]
        assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")  # the header row repeats on each page
    rows = [[c.text for c in row.cells] for table in plans for row in table.rows[1:]]
    assert len(rows) == 5
    assert ["Publish the global review\nResponsible: Coordination Desk\nStatus: Completed",
            "The global review (PDF, three languages)",
            "Start: 15 January 2026\nDue: 30 June 2026\nDraft in March; launch at the HLPF", "SPP-2026-01",
            "European Union\nDonor"] in rows
    assert document.sections[0].header.paragraphs[0].text == "SPP/AWP/2026"  # final: no DRAFT
    assert any("records no amounts" in t for _s, t in texts)


def test_the_workbook_has_one_row_per_task_with_its_grouping_as_columns(plan_db, cli, tmp_path):
    out = tmp_path / "plan.xlsx"
    r = cli("report", "work-plan", "--db", plan_db, "--programme", "SPP", "--year", str(YEAR), "--out", out)
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"Wrote the annual work plan 2026 of SPP (5 tasks, 2 funding sources) to {out}.\n"
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Work plan", "Funding sources"]
    rows = list(book["Work plan"].iter_rows(values_only=True))
    assert rows[0] == ("Area", "Work-stream", "Task", "Responsible", "Status", "Start date", "Due date", "Milestones",
                       "Expected outputs", "Budget line", "Funding source", "Kind", "Decided by")
    assert len(rows) == 6
    by_task = {row[2]: row for row in rows[1:]}
    assert by_task["Update the indicator methodology"][:2] == ("Implementation support", "Monitoring")
    assert by_task["Update the indicator methodology"][5].date() == date(2026, 2, 1)
    assert by_task["Update the indicator methodology"][9:12] == (
        "SPP-2026-02", "Ministry of the Environment, Japan (co-lead)", "In-kind contribution")
    formula_like = book["Work plan"]["C2"]
    assert formula_like.value == "=HYPERLINK(\"x\") <b>webinars</b> & more" and formula_like.data_type == "s"
    summary = list(book["Funding sources"].iter_rows(values_only=True))
    assert summary[:5] == [("Funding source", "Kind", "Tasks"), ("European Union", "Donor", 2),
                           ("Ministry of the Environment, Japan (co-lead)", "In-kind contribution", 2),
                           ("Not recorded", None, 1), ("All tasks", None, 5)]
    assert any(row[0] and "records no amounts" in row[0] for row in summary)


@pytest.mark.parametrize(("args", "sentence"), [
    (("--programme", "SPP", "--year", "2026", "--out", "{tmp}/plan.odt"),
     "plan.odt: the annual work plan is written to a file ending in .pdf, .docx or .xlsx."),
    (("--programme", "XYZ", "--year", "2026", "--out", "{tmp}/plan.pdf"),
     "There is no programme with the code 'XYZ'; the codes are CI, SBC, SFS, SLE, SPP, STP."),
    (("--programme", "SPP", "--out", "{tmp}/plan.xlsx"), "Name the year of the work plan with --year YYYY."),
])
def test_bad_arguments_exit_2_with_one_sentence_and_write_nothing(plan_db, cli, tmp_path, args, sentence):
    r = cli("report", "work-plan", "--db", plan_db, *[a.format(tmp=tmp_path) for a in args])
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == f"opn-desk: {sentence}\n"
    assert list(tmp_path.iterdir()) == []


def test_a_year_without_tasks_says_so_and_the_fixed_text_is_translated(plan_db, tmp_path):
    from opn_desk.reports.annual_work_plan import write_annual_plan
    from opn_desk.reports.annual_work_plan_docx import write_annual_plan_docx
    from opn_desk.reports.annual_work_plan_values import AnnualPlanValues

    values = AnnualPlanValues("SPP", "Achats publics durables", 2031, "SPP/AWP/2031", date(2030, 12, 1), (), (), True)
    words = {"Annual work plan {year}": "Plan de travail annuel {year}", "Funding sources": "Sources de financement",
             "The work plan has no tasks for {year}.": "Le plan de travail n'a aucune tâche pour {year}."}
    i18n.install(lambda _context, text: words.get(text, text), "fr")
    try:
        pages = write_annual_plan(values, tmp_path / "vide.pdf")
        write_annual_plan_docx(values, tmp_path / "vide.docx")
    finally:
        i18n.install(None)
    flat = " ".join(_pdf_text(tmp_path / "vide.pdf").split())
    assert pages == 1
    assert "Plan de travail annuel 2031" in flat and "Sources de financement" in flat
    assert "Le plan de travail n'a aucune tâche pour 2031." in flat and "1er janvier 2031" in flat
    document = docx.Document(str(tmp_path / "vide.docx"))
    assert ("Title", "Plan de travail annuel 2031") in [(p.style.name, p.text) for p in document.paragraphs]
    assert document.tables == []
