"""Several laptops, one desk: rules spanning records re-checked after an import, a delete that did
not see an element's edit, and a restored backup's old identity holding back pruning until forgotten
(docs/SYNC.md)."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
import sync_world as world
from sqlalchemy import func, select

from opn_desk.db import backup
from opn_desk.db.models import Application, Call, Organisation, Programme, SelectionRound, sync_op
from opn_desk.db.store import restore_database
from opn_desk.domain.registry import MembershipInput, OrganisationInput
from opn_desk.services import duplicates, registry
from opn_desk.services import selection_round as sr
from opn_desk.services.sync import conflicts, exchange, identity


@pytest.fixture
def pair(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    yield a, b
    a.close()
    b.close()


def _swap(a, b, folder):
    pa, pb = folder / f"a{uuid.uuid4().hex[:6]}.opnsync", folder / f"b{uuid.uuid4().hex[:6]}.opnsync"
    exchange.export_bundle(a.desk, pa)
    exchange.export_bundle(b.desk, pb)
    out = exchange.import_bundles(a.desk, [pb], make_backup=False)
    exchange.import_bundles(b.desk, [pa], make_backup=False)
    return out


def _org(laptop, name):
    return laptop.desk.write("New", registry.create_organisation, OrganisationInput(name, country_iso3="KEN")).value


def test_a_merge_that_brings_two_active_terms_together_is_listed(pair, tmp_path, cli):
    a, b = pair
    keep, twin = _org(a, "Green Buyers Kenya"), _org(a, "Green Buyers of Kenya")
    a.desk.write("Join", registry.add_membership, MembershipInput(keep, "SPP", "network_member", date(2026, 1, 1)))
    _swap(a, b, tmp_path)
    a.desk.write("Merge", duplicates.merge_organisations, keep, twin)
    b.desk.write("Join", registry.add_membership, MembershipInput(twin, "SPP", "network_member", date(2026, 2, 1)))
    out = _swap(a, b, tmp_path)
    assert any("overlapping active network member terms" in f for f in out.findings), out.findings
    assert "rule" in out.summary()
    r = cli("sync", "status", "--db", str(b.path), "--json")
    assert r.returncode == 0, r.stderr
    status = json.loads(r.stdout)
    assert any("overlapping" in f for f in status["findings"])
    assert isinstance(status["open_conflicts"], int)


def test_a_duplicate_merged_since_is_no_longer_listed(pair, tmp_path):
    a, b = pair
    first = _org(a, "Zero Waste Alliance")
    second = _org(b, "Zero Waste Alliance")
    assert _swap(a, b, tmp_path).findings
    assert a.desk.read(exchange.status).findings
    a.desk.write("Merge", duplicates.merge_organisations, first, second)
    assert a.desk.read(exchange.status).findings == []


def test_a_slate_that_no_longer_meets_its_rules_is_listed(pair, tmp_path):
    a, b = pair
    orgs = [_org(a, f"Candidate {n}") for n in range(3)]

    def setup(s):
        programme = s.scalar(select(Programme.id).where(Programme.code == "SPP"))
        call = Call(programme_id=programme, role="core_partner", title="Core partners 2027",
                    opens_on=date(2026, 1, 1), closes_on=date(2026, 4, 30))
        s.add(call)
        s.flush()
        for org in orgs:
            s.add(Application(organisation_id=org, programme_id=programme, role="core_partner", call_id=call.id,
                              received_on=date(2026, 3, 1), status=sr.POOL_STATUSES[0]))
        s.add(SelectionRound(call_id=call.id, seats=2, rules=[], pins={}, picked=[str(orgs[0])]))
        return call.id

    call = a.desk.write("Round", setup).value
    _swap(a, b, tmp_path)
    a.desk.write("Pick", sr.set_picked, call, [str(orgs[0]), str(orgs[1])])
    b.desk.write("Pick", sr.set_picked, call, [str(orgs[0]), str(orgs[2])])
    out = _swap(a, b, tmp_path)
    assert out.open_conflicts == 0  # picks merge per element
    assert any("Core partners 2027" in f and "3 picks for 2 seats" in f for f in out.findings), out.findings
    assert a.desk.read(lambda s: len(s.scalar(select(SelectionRound.picked))) == 3)


def test_a_delete_that_did_not_see_a_ticked_item_keeps_the_record(pair, tmp_path):
    a, b = pair
    org = _org(a, "Green Buyers Kenya")

    def add(s):
        app = Application(organisation_id=org, role="network_member", received_on=date(2026, 3, 1),
                          programme_id=s.scalar(select(Programme.id).where(Programme.code == "SPP")),
                          screening={"Eligible": False})
        s.add(app)
        s.flush()
        return app.id

    app = a.desk.write("Receive", add).value
    _swap(a, b, tmp_path)
    a.desk.write("Delete", lambda s: s.delete(s.get(Application, app)))

    def tick(s):
        s.get(Application, app).screening = {"Eligible": True}

    b.desk.write("Tick", tick)
    _swap(a, b, tmp_path)
    for laptop in (a, b):
        assert laptop.desk.read(lambda s: s.get(Application, app).screening) == {"Eligible": True}
        (c,) = laptop.desk.read(conflicts.open_conflicts)
        assert c.field == "deleted" and [v.value for v in c.values] == ["kept", "deleted"]


def _ops(laptop):
    return laptop.desk.read(lambda s: s.scalar(select(func.count()).select_from(sync_op)))


def test_a_restored_backups_old_identity_holds_back_pruning_until_forgotten(pair, tmp_path):
    a, b = pair
    org = _org(a, "Green Buyers Kenya")
    _swap(a, b, tmp_path)
    kept = backup.backup_now(a.path)
    old = a.desk.read(lambda s: identity.current(s, claim=False).replica_id)
    a.close()
    restore_database(a.path, kept)
    a = world.Laptop(a.path, "Ann")
    try:
        a.desk.write("Start", lambda s: identity.current(s))  # forks: "(restored)"
        for n in range(5):
            registry_edit = OrganisationInput(f"Green Buyers Kenya {n}", country_iso3="KEN")
            b.desk.write("Edit", registry.update_organisation, org, registry_edit)
        _swap(a, b, tmp_path)
        _swap(a, b, tmp_path)
        held = _ops(b)
        # the old identity has not seen b's edits: they stay in the log, whatever a and b have seen
        assert held >= 5
        for laptop in (a, b):
            exchange.forget(laptop.desk, str(old))
        _swap(a, b, tmp_path)
        _swap(a, b, tmp_path)
        assert _ops(b) < held - 3  # superseded edits every remaining laptop has seen are pruned
        assert a.desk.read(lambda s: s.get(Organisation, org).name) == "Green Buyers Kenya 4"
    finally:
        a.close()


def test_a_record_kept_on_one_laptop_and_deleted_again_on_another_reads_the_same_everywhere(pair, tmp_path):
    a, b = pair
    folder = tmp_path / "c"
    folder.mkdir()
    c = world.clone(a, folder, "Bamako laptop", "Cy")
    try:
        org = _org(a, "Green Buyers Kenya")
        everyone = (a, b, c)

        def full():
            paths = []
            for laptop in everyone:
                paths.append(tmp_path / f"{uuid.uuid4().hex[:8]}.opnsync")
                exchange.export_bundle(laptop.desk, paths[-1])
            for laptop in everyone:
                exchange.import_bundles(laptop.desk, paths, make_backup=False)

        full()
        b.desk.write("Delete", registry.delete_organisation, org)
        c.desk.write("Edit", registry.update_organisation, org,
                     OrganisationInput("Green Buyers Kenya", acronym="GBK", country_iso3="KEN"))
        full()  # kept: the delete did not see the acronym; a decision waits
        (conflict,) = a.desk.read(conflicts.open_conflicts)
        b.desk.write("Delete again", registry.delete_organisation, org)  # b deletes it, having seen the edit
        a.desk.write("Keep", lambda s: conflicts.resolve(s, str(conflict.id), keep=1))  # a keeps it meanwhile
        full()
        shown = [laptop.desk.read(lambda s: s.execute(select(Organisation.name, Organisation.acronym)
                                                      .where(Organisation.id == org)).one()) for laptop in everyone]
        assert shown == [("Green Buyers Kenya", "GBK")] * 3
    finally:
        c.close()
