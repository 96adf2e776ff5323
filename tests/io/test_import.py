"""Importing applications and organisations: every problem kind by row and column, all or nothing,
excluded rows, links to registry organisations, remembered mappings, the bulk write and its audit
entry, undo, and the command line's exit codes and output lines."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from opn_desk import cli
from opn_desk.db.models import (
    Application,
    ApplicationTransition,
    AuditEntry,
    Call,
    ImportMapping,
    Organisation,
    Person,
    Programme,
)
from opn_desk.domain.registry import MembershipInput, OrganisationInput, PersonInput
from opn_desk.domain.text import fold
from opn_desk.i18n import long_date
from opn_desk.io.spreadsheet import read_table
from opn_desk.services import registry
from opn_desk.services.intake_import import (
    APPLICATIONS,
    ORGANISATIONS,
    ImportOptions,
    ImportRejected,
    check_import,
    format_rows,
    import_table,
    parse_rows,
)

HEADER = ["organisation", "acronym", "country", "stakeholder_cluster", "website", "programme", "role",
          "representative_name", "representative_email", "representative_gender", "statement"]


def _csv(path: Path, rows: list[list[str]], header: list[str] = HEADER, encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _row(org="Green Planet Network", acronym="", country="Kenya", cluster="Civil society", website="",
         programme="SPP", role="Network member", rep="Jane Doe", email="jane@greenplanet.org", gender="female",
         statement="We care.") -> list[str]:
    return [org, acronym, country, cluster, website, programme, role, rep, email, gender, statement]


def _options(kind=APPLICATIONS, **kw) -> ImportOptions:
    return ImportOptions(kind=kind, file_name=kw.pop("file_name", "apps.csv"), **kw)


def _check(desk, path, **kw):
    return desk.read(check_import, read_table(path), _options(**kw))


def _import(desk, path, **kw):
    return desk.write("Import", import_table, read_table(path), _options(**kw))


def _count(desk, model) -> int:
    return desk.read(lambda s: s.scalar(select(func.count()).select_from(model)))


def _lines(preview) -> list[str]:
    return [p.line() for p in preview.problems]


def _org(desk, name, **fields) -> uuid.UUID:
    return desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name, **fields)).value


def _call(desk, title="SPP core partners 2025", code="SPP", role="core_partner") -> uuid.UUID:
    def add(session):
        programme = session.scalar(select(Programme).where(Programme.code == code))
        call = Call(programme_id=programme.id, role=role, title=title, opens_on=date.today() - timedelta(days=30),
                    closes_on=date.today() + timedelta(days=30))
        session.add(call)
        session.flush()
        return call.id
    return desk.write("Add call", add).value


# ---------------------------------------------------------------------------------- a clean import

def test_a_clean_file_imports_everything_in_one_audited_operation(desk, tmp_path):
    path = _csv(tmp_path / "apps.csv", [
        _row(),
        _row("Namibia Nature Foundation", "NNF", "NA", "CSO", "www.nnf.org.na", "CI", "network_member",
             "Chris Brown", "chris@nnf.org.na", "M"),
        _row("İstanbul Sürdürülebilirlik Derneği", "", "Turkey", "Civil society", "", "SFS", "Member",
             "Ayşe Yılmaz", "", "F"),
        _row("Abidjan Green Lab", "", "Ivory Coast", "Scientific and technical", "", "SLE", "Network member",
             "", "", ""),
    ])
    outcome = _import(desk, path)
    result = outcome.value
    assert (result.applications, result.new_organisations, result.linked_organisations, result.people) == (4, 4, 0, 3)
    assert result.summary() == "Imported 4 applications (4 new organisations, 0 linked to existing ones)."
    assert {"organisation", "person", "application", "application_transition"} <= outcome.changed

    def look(session):
        orgs = {o.name: o for o in session.scalars(select(Organisation))}
        assert orgs["Namibia Nature Foundation"].country.iso3 == "NAM"  # "NA" is Namibia
        assert orgs["İstanbul Sürdürülebilirlik Derneği"].country.iso3 == "TUR"
        assert orgs["Abidjan Green Lab"].country.iso3 == "CIV"
        for org in orgs.values():  # exactly as the registry fills them
            assert org.sort_name == fold(org.name)
            assert org.search_text == registry.search_text(org.name, org.acronym, [n.name for n in org.other_names])
            assert org.version == 1
        nnf = orgs["Namibia Nature Foundation"]
        assert (nnf.stakeholder_cluster, nnf.acronym, nnf.website) == ("civil_society", "NNF", "www.nnf.org.na")
        apps = session.scalars(select(Application)).all()
        assert {a.status for a in apps} == {"received"}
        assert all(a.screening and not any(a.screening.values()) for a in apps)
        chris = session.scalar(select(Person).where(Person.name == "Chris Brown"))
        assert chris.gender == "male" and chris.organisation_id == nnf.id
        app = session.scalar(select(Application).where(Application.organisation_id == nnf.id))
        assert app.representative_id == chris.id and app.role == "network_member"
        moves = session.scalars(select(ApplicationTransition)).all()
        assert len(moves) == 4
        assert {(m.from_status, m.to_status, m.actor) for m in moves} == {(None, "received", "Test Officer")}
        entries = session.scalars(select(AuditEntry)
                                  .where(AuditEntry.description.like("Import of %"))).all()
        assert len(entries) == 1
        entry = entries[0]
        assert (entry.table_name, entry.action, entry.description) == \
               ("application", "create", "Import of 4 applications from apps.csv")
        assert entry.changes == {"rows": 4, "file": "apps.csv"} and entry.actor == "Test Officer"
    desk.read(look)
    # The registry finds the imported organisations like any other.
    from opn_desk.domain.registry import OrganisationQuery
    assert [r.name for r in desk.read(registry.search_organisations, OrganisationQuery(text="namibia nature"))] \
        == ["Namibia Nature Foundation"]
    # One undo step takes the whole import back.
    desk.undo()
    assert (_count(desk, Organisation), _count(desk, Application), _count(desk, Person)) == (0, 0, 0)


def test_organisations_import_creates_organisations_and_people(desk, tmp_path):
    header = ["Organization", "Acronym", "Country", "Stakeholder Cluster", "Website", "Representative Name",
              "Representative E-mail", "Representative Gender", "Other names", "Alternate name",
              "Alternate email", "organisation_type"]
    path = _csv(tmp_path / "partners.csv", [
        ["Consumers International", "CI", "GBR", "Civil society", "consumersinternational.org", "Helena Leurent",
         "hl@consumersinternational.org", "", "Consumidores Internacional; Consommateurs International",
         "Tom", "tom@consumersinternational.org", "NGO"],
        ["Ministry of Environment", "", "Costa Rica", "Government", "", "", "", "", "", "", "",
         "National government"],
    ], header=header)
    result = _import(desk, path, kind=ORGANISATIONS, file_name="partners.csv").value
    assert (result.rows, result.new_organisations, result.people) == (2, 2, 2)
    assert result.summary() == "Imported 2 organisations (2 new, 0 linked to existing ones; 2 people added)."
    ci = desk.read(lambda s: s.scalar(select(Organisation).where(Organisation.acronym == "CI")))
    detail = desk.read(registry.get_organisation, ci.id)
    assert {n for n, _ in detail.other_names} == {"Consumidores Internacional", "Consommateurs International"}
    assert {p.name for p in detail.people} == {"Helena Leurent", "Tom"}
    assert detail.organisation_type == "ngo" and detail.country_iso3 == "GBR"
    entry = desk.read(lambda s: s.scalar(select(AuditEntry).where(AuditEntry.description.like("Import of %"))))
    assert (entry.table_name, entry.description) == ("organisation", "Import of 2 organisations from partners.csv")


# ------------------------------------------------------------------------------ every problem kind

def test_every_problem_kind_is_listed_by_row_and_column_and_nothing_is_written(desk, tmp_path):
    member = _org(desk, "Existing Member Org", country_iso3="KEN")
    desk.write("Join", registry.add_membership, MembershipInput(member, "SPP", "network_member", date(2024, 1, 1)))
    applicant = _org(desk, "Pending Applicant", country_iso3="KEN")

    def pending(session):
        programme = session.scalar(select(Programme).where(Programme.code == "CI"))
        session.add(Application(organisation_id=applicant, programme_id=programme.id, role="network_member",
                                received_on=date(2025, 2, 1)))
    desk.write("Apply", pending)
    before = (_count(desk, Organisation), _count(desk, Application), _count(desk, Person))
    future = (date.today() + timedelta(days=10)).isoformat()
    rows = [
        _row(),                                                              # 2 fine
        _row(org=""),                                                        # 3 missing organisation
        _row("No Country Org", country=""),                                  # 4 missing country
        _row("Narnia Org", country="Narnia"),                                # 5 unknown country
        _row("Bad Mail Org", email="jane.at.example.org"),                   # 6 malformed e-mail
        _row("Bad Cluster Org", cluster="Aliens"),                           # 7 unknown cluster
        _row("Bad Role Org", role="Emperor"),                                # 8 unknown role
        _row("Bad Programme Org", programme="XYZ"),                          # 9 unknown programme
        _row("Bad Gender Org", gender="dragon"),                             # 10 unknown gender
        _row(),                                                              # 11 duplicate of row 2
        _row("Existing Member Org", country="KEN"),                          # 12 already a member
        _row("Pending Applicant", country="Kenya", programme="CI"),          # 13 open application
        _row("Missing Programme Org", programme="", role=""),                # 14 programme and role missing
        _row("Old Programme Org", programme="SBC"),                          # 15 inactive programme
        _row("Core Org", role="Core partner"),                               # 16 no call for core partners
        _row("Nameless Rep Org", rep=""),                                    # 17 e-mail without a name
    ]
    extra = ["received_on"]
    data = [r + [""] for r in rows]
    data.append(_row("Future Org") + [future])                             # 18 received in the future
    data.append(_row("Bad Date Org") + ["31/31/2025"])                     # 19 not a date
    path = _csv(tmp_path / "bad.csv", data, header=HEADER + extra)
    preview = _check(desk, path)
    lines = _lines(preview)
    expected = [
        "row 3, column organisation: the organisation's name is missing",
        "row 4, column country: the country is missing",
        "row 5, column country: unknown country 'Narnia'; did you mean",
        "row 6, column representative_email: 'jane.at.example.org' is not an e-mail address",
        "row 7, column stakeholder_cluster: 'Aliens' is not a stakeholder cluster; use one of: Government, ",
        "row 8, column role: 'Emperor' is not a role; use one of: Co-lead, Core partner, Network member",
        "row 9, column programme: 'XYZ' is not a programme; use one of: CI, SBC, SFS, SLE, SPP, STP",
        "row 10, column representative_gender: not one of the gender options: Female, Male, ",
        "row 11, column organisation: the same application as row 2",
        "row 12, column organisation: Existing Member Org is already an active network member of SPP",
        "row 13, column organisation: Pending Applicant already has an open application to be a network member "
        "of CI (received 1 February 2025)",
        "row 14, column programme: the programme is missing",
        "row 14, column role: the role applied for is missing",
        "row 15, column programme: Sustainable Buildings and Construction (former) no longer takes applications",
        "row 16, column role: a core partner application answers a call, and there is no call for core "
        "partners of SPP yet",
        "row 17, column representative_name: the representative's name is missing (an e-mail address is given)",
        "row 18, column received_on: an application cannot be received in the future",
        "row 19, column received_on: '31/31/2025' is not a date",
    ]
    assert len(lines) == len(expected), "\n".join(lines)
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), f"{line!r} does not start with {start!r}"
    assert "dragon" not in "\n".join(lines)  # a personal value is never echoed back
    assert "Armenia" in lines[2]
    with pytest.raises(ImportRejected) as rejected:
        _import(desk, path)
    assert len(rejected.value.preview.problems) == len(expected)
    assert (_count(desk, Organisation), _count(desk, Application), _count(desk, Person)) == before


def test_header_problems(desk, tmp_path):
    path = _csv(tmp_path / "h.csv", [["Acme", "KEN", "x"]], header=["Organization", "Land", "Colour"])
    preview = _check(desk, path)
    assert _lines(preview) == [
        "row 1, column country: the file has no column for country, which is required",
        "row 1, column programme: the file has no column for programme, which is required",
        "row 1, column role: the file has no column for role, which is required",
    ]
    assert [w.line() for w in preview.warnings][:1] == [
        "row 1, column Land: not imported: no field has this name (see docs/IMPORT.md, or map it with --mapping)"]
    path = _csv(tmp_path / "twice.csv", [["Acme", "Acme", "KEN"]], header=["organisation", "Name", "country"])
    assert "would fill the field organisation" in _lines(_check(desk, path, kind=ORGANISATIONS))[0]


def test_duplicate_rows_of_a_partner_list(desk, tmp_path):
    header = ["organisation", "country"]
    path = _csv(tmp_path / "p.csv", [["Acme Ltd", "Kenya"], ["ACME", "KEN"], ["Acme", "Uganda"]], header=header)
    assert _lines(_check(desk, path, kind=ORGANISATIONS)) == [
        "row 3, column organisation: the same organisation as row 2; put each organisation on one row (a second "
        "person can go in alternate_name and alternate_email)"]


# ----------------------------------------------------------------------- all or nothing, exclusions

def test_one_bad_row_writes_nothing_and_excluding_it_writes_the_rest(desk, tmp_path):
    path = _csv(tmp_path / "apps.csv", [_row("Alpha"), _row("Beta", country="Atlantis"), _row("Gamma"),
                                        _row("Delta", email="bad@")])
    with pytest.raises(ImportRejected):
        _import(desk, path)
    assert _count(desk, Organisation) == 0 and _count(desk, Application) == 0
    result = _import(desk, path, exclude_rows=parse_rows("3,5")).value
    assert result.applications == 2 and result.excluded == (3, 5)
    assert result.summary().endswith("; left out as asked: rows 3, 5.")
    names = desk.read(lambda s: sorted(s.scalars(select(Organisation.name))))
    assert names == ["Alpha", "Gamma"]


def test_row_ranges():
    assert parse_rows("3,7-9, 12") == {3, 7, 8, 9, 12}
    assert format_rows([3, 7, 8, 9, 12]) == "3, 7-9, 12"
    for bad in ("1", "x", "9-7"):
        with pytest.raises(ValueError):
            parse_rows(bad)


# --------------------------------------------------------------------------- links to the registry

def test_a_certain_match_links_and_a_weak_one_warns(desk, tmp_path):
    unep = _org(desk, "United Nations Environment Programme", acronym="UNEP", website="https://www.unep.org",
                country_iso3="KEN")
    desk.write("Add", registry.add_person, PersonInput(unep, "Inger Andersen", "inger@unep.org"))
    sg = _org(desk, "Société Générale S.A.", country_iso3="FRA")
    path = _csv(tmp_path / "apps.csv", [
        _row("UN Environment", "UNEP", "Kenya", website="unep.org", rep="Inger Andersen", email="inger@unep.org"),
        _row("SOCIETE GENERALE", country="France", cluster="Private sector", email="x@socgen.com", rep="X"),
        _row("Societe Generale", country="Senegal", cluster="Private sector", email="y@socgen.sn", rep="Y"),
    ])
    preview = _check(desk, path)
    assert preview.ok
    plans = {p.row: p for p in preview.plans}
    assert (plans[2].action, plans[2].org_id) == ("link", unep)
    assert (plans[3].action, plans[3].org_id) == ("link", sg)
    assert plans[4].action == "new"
    warnings = [w.line() for w in preview.warnings]
    assert warnings[0].startswith("row 2, column organisation: linked to the existing organisation United "
                                  "Nations Environment Programme: ")
    assert "the same website domain unep.org" in warnings[0]
    assert "the same name once case, accents, punctuation and legal form are set aside" in warnings[1]
    assert warnings[2].startswith("row 4, column organisation: may already be in the registry as Société Générale "
                                  "S.A.: ") and "another country (FRA)" in warnings[2]
    result = _import(desk, path).value
    assert (result.new_organisations, result.linked_organisations, result.people) == (1, 2, 2)  # Inger reused
    assert desk.read(lambda s: s.scalar(select(func.count()).select_from(Person)
                                        .where(Person.organisation_id == unep))) == 1
    # The officer's decision wins: link row 4 to the French bank after all, or force a new organisation.
    path2 = _csv(tmp_path / "more.csv", [_row("Societe Generale", country="Senegal", programme="CI", rep="Z",
                                              email="z@socgen.sn"),
                                         _row("UN Environment", "UNEP", "Kenya", programme="CI", rep="Q",
                                              email="q@unep.org")])
    preview = _check(desk, path2, decisions={2: sg, 3: None})
    assert [(p.row, p.action, p.org_id == sg) for p in preview.plans] == [(2, "link", True), (3, "new", False)]


def test_rows_naming_the_same_new_organisation_share_it(desk, tmp_path):
    path = _csv(tmp_path / "apps.csv", [_row("Green Planet Network"), _row("GREEN PLANET NETWORK LTD", programme="CI"),
                                        _row("Green Planet Network", country="Uganda", programme="CI")])
    preview = _check(desk, path)
    assert [(p.row, p.action, p.same_as) for p in preview.plans] == [(2, "new", None), (3, "same", 2), (4, "new", None)]
    assert any("may be the same organisation as row 2" in w.message for w in preview.warnings)
    result = _import(desk, path).value
    assert (result.applications, result.new_organisations, result.people) == (3, 2, 2)


# ----------------------------------------------------------------------------- calls and mappings

def test_call_rows_and_remembered_mapping(desk, tmp_path):
    call = _call(desk)
    header = ["Org name", "Nation", "Contact", "Contact e-mail", "Why"]
    path = _csv(tmp_path / "call.csv", [["Acme Sustainability", "Germany", "Jo", "jo@acme.de", "Because."]],
                header=header)
    mapping = {"Org name": "organisation", "Nation": "country", "Contact": "representative_name",
               "Contact e-mail": "representative_email", "Why": "statement"}
    result = _import(desk, path, call_id=call, mapping=mapping).value
    assert result.applications == 1
    app = desk.read(lambda s: s.scalar(select(Application)))
    assert (app.role, app.call_id, app.statement) == ("core_partner", call, "Because.")
    stored = desk.read(lambda s: s.scalar(select(ImportMapping)))
    assert (stored.kind, stored.call_id, stored.columns) == ("applications", call, mapping)
    # Next time, for the same call, the remembered mapping applies without being given.
    path2 = _csv(tmp_path / "call2.csv", [["Beta Sustainability", "France", "Al", "al@beta.fr", "Also."]],
                 header=header)
    assert _check(desk, path2, call_id=call).ok
    # Another call does not inherit it.
    other = _call(desk, "SPP core partners 2027")
    assert not _check(desk, path2, call_id=other).ok
    # A row for another role than the call's is refused.
    path3 = _csv(tmp_path / "call3.csv", [_row("Gamma", role="Co-lead")])
    assert "is for core partners, not co-leads" in _lines(_check(desk, path3, call_id=call))[0]


def test_mapping_problems(desk, tmp_path):
    path = _csv(tmp_path / "m.csv", [["Acme", "KEN"]], header=["Org", "Land"])
    preview = _check(desk, path, kind=ORGANISATIONS, mapping={"Land": "nation", "Missing column": "country"})
    assert _lines(preview) == [
        "row 1, column Land: the mapping sends this column to 'nation', which is not a field of an organisation "
        "import",
        "row 1, column Missing column: the mapping names this column, but the file has no column of that name",
        "row 1, column country: the file has no column for country, which is required",
    ]


# ---------------------------------------------------------------------------------------- XLSX

def test_xlsx_import_never_evaluates_formulas(desk, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(_row("Formula Org", statement="=1+1", website='=HYPERLINK("http://evil.example","x")'))
    ws.append(_row("=2+2"))
    wb.save(tmp_path / "f.xlsx")
    preview = _check(desk, tmp_path / "f.xlsx")
    # "=2+2" was never calculated: the cell holds no value, so the name is missing (not "4").
    assert _lines(preview) == ["row 3, column organisation: the organisation's name is missing"]
    _import(desk, tmp_path / "f.xlsx", exclude_rows=frozenset({3}))
    org = desk.read(lambda s: s.scalar(select(Organisation)))
    app = desk.read(lambda s: s.scalar(select(Application)))
    assert (org.name, org.website, app.statement) == ("Formula Org", "", "")


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_csv_encodings_reach_the_database_intact(desk, tmp_path, encoding):
    name = "Société d’Études Écologiques" if encoding == "cp1252" else "Экологический центр «Зелёный мир»"
    path = _csv(tmp_path / "e.csv", [_row(name, country="Côte d'Ivoire", rep="Zoë Ørsted")], encoding=encoding)
    _import(desk, path)
    org = desk.read(lambda s: s.scalar(select(Organisation)))
    assert org.name == name and org.country.iso3 == "CIV"
    assert desk.read(lambda s: s.scalar(select(Person.name))) == "Zoë Ørsted"


# ---------------------------------------------------------------------------------- command line

@pytest.fixture
def db(store):
    return store.path


def _run(capsys, *argv) -> tuple[int, list[str], list[str]]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_cli_success_is_one_line_and_exit_0(db, tmp_path, capsys):
    path = _csv(tmp_path / "apps.csv", [_row("Alpha"), _row("Beta", programme="CI")])
    code, out, err = _run(capsys, "import", "applications", path, "--db", db, "--dry-run")
    assert (code, out) == (0, ["Checked 2 rows: no problems; nothing written (dry run)."])
    code, out, err = _run(capsys, "import", "applications", path, "--db", db)
    assert (code, out) == (0, ["Imported 2 applications (2 new organisations, 0 linked to existing ones)."])
    # Importing the same file again: both organisations link, and both already have open applications.
    code, out, err = _run(capsys, "import", "applications", path, "--db", db)
    assert code == 1
    assert out == ["row 2, column organisation: Alpha already has an open application to be a network member of SPP "
                   f"(received {long_date(date.today())})",
                   "row 3, column organisation: Beta already has an open application to be a network member of CI "
                   f"(received {long_date(date.today())})"]
    assert err[0].startswith("warning: row 2, column organisation: linked to the existing organisation Alpha")
    header = ["organisation", "country", "representative_name", "representative_email"]
    partners = _csv(tmp_path / "partners.csv", [["Gamma", "NA", "Gil", "gil@gamma.na"]], header=header)
    code, out, _ = _run(capsys, "import", "organisations", partners, "--db", db)
    assert (code, out) == (0, ["Imported 1 organisation (1 new, 0 linked to existing ones; 1 person added)."])


def test_cli_problems_exit_1_one_per_line_and_nothing_written(db, store, tmp_path, capsys):
    path = _csv(tmp_path / "apps.csv", [_row("Alpha"), _row("Beta", country="Narnia"), _row("Gamma", email="g@")])
    code, out, err = _run(capsys, "import", "applications", path, "--db", db)
    assert code == 1
    assert len(out) == 2
    assert out[0].startswith("row 3, column country: unknown country 'Narnia'")
    assert out[1] == "row 4, column representative_email: 'g@' is not an e-mail address"
    assert "nothing was written" in err[-1]
    from opn_desk.services.desk import Desk

    assert _count(Desk(store), Organisation) == 0
    code, out, _ = _run(capsys, "import", "applications", path, "--db", db, "--exclude-rows", "3-4")
    assert (code, out) == (0, ["Imported 1 application (1 new organisation, 0 linked to existing ones); "
                               "left out as asked: rows 3-4."])


def test_cli_refused_file_exit_1_with_the_reason(db, tmp_path, capsys):
    bomb = tmp_path / "bomb.xlsx"
    import zipfile

    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 2**20))
    code, out, err = _run(capsys, "import", "applications", bomb, "--db", db)
    assert code == 1 and out == []
    assert len(err) == 1
    assert err[0].startswith("opn-desk: bomb.xlsx was not imported. The workbook's part xl/worksheets/sheet1.xml "
                             "would expand ")
    assert err[0].endswith(" times when opened (a zip bomb); it was refused as unsafe.")


def test_cli_bad_arguments_exit_2(db, tmp_path, capsys):
    path = _csv(tmp_path / "apps.csv", [_row("Alpha")])
    code, out, err = _run(capsys, "import", "applications", path, "--db", tmp_path / "none.sqlite")
    assert (code, err) == (2, [f"opn-desk: There is no database at {tmp_path / 'none.sqlite'}."])
    code, _, err = _run(capsys, "import", "applications", tmp_path / "missing.csv", "--db", db)
    assert code == 2 and "There is no file" in err[0]
    code, _, err = _run(capsys, "import", "applications", path, "--db", db, "--exclude-rows", "x")
    assert code == 2 and "--exclude-rows" in err[0]
    code, _, err = _run(capsys, "import", "organisations", path, "--db", db, "--call", "x")
    assert code == 2 and "applications only" in err[0]


def test_cli_call_by_title_or_id_and_unknown_calls_listed(db, desk, tmp_path, capsys):
    code, _, err = _run(capsys, "import", "applications", tmp_path / "x.csv", "--db", db, "--call", "Nope")
    assert code == 2  # the file is checked first: it does not exist
    path = _csv(tmp_path / "apps.csv", [_row("Alpha", programme="", role="")])
    code, _, err = _run(capsys, "import", "applications", path, "--db", db, "--call", "Nope")
    assert (code, err) == (2, ["opn-desk: There is no call 'Nope'; the database has no calls yet."])
    call = _call(desk, "SPP Core Partners 2025")
    code, _, err = _run(capsys, "import", "applications", path, "--db", db, "--call", "Nope")
    assert code == 2 and err == [f"opn-desk: There is no call 'Nope'; the calls are: 'SPP Core Partners 2025' "
                                 f"({call})."]
    code, out, _ = _run(capsys, "import", "applications", path, "--db", db, "--call", "spp core partners 2025",
                        "--dry-run")
    assert (code, out) == (0, ["Checked 1 row: no problems; nothing written (dry run)."])
    code, out, _ = _run(capsys, "import", "applications", path, "--db", db, "--call", str(call))
    assert code == 0 and out[0].startswith("Imported 1 application ")


def test_cli_mapping_file(db, tmp_path, capsys):
    path = _csv(tmp_path / "p.csv", [["Acme", "Kenya"]], header=["Org name", "Nation"])
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Org name": "organisation", "Nation": "country"}), encoding="utf-8")
    code, out, _ = _run(capsys, "import", "organisations", path, "--db", db, "--mapping", mapping)
    assert code == 0 and out[0].startswith("Imported 1 organisation ")
    code, _, err = _run(capsys, "import", "organisations", path, "--db", db, "--mapping", tmp_path / "nope.json")
    assert code == 2 and "no mapping file" in err[0]


def test_a_large_import_undoes_and_redoes_as_one_step(desk, tmp_path):
    before = _org(desk, "Made by hand", country_iso3="KEN")
    counts = {m: _count(desk, m) for m in (Organisation, Person, Application)}
    path = _csv(tmp_path / "many.csv", [_row(f"Org {i}", email=f"p{i}@org{i}.example") for i in range(150)])
    outcome = _import(desk, path)
    assert outcome.value.applications == 150 and outcome.value.undoable
    assert {"organisation", "person", "application", "application_transition"} <= outcome.changed
    assert desk.undo_text() == "Import"
    undone = desk.undo()
    assert {"organisation", "person", "application"} <= undone.changed
    assert {m: _count(desk, m) for m in counts} == counts
    assert desk.read(registry.get_organisation, before).name == "Made by hand"  # the step before stays
    trail = desk.read(lambda s: s.execute(select(AuditEntry.table_name, AuditEntry.changes).where(
        AuditEntry.description == "Undo: Import", AuditEntry.action == "delete")).all())
    assert {t: c["rows"] for t, c in trail}["application"] == 150
    desk.redo()
    assert _count(desk, Application) == counts[Application] + 150
    assert _count(desk, Organisation) == counts[Organisation] + 150
    desk.undo()
    assert _count(desk, Application) == counts[Application]
