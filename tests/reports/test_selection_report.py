"""The core-partner selection report: its values from a stored round, and the PDF (valid, every selected
name printed exactly, bookmarks, user text printed literally) and the `report selection` command.

Needs poppler-utils (pdftotext) and qpdf, as in test_report_pdfs.py.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from report_fixtures import PAGE_OF, QPDF, needs_pdftotext, needs_qpdf, normalised, outline, pdf_pages
from selection_world import CALL_TITLE, build_selection

from opn_desk.cli import main
from opn_desk.reports.selection import write_selection_report
from opn_desk.selection import best_slate, compare
from opn_desk.services import selection_report_data
from opn_desk.services import selection_round as sr

PINNED = ("ru", "cn", "ps", "att")  # Cyrillic, Chinese, Arabic and "AT&T <b>" in the slate


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A saved round of eight seats with four pins, UNEP and Poland seeking renewal, a scenario, notes."""
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk

    opened = open_store(tmp_path_factory.mktemp("selection") / "desk.sqlite")
    desk = Desk(opened, actor="Test Officer")
    world = desk.write("Build", build_selection).value
    for key in ("unep", "pl"):
        desk.write("Seeks renewal", sr.set_seeking_renewal, world.call_id, world.orgs[key], True)
    desk.write("Score UNEP", sr.set_incumbent_score, world.call_id, world.orgs["unep"], 3.9)
    desk.write("Save", sr.save_round, world.call_id, seats=8, rules=sr.default_rule_dicts(8),
               pins={world.key(k): True for k in PINNED}, notes="Discussed with the co-leads <on 3 March> & agreed.")
    desk.write("Pick", sr.set_picked, world.call_id, [world.key(k) for k in ("ke", "cl", "bd")])
    desk.write("Scenario", sr.save_scenario, world.call_id, "Regions <first>",
               [world.key(k) for k in ("ke", "cl", "att", "ru", "cn", "nl", "unep", "agency1")], notes="Option B")
    yield desk, world, opened
    opened.close()


@pytest.fixture(scope="module")
def report(stored):
    desk, world, _ = stored
    return desk.read(selection_report_data.selection_report, world.call_id)


@pytest.fixture(scope="module")
def pdf(report, tmp_path_factory):
    path = tmp_path_factory.mktemp("selection-pdf") / "selection.pdf"
    return path, write_selection_report(report, path)


def _levels(path) -> list[tuple[int, str]]:
    return [(level, title) for level, title, _page in outline(path)]


# --- the values ------------------------------------------------------------------------------------

def test_the_report_shows_the_optimal_slate_under_the_rounds_rules(stored, report):
    desk, world, _ = stored
    best = best_slate(desk.read(sr.get_round, world.call_id).problem())
    assert report.slate_kind == "optimal" and report.feasible and report.seats == 8
    names = {desk.read(sr.get_round, world.call_id).member(k).display_name for k in best.ids}
    assert {r.name for r in report.slate} == names
    assert report.slate_score == pytest.approx(best.score)
    assert not report.broken and report.explanation == ()
    assert {"AT&T <b>", "Министерство природных ресурсов", "中华人民共和国生态环境部"} <= names
    assert sum(r.count for r in report.slate_by_region) == 8
    assert any(r.label == "No group" and r.count == 1 for r in report.slate_by_region)  # Palestine, counted
    assert [r.count for r in report.slate_by_gender if r.label == "Female"][0] >= 4
    assert report.pool_size == 12 and len(report.excluded) == 0
    assert report.notes == "Discussed with the co-leads <on 3 March> & agreed."
    assert all(p == "pinned in" for _n, p in report.pins) and len(report.pins) == 4
    assert report.alternates and all(a.replaces in names and a.name not in names for a in report.alternates)
    c = report.comparison
    assert [col.name for col in c.columns] == ["Proposed slate", "Regions <first>"]
    assert c.columns[1].members == 8 and c.columns[1].notes == "Option B"
    assert len(c.rules) == len(report.rules)


