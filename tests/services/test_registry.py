"""The registry's service layer through `Desk`: validation, search, filters, paging, memberships,
undo/redo, stale edits and the audit trail (sensitive values masked)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from opn_desk.db.models import AuditEntry, Organisation, Person
from opn_desk.db.store import open_store
from opn_desk.domain.registry import MembershipInput, OrganisationInput, OrganisationQuery, PersonInput
from opn_desk.services import registry
from opn_desk.services.audit import MASK
from opn_desk.services.desk import Desk
from opn_desk.services.errors import InvalidInput, NotAllowed, NotFound, StaleEdit

ACTOR = "Test Officer"


@pytest.fixture
def store(tmp_path):
    opened = open_store(tmp_path / "desk.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def desk(store):
    return Desk(store, actor=ACTOR)


def _create(desk: Desk, name: str, **fields) -> uuid.UUID:
    return desk.write(f"Add {name}", registry.create_organisation, OrganisationInput(name, **fields)).value


def _detail(desk: Desk, org_id: uuid.UUID):
    return desk.read(registry.get_organisation, org_id)


def _update(desk: Desk, org_id: uuid.UUID, expected_version: int | None = None, **changes):
    detail = _detail(desk, org_id)
    data = detail.as_input()
    fields = {f: getattr(data, f) for f in data.__dataclass_fields__}
    fields.update(changes)
    return desk.write(f"Edit {detail.name}", registry.update_organisation, org_id, OrganisationInput(**fields),
                      expected_version)


def _search(desk: Desk, text: str = "", **query) -> list[str]:
    return [r.name for r in desk.read(registry.search_organisations, OrganisationQuery(text=text, **query), 0, 500)]


def _count(desk: Desk, text: str = "", **query) -> int:
    return desk.read(registry.count_organisations, OrganisationQuery(text=text, **query))


def _audit(desk: Desk) -> list[AuditEntry]:
    return desk.read(lambda s: list(s.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id))))


def _raw_audit_json(store) -> str:
    con = sqlite3.connect(store.path)
    try:
        return "\n".join(r[0] for r in con.execute("SELECT changes FROM audit_entry"))
    finally:
        con.close()


# --- validation -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_an_organisation_needs_a_name(desk, name):
    with pytest.raises(InvalidInput) as err:
        _create(desk, name)
    assert err.value.field == "name"
    assert desk.undo_text() is None and _audit(desk) == []


def test_unknown_country_and_cluster_are_refused(desk):
    with pytest.raises(InvalidInput) as err:
        _create(desk, "Somewhere Org", country_iso3="XYZ")
    assert err.value.field == "country" and "XYZ" in str(err.value)
    with pytest.raises(InvalidInput) as err:
        _create(desk, "Clustered Org", stakeholder_cluster="aliens")
    assert err.value.field == "stakeholder_cluster"
    # Lower case and spaces around a known code are fine; no country and no cluster are allowed.
    org = _create(desk, "Kenyan Org", country_iso3=" ken ")
    assert _detail(desk, org).country_iso3 == "KEN"
    bare = _create(desk, "Bare Org")
    assert _detail(desk, bare).country_iso3 is None and _detail(desk, bare).stakeholder_cluster is None


def test_own_parent_and_parent_loops_are_refused(desk):
    a = _create(desk, "Alpha Federation")
    b = _create(desk, "Beta Chapter", parent_id=a)
    c = _create(desk, "Gamma Branch", parent_id=b)
    with pytest.raises(InvalidInput, match="own parent") as err:
        _update(desk, a, parent_id=a)
    assert err.value.field == "parent"
    with pytest.raises(InvalidInput, match="circle"):
        _update(desk, a, parent_id=c)
    with pytest.raises(InvalidInput, match="circle"):
        _update(desk, b, parent_id=c)
    with pytest.raises(InvalidInput, match="no longer exists"):
        _create(desk, "Orphan", parent_id=uuid.uuid4())
    # Nothing changed.
    assert _detail(desk, a).parent_id is None
    assert _detail(desk, b).parent_id == a and _detail(desk, b).parent_name == "Alpha Federation"
    # Moving a branch elsewhere in the tree is fine.
    _update(desk, c, parent_id=a)
    assert _detail(desk, c).parent_id == a


def test_create_update_delete(desk):
    org = _create(desk, "  Green Cities Network ", acronym=" GCN ", country_iso3="BRA",
                  stakeholder_cluster="civil_society", organisation_type="network", website=" https://gcn.org ",
                  other_names=(("Rede Cidades Verdes", "pt"), ("  ", "en")))
    d = _detail(desk, org)
    assert (d.name, d.acronym, d.country_iso3, d.country_name, d.regional_group) == (
        "Green Cities Network", "GCN", "BRA", "Brazil", "GRULAC")
    assert d.website == "https://gcn.org" and d.version == 1
    assert d.other_names == (("Rede Cidades Verdes", "pt"),)

    _update(desk, org, d.version, name="Green Cities Alliance", country_iso3=None)
    d2 = _detail(desk, org)
    assert d2.name == "Green Cities Alliance" and d2.country_iso3 is None and d2.version == 2
    assert d2.other_names == d.other_names
    assert _search(desk, "alliance") == ["Green Cities Alliance"]
    assert _search(desk, "network") == []

    desk.write("Delete", registry.delete_organisation, org)
    with pytest.raises(NotFound):
        _detail(desk, org)
    assert _count(desk) == 0
    with pytest.raises(NotFound):
        desk.write("Delete again", registry.delete_organisation, org)


def test_delete_is_refused_for_organisations_with_history_or_children(desk):
    parent = _create(desk, "Parent Org")
    _create(desk, "Child Org", parent_id=parent)
    with pytest.raises(NotAllowed, match="parent"):
        desk.write("Delete", registry.delete_organisation, parent)
    member = _create(desk, "Member Org")
    desk.write("Join", registry.add_membership, MembershipInput(member, "SFS", "network_member", date(2024, 1, 1)))
    with pytest.raises(NotAllowed, match="memberships"):
        desk.write("Delete", registry.delete_organisation, member)
    assert _count(desk) == 3


# --- search, filters, sort, paging ----------------------------------------------------------------

@pytest.fixture
def network(desk):
    ids = {
        "sgs": _create(desk, "Société Générale de Surveillance", acronym="SGS", country_iso3="FRA",
                       stakeholder_cluster="private_sector"),
        "uba": _create(desk, "Umweltbundesamt", acronym="UBA", country_iso3="DEU", stakeholder_cluster="government",
                       other_names=(("German Environment Agency", "en"), ("Agence fédérale de l'environnement", "fr"))),
        "unepfi": _create(desk, "UNEP Finance Initiative", acronym="UNEP FI", country_iso3="KEN",
                          stakeholder_cluster="intergovernmental"),
        "ine": _create(desk, "Instituto Nacional de Ecología y Cambio Climático", acronym="INECC",
                       country_iso3="MEX", stakeholder_cluster="government"),
        "cgf": _create(desk, "China Green Foundation", country_iso3="CHN", stakeholder_cluster="civil_society"),
        "rus": _create(desk, "Zelenaya Rossiya", country_iso3="RUS", stakeholder_cluster="civil_society"),
        "aru": _create(desk, "Aruba Tourism Authority", country_iso3="ABW", stakeholder_cluster="government"),
        "none": _create(desk, "Nomad Collective"),
    }
    desk.write("Join", registry.add_membership,
               MembershipInput(ids["uba"], "SPP", "co_lead", date(2024, 1, 1), date(2026, 12, 31)))
    desk.write("Join", registry.add_membership,
               MembershipInput(ids["unepfi"], "SPP", "network_member", date(2023, 1, 1)))
    desk.write("Join", registry.add_membership,
               MembershipInput(ids["sgs"], "SFS", "network_member", date(2023, 1, 1)))
    desk.write("Join", registry.add_membership,
               MembershipInput(ids["ine"], "SFS", "core_partner", date(2023, 1, 1), date(2025, 12, 31)))
    return ids


@pytest.mark.parametrize(("text", "expected"), [
    ("societe", ["Société Générale de Surveillance"]),
    ("SOCIÉTÉ générale", ["Société Générale de Surveillance"]),
    ("  société   GÉNÉRALE  ", ["Société Générale de Surveillance"]),
    ("sgs", ["Société Générale de Surveillance"]),
    ("ecologia cambio", ["Instituto Nacional de Ecología y Cambio Climático"]),
    ("german environment", ["Umweltbundesamt"]),
    ("federale environnement", ["Umweltbundesamt"]),
    ("unep fi", ["UNEP Finance Initiative"]),
    ("unep kenya", ["UNEP Finance Initiative"]),
    ("Allemagne", ["Umweltbundesamt"]),          # French
    ("德国", ["Umweltbundesamt"]),                # Chinese (two characters)
    ("Германия", ["Umweltbundesamt"]),           # Russian
    ("Мексика", ["Instituto Nacional de Ecología y Cambio Climático"]),
    ("肯尼亚", ["UNEP Finance Initiative"]),
    ("Российская", ["Zelenaya Rossiya"]),
    ("俄罗斯", ["Zelenaya Rossiya"]),
    ("中国", ["China Green Foundation"]),
    ("Alemania", ["Umweltbundesamt"]),           # Spanish
    ("germany", ["Umweltbundesamt"]),
    ("zzzz", []),
    ("100%", []),
    ("a_b", []),
])
def test_search_by_folded_text(desk, network, text, expected):
    assert _search(desk, text) == expected
    assert _count(desk, text) == len(expected)


def test_an_empty_search_lists_everything(desk, network):
    assert _count(desk) == len(network) == len(_search(desk))
    assert _count(desk, "   ") == len(network)


@pytest.mark.parametrize(("query", "expected"), [
    ({"programme": "SPP"}, {"uba", "unepfi"}),
    ({"programme": "SFS"}, {"sgs", "ine"}),
    ({"programme": "STP"}, set()),
    ({"role": "co_lead"}, {"uba"}),
    ({"role": "network_member"}, {"unepfi", "sgs"}),
    ({"programme": "SFS", "role": "core_partner"}, {"ine"}),
    ({"regional_group": "WEOG"}, {"sgs", "uba"}),
    ({"regional_group": "GRULAC"}, {"ine"}),
    ({"regional_group": "EEG"}, {"rus"}),
    ({"regional_group": "APG"}, {"cgf"}),
    ({"regional_group": "AFRICA"}, {"unepfi"}),
    ({"regional_group": "none"}, {"aru", "none"}),
    ({"stakeholder_cluster": "government"}, {"uba", "ine", "aru"}),
    ({"stakeholder_cluster": "government", "regional_group": "WEOG"}, {"uba"}),
    ({"stakeholder_cluster": "civil_society", "text": "green"}, {"cgf"}),
])
def test_filters(desk, network, query, expected):
    names = {v: k for k, v in network.items()}
    q = OrganisationQuery(**query)
    rows = desk.read(registry.search_organisations, q, 0, 500)
    assert {names[r.id] for r in rows} == expected
    assert desk.read(registry.count_organisations, q) == len(expected)


def test_filters_count_only_active_memberships(desk, network):
    membership = _detail(desk, network["unepfi"]).memberships[0]
    desk.write("End", registry.end_membership, membership.id, date(2025, 6, 30))
    assert set(_search(desk, programme="SPP")) == {"Umweltbundesamt"}
    row = desk.read(registry.search_organisations, OrganisationQuery(text="umweltbundesamt"))[0]
    assert row.programmes == "SPP" and row.roles == "Co-lead"
    assert row.country == "Germany" and row.country_iso3 == "DEU" and row.regional_group == "WEOG"


def test_sort_keys(desk, network):
    by_name = _search(desk)
    assert by_name == sorted(by_name, key=lambda n: registry.fold(n))
    assert _search(desk, sort="name", descending=True) == by_name[::-1]

    rows = desk.read(registry.search_organisations, OrganisationQuery(sort="country"), 0, 500)
    countries = [r.country for r in rows]
    assert countries == sorted(countries)  # no country ("") first
    assert rows[0].name == "Nomad Collective"

    rows = desk.read(registry.search_organisations, OrganisationQuery(sort="acronym", descending=True), 0, 500)
    assert [r.acronym for r in rows][:3] == ["UNEP FI", "UBA", "SGS"]

    rows = desk.read(registry.search_organisations, OrganisationQuery(sort="regional_group"), 0, 500)
    groups = [r.regional_group or "" for r in rows]
    assert groups == sorted(groups)
    # Ties are broken by name.
    weog = [r.name for r in rows if r.regional_group == "WEOG"]
    assert weog == ["Société Générale de Surveillance", "Umweltbundesamt"]

    rows = desk.read(registry.search_organisations, OrganisationQuery(sort="stakeholder_cluster"), 0, 500)
    clusters = [r.stakeholder_cluster or "" for r in rows]
    assert clusters == sorted(clusters)

    with pytest.raises(InvalidInput):
        desk.read(registry.search_organisations, OrganisationQuery(sort="id; DROP TABLE organisation"))


def test_paging(desk):
    for i in range(25):
        _create(desk, f"Paging Org {i:02d}")
    _create(desk, "Unrelated")
    query = OrganisationQuery(text="paging")
    assert desk.read(registry.count_organisations, query) == 25
    pages = [desk.read(registry.search_organisations, query, offset, 10) for offset in (0, 10, 20, 30)]
    assert [len(p) for p in pages] == [10, 10, 5, 0]
    names = [r.name for page in pages for r in page]
    assert names == [f"Paging Org {i:02d}" for i in range(25)]
    descending = OrganisationQuery(text="paging", descending=True)
    assert desk.read(registry.search_organisations, descending, 20, 10)[-1].name == "Paging Org 00"


# --- memberships ----------------------------------------------------------------------------------

def test_memberships_add_end_renew_keep_history(desk):
    org = _create(desk, "Instituto Verde", country_iso3="BRA")
    rep = desk.write("Add person", registry.add_person, PersonInput(org, "Ana Silva", "ana@verde.org.br")).value
    first = desk.write("Join", registry.add_membership,
                       MembershipInput(org, "STP", "core_partner", date(2022, 1, 1), date(2024, 1, 1),
                                       representative_id=rep)).value

    with pytest.raises(NotAllowed, match="already an active core partner"):
        desk.write("Join again", registry.add_membership,
                   MembershipInput(org, "STP", "core_partner", date(2023, 1, 1), date(2025, 1, 1)))
    with pytest.raises(InvalidInput):
        desk.write("Bad", registry.add_membership, MembershipInput(org, "XYZ", "core_partner", date(2023, 1, 1)))
    with pytest.raises(InvalidInput):
        desk.write("Bad", registry.add_membership, MembershipInput(org, "STP", "chair", date(2023, 1, 1)))
    with pytest.raises(InvalidInput, match="end after it starts"):
        desk.write("Bad", registry.add_membership,
                   MembershipInput(org, "SFS", "network_member", date(2023, 1, 1), date(2023, 1, 1)))

    with pytest.raises(InvalidInput):
        desk.write("Renew", registry.renew_membership, first, date(2023, 6, 1))
    second = desk.write("Renew", registry.renew_membership, first, date(2026, 1, 1)).value
    rows = {m.id: m for m in _detail(desk, org).memberships}
    old, new = rows[first], rows[second]
    assert (old.term_start, old.term_end, old.status) == (date(2022, 1, 1), date(2024, 1, 1), "ended")
    assert (new.term_start, new.term_end, new.status, new.renews_id) == (
        date(2024, 1, 1), date(2026, 1, 1), "active", first)
    assert new.representative == "Ana Silva"
    with pytest.raises(NotAllowed):
        desk.write("Renew old", registry.renew_membership, first, date(2027, 1, 1))

    with pytest.raises(InvalidInput):
        desk.write("End", registry.end_membership, second, date(2023, 12, 31))
    desk.write("End", registry.end_membership, second, date(2025, 3, 31), "Left the programme")
    rows = {m.id: m for m in _detail(desk, org).memberships}
    assert rows[second].status == "ended" and rows[second].term_end == date(2025, 3, 31)
    assert (rows[first].term_start, rows[first].term_end) == (date(2022, 1, 1), date(2024, 1, 1))
    with pytest.raises(NotAllowed, match="already ended"):
        desk.write("End", registry.end_membership, second, date(2025, 4, 1))
    # A new term can start once none is active.
    desk.write("Join", registry.add_membership,
               MembershipInput(org, "STP", "core_partner", date(2026, 1, 1), date(2028, 1, 1)))
    assert len(_detail(desk, org).memberships) == 3

    open_ended = desk.write("Join", registry.add_membership,
                            MembershipInput(org, "SLE", "network_member", date(2024, 1, 1))).value
    with pytest.raises(NotAllowed, match="no end date"):
        desk.write("Renew", registry.renew_membership, open_ended, date(2030, 1, 1))

    with pytest.raises(NotAllowed, match="represents"):
        desk.write("Remove", registry.remove_person, rep)


# --- undo / redo ----------------------------------------------------------------------------------

def test_undo_redo_create(desk):
    org = _create(desk, "Undo Me", other_names=(("Défais-moi", "fr"),))
    assert desk.undo_text() == "Add Undo Me" and desk.redo_text() is None
    outcome = desk.undo()
    assert "organisation" in outcome.changed and "organisation_name" in outcome.changed
    with pytest.raises(NotFound):
        _detail(desk, org)
    assert _count(desk) == 0
    assert desk.undo_text() is None and desk.redo_text() == "Add Undo Me"

    desk.redo()
    d = _detail(desk, org)
    assert d.name == "Undo Me" and d.other_names == (("Défais-moi", "fr"),)
    assert _search(desk, "defais") == ["Undo Me"]
    desk.undo()
    assert _count(desk) == 0
    with pytest.raises(NotAllowed):
        desk.undo()
    desk.redo()
    with pytest.raises(NotAllowed):
        desk.redo()
    assert _search(desk, "undo") == ["Undo Me"]


def test_undo_redo_update_with_other_names(desk):
    org = _create(desk, "Original Name", acronym="ON", country_iso3="KEN",
                  other_names=(("Nom original", "fr"), ("Nombre original", "es")))
    before = _detail(desk, org)
    _update(desk, org, before.version, name="Renamed", acronym="RN", country_iso3="TZA",
            other_names=(("Jina jipya", "sw"),))
    after = _detail(desk, org)
    assert after.other_names == (("Jina jipya", "sw"),)
    assert after.version == before.version + 1  # one edit, one row version

    desk.undo()
    restored = _detail(desk, org)
    assert restored.as_input() == before.as_input()
    assert _search(desk, "nombre original") == ["Original Name"]
    assert _search(desk, "jina") == [] and _search(desk, "renamed") == []
    assert _search(desk, "Kenya") == ["Original Name"]

    desk.redo()
    again = _detail(desk, org)
    assert again.as_input() == after.as_input()
    assert _search(desk, "jina jipya") == ["Renamed"] and _search(desk, "original") == []


def test_undo_redo_delete_with_people(desk):
    org = _create(desk, "Doomed Org", other_names=(("Condamnée", "fr"),))
    ana = desk.write("Add", registry.add_person, PersonInput(org, "Ana Silva", "ana@example.org", "+55 11",
                                                             "female")).value
    desk.write("Add", registry.add_person, PersonInput(org, "Bo Chen", "bo@example.org", gender="non_binary"))
    before = _detail(desk, org)

    outcome = desk.write("Delete Doomed Org", registry.delete_organisation, org)
    assert {"organisation", "person", "organisation_name"} <= outcome.changed
    with pytest.raises(NotFound):
        _detail(desk, org)
    assert desk.read(lambda s: s.get(Person, ana)) is None

    desk.undo()
    assert _detail(desk, org) == before  # people, genders, other names, version: all back
    assert {p.gender for p in before.people} == {"female", "non_binary"}

    desk.redo()
    with pytest.raises(NotFound):
        _detail(desk, org)
    desk.undo()
    assert _detail(desk, org).people == before.people


def test_a_new_write_clears_redo(desk):
    _create(desk, "First")
    desk.undo()
    assert desk.redo_text() == "Add First"
    _create(desk, "Second")
    assert desk.redo_text() is None


def test_a_failed_write_changes_nothing_and_is_not_undoable(desk):
    org = _create(desk, "Stable")
    with pytest.raises(InvalidInput):
        _update(desk, org, name="Renamed", country_iso3="XYZ")
    assert _detail(desk, org).name == "Stable"
    assert desk.undo_text() == "Add Stable"


# --- stale edits ----------------------------------------------------------------------------------

def test_stale_edit_is_refused(desk):
    org = _create(desk, "Shared Org")
    loaded = _detail(desk, org)
    _update(desk, org, loaded.version, notes="first editor")  # saved against what it loaded
    with pytest.raises(StaleEdit, match="Shared Org"):
        _update(desk, org, loaded.version, notes="second editor")  # loaded before the first save
    assert _detail(desk, org).notes == "first editor"
    current = _detail(desk, org)
    _update(desk, org, current.version, notes="second editor, after reloading")
    assert _detail(desk, org).notes == "second editor, after reloading"


def test_the_row_version_guards_against_a_concurrent_writer(store, desk):
    org = _create(desk, "Raced Org")
    other = Desk(store, actor="Another Officer")

    def slow_edit(session):
        obj = session.get(Organisation, org)
        # Meanwhile another desk saves the same record.
        _update(other, org, notes="theirs")
        obj.notes = "mine"

    with pytest.raises(StaleEdit, match="changed elsewhere"):
        desk.write("Edit", slow_edit)
    assert _detail(desk, org).notes == "theirs"
    assert desk.undo_text() == "Add Raced Org"  # the refused edit is not an undo step


# --- the audit trail ------------------------------------------------------------------------------

def test_every_write_is_audited_with_actor_and_before_after(desk):
    org = _create(desk, "Audited Org", acronym="AO")
    entries = _audit(desk)
    assert [(e.table_name, e.action) for e in entries] == [("organisation", "create")]
    create = entries[0]
    assert create.actor == ACTOR and create.description == "Add Audited Org" and create.record_id == org
    assert create.changes["name"] == "Audited Org" and create.changes["acronym"] == "AO"
    assert "search_text" not in create.changes and "version" not in create.changes

    _update(desk, org, name="Audited Organisation", other_names=(("Organisation auditée", "fr"),))
    update = [e for e in _audit(desk) if e.description == "Edit Audited Org"]
    assert {(e.table_name, e.action) for e in update} == {("organisation", "update"),
                                                           ("organisation_name", "create")}
    assert len({e.operation for e in update}) == 1 and update[0].operation != create.operation
    org_update = next(e for e in update if e.table_name == "organisation")
    assert org_update.changes == {"name": ["Audited Org", "Audited Organisation"]}

    person = desk.write("Add person", registry.add_person, PersonInput(org, "Kim Lee", "kim@example.org")).value
    desk.write("Remove person", registry.remove_person, person)
    removed = [e for e in _audit(desk) if e.description == "Remove person"]
    assert len(removed) == 1 and removed[0].action == "delete" and removed[0].changes["name"] == "Kim Lee"
    assert removed[0].changes["organisation_id"] == str(org)

    desk.undo()
    undo = [e for e in _audit(desk) if e.description == "Undo: Remove person"]
    assert len(undo) == 1 and undo[0].action == "create" and undo[0].actor == ACTOR

    kinds = [(item.record, item.action) for item in desk.read(registry.history, org)]
    assert ("Organisation", "create") in kinds and ("Person", "delete") in kinds and ("Other name", "create") in kinds


def test_a_write_outside_an_operation_is_refused(store):
    with store.sessions()() as session, pytest.raises(RuntimeError, match="audit trail"):
        with session.begin():
            session.add(Organisation(name="Sneaky", sort_name="sneaky", search_text="sneaky"))
    con = sqlite3.connect(store.path)
    try:
        assert con.execute("SELECT count(*) FROM organisation").fetchone()[0] == 0
    finally:
        con.close()


def test_gender_never_reaches_the_audit_trail_but_undo_restores_it(store, desk):
    org = _create(desk, "Private Org")
    person = desk.write("Add", registry.add_person, PersonInput(org, "Sam Doe", "sam@example.org",
                                                                gender="non_binary")).value
    desk.write("Edit", registry.update_person, person, PersonInput(org, "Sam Doe", "sam@example.org",
                                                                   gender="female"))
    desk.write("Delete", registry.delete_organisation, org)

    raw = _raw_audit_json(store)
    assert "non_binary" not in raw and "female" not in raw
    entries = [e for e in _audit(desk) if e.table_name == "person"]
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert entries[0].changes["gender"] == MASK
    assert entries[1].changes == {"gender": [MASK, MASK]}
    assert entries[2].changes["gender"] == MASK
    assert entries[0].changes["name"] == "Sam Doe"  # the rest of the record is recorded

    def gender(session):
        p = session.get(Person, person)
        return p.gender if p else None

    desk.undo()  # the delete
    assert desk.read(gender) == "female"
    desk.undo()  # the edit
    assert desk.read(gender) == "non_binary"
    desk.redo()
    assert desk.read(gender) == "female"
    raw = _raw_audit_json(store)
    assert "non_binary" not in raw and "female" not in raw
    for e in _audit(desk):
        assert "non_binary" not in json.dumps(e.changes) and "female" not in json.dumps(e.changes)


def test_person_validation(desk):
    org = _create(desk, "People Org")
    with pytest.raises(InvalidInput) as err:
        desk.write("Add", registry.add_person, PersonInput(org, "  "))
    assert err.value.field == "name"
    for bad in ("no-at-sign", "a@b", "two words@example.org"):
        with pytest.raises(InvalidInput) as err:
            desk.write("Add", registry.add_person, PersonInput(org, "X", bad))
        assert err.value.field == "email"
    with pytest.raises(InvalidInput) as err:
        desk.write("Add", registry.add_person, PersonInput(org, "X", gender="robot"))
    assert err.value.field == "gender"
    with pytest.raises(NotFound):
        desk.write("Add", registry.add_person, PersonInput(uuid.uuid4(), "X"))


def test_a_read_only_desk_refuses_writes(tmp_path):
    path = tmp_path / "desk.sqlite"
    open_store(path).close()
    store = open_store(path, readonly=True)
    try:
        ro = Desk(store, actor=ACTOR)
        with pytest.raises(NotAllowed, match="read-only"):
            ro.write("Add", registry.create_organisation, OrganisationInput("Nope"))
        assert ro.read(registry.count_organisations, OrganisationQuery()) == 0
    finally:
        store.close()
