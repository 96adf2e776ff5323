"""Issue 16 (languages): the meetings', reporting's and work plan's refusals and the command line's meeting
lines reach a French officer in French, through opn_desk/i18n.py, with the translations shipped in
packaging/translations (fr.py and every fr_*.py, as packaging/update_translations.py merges them). English
stays the default: the same calls without a translator give the English sentences."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from opn_desk import i18n
from opn_desk.db.models import Membership, Programme
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import meetings, registry, reporting, work_plan
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound

HELD = date(2025, 10, 15)


@pytest.fixture
def file_desk(tmp_path):
    """A desk in a file (the command line opens it by its path): SPP with a co-lead from Chad, a MAC meeting
    with a travel budget and one request, and a reporting cycle for 2025."""
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk

    path = tmp_path / "desk.sqlite"
    store = open_store(path)
    desk = Desk(store, actor="Test Officer")

    def build(session):
        spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
        lead = registry.create_organisation(session, OrganisationInput(
            name="Ministère de l'Environnement", country_iso3="TCD", stakeholder_cluster="government"))
        session.add(Membership(organisation_id=lead, programme_id=spp.id, role="co_lead",
                               term_start=date(2024, 1, 1), term_end=date(2026, 12, 31), status="active"))
        session.flush()
        meeting = meetings.create_meeting(session, "SPP", "face-to-face", "MAC 2025", HELD, place="Paris",
                                          travel_budget=5000, today=date(2025, 9, 1))
        meetings.add_travel_request(session, meeting, lead, 1200, requested_on=date(2025, 9, 1))
        reporting.create_cycle(session, "SPP", 2025, date(2026, 3, 31))
        return meeting

    meeting = desk.write("Build the desk", build).value
    yield SimpleNamespace(path=path, desk=desk, meeting=meeting)
    store.close()


def test_a_refused_meeting_edit_is_in_french(file_desk, french):
    desk = file_desk.desk
    with pytest.raises(InvalidInput) as refused:
        desk.write("Add an agenda item", meetings.add_agenda_item, file_desk.meeting, "  ")
    assert str(refused.value) == "Un point de l’ordre du jour a besoin d’un titre."
    with pytest.raises(NotAllowed, match="Seule une organisation invitée à la réunion peut demander"):
        desk.write("Travel", meetings.add_travel_request, file_desk.meeting,
                   registry_organisation(desk), 100, requested_on=date(2025, 9, 2))
    with pytest.raises(NotAllowed, match="L’attribution du soutien aux déplacements se décide avant la réunion ; "
                                         "le 20 octobre 2025 est après la réunion"):
        desk.write("Allocate", meetings.decide_allocation, file_desk.meeting, decided_on=date(2025, 10, 20))


def registry_organisation(desk):
    """An organisation not invited to the meeting."""
    return desk.write("New organisation", registry.create_organisation, OrganisationInput(
        name="Pacific Buyers", country_iso3="FJI", stakeholder_cluster="government")).value


def test_a_reporting_cycle_refusal_is_in_french(file_desk, french):
    with pytest.raises(NotFound) as refused:
        file_desk.desk.read(reporting.cycle_for, "SPP", 2019)
    said = str(refused.value)
    assert "; ses cycles sont 2025" in said and "2019" in said and "its cycles" not in said
    with pytest.raises(InvalidInput, match="Une tâche a besoin d’une description."):
        file_desk.desk.write("Task", work_plan.add_task, "SPP", "")


def test_the_same_refusal_stays_english_without_a_translator(file_desk):
    with pytest.raises(NotFound, match="; its cycles are 2025"):
        file_desk.desk.read(reporting.cycle_for, "SPP", 2019)


def test_the_command_lines_travel_summary_is_printed_in_french(file_desk, french, capsys):
    from opn_desk.commands.meetings import run_meetings

    code = run_meetings(SimpleNamespace(meetings_command="travel", db=file_desk.path, json=False,
                                        meeting=str(file_desk.meeting)))
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    # French numbers: a narrow no-break space between thousands, a decimal comma.
    assert out[0] == f"MAC 2025 (2025-10-15) : budget des déplacements 5{i18n.NARROW_SPACE}000,00 ; " \
                     "attribution pas encore décidée."
    assert "PMA" in out[1] and f"demandé 1{i18n.NARROW_SPACE}200,00, proposé 1{i18n.NARROW_SPACE}200,00, " \
                                "accordé -" in out[1]
    run_meetings(SimpleNamespace(meetings_command="list", db=file_desk.path, json=False, programme="SPP"))
    assert "(0 sur 1 ont participé)" in capsys.readouterr().out


def test_the_travel_summary_in_english_by_default(file_desk, capsys):
    from opn_desk.commands.meetings import run_meetings

    run_meetings(SimpleNamespace(meetings_command="travel", db=file_desk.path, json=False,
                                 meeting=str(file_desk.meeting)))
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "MAC 2025 (2025-10-15): travel budget 5,000.00; allocation not decided yet."
    assert "LDC" in out[1] and "requested 1,200.00, proposed 1,200.00, granted -" in out[1]


def test_the_command_lines_reporting_summary_is_in_french_and_the_scripts_sheet_stays_english(
        file_desk, french, capsys, tmp_path):
    from openpyxl import load_workbook

    from opn_desk.commands.reporting import run_cycle_report

    out = tmp_path / "summary.xlsx"
    assert run_cycle_report(SimpleNamespace(db=file_desk.path, programme="SPP", year=2025, out=out)) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Synthèse des rapports SPP 2025 écrite dans") and "(6 feuilles, " in printed
    book = load_workbook(out)
    shown = {row[0].value: row[1].value for row in book[french.get("HLPF", "HLPF")].iter_rows(min_row=2)}
    assert "Partenaires ayant rendu compte" in shown and "Taux de rapport" in shown
    figures = [tuple(c.value for c in r) for r in book["Figures"].iter_rows(min_row=2)]
    assert ("HLPF figures", "Partners who reported") in {r[:2] for r in figures}  # what scripts read
