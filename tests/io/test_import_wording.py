"""Files written in the Terms of Reference's words, or in the network's French and Spanish forms,
import through the real pipeline (and through the installed `opn-desk import`); a value that is none
of the list's spellings is refused with the closest ones."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from opn_desk.db.models import Application, Call, Organisation, Person, Programme
from opn_desk.db.store import open_store
from opn_desk.domain.vocab import REGIONAL_GROUPS
from opn_desk.io.spreadsheet import read_table
from opn_desk.services.desk import Desk
from opn_desk.services.export import export_organisations
from opn_desk.services.intake_import import (
    APPLICATIONS,
    ORGANISATIONS,
    ImportOptions,
    check_import,
    import_table,
)

HEADER = ["organisation", "country", "stakeholder_cluster", "programme", "role", "representative_name",
          "representative_email", "representative_gender", "organisation_type", "contribution_kinds"]
CALL = "SPP core partners call 2026"

# Each row: the file's cells, then what must be stored: (cluster, programme, role, gender, type, contributions).
TOR_ROWS = [
    (["Ministerio de Ambiente y Energía", "Costa Rica", "Government agencies",
      "Sustainable Public Procurement Programme", "Core Partners", "Ana Mora", "ana@minae.go.cr", "female",
      "National government", "financial and/or in-kind contribution"],
     ("government", "SPP", "core_partner", "female", "national_government", "financial,in_kind")),
    (["Regional Office for Procurement Cooperation", "Kenya",
      "UN agencies and other inter-governmental organisations", "SPP Programme", "Network members",
      "Otieno Kamau", "otieno@ropc.org", "male", "UN agency", "dedicated staff"],
     ("intergovernmental", "SPP", "network_member", "male", "un_agency", "staff_time")),
    (["Green Purchasing Alliance", "Germany", "Civil society organisations", "Consumer Information",
      "Member of the SPP Programme's Network", "", "", "", "NGO", ""],
     ("civil_society", "CI", "network_member", None, "ngo", "")),
    (["Institute for Procurement Research", "India", "Scientific and technical organisations",
      "Sustainable Public Procurement", "Core Partners", "Priya Nair", "priya@ipr.in", "female",
      "Research institute", ""],
     ("scientific_technical", "SPP", "core_partner", "female", "research_institute", "")),
    (["Procura Verde Ltda", "Brazil", "Private sector", "Sustainable Food Systems", "Network members", "", "", "",
      "Company", ""],
     ("private_sector", "SFS", "network_member", None, "company", "")),
]
FRENCH_ROWS = [
    (["Réseau Achats Responsables", "France", "Société civile", "Achats publics durables", "Membre du réseau",
      "Élise Martin", "elise@rar.fr", "Femme", "ONG", "Financière et en nature"],
     ("civil_society", "SPP", "network_member", "female", "ngo", "financial,in_kind")),
    (["Agence nationale de l'environnement", "Sénégal", "Organismes gouvernementaux",
      "Programme sur les achats publics durables", "Partenaire principal", "Moussa Diop", "moussa@ane.sn",
      "Homme", "Gouvernement national", "Temps de personnel"],
     ("government", "SPP", "core_partner", "male", "national_government", "staff_time")),
    (["Université de Genève", "Suisse", "Organisations scientifiques et techniques",
      "Information des consommateurs", "membre du reseau", "Camille Favre", "camille@unige.ch", "Non binaire",
      "Université", ""],
     ("scientific_technical", "CI", "network_member", "non_binary", "university", "")),
    (["Bureau régional pour le tourisme", "Maroc",
      "Organismes des Nations Unies et autres organisations intergouvernementales", "Tourisme durable",
      "MEMBRE DU RÉSEAU", "", "", "", "Organisation intergouvernementale", ""],
     ("intergovernmental", "STP", "network_member", None, "intergovernmental", "")),
    (["Entreprise Verte", "Côte d'Ivoire", "  SECTEUR   PRIVÉ ", "Systèmes alimentaires durables",
      "Membre du réseau", "", "", "", "Entreprise", ""],
     ("private_sector", "SFS", "network_member", None, "company", "")),
]
SPANISH_ROWS = [
    (["Red de Compras Sostenibles", "México", "Sector privado", "Compras públicas sostenibles",
      "Miembro de la red", "María López", "maria@rcs.mx", "Mujer", "Empresa", "Financiera y en especie"],
     ("private_sector", "SPP", "network_member", "female", "company", "financial,in_kind")),
    (["Dirección de Compras Públicas", "Chile", "Organismos gubernamentales",
      "Programa de Compras Públicas Sostenibles", "Socio principal", "Juan Pérez", "juan@dcp.cl", "Hombre",
      "Ministerio", "Tiempo del personal"],
     ("government", "SPP", "core_partner", "male", "national_government", "staff_time")),
    (["Oficina Regional de Turismo", "Panamá", "Organismos de las Naciones Unidas", "Turismo sostenible",
      "Miembro de la red", "", "", "", "Organismo de las Naciones Unidas", ""],
     ("intergovernmental", "STP", "network_member", None, "un_agency", "")),
    (["Fundación Ciudadana", "Perú", "SOCIEDAD CIVIL", "Sistemas alimentarios sostenibles", "MIEMBRO DE LA RED",
      "Lucía Quispe", "lucia@fc.pe", "Prefiere no decirlo", "Organización no gubernamental", ""],
     ("civil_society", "SFS", "network_member", "prefers_not_to_say", "ngo", "")),
    (["Instituto de Investigación Andino", "Colombia", "organizaciones cientificas y tecnicas",
      "Estilos de vida y educación sostenibles", "miembro de la red", "", "", "", "Instituto de investigación", ""],
     ("scientific_technical", "SLE", "network_member", None, "research_institute", "")),
]


def _csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header, *rows])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _call(desk) -> None:
    def add(session):
        spp = session.scalar(select(Programme).where(Programme.code == "SPP"))
        session.add(Call(programme_id=spp.id, role="core_partner", title=CALL,
                         opens_on=date.today() - timedelta(days=30), closes_on=date.today() + timedelta(days=30)))
        session.flush()
    desk.write("Add call", add)


def _stored(session) -> dict[str, tuple]:
    """organisation name -> (cluster, programme, role, representative's gender, type, contributions)."""
    out = {}
    for app, org, code in session.execute(select(Application, Organisation, Programme.code)
                                          .join(Organisation, Organisation.id == Application.organisation_id)
                                          .join(Programme, Programme.id == Application.programme_id)):
        rep = session.get(Person, app.representative_id) if app.representative_id else None
        out[org.name] = (org.stakeholder_cluster, code, app.role, rep.gender if rep else None,
                         org.organisation_type, app.contribution_kinds)
    return out


@pytest.mark.parametrize("rows", [TOR_ROWS, FRENCH_ROWS, SPANISH_ROWS], ids=["ToR", "French", "Spanish"])
def test_a_file_in_these_words_imports_every_row(desk, tmp_path, rows):
    _call(desk)  # the core partners' rows answer it
    path = _csv(tmp_path / "applications.csv", [cells for cells, _ in rows])
    preview = desk.read(check_import, read_table(path), ImportOptions(APPLICATIONS, "applications.csv"))
    assert preview.problems == (), "\n".join(p.line() for p in preview.problems)
    result = desk.write("Import", import_table, read_table(path), ImportOptions(APPLICATIONS, "applications.csv")
                        ).value
    assert (result.applications, result.new_organisations) == (len(rows), len(rows))
    assert desk.read(_stored) == {cells[0]: expected for cells, expected in rows}


def test_a_value_none_of_the_spellings_is_refused_with_the_closest_ones(desk, tmp_path):
    path = _csv(tmp_path / "typos.csv", [
        ["Alpha", "Kenya", "Goverment agencies", "SPP", "Network member", "", "", "", "", ""],
        ["Beta", "Kenya", "Civil society", "Compras publicas sostenible", "Miembro de la red", "", "", "", "", ""],
        ["Gamma", "Kenya", "Civil society", "SPP", "Socio principl", "", "", "", "", ""],
        ["Delta", "Kenya", "Civil society", "SPP", "Network member", "Dee", "dee@delta.org", "Femmme", "", ""],
        ["Epsilon", "Kenya", "Civil society", "SPP", "Network member", "", "", "", "Universidd", "Financal"],
        ["Zeta", "Kenya", "Aliens", "SPP", "Network member", "", "", "", "", ""],
    ])
    preview = desk.read(check_import, read_table(path), ImportOptions(APPLICATIONS, "typos.csv"))
    assert [p.line() for p in preview.problems] == [
        "row 2, column stakeholder_cluster: 'Goverment agencies' is not a stakeholder cluster; did you mean "
        "Government? Use one of: Government, UN and other inter-governmental, Civil society, "
        "Scientific and technical, Private sector",
        "row 3, column programme: 'Compras publicas sostenible' is not a programme; did you mean Sustainable "
        "Public Procurement? Use one of: CI, SBC, SFS, SLE, SPP, STP",
        "row 4, column role: 'Socio principl' is not a role; did you mean Core partner? Use one of: Co-lead, "
        "Core partner, Network member",
        # A personal value is never repeated, nor hinted at.
        "row 5, column representative_gender: not one of the gender options: Female, Male, Non-binary, "
        "Prefers not to say, Unknown",
        "row 6, column organisation_type: 'Universidd' is not an organisation type; did you mean University? "
        "Use one of: National government, Local government, UN agency, Inter-governmental organisation, NGO, "
        "Network, University, Research institute, Company, Business association, Other",
        "row 6, column contribution_kinds: 'Financal' is not a kind of contribution; did you mean Financial? "
        "Use one of: Financial, In kind, Staff time",
        "row 7, column stakeholder_cluster: 'Aliens' is not a stakeholder cluster; use one of: Government, "
        "UN and other inter-governmental, Civil society, Scientific and technical, Private sector",
    ]


def test_an_export_imports_back_as_the_same_clusters_types_and_groups(desk, tmp_path):
    path = _csv(tmp_path / "tor.csv", [cells for cells, _ in TOR_ROWS[1:3] + FRENCH_ROWS[2:] + SPANISH_ROWS[2:]])
    desk.write("Import", import_table, read_table(path), ImportOptions(APPLICATIONS, "tor.csv"))
    exported = tmp_path / "registry.csv"
    assert export_organisations(desk, exported) == 8
    with exported.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):  # the group's name as exported is the group's own word
            assert REGIONAL_GROUPS.code(row["regional_group_name"]) == row["regional_group"]
    other = open_store(tmp_path / "other.sqlite")
    try:
        again = Desk(other, actor="Test Officer")
        result = again.write("Import", import_table, read_table(exported),
                             ImportOptions(ORGANISATIONS, "registry.csv")).value
        assert result.new_organisations == 8

        def clusters(session):
            return dict(session.execute(select(Organisation.name, Organisation.stakeholder_cluster)).all())
        assert again.read(clusters) == desk.read(clusters)
    finally:
        other.close()


