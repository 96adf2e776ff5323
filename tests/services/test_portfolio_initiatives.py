"""Initiatives through the desk: the five-SDG limit, two partners for core (also when a partner leaves),
due diligence before inclusion, inactive after two years, search, and the export's columns."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from year_world import organisation

from opn_desk.services import portfolio
from opn_desk.services.errors import InvalidInput, NotAllowed
from opn_desk.services.portfolio import InitiativeInput, InitiativeQuery, export_initiatives

TODAY = date(2026, 11, 22)


@pytest.fixture
def orgs(desk):
    return [organisation(desk, name, people=0)[0] for name in ("Lead Org", "Second Org", "Third Org")]


def make(desk, orgs, kind="core", partners=1, sdgs=(7,), title="Green schools", today=TODAY):
    data = InitiativeInput(title, "SPP", orgs[0], kind, tuple(orgs[1:1 + partners]), other_sdgs=sdgs,
                           countries=("KEN",), sector="Food")
    return desk.write("create", portfolio.create_initiative, data, today=today).value


def test_five_other_sdgs_at_most(desk, orgs):
    with pytest.raises(InvalidInput, match="at most 5 other SDGs; 6 were given"):
        make(desk, orgs, sdgs=(1, 2, 3, 4, 5, 6))
    iid = make(desk, orgs, sdgs=(1, 2, 3, 4, 5, 12))
    [row] = desk.read(portfolio.initiatives, today=TODAY)
    assert row.id == iid and row.other_sdgs == (1, 2, 3, 4, 5)


def test_core_needs_two_partners_and_is_rechecked_when_one_leaves(desk, orgs):
    with pytest.raises(InvalidInput, match="2 or more partners; this one has 1"):
        make(desk, orgs, partners=0)
    iid = make(desk, orgs, partners=2)
    desk.write("leave", portfolio.remove_partner, iid, orgs[2], today=TODAY)  # three to two: fine
    with pytest.raises(NotAllowed, match="2 or more partners; this one has 1"):
        desk.write("leave", portfolio.remove_partner, iid, orgs[1], today=TODAY)
    [row] = desk.read(portfolio.initiatives, today=TODAY)
    assert row.partners == ("Lead Org", "Second Org")


def test_lifecycle_core_then_active_and_affiliated_through_due_diligence(desk, orgs):
    core = make(desk, orgs, partners=1)
    desk.write("core", portfolio.move_initiative, core, "core", today=TODAY)
    desk.write("active", portfolio.move_initiative, core, "active", today=TODAY)
    affiliated = make(desk, orgs, kind="affiliated", partners=0, title="Ecolabel guide")
    with pytest.raises(NotAllowed, match="cannot become affiliated"):
        desk.write("x", portfolio.move_initiative, affiliated, "affiliated", today=TODAY)
    desk.write("dd", portfolio.move_initiative, affiliated, "due diligence", today=TODAY)
    with pytest.raises(NotAllowed, match="Every item"):
        desk.write("decide", portfolio.decide_due_diligence, affiliated, "include", reasons="Fits the plan",
                   letter="Welcome", decided_by="Desk", today=TODAY)
    desk.write("check", portfolio.record_due_diligence, affiliated,
               {item: True for item in portfolio.DUE_DILIGENCE_CHECKLIST}, "All fine")
    desk.write("decide", portfolio.decide_due_diligence, affiliated, "include", reasons="Fits the plan",
               letter="Welcome", decided_by="Desk", today=TODAY)
    rows = {r.title: r for r in desk.read(portfolio.initiatives, today=TODAY)}
    assert rows["Green schools"].status == "active"
    assert rows["Ecolabel guide"].status == "affiliated" and rows["Ecolabel guide"].logo_granted
    assert rows["Ecolabel guide"].due_diligence_decision == "include"


def test_inactive_after_two_years_and_active_again_after_an_edit(desk, orgs):
    iid = make(desk, orgs, partners=1, today=date(2024, 11, 22))
    desk.write("core", portfolio.move_initiative, iid, "core", today=date(2024, 11, 22))
    assert desk.read(portfolio.initiatives, today=date(2026, 11, 21))[0].status == "core"
    [row] = desk.read(portfolio.initiatives, today=TODAY)
    assert row.status == "inactive" and row.stored_status == "core"
    assert desk.read(portfolio.status_counts, today=TODAY)["inactive"] == 1
    data = InitiativeInput("Green schools", "SPP", orgs[0], "core", (orgs[1],), other_sdgs=(7,), countries=("KEN",),
                           sector="Food", progress="Four countries")
    desk.write("edit", portfolio.update_initiative, iid, data, today=TODAY)
    [row] = desk.read(portfolio.initiatives, today=TODAY)
    assert row.status == "core" and row.last_updated == TODAY


def test_search_across_programmes_by_sdg_sector_country_status(desk, orgs):
    make(desk, orgs, sdgs=(7,), title="Solar canteens")
    make(desk, orgs, sdgs=(2,), title="Food banks")
    found = desk.read(portfolio.initiatives, InitiativeQuery(sdg=7), today=TODAY)
    assert [r.title for r in found] == ["Solar canteens"]
    assert len(desk.read(portfolio.initiatives, InitiativeQuery(sdg=12), today=TODAY)) == 2
    assert desk.read(portfolio.initiatives, InitiativeQuery(country="FRA"), today=TODAY) == []
    assert len(desk.read(portfolio.initiatives, InitiativeQuery(sector="food", status="proposed"), today=TODAY)) == 2
    assert desk.read(portfolio.collaborations, today=TODAY)[0] == ("Lead Org", "Second Org", 2)


def test_export_columns_and_public_leaves_out_inactive_and_notes(desk, orgs, tmp_path):
    old = make(desk, orgs, partners=2, sdgs=(7, 13), title="Old one", today=date(2023, 1, 1))
    desk.write("core", portfolio.move_initiative, old, "core", today=date(2023, 1, 1))
    live = make(desk, orgs, partners=1, title="Live one")
    desk.write("core", portfolio.move_initiative, live, "core", today=TODAY)
    out = tmp_path / "all.csv"
    assert export_initiatives(desk, out, today=TODAY) == 2
    rows = {r["title"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert rows["Old one"]["kind"] == "core" and rows["Old one"]["status"] == "inactive"
    assert rows["Old one"]["partners"] == "Lead Org; Second Org; Third Org"
    assert rows["Old one"]["other_sdgs"] == "7; 13" and rows["Old one"]["last_updated"] == "2023-01-01"
    assert rows["Old one"]["id"] == str(old) and rows["Old one"]["lead"] == "Lead Org"
    public = tmp_path / "public.csv"
    assert export_initiatives(desk, public, public=True, today=TODAY) == 1
    reader = csv.DictReader(public.open(encoding="utf-8-sig"))
    assert [r["title"] for r in reader] == ["Live one"]
    assert "notes" not in reader.fieldnames and "due_diligence_reasons" not in reader.fieldnames
