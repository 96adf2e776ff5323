"""Four officers editing the same few organisations at once on the team server for three seconds, each
with their own connection: stale saves are refused and retried, and no accepted edit is lost (every
accepted save is in the history, made on the value the officer saw, and the saves of each field form one
line ending at the record's value). The full-scale figure (20 officers for a minute at 100,000
organisations) is tests/benchmarks/server_bench.py's.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from opn_desk.db.models import Organisation
from opn_desk.db.store import open_store
from opn_desk.services.demo import generate_demo
from tests.server.simultaneous_edits import lost_updates, run_officers


@pytest.fixture
def server(pg_url):
    store = open_store(pg_url, create=True)
    try:
        generate_demo(store, seed=5, organisations=40)
        with store.sessions()() as session:
            orgs = session.scalars(select(Organisation.id).order_by(Organisation.sort_name).limit(4)).all()
    finally:
        store.close()
    return pg_url, list(orgs)


def test_four_officers_editing_the_same_organisations_at_once_lose_no_accepted_edit(server):
    url, orgs = server
    outcome = run_officers(url, orgs, officers=4, seconds=3.0)
    assert outcome.failures == []
    assert len(outcome.accepted) >= 8, outcome  # the officers did work
    assert outcome.refusals > 0  # overlapping on purpose: stale saves happened and were retried
    assert lost_updates(url, outcome) == []
    assert len({e.officer for e in outcome.accepted}) == 4


def test_the_check_finds_an_edit_lost_by_a_save_that_ignored_the_version(server):
    """The check itself: a save made without the version it opened (a stale value carried along) is found."""
    from opn_desk.services import registry
    from opn_desk.services.desk import Desk
    from tests.server.simultaneous_edits import DESCRIPTION, Edit, Outcome, _input

    url, orgs = server
    org = orgs[0]
    stores = [open_store(url), open_store(url)]
    try:
        ann, ben = Desk(stores[0], actor="Ann"), Desk(stores[1], actor="Ben")
        opened = ann.read(registry.get_organisation, org)
        seen = ben.read(registry.get_organisation, org)  # both open the same version
        ann.write(DESCRIPTION, registry.update_organisation, org, _input(opened, notes="Ann's note"), opened.version)
        # Ben saves without the version he opened: his stale notes overwrite Ann's accepted note.
        ben.write(DESCRIPTION, registry.update_organisation, org, _input(seen, acronym=f"B{uuid.uuid4().hex[:4]}"))
        ben_acronym = ben.read(registry.get_organisation, org).acronym
    finally:
        for s in stores:
            s.close()
    outcome = Outcome(initial={(org, "notes"): opened.notes, (org, "acronym"): opened.acronym},
                      accepted=[Edit("Ann", org, "notes", opened.notes, "Ann's note"),
                                Edit("Ben", org, "acronym", seen.acronym, ben_acronym)])
    problems = lost_updates(url, outcome)
    assert any("Ben changed notes" in p for p in problems), problems
    assert not any("Ann" in p and "acronym" in p for p in problems), problems  # Ann's own save is sound
