"""What a script reads from the installed ``opn-desk``: run as a subprocess, standard output parsed.

In-process calls of ``main()`` cannot see what C libraries write to file descriptor 1 (HiGHS printed
its banner there before the JSON of ``select --json``); these tests can.
"""

from __future__ import annotations

import json

import pytest

CALL = "SPP core partners call 2026"

POOL = """id,name,score,regional_group,stakeholder_cluster,representative_gender
ORG-1,Ministry of Environment,9.5,AFRICA,government,female
ORG-2,Instituto Verde,8,GRULAC,scientific_technical,male
ORG-3,EcoLabel Asia,7.5,APG,private_sector,female
ORG-4,Green Purchasing Network,7,APG,civil_society,female
ORG-5,Baltic Procurement Centre,6,EEG,government,male
ORG-6,Nordic Council,6.5,WEOG,intergovernmental,female
"""

RULES = """seats = 3

[[rule]]
name = "Africa"
attribute = "regional_group"
value = "AFRICA"
min = 1

[[rule]]
name = "Eastern Europe"
attribute = "regional_group"
value = "EEG"
min = 1
"""


@pytest.fixture(scope="module")
def demo_db(new_database, cli):
    path = new_database("contracts")  # a file, or a server database (OPN_DESK_TEST_BACKEND, tests/conftest.py)
    done = cli("demo", "--db", path)
    assert done.returncode == 0, done.stderr
    assert "HiGHS" not in done.stdout and "Copyright" not in done.stdout
    assert done.stdout.startswith("Demo network written to"), done.stdout
    return path


def test_select_json_from_files_is_json_alone(cli, tmp_path):
    (tmp_path / "pool.csv").write_text(POOL, encoding="utf-8")
    (tmp_path / "rules.toml").write_text(RULES, encoding="utf-8")
    done = cli("select", "--pool", tmp_path / "pool.csv", "--rules", tmp_path / "rules.toml", "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)  # the whole of standard output, nothing before or after
    assert answer["status"] == "optimal" and len(answer["selected"]) == 3
    assert "HiGHS" not in done.stderr


def test_select_json_on_infeasible_rules_is_json_alone(cli, tmp_path):
    (tmp_path / "pool.csv").write_text(POOL, encoding="utf-8")
    (tmp_path / "rules.toml").write_text(RULES.replace("seats = 3", "seats = 1"), encoding="utf-8")
    done = cli("select", "--pool", tmp_path / "pool.csv", "--rules", tmp_path / "rules.toml", "--json")
    assert done.returncode == 3, done.stderr
    answer = json.loads(done.stdout)
    assert answer["status"] == "infeasible" and answer["conflict"]


def test_select_json_on_a_stored_round_is_json_alone(cli, demo_db):
    done = cli("select", "--db", demo_db, "--call", CALL, "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["status"] == "optimal"
    assert answer["call"]["title"] == CALL


def test_select_text_has_no_solver_banner(cli, demo_db):
    done = cli("select", "--db", demo_db, "--call", CALL)
    assert done.returncode == 0, done.stderr
    assert "HiGHS" not in done.stdout + done.stderr
    assert "Copyright" not in done.stdout + done.stderr


def test_report_selection_prints_only_its_sentence(cli, demo_db, tmp_path):
    out = tmp_path / "selection.pdf"
    done = cli("report", "selection", "--db", demo_db, "--call", CALL, "--out", out)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "HiGHS" not in done.stdout + done.stderr
    assert len(done.stdout.strip().splitlines()) == 1, done.stdout


def test_check_on_the_demo_is_healthy_exit_0(cli, demo_db):
    done = cli("check", "--db", demo_db)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("healthy.")
