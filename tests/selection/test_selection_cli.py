"""`opn-desk select`: the contract (exit codes, JSON keys) and one sentence per unusable file."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opn_desk.cli import main

POOL = """id,name,score,regional_group,stakeholder_cluster,representative_gender,incumbent,parent_organisation
ORG-1,Ministry of Environment,9.5,AFRICA,government,female,yes,
ORG-2,Instituto Verde,8,GRULAC,scientific_technical,male,,
ORG-3,EcoLabel Asia,7.5,APG,private_sector,female,,
ORG-4,Green Purchasing Network,7,APG,civil_society,female,yes,
ORG-5,UN Agency X,9,,intergovernmental,male,,UN
ORG-6,UN Agency Y,8.5,,intergovernmental,female,,UN
ORG-7,Baltic Procurement Centre,6,EEG,government,male,,
ORG-8,Nordic Council,6.5,WEOG,intergovernmental,female,yes,
ORG-9,ICLEI,8,WEOG,civil_society,male,yes,
ORG-10,Polish Institute,NA,EEG,scientific_technical,female,,
"""

RULES = """seats = 6

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
max_share = 0.4

[[rule]]
name = "Female representative"
attribute = "representative_gender"
value = "female"
min_share = 0.5

[[rule]]
name = "One per parent"
attribute = "parent_organisation"
per_value = true
max = 1

