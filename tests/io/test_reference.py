"""The country table as the app uses it, with the pitfalls of the sources handled."""

from __future__ import annotations

import csv

from opn_desk.cli import main


def _countries(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {r["iso3"]: r for r in csv.DictReader(f)}


def test_reference_countries(tmp_path, capsys):
    out = tmp_path / "countries.csv"
    assert main(["reference", "countries", "--out", str(out), "--as-of", "2025-06-01"]) == 0
    rows = _countries(out)
    assert len(rows) == 249
    assert rows["TUR"]["regional_group"] == "WEOG"  # counted once, as WEOG for elections
    assert rows["USA"]["regional_group"] == "WEOG"
    assert rows["KIR"]["regional_group"] == "APG"
    assert rows["CYP"]["regional_group"] == "APG"
    assert rows["ISR"]["regional_group"] == "WEOG"
    assert rows["PSE"]["regional_group"] == "" and rows["PSE"]["regional_group_name"] == "No group"
    assert rows["VAT"]["regional_group"] == ""
    assert rows["NAM"]["iso2"] == "NA"
    assert rows["STP"]["ldc"] == "no"  # graduated 13 December 2024
    assert rows["BTN"]["ldc"] == "no"
    assert rows["BGD"]["ldc"] == "yes"
    assert rows["CIV"]["name_fr"] == "Côte d’Ivoire"
    assert rows["RUS"]["name_ru"] and rows["CHN"]["name_zh"] == "中国"
    groups = [r["regional_group"] for r in rows.values() if r["regional_group"]]
    assert len(groups) == 193 and set(groups) == {"AFRICA", "APG", "EEG", "GRULAC", "WEOG"}


def test_ldc_status_is_as_of_a_date(tmp_path):
    out = tmp_path / "c.csv"
    assert main(["reference", "countries", "--out", str(out), "--as-of", "2024-06-01"]) == 0
    rows = _countries(out)
    assert rows["STP"]["ldc"] == "yes"
    assert rows["BTN"]["ldc"] == "no"
    main(["reference", "countries", "--out", str(out), "--as-of", "2023-01-01"])
    assert _countries(out)["BTN"]["ldc"] == "yes"


def test_bad_arguments_are_one_sentence(tmp_path, capsys):
    assert main(["reference", "countries", "--out", str(tmp_path / "c.txt")]) == 2
    assert main(["reference", "countries", "--out", str(tmp_path / "c.csv"), "--as-of", "tomorrow"]) == 2
    assert main(["reference", "planets", "--out", "x.csv"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 3
