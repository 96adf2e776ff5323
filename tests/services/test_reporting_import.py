"""Importing the network's reporting export: columns by name or mapping, every problem listed, all or nothing,
the same export twice adds nothing, submissions recorded from the file's dates."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from year_world import build

from opn_desk.db.models import ReportedActivity, ReportingStatus
from opn_desk.io.spreadsheet import read_table
from opn_desk.services.reporting_import import ActivitiesRejected, check_activities, import_activities

GOOD = (
    "Partner name,Programme,Reporting year,Activity,Type,Countries,SDG,What changed,Submitted,Highlight\n"
    "P0,SPP,2025,Webinar on green tendering,Communications,Kenya; FRA,12; 7,,2026-03-02,no\n"
    "P1,Sustainable Public Procurement,2025,Pilot tender,Mise en œuvre,México,SDG 12,Two tenders,2026-04-20,yes\n"
)


def table(tmp_path, text: str, name: str = "export.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_table(path)


def count(desk, model=ReportedActivity) -> int:
    return desk.read(lambda s: s.scalar(select(func.count()).select_from(model)))


def test_a_good_export_is_imported_with_submissions(desk, tmp_path):
    w = build(desk, partners=2)
    preview = desk.write("import", import_activities, table(tmp_path, GOOD)).value
    assert (preview.activities, preview.submissions, preview.skipped) == (2, 2, 0)
    rows = desk.read(lambda s: sorted((a.title, a.category, tuple(a.countries), tuple(a.sdgs), a.highlight)
                                      for a in s.scalars(select(ReportedActivity))))
    assert rows == [("Pilot tender", "implementation", ("MEX",), (12,), True),
                    ("Webinar on green tendering", "communications", ("KEN", "FRA"), (7, 12), False)]
    answers = desk.read(lambda s: {r.organisation_id: r.submitted_on for r in s.scalars(select(ReportingStatus))})
    assert answers == {w.orgs["P0"]: date(2026, 3, 2), w.orgs["P1"]: date(2026, 4, 20)}
    # The same export again: nothing added, each row a warning.
    again = desk.write("import", import_activities, table(tmp_path, GOOD)).value
    assert (again.activities, again.skipped, len(again.warnings)) == (0, 2, 2)
    assert count(desk) == 2


def test_one_bad_row_writes_nothing_and_every_problem_is_listed(desk, tmp_path):
    build(desk, partners=2)
    bad = GOOD + ("Nobody Org,SPP,2025,Ghost,Communications,,,,,\n"
                  "P0,SPP,2019,Old,Communications,,,,,\n"
                  "P0,SPP,2025,Odd,Gardening,Atlantis,19,,someday,maybe\n")
    with pytest.raises(ActivitiesRejected) as caught:
        desk.write("import", import_activities, table(tmp_path, bad))
    lines = [p.line() for p in caught.value.preview.problems]
    assert any(line.startswith("row 4, column Partner name: 'Nobody Org' is not an organisation") for line in lines)
    assert any("row 5, column Reporting year: SPP has no reporting cycle for '2019'; its cycles are 2025" in line
               for line in lines)
    assert any("row 6, column Type: 'Gardening' is not an activity category" in line for line in lines)
    assert any("row 6, column Countries: 'Atlantis' is not a country" in line for line in lines)
    assert any("row 6, column SDG: '19' is not an SDG number" in line for line in lines)
    assert any("row 6, column Submitted: 'someday' is not a date" in line for line in lines)
    assert any("row 6, column Highlight: 'maybe' is neither yes nor no" in line for line in lines)
    assert count(desk) == 0 and count(desk, ReportingStatus) == 0


def test_a_mapping_names_the_columns_and_a_missing_required_column_is_a_problem(desk, tmp_path):
    build(desk, partners=1)
    text = "Who,Prog,Yr,Headline,Kind\nP0,SPP,2025,Radio show,awareness raising\n"
    preview = desk.read(check_activities, table(tmp_path, text),
                        {"Who": "organisation", "Prog": "programme", "Yr": "year", "Headline": "title",
                         "Kind": "category"})
    assert preview.ok and preview.activities == 1
    preview = desk.read(check_activities, table(tmp_path, text))
    assert not preview.ok
    assert {p.column for p in preview.problems} == {"organisation", "programme", "year", "title", "category"}


def test_rows_left_out_as_asked(desk, tmp_path):
    build(desk, partners=2)
    bad = GOOD + "Nobody Org,SPP,2025,Ghost,Communications,,,,,\n"
    preview = desk.write("import", import_activities, table(tmp_path, bad), None, frozenset({4})).value
    assert preview.activities == 2 and preview.excluded == (4,)