[[pin]]
id = "ORG-2"
selected = false
"""


@pytest.fixture
def files(tmp_path):
    def write(pool: str = POOL.replace("NA", "5"), rules: str = RULES):
        (tmp_path / "pool.csv").write_text(pool, encoding="utf-8")
        (tmp_path / "rules.toml").write_text(rules, encoding="utf-8")
        return ["select", "--pool", str(tmp_path / "pool.csv"), "--rules", str(tmp_path / "rules.toml")]
    return write


def test_feasible_json_has_the_contract_keys(files, capsys):
    assert main(files() + ["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "optimal"
    # By hand: Africa needs ORG-1, EEG is cheapest with ORG-7, one UN agency, three women.
    assert out["selected"] == ["ORG-1", "ORG-3", "ORG-4", "ORG-5", "ORG-7", "ORG-9"]
    assert out["score"] == 47.0
    assert {tuple(sorted(r)) for r in out["rules"]} == {("count", "max", "min", "name", "state")}
    for r in out["rules"]:
        assert (r["min"] or 0) <= r["count"] and (r["max"] is None or r["count"] <= r["max"])
    assert [r["name"] for r in out["rules"]] == ["Africa", "Eastern Europe", "Female representative",
                                                "One per parent"]


def test_feasible_text_lists_ids_score_and_counts(files, capsys):
    assert main(files()) == 0
    out = capsys.readouterr().out
    assert "total score" in out and "ORG-1" in out and "Eastern Europe" in out


def test_seats_option_overrides_the_file(files, capsys):
    assert main(files() + ["--seats", "4", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["selected"]) == 4


def test_infeasible_exit_3_with_conflict_closest_and_relaxed(files, capsys):
    rules = RULES + '\n[[rule]]\nname = "Many from EEG"\nattribute = "regional_group"\nvalue = "EEG"\nmin = 3\n'
    assert main(files(rules=rules) + ["--json"]) == 3
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "infeasible"
    assert out["conflict"] == ["Many from EEG"]  # only two EEG candidates exist
    assert out["conflicts"] == [["Many from EEG"]]
    assert len(out["closest"]) == 6
    assert out["relaxed"] == [{"name": "Many from EEG", "bound": "min", "by": 1,
                               "detail": "Many from EEG: at least 3 asked, the closest slate has 2."}]
    assert any("only 2 candidates have Eastern Europe as their UN regional group" in r for r in out["reasons"])
    assert not any("regional_group" in r for r in out["explanation"])


def test_infeasible_text_explains_in_words(files, capsys):
    rules = RULES.replace("seats = 6", "seats = 9")  # one UN agency at most: only 8 can be chosen
    assert main(files(rules=rules)) == 3
    out = capsys.readouterr().out
    assert "cannot all be met" in out and "One per parent" in out and "Closest workable slate" in out


def test_pins_beyond_the_seats_are_explained_not_refused(files, capsys):
    pins = "".join(f'\n[[pin]]\nid = "ORG-{i}"\nselected = true\n' for i in (1, 3, 4))
    rules = RULES.replace("seats = 6", "seats = 2") + pins
    assert main(files(rules=rules) + ["--json"]) == 3
    out = json.loads(capsys.readouterr().out)
    assert out["conflict"] == [] and out["conflicts"] == [] and out["closest"] == [] and out["relaxed"] == []
    assert "3 candidates are pinned in, more than the 2 seats." in out["reasons"]


BAD_POOLS = [
    ("name,score\nA,1\n", "pool.csv, line 1: there is no 'id' column."),
    ("id,score\nA,1\nB,2\nA,3\n", "pool.csv, line 4: id 'A' already appears on line 2."),
    ("id,score\nA,1\nB,abc\n", "pool.csv, line 3: score 'abc' is not a number."),
    ("id,score\nA,1\nB,nan\n", "pool.csv, line 3: score 'nan' is not a number."),
    ("id,score\nA,1\n\nB,1,extra\n", "pool.csv, line 4: 3 values, but the header names 2 columns."),
    ("id,score\n,1\n", "pool.csv, line 2: the id is empty."),
    ("id,score,id\nA,1,B\n", "pool.csv, line 1: the column 'id' appears twice."),
    ("", "pool.csv: the file is empty; the first line must name the columns, including id."),
    ("id,score\n", "pool.csv: there are no candidates below the first line."),
]


@pytest.mark.parametrize(("pool", "expected"), BAD_POOLS)
def test_a_malformed_pool_is_one_sentence_exit_2(files, capsys, pool, expected):
    assert main(files(pool=pool, rules="seats = 1\n")) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith(expected), err
    assert "Traceback" not in err and err.count("\n") == 0


BAD_RULES = [
    ("seats = 6\n[[rule\n", "rules.toml, line 2, column 7: "),
    ("seats = -3\n", "rules.toml, line 1: seats must be a whole number of at least 1, not -3."),
    ("seats = 2\ncolour = 'red'\n", "rules.toml, line 2: unknown key 'colour' (expected seats, [[rule]] or [[pin]])."),
    ("seats = 2\n[[rule]]\nattribute = 'regional_group'\nvalue = 'EEG'\nmin = 1\nmaximum = 2\n",
     "rules.toml, line 6: unknown key 'maximum' in a rule"),
    ("seats = 2\n[[rule]]\nattribute = 'regional_group'\nvalue = 'EEG'\nmin_share = 1.5\n",
     "rules.toml, line 2: min_share 1.5 is not a share between 0 and 1."),
    ("seats = 2\n[[rule]]\nattribute = 'regional_group'\nvalue = 'EEG'\nmin = 3\nmax = 1\n",
     "rules.toml, line 2: min 3 is above max 1."),
    ("seats = 2\n[[rule]]\nattribute = 'regional_group'\nvalue = 'EEG'\nmin = -1\n",
     "rules.toml, line 2: min -1 is negative."),
    ("seats = 2\n[[rule]]\nattribute = 'region'\nvalue = 'EEG'\nmin = 1\n",
     "rules.toml, line 3: attribute 'region' is not a column of the pool"),
    ("seats = 2\n[[rule]]\nattribute = 'regional_group'\nvalue = 'EEG'\n",
     "rules.toml, line 2: a rule needs min, max, min_share or max_share."),
    ("seats = 2\n[[rule]]\nattribute = 'regional_group'\nvalue = 'EEG'\nmin = 1.5\n",
     "rules.toml, line 5: min must be a whole number, not 1.5."),
    ("seats = 2\n\n[[pin]]\nid = 'ORG-99'\nselected = true\n", "rules.toml, line 4: pin id 'ORG-99' is not in the pool."),
    ("seats = 2\n[[pin]]\nid = 'ORG-1'\nselected = 'yes'\n",
     "rules.toml, line 4: a pin needs selected = true or selected = false."),
    ("seats = 2\n[[pin]]\nid = 'ORG-1'\nselected = true\nwhy = 'x'\n", "rules.toml, line 5: unknown key 'why' in a pin"),
    ("[[rule]]\nattribute = 'regional_group'\nvalue = 'EEG'\nmin = 1\n",
     "rules.toml: the number of seats is missing (add seats = N, or give --seats N)."),
    ("seats = 2\nrule = 3\n", "rules.toml, line 2: 'rule' must be a list of tables, written [[rule]]."),
]


@pytest.mark.parametrize(("rules", "expected"), BAD_RULES)
def test_a_malformed_rules_file_is_one_sentence_exit_2(files, capsys, rules, expected):
    assert main(files(rules=rules)) == 2
    err = capsys.readouterr().err.strip()
    assert expected in err, err
    assert err.endswith(".") and err.count("\n") == 0 and "Traceback" not in err


def test_toml_errors_keep_tomllib_line_and_column(files, capsys):
    assert main(files(rules="seats = 6\nname 'x'\n")) == 2
    err = capsys.readouterr().err
    assert "rules.toml, line 2, column " in err


def test_missing_files_and_missing_options(files, tmp_path, capsys):
    args = files()
    assert main(["select", "--pool", str(tmp_path / "nope.csv"), "--rules", args[-1]]) == 2
    assert "nope.csv: there is no such file." in capsys.readouterr().err
    assert main(["select", "--pool", args[2], "--rules", str(tmp_path / "nope.toml")]) == 2
    assert "nope.toml: there is no such file." in capsys.readouterr().err
    assert main(["select"]) == 2
    assert "--pool POOL.csv and --rules RULES.toml" in capsys.readouterr().err
    assert main(["select", "--pool", args[2]]) == 2
    assert "--pool needs --rules" in capsys.readouterr().err
    assert main(["select", "--seats", "-1"] + args[1:]) == 2
    assert "--seats must be at least 1, not -1." in capsys.readouterr().err


def test_a_stored_round_needs_an_existing_database(tmp_path, capsys):
    # The stored-round mode itself: tests/selection/test_selection_db_cli.py.
    assert main(["select", "--db", str(tmp_path / "desk.sqlite"), "--call", "2025"]) == 2
    err = capsys.readouterr().err
    assert "There is no database" in err
    assert not (tmp_path / "desk.sqlite").exists()


def test_not_utf8_names_the_line(files, tmp_path, capsys):
    args = files()
    (tmp_path / "pool.csv").write_bytes(b"id,score\nA,1\nB\xe9,2\n")
    assert main(args) == 2
    assert "pool.csv, line 3: the file is not UTF-8 text" in capsys.readouterr().err


def test_utf8_bom_na_text_and_empty_score(files, tmp_path, capsys):
    args = files(rules='seats = 1\n[[rule]]\nattribute = "note"\nvalue = "NA"\nmin = 1\n')
    (tmp_path / "pool.csv").write_text("\ufeffid,score,note\nA,,NA\nB,5,x\n", encoding="utf-8")
    assert main(args + ["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["selected"] == ["A"] and out["score"] == 0


def test_a_bad_error_is_also_json_with_json(files, capsys):
    assert main(files(pool="name\nx\n") + ["--json"]) == 2
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "error" and "no 'id' column" in out["message"]


@settings(max_examples=int(os.environ.get('FUZZ_EXAMPLES', 40)), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mangled_files_never_end_in_a_traceback(files, capsys, data):
    def mangle(text: str) -> str:
        lines = text.splitlines(keepends=True)
        for _ in range(data.draw(st.integers(1, 3))):
            k = data.draw(st.integers(0, len(lines) - 1))
            action = data.draw(st.sampled_from(["drop", "dup", "insert"]))
            if action == "drop" and len(lines) > 1:
                lines.pop(k)
            elif action == "dup":
                lines.insert(k, lines[k])
            else:
                pos = data.draw(st.integers(0, len(lines[k])))
                lines[k] = lines[k][:pos] + data.draw(st.sampled_from([",", "=", "[", '"', "-", "x", "0.", "\n"])) \
                    + lines[k][pos:]
        return "".join(lines)

    which = data.draw(st.sampled_from(["pool", "rules", "both"]))
    good_pool = POOL.replace("NA", "5")
    pool = mangle(good_pool) if which in ("pool", "both") else good_pool
    rules = mangle(RULES) if which in ("rules", "both") else RULES
    code = main(files(pool=pool, rules=rules) + ["--json"])
    captured = capsys.readouterr()
    assert code in (0, 2, 3)
    assert "did not expect" not in captured.err and "Traceback" not in captured.err
    payload = json.loads(captured.out)
    assert payload["status"] == {0: "optimal", 2: "error", 3: "infeasible"}[code]


REGIONS = ("AFRICA", "APG", "EEG", "GRULAC", "WEOG")
CLUSTERS = ("government", "intergovernmental", "civil_society", "private_sector", "scientific_technical")


def test_separate_conflicts_are_all_in_the_json_a_script_reads(tmp_path, cli):
    # With 4 seats, the five regional minima and the five cluster minima conflict separately.
    rows = [f"ORG-{n},{n % 7},{r},{c}" for n, (r, c) in
            enumerate(((r, c) for r in REGIONS for c in CLUSTERS), start=1)]
    (tmp_path / "pool.csv").write_text("id,score,regional_group,stakeholder_cluster\n" + "\n".join(rows) + "\n",
                                       encoding="utf-8")
    rules = "seats = 4\n" + "".join(
        f'\n[[rule]]\nname = "{v}"\nattribute = "{a}"\nvalue = "{v}"\nmin = 1\n'
        for a, values in (("regional_group", REGIONS), ("stakeholder_cluster", CLUSTERS)) for v in values)
    (tmp_path / "rules.toml").write_text(rules, encoding="utf-8")
    r = cli("select", "--pool", tmp_path / "pool.csv", "--rules", tmp_path / "rules.toml", "--json")
    assert r.returncode == 3, r.stderr
    out = json.loads(r.stdout)  # nothing but the JSON on standard output
    assert out["status"] == "infeasible"
    assert len(out["conflicts"]) == 2 and out["conflict"] == out["conflicts"][0]
    assert sorted(map(sorted, out["conflicts"])) == sorted([sorted(CLUSTERS), sorted(REGIONS)])
    assert not any("any one of them" in s for s in out["explanation"])
    assert any(s.startswith("The rules conflict in 2 separate ways") for s in out["explanation"])
