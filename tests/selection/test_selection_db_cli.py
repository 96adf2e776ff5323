"""`opn-desk select --db PATH --call CALL`: the file mode's output and exit codes on a stored round."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest
from selection_world import CALL_TITLE, build_selection
from sqlalchemy import func, select

from opn_desk.cli import main
from opn_desk.db.models import AuditEntry, SelectionRound
from opn_desk.domain.applications import CallInput
from opn_desk.selection import best_slate
from opn_desk.services import applications
from opn_desk.services import selection_round as sr

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
def world(desk):
    return desk.write("Build the selection world", build_selection).value


@pytest.fixture
def feasible(desk, world):
    """Six seats under the ToR's defaults, with two incumbents seeking renewal: a slate meets every rule."""
    desk.write("UNEP", sr.set_seeking_renewal, world.call_id, world.orgs["unep"], True)
    desk.write("Poland", sr.set_seeking_renewal, world.call_id, world.orgs["pl"], True)
    desk.write("Save", sr.save_round, world.call_id, seats=6, rules=sr.default_rule_dicts(6), pins={})
    return world


def _select(store, *extra: str) -> list[str]:
    return ["select", "--db", str(store.path), *extra]


def test_feasible_json_is_the_file_modes_contract_with_names(store, desk, feasible, capsys):
    assert main(_select(store, "--call", "<2026>", "--json")) == 0
    out = json.loads(capsys.readouterr().out)
    expected = best_slate(desk.read(sr.get_round, feasible.call_id).problem())
    assert out["status"] == "optimal" and out["seats"] == 6
    assert out["selected"] == list(expected.ids) and out["score"] == pytest.approx(expected.score)
    assert {tuple(sorted(r)) for r in out["rules"]} == {("count", "max", "min", "name", "state")}
    assert all(r["state"] != "broken" for r in out["rules"])
    assert out["call"] == {"id": str(feasible.call_id), "title": CALL_TITLE, "programme": "SPP"}
    assert set(out["names"]) == set(out["selected"])
    assert "Kenya Green Buyers" in out["names"].values()


def test_feasible_text_names_the_organisations(store, feasible, capsys):
    assert main(_select(store, "--call", str(feasible.call_id))) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"{CALL_TITLE} (SPP): 12 candidates in the pool.")
    assert "Best slate: 6 of 12 candidates for 6 seats" in text
    assert "Kenya Green Buyers" in text and "Female representative" in text


def test_seats_override_the_stored_round(store, feasible, capsys):
    assert main(_select(store, "--call", CALL_TITLE, "--seats", "7", "--json")) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["seats"] == 7 and len(out["selected"]) == 7
    assert main(_select(store, "--call", CALL_TITLE, "--seats", "0")) == 2
    assert "--seats must be at least 1, not 0." in capsys.readouterr().err


def test_infeasible_defaults_exit_3_with_the_explanation(store, world, capsys):
    # Unsaved round: 12 seats by default, but only 10 screened candidates (incumbents not seeking renewal).
    assert main(_select(store, "--call", CALL_TITLE, "--json")) == 3
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "infeasible"
    assert {"conflict", "conflicts", "closest", "relaxed", "reasons", "explanation"} <= set(out)
    assert not any(UUID.search(s) for s in out["reasons"] + out["explanation"])  # sentences name organisations
    assert main(_select(store, "--call", CALL_TITLE)) == 3
    text = capsys.readouterr().out
    assert "The rules cannot all be met with 12 seats." in text and "2 incumbents not seeking renewal" in text
    assert not UUID.search(text)


def test_a_closest_slate_and_what_it_relaxes(store, desk, feasible, capsys):
    rules = sr.default_rule_dicts(6) + [{"name": "Many from EEG", "attribute": "regional_group", "value": "EEG",
                                         "min": 3}]
    desk.write("Save", sr.save_round, feasible.call_id, seats=6, rules=rules, pins={})
    assert main(_select(store, "--call", CALL_TITLE, "--json")) == 3
    out = json.loads(capsys.readouterr().out)
    assert "Many from EEG" in out["conflict"] and len(out["closest"]) == 6
    assert any(r["name"] == "Many from EEG" and r["bound"] == "min" for r in out["relaxed"])
    assert set(out["names"]) == set(out["closest"])


def test_ambiguous_and_unknown_calls_list_the_calls(store, world, capsys):
    assert main(_select(store, "--call", "core partners call")) == 2
    err = capsys.readouterr().err
    assert "2 core-partner calls match 'core partners call'" in err
    assert CALL_TITLE in err and "SPP core partners call 2024" in err
    assert main(_select(store, "--call", "no such call", "--json")) == 2
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["status"] == "error" and "There is no core-partner call 'no such call'" in out["message"]
    assert len(out["calls"]) == 2 and "SPP core partners call 2024" in captured.err


def test_a_co_lead_call_is_not_a_selection_round(store, desk, world, capsys):
    lead = desk.write("Co-leads", applications.create_call, CallInput(
        "SPP", "co_lead", "SPP co-leads", date.today() - timedelta(days=9), date.today())).value
    assert main(_select(store, "--call", str(lead))) == 2
    err = capsys.readouterr().err
    assert "is a call for co-leads; selection rounds are for core-partner calls." in err
    assert "Traceback" not in err


def test_options_and_missing_database(tmp_path, store, capsys):
    missing = tmp_path / "nope.sqlite"
    assert main(["select", "--db", str(missing), "--call", "x"]) == 2
    assert "There is no database" in capsys.readouterr().err and not missing.exists()
    assert main(["select", "--db", str(store.path)]) == 2
    assert "--db needs --call" in capsys.readouterr().err
    assert main(["select", "--call", "x"]) == 2
    assert "--call needs --db" in capsys.readouterr().err
    assert main(["select", "--db", str(store.path), "--call", "x", "--pool", "p.csv", "--rules", "r.toml"]) == 2
    assert "not both" in capsys.readouterr().err


def test_the_database_is_only_read(store, desk, world, capsys):
    def counts(session):
        return (session.scalar(select(func.count()).select_from(AuditEntry)),
                session.scalar(select(func.count()).select_from(SelectionRound)))

    before = desk.read(counts)
    main(_select(store, "--call", CALL_TITLE))
    capsys.readouterr()
    assert desk.read(counts) == before and before[1] == 0


def test_every_separate_conflict_of_a_stored_round_reaches_a_script(store, desk, feasible, cli):
    # Four seats under the ToR's rules: the regional minima and the cluster minima conflict separately.
    desk.write("Save", sr.save_round, feasible.call_id, seats=4, rules=sr.default_rule_dicts(4), pins={})
    r = cli("select", "--db", store.path, "--call", CALL_TITLE, "--json")
    assert r.returncode == 3, r.stderr
    out = json.loads(r.stdout)
    assert out["status"] == "infeasible" and out["call"]["title"] == CALL_TITLE
    assert out["conflict"] == out["conflicts"][0]
    assert [set(names) for names in out["conflicts"]] == [
        {"Africa", "Asia and the Pacific", "Eastern Europe", "Latin America and the Caribbean",
         "Western Europe and Others"},
        {"Government", "UN and other inter-governmental", "Civil society", "Scientific and technical",
         "Private sector"}]
    assert not any("any one of them" in s for s in out["explanation"])
    assert any(s.startswith("Dropping these rules, one from each conflict, settles it") for s in out["explanation"])