# ------------------------------------------------------------------- the installed command

def test_the_installed_command_imports_files_in_the_tors_french_and_spanish_words(cli, desk, store, tmp_path):
    _call(desk)
    applications = _csv(tmp_path / "call.csv", [
        ["Ministerio de Ambiente y Energía", "Costa Rica", "Government agencies", "", "Core Partners", "Ana Mora",
         "ana@minae.go.cr", "female", "", ""],
        ["Agence nationale de l'environnement", "Sénégal", "Société civile", "Achats publics durables",
         "Partenaire principal", "Moussa Diop", "moussa@ane.sn", "Homme", "", ""],
        ["Dirección de Compras Públicas", "Chile", "Sector privado", "Compras Públicas Sostenibles",
         "Socio principal", "Juan Pérez", "juan@dcp.cl", "Mujer", "", ""],
    ])
    r = cli("import", "applications", applications, "--db", store.path, "--call", CALL)
    assert (r.returncode, r.stdout.splitlines()) == \
        (0, ["Imported 3 applications (3 new organisations, 0 linked to existing ones)."]), r.stderr
    partners = _csv(tmp_path / "partners.csv", [
        ["UNEP Economy Division", "France", "UN agencies and other inter-governmental organisations", "UN agency"],
        ["Centre de recherche", "Canada", "Organisations scientifiques et techniques", "Institut de recherche"],
        ["Universidad Nacional", "Argentina", "organizaciones científicas y técnicas", "Universidad"],
    ], header=["Organisation", "Country", "Stakeholder cluster", "Organisation type"])
    r = cli("import", "organisations", partners, "--db", store.path)
    assert (r.returncode, r.stdout.splitlines()) == \
        (0, ["Imported 3 organisations (3 new, 0 linked to existing ones; 0 people added)."]), r.stderr

    def look(session):
        return dict(session.execute(select(Organisation.name, Organisation.stakeholder_cluster)).all())
    assert desk.read(look) == {
        "Ministerio de Ambiente y Energía": "government", "Agence nationale de l'environnement": "civil_society",
        "Dirección de Compras Públicas": "private_sector", "UNEP Economy Division": "intergovernmental",
        "Centre de recherche": "scientific_technical", "Universidad Nacional": "scientific_technical"}
    assert {a.role for a in desk.read(lambda s: s.scalars(select(Application)).all())} == {"core_partner"}