def test_the_hand_picked_slate_and_the_trade_offs(stored):
    desk, world, _ = stored
    picked = desk.read(selection_report_data.selection_report, world.call_id, picked=True)
    assert picked.slate_kind == "picked"
    assert {r.name for r in picked.slate} == {"Kenya Green Buyers", "Instituto de Compras Verdes",
                                               "Bangladesh Procurement Unit"}
    assert picked.broken and picked.optimal_score is not None and picked.seats_message.endswith("5 to go.")
    assert picked.alternates == ()  # only for a slate that meets every rule


# --- the PDF ---------------------------------------------------------------------------------------

@needs_qpdf
def test_the_pdf_is_valid_with_an_outline_entry_per_section(pdf):
    path, pages = pdf
    result = subprocess.run([QPDF, "--check", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout
    titles = [t for level, t in _levels(path) if level == 0]
    assert titles[0] == "Core-partner selection"
    for section in ("The balance rules", "The pool", "The proposed slate", "Balance", "Alternates",
                    "Scenarios compared", "The desk's notes"):
        assert section in titles
    assert {"Rule by rule", "By region, cluster and gender", "Who differs"} <= {t for _, t in _levels(path)}
    assert pages >= 4


@needs_pdftotext
def test_every_selected_name_is_printed_exactly_and_user_text_literally(pdf, report):
    path, pages = pdf
    texts = pdf_pages(path)
    assert len(texts) == pages
    for n, text in enumerate(texts, start=1):
        assert PAGE_OF.findall(text) == [(str(n), str(pages))]
    whole = normalised("\n".join(texts))
    flat = " ".join(whole.split())
    for row in report.slate:
        assert normalised(row.name) in flat, row.name
    assert "AT&T <b>" in flat and "&amp;" not in flat
    assert "Regions <first>" in flat and "<on 3 March> & agreed." in flat
    assert "DRAFT" in flat


@needs_pdftotext
def test_a_final_picked_report_and_an_infeasible_one(stored, tmp_path):
    desk, world, _ = stored
    picked = desk.read(selection_report_data.selection_report, world.call_id, picked=True)
    path = tmp_path / "picked.pdf"
    write_selection_report(picked, path, final=True)
    flat = " ".join(normalised("\n".join(pdf_pages(path))).split())
    assert "The hand-picked slate" in flat and "Bangladesh Procurement Unit" in flat and "DRAFT" not in flat
    assert "Broken" in flat
    # Under rules that cannot all be met, the report gives the closest slate and the trade-offs.
    current = desk.read(sr.get_round, world.call_id)
    rules = [*current.rules, {"name": "Many from EEG", "attribute": "regional_group", "value": "EEG", "min": 4}]
    desk.write("Too many from EEG", sr.save_round, world.call_id, seats=8, rules=rules, pins=current.pins,
               notes=current.notes)
    try:
        closest = desk.read(selection_report_data.selection_report, world.call_id)
    finally:
        desk.undo()
    assert closest.slate_kind == "closest" and not closest.feasible and "Many from EEG" in closest.conflict
    path = tmp_path / "closest.pdf"
    write_selection_report(closest, path)
    flat = " ".join(normalised("\n".join(pdf_pages(path))).split())
    assert "Trade-offs: why the rules cannot all be met" in flat and "The closest workable slate" in flat
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", flat)  # sentences name organisations, not record ids


@needs_pdftotext
def test_rules_conflicting_in_two_separate_ways_print_both_conflicts(stored, tmp_path):
    desk, world, _ = stored
    current = desk.read(sr.get_round, world.call_id)
    rules = [*current.rules,
             {"name": "Many from EEG", "attribute": "regional_group", "value": "EEG", "min": 7},
             {"name": "Many civil society", "attribute": "stakeholder_cluster", "value": "civil_society", "min": 7}]
    desk.write("Two conflicts", sr.save_round, world.call_id, seats=8, rules=rules, pins={}, notes=current.notes)
    try:
        report = desk.read(selection_report_data.selection_report, world.call_id)
    finally:
        desk.undo()
    assert len(report.conflicts) >= 2 and report.conflict == report.conflicts[0]
    named = [name for group in report.conflicts for name in group]
    assert "Many from EEG" in named and "Many civil society" in named
    path = tmp_path / "two.pdf"
    write_selection_report(report, path)
    flat = " ".join(normalised("\n".join(pdf_pages(path))).split())
    assert f"{len(report.conflicts)} separate conflicts" in flat
    assert "Conflict 1" in flat and "Conflict 2" in flat


def _section(flat: str, start: str, end: str) -> str:
    """The text from a heading to the next one (the last time the heading is printed: not the contents)."""
    at = flat.rindex(start)
    return flat[at:flat.index(end, at)]


@needs_pdftotext
def test_scenarios_are_compared_under_the_rounds_current_seats_and_rules_as_on_screen(stored, tmp_path):
    """The officer decides on the round's current seats and rules: a scenario saved under eight seats is
    counted under ten, as the scenarios window counts it (`selection.compare`), with the same states."""
    desk, world, _ = stored
    current = desk.read(sr.get_round, world.call_id)
    desk.write("Ten seats", sr.save_round, world.call_id, seats=10, rules=current.rules, pins=current.pins,
               notes=current.notes)
    try:
        ten = desk.read(sr.get_round, world.call_id)
        rep = desk.read(selection_report_data.selection_report, world.call_id)
    finally:
        desk.undo()
    [scenario] = ten.scenarios
    assert scenario.seats == 8  # saved when the round had eight seats
    problem = ten.problem()
    screen = compare(problem, {"Proposed slate": best_slate(problem).ids, scenario.name: scenario.selected})
    c = rep.comparison
    assert [col.seats for col in c.columns] == [10, 10]
    assert [(r.name, r.counts, r.states) for r in c.rules] == [(r.name, r.counts, r.states) for r in screen.rules]
    assert [col.broken for col in c.columns] == [len(screen.broken(n)) for n in screen.scenarios]
    female = next(r for r in c.rules if r.name == "Female representative")
    assert female.counts[1] == 5 and female.states[1] == "at the edge"  # 50% of ten seats is five, not four

    path = tmp_path / "ten.pdf"
    write_selection_report(rep, path)
    flat = " ".join(normalised("\n".join(pdf_pages(path))).split())
    scenarios = _section(flat, "Scenarios compared", "Who differs")
    assert "Compared under the round's current rules (10 seats)" in scenarios
    # the table's rows, read as laid out (the reading order of a flowing page may put the columns apart)
    import subprocess
    laid_out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    assert re.search(r"Seats filled\s+10 of 10\s+8 of 10", laid_out)


@needs_pdftotext
def test_the_gender_rule_prints_counts_never_the_organisations(stored, tmp_path):
    """Personal data: the female-representative rule of a slate that breaks it says how many and how many
    are needed, never which organisations; the slate table still lists the slate."""
    desk, world, _ = stored
    picked = desk.read(selection_report_data.selection_report, world.call_id, picked=True)
    assert "representative_gender" in selection_report_data.SENSITIVE_ATTRIBUTES
    female = next(r for r in picked.balance if r.name == "Female representative")
    assert female.state == "broken" and female.message.startswith("Female representative: 2, needs at least 4.")
    assert "Kenya" not in female.message and "Instituto" not in female.message
    region = next(r for r in picked.balance if r.name == "Eastern Europe")
    assert region.message == "None of the slate. 1 more needed."  # other rules name who counts (nobody here)

    path = tmp_path / "picked.pdf"
    write_selection_report(picked, path)
    flat = " ".join(normalised("\n".join(pdf_pages(path))).split())
    assert "Kenya Green Buyers" in _section(flat, "The hand-picked slate", "Balance")  # the slate itself
    rules = _section(flat, "Rule by rule", "By region, cluster and gender")
    assert "Female representative: 2, needs at least 4." in rules
    # the other rules name who counts; the gender rule's own sentence names nobody
    said = rules[rules.index("Female representative: 2, needs at least 4."):][:160]
    for name in ("Kenya Green Buyers", "Instituto de Compras Verdes", "Bangladesh Procurement Unit"):
        assert name not in said

    # Nor do the trade-offs when the gender rule cannot be met: six women can be chosen, seven are asked.
    current = desk.read(sr.get_round, world.call_id)
    rules = [{**r, "min": 7, "min_share": None} if r["attribute"] == "representative_gender" else r
             for r in current.rules]
    pins = {**current.pins, world.key("agency1"): False, world.key("agency2"): False}
    desk.write("Seven women", sr.save_round, world.call_id, seats=8, rules=rules, pins=pins, notes=current.notes)
    try:
        closest = desk.read(selection_report_data.selection_report, world.call_id)
        women = [m.name for m in desk.read(sr.get_round, world.call_id).pool if m.representative_gender == "female"]
    finally:
        desk.undo()
    assert closest.slate_kind == "closest" and len(women) == 8
    assert closest.explanation[0] == ("Female representative: needs at least 7, but only 6 candidates have "
                                      "Female as their representative's gender (others are pinned out).")
    assert not [name for name in women for sentence in closest.explanation if name in sentence]


# --- the command -----------------------------------------------------------------------------------

def test_report_selection_command(stored, tmp_path, capsys):
    _desk, world, opened = stored
    out = tmp_path / "sel.pdf"
    args = ["report", "selection", "--db", str(opened.path), "--out", str(out)]
    assert main([*args, "--call", "<2026>"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Wrote the DRAFT selection report for {CALL_TITLE!r} (proposed slate, 8 of 8 seats)")
    assert out.stat().st_size > 0
    assert main([*args, "--call", str(world.call_id), "--picked", "--final"]) == 0
    said = capsys.readouterr().out
    assert "FINAL selection report" in said and "hand-picked slate, 3 of 8 seats" in said
    assert main([*args, "--call", "core partners call"]) == 2
    err = capsys.readouterr().err
    assert "2 core-partner calls match" in err and "SPP core partners call 2024" in err
    assert main([*args, "--call", "nothing like it"]) == 2
    assert "There is no core-partner call 'nothing like it'" in capsys.readouterr().err
    assert main(["report", "selection", "--db", str(opened.path), "--out", str(out)]) == 2
    assert "Name the core-partner call with --call" in capsys.readouterr().err
    assert main(["report", "roster", "--db", str(opened.path), "--out", str(out), "--programme", "SPP",
                 "--picked"]) == 2
    assert "--picked is for the selection report." in capsys.readouterr().err


def test_the_tie_break_the_report_prints_is_the_optimisers():
    from opn_desk.selection.optimiser import TIE_BREAK

    assert selection_report_data._tie_break() == TIE_BREAK


def test_the_reports_sentences_follow_the_documents_language(stored):
    import runpy
    from pathlib import Path

    from opn_desk.i18n import install

    desk, world, _ = stored
    root = Path(__file__).resolve().parents[2] / "packaging" / "translations"
    french: dict[str, str] = {}
    for path in [root / "fr.py", *sorted(root.glob("fr_*.py"))]:
        french.update(runpy.run_path(str(path))["TRANSLATIONS"])
    install(lambda _context, text: french.get(text, text), "fr")
    try:
        said = desk.read(selection_report_data.selection_report, world.call_id)
    finally:
        install(None)
    assert said.tie_break.startswith("parmi les listes")
    bounds = {r.bounds for r in said.balance}
    assert "pas de borne" in bounds or any(b.startswith(("au moins", "au plus")) for b in bounds)
    assert not any("at least" in b or "at most" in b for b in bounds)
    assert {p for _n, p in said.pins} <= {"épinglé dedans", "épinglé dehors"}
    assert any(" des sièges" in r.as_written for r in said.rules)  # "au moins 50 % des sièges"
    assert not any("seats" in r.as_written or "at least" in r.as_written for r in said.rules)
    assert any(r.counts.startswith("chaque ") for r in said.rules)
