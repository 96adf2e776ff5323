"""`opn-desk report ...`: the command-line contract (exit codes, one-line messages, no traceback)."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from report_fixtures import CALL_TITLE, HOSTILE, needs_pdftotext, pdf_pages
from sqlalchemy import select

from opn_desk.cli import main
from opn_desk.db.models import Call, Programme


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def db(report_store, built):
    return report_store.path


def test_review_pack_by_title_in_any_case(capsys, db, tmp_path):
    out_pdf = tmp_path / "pack.pdf"
    code, out, err = run(capsys, "report", "review-pack", "--call", CALL_TITLE.upper(), "--db", db, "--out", out_pdf)
    assert code == 0, err
    assert out.count("\n") == 1  # one line
    assert re.search(r": 12 pages\.$", out.strip())
    assert CALL_TITLE in out and "9 applications" in out
    assert out_pdf.read_bytes().startswith(b"%PDF-")


def test_review_pack_by_id(capsys, db, built, tmp_path):
    code, out, _ = run(capsys, "report", "review-pack", "--call", built.call_id, "--db", db, "--out",
                       tmp_path / "p.PDF")
    assert code == 0 and "pages." in out


def test_unknown_call_lists_the_calls(capsys, db, built, tmp_path):
    code, out, err = run(capsys, "report", "review-pack", "--call", "Nope", "--db", db, "--out", tmp_path / "x.pdf")
    assert code == 2 and out == ""
    assert "There is no call 'Nope'" in err
    assert CALL_TITLE in err and "Co-leads 2026" in err and str(built.call_id) in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_title_shared_by_two_calls_asks_for_the_id(capsys, desk, tmp_path):
    def two_calls(session):
        spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
        for role in ("core_partner", "co_lead"):
            session.add(Call(programme_id=spp.id, role=role, title="Open call", opens_on=date(2025, 1, 1),
                             closes_on=date(2025, 3, 1)))

    desk.write("Two calls", two_calls)
    code, _, err = run(capsys, "report", "review-pack", "--call", "open call", "--db", desk.store.path,
                       "--out", tmp_path / "x.pdf")
    assert code == 2 and "2 calls are titled 'open call'" in err
    assert err.count("Open call (SPP") == 2


def test_a_database_without_calls(capsys, desk, tmp_path):
    code, _, err = run(capsys, "report", "review-pack", "--call", "x", "--db", desk.store.path, "--out",
                       tmp_path / "x.pdf")
    assert code == 2 and "has no calls yet" in err


@needs_pdftotext
def test_application_summary_with_the_programmes_letterhead(capsys, desk, tmp_path):
    from report_fixtures import build_call

    from opn_desk.services.desk_settings import set_letterhead

    built = desk.write("Build", build_call).value
    desk.write("Letterhead", set_letterhead, "SPP", "SPP coordination desk <UNEP> & partners")
    out_pdf = tmp_path / "app.pdf"
    code, out, err = run(capsys, "report", "application", "--id", built.app_ids[HOSTILE[0]], "--db",
                         desk.store.path, "--out", out_pdf)
    assert code == 0, err
    assert out.strip().endswith(": 1 page.") and out.count("\n") == 1
    page = pdf_pages(out_pdf)[0]
    assert "SPP coordination desk <UNEP> & partners" in page and HOSTILE[0] in page


def test_application_by_its_printed_reference(capsys, report_desk, db, built, tmp_path):
    from opn_desk.services import report_data

    summary = report_desk.read(report_data.application_summary, built.app_ids[HOSTILE[1]])
    code, out, err = run(capsys, "report", "application", "--id", summary.reference.lower(), "--db", db,
                         "--out", tmp_path / "a.pdf")
    assert code == 0, err
    assert HOSTILE[1] in out


def test_unknown_application(capsys, db, tmp_path):
    for wanted in (str(uuid.uuid4()), "123"):
        code, out, err = run(capsys, "report", "application", "--id", wanted, "--db", db, "--out",
                             tmp_path / "a.pdf")
        assert code == 2 and out == "" and f"There is no application with the id '{wanted}'" in err


def test_dossier_needs_a_renewal_process_and_roster_works(capsys, db, tmp_path):
    # The full dossier and roster contract is tested on the demo database in test_leadership.py.
    code, out, err = run(capsys, "report", "dossier", "--programme", "SPP", "--db", db, "--out", tmp_path / "d.pdf")
    assert code == 2 and out == ""
    assert "has no leadership renewal process yet" in err and err.count("\n") == 1
    code, out, err = run(capsys, "report", "roster", "--programme", "SPP", "--db", db, "--out", tmp_path / "r.pdf")
    assert code == 0, err
    assert out.count("\n") == 1 and re.search(r": \d+ pages?\.$", out.strip())


def test_bad_arguments_and_files(capsys, db, built, tmp_path):
    code, _, err = run(capsys, "report", "review-pack", "--call", CALL_TITLE, "--db", db, "--out", tmp_path / "p.txt")
    assert code == 2 and "must end in .pdf" in err
    code, _, err = run(capsys, "report", "review-pack", "--db", db, "--out", tmp_path / "p.pdf")
    assert code == 2 and "--call" in err
    code, _, err = run(capsys, "report", "application", "--db", db, "--out", tmp_path / "p.pdf")
    assert code == 2 and "--id" in err
    code, _, err = run(capsys, "report", "review-pack", "--call", CALL_TITLE, "--db", tmp_path / "none.sqlite",
                       "--out", tmp_path / "p.pdf")
    assert code == 2 and "There is no database" in err
    assert not (tmp_path / "none.sqlite").exists()  # read-only: never created
    code, _, err = run(capsys, "report", "review-pack", "--call", CALL_TITLE, "--db", db, "--out",
                       tmp_path / "missing" / "p.pdf")
    assert code == 2 and "does not exist" in err


@needs_pdftotext
def test_reports_print_the_programmes_letterhead_as_the_desk_set_it(capsys, desk, tmp_path):
    from report_fixtures import build_call

    from opn_desk.services.desk_settings import set_letterhead

    built = desk.write("Build", build_call).value
    desk.write("Letterhead", set_letterhead, "SPP", "Procurement Desk <Nairobi> & Paris\nSecond line")
    out_pdf = tmp_path / "pack.pdf"
    code, _out, err = run(capsys, "report", "review-pack", "--call", built.call_id, "--db", desk.store.path,
                          "--out", out_pdf)
    assert code == 0, err
    first = pdf_pages(out_pdf)[0]
    assert "Procurement Desk <Nairobi> & Paris" in first
