"""The core-partner selection report: its values from a stored round, and the PDF (valid, every selected
name printed exactly, bookmarks, user text printed literally) and the `report selection` command.

Needs poppler-utils (pdftotext) and qpdf, as in test_report_pdfs.py.
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from report_fixtures import QPDF, needs_pdftotext, needs_qpdf, normalised, pdf_pages
from selection_world import CALL_TITLE, build_selection

from opn_desk.cli import main
from opn_desk.reports.selection import write_selection_report
from opn_desk.selection import best_slate
from opn_desk.services import selection_report_data
from opn_desk.services import selection_round as sr

PINNED = ("ru", "cn", "ps", "att")  # Cyrillic, Chinese, Arabic and "AT&T <b>" in the slate
PAGE_OF = re.compile(r"Page (\d+) of (\d+)")


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


def _outline(path) -> list[tuple[int, str]]:
    data = json.loads(subprocess.run([QPDF, "--json", "--json-key=outlines", str(path)], capture_output=True,
                                     text=True, check=True, timeout=60).stdout)
    out = []

    def walk(items, level):
        for item in items:
            out.append((level, item["title"]))
            walk(item["kids"], level + 1)

    walk(data["outlines"], 0)
    return out


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
    titles = [t for level, t in _outline(path) if level == 0]
    assert titles[0] == "Core-partner selection"
    for section in ("The balance rules", "The pool", "The proposed slate", "Balance", "Alternates",
                    "Scenarios compared", "The desk's notes"):
        assert section in titles
    assert {"Rule by rule", "By region, cluster and gender", "Who differs"} <= {t for _, t in _outline(path)}
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
